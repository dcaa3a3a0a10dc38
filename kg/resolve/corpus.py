"""Corpus allegations: the documents' allegations about one proposition against one
accused, merged across the corpus.

Within a document, :mod:`kg.resolve.allegations` groups accusations and denials by
proposition.  Analysts follow an allegation across outlets and months, so once every
document is resolved, a final corpus stage merges them:

1. each document's allegations become small :class:`~kg.model.AllegationSummary`
   records (:func:`allegation_summaries`): the accused and their *sides* (a minister
   stands for his state), the proposition's terms (stemmed content words, event words
   folded by :data:`EVENT_CONCEPTS`, ``@actor`` for the actors named in it), the claims'
   stances and claimers, the places the act happened at, the document's date and outlet
   (the terms are of the act, not of its frame: words that refer to it, frame it or
   name its doer are left out,
   :data:`NOT_THE_ACT`; an actor counts as its side);
2. blocking: an allegation goes into the block of each side it accuses (a denial-only
   one into its deniers' sides; a person's side read across the corpus,
   :mod:`kg.resolve.sides`: "Lukashenka", "Alexander Lukashenko" and Belarus are one
   side when the corpus says whose he is) and of its time bucket (:data:`WINDOW_DAYS` long); it is
   compared with its own bucket and the one before, so copies years apart never meet (a
   story dated only by its month or year is read at the month's or the year's middle,
   ``AllegationSummary.around``: undated, it met allegations of any year);
3. within a block, candidate pairs come from MinHash LSH (datasketch's MinHash) over the
   terms, so the cost stays near-linear however large a block grows; each candidate is
   kept as a link when the documents are at most :data:`WINDOW_DAYS` apart and the
   IDF-weighted Jaccard of the terms reaches :data:`SIMILAR` (the accused's own names
   left out: every member of the block shares them).  Links do not join by themselves
   (single links chain "unprovoked war", "war crimes" and "crimes against civilians"
   into one): in chronological order, an allegation joins the group of its linked
   earlier ones whose profile (each term weighted by the share of members holding it)
   it matches best, if at least :data:`GROUP_SIMILAR` (or whose member it restates,
   :data:`RESTATES`), else it starts a group.  The act weighs most: a term of a hostile
   act's verb or noun (the content lexicon's, :func:`act_terms`) that few allegations
   hold (:data:`ACT_SHARE`: "rape", "looting", not "attack") counts :data:`ACT_WEIGHT`
   times when two share it, each act term brings its event class too (its CAMEO code:
   "abducted" and "an abduction" share one; a specific class few allegations hold may
   weigh as a distinctive act does, :data:`~kg.resolve.blocking.CLASS_SHARE`, on since
   round 22: "abducted" and "kidnapping" share 181), and an accusation that matches no group
   joins the earlier group of its accused (linked or not) holding most of its distinctive act
   (:data:`ACT_JOIN`; found through an index per side and act term).  Where the act
   happened weighs against: an allegation that names a place (a place actor, or a
   capital that is not the accused's: "the Kyiv region") joins no group whose own place
   (one at least half its members name) is another and that names none of its places
   (:meth:`_Profile.elsewhere`: strikes on Sumy are not strikes on Mykolaiv however alike
   the words); naming no place is no evidence either way.  Among the groups it matches,
   one whose own place is among its places, or most of whose members name an anchor it
   names, comes first (:meth:`_Profile.there`, :data:`~kg.resolve.groups.ANCHOR_FIRST`); an
   act's event class brings the classes above it down to the three-digit event type
   (:func:`_code_terms`); and an accusation of a hostile act that matches no group joins
   the recent (:data:`ANCHOR_DAYS`) group of its accused most of whose members name one
   of its non-state anchors ("Bucha", "the drama theater": :func:`_anchor`), and so does
   the accused's denial that names the anchor ("a provocation in the town of Bucha"); such
   an accusation that its words match to a group naming none of its anchors joins the
   anchor's recent group first (:data:`~kg.resolve.groups.ANCHOR_OVER`: "killed and
   tortured civilians in Bucha" joins the Bucha group, not the war's killings).  One
   pass does both, so that links are read as the groups they lead to and never held:
   what the merge holds grows with the allegations, not with their pairs (N copies of
   one allegation in a block are N² pairs).  After the pass, two groups of one accused
   whose profiles agree join (:func:`_join_profiles`, :data:`GROUPS_SIMILAR`): an act
   whose first reports were worded apart starts two groups the pass never joins; two
   wide groups of one side that meet without agreeing clearly stay apart and trade members
   by the kinds of victim they name (:data:`~kg.resolve.groups.WIDE_MOVES`, on since round 44);
   An allegation made only of claims that follow (a sanctions designation in an official
   text, ``AllegationSummary.follows``) takes no part in any of this: once the groups are
   final it joins the one it matches best (:func:`_join_followers`), so it never starts,
   splits or reshapes one, nor weighs in the terms' weights;
4. denials that only point back ("rejected the allegations", "absurd", "no evidence")
   join the corpus allegation they answer: the one against the denier's side (or made
   by the side the denial is aimed at, that side not accused in it: "the US' claims")
   with the most claims among
   those active in the :data:`ANSWER_DAYS` before the denial (a speech's assertions joined
   to a charge, ``ClaimNote.spoken``, not counted); the latest wins ties;
   never one its deniers' side makes against another, unless the denial is aimed at
   an accuser that is not accused (the accusers rejecting the accused's own claims
   answer the counter-charge);
   then an allegation still alone joins the group of the allegation of its accused and
   accuser most like it that shares a named place or anchor and two rare words with it
   (:mod:`kg.resolve.paraphrases`; by a TF-IDF cosine too when
   :data:`~kg.resolve.paraphrases.PARAPHRASE_BAR` is set, on since round 22), and, with
   :data:`~kg.resolve.paraphrases.CONTEXT_JOIN` (off), one still alone that names no act
   joins the group its own document's allegations against its accused are in;
5. each group becomes a :class:`~kg.model.CorpusAllegation` with a stable id; in one of
   more than :data:`SPEECH_WIDE` documents, a speech's assertions joined to their charge by
   their place in the speech (``ClaimNote.nearby``) are set apart, a corpus allegation of
   each document allegation's own (:func:`set_apart_speech`).

Everything is sorted before it is compared, so the result depends on the documents only,
not on the order or the engine that built them.  The terms' counts that weights and shares
are read from (the IDF, :data:`~kg.resolve.blocking.ACT_SHARE`, :data:`GROUPS_ACT_SHARE`, the
paraphrase join's) come from a fixed table of the dispute corpus's counts
(:mod:`kg.resolve.weights`, :data:`~kg.resolve.weights.TABLE`, since round 24), not from the
corpus being merged: allegations added in one block move no link in another.

The work is split by what each part knows: the proposition terms and their measure
(:mod:`kg.resolve.propositions`), the records the merge reads and writes
(:mod:`kg.resolve.summaries`), the blocking that proposes candidates
(:mod:`kg.resolve.blocking`), the groups that decide (:mod:`kg.resolve.groups`); this
module keeps the pass that runs them, the joins of denials that point back and the entry
points, and re-exports the names the others are imported by.

>>> sorted(proposition_terms("Russia meddled in the 2016 elections"))
['2016', 'election', 'interfer', 'russia']
"""

