"""Lexicon gates: a rule is not run on a sentence that lacks every word it could fire on.

Most content-stance rules (:mod:`.content`) fire only through a word of some lexicon
class: :func:`~kg.extract.claims.content_threat._threatened` needs a word of
``cues.THREAT_WORDS`` ("consequences", "costs"), :func:`~kg.extract.claims.content_accuse.
_responsible` needs a bearing verb and "responsibility".  Yet each of them walks the
whole content span to find out.  A gate states, once and beside the rule, which words
the rule cannot fire without, as the very sets the rule reads (never a copy of them);
:func:`present` gathers the lemmas and lower-case forms of the sentences a span touches
once, and :func:`run` skips a rule whose gate finds none of its words there, returning
what the rule returns when it finds nothing.

A gate is one or more *ways* (:func:`needs`), each a list of word sets that must all be
present: ``needs(_DEALING_VERBS, WILL)`` fires only if a dealing verb *and* "will" are
in the sentence; several ways are alternatives.  A gate must be a necessary condition of
the rule firing: looser is always safe, tighter changes the output.  Words are tested
on the whole sentences around the span, because a rule may read a token's children or
ancestors outside the span (spaCy's dependency trees never cross a sentence: the
builder's sentence bound runs before the parser).

Adding a rule: register it with :func:`gate` (its ways, and what it returns when it
finds nothing) or :func:`ungated` (with the reason it has no gate), and call it through
:func:`run`; ``tests/test_extract_claims_gates.py`` fails for a rule called directly or
left unregistered, and checks on real sentences that the gates change no output.
:data:`ENABLED` switches every gate off (``benchmarks/extract_cpu.py`` measures both).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from spacy.tokens import Span as SpacySpan

from kg.extract._index import DocIndex, index_of

#: Whether :func:`run` consults the gates (off: every rule runs, as before the gates).
ENABLED = True

#: One way a rule can fire: a word of each set present.
Way = tuple[frozenset[str], ...]


class Gate:
    """The ways a rule can fire (None: ungated, with a reason) and what it returns when
    it finds nothing."""

    __slots__ = ("empty", "masks", "reason", "ways")

    def __init__(self, ways: tuple[Way, ...] | None, empty: Any, reason: str = "") -> None:
        self.ways = ways
        self.empty = empty
        self.reason = reason
        # each way as the bits of its sets (:func:`_bit`): it opens when every bit is set
        # in the bits of the words (:func:`_bits_of`)
        self.masks = (
            None
            if ways is None
            else tuple(sum(1 << _bit(needed) for needed in set(way)) for way in ways)
        )

    def opens(self, words: set[str] | frozenset[str]) -> bool:
        """Whether some way of firing has a word of each of its sets in ``words``."""
        if self.ways is None:
            return True
        for way in self.ways:  # loops, not any(all(...)): this runs for every rule and span
            for needed in way:
                if needed.isdisjoint(words):
                    break
            else:
                return True
        return False

    def words(self) -> frozenset[str]:
        """Every word some way needs (for the tests and the README)."""
        return frozenset(w for way in self.ways or () for needed in way for w in needed)


#: The dependency labels :func:`present` marks, as words no token can be: a negation
#: ("@neg": "did not attack", "never supplied") and an expletive ("@expl": "there will be
#: consequences").  A gate needs ``NEG`` when every way the rule fires reads a negation.
MARKS: dict[str, str] = {"neg": "@neg", "expl": "@expl"}
_MARKED = frozenset(MARKS)
NEG = frozenset({MARKS["neg"]})
EXPL = frozenset({MARKS["expl"]})

class _Gates(dict[Callable[..., Any], Gate]):
    """A dict that forgets :func:`run`'s decisions when a rule is registered or removed."""

    def __setitem__(self, rule: Callable[..., Any], found: Gate) -> None:
        super().__setitem__(rule, found)
        _forget_decisions()

    def __delitem__(self, rule: Callable[..., Any]) -> None:
        super().__delitem__(rule)
        _forget_decisions()


