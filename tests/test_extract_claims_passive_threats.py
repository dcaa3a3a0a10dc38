"""A passive threat's patient is its target (round 19, issue 12, branch `target19`): "X are
being threatened by Y" is Y's threat aimed at X; a patient that names no one ("those") gives
no target.

Real sentences in no gold part: an Index on Censorship report (Syria, March 2012) and a
President of Ukraine text of the allegations corpus.  The first is real but not public domain:
round 20 (``realtests20``) found no public-domain replacement outside the gold parts (searched:
``corpus/*.jsonl``, the VOA pool and the pages corpus for "are being threatened by", "were
threatened by", "threatened by the"; the corpus's passives have a patient that names no one,
"they", or a thing)."""

from __future__ import annotations

from spacy.language import Language

from kg.model import Stance
from tests.claim_helpers import claims_of, targets


def test_the_patient_of_a_passive_threat_is_its_target(nlp: Language) -> None:
    text = (
        "Arab and foreign media who are in Syria “illegally” are being threatened by the "
        "information ministry."
    )
    threats = [c for c in claims_of(nlp, text) if c.stance is Stance.THREATEN]
    assert [c.claimer.span.text for c in threats] == ["the information ministry"]
    assert targets(threats[0]) == ["Arab and foreign media"]


def test_a_patient_that_names_no_one_gives_no_target(nlp: Language) -> None:
    text = "Protect those directly threatened by the Russian army."
    threats = [c for c in claims_of(nlp, text) if c.stance is Stance.THREATEN]
    assert threats and all(targets(c) == [] for c in threats)


def test_the_passive_rule_can_be_switched_off(nlp: Language, monkeypatch) -> None:
    from kg.extract.claims import targets_threat

    monkeypatch.setattr(targets_threat, "PASSIVE_THREAT_TARGETS", False)
    text = (
        "Arab and foreign media who are in Syria “illegally” are being threatened by the "
        "information ministry."
    )
    threats = [c for c in claims_of(nlp, text) if c.stance is Stance.THREATEN]
    assert all(targets(c) == [] for c in threats)