from __future__ import annotations

import math
from array import array
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from kg.model import (
    AllegationSummary,
    CorpusAllegation,
    DocumentGraph,
    Stance,
)
from kg.resolve import weights
from kg.resolve.allegations import MAKING
from kg.resolve.blocking import _MEASURED as _MEASURED
from kg.resolve.blocking import NUM_PERM as NUM_PERM
from kg.resolve.blocking import RESTATES as RESTATES
from kg.resolve.blocking import SIMILAR as SIMILAR
from kg.resolve.blocking import WINDOW_DAYS as WINDOW_DAYS
from kg.resolve.blocking import _act_bonus as _act_bonus
from kg.resolve.blocking import _ActIndex as _ActIndex
from kg.resolve.blocking import _band_keys as _band_keys
from kg.resolve.blocking import _banded as _banded
from kg.resolve.blocking import _Block as _Block
from kg.resolve.blocking import _hashed_terms as _hashed_terms
from kg.resolve.blocking import _indexed as _indexed
from kg.resolve.blocking import minhash_signatures
from kg.resolve.groups import GROUP_SIMILAR as GROUP_SIMILAR
from kg.resolve.groups import GROUPS_THERE as GROUPS_THERE
from kg.resolve.groups import _bar as _bar
from kg.resolve.groups import _Groups as _Groups
from kg.resolve.groups import _join_best as _join_best
from kg.resolve.groups import _join_groups as _join_groups
from kg.resolve.groups import _join_profiles as _join_profiles
from kg.resolve.groups import _move_members as _move_members
from kg.resolve.groups import _Profile as _Profile
from kg.resolve.paraphrases import join_context, join_paraphrases
from kg.resolve.propositions import _ACT_CODES as _ACT_CODES
from kg.resolve.propositions import _ACT_TERMS as _ACT_TERMS
from kg.resolve.propositions import _CODE as _CODE
from kg.resolve.propositions import EVENT_CONCEPTS as EVENT_CONCEPTS
from kg.resolve.propositions import MIN_TERMS as MIN_TERMS
from kg.resolve.propositions import NOT_THE_ACT as NOT_THE_ACT
from kg.resolve.propositions import _anchor as _anchor
from kg.resolve.propositions import _code_terms as _code_terms
from kg.resolve.propositions import _features as _features
from kg.resolve.propositions import _weak as _weak
from kg.resolve.propositions import _weighted_jaccard as _weighted_jaccard
from kg.resolve.propositions import act_terms as act_terms
from kg.resolve.propositions import proposition_terms as proposition_terms
from kg.resolve.propositions import stem as stem
from kg.resolve.sides import corpus_sides, with_corpus_sides
from kg.resolve.summaries import _corpus_allegation as _corpus_allegation
from kg.resolve.summaries import _day as _day
from kg.resolve.summaries import _first as _first
from kg.resolve.summaries import _named_spans as _named_spans
from kg.resolve.summaries import _slim as _slim
from kg.resolve.summaries import _span_terms as _span_terms
from kg.resolve.summaries import allegation_summaries as allegation_summaries
from kg.resolve.summaries import side as side
from kg.resolve.victims import join_victims, split_victims, victims
from kg.resolve.weights import frequencies

