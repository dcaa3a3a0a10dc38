"""Round 42 (issue 12, branch ``joint53``, test42's class (J)): a joint statement's "The leaders
..." / "They ..." is each party its opening names as "the leaders of A and B"
(``kg.resolve.official.STATEMENT_PARTIES``); with ``PARTY_HEADS`` a state's leaders are its
President on the statement's date when the text names him.

The joint statements are constructed, and marked so: the one corpus joint statement whose
opening names its parties as "the leaders of A and B ... met" is `test42` gold (the U.S.-GCC
summit statement), and no other corpus text has that shape.  The list that goes on is real text
(see ``JORDAN``)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from spacy.language import Language

from kg.model import DocumentGraph
from kg.resolve import official
from tests.claim_helpers import official_graph

TITLE = "Joint Statement Following the Summit of the Leaders of Canada and Mexico"
# Constructed: a summit's joint statement whose opening names its parties as "the leaders of
# A and B" and whose later sentences speak as "The leaders" and "They".
SUMMIT = (
    "At the invitation of the Prime Minister of Canada, the leaders of Canada and Mexico met "
    "today in Ottawa. The leaders reaffirmed the strategic importance of the ties between their "
    "countries. They welcomed the new agreement on energy trade between the two countries."
)
# Constructed: the same opening, then "the leaders of A" alone speaking.
ONE_SIDE = (
    "At the invitation of the Prime Minister of Canada, the leaders of Canada and Mexico met "
    "today in Ottawa. In this context, the leaders of Mexico welcomed the new agreement on "
    "energy trade."
)
# Constructed: the same text published with a title that says no joint statement.
PLAIN_TITLE = "Readout of the Summit in Ottawa"
# https://www.whitehouse.gov/briefing-room/statements-releases/2022/07/16/joint-statement-
# following-meeting-of-president-joseph-r-biden-and-his-majesty-king-abdullah-ii-of-jordan-in-
# jeddah/ (corpus/white-house-russia-ukraine.jsonl; in no gold part): its second sentence's
# "the leaders of" opens a list that goes on past two parties, not the statement's subject.
JORDAN_TITLE = (
    "Joint Statement Following Meeting of President Joseph R. Biden and His Majesty King "
    "Abdullah II of Jordan in Jeddah"
)
JORDAN = (
    "The meeting took place during the Summit of the leaders of the United States, the Gulf "
    "Cooperation Council members, Egypt, Iraq, and Jordan. "
    # constructed follow-on sentence, marked: the real text's next sentences make no claim
    "The leaders reaffirmed the importance of regional integration."
)


@pytest.fixture
def restore() -> Iterator[None]:
    saved = (official.STATEMENT_PARTIES, official.PARTY_HEADS)
    yield
    official.STATEMENT_PARTIES, official.PARTY_HEADS = saved


def _claimers(graph: DocumentGraph, opening: str) -> list[tuple[str, str]]:
    """(claimer's name, stance) of each claim of the sentence that opens with ``opening``."""
    actors = {actor.id: actor for actor in graph.actors}
    return sorted(
        (actors[c.claimer].name, c.claim.stance.value)
        for c in graph.claims
        if graph.sentences[c.claim.sentence].text.startswith(opening)
    )


def test_the_leaders_of_a_joint_statement_are_each_party_its_opening_names(
    nlp: Language, restore: None
) -> None:
    official.STATEMENT_PARTIES = True
    graph = official_graph(nlp, SUMMIT, "The White House", title=TITLE, published="2022-07-16")
    assert _claimers(graph, "The leaders reaffirmed") == [
        ("Canada", "assert"),
        ("Mexico", "assert"),
    ]
    assert [name for name, _ in _claimers(graph, "They welcomed")] == ["Canada", "Mexico"]
    official.STATEMENT_PARTIES = False
    graph = official_graph(nlp, SUMMIT, "The White House", title=TITLE, published="2022-07-16")
    assert _claimers(graph, "The leaders reaffirmed") == []


def test_the_leaders_of_one_party_are_that_party(nlp: Language, restore: None) -> None:
    official.STATEMENT_PARTIES = True
    graph = official_graph(nlp, ONE_SIDE, "The White House", title=TITLE, published="2022-07-16")
    assert _claimers(graph, "In this context") == [("Mexico", "approve")]


def test_no_joint_statement_no_parties(nlp: Language, restore: None) -> None:
    official.STATEMENT_PARTIES = True
    graph = official_graph(
        nlp, SUMMIT, "The White House", title=PLAIN_TITLE, published="2022-07-16"
    )
    assert ("Canada", "assert") not in _claimers(graph, "The leaders reaffirmed")


def test_a_list_that_goes_on_names_no_parties(nlp: Language, restore: None) -> None:
    official.STATEMENT_PARTIES = True
    graph = official_graph(
        nlp, JORDAN, "The White House", title=JORDAN_TITLE, published="2022-07-16"
    )
    names = [name for name, _ in _claimers(graph, "The leaders reaffirmed")]
    assert "United States" not in names
    assert "Gulf Cooperation Council" not in names


def test_a_states_leaders_are_its_president_named_in_the_text(nlp: Language, restore: None) -> None:
    # Constructed: the United States' leader named as "President Biden" later in the text.
    text = (
        "The leaders of Mexico and the United States met today in Washington. "
        "The leaders reaffirmed the importance of the ties between their countries. "
        "President Biden welcomed the new agreement on energy trade."
    )
    title = "Joint Statement of the Leaders of Mexico and the United States"
    official.STATEMENT_PARTIES = official.PARTY_HEADS = True
    graph = official_graph(nlp, text, "The White House", title=title, published="2022-07-16")
    assert [n for n, _ in _claimers(graph, "The leaders reaffirmed")] == ["Biden", "Mexico"]
    official.PARTY_HEADS = False
    graph = official_graph(nlp, text, "The White House", title=title, published="2022-07-16")
    assert [n for n, _ in _claimers(graph, "The leaders reaffirmed")] == [
        "Mexico",
        "United States",
    ]
