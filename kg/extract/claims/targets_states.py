"""Owners and states: the actors an act or a thing belongs to (:func:`_owners`: "Russia's
attack", "the Russian invasion", "attacks by Hamas"), the state a state agent stands for
(:func:`_state_of`: "Chinese authorities", "the government in Minsk", "the army of
Guinea", "forces loyal to X"), and the group words that name no state ("Western
nations") or people rather than actors ("separatists").

Separate from the rest of :mod:`.targets` because these read one noun phrase, not a claim,
and the content-stance, denial, label and threat rules all ask them."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from kg.extract import cues
from kg.extract._index import children_of
from kg.extract.claims.base import _is_actor_token, _prep_object, _with_conjuncts
from kg.extract.claims.content_lexicon import load_classes
from kg.extract.mentions import ACTOR_LABELS, mention_from_span
from kg.model import Mention
from kg.resolve.actors import TARGET_NOUNS
from kg.resolve.coref import is_group_noun
from kg.resolve.gazetteer import lookup

#: Nouns of a group a stateless adjective can own: "Western media", "Arab governments".
_GROUP_COMPOUNDS = cues.words("media press government governments group groups")


def _stateless_group(owner: Token, noun: Token) -> Mention | None:
    """The group a stateless adjective only qualifies: "Western media coverage" is the
    Western media's, not "the West"'s (no state stands behind "Western")."""
    if not _stateless_adjective(owner, noun):
        return None
    for child in children_of(noun):
        if child.dep_ == "compound" and child.lower_ in _GROUP_COMPOUNDS and child.i > owner.i:
            group = mention_from_span(noun.doc[owner.i : child.i + 1], "NOMINAL")
            plural = child.tag_ == "NNS" or child.lower_ in ("media", "press")
            return replace(group, head=child.lower_, plural=plural)
    return None


#: Nouns for the people and arms that act for a state: its agents, its forces, its envoys.
_STATE_PEOPLE = (
    cues.STATE_AGENT_NOUNS
    | cues.ARMED_NOUNS
    | cues.words("diplomat diplomats envoy envoys spy spies intelligence")
)


#: Nouns of a band of people, whose members are named after "of": "a group of Eritrean
#: soldiers", "a unit of Russian paratroopers" stand for the members' state.
BAND_NOUNS = cues.words(
    "group groups band bands unit units squad squads contingent contingents detachment "
    "detachments column columns number dozens hundreds scores team teams party"
)


def _has_named_owner(token: Token) -> bool:
    """A possessor or compound that names an actor: "Hamas militants", "Russia's troops"
    (a demonym adjective is no owner: "South Korean conservatives")."""
    return any(
        c.dep_ in ("poss", "compound", "nmod") and _is_actor_token(c) for c in children_of(token)
    )


def _state_of(token: Token) -> Token | None:
    """The state a state agent stands for: "Chinese authorities" -> Chinese, "the Russian
    government" -> Russian, "Iran's security forces" -> Iran; None for anything else."""
    agents = _STATE_PEOPLE  # "13 Russian nationals" -> Russia, "U.S. diplomats" -> the U.S.
    if token.lemma_.lower() in BAND_NOUNS:  # "a group of Somali soldiers" -> Somali
        members = next(
            (_prep_object(c) for c in children_of(token) if c.dep_ == "prep" and c.lower_ == "of"),
            None,
        )
        return (
            None if members is None or members.lemma_.lower() in BAND_NOUNS else _state_of(members)
        )
    if token.lemma_.lower() not in agents and token.lower_ not in agents:
        return None
    if token.ent_type_ in ACTOR_LABELS and token.ent_type_ not in ("NORP",):
        return None  # "Defense Forces" of a named organisation
    for child in children_of(token):
        if child.dep_ in ("amod", "compound", "poss", "nmod") and child.ent_type_ in (
            "NORP",
            "GPE",
        ):
            if child.ent_type_ == "NORP" and lookup(child.text) is None:
                return None  # "Kurdish militants", "Western governments": no state's agents
            return child
    return _organ_of(token) or _loyal_to(token)


