"""The corpus merge's records: a document's allegations as the small summaries it
compares, and a merged group as the corpus allegation it becomes (:mod:`kg.resolve.corpus`).

:func:`allegation_summaries` reads one resolved document: the accused and their sides
(:func:`side`: a minister stands for his state), the proposition's terms with the actors
named in it as ``@side`` terms (:func:`_span_terms`), the claims' stances and claimers, the
places the act happened at, the document's day and outlet.  :func:`_corpus_allegation`
turns the summaries of one group back into a :class:`~kg.model.CorpusAllegation` with a
stable id, its first accusation and denial days, its stances and outlets.  It is apart
from the merge because it reads the document graph's model, which the blocking and the
grouping never see: they compare summaries only.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import re
import sys
import tempfile
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import IO

from kg.model import (
    Actor,
    ActorKind,
    AllegationSummary,
    ClaimNote,
    CorpusAllegation,
    DocumentGraph,
    ResolvedClaim,
    Stance,
    Voice,
)
from kg.resolve import allegations as allegations_module
from kg.resolve.allegations import MAKING, content_words, is_reference, jaccard
from kg.resolve.allegations import side as side
from kg.resolve.gazetteer import lookup
from kg.resolve.places import place_actors
from kg.resolve.propositions import MIN_TERMS, proposition_terms
from kg.resolve.voice import is_official

#: Rule families (:data:`kg.extract.claims.REFINEMENTS`) whose claims follow an allegation
#: others made and never start or reshape one: a sanctions designation in an official
#: text ("Treasury designated X for evading sanctions") charges its party with the act
#: the programme punishes, in the programme's words, which match many allegations a
#: little; let them seed groups and weigh in profiles and one allegation splits in two
#: (benchmarks/allegations/RESULTS.md, round 13).  So do an official's own wrongs named as
#: nouns (``named_wrong``, :mod:`kg.extract.claims.prose`): "Moscow's imperial ambitions",
#: "we have seen Russia's atrocities", "Hundreds of Russian missiles." restate what others
#: charge in words that match many allegations a little.
FOLLOWING = frozenset({"designation", "named_wrong", "official_demand", "release_call"})


#: Round 36 (alleg37, issue 13): a single speaker's speech read sentence by sentence
#: (:data:`ADDRESS_RULE`, :mod:`kg.extract.claims.address_speech`, on since round 35) makes
#: a directed claim of nearly every sentence that charges, criticizes or denies, in the
#: speech's own words: "But Russian troops do not stop even before striking at the
#: monastery", "Russia is also pursuing a consistent criminal policy of deporting our
#: people", "This is nonsense."  Let them seed groups and weigh in profiles, and their
#: words ("even", "stop", "people", "policy") chain groups the gold keeps apart: the
#: round-35 family drew 147 claims of 18 other groups into the corpus's widest group
#: of Russia's strikes (200 -> 317 claims), and cost the development B-cubed 0.027
#: (benchmarks/allegations/RESULTS.md, round 36, alleg37).  True: such claims follow
#: (:data:`FOLLOWING`): they join the group they match best once the groups are final, and
#: never start, split or reshape one; a denial of no proposition of its own ("This is total
#: nonsense.") joins none.  False: they state allegations as any claim does (round 35).
ADDRESS_FOLLOWS = False

#: Round 36 (alleg37, issue 13): the middle way.  An allegation made only of such claims
#: (``AllegationSummary.speech``) joins the group it matches in the merge's chronological
#: pass as any allegation does ("But Russia is also trying to thwart our efforts by
#: destroying railway bridges, railway stations" joins the railway strikes), but adds
#: nothing to its profile, starts no group and is no link for a later allegation; alone
#: after the pass it stays alone (no paraphrase, context or victim join), and one that
#: states no proposition of its own ("This is nonsense.") answers no allegation.  Read
#: only when :data:`ADDRESS_FOLLOWS` is False.  False: they state allegations as any
#: claim does (round 35).
ADDRESS_JOINS = False

#: The family name of :mod:`kg.extract.claims.address_speech` (its ``ADDRESS_RULE``; not
#: imported: resolution does not import the extractor's parser).
ADDRESS_RULE = "address_speech"


def following(rule: str) -> bool:
    """Whether a claim made by ``rule`` (families joined by "+") only follows allegations
    (:data:`FOLLOWING`; and a speech's sentence read by ``address_speech``, with
    :data:`ADDRESS_FOLLOWS`).

    >>> following("author_voice+designation"), following("author_voice+official_prose")
    (True, False)
    """
    families = rule.split("+")
    return not FOLLOWING.isdisjoint(families) or (ADDRESS_FOLLOWS and ADDRESS_RULE in families)


#: In a news story (not an official text), an allegation that accuses with fewer than
#: :data:`~kg.resolve.propositions.MIN_TERMS` words of its own ("that", "the cyberattack")
#: takes its headline's words too ("Obama: US to Respond to N. Korea Sony Attack"): the
#: headline names the charge the story is about.  Off: measured in round 28 (alleg29),
#: blind23 (VOA stories) B-cubed 0.309 -> 0.318 (two Kim Jong Nam stories join the
#: killing's group; an "act of war" pair of two stories splits), but a headline's words
#: are not the act's: a year or the accused's name in two headlines ("... 2023 ...",
#: "Russia ...") joins unrelated charges (tests/test_resolve_corpus_recall.py's stories,
#: whose titles are their paths, joined war crimes, grain theft and deported children)
#: (benchmarks/allegations/RESULTS.md, round 28, alleg29).
NEWS_HEADLINE = False

#: An accusation whose accused is no actor that can be accused and whose proposition names
#: none either (the extractor's target is a place, a victim or the act: "citizens subject
#: to arbitrary detention", "the deportations") keeps the phrase as its accused, a side of
#: its own that blocks it from every allegation of the act's real accused.  With this on,
#: it is read as against its document's other accusations' side (the one they accuse with
#: most claims that is not its own speakers'), and as one that follows
#: (``AllegationSummary.follows``): a borrowed accused is weak evidence, so it joins the
#: corpus group of that side it matches best once the groups are final, and never starts,
#: splits or reshapes one.  Off: measured in round 28 (splits29, issue 13), development
#: B-cubed +0.0059 in sum (blind2 +0.0020, blind8 +0.0021, blind19 +0.0019, no part
#: lower), but of its three new cross-document joins one is wrong (a "violation of the
#: Black Sea Grain Initiative" joined the group of Russia's leaving the deal): blind19's
#: cross-document pairwise precision 0.665 -> 0.627, below the bar written first.  Read
#: as an accusation of the side in the pass instead: blind4 +0.014, blind5 -0.012, dev
#: -0.0045 (the pass's groups form otherwise) (benchmarks/allegations/RESULTS.md).
DOCUMENT_ACCUSED = False

#: An accusation whose accused the extractor took from what the act violates ("this act
#: constitutes a further blatant violation of relevant UN Security Council resolutions",
#: "it is using assault drones in violation of the Minsk Package of Measures": the
#: resolutions' council and the agreement are no doer) is read as against the actors its
#: proposition names, as one whose target is the act is (:func:`_violated`): the
#: violated body or agreement is a side of its own that blocks the charge from every
#: allegation of its accused.  On since round 29 (fold30, issue 13: of the development
#: parts' 272 ``accused:differs`` split pairs, 88 have an accused that is no actor; it
#: changes 7 summaries of the corpus): development B-cubed +0.0175 in sum (dev 0.365 ->
#: 0.375, blind7 0.194 -> 0.201, blind3 +0.001), cross-document pairwise precision up, no
#: held-out part moved (benchmarks/allegations/RESULTS.md).
VIOLATED = True
#: The words before a mention that make it what an act violates, not its doer: "violation
#: of", "in breach of", "violating", "in defiance of", with up to two words between
#: ("violation of relevant UN Security Council resolutions", "of the").
_VIOLATING = re.compile(
    r"\b(?:violat(?:ion|ions|ing|es|ed|e)|breach(?:es|ed|ing)?|defian(?:ce|t)|defy(?:ing)?|"
    r"contraven(?:tion|tions|ing|es|ed|e))\s+(?:of\s+)?(?:[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)
#: A possessor after "violation of" owns what is violated, and is its doer ("in blatant
#: violation of the DPRK's obligations"): such a mention is no violated one.
_POSSESSIVE = re.compile(r"['’]s?\b")
#: How far back from a mention :data:`_VIOLATING` reads.
_VIOLATING_REACH = 60

#: Round 33 (alleg34, issue 13): a name the tagger typed a person or an organisation that its
#: document shows to be a place or a hashtag (:func:`kg.resolve.places.place_actors`: "in
#: Bucha", "the town of Lyman", "Tiananmen Square", "#MaduroCrisis") is no actor that can be
#: accused and counts as a place among the proposition's terms; an accusation whose only
#: accused it is then reads the actors its proposition names, else (:data:`PLACED_ACCUSED`)
#: its document's accused, as :data:`DOCUMENT_ACCUSED` reads them.  False: such a name is
#: the accused, a side of its own that blocks the charge from its doer's allegations.
PLACES = True
#: With :data:`PLACES`: an accusation whose accused were all places and whose proposition
#: names no actor that can be accused is read as against its document's other accusations'
#: side, and follows (:func:`_document_accused`).
PLACED_ACCUSED = True
#: With :data:`PLACES`: such a name counts as a place among the proposition's terms (the
#: merge's place gate), not as an actor's ``@`` term.  Off: measured in round 33 (alleg34),
#: development B-cubed dev +0.027, blind4 +0.005, but blind3 -0.007 and blind19 -0.029 (a
#: Houthi group re-forms around a member that now names the Gulf of Aden as a place)
#: (benchmarks/allegations/RESULTS.md).
PLACED_TERMS = False

#: Stances whose content is not the allegation's proposition (:func:`allegation_summaries`).
_CONTEXT_ONLY = frozenset({Stance.THREATEN, Stance.ASSERT})

#: Round 34 (alleg35, issue 13): an allegation whose claims that do not follow
#: (:data:`FOLLOWING`) are all of a context-only stance (:data:`_CONTEXT_ONLY`: a commitment
#: to counter the accused, ``threaten`` since round 33's ``commitments.COMMITTED_STANCES``;
#: an assertion) is read from its following claims, and follows, as it was without them:
#: "this launch is a clear violation of multiple UN Security Council resolutions" (a named
#: wrong, following) grouped with "We ... coordinate ... to address the threats posed by
#: the DPRK" (``threaten``).  False: the context-only claims lead, no claim accuses, and the
#: allegation has no accused, no terms and points back (round 33's end: the `dev` DPRK
#: launch group split, B-cubed 0.375 -> 0.365) (benchmarks/allegations/RESULTS.md).
CONTEXT_FOLLOWS = True


def _day(published: str | None) -> str | None:
    match = re.match(r"\d{4}-\d{2}-\d{2}", (published or "").strip())
    if not match:
        return None
    try:
        return date.fromisoformat(match.group(0)).isoformat()
    except ValueError:
        return None


def _around(published: str | None) -> str | None:
    """The day a document dated only by its month or year ("2018-03", "2017") is read at
    by the corpus merge's time windows: the middle of the month or of the year (at most
    half a month or half a year off).  Read as undated, such a story met allegations of
    any year: a VOA story of March 2018 on the Skripal poisoning joined a group of 2022's
    shelling, and a 2006 denial of the Litvinenko killing answered it.

    >>> _around("2018-03"), _around("2017"), _around("2018-03-04"), _around(None)
    ('2018-03-15', '2017-07-01', None, None)
    """
    text = (published or "").strip()
    if _day(text) is not None:
        return None
    month = re.fullmatch(r"(\d{4})-(\d{2})", text)
    if month and 1 <= int(month.group(2)) <= 12:
        return f"{month.group(1)}-{month.group(2)}-15"
    year = re.fullmatch(r"\d{4}", text)
    return f"{text}-07-01" if year else None


def allegation_summaries(document: DocumentGraph) -> tuple[AllegationSummary, ...]:
    """The :class:`~kg.model.AllegationSummary` of each of a document's allegations."""
    actors = {actor.id: actor for actor in document.actors}
    claims = {claim.id: claim for claim in document.claims}
    text = document.article.text
    named, starts = _named_spans(document)
    placed = place_actors(document, actors) if PLACES else frozenset()
    published = _day(document.article.published)
    around = None if published else _around(document.article.published)
    title = document.article.title
    headline = (
        proposition_terms(title)
        if NEWS_HEADLINE and title and not is_official(document.article.outlet)
        else frozenset()
    )
    # a speech's assertions joined to its charge (allegations.SPEECH_ASSERTIONS "narrow"):
    # marked (ClaimNote.spoken), and those whose words do not overlap the charge's
    # (ClaimNote.nearby) are kept out of the merge's wide groups (corpus.SPEECH_WIDE)
    said = (
        frozenset(
            c.id
            for c in document.claims
            if c.allegation
            and c.claim.stance is Stance.ASSERT
            and ADDRESS_RULE in c.claim.rule.split("+")
        )
        if allegations_module.SPEECH_ASSERTIONS == "narrow" and is_official(document.article.outlet)
        else frozenset()
    )
    summaries: list[AllegationSummary] = []
    unplaced: dict[int, frozenset[str]] = {}  # summary -> its speakers' sides
    borrowing: set[int] = set()  # the unplaced whose accused were places (PLACED_ACCUSED)
    for allegation in document.allegations:
        # in text order, by what RDF keeps too (kg render merges documents read back)
        every = sorted(
            (claims[i] for i in allegation.claims if i in claims),
            key=lambda c: (c.claim.cue.start, c.claim.cue.end, c.id),
        )
        # what the allegation says is what its leading claims say: a measure's claims
        # (FOLLOWING) beside them do not reshape it, and alone they only follow
        members = [c for c in every if not following(c.claim.rule)] or every
        nearby = _nearby(every, said) if said else frozenset()
        follows = len(members) == len(every) and all(following(c.claim.rule) for c in every)
        if (
            CONTEXT_FOLLOWS
            and len(members) < len(every)
            and all(c.claim.stance in _CONTEXT_ONLY for c in members)
        ):
            # "We ... coordinate ... to address the threats posed by the DPRK" (a commitment
            # read as ``threaten``) beside a designation's or a named wrong's charge: a
            # context-only claim states no proposition, so the charge still leads, and the
            # allegation follows as it did alone (CONTEXT_FOLLOWS)
            members, follows = every, True
        speech = (
            ADDRESS_JOINS
            and not ADDRESS_FOLLOWS
            and all(ADDRESS_RULE in c.claim.rule.split("+") for c in every)
        )
        accusations = [c for c in members if c.claim.stance in MAKING]
        denials = [c for c in members if c.claim.stance is Stance.DENY]
        opened = (
            allegations_module.NEWS_OPENS
            and not accusations
            and not denials
            and bool(allegation.accused)
        )
        outlet_joins = opened and allegations_module.outlet_joins_only()
        if opened:
            # a news story's charge its assertions opened (NEWS_OPENS): they state it (its
            # outlet's own narration does not, kg.resolve.NEWS_PUBLISHER "joined")
            accusations = [
                c
                for c in members
                if c.claim.stance is Stance.ASSERT
                and not (outlet_joins and c.claim.voice is Voice.PUBLISHER)
            ]
        terms: set[str] = set()
        places: dict[str, str] = {}  # place -> the state a capital names ("" for places)
        for resolved in members:
            content = resolved.claim.content
            if resolved.claim.stance in _CONTEXT_ONLY and not (
                opened
                and resolved.claim.stance is Stance.ASSERT
                and not (outlet_joins and resolved.claim.voice is Voice.PUBLISHER)
            ):
                # a warning about the act points to it, it does not restate it; a news
                # story's assertion joined its charge by the story's context
                # (kg.resolve.allegations.NEWS_ASSERTIONS), not by its words
                continue
            if content is None:
                continue
            if resolved.claim.stance not in MAKING and is_reference(content.text):
                continue  # "rejected the allegations as baseless": it points back
            # "condemned the reported atrocities by Putin's forces in Bucha": a condemnation
            # of reports or claims still names the act; the reference words are left out
            # (proposition_terms)
            terms |= _span_terms(
                content.start,
                content.end,
                text or content.text,
                named,
                starts,
                actors,
                places,
                placed if PLACED_TERMS else frozenset(),
            )
        accused = tuple(sorted({t for c in accusations for t in c.targets})) or (
            tuple(sorted(allegation.accused)) if accusations else ()
        )
        violated = (
            _violated(accused, accusations, named, starts, text)
            if VIOLATED and accusations and text
            else frozenset()
        )
        if accusations and not any(
            _can_be_accused(a, actors, placed) and a not in violated for a in accused
        ):
            # "condemned the atrocities committed by Russia's forces": the extractor's target
            # is the act, not an actor; the actors the proposition names are the accused
            # (and so when the target is what the act violates: VIOLATED)
            speakers = {side(c.claimer, actors) for c in members}
            in_content = sorted(
                t[1:]
                for t in terms
                if t.startswith("@")
                and t[1:] not in violated
                and _can_be_accused(t[1:], actors, placed)
                and side(t[1:], actors) not in speakers
            )
            accused = tuple(in_content) or accused
            if not in_content:
                unplaced[len(summaries)] = frozenset(speakers)
                if PLACED_ACCUSED and accused and all(a in placed for a in accused):
                    borrowing.add(len(summaries))
        else:
            accused = tuple(a for a in accused if _can_be_accused(a, actors, placed)) or accused
        if not accusations:
            accused = tuple(sorted({side(c.claimer, actors) for c in denials}))
        sides = tuple(sorted({side(a, actors) for a in accused}))
        plain = [t for t in terms if not t.startswith("@")]
        if headline and accusations and len(plain) < MIN_TERMS:
            terms |= headline
        # a capital names the state when the state acts ("Moscow's war"), a place when the
        # act is done there ("missiles hit the Kyiv region")
        where = sorted(p for p, state in places.items() if not state or state not in sides)
        summaries.append(
            AllegationSummary(
                id=allegation.id,
                document=document.article.id,
                published=published,
                outlet=document.article.outlet or None,
                summary=allegation.summary,
                accused=_interned(accused),
                sides=_interned(sides),
                answers=_interned(sorted({side(t, actors) for c in denials for t in c.targets})),
                terms=_interned(sorted(terms)),
                points_back=not accusations and len(plain) < MIN_TERMS,
                alone=allegation.alone,
                places=_interned(where),
                around=around,
                claims=tuple(
                    ClaimNote(
                        c.id,
                        c.claim.stance,
                        sys.intern(c.claimer),
                        sys.intern(side(c.claimer, actors)),
                        bool(c.claim.hedges),
                        c.id in said,
                        c.id in nearby,
                    )
                    for c in every
                ),
                names=tuple(
                    _named(actor, actors)
                    for actor in _ordered([*accused, *(c.claimer for c in every)])
                ),
                follows=follows,
                speech=speech,
                victims=(
                    _victims(members, accused, named, starts, document, actors)
                    if _victims_read()
                    else ()
                ),
                narrated=any("narrated_act" in c.claim.rule.split("+") for c in members),
            )
        )
    if DOCUMENT_ACCUSED and unplaced:
        summaries = _document_accused(summaries, unplaced, actors)
    elif borrowing:
        summaries = _document_accused(
            summaries, {n: unplaced[n] for n in sorted(borrowing)}, actors, unplaced
        )
    return tuple(summaries)


