"""Round 37 (issue 12, branch ``readouts39``, test36's classes (6) and (3)): readout verbs
that made no claim: the speaker's support noted or underscored (``readouts.NOTED_SUPPORT``),
"expressed the need" (``readouts.EXPRESSED_NEED``), a party's role recognised
(``readouts.RECOGNIZED_MERITS``), a position outlined (``readouts.OUTLINED_POSITIONS``), an
account given kept in official texts only (``readouts.READOUT_REPORTS`` with
``kg.resolve.voice.OFFICIAL_REPORTS``), and another state's title in a head of state's text
(``kg.resolve.resolver.FOREIGN_TITLES``).  Every quoted sentence is from a corpus text in no
gold part (its URL is in no line of the claims gold, its agreement files, its pool or the
allegations gold); the constructed ones say so."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.claims import readouts
from kg.model import Stance
from kg.resolve import resolver, voice
from tests.claim_helpers import assert_in_no_gold_part, claims_of, official_graph, stances_of

# The State Department (corpus/state-department-russia-ukraine.jsonl,
# https://www.state.gov/deputy-secretary-shermans-meeting-with-estonian-foreign-ministry-secretary-general-vseviov/).
UNDERSCORED_SUPPORT = (
    "She underscored U.S. support for Ukraine’s sovereignty and territorial integrity and "
    "called on Putin to end his war of choice."
)

# The Office of the President of Ukraine (corpus/president-of-ukraine-russia-ukraine.jsonl,
# https://www.president.gov.ua/en/news/igor-zhovkva-obgovoriv-z-radniceyu-prezidenta-estoniyi-z-pit-71381).
NOTED_SUPPORT_OF = (
    "Celia Kuningas-Saagpakk noted the continued support of Estonia for Ukraine's European "
    "perspective, as reflected in the Joint Statement of the countries signed in May 2021."
)

# Constructed (no corpus text outside the gold has "support to" + a verb after a verb of
# stating): the supported doing's object is the party.
SUPPORT_TO_ASSIST = (
    "The Secretary emphasized continued U.S. support to assist Georgia in its reforms."
)

# Constructed (the corpus's one "expressed the need" is in a gold part).
EXPRESSED_NEED = "The Foreign Minister expressed the need for an immediate ceasefire in the region."

# Constructed (the corpus's one "recognized the important role X plays" is in a gold part).
RECOGNIZED_ROLE = "The Secretary recognized the important role Qatar plays in relocating Afghans."

# The Kremlin (corpus/kremlin-russia-ukraine.jsonl, http://en.kremlin.ru/events/president/news/68302).
OUTLINED_ASSESSMENT = (
    "At Joko Widodo's request, Vladimir Putin outlined Russia's assessment of the situation in "
    "Ukraine with regard to the ongoing special military operation."
)

# The Kremlin (corpus/kremlin-russia-ukraine.jsonl, http://en.kremlin.ru/events/president/news/68274).
OUTLINED_PRIORITIES = (
    "The President reviewed the office's performance in 2021 and outlined short-term and "
    "long-term priorities."
)

# The Kremlin (corpus/kremlin-russia-ukraine.jsonl, http://en.kremlin.ru/events/president/news/67613).
REPORTED_ON = (
    "The Moscow Mayor reported on the city's healthcare system performance and the measures "
    "taken to prepare for peak loads."
)

# The Kremlin (corpus/kremlin-kazakhstan.jsonl, http://en.kremlin.ru/events/president/news/67584):
# the item's second sentence, after a constructed lead (the item's own first sentence is
# word for word the lead of another Kremlin item in a gold part).
KAZAKHSTAN_UPDATE = (
    "Vladimir Putin had a telephone conversation with Kassym-Jomart Tokayev.\n\nThe President "
    "of Kazakhstan updated Vladimir Putin on the measures for the final restoration of law and "
    "order in Kazakhstan, considering the effective actions of the CSTO Collective Peacekeeping "
    "Forces."
)

#: The switches as the modules set them (read at import, before any test sets them).
_SHIPPED = {
    "NOTED_SUPPORT": readouts.NOTED_SUPPORT,
    "EXPRESSED_NEED": readouts.EXPRESSED_NEED,
    "RECOGNIZED_MERITS": readouts.RECOGNIZED_MERITS,
    "OUTLINED_POSITIONS": readouts.OUTLINED_POSITIONS,
    "READOUT_REPORTS": readouts.READOUT_REPORTS,
    "OFFICIAL_REPORTS": voice.OFFICIAL_REPORTS,
    "FOREIGN_TITLES": resolver.FOREIGN_TITLES,
}


@pytest.fixture(autouse=True)
def switches_on(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every switch of the branch on (the bar decides what ships; the tests read them on)."""
    for name in _SHIPPED:
        module = {"OFFICIAL_REPORTS": voice, "FOREIGN_TITLES": resolver}.get(name, readouts)
        monkeypatch.setattr(module, name, True)


