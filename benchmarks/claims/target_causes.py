"""Why gold targets are missed: each gold target of a directed claim, by the cause.

    .venv/bin/python benchmarks/claims/target_causes.py                  # first half + dev4
    .venv/bin/python benchmarks/claims/target_causes.py --part test3     # one part
    .venv/bin/python benchmarks/claims/target_causes.py --list           # plus the target misses
    .venv/bin/python benchmarks/claims/target_causes.py --held-out       # counts only
    .venv/bin/python benchmarks/claims/target_causes.py --cache F        # keep the parses in F
    .venv/bin/python benchmarks/claims/target_causes.py --with NAME      # an optional family on

Runs the extractor as ``run.py`` does (sentence scope, the previous gold sentence as the
context of an item that has none) and, on the claims ``align`` pairs, counts each gold target
(of accuse, deny, approve, criticize, threaten) as found, or missed because no system claim
is aligned with its claim, the claimer differs, the stance differs, the system claim has no
target, or it names another party; and each system target likewise.

Then the claims whose claimer and stance match the gold and whose targets do not, by class
(round 19, :func:`target_class`), one column per part: no target where the gold has one
(the gold's party named in the sentence, or only in the context); a target where the gold
has none (the claimer's own side, or another party); and a wrong actor: the speaker's own
side, a person where the gold names a state or the reverse, a place (a city, a region) for
its state, a pronoun or a collective noun left unresolved, a party the sentence names but
not the gold's, a party named only in the context, an extra target beside the right one.

``--list`` prints those claims with their sentences, on development parts only (``dev``,
``test`` .. ``test20``, ``dev2``, ``dev3``). ``--held-out`` runs the held-out parts (``test21`` ..
``test44``) and prints counts only, never a sentence: their errors are not read; the blind part
never runs.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from run import GOLD, with_sentence_before  # noqa: E402
from spacy.tokens import Doc, DocBin  # noqa: E402

from kg.evaluate.claims import (  # noqa: E402
    DEVELOPMENT_PARTS,
    DIRECTED,
    HELD_OUT_PARTS,
    GoldClaim,
    GoldSentence,
    SystemClaim,
    align,
    claimer_matches,
    claims_from,
    evaluate,
    load_gold,
    name_matches,
    normalise_name,
    outlet_of,
)
from kg.extract import extract  # noqa: E402
from kg.extract.claims import OPTIONAL, RULES, extract_claims  # noqa: E402
from kg.ingest import article_id, normalise_text  # noqa: E402
from kg.model import Article, DocumentGraph  # noqa: E402
from kg.nlp import load_pipeline  # noqa: E402
from kg.resolve import ActorRegistry, resolve  # noqa: E402

#: The parts whose errors may be read while developing (README, "the held-out protocol").
DEVELOPMENT = DEVELOPMENT_PARTS
#: Held out: scored and counted, never listed.
HELD_OUT = HELD_OUT_PARTS
#: The development parts' second half under round 25's half-split protocol (README, "Claims:
#: the latest round"): scored once after a change's bar is written, so the cause tools run them
#: only when named with ``--part``.
SECOND_HALF = ("test16", "test17", "test18", "test19", "test20", "dev3")
#: What the cause tools run when no part is named: the first half and ``dev4``.
FIRST_HALF = tuple(p for p in DEVELOPMENT if p not in SECOND_HALF)

PRONOUNS = frozenset(
    {"he", "she", "it", "they", "them", "him", "her", "its", "their", "his", "we", "us", "our"}
    | {"i", "you", "this", "that", "these", "those"}
)
COLLECTIVE = re.compile(
    r"^(?:the )?(?:[a-z]+ )*(?:country|countries|government|governments|regime|side|forces|"
    r"rebels|militants|west|enemy|enemies|authorities|officials|leaders|leadership|army|"
    r"troops|allies|nations|states|occupiers|group|groups|people|party|parties)$"
)


def _texts(sentences: Sequence[GoldSentence]) -> tuple[list[str], list[int]]:
    texts, starts = [], []
    for sentence in with_sentence_before(sentences):
        text = normalise_text(
            f"{sentence.context} {sentence.text}" if sentence.context else sentence.text
        )
        texts.append(text)
        starts.append(text.rfind(normalise_text(sentence.text)))
    return texts, starts


def parsed_graphs(
    sentences: Sequence[GoldSentence], cache: Path | None, extra: Sequence[str] = ()
) -> list[tuple[DocumentGraph, int, str]]:
    """Each item's resolved graph, where its own sentence starts, and the parsed text; the
    parses are kept in ``cache`` (a DocBin) so that a second run extracts only.  ``extra``:
    optional families switched on besides the default ones."""
    texts, starts = _texts(sentences)
    nlp = load_pipeline(None)
    docs: list[Doc] | None = None
    if cache is not None and cache.exists():
        docs = list(DocBin().from_disk(cache).get_docs(nlp.vocab))
        if [d.text for d in docs] != texts:
            docs = None
    if docs is None:
        docs = list(nlp.pipe(texts))
        if cache is not None:
            DocBin(docs=docs).to_disk(cache)
    out = []
    for sentence, text, start, doc in zip(sentences, texts, starts, docs, strict=True):
        article = Article(
            id=article_id(text), text=text, source=sentence.id, outlet=outlet_of(sentence)
        )
        extraction = extract(doc, article)
        if extra:
            rules = (RULES - OPTIONAL) | frozenset(extra)
            extraction = replace(extraction, claims=extract_claims(doc, extraction.mentions, rules))
        out.append((resolve(extraction, ActorRegistry()), start, text))
    return out


def _named_in(names: Sequence[str], text: str) -> bool:
    low = text.lower()
    return any(normalise_name(n) and normalise_name(n) in low for n in names)


def target_class(
    s: SystemClaim, g: GoldClaim, kinds: dict[str, str], sentence: str, context: str
) -> list[str]:
    """The classes of the target errors of one claim whose claimer and stance are right
    (empty when its targets match the gold's one to one)."""
    missing = [names for names in g.targets if not any(name_matches(t, names) for t in s.targets)]
    extra = [t for t in s.targets if not any(name_matches(t, names) for names in g.targets)]
    if not missing and not extra:
        return []
    if not s.targets:
        return [
            "none given; gold's party in the sentence"
            if _named_in(names, sentence)
            else "none given; gold's party only in the context"
            if _named_in(names, context)
            else "none given; gold's party not named (alias)"
            for names in g.targets
        ]
    found: list[str] = []
    for t in extra:
        kind = kinds.get(t, "other")
        low = normalise_name(t)
        if name_matches(t, g.claimer):
            found.append("own side (the claimer)" if not g.targets else "wrong: the claimer")
        elif not g.targets:
            found.append("given where gold has none")
        elif not missing:
            found.append("extra target beside the right one")
        elif low in PRONOUNS:
            found.append("wrong: pronoun unresolved")
        elif COLLECTIVE.match(low) or t[:1].islower():
            found.append("wrong: collective noun or description")
        elif kind == "person" and any(kinds.get(n) != "person" for n in missing[0]):
            found.append("wrong: person for a state or body")
        elif (
            kind in ("state", "organisation", "group")
            and len(t.split()) <= 3
            and any(n[:1].isupper() and " " in n for n in missing[0])
            and not _named_in([t], " ".join(missing[0]))
        ):
            found.append(f"wrong: {kind} where gold names another")
        elif kind == "other":
            found.append("wrong: unresolved or place")
        elif _named_in(missing[0], sentence):
            found.append("wrong: another party the sentence names")
        elif _named_in(missing[0], context):
            found.append("wrong: gold's party only in the context")
        else:
            found.append("wrong: another party (gold's not named)")
    if missing and (len(s.targets) > len(extra) or not extra):
        found.append("one of several gold targets missed")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", action="append", choices=DEVELOPMENT + HELD_OUT)
    parser.add_argument("--held-out", action="store_true", help="test21..test44, counts only")
    parser.add_argument("--list", action="store_true", help="print the target misses")
    parser.add_argument("--cache", type=Path, help="a DocBin file to keep the parses in")
    parser.add_argument(
        "--with",
        dest="extra",
        action="append",
        choices=sorted(OPTIONAL),
        default=[],
        help="switch an optional family on (repeatable)",
    )
    args = parser.parse_args(argv)
    parts = tuple(args.part or (HELD_OUT if args.held_out else FIRST_HALF))
    if args.list and set(parts) & set(HELD_OUT):
        parser.error("--list reads sentences: development parts only")
    gold = [s for s in load_gold(GOLD) if s.split in parts]
    graphs = parsed_graphs(gold, args.cache, args.extra)
    missed: Counter[str] = Counter()
    given: Counter[str] = Counter()
    classes: dict[str, Counter[str]] = {p: Counter() for p in parts}
    scored: dict[str, list[tuple[tuple[GoldClaim, ...], tuple[SystemClaim, ...]]]] = {
        p: [] for p in parts
    }
    for sentence, (graph, start, text) in zip(gold, graphs, strict=True):
        system = claims_from(graph, start)
        kinds = {a.name: a.kind.value for a in graph.actors}
        scored[sentence.split].append((sentence.claims, system))
        for s, g in align(system, sentence.claims):
            same = s is not None and g is not None
            same = same and claimer_matches(s, g) and s.stance is g.stance  # type: ignore[arg-type]
            if g is not None and g.stance in DIRECTED:
                for names in g.targets:
                    if s is None:
                        missed["no system claim aligned"] += 1
                    elif not claimer_matches(s, g):
                        missed["claimer differs"] += 1
                    elif s.stance is not g.stance:
                        missed["stance differs"] += 1
                    elif any(name_matches(t, names) for t in s.targets):
                        missed["found"] += 1
                    elif not s.targets:
                        missed["system target missing"] += 1
                    else:
                        missed["another party or name"] += 1
            if s is not None and s.stance in DIRECTED:
                for t in s.targets:
                    if g is None or not same:
                        given["claim unmatched (claimer or stance)"] += 1
                    elif any(name_matches(t, names) for names in g.targets):
                        given["right"] += 1
                    elif not g.targets:
                        given["gold leaves it empty"] += 1
                    else:
                        given["another party or name"] += 1
            if not same or s is None or g is None or s.stance not in DIRECTED:
                continue
            found = target_class(s, g, kinds, text[start:], text[:start])
            classes[sentence.split].update(found)
            if args.list and found:
                wanted = [names[0] for names in g.targets]
                print(f"[{sentence.id}] {s.stance.value} by {g.claimer[0]}: gold {wanted}")
                print(f"    system {list(s.targets)} {found}")
                print(f"    {sentence.text}")
                if start > 0:
                    print(f"    context: {text[:start][-240:]}")
    print(f"parts {', '.join(parts)}")
    print("gold targets:", ", ".join(f"{k} {v}" for k, v in missed.most_common()))
    print("system targets:", ", ".join(f"{k} {v}" for k, v in given.most_common()))
    total: Counter[str] = sum(classes.values(), Counter())
    print("\n| class | " + " | ".join(parts) + " | all |")
    print("|---|" + "---:|" * (len(parts) + 1))
    for name, count in total.most_common():
        cells = " | ".join(str(classes[p][name]) for p in parts)
        print(f"| {name} | {cells} | {count} |")
    reports = {p: evaluate(scored[p]) for p in parts}
    print(
        "\nclaimer+stance+target F1: "
        + ", ".join(f"{p} {reports[p].headline.f1:.3f}" for p in parts)
    )
    print(
        "claimer+stance F1: "
        + ", ".join(f"{p} {reports[p].fields['claimer+stance'].f1:.3f}" for p in parts)
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
