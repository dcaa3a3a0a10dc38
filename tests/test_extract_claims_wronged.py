"""Round 24 (conduct24, issue 12): conduct told as done against a rule or without leave, or as
harming another party's rights (:mod:`kg.extract.claims.content_wronged`, the
``wronged_rights`` family).  Real sentences in no gold part, from the corpus's official texts
(``corpus/``), each with its source beside it."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Token

from kg.extract.claims import RULES, extract_claims
from kg.extract.claims.content_threat_moves import moved_into
from kg.extract.claims.content_wronged import (
    _breach_adjunct,
    _harms_protected,
    _wronged_parties,
)
from kg.extract.claims.demands import _asked_things, _halted_doers
from kg.extract.claims.denials import _PROTESTING_STATES
from kg.extract.mentions import extract_mentions
from kg.model import Stance

# https://www.whitehouse.gov/briefing-room/statements-releases/2022/03/25/statement-by-
# national-security-advisor-jake-sullivan-on-houthi-attack-against-saudi-arabia-3/
ENABLED = (
    "Today’s attacks, just like the attacks against water treatment plants and energy "
    "infrastructure on March 19 and 20, were clearly enabled by Iran in violation of UN "
    "Security Council resolutions prohibiting the import of weapons into Yemen."
)
# https://www.whitehouse.gov/briefing-room/statements-releases/2022/03/20/statement-by-
# national-security-advisor-jake-sullivan-on-houthi-attack-against-saudi-arabia-2/
DONE = (
    "This is done in violation of UN Security Council resolutions prohibiting the import of "
    "weapons into Yemen."
)
# https://www.president.gov.ua/en/news/rnbo-pid-golovuvannyam-prezidenta-rozglyanula-
# pitannya-shodo-71525
PLANES = (
    "All those planes that move somewhere without permission will be prosecuted, and all "
    "their registrations will be tracked."
)
# https://www.president.gov.ua/en/news/prezident-chlenstvo-ukrayini-v-nato-ce-pitannya-
# ukrayinskogo-72113
RESPECT = (
    "For his part, Jens Stoltenberg stressed that Russia must return to diplomacy and "
    "de-escalation of the situation, as well as respect the sovereignty and territorial "
    "integrity of Ukraine."
)


def _verb(nlp: Language, text: str, word: str) -> Token:
    return next(t for t in nlp(text) if t.lower_ == word)


def test_the_family_is_registered() -> None:
    assert "wronged_rights" in RULES


def test_a_doing_in_violation_of_a_rule_charges_its_doer(nlp: Language) -> None:
    doc = nlp(ENABLED)
    verb = next(t for t in doc if t.lower_ == "enabled")
    assert _breach_adjunct(verb)
    doers = _wronged_parties(doc[:], [verb], lambda: set())
    assert doers is not None and [d.text for d in doers] == ["Iran"]


def test_a_doing_with_no_doer_named_charges_nobody(nlp: Language) -> None:
    doc = nlp(DONE)
    verb = next(t for t in doc if t.lower_ == "done")
    assert _breach_adjunct(verb)
    assert _wronged_parties(doc[:], [verb], lambda: set()) is None


def test_a_doing_without_leave_is_a_breach(nlp: Language) -> None:
    assert _breach_adjunct(_verb(nlp, PLANES, "move"))


def test_keeping_a_good_harms_nothing(nlp: Language) -> None:
    assert not _harms_protected(_verb(nlp, RESPECT, "respect"))


# Round 24 (conduct24): forces promised into a state (``promised_incursion``,
# :mod:`kg.extract.claims.content_threat_moves`) and states that protest
# (``protesting_states``, :mod:`kg.extract.claims.denials`).

# https://direct.usagm.gov/record/80985 (VOA script, 2022-01-31)
MOVING_TO = "I'll be moving U.S. troops to Eastern Europe and NATO countries in the near term."
# https://www.globalsecurity.org/military/library/news/2003/07/mil-030702-voa12.htm (VOA News)
PLEDGED = "West African nations have already pledged to send soldiers for the proposed operation."


def test_the_round_families_are_registered() -> None:
    assert {"promised_incursion", "protesting_states"} <= RULES


def test_forces_moved_to_a_region_go_into_no_state(nlp: Language) -> None:
    assert moved_into(_verb(nlp, MOVING_TO, "moving")) is None


def test_soldiers_sent_for_an_operation_go_into_no_state(nlp: Language) -> None:
    assert moved_into(_verb(nlp, PLEDGED, "send")) is None


def test_states_named_by_a_common_noun_may_protest() -> None:
    assert {"country", "nation", "state"} <= _PROTESTING_STATES


# Round 24 (conduct24): a demand naming the cessation of another side's doing
# (``demanded_halt``, :func:`kg.extract.claims.demands.demanded_halt_claims`).

# https://www.state.gov/spain-u-s-cybersecurity-seminar/
SPAIN = (
    "As a staunch NATO Ally and EU member state, Spain’s leadership is key to the "
    "transatlantic effort—really, the global effort—to impose severe, coordinated costs and "
    "consequences for President Putin’s war of choice, and to urge an immediate ceasefire and "
    "withdrawal of Russian forces from Ukraine."
)
# https://twitter.com/StateDept/status/437323207700672513
ALL_SIDES = (
    "@PressSec on #Ukraine: We urge an end to violence by all sides and a focus on peaceful, "
    "democratic dialogue."
)


def _claims(nlp: Language, text: str) -> list[tuple[str, Stance, list[str], str]]:
    doc = nlp(text)
    return [
        (c.claimer.span.text, c.stance, [t.span.text for t in c.targets], c.rule)
        for c in extract_claims(doc, extract_mentions(doc))
    ]


def test_a_demanded_withdrawal_of_troops_charges_their_state(nlp: Language) -> None:
    verb = _verb(nlp, SPAIN, "urge")
    asked = [n for n in _asked_things(verb) if n.lemma_ == "withdrawal"]
    assert asked and [d.text for d in _halted_doers(asked[0])] == ["Russian"]


def test_a_demanded_end_of_violence_by_all_sides_criticizes_nobody(nlp: Language) -> None:
    assert not [c for c in _claims(nlp, ALL_SIDES) if c[3] == "demanded_halt"]
