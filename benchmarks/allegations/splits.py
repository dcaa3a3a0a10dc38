"""Why one gold allegation is split into several corpus allegations (round 21, issue 13).

    .venv/bin/python benchmarks/allegations/splits.py --cache F [--list] [--held-out]

One parse, one resolution, one merge; every open part scored (B-cubed F1 over all gold
claims, pairwise F1, aligned B-cubed P/R/F1, aligned pairwise P/R); then, on the
development parts (``dev``, ``blind2`` .. ``blind12``, ``blind19``, ``blind23``, ``blind34``) only,
each split pair of aligned gold claims of one gold allegation (their two system claims in two corpus
allegations) is classed by why the merge keeps the two document allegations apart, in the
brief's terms:

* ``accused``: the two accuse no common side, and one accused is an official, an organ or
  the forces of the other's state (``accused:state``), or they differ otherwise
  (``accused:other``), or one has none (``accused:none``);
* ``answer``: one is a denial that points back and was joined elsewhere or nowhere;
* ``window``: more than the blocking window apart;
* ``fragment``: one proposition is a fragment: fewer than :data:`FRAGMENT` merge terms, or
  none;
* ``wording``: one accused, in the window, whole propositions, and the words decide
  (pairs.py's gate: ``content``, ``lsh``, ``place``, ``profile``), each with pairs.py's
  word class.

Pairs are counted both as gold claim pairs (quadratic in an allegation's size) and as
distinct pairs of document allegations.  Held-out parts (``--held-out``) are numbers only:
never classed or listed.  ``blind42`` is never scored.
"""

from __future__ import annotations

import argparse
import ast
import importlib
import pickle
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from pairs import Gates, split_pairs, word_class  # noqa: E402
from run import GOLD, extractions  # noqa: E402

from kg.evaluate.allegations import (  # noqa: E402
    DEVELOPMENT_PARTS,
    HELD_OUT_PARTS,
    evaluate,
    load_gold,
    system_claims,
)
from kg.model import AllegationSummary, DocumentGraph  # noqa: E402
from kg.pipeline import resolve_all  # noqa: E402
from kg.resolve import ActorRegistry  # noqa: E402
from kg.resolve.corpus import CorpusMerge, allegation_summaries, corpus_allegations  # noqa: E402

DEVELOPMENT = DEVELOPMENT_PARTS
HELD = HELD_OUT_PARTS
#: A proposition with fewer merge terms than this is a fragment ("the attack", "it").
FRAGMENT = 3


def documents_of(cache: Path) -> list[DocumentGraph]:
    """The resolved documents (kept beside the parse cache: resolving takes a while)."""
    resolved = cache.with_suffix(".resolved.pkl")
    if resolved.exists() and resolved.stat().st_mtime >= cache.stat().st_mtime:
        with resolved.open("rb") as file:
            loaded: list[DocumentGraph] = pickle.load(file)
        return loaded
    documents = list(resolve_all(extractions(Path("corpus"), 2, cache), ActorRegistry()))
    with resolved.open("wb") as file:
        pickle.dump(documents, file, protocol=pickle.HIGHEST_PROTOCOL)
    return documents


def print_scores(documents: Sequence[DocumentGraph], system: list, held_out: bool) -> None:
    """The table of :func:`score_line` rows: the development parts, the held-out ones too
    with ``held_out`` (numbers only)."""
    print(
        "| part | aligned | B-cubed F1 | pairwise F1 | aligned B-cubed P / R / F1 "
        "| aligned pairwise P / R |"
    )
    print("|---|---|---|---|---|---|")
    for part in DEVELOPMENT + (HELD if held_out else ()):
        print(score_line(part, documents, system), flush=True)


def score_line(report_part: str, documents: Sequence[DocumentGraph], system: list) -> str:
    _, gold = load_gold(GOLD)
    r = evaluate(gold, system, report_part)
    b = r.scores["corpus"]["b-cubed"]
    pw = r.scores["corpus"]["pairwise"]
    ab = r.scores["corpus, aligned"]["b-cubed"]
    ap = r.scores["corpus, aligned"]["pairwise"]
    return (
        f"| {report_part} | {r.aligned} of {r.claims} | {b.f1:.3f} | {pw.f1:.3f} | "
        f"{ab.precision:.3f} / {ab.recall:.3f} / {ab.f1:.3f} | "
        f"{ap.precision:.3f} / {ap.recall:.3f} |"
    )


def _state_of(actor: str) -> str:
    """The state an actor id names by its first word ("russian-forces" -> "russia"): a
    rough reading for the classing only."""
    from kg.resolve.gazetteer import lookup

    head = actor.split("-")[0].split("_")[0]
    found = lookup(head)
    if found is None:
        return ""
    return found.state or found.id


