"""Helpers the content-stance rule families (:mod:`.content`) share: the speaker's
side (so that a content never accuses the speaker's own side), negation and modals, what
counts as perpetrating a hostile act or a hostile act at all, weapons and hostile actors,
and the gate ways several rules share (:data:`PERPETRATING`)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from kg.extract import cues
from kg.extract.claims.base import (
    _agents,
    _Context,
    _first_of_conjuncts,
    _is_actor_token,
    _is_passive,
    _prep_object,
    _with_conjuncts,
)
from kg.extract.claims.content_lexicon import (
    AGENT_NOUNS,
    BORDER_NOUNS,
    EFFORT_NOUNS,
    EMPLACE_VERBS,
    HARM_NOUNS,
    HOSTILE_ACTORS,
    HOSTILE_ACTS,
    INCITE_VERBS,
    INTRUDE_VERBS,
    INTRUDER_NOUNS,
    MILITARY_NOUNS,
    POSTURE_VERBS,
    REPRESS_VERBS,
    REPRESSED_NOUNS,
    SUPPORT_VERBS,
    TERRITORY_NOUNS,
    THROW_VERBS,
    WEAPON_NOUNS,
    WMD_MODIFIERS,
    WMD_VERBS,
)
from kg.extract.claims.gates import Way, needs
from kg.extract.claims.targets import _owners, _state_of
from kg.model import Mention
from kg.resolve.gazetteer import lookup


def _perpetrates(verb: Token) -> bool:
    """Whether ``verb`` with its object names a hostile act: "carried out the attack",
    "orchestrated the plot", "passed classified information", "leaked state secrets"."""
    lemma = verb.lemma_.lower()
    objects = [
        o for c in verb.children if c.dep_ in ("dobj", "nsubjpass") for o in _with_conjuncts(c)
    ]
    if lemma == "carry" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
        return False
    if lemma in cues.PERPETRATE_VERBS and lemma not in cues.FIRING_VERBS:
        return any(o.lemma_.lower() in cues.HOSTILE_ACT_NOUNS for o in objects)
    if lemma in cues.PERPETRATE_VERBS and any(
        o.lemma_.lower() in cues.HOSTILE_ACT_NOUNS for o in objects
    ):
        return True  # "launched an attack"; else "launched rockets at a U.S. base" below
    if lemma == "fire" and not objects:
        # "fired on a guard post", "opened fire at protesters"; not "fired into the air"
        return any(
            c.dep_ == "prep" and c.lower_ in ("on", "at", "upon") and _prep_object(c) is not None
            for c in verb.children
        )
    if lemma == "use" and _used_against(verb, objects):
        return True  # "used water cannon against Vietnamese ships"
    if lemma in INTRUDE_VERBS and _intruding(verb, objects):
        return True  # "Chadian troops had entered Sudanese territory", "crossed the border"
    if lemma in THROW_VERBS:  # "11 grenades have been thrown by Thai soldiers"
        return any(_is_weapon(o) for o in objects)
    if lemma in cues.FIRING_VERBS:  # "Hezbollah fired dozens of rockets into Israel"
        fired = [
            _prep_object(p) or o
            for o in objects
            for p in [next((c for c in o.children if c.dep_ == "prep" and c.lower_ == "of"), o)]
        ]
        aimed = [
            o
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ in ("into", "at", "on", "toward", "towards", "across")
            for o in [_prep_object(c)]
            if o is not None and (_is_actor_token(o) or _owners(o) or _settled(o))
        ]  # "into northern Israel", "into parts of the capital"; not "into the sea" (a test)
        return bool(aimed) and any(_is_weapon(f) for f in fired)  # "fired artillery at"
    if lemma in cues.TRANSFER_VERBS:
        return any(
            o.lemma_.lower() in cues.SECRET_NOUNS
            or any(
                m.dep_ in ("amod", "compound") and m.lower_ in cues.SECRECY_MODIFIERS
                for m in o.children
            )
            for o in objects
        )
    return False


#: Places where people live: weapons fired into them are an attack ("lobbed grenades into
#: parts of the capital"), unlike a test fired into the sea.
_SETTLEMENT_NOUNS = cues.words("capital city cities town towns village villages camp camps")


def _settled(place: Token) -> bool:
    """A place people live in, or a part of one: "the capital", "parts of the capital"."""
    if place.lemma_.lower() in _SETTLEMENT_NOUNS or place.lower_ in _SETTLEMENT_NOUNS:
        return True
    of = next((c for c in place.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    inner = _prep_object(of) if of is not None else None
    return inner is not None and inner.lemma_.lower() in _SETTLEMENT_NOUNS


def _active_subject(verb: Token) -> Token | None:
    """The nsubj of ``verb``, or of the verb it complements ('Russia will seek to meddle');
    "you" addressed by name is the one named ("Thailand, you are invading my country")."""
    while True:
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None or verb.dep_ not in ("xcomp", "conj") or verb.head == verb:
            return _addressed(verb, subject) if subject is not None else None
        verb = verb.head


def _addressed(verb: Token, subject: Token) -> Token:
    """The actor a "you" subject is addressed by, as a vocative before it ("Thailand, you
    are invading my country" -> Thailand), else the subject itself."""
    if subject.lower_ != "you":
        return subject
    vocative = next(
        (
            c
            for c in verb.children
            if c.dep_ in ("npadvmod", "dep", "intj", "nsubj")
            and c.i < subject.i
            and c.ent_type_ in ("GPE", "PERSON", "ORG", "NORP")
            and c.right_edge.i + 1 < len(c.doc)
            and c.doc[c.right_edge.i + 1].text == ","
        ),
        None,
    )
    return vocative if vocative is not None else subject


_MODALS = cues.words("will would may might could shall 'll must")
_RADICAL_MODIFIERS = cues.words("radical armed militant extremist islamist jihadist terrorist")


def _negated(token: Token) -> bool:
    return any(c.dep_ == "neg" for c in token.children)


def _hostile(verb: Token) -> bool:
    """Whether a verb with its object names a hostile act: a conflict verb ("shelled",
    "invaded", "kidnapped"), bringing a conflict about ("instigate conflict", "create
    instability"), supporting a hostile actor ("aiding rebels", "supporting terrorism",
    "providing arms to rebels"), or an effort to do any of these."""
    lemma = verb.lemma_.lower()
    if lemma in HOSTILE_ACTS and verb.pos_ == "VERB":
        return True
    objects = [o for c in verb.children if c.dep_ == "dobj" for o in _with_conjuncts(c)]
    if lemma in INCITE_VERBS and any(o.lemma_.lower() in HARM_NOUNS for o in objects):
        return True
    if lemma in SUPPORT_VERBS:
        if any(_is_hostile_actor(o) for o in objects + _support_patients(verb)):
            return True
        weapons = [o for o in objects if _is_weapon(o)] + [
            w
            for o in objects
            for p in o.children
            if p.dep_ == "prep" and p.lower_ == "of"
            for w in [_prep_object(p)]
            if w is not None and _is_weapon(w)
        ]  # "arms", "huge quantities of weapons"
        recipients = [
            r
            for holder in (verb, *weapons)
            for c in holder.children
            if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "for")
            for r in [_prep_object(c) or c]
        ]  # "providing arms to rebels", "buy weapons for guerrillas"
        if weapons and any(_is_hostile_actor(r) for r in recipients):
            return True
    if _side_taken(verb) or _tied_to_hostile_actors(verb):
        return True  # "the peacekeepers side with the separatists", "has ties with the rebels"
    if lemma in EMPLACE_VERBS and any(_is_weapon(o) for o in objects):
        return True  # "had planted the bomb", not "planted trees"
    if lemma in REPRESS_VERBS and any(
        o.lemma_.lower() in REPRESSED_NOUNS or o.lower_ in REPRESSED_NOUNS for o in objects
    ):
        return True  # "imprisons more journalists", not "jailed the suspect"
    if lemma in WMD_VERBS and any(
        _is_weapon(o) and any(c.lower_ in WMD_MODIFIERS for c in o.children) for o in objects
    ):
        return True  # "designing a nuclear weapon"
    massed = objects or [
        s for c in verb.children if c.dep_ == "nsubj" for s in _with_conjuncts(c)
    ]  # "Afghan troops are massing along the border": the troops move themselves
    if lemma in POSTURE_VERBS and any(o.lemma_.lower() in MILITARY_NOUNS for o in massed):
        # "massing extra troops along the border"
        holders = (verb, verb.head) if verb.dep_ == "xcomp" else (verb,)  # "began massing"
        places = [
            _prep_object(c)
            for h in holders
            for c in h.children
            if c.dep_ == "prep" and c.lower_ != "of"
        ]
        if any(p is not None and p.lemma_.lower() in BORDER_NOUNS for p in places):
            return True
    for noun in objects:  # "is exerting huge efforts to create instability"
        if noun.lemma_.lower() in EFFORT_NOUNS and any(
            c.dep_ in ("acl", "relcl") and _hostile(c) for c in noun.children
        ):
            return True
    return False


