"""Criticism by emotion (round 18, emotive18, family ``emotion_frame``): a party's regret at
another party's act ("Athens regrets that Ankara did not consult it", "regrets Ankara's
decision to close the border") and an act that angers or dismays a party ("the decision
angered officials in Hanoi", "Washington's arms sale has incensed Beijing") are that party's
criticism of the doer.  On by default since round 22 (reopt22: test9 +0.0015, test14 -0.0012,
no held-out part moves; ``benchmarks/claims/RESULTS.md``).

The speaker's own regret or emotion said inside a quotation ("we regret that X ...", "we are
outraged that ...", "we find the minister's comments puzzling") is read by
:func:`kg.extract.claims.denials._own_criticism` (family ``own_emotion``); a predicative "is
angered by X" by the concern family (:data:`kg.extract.cues.EMOTION_ADJECTIVES`, family
``emotion_adjective``).  A regret for the speaker's own
side's deeds, for deaths, or for a state of affairs nobody named brought about ("regrets that
the talks failed") is no criticism: the rule needs a doer of another side.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract import cues
from kg.extract.claims.base import _can_speak, _claim, _Context, _is_actor_token, _subjects
from kg.extract.claims.content_base import _sides
from kg.extract.claims.denials import _SUFFERED
from kg.extract.claims.spans import _token_span
from kg.extract.claims.targets import _clause_agents, _owners, actor_mention
from kg.extract.mentions import sentence_index, to_span
from kg.model import Claim, Stance

#: Verbs of regret whose subject criticizes the doer of what it regrets ("deplore" and
#: "lament" are speech cues of their own, read by reported_speech).
REGRET_VERBS = cues.words("regret resent")

#: Verbs of an emotion caused in their object by their subject: "the move angered Beijing".
ANGERING_VERBS = cues.words(
    "anger outrage infuriate incense enrage dismay upset alarm shock irritate annoy offend "
    "disappoint puzzle baffle"
)

#: Pronouns that name no other party as a doer.
_NOBODY = cues.words("we i us our my it its")


def _emotion_claims(verb: Token, context: _Context) -> Iterator[Claim]:
    """'Athens regrets that Ankara did not consult it', 'the decision angered officials in
    Hanoi': the party that feels criticizes the doer of what it feels about."""
    if verb.pos_ != "VERB" or any(c.dep_ == "neg" for c in verb.children):
        return
    lemma = verb.lemma_.lower()
    if lemma in REGRET_VERBS:
        yield from _regret_claims(verb, context)
    elif lemma in ANGERING_VERBS:
        yield from _angering_claims(verb, context)


def _doers(tokens: list[Token], felt_by: list[Token]) -> list[Token]:
    """The doers among ``tokens`` of another side than ``felt_by``."""
    own = _sides(felt_by)
    return [
        t
        for t in tokens
        if t.lower_ not in _NOBODY and not (own and _sides([t]) & own) and t not in felt_by
    ]


def _regret_claims(verb: Token, context: _Context) -> Iterator[Claim]:
    claimers, inherited = _subjects(verb)
    claimers = [c for c in claimers if _can_speak(c) and c.lower_ not in ("it", "this", "that")]
    if not claimers:
        return
    clause = next(
        (c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")), None
    )
    direct = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if clause is not None:
        clause_span = context.doc[clause.left_edge.i : clause.right_edge.i + 1]
        # "many regret that they have to leave": a pronoun is the regretters' own people as
        # often as not
        doers = _doers([d for d in _clause_agents(clause_span) if d.pos_ != "PRON"], claimers)
        start = next(
            (c.i + 1 for c in clause.children if c.dep_ == "mark" and c.i < clause.i),
            clause.left_edge.i,
        )
        end = clause.right_edge.i + 1
    elif direct is not None and direct.pos_ in ("NOUN", "PROPN"):
        if direct.lemma_.lower() in _SUFFERED:
            return  # "regrets the loss of life": a condolence
        doers = _doers([o for o in _owners(direct) if o.pos_ != "PRON"], claimers)
        start, end = direct.left_edge.i, direct.right_edge.i + 1
    else:
        return
    if not doers:
        return
    yield from _felt(context, claimers, verb, start, end, doers, 0.7 - (0.15 * inherited))


def _angering_claims(verb: Token, context: _Context) -> Iterator[Claim]:
    felt_by = [
        c
        for c in verb.children
        if c.dep_ == "dobj" and c.pos_ != "PRON" and (_is_actor_token(c) or _can_speak(c))
    ]
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if not felt_by or subject is None or subject.pos_ == "PRON":
        return
    felt_by.extend(c for f in list(felt_by) for c in f.children if c.dep_ == "conj")
    doers = [subject] if _is_actor_token(subject) else _owners(subject)
    doers = _doers([d for d in doers if d.pos_ != "PRON"], felt_by)
    if not doers:
        return  # "the deaths have angered the public": nobody named did it
    start, end = subject.left_edge.i, subject.right_edge.i + 1
    if _is_actor_token(subject):  # "Washington angered Beijing by selling arms to Taiwan"
        by = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "by"), None)
        if by is None:
            return  # what angered is not said
        start, end = by.i + 1, by.right_edge.i + 1
    yield from _felt(context, felt_by, verb, start, end, doers, 0.65)


def _felt(
    context: _Context,
    claimers: list[Token],
    verb: Token,
    start: int,
    end: int,
    doers: list[Token],
    confidence: float,
) -> Iterator[Claim]:
    targets = tuple(actor_mention(d, context) for d in dict.fromkeys(doers))
    content = _token_span(context.doc, start, end)
    for token in claimers:
        claimer = actor_mention(token, context)
        yield _claim(
            context,
            claimer=claimer,
            stance=Stance.CRITICIZE,
            cue=to_span(verb),
            sentence=sentence_index(verb),
            content=content,
            targets=targets,
            confidence=confidence - (0.2 if claimer.label == "PRON" else 0),
        )
