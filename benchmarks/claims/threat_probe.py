"""A recall probe for threats on copy the rules were not tuned on (round 21, issue 12).

    PYTHONPATH=. .venv/bin/python benchmarks/claims/threat_probe.py [--with NAME ...] [--list]

``threat_probe.jsonl`` holds real threats quoted from public-domain copy that is in no gold
part and no agreement file (``corpus/`` texts of the Kremlin, the President of Ukraine, the
State Department and the White House, the unlabelled pool, VOA stories), each with its
context sentence, its source and the names the threatened party may go by.  Each sentence is
parsed with its context and extracted as ``run.py`` does; the probe counts how each is read:
``threaten`` (with or without the target right), another stance, or missed (no claim whose cue
is in the sentence).  It scores nothing: it shows which frames the threat rules miss.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from kg.evaluate.claims import claims_from
from kg.extract import extract
from kg.extract.claims import OPTIONAL, RULES, extract_claims
from kg.ingest import article_id, normalise_text
from kg.model import Article, Stance
from kg.nlp import load_pipeline
from kg.resolve import ActorRegistry, resolve

PROBE = Path(__file__).with_name("threat_probe.jsonl")


def reading(claims: tuple, target: list[str]) -> str:
    """How an item is read: ``threaten+target``, ``threaten``, another stance, ``missed``."""
    threats = [c for c in claims if c.stance is Stance.THREATEN]
    if threats:
        names = " ".join(t.lower() for c in threats for t in c.targets)
        return "threaten+target" if target and any(n in names for n in target) else "threaten"
    return claims[0].stance.value if claims else "missed"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--probe", type=Path, default=PROBE)
    parser.add_argument(
        "--with",
        dest="extra",
        action="append",
        default=[],
        help="an OPTIONAL family to switch on (repeatable; 'all' for every one)",
    )
    parser.add_argument("--list", action="store_true", help="print each item's reading")
    args = parser.parse_args(argv)
    extra = set(OPTIONAL) if "all" in args.extra else set(args.extra)
    rules = (set(RULES) - set(OPTIONAL)) | extra
    items = [json.loads(line) for line in args.probe.open()]
    texts, starts = [], []
    for item in items:
        text = normalise_text(
            f"{item['context']} {item['text']}" if item["context"] else item["text"]
        )
        texts.append(text)
        starts.append(text.rfind(normalise_text(item["text"])))
    nlp = load_pipeline(None)
    counts: Counter[str] = Counter()
    for item, text, start, doc in zip(items, texts, starts, nlp.pipe(texts), strict=True):
        article = Article(id=article_id(text), text=text, source=item["id"], outlet="probe")
        extraction = extract(doc, article)
        if extra:
            from dataclasses import replace

            extraction = replace(extraction, claims=extract_claims(doc, extraction.mentions, rules))
        graph = resolve(extraction, ActorRegistry())
        claims = claims_from(graph, start)
        read = reading(claims, item["target"])
        counts[read.split("+")[0] if read.startswith("threaten") else read] += 1
        if read == "threaten+target":
            counts["  of which target right"] += 1
        if args.list:
            rule = [r.claim.rule for r in graph.claims if r.claim.cue.start >= start]
            shown = [(c.claimer, c.stance.value, c.targets) for c in claims]
            print(f"{item['id']:10} {read:16} {shown} {rule}\n           {item['text'][:150]}")
    print(
        f"{len(items)} probe threats: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
