"""Charges in a speech verb's frame: whom "accused X of Y", "blamed X for Y",
"charged that ..." aims at and what it charges, the act an accusation noun names
("accusations of meddling"), with the parser's misattachments mended (a charge hung on a
date phrase, an accused named in a coordination, a reciprocal "each other", an
allegation hung on "as").

Separate from :mod:`.speech`, which decides that a verb is a claim and with what stance;
this module reads only who is charged with what."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import cues
from kg.extract.claims import targets_agents
from kg.extract.claims.base import (
    _DATE_WORDS,
    _agents,
    _Context,
    _is_actor_token,
    _is_clausal_prep,
    _prep_object,
    _tokens_of,
    _with_conjuncts,
    linked_charge,
)
from kg.extract.claims.content_base import _condition_targets
from kg.extract.claims.spans import (
    _as_phrase,
    _clause_span,
    _phrase_span,
    _phrase_tokens,
    _token_span,
    _trimmed,
)
from kg.extract.claims.speech_threats import _relation_partners
from kg.extract.claims.targets import (
    _aimed_prep_object,
    _clause_agents,
    _content_targets,
    _covering_mention,
    _object_targets,
    _organ_of,
    _owners,
    _state_of,
    _threat_targets,
    accused_members,
    actor_mention,
    blamed_on,
)
from kg.extract.claims.targets_threat import answered_doers, passive_threatened
from kg.extract.mentions import mention_from_span, to_span
from kg.model import Mention, Span, Stance


def _entity_mention(token: Token, context: _Context) -> Mention:
    """The mention of the entity a token is in ("United States" of "a United States-led
    drill", whose phrase the parser runs on into the noun it modifies), else its phrase's."""
    entity = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    if entity is not None and token.dep_ == "npadvmod":
        start = entity.start + (entity[0].lower_ in ("a", "an") and len(entity) > 1)
        return mention_from_span(token.doc[start : entity.end], entity.label_)
    return actor_mention(token, context)


def _is_reciprocal_token(token: Token) -> bool:
    """'each other', 'one another' as a verb's object (its head word "other"/"another")."""
    return token.lower_ in ("other", "another") and any(
        c.lower_ in ("each", "one") for c in token.children
    )


def _charge_of(allegation: Token) -> Token | None:
    """The gerund an accusation noun charges: 'accusations of meddling in the election'."""
    if allegation.lemma_.lower() not in cues.ACCUSATION_NOUNS:
        return None
    for child in allegation.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            complement = _prep_object(child)
            if complement is not None and complement.tag_ == "VBG":
                return complement
    return None


def _allegation_after_as(verb: Token) -> Token | None:
    """'rejected as "groundless" Washington's accusations that ...': the parser hung the
    moved object on 'as'; the allegation is what was rejected."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "as":
            for noun in child.children:
                if noun.dep_ == "pobj" and noun.lemma_.lower() in cues.ALLEGATION_NOUNS:
                    return noun
    return None


#: Criticism verbs whose object comes after "to": "Russia objects to the deployment of
#: missiles", "objected to NATO's decision" (OBJECT [110], like oppose with a direct object).
_OBJECTING_VERBS = cues.words("object")


def _charge_frame(
    verb: Token,
    stance: Stance,
    direct: Token | None,
    clausal: Token | None,
    quotes: list[Span],
    context: _Context,
) -> tuple[Span | None, tuple[Mention, ...], list[Span]] | None:
    """ACCUSE / CRITICIZE / APPROVE / THREATEN: a target and what it is charged with."""
    targets: list[Mention] = []
    content: Span | None = None
    linked = linked_charge(verb) if stance is Stance.ACCUSE else None
    if linked is not None:  # "linked Syria to the bombing": the actor, charged with the act
        actors, act, _ = linked
        content = to_span(_phrase_span(act))
        return content, tuple(actor_mention(_state_of(a) or a, context) for a in actors), []
    preps = {c.lower_: c for c in verb.children if c.dep_ == "prep"}
    for agent in _agents(verb):  # "accused by regulators of misleading investors"
        for child in agent.children:
            if _is_clausal_prep(child):
                preps.setdefault(child.lower_, child)
    if direct is None and "to" in preps and verb.lemma_.lower() in _OBJECTING_VERBS:
        direct = _prep_object(preps.pop("to"))  # "objects to X's plan": X's plan is opposed
    if "on" in preps and _is_date_phrase(preps["on"]):
        del preps["on"]  # "blamed the opposition on Sunday for ...": a date, not the blamed
    if verb.lemma_.lower() == "blame" and "on" in preps and direct is None and verb.dep_ == "relcl":
        direct = verb.head  # "an attack local officials blamed on Sudan": the antecedent
    if "on" in preps and "for" in preps and direct is not None and _is_reciprocal_token(direct):
        del preps["on"]  # "blamed each other for the firing on the border": a place
    if verb.lemma_.lower() == "blame" and "on" not in preps and direct is not None:
        preps.update(blamed_on(direct))  # "blamed the violence on foreign fighters"
    if verb.lemma_.lower() == "blame" and "on" in preps and direct is not None:
        # "blamed the attack on Russia": the thing blamed is the content
        on_object = _prep_object(preps["on"])
        if on_object is not None:
            targets.append(actor_mention(on_object, context))
        content = to_span(_phrase_span(direct))
    else:
        charge = _misattached_charge(verb, direct, preps) if stance is Stance.ACCUSE else None
        if direct is not None and charge is not None and charge.head != direct:
            # "blamed ethnic rebels and an exiled group for the attacks": the parser hung
            # "for" on the last conjunct; each conjunct is blamed, the last one trimmed
            preps.setdefault(charge.lower_, charge)
            targets.extend(_conjunct_targets(direct, charge, context))
        elif direct is not None and charge is not None:
            # "blamed North Korean hackers for the theft": the parser hung "for" on the object
            preps.setdefault(charge.lower_, charge)
            targets.extend(_conjunct_targets(direct, charge, context))
        elif direct is not None and stance is Stance.ACCUSE:  # the accused themselves
            targets.extend(
                actor_mention(_state_of(t) or t, context)
                for c in _with_conjuncts(direct)
                for t in accused_members(c)  # "several groups including A and B"
            )
        elif (
            direct is not None
            and stance is Stance.THREATEN
            and (threatened := passive_threatened(verb, direct, context))
        ):
            targets.extend(threatened)  # "defectors threatened by Pyongyang"
        elif direct is not None and stance is Stance.THREATEN and not _is_actor_token(direct):
            # "threatened unspecified measures against Sudan": whom the harm is aimed at
            aimed = [
                a
                for p in direct.children
                if p.dep_ == "prep" and p.lower_ in ("against", "on", "for", "to")
                for o in [_prep_object(p)]
                if o is not None
                for a in ([o] if _is_actor_token(o) else _owners(o))  # "to any Israeli attack"
            ]
            targets.extend(actor_mention(a, context) for a in aimed)
        elif direct is not None:
            targets.extend(_object_targets(direct, context))
        elif stance is Stance.CRITICIZE and (aimed_at := _aimed_prep_object(preps)) is not None:
            targets.extend(_object_targets(aimed_at, context))  # "lashed out against X"
        label = _as_phrase(verb) if stance in (Stance.CRITICIZE, Stance.ACCUSE) else None
        if label is not None:
            # "condemned the meeting as “a blatant attempt to ...”": what it was called
            objects = [c for c in label.children if not c.is_punct and not c.is_space]
            if objects:
                content = _token_span(
                    context.doc, objects[0].left_edge.i, objects[-1].right_edge.i + 1
                )
        for word in ("of", "for", "with", "over", "against", "about"):
            if word in preps and content is None:
                complement = _prep_object(preps[word])
                if complement is not None:
                    content = _clause_span(complement, context)
        if (
            not targets
            and direct is None
            and stance is Stance.APPROVE
            and targets_agents.THANKED_FOR_DOERS
        ):
            # "thanked for the strong signals expressed by Ursula von der Leyen": the doer
            targets.extend(targets_agents.thanked_for_doers(verb, context))
        owned_act = aimed_act(verb, stance, preps) if content is None and direct is None else None
        if owned_act is not None:
            # "lashed out at Japan's decision to buy the islands": the owner's act is the content
            content = _token_span(context.doc, owned_act.left_edge.i, owned_act.right_edge.i + 1)
        if not targets and stance is Stance.THREATEN and clausal is None:
            # "warned of war if NATO deploys troops": whom the condition names
            holders = [verb, *(o for p in preps.values() for o in [_prep_object(p)] if o)]
            for holder in holders:
                targets.extend(actor_mention(t, context) for t in _condition_targets(holder))
            if not targets:  # "damage to Turkish-Israeli relations": the other partner
                targets.extend(  # the one word, not the compound "Turkish-Israeli"
                    mention_from_span(t.doc[t.i : t.i + 1], "NORP")
                    for t in _relation_partners(verb)
                )
            if not targets and content is not None:  # "warned of a price for X's provocations"
                targets.extend(_threat_targets(content, context))
            if not targets:  # "warned of consequences in response to a U.S.-led drill"
                targets.extend(_entity_mention(t, context) for t in answered_doers(verb))
        if content is None and direct is not None and not _is_actor_token(direct):
            # "condemned Russia's attack against Ukraine": the act condemned is the content
            content = _token_span(context.doc, direct.left_edge.i, direct.right_edge.i + 1)
    if content is None and clausal is not None:
        content = _clause_span(clausal, context)
        if not targets and stance is Stance.THREATEN:
            targets.extend(_threat_targets(content, context))  # whom the harm falls on
            if not targets:  # "... if the West imposes sanctions"
                targets.extend(actor_mention(t, context) for t in _condition_targets(clausal))
            if not targets:  # "threatening to pull its troops ... because of a U.N. report"
                targets.extend(_entity_mention(t, context) for t in answered_doers(verb))
        elif not targets and stance is Stance.ACCUSE and content is not None:
            # "charges that Sudanese-backed militias support rebel opponents of Deby": the
            # doers the clause charges, not those it names as harmed
            span = _tokens_of(content, context)
            agents = _clause_agents(span) if span is not None else []
            targets.extend(actor_mention(_state_of(a) or a, context) for a in agents)
            if not agents:
                targets.extend(_content_targets(content, context))
        elif not targets:
            targets.extend(_content_targets(content, context))
    if content is None and quotes:
        return None, tuple(targets), quotes
    if content is None and direct is None and not (AIMED_AT_ONLY and aimed_only(verb, stance)):
        return None
    return content, tuple(targets), []


#: Round 16 (issue 12): "lashed out at X", "hit out at X" with nothing else said is X's
#: criticism with no content (before, the claim was dropped for want of a content).
AIMED_AT_ONLY = True


def aimed_only(verb: Token, stance: Stance) -> bool:
    """Whether a phrasal criticism names whom it is aimed at by "at" and says nothing more:
    "lashed out at the United Nations" (a named actor; not "lashed out at a news
    conference")."""
    if stance is not Stance.CRITICIZE or not any(c.dep_ == "prt" for c in verb.children):
        return False  # "protested at the United Nations": a venue
    at = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "at"), None)
    aimed = _prep_object(at) if at is not None else None
    return aimed is not None and _is_actor_token(aimed) and aimed.ent_type_ not in ("LOC", "FAC")


