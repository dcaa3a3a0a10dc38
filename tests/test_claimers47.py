"""Round 40, second wave (issue 12, branch ``claimers47``): who the claimer is -- a joint
statement's "they" is each state its lead joins as subject (``kg.resolve.official.LEAD_STATES``),
a state's formal name the gazetteer lacks is the state (``kg.resolve.names.FORMAL_STATE_NAMES``),
and a speaker written as one bare untagged surname is the person the document named before in
full by it (``kg.resolve.speakers.BARE_SURNAMES``).

Each test sets its switch on and off to show both readings.  All the sentences are constructed,
and marked so: no corpus text in no gold part has these shapes (the corpus's one joint statement
of two states by their formal names repeats a `dev4` gold text word for word, the joint
statement that showed the lead of two states is `test40` gold, and the corpus's bare surnames
after a quotation are all tagged as persons by the tagger)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from spacy.language import Language

from kg.model import DocumentGraph
from kg.resolve import names, official, speakers
from tests.claim_helpers import official_graph, resolved_names

# Constructed: a joint statement whose lead joins two states as its subject, then unnamed
# officials of both, then "They" (the shape of a White House joint statement).
STATES_LEAD = (
    "On 14-15 June, Canada and Japan held high-level consultations on maritime security in Tokyo. "
    "Officials from both governments resolved to deepen their cooperation in the region. "
    "They welcomed growing coordination among partners across the Pacific."
)
# Constructed: a lead that joins no two states ("hosted talks with"): no split.
HOSTED_LEAD = (
    "On 14-15 June, Canada hosted consultations with officials from several countries. "
    "Officials from all delegations resolved to deepen their cooperation in the region. "
    "They welcomed growing coordination among partners across the Pacific."
)
# Constructed: two states by their formal names, then "They".
FORMAL_NAMES = (
    "The Republic of Estonia and the Republic of Latvia reaffirm their full support for "
    "Ukraine's sovereignty. They also condemned the attack on the embassy."
)
# Constructed: a bare surname after a quotation, the tagger leaving it untagged.
BARE_NAME = (
    "Defense Secretary Robert M. Gates said today that Russia must pull its forces out of "
    'Georgia. "We expect all Russian forces to withdraw from that country," Gates said.'
)
# Constructed: two people of one surname named before: the bare surname stays unresolved to
# either of them.
TWO_OF_A_NAME = (
    "Defense Secretary Robert M. Gates met Senator Ann Gates on Monday. "
    '"We expect all Russian forces to withdraw from that country," Gates said.'
)


@pytest.fixture
def restore() -> Iterator[None]:
    saved = (official.LEAD_STATES, names.FORMAL_STATE_NAMES, speakers.BARE_SURNAMES)
    yield
    official.LEAD_STATES, names.FORMAL_STATE_NAMES, speakers.BARE_SURNAMES = saved


def _claimers(graph: DocumentGraph, opening: str) -> list[tuple[str, str]]:
    """(claimer's name, kind) of each claim of the sentence that opens with ``opening``."""
    actors = {actor.id: actor for actor in graph.actors}
    return sorted(
        (actors[c.claimer].name, actors[c.claimer].kind.value)
        for c in graph.claims
        if graph.sentences[c.claim.sentence].text.startswith(opening)
    )


def test_a_joint_statements_they_is_each_state_its_lead_joins(nlp: Language, restore: None) -> None:
    official.LEAD_STATES = True
    graph = official_graph(nlp, STATES_LEAD, "The White House")
    assert _claimers(graph, "They welcomed") == [("Canada", "state"), ("Japan", "state")]
    official.LEAD_STATES = False
    graph = official_graph(nlp, STATES_LEAD, "The White House")
    assert _claimers(graph, "They welcomed") == [
        ("anonymous sources via The White House", "anonymous")
    ]


def test_a_lead_that_joins_no_two_states_splits_nothing(nlp: Language, restore: None) -> None:
    official.LEAD_STATES = True
    graph = official_graph(nlp, HOSTED_LEAD, "The White House")
    assert ("Canada", "state") not in _claimers(graph, "They welcomed")


def test_a_formal_name_of_a_state_is_the_state(nlp: Language, restore: None) -> None:
    names.FORMAL_STATE_NAMES = True
    graph = official_graph(nlp, FORMAL_NAMES, "President of Ukraine")
    assert _claimers(graph, "They also condemned") == [("Estonia", "state"), ("Latvia", "state")]
    names.FORMAL_STATE_NAMES = False
    graph = official_graph(nlp, FORMAL_NAMES, "President of Ukraine")
    assert ("Estonia", "state") not in _claimers(graph, "The Republic of Estonia")


def test_a_formal_name_is_left_when_the_gazetteer_holds_it_or_the_state_is_another_alias() -> None:
    assert names.formal_state("Republic of Lithuania") is not None
    assert names.formal_state("Republic of Korea") is None  # the gazetteer's South Korea
    assert names.formal_state("Republic of Congo") is None  # "Congo": no state by that name
    assert names.formal_state("Lithuania") is None


def test_a_bare_surname_after_a_quotation_is_the_person_named_before(
    nlp: Language, restore: None
) -> None:
    speakers.BARE_SURNAMES = True
    assert {c for c, _s, _t in resolved_names(nlp, BARE_NAME)} == {"Robert M. Gates"}
    speakers.BARE_SURNAMES = False
    assert "Gates" in {c for c, _s, _t in resolved_names(nlp, BARE_NAME)}


def test_a_bare_surname_two_people_share_is_nobodys(nlp: Language, restore: None) -> None:
    speakers.BARE_SURNAMES = True
    claimers = {c for c, _s, _t in resolved_names(nlp, TWO_OF_A_NAME)}
    assert "Robert M. Gates" not in claimers and "Ann Gates" not in claimers
