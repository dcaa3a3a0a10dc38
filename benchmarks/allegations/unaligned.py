"""The unaligned gold claims of the open parts by why, and those in sentences with no claim
by construction (round 19, official19), each also by the register of its document (round 26,
recall26: :func:`register`).

    .venv/bin/python benchmarks/allegations/unaligned.py --cache F            # counts
    .venv/bin/python benchmarks/allegations/unaligned.py --cache F --list     # plus each claim
    .venv/bin/python benchmarks/allegations/unaligned.py --cache F --stages   # one stage back

For each unaligned gold claim of the development parts (never a held-out or blind part):
why it is unaligned (``topics._why``: no claim in its sentence, another claimer, another
stance, a claim in no allegation, a claim taken), by part and publisher; then the no-claim
sentences by a parse-based construction class (the first that matches: a question, a
sanctions or designation announcement, a quoted or reported official, a verbless fragment,
no subject, the own side as subject, an epithet or pronoun of the enemy as doer, an
evaluation or copula, a named actor as subject, other): a rough guide to the classes, not a
reading of each sentence.

``--stages`` (round 30, recall31) classes each unaligned gold claim one stage further back
(:func:`stage`): whether the *extractor* made a claim in the sentence at all, and whether
resolution dropped it, before the resolved claims' claimer, stance and allegation.
"""

from __future__ import annotations

import argparse
import pickle
import re
import sys
from collections import Counter
from pathlib import Path

from kg.evaluate.allegations import (
    DEVELOPMENT_PARTS,
    GoldClaim,
    align,
    claimer_matches,
    compatible,
    load_gold,
    same_sentence,
    system_claims,
)
from kg.model import DocumentGraph, Extraction
from kg.pipeline import resolve_all
from kg.resolve import ActorRegistry
from kg.resolve.corpus import corpus_allegations

sys.path.insert(0, str(Path(__file__).parent))
from topics import _why  # noqa: E402

#: The development parts (``dev``, ``blind2`` .. ``blind12`` since round 22, ``blind19`` since
#: round 23, ``blind23`` since round 27, ``blind34`` since round 38), never a held-out one.
PARTS = DEVELOPMENT_PARTS
_EPITHETS = frozenset(
    {
        "occupier",
        "occupiers",
        "invader",
        "invaders",
        "aggressor",
        "enemy",
        "they",
        "them",
        "terrorist",
        "terrorists",
    }
)
_MEASURES = re.compile(r"\bsanction|\bdesignat|visa restriction|export control|\bimpos", re.I)
_SAID = re.compile(r"\b(?:said|says|stated|noted|emphasi[sz]ed|stressed)\b")
_SPOKEN = re.compile(r"^(?:speech|address|remarks|interview|statement|joint statement)\b", re.I)


def register(url: str, title: str | None, outlet: str | None = None) -> str:
    """The register of a gold document (round 26): an official ``post`` (the @StateDept
    account), a ``release`` (State Department and White House statements, readouts, fact
    sheets), a ``speech`` (a Kremlin or President of Ukraine transcript: a speech, an
    address, remarks, an interview) or a ``news story`` (those sites' third-person news items:
    "The President noted ...", meetings and calls told by the press service), the nearest
    the development parts come to the news register of a blind part of news stories.
    Round 27: a Voice of America text (by its outlet, whatever host it was read on) is a
    ``wire story``, the register of ``blind23`` (development since round 27) and the later
    blind parts.

    >>> register("https://twitter.com/StateDept/status/1", None)
    'post'
    >>> register("http://en.kremlin.ru/events/president/news/1", "Address by the President")
    'speech'
    >>> register("https://www.president.gov.ua/en/news/1", "Telephone conversation with ...")
    'news story'
    >>> register("https://www.state.gov/x/", "Russia's war")
    'release'
    >>> register("https://www.51voa.com/x.html", "Iran accuses ...", "Voice of America")
    'wire story'
    """
    if outlet and "Voice of America" in outlet:
        return "wire story"
    if "twitter.com/" in url or "x.com/" in url:
        return "post"
    if "kremlin.ru" in url or "president.gov.ua" in url:
        return "speech" if _SPOKEN.match(title or "") else "news story"
    return "release"


#: :func:`stage`'s classes, in the order it tries them.
STAGES = (
    "sentence split differently",
    "no claim extracted",
    "dropped at resolution",
    "another claimer",
    "another stance",
    "in no allegation",
    "taken",
)