def _document_accused(
    summaries: Sequence[AllegationSummary],
    unplaced: Mapping[int, frozenset[str]],
    actors: Mapping[str, Actor],
    uncounted: Iterable[int] = (),
) -> list[AllegationSummary]:
    """``summaries`` with each one of ``unplaced`` (its accused no actor that can be
    accused; with its speakers' sides) read as against the side its document's other
    accusations accuse with most claims, that is not its speakers' (ties by the side's id),
    and as one that follows (:data:`DOCUMENT_ACCUSED`); kept as it is when there is none.
    The accusations of ``uncounted`` (and of ``unplaced``) are not counted."""
    skipped = set(unplaced) | set(uncounted)
    counts: Counter[str] = Counter()
    for number, summary in enumerate(summaries):
        if number in skipped:
            continue
        making = sum(1 for c in summary.claims if c.stance in MAKING)
        if making:
            for key in summary.sides:
                counts[key] += making
    found = list(summaries)
    for number, speakers in unplaced.items():
        ranked = sorted((-n, key) for key, n in counts.items() if key not in speakers)
        if not ranked:
            continue
        key = sys.intern(ranked[0][1])
        summary = summaries[number]
        names = tuple(
            dict.fromkeys(
                [_named(key, actors), *(n for n in summary.names if n[0] not in summary.accused)]
            )
        )
        found[number] = replace(summary, accused=(key,), sides=(key,), names=names, follows=True)
    return found


