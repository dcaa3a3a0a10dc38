"""The doer of an act criticized in the sentence after the one that tells of it: "Turkey
closed its border crossing with Armenia.  Yerevan criticized the move" -> Turkey.

Wire copy tells what happened, then how another side took it, taking the act up again
with a definite noun ("the move", "the decision", "Wednesday's expulsions") that names no
doer of its own.  The guide's point 30 lets a target reach back one sentence: the doer is
the one actor that sentence makes the active subject (or "by" agent) of a deed.  Separate
from :mod:`.targets_agents`, which reads a criticism's own sentence only."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.extract import cues
from kg.extract._index import index_of
from kg.extract.claims.base import _clause_doer, _Context, _is_actor_token
from kg.extract.claims.content_lexicon import ACT_NOUNS
from kg.extract.claims.targets_denials import _distinct, _of_denier, _sides
from kg.extract.claims.targets_names import actor_mention
from kg.extract.claims.targets_states import _owners, _state_of
from kg.model import Claim, Mention, Stance

#: Nouns of a deed taken up again: a state's act or a step taken.  Not hostile acts ("the
#: attack"): their doer is often unknown, and the sentence before names whoever was hit or
#: reported it (development parts: 3 of 4 such firings wrong).
_ACT_NOUNS = cues.STATE_ACT_NOUNS | cues.words(
    "move step decision truce ceasefire closure drill drills exercise exercises"
)

#: Determiners that take an act already told up again ("a move" is a new one).
_TAKING_UP = cues.words("the this that these those such")

#: Verbs of saying, whose subject tells of a deed rather than doing it.
_SAYING = cues.words("say tell report claim allege accuse state announce add note")


def act_doers(claims: tuple[Claim, ...], context: _Context) -> tuple[Claim, ...]:
    """A criticism with no actor among its targets whose sentence takes up an act ("the
    move", "Wednesday's expulsions") with no doer named is aimed at the one doer the
    sentence before names, unless that is the critic's own side."""
    index = index_of(context.doc)
    sentences = index.sentences if index is not None else tuple(context.doc.sents)
    wide = "taken_up_act" in context.rules
    found: list[Claim] = []
    for claim in claims:
        if (
            claim.stance is Stance.CRITICIZE
            and 0 < claim.sentence < len(sentences)
            and all(t.label in ("NOMINAL", "PRON") for t in claim.targets)
            and _taken_up_act(claim, sentences[claim.sentence], context, wide) is not None
        ):
            doers = _distinct(
                d
                for d in _doers(sentences[claim.sentence - 1], context)
                if not _of_denier(d, claim.claimer) and not (_sides(d) & _sides(claim.claimer))
            )
            if len(doers) == 1:
                claim = replace(
                    claim,
                    targets=(*claim.targets, *doers),
                    rule=f"{claim.rule}+act_doer",
                )
        found.append(claim)
    return tuple(found)


def _taken_up_act(
    claim: Claim, sentence: SpacySpan, context: _Context, wide: bool = False
) -> Token | None:
    """The act noun after the criticism's cue that takes a deed up again with no doer of
    its own: "criticized the move", "regrets Wednesday's expulsions"; with ``wide`` (round
    21, ``taken_up_act``) also the content lexicon's act nouns ("the operation", "this
    policy") and a demonstrative standing for the deed ("says this is extremely
    regrettable", "call this a major obstacle")."""
    nouns = _ACT_NOUNS | _WIDE_ACT_NOUNS if wide else _ACT_NOUNS
    for token in sentence:
        if token.idx < claim.cue.start:
            continue
        if wide and _demonstrative_deed(token):
            return token
        if token.pos_ != "NOUN":
            continue
        if token.lemma_.lower() not in nouns and token.lower_ not in nouns:
            continue
        if token.dep_ not in ("dobj", "pobj", "nsubj", "nsubjpass"):
            continue
        children = list(token.children)
        taken_up = any(c.dep_ == "det" and c.lower_ in _TAKING_UP for c in children) or any(
            c.dep_ == "poss" and c.ent_type_ in ("DATE", "TIME") for c in children
        )
        if not taken_up or _owners(token) or _has_doer(token):
            return None
        return token
    return None


def _has_doer(act: Token) -> bool:
    """Whether an act noun names its doer: "the attack by X", "the X-ian move"."""
    for child in act.children:
        if child.dep_ == "prep" and child.lower_ == "by":
            return True
        if child.dep_ in ("amod", "compound", "nmod") and (
            child.ent_type_ or _is_actor_token(child)
        ):
            return True
    return False


#: Round 21 (crit21, ``taken_up_act``): the content lexicon's act nouns ("the operation",
#: "this policy", "the deployment") and works a side made ("the movie", "the bill").
_WIDE_ACT_NOUNS = ACT_NOUNS | cues.words(
    "expulsion expulsions sanctions measure measures law bill resolution plan proposal "
    "visit test tests launch launches"
)

#: Demonstratives that can stand for a deed told just before: "this is regrettable".
_DEED_DEMONSTRATIVES = cues.words("this that")


def _demonstrative_deed(token: Token) -> bool:
    """A bare "this"/"that" as the subject or object of a clause ("this is extremely
    regrettable", "call this a major obstacle"): the deed the sentence before tells."""
    return (
        token.lower_ in _DEED_DEMONSTRATIVES
        and token.pos_ == "PRON"
        and token.dep_ in ("nsubj", "dobj", "nsubjpass")
    )


def _doers(sentence: SpacySpan, context: _Context) -> list[Mention]:
    """The actors a sentence makes the doers of a deed: active subjects of verbs other
    than saying ("Turkey closed", "Somali gunboats shelled" -> Somalia) and "by" agents
    ("a ceasefire declared by the government")."""
    found: list[Mention] = []
    for token in sentence:
        if token.pos_ not in ("VERB", "AUX") or token.lemma_.lower() in _SAYING:
            continue
        for child in token.children:
            doer = _clause_doer(child)
            if doer is None:
                continue
            state = _state_of(doer)
            if state is not None:
                found.append(actor_mention(state, context))
            elif _is_actor_token(doer) and doer.pos_ != "PRON":
                found.append(actor_mention(doer, context))
    return found


#: Nouns that tell of a deed in a clause of their own: "concerned over allegations that X
#: was supporting rebels", "outrage over an incident in which X detained diplomats",
#: "rejects the notion that X can dictate such matters".
_TELLING_NOUNS = cues.words(
    "allegation accusation claim charge report suggestion notion idea fact incident news"
)

#: Clause relations under such a noun: its that-clause, its relative clause.
_TOLD_CLAUSES = frozenset({"acl", "relcl", "ccomp"})


def told_doers(claims: tuple[Claim, ...], context: _Context) -> tuple[Claim, ...]:
    """A criticism aimed only at a noun that tells of a deed in its own clause ("expressed
    concern over allegations that X was supporting rebels", "outrage over an incident in
    which X's forces detained diplomats") is aimed at the deed's doer: the clause's active
    subject (a state agent's state), not the critic's own side.  The guide's target of a
    criticism is the actor whose act is criticised; the clause names it (round 26,
    targets26)."""
    found: list[Claim] = []
    for claim in claims:
        if (
            claim.stance is Stance.CRITICIZE
            and claim.targets
            and all(t.label == "NOMINAL" for t in claim.targets)
        ):
            doers = _distinct(
                d
                for t in claim.targets
                for d in _clause_doers(t, context)
                if not _of_denier(d, claim.claimer) and not (_sides(d) & _sides(claim.claimer))
            )
            if doers:
                claim = replace(
                    claim, targets=(*claim.targets, *doers), rule=f"{claim.rule}+told_doer"
                )
        found.append(claim)
    return tuple(found)


def _clause_doers(target: Mention, context: _Context) -> list[Mention]:
    """The active subjects of the clause a telling noun heads ("allegations that X P",
    "an incident Thursday in which X P"), as mentions; nothing for other nouns."""
    span = context.doc.char_span(target.span.start, target.span.end, alignment_mode="expand")
    if span is None:
        return []
    noun = span.root
    if noun.lemma_.lower() not in _TELLING_NOUNS and noun.lower_ not in _TELLING_NOUNS:
        return []
    # the clause hangs on the noun or on a word of its own phrase ("an incident Thursday
    # in which ...": the parser hangs the relative clause on "Thursday")
    heads = [noun, *(c for c in noun.children if c.dep_ in ("npadvmod", "appos"))]
    clauses = [c for h in heads for c in h.children if c.dep_ in _TOLD_CLAUSES]
    found: list[Mention] = []
    for clause in clauses[:1]:
        for child in clause.children:
            if child.dep_ != "nsubj" or child.pos_ == "PRON":
                continue
            state = _state_of(child)
            if state is not None:
                found.append(actor_mention(state, context))
            elif _is_actor_token(child):
                found.append(actor_mention(child, context))
    return found