#: Terms weigh their IDF squared: a word most allegations share ("war", "Ukraine",
#: "crimes") counts for little beside the act's own words ("unprovoked", "Bucha").
IDF_POWER = 2.0
#: A denial that points back answers an allegation active this many days before it...
ANSWER_DAYS = 120
#: ... or this many days after it (dates of wire copy and state media differ by a day or two).
ANSWER_SLACK_DAYS = 3
#: An accusation of a hostile act that matches no group by its terms nor by its act joins
#: the group of the same accused whose acts happened at one of the named non-state
#: places or things its proposition names (its *anchors*: "Bucha", "the drama theater",
#: "Babyn Yar"; not a state), seen at most this many days before: one event is told in
#: many words within weeks ("300 civilians tortured, executed or otherwise killed in
#: Bucha", "the atrocities committed by Putin's forces in Bucha") (:func:`_join_best`);
#: so does a denial by the accused that names the anchor ("a provocation in the town of
#: Bucha, which the Russian Army had nothing to do with"), whatever words it uses.
ANCHOR_DAYS = 31
#: After the pass, two groups of accusations against one accused whose profiles agree
#: this much (:meth:`_Profile.agrees`: each term by the share of members holding it) are
#: one allegation whose groups formed apart, each from early members told in other words
#: (``None``: never joined) (:func:`_join_profiles`, :data:`~kg.resolve.groups.GROUPS_MIN`).
#: 0.08 since round 23 (merge23, issue 13; 0.11 before): swept on the development parts as
#: they are since round 23 (``dev``, ``blind2`` .. ``blind12``, ``blind19``; 2,112 texts):
#: B-cubed summed over them (with :data:`~kg.resolve.sides.NAMED_GROUPS`, +0.025 alone)
#: +0.10 at 0.09, +0.13 at 0.08, +0.27 at 0.07 and 0.06, no held-out part lower.  The
#: aligned claims' B-cubed F1 (the merge's own quality) is what stops it at 0.08: at 0.06
#: it falls on ``blind4`` (0.81 -> 0.73: groups of the war's acts joined whole) and
#: ``blind3``; at 0.08 it rises on 8 development parts and falls by less than 0.01 on
#: ``blind4``, ``blind6`` and ``blind7``, while aligned precision falls on most (``blind5``
#: 0.81 -> 0.67) (``benchmarks/allegations/RESULTS.md``, round 23, merge23).
GROUPS_SIMILAR: float | None = 0.08
#: An act is distinctive for the join of two groups (:data:`~kg.resolve.groups.GROUPS_ACT`)
#: when at most this share of the allegations hold it (:func:`_distinct_acts`).
GROUPS_ACT_SHARE = 0.05
#: A speech's assertion joined to its charge in its document by its place in the speech, not by its
#: words (:data:`kg.resolve.allegations.SPEECH_ASSERTIONS` ``"narrow"``, :attr:`ClaimNote.nearby
#: <kg.model.ClaimNote.nearby>`) goes with the charge into a corpus allegation of at most this many
#: documents; in a wider one (the merge's chained groups of Russia's war, up to 300 claims) the
#: speech's assertions on that charge make a corpus allegation of their own
#: (:func:`set_apart_speech`): "Torture chambers are built there." after a charge of torture is that
#: speech's, and across a group of 40 statements it was mostly paired with claims the gold keeps
#: apart (round 36, speech37: with ``"nearest"`` the development parts' cross-document pairwise
#: precision fell 10.363 -> 7.492, blind9 1.000 -> 0.113; 10 was read off the development parts, 5
#: to 25 measured).
SPEECH_WIDE = 10
#: The victim guard (round 38, victim43): two allegations whose propositions name different
#: victims (``AllegationSummary.victims``: the persons a proposition names that are neither
#: accused nor its claimers, "Liu Xiaobo" in "Chinese authorities whisked away Liu Xiaobo")
#: are never one corpus allegation, in any join of the merge (:class:`~kg.resolve.groups._Groups`
#: refuses the union; a group's victims are its members'); one naming no victim joins as before.
#: False: the merge reads no victims; ``"act"``: only an allegation whose terms hold a repressive
#: act (:data:`REPRESSION`: "detain", "sentence", "house arrest") carries its victims, the object
#: of that act; ``"strict"``: so, and one whose repressive act names no victim (a pronoun's) is
#: its story's own (joins no other story's victim); ``"narrated"``: only an allegation holding the
#: outlet's narrated act (:mod:`kg.resolve.narrated_act`); ``"mixed"``: every allegation's victims,
#: but only a group holding such a narrated act keeps apart from another; True: every
#: allegation's, every group.  Measured with ``NARRATED_ACT`` on (round 38, victim43): ``"mixed"``
#: and ``"narrated"`` development 4.2081 (xP 10.984; ``blind34``'s xP 0.409 -> 0.667) against
#: ``NARRATED_ACT`` alone's 4.2103 (xP 10.726); the others lower it (``True`` 3.9386); held out,
#: ``"mixed"``'s xP sum still falls 14.600 -> 13.682 (``blind32`` 1.000 -> 0.267): off by its bar.
#: ``"bound"`` (round 39, alleg45): as ``"mixed"``, and a group holding the outlet's narrated act
#: joins only a group that shares one of its victims (never one naming none): one person's
#: charges across stories, with :data:`kg.resolve.narrated_act.ALONE` off.
VICTIM_GUARD: bool | str = False
#: The merge terms of a state's repressive act against a person (the stems of
#: :data:`kg.resolve.narrated_act.ACT_VERBS` and its captivity phrases).
REPRESSION = frozenset(
    {
        "imprison", "jail", "detain", "detention", "arrest", "tortur", "persecut", "harass",
        "intimidat", "silenc", "abduct", "kidnapp", "sentenc", "convict", "confin", "whisk",
        "seiz", "beaten", "custody", "prison",
    }
)  # fmt: skip