def split_class(gates: Gates, a: str, b: str) -> str:
    """The brief's class of a split pair of document allegations ``a`` and ``b``."""
    gate = gates.gate(a, b)
    sa, sb = gates.items[a], gates.items[b]
    if gate.startswith("answer"):
        return "answer"
    if gate.startswith("accused"):
        if gate == "accused:missing":
            return "accused:none"
        states_a = set(sa.sides) | {_state_of(x) for x in sa.sides} - {""}
        states_b = set(sb.sides) | {_state_of(x) for x in sb.sides} - {""}
        return "accused:state" if states_a & states_b else "accused:other"
    if gate == "window":
        return "window"
    fa, fb = gates.features[a], gates.features[b]
    if gate in ("no-terms", "weak") or min(len(fa), len(fb)) < FRAGMENT:
        return "fragment"
    if gate == "curated":
        return "curated"
    return "wording:" + gate + "/" + word_class(gates, a, b)


def classify(
    documents: Sequence[DocumentGraph], merge, system: list, parts: Sequence[str], listing: bool
) -> list[str]:
    _, gold = load_gold(GOLD)
    gates = Gates((s for d in documents for s in allegation_summaries(d)), merge)
    lines: list[str] = []
    total_pairs: Counter[str] = Counter()
    total_docs: Counter[str] = Counter()
    listed: list[str] = []
    per_part: dict[str, Counter[str]] = {}
    for part in parts:
        counts: Counter[str] = Counter()
        seen: set[tuple[str, str, str]] = set()
        for x, _y, sx, sy in split_pairs(gold, system, part):
            a, b = sorted((sx.document_allegation, sy.document_allegation))
            if a == b:
                name = "within-document"
            else:
                name = split_class(gates, a, b)
                if sx.doc == sy.doc:
                    name = "within-document/" + name
            counts[name] += 1
            total_pairs[name] += 1
            if (part, a, b) not in seen:
                seen.add((part, a, b))
                total_docs[name] += 1
                if listing:
                    listed.append(
                        f"{part} {name:40} {x.allegation} {gates.similarity(a, b):.2f}  "
                        f"{_brief(gates.items[a])}  ||  {_brief(gates.items[b])}"
                    )
        per_part[part] = counts
    names = [n for n, _ in total_pairs.most_common()]
    lines.append("| class | pairs | allegation pairs | " + " | ".join(parts) + " |")
    lines.append("|---|---|---|" + "---|" * len(parts))
    for n in names:
        cells = " | ".join(str(per_part[p][n]) for p in parts)
        lines.append(f"| {n} | {total_pairs[n]} | {total_docs[n]} | {cells} |")
    return lines + sorted(listed)


def changes(documents: Sequence[DocumentGraph], merge: CorpusMerge, setting: str) -> list[str]:
    """The corpus allegations of ``merge`` made of members of two or more corpus allegations
    under ``setting`` (module.NAME=value): each earlier allegation by its size and summary."""
    name, value = setting.split("=", 1)
    module_name, attribute = name.rsplit(".", 1)
    module = importlib.import_module("kg.resolve." + module_name)
    kept = getattr(module, attribute)
    setattr(module, attribute, ast.literal_eval(value))
    try:
        other = corpus_allegations(documents)
    finally:
        setattr(module, attribute, kept)
    texts = {a.id: a for a in other.allegations}
    lines = []
    for allegation in merge.allegations:
        before = sorted({other.of_member[m] for m in allegation.members})
        if len(before) < 2:
            continue
        lines.append(f"== {allegation.id} {'/'.join(allegation.accused)} ({len(before)} joined)")
        for key in before:
            a = texts[key]
            lines.append(f"   {len(a.members):3} {a.first_alleged} {a.summary[:110]!r}")
    return lines


def _brief(s: AllegationSummary) -> str:
    return (
        f"{s.published} acc={'/'.join(s.accused) or '-'} sides={'/'.join(s.sides) or '-'} "
        f"{s.summary[:100]!r} [{' '.join(s.terms)[:60]}]"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cache", type=Path, required=True)
    parser.add_argument("--held-out", action="store_true", help="score blind, blind13..18 too")
    parser.add_argument("--list", action="store_true", help="list each split pair")
    parser.add_argument("--no-classes", action="store_true")
    parser.add_argument(
        "--changes",
        metavar="module.NAME=value",
        help="list the corpus allegations that the settings join against this setting",
    )
    parser.add_argument(
        "--set",
        action="append",
        default=[],
        help="module.NAME=value: a setting of kg.resolve (a Python literal), e.g. "
        "victims.VICTIM_JOIN=False",
    )
    args = parser.parse_args(argv)
    for setting in args.set:
        name, value = setting.split("=", 1)
        module, attribute = name.rsplit(".", 1)
        setattr(importlib.import_module("kg.resolve." + module), attribute, ast.literal_eval(value))
    documents = documents_of(args.cache)
    merge = corpus_allegations(documents)
    system = system_claims(documents, merge)
    print(f"{len(merge.allegations)} corpus allegations")
    print_scores(documents, system, args.held_out)
    if args.changes:
        print()
        print("\n".join(changes(documents, merge, args.changes)))
    if not args.no_classes:
        print()
        print("\n".join(classify(documents, merge, system, DEVELOPMENT, args.list)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
