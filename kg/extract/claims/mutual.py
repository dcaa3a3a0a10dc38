"""Mutual blame told with light verbs, and the blame idiom (round 19, issue 12, second wave).

Family ``mutual_blame``: blame each side lays on the other without an accusing verb whose
object names the other ("accuse each other" and "traded accusations" are read by the speech
and stance-noun rules already):

- "X and Y have pointed the finger at each other for P": one accusation each way (the
  lexicon's "point * finger (at)" finds no actor in "each other" and reads nothing);
- "officials in X and Y argue over who is to blame for P", "the two sides bickered about who
  was responsible": a dispute over the blame is each side's accusation of the other (a
  group claimer, "the two sides", is split by the resolver, which aims a targetless
  accusation of a reciprocal group at the other side);
- "the Armenian and Azerbaijani leaders traded blame", "... accused each other": a mutual
  accusation whose one claimer is a group named by two coordinated nationality modifiers is
  one accusation by each nationality's side, aimed at the other.

Family ``blame_idiom``: "the authorities in X have only themselves to blame, the minister
said" is the speaker's accusation of X, not X's of itself: the speaker's claim over that
content becomes an accusation of the subject, and the subject's own reading is dropped.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Doc, Token

from kg.extract import cues
from kg.extract._index import doc_words, index_of
from kg.extract.claims.base import _claim, _Context, _prep_object, _subjects, _tokens_of
from kg.extract.claims.spans import _token_span
from kg.extract.claims.targets import actor_mention
from kg.extract.mentions import sentence_index
from kg.model import Claim, Mention, Span, Stance
from kg.resolve.targets import COUNTERPARTS

#: Verbs of a dispute between the parties of their subject: "argue over who is to blame".
_DISPUTE_VERBS = cues.words("argue bicker quarrel squabble wrangle spar feud disagree row")
#: Words of the disputed question that make it a question of blame.
_BLAME_WORDS = cues.words("blame responsible fault culpable guilty")
#: Verbs whose object "the finger" points blame: "pointed the finger at each other".
_POINTING_VERBS = cues.words("point wag")
#: Reflexive objects of the idiom "have only themselves to blame".
_REFLEXIVES = frozenset(
    {"themselves", "himself", "herself", "itself", "ourselves", "yourselves", "yourself", "myself"}
)
#: Verbs of a mutual accusation a group's modifiers may split: "traded blame".
_MUTUAL_VERBS = cues.words("trade exchange")


def _is_reciprocal(token: Token) -> bool:
    """ "each other", "one another" (their head word, which the parser may make "one")."""
    if token.lower_ == "one":
        return any(c.lower_ == "another" for c in token.children)
    return token.lower_ in ("other", "another") and any(
        c.lower_ in ("each", "one") for c in token.children
    )


def _content_of(verb: Token, context: _Context, after: int) -> Span | None:
    """The "for P" phrase after ``after`` under ``verb``'s subtree: what is blamed."""
    for token in verb.subtree:
        if token.i > after and token.dep_ == "prep" and token.lower_ in ("for", "over"):
            obj = _prep_object(token)
            if obj is not None:
                return _token_span(context.doc, obj.left_edge.i, obj.right_edge.i + 1)
    return None


def _each_way(verb: Token, cue_end: int, content_from: int, context: _Context) -> Iterator[Claim]:
    """One accusation by each subject of ``verb`` aimed at the others; a single (group)
    subject accuses with no target, which the resolver aims at the other side."""
    claimers, inherited = _subjects(verb)
    if not claimers:
        return
    cue = _token_span(context.doc, verb.i, cue_end)
    content = _content_of(verb, context, content_from)
    for claimer_token in claimers:
        claimer = actor_mention(claimer_token, context)
        yield _claim(
            context,
            claimer=claimer,
            stance=Stance.ACCUSE,
            cue=cue,
            sentence=sentence_index(verb),
            content=content,
            targets=[actor_mention(o, context) for o in claimers if o != claimer_token],
            confidence=0.65 - (0.15 if inherited else 0.0),
            refined="mutual_blame",
        )


def _pointed_fingers(verb: Token, context: _Context) -> Iterator[Claim]:
    """'X and Y pointed the finger (of blame) at each other (for P)'."""
    if verb.lemma_.lower() not in _POINTING_VERBS:
        return
    finger = next(
        (c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() == "finger"), None
    )
    if finger is None or any(c.dep_ == "neg" for c in verb.children):
        return
    at = [
        o
        for t in (*verb.children, *finger.children)
        if t.dep_ == "prep" and t.lower_ == "at"
        for o in [_prep_object(t)]
        if o is not None
    ]
    if not at or not _is_reciprocal(at[0]):
        return
    yield from _each_way(verb, finger.i + 1, at[0].i, context)


def _blame_question(verb: Token) -> Token | None:
    """The "over/about who is to blame" phrase of a dispute verb, by its preposition."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("over", "about"):
            continue
        question = _prep_object(prep)
        if question is None:
            continue
        words = list(question.subtree)
        if not any(w.lower_ in ("who", "whom", "whose") for w in words):
            continue
        if any(w.lemma_.lower() in _BLAME_WORDS or w.lower_ in _BLAME_WORDS for w in words):
            return prep
    return None


def _disputed_blame(verb: Token, context: _Context) -> Iterator[Claim]:
    """'officials in X and Y argue over who is to blame for P'."""
    if verb.pos_ not in ("VERB", "NOUN") or verb.lemma_.lower() not in _DISPUTE_VERBS:
        return
    if any(c.dep_ == "neg" for c in verb.children):
        return
    prep = _blame_question(verb)
    if prep is None:
        return
    yield from _each_way(verb, verb.i + 1, prep.i, context)


def _nationality_sides(head: Token) -> list[Token]:
    """The coordinated nationality or state modifiers of a plural group's head: "the
    Armenian and Azerbaijani leaders" -> Armenian, Azerbaijani; [] unless two or more."""
    if head.tag_ not in ("NNS", "NNPS"):
        return []
    first = next((c for c in head.children if c.dep_ in ("amod", "compound") and c.ent_type_), None)
    if first is None:
        return []
    sides = [first, *(c for c in first.conjuncts if c.i > first.i)]
    if len(sides) < 2 or any(s.ent_type_ not in ("NORP", "GPE") for s in sides):
        return []
    return sides


