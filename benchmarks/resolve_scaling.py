"""Time of each stage against the length of one document, beside raw spaCy's parse.

    python benchmarks/resolve_scaling.py [--sizes 12500 25000 50000 100000] [--no-ends]

One document is made of the examples' own sentences (wire and State Department copy)
repeated up to each size; with ``--no-ends`` its sentence ends (``.``, ``!``, ``?``,
``;``, line breaks) are taken out, the hostile case of one long line with no sentence
end (kg's sentence bound then cuts it into sentences of at most
:data:`kg.nlp.MAX_SENTENCE_TOKENS` tokens).  For each size it prints the CPU seconds of
raw spaCy (the model alone, no kg component), the builder's parse (kg's pipeline), extract and
resolve,
and each stage's ratio to raw spaCy: flat ratios as the size doubles mean a stage grows
as the parse does (near-linear), growing ratios a stage that is quadratic.
"""

from __future__ import annotations

import argparse
import re
import time
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def text_of(size: int, *, ends: bool) -> str:
    """The examples' text, repeated to ``size`` characters (without sentence ends)."""
    from kg.ingest import read_sources

    body = " ".join(a.text for a in read_sources([EXAMPLES]) if not hasattr(a, "message"))
    if not ends:
        body = re.sub(r"[.!?;]+|\s*\n\s*", " ", body)
    body = " ".join(body.split()) + " "
    return (body * (size // len(body) + 1))[:size]


def run(size: int, *, ends: bool) -> dict[str, float]:
    import spacy

    from kg.extract import extract
    from kg.model import Article
    from kg.nlp import default_model, load_pipeline
    from kg.resolve import ActorRegistry, resolve

    text = text_of(size, ends=ends)
    raw, nlp = spacy.load(default_model()), load_pipeline()  # loaded before any timing
    for pipeline in (raw, nlp):
        pipeline.max_length = max(pipeline.max_length, size + 1)
    seconds: dict[str, float] = {}
    started = time.process_time()
    raw(text)
    seconds["raw spaCy"] = time.process_time() - started
    started = time.process_time()
    doc = nlp(text)  # kg's pipeline: the model, the sentence bound, the gazetteer ruler
    seconds["parse"] = time.process_time() - started
    started = time.process_time()
    extraction = extract(doc, Article("doc", text, "doc.txt"))
    seconds["extract"] = time.process_time() - started
    started = time.process_time()
    resolve(extraction, ActorRegistry())
    seconds["resolve"] = time.process_time() - started
    seconds["sentences"] = len(extraction.sentences)
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[12_500, 25_000, 50_000, 100_000])
    parser.add_argument("--no-ends", action="store_true", help="take the sentence ends out")
    args = parser.parse_args()
    print(
        f"{'chars':>8} {'sents':>6} {'raw spaCy':>10} {'parse':>8} {'extract':>8} "
        f"{'resolve':>8}   ratios to raw: parse extract resolve"
    )
    for size in args.sizes:
        s = run(size, ends=not args.no_ends)
        raw = s["raw spaCy"]
        print(
            f"{size:>8} {int(s['sentences']):>6} {raw:>10.2f} {s['parse']:>8.2f} "
            f"{s['extract']:>8.2f} {s['resolve']:>8.2f}   "
            f"{s['parse'] / raw:>12.2f} {s['extract'] / raw:>7.2f} {s['resolve'] / raw:>7.2f}",
            flush=True,
        )


if __name__ == "__main__":
    main()
