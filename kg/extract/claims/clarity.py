"""Speech told with "make clear": "he made clear that his country would do exactly that",
"Zhang Qiyue made it clear once again that the 'one China' principle is the bedrock of
Beijing's policy" (round 20, issue 12, recall20).

Family ``made_clear``: the light verb "make" with the adjective "clear" (and the dummy
"it") puts the clause after it forward as its subject's claim, like "said".  The parser
hangs that clause in several ways, none a complement of "make" the speech rules read: an
adverbial clause or a clausal subject of "clear" ("made it clear that P": P ``advcl`` of
"clear"; "made clear that P": P ``csubj`` of "clear"), or a second clausal complement of
"make" after "clear".  The claim's stance is read off the clause as any assertion's is
(:func:`.content._infer_stance`): "made it clear that the government will arrest anyone"
threatens, "made it clear there is no truth in it" denies.  A noun object ("made clear its
concern about X") is the stance-noun family's; a negated "make" ("did not make clear
whether") claims nothing.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract import cues
from kg.extract.claims.base import (
    THING_NOUNS,
    _can_speak,
    _claim,
    _Context,
    _subjects,
    verb_stance,
)
from kg.extract.claims.content import _infer_stance
from kg.extract.claims.spans import _clause_span, _token_span, _without_that
from kg.extract.claims.targets import _content_targets, actor_mention
from kg.extract.mentions import sentence_index
from kg.model import Claim, Span, Stance
from kg.resolve.coref import DESCRIPTION_HEADS, is_group_noun

#: Whether "As President Biden made clear, Russia will pay ..." is the frame's subject's
#: claim of the clause it hangs on.  Off: it moves no gold part (none holds the form); on
#: ``corpus/`` it adds 7 claims, all read right by hand (round 20), but their effect on the
#: allegations benchmark was not measured.
AS_FRAME = False
#: The verb and adjective of the frame.
MAKE_VERBS = frozenset({"make"})
CLEAR_WORDS = frozenset({"clear", "plain"})
#: Dependencies the parser gives the adjective under "make".
_CLEAR_DEPS = frozenset({"ccomp", "oprd", "acomp", "xcomp", "dobj", "advmod", "amod"})
#: Dependencies a clause after "clear" may hang by.
_CLAUSE_DEPS = frozenset({"ccomp", "csubj", "advcl"})


def _clear_of(verb: Token) -> Token | None:
    """The adjective "clear" of "made (it) clear"."""
    return next(
        (c for c in verb.children if c.lower_ in CLEAR_WORDS and c.dep_ in _CLEAR_DEPS), None
    )


def _clause_after(verb: Token, clear: Token) -> Token | None:
    """The verb of the clause made clear: under "clear" or beside it under "make", after
    it, with a verb of its own ("made clear its concern": no clause)."""
    for head in (clear, verb):
        for child in head.children:
            if (
                child.i > clear.i
                and child.dep_ in _CLAUSE_DEPS
                and child.pos_ in ("VERB", "AUX")
                and not any(
                    c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in child.children
                )
                # "made clear how it will implement", "what it would do": a question, no claim
                and child.left_edge.tag_ not in ("WRB", "WP", "WDT")
            ):
                return child
    return None


#: Objects of "do" that stand for an action said before: "would do exactly that".
_PRO_OBJECTS = frozenset({"that", "so", "it", "this", "the same"})


def _is_pro_form(clause: Token) -> bool:
    """ "made clear that his country would do exactly that": a clause whose verb is "do"
    standing for an action named elsewhere says nothing a reader of the sentence can
    assess, so it is no claim of its own (its stance lies in the sentence before)."""
    return clause.lemma_.lower() == "do" and any(
        c.dep_ in ("dobj", "advmod") and c.lower_ in _PRO_OBJECTS for c in clause.children
    )


def _within_speech(verb: Token) -> bool:
    """ "Chinamasa said he made it clear that P": the clause is already the content of the
    speech verb above, whose claim it is (one claim, not two)."""
    return verb.dep_ in ("ccomp", "xcomp") and verb_stance(verb.head) is not None


def _speaks(subject: Token) -> bool:
    """Whether the subject of "made clear" is someone who speaks (a name, a pronoun, a
    description of people or bodies, a document), not a deed that shows a thing: "today's
    action makes clear that ...", "NATO's founding treaty makes clear ..." (a noun a named
    owner modifies passes :func:`_can_speak` by its owner alone)."""
    if subject.lower_ == "it" or not _can_speak(subject):
        return False
    if subject.pos_ != "NOUN" or subject.ent_type_:
        return True
    lemma = subject.lemma_.lower()
    return (
        is_group_noun(lemma)
        or lemma in DESCRIPTION_HEADS
        or lemma in cues.DOCUMENT_NOUNS
        or (lemma.endswith(cues.PERSON_NOUN_ENDINGS) and lemma not in THING_NOUNS)
    )


def made_clear_claims(verb: Token, context: _Context) -> Iterator[Claim]:
    """'X made (it) clear (that) P': X's claim of P, its stance read off P."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in MAKE_VERBS:
        return
    clear = _clear_of(verb)
    if clear is None:
        return
    if _within_speech(verb):
        return
    clause = _clause_after(verb, clear)
    if clause is not None and _is_pro_form(clause):
        return
    claimers, inherited = _subjects(verb)
    claimers = [c for c in claimers if _speaks(c)]
    if not claimers:
        return
    if clause is not None:
        content = _without_that(_clause_span(clause, context))
    elif AS_FRAME:
        content = _as_clause_content(verb, context)
    else:
        return
    if content is None:
        return
    negated = any(c.dep_ == "neg" for c in verb.children)
    for claimer_token in claimers:
        claimer = actor_mention(claimer_token, context)
        stance, targets, inferred = _infer_stance(
            content, _content_targets(content, context), context, claimer
        )
        yield _claim(
            context,
            claimer=claimer,
            stance=stance,
            cue=_cue_span(verb, clear, context),
            sentence=sentence_index(verb),
            content=content,
            targets=targets,
            negated=negated,
            confidence=(0.75 if stance is Stance.ASSERT else 0.7) - (0.15 if inherited else 0.0),
            refined="content_stance" if inferred else "",
        )


def _as_clause_content(verb: Token, context: _Context) -> Span | None:
    """ "As President Biden made clear, Russia will pay an even steeper price": the clause the
    "as" frame hangs on is what was made clear (the frame before or after it), without the
    frame and its comma; None when "make clear" is not such a frame."""
    if verb.dep_ != "advcl" or not any(
        c.dep_ == "mark" and c.lower_ == "as" for c in verb.children
    ):
        return None
    head = verb.head
    if head.pos_ not in ("VERB", "AUX"):
        return None
    doc = context.doc
    if verb.i < head.i:
        start, end = verb.right_edge.i + 1, head.right_edge.i + 1
    else:
        start, end = head.left_edge.i, verb.left_edge.i
    while start < end and doc[start].is_punct:
        start += 1
    while end > start and doc[end - 1].is_punct:
        end -= 1
    return _token_span(doc, start, end) if end - start >= 3 else None


def _cue_span(verb: Token, clear: Token, context: _Context) -> Span | None:
    """ "made it clear": from the verb to the adjective."""
    return _token_span(context.doc, verb.i, clear.i + 1)