def _guarded_victims(item: AllegationSummary) -> tuple[str, ...]:
    """The victims the guard reads of ``item`` (:data:`VICTIM_GUARD`)."""
    if VICTIM_GUARD == "narrated" and not item.narrated:
        return ()
    if VICTIM_GUARD in ("act", "strict") and REPRESSION.isdisjoint(item.terms):
        return ()
    if VICTIM_GUARD == "strict" and not item.victims:
        # a repressive act whose victim is not named ("He was then subjected to an abusive
        # house arrest"): its story's own, joined to no other story's named victim's
        return ("#" + item.document,)
    return item.victims


#: The member id of a speech's assertions set apart: their document allegation's, and this.
SPEECH_APART = "-speech"


# --- the merge --------------------------------------------------------------------------------


@dataclass(frozen=True)
class CorpusMerge:
    """The corpus allegations, and which one each claim and document allegation is in."""

    allegations: tuple[CorpusAllegation, ...]
    of_claim: dict[str, str] = field(default_factory=dict)
    of_member: dict[str, str] = field(default_factory=dict)
    names: dict[str, tuple[str, str]] = field(default_factory=dict)  # id -> (name, kind)


def _chronological(summary: AllegationSummary) -> tuple[bool, str, str, str]:
    day = summary.published or summary.around  # a story dated by its month at its middle
    return (day is None, day or "", summary.document, summary.id)


def _days(day: str | None) -> int | None:
    return date.fromisoformat(day).toordinal() if day else None


