"""Why gold claimers are missed: each gold claim whose claimer the extractor misses or gets
wrong, by where the claimer sits and why it is missed (round 29, quotes30, issue 12).

    .venv/bin/python benchmarks/claims/run.py --part dev ... --cache F     # write the parse
    .venv/bin/python benchmarks/claims/claimer_causes.py --cache F --part dev ...
    .venv/bin/python benchmarks/claims/claimer_causes.py --cache F --part dev ... --list

Reads a parse pickle ``run.py --cache`` wrote (either scope: the scope is the pickle's) for
exactly the parts it was written with, extracts and resolves again with the current code, and
on the claims :func:`align` pairs counts every gold claim whose claimer no system claim of its
sentence has, by **site** (where the gold claimer stands):

* ``according``: an "according to" source naming it in the sentence;
* ``after_quote``: named in the sentence after a closing quotation mark (the attribution that
  follows the quote);
* ``subject``: named in the sentence elsewhere (the subject of a speech verb, mostly);
* ``pronoun``: not named in the sentence, whose speaker is a pronoun ("he said");
* ``role_noun``: not named, the sentence's speaker a description ("the spokesman",
  "the ministry");
* ``report_noun``: not named, a report or statement noun speaks ("the statement said");
* ``quote_run``: not named, the sentence wholly or mostly inside quotation marks with no
  speaker of its own (a quotation run's continuation);
* ``earlier``: named only in the sentences before (the context), with no cue above;
* ``author``: the document's outlet or publisher (an author's or dateline's voice);
* ``other``: none of these.

and by **why**: ``no_claim`` (no system claim is aligned with it), ``wrong_mention`` (an
aligned claim whose claimer mention is another party named in the text), ``wrong_resolution``
(an aligned claim whose claimer mention is a pronoun or description resolved to the wrong
actor or to none).  ``--list`` prints each with its sentence.  Then the system claims with a
wrong claimer (aligned to a gold claim of another claimer), by the system mention's kind.

Only development parts may be listed (``run.py``'s rules); the tool refuses a blind part and
lists nothing of a held-out one.
"""

from __future__ import annotations

import argparse
import pickle
import re
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from run import BLIND, PARTS, rule_set  # noqa: E402

from kg.evaluate.claims import (  # noqa: E402
    DEVELOPMENT_PARTS,
    GoldClaim,
    GoldSentence,
    SystemClaim,
    align,
    claimer_matches,
    claims_in,
    load_gold,
    normalise_name,
    outlet_of,
    system_claim,
)
from kg.evaluate.switches import parse_setting  # noqa: E402
from kg.extract.claims import extract_claims  # noqa: E402
from kg.resolve import ActorRegistry, resolve  # noqa: E402

GOLD = Path(__file__).parent / "gold.jsonl"

PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "him", "her", "them", "us"})
ROLE_HEADS = re.compile(
    r"\b(?:the|this|that|a|an)\s+(?:[\w-]+\s+){0,3}(?:spokes(?:man|woman|person)|ministry|"
    r"minister|official|government|department|embassy|office|president|secretary|"
    r"agency|army|military|group|organi[sz]ation|party|council|commission|prosecutors?|"
    r"authorities|officials|leader|envoy|ambassador|mission|administration|kremlin|"
    r"white house|pentagon|police|court)\b",
    re.IGNORECASE,
)
REPORT_NOUNS = re.compile(
    r"\b(?:the|its|his|her|their|a|this)\s+(?:[\w-]+\s+){0,3}(?:statement|report|letter|"
    r"communique|communiqué|release|declaration|resolution|message|post|tweet|document)\b",
    re.IGNORECASE,
)
SPEECH_PRONOUN = re.compile(
    r"\b(?:he|she|they|it|we)\s+(?:\w+\s+)?(?:said|says|added|adds|told|tells|stressed|"
    r"noted|wrote|continued|argued|insisted|warned|explained|declared|stated)\b|"
    r"\b(?:said|says|added|adds)\s+(?:he|she|they)\b",
    re.IGNORECASE,
)
_QUOTE_MARKS = '"“”«»„'


def _names(gold: GoldClaim) -> list[str]:
    return [n for n in gold.claimer if n]


def _find(names: list[str], text: str) -> int:
    """The first position where any of ``names`` (or a name's last word, for persons) stands
    in ``text``, or -1."""
    best = -1
    for name in names:
        for probe in {name, name.split()[-1] if len(name.split()) > 1 else name}:
            if len(probe) < 3:
                continue
            match = re.search(rf"(?<!\w){re.escape(probe)}(?!\w)", text, re.IGNORECASE)
            if match and (best < 0 or match.start() < best):
                best = match.start()
    return best


def _quoted_share(text: str) -> float:
    inside, opened, count = 0, False, 0
    for char in text:
        if char in _QUOTE_MARKS:
            opened = not opened
            continue
        count += 1
        inside += opened
    return inside / count if count else 0.0


def _proper(name: str) -> bool:
    words = name.split()
    return (
        bool(words)
        and words[0][:1].isupper()
        and words[0].lower()
        not in (PRONOUNS | {"the", "this", "a", "an", "its", "his", "her", "their"})
    )


