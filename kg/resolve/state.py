"""The state of resolving one document, and the lookups every kind of mention uses
(:mod:`kg.resolve.resolver`).

:class:`_State` holds what the document pass builds: the actors' builders, which actor
each mention was resolved to (in text order, with an index by offset), the claimers
resolved so far and the quotations they speak.  Its lookups answer the questions every
kind of mention asks: the actor of a draft (:meth:`_State.build`) or of a span, an
affiliation's id, a side's members, a mention's side, and the fallback actor of a mention
nothing else resolves (:meth:`_State.fallback`: an unknown speaker keeps its own words,
"officials in Kyiv" are their state's).  It is apart from the kinds of mentions
(:mod:`.speakers`, :mod:`.descriptions`, :mod:`.plurals`) so that each of those reads one
state and none reads another's.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from kg.extract.claims.content_lexicon import load_classes
from kg.model import Actor, ActorKind, Extraction, Mention, Span
from kg.resolve import chain, coref
from kg.resolve.actors import group_is_global
from kg.resolve.gazetteer import lookup, normalise, slugify
from kg.resolve.names import Draft, bare_name
from kg.resolve.registry import ActorRegistry, _Builder, document_key
from kg.resolve.voice import is_official, publisher_state

#: Heads of a description of one office holder ("the United Nations chief").
#: Round 38 (targets41): whether a possessive on the object of a remit title's "for"/"to"
#: ("the UN Special Envoy for Syria's efforts", "the High Commissioner for Refugees' work")
#: belongs to the title, so that a claim aimed at the thing is aimed at the body the title
#: is of (the UN), or at no one when none is named, never at the remit's place (Syria).
#: The titles are the ``remit_title`` rows of ``kg/data/target_words.tsv``.  Measured (both
#: scopes): `dev4` +5 matched triples, +0 system (a joint statement's "support for the UN Special
#: Envoy for Syria's efforts", five signatories); every other development, second-half and held-out
#: part unmoved; on by the branch's bar (benchmarks/claims/RESULTS.md, "Round 38, targets41").
REMIT_POSSESSORS = True
#: A remit title and its preposition just before a possessive: "Special Envoy for ".
_REMIT = re.compile(
    r"(?i)\b(?:"
    + "|".join(sorted(load_classes("target_words.tsv")["remit_title"]))
    + r")s?\s+(?:for|to|on)\s+(?:the\s+)?$"
)
#: Round 39 (targets44): whether a possessive counts as a target's possessor only when no
#: preposition stands before it inside the target ("the US' claims", "Russia's aggression"),
#: so that one inside a phrase the head governs ("denied any involvement in Litvinenko's
#: death", "condemned the attack on Ukraine's capital") -- the victim or the place of the
#: deed, not its doer nor the accuser a denial answers -- gives no target.  The prepositions
#: are the ``embedding_preposition`` rows of ``kg/data/target_words.tsv``; "of", "for" and
#: "to" are not among them ("the reaction of Ecuador's President" names a doer; a remit
#: title's "for", :data:`REMIT_POSSESSORS`; "support for Ukraine's defence" is for the
#: possessor).  Measured: see benchmarks/claims/RESULTS.md, "Round 39, targets44".
HEAD_POSSESSORS = True
#: A preposition inside a target before a possessive.
_EMBEDDING = re.compile(
    r"(?i)\b(?:"
    + "|".join(sorted(load_classes("target_words.tsv")["embedding_preposition"]))
    + r")\b"
)
_OFFICE_HEADS = coref.ROLE_NOUNS | frozenset({"chief", "head", "chairman", "director"})
#: A day a description of a group ends in, which names no one ("Press reports on Thursday").
_WHEN = re.compile(
    r"\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)$"
)
#: Plural heads of a state's unnamed officials, whose side an "in X" complement names
#: ("Authorities in Azerbaijan", "officials in Beijing"); "protesters in Moscow" are not
#: the state's side.
#: Whether a claimer the tagger left untagged whose words are the full name of a person the
#: document already named is that person (round 33, actors34, issue 12;
#: :meth:`_State.named_person`): '"...," Volodymyr Zelenskyy stressed.' after the lead
#: "President of Ukraine Volodymyr Zelenskyy held negotiations ...", not a second actor of
#: the same name and no kind.
KNOWN_NAMES = True
_OFFICIAL_PLURALS = frozenset(
    ["authorities", "officials", "diplomats", "aides", "officers", "leaders", "ministers"]
)
_IN_PLACE = re.compile(r"\s+in\s+((?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})")


def place_complement(text: str, end: int) -> tuple[str, str] | None:
    """The state an "in X" complement right after a description names, as written and by
    actor id: "officials in Beijing" -> ("Beijing", "china"); the longest leading name the
    gazetteer holds as a state (its name, a capital or a seat of government).  None when
    no state follows ("officials in the region", "officials in Gaza": a place, no state).

    >>> place_complement("Authorities in Azerbaijan said ...", len("Authorities"))
    ('Azerbaijan', 'azerbaijan')
    """
    found = _IN_PLACE.match(text, end)
    if found is None:
        return None
    words = found.group(1).split()
    for size in range(len(words), 0, -1):
        surface = " ".join(words[:size])
        entry = lookup(surface)
        if entry is not None and entry.kind == "state":
            return surface, entry.id
    return None


class _State:
    """The state of resolving one document: builders, and mention -> actor id."""

    def __init__(self, extraction: Extraction, registry: ActorRegistry) -> None:
        self.extraction = extraction
        self.registry = registry
        self.key = document_key(extraction.article.id)
        self.builders: dict[str, _Builder] = {}
        self.of_mention: dict[tuple[int, int], str] = {}
        self.seen: list[tuple[Mention, str]] = []
        self.anonymous: list[tuple[Mention, str]] = []
        self.descriptions: list[Mention] = []
        self.institutions: list[Mention] = []  # "the ministry" unresolved: "It" may name it
        self.spoken: list[tuple[Mention, str]] = []  # claimers resolved so far, text order
        self.said: dict[tuple[int, int], tuple[int, int]] = {}  # pronoun claimer -> content
        # (start, end, claimer span) of each quotation a claim attributes: the "he" inside
        # it is someone the speaker speaks of, not the speaker
        self.quoting: list[tuple[int, int, tuple[int, int]]] = [
            (c.content.start, c.content.end, (c.claimer.span.start, c.claimer.span.end))
            for c in extraction.claims
            if c.quoted and c.content is not None
        ]
        self._dateline: str | None = None  # the state of the wire dateline, "" for none
        article = extraction.article
        # an official text's own state: its "the Secretary" is its own official
        self.home = publisher_state(article.outlet) if is_official(article.outlet) else None
        self._lower: frozenset[str] | None = None  # the words written in lower case
        self._named: list[str] | None = None  # the surfaces of named mentions
        self._index: list[tuple[int, int]] = []  # (start, position in seen), by start
        self._index_of: list[tuple[Mention, str]] | None = None

    def build(self, draft: Draft) -> _Builder:
        builder = self.builders.get(draft.id)
        if builder is None:
            known = self.registry.get(draft.id)
            if known is not None:  # name and kind as in earlier documents
                draft = Draft(
                    draft.id,
                    known.name,
                    known.kind,
                    draft.affiliation or known.affiliation,
                    draft.wikidata or known.wikidata,
                )
            builder = _Builder(draft.id, draft.name, draft.kind, draft.affiliation, draft.wikidata)
            self.builders[draft.id] = builder
        return builder

    def affiliation_id(self, surface: str | None) -> str | None:
        """Actor id of an affiliation written as "Russian", "US", "Kremlin", "NBC News"."""
        if not surface:
            return None
        entry = lookup(surface)
        if entry is not None:
            return entry.id
        key = normalise(surface)
        for builder in self.builders.values():
            if key in {normalise(a) for a in builder.aliases}:
                return builder.id
        return None

    def snapshot(self, limit: int = 80) -> list[tuple[Mention, Actor]]:
        seen = self.seen[-limit:]
        actors = {i: self.builders[i].actor() for i in {i for _, i in seen}}  # one per actor
        return [(m, actors[i]) for m, i in seen]

    def side_of(self, mention: Mention) -> str | None:
        """The state or organisation an anonymous source speaks for: "U.S. officials",
        "Russian diplomats", "a source close to the Kremlin"."""
        found = self.affiliation_id(mention.affiliation)
        if found is not None:
            return found
        placed = place_complement(self.extraction.article.text, mention.span.end)
        if placed is not None and mention.head.lower() in _OFFICIAL_PLURALS:
            return placed[1]  # "officials in Beijing"
        words = mention.span.text.replace("’s", "").replace("'s", "").split()
        for size in (3, 2, 1):  # the longest name first: "European Union", "U.S."
            for start in range(len(words) - size + 1):
                entry = lookup(" ".join(words[start : start + size]))
                if entry is not None:
                    return entry.id
        return None

    def actor_of(self, mention: Mention) -> str | None:
        return self.of_mention.get((mention.span.start, mention.span.end))

    def own_side(self, claimer: str) -> frozenset[str]:
        """The claimer and its side: the state or body it speaks for ("Indian army chief
        Gen. Bipin Rawat" -> India) and the actors affiliated with either."""
        builder = self.builders.get(claimer)
        side = {claimer}
        if builder is not None and builder.affiliation:
            side.add(builder.affiliation)
        members = {b.id for b in self.builders.values() if b.affiliation in side}
        return frozenset(side | members)

    def named_person(self, mention: Mention) -> str | None:
        """The person of this document whose full name (two words or more) the mention's
        words are, when :data:`KNOWN_NAMES` is on; else None."""
        if not KNOWN_NAMES or mention.label == "PRON":
            return None
        name = " ".join(mention.span.text.split())
        if len(name.split()) < 2 or not name.istitle():
            return None
        found = [
            b.id
            for b in self.builders.values()
            if b.kind is ActorKind.PERSON and (b.name == name or name in b.aliases)
        ]
        return found[0] if len(found) == 1 else None

    def fallback(self, mention: Mention) -> str:
        """An actor for a claimer nothing else resolved: "the ministry" (document-local),
        "Russian officials" (one group per name and affiliation across documents)."""
        known = self.named_person(mention)
        if known is not None:
            self.of_mention[(mention.span.start, mention.span.end)] = known
            return known
        head = mention.head.lower()
        kind = ActorKind.OTHER
        if mention.plural and mention.label == "NOMINAL":
            kind = ActorKind.GROUP
        elif head in coref.OUTLET_NOUNS:
            kind = ActorKind.OUTLET
        elif head in coref.ORG_NOUNS:
            kind = ActorKind.ORGANISATION
        elif (
            mention.span.text.istitle()
            and 1 < len(mention.span.text.split()) <= 3
            and chain.ENABLED
            and chain.appositive_person(self.extraction.article.text, mention)
        ):
            kind = ActorKind.PERSON  # "Toussaint Alain, a spokesman for ...", untagged
        name = bare_name(mention.span.text) or mention.span.text
        if kind is ActorKind.GROUP:  # "Press reports on Thursday quoted ...": the reports
            name = _WHEN.sub("", name) or name
        affiliation = self.affiliation_id(mention.affiliation)  # "China's foreign ministry"
        if kind is ActorKind.GROUP and head in _OFFICIAL_PLURALS:
            placed = place_complement(self.extraction.article.text, mention.span.end)
            if placed is not None and affiliation in (None, placed[1]):
                # "Authorities in Azerbaijan": that state's side, by its whole name (a
                # bare "Authorities" would be one group across every document)
                name, affiliation = f"{name} in {placed[0]}", placed[1]
        if mention.affiliation and not mention.plural:
            # "The president of Ivory Coast has accused ...": the office with its state,
            # which the mention's span leaves out ("president" alone names nobody)
            after = self.extraction.article.text[mention.span.end : mention.span.end + 80]
            of = re.match(r"\s+of\s+(?:the\s+)?" + re.escape(mention.affiliation) + r"\b", after)
            if of is not None:
                name = f"{name} of {mention.affiliation}"
        local = not group_is_global(kind, affiliation)
        actor_id = f"{slugify(name)}-{self.key}" if local else slugify(name)
        builder = self.build(Draft(actor_id, name, kind, affiliation))
        self.of_mention[(mention.span.start, mention.span.end)] = builder.id
        return builder.id

    def office_body(self, mention: Mention) -> str | None:
        """The body or state an unnamed office holder a claim is aimed at belongs to:
        "accusing the United Nations chief of hypocrisy" -> the United Nations, when no
        person with that office is known; None for anything else."""
        if mention.label != "NOMINAL" or mention.plural:
            return None
        if mention.head.lower() not in _OFFICE_HEADS:
            return None
        for inner, actor_id in self._seen_within(mention.span):
            if inner.span == mention.span:
                continue
            if self.builders[actor_id].kind in (ActorKind.STATE, ActorKind.ORGANISATION):
                return actor_id
        return None

    def possessor(self, span: Span) -> str | None:
        """The actor whose possessive starts a target: "the US' claims" -> the US.  A
        possessive on a title's remit ("the UN Special Envoy for Syria's efforts") is the
        title's, so the body named before the title within the target (the UN), if any
        (:data:`REMIT_POSSESSORS`)."""
        text = self.extraction.article.text
        bodies: list[str] = []
        for mention, actor_id in self._seen_within(span):
            if text[mention.span.end : mention.span.end + 1] in ("'", "\u2019"):
                if REMIT_POSSESSORS and _REMIT.search(text[span.start : mention.span.start]):
                    return bodies[0] if bodies else None
                if HEAD_POSSESSORS and _EMBEDDING.search(text[span.start : mention.span.start]):
                    return None  # "any involvement in Litvinenko's death": not the head's
                return actor_id
            if self.builders[actor_id].kind in (ActorKind.STATE, ActorKind.ORGANISATION):
                bodies.append(actor_id)
        return None

    def actor_for_span(self, span: Span) -> str | None:
        """The actor a relation argument names: the whole span, bar "the" and "'s"."""
        exact = self.of_mention.get((span.start, span.end))
        if exact is not None:
            return exact
        wanted = normalise(span.text)
        for mention, actor_id in self._seen_within(span):
            if normalise(mention.span.text) == wanted:
                return actor_id
        return None

    def actor_within(self, span: Span) -> str | None:
        """The actor a relation argument names (:meth:`actor_for_span`), else the first
        resolved mention inside it names ("Russian troops" -> the troops' state, "the
        regime of Bashar al-Assad" -> the regime): the doer a clause's subject stands for."""
        exact = self.actor_for_span(span)
        if exact is not None:
            return exact
        return next((actor_id for _, actor_id in self._seen_within(span)), None)

    def _seen_within(self, span: Span) -> Iterator[tuple[Mention, str]]:
        """The resolved mentions inside ``span``, in the order of :attr:`seen`: found by
        offset (bisect) in an index of :attr:`seen`, so that looking up every relation's
        arguments is near-linear, not mentions x relations."""
        if self._index_of is not self.seen or len(self._index) != len(self.seen):
            order = sorted(range(len(self.seen)), key=lambda i: self.seen[i][0].span.start)
            self._index = [(self.seen[i][0].span.start, i) for i in order]
            self._index_of = self.seen
        index, seen = self._index, self.seen
        # the mentions starting within the span (slicing only those, not the tail)
        at = bisect.bisect_left(index, (span.start, -1))
        stop = bisect.bisect_left(index, (span.end, -1), at)
        inside = [i for _, i in index[at:stop] if seen[i][0].span.end <= span.end]
        for i in sorted(inside):  # the order of seen, as the scan it replaces
            yield seen[i]