def aimed_act(verb: Token, stance: Stance, preps: dict[str, Token]) -> Token | None:
    """The act a phrasal criticism is aimed at by "at" when it is no actor: "lashed out at
    Japan's decision to ..." (round 16, issue 12; "lashed out at Japan" names the actor, and a
    plain "protested at" names a venue)."""
    if stance is not Stance.CRITICIZE or "at" not in preps:
        return None
    if not any(c.dep_ == "prt" for c in verb.children):
        return None
    aimed = _prep_object(preps["at"])
    if aimed is None or _is_actor_token(aimed) or aimed.pos_ not in ("NOUN", "PROPN"):
        return None
    # an owned act only ("at a news conference in Beijing" is a venue)
    return aimed if any(o.pos_ != "PRON" for o in _owners(aimed)) else None


def _is_date_phrase(prep: Token) -> bool:
    """'on Sunday', 'on March 3': a preposition that dates the act."""
    complement = _prep_object(prep)
    return complement is not None and (
        complement.ent_type_ in ("DATE", "TIME") or complement.lower_ in _DATE_WORDS
    )


def _misattached_charge(verb: Token, direct: Token | None, preps: dict[str, Token]) -> Token | None:
    """The 'of/for/with' of an accusation when attached to the accused (or to the last of
    several accused: "blamed A and B for the attacks"), not the verb."""
    if direct is None or any(w in preps for w in ("of", "for", "with")):
        return None
    for accused in (direct, *direct.conjuncts[-1:]):
        state = _organ_of(accused)
        if state is not None:
            accused = state  # "accused the army of Guinea of ...": the charge after the state
        for child in accused.children:
            if child.dep_ == "prep" and child.lower_ in ("of", "for", "with"):
                return child
    return None