def _support_patients(verb: Token) -> list[Token]:
    """Who a support verb in the passive says is supported: "the rebels are backed by
    Chad", "rebels armed and trained by the Eritrean government", "rebels it says are
    backed by Chad" (the antecedent of the relative the verb's clause hangs on).  Only
    when an agent is named: "the militia was armed" names no patron."""
    first = _first_of_conjuncts(verb)
    if not (_agents(verb) or _agents(first)):
        return []
    if _is_passive(verb):
        patients = [c for c in verb.children if c.dep_ == "nsubjpass"]
        if patients and verb.dep_ == "relcl" and patients[0].tag_ in ("WDT", "WP"):
            return [verb.head]  # "rebels who are backed by Chad"
        if patients:
            return [p for c in patients for p in _with_conjuncts(c)]
    if first.dep_ == "acl" and first.tag_ == "VBN":
        return [first.head]  # "rebels armed and trained by the Eritrean government"
    if first.dep_ == "ccomp" and first.head.dep_ == "relcl" and _is_passive(first):
        return [first.head.head]  # "rebels it says are backed by Chad"
    if first.dep_ == "relcl" and _is_passive(first):
        return [first.head]  # "rebels who are backed by Chad"
    return []


def _side_taken(verb: Token) -> bool:
    """'the peacekeepers side with the separatists': siding or colluding with a hostile
    actor."""
    if verb.lemma_.lower() not in _SIDING_VERBS:
        return False
    return any(
        o is not None and _is_hostile_actor(o)
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ == "with"
        for o in [_prep_object(p)]
    )