#: Every gated (or deliberately ungated) rule, by function.
GATES: dict[Callable[..., Any], Gate] = _Gates()

#: A bit for each distinct word set some gate needs, and each word's bits (the sets
#: holding it): a sentence's words are read once into one integer (:func:`_bits_of`),
#: and a gate's way is then one mask test, not a set intersection per word set.
_BITS: dict[frozenset[str], int] = {}
_WORD_BITS: dict[str, int] = {}


def _bit(needed: frozenset[str]) -> int:
    """The bit of ``needed``, given to it (and to its words) when first seen."""
    bit = _BITS.get(needed)
    if bit is None:
        bit = _BITS[needed] = len(_BITS)
        for word in needed:
            _WORD_BITS[word] = _WORD_BITS.get(word, 0) | 1 << bit
        _hits.clear()  # the words read before know nothing of the new set
        _forget_decisions()
    return bit


def _bits_of(words: frozenset[str]) -> int:
    """The bits of every word set (:data:`_BITS`) that shares a word with ``words``."""
    hits = _hits.get(words)
    if hits is None:
        if len(_hits) >= _HITS_KEPT:
            _hits.clear()
        get = _WORD_BITS.get
        hits = 0
        for word in words:
            hits |= get(word, 0)
        _hits[words] = hits
    return hits


#: :func:`_bits_of` by the words it read (a frozenset keeps its hash); emptied when it
#: grows and for each new document.
_hits: dict[frozenset[str], int] = {}
_HITS_KEPT = 4096


def needs(*classes: Iterable[str]) -> Way:
    """One way a rule can fire: a word of each of ``classes`` (lexicon sets, as the rule
    reads them: lemmas or lower-case forms) somewhere in the sentence."""
    return tuple(frozenset(c) for c in classes)


def also(ways: Iterable[Way], *classes: Iterable[str]) -> tuple[Way, ...]:
    """``ways`` with a word of each of ``classes`` needed besides: the ways of a shared
    test (:data:`kg.extract.claims.content_base.PERPETRATING`) inside a rule that needs more."""
    return tuple(way + needs(*classes) for way in ways)


def gate(rule: Callable[..., Any], *ways: Way, empty: Any = None) -> None:
    """Register ``rule``: it fires only by one of ``ways``, else it returns ``empty``
    (None, False, or [] for a rule returning a list; a fresh list is returned each time)."""
    if not ways:
        raise ValueError(f"{rule.__name__}: a gate needs at least one way to fire")
    GATES[rule] = Gate(tuple(ways), empty)


def ungated(rule: Callable[..., Any], reason: str) -> None:
    """Register ``rule`` as run on every span, for ``reason``."""
    if not reason.strip():
        raise ValueError(f"{rule.__name__}: an ungated rule needs a reason")
    GATES[rule] = Gate(None, None, reason)


def present(span: SpacySpan) -> frozenset[str]:
    """The lemmas (lower case) and lower-case forms of every token of the sentences
    ``span`` overlaps (what a rule reading ``span`` can see through the parse), and the
    :data:`MARKS` of their dependency labels."""
    doc = span.doc
    index = index_of(doc)
    if index is None:
        start = doc[span.start].sent.start if len(span) else span.start
        end = doc[span.end - 1].sent.end if len(span) else span.end
        tokens = doc[start:end]
        marks = {MARKS[t.dep_] for t in tokens if t.dep_ in MARKS}
        return frozenset(t.lemma_.lower() for t in tokens) | {t.lower_ for t in tokens} | marks
    if len(span):
        sentences, starts = index.sentences, index.sentence_starts
        start = starts[bisect_right(starts, span.start) - 1]
        end = sentences[bisect_right(starts, span.end - 1) - 1].end
    else:
        start, end = span.start, span.end
    global _last_index
    if index is not _last_index:  # a new document: the words of the last one are no use
        _last_index = index
        _seen.clear()
        _hits.clear()
        _decided.clear()
    known = _seen.get((start, end))
    if known is not None:
        return known
    found = set(index.lemmas[start:end]).union(index.lowers[start:end])
    found.update(MARKS[dep] for dep in _MARKED.intersection(index.deps[start:end]))
    _seen[start, end] = known = frozenset(found)
    return known


