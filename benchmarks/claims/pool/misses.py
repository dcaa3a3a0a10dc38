"""List the pool's sentences with a likely claim signal and no system claim, grouped by
construction (cue lemma + syntactic frame) and ranked by frequency.

    PYTHONPATH=. .venv/bin/python benchmarks/claims/pool/misses.py [--pool FILE] [--show N]

The pool is unlabelled (``voa_pool.jsonl``): this finds where to look, it scores nothing.
A sentence has a *signal* when a verb or noun of speech, accusation, denial, condemnation,
threat or refusal (``SIGNAL``, or any cue of ``kg/data/claim_cues.tsv``) has a subject or
possessor that names a party (an entity PERSON/ORG/GPE/NORP or an agent noun such as
"spokesman", "ministry"), or when it holds a quotation of four words or more.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

from spacy.tokens import Token

from kg.extract import extract
from kg.extract.cues import words
from kg.ingest import article_id, normalise_text
from kg.model import Article
from kg.nlp import load_pipeline
from kg.resolve import ActorRegistry, resolve

POOL = Path(__file__).with_name("voa_pool.jsonl")
GOLD = Path(__file__).parents[1] / "gold.jsonl"
DEVELOPMENT = frozenset({"dev", "test", "test2", "test3", "test4", "test5"})
CUES = Path(__file__).parents[3] / "kg" / "data" / "claim_cues.tsv"

SIGNAL = words(
    "say tell accuse charge blame deny reject dismiss condemn denounce criticize criticise "
    "warn threaten refuse call describe claim allege insist contend counter vow pledge "
    "promise demand urge protest complain label brand decry slam blast assail rebuff "
    "dispute contest disavow repudiate refute rebut acknowledge admit confirm announce "
    "declare assert maintain argue report quote cite suggest indicate believe suspect "
    "accusation allegation denial warning threat condemnation criticism complaint "
    "statement remark comment assertion rejection refusal ultimatum"
)
AGENTS = words(
    "official spokesman spokeswoman spokesperson ministry minister government president "
    "leader army military rebel agency commander authority council committee administration "
    "embassy ambassador envoy diplomat party court office department side regime media "
    "newspaper radio television station commission team panel force troops police "
    "coalition union league member lawmaker senator analyst director chief "
    "secretary premier king foreign state"
)
QUOTE = re.compile(r"[\"“]([^\"”]{12,})[\"”]")


def cue_lemmas() -> frozenset[str]:
    """The head words the cue lexicon already reads: a verb cue's verb, a stance noun, a
    predicate adjective and a verb+noun pattern's noun (not its light verb)."""
    lemmas = set()
    for line in CUES.read_text().splitlines():
        if not line or line.startswith("#"):
            continue
        words = line.split("\t")[2].split("(")[0].split("{")[0].split()
        if words[0] == "*" or (len(words) > 1 and words[1] == "*") or words[0] == "be":
            lemmas.add(words[-1])
        else:
            lemmas.add(words[0])
    return frozenset(lemmas)


def party(token: Token) -> bool:
    """Does this subject/possessor name a party?"""
    if token.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"}:
        return True
    if token.lemma_.lower() in AGENTS or token.lower_ in {"he", "she", "they", "it", "we", "i"}:
        return True
    return any(
        t.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"}
        for t in token.subtree
        if t.dep_ in {"compound", "amod", "poss", "nmod"}
    )