def _loyal_to(token: Token) -> Token | None:
    """The named actor people or forces are loyal to: "forces loyal to President X",
    "militias loyal to the junta's leader" -> the one they fight for; None otherwise."""
    for child in children_of(token):
        if child.dep_ == "amod" and child.lemma_.lower() == "loyal":
            for prep in children_of(child):
                patron = _prep_object(prep) if prep.lower_ == "to" else None
                if patron is not None and _is_actor_token(patron):
                    return patron
    return None


#: Civil organs that wire copy names by their seat: "the government in Asmara", "the
#: authorities in Beijing", "the regime in Iran" (not "troops in Ukraine": armed forces
#: stand where they fight, not only where their state is).
_SEATED_ORGANS = cues.words(
    "authority authorities government regime administration official officials leadership junta"
)


def _seat_of(token: Token) -> Token | None:
    """The state whose civil organ is named by its seat: "the government in Minsk" ->
    Minsk; None for anything else (also "the army of Guinea": the walk reads "of")."""
    if token.lemma_.lower() not in _SEATED_ORGANS and token.lower_ not in _SEATED_ORGANS:
        return None
    for child in children_of(token):
        if child.dep_ == "prep" and child.lower_ == "in":
            state = _prep_object(child)
            if state is not None and state.ent_type_ == "GPE" and state.pos_ == "PROPN":
                return state
    return None


def _organ_of(token: Token) -> Token | None:
    """The state an organ of it is "of": "the army of Guinea", "the government of
    Guinea", "the forces of Azerbaijan" -> the state (an organ only: "the rebels of Sudan"
    are no state's); a civil organ "in" its seat too: "the government in Asmara"."""
    lemma = token.lemma_.lower()
    if lemma not in cues.STATE_AGENT_NOUNS and token.lower_ not in cues.STATE_AGENT_NOUNS:
        return None
    seated = lemma in _SEATED_ORGANS or token.lower_ in _SEATED_ORGANS
    for child in children_of(token):
        if child.dep_ == "prep" and (child.lower_ == "of" or (seated and child.lower_ == "in")):
            state = _prep_object(child)
            if state is not None and state.ent_type_ == "GPE" and state.pos_ == "PROPN":
                return state
    return None


#: Round 19 (issue 12, branch `target19`): the partner of a joint act or thing ("a joint
#: industrial complex with South Korea", "joint exercises with the United States") owns it
#: with whoever else does.
JOINT_PARTNERS = True


def _is_joint(noun: Token) -> bool:
    """Whether a noun is qualified as joint: "a joint industrial complex"."""
    return any(c.dep_ in ("amod", "compound") and c.lower_ == "joint" for c in children_of(noun))


#: Whether a joint thing's partner is read from a "with" the parser hung on the verb
#: ("threatened to shut down a joint industrial complex [with the South]", round 26,
#: targets26).
JOINT_PARTNERS_ON_VERB = True


def _verb_joint_partners(noun: Token) -> list[Token]:
    """The named partners of a joint object ("a joint complex") after a "with" the parser
    hung on the object's verb, right after the object's phrase."""
    if noun.dep_ != "dobj" or not _is_joint(noun):
        return []
    end = max(t.i for t in noun.subtree) + 1
    if end >= len(noun.doc):
        return []
    prep = noun.doc[end]
    if prep.dep_ != "prep" or prep.lower_ != "with" or prep.head != noun.head:
        return []
    complement = _prep_object(prep)
    return [
        side
        for side in (_with_conjuncts(complement) if complement is not None else [])
        if _is_actor_token(side) or side.lower_ in ("north", "south")
    ]


