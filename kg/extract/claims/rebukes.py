"""A rebuke phrased as a question or a command (round 13's point 27): '"Why don't you shut
up?" the king asked the president', 'told the opposition leader: "How dare you question our
soldiers?"' is the speaker's CRITICIZE of the addressee (family ``rebuke_question``).  Only
the fixed forms of a rebuke count ("how dare you", "who do you think you are", "why don't
you shut up", "mind your own business"): a question or command asking for a course of action
("Why don't you come to the talks?") stays an appeal, no claim (point 16)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Doc, Token

from kg.extract import cues
from kg.extract._index import index_of
from kg.extract.claims.base import _can_speak, _claim, _Context, _prep_object, _subjects
from kg.extract.claims.spans import _token_span
from kg.extract.claims.speech import _speaker_of
from kg.extract.claims.targets import actor_mention
from kg.extract.mentions import sentence_index, sentence_of
from kg.model import Claim, Stance

#: Verbs that address words to someone: "asked X", "told X", "said to X", "shouted at X".
_ADDRESSING_VERBS = cues.words("ask tell say shout snap retort reply yell scream")

#: The fixed forms of a rebuke, at the start of the words addressed.
_REBUKE = re.compile(
    r"^\W*(how dare you\b|who do you think you are\b|"
    r"why (don'?t|do not) you (just )?(shut up|keep quiet|be quiet|keep your mouth shut|"
    r"mind your own business)\b|(just )?(shut up|mind your own business)\b)",
    re.IGNORECASE,
)


def _addressees(verb: Token) -> list[Token]:
    """Whom ``verb``'s words are addressed to: "asked/told X", "said to X", "snapped at X"."""
    found = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    found += [
        o
        for p in verb.children
        if p.dep_ in ("prep", "dative") and p.lower_ in ("to", "at")
        for o in [_prep_object(p)]
        if o is not None
    ]
    return [a for a in found if a.pos_ != "PRON" and _can_speak(a)]


def _addressing_verbs(doc: Doc) -> Iterator[Token]:
    """The verbs of :data:`_ADDRESSING_VERBS` in ``doc``, read off the active index's
    columns (iterating the document builds a Token per word and reads two strings)."""
    index = index_of(doc)
    if index is None:
        yield from (t for t in doc if t.pos_ == "VERB" and t.lemma_.lower() in _ADDRESSING_VERBS)
        return
    pos, tokens = index.pos, index.tokens
    for i, lemma in enumerate(index.lemmas):
        if lemma in _ADDRESSING_VERBS and pos[i] == "VERB":
            yield tokens[i]


def _subtree_text(head: Token, text: str) -> str:
    """``doc[head.left_edge.i : head.right_edge.i + 1].text``, cut from the document's
    ``text`` (round 35): no Span, and no Token per word joined."""
    last = head.right_edge
    return text[head.left_edge.idx : last.idx + len(last.text)]


def rebuke_questions(claims: tuple[Claim, ...], context: _Context) -> tuple[Claim, ...]:
    """The speaker's claim on a rebuke's verb becomes CRITICIZE of the addressee; a verb
    that made none ("asked") makes one."""
    result = list(claims)
    doc = context.doc
    for verb in _addressing_verbs(doc):
        heads = [c for c in verb.children if c.dep_ in ("ccomp", "parataxis")]
        start = sentence_of(verb).start  # the index's sentence: spaCy rebuilds ``verb.sent``
        if not heads and start > 0 and doc[start - 1].is_quote:
            # '"Why don't you shut up?" the king asked X': the parser ends a sentence
            # at the quotation
            heads = [sentence_of(doc[start - 1]).root]
        words = next(
            (c for c in heads if _REBUKE.match(_subtree_text(c, context.text))),
            None,
        )
        if words is None:
            continue
        addressees = _addressees(verb)
        speakers = [s for c in _subjects(verb)[0] for s in [_speaker_of(c)] if s is not None]
        if not addressees or not speakers:
            continue
        content = _token_span(doc, words.left_edge.i, words.right_edge.i + 1)
        said = [i for i, c in enumerate(result) if c.cue is not None and c.cue.start == verb.idx]
        for i in said:
            result[i] = replace(
                result[i],
                stance=Stance.CRITICIZE,
                targets=tuple(actor_mention(a, context) for a in addressees),
                rule=f"{result[i].rule}+rebuke_question",
            )
        if said:
            continue
        for speaker in speakers:
            result.append(
                _claim(
                    context,
                    claimer=actor_mention(speaker, context),
                    stance=Stance.CRITICIZE,
                    cue=_token_span(doc, verb.i, verb.i + 1),
                    sentence=sentence_index(verb),
                    content=content,
                    targets=tuple(actor_mention(a, context) for a in addressees),
                    confidence=0.5,
                    refined="rebuke_question",
                )
            )
    return tuple(result)