def _head_of(mention: Mention, context: _Context) -> Token | None:
    tokens = _tokens_of(mention.span, context)
    if tokens is None or not len(tokens):
        return None
    return tokens.root


def _is_mutual(claim: Claim, context: _Context) -> bool:
    """Whether an accusation is made each way: a "trade"/"exchange" cue, or a verb whose
    object is "each other"."""
    tokens = _tokens_of(claim.cue, context)
    if tokens is None:
        return False
    for token in tokens:
        if token.lemma_.lower() in _MUTUAL_VERBS:
            return True
        if any(_is_reciprocal(o) for o in token.subtree if o.i > token.i):
            return True
    return False


def _split_sides(claim: Claim, context: _Context) -> list[Claim]:
    """A mutual accusation by "the X and Y leaders" as one by each side (module docstring)."""
    if claim.stance is not Stance.ACCUSE or claim.claimer.label == "PRON":
        return [claim]
    if any(t.span.text.lower() not in ("each other", "one another") for t in claim.targets):
        return [claim]
    head = _head_of(claim.claimer, context)
    sides = _nationality_sides(head) if head is not None else []
    if not sides or not _is_mutual(claim, context):
        return [claim]
    mentions = [actor_mention(s, context) for s in sides]
    return [
        replace(
            claim,
            claimer=m,
            targets=tuple(o for o in mentions if o is not m),
            rule=f"{claim.rule}+mutual_blame",
        )
        for m in mentions
    ]


def _aimed_at_counterparts(claim: Claim) -> bool:
    return (
        claim.stance is Stance.ACCUSE
        and bool(claim.targets)
        and all(COUNTERPARTS.fullmatch(t.span.text.strip()) for t in claim.targets)
    )


def mutual_blames(claims: tuple[Claim, ...], context: _Context) -> tuple[Claim, ...]:
    """The claims with mutual blame told by light verbs added and group claimers named by
    two nationalities split (module docstring)."""
    found: list[Claim] = []
    for claim in claims:
        if _aimed_at_counterparts(claim):
            # "officials from both countries accused their counterparts": the resolver aims
            # it at the other side of the group (kg.resolve.targets.COUNTERPARTS)
            found.append(replace(claim, rule=f"{claim.rule}+mutual_blame"))
            continue
        found.extend(_split_sides(claim, context))
    taken = {(c.cue.start, c.claimer.span.start) for c in found}
    # only a pointing or a dispute verb starts either pattern: those words, not every token
    for token in doc_words(context.doc, _POINTING_VERBS | _DISPUTE_VERBS):
        if token.pos_ not in ("VERB", "NOUN"):
            continue
        for claim in (*_pointed_fingers(token, context), *_disputed_blame(token, context)):
            if (claim.cue.start, claim.claimer.span.start) not in taken:
                found.append(claim)
    return tuple(sorted(found, key=lambda c: (c.sentence, c.cue.start, c.claimer.span.start)))


def _idiom_subject(blame: Token) -> Token | None:
    """The subject of "X have only themselves to blame" / "X has no one but itself to
    blame" / "has no one to blame but itself" whose "blame" this is."""
    if blame.lemma_.lower() != "blame" or blame.dep_ not in ("xcomp", "relcl", "acl", "advcl"):
        return None
    have = blame.head if blame.dep_ in ("xcomp", "advcl") else blame.head.head
    if have.lemma_.lower() != "have":
        return None
    objects = [c for c in have.children if c.dep_ == "dobj"]
    objects += [j for o in objects for j in o.conjuncts]
    if not any(o.lower_ in _REFLEXIVES for o in objects):
        return None
    return next((c for c in have.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _lowered(doc: Doc, word: str) -> list[Token]:
    """The tokens of ``doc`` whose lower-case form is ``word``, read off the active index's
    column when there is one (no Token built per word)."""
    index = index_of(doc)
    if index is None:
        return [t for t in doc if t.lower_ == word]
    tokens = index.tokens
    return [tokens[i] for i, lower in enumerate(index.lowers) if lower == word]


def blame_idioms(claims: tuple[Claim, ...], context: _Context) -> tuple[Claim, ...]:
    """The claims with "X have only themselves to blame" read as the speaker's accusation
    of X (module docstring)."""
    idioms = [
        (t, s) for t in _lowered(context.doc, "blame") for s in [_idiom_subject(t)] if s is not None
    ]
    if not idioms:
        return claims
    found = list(claims)
    for blame, subject in idioms:
        own = [
            c
            for c in found
            if c.cue.start <= blame.idx < c.cue.end
            and c.claimer.span.start <= subject.idx < c.claimer.span.end
        ]
        found = [c for c in found if c not in own]
        for i, claim in enumerate(found):
            inside = claim.content is not None and (
                claim.content.start <= blame.idx < claim.content.end
            )
            if not inside or claim.stance not in (Stance.ASSERT, Stance.ACCUSE):
                continue
            if claim.claimer.span.start <= subject.idx < claim.claimer.span.end:
                continue
            found[i] = replace(
                claim,
                stance=Stance.ACCUSE,
                targets=(actor_mention(subject, context),),
                rule=f"{claim.rule}+blame_idiom",
            )
    return tuple(found)