def _owners(noun: Token) -> list[Token]:
    """Actors an act or a thing belongs to: 'Russia's attack', 'the Russian invasion',
    'reports of attacks by Hamas', 'Ukraine's sovereignty and territorial integrity'.
    Victims and places ('the attack on Kyiv', 'in Ukraine') are not owners."""
    found: list[Token] = []
    if JOINT_PARTNERS_ON_VERB and JOINT_PARTNERS:
        found.extend(_verb_joint_partners(noun))
    stack = [noun]
    while stack:
        token = stack.pop()
        seat = _seat_of(token)
        if seat is not None:
            found.append(seat)  # "the regime in Damascus", "the authorities in Minsk"
        for child in children_of(token):
            if child.dep_ in ("poss", "nmod", "compound") or (
                child.dep_ == "amod" and child.ent_type_ in ("NORP", "GPE")
            ):
                if _is_actor_token(child):
                    found.append(child)
                elif child.dep_ in ("poss", "nmod"):
                    stack.append(child)
            elif child.dep_ == "acl" and child.tag_ == "VBN":
                # "actions perpetrated by Russia", "the toll taken by Russia's strikes": the
                # participle's agent did it
                for agent in (c for c in children_of(child) if c.dep_ == "agent"):
                    complement = _prep_object(agent)
                    if complement is not None and _is_actor_token(complement):
                        found.append(complement)
                    elif complement is not None:
                        stack.append(complement)
            elif (
                JOINT_PARTNERS
                and child.dep_ == "prep"
                and child.lower_ == "with"
                and _is_joint(token)
            ):
                # "a joint industrial complex with South Korea", "joint drills with the U.S.":
                # the partner shares the act or the thing
                complement = _prep_object(child)
                for side in _with_conjuncts(complement) if complement is not None else []:
                    if _is_actor_token(side):
                        found.append(side)
            elif (
                child.dep_ == "prep"
                and child.lower_ == "between"
                and token.lemma_.lower() in _TIE_NOUNS
            ):
                # "links between leftist rebels and Ecuador's government": both sides
                complement = _prep_object(child)
                for side in _with_conjuncts(complement) if complement is not None else []:
                    if _is_actor_token(side):
                        found.append(side)
                    else:
                        stack.append(side)
            elif child.dep_ == "prep" and child.lower_ == "as" and _is_result(child):
                # "suffering as a result of Israeli military operations": what caused it
                stack.extend(c for c in children_of(child) if c.dep_ == "pobj")
            elif child.dep_ == "amod" and child.lemma_.lower() in cues.PATRON_PARTICIPLES:
                # "Iran-linked hackers", "Russian-backed separatists": the patron state
                found.extend(
                    c for c in children_of(child) if c.dep_ != "punct" and _is_actor_token(c)
                )
            elif child.dep_ == "prep" and child.lower_ in ("of", "by", "from"):
                complement = _prep_object(child)
                if complement is None:
                    continue
                if child.lower_ == "of" and token.lemma_.lower() in cues.PATIENT_OF_NOUNS:
                    continue  # "the rejection of Anwar Ibrahim's appeal": Anwar is the patient
                if child.lower_ == "of" and (
                    token.lemma_.lower() in _VICTIM_OF_NOUNS or token.lower_ in _VICTIM_OF_NOUNS
                ):
                    continue  # "the shelling of Ukrainian towns": the towns' owner suffers it
                agent_of = child.lower_ == "of" and _is_agent_of(token)
                if _is_actor_token(complement) and (child.lower_ != "of" or agent_of):
                    # "the invasion of Ukraine": Ukraine is the victim; "the actions of
                    # Russia", "the sovereignty of Ukraine": Russia acts, Ukraine holds it
                    found.extend(_with_conjuncts(complement) if agent_of else [complement])
                elif (seat := _seat_of(complement)) is not None and (
                    child.lower_ != "of" or agent_of
                ):
                    found.append(seat)  # "the arrests by the authorities in Tehran"
                elif not _is_actor_token(complement):
                    stack.append(complement)
            elif child.dep_ == "prep" and _names_examples(token, child):
                # "authoritarian regimes such as Iran", "countries like China and Russia"
                complement = _prep_object(child)
                if complement is not None and complement.tag_ == "VBG":
                    # "regimes such as Iran targeting dissidents": the gerund's subject
                    complement = next(
                        (c for c in children_of(complement) if c.dep_ == "nsubj"), None
                    )
                if complement is not None and _is_actor_token(complement):
                    found.extend(t for t in _with_conjuncts(complement) if _is_actor_token(t))
    return sorted(found, key=lambda t: t.i)