def merge_allegations(summaries: Iterable[AllegationSummary]) -> CorpusMerge:
    """Merge the documents' allegations into corpus allegations (see the module).

    ``summaries`` that can be read twice (a list, the build's
    :class:`~kg.resolve.summaries.SummarySpool`) are: the grouping holds them slimmed, a
    second pass reads the texts and names (:func:`_read_again`); an iterator is read once,
    whole.  The same result.

    >>> from kg.model import ClaimNote, Stance
    >>> def summary(id, day, terms, stance=Stance.ACCUSE, claimer="germany", back=False):
    ...     note = ClaimNote(id + "c", stance, claimer, claimer)
    ...     return AllegationSummary(id, id[:2], day, None, id, ("russia",), ("russia",),
    ...                              (), tuple(terms), back, (note,))
    >>> merged = merge_allegations([
    ...     summary("d1a", "2024-03-01", ["interfer", "election", "campaign"]),
    ...     summary("d2a", "2024-03-04", ["interfer", "election", "disinformation"]),
    ...     summary("d3a", "2024-03-05", ["absurd"], Stance.DENY, "russia", back=True),
    ...     summary("d4a", "2024-03-02", ["poison", "defector", "salisbury"], claimer="uk")])
    >>> [(a.members, a.status) for a in merged.allegations]
    [(('d1a', 'd2a', 'd3a'), 'disputed'), (('d4a',), 'alleged')]
    """
    # read twice when it can be (the build's spool): the grouping holds every summary
    # slimmed (_slim: no text, no names but persons'), a second pass reads what the
    # corpus allegations take of the rest (their first member's text, the actors' names)
    again = None if isinstance(summaries, Iterator) else summaries
    arrived = enumerate(summaries if again is None else map(_slim, summaries))
    ordered = sorted(arrived, key=lambda pair: _chronological(pair[1]))
    rank = array("l", bytes(len(ordered) * array("l").itemsize))  # arrival -> position
    for position, (k, _) in enumerate(ordered):
        rank[k] = position
    items = [item for _, item in ordered]
    del ordered
    # the accused's side across the corpus: one person's spellings, a leader's state
    items = with_corpus_sides(items, corpus_sides(i for i in items if not i.follows))
    days = [_days(item.published or item.around) for item in items]
    groups = _Groups(
        len(items),
        [_guarded_victims(i) for i in items] if VICTIM_GUARD else None,
        [i.narrated for i in items] if VICTIM_GUARD in ("mixed", "bound") else None,
        bound=VICTIM_GUARD == "bound",
    )
    # an allegation an analyst split out stays alone (kg.curate); one that only follows
    # joins after the others are grouped (_join_followers)
    answering = [
        i
        for i, item in enumerate(items)
        if item.points_back and not (item.alone or item.follows or item.speech)
    ]
    stating = [
        i
        for i, item in enumerate(items)
        if not item.points_back and not (item.alone or item.follows)
    ]
    following = [i for i, item in enumerate(items) if item.follows and not item.alone]
    weight, bonus = _join_similar(items, days, stating, groups)
    # a speech's sentence (AllegationSummary.speech) joined in the pass or stays alone
    stating = [i for i in stating if not items[i].speech]
    _join_answers(items, days, stating, answering, groups)
    join_paraphrases(items, days, stating, groups)
    join_context(items, days, stating, groups)
    join_victims(items, days, stating, groups)
    if following:
        _join_followers(items, days, stating, following, groups, weight, bonus)
    members: dict[int, list[int]] = {}
    for number in range(len(items)):
        members.setdefault(groups.find(number), []).append(number)
    # a wide group of force against several kinds of victim, split by kind (off by default)
    pieces = split_victims(items, list(members.values()))
    allegations = [_corpus_allegation([items[i] for i in found]) for found in pieces]
    names = None
    if again is not None:
        allegations, names = _read_again(again, rank, allegations, pieces, items)
    allegations = set_apart_speech(allegations, pieces, items)
    allegations.sort(key=lambda a: (a.first_alleged is None, a.first_alleged or "", a.id))
    return _merge_result(allegations, items, names)


def set_apart_speech(
    allegations: Sequence[CorpusAllegation],
    pieces: Sequence[Sequence[int]],
    items: Sequence[AllegationSummary],
) -> list[CorpusAllegation]:
    """The corpus allegations, with a speech's assertions joined to a charge by their place
    (:attr:`ClaimNote.nearby <kg.model.ClaimNote.nearby>`) taken out of each one of more
    than :data:`SPEECH_WIDE` documents: the assertions of each of its document allegations
    make a corpus allegation of their own (member ``<allegation id>-speech``, the text of
    the one they came from); the rest is as it was (same id and text).  Nothing changes
    when no claim is ``nearby`` (:data:`kg.resolve.allegations.SPEECH_ASSERTIONS` other
    than ``"narrow"``)."""
    out: list[CorpusAllegation] = []
    for allegation, found in zip(allegations, pieces, strict=True):
        members = [items[i] for i in found]
        if not any(c.nearby for m in members for c in m.claims) or (
            len({m.document for m in members}) <= SPEECH_WIDE
        ):
            out.append(allegation)
            continue
        kept = [replace(m, claims=tuple(c for c in m.claims if not c.nearby)) for m in members]
        out.append(replace(_corpus_allegation(kept), id=allegation.id, summary=allegation.summary))
        for member in members:
            said = tuple(c for c in member.claims if c.nearby)
            if said:
                own = replace(member, id=member.id + SPEECH_APART, claims=said)
                out.append(replace(_corpus_allegation([own]), summary=allegation.summary))
    return out


def _read_again(
    summaries: Iterable[AllegationSummary],
    rank: Sequence[int],
    allegations: Sequence[CorpusAllegation],
    members: Iterable[Sequence[int]],
    items: Sequence[AllegationSummary],
) -> tuple[list[CorpusAllegation], dict[str, tuple[str, str]]]:
    """The merge's second pass over ``summaries`` (in the order they came; ``rank``: each
    one's position in ``items``, chronological, slimmed): each corpus allegation's text
    (its first member's, :func:`_first`), and the actors' names and kinds as the
    chronologically first summary naming each gives them (what :func:`_merge_result`
    reads from whole summaries)."""
    firsts: dict[int, int] = {}  # position of a first member -> its allegation
    for number, found in enumerate(members):
        first = _first([items[i] for i in found])
        firsts[next(i for i in found if items[i] is first)] = number
    texts: dict[int, str] = {}
    seen: dict[str, tuple[int, int, str, str]] = {}  # actor -> (position, at, name, kind)
    for k, summary in enumerate(summaries):
        position = rank[k]
        if position in firsts:
            texts[firsts[position]] = summary.summary
        for at, (actor, name, kind) in enumerate(summary.names):
            known = seen.get(actor)
            if known is None or (position, at) < known[:2]:
                seen[actor] = (position, at, name, kind)
    named = sorted(seen.items(), key=lambda pair: pair[1][:2])
    return (
        [replace(a, summary=texts[number]) for number, a in enumerate(allegations)],
        {actor: (name, kind) for actor, (_, _, name, kind) in named},
    )


