"""Where a missed gold target sits in its claim's own sentence, and why it is missed.

    .venv/bin/python benchmarks/claims/run.py --part dev ... --cache F      # write the parse
    .venv/bin/python benchmarks/claims/target_sites.py --cache F --part dev ...
    .venv/bin/python benchmarks/claims/target_sites.py --cache F --part dev ... --list

Reads ``run.py``'s ``--cache`` pickle (sentence scope; the same ``--part`` set, in the same
order) and extracts again with the code on disk.  Counts two groups of gold claims (round
28, targets29, issue 12):

- **directed**: a gold accuse / deny / criticize / threaten / approve whose claimer the
  extractor matches, each gold target the aligned system claim misses (its stance right, or
  wrong: two columns);
- **accuse read as assert**: each gold target of a gold accusation whose aligned system
  claim, by the right claimer, is an assertion.

Each missed target is located in the sentence (an alias of the gold's, or a nationality
adjective the gazetteer gives the gold's state) and classed by its site: the content
clause's subject, a passive's by-agent, the possessor of an act noun, a nationality or
state agent (by the role of the noun it modifies), a title+name whose state is needed, a
prepositional object (by the preposition), a coordinated or appositive name, the cue's
object, other; or not in the sentence (the context sentence only, or no alias at all).  The
cause: no target given (a mention at the site or not), a wrong target (the name at the
site resolved otherwise, or another candidate chosen).

Development parts only: the held-out and blind parts are refused.
"""

from __future__ import annotations

import argparse
import pickle
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from run import GOLD, PARTS, rule_set, score_items  # noqa: E402
from spacy.tokens import Doc, Token  # noqa: E402

from kg.evaluate.claims import (  # noqa: E402
    DEVELOPMENT_PARTS,
    DIRECTED,
    GoldClaim,
    SystemClaim,
    align,
    claimer_matches,
    load_gold,
    name_matches,
)
from kg.extract.claims import content_lexicon as lexicon  # noqa: E402
from kg.extract.claims.targets_agents import _clause_agents  # noqa: E402
from kg.extract.claims.targets_states import _state_of  # noqa: E402
from kg.model import Extraction, Stance  # noqa: E402
from kg.resolve.gazetteer import lookup  # noqa: E402

#: Content-lexicon words that tell a charged act (the classes the accusation rules read).
_CHARGE_WORDS = (
    lexicon.HOSTILE_ACTS
    | lexicon.HOSTILE_NOUNS
    | lexicon.INCITE_VERBS
    | lexicon.SUPPORT_VERBS
    | lexicon.REPRESS_VERBS
    | lexicon.BREACH_VERBS
    | lexicon.WRONG_NOUNS
    | lexicon.INTRUDE_VERBS
    | lexicon.WMD_VERBS
)

_AIMED_PREPS = frozenset({"against", "on", "at", "over", "toward", "towards", "with", "to"})
_PEOPLE_LABELS = frozenset({"PERSON"})


def _alias_spans(doc: Doc, start: int, end: int, names: tuple[str, ...]) -> list[tuple[int, int]]:
    """Character ranges in doc.text[start:end] naming the gold target: an alias, or a word
    the gazetteer reads as the gold's state ("Russian" for Russia)."""
    text = doc.text
    found: list[tuple[int, int]] = []
    for name in sorted(names, key=len, reverse=True):
        if not name.strip():
            continue
        pattern = re.compile(r"(?<!\w)" + re.escape(name) + r"(?!\w)", re.IGNORECASE)
        for match in pattern.finditer(text, start, end):
            if not any(a <= match.start() < b for a, b in found):
                found.append((match.start(), match.end()))
    for token in doc:
        if token.idx < start or token.idx >= end or any(a <= token.idx < b for a, b in found):
            continue
        if not token.text[:1].isupper():
            continue
        entry = lookup(token.text)
        if entry is not None and name_matches(entry.name, names):
            found.append((token.idx, token.idx + len(token.text)))
    return sorted(found)


def _root(doc: Doc, a: int, b: int) -> Token | None:
    span = doc.char_span(a, b, alignment_mode="expand")
    if span is None or not len(span):
        return None
    return span.root


