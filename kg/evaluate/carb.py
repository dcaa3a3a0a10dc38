r"""CaRB's default open-IE scorer, and its tab-separated tuple format.

CaRB (Bhardwaj, Aggarwal and Mausam, "CaRB: A Crowdsourced Benchmark for Open IE",
EMNLP 2019) scores n-ary tuples ``(arg1, relation, arg2, arg3, ...)`` against crowd-sourced
gold tuples.  This module re-implements its default scorer (``carb.py`` with
``Matcher.binary_linient_tuple_match``) so that numbers are comparable with published ones:

* **sentences** are matched after removing spaces and punctuation (:func:`sentence_key`);
  system sentences without gold are ignored, gold sentences without output count as missed;
* **binarised tuples**: ``(arg1, relation, arg2 + " " + arg3 + ...)``, for gold and system;
* **lenient word matching** (:func:`match`): words are whitespace tokens, case-sensitive,
  matched as multisets part by part (relation with relation, arg1 with arg1, arg2 with arg2);
  a pair scores nothing unless the relations share a word, where a system "be" also
  matches any form of "be" in the gold relation; nothing either if the gold tuple has two
  arguments and the system tuple fewer.  Precision is shared words over the system's words,
  recall shared words over the gold's words, summed over the parts;
* **said-type swap**: when the gold relation contains "said", "told", "added", "adds" or
  "says", the system's arguments may also be read the other way round; the better
  (precision first, then recall) of the two readings counts;
* for every **confidence threshold** (each distinct system confidence), with the system
  tuples at or above it: recall sums, per gold tuple, its best recall over the system
  tuples; precision matches gold and system tuples one-to-one, greedily by best precision,
  and divides by the number of system tuples;
* reported: precision, recall and F1 at the threshold with the best F1, and the **area
  under the precision-recall curve** (trapezoids) with the point (recall 0, precision 1)
  added.

Where CaRB's code has quirks, they are kept (the substring test for said-type relations,
the extra arguments of a system tuple beyond the gold's not counting against precision)
so that scores match the reference implementation.  One difference: when two differently
written gold sentences have the same key, CaRB keeps the tuples of the last one only, this
module those of both (the dev split has no such pair).

The tuple format: gold lines are ``sentence TAB relation TAB arg1 TAB arg2 ...``, system
lines ``sentence TAB confidence TAB relation TAB arg1 TAB arg2 ...``.

>>> gold = parse_gold("Obama was born in Hawaii .\tborn in\tObama\tHawaii\n")
>>> system = parse_system("Obama was born in Hawaii .\t0.9\twas born in\tObama\tHawaii\n")
>>> result = score(gold, system)
>>> round(result.precision, 3), round(result.recall, 3), round(result.f1, 3)
(0.8, 1.0, 0.889)
>>> round(result.auc, 3)
0.9
"""

from __future__ import annotations

import re
import string
from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

from kg.files import write_atomic
from kg.model import Relation

#: Forms of "be" a system relation "be" matches in a gold relation.
BE_FORMS = ("be", "is", "am", "are", "was", "were", "been", "being")
#: Gold relations containing one of these (as a substring, as in CaRB) allow the swap.
SAID_TYPE = ("said", "told", "added", "adds", "says")
#: Penn Treebank bracket escapes, undone before sentences are compared.
PTB_ESCAPES = (
    ("(", "-LRB-"),
    (")", "-RRB-"),
    ("[", "-LSB-"),
    ("]", "-RSB-"),
    ("{", "-LCB-"),
    ("}", "-RCB-"),
)
_PUNCTUATION = re.compile(f"[{re.escape(string.punctuation)}]")


@dataclass(frozen=True)
class OpenTuple:
    """One open-IE tuple: ``arguments[0]`` *relation* ``arguments[1]`` ``arguments[2:]``."""

    sentence: str
    relation: str
    arguments: tuple[str, ...]
    confidence: float = 1.0


@dataclass(frozen=True)
class CurvePoint:
    """Precision and recall with the system tuples at or above ``threshold``."""

    threshold: float
    precision: float
    recall: float

    @property
    def f1(self) -> float:
        return f1_score(self.precision, self.recall)


@dataclass(frozen=True)
class Score:
    """CaRB's summary: the best-F1 point of the curve and the area under it."""

    precision: float
    recall: float
    f1: float
    auc: float
    threshold: float | None  # the confidence threshold of the best F1; None without output
    curve: tuple[CurvePoint, ...]  # by ascending threshold