def _violated(
    accused: Sequence[str],
    accusations: Sequence[ResolvedClaim],
    named: Sequence[tuple[int, int, str]],
    starts: Sequence[int],
    text: str,
) -> frozenset[str]:
    """The ``accused`` that the accusations' contents name only as what the act violates
    (every mention of it inside a content follows :data:`_VIOLATING`: "in violation of the
    Minsk Package of Measures"); an accused the contents do not name is not among them.

    >>> text = "It fired missiles in violation of relevant UN Security Council resolutions."
    >>> at = text.index("UN")
    >>> named = [(0, 2, "north-korea"), (at, at + 22, "unsc")]
    >>> from kg.model import Claim, Mention, Span
    >>> claim = ResolvedClaim("c", Claim(Mention(Span(0, 2, "It"), "PRON", 0), Stance.ACCUSE,
    ...     Span(3, 8, "fired"), 0, content=Span(3, len(text), text[3:])), "us")
    >>> sorted(_violated(("unsc", "north-korea"), [claim], named, [s for s, _, _ in named], text))
    ['unsc']
    """
    found: set[str] = set()
    for actor in accused:
        seen = [
            start
            for c in accusations
            if c.claim.content is not None
            for start, end, mentioned in named[
                bisect_left(starts, c.claim.content.start) : bisect_left(
                    starts, c.claim.content.end
                )
            ]
            if mentioned == actor
            and end <= c.claim.content.end
            and not _POSSESSIVE.match(text, end)  # "violation of the DPRK's obligations"
        ]
        if seen and all(
            _VIOLATING.search(text[max(0, start - _VIOLATING_REACH) : start]) for start in seen
        ):
            found.add(actor)
    return frozenset(found)


