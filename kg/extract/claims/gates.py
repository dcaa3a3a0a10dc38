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
from itertools import chain
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

    __slots__ = ("empty", "reason", "ways")

    def __init__(self, ways: tuple[Way, ...] | None, empty: Any, reason: str = "") -> None:
        self.ways = ways
        self.empty = empty
        self.reason = reason
        for way in ways or ():
            for needed in way:
                _number(needed)  # each word set numbered (:func:`_opened_by` reads them)

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

    def pop(self, rule: Callable[..., Any], *default: Any) -> Any:
        _forget_decisions()
        return super().pop(rule, *default)


#: Every gated (or deliberately ungated) rule, by function.
GATES: dict[Callable[..., Any], Gate] = _Gates()

#: A number for each distinct word set some gate needs, and each word's sets by their
#: numbers: a sentence's words are read once into the numbers of the sets they are in
#: (:func:`_opened_by`), and a gate's way is then a test of a few numbers.
_NUMBERS: dict[frozenset[str], int] = {}
_WORD_SETS: dict[str, list[int]] = {}
#: Every word some gate needs (a sentence's words are intersected with it first: most of
#: them are in no set).
_GATE_WORDS: frozenset[str] = frozenset()


def _number(needed: frozenset[str]) -> int:
    """The number of ``needed``, given to it (and to its words) when first seen."""
    global _GATE_WORDS
    number = _NUMBERS.get(needed)
    if number is None:
        number = _NUMBERS[needed] = len(_NUMBERS)
        for word in needed:
            _WORD_SETS.setdefault(word, []).append(number)
        _GATE_WORDS = _GATE_WORDS | needed
        _forget_decisions()  # the words read before know nothing of the new set
    return number


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
        _opened.clear()
        _forget_last()
    known = _seen.get((start, end))
    if known is not None:
        return known
    # one frozenset, built in one pass (round 41: not a set, its union, then a copy)
    labels = map(MARKS.__getitem__, _MARKED.intersection(index.deps[start:end]))
    known = frozenset(chain(index.lemmas[start:end], index.lowers[start:end], labels))
    _seen[start, end] = known
    return known


#: The words :func:`present` found in the document being extracted, by token range: the
#: rules of one sentence ask for it several times (the content span, then the sentence).
_seen: dict[tuple[int, int], frozenset[str]] = {}
_last_index: DocIndex | None = None


R = TypeVar("R")


#: The ways of firing of every gated rule, by the word sets they need (:data:`_NUMBERS`'s
#: numbers): the ways a present word set may open (:func:`_opened_by`).  Built from
#: :data:`GATES` when first needed; dropped when a rule or a word set is registered.
_WAYS: dict[int, list[tuple[frozenset[int], Callable[..., Any]]]] | None = None
#: The gated rules with a way that needs no word, and the ungated rules (they always fire).
_ALWAYS: frozenset[Callable[..., Any]] = frozenset()
#: What :func:`run` answers for each registered rule its gate keeps closed: the gate's
#: ``empty``, :data:`_NEW_LIST` for a fresh [] each time, :data:`_RUNS` for an ungated
#: rule (it runs).  Built with :data:`_WAYS` (round 40: nineteen in twenty of
#: :func:`run`'s calls find their rule closed; one lookup instead of the gate's fields).
_CLOSED: dict[Callable[..., Any], Any] = {}
_NEW_LIST: Any = object()
_RUNS: Any = object()


def _forget_decisions() -> None:
    global _WAYS
    _WAYS = None
    _opened.clear()
    _forget_last()