def frame(token: Token) -> str | None:
    """The construction a signal word is in, or None when no party holds it."""
    deps = {c.dep_ for c in token.children}
    if token.pos_ in {"VERB", "AUX"}:
        subj = [c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}]
        agent = [g for c in token.children if c.dep_ == "agent" for g in c.children]
        holder = subj + agent
        if not holder and token.dep_ in {"xcomp", "conj", "advcl"}:
            holder = [c for c in token.head.children if c.dep_ == "nsubj"]
            if holder:
                deps.add(f"<{token.dep_}")
        if not holder or not any(party(h) for h in holder):
            return None
        shape = ["V"]
        if "nsubjpass" in deps:
            shape.append("pass")
        for d in ("ccomp", "dobj", "xcomp", "dative", "oprd"):
            if d in deps:
                shape.append(d)
        preps = sorted(c.lower_ for c in token.children if c.dep_ in {"prep", "agent"})
        shape += [f"prep:{p}" for p in preps]
        shape += sorted(d for d in deps if d.startswith("<"))
        return "+".join(shape)
    if token.pos_ in {"NOUN", "PROPN"}:
        poss = [c for c in token.children if c.dep_ in {"poss", "compound", "amod"}]
        ofs = [
            g
            for c in token.children
            if c.dep_ == "prep" and c.lower_ in {"by", "from"}
            for g in c.children
        ]
        holder = poss + ofs
        if not holder or not any(party(h) for h in holder):
            return None
        role = token.dep_
        preps = sorted(c.lower_ for c in token.children if c.dep_ == "prep")
        return "+".join(
            ["N", f"as:{role}", f"under:{token.head.lemma_.lower()}"] + [f"prep:{p}" for p in preps]
        )
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pool", type=Path, default=POOL)
    parser.add_argument("--show", type=int, default=2, help="examples per construction")
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--json", type=Path, help="write every miss to this file")
    parser.add_argument(
        "--texts-of",
        default="",
        help="comma-separated DEVELOPMENT parts of gold.jsonl whose sentences to read as "
        "unlabelled text as well (their labels are not read): dev,test,test2,...,test5",
    )
    args = parser.parse_args(argv)
    known = cue_lemmas()
    stories = [json.loads(line) for line in args.pool.open()]
    for s in stories:
        s["start"] = 0
    parts = {p for p in args.texts_of.split(",") if p}
    if parts - DEVELOPMENT:
        parser.error(f"only development parts: {sorted(DEVELOPMENT)}")
    for line in GOLD.open():
        record = json.loads(line)
        if record.get("split") not in parts:
            continue
        text = record["text"]
        whole = f"{record['context']} {text}" if record.get("context") else text
        whole = normalise_text(whole)
        stories.append(
            {
                "url": record["id"],
                "title": record["source"].get("title", ""),
                "date": record["source"].get("date", ""),
                "publisher": record["source"].get("publisher", ""),
                "text": whole,
                "start": whole.rfind(normalise_text(text)),
            }
        )
    nlp = load_pipeline(None)
    texts = [normalise_text(s["text"]) for s in stories]
    n_sent = n_claimed = n_signal = 0
    groups: dict[str, list[str]] = defaultdict(list)
    misses = []
    for story, text, doc in zip(stories, texts, nlp.pipe(texts), strict=True):
        article = Article(
            id=article_id(story["url"]),
            text=text,
            source=story["url"],
            title=story["title"],
            url=story["url"],
            outlet=story["publisher"],
            published=story["date"],
        )
        graph = resolve(extract(doc, article), ActorRegistry())
        cue_starts = [r.claim.cue.start for r in graph.claims]
        for sent in doc.sents:
            if sent.end_char <= story["start"]:
                continue  # a gold item's context: only its own sentence counts
            n_sent += 1
            if any(sent.start_char <= c < sent.end_char for c in cue_starts):
                n_claimed += 1
                continue
            found = []
            for token in sent:
                lemma = token.lemma_.lower()
                if lemma in SIGNAL or (lemma in known and token.pos_ in {"VERB", "NOUN"}):
                    shape = frame(token)
                    if shape:
                        tag = "" if lemma in known else " [not a cue]"
                        found.append(f"{lemma} {shape}{tag}")
            if QUOTE.search(sent.text) and len(QUOTE.search(sent.text).group(1).split()) >= 4:
                found.append("QUOTE (quoted speech, no claim)")
            if found:
                n_signal += 1
                key = found[0]
                groups[key].append(sent.text.strip())
                misses.append(
                    {"url": story["url"], "sentence": sent.text.strip(), "constructions": found}
                )
    print(
        f"stories {len(stories)}, sentences {n_sent}, with a claim {n_claimed}, "
        f"signal and no claim {n_signal}\n"
    )
    print("| rank | count | construction (lemma + frame) | example |")
    print("|---|---|---|---|")
    ranked = sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    for rank, (key, sents) in enumerate(ranked[: args.top], 1):
        for i, s in enumerate(sents[: args.show]):
            print(
                f"| {rank if i == 0 else ''} | {len(sents) if i == 0 else ''} | "
                f"{key if i == 0 else ''} | {s[:160]} |"
            )
    lemma_counts = Counter(k.split()[0] for k, v in groups.items() for _ in v)
    print("\nby lemma:", ", ".join(f"{k} {n}" for k, n in lemma_counts.most_common(25)))
    if args.json:
        args.json.write_text(json.dumps(misses, indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
