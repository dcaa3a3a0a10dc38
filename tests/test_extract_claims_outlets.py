"""News outlets as claimers (the claims guide's rule for outlets): an outlet, a state's or
a party's own organ as much as an independent one, *reports* the news it relays, even a
hostile act it tells; it accuses, threatens, denies or criticises only when its content
blames, labels, threatens, denies or evaluates.

Wire-style sentences written for these tests (none is in a gold part of
``benchmarks/claims``); each rule has a negative case beside it.
"""

from __future__ import annotations

from spacy.language import Language

from kg.model import Stance
from tests.claim_helpers import resolved


def _by(nlp: Language, text: str, claimer: str) -> list[tuple[Stance, list[str]]]:
    return [(stance, targets) for name, stance, targets in resolved(nlp, text) if name == claimer]


# --- an outlet telling an act reports it ------------------------------------------------


def test_state_television_telling_an_attack_reports_it(nlp: Language) -> None:
    text = (
        "Syrian state television said rebels had shelled a school in the northern city of Aleppo."
    )
    assert _by(nlp, text, "Syrian state television") == [(Stance.REPORT, [])]


def test_state_media_telling_where_fire_came_from_reports_it(nlp: Language) -> None:
    text = (
        "Turkish state media say another mortar round fired from Syria has landed in a "
        "Turkish village."
    )
    assert _by(nlp, text, "Turkish state media") == [(Stance.REPORT, [])]


def test_a_party_channel_telling_an_air_strike_reports_it(nlp: Language) -> None:
    text = "The rebels' television channel said government aircraft had bombed a market."
    assert [s for s, _ in _by(nlp, text, "rebels' television channel")] == [Stance.REPORT]


def test_an_outlet_the_gazetteer_names_reports(nlp: Language) -> None:
    text = "KCNA said the drills were a rehearsal for an invasion of the North."
    assert [s for s, _ in _by(nlp, text, "KCNA")] == [Stance.REPORT]


def test_a_news_agency_telling_a_strike_reports_it(nlp: Language) -> None:
    text = "The state-run SANA news agency said Israeli jets struck targets near Damascus."
    assert [s for s, _ in _by(nlp, text, "state-run SANA news agency")] == [Stance.REPORT]


def test_a_ministry_telling_the_same_attack_still_accuses(nlp: Language) -> None:
    # not an outlet: the party's own voice charges the other side
    text = "Russia's defense ministry said Ukrainian forces had shelled the city overnight."
    stances = [s for _, s, _ in resolved(nlp, text)]
    assert stances == [Stance.ACCUSE]


def test_a_government_agency_is_no_news_agency(nlp: Language) -> None:
    text = (
        "The U.S. government agency that supervises the broadcasters says it has doubled "
        "its programs."
    )
    assert [s for _, s, _ in resolved(nlp, text)] == [Stance.ASSERT]


# --- an outlet that blames, threatens or denies takes that stance -------------------------


def test_an_outlet_that_blames_accuses(nlp: Language) -> None:
    text = "KCNA said Seoul was behind the leaflet campaign."
    assert _by(nlp, text, "KCNA") == [(Stance.ACCUSE, ["South Korea"])]


def test_an_outlet_that_names_a_wrong_accuses(nlp: Language) -> None:
    text = "Xinhua said the report reflected Washington's double standards."
    assert _by(nlp, text, "Xinhua") == [(Stance.ACCUSE, ["United States"])]


def test_an_outlet_that_promises_harm_threatens(nlp: Language) -> None:
    text = "KCNA said the United States would pay a heavy price for its hostile policy."
    assert _by(nlp, text, "KCNA") == [(Stance.THREATEN, ["United States"])]


def test_an_outlet_that_calls_charges_a_fabrication_denies(nlp: Language) -> None:
    text = "The official news agency said the allegations were a sheer fabrication."
    assert [s for _, s, _ in resolved(nlp, text)] == [Stance.DENY]


# --- according to an outlet ------------------------------------------------------------