def stage(
    document: DocumentGraph,
    extraction: Extraction,
    item: GoldClaim,
    grouped: set[str],
    taken: set[str],
) -> str:
    """Why an unaligned gold claim is unaligned, one stage back from :func:`topics._why`:
    no sentence of the document is the gold one (``same_sentence``: the splitters
    differ); the extractor made no claim in it; it made one and resolution dropped every
    one; the resolved claims have another claimer, or the right one with another stance;
    the right claim is in no corpus allegation (``"in no allegation: <stance>"``); or it is
    aligned with another gold claim of the sentence (``taken``)."""
    at = {i for i, span in enumerate(document.sentences) if same_sentence(item.sentence, span.text)}
    if not at:
        return STAGES[0]
    if not any(claim.sentence in at for claim in extraction.claims):
        return STAGES[1]
    here = [claim for claim in document.claims if claim.claim.sentence in at]
    if not here:
        return STAGES[2]
    actors = {actor.id: actor for actor in document.actors}

    def names(claimer: str) -> tuple[str, ...]:
        actor = actors.get(claimer)
        return (actor.name, *actor.aliases) if actor else (claimer,)

    mine = [c for c in here if claimer_matches(names(c.claimer), item.claimer)]
    if not mine:
        return STAGES[3]
    fitting = [c for c in mine if compatible(item.stance, c.claim.stance.value)]
    if not fitting:
        return STAGES[4]
    if not any(c.id in grouped for c in fitting):
        stances = "+".join(sorted({c.claim.stance.value for c in fitting}))
        return f"{STAGES[5]}: {stances}"
    return STAGES[6]


def construction(sentence: str, doc: object) -> str:
    """The construction class of a sentence with no claim (see the module)."""
    if sentence.rstrip().endswith("?"):
        return "question"
    if _MEASURES.search(sentence):
        return "sanctions/designation/measure"
    if sentence[:1] in "\"“‘'" or _SAID.search(sentence):
        return "quoted/reported official"
    root = next(t for t in doc if t.dep_ == "ROOT")  # type: ignore[attr-defined]
    if root.pos_ not in ("VERB", "AUX"):
        return "fragment/verbless"
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    if not subjects:
        return "no subject"
    words = {t.lower_ for t in subjects[0].subtree}
    if subjects[0].lower_ in ("we", "i", "you") or "our" in words:
        return "own side as subject"
    if words & _EPITHETS:
        return "enemy epithet or pronoun as doer"
    if subjects[0].lower_ in ("this", "that", "it", "these", "what") or root.lemma_ == "be":
        return "evaluation/copula"
    if any(t.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") for t in subjects[0].subtree):
        return "named actor as subject"
    return "other"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cache", type=Path, required=True, help="run.py's parsed corpus")
    parser.add_argument("--list", action="store_true", help="list each unaligned gold claim")
    parser.add_argument(
        "--stages", action="store_true", help="the classes one stage back (stage()) only"
    )
    args = parser.parse_args(argv)
    with args.cache.open("rb") as file:
        found: list[Extraction] = pickle.load(file)
    documents = list(resolve_all(found, ActorRegistry()))
    merge = corpus_allegations(documents)
    _, gold = load_gold(Path(__file__).parent)
    system = system_claims(documents, merge)
    grouped = {claim.id for claim in system}
    by_url = {(d.article.url or d.article.id): d for d in documents}
    if args.stages:
        extracted = {e.article.id: e for e in found}
        for part in PARTS:
            items = [item for item in gold if item.part == part]
            aligned = align(items, system)
            taken_here = {claim.id for claim in aligned.values()}
            stages: Counter[str] = Counter(
                stage(by_url[i.doc], extracted[by_url[i.doc].article.id], i, grouped, taken_here)
                for i in items
                if i.key not in aligned and i.doc in by_url
            )
            print(f"## {part}: {len(items)} gold, {len(aligned)} aligned, {dict(stages)}")
        return 0
    no_claim: list[tuple[str, str, str, str]] = []
    by_register: Counter[tuple[str, str]] = Counter()
    for part in PARTS:
        items = [item for item in gold if item.part == part]
        aligned = align(items, system)
        taken = {claim.id for claim in aligned.values()}
        why: Counter[str] = Counter()
        registers: Counter[tuple[str, str]] = Counter()
        for item in items:
            document = by_url.get(item.doc)
            if item.key in aligned or document is None:
                continue
            reason = _why(document, item, grouped, taken)
            why[reason] += 1
            kind = register(item.doc, document.article.title, document.article.outlet)
            registers[(kind, reason)] += 1
            by_register[(kind, reason)] += 1
            outlet = document.article.outlet or "-"
            if reason == "no-claim":
                no_claim.append((part, outlet, kind, item.sentence))
            if args.list:
                here = [
                    c
                    for c in document.claims
                    if 0 <= c.claim.sentence < len(document.sentences)
                    and same_sentence(item.sentence, document.sentences[c.claim.sentence].text)
                ]
                made = "; ".join(f"{c.claimer}/{c.claim.stance.value}/{c.claim.rule}" for c in here)
                print(f"{part}\t{reason}\t{kind}\t{outlet}\t{item.stance}\t{item.sentence}\t{made}")
        print(f"## {part}: {len(items)} gold, {len(aligned)} aligned, {dict(why)}")
        print(f"   by register: {dict(sorted(registers.items()))}")
    for (kind, reason), count in sorted(by_register.items()):
        print(f"register\t{kind}\t{reason}\t{count}")
    from kg.nlp import load_pipeline

    nlp = load_pipeline()
    classes: Counter[tuple[str, str]] = Counter()
    for part, outlet, where, sentence in no_claim:
        kind = construction(sentence, nlp(sentence))
        classes[(kind, part)] += 1
        classes[(kind, outlet)] += 1
        classes[(kind, f"register:{where}")] += 1
        classes[(kind, "all")] += 1
    for (kind, where), count in sorted(classes.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"{kind}\t{where}\t{count}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
