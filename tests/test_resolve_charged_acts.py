"""An assertion whose content tells a hostile act of another side is an accusation of
that side (round 26, branch ``recall26``, issue 13; :func:`kg.resolve.charged_acts.charged`,
switch ``kg.resolve.charged_acts.MODE``, off by default: benchmarks/allegations/RESULTS.md).
The sentence is a President of Ukraine news item of the dispute corpus
(``corpus/president-of-ukraine-russia-ukraine.jsonl``, the record
https://www.president.gov.ua/en/news/glava-derzhavi-zustrivsya-z-generalnim-direktorom-magate-74597),
in no gold or agreement part."""

from __future__ import annotations

from dataclasses import replace

import pytest
from spacy.language import Language

import kg.resolve
import kg.resolve.charged_acts
from kg.extract import extract
from kg.model import Article, ResolvedClaim, Span, Stance
from kg.resolve import ActorRegistry, resolve

# corpus/president-of-ukraine-russia-ukraine.jsonl (president.gov.ua, news item 74597)
BLACKMAIL = (
    "Volodymyr Zelenskyy noted that the world must stop nuclear blackmail by Russia and "
    "restore the fundamental principles of nuclear safety and peaceful use of nuclear energy."
)


def _claims(nlp: Language, text: str) -> list[ResolvedClaim]:
    article = Article(id="t", text=text, source="test", outlet="President of Ukraine")
    return list(resolve(extract(nlp(text), article), ActorRegistry()).claims)


def _zelenskyy(claims: list[ResolvedClaim]) -> ResolvedClaim:
    return next(c for c in claims if c.claimer == "volodymyr-zelenskyy")


def test_off_by_default_the_assertion_stays(nlp: Language) -> None:
    assert kg.resolve.charged_acts.MODE is None
    claim = _zelenskyy(_claims(nlp, BLACKMAIL))
    assert claim.claim.stance is Stance.ASSERT


def test_an_act_by_another_side_is_charged(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kg.resolve.charged_acts, "MODE", "doer")
    claim = _zelenskyy(_claims(nlp, BLACKMAIL))
    assert claim.claim.stance is Stance.ACCUSE
    assert claim.claim.rule.endswith("+charged_act")
    assert claim.targets[0] == "russia"


def test_no_act_or_the_own_side_no_charge(nlp: Language) -> None:
    # the same sentence's claim made again with its content cut to the clause with no act
    # word, and with Russia as the speaker (its own act): assertions in every mode
    text = BLACKMAIL
    article = Article(id="t", text=text, source="test", outlet="President of Ukraine")
    extraction = extract(nlp(text), article)
    resolver = kg.resolve._Resolver(extraction, ActorRegistry())
    claim = _zelenskyy(_claims(nlp, text))
    clause = "restore the fundamental principles of nuclear safety"
    start = text.index(clause)
    plain = replace(claim.claim, content=Span(start, start + len(clause), clause))
    for mode in ("doer", "targets", "any"):
        kept = replace(claim, claim=plain)
        assert kg.resolve.charged_acts.charged(resolver, kept, mode, extraction.relations) is kept
    for mode in ("doer", "targets"):
        own = replace(claim, claimer="russia", targets=("russia",))
        assert kg.resolve.charged_acts.charged(resolver, own, mode, extraction.relations) is own
