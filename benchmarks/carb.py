"""CaRB dev split: the project's relation extractor and textacy's SVO triples, one harness.

    .venv/bin/pip install -q -e '.[bench]'
    .venv/bin/python benchmarks/carb.py [--out build/carb] [--no-ablation] [--worst 10]

Both systems read the 641 sentences of ``benchmarks/carb/dev.txt`` (one sentence a
line, PTB-tokenised as CaRB gives them), their tuples are written in CaRB's tab-separated
format (``--out``) and scored by :mod:`kg.evaluate.carb` against ``gold/dev.tsv``.

* **kg**: :func:`kg.extract.relations.extract_relations`, the extractor the knowledge
  graph uses, on the builder's pipeline (:func:`kg.nlp.load_pipeline`); each relation in
  the sentence's own voice (:func:`kg.evaluate.carb.relation_tuple`).
* **textacy**: ``textacy.extract.subject_verb_object_triples`` on the same spaCy model
  (without the builder's gazetteer ruler), every triple at confidence 1.

Sentences/s counts parsing and extraction.  The ablation re-runs the extractor on the
same parses with one rule (:data:`kg.extract.relations.RULES`) switched off at a time:
"dF1" is what the rule adds.  The precision of the tuples by confidence quartile shows
whether the confidences rank well.  CaRB's test split is not used here; keep it that way.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable, Iterable
from pathlib import Path

import spacy
from spacy.tokens import Doc

from kg.evaluate.carb import (
    OpenTuple,
    Score,
    by_sentence,
    match,
    read_gold,
    relation_tuple,
    score,
    score_by_sentence,
    sentence_key,
    write_system,
)
from kg.extract.relations import RULES, extract_relations
from kg.nlp import default_model, load_pipeline

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "benchmarks" / "carb"


def read_sentences(path: Path) -> list[str]:
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def kg_tuples(
    sentences: list[str], docs: Iterable[Doc], rules: frozenset[str] = RULES
) -> list[OpenTuple]:
    found = []
    for sentence, doc in zip(sentences, docs, strict=True):
        for relation in extract_relations(doc, rules):
            if (item := relation_tuple(relation, sentence)) is not None:
                found.append(item)
    return found


def textacy_tuples(sentences: list[str], docs: Iterable[Doc]) -> list[OpenTuple]:
    from textacy.extract import subject_verb_object_triples

    def words(tokens: Iterable[spacy.tokens.Token]) -> str:
        return " ".join(t.text for t in sorted(tokens, key=lambda t: t.i))

    found = []
    for sentence, doc in zip(sentences, docs, strict=True):
        for triple in subject_verb_object_triples(doc):
            arguments = (words(triple.subject), words(triple.object))
            found.append(OpenTuple(sentence, words(triple.verb), arguments, 1.0))
    return found


def precision_by_quartile(gold: dict[str, list[OpenTuple]], found: list[OpenTuple]) -> list[float]:
    """Mean precision of each tuple against its best gold tuple, by confidence quartile.

    Whether confidence means something, without CaRB's curve: its area rewards coarse
    confidences, since the trapezoid from (recall 0, precision 1) to the first point is
    as optimistic as that point's recall is large.
    """
    ranked = sorted(found, key=lambda item: -item.confidence)  # stable: ties keep text order
    values = [
        max((match(g, item)[0] for g in gold.get(sentence_key(item.sentence), [])), default=0.0)
        for item in ranked
    ]
    size = len(values)
    parts = [values[i * size // 4 : (i + 1) * size // 4] for i in range(4)]
    return [sum(part) / len(part) if part else 0.0 for part in parts]


def timed(run: Callable[[], list[OpenTuple]]) -> tuple[list[OpenTuple], float]:
    start = time.perf_counter()
    found = run()
    return found, time.perf_counter() - start


def row(name: str, result: Score, rate: float | str) -> str:
    rate_text = f"{rate:.0f}" if isinstance(rate, float) else rate
    return (
        f"| {name} | {result.precision:.3f} | {result.recall:.3f} | {result.f1:.3f} "
        f"| {result.auc:.3f} | {rate_text} |"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "carb")
    parser.add_argument("--no-ablation", action="store_true")
    parser.add_argument(
        "--worst", type=int, default=0, help="list the N sentences with the lowest kg recall"
    )
    args = parser.parse_args()
    try:
        import textacy  # noqa: F401
    except ImportError:
        parser.error("textacy is missing: pip install -e '.[bench]'")

    sentences = read_sentences(DATA / "dev.txt")
    gold = read_gold(DATA / "gold" / "dev.tsv")
    nlp = load_pipeline()
    raw_nlp = spacy.load(default_model())
    nlp("warm up")
    raw_nlp("warm up")

    docs: list[Doc] = []

    def run_kg() -> list[OpenTuple]:
        docs.extend(nlp.pipe(sentences))
        return kg_tuples(sentences, docs)

    project, project_seconds = timed(run_kg)
    baseline, baseline_seconds = timed(lambda: textacy_tuples(sentences, raw_nlp.pipe(sentences)))
    write_system(args.out / "kg.tsv", project)
    write_system(args.out / "textacy.tsv", baseline)

    project_score = score(gold, project)
    print(f"CaRB dev: {len(sentences)} sentences, {len(gold)} gold tuples; outputs in {args.out}")
    print()
    print("| system | P | R | F1 | AUC | sentences/s |")
    print("|---|---|---|---|---|---|")
    print(row("kg relations", project_score, len(sentences) / project_seconds))
    print(row("textacy SVO triples", score(gold, baseline), len(sentences) / baseline_seconds))

    gold_groups = by_sentence(gold)
    quartiles = precision_by_quartile(gold_groups, project)
    print()
    print(
        "kg precision of tuples by confidence quartile (highest first): "
        + ", ".join(f"{value:.3f}" for value in quartiles)
    )

    if not args.no_ablation:
        print()
        print("| rule switched off | F1 | dF1 (what the rule adds) | AUC | tuples |")
        print("|---|---|---|---|---|")
        print(f"| (none) | {project_score.f1:.3f} | | {project_score.auc:.3f} | {len(project)} |")
        ablated = []
        for rule in sorted(RULES):
            found = kg_tuples(sentences, docs, RULES - {rule})
            ablated.append((rule, score(gold, found), len(found)))
        for rule, result, count in sorted(ablated, key=lambda item: item[1].f1):
            gain = project_score.f1 - result.f1
            print(f"| {rule} | {result.f1:.3f} | {gain:+.3f} | {result.auc:.3f} | {count} |")

    if args.worst:
        found_groups = by_sentence(project)
        recalls = score_by_sentence(gold_groups, found_groups)
        print()
        for key, (recall, count) in sorted(recalls.items(), key=lambda i: i[1][0] / i[1][1])[
            : args.worst
        ]:
            print(f"recall {recall / count:.2f}: {gold_groups[key][0].sentence}")
            for item in found_groups.get(key, []):
                print(
                    f"   kg {item.confidence:.2f} {item.arguments[0]} | {item.relation} | ", end=""
                )
                print(" | ".join(item.arguments[1:]))
            for item in gold_groups[key]:
                rest = " | ".join(item.arguments[1:])
                print(f"   gold {item.arguments[0]} | {item.relation} | {rest}")


if __name__ == "__main__":
    main()
