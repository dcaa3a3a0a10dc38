"""Round 33 (content34, issue 12): a condemned hostile act whose doer a perpetrating clause
tells, where the parser hung the clause on the act's place or object ("condemned the strike
on the hospital, which was carried out by Russian forces"), is aimed at that doer
(``targets_agents.DISPLACED_DOERS``, a module switch).

The sentences are wire-style copy written for these tests, checked to be in no gold part of
either benchmark, each marked "constructed" beside it.

Round 35 (``realtests35``) searched ``corpus/`` and ``benchmarks/claims/pool/`` for real
sentences of these shapes in documents whose address is in no gold part, agreement file or blind
part's texts (``corpus/voa9.jsonl``, ``voa10.jsonl``, ``wikinews3.jsonl``) and found none: no
condemned act with a "which/that was carried out / launched / conducted by" clause (the corpus
tells doers as "atrocities committed by Russia's forces", a participle on the act, which is no
displaced clause), and no "which it said was"."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from kg.extract import extract
from kg.extract.claims import targets_agents
from kg.model import Article, Stance

ALLEGATIONS_GOLD = Path(__file__).parent.parent / "benchmarks" / "allegations" / "gold.jsonl"

#: constructed: no corpus sentence of this shape outside the gold parts
CARRIED_OUT = (
    "The ministry condemned the strike on the hospital, which was carried out by Russian forces."
)
#: constructed: no corpus sentence of this shape outside the gold parts
LAUNCHED = (
    "The ministry condemned the missile strike on the hospital that was launched by Russian forces."
)
#: constructed: no corpus sentence of this shape outside the gold parts
CONDUCTED = "The ministry condemned the raid on the camp, which was conducted by Israeli troops."
#: constructed: no corpus sentence of this shape outside the gold parts
SAID = (
    "The ministry condemned the strike on the hospital, which it said was carried out by "
    "Russian forces."
)


def _criticism_targets(nlp: Language, text: str) -> list[str]:
    claims = extract(nlp(text), Article(id="t", text=text, source="test")).claims
    (claim,) = [c for c in claims if c.stance is Stance.CRITICIZE]
    return [t.span.text for t in claim.targets]


def test_the_switch_is_off_by_default() -> None:
    assert targets_agents.DISPLACED_DOERS is False


@pytest.mark.parametrize(
    ("text", "doer"), [(CARRIED_OUT, "Russian"), (LAUNCHED, "Russian"), (CONDUCTED, "Israeli")]
)
def test_a_perpetrating_clause_on_the_acts_place_names_its_doer(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, text: str, doer: str
) -> None:
    assert doer not in _criticism_targets(nlp, text)
    monkeypatch.setattr(targets_agents, "DISPLACED_DOERS", True)
    assert _criticism_targets(nlp, text) == [doer]


def test_a_clause_of_saying_names_no_doer(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(targets_agents, "DISPLACED_DOERS", True)
    assert "Russian" not in _criticism_targets(nlp, SAID)


def test_the_sentences_are_in_no_gold_part() -> None:
    from tests.claim_helpers import assert_in_no_gold_part

    assert_in_no_gold_part(__file__, at_least=2)
    allegations = ALLEGATIONS_GOLD.read_text(encoding="utf-8")
    for text in (CARRIED_OUT, LAUNCHED, CONDUCTED, SAID):
        assert text not in allegations, text
