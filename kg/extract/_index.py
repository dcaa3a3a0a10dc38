"""Per-document lookups, computed once per extraction instead of once per candidate.

spaCy rebuilds ``doc.ents`` (one new ``Span`` per entity), ``doc.text`` and
``token.sent`` on every access.  The rules ask "which entity is this token in?" and
"which sentence?" thousands of times per document, so inside :func:`indexed` those
answers come from tables built once.  Outside it (a rule called on its own, as the
tests do) the same answers are computed on the spot: the index only saves time, it
never changes a result.

>>> from kg.nlp import load_pipeline
>>> doc = load_pipeline()("Wang Yi spoke. Moscow denied it.")
>>> with indexed(doc) as index:
...     index.entity_of[1].text, index.sentence_of(doc[4]).text
('Wang Yi', 'Moscow denied it.')
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, TypeVar, cast

import numpy
from spacy.attrs import DEP, ENT_TYPE, HEAD, LEMMA, LOWER, ORTH, POS, SPACY
from spacy.strings import StringStore
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan


@dataclass(frozen=True)
class DocIndex:
    """What the rules look up about one parsed document."""

    text: str
    ents: tuple[SpacySpan, ...]
    entity_of: tuple[SpacySpan | None, ...]  # by token index
    sentences: tuple[SpacySpan, ...]
    sentence_starts: tuple[int, ...]
    # token attributes by token index, read once: each spaCy access builds a new Token
    # and looks the string up, and the rules test every token of the document
    texts: tuple[str, ...]
    lowers: tuple[str, ...]
    lemmas: tuple[str, ...]  # lower case, as the lexicon's keys
    pos: tuple[str, ...]
    deps: tuple[str, ...]
    ent_types: tuple[str, ...]
    heads: tuple[int, ...]
    children: tuple[tuple[int, ...], ...]  # in text order, as ``token.children``
    # the tokens, built once: ``doc[i]`` builds a new Token on every call, and the rules
    # ask for the same tokens again and again (a Token is a view: sharing one is safe)
    tokens: tuple[Token, ...]
    # each token's children as those shared tokens, made when first asked for
    # (:func:`children_of`: some 800 walks per document, of about half the tokens)
    child_tokens: list[tuple[Token, ...] | None] = field(compare=False)
    # what rules asked about this document and will ask again (:func:`memo`)
    answers: dict[tuple[object, ...], Any] = field(default_factory=dict, compare=False)
    # the spans :func:`doc_span` built, by their bounds: a third of them are asked again
    spans: dict[tuple[int, int], SpacySpan] = field(default_factory=dict, compare=False)
    # the plain-data spans (:class:`kg.model.Span`) made so far, by their character
    # bounds: a third of them are made again (:func:`kg.extract.mentions.to_span`), and a
    # shared one is also pickled once to the build's main process
    plain: dict[tuple[int, int], Any] = field(default_factory=dict, compare=False)

    def sentence_number(self, token: Token) -> int:
        """Index of the sentence holding ``token`` among ``doc.sents``."""
        return bisect.bisect_right(self.sentence_starts, token.i) - 1

    def children_tokens(self, i: int) -> tuple[Token, ...]:
        """The children of token ``i`` (in text order) as the shared :attr:`tokens`."""
        kids = self.child_tokens[i]
        if kids is None:
            tokens = self.tokens
            kids = self.child_tokens[i] = tuple([tokens[c] for c in self.children[i]])
        return kids

    def sentence_of(self, token: Token) -> SpacySpan:
        """``token.sent``, without rebuilding it."""
        return self.sentences[self.sentence_number(token)]


#: The strings of the string store's ids read so far (an id is the hash of its string,
#: the same in every store), and the lemmas' lower-case forms by id: a dict lookup costs
#: a third of ``StringStore.__getitem__``.  Emptied when they grow.
_STRINGS: dict[int, str] = {}
_LOWER_LEMMAS: dict[int, str] = {}
_STRINGS_KEPT = 500_000

#: A token's trailing whitespace by its ``SPACY`` flag.
_TRAILING = ("", " ")


def build_index(doc: Doc) -> DocIndex:
    ents = tuple(doc.ents)
    entity_of: list[SpacySpan | None] = [None] * len(doc)
    for ent in ents:
        for i in range(ent.start, ent.end):
            entity_of[i] = ent
    sentences = tuple(doc.sents)
    # one array copy and string-store lookups, not a Token per token and attribute
    strings = doc.vocab.strings
    array = doc.to_array([ORTH, LOWER, LEMMA, POS, DEP, ENT_TYPE, SPACY]).reshape(-1, 7)
    # one list of string ids per attribute (numpy's stubs say float)
    columns = cast(list[list[int]], array.T.tolist())
    known, lowered = _STRINGS, _LOWER_LEMMAS
    if len(known) > _STRINGS_KEPT or len(lowered) > _STRINGS_KEPT:
        known.clear()
        lowered.clear()
    texts, lowers, pos, deps, ent_types = (
        _strings_of(columns[n], strings) for n in (0, 1, 3, 4, 5)
    )
    try:  # the lemmas' lower-case forms: nearly always all read before
        lemmas = tuple(map(lowered.__getitem__, columns[2]))
    except KeyError:
        for key in set(columns[2]).difference(lowered):
            lowered[key] = (known[key] if key in known else strings[key]).lower()
        lemmas = tuple(map(lowered.__getitem__, columns[2]))
    relative_heads = doc.to_array([HEAD]).reshape(-1).view(numpy.int64)
    heads = tuple((numpy.arange(len(doc)) + relative_heads).tolist())
    children: list[list[int]] = [[] for _ in heads]
    for i, head in enumerate(heads):
        if head != i:
            children[head].append(i)
    tokens = tuple(doc)
    # doc.text, which joins each Token's text_with_ws: the same from the columns, the
    # words and their trailing spaces laid out in turn and joined once
    pieces: list[str] = [""] * (2 * len(texts))
    pieces[::2] = texts
    pieces[1::2] = map(_TRAILING.__getitem__, columns[6])
    return DocIndex(
        text="".join(pieces),
        ents=ents,
        entity_of=tuple(entity_of),
        sentences=sentences,
        sentence_starts=tuple(sent.start for sent in sentences),
        texts=texts,
        lowers=lowers,
        lemmas=lemmas,
        pos=pos,
        deps=deps,
        ent_types=ent_types,
        heads=heads,
        children=tuple(map(tuple, children)),
        tokens=tokens,
        child_tokens=[None] * len(tokens),
    )


def _strings_of(column: list[int], strings: StringStore) -> tuple[str, ...]:
    """The strings of a column of string ids, read through :data:`_STRINGS` (the ids not
    read before looked up in ``strings`` first: after a few documents, nearly none)."""
    known = _STRINGS
    try:
        return tuple(map(known.__getitem__, column))
    except KeyError:
        for key in set(column).difference(known):
            known[key] = strings[key]
        return tuple(map(known.__getitem__, column))


#: The indexes of the documents being extracted now, by ``id(doc)`` (with the doc, so
#: that a recycled id never finds another document's index).
_ACTIVE: dict[int, tuple[Doc, DocIndex]] = {}


@contextmanager
def indexed(doc: Doc) -> Iterator[DocIndex]:
    """Make :func:`index_of` answer for ``doc`` while the block runs (re-entrant).

    The document must not change inside the block (no new entities or sentences).
    """
    entry = _ACTIVE.get(id(doc))
    if entry is not None and entry[0] is doc:
        yield entry[1]
        return
    global _LATEST
    index = build_index(doc)
    _ACTIVE[id(doc)] = _LATEST = (doc, index)
    try:
        yield index
    finally:
        del _ACTIVE[id(doc)]
        if _LATEST[0] is doc:
            _LATEST = (None, None)


#: The entry of :data:`_ACTIVE` made last, while it is active: the rules ask
#: :func:`index_of` some 2,000 times per document, nearly always about that one.  One
#: tuple, read at once, so that another thread's document never pairs with this one's index.
_LATEST: tuple[Doc | None, DocIndex | None] = (None, None)


def index_of(doc: Doc) -> DocIndex | None:
    """The index of ``doc`` if it is being extracted inside :func:`indexed`, else None."""
    latest = _LATEST
    if latest[0] is doc:
        return latest[1]
    entry = _ACTIVE.get(id(doc))
    return entry[1] if entry is not None and entry[0] is doc else None


def memo(doc: Doc) -> dict[tuple[object, ...], Any] | None:
    """A store for answers about ``doc`` that a rule computes again and again (by the
    rule's own key), kept with its active index; None outside :func:`indexed`."""
    index = index_of(doc)
    return index.answers if index is not None else None


_T = TypeVar("_T")


def remembered(doc: Doc, key: tuple[object, ...], compute: Callable[..., _T], *args: object) -> _T:
    """``compute(*args)``, answered once per ``key`` while ``doc``'s index is active (the rules
    ask one question about a verb or a span again and again); computed each time outside
    :func:`indexed`. ``compute`` must be pure: a cached answer is shared, so callers copy a
    list before they change it."""
    latest = _LATEST  # index_of, inlined: this runs some 400 times per document
    index = latest[1] if latest[0] is doc else index_of(doc)
    if index is None:
        return compute(*args)
    known = index.answers
    answer: _T = known.get(key, _MISSING)
    if answer is _MISSING:
        answer = known[key] = compute(*args)
    return answer


#: What :func:`remembered` finds for a question not asked before (an answer may be None).
_MISSING: Any = object()


def index_for(doc: Doc) -> DocIndex:
    """The index of ``doc``: the active one, or one built now (slow, but the same answers)."""
    latest = _LATEST  # index_of, inlined: this runs some 270 times per document
    if latest[0] is doc and latest[1] is not None:
        return latest[1]
    return index_of(doc) or build_index(doc)


def nouns_among(doc: Doc, start: int, end: int, lemmas: AbstractSet[str]) -> list[Token]:
    """The common nouns of tokens ``start``..``end`` whose lower-case lemma is in ``lemmas``,
    read off the active index's columns (no Token built per word), else off the tokens."""
    index = index_of(doc)
    if index is None:
        return [t for t in doc[start:end] if t.pos_ == "NOUN" and t.lemma_.lower() in lemmas]
    pos, lowered = index.pos, index.lemmas
    return [index.tokens[i] for i in range(start, end) if lowered[i] in lemmas and pos[i] == "NOUN"]


def verbs_among(doc: Doc, start: int, end: int, lemmas: AbstractSet[str]) -> list[Token]:
    """The verbs (``pos_`` VERB) of tokens ``start``..``end`` whose lower-case lemma is in
    ``lemmas``, read off the active index's columns (no Token built, no string looked up
    per word), else off the tokens: a rule that reads only such verbs scans no other word
    (round 29)."""
    index = index_of(doc)
    if index is None:
        return [t for t in doc[start:end] if t.pos_ == "VERB" and t.lemma_.lower() in lemmas]
    pos, lowered = index.pos, index.lemmas
    return [index.tokens[i] for i in range(start, end) if lowered[i] in lemmas and pos[i] == "VERB"]


def doc_words(doc: Doc, lemmas: AbstractSet[str]) -> list[Token]:
    """The tokens of ``doc`` whose lower-case lemma is in ``lemmas``, in text order, read
    off the active index's column (a document-wide scan builds a Token per word), else off
    the tokens.  Callers test each token they get as before: the same answers both ways."""
    index = index_of(doc)
    if index is None:
        return [t for t in doc if t.lemma_.lower() in lemmas]
    tokens = index.tokens
    return [tokens[i] for i, lemma in enumerate(index.lemmas) if lemma in lemmas]


def words_among(
    tokens: Sequence[Token], lemmas: AbstractSet[str], pos: str | None = None
) -> Sequence[Token]:
    """The tokens of ``tokens`` (all of one document) whose lower-case lemma is in
    ``lemmas`` (and whose part of speech is ``pos``), read off the active index's columns;
    all of ``tokens`` outside :func:`indexed`.  A prefilter: the caller still tests each
    token it gets, so that both ways give the same answer."""
    index = index_of(tokens[0].doc) if tokens else None
    if index is None:
        return tokens
    lowered, tags = index.lemmas, index.pos
    return [t for t in tokens if lowered[t.i] in lemmas and (pos is None or tags[t.i] == pos)]


def doc_span(doc: Doc, start: int, end: int) -> SpacySpan:
    """``doc[start:end]``, built directly when the bounds are in range: spaCy's slicing
    normalises them in Python first, which costs twice the span itself.  Inside
    :func:`indexed` a span is built once per bounds and shared (the rules never change a
    span; a third of the spans asked for were asked for before)."""
    if 0 <= start <= end <= len(doc):
        latest = _LATEST  # index_of, inlined
        index = latest[1] if latest[0] is doc else index_of(doc)
        if index is None:
            return SpacySpan(doc, start, end)
        known = index.spans
        span = known.get((start, end))
        if span is None:
            span = known[start, end] = SpacySpan(doc, start, end)
        return span
    return doc[start:end]


def span_text(span: SpacySpan) -> str:
    """``span.text``, cut from the active index's text (round 35): spaCy joins the text of
    a new Token per word of the span."""
    doc = span.doc
    latest = _LATEST  # index_of, inlined
    index = latest[1] if latest[0] is doc else index_of(doc)
    if index is None:
        return span.text
    return index.text[span.start_char : span.end_char]


def expanded_span(doc: Doc, start: int, end: int) -> SpacySpan | None:
    """``doc.char_span(start, end, alignment_mode="expand")``, answered once per bounds
    inside :func:`indexed`: a claim's content is read by one rule after another, then
    for its hedges."""
    latest = _LATEST  # remembered, inlined: this runs some 140 times per document
    index = latest[1] if latest[0] is doc else index_of(doc)
    if index is None:
        return _char_span_expanded(doc, start, end)
    known = index.answers
    key = ("tokens_of", start, end)
    span: SpacySpan | None = known.get(key, _MISSING)
    if span is _MISSING:
        span = known[key] = _char_span_expanded(doc, start, end)
    return span


def _char_span_expanded(doc: Doc, start: int, end: int) -> SpacySpan | None:
    return doc.char_span(start, end, alignment_mode="expand")


def has_dependant(token: Token, labels: tuple[str, ...]) -> bool:
    """Whether a child of ``token`` has one of the dependency ``labels`` (no Token built)."""
    doc = token.doc
    latest = _LATEST  # index_of, inlined
    index = latest[1] if latest[0] is doc else index_of(doc)
    if index is None:
        return any(child.dep_ in labels for child in token.children)
    deps = index.deps
    for child in index.children[token.i]:  # noqa: SIM110 (a loop: no generator per call)
        if deps[child] in labels:
            return True
    return False


def conjuncts_of(token: Token) -> tuple[Token, ...]:
    """``token.conjuncts`` (the same tokens, in the same order), read off the active
    index's heads and children: spaCy builds a Token for every head and right child it
    walks."""
    doc = token.doc
    latest = _LATEST  # index_of, inlined: this runs some 150 times per document
    index = latest[1] if latest[0] is doc else index_of(doc)
    if index is None or doc.user_token_hooks:
        return tuple(token.conjuncts)
    heads, deps, children = index.heads, index.deps, index.children
    i = token.i
    start = i
    while start != heads[start] and deps[start] == "conj":
        start = heads[start]
    queue = [start]
    for word in queue:  # grows while it is read, as spaCy's walk does
        for c in children[word]:
            if c > word and deps[c] == "conj":
                queue.append(c)
    if len(queue) == 1:  # no conjunct (most words): no generator
        return () if start == i else (index.tokens[start],)
    tokens = index.tokens
    return tuple([tokens[w] for w in queue if w != i])


def outer_head(span: SpacySpan) -> Token | None:
    """The first token of ``span`` whose head lies outside it (or is itself), read off the
    active index; None without one, or when no token's head is outside."""
    index = index_of(span.doc)
    if index is None:
        return None
    start, end, heads = span.start, span.end, index.heads
    for i in range(start, end):
        head = heads[i]
        if head == i or not start <= head < end:
            return index.tokens[i]
    return None


def span_tokens(span: SpacySpan) -> tuple[Token, ...] | list[Token]:
    """The tokens of ``span`` (a sentence, a content), as the active index's shared tokens:
    iterating a spaCy span builds a new Token for each of its words on every walk."""
    index = index_of(span.doc)
    if index is None:
        return list(span)
    return index.tokens[span.start : span.end]


def children_of(token: Token) -> tuple[Token, ...] | list[Token]:
    """``token.children`` (in text order), as the active index's shared tokens: spaCy
    builds a new Token for each child on every walk."""
    doc = token.doc
    latest = _LATEST  # index_of, inlined
    index = latest[1] if latest[0] is doc else index_of(doc)
    if index is None:
        return tuple(token.children)
    i = token.i
    kids = index.child_tokens[i]
    return kids if kids is not None else index.children_tokens(i)