#: Kinds of actor whose mention counts as its words, when it acts for no state.
_WORDS_OF = frozenset({ActorKind.GROUP, ActorKind.OTHER})
#: Kinds of actor that are accused as they are; the others only through an affiliation.
_ACCUSABLE = frozenset({ActorKind.STATE, ActorKind.PERSON, ActorKind.ORGANISATION})


def _interned(strings: Iterable[str]) -> tuple[str, ...]:
    """``strings`` as one copy each across the corpus: the summaries are held until the
    merge, and a term, an actor id or a name recurs in every document that names it."""
    return tuple(sys.intern(s) for s in strings)


def _can_be_accused(
    actor: str, actors: Mapping[str, Actor], placed: frozenset[str] = frozenset()
) -> bool:
    """A state, person or organisation, or anything affiliated with one ("Russian
    hackers"); not a phrase the extractor took for an actor ("atrocities", "those"), nor a
    name its document shows to be a place (``placed``, :data:`PLACES`)."""
    known = actors.get(actor)
    return (
        known is not None
        and actor not in placed
        and (known.kind in _ACCUSABLE or bool(known.affiliation))
    )


def _name_and_kind(actor: str, actors: Mapping[str, Actor]) -> tuple[str, str]:
    known = actors.get(actor)
    return (known.name, known.kind.value) if known else (actor, ActorKind.OTHER.value)