def _merge_result(
    allegations: Sequence[CorpusAllegation],
    items: Iterable[AllegationSummary],
    names: dict[str, tuple[str, str]] | None = None,
) -> CorpusMerge:
    of_claim, of_member = {}, {}
    for allegation in allegations:
        of_claim.update(dict.fromkeys(allegation.claims, allegation.id))
        of_member.update(dict.fromkeys(allegation.members, allegation.id))
    if names is None:  # read from the whole summaries, in chronological order
        names = {}
        for item in items:
            for actor, name, kind in item.names:
                names.setdefault(actor, (name, kind))
    return CorpusMerge(tuple(allegations), of_claim, of_member, names)


def _join_similar(
    items: Sequence[AllegationSummary],
    days: Sequence[int | None],
    stating: Sequence[int],
    groups: _Groups,
) -> tuple[dict[str, float], dict[str, float]]:
    """Join the stating allegations whose terms agree: blocked, LSH candidates, verified
    (see the module), each joined as :func:`_join_groups` joins it; the terms' weights and
    the act bonus it measured by.

    One pass in chronological order: an allegation's similar earlier ones are read as the
    groups they are already in, never held as pairs.  Near-copies (wire copy, republished
    statements, a corpus of recombined paragraphs) share one term set, and N copies of one
    allegation held N² links; now each block keeps, per term set, the groups its
    allegations went to (with the day each was last seen, while the window can reach it),
    and the LSH index holds each term set once.  Each pair of term sets is measured once
    (while :data:`_MEASURED` pairs are remembered).  The groups are those of every link
    verified, then :func:`_join_groups` (``tests/test_resolve_corpus_copies.py``).
    """
    # equal term sets share a number: near-copies are one set, hashed and measured once
    numbers: dict[frozenset[str], int] = {}
    number = {i: numbers.setdefault(_features(items[i]), len(numbers)) for i in stating}
    terms_of = list(numbers)
    del numbers
    frequency, total = frequencies(items, stating)  # the corpus's, or a fixed table's
    weight = {
        term: (math.log((total + 1) / (n + 1)) + 1.0) ** IDF_POWER for term, n in frequency.items()
    }
    bonus = _act_bonus(frequency, total, weight)
    hashed = [n for n, terms in enumerate(terms_of) if terms]
    signatures = minhash_signatures(
        [_hashed_terms(terms_of[n]) for n in hashed], num_perm=NUM_PERM, seed=1
    )
    bands = {n: _banded(signature) for n, signature in zip(hashed, signatures, strict=True)}
    del signatures
    weak = [_weak(terms) for terms in terms_of]  # the accused's names are not counted
    similar: dict[tuple[int, int], float] = {}

    def alike(n: int, m: int) -> float:
        """The two term sets' weighted Jaccard (links at :data:`SIMILAR`)."""
        if n == m:
            return 1.0  # one term set (never empty here)
        pair = (n, m) if n < m else (m, n)
        found = similar.get(pair)
        if found is None:
            if len(similar) >= _MEASURED:
                similar.clear()  # measured again if met again: the same answer
            score = _weighted_jaccard(terms_of[n], terms_of[m], weight, bonus)
            found = similar[pair] = score
        return found

    # blocks: the accused's side, then time buckets of WINDOW_DAYS (see _Block)
    blocks: dict[str, _Block] = {}
    for i in stating:
        if terms_of[number[i]]:
            for key in items[i].sides or ("",):
                block = blocks.get(key) or blocks.setdefault(key, _Block(bands, weak, alike))
                block.plan(number[i], days[i])
    profiles: dict[int, _Profile] = {}
    # each group of accusations: its sides, its first and last day (for _join_profiles)
    spans: dict[int, tuple[Sequence[str], int | None, int | None]] = {}
    acts = _ActIndex()
    anchors = _ActIndex(ANCHOR_DAYS)
    for i in stating:  # chronological
        n = number[i]
        accusing = any(c.stance in MAKING for c in items[i].claims)
        keys = (items[i].sides or ("",)) if terms_of[n] else ()
        roots: set[int] = set()
        strong: set[int] = set()
        for key in keys:
            blocks[key].roots(n, days[i], accusing, roots, strong)
        held = [t for t in terms_of[n] if t in bonus and _indexed(t)] if accusing else []
        holding = acts.groups(keys, held, days[i])
        at = [t for t in terms_of[n] if _anchor(t)]
        quiet = items[i].speech  # joins, never seeds nor reshapes (ADDRESS_JOINS)
        root = _join_best(
            i, terms_of[n], roots, profiles, weight, groups, strong, bonus, holding,
            frozenset(items[i].places), anchors.groups(keys, at, days[i]), accusing, quiet,
        )  # fmt: skip
        if quiet:
            for key in keys:
                blocks[key].add(n, days[i], accusing, root, record=False)
            continue
        for key in keys:
            blocks[key].add(n, days[i], accusing, root)
        acts.add(keys, held, days[i], root)
        if accusing:
            anchors.add(keys, at, days[i], root)
        if accusing:
            seen = spans.get(root)
            spans[root] = (keys, days[i], days[i]) if seen is None else (seen[0], seen[1], days[i])
    if GROUPS_SIMILAR is not None:
        distinct = _distinct_acts(frequency, total)
        meetings = _join_profiles(profiles, spans, weight, groups, GROUPS_SIMILAR, distinct)
        if meetings:  # wide groups that met trade members (WIDE_MOVES)
            wanted = {root for meeting in meetings for root in meeting}
            members: dict[int, list[tuple[int, frozenset[str], bool]]] = {}
            for i in stating:
                root = groups.find(i)
                if root in wanted:
                    named = victims(terms_of[number[i]])
                    members.setdefault(root, []).append((i, named, not items[i].speech))
            _move_members(meetings, members, groups)
    return weight, bonus


