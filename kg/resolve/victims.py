"""A late join for the corpus merge (:mod:`kg.resolve.corpus`): the groups of one accused
that tell force against one kind of victim are one allegation.

Round 21 (issue 13) classed the development gold's split pairs of aligned claims by why the
merge keeps them apart (``benchmarks/allegations/splits.py``): almost all share the accused,
the window and whole propositions, and differ in their words ("773 educational institutions
... were destroyed", "Russian troops bombed universities", "They were hiding from shelling
in the building of a regular school"); the allegations they belong to are a kind of force
against a kind of victim (schools destroyed, hospitals struck, children killed), told as
counts, single strikes and summaries over months.  The words of two such reports share
little beyond the victim's kind, which is what the allegation is about.

So, after the pass, the answers and the paraphrase join: a group whose members mostly (at
least half, :data:`VICTIM_SHARE`) accuse of an act of force (an event class of the content
lexicon under :data:`FORCE`: assault, fight, mass violence; not an abduction, a deportation
or torture, which are allegations of their own) against one kind of victim
(``kg/data/victim_classes.tsv``: education, medical, children, culture, journalists) and
name no second kind has that kind as its *own victim*; the groups of one accused side with
one own victim join when one began at most :data:`VICTIM_DAYS` after the other was last
active.  A group that names two kinds ("schools and hospitals") or whose members mostly
tell something else (the war's killings, with a child among many) keeps to itself: the war's
wide groups against one accused never join by a victim a few of their members name.

The groups are read as the earlier joins left them, sorted by their first day; the result
does not depend on the order of the items.  The cost is one pass over the stating
allegations and a sort of the groups per (side, kind).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cache
from importlib import resources

from kg.model import AllegationSummary
from kg.resolve.allegations import MAKING
from kg.resolve.groups import _Groups
from kg.resolve.propositions import _CODE, _features

#: Whether groups join by their own victim (``False``: never).  On since round 22 (reopt22,
#: re-measured on the 1,714 texts with blind8..blind12 as development parts): blind4 +0.0055
#: B-cubed, no other part moves, development or held out (``benchmarks/allegations/
#: RESULTS.md``; round 21 read 2 of its 5 joins right and saw aligned precision drop on
#: blind7 and blind13).
VICTIM_JOIN = True
#: The event classes that count as force (CAMEO prefixes of the content lexicon's codes):
#: 180 (assault, "wounded"), 183, 185, 186 (bombings, assassinations), 190 and 193 .. 196
#: (fight: "attack", "destroy", "kill"), 20 (mass violence).  Not 181 (abduction), 182
#: (torture, rape) nor 184 (human shields): acts the gold keeps as allegations of their own;
#: nor 191 (blockade) and 192 (invasion, occupation): the war itself, not a strike.
FORCE = ("180", "183", "185", "186", "190", "193", "194", "195", "196", "20")
#: An allegation tells force against one kind of victim only when its proposition has at
#: most this many content terms (not actors, not event classes): a statement's long list
#: of the war's costs names children among ten other things ("the designation of these
#: senior defense leaders ... brutal ... casualties ... children").
VICTIM_TERMS = 10
#: A group's own victim is the kind at least this share of its members accuse force against.
VICTIM_SHARE = 0.5
#: Two groups of one own victim join when one began at most this many days after the
#: other was last active.
VICTIM_DAYS = 120


@cache
def victim_kinds() -> Mapping[str, str]:
    """``kg/data/victim_classes.tsv``: the merge term -> the kind of victim it names.

    >>> victim_kinds()["kindergarten"], victim_kinds()["hospital"]
    ('education', 'medical')
    """
    source = resources.files("kg").joinpath("data", "victim_classes.tsv")
    found = {}
    for line in source.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            term, kind = line.split("\t")[:2]
            found[term.strip()] = kind.strip()
    return found


def force(terms: frozenset[str]) -> bool:
    """Whether the terms hold an act of force (an event class under :data:`FORCE`).

    >>> force(frozenset({"~190", "attack"})), force(frozenset({"~174", "deport"}))
    (True, False)
    """
    return any(t.startswith(_CODE) and t[1:].startswith(FORCE) for t in terms)


def victims(terms: frozenset[str]) -> frozenset[str]:
    """The kinds of victim the terms name.

    >>> sorted(victims(frozenset({"school", "university", "attack"})))
    ['education']
    """
    kinds = victim_kinds()
    return frozenset(kinds[t] for t in terms if t in kinds)


def _focused(terms: frozenset[str]) -> bool:
    """Whether a proposition is short enough to be about its victim (:data:`VICTIM_TERMS`)."""
    return sum(1 for t in terms if not t.startswith(("@", _CODE))) <= VICTIM_TERMS


def join_victims(
    items: Sequence[AllegationSummary],
    days: Sequence[int | None],
    stating: Sequence[int],
    groups: _Groups,
) -> int:
    """Join the groups of one accused side whose own victim is one kind (see the module);
    the number of joins made."""
    if not VICTIM_JOIN or not stating:
        return 0
    size: dict[int, int] = {}
    named: dict[int, dict[str, int]] = {}  # root -> kind -> members accusing force against it
    spans: dict[int, tuple[int, int]] = {}
    sides: dict[int, set[str]] = {}
    for i in stating:
        root = groups.find(i)
        size[root] = size.get(root, 0) + 1
        terms = _features(items[i])
        kinds = victims(terms)
        accusing = any(c.stance in MAKING for c in items[i].claims)
        if accusing and len(kinds) == 1 and force(terms) and _focused(terms):
            (kind,) = kinds
            counts = named.setdefault(root, {})
            counts[kind] = counts.get(kind, 0) + 1
            sides.setdefault(root, set()).update(items[i].sides)
            day = days[i]
            if day is not None:
                first, last = spans.get(root, (day, day))
                spans[root] = (min(first, day), max(last, day))
    chains: dict[tuple[str, str], list[tuple[int, int, int]]] = {}
    for root, counts in named.items():
        own = [k for k, n in counts.items() if n >= VICTIM_SHARE * size[root]]
        if len(own) != 1 or root not in spans:
            continue
        first, last = spans[root]
        for side in sides.get(root, ()):
            chains.setdefault((side, own[0]), []).append((first, last, root))
    joined = 0
    for key in sorted(chains):
        reach: int | None = None
        previous: int | None = None
        for first, last, root in sorted(chains[key]):
            if previous is not None and reach is not None and first <= reach + VICTIM_DAYS:
                if groups.find(previous) != groups.find(root):
                    groups.union(previous, root)
                    joined += 1
                reach = max(reach, last)
            else:
                reach = last
            previous = root
    return joined


#: Whether a corpus allegation whose members accuse force against different kinds of
#: victim is split by kind (``False``: never).  Round 21 (issue 13, branch ``split21``).
VICTIM_SPLIT = False
#: A kind takes its members out of a group only when at least this many members accuse
#: force against it: one member naming a school in a group of hospital strikes is a
#: parse's accident as often as a second allegation.
SPLIT_MIN = 2
#: Where the members with no kind of their own go when a group splits: ``"majority"``
#: (with the kind most of the kinded members have, ties to the earliest kind), or
#: ``"remainder"`` (together, a group of their own).
SPLIT_REST = "majority"
#: How a member's kind is read for the split: ``"one"`` (the join's reading: one kind,
#: force, a short proposition) or ``"set"`` (the kinds it names together, "education+medical"
#: for "hundreds of schools and hospitals destroyed", a list of the war's damage being an
#: allegation of its own beside the count of schools alone).
SPLIT_READ = "one"
#: Whether the split reads a member's kind only where it tells an act of force.
SPLIT_FORCE = True


def member_kind(item: AllegationSummary) -> str | None:
    """The one kind of victim an allegation accuses force against (``None``: none, or more
    than one, or no force, or a proposition too long to be about its victim).

    The same reading as the join's (:func:`join_victims`): "Russian troops bombed the
    hospital" is medical; "schools and hospitals were destroyed" is no one kind.
    """
    terms = _features(item)
    kinds = victims(terms)
    if not kinds or not any(c.stance in MAKING for c in item.claims):
        return None
    if SPLIT_FORCE and not force(terms):
        return None
    if SPLIT_READ == "set":
        return "+".join(sorted(kinds))
    if len(kinds) != 1 or not _focused(terms):
        return None
    (kind,) = kinds
    return kind


def split_victims(
    items: Sequence[AllegationSummary], groups: Sequence[Sequence[int]]
) -> list[list[int]]:
    """The groups (item numbers, in order), each one whose members accuse force against
    two or more kinds of victim (each named by at least :data:`SPLIT_MIN` members) split
    by kind.

    A wide group of the war's destruction ("civilian infrastructure is being destroyed")
    gathers strikes on schools, on hospitals and on churches that share the accused and
    the window, and little else; what the gold counts as one allegation is one kind of
    force against one kind of victim.  The members that name no kind (or two) follow the
    kind most members name, or stay together as a remainder (:data:`SPLIT_REST`).  Every
    piece keeps its members' order; the first piece is the one holding the group's first
    member, so the result depends only on the groups and the items.

    >>> from kg.model import ClaimNote, Stance
    >>> def item(id, terms):
    ...     note = ClaimNote(id + "c", Stance.ACCUSE, "ukraine", "ukraine")
    ...     return AllegationSummary(id, id, None, None, id, ("russia",), ("russia",), (),
    ...                              tuple(terms), False, (note,))
    >>> items = [item("a", ["~190", "hospital"]), item("b", ["~190", "school"]),
    ...          item("c", ["~190", "hospital"]), item("d", ["~190", "school"]),
    ...          item("e", ["shell", "kharkiv"])]
    >>> import kg.resolve.victims as module
    >>> module.VICTIM_SPLIT = True
    >>> split_victims(items, [[0, 1, 2, 3, 4]])
    [[0, 2, 4], [1, 3]]
    >>> module.VICTIM_SPLIT = False
    """
    if not VICTIM_SPLIT:
        return [list(g) for g in groups]
    result: list[list[int]] = []
    for group in groups:
        if len(group) < 2 * SPLIT_MIN:
            result.append(list(group))
            continue
        kinds = {i: member_kind(items[i]) for i in group}
        counts: dict[str, int] = {}
        firsts: dict[str, int] = {}
        for position, i in enumerate(group):
            kind = kinds[i]
            if kind is not None:
                counts[kind] = counts.get(kind, 0) + 1
                firsts.setdefault(kind, position)
        strong = {k for k, n in counts.items() if n >= SPLIT_MIN}
        if len(strong) < 2:
            result.append(list(group))
            continue
        major = min(strong, key=lambda k: (-counts[k], firsts[k]))
        rest_to: str | None = major if SPLIT_REST == "majority" else None
        pieces: dict[str | None, list[int]] = {}
        for i in group:
            kind = kinds[i]
            key = kind if kind in strong else rest_to
            pieces.setdefault(key, []).append(i)
        result.extend(sorted(pieces.values(), key=lambda p: group.index(p[0])))
    return result
