"""Round 33's savings in extraction (branch ``speed34``), each the same answers as before:
the readout family's verb set and rows built once (:mod:`kg.extract.claims.readouts`), a
token's sentence read off the index (:func:`kg.extract.mentions.sentence_of`) where rules
asked spaCy's ``Token.sent``, :func:`~kg.extract.claims.base._titled_names_before` stopping
at the speaker's own entity, the refusal cues walking the index's shared children, and the
claimer, cue and name spans that rules expand from characters asked through
:func:`~kg.extract._index.expanded_span`.  The sentences are those of older tests
(wire-style copy in no gold part)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from kg.extract._index import expanded_span, indexed
from kg.extract._phrases import entity_at
from kg.extract.claims import readouts
from kg.extract.claims.base import _TITLE_WORDS, ROLE_NOUNS, _titled_names_before
from kg.extract.claims.refusals import _neither_subject, _refusal_cue
from kg.extract.mentions import sentence_of

TITLED = (
    "Deputy Foreign Minister Viktor Orlov and Defense Minister Pavel Grachev said the "
    "alliance was escalating the conflict."
)
REFUSALS = (
    "The Pentagon declined to comment on the report. The minister did not comment on the "
    "allegations. The European Commission declined to comment. Officials in Kabul did not "
    "comment on the incursion."
)


def test_readout_sets_are_built_once_and_as_before() -> None:
    stating, rows = readouts.readout_lexicon()
    fresh = frozenset(
        v for row in rows for v in (stating if row.verb == readouts.ANY_VERB else {row.verb})
    )
    # round 36 (readouts37): the gate also lets the noting verbs of NOTED_MERITS through
    assert readouts.readout_verbs() == fresh | readouts.NOTING_VERBS
    assert readouts.readout_verbs() is readouts.readout_verbs()  # one set, not one per call
    assert readouts.clause_nouns() == frozenset(r.noun for r in rows if "that" in r.preps)
    for lemma in (*sorted(fresh), "walk", "say"):
        before = [
            r for r in rows if r.verb == lemma or (r.verb == readouts.ANY_VERB and lemma in stating)
        ]
        assert list(readouts._rows_by_verb().get(lemma, ())) == before, lemma


def _titled_names_by_every_entity(token: Token) -> list[Token]:
    """The round-32 loop: every entity of the document tested."""
    if token.ent_type_ != "PERSON" or token.ent_iob_ == "":
        return []
    doc = token.doc
    own = entity_at(token)
    if own is None:
        return []
    for ent in doc.ents:
        if ent.label_ != "PERSON" or ent.end >= own.start or ent.start < token.left_edge.i:
            continue
        if doc[ent.end].lower_ != "and" or ent.end + 1 >= own.start:
            continue
        title = doc[ent.end + 1 : own.start]
        if all(t.is_title for t in title) and any(
            t.lemma_.lower() in ROLE_NOUNS or t.lower_ in _TITLE_WORDS for t in title
        ):
            return [doc[ent.end - 1]]
    return []


def test_titled_names_before_as_when_every_entity_was_read(nlp: Language) -> None:
    doc = nlp(f"{TITLED} {TITLED}")
    found = []
    with indexed(doc):
        for token in doc:
            got = _titled_names_before(token)
            assert got == _titled_names_by_every_entity(token), token.text
            found += [t.text for t in got]
    assert found  # the sentence's first titled name is found, in both sentences


def _refusals(doc: Doc) -> list[tuple[int, tuple[int, int] | None, bool]]:
    answers = []
    for token in doc:
        cue = _refusal_cue(token)
        answers.append(
            (token.i, None if cue is None else (cue[0].i, cue[1].i), _neither_subject(token))
        )
    return answers


def test_refusal_cues_the_same_off_the_index_and_off_spacy(nlp: Language) -> None:
    doc = nlp(REFUSALS)
    spacy_children = _refusals(doc)  # no index: spaCy's own children
    with indexed(doc):
        shared_children = _refusals(doc)
    assert shared_children == spacy_children
    assert sum(cue is not None for _, cue, _ in shared_children) == 4


def test_sentence_of_is_the_tokens_sentence(nlp: Language) -> None:
    doc = nlp(f"{REFUSALS} {TITLED}")
    with indexed(doc):
        for token in doc:
            sentence = sentence_of(token)
            assert sentence == token.sent
            assert (sentence.start, sentence.end, sentence.text) == (
                token.sent.start,
                token.sent.end,
                token.sent.text,
            )


def test_expanded_spans_are_spacys_and_shared(nlp: Language) -> None:
    doc = nlp(f"{TITLED} {REFUSALS}")
    bounds = [(0, 6), (7, 14), (3, 4), (24, 40), (len(doc.text) - 9, len(doc.text)), (5, 5)]
    with indexed(doc):
        for start, end in bounds:
            span = expanded_span(doc, start, end)
            assert span == doc.char_span(start, end, alignment_mode="expand")
            assert expanded_span(doc, start, end) is span  # one spaCy span per bounds
    for start, end in bounds:  # outside an extraction: spaCy's own answer
        assert expanded_span(doc, start, end) == doc.char_span(start, end, alignment_mode="expand")
