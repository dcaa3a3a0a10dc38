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

from kg.model import AllegationSummary
from kg.resolve.propositions import _features

#: The terms' document frequencies and their total the merge reads instead of the corpus's
#: own (``None``: the corpus's own, measured on the stating allegations being merged).
FIXED: tuple[Mapping[str, int], int] | None = None


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
    and their total: measured on them, or read from :data:`FIXED` (a term the table lacks
    counts once, as a term of one allegation does).

    >>> from kg.model import AllegationSummary
    >>> def item(id, terms):
    ...     return AllegationSummary(id, id, None, None, id, ("x",), ("x",), (), terms, False, ())
    >>> items = [item("a", ("loot", "bucha")), item("b", ("loot", "shell"))]
    >>> frequencies(items, [0, 1])
    (Counter({'loot': 2, 'bucha': 1, 'shell': 1}), 2)
    """
    if FIXED is None:
        return measured(_features(items[i]) for i in stating)
    table, total = FIXED
    frequency: Counter[str] = Counter()
    for i in stating:
        for term in _features(items[i]):
            if term not in frequency:
                frequency[term] = table.get(term, 1)
    return frequency, total
