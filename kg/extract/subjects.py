"""The subject of each sentence's main verb: who a sentence is about.

News copy keeps the person a paragraph is about as the subject of its sentences, and a
"he said" that follows refers back to that subject ("Saudi Foreign Minister Adel
al-Jubeir announced his country's move. He said ...", "A Foreign Ministry spokesman
elaborated ... He said ..."), even when the sentence that introduced them makes no claim
the extractor reads.  Resolution (:mod:`kg.resolve.chain`) reads these subjects as the
chain of who is spoken of, sentence by sentence.

Each subject is a :class:`~kg.model.Mention` whose span runs from the left edge of the
subject phrase to its head noun (no relative clause, apposition or complement after it),
labelled PERSON, ORG, GPE or NORP by the head's entity type, PRON for a pronoun and
NOMINAL for anything else.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.extract._index import index_of
from kg.extract.mentions import plain_span, sentence_index
from kg.model import Mention

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
_PLURAL_PRONOUNS = frozenset({"they", "we"})
#: How many tokens before its head a subject phrase may start ("Saudi Foreign Minister
#: Adel al-Jubeir"); a longer left part is a clause, not a name with its titles.
_MAX_LEFT = 8


_QUOTES = frozenset('"“”')


def _quoted(token: Token, start: int, text: str) -> bool:
    """Whether ``token`` stands inside a quotation opened since character ``start`` of
    ``text`` (the document's)."""
    before = text[start : token.idx]
    return sum(before.count(q) for q in _QUOTES) % 2 == 1


def _subject_of(root: Token, start: int, text: str) -> Token | None:
    """The first subject of ``root`` outside quotation marks: '"Routine fire on the
    border," a Pakistan military spokesman told VOA' is about the spokesman, whom the
    parser gives as a second subject of "told"."""
    for child in root.children:
        if child.dep_ in SUBJECT_DEPS and not _quoted(child, start, text):
            return child
    return None


def _named_in_apposition(head: Token) -> Token | None:
    """The last token of the person named in apposition with a subject that is a
    description of them ("Saudi Foreign Minister Adel al-Jubeir" parsed with the name as
    an apposition of "Minister"; "A commissioner of Raja County, Riziq Dominic"), or None."""
    if head.ent_type_ == "PERSON":
        return None
    doc = head.doc
    after = head.i + 1
    if after < len(doc) and doc[after].ent_iob_ == "B" and doc[after].ent_type_ == "PERSON":
        # a title the parser made the subject, the name after it split off ("Saudi Foreign
        # Minister | Adel al - Jubeir")
        last = doc[after]
        while last.i + 1 < len(doc) and doc[last.i + 1].ent_iob_ == "I":
            last = doc[last.i + 1]
        return last
    for child in head.rights:
        if child.dep_ in ("appos", "compound", "flat") and child.ent_type_ == "PERSON":
            last = child
            while last.i + 1 < len(head.doc) and head.doc[last.i + 1].ent_iob_ == "I":
                last = head.doc[last.i + 1]
            return last if last.ent_type_ == "PERSON" else child
    return None


def sentence_subjects(doc: Doc) -> tuple[Mention, ...]:
    """The subject of the main verb of every sentence of ``doc`` that has one.

    >>> from kg.nlp import load_pipeline
    >>> doc = load_pipeline()("A Foreign Ministry spokesman elaborated on the ban. He said so.")
    >>> [(m.span.text, m.label, m.sentence) for m in sentence_subjects(doc)]
    [('A Foreign Ministry spokesman', 'NOMINAL', 0), ('He', 'PRON', 1)]
    """
    found = []
    # the document's text and sentences read once: spaCy rebuilds ``doc.text`` from every
    # token on each access, which was once per sentence (quadratic in the document)
    index = index_of(doc)
    text = index.text if index is not None else doc.text
    for sent in index.sentences if index is not None else doc.sents:
        head = _subject_of(sent.root, sent.start_char, text)
        if head is None:
            continue
        left = head.left_edge
        while left.i < head.i and (left.is_punct or left.is_space or left.is_quote):
            left = left.nbor()
        if head.i - left.i > _MAX_LEFT or left.i < sent.start:
            continue
        end = head
        named = _named_in_apposition(head)
        if named is not None:  # "Eritrea's ambassador to the AU, Girma Asmerom, ..."
            end = head = named
        if head.pos_ == "PRON":
            label = "PRON"
        elif head.ent_type_ in _ENTITY_LABELS:
            label = head.ent_type_
        else:
            label = "NOMINAL"
        plural = head.tag_ in ("NNS", "NNPS") or head.lower_ in _PLURAL_PRONOUNS
        found.append(
            Mention(
                span=plain_span(doc, left.i, end.i + 1),
                label=label,
                sentence=sentence_index(head),
                head=head.lower_,
                plural=plural,
            )
        )
    return tuple(found)
