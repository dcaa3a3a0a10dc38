"""Helpers the claim tests share: extract a text's claims, or resolve them to actors."""

from __future__ import annotations

import ast
import json
from dataclasses import replace
from pathlib import Path

import pytest
from spacy.language import Language

import kg.extract
import kg.extract.claims
from kg.extract import extract
from kg.extract.claims import OPTIONAL, RULES, extract_claims
from kg.extract.mentions import extract_mentions
from kg.ingest import article_id, normalise_text
from kg.model import Article, Claim, DocumentGraph, Stance
from kg.resolve import ActorRegistry, resolve
from kg.resolve.voice import OFFICIAL_ONLY

GOLD = Path(__file__).resolve().parents[1] / "benchmarks" / "claims" / "gold.jsonl"
#: The rule families a news report runs (no official-only and no optional family).
NEWS_RULES = RULES - OFFICIAL_ONLY - OPTIONAL
#: Publishers of official prose, and openings that name the other side as an address or a
#: readout does (so that the adversary of a sentence after them is known).
UKRAINE = "President of Ukraine"
KREMLIN = "President of Russia"
ADDRESS = "The President spoke about Russia and the Russian sanctions on Sunday. "
READOUT = "The President spoke about Ukraine and the Ukrainian forces. "


def enable_families(monkeypatch: pytest.MonkeyPatch, *families: str) -> None:
    """Switch optional claim families on for one test, for every default run (``extract``,
    ``extract_claims`` with no ``rules``): the tests of a family switched off by a measure
    (round 31, prune32) keep asserting its behaviour with it on."""
    for module in (kg.extract, kg.extract.claims):
        monkeypatch.setattr(module, "OPTIONAL", module.OPTIONAL - set(families))


def stance_pairs(
    nlp: Language, text: str, stance: Stance, rules: frozenset[str] = NEWS_RULES
) -> list[tuple[str, list[str]]]:
    """(claimer, target texts) of each unresolved claim of ``stance`` in ``text``."""
    doc = nlp(text)
    claims: tuple[Claim, ...] = extract_claims(doc, extract_mentions(doc), rules)
    return [
        (c.claimer.span.text, [t.span.text for t in c.targets])
        for c in claims
        if c.stance is stance
    ]


def claims_of(nlp: Language, text: str) -> list[Claim]:
    """The claims extracted from ``text``, in the extractor's order."""
    doc = nlp(text)
    return list(extract_claims(doc, extract_mentions(doc)))


def targets(claim: Claim) -> list[str]:
    """The text of each of ``claim``'s targets."""
    return [t.span.text for t in claim.targets]


def stances_of(nlp: Language, text: str) -> list[tuple[str, Stance, list[str]]]:
    """(claimer text, stance, target texts) of each claim the extractor finds in ``text``."""
    return [(c.claimer.span.text, c.stance, targets(c)) for c in claims_of(nlp, text)]


def resolved_graph(nlp: Language, text: str) -> tuple[DocumentGraph, dict[str, str]]:
    """``text`` (as given: normalise it first where ingest would) extracted and resolved as
    one document, and each actor id's name."""
    article = Article(id=article_id(text), text=text, source="test")
    graph = resolve(extract(nlp(text), article), ActorRegistry())
    return graph, {actor.id: actor.name for actor in graph.actors}


def resolved_names(nlp: Language, text: str) -> set[tuple[str, str, tuple[str, ...]]]:
    """(claimer, stance, targets) of each claim of ``text`` (as given), by the names of the
    resolved actors."""
    graph, names = resolved_graph(nlp, text)
    return {
        (names[c.claimer], c.claim.stance.value, tuple(names[t] for t in c.targets))
        for c in graph.claims
    }


def resolved(nlp: Language, text: str) -> list[tuple[str, Stance, list[str]]]:
    """(claimer's actor name, stance, target names) of every resolved claim of ``text``."""
    graph, names = resolved_graph(nlp, normalise_text(text))
    return [
        (
            names.get(c.claimer, c.claim.claimer.span.text),
            c.claim.stance,
            [names.get(t, t) for t in c.targets],
        )
        for c in graph.claims
    ]


def official_graph(
    nlp: Language,
    text: str,
    outlet: str,
    title: str = "Statement",
    published: str = "2022-05-02",
    family: str | None = None,
) -> DocumentGraph:
    """``text`` resolved as one dated document of ``outlet`` (an official publisher's texts
    speak in their author's voice); ``family`` switches one optional claim family on."""
    doc = nlp(text)
    article = Article("doc", text, "-", title=title, outlet=outlet, published=published)
    found = extract(doc, article)
    if family is not None:
        rules = (RULES - OPTIONAL) | {family}
        found = replace(found, claims=extract_claims(doc, found.mentions, rules=rules))
    return resolve(found, ActorRegistry())


def official_prose(graph: DocumentGraph, sentence: str) -> list[tuple[str, str, tuple[str, ...]]]:
    """(claimer, stance, targets) of the ``official_prose`` claims made in ``sentence``."""
    return [
        (c.claimer, c.claim.stance.value, c.targets)
        for c in graph.claims
        if "official_prose" in c.claim.rule.split("+")
        and sentence in graph.sentences[c.claim.sentence].text
    ]


def assert_in_no_gold_part(test_file: str, at_least: int) -> None:
    """Every sentence of ``test_file`` (each one-line string literal of more than 30 characters
    that ends a sentence) is in no part of the claims gold, so no unit test tunes on it."""
    gold = GOLD.read_text(encoding="utf-8")
    tree = ast.parse(Path(test_file).read_text(encoding="utf-8"))
    texts = [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and node.value.rstrip('"”').endswith(".")
        and len(node.value) > 30
        and "\n" not in node.value
    ]
    assert len(texts) >= at_least, texts
    for text in texts:
        assert json.dumps(text, ensure_ascii=False)[1:-1] not in gold, text
        assert json.dumps(text)[1:-1] not in gold, text
        assert text.strip('"') not in gold, text