def _named(actor: str, actors: Mapping[str, Actor]) -> tuple[str, str, str]:
    name, kind = _name_and_kind(actor, actors)
    return sys.intern(actor), sys.intern(name), kind


def _victims_read() -> bool:
    """Whether the corpus merge's victim guard reads victims (off by default: then no build
    spends a pass over each allegation's named spans on them).  Imported here, not at the top:
    :mod:`kg.resolve.corpus` imports this module."""
    from kg.resolve import corpus

    return bool(corpus.VICTIM_GUARD)


def _victims(
    members: Iterable[ResolvedClaim],
    accused: Sequence[str],
    named: Sequence[tuple[int, int, str]],
    starts: Sequence[int],
    document: DocumentGraph,
    actors: Mapping[str, Actor],
) -> tuple[str, ...]:
    """The persons an allegation's claims name as whom the act was done to
    (``AllegationSummary.victims``, :data:`kg.resolve.corpus.VICTIM_GUARD`): the person actors
    mentioned in a claim's content, or, for the outlet's narrated act
    (:mod:`kg.resolve.narrated_act`, whose victim may be a passive's subject), in its sentence;
    not an accused nor a claimer (a person stays himself here, not his state's side: "Liu
    Xiaobo" is China's in the terms, a victim here)."""
    members = list(members)
    others = {*accused, *(c.claimer for c in members)}
    found: set[str] = set()
    for resolved in members:
        span = resolved.claim.content
        if "narrated_act" in resolved.claim.rule.split("+"):
            index = resolved.claim.sentence
            if 0 <= index < len(document.sentences):
                span = document.sentences[index]
        if span is None:
            continue
        for start, end, actor in named[bisect_left(starts, span.start) :]:
            if start >= span.end:
                break
            known = actors.get(actor)
            person = known is not None and known.kind is ActorKind.PERSON
            if end <= span.end and person and actor not in others:
                found.add(sys.intern(actor))
    return tuple(sorted(found))


