"""Criticism by emotion (round 18): a party's regret, anger, shock or puzzlement at another
party's act or words criticizes the doer.  Families: ``emotion_frame``
(:mod:`kg.extract.claims.emotive`, optional), ``own_emotion`` (the speaker's own emotion,
:func:`kg.extract.claims.denials._own_criticism`, on) and ``emotion_adjective``
(:data:`kg.extract.cues.EMOTION_ADJECTIVES` in the concern family, optional).

Wire-style sentences written for these tests (none is in a gold part of
``benchmarks/claims``); each construction has negative cases beside it: a regret for the
speaker's own side or for deaths, a state of affairs nobody named brought about, a negated
emotion, the family switched off.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.claims import OPTIONAL, RULES, extract_claims
from kg.extract.mentions import extract_mentions
from kg.model import Claim
from kg.resolve.voice import OFFICIAL_ONLY

DEFAULT = RULES - OFFICIAL_ONLY - OPTIONAL
#: emotion_adjective is optional (it lost a triple on a held-out part); emotion_frame was on
#: from round 22 to round 30 and is optional again since round 31 (WITH switches both on)
FAMILIES = frozenset({"emotion_frame", "own_emotion", "emotion_adjective"})
WITH = DEFAULT | FAMILIES
WITHOUT = DEFAULT - FAMILIES


def claims_of(nlp: Language, text: str, rules: frozenset[str]) -> tuple[Claim, ...]:
    doc = nlp(text)
    return extract_claims(doc, extract_mentions(doc), rules=rules)


def criticisms(nlp: Language, text: str, rules: frozenset[str]) -> list[tuple[str, list[str]]]:
    return [
        (c.claimer.span.text, [t.span.text for t in c.targets])
        for c in claims_of(nlp, text, rules)
        if c.stance.value == "criticize"
    ]


@pytest.mark.parametrize(
    ("text", "claimer", "target"),
    [
        # the speaker's own regret or emotion inside a quotation, with a that-clause
        (
            '"We regret that Moscow did not consult us before moving its troops," the minister '
            "said.",
            "the minister",
            "Moscow",
        ),
        (
            '"We are deeply disappointed that Kiev has broken the truce," the spokesman said.',
            "the spokesman",
            "Kiev",
        ),
        # a party's regret in the main clause, with a that-clause or an object
        (
            "The Foreign Ministry regrets that Tokyo has refused to return the documents.",
            "The Foreign Ministry",
            "Tokyo",
        ),
        (
            "The government in Athens regrets Ankara's decision to close the border.",
            "The government",
            "Ankara",
        ),
        # an act that angers a party
        ("Washington's decision to sell the jets has angered Beijing.", "Beijing", "Washington"),
        ("Washington angered Beijing by selling fighter jets to Taiwan.", "Beijing", "Washington"),
        # a predicative emotion adjective beside the concern adjectives
        (
            "Officials in Seoul are puzzled by a new statement from Pyongyang calling the deal "
            "into question.",
            "Officials",
            "Pyongyang",
        ),
    ],
)
def test_emotion_criticizes_the_doer(nlp: Language, text: str, claimer: str, target: str) -> None:
    found = criticisms(nlp, text, WITH)
    assert any(c == claimer and target in t for c, t in found), found
    assert not any(c == claimer and target in t for c, t in criticisms(nlp, text, WITHOUT))


def test_defaults() -> None:
    assert "own_emotion" in DEFAULT
    # on from round 22 (reopt22) to round 30; off since round 31 (prune32: out of sample
    # it made two wrong triples and no right one)
    assert "emotion_frame" not in DEFAULT
    assert "emotion_adjective" not in DEFAULT


def test_found_puzzling_is_criticism(nlp: Language) -> None:
    text = '"We find the Iranian minister\'s comments somewhat puzzling," the official said.'
    assert [c for c, _ in criticisms(nlp, text, WITH)] == ["the official"]
    assert criticisms(nlp, text, WITHOUT) == []


@pytest.mark.parametrize(
    "text",
    [
        # the speaker's own side, or nobody named, brought it about
        '"We regret that we could not reach an agreement," the envoy said.',
        "The Foreign Ministry regrets that the talks have failed.",
        # a condolence
        "Seoul regrets the loss of life in the collision.",
        # nobody named did what angers
        "The deaths of the soldiers have angered the public.",
        # negated
        "The decision by Ankara did not anger officials in Athens.",
        # an angry crowd is no statement ("angry" is left out)
        "Many of the demonstrators are angry with Ankara over the raid.",
    ],
)
def test_no_criticism(nlp: Language, text: str) -> None:
    assert criticisms(nlp, text, WITH) == criticisms(nlp, text, WITHOUT)
