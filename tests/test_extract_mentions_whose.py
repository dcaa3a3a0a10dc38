"""Round 20 (claimer20): "whose" stands for the noun its relative clause qualifies, so a
description it owns ("Putin, whose government insists ...") takes its side from that noun
(:func:`kg.extract.mentions._relative_owner`, ``mentions.WHOSE_OWNER``).

The sentence is from the corpus (corpus/president-of-ukraine-russia-ukraine.jsonl, address
by President Volodymyr Zelenskyy, https://www.president.gov.ua/en/news/
mir-peremoga-ukrayina-tri-slova-zadlya-yakih-mi-boremosya-pr-75585); in no gold part."""

from __future__ import annotations

from pathlib import Path

from kg.extract.mentions import _affiliation_in, _relative_owner

ROOT = Path(__file__).parents[1]
GOLD = (ROOT / "benchmarks" / "claims" / "gold.jsonl").read_text()

UKRAINE = "Ukraine, whose glory and freedom have not yet perished."


def test_the_sentence_is_in_no_gold_part() -> None:
    assert UKRAINE not in GOLD


def test_whose_stands_for_the_relative_clauses_antecedent(nlp) -> None:
    doc = nlp(UKRAINE)
    whose = next(t for t in doc if t.lower_ == "whose")
    owner = _relative_owner(whose)
    assert owner is not None and owner.text == "Ukraine"
    assert _affiliation_in(owner.subtree) == "Ukraine"


def test_another_possessive_has_no_relative_owner(nlp) -> None:
    doc = nlp(UKRAINE)
    assert all(_relative_owner(t) is None for t in doc if t.lower_ != "whose")