def _distinct_acts(frequency: Mapping[str, int], total: int) -> frozenset[str]:
    """The act terms two groups may join by (:data:`~kg.resolve.groups.GROUPS_ACT`): those
    at most :data:`GROUPS_ACT_SHARE` of the ``total`` allegations hold, of a specific event
    class (a three-digit CAMEO code outside 19, the conventional force a war is made of:
    "looted" 171, "deported" 174, not "invaded" 192 nor "attacked" 190).

    >>> sorted(_distinct_acts({"loot": 3, "invad": 3, "deport": 90, "war": 3}, 100))
    ['loot']
    """
    return frozenset(
        term
        for term, n in frequency.items()
        if n <= GROUPS_ACT_SHARE * total
        and any(len(c) >= 3 and not c.startswith("19") for c in _ACT_CODES.get(term, ()))
    )


def _join_followers(
    items: Sequence[AllegationSummary],
    days: Sequence[int | None],
    stating: Sequence[int],
    following: Sequence[int],
    groups: _Groups,
    weight: dict[str, float],
    bonus: Mapping[str, float],
) -> None:
    """Join each allegation that only follows (``AllegationSummary.follows``: a sanctions
    designation) to the group of the stating ones it matches best, as the pass would
    (:data:`GROUP_SIMILAR` with the whole group's profile, never a group whose act happened
    elsewhere, one whose act happened at its places first), else leave it alone.

    The groups are final before any follower is compared, and a follower adds nothing to
    a group's profile nor to the terms' weights: what the others say decides the groups,
    and a measure's claims, worded as the programme punishes ("evasion", "abuses"), only
    join them.  Candidates are the groups of the follower's accused's sides that share a
    term with it, active within :data:`WINDOW_DAYS`.
    """
    known = weights.fixed()
    total = len(stating) if known is None else known[1]
    profiles: dict[int, _Profile] = {}
    spans: dict[int, tuple[int | None, int | None]] = {}
    index: dict[tuple[str, str], set[int]] = {}
    for i in stating:
        root = groups.find(i)
        terms = _features(items[i])
        profile = profiles.get(root) or profiles.setdefault(root, _Profile())
        profile.add(terms, weight, items[i].places)
        day = days[i]
        first, last = spans.get(root, (day, day))
        if day is not None:
            first = day if first is None else min(first, day)
            last = day if last is None else max(last, day)
        spans[root] = (first, last)
        for key in items[i].sides:
            for term in terms:
                index.setdefault((key, term), set()).add(root)
    unseen = (math.log(total + 1) + 1.0) ** IDF_POWER  # a term no stating allegation holds
    for i in following:
        terms = _features(items[i])
        for term in terms:
            weight.setdefault(term, unseen)
        places = frozenset(items[i].places)
        candidates = {r for key in items[i].sides for t in terms for r in index.get((key, t), ())}
        best: tuple[tuple[bool, float], int] | None = None
        for root in sorted(candidates):
            first, last, day = *spans[root], days[i]
            if (
                day is not None
                and first is not None
                and last is not None
                and not (first - WINDOW_DAYS <= day <= last + WINDOW_DAYS)
            ):
                continue  # years apart
            profile = profiles[root]
            if profile.elsewhere(places):
                continue
            score = profile.similarity(terms, weight, bonus)
            if score < GROUP_SIMILAR:
                continue
            rank = (profile.there(places), score)
            if best is None or rank > best[0]:
                best = (rank, root)
        if best is not None:
            groups.union(best[1], i)