def test_what_ships() -> None:
    """By the round's bar: accounts kept in official texts and positions outlined on; the
    rest off (benchmarks/claims/RESULTS.md, "Round 37, readouts39")."""
    assert _SHIPPED == {
        "NOTED_SUPPORT": False,
        "EXPRESSED_NEED": False,
        "RECOGNIZED_MERITS": False,
        "OUTLINED_POSITIONS": True,
        "READOUT_REPORTS": True,
        "OFFICIAL_REPORTS": True,
        "FOREIGN_TITLES": False,
    }


def test_texts_are_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, 8)


def _of(nlp: Language, text: str, stance: Stance) -> list[tuple[str, list[str]]]:
    return [(c, t) for c, s, t in stances_of(nlp, text) if s is stance]


@pytest.mark.parametrize(
    ("text", "claimer", "target"),
    [
        (UNDERSCORED_SUPPORT, "She", "Ukraine"),
        (NOTED_SUPPORT_OF, "Celia Kuningas-Saagpakk", "Ukraine"),
        (SUPPORT_TO_ASSIST, "The Secretary", "Georgia"),
    ],
)
def test_support_underscored_approves_the_party_supported(
    nlp: Language, text: str, claimer: str, target: str
) -> None:
    approvals = _of(nlp, text, Stance.APPROVE)
    assert [c for c, _ in approvals] == [claimer]
    assert target in approvals[0][1]


@pytest.mark.parametrize("text", [UNDERSCORED_SUPPORT, NOTED_SUPPORT_OF, SUPPORT_TO_ASSIST])
def test_support_underscored_without_the_switch_makes_no_claim(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    monkeypatch.setattr(readouts, "NOTED_SUPPORT", False)
    # round 42 (readouts53): STATED_SUPPORT reads NOTED_SUPPORT's rows narrower; off here too
    monkeypatch.setattr(readouts, "STATED_SUPPORT", False)
    assert _of(nlp, text, Stance.APPROVE) == []


def test_the_need_expressed_is_an_assertion(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    assert _of(nlp, EXPRESSED_NEED, Stance.ASSERT) == [("The Foreign Minister", [])]
    monkeypatch.setattr(readouts, "EXPRESSED_NEED", False)
    assert stances_of(nlp, EXPRESSED_NEED) == []


def test_a_role_recognised_approves_its_holder(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _of(nlp, RECOGNIZED_ROLE, Stance.APPROVE) == [("The Secretary", ["Qatar"])]
    monkeypatch.setattr(readouts, "RECOGNIZED_MERITS", False)
    assert _of(nlp, RECOGNIZED_ROLE, Stance.APPROVE) == []


def test_a_position_outlined_is_an_assertion(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _of(nlp, OUTLINED_ASSESSMENT, Stance.ASSERT) == [("Vladimir Putin", [])]
    monkeypatch.setattr(readouts, "OUTLINED_POSITIONS", False)
    assert _of(nlp, OUTLINED_ASSESSMENT, Stance.ASSERT) == []


def test_priorities_outlined_are_no_position(nlp: Language) -> None:
    """ "outlined short-term and long-term priorities": no position, so only "reviewed"'s
    assertion (round 32's row) is made."""
    cues = [c.cue.text for c in claims_of(nlp, OUTLINED_PRIORITIES) if c.cue is not None]
    assert cues == ["reviewed"]


def _resolved(nlp: Language, text: str, outlet: str) -> set[tuple[str, str]]:
    graph = official_graph(
        nlp, text, outlet, title="Telephone conversation", published="2022-01-13"
    )
    names = {a.id: a.name for a in graph.actors}
    return {(names.get(c.claimer, c.claimer), c.claim.stance.value) for c in graph.claims}


def test_an_account_is_kept_in_an_official_text(nlp: Language) -> None:
    assert {s for _, s in _resolved(nlp, REPORTED_ON, "President of Russia")} == {"assert"}


def test_an_account_in_a_news_report_is_no_claim(nlp: Language) -> None:
    assert _resolved(nlp, REPORTED_ON, "Voice of America") == set()


def test_an_account_in_a_news_report_without_the_filter(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(voice, "OFFICIAL_REPORTS", False)
    assert {s for _, s in _resolved(nlp, REPORTED_ON, "Voice of America")} == {"assert"}


def test_another_states_president_is_not_the_kremlins(nlp: Language) -> None:
    speakers = {c for c, _ in _resolved(nlp, KAZAKHSTAN_UPDATE, "President of Russia")}
    assert speakers and "Vladimir Putin" not in speakers


def test_another_states_president_without_the_switch(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(resolver, "FOREIGN_TITLES", False)
    speakers = {c for c, _ in _resolved(nlp, KAZAKHSTAN_UPDATE, "President of Russia")}
    assert speakers == {"Vladimir Putin"}
