"""Blocking for the corpus merge: which earlier allegations a new one is compared with
(:mod:`kg.resolve.corpus`).

A side's allegations are walked in time order; each is looked up in an LSH index of its
time bucket (:data:`WINDOW_DAYS` long) and of the one before (:class:`_Block`,
:class:`_NumberIndex`: MinHash bands, :data:`NUM_PERM`, :data:`LSH_BANDS`), the act's head
terms and the named places counted :data:`ACT_WEIGHT` times in the MinHash
(:func:`_hashed_terms`) and in the weights of the pairs it measures (:func:`_act_bonus`,
when distinctive: :data:`ACT_SHARE`), and so does an act's specific event class that few
allegations hold (:data:`CLASS_SHARE`: "abducted" and "kidnapping" share class 181); and the
groups holding a distinctive act are kept by side and act term (:class:`_ActIndex`).  A
candidate is kept when its terms are :data:`SIMILAR` enough.  It is apart from the merge
because it only proposes: what the merge holds stays near-linear in the allegations however
large a block grows, and the groups decide (:mod:`kg.resolve.groups`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from importlib import resources
from typing import Any

from kg.resolve.propositions import _ACT_TERMS, _CODE, _anchor

#: Minimum IDF-weighted Jaccard of two allegations' terms to be linked (a candidate)...
SIMILAR = 0.12
#: An allegation this similar to an earlier one restates it: it may join that one's
#: group however wide the group's profile (a high bar: chaining needs low ones).
RESTATES = 0.35
#: Two documents' allegations further apart than this are never merged by their terms.
WINDOW_DAYS = 730
#: MinHash permutations, in LSH bands of two rows: a pair with a Jaccard of 0.25
#: becomes a candidate with probability 1 - (1 - 0.25**2)**64 = 0.98 (0.6 at 0.12, 0.93
#: at 0.2, 0.999 at 0.35); LSH only proposes, :data:`SIMILAR` decides.
NUM_PERM = 128
LSH_BANDS = (64, 2)
#: Act head terms weigh this many times their IDF weight (and count as many times in the
#: MinHash): two claims about one act against one accused share its head term whatever
#: else their sentences say ("rape women" and "they deport our people, rape women ...").
ACT_WEIGHT = 3.0
#: ... when distinctive: held by at most this share of the allegations.
ACT_SHARE = 0.01
#: An act's event class term (its CAMEO code, three digits or more:
#: :func:`~kg.resolve.propositions._code_terms`) held by at most this share of the
#: allegations weighs as a distinctive act's head term does (``None``: only the words):
#: "abducted" and "an abduction", "executed" and "killings", "tortured" and "abuses" tell
#: one kind of act in other words (round 19: 230 of the 1,304 split gold pairs of the
#: development parts name different act words of one event class).  Like a distinctive
#: act, a distinctive class also finds the group holding it when the words match none
#: (:class:`_ActIndex`, :data:`~kg.resolve.groups.ACT_JOIN`).  0.05: 0.01 to 0.04 and 0.07 to
#: 0.1 each lost a development part (the join is chronological, so small changes move it).
#: Off (``None``) since round 19's ``classes19``: the join's gains on the gold came through
#: the classes that join unlike acts (112 "distort" / "violation", 182 "abuses", 192
#: "occupy", 171 "annex" / "steal"); with only the classes of one kind of act
#: (:data:`CLASSES_FROM_DATA`) it lost blind2 and blind3, and of the 23 corpus allegations
#: the broad join changed, 12 read right, 5 mixed, 6 wrong (``benchmarks/allegations/
#: RESULTS.md``).  Switch on with 0.05 and :data:`CLASS_COPIES`.  On again since round 22
#: (reopt22, 1,714 texts, with :data:`CLASSES_FROM_DATA`): development parts +0.046 in sum
#: (blind4 +0.022, blind3 +0.013, blind10 +0.007, blind7 +0.003; dev -0.0020, blind6 -0.0001)
#: and held-out blind +0.024, no held-out part lost (``benchmarks/allegations/RESULTS.md``).
CLASS_SHARE: float | None = 0.05
#: Only the specific event classes: not CAMEO's catch-all "not specified below" ones, whose
#: code ends in 0 ("abuse", "harm" and "wound" are 180, "undermine" and "disrupt" 160).
SPECIFIC_CLASSES = True
#: A specific event class counts :data:`ACT_WEIGHT` times in the MinHash, as an act's head
#: term does, so that LSH proposes the pairs its weight links: two short allegations that
#: share the class and nothing else ("Such people were abducted", "kidnapping mayors").
#: Off with :data:`CLASS_SHARE` (round 19, ``classes19``); on with it since round 22 (alone
#: it loses dev 0.0020 and gains held-out blind only).
CLASS_COPIES = True
#: Only the classes of material conflict (CAMEO 15-20: force posture, reduced relations,
#: coercion, assault, fighting, mass violence), not the verbal ones (11x accuse, 13x
#: threaten, 14x protest; the lexicon puts "distort", "smear" and the stem "viol" of
#: "violence" and "violation" in 112).  Off: measured in round 19, it keeps 9 more
#: allegations apart and loses dev (B-cubed 0.348 -> 0.340: "violation of Security Council
#: resolutions" no longer joins the DPRK's launches), every other part unchanged.
MATERIAL_CLASSES = False
#: Which classes may join is data: ``kg/data/event_classes.tsv`` lets a class join only when
#: every lexicon word that has it names one kind of act (round 19, branch ``classes19``: of
#: the joins the class made, the wrong ones came through 112, which holds "distort" and
#: "violation", 173, which holds "arrest", "abduct" and "torture", and 182, which holds
#: "abuses"); ``False``: :data:`SPECIFIC_CLASSES` and :data:`MATERIAL_CLASSES` decide.
CLASSES_FROM_DATA = True
#: Whether a distinctive class, like a distinctive act word, finds the groups holding it
#: through the act index (:class:`_ActIndex`) when the words match none (``False``: it only
#: weighs in the measure and the MinHash): through the index "the massacre in the village of
#: Ascq" (1944) found the group of Bucha's killings, 730 days wide (round 19).
CLASS_FINDS = True
#: A named non-state place or thing (an anchor, :func:`_anchor`: "Bucha", "the drama
#: theater") counts as many times in the MinHash as an act's head term: a rare name
#: weighs much by its IDF, and two short allegations that share it and little else
#: ("atrocities in Bucha", "human rights abuses in Bucha") are proposed to be measured.
ANCHOR_COPIES = True


class _ActIndex:
    """Per side and distinctive act head term, the groups of the accusations that hold it
    (with the last day one was seen): where an accusation whose act is distinctive finds
    the groups of the same accused that hold its act (:func:`_join_best`).  A distinctive
    term is held by few allegations (:data:`ACT_SHARE`), so the lists stay short."""

    def __init__(self, days: int = WINDOW_DAYS) -> None:
        self.seen: dict[tuple[str, str], dict[int, int | None]] = {}
        self.days = days

    def groups(self, keys: Iterable[str], terms: Iterable[str], day: int | None) -> set[int]:
        """The groups holding one of ``terms`` against one of ``keys`` in the window."""
        found: set[int] = set()
        if day is None:
            return found  # an undated allegation is compared by its terms only
        for key in keys:
            for term in terms:
                for root, last in self.seen.get((key, term), {}).items():
                    if last is not None and day - last <= self.days:
                        found.add(root)
        return found

    def add(self, keys: Iterable[str], terms: Iterable[str], day: int | None, root: int) -> None:
        for key in keys:
            for term in terms:
                self.seen.setdefault((key, term), {})[root] = day


def _act_bonus(
    frequency: Mapping[str, int], total: int, weight: Mapping[str, float]
) -> dict[str, float]:
    """What a shared act head term adds to two term sets' weighted Jaccard, beside its
    weight: (:data:`ACT_WEIGHT` - 1) times its weight, for the distinctive ones only (held
    by at most :data:`ACT_SHARE` of the allegations: "rape", "looting", "abduction"; not
    "attack" or "abuses", which many acts share)."""
    return {
        term: (ACT_WEIGHT - 1.0) * weight[term]
        for term, n in frequency.items()
        if (term in _ACT_TERMS and n <= ACT_SHARE * total) or _distinct_class(term, n, total)
    }


def _distinct_class(term: str, n: int, total: int) -> bool:
    """Whether ``term`` is a specific event class held by few allegations (:data:`CLASS_SHARE`).

    >>> _distinct_class("~181", 10, 1000), _distinct_class("~181", 90, 1000)  # 0.05
    (True, False)
    >>> _distinct_class("~19", 1, 1000), _distinct_class("181", 1, 1000)
    (False, False)
    >>> import kg.resolve.blocking as blocking
    >>> blocking.CLASS_SHARE = None
    >>> _distinct_class("~181", 10, 1000)  # off
    False
    >>> blocking.CLASS_SHARE = 0.05
    """
    return CLASS_SHARE is not None and _specific(term) and n <= CLASS_SHARE * total


def _specific(term: str) -> bool:
    """Whether ``term`` is an event class of three digits or more (``~182``, ``~1822``)
    that may join: with :data:`CLASSES_FROM_DATA` one that ``kg/data/event_classes.tsv``
    lets join, else not a catch-all one with :data:`SPECIFIC_CLASSES` (``~180``).

    >>> _specific("~181"), _specific("~112"), _specific("~173"), _specific("~180")
    (True, False, False, False)
    """
    if not term.startswith(_CODE) or len(term) <= 3:
        return False
    if CLASSES_FROM_DATA:
        return term[1:] in _JOINING
    return not (SPECIFIC_CLASSES and term.endswith("0")) and not (
        MATERIAL_CLASSES and term[1:3] < "15"
    )


def _joining_classes() -> frozenset[str]:
    """The event classes ``kg/data/event_classes.tsv`` marks ``yes``: those whose lexicon
    words all name one kind of act."""
    source = resources.files("kg").joinpath("data", "event_classes.tsv")
    found = set()
    for line in source.read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if len(fields) > 1 and not line.startswith("#") and fields[1].strip() == "yes":
            found.add(fields[0].strip())
    return frozenset(found)


_JOINING = _joining_classes()


def _hashed_terms(terms: Iterable[str]) -> list[bytes]:
    """What the MinHash of a term set is taken over: each term, and an act's head term
    :data:`ACT_WEIGHT` times, so that LSH proposes the pairs the weighted Jaccard keeps."""
    copies = max(1, round(ACT_WEIGHT))
    found = []
    for term in terms:
        found.append(term.encode("utf-8"))
        if term in _ACT_TERMS or (ANCHOR_COPIES and _anchor(term)) or _copied_class(term):
            found.extend(f"{term}\x00{k}".encode() for k in range(1, copies))
    return sorted(found)


def _indexed(term: str) -> bool:
    """Whether a distinctive term (one :func:`_act_bonus` weighs) goes into the act index:
    an act's word always, an event class only with :data:`CLASS_FINDS`."""
    return CLASS_FINDS or not term.startswith(_CODE)