def test_according_to_a_statement_carried_by_state_media_reports(nlp: Language) -> None:
    text = (
        "According to a statement carried by state media, the government accused Rwanda of "
        "backing the rebels."
    )
    found = resolved(nlp, text)
    assert ("state media", Stance.REPORT) in [(n, s) for n, s, _ in found]
    assert ("government", Stance.ACCUSE) in [(n, s) for n, s, _ in found]


def test_according_to_state_television_reports(nlp: Language) -> None:
    text = "Two soldiers were killed in the clash, according to state television."
    assert [s for _, s, _ in resolved(nlp, text)] == [Stance.REPORT]


def test_according_to_a_ministry_asserts(nlp: Language) -> None:
    text = "Two soldiers were killed in the clash, according to the defense ministry."
    assert [s for _, s, _ in resolved(nlp, text)] == [Stance.ASSERT]


# --- outlets quoting sources in a relative clause ---------------------------------------


def test_outlets_quoting_diplomats_who_said_report(nlp: Language) -> None:
    text = (
        "Both Reuters and the Associated Press quoted diplomats who said the talks had collapsed."
    )
    found = [(n, s) for n, s, _ in resolved(nlp, text)]
    assert sorted(found) == [("Associated Press", Stance.REPORT), ("Reuters", Stance.REPORT)]


def test_a_news_agency_quoting_sources_at_a_meeting_reports(nlp: Language) -> None:
    text = (
        "The French news agency quoted sources at the meeting who said officials had "
        "threatened the broadcasters."
    )
    assert ("French news agency", Stance.REPORT) in [(n, s) for n, s, _ in resolved(nlp, text)]


def test_a_minister_quoting_diplomats_who_said_is_no_outlet_report(nlp: Language) -> None:
    text = "The minister quoted diplomats who said the talks had collapsed."
    assert Stance.REPORT not in [s for _, s, _ in resolved(nlp, text)]


def test_an_outlet_that_interviews_does_not_quote(nlp: Language) -> None:
    text = "The newspaper interviewed officials who said the talks had collapsed."
    assert "newspaper" not in [n for n, _, _ in resolved(nlp, text)]


# --- "it" speaking for the outlet that is the sentence's subject ----------------------------


def test_what_it_said_after_state_media_is_the_outlets_report(nlp: Language) -> None:
    text = "State media released the names of what it said were 12 soldiers killed in the raid."
    assert [(n, s) for n, s, _ in resolved(nlp, text)] == [("State media", Stance.REPORT)]


def test_what_it_said_after_television_is_the_outlets_report(nlp: Language) -> None:
    text = "Local television showed footage of what it said was a downed drone."
    assert [(n, s) for n, s, _ in resolved(nlp, text)] == [("Local television", Stance.REPORT)]


def test_it_after_a_ministry_is_not_made_an_outlet(nlp: Language) -> None:
    text = "The defense ministry released a map of what it said were rebel positions."
    assert Stance.REPORT not in [s for _, s, _ in resolved(nlp, text)]


# --- an outlet's own opinion piece takes its content's stance ---------------------------


def test_an_editorial_telling_an_attack_charges_the_attacker(nlp: Language) -> None:
    # in its editorial the paper speaks for itself: the act it tells is its own charge
    text = (
        "The army newspaper said in an editorial that the drills were a reckless "
        "provocation by Seoul."
    )
    assert _by(nlp, text, "army newspaper") == [(Stance.ACCUSE, ["South Korea"])]


def test_state_television_in_a_commentary_charges_the_attackers(nlp: Language) -> None:
    text = (
        "Serbian state television said in a commentary that Albanian militants had attacked "
        "a police convoy near the border."
    )
    assert [s for s, _ in _by(nlp, text, "Serbian state television")] == [Stance.ACCUSE]


def test_state_television_without_a_commentary_reports_the_attack(nlp: Language) -> None:
    text = (
        "Serbian state television said Albanian militants had attacked a police convoy "
        "near the border."
    )
    assert _by(nlp, text, "Serbian state television") == [(Stance.REPORT, [])]


def test_an_editorial_in_a_paper_charges_the_attackers(nlp: Language) -> None:
    text = "An editorial in the Sudan Tribune said rebel fighters had attacked the convoy."
    assert [s for s, _ in _by(nlp, text, "Sudan Tribune")] == [Stance.ACCUSE]