def _ways_by_set() -> dict[int, list[tuple[frozenset[int], Callable[..., Any]]]]:
    global _WAYS, _ALWAYS, _CLOSED
    ways: dict[int, list[tuple[frozenset[int], Callable[..., Any]]]] = {}
    always = set()
    closed: dict[Callable[..., Any], Any] = {}
    sizes = {number: len(words) for words, number in _NUMBERS.items()}
    for rule, found in GATES.items():
        if found.ways is None:
            closed[rule] = _RUNS
        else:
            closed[rule] = _NEW_LIST if isinstance(found.empty, list) else found.empty
        if found.ways is None:
            # an ungated rule always runs: opened on every sentence's words, so that
            # :func:`run` calls it at once instead of looking its gate up (round 28)
            always.add(rule)
        for way in found.ways or ():
            needed = frozenset(_NUMBERS[words] for words in way)
            if not needed:
                always.add(rule)
                continue
            # filed under one of its sets only, the one with the fewest words (likely the
            # rarest): a way opens only if every set it needs is present, so it is tested
            # once, when that set is, not once per present set it needs
            rarest = min(needed, key=lambda number: (sizes[number], number))
            ways.setdefault(rarest, []).append((needed, rule))
    _WAYS, _ALWAYS, _CLOSED = ways, frozenset(always), closed
    return ways


def _opened_by(words: frozenset[str]) -> frozenset[Callable[..., Any]]:
    """The ungated rules, and the gated rules some way of which has a word of each of its
    sets in ``words``:
    each way is tested once, and only when one of its sets has a word here (a sentence
    has words of a few dozen of the 300 sets; most rules need a word of a rarer one)."""
    ways = _WAYS if _WAYS is not None else _ways_by_set()
    present: set[int] = set()
    sets = _WORD_SETS
    for word in words & _GATE_WORDS:  # the few words some gate needs
        present.update(sets[word])
    opened = set(_ALWAYS)
    for number in present:
        for needed, rule in ways.get(number, ()):
            if rule not in opened and needed <= present:
                opened.add(rule)
    found = frozenset(opened)
    if len(_opened) >= _OPENED_KEPT:
        _opened.clear()
    _opened[words] = found
    return found


#: :func:`_opened_by` by the words it read (a frozenset keeps its hash); emptied when it
#: grows, for each new document and when a rule or a word set is registered.
_opened: dict[frozenset[str], frozenset[Callable[..., Any]]] = {}
_OPENED_KEPT = 4096
#: The words :func:`run` was last asked about and the rules they open (round 42, speed51):
#: the rules of a chain (:func:`kg.extract.claims.content._read_stance`, some 80 calls)
#: are run one after another on the same words, so one identity test replaces the
#: lookup in :data:`_opened`.  The same pair :data:`_opened` would give (a frozenset held
#: here cannot be freed, so its identity cannot be reused); dropped with :data:`_opened`.
_last_words: frozenset[str] | None = None
_last_opened: frozenset[Callable[..., Any]] = frozenset()


def _forget_last() -> None:
    global _last_words, _last_opened
    _last_words, _last_opened = None, frozenset()


def run(rule: Callable[..., R], words: frozenset[str], *args: Any) -> R:
    """``rule(*args)``, or what it returns when it finds nothing if its gate finds none
    of its words in ``words`` (:func:`present`)."""
    if ENABLED:
        # this runs some 1,400 times per document: the rules whose gates open on
        # ``words`` are found once (:func:`_opened_by`), then each call is a set test
        global _last_words, _last_opened
        if words is _last_words:  # a chain of rules on one sentence's words (round 42)
            opened = _last_opened
        else:
            known = _opened.get(words)
            opened = known if known is not None else _opened_by(words)
            _last_words, _last_opened = words, opened
        if rule in opened:
            return rule(*args)
        # closed, as nearly every call finds it: what the gate says the rule returns when it
        # finds nothing (_CLOSED is as current as ``opened``: both are rebuilt after a change)
        empty = _CLOSED[rule]  # a KeyError here: register the rule with gate() or ungated()
        if empty is _NEW_LIST:
            return []  # type: ignore[return-value]
        if empty is _RUNS:  # ungated (always opened: not reached)
            return rule(*args)
        return empty
    GATES[rule]  # a KeyError here: register the rule with gate() or ungated()
    return rule(*args)  # every gate off: it runs


def first_found(words: frozenset[str], *calls: tuple[Any, ...]) -> Any:
    """What the first ``(rule, *args)`` of ``calls`` finds under :func:`run` (not ``None``;
    an empty finding counts), or ``None``: a cascade of rules where the first to fire wins."""
    for rule, *args in calls:
        found = run(rule, words, *args)
        if found is not None:
            return found
    return None
