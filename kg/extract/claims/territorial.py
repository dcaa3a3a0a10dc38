"""A state's claim to a territory told with no speech cue: "an area claimed by Eritrea",
"China claims almost the entire maritime region", "Pakistan and India both lay claim to the
disputed Kashmir region", "claim sovereignty over the islands".

Family ``territorial_claim`` (round 38, wire41, issue 12, test37's class (2)).  The guide's
point 9 reads a territorial claim as the claimant's ``assert`` (the later parts' gold: "an area
claimed by Eritrea", "lay claim to"); the speech rules read "claim" only through a clause
("claims that P"), so a claim told with the place as its object, or with the claimant as the
"by" agent of "claimed", made nothing.  Here:

* "PLACE claimed by X (and Y)" (a participle on the place, a relative clause on it, or a
  passive with the place as subject): each named agent's ``assert``;
* "X claims (almost the entire) PLACE": the subject's ("claim sovereignty over PLACE" is
  already the speech rules' ``assert``);
* "X (and Y) lay claim to PLACE", "staked a claim to": the subject's.

The place is a territory noun of ``kg/data/territorial_claims.tsv`` or a named place (a state,
a location, a facility); the claimant is a named actor (or the relative pronoun of one:
"Taiwan, which also claims the islands"), or a subject that is both sides of a dispute ("the
two sides lay claim to an island": the resolver names them), never a "by" agent that is
("islands claimed by both countries" describes the place; the older parts' gold leaves it
without a claim).  No target (a claim to a
place is no stance toward another party); not when negated, not when the verb has a clause
of its own (the speech rules read "claims that P").  Words in
``kg/data/territorial_claims.tsv``; the switch is :data:`TERRITORIAL_CLAIMS`."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.claims.base import _claim, _Context, _subjects
from kg.extract.claims.claimed_acts import reciprocal_sides
from kg.extract.claims.content_lexicon import load_classes
from kg.extract.claims.spans import _token_span
from kg.extract.claims.targets import actor_mention
from kg.extract.mentions import sentence_index
from kg.model import Claim, Stance

#: Round 38 (wire41, issue 12, test37's class (2)): a state's claim to a territory told with no
#: speech cue ("an area claimed by Eritrea", "China claims almost the entire region", "both lay
#: claim to the disputed Kashmir region") is the claimant's ``assert`` (:func:`territorial_claims`).
#: The development gold is split (the older parts leave "waters claimed by Vietnam" and "China
#: claims almost the entire maritime region" without a claim).  Measured (alone off -> on,
#: matched claimer+stance+target triples / system triples, sentence and document scope alike):
#: first half +7 / +11 (test14, test15, dev2 gain; test11, test13 lose nothing but add 4 wrong
#: claims), second half +2 / +2, held out test21..test36 +14 / +15, test37 +1 / +1; on by the
#: bar (RESULTS.md, "Round 38, wire41").
TERRITORIAL_CLAIMS = True
#: Round 39 second wave (wire45, issue 12, test39's class (W)): a claimed *part* of a place
#: ("Vietnam claims parts of the South China Sea", "claims most of the region": the object a
#: part noun of ``territorial_claims.tsv`` whose "of" object is a place) is a claim to the
#: place; the object was no place, and the claim was lost.  The content is the whole object
#: phrase.  Measured (RESULTS.md, round 39, wire45; alone off -> on, both scopes): ``test39``
#: (in sample) +5 matched / +5 system triples; no other part moves.  On by the bar.
PARTITIVE_PLACES = True
#: Round 39 second wave (wire45, issue 12, test39's class (W)): the claimants of a list the
#: parser broke ("The Philippines, Vietnam, Brunei, Taiwan and Malaysia all claim ...": spaCy
#: hangs "Vietnam" on the first name as an ``npadvmod``, the rest as its conjuncts, "all" as an
#: ``appos``): a named claimant hung on a claimant head as an ``npadvmod`` or an ``appos``, and
#: its conjuncts, are claimants too.  Measured (RESULTS.md, round 39, wire45; alone off -> on,
#: both scopes): ``test39`` (in sample) +4 matched / +4 system triples; no other part moves.
#: On by the bar.
LISTED_CLAIMANTS = True

_WORDS = load_classes("territorial_claims.tsv")
#: "claim": its subject or its "by" agent claims the place.
CLAIM_VERBS: frozenset[str] = _WORDS["claim_verb"]
#: "lay" (claim to), "stake" (a claim to).
LAYING_VERBS: frozenset[str] = _WORDS["laying_verb"]
_CLAIM_NOUNS: frozenset[str] = _WORDS["claim_noun"]
_TITLE_PREPS: frozenset[str] = _WORDS["title_prep"]
_TERRITORY_NOUNS: frozenset[str] = _WORDS["territory_noun"]
#: "parts" (of the sea), "most" (of the region): a claimed part of a place.
_PART_NOUNS: frozenset[str] = _WORDS["part_noun"]
#: The entity types of a named place, and of a named claimant.
_PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
_CLAIMANT_TYPES = frozenset({"GPE", "NORP", "ORG", "PERSON"})
_RELATIVES = frozenset({"which", "who", "that"})


def _is_place(token: Token) -> bool:
    """A territory noun ("islands", "waters") or a named place ("Kashmir", "the South China
    Sea")."""
    return (
        token.lemma_.lower() in _TERRITORY_NOUNS
        or token.lower_ in _TERRITORY_NOUNS
        or token.ent_type_ in _PLACE_TYPES
    )


def _antecedent(token: Token) -> Token:
    """The noun a relative pronoun stands for ("Taiwan, which also claims"), else the token."""
    if token.lower_ in _RELATIVES and token.head.dep_ == "relcl":
        return token.head.head
    return token


def _claimants(heads: list[Token], sides: bool) -> list[Token]:
    """The named actors among ``heads`` and their conjuncts ("by Vietnam and Taiwan"), and
    with ``sides`` a subject that is both sides of a dispute ("the two sides lay claim to":
    the resolver names them)."""
    found: list[Token] = []
    for head in heads:
        listed = [head, *head.conjuncts]
        if LISTED_CLAIMANTS:
            # "The Philippines, Vietnam, Brunei ... all claim": the list the parser broke
            listed += [
                t
                for c in head.children
                if c.dep_ in ("npadvmod", "appos") and c.ent_type_ in _CLAIMANT_TYPES
                for t in [c, *c.conjuncts]
            ]
        for token in listed:
            token = _antecedent(token)
            named = token.ent_type_ in _CLAIMANT_TYPES
            if (named or (sides and reciprocal_sides(token))) and token not in found:
                found.append(token)
    return found


def _title_place(noun: Token) -> Token | None:
    """The place of "claim to PLACE" on ``noun``."""
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in _TITLE_PREPS:
            for place in prep.children:
                if place.dep_ == "pobj":
                    return place
    return None


def _claimed(verb: Token) -> tuple[Token, list[Token], bool] | None:
    """The place ``verb`` claims, the heads of its claimants and whether they are its subjects
    (not a "by" agent, which describes the place: "islands claimed by both countries"), or
    None."""
    lemma = verb.lemma_.lower()
    children = list(verb.children)
    if any(c.dep_ == "neg" for c in children):
        return None
    if any(c.dep_ in ("ccomp", "xcomp") for c in children):
        return None  # "claims that P", "claims to have": the speech rules' reading
    if any(c.dep_ == "aux" and c.tag_ == "TO" for c in children):
        return None  # "invaded to try to claim land": an aim, no claim made
    if lemma in LAYING_VERBS or verb.lower_ in LAYING_VERBS:
        for noun in children:
            if noun.dep_ == "dobj" and noun.lower_ in _CLAIM_NOUNS:
                place = _title_place(noun) or _title_place(verb)  # "to" on either
                if place is not None:
                    return place, _subjects(verb)[0], True
        return None
    if lemma not in CLAIM_VERBS:
        return None
    agents = [p for c in children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    if verb.tag_ == "VBN" and agents:
        if verb.dep_ in ("acl", "relcl"):
            place = verb.head
        else:
            subjects = [c for c in children if c.dep_ == "nsubjpass"]
            if not subjects:
                return None
            place = _antecedent(subjects[0])
        return (place, agents, False) if _is_place(place) else None
    for noun in children:
        if noun.dep_ != "dobj":
            continue
        if _is_place(noun) or (PARTITIVE_PLACES and _claimed_part(noun)):
            return noun, _subjects(verb)[0], True
    return None


def _claimed_part(noun: Token) -> bool:
    """Whether ``noun`` is a part of a place: "parts of the South China Sea", "most of the
    region" (:data:`PARTITIVE_PLACES`)."""
    if noun.lower_ not in _PART_NOUNS and noun.lemma_.lower() not in _PART_NOUNS:
        return False
    return any(
        place.dep_ == "pobj" and _is_place(place)
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for place in prep.children
    )


def territorial_claims(verb: Token, context: _Context) -> Iterator[Claim]:
    """'an area claimed by X', 'X claims the entire region', 'X lay claim to Y': X's ASSERT,
    no target, the place's phrase as the content."""
    if not TERRITORIAL_CLAIMS or verb.pos_ not in ("VERB", "AUX"):
        return
    found = _claimed(verb)
    if found is None:
        return
    place, heads, subjects = found
    claimants = _claimants(heads, subjects)
    if not claimants:
        return
    content = _token_span(context.doc, place.left_edge.i, place.i + 1)
    if PARTITIVE_PLACES and _claimed_part(place):  # "parts of the South China Sea and ..."
        content = _token_span(context.doc, place.left_edge.i, place.right_edge.i + 1)
    for claimant in claimants:
        yield _claim(
            context,
            claimer=actor_mention(claimant, context),
            stance=Stance.ASSERT,
            cue=_token_span(context.doc, verb.i, verb.i + 1),
            sentence=sentence_index(verb),
            content=content,
            confidence=0.6,
        )