#: The words :func:`present` found in the document being extracted, by token range: the
#: rules of one sentence ask for it several times (the content span, then the sentence).
_seen: dict[tuple[int, int], frozenset[str]] = {}
_last_index: DocIndex | None = None


R = TypeVar("R")


#: :func:`run`'s decisions, by the bits of the words (:func:`_bits_of`): for each rule
#: asked about, False when it may fire there, else its :class:`Gate` (whose empty result
#: :func:`run` returns).  A gate's decision depends only on which word sets have a word
#: present, and the same few combinations come back sentence after sentence, document
#: after document (99% of the tests on the gold and recombined texts): a test of up to
#: 33 masks of some 300 bits each becomes a dict lookup.  Emptied when it grows and when
#: a rule or a word set is registered.
_BY_BITS: dict[int, dict[Callable[..., Any], Gate | bool]] = {}
_BY_BITS_KEPT = 20_000
#: The decisions of :data:`_BY_BITS` by the words read (a frozenset keeps its hash, an
#: integer of 300 bits does not); emptied for each new document, as :data:`_hits` is.
_decided: dict[frozenset[str], dict[Callable[..., Any], Gate | bool]] = {}


def _forget_decisions() -> None:
    _BY_BITS.clear()
    _decided.clear()


def _decisions(words: frozenset[str]) -> dict[Callable[..., Any], Gate | bool]:
    """The decisions shared by every set of words with the bits of ``words``."""
    hits = _hits.get(words)
    if hits is None:
        hits = _bits_of(words)
    found = _BY_BITS.get(hits)
    if found is None:
        if len(_BY_BITS) >= _BY_BITS_KEPT:
            _BY_BITS.clear()
        found = _BY_BITS[hits] = {}
    if len(_decided) >= _HITS_KEPT:
        _decided.clear()
    _decided[words] = found
    return found


def _decide(rule: Callable[..., Any], words: frozenset[str]) -> Gate | bool:
    """False when ``rule`` may fire on ``words`` (its gate opens, or it has none), else
    its gate."""
    found = GATES[rule]  # a KeyError here: register the rule with gate() or ungated()
    masks = found.masks  # None exactly when the rule is ungated
    if masks is None:
        return False
    hits = _hits.get(words)
    if hits is None:
        hits = _bits_of(words)
    for mask in masks:
        if hits & mask == mask:
            return False  # every set of this way has a word here: it may fire
    return found


def run(rule: Callable[..., R], words: frozenset[str], *args: Any) -> R:
    """``rule(*args)``, or what it returns when it finds nothing if its gate finds none
    of its words in ``words`` (:func:`present`)."""
    if ENABLED:
        # this runs some 900 times per document: the decision is read from
        # :data:`_BY_BITS` (through :data:`_decided`), tested once per rule and bits
        decisions = _decided.get(words)
        if decisions is None:
            decisions = _decisions(words)
        shut = decisions.get(rule)
        if shut is None:
            shut = decisions[rule] = _decide(rule, words)
        if shut is not False:
            empty = shut.empty  # type: ignore[union-attr]
            return [] if isinstance(empty, list) else empty  # type: ignore[no-any-return]
        return rule(*args)
    if rule not in GATES:  # as with the gates on: every rule must be registered
        raise KeyError(rule)
    return rule(*args)


def first_found(words: frozenset[str], *calls: tuple[Any, ...]) -> Any:
    """What the first ``(rule, *args)`` of ``calls`` finds under :func:`run` (not ``None``;
    an empty finding counts), or ``None``: a cascade of rules where the first to fire wins."""
    for rule, *args in calls:
        found = run(rule, words, *args)
        if found is not None:
            return found
    return None
