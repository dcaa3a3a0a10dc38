"""Round 23 (branch ``threat23``, issue 12): a threat with nobody named takes the party
its "if"/"unless" condition names (``content_threat_plans.CONDITION_ADDRESSEES``), read
through the content rules ("said he would respond if X's troops crossed") as well as the
warning cue ("warned it would respond if X holds drills").

The sentences are VOA stories (public domain), each named beside it, and are in no gold
part or agreement file (:func:`assert_in_no_gold_part`).  Few real sentences outside the
gold carry the untargeted shape (the corpus's 15 conditional answers are all read the same
with the flag off), so these pin the reading; the shape itself was measured on the
development parts (``benchmarks/claims/RESULTS.md``, round 23)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.claims import content_threat_plans
from kg.extract.claims.content_conditional import _conditions
from kg.model import Stance
from tests.claim_helpers import assert_in_no_gold_part
from tests.test_extract_claims_threat_forms import claims

# VOA, "Pyongyang Warns It Will 'Counter US' if It Holds Joint Drills With Seoul"
# (https://voanews.com/a/north-korea-warns-us-on-joint-military-exercises-with-south/4278923.html,
# benchmarks/claims/pool/voa_pool.jsonl)
_DRILLS = (
    "North Korea warned Saturday it would respond if the U.S. holds joint military drills "
    "next month with South Korea, contending they would hinder a recent thaw in relations "
    "between the two Koreas."
)
# VOA (insidevoa.com), "John Kerry Tells VOA U.S. Is Ready To Impose More Sanctions on Russia
# For Its Actions in Ukraine" (https://www.insidevoa.com/a/john-kerry-tells-voa-us-is-ready-
# to-impose-more-sanctions-on-russia-for-its-actions-in-ukraine/1875840.html)
_SANCTIONS = (
    'Secretary of State John Kerry says the United States is "prepared to respond very, '
    'very strongly with additional, serious, sector sanctions" if Russia continues to engage '
    "in illegal activities in Ukraine."
)


@pytest.mark.parametrize("flag", [True, False])
@pytest.mark.parametrize(("text", "target"), [(_DRILLS, "United States"), (_SANCTIONS, "Russia")])
def test_a_conditioned_answer_threatens_the_party_of_its_condition(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, flag: bool, text: str, target: str
) -> None:
    monkeypatch.setattr(content_threat_plans, "CONDITION_ADDRESSEES", flag)
    threats = [t for s, t in claims(nlp, text) if s == Stance.THREATEN.value]
    assert threats and target in threats[0]


def test_the_speakers_own_side_is_never_its_threats_target(nlp: Language) -> None:
    # the condition's party is another side; the speaker's own state is not taken up
    threats = [t for s, t in claims(nlp, _SANCTIONS) if s == Stance.THREATEN.value]
    assert threats and "United States" not in threats[0]


def test_a_fronted_whenever_clause_is_a_condition_but_no_threat(nlp: Language) -> None:
    # Kremlin, "Meeting with permanent members of the Security Council"
    # (http://en.kremlin.ru/events/president/news/67205, corpus/kremlin-armenia-azerbaijan.jsonl):
    # the clause conditions the verb, but the speaker's side promises no harm and the
    # condition names no party
    text = (
        "Whenever such tragic events occur, we immediately start investigating what had "
        "caused them."
    )
    doc = nlp(text)
    start = next(t for t in doc if t.lemma_ == "start")
    assert [c.lemma_ for c in _conditions(start)] == ["occur"]
    assert all(s != Stance.THREATEN.value for s, _ in claims(nlp, text))


def test_where_necessary_is_no_condition(nlp: Language) -> None:
    # President of Ukraine, "Humanitarian corridors for evacuation of people were opened ..."
    # (https://www.president.gov.ua/en/news/vidkrilisya-gumanitarni-koridori-dlya-evakuaciyi-
    # lyudej-u-su-73473, corpus/president-of-ukraine-russia-ukraine.jsonl): no clause, no party
    text = (
        "Where necessary, mandatory demining will be held along the route, said Iryna Vereshchuk."
    )
    doc = nlp(text)
    held = next(t for t in doc if t.lemma_ == "hold")
    assert _conditions(held) == []


def test_sentences_are_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, at_least=4)