def _copied_class(term: str) -> bool:
    """Whether ``term`` is a specific event class that counts :data:`ACT_WEIGHT` times in
    the MinHash (:data:`CLASS_COPIES`)."""
    return CLASS_COPIES and _specific(term)


#: Pairs of term sets whose verdict the merge remembers (about 10 MB).
_MEASURED = 1 << 16


class _Block:
    """One side's allegations in :func:`_join_similar`'s chronological pass.

    Dated allegations are looked up in an LSH index of their time bucket
    (:data:`WINDOW_DAYS` long) and of the one before: two allegations in the window are in
    the same bucket or in neighbouring ones, and only these two buckets' indexes are held.
    Undated ones are near every other: looked up in an index of the side's undated ones,
    and they collect, as the dated ones pass, the groups of the dated ones similar to them.

    What is kept of the allegations seen is, per term set, the groups they went to:
    ``recent`` (dated: group -> the last day one of its allegations was seen, oldest
    first, dropped once out of the window), ``undated`` and ``pending`` (the dated
    groups similar to an undated term set).  Each as two sets: groups any allegation
    may join, and groups of accusations (two denials alone join only if both state a
    proposition of some length, :func:`_weak`).
    """

    def __init__(
        self,
        bands: Mapping[int, bytes],
        weak: Sequence[bool],
        alike: Callable[[int, int], float],
    ) -> None:
        self.bands, self.weak, self.alike = bands, weak, alike
        self.buckets: dict[int, list[int]] = {}  # bucket -> the term sets of its allegations
        self.loose: list[int] = []  # the term sets of the undated ones
        self.bucket: int | None = None
        self.index: _NumberIndex | None = None  # of the current bucket
        self.before: _NumberIndex | None = None  # of the bucket before it
        self.loose_index: _NumberIndex | None = None
        self.recent: dict[int, tuple[dict[int, int], dict[int, int]]] = {}
        self.undated: dict[int, tuple[set[int], set[int]]] = {}
        self.pending: dict[int, tuple[set[int], set[int]]] = {}
        self.restated: dict[int, tuple[set[int], set[int]]] = {}  # pending, and restated
        self.left = [0, 0]  # dated and undated allegations to come: freed when none

    def plan(self, n: int, day: int | None) -> None:
        """Note an allegation of term set ``n`` to come (all are noted before the pass)."""
        if day is None:
            self.loose.append(n)
        else:
            self.buckets.setdefault(day // WINDOW_DAYS, []).append(n)
        self.left[day is None] += 1

    def _undated_index(self) -> _NumberIndex | None:
        if self.loose_index is None and self.loose:
            self.loose_index = _NumberIndex(self.loose, self.bands)
            self.loose = []
        return self.loose_index

    def _enter(self, bucket: int) -> None:
        """Move the pass on to ``bucket`` (dated allegations come in time order)."""
        if bucket == self.bucket:
            return
        near = self.bucket is not None and self.bucket == bucket - 1
        self.before = self.index if near else None
        self.index = _NumberIndex(self.buckets.pop(bucket), self.bands)
        self.bucket = bucket
        low = (bucket - 1) * WINDOW_DAYS  # no later allegation reaches an earlier day
        for n in list(self.recent):
            for table in self.recent[n]:
                old = []
                for root, last in table.items():  # oldest first
                    if last >= low:
                        break
                    old.append(root)
                for root in old:
                    del table[root]
            if not self.recent[n][0]:
                del self.recent[n]

    def _accepts(self, n: int, accusing: bool, m: int) -> int:
        """Which of term set ``m``'s two sets of groups an allegation of ``n`` may join."""
        return 0 if accusing or not (self.weak[n] or self.weak[m]) else 1

    def roots(
        self,
        n: int,
        day: int | None,
        accusing: bool,
        roots: set[int],
        strong: set[int] | None = None,
    ) -> None:
        """Add to ``roots`` the groups of the earlier allegations linked to this one, and
        to ``strong`` those of the ones it restates (:data:`RESTATES`)."""
        alike = self.alike
        if day is not None:
            self._enter(day // WINDOW_DAYS)
            assert self.index is not None
            found = self.index.query(n)
            if self.before is not None:
                found = found | self.before.query(n)
            low = day - WINDOW_DAYS
            for m in found:
                seen = self.recent.get(m)
                score = alike(n, m) if seen is not None else 0.0
                if seen is None or score < SIMILAR:
                    continue
                for root, last in reversed(seen[self._accepts(n, accusing, m)].items()):
                    if last < low:
                        break
                    roots.add(root)
                    if strong is not None and score >= RESTATES:
                        strong.add(root)
            return
        waiting = self.pending.get(n)
        if waiting is not None:
            roots |= waiting[0 if accusing else 1]
        waiting = self.restated.get(n)
        if waiting is not None and strong is not None:
            strong |= waiting[0 if accusing else 1]
        loose = self._undated_index()
        for m in loose.query(n) if loose is not None else ():
            undated = self.undated.get(m)
            score = alike(n, m) if undated is not None else 0.0
            if undated is not None and score >= SIMILAR:
                roots |= undated[self._accepts(n, accusing, m)]
                if strong is not None and score >= RESTATES:
                    strong |= undated[self._accepts(n, accusing, m)]

    def add(self, n: int, day: int | None, accusing: bool, root: int, record: bool = True) -> None:
        """Note that an allegation of term set ``n`` went to group ``root`` (with
        ``record`` False, only that it was read: no later allegation links to it)."""
        self.left[day is None] -= 1
        if not any(self.left):  # the side's last allegation: the block is done
            self.index = self.before = self.loose_index = None
            self.recent, self.undated, self.pending, self.restated = {}, {}, {}, {}
            return
        if not record:
            if day is not None and not self.left[0]:
                self.index = self.before = None
                self.recent = {}
            return
        if day is None:
            undated = self.undated.setdefault(n, (set(), set()))
            undated[0].add(root)
            if accusing:
                undated[1].add(root)
            return
        recent = self.recent.setdefault(n, ({}, {}))
        for table in recent if accusing else recent[:1]:
            table.pop(root, None)  # to the end: the tables are in the order last seen
            table[root] = day
        if not self.left[0]:  # the side's last dated allegation: only undated ones to come
            self.index = self.before = None
            self.recent = {}
        loose = self._undated_index()
        for m in loose.query(n) if loose is not None else ():
            score = self.alike(n, m)
            for pending, bar in ((self.pending, SIMILAR), (self.restated, RESTATES)):
                if score >= bar:
                    waiting = pending.setdefault(m, (set(), set()))
                    waiting[0].add(root)  # for an undated accusation
                    if accusing or not (self.weak[n] or self.weak[m]):
                        waiting[1].add(root)  # for an undated denial


class _NumberIndex:
    """An LSH index of one block's term sets (by number): for each band (:data:`LSH_BANDS`)
    the term sets of each bucket, each term set once however many allegations hold it.

    Two term sets share a band's bucket when their MinHash values in that band are equal,
    exactly as in datasketch's ``MinHashLSH`` with these bands; without its per-candidate
    Python loop.
    """

    def __init__(self, numbers: Iterable[int], bands: Mapping[int, bytes]) -> None:
        self.bands = bands
        self.table: dict[bytes, list[int]] = {}  # one table: the keys name their band
        for n in sorted(set(numbers)):
            for key in _band_keys(bands[n]):
                self.table.setdefault(key, []).append(n)
        self._found: dict[int, frozenset[int]] = {}

    def query(self, n: int) -> frozenset[int]:
        """The term sets that share a bucket with term set ``n`` (itself among them if in)."""
        found = self._found.get(n)
        if found is None:
            empty: list[int] = []
            table = self.table
            found = frozenset().union(*(table.get(key, empty) for key in _band_keys(self.bands[n])))
            if len(self._found) >= _LOOKED_UP:
                self._found.clear()
            self._found[n] = found  # near-copies are looked up once
        return found


#: Lookups an index remembers.
_LOOKED_UP = 1 << 12

#: MurmurHash3's 32-bit finalizer: shifts and multipliers (an avalanching bijection).
_FMIX32 = (16, 0x85EBCA6B, 13, 0xC2B2AE35, 16)


def minhash_signatures(
    batches: Iterable[Iterable[bytes]], num_perm: int = NUM_PERM, seed: int = 1
) -> list[Any]:
    """The MinHash hash values (numpy ``uint32`` arrays of ``num_perm``) of each batch of
    byte strings: the values of ``datasketch.MinHash.bulk(batches, num_perm=num_perm,
    seed=seed).hashvalues`` (datasketch 2's default scheme, "affine32": SHA-1's first 4
    bytes, MurmurHash3's finalizer, then ``a * h + b`` modulo 2**32 with ``a`` odd), value
    for value (``tests/test_resolve_blocking.py``).

    Computed here rather than imported: datasketch's package imports SciPy (for its LSH's
    parameters, which the merge does not use), 38 MiB of the build's resident memory.

    >>> [int(v) for v in minhash_signatures([[b"war", b"crimes"]], num_perm=3)[0]]
    [1892672777, 79682341, 238660803]
    """
    import hashlib

    import numpy as np

    generator = np.random.RandomState(seed)
    a = generator.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = generator.randint(0, 1 << 32, num_perm, dtype=np.uint32)
    empty = np.full(num_perm, np.uint32(0xFFFFFFFF), dtype=np.uint32)
    shift1, m1, shift2, m2, shift3 = (np.uint32(n) for n in _FMIX32)
    signatures = []
    for batch in batches:
        values = [int.from_bytes(hashlib.sha1(item).digest()[:4], "little") for item in batch]
        if not values:
            signatures.append(empty.copy())
            continue
        h = np.array(values, dtype=np.uint32).reshape(-1, 1)
        h = h ^ (h >> shift1)
        h = h * m1
        h = h ^ (h >> shift2)
        h = h * m2
        h = h ^ (h >> shift3)
        signatures.append(np.minimum(empty, (h * a + b).min(axis=0)))
    return signatures


def _banded(signature: Any) -> bytes:
    """A MinHash signature (its hash values, :func:`minhash_signatures`) as LSH band keys
    end to end: each band's number (a byte), then its hash values (:data:`LSH_BANDS`;
    written as uint64, as the band keys have always been)."""
    count, rows = LSH_BANDS
    raw = signature[: count * rows].astype("<u8").tobytes()
    width = 8 * rows
    return b"".join(bytes((k,)) + raw[k * width : (k + 1) * width] for k in range(count))


def _band_keys(banded: bytes) -> list[bytes]:
    """The LSH band keys of a :func:`_banded` signature."""
    width = 1 + 8 * LSH_BANDS[1]
    return [banded[k * width : (k + 1) * width] for k in range(LSH_BANDS[0])]
