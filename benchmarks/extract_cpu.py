"""Extraction's CPU alone, and every extraction dumped for a byte comparison.

    python benchmarks/extract_cpu.py parse CACHE [--docs 300] [--dispute 0] [--no-gold]
    python benchmarks/extract_cpu.py dump CACHE OUT [--ungated]    # every extraction, one a line
    python benchmarks/extract_cpu.py time CACHE [--rounds 3]       # CPU ms per document

``parse`` parses the sentences of the open parts of the claims gold set (with their
context, as ``benchmarks/claims/run.py`` does; never the blind part), ``--docs``
documents of the recombined corpus of ``throughput.py`` and ``--dispute`` official texts
of the dispute corpus (``corpus/``), and keeps the parses in a spaCy ``DocBin``.
``dump`` writes ``repr`` of each document's :class:`~kg.model.Extraction` (every
sentence, mention, relation and claim with all its fields), so that two versions of the
code are compared with ``cmp``.  ``time`` runs
:func:`kg.extract.extract` over the cached parses ``--rounds`` times, the lexicon gates
of the content-stance rules (:mod:`kg.extract.claims.gates`) switched on and off in
turn (which goes first alternating), and prints the CPU (``time.process_time``) per
document of each: an A/B in one process, on a host whose load changes.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from spacy.tokens import Doc, DocBin

sys.path.insert(0, str(Path(__file__).parent))

from throughput import corpus  # noqa: E402

GOLD = Path(__file__).parent / "claims" / "gold.jsonl"
DISPUTES = Path(__file__).parents[1] / "corpus"
OPEN_PARTS = ("dev", "test", "test2", "test3", "test4", "test5", "test6", "test7", "test8")


def texts(docs: int, dispute: int, gold: bool = True) -> list[str]:
    """The open gold items (with context), ``docs`` recombined documents and the first
    ``dispute`` documents of the dispute corpus (``corpus/*.jsonl``, taken from each file
    in turn)."""
    from kg.evaluate.claims import load_gold
    from kg.ingest import normalise_text

    found = [
        normalise_text(f"{s.context} {s.text}" if s.context else s.text)
        for s in load_gold(GOLD)
        if gold and s.split in OPEN_PARTS
    ]
    files = [
        [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines()]
        for path in sorted(DISPUTES.glob("*.jsonl"))
    ]
    official = [f[n] for n in range(max(map(len, files))) for f in files if n < len(f)]
    return found + corpus(docs) + [normalise_text(t) for t in official[:dispute]]


def load(cache: Path) -> list[Doc]:
    from kg.nlp import load_pipeline

    nlp = load_pipeline()
    return list(DocBin().from_disk(cache).get_docs(nlp.vocab))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("mode", choices=("parse", "dump", "time"))
    parser.add_argument("cache", type=Path)
    parser.add_argument("out", type=Path, nargs="?")
    parser.add_argument("--docs", type=int, default=300, help="recombined documents")
    parser.add_argument("--dispute", type=int, default=0, help="dispute corpus documents")
    parser.add_argument("--no-gold", action="store_true", help="leave the gold items out")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--ungated", action="store_true", help="dump with the gates off")
    args = parser.parse_args()
    from kg.extract import extract
    from kg.model import Article

    if args.mode == "parse":
        from kg.nlp import load_pipeline

        nlp = load_pipeline()
        bin_ = DocBin()
        for doc in nlp.pipe(texts(args.docs, args.dispute, not args.no_gold), batch_size=32):
            bin_.add(doc)
        bin_.to_disk(args.cache)
        return
    docs = load(args.cache)
    if args.mode == "dump":
        if args.ungated:
            from kg.extract.claims import gates

            gates.ENABLED = False
        with args.out.open("w", encoding="utf-8") as out:
            for n, doc in enumerate(docs):
                extraction = extract(doc, Article(id=str(n), text=doc.text, source=str(n)))
                out.write(repr(extraction) + "\n")
        print(f"{len(docs)} documents dumped to {args.out}")
        return
    articles = [Article(id=str(n), text=doc.text, source=str(n)) for n, doc in enumerate(docs)]
    try:
        from kg.extract.claims import gates
    except ImportError:  # code from before the gates: time it as it is
        gates = None  # type: ignore[assignment]
    switches = (True, False) if gates is not None else (True,)
    spent: dict[bool, list[float]] = {on: [] for on in switches}
    for round_ in range(args.rounds):
        for on in switches if round_ % 2 == 0 else switches[::-1]:
            if gates is not None:
                gates.ENABLED = on
            started = time.process_time()
            for doc, article in zip(docs, articles, strict=True):
                extract(doc, article)
            spent[on].append(time.process_time() - started)
    if gates is not None:
        gates.ENABLED = True
    for on in switches[::-1]:
        per_doc = [1000 * s / len(docs) for s in spent[on]]
        label = ("gates on " if on else "gates off") if gates is not None else "as it is"
        print(
            f"{label}: CPU ms/doc min {min(per_doc):.3f}, "
            f"runs {', '.join(f'{x:.3f}' for x in per_doc)} ({len(docs)} documents)"
        )


if __name__ == "__main__":
    main()