def _clause_role(noun: Token, cue: str | None) -> str:
    """The role of a noun phrase's head in the sentence."""
    dep = noun.dep_
    head = noun.head
    if dep in ("nsubj", "csubj"):
        if cue and head.lower_ in cue.lower().split():
            return "cue subject"
        return "clause subject"
    if dep == "nsubjpass":
        return "passive subject"
    if dep == "pobj":
        if head.dep_ == "agent" or head.lower_ == "by":
            return "by-agent"
        if head.lower_ in _AIMED_PREPS:
            return f"prep object ({head.lower_})"
        return f"prep object (other: {head.lower_})"
    if dep == "dobj":
        if cue and head.lower_ in cue.lower().split():
            return "cue object"
        return "content object"
    if dep == "poss":
        return "possessor"
    if dep in ("conj", "appos"):
        return "coordinated/appositive"
    return f"other ({dep})"


def site_of(token: Token, cue: str | None) -> str:
    """The class of the place a gold target's word holds."""
    if token.dep_ in ("amod", "compound", "nmod", "npadvmod") and token.head.i != token.i:
        head = token.head
        while head.dep_ in ("compound", "amod") and head.head.i != head.i:
            head = head.head
        if head.ent_type_ in _PEOPLE_LABELS or token.head.ent_type_ in _PEOPLE_LABELS:
            return "title+name (state needed)"
        if token.ent_type_ == "NORP" or token.pos_ == "ADJ" or lookup(token.text) is not None:
            return f"state agent: {_clause_role(head, cue)}"
        return f"modifier: {_clause_role(head, cue)}"
    if token.dep_ == "poss":
        return f"possessor of act noun: {_clause_role(token.head, cue)}"
    if token.dep_ in ("conj", "appos"):
        first = token
        while first.dep_ in ("conj", "appos") and first.head.i != first.i:
            first = first.head
        return f"coordinated/appositive: {_clause_role(first, cue)}"
    return _clause_role(token, cue)


def _site_class(site: str) -> str:
    """The site's class without the role of the noun it modifies."""
    if site.startswith("prep object"):
        return "prep object" + (
            " (against/at/on/over/to/with)" if "other" not in site else " (of/from/in/for/...)"
        )
    return site.split(":")[0]


def _mention_at(extraction: Extraction, a: int, b: int) -> bool:
    return any(m.span.start < b and a < m.span.end for m in extraction.mentions)


def _cause(s: SystemClaim, site_text: str | None, extraction: Extraction, a: int, b: int) -> str:
    """Why the aligned system claim misses a gold target at characters a..b."""
    if not s.targets:
        if site_text is None:
            return "no target"
        return (
            "no target; a mention at the site"
            if _mention_at(extraction, a, b)
            else ("no target; no mention at the site")
        )
    if site_text is not None and any(
        t.lower() in site_text.lower() or site_text.lower() in t.lower() for t in s.targets
    ):
        return "wrong: the site's name resolved otherwise"
    return "wrong: another candidate chosen"


def _doer_name(token: Token) -> str:
    state = _state_of(token)
    word = state if state is not None else token
    entry = lookup(word.text)
    return entry.name if entry is not None else word.text