# --- the tab-separated format ---------------------------------------------------------


def parse_gold(text: str) -> list[OpenTuple]:
    """Gold tuples from ``sentence TAB relation TAB arg1 TAB arg2 ...`` lines.

    >>> parse_gold("A cat sat .\\tsat\\tA cat\\n")[0].arguments
    ('A cat',)
    """
    tuples = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        fields = line.strip().split("\t")
        if len(fields) < 2:
            raise ValueError(f"gold line {number}: expected sentence TAB relation, got {line!r}")
        sentence, relation, *arguments = (f.strip() for f in fields)
        tuples.append(OpenTuple(sentence, relation, tuple(arguments)))
    return tuples


def parse_system(text: str) -> list[OpenTuple]:
    """System tuples from ``sentence TAB confidence TAB relation TAB arg1 ...`` lines.

    >>> parse_system("A cat sat .\\t0.5\\tsat\\tA cat\\n")[0].confidence
    0.5
    """
    tuples = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        fields = line.strip().split("\t")
        try:
            sentence, confidence, relation, *arguments = fields
            value = float(confidence)
        except ValueError:
            raise ValueError(
                f"system line {number}: expected sentence TAB confidence TAB relation ..., "
                f"got {line!r}"
            ) from None
        tuples.append(OpenTuple(sentence.strip(), relation.strip(), tuple(arguments), value))
    return tuples


def format_system(tuples: Iterable[OpenTuple]) -> str:
    """System tuples as CaRB's tab-separated lines (tabs and newlines inside become spaces).

    >>> format_system([OpenTuple("A cat sat .", "sat", ("A cat", "on a mat"), 0.75)])
    'A cat sat .\\t0.75\\tsat\\tA cat\\ton a mat\\n'
    """
    lines = []
    for item in tuples:
        fields = [item.sentence, f"{item.confidence:g}", item.relation, *item.arguments]
        lines.append("\t".join(" ".join(f.split()) for f in fields))
    return "".join(f"{line}\n" for line in lines)


def read_gold(path: Path) -> list[OpenTuple]:
    """Gold tuples from a file; a malformed line raises ``ValueError`` naming the file."""
    try:
        return parse_gold(path.read_text(encoding="utf-8"))
    except ValueError as error:
        raise ValueError(f"{path}: {error}") from None


def read_system(path: Path) -> list[OpenTuple]:
    """System tuples from a file; a malformed line raises ``ValueError`` naming the file."""
    try:
        return parse_system(path.read_text(encoding="utf-8"))
    except ValueError as error:
        raise ValueError(f"{path}: {error}") from None


def write_system(path: Path, tuples: Iterable[OpenTuple]) -> None:
    """Write system tuples in CaRB's format, atomically."""
    write_atomic(path, format_system(tuples).encode("utf-8"))


# --- matching -------------------------------------------------------------------------


def sentence_key(sentence: str) -> str:
    """The sentence as CaRB compares it: no spaces, PTB brackets undone, no punctuation.

    >>> sentence_key("He said -LRB- loudly -RRB- : `` no . ''")
    'Hesaidloudlyno'
    """
    text = sentence.replace(" ", "")
    for bracket, escape in PTB_ESCAPES:
        text = text.replace(escape, bracket)
    return _PUNCTUATION.sub("", text)


def binarised(arguments: Sequence[str]) -> tuple[str, ...]:
    """``(arg1, arg2 arg3 ...)``: CaRB's default scorer sees every tuple as binary.

    >>> binarised(("Hezbollah", "a raid", "into Israel", "in 2006"))
    ('Hezbollah', 'a raid into Israel in 2006')
    """
    if len(arguments) < 2:
        return tuple(arguments)
    return (arguments[0], " ".join(arguments[1:]))


def _shared_words(gold_words: list[str], system_words: list[str]) -> int:
    """Multiset overlap; matched system words are used up (``system_words`` shrinks)."""
    shared = 0
    for word in gold_words:
        if word in system_words:
            shared += 1
            system_words.remove(word)
    return shared


