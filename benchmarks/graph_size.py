"""Quads per 500-word article, by kind of node, in each provenance profile.

    python benchmarks/graph_size.py [--docs 100] [--words 500]

The corpus is the one :mod:`throughput` builds (recombined paragraphs of the bundled real
articles, seeded), parsed, extracted and resolved once; then each document's quads are
made in both profiles (``kg build --provenance lean|full``) and counted by the kind of
node they describe, scaled to 500 words.  The bundled examples (real articles, whole)
are counted the same way beside them.  Kinds:

* ``documents``: the article and its text context (``nif:isString``);
* ``sentences``: the sentence spans (lean: only those claims or relations cite);
* ``mentions``: ``kg:mention`` links and the mention spans;
* ``other spans``: cue, content and relation-argument spans (full only: in lean a span is
  its IRI, the object of a link counted with its owner);
* ``claims``, ``relations`` (with their predicate and argument nodes), ``actors``,
  ``allegations``: the nodes themselves.

The issue's target: lean <= 1,200 quads per 500-word article.
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Iterable

from throughput import SOURCES, corpus  # benchmarks/ is on sys.path when run as a script

from kg.model import Article, DocumentGraph
from kg.rdf.graph import PROVENANCES, Provenance
from kg.rdf.serialize import document_ntriples

KINDS = (
    "documents", "sentences", "mentions", "other spans", "claims", "relations", "actors",
    "allegations",
)  # fmt: skip
_BY_PATH = {
    "doc": "documents", "claim": "claims", "relation": "relations", "rel": "relations",
    "thing": "relations", "actor": "actors", "allegation": "allegations",
}  # fmt: skip
_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
_SENTENCE = "<http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#Sentence>"
_MENTION = "<https://w3id.org/kg-claims/ontology#mention>"


def kinds_of(document: DocumentGraph, provenance: Provenance) -> Counter[str]:
    """The document's quads counted by kind (see the module docstring)."""
    triples = [line.split(" ", 2) for line in document_ntriples(document, provenance=provenance)]
    sentences = {s for s, p, o in triples if p == _TYPE and o.startswith(_SENTENCE)}
    mentions = {o.split(" ")[0] for _, p, o in triples if p == _MENTION}
    context = f"#char=0,{len(document.article.text)}>"
    counted: Counter[str] = Counter()
    for subject, predicate, _ in triples:
        if "#char=" not in subject:
            path = subject.rsplit("/", 2)[-2]
            kind = "mentions" if predicate == _MENTION else _BY_PATH[path]
        elif subject.endswith(context):
            kind = "documents"
        elif subject in sentences:
            kind = "sentences"
        elif subject in mentions:
            kind = "mentions"
        else:
            kind = "other spans"
        counted[kind] += 1
    return counted


def per_500_words(documents: Iterable[DocumentGraph]) -> dict[Provenance, Counter[str]]:
    """Quads by kind, per 500 words of text, in each profile."""
    documents = list(documents)
    words = sum(len(d.article.text.split()) for d in documents)
    result: dict[Provenance, Counter[str]] = {}
    for provenance in PROVENANCES:
        total: Counter[str] = Counter()
        for document in documents:
            total.update(kinds_of(document, provenance))
        result[provenance] = Counter({k: n * 500 / words for k, n in total.items()})
    return result


def table(title: str, counts: dict[Provenance, Counter[str]]) -> None:
    print(title)
    print(f"{'kind':<14}" + "".join(f"{p:>9}" for p in PROVENANCES) + f"{'lean/full':>11}")
    for kind in (*KINDS, "total"):
        row = [sum(c.values()) if kind == "total" else c[kind] for c in counts.values()]
        share = f"{row[0] / row[1]:>11.0%}" if row[1] else f"{'':>11}"
        print(f"{kind:<14}" + "".join(f"{n:>9,.0f}" for n in row) + share)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--docs", type=int, default=100)
    parser.add_argument("--words", type=int, default=500, help="words per document (about)")
    args = parser.parse_args()
    from kg.ingest import SourceProblem, read_sources
    from kg.pipeline import analyse_articles

    texts = corpus(args.docs, args.words)
    articles = [
        Article(id=f"doc-{n:06d}", text=text, source=f"doc-{n:06d}.txt")
        for n, text in enumerate(texts)
    ]
    examples = [item for item in read_sources(SOURCES[:1]) if not isinstance(item, SourceProblem)]
    recombined = per_500_words(analyse_articles(articles))
    real = per_500_words(analyse_articles(examples))
    table(
        f"quads per 500 words: {args.docs} recombined documents of ~{args.words} words", recombined
    )
    print()
    words = sum(len(a.text.split()) for a in examples)
    table(f"quads per 500 words: the {len(examples)} bundled examples ({words} words)", real)


if __name__ == "__main__":
    main()
