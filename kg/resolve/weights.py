"""How often the corpus merge's terms occur: the statistics its term weights are read from.

The corpus merge (:mod:`kg.resolve.corpus`) weighs a proposition's terms by their IDF over
the stating allegations (:data:`~kg.resolve.corpus.IDF_POWER`), calls an act term
distinctive when few allegations hold it (:data:`~kg.resolve.blocking.ACT_SHARE`,
:data:`~kg.resolve.blocking.CLASS_SHARE`, :data:`~kg.resolve.corpus.GROUPS_ACT_SHARE`), and
the late paraphrase join (:mod:`kg.resolve.paraphrases`) finds candidates by rare terms and
compares TF-IDF vectors.  Measured on the corpus being merged, every one of these figures
moves when allegations are added anywhere: round 23's ``post_voice`` (issue 13) added 40
allegations of official posts, and groups of other accused, in documents with no post in
them, formed otherwise.  :func:`frequencies` is the one place they are read, so that they
can come from a fixed table instead (:data:`FIXED`) and a join between two allegations
depends on the two and their groups, not on the rest of the corpus.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from importlib import resources

from kg.model import AllegationSummary
from kg.resolve.propositions import _features

#: Read the terms' frequencies from the shipped table, ``kg/data/merge_terms.tsv`` (each term
#: of the corpus's stating allegations with the number holding it, and their total, as
#: ``scripts/merge_terms.py`` counted them on the dispute corpus), not from the corpus being
#: merged: a term's weight, and whether an act is distinctive, no longer move when
#: allegations are added elsewhere.  A term the table lacks (new words) is counted on the
#: corpus being merged.  Round 24 (merge24, issue 13): ``benchmarks/allegations/RESULTS.md``.
TABLE = True
#: The frequencies and total to read instead of the table's (tests, benchmarks); ``None``:
#: the table's when :data:`TABLE`, else the corpus's own.
FIXED: tuple[Mapping[str, int], int] | None = None


@lru_cache(maxsize=1)
def table() -> tuple[dict[str, int], int]:
    """The shipped term table: term -> the number of allegations holding it, and the
    number of allegations counted (the ``# total`` line)."""
    source = resources.files("kg").joinpath("data", "merge_terms.tsv")
    counts: dict[str, int] = {}
    total = 0
    for line in source.read_text(encoding="utf-8").splitlines():
        if line.startswith("# total\t"):
            total = int(line.split("\t")[1])
        elif line and not line.startswith("#"):
            term, count = line.split("\t")
            counts[term] = int(count)
    return counts, total


def fixed() -> tuple[Mapping[str, int], int] | None:
    """The frequencies the merge reads instead of the corpus's (:data:`FIXED`, else the
    table when :data:`TABLE`), or ``None``."""
    if FIXED is not None:
        return FIXED
    return table() if TABLE else None


def measured(terms: Iterable[frozenset[str]]) -> tuple[Counter[str], int]:
    """How many of the term sets hold each term, and how many sets there are."""
    frequency: Counter[str] = Counter()
    total = 0
    for found in terms:
        frequency.update(found)
        total += 1
    return frequency, total


def frequencies(
    items: Sequence[AllegationSummary], stating: Sequence[int]
) -> tuple[Counter[str], int]:
    """Each term of the ``stating`` allegations with the number of allegations holding it,
    and their total: measured on them, or read from :func:`fixed` (a term it lacks is
    counted on them, at most the total).

    >>> from kg.model import AllegationSummary
    >>> from kg.resolve import weights
    >>> def item(id, terms):
    ...     return AllegationSummary(id, id, None, None, id, ("x",), ("x",), (), terms, False, ())
    >>> items = [item("a", ("loot", "bucha")), item("b", ("loot", "shell"))]
    >>> def counted():
    ...     frequency, total = frequencies(items, [0, 1])
    ...     return [frequency[t] for t in ("bucha", "loot", "shell")], total
    >>> weights.FIXED = ({"loot": 40, "shell": 300}, 1000)
    >>> counted()
    ([1, 40, 300], 1000)
    >>> weights.FIXED, weights.TABLE = None, False
    >>> counted()
    ([1, 2, 1], 2)
    >>> weights.TABLE = True
    """
    frequency, total = measured(_features(items[i]) for i in stating)
    known = fixed()
    if known is None:
        return frequency, total
    table_counts, table_total = known
    for term in frequency:
        held = table_counts.get(term)
        frequency[term] = held if held is not None else min(frequency[term], table_total)
    return frequency, table_total
