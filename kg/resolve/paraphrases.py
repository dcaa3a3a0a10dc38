"""A late join for the corpus merge (:mod:`kg.resolve.corpus`): an allegation the
chronological pass left alone joins the allegation that tells its act in other words.

Round 20 (issue 13) measured the joins that could bring the merge's split gold pairs
together (``benchmarks/allegations/joins.py``): any join of two *groups* by a shared named
place or by the TF-IDF cosine of their terms, closed transitively, gains B-cubed over all
gold claims and costs far more precision among the aligned claims (aligned B-cubed P on
blind4 0.95 -> 0.63 for a shared anchor within 31 days): the war's groups against Russia
are wide, and one link joins two of them whole.  What stays precise is the join of a
*lone* allegation (a group of one after the pass and the answers) to the group of the one
allegation most like it: an allegation that the pass could not place, not two groups that
each hold their own members.

The candidates of a lone allegation are the stating allegations (not denials that point
back, not curated or following ones) against one of its accused sides, made by one of its
accusing sides, dated at most :data:`PARAPHRASE_DAYS` from it, sharing
:data:`PARAPHRASE_SHARED` rare words with it, and a named place or non-state anchor
(:func:`~kg.resolve.propositions._anchor`: "Bucha", "the drama theater";
:data:`PARAPHRASE_ANCHORS`, on) or a TF-IDF cosine over the merge's terms
(:func:`~kg.resolve.propositions._features`) of at least :data:`PARAPHRASE_BAR` (on since
round 22); it joins the one with the highest cosine (the earliest on ties).  Of the corpus
allegations the anchor join changes, 7 of 10 read right (round 20); of those the cosine join
changes, about half.  Candidates are found through an index of the anchors (and, with the cosine,
of the rarer terms, :data:`PARAPHRASE_SHARE`), so the cost grows with the lone allegations
times the few allegations that share an anchor or a rare term with each, not with the
pairs of a block.  Every choice is made on the groups as the pass and the answers left
them, then joined: the result does not depend on the order of the lone allegations.

Round 26 (issue 13, ``splits26``) adds two more, both off: :func:`join_context` (a lone
allegation that names no act joins the group its own document points to,
:data:`CONTEXT_JOIN`) and the one-event join (a shared place or anchor and act event class
within days, :data:`PARAPHRASE_EVENT_DAYS`).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

from kg.model import AllegationSummary, Stance
from kg.resolve.groups import _Groups
from kg.resolve.propositions import _CODE, _anchor, _features, _weak, act_terms
from kg.resolve.weights import frequencies

#: The TF-IDF cosine (binary terms, smoothed IDF over the stating allegations) at which a
#: lone allegation joins another of its accused and accuser (``None``: never by the
#: cosine).  Off: measured at 0.4 (round 20) it gains dev, blind2, blind3 and blind5 by
#: .001 to .006 and loses no part, but of the corpus allegations it changes about half read
#: wrong ("The security architecture ... is almost destroyed" with "the personnel ... was
#: almost completely destroyed"): two short allegations share a rare word or two and
#: little else.  On at 0.4 since round 22 (reopt22, 1,714 texts): dev +0.0021, blind8
#: +0.0052, blind3 +0.0007, blind5 +0.0003 B-cubed, no part lost, held out unchanged
#: (``benchmarks/allegations/RESULTS.md``); round 20's reading of its joins (about half
#: wrong) was not redone.
PARAPHRASE_BAR: float | None = 0.4
#: ... or this lower cosine when the two share an act's event class (a CAMEO class term of
#: the content lexicon, :func:`~kg.resolve.propositions._code_terms`): "They struck at our
#: fuel infrastructure again" and a destruction of fuel depots share the class of force,
#: while a lone allegation that names no act ("No other state since World War II ... has
#: posed such a threat to free navigation" beside "80 years later, Russia killed them for a
#: second time") needs the whole bar (``None``: no lower bar).  Off: measured in round 25 (joins25,
#: 2,311 texts), the whole bar at 0.3 gains development B-cubed +0.0131 in sum (blind2
#: +0.0060, blind4 +0.0061, blind3 +0.0011, blind5 -0.0002; held out blind13 +0.0002, no
#: part lower) and changes 25 corpus allegations, about half of them wrong on reading (a
#: lone allegation with no act, or another act, than its partner's); this lower bar at 0.3
#: gains +0.0070 (blind2 +0.0060, blind3 +0.0011, blind5 -0.0002; blind13 +0.0002) and
#: changes 15, of which 8 read right, 2 mixed and 5 wrong ("On the interaction between
#: central and local authorities ..." with the torture group: the occupation's class);
#: aligned B-cubed precision falls on blind3 (-0.016) and blind5 (-0.010) with either.
PARAPHRASE_ACT_BAR: float | None = None
#: ... or a shared named place or non-state anchor, whatever the cosine (with
#: :data:`PARAPHRASE_SHARED` rare words besides): on ("journalist Vera Hyrych was killed
#: by a Russian missile ... in Kyiv" joins "a farewell ceremony for journalist Vira Gyrych
#: who was killed by a Russian missile at her home in ... Kyiv").  ``False`` with
#: :data:`PARAPHRASE_BAR` ``None``: the join is off.
PARAPHRASE_ANCHORS = True
#: The two at most this many days apart (both dated).
PARAPHRASE_DAYS = 120
#: The two share at least this many rare words (:data:`PARAPHRASE_SHARE`; terms that are
#: neither actors, places nor act classes): one shared word makes a high cosine between
#: two short allegations ("They are trying to destroy them", "Any confidence ... is
#: completely destroyed").
PARAPHRASE_SHARED = 2
#: Terms held by more than this share of the stating allegations do not find candidates
#: (they still count in the cosine): "war", "ukraine", "attack".
PARAPHRASE_SHARE = 0.05


def _vectors(
    items: Sequence[AllegationSummary], stating: Sequence[int]
) -> tuple[dict[int, dict[str, float]], Counter[str], int]:
    """Unit TF-IDF vectors of the stating allegations' terms, the terms' frequencies and
    their total (:func:`~kg.resolve.weights.frequencies`)."""
    features = {i: _features(items[i]) for i in stating}
    frequency, total = frequencies(items, stating)  # the corpus's, or a fixed table's
    vectors = {}
    for i, terms in features.items():
        weights = {t: math.log((total + 1) / (frequency[t] + 1)) + 1.0 for t in sorted(terms)}
        norm = math.sqrt(math.fsum(w * w for w in weights.values())) or 1.0
        vectors[i] = {t: w / norm for t, w in weights.items()}
    return vectors, frequency, total


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return math.fsum(w * b[t] for t, w in a.items() if t in b)


def _anchors(item: AllegationSummary) -> frozenset[str]:
    """The named places and non-state anchors of an allegation, not its accused's own."""
    own = {"@" + actor for actor in (*item.accused, *item.sides)}
    named = {t for t in item.terms if _anchor(t) and t not in own}
    return frozenset(named | {"@" + place for place in item.places})


