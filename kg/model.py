"""Plain data handed from stage to stage.

Every stage of the pipeline (ingest -> nlp -> extract -> resolve -> rdf -> store ->
network -> render) consumes and produces these frozen dataclasses.  None of them
holds a spaCy, rdflib or pyvis object, so any stage can be tested or replaced alone.

Character offsets are always into :attr:`Article.text`, the *normalised* body text,
end-exclusive, like Python slices: ``article.text[span.start:span.end] == span.text``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Stance(StrEnum):
    """What a speaker does with a proposition.

    Each stance maps to a CAMEO event code (see :data:`CAMEO`); the SKOS scheme in
    ``ontology/stances.ttl`` carries the same codes as ``skos:notation``.
    """

    ASSERT = "assert"  # claims, says, insists
    REPORT = "report"  # a news outlet or source relays information
    ACCUSE = "accuse"  # accuses, blames, charges
    DENY = "deny"  # denies, rejects, dismisses; also denial by negation
    DECLINE_COMMENT = "decline_comment"
    APPROVE = "approve"  # approves, endorses, praises
    CRITICIZE = "criticize"  # criticizes, condemns, denounces
    THREATEN = "threaten"


#: CAMEO codes (Schrodt, CAMEO Conflict and Mediation Event Observations codebook 1.1b3).
CAMEO: dict[Stance, str] = {
    Stance.ASSERT: "010",  # Make statement, not specified below
    Stance.REPORT: "010",  # relaying a statement is still "make statement"
    Stance.DECLINE_COMMENT: "011",  # Decline comment
    Stance.DENY: "016",  # Deny responsibility
    Stance.APPROVE: "051",  # Praise or endorse
    Stance.CRITICIZE: "111",  # Criticize or denounce
    Stance.ACCUSE: "112",  # Accuse, not specified below
    Stance.THREATEN: "130",  # Threaten, not specified below
}


class Voice(StrEnum):
    """Whose voice a claim is in (round 31, the lead's ruling on issue 12).

    ``ATTRIBUTED``: a speaker of the sentence's own makes it, through a cue ("Russia
    denied", "The United States condemns ...", "We reject ...", "according to X").
    ``PUBLISHER``: an official text's own narration, with no speaker of its own in the
    sentence: the families that read a sentence as the issuer's because it is the issuer's
    text (its claimer an :data:`~kg.resolve.voice.AUTHOR` mention: ``author_voice``,
    ``official_prose`` and its refinements, ``post_voice``, ``designation``, the
    ``official_demand`` "X must ...", a readout's call read by its topic; in a transcript,
    the sentences of a turn read as its speaker's for the same reason), and an impersonal
    source an official text resolves to itself ("according to the latest information").
    The graph keeps both, marked; the claims benchmark scores attributed claims only
    (benchmarks/claims/GUIDE.md), the allegations benchmark both.
    """

    ATTRIBUTED = "attributed"
    PUBLISHER = "publisher"


class ActorKind(StrEnum):
    STATE = "state"  # a country or its government (incl. metonymy: Moscow, the Kremlin)
    PERSON = "person"
    ORGANISATION = "organisation"
    OUTLET = "outlet"  # news organisation
    ANONYMOUS = "anonymous"  # "multiple sources", "a source", "officials who asked not to be named"
    GROUP = "group"  # nationalities, religious or political groups (spaCy NORP)
    OTHER = "other"


@dataclass(frozen=True)
class Article:
    """One input document after ingest: normalised body text plus metadata."""

    id: str  # stable document id: from url, else source name, else content hash
    text: str  # normalised body text; the headline is *not* part of it
    source: str  # where it came from: a path, "path#line" for JSONL, or "<stdin>"
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None  # ISO 8601 date or datetime, as given
    language: str = "en"
    # who signs the text, as given ("Antony J. Blinken, Secretary of State"); page
    # furniture, so not part of the text
    byline: str | None = None


@dataclass(frozen=True)
class Span:
    """A stretch of :attr:`Article.text`: ``text == article.text[start:end]``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Mention:
    """A reference to a (possible) actor in the text.

    ``label`` is a spaCy entity label (PERSON, ORG, GPE, NORP, LOC, FAC ...) or one of
    ``PRON`` (pronoun), ``NOMINAL`` (a definite description: "the newspaper"),
    ``ANON`` (an anonymous source: "multiple sources", "a source").
    """

    span: Span
    label: str
    sentence: int  # index into Extraction.sentences
    head: str = ""  # lower-cased head word ("newspaper", "sources", "he")
    role: str | None = None  # "Foreign Minister", "press secretary", "special counsel"
    affiliation: str | None = None  # surface form of an affiliation: "Russian", "US"
    plural: bool = False


@dataclass(frozen=True)
class Relation:
    """A subject-predicate-object relation read off the dependency parse.

    ``predicate`` is the lemmatised verb phrase including particles and the
    preposition of a prepositional object ("meddle in", "shut down"); ``arguments``
    holds further prepositional or temporal arguments ("in 2016").  ``surface`` is the
    predicate as written, in text order, with the auxiliaries, negation and adverbs of
    the verb group and the words ``predicate_span`` cannot hold because other words
    come between them ("agreed [in principle] to sell"); empty for an apposition.
    """

    subject: Span
    predicate: str
    object: Span | None
    sentence: int
    predicate_span: Span  # the verb (and particle) tokens as they appear
    arguments: tuple[Span, ...] = ()
    negated: bool = False
    modality: str | None = None  # "will", "may", "could", "must" ...
    passive: bool = False
    confidence: float = 1.0
    surface: str = ""


@dataclass(frozen=True)
class Claim:
    """Who says what about whom, as extracted from one sentence (before resolution)."""

    claimer: Mention
    stance: Stance
    cue: Span  # the attribution cue: "denied", "according to", "described ... as"
    sentence: int
    content: Span | None = None  # the proposition, when stated
    targets: tuple[Mention, ...] = ()  # whom the claim is about / aimed at
    cites: Mention | None = None  # nested attribution: "NBC News cited multiple sources"
    hedges: tuple[Span, ...] = ()  # "so-called", "alleged", "reportedly"
    insertions: tuple[Span, ...] = ()  # editorial [square-bracket] insertions in quotes
    quoted: bool = False  # the content is a direct quote
    negated: bool = False  # "did not accuse"
    confidence: float = 1.0
    rule: str = ""  # the extraction rule that made it: "reported_speech+content_stance"
    voice: Voice = Voice.ATTRIBUTED  # a speaker's claim, or the text's own narration (Voice)


@dataclass(frozen=True)
class Extraction:
    """Everything extract/ reads off one parsed article."""

    article: Article
    sentences: tuple[Span, ...]
    mentions: tuple[Mention, ...]
    relations: tuple[Relation, ...]
    claims: tuple[Claim, ...]
    # the subject of each sentence's main verb ("A Foreign Ministry spokesman", "He",
    # "Saudi Foreign Minister Adel al-Jubeir"), whatever it names: who the sentence is
    # about, which a later "he said" continues (kg.resolve.chain)
    subjects: tuple[Mention, ...] = ()

    def __reduce__(self) -> tuple[Any, ...]:
        # a few flat tuples pickle and load several times faster than ~600 dataclasses
        return (unpack_extraction, (self.article, pack_extraction(self)))


# --- after resolution: actors have ids that are stable across documents in a build ---


@dataclass(frozen=True)
class Actor:
    id: str  # slug, stable across documents and runs: "russia", "donald-trump"
    name: str  # canonical display name
    kind: ActorKind
    aliases: tuple[str, ...] = ()  # surface forms seen, sorted
    roles: tuple[str, ...] = ()
    affiliation: str | None = None  # actor id ("russia" for a Russian minister)
    wikidata: str | None = None  # Q-id when the gazetteer knows it


@dataclass(frozen=True)
class ResolvedClaim:
    id: str  # deterministic: derived from document id and offsets
    claim: Claim
    claimer: str  # actor id
    targets: tuple[str, ...] = ()  # actor ids
    cites: str | None = None  # actor id of the cited source
    allegation: str | None = None  # id of the Allegation this claim makes or disputes


@dataclass(frozen=True)
class ResolvedRelation:
    id: str
    relation: Relation
    subject: str | None = None  # actor id when the subject is an actor
    object: str | None = None  # actor id when the object is an actor
    claim: str | None = None  # id of the claim whose content holds this relation


@dataclass(frozen=True)
class Allegation:
    """One disputed proposition: who alleges it, who is accused, who denies it."""

    id: str
    summary: str  # the content text of the first accusation (or denial) seen
    accused: tuple[str, ...] = ()  # actor ids
    claims: tuple[str, ...] = ()  # ResolvedClaim ids, accusations and denials alike
    alone: bool = False  # an analyst split it out (kg.curate): never merged across documents


@dataclass(frozen=True, slots=True)  # one per allegation of the corpus, held to the end
class ClaimNote:
    """What the corpus merge keeps of one claim of an allegation: no text, no spans."""

    id: str  # the ResolvedClaim id
    stance: Stance
    claimer: str  # actor id
    side: str  # the state the claimer speaks for, else the claimer (kg.resolve.corpus.side)
    hedged: bool = False  # the claim carries a hedge ("alleged", "so-called")
    # a speech's assertion joined to its charge (kg.resolve.allegations.SPEECH_ASSERTIONS
    # "narrow"): it counts for no answer (kg.resolve.corpus._join_answers); ``nearby``:
    # joined by its place in the speech, not by its words, it goes with the charge only
    # into a corpus allegation narrow across documents (kg.resolve.corpus.SPEECH_WIDE)
    spoken: bool = False
    nearby: bool = False


@dataclass(frozen=True, slots=True)  # one per allegation of the corpus, held to the end
class AllegationSummary:
    """One document's allegation as the corpus merge reads it (:mod:`kg.resolve.corpus`):
    small plain data, made per document (on any worker) and merged once at the end.

    ``sides`` are the accused's sides (a minister's state, else the actor itself), the
    blocking key; ``terms`` the proposition's terms (stemmed content words, ``@actor``
    for the actors named in it); ``points_back`` marks an allegation made only of
    denials that state no proposition of their own ("the accusations", "absurd").
    """

    id: str
    document: str  # article id
    published: str | None  # YYYY-MM-DD, when the document is dated
    outlet: str | None
    summary: str
    accused: tuple[str, ...]  # actor ids, from its accusations (else the deniers' sides)
    sides: tuple[str, ...]
    answers: tuple[str, ...]  # sides of the actors its denials are aimed at ("the US' claims")
    terms: tuple[str, ...]
    points_back: bool
    claims: tuple[ClaimNote, ...]
    names: tuple[tuple[str, str, str], ...] = ()  # (actor id, name, kind): accused, claimers
    alone: bool = False  # split out by an analyst: joins no other allegation
    # the places its proposition names, where the act happened ("Kharkiv", "the Kyiv
    # region"; not the accused's own capital): two allegations naming only different
    # places are told apart (kg.resolve.corpus)
    places: tuple[str, ...] = ()
    # made only of claims that follow an allegation others made (a sanctions designation,
    # kg.resolve.summaries.FOLLOWING): joins the corpus allegation it matches best, never
    # starts, splits or reshapes one
    follows: bool = False
    # made only of a single speaker's speech read sentence by sentence (address_speech,
    # kg.resolve.summaries.ADDRESS_JOINS): joins a group in the merge's pass as any
    # allegation does, but never seeds one, reshapes its profile nor links others to it
    speech: bool = False
    # the day a document dated only by its month or year is read at by the merge's time
    # windows (the month's or the year's middle, kg.resolve.summaries._around), when
    # ``published`` is None: never shown as its date
    around: str | None = None
    # the persons its proposition names that it is not against and that make none of its
    # claims: whom the act was done to ("Liu Xiaobo" in "Chinese authorities whisked away
    # Liu Xiaobo"); the corpus merge's victim guard (kg.resolve.corpus.VICTIM_GUARD) keeps
    # two allegations with different victims apart
    victims: tuple[str, ...] = ()
    # holds the outlet's narration of a state's repressive act (kg.resolve.narrated_act)
    narrated: bool = False


@dataclass(frozen=True)
class CorpusAllegation:
    """One allegation across the corpus: the documents' allegations about one proposition
    against one accused, merged (:func:`kg.resolve.corpus.merge_allegations`)."""

    id: str  # stable: "ca-" + a digest of its first document allegation's id
    summary: str
    accused: tuple[str, ...]  # actor ids
    accusers: tuple[str, ...]
    deniers: tuple[str, ...]
    outlets: tuple[str, ...]  # outlets whose articles report a claim of it
    hedging_outlets: tuple[str, ...]  # outlets with a hedged claim of it
    first_alleged: str | None  # YYYY-MM-DD of the first dated accusation
    first_denied: str | None
    members: tuple[str, ...]  # the documents' Allegation ids, chronologically
    claims: tuple[str, ...]  # ResolvedClaim ids, chronologically
    counts: tuple[tuple[str, str, int], ...]  # (YYYY-MM, stance, claims), dated claims only
    status: str  # "alleged" or "disputed" (someone denies it)


@dataclass(frozen=True)
class DocumentGraph:
    """One article, fully resolved: the unit the rdf, store and network stages take."""

    article: Article
    sentences: tuple[Span, ...]
    actors: tuple[Actor, ...]
    claims: tuple[ResolvedClaim, ...]
    relations: tuple[ResolvedRelation, ...]
    allegations: tuple[Allegation, ...] = ()
    # (mention, actor id) for every mention that resolved to an actor
    mentions: tuple[tuple[Mention, str], ...] = field(default=())
    # the analyst's corrections applied to this document (kg.curate), in a stable order
    corrections: tuple[AppliedCorrection, ...] = ()


# --- analyst corrections (kg.curate; vocabulary in ontology/curation.ttl) -------------------


@dataclass(frozen=True)
class Correction:
    """One analyst correction, as read from a curation file.

    ``target`` names what is corrected as ``"claim/<claim id>"`` or ``"actor/<actor id>"``;
    ``kind`` is one of :data:`kg.curate.KINDS` ("stance", "same-as", ...); ``value`` the
    corrected value as written (an actor or claim as ``"actor/<id>"``, ``"claim/<id>"``;
    several targets or roles separated by ``"; "``).  ``where`` is ``"file:line"``, for
    messages only: it never reaches the graph.
    """

    target: str
    kind: str
    value: str
    analyst: str  # a name, or an IRI (an ORCID, a mailto:)
    date: str  # ISO 8601 date or datetime
    note: str = ""
    where: str = ""


@dataclass(frozen=True)
class AppliedCorrection:
    """A :class:`Correction` as applied to one document: ``subject`` is what now carries the
    analyst's value (``"claim/<id>"``, ``"actor/<id>"``; for "not-a-claim", the rejected
    claim), ``original`` the machine's version of it before any correction."""

    correction: Correction
    subject: str
    original: ResolvedClaim | Actor | None = None


# --- a compact form of an Extraction, for the trip from a parser process -------------------

#: :func:`pack_extraction`'s output: flat sequences of ints, strings, floats, bools and None.
PackedExtraction = tuple[Sequence[Any], ...]

_STANCES = {stance.value: stance for stance in Stance}


class _Packer:
    """Numbers the spans and mentions of one extraction (each object once, as pickle's
    memo does) and lays out their fields end to end in flat lists."""

    def __init__(self) -> None:
        self.spans: list[Any] = []  # start, end, text; start, end, text; ...
        self.mentions: list[Any] = []  # span, label, sentence, head, role, affiliation, plural
        self._span_index: dict[int, int] = {}
        self._mention_index: dict[int, int] = {}

    def span(self, span: Span) -> int:
        index = self._span_index.get(id(span))
        if index is None:
            index = self._span_index[id(span)] = len(self._span_index)
            self.spans += (span.start, span.end, span.text)
        return index

    def optional_span(self, span: Span | None) -> int | None:
        return None if span is None else self.span(span)

    def mention(self, mention: Mention) -> int:
        index = self._mention_index.get(id(mention))
        if index is None:
            fields = (
                self.span(mention.span),
                mention.label,
                mention.sentence,
                mention.head,
                mention.role,
                mention.affiliation,
                mention.plural,
            )
            index = self._mention_index[id(mention)] = len(self._mention_index)
            self.mentions += fields
        return index


def pack_extraction(extraction: Extraction) -> PackedExtraction:
    """Everything of ``extraction`` but its article, as a few flat sequences of plain
    values that pickle, marshal or msgpack carry without a Python call per object.

    >>> text = "Moscow denied it."
    >>> moscow = Mention(Span(0, 6, "Moscow"), "GPE", 0)
    >>> extraction = Extraction(Article("d", text, "-"), (Span(0, 17, text),), (moscow,), (), ())
    >>> unpack_extraction(extraction.article, pack_extraction(extraction)) == extraction
    True
    """
    packer = _Packer()
    sentences = [packer.span(span) for span in extraction.sentences]
    mentions = [packer.mention(mention) for mention in extraction.mentions]
    relations: list[Any] = []
    for relation in extraction.relations:
        relations += (
            packer.span(relation.subject),
            relation.predicate,
            packer.optional_span(relation.object),
            relation.sentence,
            packer.span(relation.predicate_span),
            len(relation.arguments),
            *[packer.span(span) for span in relation.arguments],
            relation.negated,
            relation.modality,
            relation.passive,
            relation.confidence,
            relation.surface,
        )
    claims: list[Any] = []
    for claim in extraction.claims:
        claims += (
            packer.mention(claim.claimer),
            claim.stance.value,
            packer.span(claim.cue),
            claim.sentence,
            packer.optional_span(claim.content),
            len(claim.targets),
            *[packer.mention(mention) for mention in claim.targets],
            None if claim.cites is None else packer.mention(claim.cites),
            len(claim.hedges),
            *[packer.span(span) for span in claim.hedges],
            len(claim.insertions),
            *[packer.span(span) for span in claim.insertions],
            claim.quoted,
            claim.negated,
            claim.confidence,
            claim.rule,
        )
    subjects = [packer.mention(mention) for mention in extraction.subjects]
    # the claims in the publisher's voice, by position (Voice; absent from older packs)
    voiced = [n for n, claim in enumerate(extraction.claims) if claim.voice == Voice.PUBLISHER]
    return (packer.spans, packer.mentions, sentences, mentions, relations, claims, subjects, voiced)


def unpack_extraction(article: Article, packed: PackedExtraction) -> Extraction:
    """The :class:`Extraction` of ``article`` that :func:`pack_extraction` packed (lists
    in place of its tuples, as msgpack gives them back, will do)."""
    span_fields, mention_fields, sentence_refs, mention_refs, relation_fields, claim_fields = (
        packed[:6]
    )
    subject_refs = packed[6] if len(packed) > 6 else ()
    voiced = frozenset(packed[7]) if len(packed) > 7 else frozenset()
    values = iter(span_fields)
    spans = [
        Span(start, end, text) for start, end, text in zip(values, values, values, strict=True)
    ]
    values = iter(mention_fields)
    mentions = [
        Mention(spans[span], label, sentence, head, role, affiliation, plural)
        for span, label, sentence, head, role, affiliation, plural in zip(
            *[values] * 7, strict=True
        )
    ]
    relations: list[Relation] = []
    fields, at = relation_fields, 0
    while at < len(fields):
        arguments = fields[at + 5]
        after = at + 6 + arguments
        relations.append(
            Relation(
                spans[fields[at]],
                fields[at + 1],
                None if fields[at + 2] is None else spans[fields[at + 2]],
                fields[at + 3],
                spans[fields[at + 4]],
                tuple([spans[index] for index in fields[at + 6 : after]]),
                *fields[after : after + 5],
            )
        )
        at = after + 5
    claims: list[Claim] = []
    fields, at = claim_fields, 0
    while at < len(fields):
        targets_end = at + 6 + fields[at + 5]
        cites = fields[targets_end]
        hedges_end = targets_end + 2 + fields[targets_end + 1]
        insertions_end = hedges_end + 1 + fields[hedges_end]
        quoted, negated, confidence, rule = fields[insertions_end : insertions_end + 4]
        claims.append(
            Claim(
                mentions[fields[at]],
                _STANCES[fields[at + 1]],
                spans[fields[at + 2]],
                fields[at + 3],
                None if fields[at + 4] is None else spans[fields[at + 4]],
                tuple([mentions[index] for index in fields[at + 6 : targets_end]]),
                None if cites is None else mentions[cites],
                tuple([spans[index] for index in fields[targets_end + 2 : hedges_end]]),
                tuple([spans[index] for index in fields[hedges_end + 1 : insertions_end]]),
                quoted,
                negated,
                confidence,
                rule,
                voice=Voice.PUBLISHER if len(claims) in voiced else Voice.ATTRIBUTED,
            )
        )
        at = insertions_end + 4
    return Extraction(
        article,
        tuple([spans[index] for index in sentence_refs]),
        tuple([mentions[index] for index in mention_refs]),
        tuple(relations),
        tuple(claims),
        tuple([mentions[index] for index in subject_refs]),
    )
