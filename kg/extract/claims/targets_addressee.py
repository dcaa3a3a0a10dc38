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
from kg.extract.claims.base import _Context, _prep_object
from kg.extract.claims.targets_names import actor_mention
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
    span = context.doc.char_span(offset, offset + 1, alignment_mode="expand")
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
                mention = actor_mention(party, context)
                if mention.label not in ACTOR_LABELS or mention.span == claim.claimer.span:
                    continue
                claim = replace(
                    claim,
                    targets=(*claim.targets, mention),
                    rule=f"{claim.rule}+demand_addressee",
                )
                break
        found.append(claim)
    return tuple(found)
