"""Score the claim extractor on the news gold set: per field, per stance, confusion matrix.

    .venv/bin/python benchmarks/claims/run.py                 # every part's tables
    .venv/bin/python benchmarks/claims/run.py --part dev      # one part (repeatable)
    .venv/bin/python benchmarks/claims/run.py --errors dev    # plus every dev mismatch
    .venv/bin/python benchmarks/claims/run.py --ablation      # each rule family removed
    .venv/bin/python benchmarks/claims/run.py --enable NAME   # an optional family on
    .venv/bin/python benchmarks/claims/run.py --set kg.extract.claims.content_acts.FIRED_ACTS=True
    .venv/bin/python benchmarks/claims/run.py --ablation --ablate NAME \
        --ablate-set MODULE.NAME=VALUE                        # optional families, switches
    .venv/bin/python benchmarks/claims/run.py --scope document  # whole documents, one parse each
    .venv/bin/python benchmarks/claims/run.py --part test45   # the blind part (only when named)

Runs the project's real pipeline (spaCy parse, claim extraction, actor resolution) on
each sentence of ``benchmarks/claims/gold.jsonl`` (with its context sentences) and
prints Markdown tables for the development parts ``dev`` .. ``test20``, ``dev2``, ``dev3``,
``dev4``, ``dev5`` and ``dev6`` (:data:`kg.evaluate.claims.DEVELOPMENT_PARTS`, used while
improving the extractor; ``dev2``, round 22, and ``dev3``, round 23, were made as development data
in the blind parts' register, ``dev4``, round 32, in their press-service register, ``dev5``, round
35, of single speakers' addresses, ``dev6``, round 39, of wire stories in which the accused side
answers; ``test16`` .. ``test20`` were
held out until round 24) and the held-out ``test21`` .. ``test44`` (each when present;
``test4`` .. ``test44`` were blind until they were scored at the end of rounds 4 to 44;
``test44`` was scored once at the end of round 44).  The blind part ``test45`` (made in round
44 for a later round) is scored only when named (``--part test45``): neither the default nor
``--part all`` includes it, so that nobody scores it by accident.  Only
the sentences of the parts asked for are parsed.  ``--errors`` lists mismatches of one part only;
never use it on a blind part, whose errors nobody reads before it is scored once, by
the lead, at the end of the round.  ``--ablation`` extracts
again with each rule family of :data:`kg.extract.claims.RULES` switched off in turn (the
parse is reused) and prints claimer+stance+target F1 per part and the change (``--ablate
NAME``, repeatable: only those families).  ``--enable NAME`` (repeatable) switches an optional
family of :data:`kg.extract.claims.OPTIONAL` on for every score the run reports, the
ablation's baseline too (whose rows then remove an enabled family and add an off one);
``--set MODULE.NAME=VALUE`` (repeatable) sets a module-level switch before the parse (the
value a Python literal: ``True``, ``4``, ``None``), and ``--ablate-set MODULE.NAME=VALUE``
(repeatable, with ``--ablation``; comma-joined settings make one row) adds a row scored with
that switch set and the parse
reused, then restored: only for switches read while claims are extracted or resolved, not
the parse's (``kg.nlp``'s need ``--set``).  Round 22 (reopt22) measured every optional
family and off switch this way in one batching (``benchmarks/claims/RESULTS.md``).
``--cache FILE`` keeps the parse (a pickle, written on the first run, read on later ones with
the same parts, scope and parse; the claims are extracted again from it, with the code and
switches of the run that reads it), so that a second measurement skips the parse.

``--scope sentence`` (the default) parses each gold sentence with only its ``context``; a
sentence the gold gives no ``context`` takes the document's previous gold sentence as its
context (:func:`with_sentence_before`: the older parts' annotators rarely wrote one, and the
guide's point 43 takes a denial's accuser from the sentence before).
``--scope document`` scores claims as ``kg build`` reads them: each document (the gold ids
are ``<document>-<nn>``) is rebuilt from its gold sentences in id order, the first one's
``context`` in front, parsed once and extracted and resolved as an article (title, url,
date and publisher as outlet from the gold's ``source``), and each sentence is scored on the
claims whose cue lies in its own character range.  The older parts' annotators could leave
sentences out; a document whose gold shows such a gap (a ``context`` holding text no earlier
gold sentence of the document has) is scored in the sentence scope instead, and the run
says how many.

The system side holds attributed claims only (round 31): a claim in an official text's own
voice (:attr:`kg.model.Voice.PUBLISHER`), which the guide's "Not claims" excludes and the gold
never holds, is left out (:data:`kg.evaluate.claims.PUBLISHER_VOICE`);
``--with-publisher-voice`` scores the way rounds 1-30 did, with them, and each report and
``--json`` file says which (``publisher_voice``).
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from itertools import groupby
from pathlib import Path

from spacy.tokens import Doc

from kg.evaluate import claims as claims_module
from kg.evaluate.claims import (
    GOLD_PARTS,
    GoldClaim,
    GoldSentence,
    Pair,
    SystemClaim,
    align,
    claims_from,
    evaluate,
    format_report,
    load_gold,
    outlet_of,
    same_claim,
)
from kg.evaluate.switches import parse_setting, settings
from kg.extract import extract, gated
from kg.extract.claims import OPTIONAL, RULES, extract_claims
from kg.ingest import article_id, normalise_text
from kg.model import Article, DocumentGraph, Extraction, Stance
from kg.nlp import load_pipeline, model_name
from kg.resolve import ActorRegistry, chain, resolve

GOLD = Path(__file__).with_name("gold.jsonl")
PARTS = GOLD_PARTS
# Blind parts: scored only when asked for by name, never by default or by ``--part all``.
BLIND = frozenset({"test45"})


def rule_set(enabled: Iterable[str] = ()) -> frozenset[str]:
    """The families a build applies (:data:`RULES` without the :data:`OPTIONAL` ones) with
    the optional families ``enabled`` switched on.

    >>> "stance_model" in rule_set(["stance_model"]), "stance_model" in rule_set()
    (True, False)
    """
    unknown = set(enabled) - OPTIONAL
    if unknown:
        raise ValueError(f"not optional families: {sorted(unknown)}")
    return RULES - OPTIONAL | frozenset(enabled)


def parse_items(
    sentences: Sequence[GoldSentence], model: str | None
) -> list[tuple[Extraction, Doc, int]]:
    """Each item parsed once with its context, as the pipeline would (the extraction, the
    parse to extract again from, and where the item's own sentence starts)."""
    texts, starts = [], []
    for sentence in sentences:
        text = normalise_text(
            f"{sentence.context} {sentence.text}" if sentence.context else sentence.text
        )
        texts.append(text)
        starts.append(text.rfind(normalise_text(sentence.text)))
    nlp = load_pipeline(model)
    parsed = []
    for sentence, text, start, doc in zip(sentences, texts, starts, nlp.pipe(texts), strict=True):
        article = Article(
            id=article_id(text), text=text, source=sentence.id, outlet=outlet_of(sentence)
        )
        parsed.append((extract(doc, article), doc, start))
    return parsed


def scored_claims(
    extraction: Extraction, start: int, doc: Doc | None = None, rules: Iterable[str] | None = None
) -> tuple[SystemClaim, ...]:
    """The resolved claims whose cue is in the item's own sentence (as
    :func:`kg.evaluate.claims.system_claims` gives them), optionally re-extracted with
    only ``rules``."""
    if doc is not None and rules is not None:
        rules = gated(rules, extraction.article)  # a post's own voice in official posts only
        extraction = replace(extraction, claims=extract_claims(doc, extraction.mentions, rules))
    return claims_from(resolve(extraction, ActorRegistry()), start)


#: One scored item: the extraction its sentence is in (its own, or its whole document's,
#: shared by the document's sentences), the parse, and the sentence's character range
#: (``end`` None: to the end of the text).
Item = tuple[Extraction, Doc, int, int | None]


def document_of(sentence: GoldSentence) -> str:
    """The document a gold item comes from: its id without the ``-<nn>`` number."""
    return sentence.id.rsplit("-", 1)[0]


def _number(sentence: GoldSentence) -> int:
    return int(sentence.id.rsplit("-", 1)[1])


def _words(text: str) -> str:
    return " ".join(normalise_text(text).split())


def with_sentence_before(sentences: Sequence[GoldSentence]) -> list[GoldSentence]:
    """``sentences`` with the document's previous gold sentence (number ``nn - 1``) as the
    ``context`` of each that has none, as a build reads it after that sentence.  Later parts
    write every item's context; ``dev`` .. ``test6`` mostly left it out.

    >>> first = GoldSentence("doc-01", "dev", "X accused Y.", ())
    >>> second = GoldSentence("doc-02", "dev", "Y denied it.", ())
    >>> with_sentence_before([first, second])[1].context
    'X accused Y.'
    """
    by_id = {s.id: s for s in sentences}
    completed = []
    for sentence in sentences:
        before = by_id.get(f"{document_of(sentence)}-{_number(sentence) - 1:02d}")
        if sentence.context is None and before is not None:
            sentence = replace(sentence, context=before.text)
        completed.append(sentence)
    return completed


def skips_before(sentence: GoldSentence, earlier: Sequence[GoldSentence]) -> bool:
    """Whether the gold leaves out sentences of the document just before ``sentence``:
    its ``context`` (the sentences before it, verbatim) holds text that no earlier gold
    sentence of the document has.  A context that is the previous sentence, or repeats
    earlier ones (a speaker's introduction, chosen for a pronoun), shows no gap; an item
    with no context cannot show one."""
    if not sentence.context or not earlier:
        return False
    rest = _words(sentence.context)
    for before in sorted(earlier, key=lambda s: -len(s.text)):
        rest = rest.replace(_words(before.text), " ")
    return any(ch.isalnum() for ch in rest)


def document_text(sentences: Sequence[GoldSentence]) -> tuple[str, list[tuple[int, int]]]:
    """A document's text rebuilt from its gold sentences in id order, the first one's
    ``context`` in front, and each sentence's character range in it."""
    first = sentences[0]
    text = _words(first.context) + " " if first.context else ""
    ranges = []
    for sentence in sentences:
        piece = _words(sentence.text)
        ranges.append((len(text), len(text) + len(piece)))
        text += piece + " "
    return text.rstrip(), ranges


def article_of(document: str, text: str, sentence: GoldSentence) -> Article:
    """The article a build would make of the document: its text and the gold's ``source``
    (title, url, date, publisher as outlet), so that title and outlet voice rules apply."""
    source = sentence.source
    url = source.get("url") or None
    return Article(
        id=article_id(url or text),
        text=text,
        source=document,
        title=source.get("title") or None,
        url=url,
        outlet=outlet_of(sentence),
        published=source.get("date") or None,
    )


def cached_scope(parsed: Sequence[Item], gapped: Sequence[str]) -> str:
    """The scope a cached parse was made in: a document-scope item carries its sentence's end
    in the document, and a document whose gold skips sentences, parsed by sentence instead,
    is listed in ``gapped`` (the sentence scope lists none).

    >>> alone, within = (None, None, 0, None), (None, None, 0, 120)
    >>> cached_scope([alone], []), cached_scope([within], []), cached_scope([alone], ["doc"])
    ('sentence', 'document', 'document')
    """
    whole = any(item[3] is not None for item in parsed)
    return "document" if whole or gapped else "sentence"


def parse_documents(
    sentences: Sequence[GoldSentence], model: str | None
) -> tuple[list[Item], list[str]]:
    """Each document parsed once as a whole, every gold sentence scored on its own range
    (in the order of ``sentences``), and the documents whose gold skips sentences
    (:func:`skips_before`), which fall back to the sentence scope."""
    ordered = sorted(sentences, key=lambda s: (document_of(s), _number(s)))
    documents = [list(group) for _, group in groupby(ordered, key=document_of)]
    whole = [d for d in documents if not any(skips_before(s, d[:i]) for i, s in enumerate(d))]
    gapped = [d for d in documents if not any(d is w for w in whole)]
    built = [document_text(d) for d in whole]
    nlp = load_pipeline(model)
    items: dict[str, Item] = {}
    for group, (text, ranges), doc in zip(
        whole, built, nlp.pipe(text for text, _ in built), strict=True
    ):
        extraction = extract(doc, article_of(document_of(group[0]), text, group[0]))
        for sentence, (start, end) in zip(group, ranges, strict=True):
            items[sentence.id] = (extraction, doc, start, end)
    rest = with_sentence_before([s for d in gapped for s in d])
    for sentence, (extraction, doc, start) in zip(rest, parse_items(rest, model), strict=True):
        items[sentence.id] = (extraction, doc, start, None)
    return [items[s.id] for s in sentences], [document_of(d[0]) for d in gapped]


def score_items(
    items: Sequence[Item], rules: Iterable[str] | None = None
) -> list[tuple[SystemClaim, ...]]:
    """Each item's resolved claims (:func:`scored_claims`), every extraction resolved once
    however many sentences share it, optionally re-extracted with only ``rules``."""
    chosen = None if rules is None else frozenset(rules)
    graphs: dict[int, DocumentGraph] = {}
    found = []
    for extraction, doc, start, end in items:
        graph = graphs.get(id(extraction))
        if graph is None:
            if chosen is not None:
                kind = gated(chosen, extraction.article)  # a post's own voice: posts only
                claims = extract_claims(doc, extraction.mentions, kind)
                graph = resolve(replace(extraction, claims=claims), ActorRegistry())
            else:
                graph = resolve(extraction, ActorRegistry())
            graphs[id(extraction)] = graph
        found.append(claims_from(graph, start, end))
    return found


def ablation(
    gold: Sequence[GoldSentence],
    parsed: Sequence[Item],
    parts: Sequence[str],
    families: Iterable[str] | None = None,
    enabled: Iterable[str] = (),
    switches: Iterable[str] = (),
    show: Callable[[str], object] | None = None,
) -> str:
    """A Markdown table: claimer+stance+target F1 per part with all rules (and the optional
    families ``enabled``), then with each rule family (or each of ``families``) removed, or
    an optional one (:data:`kg.extract.claims.OPTIONAL`) not enabled added, then with each
    module switch of ``switches`` set (``MODULE.NAME=VALUE``, :func:`settings`), and the
    change, plus accuse and deny F1 per part; then, when ``families`` is None, without the
    speaker chain (``families`` given: their rows only, in their order).  ``show``, when
    given, is called with each line as soon as it is scored (a long run's rows are not lost
    when it is cut short)."""
    base = rule_set(enabled)

    def scores(rules: frozenset[str] | None) -> dict[str, tuple[float, float, float]]:
        results = {
            s.id: (s.claims, system)
            for s, system in zip(gold, score_items(parsed, rules), strict=True)
        }
        found = {}
        for part in parts:
            report = evaluate([results[s.id] for s in gold if s.split == part])
            accuse = report.stances.get(Stance.ACCUSE)
            deny = report.stances.get(Stance.DENY)
            found[part] = (
                report.headline.f1,
                accuse.f1 if accuse else 0.0,
                deny.f1 if deny else 0.0,
            )
        return found

    lines: list[str] = []

    def add(line: str) -> None:
        lines.append(line)
        if show is not None:
            show(line)

    full = scores(base)
    add("| rules | " + " | ".join(f"{p} F1 (accuse, deny)" for p in parts) + " |")
    add("|---" * (len(parts) + 1) + "|")
    add(
        "| all | "
        + " | ".join(f"{full[p][0]:.4f} ({full[p][1]:.2f}, {full[p][2]:.2f})" for p in parts)
        + " |"
    )

    def cells(changed: dict[str, tuple[float, float, float]]) -> str:
        return " | ".join(
            f"{changed[p][0]:.4f} ({changed[p][0] - full[p][0]:+.4f}; "
            f"{changed[p][1]:.2f}, {changed[p][2]:.2f})"
            for p in parts
        )

    for name in sorted(RULES) if families is None else dict.fromkeys(families):
        # a family off in the baseline (optional, not enabled) is switched on instead
        on = name in base
        changed = scores(base - {name} if on else base | {name})
        add(f"| {'without' if on else 'with'} `{name}` | " + cells(changed) + " |")
    for switch in switches:
        with settings(switch.split(",")):
            changed = scores(base)
        add(f"| with `{switch}` | " + cells(changed) + " |")
    if families is not None:  # a chosen few: no speaker-chain row
        return "\n".join(lines)
    # resolution, not a rule family: the speaker chain switched off
    chain.ENABLED = False
    try:
        changed = scores(base)
    finally:
        chain.ENABLED = True
    add("| without the speaker chain (`kg.resolve.chain`) | " + cells(changed) + " |")
    return "\n".join(lines)


def _describe(claim: SystemClaim | None) -> str:
    if claim is None:
        return "-"
    targets = f" -> {list(claim.targets)}" if claim.targets else ""
    return (
        f"{claim.claimer} ({claim.claimer_kind}) {claim.stance.value}{targets} | {claim.content!r}"
    )


def _describe_gold(claim: GoldClaim) -> str:
    targets = f" -> {[names[0] for names in claim.targets]}" if claim.targets else ""
    return f"{claim.claimer[0]} {claim.stance.value}{targets} | {claim.content!r}"


def errors(sentences: list[GoldSentence], results: list[Pair]) -> list[str]:
    """One block per sentence where the system and the gold set disagree."""
    blocks = []
    for sentence, (gold, system) in zip(sentences, results, strict=True):
        lines = []
        for s, g in align(system, gold):
            ok = same_claim(s, g)
            if not ok:
                want = "-" if g is None else _describe_gold(g)
                lines.append(f"    gold:   {want}\n    system: {_describe(s)}")
        if lines:
            blocks.append(f"[{sentence.id}] {sentence.text}\n" + "\n".join(lines))
    return blocks


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--model", default=None, help="spaCy pipeline (default: the project's)")
    parser.add_argument("--errors", choices=PARTS, help="list the mismatches of one part")
    parser.add_argument(
        "--part",
        action="append",
        choices=(*PARTS, "all"),
        help="which parts to parse and score (repeatable; default and 'all': every part "
        "present except the blind test45, scored only when named; the development "
        "parts end with dev5 and dev6)",
    )
    parser.add_argument(
        "--ablation", action="store_true", help="also score with each rule family removed"
    )
    parser.add_argument(
        "--ablate",
        action="append",
        choices=sorted(RULES),
        help="with --ablation: only these rule families (repeatable; default: every one)",
    )
    parser.add_argument(
        "--enable",
        action="append",
        default=[],
        choices=sorted(OPTIONAL),
        help="switch this optional family on for every score (repeatable)",
    )
    parser.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="MODULE.NAME=VALUE",
        help="set a module-level switch before the parse (repeatable; VALUE a Python literal)",
    )
    parser.add_argument(
        "--ablate-set",
        action="append",
        default=[],
        metavar="MODULE.NAME=VALUE",
        help="with --ablation: a row scored with this switch set, the parse reused "
        "(repeatable; comma-joined settings are one row; switches read at extraction or "
        "resolution only)",
    )
    parser.add_argument(
        "--scope",
        choices=("sentence", "document"),
        default="sentence",
        help="sentence: parse each gold sentence with its context alone (default); "
        "document: parse each document once, rebuilt from its gold sentences, and score each "
        "sentence on the claims whose cue lies in it (documents whose gold skips sentences "
        "fall back to the sentence scope)",
    )
    parser.add_argument(
        "--with-publisher-voice",
        action="store_true",
        help="score the way rounds 1-30 did: keep the claims in an official text's own voice "
        "(kg.model.Voice.PUBLISHER) on the system side; by default the scorer leaves them "
        "out, since the guide's 'Not claims' excludes the author's own voice",
    )
    parser.add_argument("--json", type=Path, help="also write the scores as JSON here")
    parser.add_argument(
        "--cache",
        type=Path,
        help="a pickle of the parse (read when it exists, else written; the claims are "
        "extracted again from it): only for runs with the same --part, --scope, --gold, "
        "--model and parse-time --set arguments",
    )
    args = parser.parse_args(argv)
    if args.errors in BLIND:
        parser.error(
            f"--errors {args.errors}: a blind part's errors are read only after it is scored"
        )

    if args.with_publisher_voice:
        claims_module.PUBLISHER_VOICE = True
    for setting in args.set:
        try:
            module, name, value = parse_setting(setting)
        except (ValueError, ImportError, SyntaxError) as problem:
            parser.error(f"--set {setting}: {problem}")
        setattr(module, name, value)
    for setting in args.ablate_set:
        try:
            for one in setting.split(","):
                parse_setting(one)
        except (ValueError, ImportError, SyntaxError) as problem:
            parser.error(f"--ablate-set {setting}: {problem}")
    # re-extracted when a switch is set: a cached parse's claims were extracted without it
    rules = rule_set(args.enable) if args.enable or args.set else None

    every = load_gold(args.gold)
    present = [p for p in PARTS if any(s.split == p for s in every)]
    everyday = [p for p in present if p not in BLIND]
    named = [p for p in args.part or () if p != "all"]
    asked = set(named) | (set(everyday) if not args.part or "all" in args.part else set())
    parts = [p for p in present if p in asked]
    gold = [s for s in every if s.split in parts]
    started = time.perf_counter()
    gapped: list[str] = []
    if args.cache is not None and args.cache.exists():
        with args.cache.open("rb") as file:
            parsed, gapped = pickle.load(file)
        if cached_scope(parsed, gapped) != args.scope or len(parsed) != len(gold):
            # a sentence-scope parse read back under --scope document scores the sentence
            # scope under the document scope's name (round 36's lead did, once, unnoticed)
            parser.error(
                f"--cache {args.cache} holds a {cached_scope(parsed, gapped)}-scope parse of "
                f"{len(parsed)} sentences, not a {args.scope}-scope parse of these {len(gold)}"
            )
        # the cached claims are the code's of the run that wrote it: extract them again
        rules = rules or rule_set(args.enable)
    elif args.scope == "document":
        parsed, gapped = parse_documents(gold, args.model)
    else:
        parsed = [
            (e, doc, start, None)
            for e, doc, start in parse_items(with_sentence_before(gold), args.model)
        ]
    if args.cache is not None and not args.cache.exists():
        with args.cache.open("wb") as file:
            pickle.dump((parsed, gapped), file, protocol=pickle.HIGHEST_PROTOCOL)
    results = {
        s.id: (s.claims, system) for s, system in zip(gold, score_items(parsed, rules), strict=True)
    }
    seconds = time.perf_counter() - started
    print(
        f"model {model_name(load_pipeline(args.model))}; {len(gold)} sentences in {seconds:.1f} s"
        f"; scope {args.scope}; system side: "
        f"{'every claim' if claims_module.PUBLISHER_VOICE else 'attributed claims only'}\n"
    )
    summary: dict[str, dict[str, object]] = {}
    if args.scope == "document":
        fallback = {
            part: sorted({document_of(s) for s in gold if s.split == part} & set(gapped))
            for part in parts
        }
        for part in parts:
            documents = {document_of(s) for s in gold if s.split == part}
            moved = sum(1 for s in gold if s.split == part and document_of(s) in gapped)
            print(
                f"{part}: {len(documents) - len(fallback[part])} of {len(documents)} documents "
                f"scored whole; {len(fallback[part])} skip sentences in the gold and fall back "
                f"to the sentence scope ({moved} sentences)"
            )
        print()
    for part in parts:
        sentences = [s for s in gold if s.split == part]
        pairs = [results[s.id] for s in sentences]
        report = evaluate(pairs)
        print(format_report(report, f"{part} part"), end="\n\n")
        summary[part] = {
            "headline": {
                "p": report.headline.precision,
                "r": report.headline.recall,
                "f1": report.headline.f1,
            },
            "fields": {
                k: {"p": v.precision, "r": v.recall, "f1": v.f1} for k, v in report.fields.items()
            },
            "stances": {
                k.value: {"p": v.precision, "r": v.recall, "f1": v.f1, "gold": v.gold}
                for k, v in report.stances.items()
            },
            "confusion": {f"{g}->{s}": n for (g, s), n in sorted(report.confusion.items())},
            "scope": args.scope,
            "publisher_voice": claims_module.PUBLISHER_VOICE,
            "triples": {
                "matched": report.headline.matched_gold,
                "gold": report.headline.gold,
                "system": report.headline.system,
            },
        }
        if args.scope == "document":
            summary[part]["sentence_scope_documents"] = fallback[part]
        if args.errors == part:
            print("\n\n".join(errors(sentences, pairs)), end="\n\n")
    if args.ablation:
        print("### Ablation: claimer+stance+target F1 with each rule family removed\n")
        ablation(
            gold,
            parsed,
            parts,
            args.ablate,
            args.enable,
            args.ablate_set,
            show=lambda line: print(line, flush=True),
        )
        print()
    if args.json:
        args.json.write_text(json.dumps(summary, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