def _count_agents(
    doc: Doc,
    start: int,
    system: tuple[SystemClaim, ...],
    gold: tuple[GoldClaim, ...],
    counts: Counter[tuple[str, str, str]],
) -> None:
    """Each assertion by the right claimer, by its gold stance (accuse, assert, other),
    whether its content has a charge word of the content lexicon, and whether the content
    clause's doer (:func:`_clause_agents`) is the gold target, another side, or absent."""
    for s, g in align(system, gold):
        if s is None or g is None or not claimer_matches(s, g) or s.stance is not Stance.ASSERT:
            continue
        found = doc.text.find(s.content, start) if s.content else -1
        span = (
            doc.char_span(found, found + len(s.content or ""), alignment_mode="expand")
            if found >= 0
            else None
        )
        if span is None:
            continue
        word = any(t.lemma_.lower() in _CHARGE_WORDS or t.lower_ in _CHARGE_WORDS for t in span)
        own = lookup(s.claimer)
        speaker = own.name if own is not None else s.claimer
        doers = [
            n
            for n in (_doer_name(t) for t in _clause_agents(span))
            if not (name_matches(n, [speaker, s.claimer]) or name_matches(speaker, [n]))
        ]
        hit = g.stance is Stance.ACCUSE and any(
            name_matches(n, names) for n in doers for names in g.targets
        )
        stance = g.stance.value if g.stance in (Stance.ACCUSE, Stance.ASSERT) else "other"
        doer = "the gold target" if hit else ("another side" if doers else "none")
        counts[(stance, "yes" if word else "no", doer)] += 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, required=True, help="run.py's --cache pickle")
    parser.add_argument("--part", action="append", required=True, choices=DEVELOPMENT_PARTS)
    parser.add_argument("--list", action="store_true", help="print each miss")
    parser.add_argument("--enable", action="append", default=[])
    parser.add_argument(
        "--agents",
        action="store_true",
        help="also: the rules' assertions by the right claimer, by whether the content "
        "clause's doer (targets_agents._clause_agents) is another side and the gold target",
    )
    args = parser.parse_args(argv)
    parts = [p for p in PARTS if p in set(args.part)]
    gold = [s for s in load_gold(GOLD) if s.split in parts]
    with args.cache.open("rb") as file:
        parsed, _ = pickle.load(file)
    if len(parsed) != len(gold):
        parser.error("the cache was written for another part set")
    systems = score_items(parsed, rule_set(args.enable))
    tables: dict[str, Counter[tuple[str, str]]] = {
        "directed, stance right": Counter(),
        "directed, stance wrong": Counter(),
        "accuse read as assert": Counter(),
    }
    agents: Counter[tuple[str, str, str]] = Counter()
    for sentence, (extraction, doc, start, end), system in zip(gold, parsed, systems, strict=True):
        stop = len(doc.text) if end is None else end
        for s, g in align(system, sentence.claims):
            if s is None or g is None or g.stance not in DIRECTED or not claimer_matches(s, g):
                continue
            groups = []
            if s.stance is g.stance:
                groups.append("directed, stance right")
            else:
                groups.append("directed, stance wrong")
                if g.stance is Stance.ACCUSE and s.stance is Stance.ASSERT:
                    groups.append("accuse read as assert")
            for names in g.targets:
                hit = any(name_matches(t, names) for t in s.targets)
                if hit and s.stance is g.stance:
                    continue
                spans = _alias_spans(doc, start, stop, names)
                site_text = None
                a = b = 0
                if spans:
                    a, b = spans[0]
                    root = _root(doc, a, b)
                    site = site_of(root, g.cue) if root is not None else "unparsed"
                    site_text = doc.text[a:b]
                elif _alias_spans(doc, 0, start, names):
                    site = "not in sentence: the context names it"
                else:
                    site = "not in sentence: no alias"
                if s.stance is g.stance:
                    cause = _cause(s, site_text, extraction, a, b)
                else:
                    cause = "target found" if hit else _cause(s, site_text, extraction, a, b)
                for group in groups:
                    tables[group][(site, cause)] += 1
                if args.list:
                    print(
                        f"[{sentence.id}] {'/'.join(groups)} {s.stance.value}->{g.stance.value}"
                        f" gold {names[0]!r} system {list(s.targets)}: {site}; {cause}\n"
                        f"    {doc.text[start:stop]}"
                    )
        if args.agents:
            _count_agents(doc, start, system, sentence.claims, agents)
    if args.agents:
        print("\n### the rules' assertions by the right claimer, by the content's doer\n")
        print("| gold stance | charge word in the content | doer | claims |")
        print("|---|---|---|---:|")
        for (stance, word, doer), n in sorted(agents.items()):
            print(f"| {stance} | {word} | {doer} | {n} |")
    for group, counts in tables.items():
        print(f"\n### {group}: {sum(counts.values())} gold targets, by site class\n")
        top: dict[str, Counter[str]] = {}
        for (site, cause), n in counts.items():
            top.setdefault(_site_class(site), Counter())[cause.split(";")[0]] += n
        kinds = sorted({c for row in top.values() for c in row})
        print("| site class | " + " | ".join(kinds) + " | all |")
        print("|---|" + "---:|" * (len(kinds) + 1))
        for site, row in sorted(top.items(), key=lambda kv: -sum(kv[1].values())):
            cells = " | ".join(str(row[c]) for c in kinds)
            print(f"| {site} | {cells} | {sum(row.values())} |")
    for group, counts in tables.items():
        print(f"\n### {group}: {sum(counts.values())} gold targets\n")
        sites: Counter[str] = Counter()
        for (site, _cause_name), n in counts.items():
            sites[site.split(":")[0]] += n
        causes = sorted({c for _, c in counts})
        print("| site | " + " | ".join(causes) + " | all |")
        print("|---|" + "---:|" * (len(causes) + 1))
        by_site: dict[str, Counter[str]] = {}
        for (site, cause), n in counts.items():
            by_site.setdefault(site, Counter())[cause] += n
        for site, row in sorted(by_site.items(), key=lambda kv: -sum(kv[1].values())):
            cells = " | ".join(str(row[c]) for c in causes)
            print(f"| {site} | {cells} | {sum(row.values())} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
