"""The claim families' gates (kg.extract.claims.GATES): a family is called only on the cue
tokens that pass its gate, so a gate must pass every token the family makes a claim from,
and the claims found must be those found with every gate open."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kg.extract import extract_mentions
from kg.extract._index import indexed
from kg.extract.claims import CUE_RULES, GATES, RULES, extract_claims, loadable
from kg.ingest import SourceProblem, read_sources
from kg.nlp import load_pipeline

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def docs():  # type: ignore[no-untyped-def]
    """The real articles of examples/ and tests/data/ingest, parsed."""
    texts = [
        item.text
        for item in read_sources([ROOT / "examples", ROOT / "tests" / "data" / "ingest"])
        if not isinstance(item, SourceProblem)
    ]
    return list(load_pipeline().pipe(texts))


def test_every_cue_family_has_a_gate() -> None:
    assert set(GATES) == set(CUE_RULES)


def test_a_gate_passes_every_token_its_family_claims_from(docs, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    original = dict(GATES)
    claimed: list[tuple[str, str, str, str]] = []

    def recording(name, rule):  # type: ignore[no-untyped-def]
        def wrapped(token, context) -> Iterator:  # type: ignore[no-untyped-def,type-arg]
            found = list(rule(token, context))
            if found:
                claimed.append((name, token.pos_, token.lemma_.lower(), token.lower_))
            return iter(found)

        return wrapped

    for name, rule in list(CUE_RULES.items()):
        monkeypatch.setitem(CUE_RULES, name, recording(name, rule))
        monkeypatch.setitem(GATES, name, lambda pos, lemma, lower: True)
    for doc in docs:
        with indexed(doc):
            extract_claims(doc, extract_mentions(doc), rules=loadable(RULES))
    assert len({name for name, *_ in claimed}) >= 5  # the articles exercise many families
    failed = [entry for entry in claimed if not original[entry[0]](*entry[1:])]
    assert failed == []


def test_gated_claims_are_the_claims_of_open_gates(docs, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    def all_claims():  # type: ignore[no-untyped-def]
        found = []
        for doc in docs:
            with indexed(doc):
                found.append(extract_claims(doc, extract_mentions(doc), rules=loadable(RULES)))
        return found

    gated = all_claims()
    for name in GATES:
        monkeypatch.setitem(GATES, name, lambda pos, lemma, lower: True)
    assert sum(map(len, gated)) > 20
    assert all_claims() == gated
