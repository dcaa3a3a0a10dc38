"""The party a speaker calls on to undo something, as the target of the charge or denial
the same speaker makes beside it: "called on Kosovo to halt the raids, saying they are a
breach of the agreement" -> Kosovo; "said the charges were groundless and called on the
agency to retract its report", "dismissed the accusations and demanded Ukraine release the
crew" -> the accuser asked to take it back.

Wire copy often puts the charge (or the denial) in a participle or a conjoined verb whose
own words name no party ("saying they are a breach"), while the demand beside it names the
party that is to stop, retract or release: the other side of the dispute.  Only demands to
undo (:data:`_UNDOING`) count: "urged the U.N. to investigate" asks a third party to act,
not the accused or the accuser.  Separate from :mod:`.targets_coordinated` because it reads
two claims of one speaker, not one target's phrase."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from kg.extract import cues
from kg.extract._index import expanded_span
from kg.extract.claims.base import _Context, _prep_object, _with_conjuncts
from kg.extract.claims.targets_names import _covering_mention, actor_mention
from kg.extract.claims.targets_states import _state_of
from kg.extract.mentions import ACTOR_LABELS
from kg.model import Claim, Mention, Stance

#: Whether the rule is on (round 18, `target18`; `demand_addressee` in the rule registry).
DEMAND_ADDRESSEES = True

#: Stances whose missing target the demand's addressee supplies.  Not criticism: "condemned
#: the bombing and urged Pakistan to stop the militants" aims the condemnation elsewhere.
_STANCES = frozenset({Stance.ACCUSE, Stance.DENY})

#: What the addressee is called on to do: undo or stop its own act or word.
_UNDOING = cues.words(
    "stop halt end cease retract withdraw release free apologize apologise return "
    "refrain abandon rescind reverse revoke correct lift"
)

#: Verbs of a demand made to a party: "called on X to", "urged X to", "demanded X release".
_DEMANDING = cues.words("call demand urge press ask")

#: How the claim's cue hangs from the demand's ("called on X ..., saying ...") or the
#: demand's from the claim's ("dismissed ... and demanded X ...").
_LINKS = frozenset({"advcl", "conj"})


def _token_at(offset: int, context: _Context) -> Token | None:
    span = expanded_span(context.doc, offset, offset + 1)  # char_span, once per offset
    return None if span is None or not len(span) else span[0]


def _linked_verbs(cue: Token) -> list[Token]:
    """The verbs one cue is linked to: the verb it hangs from as an adverbial clause or a
    conjunct, its own conjuncts, the other conjuncts of the verb it is a conjunct of, and a
    subjectless conjunct the parser hung from the reported clause ("said the charges were
    groundless and called on X to ..."): the speaker's own second verb."""
    found = [c for c in cue.children if c.dep_ == "conj"]
    for clause in (c for c in cue.children if c.dep_ == "ccomp"):
        found.extend(
            c
            for c in clause.children
            if c.dep_ == "conj" and not any(d.dep_.startswith("nsubj") for d in c.children)
        )
    if cue.dep_ in _LINKS:
        found.append(cue.head)
    if cue.dep_ == "conj":
        found.extend(c for c in cue.head.children if c.dep_ == "conj" and c.i != cue.i)
    return found


def _addressee(verb: Token) -> Token | None:
    """The party a demand to undo is made to: "called on <X> to halt ...", "urged <X> to
    withdraw ...", "demanded <X> release ..."; None when the verb is no demand or what it
    asks for is no undoing (:data:`_UNDOING`)."""
    if verb.lemma_.lower() not in _DEMANDING:
        return None
    complement = next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp")), None)
    if complement is None or complement.lemma_.lower() not in _UNDOING:
        return None
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in ("on", "upon") and verb.lemma_ == "call":
            return _prep_object(child)
        if child.dep_ == "dobj" and verb.lemma_ != "call":
            return child
    return next((c for c in complement.children if c.dep_ == "nsubj"), None)


def _actor_targets(claim: Claim) -> list[Mention]:
    return [t for t in claim.targets if t.label in ACTOR_LABELS]


def demand_addressees(claims: tuple[Claim, ...], context: _Context) -> tuple[Claim, ...]:
    """Each charge or denial aimed at no named actor gets the named addressee of its
    speaker's linked demand to undo (:func:`_linked_verbs`, :func:`_addressee`)."""
    if not DEMAND_ADDRESSEES:
        return claims
    found: list[Claim] = []
    for claim in claims:
        cue = _token_at(claim.cue.start, context)
        if claim.stance in _STANCES and cue is not None and not _actor_targets(claim):
            for verb in _linked_verbs(cue):
                party = _addressee(verb)
                if party is None:
                    continue
                # "called on <X> and <Y> to retract their stories": each of them
                mentions = [actor_mention(p, context) for p in _with_conjuncts(party)]
                named = [
                    m for m in mentions if m.label in ACTOR_LABELS and m.span != claim.claimer.span
                ]
                if not named:
                    continue
                claim = replace(
                    claim,
                    targets=(*claim.targets, *named),
                    rule=f"{claim.rule}+demand_addressee",
                )
                break
        found.append(claim)
    return tuple(found)


#: Whether the rule is on (round 18, `target18`; `addressed_party` in the rule registry).
ADDRESSED_PARTIES = True

#: Labels of a state named or taken up by its people's adjective ("a Pakistani diplomat").
_STATE_LABELS = frozenset({"GPE", "NORP"})

#: Stances whose missing target the party a complaint or warning is made to supplies.
_ADDRESSED_STANCES = frozenset({Stance.CRITICIZE, Stance.THREATEN})

#: Nouns of a message made to a party: "issued warnings to X", "sent a protest note to X".
_ADDRESSING = cues.words(
    "warning warnings protest protests complaint complaints note ultimatum message demarche"
)

#: Clause links from a claim's cue to the verb that names whom it is made to: "issued
#: warnings to X, threatening ...", "summoned X's envoy to lodge a protest".
_UP_LINKS = frozenset({"advcl", "xcomp"})


def _to_objects(token: Token) -> list[Token]:
    """The objects of ``token``'s preposition "to", with their conjuncts."""
    found: list[Token] = []
    for prep in token.children:
        if prep.dep_ in ("prep", "dative") and prep.lower_ == "to":
            party = _prep_object(prep)
            if party is not None:
                found.extend(_with_conjuncts(party))
    return found


def _addressed(cue: Token) -> list[Token]:
    """Whom a complaint, a protest or a warning is made to: "complained to <X> about",
    "issued warnings to <X> and <Y>, threatening ...", "summoned <a Pakistani diplomat> to
    lodge a protest" (the envoy's state)."""
    verbs = [cue, cue.head] if cue.dep_ in _UP_LINKS else [cue]
    for verb in verbs:
        if verb.lemma_.lower() == "summon":
            envoy = next((c for c in verb.children if c.dep_ == "dobj"), None)
            state = _state_of(envoy) if envoy is not None else None
            return [state] if state is not None else []
        found = _to_objects(verb) if verb.lemma_.lower() == "complain" else []
        for noun in verb.children:
            if noun.dep_ == "dobj" and noun.lemma_.lower() in _ADDRESSING:
                # "issued warnings to X": "to" on the noun, or on the verb as its dative
                found.extend([*_to_objects(noun), *_to_objects(verb)])
        if found:
            return found
    return []


def addressed_parties(claims: tuple[Claim, ...], context: _Context) -> tuple[Claim, ...]:
    """Each criticism or threat aimed at no named actor gets the states its complaint,
    protest or warning is made to (:func:`_addressed`): named states (GPE) only, as
    "complained to reporters" or "a warning to citizens" names no party to the dispute."""
    if not ADDRESSED_PARTIES:
        return claims
    found: list[Claim] = []
    for claim in claims:
        cue = _token_at(claim.cue.start, context)
        if claim.stance in _ADDRESSED_STANCES and cue is not None and not _actor_targets(claim):
            added = []
            for party in _addressed(cue):
                mention = _covering_mention(party, context)
                if mention is None or mention.label not in _STATE_LABELS:
                    continue
                if mention.span != claim.claimer.span and mention not in added:
                    added.append(mention)
            if added:
                claim = replace(
                    claim,
                    targets=(*claim.targets, *added),
                    rule=f"{claim.rule}+addressed_party",
                )
        found.append(claim)
    return tuple(found)