def _ordered(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))


def _named_spans(
    document: DocumentGraph,
) -> tuple[list[tuple[int, int, str]], list[int]]:
    """A document's mentions as ``(start, end, actor id)`` in text order, and their starts
    (what :func:`_span_terms` bisects)."""
    named = sorted(
        ((m.span.start, m.span.end, actor) for m, actor in document.mentions),
        key=lambda item: item[:2],
    )
    return named, [start for start, _, _ in named]


def _span_terms(
    start: int,
    end: int,
    text: str,
    named: Sequence[tuple[int, int, str]],
    starts: Sequence[int],
    actors: Mapping[str, Actor] | None = None,
    places: dict[str, str] | None = None,
    placed: frozenset[str] = frozenset(),
) -> set[str]:
    """Terms of ``text[start:end]``: the actors named in it as ``@side`` (the Kremlin,
    Russian forces and Russia are one side, :func:`side`; a place stays itself:
    Kharkiv is not Mariupol), the other words as
    :func:`proposition_terms`, and so are the words of a group the extractor took for an
    actor that acts for no one ("civilians", "Putin's forces").

    ``places`` collects the places named: a place actor (with ""), or a state's capital
    (with the state: it may name the state, "Moscow's war", the caller decides); an actor of
    ``placed`` is a place (:data:`PLACES`)."""
    terms: set[str] = set()
    pieces, at = [], start
    for mention_start, mention_end, actor in named[bisect_left(starts, start) :]:
        if mention_start >= end:
            break
        if mention_end > end:
            continue
        known = actors.get(actor) if actors is not None else None
        if known is not None and known.kind in _WORDS_OF and not known.affiliation:
            continue  # its words stay in the text
        pieces.append(text[at:mention_start])
        # not a place (the tagger's, or one its document shows to be one: PLACES)
        doer = known is not None and known.kind is not ActorKind.OTHER and actor not in placed
        terms.add("@" + (side(actor, actors) if doer and actors is not None else actor))
        if places is not None and known is not None:
            if not doer:
                places.setdefault(actor, "")
            elif known.kind is ActorKind.STATE:
                entry = lookup(text[mention_start:mention_end])
                if entry is not None and entry.via == "capital" and entry.id == actor:
                    places.setdefault(actor + ":capital", actor)
        at = max(at, mention_end)
    pieces.append(text[at:end])
    return terms | proposition_terms(" ".join(pieces))


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def _first(members: Sequence[AllegationSummary]) -> AllegationSummary:
    """The member a corpus allegation is named after and worded as: its first accusation,
    else its first that states a proposition, else its first (``members`` chronological)."""
    accusing = [m for m in members if any(c.stance in MAKING for c in m.claims)]
    return (accusing or [m for m in members if not m.points_back] or list(members))[0]


