"""Accusations a speaker's content carries by naming a wrong as a noun (branch
``accusecontent``): a hostile event noun or a doing qualified by a wrong adjective
("illegal fishing", "provocative maneuvers", "Putin's brutal war"), charged to its agent
("by X", "X's", a demonym, a state as compound), to the subject it is predicated of, to the
doer of the verb that carries it out, or to the one who backs it; and the event nouns and
coercion verbs derived from PETRARCH2's CAMEO 16x-20x blocks.  Sentences are in no gold
part of benchmarks/claims/gold.jsonl."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from spacy.language import Language

from kg.extract.claims import content_lexicon
from kg.model import Stance
from tests.claim_helpers import claims_of, targets

ROOT = Path(__file__).resolve().parent.parent


def _only(nlp: Language, text: str) -> tuple[Stance, list[str]]:
    claims = claims_of(nlp, text)
    assert len(claims) == 1, [(c.stance, c.content) for c in claims]
    return claims[0].stance, targets(claims[0])


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        # a real sentence (corpus/state-department-russia-ukraine.jsonl): owner by possessive
        (
            "The Secretary noted the global food security crisis resulting from President "
            "Putin’s brutal war requires a global response, and they discussed potential "
            "means to export Ukraine’s grain to international markets.",
            ["Putin"],
        ),
        # agent after "by" (a demonym on a noun that is no actor itself)
        (
            "The coast guard said it had found illegal fishing by Vietnamese trawlers "
            "inside the zone.",
            ["Vietnamese"],
        ),
        # the "of" complement of a violation is what was violated, not who violated it
        (
            "Seoul said the launch was a violation of United Nations resolutions by Pyongyang.",
            ["Pyongyang"],
        ),
        # a demonym on a hostile event noun
        ("Taipei said Chinese incursions into its air defense zone had increased.", ["Chinese"]),
        # the doer of the verb that carries the wrong out
        (
            "The minister said Russian warships were carrying out provocative maneuvers "
            "near the island.",
            ["Russian"],
        ),
        (
            "Officials in Manila said the Chinese vessels made a provocative approach toward "
            "the supply boat.",
            ["Chinese"],
        ),
        # an act of a conflict noun, its doer named in apposition
        (
            "Kyiv said its neighbour Belarus had committed an act of aggression by letting "
            "Russian troops cross its border.",
            ["Belarus"],
        ),
        # who backs a wrong is charged with it
        (
            "The minister said Moscow is backing the occupation of the region by separatists.",
            ["Moscow"],
        ),
    ],
)
def test_a_named_wrong_accuses_its_doer(nlp: Language, text: str, accused: list[str]) -> None:
    stance, found = _only(nlp, text)
    assert stance is Stance.ACCUSE
    assert found == accused


@pytest.mark.parametrize(
    "text",
    [
        # hedged: the speaker does not put the wrong forward
        "The ministry said it would investigate alleged illegal fishing by Vietnamese trawlers.",
        # a reaction to a wrong (a real sentence, corpus/state-department-russia-ukraine.jsonl)
        "Secretary Blinken thanked Slovenia for its outspoken support for Ukraine’s "
        "sovereignty and territorial integrity and emphasized the need for robust security "
        "assistance in response to Russia’s brutal war.",
        # denied (a real sentence, corpus/state-department-russia-ukraine.jsonl)
        "The Secretary and Foreign Ministers emphasized they held no hostile intent towards "
        "the DPRK and underscored continued openness to meeting the DPRK without preconditions.",
        # the speaker's own side
        "The Chinese coast guard said Chinese vessels carried out routine patrols near the shoal.",
        # a city modifying an event noun says where it happened, not who did it
        "Officials said the Manila attack had been planned for months.",
    ],
)
def test_no_accusation_without_an_asserted_wrong_of_another_side(nlp: Language, text: str) -> None:
    assert all(c.stance is not Stance.ACCUSE for c in claims_of(nlp, text))


def test_a_wrong_answered_in_a_promise_stays_a_threat(nlp: Language) -> None:
    """The frame comes after the threat rules: a promised response to a wrong is a threat."""
    stance, found = _only(
        nlp,
        "The minister said the navy was ready to respond to any provocative actions by "
        "Chinese vessels.",
    )
    assert stance is Stance.THREATEN
    assert found == ["Chinese"]


def test_the_lexicon_holds_the_derived_classes() -> None:
    assert {"invasion", "kidnapping", "shelling"} <= content_lexicon.HOSTILE_NOUNS
    # CAMEO 17x coercion (arrest, seize, expel, their nouns) stays out: a state does it
    # lawfully too, the rows gained nothing on any gold part, and "Pakistani forces have
    # arrested 600 Taleban", said by Pakistan's president, became a charge of his own forces
    assert not {"arrest", "seize", "expel", "deport"} & content_lexicon.HOSTILE_ACTS
    assert not {"seizure", "arrest", "expulsion"} & content_lexicon.HOSTILE_NOUNS
    assert {"illegal", "provocative", "unprovoked"} <= content_lexicon.WRONG_ADJECTIVES
    # "aggressive" was kept out for "an aggressive move to combat X"; round 23 (charge23)
    # measured the row: test11 +0.005, no other part, development or held out, moves
    assert "aggressive" in content_lexicon.WRONG_ADJECTIVES
    assert "bomb" not in content_lexicon.HOSTILE_NOUNS - {"bombing"}  # a weapon, not an act


def _derive_module():  # scripts/ is no package
    spec = importlib.util.spec_from_file_location(
        "derive_content_lexicon", ROOT / "scripts" / "derive_content_lexicon.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_event_nouns_are_derived_from_the_verbs() -> None:
    derive = _derive_module()
    known = {"invasion", "occupation", "expulsion", "kidnapping", "killing", "bomb", "kill"}
    verbs = [
        ("invade", "192", "INVADE"),
        ("occupy", "192", "INVADE"),
        ("expel", "174", "DEPORT"),
        ("kidnap", "181", "KIDNAP"),
        ("kill", "190", "KILL"),
        ("bomb", "190", "DESTROY"),
    ]
    nouns = {row[0]: row for row in derive.derive_nouns(verbs, known)}
    assert set(nouns) == {"invasion", "occupation", "expulsion", "kidnapping", "killing"}
    assert nouns["invasion"][1:] == ("192", "INVADE: INVADE")


def test_the_named_cause_of_a_harm_is_accused(nlp: Language) -> None:
    stance, found = _only(nlp, "Caracas said Bogota is the source of the problem on the border.")
    assert stance is Stance.ACCUSE and found == ["Bogota"]
    for text in (
        "Beijing said it is not the cause of the problem.",
        "Officials said heavy rain was the cause of the flooding.",
    ):
        assert all(c.stance is not Stance.ACCUSE for c in claims_of(nlp, text))


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        ("Kyiv said Russian units engaged in looting in the occupied towns.", ["Russian"]),
        (
            "The governor said Russian troops were engaged in shelling residential areas.",
            ["Russian"],
        ),
        ("Seoul said North Korean agents were engaged in illegal smuggling.", ["North Korean"]),
    ],
)
def test_taking_part_in_a_wrong_accuses(nlp: Language, text: str, accused: list[str]) -> None:
    stance, found = _only(nlp, text)
    assert stance is Stance.ACCUSE and found == accused


def test_taking_part_in_a_lawful_doing_accuses_nobody(nlp: Language) -> None:
    text = "The army said its soldiers were engaged in clearing mines."
    assert all(c.stance is not Stance.ACCUSE for c in claims_of(nlp, text))