def _words(vector: dict[str, float], frequency: Counter[str], rare: int) -> frozenset[str]:
    """The rare words of an allegation (:data:`PARAPHRASE_SHARE`), not actors or classes."""
    return frozenset(t for t in vector if not t.startswith(("@", _CODE)) and frequency[t] <= rare)


def _finding(
    vector: dict[str, float], frequency: Counter[str], rare: int, bar: float | None
) -> set[str]:
    """The terms that find an allegation's candidates by the cosine (none when it is off)."""
    return set() if bar is None else {t for t in vector if frequency[t] <= rare}


def _act_near(a: dict[str, float], b: dict[str, float], score: float) -> bool:
    """Whether two allegations' cosine reaches :data:`PARAPHRASE_ACT_BAR` and they share an
    act's event class."""
    lower = PARAPHRASE_ACT_BAR
    if lower is None or score < lower:
        return False
    return any(t.startswith(_CODE) and t in b for t in a)


#: A lone accusation also joins another of its accused and accuser that names one of its
#: places or anchors and shares an act's event class with it (a ``~`` CAMEO term) when the
#: two are at most this many days apart, whatever their other words (``None``: never):
#: "shelled the maternity hospital in Mariupol" and "the bombing of the Mariupol hospital"
#: are one event.  Round 26 (splits26, issue 13); off (see benchmarks/allegations/RESULTS.md).
PARAPHRASE_EVENT_DAYS: int | None = None


def _one_event(
    a: dict[str, float], b: dict[str, float], shared: frozenset[str], when: int, then: int | None
) -> bool:
    """Whether two allegations (their TF-IDF vectors) tell one event: a shared place or
    anchor, a shared act event class of three digits or more, within
    :data:`PARAPHRASE_EVENT_DAYS` (see there)."""
    window = PARAPHRASE_EVENT_DAYS
    if window is None or not shared or then is None or abs(then - when) > window:
        return False
    return any(t.startswith(_CODE) and len(t) > 3 and t in b for t in a)