def _lenient(
    gold_relation: str,
    gold_arguments: Sequence[str],
    system_relation: str,
    system_arguments: Sequence[str],
) -> tuple[float, float]:
    system_words = system_relation.split()
    gold_words = gold_relation.split()
    system_total, gold_total = len(system_words), len(gold_words)
    shared = _shared_words(gold_words, system_words)
    if "be" in system_words and any(form in gold_words for form in BE_FORMS):
        shared += 1
        system_words.remove("be")
    if shared == 0:
        return (0.0, 0.0)  # the relations must share a word
    system_shared = gold_shared = shared
    for index, gold_argument in enumerate(gold_arguments):
        gold_words = gold_argument.split()
        gold_total += len(gold_words)
        if index >= len(system_arguments):
            if index < 2:
                return (0.0, 0.0)  # a missing first or second argument
            continue
        system_words = system_arguments[index].split()
        system_total += len(system_words)
        shared = _shared_words(gold_words, system_words)
        system_shared += shared
        gold_shared += shared
    precision = system_shared / system_total if system_total else 0.0
    recall = gold_shared / gold_total if gold_total else 0.0
    return (precision, recall)


def match(gold: OpenTuple, system: OpenTuple) -> tuple[float, float]:
    """(precision, recall) of ``system`` against ``gold``, CaRB's lenient binary match.

    >>> gold = OpenTuple("", "is adapted to", ("the cliffdweller", "limestone soils"))
    >>> system = OpenTuple("", "adapted to", ("the cliffdweller", "the limestone soils"))
    >>> [round(value, 3) for value in match(gold, system)]  # 6 of 7 words, both ways
    [0.857, 0.857]
    >>> match(gold, OpenTuple("", "grows in", ("the cliffdweller", "limestone soils")))
    (0.0, 0.0)
    """
    gold_arguments = binarised(gold.arguments)
    system_arguments = binarised(system.arguments)
    straight = _lenient(gold.relation, gold_arguments, system.relation, system_arguments)
    if not any(verb in gold.relation for verb in SAID_TYPE):
        return straight
    swapped = tuple(reversed(system_arguments)) if len(system_arguments) >= 2 else ()
    if not swapped:
        return straight
    return max(straight, _lenient(gold.relation, gold_arguments, system.relation, swapped))


# --- the curve ------------------------------------------------------------------------


def f1_score(precision: float, recall: float) -> float:
    """The harmonic mean, 0 when both are 0."""
    total = precision + recall
    return 2 * precision * recall / total if total else 0.0


def by_sentence(tuples: Iterable[OpenTuple]) -> dict[str, list[OpenTuple]]:
    """Tuples grouped by :func:`sentence_key`, in input order."""
    groups: dict[str, list[OpenTuple]] = {}
    for item in tuples:
        groups.setdefault(sentence_key(item.sentence), []).append(item)
    return groups


def _greedy_precision(scores: list[list[tuple[float, float]]], columns: list[int]) -> float:
    """Sum of precisions of a one-to-one matching, picked greedily by best precision.

    As in CaRB, as many pairs as the smaller side has are matched, pairs of precision
    zero included; ties go to the first gold tuple, then the first system tuple.
    """
    used_rows: set[int] = set()
    used_columns: set[int] = set()
    total = 0.0
    for _ in range(min(len(scores), len(columns))):
        best, best_row, best_column = -1.0, -1, -1
        for row, values in enumerate(scores):
            if row in used_rows:
                continue
            for column in columns:
                if column not in used_columns and values[column][0] > best:
                    best, best_row, best_column = values[column][0], row, column
        used_rows.add(best_row)
        used_columns.add(best_column)
        total += best
    return total