def site(sentence: GoldSentence, gold: GoldClaim) -> str:
    """Where the gold claimer stands (the module's docstring)."""
    text = sentence.text
    names = _names(gold)
    proper = [n for n in names if _proper(n)]
    at = _find(proper, text)
    if at >= 0:
        before = text[:at]
        if re.search(r"according to\s+(?:\S+\s+){0,6}$", before, re.IGNORECASE):
            return "according"
        if any(m in before for m in "”»") or before.count('"') % 2 == 0 and '"' in before:
            return "after_quote"
        return "subject"
    outlet = outlet_of(sentence) or ""
    if outlet and any(normalise_name(outlet) == normalise_name(n) for n in names):
        return "author"
    if SPEECH_PRONOUN.search(text):
        return "pronoun"
    if REPORT_NOUNS.search(text):
        return "report_noun"
    described = [n for n in names if not _proper(n) and n.split()[0].lower() not in PRONOUNS]
    if _find(described, text) >= 0 or (
        ROLE_HEADS.search(text)
        and re.search(
            r"\b(?:said|says|added|told|stated|announced|accused|denied|warned|called)\b", text
        )
    ):
        return "role_noun"
    if _quoted_share(text) > 0.6:
        return "quote_run"
    if _find(proper, sentence.context or "") >= 0:
        return "earlier"
    return "other"


def system_items(parsed: list) -> list[list[tuple[SystemClaim, str, str]]]:
    """Each item's system claims with their claimer mention's text and rule."""
    graphs: dict[int, object] = {}
    out = []
    for extraction, doc, start, end in parsed:
        graph = graphs.get(id(extraction))
        if graph is None:
            claims = extract_claims(doc, extraction.mentions, rule_set())
            graph = resolve(replace(extraction, claims=claims), ActorRegistry())
            graphs[id(extraction)] = graph
        actors = {actor.id: actor for actor in graph.actors}  # type: ignore[attr-defined]
        found = [
            (system_claim(resolved, actors), resolved.claim.claimer.span.text, resolved.claim.rule)
            for resolved in claims_in(graph, start, end)  # type: ignore[arg-type]
        ]
        out.append(found)
    return out


def _described(mention: str) -> bool:
    words = mention.lower().split()
    return bool(words) and (words[0] in PRONOUNS or words[0] in ("the", "this", "a", "an", "its"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cache", type=Path, required=True)
    parser.add_argument("--part", action="append", choices=PARTS, required=True)
    parser.add_argument("--list", action="store_true")
    parser.add_argument(
        "--set", action="append", default=[], metavar="MODULE.NAME=VALUE", help="a switch"
    )
    args = parser.parse_args(argv)
    for setting in args.set:
        module, name, value = parse_setting(setting)
        setattr(module, name, value)
    if set(args.part) & set(BLIND):
        parser.error("a blind part is never read")
    gold = [s for s in load_gold(GOLD) if s.split in args.part]
    with args.cache.open("rb") as file:
        parsed, _gapped = pickle.load(file)
    if len(parsed) != len(gold):
        parser.error("the cache was written for other parts")
    listing = args.list and set(args.part) <= set(DEVELOPMENT_PARTS)
    table: Counter[tuple[str, str]] = Counter()
    wrong: Counter[str] = Counter()
    gold_total = 0
    for sentence, found in zip(gold, system_items(parsed), strict=True):
        system = [s for s, _, _ in found]
        extra = {id(s): (m, r) for s, m, r in found}
        gold_total += len(sentence.claims)
        for s, g in align(system, list(sentence.claims)):
            if g is None:
                continue
            if any(claimer_matches(other, g) for other in system):
                continue
            where = site(sentence, g)
            if s is None:
                why = "no_claim"
            else:
                mention = extra[id(s)][0]
                why = "wrong_resolution" if _described(mention) else "wrong_mention"
                wrong["pronoun/description" if _described(mention) else "named"] += 1
            table[(where, why)] += 1
            if listing:
                shown = (
                    "-" if s is None else f"{s.claimer} [{extra[id(s)][0]!r}, {extra[id(s)][1]}]"
                )
                print(
                    f"[{sentence.id}] {where}/{why}: gold {g.claimer[0]!r} ({g.stance.value}); "
                    f"system {shown}\n    {sentence.text}\n"
                )
    sites = sorted(
        {w for w, _ in table}, key=lambda w: -sum(n for (x, _), n in table.items() if x == w)
    )
    whys = ("no_claim", "wrong_mention", "wrong_resolution")
    print(f"gold claims {gold_total}; claimer missed {sum(table.values())}\n")
    print("| site | " + " | ".join(whys) + " | all |")
    print("|---|" + "---:|" * (len(whys) + 1))
    for where in sites:
        cells = [table[(where, why)] for why in whys]
        print(f"| {where} | " + " | ".join(map(str, cells)) + f" | {sum(cells)} |")
    totals = [sum(n for (_, y), n in table.items() if y == why) for why in whys]
    print("| all | " + " | ".join(map(str, totals)) + f" | {sum(totals)} |")
    print(f"\nsystem claims aligned with another claimer's gold claim, by mention: {dict(wrong)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
