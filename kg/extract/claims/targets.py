"""Claimers and targets: the mention for a token, who a claim is about, who wrote an
allegation, which claimers can speak at all.

The rules live by what they read: :mod:`.targets_names` (the mention for a token),
:mod:`.targets_states` (owners of acts and things, the state behind a state agent),
:mod:`.targets_speakers` (who makes a claim: groups, documents, outlets),
:mod:`.targets_agents` (targets of accusations and criticism), :mod:`.targets_denials`
(whose allegation a denial answers) and :mod:`.targets_threat` (whom a harm falls on).
This module keeps the relative-pronoun pass, :func:`antecedent_targets`, and re-exports
the names other modules import from it."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from kg.extract import cues
from kg.extract.claims.base import _Context
from kg.extract.claims.targets_agents import _acting_it as _acting_it
from kg.extract.claims.targets_agents import _aimed_prep_object as _aimed_prep_object
from kg.extract.claims.targets_agents import _clause_agents as _clause_agents
from kg.extract.claims.targets_agents import _content_targets as _content_targets
from kg.extract.claims.targets_agents import _object_targets as _object_targets
from kg.extract.claims.targets_agents import blamed_on as blamed_on
from kg.extract.claims.targets_denials import _allegation_authors as _allegation_authors
from kg.extract.claims.targets_denials import _allegation_targets as _allegation_targets
from kg.extract.claims.targets_denials import _answered_allegation as _answered_allegation
from kg.extract.claims.targets_denials import _charge_with_denier as _charge_with_denier
from kg.extract.claims.targets_denials import denied_accusers as denied_accusers
from kg.extract.claims.targets_names import _covering_mention as _covering_mention
from kg.extract.claims.targets_names import actor_mention as actor_mention
from kg.extract.claims.targets_speakers import _accusers_before as _accusers_before
from kg.extract.claims.targets_speakers import _cited_source as _cited_source
from kg.extract.claims.targets_speakers import _expanded as _expanded
from kg.extract.claims.targets_speakers import _is_outlet as _is_outlet
from kg.extract.claims.targets_speakers import _named_speakers as _named_speakers
from kg.extract.claims.targets_speakers import _stance_for_claimer as _stance_for_claimer
from kg.extract.claims.targets_speakers import accused_members as accused_members
from kg.extract.claims.targets_speakers import relays_news as relays_news
from kg.extract.claims.targets_states import _is_people as _is_people
from kg.extract.claims.targets_states import _organ_of as _organ_of
from kg.extract.claims.targets_states import _owners as _owners
from kg.extract.claims.targets_states import _state_of as _state_of
from kg.extract.claims.targets_threat import _threat_targets as _threat_targets
from kg.model import Claim, Mention

#: Whether a relative clause's "the other" beside its relative pronoun is the target (round
#: 22, target22: "which each side blames the other for starting").
OTHER_SIDE_OBJECTS = True

#: Relative pronouns that stand for the noun their clause modifies.
_RELATIVE_PRONOUNS = cues.words("who whom which that")


def antecedent_targets(claims: tuple[Claim, ...], context: _Context) -> tuple[Claim, ...]:
    """A target that is a relative pronoun stands for the noun its clause modifies: "two
    diplomats whom the ministry accuses of spying" is aimed at the diplomats (and, for
    state agents, at their state: "British diplomats" -> Britain), not at "whom"."""
    found: list[Claim] = []
    for claim in claims:
        targets = tuple(_antecedent(t, context) or t for t in claim.targets)
        if targets != claim.targets:
            claim = replace(claim, targets=targets, rule=f"{claim.rule}+relative_antecedent")
        found.append(claim)
    return tuple(found)


def _antecedent(target: Mention, context: _Context) -> Mention | None:
    """The mention of the noun a relative-pronoun target stands for, or None."""
    if target.span.text.lower() not in _RELATIVE_PRONOUNS:
        return None
    pronoun = context.doc.char_span(target.span.start, target.span.end)
    if pronoun is None or len(pronoun) != 1 or pronoun[0].tag_ not in ("WP", "WDT"):
        return None
    clause = pronoun[0].head
    if clause.dep_ != "relcl":
        return None
    other = _other_side_object(clause, pronoun[0], context) if OTHER_SIDE_OBJECTS else None
    if other is not None:
        # "the clashes, which each side blames the other for starting": the claim is
        # aimed at "the other", not at the clashes (round 22, target22)
        return other
    noun = clause.head
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    state = _state_of(noun)
    return actor_mention(state if state is not None else noun, context)


#: Objects that name the claimer's opposite party: "the other", "each other".
_OTHER_SIDE_WORDS = frozenset({"the other", "each other", "one another", "the other side"})


def _other_side_object(clause: Token, pronoun: Token, context: _Context) -> Mention | None:
    """The description of the opposite party a relative clause's verb takes as a second
    object beside the relative pronoun ("which each side blames the other for"), whom
    the resolver gives each side's claim (:func:`kg.resolve.targets._crossed`); None when
    the verb has none."""
    for child in clause.children:
        if child.i == pronoun.i or child.dep_ not in ("dobj", "pobj", "obj"):
            continue
        words = child.doc[child.left_edge.i : child.right_edge.i + 1]
        if words.text.lower() in _OTHER_SIDE_WORDS:
            return actor_mention(child, context)
    return None
