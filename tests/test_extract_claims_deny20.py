"""Dismissals of a charge and counter-charges (round 20, issue 12, deny20):
``dismissed_charge`` (a label dismissing a charge the parse hides as a compound of the label,
or names by a pronoun) and ``counter_charge`` (optional: the accused side laying the fault
on its accuser after the charge).

Every sentence is quoted from public-domain or openly licensed copy that is in no gold part
of ``benchmarks/claims`` or ``benchmarks/allegations`` (checked with grep); the source is
named beside each.
"""

from __future__ import annotations

from spacy.language import Language

from kg.extract.claims import OPTIONAL, RULES, extract_claims
from kg.extract.claims.denials import _fault_clauses
from kg.extract.claims.labels import _charge_antecedent, _compound_dismissal
from kg.extract.mentions import extract_mentions
from kg.model import Claim, Stance


def claims_of(nlp: Language, text: str, rules: frozenset[str] | None = None) -> tuple[Claim, ...]:
    doc = nlp(text)
    return extract_claims(doc, extract_mentions(doc), rules)


def test_dismissed_charge_is_on_and_counter_charge_optional() -> None:
    assert "dismissed_charge" in RULES and "dismissed_charge" not in OPTIONAL
    assert "counter_charge" in RULES and "counter_charge" in OPTIONAL


# --- dismissed_charge: a pronoun that stands for no charge ------------------------------

#: https://www.state.gov/secretary-blinkens-meeting-with-yemen-foreign-minister-bin-mubarak/
#: (corpus/state-department-yemen.jsonl; U.S. government work, public domain)
YEMEN = (
    "Secretary Blinken expressed U.S. support for the Presidential Leadership Council and "
    "called it a valuable opportunity for broader representation of Yemenis."
)


def test_pronoun_for_what_is_no_charge_is_not_a_dismissal(nlp: Language) -> None:
    doc = nlp(YEMEN)
    called = next(t for t in doc if t.lower_ == "called")
    pronoun = next(t for t in doc if t.lower_ == "it")
    # the coordinated verb's object is "support", no charge, report or claim
    assert _charge_antecedent(called, pronoun) is None
    assert _compound_dismissal(called) is None
    claims = extract_claims(doc, extract_mentions(doc))
    assert all(c.stance is not Stance.DENY for c in claims)


# --- counter_charge: the fault laid on a party ------------------------------------------

#: https://www.whitehouse.gov/briefing-room/statements-releases/2022/02/23/statement-by-president-biden-on-russias-unprovoked-and-unjustified-attack-on-ukraine/
#: (corpus/white-house-russia-ukraine.jsonl; U.S. government work, public domain; the
#: statement's first and third sentences: its second is in a gold part)
KIEV = (
    "The prayers of the entire world are with the people of Ukraine tonight as they suffer an "
    "unprovoked and unjustified attack by Russian military forces. "
    "Russia alone is responsible for the death and destruction this attack will bring, and "
    "the United States and its Allies and partners will respond in a united and decisive way."
)


def test_fault_clause_and_its_subject(nlp: Language) -> None:
    doc = nlp(KIEV)
    last = list(doc.sents)[-1]
    heads = list(_fault_clauses(last))
    assert [h.lower_ for h in heads] == ["is"]
    subjects = [c for c in heads[0].children if c.dep_ == "nsubj"]
    assert [s.text for s in subjects] == ["Russia"]


def test_fault_laid_by_the_accusing_side_itself_is_no_counter_charge(nlp: Language) -> None:
    # the sentence before is the same text's own charge against Russia's forces: nothing
    # is charged against the speaker, so nothing is denied
    claims = claims_of(nlp, KIEV, RULES)
    assert all("counter_charge" not in c.rule for c in claims)
    assert all(c.stance is not Stance.DENY for c in claims)
