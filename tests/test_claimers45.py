"""Round 39, second wave (issue 12, branch ``claimers45``): the claimers of press-service copy.

A readout's "they" that coreference gave to a state or body no claim spoke for is the
participants its lead names (``kg.resolve.official.SILENT_BODY_THEY``); a measure the issuer
announces as just taken, in the present perfect, with "authorize" or "commit" beside "announce",
is the issuer's ``assert`` (``kg.extract.claims.designation.PERFECT_MEASURES``).

Each test sets its switch on and off to show both readings.  The quoted corpus sentence is from a
text in no gold part (its URL is in no line of the claims gold, its agreement files, its pool or
the allegations gold); the constructed ones say so, and why."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from spacy.language import Language

from kg.extract.claims import designation
from kg.model import DocumentGraph
from kg.resolve import official
from tests.claim_helpers import assert_in_no_gold_part, official_graph

STATE = "U.S. Department of State"

# A State Department press statement (corpus/state-department-russia-ukraine.jsonl,
# https://www.state.gov/100-million-in-additional-u-s-security-assistance-for-ukraine/).
AUTHORIZED = (
    "I have authorized, pursuant to a delegation from the President earlier today, the immediate "
    "drawdown of security assistance valued at up to $100 million to meet Ukraine’s urgent need "
    "for additional anti-armor systems."
)
# Constructed: the negative cases.  No corpus text in no gold part tells an issuer's earlier
# measure in the simple past in this shape, and a state "committing" crimes is the sense the
# first-person verbs must not take.
AUTHORIZED_BEFORE = "In March, I authorized a drawdown of security assistance for Ukraine."
COMMITTING_CRIMES = "Russia is committing war crimes in Ukraine."
# Constructed: a measure in a relative clause, its object the relative pronoun before the verb.
# The corpus text that showed it (a VOA editorial, whose extraction failed on it) is in the
# allegations gold.
DESIGNATED_BEFORE = (
    "The militant group, which the United States has designated a Foreign Terrorist "
    "Organization, has claimed responsibility for the bombing."
)

# Constructed: no corpus text in no gold part has a readout's "they" that coreference gives to a
# government praised in the sentence before (the blind part's readout that showed it is gold).
LEAD = (
    "Deputy Secretary of State Wendy Sherman met today with Estonian Foreign Minister Eva-Maria "
    "Liimets in Washington."
)
PRAISED_BODY = (
    "Deputy Secretary Sherman recognized the generous support both the Government of Estonia and "
    "its citizens have given to Ukraine."
)
THEY_CONDEMNED = "They condemned Russia’s unprovoked attack on Ukraine."


@pytest.fixture
def restore() -> Iterator[None]:
    saved = (official.SILENT_BODY_THEY, designation.PERFECT_MEASURES)
    yield
    official.SILENT_BODY_THEY, designation.PERFECT_MEASURES = saved


def _claims(graph: DocumentGraph, sentence: str) -> list[tuple[str, str, list[str]]]:
    names = {actor.id: actor.name for actor in graph.actors}
    return sorted(
        (names[c.claimer], c.claim.stance.value, sorted(names[t] for t in c.targets))
        for c in graph.claims
        if sentence[:40] in graph.sentences[c.claim.sentence].text
    )


def _measures(graph: DocumentGraph) -> list[tuple[str, str]]:
    names = {actor.id: actor.name for actor in graph.actors}
    return [
        (names[c.claimer], c.claim.stance.value)
        for c in graph.claims
        if "announced_measure" in c.claim.rule.split("+")
    ]


def test_a_measure_just_authorized_is_the_issuers_assert(nlp: Language, restore: None) -> None:
    designation.PERFECT_MEASURES = True
    assert _measures(official_graph(nlp, AUTHORIZED, STATE)) == [("United States", "assert")]
    designation.PERFECT_MEASURES = False
    assert _measures(official_graph(nlp, AUTHORIZED, STATE)) == []


def test_a_past_measure_or_a_states_crimes_is_no_announced_measure(
    nlp: Language, restore: None
) -> None:
    designation.PERFECT_MEASURES = True
    assert _measures(official_graph(nlp, AUTHORIZED_BEFORE, STATE)) == []
    assert _measures(official_graph(nlp, COMMITTING_CRIMES, STATE)) == []


def test_a_measure_whose_object_comes_before_its_verb_makes_no_claim(
    nlp: Language, restore: None
) -> None:
    """The object's subtree ends before the verb, so there is no content after it to take (the
    content once ran backwards and spaCy refused the span: the whole text's extraction failed)."""
    designation.PERFECT_MEASURES = True
    assert _measures(official_graph(nlp, DESIGNATED_BEFORE, STATE)) == []


def test_a_readouts_they_given_to_a_silent_body_is_the_participants(
    nlp: Language, restore: None
) -> None:
    text = f"{LEAD} {PRAISED_BODY} {THEY_CONDEMNED}"
    official.SILENT_BODY_THEY = True
    assert _claims(official_graph(nlp, text, STATE), THEY_CONDEMNED) == [
        ("Eva-Maria Liimets", "criticize", ["Russia"]),
        ("Wendy Sherman", "criticize", ["Russia"]),
    ]
    official.SILENT_BODY_THEY = False
    assert _claims(official_graph(nlp, text, STATE), THEY_CONDEMNED) == [
        ("Government of Estonia", "criticize", ["Russia"])
    ]


def test_the_sentences_are_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, 7)