def _slim(summary: AllegationSummary) -> AllegationSummary:
    """``summary`` as the merge's grouping reads it: without its text and with only its
    persons' names and its accused groups' (:func:`kg.resolve.sides.corpus_sides` reads
    them: one person's spellings, one named group's ids), its day and outlet
    one string across the corpus; the merge reads the rest in a second pass
    (:func:`kg.resolve.corpus.merge_allegations`).

    >>> note = ClaimNote("c1", Stance.ACCUSE, "uk", "uk")
    >>> one = AllegationSummary("a1", "d1", "2024-03-01", "wire", "Some text", ("ru",),
    ...     ("ru",), (), ("shell",), False, (note,),
    ...     (("ru", "Russia", "state"), ("ivanov", "Ivan Ivanov", "person")))
    >>> slim = _slim(one)
    >>> slim.summary, slim.names, slim.terms is one.terms
    ('', (('ivanov', 'Ivan Ivanov', 'person'),), True)
    """
    return replace(
        summary,
        summary="",
        published=None if summary.published is None else sys.intern(summary.published),
        outlet=None if summary.outlet is None else sys.intern(summary.outlet),
        names=tuple(
            named
            for named in summary.names
            if named[2] == _PERSON or (named[0] in summary.sides and named[2] != _STATE)
        ),
    )


_PERSON = ActorKind.PERSON.value
_STATE = ActorKind.STATE.value


def _nearby(every: Sequence[ResolvedClaim], said: frozenset[str]) -> frozenset[str]:
    """The claims of ``said`` (a speech's assertions joined to a charge,
    :data:`kg.resolve.allegations.SPEECH_ASSERTIONS` ``"narrow"``) among ``every`` (one
    allegation's claims) whose content words do not overlap its other claims' words at
    :data:`~kg.resolve.allegations.OVERLAP`: joined by their place in the speech, not by
    what they say ("Torture chambers are built there.")."""
    words = frozenset().union(
        *(
            content_words(c.claim.content.text)
            for c in every
            if c.id not in said and c.claim.content
        )
    )
    return frozenset(
        c.id
        for c in every
        if c.id in said
        and jaccard(content_words(c.claim.content.text if c.claim.content else ""), words)
        < allegations_module.OVERLAP
    )


