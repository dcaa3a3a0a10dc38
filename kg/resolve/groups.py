"""The groups of the corpus merge: which group a linked allegation joins, and which groups
are one allegation (:mod:`kg.resolve.corpus`).

Links do not join by themselves (single links chain "unprovoked war", "war crimes" and
"crimes against civilians" into one): a group keeps a profile of its members' terms,
places and days (:class:`_Profile`), and an allegation joins the linked group it matches
best, by its terms (:data:`GROUP_SIMILAR`), by its distinctive act (:data:`ACT_JOIN`) or by
an anchor it names (:func:`_join_best`, :func:`_join_groups`); after the pass, two groups
of one accused whose profiles agree join (:func:`_join_profiles`, :data:`GROUPS_MIN`,
:data:`GROUPS_DAYS`, :data:`GROUPS_THERE`).  The groups themselves are a union-find
(:class:`_Groups`).  It is apart from the merge because it decides, from what the
blocking proposes (:mod:`kg.resolve.blocking`), with measures of its own.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Container, Iterable, Mapping, Sequence

from kg.resolve.gazetteer import entries_by_id
from kg.resolve.propositions import _ACT_TERMS, _anchor

#: Minimum IDF-weighted Jaccard of an allegation's terms with the whole group's profile
#: to join it (see :func:`_join_groups`; a link needs :data:`kg.resolve.blocking.SIMILAR`):
#: the link proposes, the group decides, so single links no longer chain acts that share
#: a generic word ("war", "crimes", "unprovoked").
GROUP_SIMILAR = 0.12
#: An accusation that matches no group by its terms joins the group of the same accused
#: that holds at least this share of its distinctive act terms (:func:`_join_best`).
ACT_JOIN = 0.5
#: Two groups whose profiles agree after the pass (:data:`kg.resolve.corpus.GROUPS_SIMILAR`)
#: join when each has at least this many members (a group of one joins by its terms in
#: the pass) ...
GROUPS_MIN = 2
#: ... and one was active within this many days of the other's first and last accusation.
GROUPS_DAYS = 120
#: Two groups whose own places (named by at least half the members of each) are one
#: place need only agree this much: "Kharkiv shelled again" and "nine killed in Kharkiv
#: by shelling" share the place and the act, and little else (``None``: no lower bar).
GROUPS_THERE: float | None = 0.05
#: Two groups most of whose members each name one distinctive act (one of a specific
#: event class that few allegations hold, :func:`kg.resolve.corpus._distinct_acts`:
#: "looting", "deportation", "crackdown"; not "attack" nor "invasion") need only agree
#: this much: the looting of villages and the looting of a monitoring station's equipment
#: share the act and little else (``None``: no lower bar; off: measured in round 16, it
#: joins 6 pairs of groups in the dispute corpus, 3 of them right on reading).  On at 0.08
#: since round 22 (reopt22, 1,714 texts): blind2 +0.0060 B-cubed, no other part moves
#: (benchmarks/allegations/RESULTS.md, round 22, reopt22).
GROUPS_ACT: float | None = 0.08
#: Among the groups an allegation is similar to, one most of whose members name an anchor
#: it names ("Bucha", "the drama theater") comes first, as one whose own place is among
#: its places does: a short "atrocities in Bucha" matches a lone "horrific atrocities"
#: better than the wide profile of the group that tells the Bucha killings many ways.
ANCHOR_FIRST = True
#: An accusation of a hostile act at an anchor ("killings in Bucha") that the words match
#: to a group none of whose own anchors it names (the war's "killing civilians") joins
#: instead the recent group of its accused most of whose members name its anchor (the
#: Bucha group, told in other words: "war crimes in Bucha"), as the anchor join does when
#: the words match no group: where an act happened names it better than its verb.
ANCHOR_OVER = True


#: Round 36 (alleg37, issue 13): two groups join after the pass (:func:`_join_profiles`)
#: only when every group each was made of, as the pass left them, agrees with every one of
#: the other's (complete linkage): measured against the joined profile alone, a group of
#: deportations joined a group of killings through a group that shared a word with each, and
#: the corpus's widest allegation of Russia's war took in 18 groups
#: (benchmarks/allegations/RESULTS.md, round 36, alleg37).  False: the joined profile decides.
GROUPS_COMPLETE = False
#: Round 43 (alleg58, issue 13): the wide-groups guard.  Two groups that are each wide (at
#: least :data:`WIDE_GROUPS` members, as the pass and the earlier joins of :func:`_join_profiles`
#: made them) join after the pass only when their propositions agree clearly: at least
#: :data:`WIDE_SIMILAR` by their profiles (``None``: when every group each was made of agrees with
#: every one of the other's, :data:`GROUPS_COMPLETE` for them alone), not at the bare bar
#: (:data:`kg.resolve.corpus.GROUPS_SIMILAR`).  A wide group of one accused has gathered one
#: proposition's many tellings; at round 42's end Russia's two widest groups ("the unprovoked
#: invasion", 269 members, and "the attacks that destroy and kill", 294) became one on an
#: agreement of 0.0815 against the bar's 0.08, a few State Department readouts' claims tipping
#: it (round 42, alleg57), and the development parts' cross-document precision fell.  Measured
#: (benchmarks/allegations/RESULTS.md, round 43, alleg58): it gives the cross-document precision
#: back and costs the development B-cubed; off by its bar.
WIDE_GUARD = False
#: A group is wide for :data:`WIDE_GUARD` from this many members (accusations).
WIDE_GROUPS = 100
#: The agreement two wide groups need (:data:`WIDE_GUARD`; ``None``: complete linkage).
WIDE_SIMILAR: float | None = 0.1
#: Round 44 (alleg60, issue 13): wide groups trade members instead of joining or staying apart
#: whole.  With it on, two groups that are each wide (:data:`WIDE_GROUPS` members) join after the
#: pass only when their profiles agree at least :data:`WIDE_SIMILAR` (as with :data:`WIDE_GUARD`);
#: wide groups of one side that meet less clearly (at least :data:`WIDE_MEET`, within
#: :data:`GROUPS_DAYS`, their own places not apart: :func:`_wide_meetings`) stay apart, and each
#: member that names a kind of victim (children, schools, hospitals: ``kg/data/victim_classes.tsv``)
#: goes to the one of them that most often names it (:func:`_move_members`): "261 children were
#: killed by the Russian invasion" leaves the invasion's group for the one of the war's killings and
#: destruction, whichever side of the bar the two groups' agreement falls on (at round 44's start,
#: Russia's two widest groups, 282 and 229 members, agree 0.0743, below the bar's 0.08; at round
#: 43's, 0.0815 above it).  Moving members by their profile similarity instead (each to the group
#: whose profile without it matches it best) moves 13 of 511, almost all wrongly: a member that
#: says "invasion" matches the invasion's group however it is about children.  Measured on round
#: 44's start parse (benchmarks/allegations/RESULTS.md, round 44, alleg60): development B-cubed
#: 4.2556 -> 4.2729 (``blind5`` +0.0175, ``blind3`` -0.0002; 10 members moved), cross-document
#: precision of the aligned claims 10.531 -> 10.513; :data:`WIDE_GROUPS` 50 gives 4.2658, four
#: parts falling; held out 6.4432 -> 6.4454 (``blind13`` +0.0023, nothing else moves): on by its
#: bar.  False: wide groups join or stay apart whole.
WIDE_MOVES = True
#: The agreement from which two wide groups trade members (:data:`WIDE_MOVES`).
WIDE_MEET = 0.06


class _Groups:
    """Union-find over item numbers; a group is named by its smallest (earliest) member."""

    def __init__(
        self,
        size: int,
        victims: Sequence[Sequence[str]] | None = None,
        guarded: Sequence[bool] | None = None,
        bound: bool = False,
    ) -> None:
        self.parent = list(range(size))
        # with ``bound`` (kg.resolve.corpus.VICTIM_GUARD "bound"): a guarded group joins only a
        # group that shares one of its victims (not one that names none)
        self.bound = bound
        # with ``guarded``: only a group holding a guarded member keeps apart from others
        self.guarded: set[int] | None = (
            None if guarded is None else {n for n, g in enumerate(guarded) if g}
        )
        # with the victim guard (kg.resolve.corpus.VICTIM_GUARD): each group's victims (its
        # root -> the persons its members' propositions name as whom the act was done to);
        # two groups naming only different victims never join
        self.victims: dict[int, frozenset[str]] | None = (
            None if victims is None else {n: frozenset(v) for n, v in enumerate(victims) if v}
        )

    def apart(self, a: int, b: int) -> bool:
        """Whether the groups of ``a`` and ``b`` name victims and none in common."""
        if self.victims is None:
            return False
        ra, rb = self.find(a), self.find(b)
        va, vb = self.victims.get(ra), self.victims.get(rb)
        if self.bound and self.guarded is not None and (ra in self.guarded or rb in self.guarded):
            return va is None or vb is None or va.isdisjoint(vb)
        if va is None or vb is None or not va.isdisjoint(vb):
            return False
        return self.guarded is None or ra in self.guarded or rb in self.guarded

    def regroup(self, parts: Iterable[Sequence[int]]) -> None:
        """Make ``parts`` (lists of items, together every member of the groups they hold)
        the groups of their items: each named by its smallest member."""
        parts = [sorted(part) for part in parts if part]
        for part in parts:
            for item in part:
                self.parent[item] = item
        for part in parts:
            for item in part[1:]:
                self.parent[item] = part[0]

    def find(self, item: int) -> int:
        root = item
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[item] != root:  # path compression
            self.parent[item], item = root, self.parent[item]
        return root

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            if self.victims is not None:
                if self.apart(ra, rb):
                    return  # different victims: not one allegation
                va, vb = self.victims.get(ra), self.victims.get(rb)
                if va or vb:
                    self.victims[min(ra, rb)] = (va or frozenset()) | (vb or frozenset())
                if self.guarded is not None and (ra in self.guarded or rb in self.guarded):
                    self.guarded.add(min(ra, rb))
            self.parent[max(ra, rb)] = min(ra, rb)


def _join_profiles(
    profiles: Mapping[int, _Profile],
    spans: Mapping[int, tuple[Sequence[str], int | None, int | None]],
    weight: Mapping[str, float],
    groups: _Groups,
    bar: float,
    distinct: Container[str] = (),
) -> list[list[int]]:
    """Join the groups of one accused whose profiles agree (at least ``bar``,
    :data:`GROUPS_SIMILAR`); with :data:`WIDE_MOVES`, the sets of wide groups that met
    without joining (each a list of roots, in order), for :func:`_move_members`.

    In the pass an allegation joins one group, the one it matches best, and a group is
    only ever compared with one allegation at a time: one allegation's groups that began
    apart ("Kharkiv shelled again" and "nine people killed in Kharkiv by shelling") stay
    apart however alike they grow.  Candidates are the groups of at least
    :data:`GROUPS_MIN` members that share a side and a term most of each one's members
    hold, active within :data:`GROUPS_DAYS` of each other; the pairs are joined most
    alike first, each measured again against the group it has become (so a join does
    not chain through a group's widened profile), never two whose own places differ.
    """
    index: dict[tuple[str, str], list[tuple[int, int, int]]] = {}
    for root in sorted(spans):
        profile = profiles.get(root)
        keys, first, last = spans[root]
        if profile is None or profile.size < GROUPS_MIN or first is None or last is None:
            continue
        for key in keys:
            for term in sorted(profile.core()):
                index.setdefault((key, term), []).append((first, last, root))
    # per side and core term, in order of first day, each group with those still active
    # within GROUPS_DAYS before it: copies years apart are never paired
    pairs: set[tuple[int, int]] = set()
    for members in index.values():
        members.sort()
        active: list[tuple[int, int]] = []  # (last day, root)
        for first, last, root in members:
            active = [(end, other) for end, other in active if first - end <= GROUPS_DAYS]
            pairs.update((min(other, root), max(other, root)) for _, other in active)
            active.append((last, root))
    spread = {root: profiles[root].spread(weight) for root in sorted({r for p in pairs for r in p})}
    scored = []
    for a, b in sorted(pairs):
        score = profiles[a].agrees(profiles[b], weight, (spread[a], spread[b]))
        if score >= _bar(profiles[a], profiles[b], bar, distinct):
            scored.append((-score, a, b))
    del pairs
    merged = {root: profiles[root] for root in spans if root in profiles}
    own = dict(spread)  # each group's spread before any join (GROUPS_COMPLETE)
    parts: dict[int, list[int]] = {}  # a joined group's groups as the pass left them
    for _, a, b in sorted(scored):  # most alike first, then by number
        ra, rb = groups.find(a), groups.find(b)
        if ra == rb:
            continue
        pa, pb = merged[ra], merged[rb]
        score = pa.agrees(pb, weight, (spread[ra], spread[rb]))
        if score < _bar(pa, pb, bar, distinct) or pa.apart(pb) or pb.apart(pa):
            continue
        if groups.apart(ra, rb):
            continue  # the victim guard: different victims
        if _wide(pa, pb) and not _wide_agree(
            score, [profiles[x] for x in parts.get(ra, [ra])],
            [profiles[y] for y in parts.get(rb, [rb])], weight, bar, distinct,
        ):  # fmt: skip
            continue  # two wide groups of other propositions (WIDE_GUARD)
        if GROUPS_COMPLETE and not all(
            profiles[x].agrees(profiles[y], weight, (own[x], own[y]))
            >= _bar(profiles[x], profiles[y], bar, distinct)
            for x in parts.get(ra, [ra])
            for y in parts.get(rb, [rb])
        ):
            continue  # a chain: some group of one side agrees with no group of the other
        groups.union(ra, rb)
        root = groups.find(ra)
        parts[root] = parts.pop(ra, [ra]) + parts.pop(rb, [rb])
        merged[root] = pa.joined(pb)
        spread[root] = merged[root].spread(weight)
    if not WIDE_MOVES:
        return []
    return _wide_meetings(merged, spans, parts, weight, groups, bar)


def _wide_meetings(
    merged: Mapping[int, _Profile],
    spans: Mapping[int, tuple[Sequence[str], int | None, int | None]],
    parts: Mapping[int, Sequence[int]],
    weight: Mapping[str, float],
    groups: _Groups,
    bar: float,
) -> list[list[int]]:
    """The sets of wide groups (:data:`WIDE_GROUPS` members) that meet after the joins of
    :func:`_join_profiles` (``merged``: each group's profile, ``parts``: the groups it was
    made of): two of them meet when they share a side, were active within
    :data:`GROUPS_DAYS` of each other, their own places are not apart and their profiles
    agree at least :data:`WIDE_MEET` (never more than the bar ``bar`` asks, so a pair
    that the bar alone would join always meets); a set is a connected one of such pairs."""
    wide = sorted(
        root
        for root, profile in merged.items()
        if groups.find(root) == root and profile.size >= WIDE_GROUPS
    )
    seen: dict[int, tuple[set[str], int | None, int | None]] = {}
    for root in wide:
        keys: set[str] = set()
        firsts, lasts = [], []
        for part in parts.get(root, [root]):
            if part in spans:
                side, first, last = spans[part]
                keys.update(side)
                if first is not None and last is not None:
                    firsts.append(first)
                    lasts.append(last)
        seen[root] = (keys, min(firsts, default=None), max(lasts, default=None))
    meet = min(WIDE_MEET, bar)
    links: dict[int, set[int]] = {root: set() for root in wide}
    for n, a in enumerate(wide):
        for b in wide[n + 1 :]:
            (ka, fa, la), (kb, fb, lb) = seen[a], seen[b]
            if ka.isdisjoint(kb):
                continue
            if None not in (fa, la, fb, lb) and (
                fb - la > GROUPS_DAYS or fa - lb > GROUPS_DAYS  # type: ignore[operator]
            ):
                continue
            pa, pb = merged[a], merged[b]
            if pa.apart(pb) or pb.apart(pa) or groups.apart(a, b):
                continue
            if pa.agrees(pb, weight) >= meet:
                links[a].add(b)
                links[b].add(a)
    meetings: list[list[int]] = []
    done: set[int] = set()
    for root in wide:
        if root in done or not links[root]:
            continue
        found, todo = set(), [root]
        while todo:
            at = todo.pop()
            if at not in found:
                found.add(at)
                todo.extend(links[at] - found)
        done |= found
        meetings.append(sorted(found))
    return meetings


def _move_members(
    meetings: Sequence[Sequence[int]],
    members: Mapping[int, Sequence[tuple[int, frozenset[str], bool]]],
    groups: _Groups,
) -> int:
    """Each set of wide groups that met (:func:`_wide_meetings`, roots) trades members by
    the victims they name: a member whose proposition names a kind of victim
    (:func:`kg.resolve.victims.victims`: children, schools, hospitals, churches, journalists)
    goes to the group of the set that most often names it (the largest share of its
    members naming that kind, over any kind it names; its own group on a tie); a member
    naming none stays.  ``members``: each root's members as (item, the kinds of victim it
    names, counted: whether it is in the group's profile; only those make the shares).

    The shares are the groups' as they met: one move does not draw the next.  The groups
    are then made again from the moves (with the victim guard on, nothing moves); the
    number of members moved."""
    if groups.victims is not None:
        return 0
    moved = 0
    for meeting in meetings:
        shares: dict[tuple[int, str], float] = {}  # (root, kind) -> share of its members
        for root in meeting:
            counted = [kinds for _, kinds, counts in members.get(root, ()) if counts]
            for kind, n in Counter(kind for kinds in counted for kind in kinds).items():
                shares[root, kind] = n / len(counted)
        going: dict[int, list[int]] = {root: [] for root in meeting}
        for root in meeting:
            for item, kinds, _ in members.get(root, ()):
                best = root
                if kinds:
                    ranked = {
                        r: (max(shares.get((r, kind), 0.0) for kind in kinds), r == root, -r)
                        for r in meeting
                    }
                    best = max(meeting, key=ranked.__getitem__)
                moved += best != root
                going[best].append(item)
        groups.regroup(list(going.values()))
    return moved


def _wide(a: _Profile, b: _Profile) -> bool:
    """Whether both groups are wide (:data:`WIDE_GUARD` or :data:`WIDE_MOVES`,
    :data:`WIDE_GROUPS`)."""
    return (WIDE_GUARD or WIDE_MOVES) and min(a.size, b.size) >= WIDE_GROUPS


def _wide_agree(
    score: float,
    ours: Sequence[_Profile],
    theirs: Sequence[_Profile],
    weight: Mapping[str, float],
    bar: float,
    distinct: Container[str] = (),
) -> bool:
    """Whether two wide groups agree enough to join (``score``: their profiles' agreement;
    ``ours``, ``theirs``: the groups each was made of as the pass left them)."""
    if WIDE_SIMILAR is not None:
        return score >= WIDE_SIMILAR
    return all(x.agrees(y, weight) >= _bar(x, y, bar, distinct) for x in ours for y in theirs)


def _bar(a: _Profile, b: _Profile, bar: float, distinct: Container[str] = ()) -> float:
    """The agreement two groups need: lower when both groups' acts happened at one place,
    or when most members of each name one distinctive act."""
    if GROUPS_THERE is not None and a.own_places() & b.own_places():
        return min(bar, GROUPS_THERE)
    if GROUPS_ACT is not None and any(t in distinct for t in a.core() & b.core()):
        return min(bar, GROUPS_ACT)
    return bar


def _join_best(
    i: int,
    terms: frozenset[str],
    roots: Iterable[int],
    profiles: dict[int, _Profile],
    weight: Mapping[str, float],
    groups: _Groups,
    strong: Iterable[int] = (),
    bonus: Mapping[str, float] | None = None,
    holding: Iterable[int] = (),
    places: frozenset[str] = frozenset(),
    anchored: Iterable[int] = (),
    accusing: bool = True,
    quiet: bool = False,
) -> int:
    """Join allegation ``i`` to the group of ``roots`` it is most similar to as a whole
    (at least :data:`GROUP_SIMILAR`, or any when it restates one of its allegations,
    ``strong``; the earliest of equals), else start a group; its group's root.

    A ``quiet`` allegation (a speech's sentence, :data:`kg.resolve.summaries.ADDRESS_JOINS`)
    joins as any does but adds nothing to the group's profile, and alone starts no group
    (no profile: no later allegation joins it).

    A group of one act told many ways ("attacks on civilians and civilian
    infrastructure", "the destruction of homes, hospitals and schools") has a wide
    profile, that a short restatement of one of its members matches for little.

    An allegation that names where the act happened (``places``) joins no group whose
    act happened elsewhere (:meth:`_Profile.elsewhere`): strikes on Sumy are not strikes
    on Mykolaiv, however alike the words."""
    best: tuple[float, int] | None = None
    restated = set(strong)
    ranked: tuple[bool, float] | None = None
    if groups.victims is not None:  # the victim guard: no group of other victims
        roots = [r for r in roots if not groups.apart(r, i)]
        holding = [r for r in holding if not groups.apart(r, i)]
        anchored = [r for r in anchored if not groups.apart(r, i)]
    for root in sorted(roots):
        if profiles[root].elsewhere(places):
            continue
        score = profiles[root].similarity(terms, weight, bonus)
        if score >= GROUP_SIMILAR or root in restated:
            # among the groups it is similar to, one whose act happened where this one's
            # did comes first: "missile strikes on Odesa" joins the Odesa strikes rather
            # than an earlier "rocket launches" with no place
            # (so does one most of whose members name an anchor it names: "atrocities
            # in Bucha" joins the Bucha group rather than a lone "horrific atrocities")
            profile = profiles[root]
            rank = (profile.there(places) or (ANCHOR_FIRST and profile.anchored(terms)), score)
            if ranked is None or rank > ranked:
                best, ranked = (score, root), rank
    if best is None and bonus:
        # an accusation whose act is distinctive ("rape", "looting") joins the group of
        # the same accused that holds most of its act, when that is most of it
        for root in sorted(holding):
            if profiles[root].elsewhere(places):
                continue
            score = profiles[root].act_share(terms, weight, bonus)
            if score >= ACT_JOIN and (best is None or score > best[0]):
                best = (score, root)
    fallback = None
    # with ANCHOR_OVER, a place or thing the act was done at ("in Bucha", "the drama
    # theater") puts the anchor's group first, not a known institution ("the United
    # Nations", "the EU": where acts are discussed, not done)
    placed = [t for t in terms if _anchor(t) and not _institution(t)] if ANCHOR_OVER else []
    if (
        placed
        and accusing
        and best is not None
        and not profiles[best[1]].there(places)
        and not profiles[best[1]].anchored(placed)
    ):
        fallback, best = best, None  # an anchored group below comes first, else this one
    if best is None and (not accusing or any(t in _ACT_TERMS for t in terms)):
        # an accusation of a hostile act at an anchor ("in Bucha") joins the recent group
        # of the same accused whose acts happened there (most of its members name it)
        for root in sorted(anchored):
            profile = profiles[root]
            if profile.elsewhere(places) or not profile.acts:
                continue
            at = placed if fallback is not None else [t for t in terms if _anchor(t)]
            if not any(2 * profile.count[t] >= profile.size for t in at):
                continue
            score = profile.similarity(terms, weight, bonus)
            if best is None or score > best[0]:
                best = (score, root)
    if best is None:
        best = fallback
    if best is None:
        if not quiet:
            profiles[i] = _Profile()
            profiles[i].add(terms, weight, places)
        return i
    groups.union(best[1], i)
    if not quiet:
        profiles[best[1]].add(terms, weight, places)
    return best[1]


def _institution(term: str) -> bool:
    """Whether an ``@`` term names a known organisation or outlet (the gazetteer's)."""
    entry = entries_by_id().get(term[1:])
    return entry is not None and entry.kind in ("organisation", "outlet")


class _Profile:
    """A group's terms as a fuzzy set: each term with the share of members holding it,
    and the members' mean weight, so that an allegation is compared with the group as a
    whole in the time of its own terms."""

    def __init__(self) -> None:
        self.size = 0
        self.count: Counter[str] = Counter()
        self.mass = 0.0  # sum of the members' weights
        self.places: Counter[str] = Counter()  # where the members' acts happened
        self.acts = 0  # members that name a hostile act

    def add(
        self, terms: frozenset[str], weight: Mapping[str, float], places: Iterable[str] = ()
    ) -> None:
        self.size += 1
        self.count.update(terms)
        self.acts += any(t in _ACT_TERMS for t in terms)
        self.mass += math.fsum(weight[t] for t in terms)
        self.places.update(places)

    def core(self) -> set[str]:
        """The terms most of the group's members hold."""
        return {t for t, n in self.count.items() if 2 * n >= self.size}

    def spread(self, weight: Mapping[str, float]) -> float:
        """The weight of the group's fuzzy set of terms (each by its share of members)."""
        return math.fsum(weight.get(t, 1.0) * n for t, n in self.count.items()) / self.size

    def agrees(
        self,
        other: _Profile,
        weight: Mapping[str, float],
        spreads: tuple[float, float] | None = None,
    ) -> float:
        """Weighted Jaccard of two groups' fuzzy sets of terms (each term by the share of
        members holding it): the shared minimum over the union's maximum, which is what
        both spread (:meth:`spread`, given or measured) less the shared."""
        small, large = (self, other) if len(self.count) <= len(other.count) else (other, self)
        shared = math.fsum(
            weight.get(t, 1.0) * min(n / small.size, large.count[t] / large.size)
            for t, n in small.count.items()
            if t in large.count
        )
        a, b = spreads or (self.spread(weight), other.spread(weight))
        union = a + b - shared
        return shared / union if union > 0 else 0.0

    def own_places(self) -> frozenset[str]:
        return frozenset(p for p, n in self.places.items() if 2 * n >= self.size)

    def apart(self, other: _Profile) -> bool:
        """Whether the group's own places are none of the other's places."""
        mine = self.own_places()
        return bool(mine) and bool(other.places) and not any(p in other.places for p in mine)

    def joined(self, other: _Profile) -> _Profile:
        both = _Profile()
        both.size = self.size + other.size
        both.count = self.count + other.count
        both.mass = self.mass + other.mass
        both.places = self.places + other.places
        both.acts = self.acts + other.acts
        return both

    def elsewhere(self, places: frozenset[str]) -> bool:
        """Whether an act at ``places`` happened elsewhere than the group's: the group has
        a place of its own (one at least half its members name), and ``places`` none of
        the group's.  Naming no place, or a group with no place of its own ("attacks on
        civilians", now and then "in Kharkiv"), is no evidence either way."""
        if not places or not self.places:
            return False
        if any(place in places for place in self.places):
            return False
        return any(2 * n >= self.size for n in self.places.values())

    def there(self, places: frozenset[str]) -> bool:
        """Whether the group's own place (one at least half its members name) is one of
        ``places``."""
        return any(p in places and 2 * self.places[p] >= self.size for p in self.places)

    def anchored(self, terms: Iterable[str]) -> bool:
        """Whether most of the group's members name one of the anchors among ``terms``
        (a non-state place or thing, :func:`~kg.resolve.propositions._anchor`)."""
        return any(_anchor(t) and 2 * self.count[t] >= self.size for t in terms)

    def act_share(
        self, terms: frozenset[str], weight: Mapping[str, float], distinct: Container[str]
    ) -> float:
        """The share of the distinctive act terms of ``terms`` (``distinct``, by weight)
        the group holds, each by the share of its members holding it."""
        held = [t for t in terms if t in distinct]
        total = math.fsum(weight[t] for t in held)
        if not total or not self.size:
            return 0.0
        return math.fsum(weight[t] * self.count[t] for t in held) / self.size / total

    def similarity(
        self,
        terms: frozenset[str],
        weight: Mapping[str, float],
        bonus: Mapping[str, float] | None = None,
    ) -> float:
        """Weighted Jaccard of ``terms`` with the group's fuzzy set of terms (for a group
        of one, the Jaccard of the two): what they share over what either holds."""
        if not self.size:
            return 0.0
        # exactly rounded sums (math.fsum): the same whatever order the set holds its terms
        # in, which changes with the string hash seed (a plain sum made equal groups' scores
        # differ in the last bit, and the merge differ from one run to the next)
        count = self.count
        bonus = bonus or {}
        shared = math.fsum(weight[t] * count[t] for t in terms if t in count) / self.size
        extra = math.fsum(bonus[t] * count[t] for t in terms if t in count and t in bonus)
        extra /= self.size
        shared += extra
        union = math.fsum(weight[t] for t in terms) + self.mass / self.size - shared + 2 * extra
        return shared / union if union else 0.0


def _join_groups(
    features: Mapping[int, frozenset[str]],
    weight: Mapping[str, float],
    linked: Mapping[int, set[int]],
    groups: _Groups,
    restated: Mapping[int, set[int]] | None = None,
) -> None:
    """Join each allegation, in chronological order, to the group of the earlier ones it
    is similar to that it is most similar to as a whole (at least :data:`GROUP_SIMILAR`).

    A pairwise link alone chains: "Russia's unprovoked war", "war crimes" and "crimes
    against civilians" share a word pair by pair, not an act.  Compared with the
    group's profile, an allegation joins only what most of the group says, or a group
    one of whose allegations it restates (``restated``: at least :data:`RESTATES`).
    """
    profiles: dict[int, _Profile] = {}
    for i in sorted(features):
        roots = {groups.find(j) for j in linked.get(i, ())}
        strong = {groups.find(j) for j in (restated or {}).get(i, ())}
        _join_best(i, features[i], roots, profiles, weight, groups, strong)