#: Nouns whose "of" names the doer or holder, not the one done to: "the actions of
#: Russia", "the behavior of the regime", "the sovereignty of Ukraine" ("the invasion of
#: Ukraine" names the victim, "the leadership of the G7" what is led: neither is here).
_AGENT_OF_NOUNS = cues.words(
    "action actions activity activities conduct behavior behaviour behaviors behaviours "
    "policy policies practice practices word words statement statements remark remarks "
    "rhetoric comment comments role involvement interference meddling aggression "
    "provocation provocations help assistance effort efforts bravery courage "
    "sovereignty independence integrity"
)


#: Round 35 (targets36, issue 12): whether the nouns of a party's own contribution or
#: resolve ("the commitment of ECOWAS", "the cooperation of the Government of Ethiopia", "the
#: contribution of Japan", "the decision of the summit") name their doer by "of" too, so that
#: a claim welcoming, thanking for or criticising such a thing is aimed at the doer, as it is
#: for "the efforts of X".  The nouns are data: the ``agent_of_noun`` rows of
#: ``kg/data/target_words.tsv`` ("support" is not among them: "support of Ukraine" names whom
#: it is for).  Measured effect: benchmarks/claims/RESULTS.md, "Round 35, targets36".
AGENT_OF_WORDS = True

_AGENT_OF_WORDS: frozenset[str] = load_classes("target_words.tsv")["agent_of_noun"]


def _is_agent_of(noun: Token) -> bool:
    if noun.lemma_.lower() in _AGENT_OF_NOUNS or noun.lower_ in _AGENT_OF_NOUNS:
        return True
    return AGENT_OF_WORDS and (
        noun.lemma_.lower() in _AGENT_OF_WORDS or noun.lower_ in _AGENT_OF_WORDS
    )


#: Violent acts whose "of" names what suffers them, never who did them: in "condemned the
#: bombing of Christian churches" or "the shelling of Ukrainian towns" the owner of the thing
#: hit is the victim (round 14); the doer comes with "by" or a possessive.
_VICTIM_OF_NOUNS = cues.words(
    "bombing bombings bombardment shelling killing killings murder murders assassination "
    "abduction abductions kidnapping kidnappings invasion occupation annexation massacre "
    "blockade persecution torture harassment destruction"
)


#: Nouns of a tie between two sides, both of them party to it: "links between A and B".
_TIE_NOUNS = cues.words(
    "link links tie ties contact contacts connection connections collusion cooperation "
    "collaboration relationship relationships"
)


def _is_result(prep: Token) -> bool:
    """ "as a result of X", "as a consequence of X": an "as" that names a cause."""
    return any(
        c.dep_ == "pobj" and c.lemma_.lower() in ("result", "consequence")
        for c in children_of(prep)
    )


def _names_examples(group: Token, prep: Token) -> bool:
    """Whether ``prep`` names examples of a plural group: "regimes such as Iran",
    "countries like China", "several states, including Iran" (not "fighters like
    him" of a person: the examples must be named actors, checked by the caller)."""
    if group.tag_ not in ("NNS", "NNPS") or _is_actor_token(group):
        return False
    word = prep.lower_
    if word == "as":
        return any(t.lower_ == "such" for t in (*children_of(group), *children_of(prep))) or (
            prep.i > 0 and group.doc[prep.i - 1].lower_ == "such"
        )
    return word in ("like", "including")


def _stateless_adjective(owner: Token, noun: Token) -> bool:
    """A group adjective that names no state or body of its own: "Western" of "Western
    nations", "Arab" of "Arab states" (not "Russian" of "Russian troops")."""
    if owner.dep_ != "amod" or owner.head != noun or owner.ent_type_ != "NORP":
        return False
    entry = lookup(owner.text)
    return entry is None


def _is_people(token: Token) -> bool:
    """A plural noun for people or armed groups: "separatists", "the peacekeepers"."""
    lemma = token.lemma_.lower()
    return token.tag_ == "NNS" and (
        is_group_noun(lemma) or lemma in cues.ARMED_NOUNS or lemma in TARGET_NOUNS
    )