def _conjunct_targets(direct: Token, charge: Token, context: _Context) -> list[Mention]:
    """The accused conjuncts of ``direct`` when the charge hangs on one of them: each
    conjunct's mention (a state's agents as the state), the one carrying the charge cut
    before it (the span as the parser's head starts it, as before)."""
    found: list[Mention] = []
    for accused in _with_conjuncts(direct):
        state = _state_of(accused)  # "accused British diplomats of ...": the state
        if accused != charge.head or state is not None:
            found.append(actor_mention(state or accused, context))
            continue
        start = _phrase_tokens(accused)[0].i
        trimmed = _trimmed(context.doc, start, charge.i)
        covered = _covering_mention(accused, context) is not None
        found.append(
            mention_from_span(trimmed)
            if trimmed is not None and not covered
            else actor_mention(accused, context)
        )
    return found


#: Verbs of opposing, which criticize only another party's act or policy.
OPPOSING_VERBS = cues.words("oppose")
#: Armed forces whose "opposing" is fighting them, not a criticism: "our army has been
#: opposing the overwhelming forces of the invader".
_RESISTED = cues.words("army armies force forces troop troops enemy warship warships invader")
_RESISTED |= cues.words("invaders occupier occupiers military")
#: Determiners that make an opposed object one act ("the plan", "this decision"), not an aim.
_SPECIFIC = cues.words("the this that these those such")


def opposition_kind(verb: Token) -> str | None:
    """What an "oppose" cue is: "criticism" of another party's act or policy ("opposes
    Pakistan's plan", "strongly oppose it", "opposed the decision"), an "aim" asserted
    ("opposes violence", "oppose economic coercion": a general aim, no act of anyone's),
    or None for no claim: a description in a relative clause ("exile groups that oppose
    military rule") or armed resistance ("the army opposing the enemy's forces")."""
    if verb.dep_ in ("relcl", "acl"):
        return None
    direct = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if direct is None:
        return "criticism"
    if direct.lemma_.lower() in _RESISTED or direct.lower_ in _RESISTED:
        return None
    if direct.pos_ != "NOUN" or _is_actor_token(direct) or _owners(direct):
        return "criticism"
    if any(c.dep_ in ("det", "poss") and c.lower_ in _SPECIFIC | {"any"} for c in direct.children):
        return "criticism"
    if any(c.dep_ == "poss" for c in direct.children):
        return "criticism"
    return "aim"
