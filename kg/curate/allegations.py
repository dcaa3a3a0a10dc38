"""Allegation corrections: merge two allegations, split a claim out of one.

Both are anchored on claims, not on allegation ids: "the allegation of claim X is that of
claim Y" (merge) and "claim X has an allegation of its own" (split).  Claim ids are stable
(see :mod:`kg.curate`), allegation ids are not: they are minted from the position of a
member claim, and change when a claim correction regroups a document.

Today allegations are per document (:mod:`kg.resolve.allegations`), so
:func:`correct_allegations` works on one document's allegations; a merge of claims from
two documents is left to corpus-level allegations (reported until then).

>>> from kg.model import Allegation
>>> groups = (Allegation("d-a1", "x", ("ru",), ("c1", "c2")), Allegation("d-a9", "y", (), ("c3",)))
>>> merged, member = correct_allegations(groups, [("c3", "c1")], [], new=lambda c: None)
>>> [(a.id, a.claims) for a in merged], member["c3"]
([('d-a1', ('c1', 'c2', 'c3'))], 'd-a1')
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from kg.model import Allegation


def correct_allegations(
    allegations: Sequence[Allegation],
    merges: Iterable[tuple[str, str]],
    splits: Iterable[str],
    new: Callable[[str], Allegation | None],
) -> tuple[tuple[Allegation, ...], dict[str, str]]:
    """``allegations`` with the claims of each ``merges`` pair ``(x, y)`` in one allegation
    (x's joins y's) and each claim of ``splits`` moved to an allegation of its own, made
    by ``new(claim id)`` (``None``: the claim is in no allegation).  Returns the
    allegations in their first claim's order and, per claim id, its allegation id.

    An allegation keeps its id while it keeps its first claim; one made by a split takes
    the id ``new`` gives it.
    """
    groups: dict[str, list[str]] = {a.id: list(a.claims) for a in allegations}
    by_id = {a.id: a for a in allegations}
    order = [a.id for a in allegations]
    member = {claim: a.id for a in allegations for claim in a.claims}
    for claim, other in merges:
        source, target = member.get(claim), member.get(other)
        if target is None:
            continue
        if source is None:  # a claim grouped nowhere (an assertion) joins the allegation
            groups[target].append(claim)
        elif source != target:
            groups[target] += [c for c in groups.pop(source) if c not in groups[target]]
            joined = by_id[target]
            accused = tuple(sorted(set(joined.accused) | set(by_id[source].accused)))
            by_id[target] = Allegation(joined.id, joined.summary, accused, joined.claims)
            order.remove(source)
        for moved in groups[target]:
            member[moved] = target
    for claim in splits:
        source = member.pop(claim, None)
        if source is not None:
            groups[source].remove(claim)
        made = new(claim)
        if made is not None:
            by_id[made.id], groups[made.id] = made, [claim]
            member[claim] = made.id
            if made.id not in order:
                order.append(made.id)
    kept = [i for i in order if groups.get(i)]
    result = tuple(
        Allegation(i, by_id[i].summary, by_id[i].accused, tuple(groups[i])) for i in kept
    )
    return result, {claim: a.id for a in result for claim in a.claims}