def _corpus_allegation(members: Sequence[AllegationSummary]) -> CorpusAllegation:
    """One corpus allegation from its members, given in chronological order."""
    accusing = [m for m in members if any(c.stance in MAKING for c in m.claims)]
    first = _first(members)
    accused = _ordered(a for m in accusing for a in m.accused) or _ordered(
        a for m in members for a in m.accused
    )
    notes = [(m, c) for m in members for c in m.claims]
    accusers = _ordered(c.claimer for _, c in notes if c.stance in MAKING)
    deniers = _ordered(c.claimer for _, c in notes if c.stance is Stance.DENY)
    counts: Counter[tuple[str, str]] = Counter(
        (m.published[:7], c.stance.value) for m, c in notes if m.published
    )

    def first_day(stances: frozenset[Stance]) -> str | None:
        dated = [m.published for m, c in notes if c.stance in stances and m.published]
        return min(dated) if dated else None

    return CorpusAllegation(
        id="ca-" + _digest(first.id),
        summary=first.summary,
        accused=accused,
        accusers=accusers,
        deniers=deniers,
        outlets=tuple(sorted({m.outlet for m in members if m.outlet})),
        hedging_outlets=tuple(sorted({m.outlet for m, c in notes if c.hedged and m.outlet})),
        first_alleged=first_day(MAKING),
        first_denied=first_day(frozenset({Stance.DENY})),
        members=tuple(m.id for m in members),
        claims=_ordered(c.id for _, c in notes),
        counts=tuple((month, stance, n) for (month, stance), n in sorted(counts.items())),
        status="disputed" if deniers else "alleged",
    )


class SummarySpool:
    """The documents' allegation summaries on disk, from the stream to the merge: held in
    memory they grew the build's by about 1.65 KB per document (1.4 summaries each).

    ``add`` each document's summaries as they come (pickled to an unnamed file under
    ``folder``, nothing left behind if the build dies); iterating reads them back in the
    order they came, their strings interned again (:func:`_interned`: a term, an actor id
    or a name once across the corpus, as when they were made), a new pass each time.

    >>> import tempfile, pathlib
    >>> note = ClaimNote("c1", Stance.ACCUSE, "uk", "uk")
    >>> one = AllegationSummary("a1", "d1", None, None, "a1", ("ru",), ("ru",), (),
    ...                         ("shell",), False, (note,))
    >>> with SummarySpool(pathlib.Path(tempfile.mkdtemp())) as spool:
    ...     spool.add([one]); spool.add([]); spool.add([one])
    ...     back = list(spool)
    >>> back == [one, one], len(spool), back[0].terms[0] is back[1].terms[0]
    (True, 2, True)
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._file: IO[bytes] | None = None
        self._batches = 0
        self._count = 0

    def add(self, summaries: Sequence[AllegationSummary]) -> None:
        """Spool one document's summaries (none: nothing written)."""
        if not summaries:
            return
        if self._file is None:
            self.folder.mkdir(parents=True, exist_ok=True)
            # closed by close(); unnamed: nothing is left behind
            self._file = tempfile.TemporaryFile(prefix=".kg-summaries-", dir=self.folder)  # noqa: SIM115
        pickle.dump(tuple(summaries), self._file, protocol=pickle.HIGHEST_PROTOCOL)
        self._batches += 1
        self._count += len(summaries)

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator[AllegationSummary]:
        spool = self._file
        if spool is None:
            return
        spool.flush()
        with open(os.dup(spool.fileno()), "rb") as read:  # its own position
            read.seek(0)
            for _ in range(self._batches):
                for summary in pickle.load(read):
                    yield _reinterned(summary)

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None

    def __enter__(self) -> SummarySpool:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def _reinterned(summary: AllegationSummary) -> AllegationSummary:
    """``summary`` read back from a pickle with its strings interned as when it was made
    (unpickled strings are copies of their own)."""
    return replace(
        summary,
        accused=_interned(summary.accused),
        sides=_interned(summary.sides),
        answers=_interned(summary.answers),
        terms=_interned(summary.terms),
        places=_interned(summary.places),
        names=tuple(_named_again(*named) for named in summary.names),
        claims=tuple(
            replace(note, claimer=sys.intern(note.claimer), side=sys.intern(note.side))
            for note in summary.claims
        ),
    )


def _named_again(actor: str, name: str, kind: str) -> tuple[str, str, str]:
    return sys.intern(actor), sys.intern(name), sys.intern(kind)
