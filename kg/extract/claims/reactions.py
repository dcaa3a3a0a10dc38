"""Criticism told as a feeling or as abuse aimed at someone (round 22, reaction22, issue 12).

One cue family, ``felt_reaction`` (:func:`felt_reaction_claims`), for criticism with no
speech verb that the reaction rules of :mod:`.denials` do not read:

* a feeling adjective (or its passive participle) whose object is another side or its act
  ("lawmakers are angry at Caracas's failure to ...", "the government was upset over X's
  decision"): CRITICIZE of the act's owner by whoever feels it ("outraged", "furious" and
  the other feelings of the ``concern`` family are left to it);
* a verb of a felt reaction ("Minsk bristled over U.S. sanctions", "fumed at the
  decision"): likewise;
* abuse aimed "at" a party ("directed a series of vitriolic comments at Seoul", "aimed
  insults at the envoy"): CRITICIZE of that party.

The claims guide counts an expressed reaction as criticism (point 19); a feeling with no
party named as its object ("students are angry") is no claim here.  Each reads the
dependency parse only; the words are below.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract import cues
from kg.extract.claims.base import (
    _Context,
    _is_actor_token,
    _prep_object,
    _subjects,
    _with_conjuncts,
    verb_stance,
)
from kg.extract.claims.denials import criticisms
from kg.extract.claims.speech import _speaker_of
from kg.extract.claims.targets import _owners
from kg.extract.mentions import to_span
from kg.model import Claim, Span

#: Feelings of displeasure a party is said to be in about another's act: "angry at X".
#: Not "concerned" (the concern family), "disappointed" (content_evaluated's) or
#: "frustrated", which is often at a situation rather than a party.
#: Not those the ``concern`` family reads ("outraged", "furious": cues.CONCERN_ADJECTIVES,
#: cues.EMOTION_ADJECTIVES).
FELT_ADJECTIVES = (
    cues.words(
        "angry furious outraged incensed indignant irate livid enraged infuriated distressed "
        "upset annoyed irritated displeased dismayed aggrieved exasperated offended"
    )
    - cues.CONCERN_ADJECTIVES
    - cues.EMOTION_ADJECTIVES
)

#: Verbs of a felt reaction: "Minsk bristled over U.S. sanctions", "fumed at the decision".
BRISTLING_VERBS = cues.words("bristle fume seethe chafe bridle")

#: Verbs that aim words at a party: "directed vitriolic comments at Seoul".
#: Not "hurl": the optional cue row "hurl * insult" (PETRARCH2's HURL * INSULT) reads it.
AIMING_VERBS = cues.words("direct aim unleash")

#: Words aimed at a party that are abuse or criticism ("a barrage of insults").
ABUSE_NOUNS = cues.words(
    "insult insults abuse invective criticism comments remarks barb barbs jibe jibes taunt "
    "taunts rhetoric vitriol tirade tirades diatribe diatribes epithet epithets slur slurs "
    "words"
)

#: What a felt reaction is about: "angry at", "bristling over", "outraged by".
_ABOUT = frozenset({"at", "over", "with", "about", "by"})


def felt_reaction_claims(token: Token, context: _Context) -> Iterator[Claim]:
    """The claims of one feeling adjective or reaction verb (see the module docstring)."""
    if any(c.dep_ == "neg" for c in token.children):
        return
    lemma = token.lemma_.lower()
    if token.pos_ == "ADJ" and (lemma in FELT_ADJECTIVES or token.lower_ in FELT_ADJECTIVES):
        yield from _felt(token, token.head, context)
    elif token.pos_ == "VERB" and token.tag_ == "VBN" and token.lower_ in FELT_ADJECTIVES:
        # "would have been outraged by X's words", "were incensed over X": the parser's
        # passive participle of the feeling
        if any(c.dep_ == "auxpass" for c in token.children):
            yield from _felt(token, token, context)
    elif token.pos_ == "VERB" and lemma in BRISTLING_VERBS:
        yield from _felt(token, token, context)
    elif token.pos_ == "VERB" and lemma in AIMING_VERBS:
        yield from _aimed_abuse(token, context)


def _felt(feeling: Token, verb: Token, context: _Context) -> Iterator[Claim]:
    """'Critics are angry at X's suggestion' (the adjective a complement of its clause's
    verb), 'Minsk bristled over U.S. sanctions': the holder criticizes the party the
    feeling's object names or owns."""
    if feeling is not verb and (
        feeling.dep_ != "acomp" or any(c.dep_ == "neg" for c in verb.children)
    ):
        return  # "an angry crowd", "is not angry at": no felt criticism
    things = [
        o
        for p in feeling.children
        if p.dep_ in ("prep", "agent") and p.lower_ in _ABOUT  # "outraged by": an agent
        for o in [_prep_object(p)]
        if o is not None
    ]
    if not things:
        return
    thing = things[0]
    owners = _with_conjuncts(thing) if _is_actor_token(thing) else _owners(thing)
    subjects = _subjects(verb)[0] or [c for c in verb.children if c.dep_ == "nsubjpass"]
    holders = [c for s in subjects for c in [_speaker_of(s)] if c is not None and not _crowd(c)]
    owners = [o for o in owners if all(o.i != h.i for h in holders)]
    if not owners or not holders:
        return
    content = None if _is_actor_token(thing) else _span(thing, context)
    yield from criticisms(context, holders, feeling, content, owners)


#: Crowds, whose mood a report tells, not a stance voiced: "many of the protesters are
#: angry with X" (their protest is read by :mod:`.denials`).
CROWD_NOUNS = cues.words(
    "protester protestor demonstrator crowd marcher many thousand hundred dozen some "
    "resident people"
)


def _crowd(holder: Token) -> bool:
    """'Many of the protesters', 'protesters', 'thousands of residents': a crowd."""
    words = [holder] + [
        o
        for p in holder.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for o in [_prep_object(p)]
        if o is not None
    ]
    return any(w.lemma_.lower() in CROWD_NOUNS or w.lower_ in CROWD_NOUNS for w in words)


def _aimed_abuse(verb: Token, context: _Context) -> Iterator[Claim]:
    """'North Korea directed a series of vitriolic comments at Seoul': the subject
    criticizes the party the words are aimed at (named, not "at home")."""
    direct = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if direct is None or verb_stance(verb) is not None:
        return  # "hurled insults at X": the cue lexicon's (HURL * INSULT), read once
    words = [direct] + [  # "a series of comments", "a barrage of insults"
        o
        for p in direct.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for o in [_prep_object(p)]
        if o is not None
    ]
    if not any(w.lemma_.lower() in ABUSE_NOUNS or w.lower_ in ABUSE_NOUNS for w in words):
        return
    aimed = [
        s
        for h in (verb, *words)
        for p in h.children
        if p.dep_ == "prep" and p.lower_ == "at"
        for o in [_prep_object(p)]
        if o is not None
        for s in _with_conjuncts(o)
        if _is_actor_token(s)
    ]
    holders = [c for s in _subjects(verb)[0] for c in [_speaker_of(s)] if c is not None]
    if not aimed or not holders:
        return
    yield from criticisms(context, holders, verb, None, aimed)


def _span(thing: Token, context: _Context) -> Span:
    """What the feeling is about, its whole phrase."""
    doc = context.doc
    return to_span(doc[thing.left_edge.i : thing.right_edge.i + 1])
