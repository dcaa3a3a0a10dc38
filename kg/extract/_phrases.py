"""Argument phrases: from a head token to a clean, contiguous stretch of text.

An argument of a relation is a whole noun phrase ("a military cyber operation"),
not its head noun ("operation").  The phrase is the head's subtree, minus the
parts that carry relations of their own (relative clauses, long or comma-set
appositions and participle clauses, further conjuncts), trimmed of edge
punctuation that is not part of a balanced pair.

>>> from kg.nlp import load_pipeline
>>> doc = load_pipeline()("Trump approved a military cyber operation that blocked access.")
>>> phrase(doc[4]).text
'a military cyber operation'
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

#: Children that introduce a clause or a side remark rather than restrict the head.
_SIDE_DEPS = frozenset({"relcl", "acl", "appos", "advcl", "parataxis"})
#: A side remark with more tokens than this is cut from the phrase.
MAX_SIDE_TOKENS = 5
_CONJ_DEPS = frozenset({"conj", "cc", "preconj"})
_OPENERS = {")": "(", "]": "[", "}": "{", "”": "“", "’": "‘"}
_SYMMETRIC_QUOTES = frozenset({'"', "'", "``", "''"})


def _is_cut(child: Token, keep_conjuncts: bool) -> bool:
    """Whether ``child`` (and its subtree) leaves the phrase of its head."""
    if child.dep_ in _CONJ_DEPS:
        return not keep_conjuncts
    if child.dep_ == "relcl":
        return True
    if child.dep_ in _SIDE_DEPS:
        size = child.right_edge.i - child.left_edge.i + 1
        after_comma = child.i > 0 and child.doc[child.left_edge.i - 1].text in {",", "—", "–"}
        set_off = after_comma and child.i > child.head.i and child.dep_ != "appos"
        return size > MAX_SIDE_TOKENS or set_off
    return False


def _kept_tokens(head: Token, keep_conjuncts: bool) -> set[int]:
    kept: set[int] = set()
    stack = [head]
    while stack:
        token = stack.pop()
        kept.add(token.i)
        stack.extend(c for c in token.children if not _is_cut(c, keep_conjuncts))
    return kept


def _balanced(tokens: list[Token], edge: Token) -> bool:
    """Whether an edge punctuation token closes or opens a pair inside ``tokens``."""
    texts = [t.text for t in tokens]
    if edge.text in _SYMMETRIC_QUOTES:
        return texts.count(edge.text) % 2 == 0
    if edge.text in _OPENERS:
        return texts.count(_OPENERS[edge.text]) >= texts.count(edge.text)
    closers = {v: k for k, v in _OPENERS.items()}
    if edge.text in closers:
        return texts.count(closers[edge.text]) >= texts.count(edge.text)
    return False


def trim(tokens: list[Token], drop_leading: frozenset[str] = frozenset()) -> list[Token]:
    """Strip unbalanced edge punctuation, leading conjunctions and ``drop_leading`` words."""
    while tokens:
        first, last = tokens[0], tokens[-1]
        if first.dep_ in ("cc", "preconj") or first.lower_ in drop_leading:
            tokens = tokens[1:]
        elif first.is_punct and not _balanced(tokens, first):
            tokens = tokens[1:]
        elif last.is_punct and not _balanced(tokens, last) or last.dep_ == "cc":
            tokens = tokens[:-1]
        else:
            break
    return tokens


def phrase(head: Token, keep_conjuncts: bool = False) -> SpacySpan:
    """The contiguous phrase around ``head``: its pruned subtree, trimmed.

    Further conjuncts are cut unless ``keep_conjuncts`` (they become relations of
    their own); so is anything that would make the phrase discontinuous.
    """
    kept = _kept_tokens(head, keep_conjuncts)
    start = end = head.i
    while start - 1 in kept:
        start -= 1
    while end + 1 in kept:
        end += 1
    doc = head.doc
    tokens = trim(list(doc[start : end + 1]))
    if not tokens or head not in tokens:  # trimming never removes the head itself
        return doc[head.i : head.i + 1]
    return doc[tokens[0].i : tokens[-1].i + 1]


def clause(head: Token) -> SpacySpan:
    """The span of a clause (a ``ccomp``), without its complementiser "that"."""
    doc = head.doc
    tokens = trim(list(doc[head.left_edge.i : head.right_edge.i + 1]), frozenset({"that"}))
    if not tokens:
        return doc[head.i : head.i + 1]
    return doc[tokens[0].i : tokens[-1].i + 1]


def conjuncts(head: Token) -> list[Token]:
    """``head`` and the nominal conjuncts coordinated with it, in text order.

    Reflexive intensifiers parsed as conjuncts ("Trump himself") are not actors of
    their own and are skipped.
    """
    found = [head]
    for token in head.conjuncts:
        if token.i <= head.i or token.dep_ != "conj":
            continue
        if token.pos_ not in ("NOUN", "PROPN", "PRON", "NUM", "X") and token.pos_ != head.pos_:
            continue
        if token.tag_ == "PRP" and token.lower_.endswith(("self", "selves")):
            continue
        found.append(token)
    return sorted(found, key=lambda t: t.i)
