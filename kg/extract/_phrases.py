"""Argument phrases: from a head token to a clean, contiguous stretch of text.

An argument of a relation is a whole noun phrase ("a military cyber operation"),
not its head noun ("operation").  The phrase is the head's subtree, minus the
parts that carry relations of their own (relative clauses; appositions, participle
clauses and prepositional phrases set off by a comma or longer than
:data:`MAX_SIDE_TOKENS`; further conjuncts, unless inside one named entity),
trimmed of edge whitespace and of punctuation that is not part of a balanced pair
("the Internet Research Agency (IRA)" keeps its brackets).

>>> from kg.nlp import load_pipeline
>>> doc = load_pipeline()("Trump approved a military cyber operation that blocked access.")
>>> phrase(doc[5]).text
'a military cyber operation'
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.extract._index import DocIndex, conjuncts_of, doc_span, index_for, index_of

#: Children that introduce a clause or a side remark rather than restrict the head.
_SIDE_DEPS = frozenset({"relcl", "acl", "appos", "advcl", "parataxis"})
#: A side remark with more tokens than this is cut from the phrase.
MAX_SIDE_TOKENS = 5
_CONJ_DEPS = frozenset({"conj", "cc", "preconj"})
_OPENERS = {")": "(", "]": "[", "}": "{", "”": "“", "’": "‘"}
_SYMMETRIC_QUOTES = frozenset({'"', "'", "``", "''"})


def entity_at(token: Token) -> SpacySpan | None:
    """The named entity ``token`` lies in, or None."""
    index = index_of(token.doc)
    if index is not None:
        return index.entity_of[token.i]
    return next((ent for ent in token.doc.ents if ent.start <= token.i < ent.end), None)


def same_entity(a: Token, b: Token) -> bool:
    """Whether ``a`` and ``b`` lie in one named entity ("the London, Midland and ... Company")."""
    if not a.ent_type_ or not b.ent_type_:
        return False
    entity = entity_at(a)
    return entity is not None and entity.start <= b.i < entity.end


#: The dependency labels :func:`_is_cut_at` can cut; a child with another label always stays.
_CUT_DEPS = _CONJ_DEPS | _SIDE_DEPS | {"relcl", "prep"}


def _kept_tokens(
    head: Token, keep_conjuncts: bool, without: Token | None, index: DocIndex
) -> set[int]:
    # walk the subtree by index: a Token only where a cut is possible
    deps, children = index.deps, index.children
    skipped = without.i if without is not None else -1
    kept: set[int] = set()
    first = head.i
    stack = [first]
    while stack:
        i = stack.pop()
        kept.add(i)
        # only the head's own conjuncts leave; conjuncts inside it stay ("on banks and firms")
        keep = keep_conjuncts or i != first
        for c in children[i]:  # a loop, not a list comprehension per word
            if c != skipped and not (deps[c] in _CUT_DEPS and _is_cut_at(c, keep, index)):
                stack.append(c)
    return kept


def _is_cut_at(i: int, keep_conjuncts: bool, index: DocIndex) -> bool:
    """Whether token ``i`` (and its subtree) leaves the phrase of its head; its labels,
    parts of speech, heads and texts read off the index (a Token built only for a side
    remark's edges or a conjunct's entity)."""
    deps, pos, head = index.deps, index.pos, index.heads[i]
    dep = deps[i]
    verbal = ("VERB", "AUX")
    if dep == "conj" and pos[i] in verbal and pos[head] not in verbal:
        return True  # a clause misattached to a noun: "resigns after the events and relocates"
    if dep in _CONJ_DEPS:
        tokens = index.tokens
        return not keep_conjuncts and not same_entity(tokens[i], tokens[head])
    if dep == "relcl":
        return True
    if dep == "prep" and i > head:  # "the minister, for his part,"
        return i > 0 and index.texts[i - 1] == ","
    if dep in _SIDE_DEPS:
        child = index.tokens[i]
        left = child.left_edge.i
        size = child.right_edge.i - left + 1
        after_comma = i > 0 and index.texts[left - 1] in {",", "—", "–"}
        set_off = after_comma and i > head
        return size > MAX_SIDE_TOKENS or set_off
    return False


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
    """Strip edge whitespace and unbalanced punctuation, leading conjunctions, ``drop_leading``."""
    index = index_of(tokens[0].doc) if tokens else None
    if index is not None:  # the labels and forms off the index's columns (no string lookups)
        deps, lowers = index.deps, index.lowers
        while tokens:
            first, last = tokens[0], tokens[-1]
            i = first.i
            droppable = deps[i] in ("cc", "preconj") or lowers[i] in drop_leading or first.is_space
            if last.is_space:
                tokens = tokens[:-1]
                continue
            if droppable or (first.is_punct and not _balanced(tokens, first)):
                tokens = tokens[1:]
            elif last.is_punct and not _balanced(tokens, last) or deps[last.i] == "cc":
                tokens = tokens[:-1]
            else:
                break
        return tokens
    while tokens:
        first, last = tokens[0], tokens[-1]
        droppable = (
            first.dep_ in ("cc", "preconj") or first.lower_ in drop_leading or first.is_space
        )
        if last.is_space:
            tokens = tokens[:-1]
            continue
        if droppable or (first.is_punct and not _balanced(tokens, first)):
            tokens = tokens[1:]
        elif last.is_punct and not _balanced(tokens, last) or last.dep_ == "cc":
            tokens = tokens[:-1]
        else:
            break
    return tokens


def _contiguous(head: Token, keep_conjuncts: bool, without: Token | None) -> list[Token]:
    """The unbroken run of kept subtree tokens around ``head``, untrimmed."""
    index = index_for(head.doc)
    kept = _kept_tokens(head, keep_conjuncts, without, index)
    start = end = head.i
    while start - 1 in kept:
        start -= 1
    while end + 1 in kept:
        end += 1
    return list(index.tokens[start : end + 1])


def phrase(head: Token, keep_conjuncts: bool = False, without: Token | None = None) -> SpacySpan:
    """The contiguous phrase around ``head``: its pruned subtree, trimmed.

    Further conjuncts are cut unless ``keep_conjuncts`` (they become relations of
    their own); so is the child ``without`` (the clause the phrase is an argument
    of: "the emails [stolen by hackers]") and anything that would make the phrase
    discontinuous.
    """
    doc = head.doc
    tokens = trim(_contiguous(head, keep_conjuncts, without))
    # trimming never removes the head itself (a contiguous run holds it between its ends)
    if not tokens or not tokens[0].i <= head.i <= tokens[-1].i:
        return doc_span(doc, head.i, head.i + 1)
    return doc_span(doc, tokens[0].i, tokens[-1].i + 1)


def clause(head: Token) -> SpacySpan:
    """The span of a clause (a ``ccomp``), without its complementiser "that"."""
    doc = head.doc
    index = index_of(doc)
    whole = (  # the index's tokens when there is one: no Token built per word
        doc_span(doc, head.left_edge.i, head.right_edge.i + 1)
        if index is None
        else index.tokens[head.left_edge.i : head.right_edge.i + 1]
    )
    tokens = trim(list(whole), frozenset({"that"}))
    if not tokens:
        return doc_span(doc, head.i, head.i + 1)
    return doc_span(doc, tokens[0].i, tokens[-1].i + 1)


def conjuncts(head: Token) -> list[Token]:
    """``head`` and the nominal conjuncts coordinated with it, in text order.

    Reflexive intensifiers parsed as conjuncts ("Trump himself") are not actors of
    their own and are skipped.
    """
    found = [head]
    for token in conjuncts_of(head):
        if token.i <= head.i or token.dep_ != "conj":
            continue
        if token.pos_ not in ("NOUN", "PROPN", "PRON", "NUM", "X") and token.pos_ != head.pos_:
            continue
        if token.tag_ == "PRP" and token.lower_.endswith(("self", "selves")):
            continue
        if same_entity(token, head):
            continue  # a coordination inside one name is not two arguments
        found.append(token)
    return sorted(found, key=lambda t: t.i)


def participle_noun(participle: Token) -> Token | None:
    """The noun a participle phrase modifies: "the IRA, charged by Mueller" -> "IRA".

    The parser's head when it is a noun before the participle, unless the phrase is a
    bracketed insertion ("the action against the IRA [, seen by X as ...]"): brackets
    gloss the word right before them, whatever the parser attached them to.  Otherwise
    (attached to punctuation, say) the nearest noun before the phrase.
    """
    doc = participle.doc
    index = participle.left_edge.i - 1
    bracketed = False
    while index >= 0 and (doc[index].is_punct or doc[index].is_space):
        bracketed = bracketed or doc[index].text in ("[", "(")
        index -= 1
    head = participle.head
    if not bracketed and head.pos_ in ("NOUN", "PROPN") and head.i < participle.i:
        return head
    if index >= 0 and doc[index].pos_ in ("NOUN", "PROPN"):
        return doc[index]
    return None


#: Unit symbols spaCy counts as punctuation but that belong to the number they measure.
UNIT_SYMBOLS = frozenset({"%", "$", "€", "£", "¥", "#"})


def measured_phrase(
    head: Token, keep_conjuncts: bool = False, without: Token | None = None
) -> SpacySpan:
    """:func:`phrase`, except that unit symbols at its edges stay: "59.3 %", "$ 4.25".

    (:func:`phrase` trims them as punctuation, and when the head is the symbol itself
    it is left with the symbol alone.)

    >>> from kg.nlp import load_pipeline
    >>> doc = load_pipeline()("About 59.3 % belonged to the church.")
    >>> phrase(doc[2]).text, measured_phrase(doc[2]).text
    ('%', 'About 59.3 %')
    """
    doc = head.doc
    tokens = _contiguous(head, keep_conjuncts, without)
    leading: list[Token] = []
    trailing: list[Token] = []
    texts = index_for(doc).texts  # the words' texts off the index (no string lookups)
    while tokens and texts[tokens[0].i] in UNIT_SYMBOLS:
        leading.append(tokens.pop(0))
    while tokens and texts[tokens[-1].i] in UNIT_SYMBOLS:
        trailing.insert(0, tokens.pop())
    core = trim(tokens)
    if not core:
        return phrase(head, keep_conjuncts, without)
    first, last = core[0].i, core[-1].i
    if leading and leading[-1].i == first - 1:
        first = leading[0].i
    if trailing and trailing[0].i == last + 1:
        last = trailing[-1].i
    if not first <= head.i <= last:
        return phrase(head, keep_conjuncts, without)
    return doc_span(doc, first, last + 1)