#: Nouns of a tie to someone: "Venezuela had deeper ties with the rebels".
_TIE_NOUNS = cues.words("tie ties link links connection connections contact contacts")


def _tied_to_hostile_actors(verb: Token) -> bool:
    """'Venezuela had deeper ties with the rebels', 'X is linked to militants': a tie to a
    hostile actor (negated, "is not linked to", it is a disclaimer, read before)."""
    lemma = verb.lemma_.lower()
    if lemma == "have":
        holders = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _TIE_NOUNS]
    elif lemma in ("link", "tie", "connect") and verb.tag_ == "VBN":
        holders = [verb]
    else:
        return False
    return any(
        o is not None and _is_hostile_actor(o)
        for h in holders
        for p in h.children
        if p.dep_ == "prep" and p.lower_ in ("with", "to")
        for o in [_prep_object(p)]
    )


#: Verbs of taking a side with someone: hostile when the someone is a hostile actor.
_SIDING_VERBS = cues.words("side collude collaborate conspire")


def _is_weapon(noun: Token) -> bool:
    return noun.lemma_.lower() in WEAPON_NOUNS or noun.lower_ in WEAPON_NOUNS


def _is_hostile_actor(noun: Token) -> bool:
    """'rebels', 'terrorism', 'a radical Somali Islamic youth group'."""
    if noun.lemma_.lower() in HOSTILE_ACTORS or noun.lower_ in HOSTILE_ACTORS:
        return True
    return any(
        c.dep_ in ("amod", "compound")
        and (c.lower_ in HOSTILE_ACTORS or c.lower_ in _RADICAL_MODIFIERS)
        for c in noun.children
    )


def _sides(tokens: list[Token]) -> set[str]:
    """The gazetteer states or organisations named by ``tokens`` ("Kenyan" -> kenya)."""
    found: set[str] = set()
    for token in tokens:
        if not (token.ent_type_ or token.pos_ == "PROPN"):
            continue
        entry = lookup(_entity_text(token)) or lookup(token.text)
        if entry is not None:
            found.add(entry.state or entry.id)
    return found