def _keys(item: AllegationSummary) -> set[tuple[str, str]]:
    """(accused side, accusing side) pairs: the blocks an allegation is compared in."""
    accusers = {c.side for c in item.claims if c.stance is not Stance.DENY}
    return {(a, c) for a in item.sides for c in accusers if c != a}


def join_paraphrases(
    items: Sequence[AllegationSummary],
    days: Sequence[int | None],
    stating: Sequence[int],
    groups: _Groups,
) -> int:
    """Join each lone stating allegation to the group of its best candidate (see the
    module); the number joined."""
    bar = PARAPHRASE_BAR
    if (bar is None and not PARAPHRASE_ANCHORS) or not stating:
        return 0
    size = Counter(groups.find(i) for i in range(len(items)))
    vectors, frequency, total = _vectors(items, stating)
    rare = max(1, int(PARAPHRASE_SHARE * total))
    index: dict[tuple[tuple[str, str], str], list[int]] = {}
    keys = {i: _keys(items[i]) for i in stating}
    anchors = {i: _anchors(items[i]) for i in stating}
    for i in stating:
        if days[i] is None:
            continue
        finding = _finding(vectors[i], frequency, rare, bar) | anchors[i]
        for key in keys[i]:
            for term in finding:
                index.setdefault((key, term), []).append(i)
    chosen: list[tuple[int, int]] = []
    for i in stating:
        when = days[i]
        if when is None or size[groups.find(i)] != 1:
            continue
        finding = _finding(vectors[i], frequency, rare, bar) | anchors[i]
        candidates = {
            j
            for key in keys[i]
            for term in finding
            for j in index.get((key, term), ())
            if j != i and abs((days[j] or 0) - when) <= PARAPHRASE_DAYS
        }
        best: tuple[float, int] | None = None
        words = _words(vectors[i], frequency, rare)
        for j in sorted(candidates):
            score = _cosine(vectors[i], vectors[j])
            if _one_event(vectors[i], vectors[j], anchors[i] & anchors[j], when, days[j]):
                if best is None or score > best[0]:
                    best = (score, j)
                continue
            if len(words & _words(vectors[j], frequency, rare)) < PARAPHRASE_SHARED:
                continue
            shared = PARAPHRASE_ANCHORS and bool(anchors[i] & anchors[j])
            near = bar is not None and (score >= bar or _act_near(vectors[i], vectors[j], score))
            if (near or shared) and (best is None or score > best[0]):
                best = (score, j)
        if best is not None:
            chosen.append((i, best[1]))
    for i, j in chosen:
        groups.union(i, j)
    return len(chosen)


#: Whether a lone stating allegation joins the group its own document's other allegations
#: against its accused are in (:func:`join_context`; round 26, splits26, issue 13).  Off:
#: measured on 2,393 texts it gains B-cubed on development parts (sum +0.0145 with
#: :data:`CONTEXT_MOST` 8: dev +0.0065, blind8 +0.0044, blind4 +0.0021, blind19 +0.0021) and
#: loses no held-out part (blind +0.0008), but aligned B-cubed precision falls on six
#: development parts (blind12 -0.031, blind8 -0.021, blind3 -0.018) and of the joins the
#: development gold can judge about half read wrong (7 right, 8 wrong): a speech's or a
#: statement's lone sentence is as often about another act as about the one its other
#: sentences tell (benchmarks/allegations/RESULTS.md, round 26).
CONTEXT_JOIN = False
#: ... only when it names no hostile act (no act term, :func:`~kg.resolve.propositions.act_terms`:
#: "the atrocities", "what the occupiers did to this town", an evaluation); ``False``: also
#: when it names one that shares an event class with the group.
CONTEXT_UNNAMED = True
#: ... only with an allegation of its document made by one of its accusers too (the same
#: (accused, accuser) block, :func:`_keys`), not only against one of its accused.
CONTEXT_SAME_ACCUSER = True
#: ... only when every such allegation of its document is in that one group (the document
#: points to one allegation, not to the one most of its sentences are in).
CONTEXT_UNANIMOUS = False
#: ... to the group of the document's allegation told nearest it (its claims' cues at most
#: this many characters from its own), not the one most of them are in (``None``): an
#: evaluation refers to the act told just before or after it.
CONTEXT_NEAR: int | None = None
#: ... only when its document makes at most this many stating allegations against its
#: accused (``None``: any number): a short statement points to its one act, a long speech
#: that tells a war's every act points to none.
CONTEXT_MOST: int | None = 8
#: ... only when its proposition is too short to join by its words
#: (:func:`~kg.resolve.propositions._weak`: "This is genocide", "responsible for this").
CONTEXT_WEAK = False


