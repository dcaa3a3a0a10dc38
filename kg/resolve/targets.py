"""A claim's targets and cited source -> actors, once its claimer is known.

Whom a claim is aimed at depends on who makes it: a charge or a threat is never aimed at
the claimer's own side (a pronoun goes to the nearest antecedent of another side, a
pronoun that stands for the message itself to no one), a people or a region named
("accused the Ethiopians", "the North") stands for its state, and a description of
people or an institution ("the western media") becomes an actor of its own when nothing
resolves it.  It is apart from the claimer's resolution (:mod:`.resolver`,
:mod:`.official`) because it runs after it, once per claimer of a claim, on what the
resolver has already resolved.
"""

from __future__ import annotations

from kg.model import Claim, ResolvedClaim, Stance
from kg.resolve.actors import is_target_description
from kg.resolve.resolver import _Resolver

#: Stances aimed at someone: their targets that are descriptions of people or institutions
#: ("accused the western media") become actors of their own when nothing resolves them.
_AIMED = frozenset({Stance.ACCUSE, Stance.DENY, Stance.APPROVE, Stance.CRITICIZE, Stance.THREATEN})

#: Stances that charge or oppose their target: never the state their claimer speaks for.
_HOSTILE = frozenset({Stance.ACCUSE, Stance.DENY, Stance.CRITICIZE, Stance.THREATEN})


def _resolved(resolver: _Resolver, claim: Claim, claimer: str, claim_id: str) -> ResolvedClaim:
    """``claim`` made by ``claimer``, its targets and cited source resolved."""
    targets: list[str] = []
    own = resolver.own_side(claimer) if claim.stance in _AIMED else frozenset({claimer})
    builder = resolver.builders.get(claimer)
    side = builder.affiliation if builder is not None else None
    for target in claim.targets:
        actor_id = resolver.actor_of(target) or resolver.possessor(target.span)
        if actor_id is None and claim.stance in _AIMED:
            actor_id = resolver.office_body(target)  # "the United Nations chief"
        if actor_id is None and claim.stance in _AIMED and is_target_description(target):
            actor_id = resolver.fallback(target)  # "accused the western media of ..."
        if claim.stance in _AIMED and target.label != "PRON":
            # "accused the Ethiopians", "the North": the state ("welcomed Afghans" praises
            # the people, not their state)
            actor_id = resolver.aimed_state(target, claim.stance in _HOSTILE) or actor_id
        if claim.stance in _HOSTILE and target.label == "PRON":
            if resolver.stands_for_message(target):
                # "the U.S. allegations, dismissing them as a witch hunt": the message,
                # whose author is named in it, not an actor named before
                continue
            # "denied South Korean charges that it fired": whom the pronoun stands for,
            # never the claimer's own side
            actor_id = resolver.aimed_antecedent(target, own) or actor_id
        if claim.stance in _HOSTILE and actor_id is not None and actor_id == side:
            # "Indian army chief Rawat alleged that the camps India's air force had
            # destroyed ...": a charge is not aimed at the state its claimer speaks for
            continue
        # a claim is not aimed at its own claimer ("dismissing them" -> not themselves)
        if actor_id is not None and actor_id not in targets and actor_id != claimer:
            targets.append(actor_id)
    cites = resolver.actor_of(claim.cites) if claim.cites is not None else None
    return ResolvedClaim(claim_id, claim, claimer, tuple(targets), cites)