def _entity_text(token: Token) -> str:
    """The text of the whole entity a token is part of ("South Sudan" for its "Sudan", so
    that South Sudan is not also Sudan), or the token's own text outside one."""
    if not token.ent_type_:
        return token.text
    doc = token.doc
    start, end = token.i, token.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end].text


def _named_sides(token: Token) -> set[str]:
    """The sides a token names, with its modifiers: "Kenyan helicopters" -> {kenya}."""
    modifiers = [c for c in token.children if c.dep_ in ("amod", "compound", "poss", "nmod")]
    return _sides([token, *modifiers])


def _speaker_sides(claimer: Mention | None, context: _Context) -> set[str]:
    if claimer is None:
        return set()
    span = context.doc.char_span(claimer.span.start, claimer.span.end, alignment_mode="expand")
    if span is None:
        return set()
    entry = lookup(span.text)
    found = {entry.state or entry.id} if entry is not None else set()
    # the whole noun phrase the claimer heads: "Kenyan army spokesman Chirchir"
    phrase = [t for t in span.root.subtree if t.dep_ not in ("relcl", "acl")]
    if _is_hostile_actor(span.root):
        # "separatists in Georgia's Abkhazia region": rebels are not on the side of the
        # state they are in
        held = {
            t.i
            for p in span.root.children
            if p.dep_ == "prep" and p.lower_ == "in" and p.i >= span.end
            for t in p.subtree
        }
        phrase = [t for t in phrase if t.i not in held]
    return found | _sides(list(span)) | _sides(phrase[:12])


def _charged_agent(verb: Token) -> list[Token]:
    """The named doer of a hostile act: the active subject, the agent of a passive, a
    state for its agents ("the Asmara government", "Eritrean troops")."""
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
        verb = verb.head.head  # "Iran is working on designing ...": the subject of "working"
        if verb.pos_ == "NOUN" and verb.dep_ in ("dobj", "attr"):
            verb = verb.head  # "X has a long history of supporting ...": the subject of "has"
    subject = _active_subject(verb)
    if subject is None and _is_passive(verb):
        subject = next(iter(_agents(verb)), None)
    if subject is None:
        return []
    if subject.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
        subject = verb.head
    if _is_actor_token(subject):
        return _with_conjuncts(subject)
    state = _state_of(subject) or _named_state_modifier(subject)
    if state is None and (
        _is_hostile_actor(subject)
        or subject.lemma_.lower() in cues.STATE_AGENT_NOUNS
        or subject.lemma_.lower() in cues.ARMED_NOUNS
    ):  # "Taliban insurgents", "Taliban authorities": the group
        state = next(
            (c for c in subject.children if c.dep_ == "compound" and _is_actor_token(c)), None
        )
    if state is None and subject.pos_ == "NOUN":
        # "hostile remarks by senior Ugandan officials could stoke violence": whose doing
        found = _owners(subject) or _patrons(subject)
        if not found and subject.lemma_.lower() in AGENT_NOUNS | INTRUDER_NOUNS:
            # "a Russian fighter jet": the parser hangs "Russian" on "fighter"
            found = [
                d
                for w in (subject, *(c for c in subject.children if c.dep_ == "compound"))
                for d in _demonyms(w)
                if _sides([d])
            ]
        return found
    return [state] if state is not None else []


#: Nouns for people acting for someone named after "of": "supporters of President Mugabe".
_FOLLOWER_NOUNS = cues.words(
    "supporter supporters loyalist loyalists follower followers member members backer backers "
    "agent agents"
)


def _patrons(subject: Token) -> list[Token]:
    """'supporters of President Mugabe killed opponents', 'troops of the Ugandan army': the
    actor named after "of" whose people or forces did it."""
    lemma = subject.lemma_.lower()
    agents = cues.ARMED_NOUNS | cues.STATE_AGENT_NOUNS  # "the government of President Uribe"
    if lemma not in _FOLLOWER_NOUNS and lemma not in agents:
        return []
    for child in subject.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            complement = _prep_object(child)
            if complement is not None and _is_actor_token(complement):
                return _with_conjuncts(complement)
    return []