def score(gold: Iterable[OpenTuple], system: Iterable[OpenTuple]) -> Score:
    """CaRB's precision, recall and F1 at the best threshold, and the area under the curve.

    >>> gold = parse_gold("S .\\tsaw\\tKim\\tLee\\nS .\\tmet\\tKim\\tAl\\n")
    >>> system = parse_system("S .\\t0.9\\tsaw\\tKim\\tLee\\nS .\\t0.2\\tate\\tKim\\tfish\\n")
    >>> result = score(gold, system)
    >>> result.precision, result.recall, result.threshold
    (1.0, 0.5, 0.9)
    """
    gold_groups = by_sentence(gold)
    system_groups = by_sentence(system)
    thresholds = sorted({item.confidence for items in system_groups.values() for item in items})
    size = len(thresholds)
    precision_sum, precision_count = [0.0] * size, [0] * size
    recall_sum, recall_count = [0.0] * size, [0] * size
    for key, gold_tuples in gold_groups.items():
        found = system_groups.get(key, [])
        scores = [[match(g, s) for s in found] for g in gold_tuples]
        done = 0  # thresholds below this index are accounted for
        for confidence in sorted({s.confidence for s in found}):
            upto = bisect_left(thresholds, confidence) + 1
            columns = [j for j, s in enumerate(found) if s.confidence >= confidence]
            recall = sum(max(row[j][1] for j in columns) for row in scores)
            precision = _greedy_precision(scores, columns)
            for index in range(done, upto):
                precision_sum[index] += precision
                precision_count[index] += len(columns)
                recall_sum[index] += recall
                recall_count[index] += len(gold_tuples)
            done = upto
        for index in range(done, size):  # above this sentence's best confidence: all missed
            recall_count[index] += len(gold_tuples)
    curve = tuple(
        CurvePoint(
            threshold,
            precision_sum[i] / precision_count[i] if precision_count[i] else 1.0,
            recall_sum[i] / recall_count[i] if recall_count[i] else 0.0,
        )
        for i, threshold in enumerate(thresholds)
    )
    if not curve:
        return Score(0.0, 0.0, 0.0, 0.0, None, ())
    best = max(curve, key=lambda point: point.f1)  # the first of equal F1s, as numpy.argmax
    auc = area_under_curve(curve)
    return Score(best.precision, best.recall, best.f1, auc, best.threshold, curve)


def area_under_curve(curve: Sequence[CurvePoint]) -> float:
    """Trapezoidal area under precision over recall, with (recall 0, precision 1) added.

    >>> area_under_curve([CurvePoint(0.5, 0.5, 1.0)])
    0.75
    """
    points = [(p.recall, p.precision) for p in curve] + [(0.0, 1.0)]
    area = sum((x2 - x1) * (y1 + y2) / 2 for (x1, y1), (x2, y2) in pairwise(points))
    return abs(area)


def score_by_sentence(
    gold: Mapping[str, Sequence[OpenTuple]], system: Mapping[str, Sequence[OpenTuple]]
) -> dict[str, tuple[float, float]]:
    """Per gold sentence key, (best recall summed over gold tuples, gold tuple count) with all
    system tuples: for error analysis, not part of CaRB's metric."""
    result = {}
    for key, gold_tuples in gold.items():
        found = system.get(key, [])
        recall = sum(max((match(g, s)[1] for s in found), default=0.0) for g in gold_tuples)
        result[key] = (recall, float(len(gold_tuples)))
    return result


# --- the project's relations as CaRB tuples -------------------------------------------


def relation_tuple(relation: Relation, sentence: str) -> OpenTuple | None:
    """A :class:`~kg.model.Relation` in the sentence's own voice, as CaRB expects it.

    The relation is the verb group as written (:attr:`~kg.model.Relation.surface`:
    auxiliaries, negation, particles, a merged preposition), not the lemma; a passive
    whose agent was moved to the subject is put back ("the IRA | was charged by |
    Mueller"); an apposition's empty verb is "be".
    Without an object the first further argument is the second argument.  A relation
    left with one argument is no CaRB tuple (every gold tuple has two): None.

    >>> from kg.model import Span
    >>> r = Relation(Span(0, 6, "Russia"), "deny", Span(14, 18, "it"), 0, Span(7, 13, "denied"))
    >>> relation_tuple(r, "Russia denied it.")
    OpenTuple(sentence='Russia denied it.', relation='denied', arguments=('Russia', 'it'), \
confidence=1.0)
    """
    relation_text = relation.surface or relation.predicate_span.text or relation.predicate
    if relation.passive and not set(relation_text.split()) & set(BE_FORMS):
        relation_text = f"be {relation_text}"  # a reduced passive: "the IRA, charged by"
    subject, obj = relation.subject.text, relation.object.text if relation.object else None
    if relation.passive and not relation.predicate.startswith("be ") and obj is not None:
        subject, obj, relation_text = obj, subject, f"{relation_text} by"
    arguments = [subject]
    if obj is not None:
        arguments.append(obj)
    arguments.extend(a.text for a in relation.arguments)
    if len(arguments) < 2:
        return None
    return OpenTuple(sentence, relation_text, tuple(arguments), relation.confidence)
