"""Round 19, second wave (branch ``charge19``): mutual blame told with light verbs and the
blame idiom (families ``mutual_blame`` and ``blame_idiom``, :mod:`kg.extract.claims.mutual`),
"their counterparts" as the other side of a group that is both (:mod:`kg.resolve.targets`),
and a charge noun with its author and the one charged outside a denial (``authored_charge``,
optional, :mod:`kg.extract.claims.authored`).

Wire-style sentences written for these tests in the shapes of news reports (none is in a
gold part of ``benchmarks/claims``); each rule has a negative case beside it.  Round 20
(``realtests20``) found no public-domain sentence of these idioms outside the gold parts and
marked each ``constructed`` where it stands (searched: ``corpus/*.jsonl``, the VOA pool
``benchmarks/claims/pool/`` and the ``search`` tool's pages corpus for "pointed the finger",
"fingers at", "argue over who", "bickered", "traded blame", "only themselves to blame", "no one
to blame but", "accused their counterparts", "charges leveled by", "accusations by ...
against", "filed charges"); one negative case is real, its source beside it.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from spacy.language import Language

from kg.extract import extract
from kg.extract.claims import OPTIONAL, RULES, authored, extract_claims
from kg.extract.mentions import extract_mentions
from kg.ingest import article_id
from kg.model import Article, Stance
from kg.resolve import ActorRegistry, resolve
from tests.claim_helpers import NEWS_RULES, assert_in_no_gold_part

#: The default families with the round's optional ones switched on.
WITH_MUTUAL = NEWS_RULES | {"mutual_blame", "blame_idiom"}
#: The default families without the two (on by default since round 19).
WITHOUT_MUTUAL = NEWS_RULES - {"mutual_blame", "blame_idiom"}
WITH_AUTHORED = WITH_MUTUAL | {"authored_charge"}


def _accusations(
    nlp: Language, text: str, rules: frozenset[str] = WITH_MUTUAL
) -> list[tuple[str, list[str]]]:
    doc = nlp(text)
    return [
        (c.claimer.span.text, [t.span.text for t in c.targets])
        for c in extract_claims(doc, extract_mentions(doc), rules)
        if c.stance is Stance.ACCUSE
    ]


def _resolved_accusations(nlp: Language, text: str) -> set[tuple[str, tuple[str, ...]]]:
    """(claimer, targets) of each resolved accusation, by actor name, the families on."""
    doc = nlp(text)
    extraction = extract(doc, Article(id=article_id(text), text=text, source="test"))
    claims = extract_claims(doc, extraction.mentions, WITH_MUTUAL)
    graph = resolve(replace(extraction, claims=claims), ActorRegistry())
    names = {actor.id: actor.name for actor in graph.actors}
    return {
        (names[c.claimer], tuple(names[t] for t in c.targets))
        for c in graph.claims
        if c.claim.stance is Stance.ACCUSE
    }


def test_families_registered() -> None:
    assert {"mutual_blame", "blame_idiom", "authored_charge"} <= RULES
    assert "authored_charge" in OPTIONAL
    assert not {"mutual_blame", "blame_idiom"} & OPTIONAL  # on: test11 +0.008, no part loses


# --- mutual blame -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # constructed: no public-domain example found (searched: see the module docstring)
        "Kenya and Somalia have pointed the finger at each other for the collapse of the talks.",
        # constructed: no public-domain example found (searched: see the module docstring)
        "Sudan and South Sudan pointed fingers at one another after the raid on the oil field.",
    ],
)
def test_fingers_pointed_at_each_other(nlp: Language, text: str) -> None:
    found = _accusations(nlp, text)
    assert len(found) == 2, found
    (first, first_targets), (second, second_targets) = found
    assert first_targets == [second] and second_targets == [first], found
    assert _accusations(nlp, text, WITHOUT_MUTUAL) == []


def test_finger_at_a_thing_is_no_mutual_blame(nlp: Language) -> None:
    # constructed: no public-domain example found (searched: see the module docstring)
    text = "Kenya and Somalia have pointed the finger at the weather for the failed harvest."
    assert _accusations(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # constructed: no public-domain example found (searched: see the module docstring)
        "Uganda and Rwanda argue over who is to blame for the clashes in Kisangani.",
        # constructed: no public-domain example found (searched: see the module docstring)
        "India and Pakistan bickered about who was responsible for the shelling.",
    ],
)
def test_dispute_over_the_blame(nlp: Language, text: str) -> None:
    found = _accusations(nlp, text)
    assert len(found) == 2 and all(len(t) == 1 for _, t in found), found


def test_dispute_over_something_else_is_no_blame(nlp: Language) -> None:
    # president.gov.ua/en/news/vistup-prezidenta-ukrayini-volodimira-zelenskogo-pid-chas-sp-75261
    text = (
        "I know historians often argue about who was the first to say this, who was the author"
        " of this phrase."
    )
    assert _accusations(nlp, text) == []


def test_group_of_both_sides_resolved_each_way(nlp: Language) -> None:
    text = (
        # constructed: no public-domain example found (searched: see the module docstring)
        "Fighting broke out again between Armenia and Azerbaijan on Monday. "
        "Officials in both countries argue over who is to blame for the fighting."
    )
    found = _resolved_accusations(nlp, text)
    assert found == {("Armenia", ("Azerbaijan",)), ("Azerbaijan", ("Armenia",))}, found


def test_nationality_group_split_each_way(nlp: Language) -> None:
    # constructed: no public-domain example found (searched: see the module docstring)
    text = "The Armenian and Azerbaijani leaders traded blame for the fighting."
    found = _accusations(nlp, text)
    assert found == [("Armenian", ["Azerbaijani"]), ("Azerbaijani", ["Armenian"])], found


def test_nationality_group_kept_whole_without_the_family(nlp: Language) -> None:
    # constructed: no public-domain example found (searched: see the module docstring)
    text = "The Armenian and Azerbaijani leaders traded blame for the fighting."
    found = _accusations(nlp, text, WITHOUT_MUTUAL)
    assert found == [("The Armenian and Azerbaijani leaders", [])], found


def test_counterparts_of_a_group_of_both_sides(nlp: Language) -> None:
    text = (
        # constructed: no public-domain example found (searched: see the module docstring)
        "Fighting broke out again between Armenia and Azerbaijan on Monday. "
        "Officials from both countries have accused their counterparts of breaking the truce."
    )
    found = _resolved_accusations(nlp, text)
    assert found == {("Armenia", ("Azerbaijan",)), ("Azerbaijan", ("Armenia",))}, found


# --- the blame idiom --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker", "accused"),
    [
        (
            # constructed: no public-domain example found (searched: see the module docstring)
            "The authorities in Minsk have only themselves to blame for that, the minister said.",
            "the minister",
            "The authorities",
        ),
        (
            # constructed: no public-domain example found (searched: see the module docstring)
            "The opposition has no one to blame but itself for the defeat, the president said.",
            "the president",
            "The opposition",
        ),
        (
            # constructed: no public-domain example found (searched: see the module docstring)
            "Rebel leaders in the north have nobody but themselves to blame, a spokesman said.",
            "a spokesman",
            "Rebel leaders",
        ),
    ],
)
def test_blame_idiom_is_the_speakers_charge(
    nlp: Language, text: str, speaker: str, accused: str
) -> None:
    assert _accusations(nlp, text) == [(speaker, [accused])]


def test_blame_idiom_needs_a_reflexive(nlp: Language) -> None:
    # constructed: no public-domain example found (searched: see the module docstring)
    text = "The rebels have the army to blame for the deaths, the minister said."
    assert ("the minister", ["The rebels"]) not in _accusations(nlp, text)


# --- a charge noun with its author and the one charged ------------------------------------


@pytest.mark.parametrize(
    ("text", "author", "accused"),
    [
        (
            # constructed: no public-domain example found (searched: see the module docstring)
            "Moscow rejected the spy charges against the Russians leveled by Tbilisi.",
            "Tbilisi",
            "Russians",
        ),
        # constructed: no public-domain example found (searched: see the module docstring)
        ("Uganda dismissed the accusations by Kigali against Kampala.", "Kigali", "Kampala"),
    ],
)
def test_authored_charge(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, text: str, author: str, accused: str
) -> None:
    assert (author, [accused]) in _accusations(nlp, text, WITH_AUTHORED)
    # round 44 (accuse56): authored.POINT31_CHARGES runs the family in every build
    assert (author, [accused]) in _accusations(nlp, text, WITH_MUTUAL)
    monkeypatch.setattr(authored, "POINT31_CHARGES", False)
    assert (author, [accused]) not in _accusations(nlp, text, WITH_MUTUAL)


def test_authored_charge_needs_no_content(nlp: Language) -> None:
    # constructed: no public-domain example found (searched: see the module docstring)
    text = "Addis Ababa filed charges of treason against Asmara by the end of the week."
    found = _accusations(nlp, text, WITH_AUTHORED)
    assert all(c != "Addis Ababa" or t for c, t in found), found


def test_sentences_are_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, at_least=15)