def _named_state_modifier(noun: Token) -> Token | None:
    """'the Ugandan army' when the tagger took 'Ugandan' for a person: a state agent's
    modifier that the gazetteer knows as a state."""
    lemma = noun.lemma_.lower()
    if lemma not in cues.STATE_AGENT_NOUNS and lemma not in cues.ARMED_NOUNS:
        return None
    for child in noun.children:
        if child.dep_ in ("amod", "compound") and child.text[:1].isupper():
            entry = lookup(child.text)
            if entry is not None and entry.kind == "state":
                return child
    return None


#: The speaker's side as a subject inside what it says: "we", "it" (a state or a ministry),
#: and in reported speech "he"/"she" (the speaker: "Tshiani said he will attack Rwanda").
_SELF_PRONOUNS = cues.words("it we i they he she")
#: Possessives of the speaker's side on an armed or state noun: "our forces", "his guerrillas".
_OWN_POSSESSIVES = cues.words("our its my his her their")
#: A speaker's own state named by a possessive: "his country", "our nation".
_HOMELAND_NOUNS = cues.words("country nation state homeland")


def _modal(verb: Token, words: frozenset[str] = _MODALS) -> bool:
    """Whether ``verb`` or a verb it complements carries one of ``words``."""
    for token in (verb, *(a for a in verb.ancestors if verb.dep_ == "xcomp")):
        if any(c.dep_ == "aux" and c.lower_ in words for c in token.children):
            return True
        if token.dep_ != "xcomp" and token is not verb:
            break
    return False


def _own_side(subject: Token | None, sides: Callable[[], set[str]]) -> bool:
    """Whether a subject is the speaker's side: "it"/"we", a state agent with no other
    state named ("the government", "our forces"), or a name of the speaker's own state."""
    if subject is None:
        return False
    if subject.lower_ in _SELF_PRONOUNS:
        return True
    named = _sides(_with_conjuncts(subject)) or _sides(
        [c for c in subject.children if c.dep_ in ("poss", "compound", "amod")]
    )
    if named:
        return bool(named & sides())
    lemma = subject.lemma_.lower()
    owner = [c for c in subject.children if c.dep_ == "poss"]
    mine = all(c.lower_ in _OWN_POSSESSIVES for c in owner)
    if owner and mine and lemma in HOSTILE_ACTORS:
        return True  # "his guerrillas"; "extremists" alone are nobody's own side
    if owner and mine and lemma in _HOMELAND_NOUNS:
        return True  # "his country will respond": the speaker's own state
    return mine and (lemma in cues.STATE_AGENT_NOUNS or lemma in cues.ARMED_NOUNS)


#: Verbs whose subject carries out the hostile doing they take as object: "the Russian
#: government has intensified a crackdown", "the regime continues its violent repression".
PURSUE_VERBS: frozenset[str] = cues.words(
    "intensify continue conduct wage escalate pursue perpetrate commit step launch carry"
)


def _condition_targets(harm: Token) -> list[Token]:
    """Whom a threat's condition names as its trigger: "threatened to block the entrance
    to the Persian Gulf if the West imposes sanctions" -> [West]; "vowed to retaliate
    unless Israel withdraws" -> [Israel]."""
    for child in harm.children:
        marked = any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in child.children)
        if child.dep_ != "advcl" or not marked:
            continue
        for subject in child.children:
            if subject.dep_ in ("nsubj", "nsubjpass"):
                return [subject] if _is_actor_token(subject) else _owners(subject)
    return []


def _demonyms(noun: Token) -> list[Token]:
    """'a Chinese coast guard vessel' -> [Chinese]: a state modifier of a craft or force."""
    return [
        c
        for c in noun.children
        if c.dep_ in ("amod", "compound", "nmod") and c.ent_type_ in ("NORP", "GPE")
    ]


def is_reported_support(verb: Token) -> bool:
    """Whether an approval verb names an act of support rather than a speech act: support
    of a hostile actor ("Chad is backing rebels", "funds the insurgents"), or support
    reported in someone else's words ("Chavez said the United States backs an effort to
    ..."), which the speaker's claim reads."""
    objects = [o for c in verb.children if c.dep_ == "dobj" for o in _with_conjuncts(c)]
    regular = MILITARY_NOUNS | cues.STATE_AGENT_NOUNS  # "salute the armed forces of Ukraine"
    if any(_is_hostile_actor(o) and o.lemma_.lower() not in regular for o in objects):
        return True
    if verb.lemma_.lower() in SUPPORT_VERBS and any(
        _is_hostile_actor(p) and p.lemma_.lower() not in regular for p in _support_patients(verb)
    ):
        return True  # "rebels who are backed by Rwanda": Rwanda approves of nothing
    if verb.lemma_.lower() not in SUPPORT_VERBS:
        return False  # "said Ukraine welcomes any initiatives": a nested approval is said
    clause = verb
    while clause.dep_ == "conj" and clause.head != clause:
        clause = clause.head
    if clause.dep_ != "ccomp" or clause.head == clause:
        return False
    head = clause.head
    return head.pos_ == "VERB" and head.lemma_.lower() in cues.VERB_STANCES


