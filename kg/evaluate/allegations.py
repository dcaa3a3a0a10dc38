"""Score the cross-document allegation merge against ``benchmarks/allegations/``.

The gold set (``benchmarks/allegations/GUIDE.md``) names, per allegation, the claims that
belong to it: the article's URL, the verbatim sentence, the claimer (with aliases) and the
stance.  The system's claims are those the build put in a corpus allegation
(:mod:`kg.resolve.corpus`).  Scoring, with small pure functions:

1. :func:`align` pairs gold and system claims one to one: the same document URL, the same
   sentence (after :func:`kg.ingest.normalise_text` and white space folding, or one
   containing the other: sentence splitters differ), a compatible stance (a denial with a
   denial; accusing, condemning, warning and asserting with each other) and the same
   claimer (:func:`claimer_matches` against the gold name and aliases);
2. each gold claim gets the system's allegation of its aligned claim, or a cluster of its
   own when none aligned (a claim the system did not put in any allegation is a miss);
3. :func:`pairwise` P/R/F1 over pairs of gold claims, and :func:`bcubed` P/R/F1 over gold
   claims, of that assignment against the gold allegations; pairs are also split into
   those within one document and those across documents (:func:`pair_split`).

>>> gold = {"g1": "a", "g2": "a", "g3": "b"}
>>> system = {"g1": "x", "g2": "x", "g3": "x"}
>>> round(pairwise(gold, system).precision, 3), pairwise(gold, system).recall
(0.333, 1.0)
>>> round(bcubed(gold, system).f1, 3)
0.714
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path
from typing import Any

from kg.evaluate.claims import normalise_name
from kg.ingest import normalise_text
from kg.model import DocumentGraph, Stance
from kg.resolve.corpus import CorpusMerge
from kg.resolve.names import same_person

#: Stances that answer an allegation by denying it; every other stance makes or backs it.
DENYING = frozenset({Stance.DENY.value})


# the parts whose misses and split pairs may be listed: scored once at the end of a round and
# no longer blind (``blind`` itself was never listed)
LISTED_PARTS = (
    "dev",
    "blind2",
    "blind3",
    "blind4",
    "blind5",
    "blind6",
    "blind7",
    "blind8",
    "blind9",
    "blind10",
    "blind11",
    "blind12",
    "blind13",
    "blind14",
    "blind15",
    "blind16",
    "blind17",
    "blind18",
    "blind19",
    "blind20",
    "blind21",
    "blind22",
    "blind23",
    "blind24",
    "blind25",
    "blind26",
    "blind27",
    "blind28",
    "blind29",
    "blind30",
    "blind31",
    "blind32",
    "blind33",
    "blind34",
    "blind35",
    "blind36",
    "blind37",
    "blind38",
    "blind39",
    "blind40",
    "blind41",
)
#: parts kept for the end of a round: scored only when named, never listed or compared
#: (``blind42``, round 44: the U.S. Mission to the UN's remarks, State Department statements,
#: White House and Department of Defense texts, VOA stories and a Dutch government news item on
#: the chemical weapons attacks in Syria of 2017 and 2018 and the fight over their investigation,
#: ``corpus/zzcvoa22.jsonl`` .. ``corpus/zzggovnl3.jsonl``, GUIDE.md "The blind42 part";
#: ``blind24`` .. ``blind41`` were scored once at the end of rounds 27 to 44 and are held out
#: since, but ``blind34``, development from round 38)
BLIND_PARTS = ("blind42",)
#: The parts whose errors may be read while developing; ``blind8`` .. ``blind12`` joined them
#: in round 22 (GUIDE.md, "Round 22: five held-out parts become development"), ``blind19``
#: (the posts' register) in round 23 (GUIDE.md, "Round 23: blind19 becomes development"),
#: ``blind23`` (VOA news stories, the only news-wire text) in round 27 (GUIDE.md, "Round 27:
#: blind23 becomes development"), ``blind34`` (VOA stories on China's cases against dissidents:
#: the story's own narration of a state's acts) in round 38 (GUIDE.md, "Round 38: blind34
#: becomes development").
DEVELOPMENT_PARTS = (
    "dev",
    *(f"blind{n}" for n in range(2, 13)),
    "blind19",
    "blind23",
    "blind34",
)
#: Scored for their numbers only: the estimate on allegations nobody tuned on.
HELD_OUT_PARTS = (
    "blind",
    *(f"blind{n}" for n in range(13, 19)),
    *(f"blind{n}" for n in range(20, 23)),
    "blind24",
    "blind25",
    "blind26",
    "blind27",
    "blind28",
    "blind29",
    "blind30",
    "blind31",
    "blind32",
    "blind33",
    "blind35",
    "blind36",
    "blind37",
    "blind38",
    "blind39",
    "blind40",
    "blind41",
)


@dataclass(frozen=True)
class Score:
    precision: float
    recall: float

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


@dataclass(frozen=True)
class GoldClaim:
    key: str  # "g<line number>"
    allegation: str
    doc: str  # the article's URL
    sentence: str
    claimer: tuple[str, ...]  # the name, then the aliases
    stance: str
    part: str


@dataclass(frozen=True)
class SystemClaim:
    id: str
    doc: str  # the article's URL (or its id, when it has none)
    sentence: str
    claimer: tuple[str, ...]  # the actor's name and aliases
    stance: str
    allegation: str  # the corpus allegation
    document_allegation: str  # the document's allegation it came from


def gold_claim(record: dict[str, Any], key: str, part: str) -> GoldClaim:
    """One line of the gold's format (``gold.jsonl``, or a second annotation of it)."""
    return GoldClaim(
        key=key,
        allegation=record["allegation"],
        doc=record["doc"],
        sentence=record["sentence"],
        claimer=(record["claimer"], *record.get("claimer_aliases", ())),
        stance=record["stance"],
        part=part,
    )


