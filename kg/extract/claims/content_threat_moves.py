"""Forces promised into another party's land (round 24, conduct24, issue 12): a speaker's
side that says it will send its troops into a state, march into it or take it over threatens
that state, though no verb of harm is said ("he would send troops into Ukraine to defend the
Russian-speaking population", "will lead militiamen in a campaign to take over six
districts").  :func:`.content_threat._promised_harm` reads the promise (a modal, "ready to",
a condition) and the speaker's side; this module only tells whether a doing is such a move
and where it goes.  The family is ``promised_incursion``.

The destination must be named as a state or a place of one after "into" ("send troops into
Ukraine", "move forces into Georgia") or be the object of "take over" ("take over the
country"); "send troops to the region", "send aid into Gaza" and "move forces to the
border" go into no named state's land, or send no force."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import cues
from kg.extract.claims.base import _is_actor_token, _prep_object
from kg.extract.claims.content_lexicon import DEPLOY_VERBS, MILITARY_NOUNS, TERRITORY_NOUNS
from kg.extract.claims.targets import _owners

#: Verbs of a force going into a land by itself: "our army will march into the capital".
_GOING_VERBS = cues.words("march roll storm push")
#: The particle and object of a land taken: "to take over the country".
_TAKING = cues.words("take")
#: Every verb of a move :func:`moved_into` reads (the gate of the promise rule).
MOVING_VERBS: frozenset[str] = DEPLOY_VERBS | _GOING_VERBS | _TAKING


def _land_of(place: Token) -> list[Token]:
    """The state a destination names or belongs to: "Ukraine" -> [Ukraine], "Georgian
    territory" -> [Georgian], "the country" -> [] (a land, no state named)."""
    if _is_actor_token(place) or place.ent_type_ in ("GPE", "NORP"):
        return [place]
    return [o for o in _owners(place) if _is_actor_token(o)]


def moved_into(verb: Token) -> list[Token] | None:
    """Where a force is moved or a land is taken: "send troops into Ukraine" -> [Ukraine],
    "take over the country" -> [] (a land taken, its state unnamed); None when the doing is
    no such move."""
    lemma = verb.lemma_.lower()
    if lemma in _TAKING and any(c.dep_ == "prt" and c.lower_ == "over" for c in verb.children):
        lands = [c for c in verb.children if c.dep_ == "dobj"]
        if any(land.lemma_.lower() in TERRITORY_NOUNS or _land_of(land) for land in lands):
            return [s for land in lands for s in _land_of(land)]
        return None
    sends = lemma in DEPLOY_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in MILITARY_NOUNS for c in verb.children
    )
    goes = lemma in _GOING_VERBS and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in MILITARY_NOUNS for c in verb.children
    )
    if not (sends or goes):
        return None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "into":
            continue
        place = _prep_object(prep)
        if place is not None and _land_of(place):
            return _land_of(place)
    return None