#: Speakers who comment on a side rather than speak for one: their "X is ready to defend
#: itself" is an assessment, no warning.
_COMMENTATORS = cues.words(
    "analyst analysts expert experts observer observers scholar scholars commentator "
    "commentators critic critics witness witnesses resident residents diplomat diplomats"
)


def _commentator(claimer: Mention | None, context: _Context) -> bool:
    if claimer is None:
        return False
    span = context.doc.char_span(claimer.span.start, claimer.span.end, alignment_mode="expand")
    return span is not None and span.root.lemma_.lower() in _COMMENTATORS


#: What force is used as: "used force", "used violence", besides weapons.
_FORCE_NOUNS = cues.words("force violence cannon cannons gas")


def _used_against(verb: Token, objects: list[Token]) -> bool:
    """'used water cannon against Vietnamese ships', 'used chemical weapons against
    civilians': a weapon or force used against someone."""
    weapons = [o for o in objects if _is_weapon(o) or o.lemma_.lower() in _FORCE_NOUNS]
    aimed = any(
        c.dep_ == "prep" and c.lower_ in ("against", "on") and _prep_object(c) is not None
        for c in (verb, *objects)
        for c in c.children
    )
    return bool(weapons) and aimed


def _intruding(verb: Token, objects: list[Token]) -> bool:
    """'Chadian troops had entered Sudanese territory', 'Russian warplanes crossed
    into Georgian airspace': an armed force (the subject) entering a territory or a state."""
    subject, holder = None, verb
    while subject is None:  # "their troops are deployed ..., but have not crossed into X"
        subject = next((c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if holder.dep_ not in ("conj", "xcomp") or holder.head == holder:
            break
        holder = holder.head
    crafts = MILITARY_NOUNS | cues.ARMED_NOUNS | AGENT_NOUNS | INTRUDER_NOUNS
    if subject is None or subject.lemma_.lower() not in crafts:
        return False  # "two Russian planes flew into Georgian airspace": a craft may intrude
    places = objects + [
        o
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in ("into", "across")
        for o in [_prep_object(c)]
        if o is not None
    ]
    return any(
        p.lemma_.lower() in TERRITORY_NOUNS or (_is_actor_token(p) and p.ent_type_ == "GPE")
        for p in places
    )


#: Verbs :func:`~kg.extract.claims.base.verb_stance` can give a stance to (a gate's words).
STANCE_LEMMAS = (
    frozenset(cues.VERB_STANCES)
    | frozenset(cues.PREP_CUES)
    | frozenset(verb for verb, _ in cues.PHRASAL_STANCES)
)
#: The ways :func:`_perpetrates` can find a hostile act (a gate's ways, for every rule
#: that reads it): a verb of doing and a hostile act, firing on someone or firing a weapon,
#: using a weapon or force against someone, a craft or force intruding, a weapon thrown,
#: secrets passed.
PERPETRATING: tuple[Way, ...] = (
    needs(cues.PERPETRATE_VERBS, cues.HOSTILE_ACT_NOUNS),
    needs(cues.words("fire"), cues.words("on at upon")),
    needs(cues.FIRING_VERBS, WEAPON_NOUNS),
    needs(cues.words("use"), WEAPON_NOUNS | _FORCE_NOUNS, cues.words("against on")),
    needs(INTRUDE_VERBS, MILITARY_NOUNS | cues.ARMED_NOUNS | AGENT_NOUNS | INTRUDER_NOUNS),
    needs(THROW_VERBS, WEAPON_NOUNS),
    needs(cues.TRANSFER_VERBS, cues.SECRET_NOUNS | cues.SECRECY_MODIFIERS),
)