def _join_answers(
    items: Sequence[AllegationSummary],
    days: Sequence[int | None],
    stating: Sequence[int],
    answering: Sequence[int],
    groups: _Groups,
) -> None:
    """Join each denial that points back to the allegation it answers (see the module).

    The stating groups are fixed before any answer joins them, so answers do not depend
    on one another.
    """
    size: Counter[int] = Counter()
    accused: dict[int, set[str]] = {}
    accusers: dict[int, set[str]] = {}
    for i in stating:
        root = groups.find(i)
        # a speech's assertions joined to a charge (ClaimNote.spoken) tell it, they do not
        # make it more claimed
        size[root] += sum(not c.spoken for c in items[i].claims)
        if any(c.stance in MAKING for c in items[i].claims):
            accused.setdefault(root, set()).update(items[i].sides)
            accusers.setdefault(root, set()).update(
                c.side for c in items[i].claims if c.stance in MAKING
            )
    # per side, the dated activity of the groups concerned, in time order
    timeline: dict[str, list[tuple[int, int]]] = {}
    undated: dict[str, set[int]] = {}
    for i in stating:
        root = groups.find(i)
        against = accused.get(root, set())  # an accuser also accused is no side's voice
        for key in against | {"@" + a for a in accusers.get(root, set()) - against}:
            if days[i] is None:
                undated.setdefault(key, set()).add(root)
            else:
                timeline.setdefault(key, []).append((days[i] or 0, root))
    for events in timeline.values():
        events.sort()
    for i in answering:
        item = items[i]
        keys = [*item.sides, *("@" + a for a in item.answers)]
        deniers = {c.side for c in item.claims if c.stance is Stance.DENY}
        candidates: dict[int, int] = {}  # group -> its latest activity in the window
        when = days[i]
        for key in keys:
            events = timeline.get(key, [])
            if when is None:
                found = events
            else:
                low = bisect_left(events, (when - ANSWER_DAYS, -1))
                high = bisect_right(events, (when + ANSWER_SLACK_DAYS, len(items)))
                found = events[low:high]
            for day, root in found:
                candidates[root] = max(candidates.get(root, day), day)
            for root in undated.get(key, ()):
                candidates.setdefault(root, -1)
        for root in list(candidates):
            # the accusers' side rejecting the accused's counter-claims ("no confirmation
            # of Moscow's statements") answers another allegation (kg.resolve.allegations)
            accusing = accusers.get(root, set()) - accused.get(root, set())
            if deniers and deniers <= accusing and accusing.isdisjoint(item.answers):
                del candidates[root]
        if candidates:
            best = max(candidates, key=lambda r: (size[r], candidates[r], -r))
            groups.union(best, i)


def regroup(
    summaries: Iterable[AllegationSummary], groups: Mapping[str, tuple[str, Iterable[str]]]
) -> CorpusMerge:
    """The corpus allegations a build merged, made again from ``summaries`` and the build's
    grouping ``groups`` (corpus allegation id -> its summary and members), as read back
    from its RDF: what a merge of the same summaries gives, without merging again."""
    by_id = {item.id: item for item in summaries}
    read = {key: (text, list(members)) for key, (text, members) in groups.items()}
    for _, members in read.values():
        for member in members:  # a speech's assertions set apart (set_apart_speech)
            item = by_id.get(member.removesuffix(SPEECH_APART))
            if member.endswith(SPEECH_APART) and item is not None and member not in by_id:
                said = tuple(c for c in item.claims if c.nearby)
                by_id[member] = replace(item, id=member, claims=said)
                by_id[item.id] = replace(item, claims=tuple(c for c in item.claims if not c.nearby))
    allegations = []
    for key, (text, members) in read.items():
        found = sorted((by_id[m] for m in members if m in by_id), key=_chronological)
        if found:
            allegations.append(replace(_corpus_allegation(found), id=key, summary=text))
    allegations.sort(key=lambda a: (a.first_alleged is None, a.first_alleged or "", a.id))
    return _merge_result(allegations, sorted(by_id.values(), key=_chronological))


def term_table(summaries: Iterable[AllegationSummary]) -> tuple[Counter[str], int]:
    """The merge's terms as :func:`merge_allegations` counts them on ``summaries`` (its
    stating allegations, their sides read across the corpus), and their total: what
    ``scripts/merge_terms.py`` writes to :data:`kg.resolve.weights.TABLE`'s file."""
    items = sorted(summaries, key=_chronological)
    items = with_corpus_sides(items, corpus_sides(i for i in items if not i.follows))
    return weights.measured(
        _features(item) for item in items if not (item.points_back or item.alone or item.follows)
    )


def corpus_allegations(documents: Iterable[DocumentGraph]) -> CorpusMerge:
    """:func:`merge_allegations` over the :func:`allegation_summaries` of ``documents``."""
    return merge_allegations(s for document in documents for s in allegation_summaries(document))
