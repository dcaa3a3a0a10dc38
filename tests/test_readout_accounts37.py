"""Round 36, second wave (issue 12, branch ``kremlin38``, test36's class (3)): readouts'
shared views (``readouts.SHARED_VIEWS``), accounts given ("reported on", "provided an update
on", "told X about"; ``readouts.READOUT_REPORTS``) and a joint "The sides" / "Both sides"
subject of a readout verb (``readouts.JOINT_SIDES``); the last two are off by the round's bar
and their tests switch them on.  Every quoted sentence is from a corpus
text in no gold part (its URL is in no line of the claims gold, its agreement files, its pool
or the allegations gold); the constructed ones say so."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.claims import readouts
from kg.model import Stance
from tests.claim_helpers import assert_in_no_gold_part, claims_of, official_graph, stances_of

# The Office of the President of Ukraine (corpus/president-of-ukraine-georgia-moldova.jsonl,
# https://www.president.gov.ua/en/news/prezident-prijnyav-virchi-gramoti-v-posliv-ssha-indiyi-ta-mo-75561).
EXPRESSED_BELIEF = (
    "He expressed belief that the term of office of Ambassador Bridget Brink would only "
    "increase the strength of this partnership."
)

# The White House (corpus/white-house-russia-ukraine.jsonl,
# https://www.whitehouse.gov/briefing-room/statements-releases/2022/05/24/readout-of-president-bidens-meeting-with-prime-minister-modi-of-india/).
SHARED_BELIEF = (
    "The leaders discussed their shared belief in the urgent need to address climate change."
)

# The Office of the President of Ukraine (corpus/president-of-ukraine-russia-ukraine.jsonl,
# https://www.president.gov.ua/en/news/rnbo-pid-golovuvannyam-prezidenta-rozglyanula-zahodi-iz-zabe-72317).
REPORTED_ON = (
    "Commander-in-Chief of the Armed Forces of Ukraine Valeriy Zaluzhny, for his part, "
    "reported on the readiness of the Armed Forces to perform its assigned tasks."
)

# The State Department (corpus/state-department-russia-ukraine.jsonl,
# https://www.state.gov/secretary-blinkens-call-with-ukrainian-foreign-minister-kuleba-21/).
PROVIDED_UPDATE = (
    "The Secretary provided an update on plans for U.S. diplomats to return to Ukraine, "
    "including initial visits to Lviv this week and plans to return to Kyiv as soon as possible."
)

# The Kremlin (corpus/kremlin-russia-ukraine.jsonl, http://en.kremlin.ru/events/president/news/67604).
TOLD_ABOUT = (
    "Olga Lyubimova told the President about the progress of the Culture national project "
    "and the Pushkin Card programme."
)

# Constructed (no corpus sentence has a news agency "reported on" a weekday alone).
REPORTED_ON_A_DAY = "The agency reported on Tuesday."

# Constructed (no corpus text outside the gold has "The sides" as the subject of a readout
# row's noun, "expressed confidence that"): a readout's lead and its joint subject.
SIDES_LEAD = (
    "President Vladimir Putin had a telephone conversation with President of Finland Sauli "
    "Niinisto. The sides expressed confidence that the agreements reached would be "
    "implemented in full."
)


@pytest.fixture(autouse=True)
def reports_and_sides(monkeypatch: pytest.MonkeyPatch) -> None:
    """JOINT_SIDES ships off (round 36 second wave's bar; READOUT_REPORTS did until round 37,
    readouts39): read them on."""
    monkeypatch.setattr(readouts, "READOUT_REPORTS", True)
    monkeypatch.setattr(readouts, "JOINT_SIDES", True)


#: The switches as the module sets them (read at import, before any fixture sets them).
_SHIPPED = (readouts.SHARED_VIEWS, readouts.READOUT_REPORTS, readouts.JOINT_SIDES)


def test_shared_views_and_reports_ship_on_sides_off() -> None:
    """READOUT_REPORTS ships on since round 37 (readouts39), with its claims kept in
    official texts only (kg.resolve.voice.OFFICIAL_REPORTS)."""
    assert _SHIPPED == (True, True, False)


def _asserts(nlp: Language, text: str) -> list[str]:
    return [c for c, s, _ in stances_of(nlp, text) if s is Stance.ASSERT]


def test_texts_are_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, 6)


@pytest.mark.parametrize(
    ("text", "claimer"),
    [(EXPRESSED_BELIEF, "He"), (SHARED_BELIEF, "The leaders")],
)
def test_a_shared_view_is_the_speakers_assertion(nlp: Language, text: str, claimer: str) -> None:
    assert _asserts(nlp, text) == [claimer]


@pytest.mark.parametrize("text", [EXPRESSED_BELIEF, SHARED_BELIEF])
def test_a_shared_view_without_the_switch_makes_no_claim(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    monkeypatch.setattr(readouts, "SHARED_VIEWS", False)
    assert _asserts(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "claimer"),
    [
        (REPORTED_ON, "Commander"),
        (PROVIDED_UPDATE, "The Secretary"),
        (TOLD_ABOUT, "Olga Lyubimova"),
    ],
)
def test_an_account_given_is_the_subjects_assertion(nlp: Language, text: str, claimer: str) -> None:
    claims = [c for c in stances_of(nlp, text) if c[1] is Stance.ASSERT]
    assert [c for c, _, _ in claims] == [claimer]
    assert claims[0][2] == []  # what the account was about is no target


@pytest.mark.parametrize("text", [REPORTED_ON, PROVIDED_UPDATE, TOLD_ABOUT])
def test_an_account_without_the_switch_makes_no_claim(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    monkeypatch.setattr(readouts, "READOUT_REPORTS", False)
    assert _asserts(nlp, text) == []


def test_a_day_reported_on_is_no_content(nlp: Language) -> None:
    assert _asserts(nlp, REPORTED_ON_A_DAY) == []


def _graph_claims(nlp: Language, text: str) -> set[tuple[str, str]]:
    graph = official_graph(nlp, text, "President of Russia")
    names = {a.id: a.name for a in graph.actors}
    return {(names.get(c.claimer, c.claimer), c.claim.stance.value) for c in graph.claims}


def test_the_sides_speak_for_the_leads_participants(nlp: Language) -> None:
    claims = _graph_claims(nlp, SIDES_LEAD)
    assert {c for c, s in claims if s == "assert"} >= {"Vladimir Putin", "Sauli Niinisto"}


def test_the_sides_without_the_switch_speak_no_claim(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(readouts, "JOINT_SIDES", False)
    assert not any(s == "assert" for _, s in _graph_claims(nlp, SIDES_LEAD))


# Constructed (the corpus outside the gold has no "reported <a thing> on <a place>"): what
# is reported is the object, not an account on the place.
REPORTED_A_THING_ON = "Residents reported a heavy police presence on the main square."


def test_an_object_reported_is_no_account_on_the_place(nlp: Language) -> None:
    contents = [c.content.text for c in claims_of(nlp, REPORTED_A_THING_ON) if c.content]
    assert "the main square" not in contents