def _context_fits(item: AllegationSummary, group_terms: set[str]) -> bool:
    """Whether a lone allegation may join its document's group: it names no act, or (with
    :data:`CONTEXT_UNNAMED` off) its acts share an event class with the group's."""
    if CONTEXT_WEAK and not _weak(item.terms):
        return False
    acts = act_terms(item.terms)
    if not acts:
        return True
    if CONTEXT_UNNAMED:
        return False
    return any(t.startswith(_CODE) and len(t) > 3 and t in group_terms for t in _features(item))


def _offset(claim_id: str) -> int | None:
    """The character offset of a claim's cue, read from its id
    (``{article}-c{cue}-{claimer}-{content}``, :func:`kg.resolve._claim_id`)."""
    try:
        return int(claim_id.rsplit("-c", 1)[1].split("-", 1)[0])
    except (IndexError, ValueError):
        return None


def _position(item: AllegationSummary) -> int | None:
    """Where an allegation is first told in its document (its first claim's cue)."""
    found = [o for o in (_offset(c.id) for c in item.claims) if o is not None]
    return min(found) if found else None


def _nearest(
    item: AllegationSummary, others: Sequence[AllegationSummary], reach: int
) -> int | None:
    """The index of the one of ``others`` told nearest ``item`` (the earlier on ties), if
    within ``reach`` characters."""
    here = _position(item)
    if here is None:
        return None
    best: tuple[int, int, int] | None = None
    for k, other in enumerate(others):
        for claim in other.claims:
            there = _offset(claim.id)
            if there is not None and abs(there - here) <= reach:
                key = (abs(there - here), there, k)
                best = key if best is None or key < best else best
    return None if best is None else best[2]


def join_context(
    items: Sequence[AllegationSummary],
    days: Sequence[int | None],
    stating: Sequence[int],
    groups: _Groups,
) -> int:
    """Join each lone stating allegation to the group holding most of its own document's
    other stating allegations against one of its accused sides (and, with
    :data:`CONTEXT_SAME_ACCUSER`, by one of its accusers), when that group holds more than
    that document's allegations; the number joined.

    A document tells one allegation in several sentences: "Russian forces killed civilians
    in Bucha", then "these atrocities must not go unpunished".  The second names no act of
    its own, so no term joins it anywhere, but the document points to the act it means.
    Every choice is made on the groups as the earlier joins left them, then joined: the
    result does not depend on the order of the allegations.  Linear in the allegations.
    """
    if not CONTEXT_JOIN or not stating:
        return 0
    del days  # the document's own allegations share its date
    size = Counter(groups.find(i) for i in range(len(items)))
    of_document: dict[str, list[int]] = {}
    for i in stating:
        of_document.setdefault(items[i].document, []).append(i)
    chosen: list[tuple[int, int]] = []
    for i in stating:
        if size[groups.find(i)] != 1:
            continue
        item = items[i]
        sides, keys = set(item.sides), _keys(item)
        votes: Counter[int] = Counter()
        terms: dict[int, set[str]] = {}
        nearest: list[int] = []
        for j in of_document[item.document]:
            root = groups.find(j)
            if j == i or size[root] < 2 or not sides & set(items[j].sides):
                continue
            if CONTEXT_SAME_ACCUSER and not keys & _keys(items[j]):
                continue
            own = sum(1 for k in of_document[item.document] if groups.find(k) == root)
            if size[root] <= own:  # a group of this document alone points nowhere else
                continue
            votes[root] += 1
            nearest.append(j)
            terms.setdefault(root, set()).update(_features(items[j]))
        told = sum(1 for j in of_document[item.document] if sides & set(items[j].sides))
        if CONTEXT_MOST is not None and told > CONTEXT_MOST:
            continue
        if not votes or (CONTEXT_UNANIMOUS and len(votes) > 1):
            continue
        best = min(votes, key=lambda root: (-votes[root], root))
        if CONTEXT_NEAR is not None:
            near = _nearest(item, [items[j] for j in nearest], CONTEXT_NEAR)
            if near is None:
                continue
            best = groups.find(nearest[near])
        if _context_fits(item, terms[best]):
            chosen.append((i, best))
    for i, root in chosen:
        groups.union(i, root)
    return len(chosen)