def load_gold(folder: Path) -> tuple[dict[str, dict[str, str]], list[GoldClaim]]:
    """The allegations (id -> record) and the gold claims of ``folder``."""
    allegations = {}
    for line in (folder / "allegations.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            allegations[record["id"]] = record
    claims = []
    lines = (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        record = json.loads(line)
        claims.append(
            gold_claim(
                record,
                f"g{number}",
                record.get("part") or allegations[record["allegation"]]["part"],
            )
        )
    return allegations, claims


def system_claims(documents: Iterable[DocumentGraph], merge: CorpusMerge) -> list[SystemClaim]:
    """Every claim the build put in a corpus allegation, with what alignment compares."""
    found = []
    for document in documents:
        actors = {actor.id: actor for actor in document.actors}
        doc = document.article.url or document.article.id
        for claim in document.claims:
            corpus = merge.of_claim.get(claim.id)
            if corpus is None:
                continue
            actor = actors.get(claim.claimer)
            names = (actor.name, *actor.aliases) if actor else (claim.claimer,)
            index = claim.claim.sentence
            in_range = 0 <= index < len(document.sentences)
            sentence = document.sentences[index].text if in_range else ""
            found.append(
                SystemClaim(
                    claim.id, doc, sentence, names, claim.claim.stance.value, corpus,
                    claim.allegation or "",
                )
            )  # fmt: skip
    return found


def _folded(text: str) -> str:
    return " ".join(normalise_text(text).split()).casefold()


def same_sentence(gold: str, system: str) -> bool:
    """The same sentence, or one holding the other (sentence splitters differ).

    >>> same_sentence("Russia denied it.", "  Russia  denied it.")
    True
    """
    a, b = _folded(gold), _folded(system)
    return bool(a and b) and (a == b or (len(b) > 20 and b in a) or (len(a) > 20 and a in b))


def compatible(gold_stance: str, system_stance: str) -> bool:
    """Both deny, or neither does."""
    return (gold_stance in DENYING) == (system_stance in DENYING)


#: Round 25 (posts25): a system name that differs from a gold name at most by middle
#: initials matches it (:func:`claimer_matches`).  False: the names as written only.
INITIALS = True


def claimer_matches(system: Sequence[str], gold: Sequence[str]) -> bool:
    """One of the system actor's names is a gold name or alias (after
    :func:`~kg.evaluate.claims.normalise_name`), or starts with one and goes on: the
    extractor's span ran past the name ("G7 Foreign Ministers of Canada, France ...").

    >>> claimer_matches(["G7 Foreign Ministers of Canada"], ["G7 Foreign Ministers"])
    True
    >>> claimer_matches(["Sophie Wilmès"], ["Antony J. Blinken", "Blinken"])
    False

    A full name that differs from a gold one at most by middle initials is that name, as
    the actor registry takes it (:func:`kg.resolve.names.same_person`, round 25,
    ``posts25``): an actor first seen as "Antony Blinken" is the gold's "Antony J.
    Blinken", but "George W. Bush" is not "George H. W. Bush".

    >>> claimer_matches(["Antony Blinken"], ["Antony J. Blinken", "@SecBlinken"])
    True
    >>> claimer_matches(["George W. Bush"], ["George H. W. Bush"])
    False
    """
    wanted = [normalise_name(name) for name in gold]
    for name in system:
        found = normalise_name(name)
        if any(found == w or (w and found.startswith(w + " ")) for w in wanted):
            return True
    return INITIALS and any(_initials_apart(name, other) for name in system for other in gold)


def _initials_apart(a: str, b: str) -> bool:
    """Two names of two to four words that are the same but for middle initials,
    one's set inside the other's ("Wendy R. Sherman", "Wendy Sherman")."""
    first, second = normalise_name(a).split(), normalise_name(b).split()
    if first == second or not (2 <= len(first) <= 4 and 2 <= len(second) <= 4):
        return False
    if [w for w in first[1:-1] if len(w) > 1] or [w for w in second[1:-1] if len(w) > 1]:
        return False  # a middle name, not an initial: "Hillary Rodham Clinton" stays as is
    if (first[0], first[-1]) != (second[0], second[-1]):
        return False
    return same_person(a, b)


def _claimer(system: SystemClaim, gold: GoldClaim) -> bool:
    return claimer_matches(system.claimer, gold.claimer)


def align(gold: Sequence[GoldClaim], system: Sequence[SystemClaim]) -> dict[str, SystemClaim]:
    """Gold key -> the system claim aligned with it, one to one, in gold order; among the
    candidates the one with the same stance first, then the first in text order."""
    by_doc: dict[str, list[SystemClaim]] = {}
    for claim in system:
        by_doc.setdefault(claim.doc, []).append(claim)
    used: set[str] = set()
    aligned = {}
    for item in gold:
        candidates = [
            claim
            for claim in by_doc.get(item.doc, ())
            if claim.id not in used
            and same_sentence(item.sentence, claim.sentence)
            and compatible(item.stance, claim.stance)
            and _claimer(claim, item)
        ]
        if candidates:
            best = min(candidates, key=lambda c: (c.stance != item.stance, c.id))
            used.add(best.id)
            aligned[item.key] = best
    return aligned


def pair_split(
    gold: Mapping[str, str], system: Mapping[str, str], keep: Callable[[str, str], bool]
) -> Score:
    """Pairwise precision and recall over the pairs of items that ``keep`` accepts."""
    both = same_gold = same_system = 0
    for a, b in combinations(sorted(gold), 2):
        if not keep(a, b):
            continue
        in_gold, in_system = gold[a] == gold[b], system[a] == system[b]
        same_gold += in_gold
        same_system += in_system
        both += in_gold and in_system
    return Score(both / same_system if same_system else 0.0, both / same_gold if same_gold else 0.0)


def pairwise(gold: Mapping[str, str], system: Mapping[str, str]) -> Score:
    """Pairwise precision and recall of the clustering ``system`` (item -> cluster) against
    ``gold``, over the same items."""
    return pair_split(gold, system, lambda a, b: True)


def bcubed(gold: Mapping[str, str], system: Mapping[str, str]) -> Score:
    """B-cubed precision and recall (Bagga and Baldwin 1998), averaged over the items."""
    gold_size = Counter(gold.values())
    system_size = Counter(system.values())
    both = Counter((gold[item], system[item]) for item in gold)
    if not gold:
        return Score(0.0, 0.0)
    precision = sum(both[gold[i], system[i]] / system_size[system[i]] for i in gold) / len(gold)
    recall = sum(both[gold[i], system[i]] / gold_size[gold[i]] for i in gold) / len(gold)
    return Score(precision, recall)


@dataclass(frozen=True)
class Report:
    """The scores of one part."""

    part: str
    allegations: int
    claims: int
    aligned: int
    scores: dict[str, dict[str, Score]]  # clustering -> measure -> score


def evaluate(gold: Sequence[GoldClaim], system: Sequence[SystemClaim], part: str) -> Report:
    """Score ``part`` of the gold set: the corpus allegations (``corpus``), the documents'
    allegations alone (``documents``: what the merge starts from), each over every gold
    claim (unaligned ones alone) and over the aligned ones only (``*, aligned``)."""
    items = [item for item in gold if item.part == part]
    aligned = align(items, system)
    truth = {item.key: item.allegation for item in items}
    where = {item.key: item.doc for item in items}
    scores: dict[str, dict[str, Score]] = {}
    for name, pick in (
        ("corpus", lambda c: c.allegation),
        ("documents", lambda c: c.document_allegation),
    ):
        assigned = {
            key: pick(aligned[key]) if key in aligned else f"unaligned:{key}" for key in truth
        }
        for suffix, keys in (("", list(truth)), (", aligned", sorted(aligned))):
            gold_part = {key: truth[key] for key in keys}
            system_part = {key: assigned[key] for key in keys}
            scores[name + suffix] = {
                "pairwise": pairwise(gold_part, system_part),
                "pairwise within documents": pair_split(
                    gold_part, system_part, lambda a, b: where[a] == where[b]
                ),
                "pairwise across documents": pair_split(
                    gold_part, system_part, lambda a, b: where[a] != where[b]
                ),
                "b-cubed": bcubed(gold_part, system_part),
            }
    return Report(part, len({i.allegation for i in items}), len(items), len(aligned), scores)


def format_report(report: Report) -> str:
    """A Markdown table of one part's scores."""
    lines = [
        f"### {report.part}: {report.allegations} allegations, {report.claims} gold claims, "
        f"{report.aligned} aligned with a claim in a corpus allegation",
        "",
        "| clustering | measure | P | R | F1 |",
        "|---|---|---|---|---|",
    ]
    for name, measures in report.scores.items():
        for measure, score in measures.items():
            lines.append(
                f"| {name} | {measure} | {score.precision:.2f} | {score.recall:.2f} "
                f"| {score.f1:.2f} |"
            )
    return "\n".join(lines)


def misses(gold: Sequence[GoldClaim], system: Sequence[SystemClaim], part: str) -> list[str]:
    """For tuning on ``dev`` (or ``blind2``..``blind10``, scored once and no longer blind) only:
    each gold claim left unaligned, and each aligned pair of one gold allegation the system
    split (or of two it joined)."""
    if part not in LISTED_PARTS:
        raise ValueError("errors are listed for the dev and blind2..blind41 parts only")
    items = [item for item in gold if item.part == part]
    aligned = align(items, system)
    found = [
        f"unaligned  {i.allegation}  {i.stance}  {i.claimer[0]}  "
        + " ".join(i.sentence.split())[:140]
        for i in items
        if i.key not in aligned
    ]
    by_gold: dict[str, list[GoldClaim]] = {}
    for item in items:
        if item.key in aligned:
            by_gold.setdefault(item.allegation, []).append(item)
    for allegation, members in sorted(by_gold.items()):
        clusters = Counter(aligned[m.key].allegation for m in members)
        found.append(f"split      {allegation}: {dict(clusters)}")
    joined: dict[str, set[str]] = {}
    for item in items:
        if item.key in aligned:
            joined.setdefault(aligned[item.key].allegation, set()).add(item.allegation)
    for corpus, allegations in sorted(joined.items()):
        if len(allegations) > 1:
            found.append(f"joined     {corpus}: {sorted(allegations)}")
    return found
