"""An official's own prose: the hostile acts an official text narrates, and the acts it
names with a charge, are the issuer's accusations ("Russian occupiers rape women in
occupied areas", "They kidnap local government officials", "Yesterday the invaders
captured the mayor of Melitopol", "This is genocide" in an address of the President of
Ukraine; "The Kiev regime is shelling Donbas" on the Kremlin's site).

A news report narrates acts without alleging them; a statement, an address or a
transcript of a party to a dispute does not: its stance is carried by its own prose, not
by reported speech.  So, beside :mod:`.voice` (whose content-stance machinery needs the
doer named as an actor), the refinement ``official_prose`` reads a sentence of the
author's voice whose main verb is a hostile act of the content lexicon
(:mod:`.content`: "shell", "rape", "kidnap", "loot", "deport"; "take ... hostage"; "use"
a weapon) done by

* an actor the sentence names or a state's forces ("Russian troops", "the Kiev regime"),
* an adversary designation ("the occupiers", "the invaders", "the aggressor": the
  content lexicon's ``adversary_noun``), owned by a state ("Russian occupiers") or not,
* "they",

or a copular sentence that names what was done a crime ("This is genocide", "This was an
overt bloody act of terror", "These are executions of civilians, torture, rape", "What the
Russian occupiers did to this town is genocide": the doers of the deed), or an
attack or an atrocity named as a noun: charged to its owner ("Russian missile strikes",
"the murder by the Russian military of an Irish citizen"), else to the adversary when the
sentence says it goes on or did harm ("Constant shelling of our city continues", "died as
a result of a missile attack"), records it ("Hundreds of cases of rape have been
recorded") or is a short verbless fragment naming an atrocity ("Mass killings, torture of
people.").

It also reads (round 10) a hostage-taking passive with no agent ("are being held
hostage"), "it" as the doer of a harm ("It has destroyed dozens of schools"), a verbless
fragment naming what a participle of harm hit ("Destroyed hospitals."), a gerund of
manner as its clause doer's act ("are separating families, confiscating passports"), a
hostile act named as a noun that the sentence says did harm ("died as a result of the
Russian invasion"), and a wrong named as its owner's that the main clause is about
("Russia's war has driven millions from their homes": :func:`core_charges`).

Round 11 adds an act its doer goes on doing ("The occupiers continue to destroy our
cities", "They keep shelling"), a campaign, war or wrong waged (:func:`_wages`: "embarked on
a campaign of violence and repression", "responded with violence", "resorted to theft"),
relief refused (:func:`_obstructs`: "did not allow any humanitarian corridor", "did not cease
fire") and a measure against the speaker's own (:func:`_against_us`: "they expelled our
diplomats").

Round 12 adds acts of devastation (:func:`_devastates`: "they blew up the bridge", "schools
are being burned down", "the port was mined"), a place under siege or fire
(:func:`_besieged`: "Mariupol has been under blockade for three weeks", "the city is under
constant fire from the occupiers") and an outlaw label its adversary has become or the world
is asked to recognize it as (:func:`_labelled`: "has become a terrorist state", "recognize
the Russian Federation as a state sponsor of terrorism").

Round 16 reads a head of state's own words in a transcript or an address: a hostile
course pursued (:func:`_hostile_course`: "is pursuing a confrontational line towards
Russia", "the containment policy has been pursued against us"), a harm stoked or an outlaw
fostered (:func:`_fosters`: "is stoking hysteria", "they nurtured neo-Nazism"), blame
shifted onto the speaker's side (:func:`_shifts_blame`), a thing used as a weapon or an act
under a pretext (:func:`_pretexted`), and a menace an actor has become (:func:`_menace`:
"has become the greatest threat to the free world").

Round 17 reads the other side's fighters named by an outlaw label as doers
(:func:`_outlawed`: "nationalist battalions shell the suburbs", "neo-Nazi units hold the
residents hostage"), weapons made to attack with, or banned by a clause, used
(:func:`_offensive`: "are using heavy artillery against the town"; :func:`_in_violation`),
and an act conjoined under an intent ("they want to encircle and destroy the town").  A
verbless fragment naming an unowned harm ("After the shelling of the town.") was measured
and left out: its claims started allegations of their own (benchmarks/allegations/RESULTS.md,
round 17).

Round 18 (``official_attempt``) reads the other side's attempt at any act that is not a
help (:func:`_attempts`: "They are trying to recruit residents of the occupied areas", "the
occupiers are trying to tear off the south"), and an attempt named as its owner's noun
(:func:`_attempted`, a ``named_wrong``: "Russia's attempt to seize all of Ukraine").

Round 19 reads a weapon as the doer of a harm (:func:`_weapon_struck`: "This morning in
Zhytomyr, the rocket hit the school building", "they see cruise missiles hit Mykolaiv"; not
"these missiles", named and charged before) and mines laid ("The occupiers left mines
everywhere", "mines planted by the occupiers"), and, optional (``official_denial``), the own
side denying an act (:func:`own_denial`: "We did not mine the approaches to the port").

A doer the sentence does not name (an adversary designation alone, "they", "this") is an
:data:`ADVERSARY` mention: resolution (:meth:`kg.resolve.voice.Voice.adversary`) makes it
the state the text is about that is not the speaker's own side, and drops the claim when
there is none; it drops a target on the speaker's own side too ("Ukrainian troops
destroyed the convoy" in a Ukrainian text charges no one).  The family only ever makes an
:data:`~kg.resolve.voice.AUTHOR` claim, which a news report never keeps
(:data:`kg.resolve.voice.OFFICIAL_ONLY`).

Not read: a negated, conditional or modal act ("if they shoot", "would have been raped"),
a question, a quotation, a sentence whose subject is "we", "I" or "you".
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.extract import cues
from kg.extract._index import (
    children_of,
    index_of,
    nouns_among,
    outer_head,
    span_tokens,
    words_among,
)
from kg.extract.claims.base import (
    _agents,
    _Context,
    _is_actor_token,
    _is_passive,
    _with_conjuncts,
)
from kg.extract.claims.content_accuse import HOSTILE_WORDS
from kg.extract.claims.content_acts import PERPETRATING, _hostile, _is_weapon, _perpetrates
from kg.extract.claims.content_lexicon import (
    ADVERSARY_NOUNS,
    CRITICAL_ADJECTIVES,
    HOSTILE_NOUNS,
    MILITARY_NOUNS,
    WEAPON_NOUNS,
    WRONG_ADJECTIVES,
)
from kg.extract.claims.gates import gate, needs, present, run
from kg.extract.claims.targets import _owners, _state_of, actor_mention
from kg.model import Claim, Mention, Span, Stance
from kg.resolve.gazetteer import lookup
from kg.resolve.voice import ADVERSARY

#: Modals that make an act hypothetical: "would have been raped", "could attack".
_MODALS = cues.words("would could might may should must can 'd")
#: Pronouns that stand for the other side when they are the doer of a hostile act.
_OTHERS = cues.words("they")
#: ... and "it" when the act is a harm done to people or places ("It has already destroyed
#: hundreds of schools", "It is looting the territory it occupied"): an address's state.
_IT = cues.words("it")
#: Subjects that speak or are spoken to: their acts are no charge ("we struck back").
_SPEAKERS = cues.words("we i you")
#: Nouns a copular sentence names an act with when it charges it: "This is genocide".
CRIME_NOUNS: frozenset[str] = cues.words(
    "genocide terror terrorism crime crimes atrocity atrocities aggression massacre "
    "execution executions torture murder murders rape ethnocide"
)
#: Subjects that point back to what the text just narrated: "This is genocide".
_DEICTIC = cues.words("this that these it what")


def prose_targets(
    sentence: SpacySpan, root: Token, number: int, context: _Context
) -> tuple[Mention, ...]:
    """Whom the sentence's own prose charges, or () when it charges no one: the doers of
    the hostile acts it narrates (in text order, the first found), else those of a crime
    it names (see the module)."""
    repression = REPRESSION_RULE in context.rules  # optional (round 17)
    index = index_of(sentence.doc)
    verbs = (
        sentence
        if index is None  # both tests below read a verb: no Token built for the others
        else [
            index.tokens[i] for i in range(sentence.start, sentence.end) if index.pos[i] == "VERB"
        ]
    )
    for verb in verbs:
        if verb.pos_ != "VERB":
            continue  # both tests below read a verb
        if verb.dep_ in ("amod", "pobj", "compound") or _background(verb):
            continue  # "the temporarily occupied territories", "since Russia invaded Ukraine"
        if verb.dep_ == "xcomp" and _background(verb.head):
            continue  # "since Russia began deploying troops"
        if _act(verb, repression) and _asserted(verb, root):
            found = _doers(verb, number, context)
            if found:
                return found
        if _obstructs(verb) and _asserted(verb, root, refused=True):
            found = _subject_doers(verb, number, context)
            if found:
                return found
        if repression and (_faces(verb) or _languishes(verb)) and _asserted(verb, root):
            return (_adversary(verb, number),)  # "journalists face jail" (round 17)
    found = _besieged(sentence, root, number, context) or _labelled(sentence, number, context)
    if found:
        return found
    if root.lemma_.lower() == "be":
        found = _named_crime(root, number, context)
        if found:
            return found
    return _attack_doers(sentence, root, number, context)


#: What a place or its people are under when the other side besieges or bombards them
#: (round 12): "Mariupol has been under blockade for three weeks", "the city, which is
#: under constant fire from the occupiers", "Kyiv is under missile strikes".
SIEGE_NOUNS: frozenset[str] = cues.words(
    "blockade siege fire shelling shellings bombardment bombardments strikes attack attacks "
    "occupation"
)
#: Verbs a place is under siege with: "is under", "remains under", "lives under", "came under".
_BEING_UNDER = cues.words("be remain stay live come fall find")
#: Who can be under siege: people and places (not "democracy is under attack").
_BESIEGED = cues.words(
    "city town village port corridor convoy road "
    "people residents civilians population inhabitants citizens families children region "
    "regions territory territories area areas district districts settlement settlements "
    "community communities neighbourhood neighborhood capital cities towns villages ports "
    "plant station hospital hospitals school schools"
)


def _besieged(
    sentence: SpacySpan, root: Token, number: int, context: _Context
) -> tuple[Mention, ...]:
    """Who besieges or bombards a place the sentence says is under it: the owner of the
    siege ("under Russian blockade"), its source ("under fire from the occupiers", "by the
    Russian army"), else the text's adversary; nobody when the verb is negated, modal or
    conditional, or the subject is no place or people ("democracy is under attack", "our
    troops came under fire" is the other side's fire at soldiers: not read)."""
    index = index_of(sentence.doc)
    if index is not None and "under" not in index.lowers[sentence.start : sentence.end]:
        return ()  # no Token built for a sentence without "under"
    for under in sentence:
        if under.dep_ != "prep" or under.lower_ != "under":
            continue
        verb = under.head
        if verb.lemma_.lower() not in _BEING_UNDER or not _asserted(verb, root):
            continue
        siege = next((c for c in children_of(under) if c.dep_ == "pobj"), None)
        if siege is None or (
            siege.lemma_.lower() not in SIEGE_NOUNS and siege.lower_ not in SIEGE_NOUNS
        ):
            continue
        modifiers = {c.lower_ for c in children_of(siege) if c.dep_ in ("det", "amod", "neg")}
        if modifiers & _UNREAL:
            continue
        subject = next((c for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
            subject = verb.head  # "Mariupol, which is under constant fire"
        if subject is None or not _place_or_people(subject):
            continue
        owners = _owners(siege) or [
            t for c in children_of(siege) if c.dep_ == "compound" for t in _owners(c)
        ]
        sources = [
            o
            for head in (siege, verb)
            for p in children_of(head)
            if p.dep_ in ("prep", "agent") and p.lower_ in ("from", "by", "of")
            for o in children_of(p)
            if o.dep_ == "pobj"
        ]
        for source in sources:
            if source.lemma_.lower() in ADVERSARY_NOUNS or source.lower_ in ADVERSARY_NOUNS:
                state = _state_of(source)
                if state is not None:
                    return (actor_mention(state, context),)
                return (_adversary(source, number),)
            owners += [t for t in _owners(source) if _is_actor_token(t)]
            if _is_actor_token(source):
                owners.append(source)
        owners = [t for t in owners if _is_actor_token(t)]
        if owners:
            return tuple(actor_mention(t, context) for t in owners)
        return (_adversary(siege, number),)
    return ()


#: Labels of an outlaw actor (round 12) an official text says its adversary has become or
#: calls on others to recognize it as: "Russia has become a terrorist state", "recognize
#: Russia as a state sponsor of terrorism" (the label's head or its modifiers, not a word
#: in its "of" phrase: "the target of aggression" is none; not "pariah", which is what others
#: make of a state, not what it does).
OUTLAW_LABELS: frozenset[str] = cues.words(
    "terrorist terrorists terror sponsor aggressor rogue murderer murderers occupier "
    "occupiers nazi nazis fascist fascists junta warmonger thug thugs"
)
#: Verbs that make an actor what a label says: "has become", "recognize X as".
_RECOGNIZE = cues.words("recognize recognise")
#: The words :func:`_labelled` reads a label by.
_LABELLING = _RECOGNIZE | cues.words("become recognition")
#: Who may be asked to recognize: the speaker's side, the world, its partners.
_ASKED = cues.words("we you world partners everyone countries states community nations")


def _labelled(sentence: SpacySpan, number: int, context: _Context) -> tuple[Mention, ...]:
    """The actor an official's sentence says has become an outlaw ("Russia has become a
    terrorist state") or asks the world to recognize as one ("it is time to recognize the
    Russian Federation as a terrorist state", "Russia must be recognized as a state sponsor
    of terrorism", "the recognition of Russia as a sponsor of terrorism"); nobody when the
    verb is negated or a third party does the recognizing ("Moscow recognized the
    separatists as ...")."""
    index = index_of(sentence.doc)
    if index is not None and _LABELLING.isdisjoint(index.lemmas[sentence.start : sentence.end]):
        return ()  # no Token built for a sentence without a labelling word
    for token in sentence:
        lemma = token.lemma_.lower()
        if lemma not in _LABELLING:
            continue  # the tests below read one of these words (children read after)
        if any(c.dep_ == "neg" for c in children_of(token)):
            continue
        if lemma == "become" and token.pos_ in ("VERB", "AUX"):
            labels = [c for c in children_of(token) if c.dep_ in ("attr", "oprd")]
            labelled = [c for c in children_of(token) if c.dep_ == "nsubj"]
        elif lemma in _RECOGNIZE or lemma == "recognition":
            subject = next((c for c in children_of(token) if c.dep_ == "nsubj"), None)
            if subject is not None and subject.lemma_.lower() not in _ASKED:
                continue
            labels = [
                o
                for p in children_of(token)
                if p.dep_ == "prep" and p.lower_ == "as"
                for o in children_of(p)
                if o.dep_ == "pobj"
            ]
            labelled = [c for c in children_of(token) if c.dep_ in ("dobj", "nsubjpass")] + [
                o
                for p in children_of(token)
                if p.dep_ == "prep" and p.lower_ == "of"
                for o in children_of(p)
                if o.dep_ == "pobj"
            ]
        else:
            continue
        if not any(_outlaw(label) or (lemma == "become" and _menace(label)) for label in labels):
            continue
        doers = [t for t in labelled if _is_actor_token(t)]
        doers += [s for t in labelled if not _is_actor_token(t) for s in [_state_of(t)] if s]
        if doers:
            return tuple(actor_mention(t, context) for t in doers)
    return ()


def _outlaw(label: Token) -> bool:
    """Whether a label's head or its modifiers name an outlaw (:data:`OUTLAW_LABELS`)."""
    words = [label, *(c for c in children_of(label) if c.dep_ in ("amod", "compound"))]
    return any(w.lemma_.lower() in OUTLAW_LABELS or w.lower_ in OUTLAW_LABELS for w in words)


#: What an actor has become when it endangers others (round 16): "has become the greatest
#: threat to the free world", "has become a source of danger for the whole continent".
_MENACES = cues.words("threat threats danger menace")


def _menace(label: Token) -> bool:
    """A threat to someone: the label is a threat or a danger "to" or "for" someone ("the
    greatest threat to the free world"), or a source "of" one."""
    heads = [label] + [
        o
        for p in children_of(label)
        if p.dep_ == "prep" and p.lower_ == "of" and label.lemma_.lower() == "source"
        for o in children_of(p)
        if o.dep_ == "pobj"
    ]
    return any(
        h.lemma_.lower() in _MENACES
        and any(p.dep_ == "prep" and p.lower_ in ("to", "for") for p in children_of(h))
        for h in heads
    )


def _place_or_people(subject: Token) -> bool:
    """A place by name or a noun of place or people ("Mariupol", "the city", "residents");
    not the other side's forces ("Russian troops came under fire")."""
    words = {t.lower_ for t in subject.subtree} | {t.lemma_.lower() for t in subject.subtree}
    if words & (ADVERSARY_NOUNS | MILITARY_NOUNS | cues.ARMED_NOUNS):
        return False
    for noun in (
        subject,
        *(o for p in children_of(subject) if p.lower_ == "of" for o in children_of(p)),
    ):
        if noun.ent_type_ in ("GPE", "LOC", "FAC", "NORP"):
            return True  # "Mariupol", "millions of Ukrainians"
        if noun.lemma_.lower() in _BESIEGED or noun.lower_ in _BESIEGED:
            return True
    return False


#: Attacks named as nouns, which an official's prose charges to whoever it says made them
#: ("the Russian shelling of Kharkiv", "Russian missile strikes at Ukraine", "killed by the
#: shelling").
ATTACK_NOUNS: frozenset[str] = cues.words(
    "shelling shellings bombardment bombardments bombing bombings strike strikes airstrike "
    "airstrikes attack attacks raid raids"
)
#: What makes an attack noun hypothetical: "a possible attack", "any attack".
_UNREAL = cues.words(
    "possible potential future hypothetical any no imminent retaliatory further more new"
)
#: The longest verbless fragment (in tokens) read as an official's charge.
_FRAGMENT = 16
#: Harms an unowned attack is the cause of: "9 people died as a result of artillery strikes".
_HARMED = cues.words("die kill wound injure destroy damage burn hit")


def _attack_doers(
    sentence: SpacySpan, root: Token, number: int, context: _Context
) -> tuple[Mention, ...]:
    """Who made an attack the sentence names as a noun: its owner ("Russian shelling",
    "Russia's strikes", "the shelling of Kharkiv by the Russian army"), else the text's
    adversary when the sentence says the attack goes on or did harm ("Constant shelling of
    our city continues", "destroyed by rocket artillery and air strikes", "died as a result
    of a missile attack"); nobody for an attack the sentence only supposes ("a possible
    attack", "to prevent attacks", "if there are strikes")."""
    # a short verbless fragment of an address: "Hundreds of cases of brutal torture."
    fragment = root.pos_ not in ("VERB", "AUX") and len(sentence) <= _FRAGMENT
    index = index_of(sentence.doc)
    if index is None:
        nouns: SpacySpan | list[Token] = sentence
    elif fragment:  # the nouns alone: no Token built for the other words
        nouns = [
            index.tokens[i] for i in range(sentence.start, sentence.end) if index.pos[i] == "NOUN"
        ]
    else:  # outside a fragment, only the nouns the tests below read a word of (round 29)
        lemmas, lowers, pos = index.lemmas, index.lowers, index.pos
        nouns = [
            index.tokens[i]
            for i in range(sentence.start, sentence.end)
            if pos[i] == "NOUN" and (lemmas[i] in _ATTACK_DOINGS or lowers[i] in WEAPON_NOUNS)
        ]
    for noun in nouns:
        if noun.pos_ != "NOUN":
            continue
        if fragment and _harmed(noun, root):
            return (_adversary(noun, number),)
        lemma = noun.lemma_.lower()
        if lemma in HOSTILE_NOUNS and lemma not in ATTACK_NOUNS | ATROCITY_NOUNS:
            caused = _caused_harm(noun, root)
            if caused:
                return tuple(actor_mention(t, context) for t in caused)
            continue
        if _is_weapon(noun) and _weapon_struck(noun, root):  # "the rocket hit the school"
            owners = _owners(noun) or [
                t for c in children_of(noun) if c.dep_ == "compound" for t in _owners(c)
            ]
            if owners:
                return tuple(actor_mention(t, context) for t in owners)
            if not any(c.dep_ == "poss" for c in children_of(noun)):
                return (_adversary(noun, number),)
            continue
        banned = _is_weapon(noun) and _banned(noun)  # "phosphorus bombs were used"
        if lemma not in ATTACK_NOUNS and lemma not in ATROCITY_NOUNS and not banned:
            continue
        if noun.dep_ in ("compound", "amod"):
            continue  # "strike weapons", "an air-raid siren": no strike made
        modifiers = {c.lower_ for c in children_of(noun) if c.dep_ in ("det", "amod", "neg")}
        if modifiers & _UNREAL:
            continue
        governor = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if governor is not None and not _asserted(governor, root):
            continue
        possessors = [c for c in children_of(noun) if c.dep_ == "poss" and c.pos_ == "PRON"]
        if possessors:  # "our strikes": the speaker's side; "their strikes": the other
            if possessors[0].lower_ == "their":
                return (_adversary(possessors[0], number),)
            continue
        owners = _owners(noun) or [  # "Russian missile strikes"
            t for c in children_of(noun) if c.dep_ == "compound" for t in _owners(c)
        ]
        if owners and not banned:
            return tuple(actor_mention(t, context) for t in owners)
        if (
            (fragment and lemma not in ATTACK_NOUNS)  # not "Powerful strikes.", "Strike at ..."
            or (not banned and _goes_on_or_harms(noun))
            or _recorded(noun)
        ):
            return (_adversary(noun, number),)
    return ()


#: What a weapon does when it strikes (round 19): "the rocket hit the school building",
#: "cruise missiles hit Mykolaiv", "a missile destroyed the bridge".
_STRIKE_VERBS = _HARMED | cues.words("strike")
#: Determiners that point back to weapons named before (round 19).
_POINTING = cues.words("these those this that such")


def _weapon_struck(noun: Token, root: Token) -> bool:
    """Whether a weapon is the stated doer of a harm (round 19): the subject of an
    asserted verb of harm ("This morning in Zhytomyr, the rocket hit the school building"),
    not a supposed one ("a missile could hit", "if a shell hits") nor a possible one."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in _STRIKE_VERBS:
        return False
    modifiers = {c.lower_ for c in children_of(noun) if c.dep_ in ("det", "amod", "neg")}
    # "These missiles hit playgrounds": weapons an earlier sentence named, and charged
    return not modifiers & (_UNREAL | _POINTING) and _asserted(verb, root)


def counted_weapons(
    sentence: SpacySpan, root: Token, number: int, context: _Context
) -> tuple[Mention, ...]:
    """The state whose weapons an address's verbless fragment counts (round 13): "Hundreds
    of Russian cruise missiles.", "Over a thousand Iranian drones." (a ``named_wrong``
    claim: it follows the allegation it matches, :data:`kg.resolve.summaries.FOLLOWING`)."""
    if root.pos_ in ("VERB", "AUX") or len(sentence) > _FRAGMENT:
        return ()
    for noun in sentence:
        if noun.pos_ != "NOUN" or not _is_weapon(noun) or not _counted(noun, root):
            continue
        shooters = [
            t
            for t in _owners(noun)
            if _is_actor_token(t) and t.ent_type_ in ("NORP", "GPE") and t.dep_ in _OWNING
        ]
        if shooters:
            return tuple(actor_mention(t, context) for t in shooters)
    return ()


#: How a state owns the weapons a fragment counts: "Russian missiles", "Russia's drones"
#: (not "All weapons, including MLRS.").
_OWNING = frozenset({"amod", "poss", "compound"})


def _counted(noun: Token, root: Token) -> bool:
    """Whether a fragment's noun is its head or what its head counts: "Russian missiles.",
    "Hundreds of Russian missiles.", "Over a thousand Russian drones."."""
    if noun.i == root.i:
        return True
    if noun.dep_ != "pobj":
        return False
    preposition = noun.head
    return preposition.i == root.i or (
        preposition.lower_ == "of" and preposition.head.i == root.i and root.pos_ in ("NOUN", "NUM")
    )


def _harmed(noun: Token, root: Token) -> bool:
    """Whether a verbless fragment names what was harmed by a participle of harm: "Destroyed
    hospitals.", "Looted shops, burned houses." (the head noun or one of its conjuncts)."""
    if noun.i != root.i and noun.i not in {c.i for c in root.conjuncts}:
        return False
    return any(
        c.dep_ == "amod"
        and c.tag_ == "VBN"
        and (c.lemma_.lower() in PASSIVE_HARMS or _devastates(c))
        for c in children_of(noun)
    )


#: Nouns whose bearers a hostile act made victims: "fell victim to the invasion".
_VICTIM_NOUNS = cues.words("victim victims")


def _caused_harm(noun: Token, root: Token) -> list[Token]:
    """The owners of a hostile act named as a noun (the content lexicon's, CAMEO-derived:
    "invasion", "aggression", "occupation") that the sentence says did harm: "226 children
    died as a result of the Russian invasion", "more than 600 children have fallen victim
    to this Russian invasion"; [] when it has no owner or only frames the sentence
    ("since the invasion, aid has flowed")."""
    if any(c.lower_ in _UNREAL for c in children_of(noun) if c.dep_ in ("det", "amod", "neg")):
        return []
    governor = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if governor is not None and not _asserted(governor, root):
        return []
    victim = (
        noun.dep_ == "pobj"
        and noun.head.lower_ in ("to", "of")
        and (
            noun.head.head.lemma_.lower() in _VICTIM_NOUNS
            or any(c.lemma_.lower() in _VICTIM_NOUNS for c in noun.head.head.children)
        )
    )
    if not victim and not _goes_on_or_harms(noun):
        return []
    owners = _owners(noun) or [
        t for c in children_of(noun) if c.dep_ == "compound" for t in _owners(c)
    ]
    return [t for t in owners if _is_actor_token(t)] or [
        t for t in owners if t.ent_type_ in ("NORP", "GPE", "ORG")
    ]


#: Atrocities named as nouns: charged to their owner ("the murder by the Russian military
#: of an Irish citizen") and, in an official's verbless fragment or a record of them
#: ("Hundreds of cases of brutal torture.", "Hundreds of cases of rape have been
#: recorded"), to the text's adversary.
ATROCITY_NOUNS: frozenset[str] = cues.words(
    "torture tortures rape rapes murder murders killing killings abduction abductions "
    "deportation deportations looting robbery robberies execution executions massacre "
    "massacres atrocity atrocities"
)

#: The lemmas a noun of :func:`_attack_doers` outside a fragment has (a weapon's lower-case
#: form too): the nouns of every test it makes after the fragment's.
_ATTACK_DOINGS: frozenset[str] = HOSTILE_NOUNS | WEAPON_NOUNS | ATTACK_NOUNS | ATROCITY_NOUNS

#: Verbs whose passive records what was done: "Hundreds of cases of rape have been recorded".
_RECORD_VERBS = cues.words("record report document register confirm find use")


def _recorded(noun: Token) -> bool:
    """Whether a hostile noun, or the noun it counts ("cases of rape"), is what a passive
    verb of record has recorded, or a banned weapon was used ("Phosphorus bombs were used
    today!")."""
    head = noun
    while head.dep_ in ("conj", "pobj", "prep", "compound", "appos"):
        if head.dep_ == "prep" and head.lower_ != "of":
            return False
        head = head.head
    verb = head.head
    return (
        head.dep_ == "nsubjpass"
        and verb.lemma_.lower() in _RECORD_VERBS
        and (verb.lemma_.lower() != "use" or (_is_weapon(noun) and _banned(noun)))
    )


def _goes_on_or_harms(noun: Token) -> bool:
    """Whether an attack noun is what continues or harms: the subject of "continue", the
    agent of a passive harm ("was destroyed by ... strikes"), or the cause of a harm ("died
    as a result of", "killed in", "damaged during" an attack)."""
    head = noun
    while head.dep_ in ("conj", "compound", "nmod"):
        head = head.head
    if head.dep_ == "nsubj" and head.head.lemma_.lower() in ("continue", "go", "resume"):
        return True
    if head.dep_ != "pobj":
        return False
    preposition = head.head
    verb = preposition.head
    if preposition.dep_ == "agent":
        return verb.lemma_.lower() in _HARMED | PASSIVE_HARMS
    if preposition.lower_ == "of" and verb.lower_ == "result":  # "as a result of"
        verb = verb.head.head
    elif preposition.lower_ not in ("in", "during", "under", "from", "by"):
        return False
    return verb.pos_ == "VERB" and verb.lemma_.lower() in _HARMED | PASSIVE_HARMS


#: Acts an occupying force does, hostile when the other side does them in an official
#: text's prose ("the invaders captured the mayor", "Mariupol, which has been blocked by
#: Russian troops"); a news report's "blocked the resolution" is not read here.
OCCUPATION_ACTS: frozenset[str] = cues.words(
    "capture block blockade besiege encircle deport seize abduct detain rob"
)


def _act(verb: Token, repression: bool = False) -> bool:
    """Whether ``verb`` names a hostile act (see the module); with ``repression``, an act
    of repression too (:func:`_represses`)."""
    lemma = verb.lemma_.lower()
    if lemma in cues.ACCUSATORY_PREDICATES or lemma in OCCUPATION_ACTS:
        return True
    if _hostile(verb) or _perpetrates(verb):
        return True
    if _dropped_weapons(verb):
        return True  # "Russian planes are dropping bombs on ...", "Russian bombs fell on ..."
    if _wages(verb):
        return True  # "embarked on a campaign of repression", "launched an economic war"
    if lemma in MEASURE_VERBS and _against_us(verb):
        return True  # "they expelled our diplomats", "have frozen our reserves"
    if _devastates(verb):
        return True  # "they blew up the bridge", "the occupiers mined the fields"
    if repression and _represses(verb):
        return True  # "has blocked access to news sites", "jailed protesters" (round 17)
    if _hostile_course(verb) or _fosters(verb) or _shifts_blame(verb):
        return True  # "pursuing a confrontational line", "stoking hysteria", "blame us"
    objects = [c for c in children_of(verb) if c.dep_ in ("dobj", "oprd", "attr", "npadvmod")]
    hostage = [c for c in children_of(verb) if c.dep_ in ("dative", "dep", "advmod", *_OBJECTS)]
    if lemma in ("take", "hold") and any(o.lower_ in ("hostage", "hostages") for o in hostage):
        return True  # "took hostage six people", "is being held hostage"
    if lemma == "use" and _as_shield(verb):
        return True  # "are using peaceful civilians as a human shield"
    if lemma == "use" and _as_shield(verb, _WEAPONS_OF):
        return True  # "is using energy as a weapon" (round 16)
    if lemma in _WEAPONIZE or _pretexted(verb):
        return True  # "weaponizes energy", "introduced under the pretext of ..." (round 16)
    if lemma in _USE_VERBS:  # "are using heavy guns and strike drones" (round 17)
        used = [w for o in objects for w in (o, *o.conjuncts)]
        return any(_is_weapon(w) and (_banned(w) or _offensive(w)) for w in used) or (
            any(_is_weapon(w) for w in used) and _in_violation(verb)
        )
    return False


#: Verbs that wage a campaign, a war or a wrong (round 11): "launched a war against",
#: "embarked on a campaign of violence", "continues its crackdown", "resorted to
#: hostage-taking", "responded with violence" (with the preposition they take it by).
WAGE_VERBS: frozenset[str] = cues.words(
    "launch unleash wage conduct continue intensify escalate pursue stage mount carry "
    "embark resort respond step expand engage perpetrate commit"
)
#: The preposition each prepositional verb of :data:`WAGE_VERBS` wages by ("responded to the
#: attacks" is no waging; "responded with violence" is).
_WAGE_PREPOSITIONS = {
    "embark": "on upon",
    "resort": "to",
    "respond": "with",
    "continue": "with",
    "engage": "in",
}
#: What is waged, beside the content lexicon's hostile nouns: "a war", "a campaign of terror".
WAGED_NOUNS: frozenset[str] = HOSTILE_NOUNS | cues.words(
    "war warfare violence terror disinformation propaganda blitzkrieg hostage-taking "
    "bloodshed brutality cruelty lawlessness fraud theft"
)
#: Nouns whose "of" phrase names what is waged: "a campaign of repression", "a policy of
#: genocide", "a wave of arrests" is not one (arrest is no hostile noun).
_CAMPAIGN_NOUNS = cues.words("campaign campaigns policy policies practice practices wave waves")
#: What makes a waged thing hypothetical or the waging a defence: "a possible war", "a war
#: on terror" (fought against it).
_NOT_WAGED = _UNREAL | cues.words("counter anti")


def _wages(verb: Token) -> bool:
    """Whether ``verb`` wages a campaign, a war or a wrong: its object, or the object of
    its preposition ("embarked on", "resorted to", "responded with"), is a hostile noun or
    war ("launched an economic war against Russia", "responded with violence"), or a
    campaign or policy of one ("conducted a campaign of terror against civilians");
    "carry" and "step" only with their particle ("carried out", "stepped up")."""
    lemma = verb.lemma_.lower()
    if lemma not in WAGE_VERBS:
        return False
    if lemma in ("carry", "step") and not any(
        c.dep_ == "prt" and c.lower_ in ("out", "up") for c in children_of(verb)
    ):
        return False
    objects = [c for c in children_of(verb) if c.dep_ == "dobj"]
    for prep in children_of(verb):
        if prep.dep_ == "prep" and prep.lower_ in _WAGE_PREPOSITIONS.get(lemma, "").split():
            objects.extend(c for c in children_of(prep) if c.dep_ == "pobj")
    for head in [o for c in objects for o in _with_conjuncts(c)]:
        if _waged(head):
            return True
        if head.lemma_.lower() in _CAMPAIGN_NOUNS or head.lower_ in _CAMPAIGN_NOUNS:
            for of in children_of(head):
                if of.dep_ == "prep" and of.lower_ == "of":
                    inner = [c for c in children_of(of) if c.dep_ == "pobj"]
                    if any(_waged(n) for c in inner for n in _with_conjuncts(c)):
                        return True
    return False


def _waged(noun: Token) -> bool:
    """A hostile noun or war that is waged, not supposed or fought ("a new war", "war on
    terror", "the fight against disinformation" are not)."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    if noun.lemma_.lower() not in WAGED_NOUNS and noun.lower_ not in WAGED_NOUNS:
        return False
    modifiers = {
        c.lower_ for c in children_of(noun) if c.dep_ in ("det", "amod", "neg", "compound")
    }
    if modifiers & _NOT_WAGED:
        return False
    return not any(
        c.dep_ == "prep"
        and c.lower_ in ("on", "against")
        and any(o.lemma_.lower() in WAGED_NOUNS for o in children_of(c) if o.dep_ == "pobj")
        for c in children_of(noun)
    )


#: Verbs that pursue a course (round 16, a speaker's own words in a transcript or an
#: address): "is pursuing a confrontational line towards Russia", "the containment policy
#: has been pursued against Russia", "adopted a markedly confrontational stance".
COURSE_VERBS: frozenset[str] = cues.words("pursue adopt conduct follow implement take carry")
#: What is pursued: a policy, a line, a course, a stance.
COURSE_NOUNS: frozenset[str] = cues.words(
    "policy policies line course stance strategy strategies position"
)
#: What makes a course hostile: "a confrontational line", "the containment policy", "an
#: anti-Russian policy", "a policy of discrimination".
HOSTILE_COURSES: frozenset[str] = cues.words(
    "confrontational aggressive hostile provocative destructive unfriendly discriminatory "
    "containment confrontation russophobic russophobia expansionist militaristic "
    "revanchist genocidal repressive deterrence"
)
#: Prepositions that aim a course at its target: "a line towards Russia", "against us".
_AIMED = cues.words("against towards toward")


def _hostile_course(verb: Token) -> bool:
    """Whether ``verb`` pursues a hostile course (round 16): a verb of
    :data:`COURSE_VERBS` ("carry" with "out") whose object (or passive subject) is a
    policy, line or stance a hostile word modifies or names by "of" ("a confrontational
    line", "the containment policy", "an anti-Russian course", "a policy of
    discrimination"), or that the verb or the noun aims "against" someone ("the policy
    pursued against Russia for centuries")."""
    lemma = verb.lemma_.lower()
    if lemma not in COURSE_VERBS or verb.pos_ != "VERB":
        return False
    if lemma == "carry" and not any(
        c.dep_ == "prt" and c.lower_ == "out" for c in children_of(verb)
    ):
        return False
    courses = [c for c in children_of(verb) if c.dep_ in ("dobj", "nsubjpass")]
    if verb.dep_ in ("acl", "relcl") and not any(
        c.dep_ in ("dobj", "nsubjpass") for c in children_of(verb)
    ):
        courses.append(verb.head)  # "the provocative policy pursued by the authorities"
    courses = [n for c in courses for n in _with_conjuncts(c) if n.lemma_.lower() in COURSE_NOUNS]
    if not courses:
        return False
    aimed = any(c.dep_ == "prep" and c.lower_ in ("against",) for c in children_of(verb))
    for course in courses:
        words = [c for c in children_of(course) if c.dep_ in ("amod", "compound", "nmod", "advmod")]
        words += [g for w in words for g in children_of(w) if g.dep_ in ("amod", "compound")]
        for word in words:
            lower = word.lower_
            if lower in HOSTILE_COURSES or word.lemma_.lower() in HOSTILE_COURSES:
                return True
            if lower.startswith("anti-") or lower in ("anti", "anti-"):
                return True
        for prep in children_of(course):
            if prep.dep_ != "prep":
                continue
            if prep.lower_ in _AIMED:
                return True
            if prep.lower_ == "of" and any(
                o.dep_ == "pobj"
                and (o.lemma_.lower() in WAGED_NOUNS or o.lower_ in HOSTILE_COURSES)
                for o in children_of(prep)
            ):
                return True  # "a policy of discrimination", "a policy of containment"
        if aimed:
            return True
    return False


#: Verbs that stoke a harm or foster an outlaw (round 16): "is stoking hysteria over the
#: invasion", "they specially nurtured neo-Nazism", "the NATO countries are supporting
#: neo-Nazis", "is doing everything to provoke inflation".
FOSTER_VERBS: frozenset[str] = cues.words(
    "stoke fuel whip incite inflame foment fan nurture foster cultivate sponsor "
    "encourage support back arm provoke"
)
#: What is stoked or fostered: a harm of public mood or of the economy, an outlaw creed or
#: its followers.
FOSTERED: frozenset[str] = cues.words(
    "hysteria russophobia tension tensions hatred hostility panic discord enmity "
    "inflation crisis famine hunger neo-nazism nazism neo-nazis nazis nationalism "
    "nationalists terrorism terrorists extremism extremists separatism separatists "
    "radicals militants banderites"
)


def _fosters(verb: Token) -> bool:
    """Whether ``verb`` stokes a harm or fosters an outlaw (round 16): a verb of
    :data:`FOSTER_VERBS` ("whip" with "up") whose object is a word of :data:`FOSTERED`
    or a noun it modifies ("stoking hysteria", "supporting the far-right nationalists and
    neo-Nazis", "provoke inflation", "neo-Nazis backed by the United States"); not a
    support against one ("support the fight against terrorism")."""
    lemma = verb.lemma_.lower()
    if lemma not in FOSTER_VERBS or verb.pos_ != "VERB":
        return False
    if lemma == "whip" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in children_of(verb)):
        return False
    objects = [c for c in children_of(verb) if c.dep_ in ("dobj", "nsubjpass")]
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and _agents(verb):
        objects.append(verb.head)  # "neo-Nazis backed by the United States"
    for obj in (n for c in objects for n in _with_conjuncts(c)):
        words = {obj.lower_, obj.lemma_.lower()}
        words |= {c.lower_ for c in children_of(obj) if c.dep_ in ("amod", "compound")}
        if words & FOSTERED:
            return True
    return False


#: Verbs of blame laid or shifted (round 16): "they are trying to shift the blame to us",
#: "put the responsibility on Russia", "blame us for their own mistakes".
_SHIFT_VERBS = cues.words("shift lay put pin pass place transfer")


def _shifts_blame(verb: Token) -> bool:
    """Whether ``verb`` shifts blame onto the speaker's side (round 16): "shift the blame
    (for X) to us / onto Russia", "blame us (for ...)", "blame everything on Russia" (the
    blamed "us", "our ..." or a place by name), read as its subject's charge."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB":
        return False
    if lemma == "blame":
        blamed = [c for c in children_of(verb) if c.dep_ == "dobj"]
        blamed += [
            o
            for p in children_of(verb)
            if p.dep_ == "prep" and p.lower_ in ("on", "onto")
            for o in children_of(p)
            if o.dep_ == "pobj"
        ]
    elif lemma in _SHIFT_VERBS:
        if not any(
            c.dep_ == "dobj" and c.lemma_.lower() in _BLAME_NOUNS for c in children_of(verb)
        ):
            return False
        # "shift the blame to us", "... for their own mistakes onto Russia" (the parser
        # hangs the last preposition on the nearest noun)
        blamed = [
            o
            for p in verb.subtree
            if p.dep_ in ("prep", "dative") and p.lower_ in ("on", "onto", "to", "upon")
            for o in children_of(p)
            if o.dep_ == "pobj"
        ]
    else:
        return False
    return any(
        b.lower_ == "us"
        or any(c.dep_ == "poss" and c.lower_ == "our" for c in children_of(b))
        or b.ent_type_ in ("GPE", "NORP")
        for b in blamed
    )


#: Measures a state takes against people or property (round 11), a charge when what they
#: hit is the speaker's own ("they expelled our diplomats", "froze our gold reserves").
MEASURE_VERBS: frozenset[str] = cues.words(
    "expel freeze seize confiscate steal expropriate nationalize nationalise ban close "
    "shut arrest detain jail imprison harass evict"
)


def _against_us(verb: Token) -> bool:
    """Whether the verb's object is the speaker's side: "our diplomats", "our gold and
    currency reserves" ("our" owning the object or its first conjunct), or "us"."""
    for obj in (c for c in children_of(verb) if c.dep_ == "dobj"):
        if obj.lower_ == "us":
            return True
        if any(c.dep_ == "poss" and c.lower_ == "our" for c in children_of(obj)):
            return True
    return False


#: Verbs whose negation refuses relief (round 11): "did not allow humanitarian corridors",
#: "is not opening corridors", "do not let aid through"; and of a truce kept, "did not cease
#: fire", "does not observe the ceasefire".
_PERMIT_VERBS = cues.words("allow permit let open provide guarantee")
_KEEP_VERBS = cues.words("cease hold observe respect honor honour")
#: What a side refuses when it obstructs relief: a corridor, an evacuation, aid.
RELIEF_NOUNS: frozenset[str] = cues.words(
    "corridor corridors evacuation evacuations aid convoy convoys"
)
_TRUCE_NOUNS = cues.words("fire ceasefire cease-fire truce")


def _obstructs(verb: Token) -> bool:
    """Whether a negated verb refuses relief: "did not allow any humanitarian corridor to be
    organized", "the Russian side is not opening humanitarian corridors", "did not cease
    fire" (the negation on the verb itself; its object, or the subject of the clause it
    lets happen, names the relief or the truce)."""
    if not any(c.dep_ == "neg" for c in children_of(verb)):
        return False
    lemma = verb.lemma_.lower()
    if lemma in _PERMIT_VERBS:
        wanted = RELIEF_NOUNS
    elif lemma in _KEEP_VERBS:
        wanted = _TRUCE_NOUNS
    else:
        return False
    objects = [c for c in children_of(verb) if c.dep_ in ("dobj", "nsubjpass")]
    for clause in children_of(verb):  # "allow any corridor to be organized"
        if clause.dep_ in ("ccomp", "xcomp"):
            objects.extend(c for c in children_of(clause) if c.dep_ in ("nsubj", "nsubjpass"))
    return any(o.lemma_.lower() in wanted or o.lower_ in wanted for o in objects)


#: What people are used as when a side hides behind them: "as a human shield", "as cover".
_SHIELDS = cues.words("shield shields cover")


#: What a thing is used as when a side turns it on others (round 16): "as a weapon".
_WEAPONS_OF = cues.words("weapon weapons")
#: Verbs that turn a thing into a weapon: "Russia weaponizes energy".
_WEAPONIZE = cues.words("weaponize weaponise")
#: What an act is done under when its stated reason is false (round 16): "under the
#: pretext of protecting human rights", "under the guise of a humanitarian mission".
_PRETEXTS = cues.words("pretext pretexts guise")


def _as_shield(verb: Token, shields: frozenset[str] = _SHIELDS) -> bool:
    """Whether a verb of use names people used as a shield: "using civilians as a human
    shield", "are being used by radicals as the human shield" (with ``shields``, a thing
    used as a weapon: "is using energy as a weapon")."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "as"
        and any(o.dep_ == "pobj" and o.lemma_.lower() in shields for o in children_of(c))
        for c in children_of(verb)
    )


def _pretexted(verb: Token) -> bool:
    """Whether ``verb`` is done "under the pretext of" or "under the guise of" something
    (round 16): its doer is charged with a false reason ("these sanctions are introduced
    under the pretext of ...")."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "under"
        and any(o.dep_ == "pobj" and o.lemma_.lower() in _PRETEXTS for o in children_of(c))
        for c in children_of(verb)
    )


#: What makes a weapon's use a charge by itself: "are using phosphorus bombs".
_BANNED = cues.words(
    "phosphorus phosphorous chemical cluster incendiary banned prohibited forbidden illicit"
)


def _banned(weapon: Token) -> bool:
    """ "phosphorus bombs", "cluster munitions"; and (round 17) a weapon a clause says is
    banned: "drones, which are prohibited by the ceasefire agreement"."""
    if any(c.lower_ in _BANNED for c in children_of(weapon) if c.dep_ in ("amod", "compound")):
        return True
    return any(
        c.dep_ in ("relcl", "acl") and c.lemma_.lower() in _BAN_VERBS for c in children_of(weapon)
    )


#: Verbs that use a weapon (round 17): "are using heavy artillery", "employed attack drones".
_USE_VERBS = cues.words("use employ")
#: Verbs a clause bans a weapon with: "which are prohibited by the agreements".
_BAN_VERBS = cues.words("prohibit ban forbid outlaw")
#: Weapons made to attack with, whose use is the charge in an official text (round 17):
#: "heavy weapons", "attack drones", "strike drones", "assault drones".
_OFFENSIVE = cues.words("heavy attack strike assault offensive kamikaze")


def _offensive(weapon: Token) -> bool:
    """A weapon named by an attack class among its modifiers: "heavy weapons", "attack
    drones", "heavy guns and strike drones" (the parser may hang them off each other)."""
    return any(t.lower_ in _OFFENSIVE for t in weapon.doc[weapon.left_edge.i : weapon.i])


def _in_violation(verb: Token) -> bool:
    """ "used drones in violation of the agreements": a use the sentence says breaks a rule."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "in"
        and any(o.dep_ == "pobj" and o.lemma_.lower() == "violation" for o in children_of(c))
        for c in children_of(verb)
    )


#: Subordinators of a clause that sets the scene rather than states the charge.
_SCENE_MARKS = cues.words("since after before until when while once as")


def _background(verb: Token) -> bool:
    """A temporal clause ("since Russia first invaded Ukraine") or a participle with no
    agent modifying a noun ("rescued from the blocked cities", "the blocked assets")."""
    if verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in _SCENE_MARKS for c in children_of(verb)
    ):
        return True
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and not _agents(verb)


def _asserted(verb: Token, root: Token, refused: bool = False) -> bool:
    """Whether the sentence states the act as done: no negation, modal, condition or
    infinitive marker on the verb or on the clauses it is conjoined to or complements
    ("did not allow", "would have been raped", "if they shoot", "to kill"), and no bare
    imperative ("Rape women."); with ``refused``, the verb's own negation is what is
    stated ("did not allow corridors": :func:`_obstructs`)."""
    token = verb
    while True:
        for child in children_of(token):
            if child.dep_ == "neg" and refused and token == verb:
                continue
            if child.dep_ == "neg" or (child.dep_ == "aux" and child.lower_ in _MODALS):
                return False
            if child.dep_ == "mark" and child.lower_ in ("if", "unless", "whether"):
                return False
            if child.dep_ == "aux" and child.lower_ == "to" and not _intended(token):
                return False
        bare = token.tag_ == "VB" and not any(
            c.dep_ in ("aux", "auxpass", "nsubj") for c in children_of(token)
        )
        if bare and token.dep_ != "conj":
            return False  # "Rape women.", "To kill, torture, rape."
        if token == root or token.head == token or token.dep_ not in _CARRIED:
            return True
        token = token.head


#: The optional rule family (round 19) that reads the speaker's own side denying a hostile
#: act in its own prose: "We did not mine the approaches to the port", "the Russian Armed
#: Forces do not target civilian facilities" (in a text of the President of Russia).
DENIAL_RULE = "official_denial"
#: The own side as a subject: "we", "our army", "our servicemen".
_OWN = cues.words("we our")


def own_denial(sentence: SpacySpan, root: Token) -> bool:
    """Whether the sentence's own side denies a hostile act (round 19): a negated act of the
    content lexicon or of this module whose subject is "we" or owned by "our" ("We did not
    mine the approaches to the port", "we are not detaining them", "Our army does not
    strike at civilians"); not a supposed one ("we would not attack") nor a question."""
    for verb in sentence:
        if verb.pos_ != "VERB" or not any(c.dep_ == "neg" for c in children_of(verb)):
            continue
        subjects = [c for c in children_of(verb) if c.dep_ == "nsubj"]
        if verb.dep_ == "conj" and not subjects:
            subjects = [c for c in children_of(verb.head) if c.dep_ == "nsubj"]
        own = any(
            s.lower_ in _OWN or any(c.dep_ == "poss" and c.lower_ in _OWN for c in children_of(s))
            for s in subjects
        )
        if own and _act(verb) and _asserted(verb, root, refused=True):
            return True
    return False


#: The rule family (round 18) that reads the other side's attempt at any act as a charge.
ATTEMPT_RULE = "official_attempt"
#: Verbs of attempt whose subject an address charges whatever it attempts (round 18): "they
#: are trying to recruit residents of the occupied areas", "the occupiers are trying to tear
#: off the south".  Not "want" or "plan": a wish stated is weaker than a deed begun.
_ATTEMPT_VERBS = cues.words("try attempt seek strive")
#: Acts an attempt at which charges no one: "our partners are trying to help", "Europe is
#: seeking to reduce its dependence", "they tried to find a compromise".
_BENIGN_ACTS = cues.words(
    "help assist aid support protect save rescue defend find understand ensure secure restore "
    "keep maintain preserve resolve settle negotiate mediate agree reach achieve stop end halt "
    "prevent provide supply deliver rebuild reduce avoid evacuate return calm de-escalate "
    "deescalate improve strengthen cooperate explain respond answer convince persuade contact "
    "survive"
)


#: Attempts named as nouns (round 18): "Russia's attempt to seize all of Ukraine", "attempts
#: by the regime to silence its critics".
ATTEMPT_NOUNS: frozenset[str] = cues.words("attempt attempts")


def _attempted(noun: Token) -> bool:
    """Whether an attempt named as a noun tries an act its infinitive names that is not one
    of :data:`_BENIGN_ACTS`, and is not a supposed one ("any attempt to ...")."""
    if any(c.dep_ == "det" and c.lower_ in ("any", "no", "every") for c in children_of(noun)):
        return False
    acts = [
        c
        for c in children_of(noun)
        if c.dep_ in ("acl", "relcl", "xcomp")
        and c.pos_ == "VERB"
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in children_of(c))
    ]
    return bool(acts) and all(a.lemma_.lower() not in _BENIGN_ACTS for a in acts)


def attempted_charges(
    sentence: SpacySpan, root: Token, number: int, context: _Context
) -> tuple[Mention, ...]:
    """Whom an official's own sentence charges with an attempt (round 18, the optional
    family ``official_attempt``): the doers of the first asserted attempt
    (:func:`_attempts`) at an act that is no help, "They are trying to recruit residents of
    the occupied areas"."""
    for verb in sentence:
        if verb.pos_ != "VERB" or verb.dep_ in ("amod", "pobj", "compound") or _background(verb):
            continue
        if _attempts(verb) and _asserted(verb, root):
            found = _subject_doers(verb, number, context)
            if found:
                return found
    return ()


def _attempts(verb: Token) -> bool:
    """Whether ``verb`` is an attempt ("are trying", "has sought") at an act its infinitive
    names that is not one of :data:`_BENIGN_ACTS` (round 18): in an official address the
    other side's attempt is the design charged ("They are trying to start the so-called
    mobilization in the occupied regions").  Whose attempt it is, and whether it is another
    side's, :func:`_subject_doers` and resolution decide."""
    if verb.lemma_.lower() not in _ATTEMPT_VERBS or verb.dep_ == "relcl":
        return False  # not "the problems they are trying to create": whose, the parse loses
    acts = [
        c
        for c in children_of(verb)
        if c.dep_ == "xcomp"
        and c.pos_ == "VERB"
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in children_of(c))
    ]
    return bool(acts) and all(a.lemma_.lower() not in _BENIGN_ACTS for a in acts)


#: Verbs of intent and attempt whose infinitive act is charged as the act is: "they still
#: want to destroy Mykolaiv", "are trying to seize the city".
_INTENT = cues.words("want try seek attempt intend plan strive")
#: Aspectual verbs whose complement act is going on (round 11): "The occupiers continue to
#: shell Kharkiv", "they keep destroying our cities", "have begun to deport people".
_ASPECT = cues.words("continue keep begin start resume persist")


def _intended(verb: Token) -> bool:
    """Whether an infinitive act is what its governor intends or attempts ("want to
    destroy") or goes on doing ("continue to destroy", "keep shelling"), which the
    governor's own negation or modality still reaches."""
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _INTENT | _ASPECT


#: Clauses through which the main clause's negation or modality reaches an act.
_CARRIED = frozenset({"conj", "xcomp", "ccomp"})


#: Where the parser puts what a verb makes of its object ("took six people hostage").
_OBJECTS = ("dobj", "oprd", "attr", "npadvmod")

#: Verbs of bombs dropped: "dropping air bombs on buildings", "Russian bombs fell on".
_DROP_VERBS = cues.words("drop fall")


def _dropped_weapons(verb: Token) -> list[Token]:
    """The weapons a verb of :data:`_DROP_VERBS` drops (its object) or lets fall (its
    subject): "dropping air bombs and phosphorous bombs", "Russian bombs were dropped"."""
    if verb.lemma_.lower() not in _DROP_VERBS:
        return []
    return [
        w
        for c in children_of(verb)
        if c.dep_ in ("dobj", "nsubj", "nsubjpass")
        for w in _with_conjuncts(c)
        if _is_weapon(w)
    ]


def _doers(verb: Token, number: int, context: _Context) -> tuple[Mention, ...]:
    """Who did the act (:func:`_subject_doers`), else whose weapons were dropped: "Russian
    bombs fell on a hospital" (the owner the weapons are named with)."""
    found = _subject_doers(verb, number, context)
    if found:
        return found
    for weapon in _dropped_weapons(verb):
        owners = _owners(weapon)
        if owners:
            return tuple(actor_mention(t, context) for t in owners)
    return ()


def _subject_doers(verb: Token, number: int, context: _Context) -> tuple[Mention, ...]:
    """Who did the act: a named actor or a state's forces, an adversary designation (its
    state, or the text's adversary), "they", the unnamed doer of a passive ("Girls are
    raped": the adversary); nobody for "we", "I" or "you"."""
    repression = REPRESSION_RULE in context.rules and _represses(verb)  # optional (round 17)
    subject = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
    if subject is None and (verb.dep_ == "conj" or _intended(verb) or _manner(verb)):
        subject = next((c for c in children_of(verb.head) if c.dep_ == "nsubj"), None)
        if subject is None and verb.dep_ == "conj" and _intended(verb.head):
            # "they want to encircle and destroy the town" (round 17): the intent's subject
            subject = next((c for c in children_of(verb.head.head) if c.dep_ == "nsubj"), None)
    if subject is None and repression:
        subject = _involved(verb)  # "officials involved in jailing protesters" (round 17)
        head = verb
        while subject is None and head.dep_ == "conj":  # "has closed ..., and stifled ..."
            head = head.head
            subject = next((c for c in children_of(head) if c.dep_ == "nsubj"), None)
    if subject is not None and subject.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
        subject = verb.head  # "the invaders, who captured the mayor"
        if subject.lower_ in _THOSE:  # "all those who killed, tortured or deported"
            return (_adversary(subject, number),)
    perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in children_of(verb)) or (
        # "declared victory and embarked on ...": a past tense the tagger read as a participle
        verb.dep_ == "conj"
        and verb.head.tag_ == "VBD"
        and verb.head.dep_ == "ROOT"  # not "people killed and tortured", "who killed, tortured"
        and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in children_of(verb))
    )
    if subject is not None and verb.tag_ == "VBN" and not perfect:
        subject = None  # "They saw Popasna destroyed": the small clause's subject suffered it
    if subject is None and (_is_passive(verb) or verb.tag_ == "VBN"):
        subject = next(iter(_agents(verb)), None)
        if subject is None:
            return (_adversary(verb, number),) if _unnamed_doer(verb, repression) else ()
    if subject is None:
        return ()
    lower = subject.lower_
    if lower in _SPEAKERS:
        return ()
    if lower in _OTHERS or (lower in _IT and verb.lemma_.lower() in PASSIVE_HARMS):
        return (_adversary(subject, number),)
    outlawed = _outlawed(subject)
    if subject.lemma_.lower() in ADVERSARY_NOUNS or lower in ADVERSARY_NOUNS or outlawed:
        state = _state_of(subject)
        owners = [state] if state is not None else _owners(subject)
        if outlawed:  # "neo-Nazi units": the label's "Nazi" is no owner; "Ukrainian" is
            owners = [t for t in owners if t.lower_ not in _LABEL_WORDS]
        if owners:
            return tuple(actor_mention(t, context) for t in owners)
        return (_adversary(subject, number),)
    if _is_actor_token(subject):
        return tuple(actor_mention(t, context) for t in _with_conjuncts(subject))
    state = _state_of(subject)
    if state is not None:
        return (actor_mention(state, context),)
    if subject.lemma_.lower() in _BLOCS:  # "the NATO bloc" (round 16)
        named = [c for c in children_of(subject) if c.dep_ == "compound" and _is_actor_token(c)]
        if named:
            return (actor_mention(named[0], context),)
    if subject.lemma_.lower() in REPRESSING_ORGANS and repression:
        # "the censorship agency has shuttered ...", "the authorities jailed ..." (round 17)
        owners = [t for t in _owners(subject) if _is_actor_token(t)] or [
            c  # "Belarusian authorities" the tagger read no nationality in
            for c in children_of(subject)
            if c.dep_ == "amod" and c.pos_ in ("ADJ", "PROPN") and lookup(c.text) is not None
        ]
        if owners:
            return tuple(actor_mention(t, context) for t in owners)
        return (_adversary(subject, number),) if _unowned_organ(subject) else ()
    if subject.lemma_.lower() in cues.ARMED_NOUNS | cues.STATE_AGENT_NOUNS:
        return tuple(actor_mention(t, context) for t in _owners(subject) if _is_actor_token(t))
    # "the other Russian thugs who killed", "every Russian commander who tortured": the
    # state a demonym names (a person noun of no lexicon), here or on the first conjunct
    for noun in (subject, subject.head) if subject.dep_ == "conj" else (subject,):
        named = [
            c
            for c in children_of(noun)
            if c.dep_ == "amod" and c.ent_type_ in ("NORP", "GPE") and _is_actor_token(c)
        ]
        if named:
            return (actor_mention(named[0], context),)
    return ()


#: The labels an official text of a party to a war gives the other side's fighters
#: (round 17): "nationalist battalions", "neo-Nazi units", "militants of nationalist groups",
#: "Banderites".  Not "Nazis" alone: the historical ones ("as the Nazis did").
_OUTLAW_LABEL = re.compile(r"\bneo\s*-?\s*nazi|\bnationalist|\bbanderite|\bpunitive", re.I)
#: The words of such a label, which the tagger may read as a nationality ("neo-Nazi").
_LABEL_WORDS = cues.words("neo - nazi nazis neo-nazi neo-nazis nationalist nationalists")
#: The bodies of fighters such a label is given to.
_OUTLAW_BODIES = cues.words(
    "unit battalion formation group militant force regiment gang fighter radical member "
    "nationalist banderite nazi neo-nazi punisher"
)


def _outlawed(subject: Token) -> bool:
    """Whether a subject is the other side's fighters named by an outlaw label (round 17):
    "nationalist battalions shell the suburbs", "the neo-Nazi units hold the residents
    hostage", "militants of nationalist groups" (the label on
    the noun or on what it is "of"); the text's adversary unless a state owns them."""
    lemma = subject.lemma_.lower()
    if subject.pos_ not in ("NOUN", "PROPN") or lemma.rstrip("s") not in _OUTLAW_BODIES:
        return False
    doc = subject.doc
    phrase = doc[subject.left_edge.i : subject.i + 1].text
    of = [
        o
        for c in children_of(subject)
        if c.dep_ == "prep" and c.lower_ == "of"
        for o in children_of(c)
        if o.dep_ == "pobj"
    ]
    phrase += " " + " ".join(doc[o.left_edge.i : o.i + 1].text for o in of)
    return bool(_OUTLAW_LABEL.search(phrase))


def _manner(verb: Token) -> bool:
    """A gerund with no subject or subordinator that says how its clause's doer acts:
    "The militia is cutting off the town, shelling its outskirts", "It restricts supplies,
    blackmailing its neighbours" (its doer is the clause's subject)."""
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBG"
        and not any(c.dep_ in ("mark", "nsubj", "nsubjpass") for c in children_of(verb))
    )


#: Nouns an alliance is named with before its name: "the NATO bloc", "the AUKUS alliance".
_BLOCS = cues.words("bloc alliance coalition")


#: Pronouns heading a relative clause that names the doers only by what they did.
_THOSE = cues.words("those everyone anyone whoever")


#: Acts whose passive names the harm, so that a passive with no agent ("Girls are raped",
#: "97 children were killed", "Mariupol is blocked") charges the text's adversary.
PASSIVE_HARMS: frozenset[str] = (
    cues.ACCUSATORY_PREDICATES | OCCUPATION_ACTS | cues.words("rape destroy execute wound")
) - cues.words("lie cheat target hit strike breach violate undermine")


def _unnamed_doer(verb: Token, repression: bool = False) -> bool:
    """Whether a passive with no agent charges the text's adversary: a harm of
    :data:`PASSIVE_HARMS` done to someone other than the adversary ("several columns of
    enemy equipment were destroyed" charges no one)."""
    if (
        verb.lemma_.lower() not in PASSIVE_HARMS
        and not _hostage(verb)
        and not _devastates(verb)
        and not (repression and _represses(verb))  # "journalists are being jailed" (round 17)
        and not _pretexted(verb)
        and not _hostile_course(verb)  # "the containment policy has been pursued" (round 16)
    ):
        return False
    sufferer = next((c for c in children_of(verb) if c.dep_ == "nsubjpass"), None)
    if sufferer is None and verb.dep_ in ("acl", "amod"):
        sufferer = verb.head
    if sufferer is None:
        return True
    words = {t.lower_ for t in sufferer.subtree} | {t.lemma_.lower() for t in sufferer.subtree}
    if words & (ADVERSARY_NOUNS | MILITARY_NOUNS | cues.ARMED_NOUNS | WEAPON_NOUNS | _CRAFT):
        return False  # the other side's losses: "Russian planes were shot down again"
    if verb.lemma_.lower() in ("block", "blockade"):  # a siege, not sanctions' "blocked persons"
        return sufferer.ent_type_ in ("GPE", "LOC", "FAC") or sufferer.lemma_.lower() in _PLACES
    return True


def _hostage(verb: Token) -> bool:
    """ "taken hostage", "held hostage": a verb of taking whose complement is "hostage"."""
    return verb.lemma_.lower() in ("take", "hold") and any(
        c.lower_ in ("hostage", "hostages")
        for c in children_of(verb)
        if c.dep_ in ("dative", "dep", "advmod", *_OBJECTS)
    )


#: Acts of devastation (round 12) an official's prose charges as it charges a hostile act,
#: active or passive: "they blew up the bridge", "schools are being burned down", "the port
#: was mined", "civilians were slaughtered" (the content lexicon has none of them as acts).
DEVASTATION_ACTS: frozenset[str] = cues.words("blow burn mine slaughter")
#: Verbs that lay mines (round 19) when what they lay is a mine: "The occupiers left mines
#: everywhere", "tripwire mines planted by the occupiers".
_LAYING = cues.words("leave plant lay")
#: The mines they lay.
_MINES = cues.words("mine mines landmine landmines tripwire tripwires")
#: What is mined or burned as goods, not as a place or people: "mined cryptocurrency",
#: "burns gas", "burned fuel".
_GOODS = cues.words(
    "cryptocurrency cryptocurrencies bitcoin bitcoins crypto coal ore ores gold gas fuel oil "
    "data calorie calories fat"
)


def _devastates(verb: Token) -> bool:
    """Whether ``verb`` devastates a place or people: "blow" only with "up" ("blew up the
    dam", "are being blown up"), "burn", "mine" and "slaughter" unless what they hit is
    goods ("mined cryptocurrency", "burns gas")."""
    lemma = verb.lemma_.lower()
    if lemma in _LAYING and verb.pos_ == "VERB":
        laid = [c for c in children_of(verb) if c.dep_ in ("dobj", "nsubjpass")]
        if verb.dep_ == "acl":
            laid.append(verb.head)  # "mines planted by the occupiers"
        # "laid three layers of mines", "left tens of thousands of shells, mines"
        laid += [o for w in laid for p in children_of(w) if p.lower_ == "of" for o in p.children]
        return any(t.lower_ in _MINES for w in laid for t in (w, *w.conjuncts))
    if lemma not in DEVASTATION_ACTS or verb.pos_ != "VERB":
        return False
    if lemma == "blow" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in children_of(verb)):
        return False
    hit = [c for c in children_of(verb) if c.dep_ in ("dobj", "nsubjpass")]
    if verb.dep_ in ("acl", "amod"):
        hit.append(verb.head)  # "Mined area.", "the houses burned by the occupiers"
    return not any(h.lemma_.lower() in _GOODS or h.lower_ in _GOODS for h in hit)


#: The optional rule family (:data:`kg.extract.claims.OPTIONAL`) that turns on the acts of
#: repression below within ``official_prose`` (round 17, second wave: off by default, see
#: benchmarks/allegations/RESULTS.md).
REPRESSION_RULE = "official_repression"
#: Acts of repression (round 17, second wave) an official's prose charges when they hit
#: the press, speech or those who voice it: "the authorities jailed hundreds of protesters",
#: "are persecuting religious minorities", "journalists are being harassed".
REPRESSION_ACTS: frozenset[str] = cues.words(
    "jail imprison arrest detain persecute repress suppress silence stifle muzzle gag harass "
    "intimidate surveil surveille prosecute disbar crush expel criminalize criminalise "
    # round 19 (second wave): "have sentenced over 550 protesters", "threaten mothers of
    # detained protesters"
    "sentence threaten"
)
#: Acts that repress only what they hit says so: "blocked access to news sites", "shuttered
#: independent outlets", "banned the newspaper" (not "blocked the property of", "banned
#: imports", "barred entry").
CENSORING_ACTS: frozenset[str] = cues.words(
    "censor block throttle shutter shut close ban bar restrict outlaw liquidate"
)
#: The press and its outlets: what a censoring act hits when it represses.
MEDIA_WORDS: frozenset[str] = cues.words(
    "media outlet outlets newspaper newspapers press news radio television tv broadcaster "
    "broadcasters channel channels website websites site sites platform platforms internet "
    "journalism journalist journalists publication publications newsroom newsrooms"
)
#: Speech, dissent and civil society: "suppressing dissent", "stifled press freedoms".
SPEECH_WORDS: frozenset[str] = cues.words(
    "dissent speech expression freedom freedoms protest protests rally rallies assembly "
    "voice voices criticism opposition ngo ngos movement movements"
)
#: Those whom repression hits for speaking or believing: "jailed protesters".
DISSENTERS: frozenset[str] = cues.words(
    "journalist journalists reporter reporters blogger bloggers activist activists protester "
    "protesters protestor protestors demonstrator demonstrators dissident dissidents critic "
    "critics lawyer lawyers defender defenders minority minorities believer believers "
    "worshipper worshippers practitioner practitioners citizen citizens opposition prisoner "
    "prisoners opponent opponents"
)
#: The organs that repress: unowned, the text's adversary's ("the authorities jailed").
REPRESSING_ORGANS: frozenset[str] = cues.words(
    "authority authorities government regime administration official officials police "
    "agency regulator watchdog censor censors court courts prosecutor prosecutors service "
    "services"
)
#: Modifiers that make an organ nobody's own but the text's adversary's: "the communications
#: authority", "the censorship agency", "the Belarusian security services" are read above.
_ORGAN_MODIFIERS = cues.words(
    "communications censorship media security state federal national regional local "
    "occupation puppet"
)


def _represses(verb: Token) -> bool:
    """Whether ``verb`` is an act of repression that hits the press, speech or those who
    voice them (:data:`REPRESSION_ACTS` on :data:`DISSENTERS`, :data:`MEDIA_WORDS` or
    :data:`SPEECH_WORDS`; :data:`CENSORING_ACTS` on the press or speech alone): its object,
    a passive's subject, a participle's noun, "access to" its object, or what it "cracked
    down on"."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB":
        return False
    crack = lemma == "crack" and any(
        c.dep_ == "prt" and c.lower_ == "down" for c in children_of(verb)
    )
    if lemma in _HOLD_VERBS:  # "continues to hold the lawyers in pre-trial detention"
        return _holds_prisoners(verb) or any(
            o.lemma_.lower() in _CUSTODY
            for p in children_of(verb)
            if p.dep_ == "prep" and p.lower_ == "in"
            for o in children_of(p)
            if o.dep_ == "pobj"
        )
    if lemma not in REPRESSION_ACTS and lemma not in CENSORING_ACTS and not crack:
        return False
    if lemma in REPRESSION_ACTS and any(
        c.dep_ == "advmod" and c.lower_ in _WRONGFULLY for c in children_of(verb)
    ):
        return True  # "wrongfully detained a U.S. citizen", "are unjustly imprisoned"
    if lemma in REPRESSION_ACTS and _on_false_charges(verb):
        return True  # "arrested the editor on trumped-up charges" (round 19)
    hit = [
        w
        for c in children_of(verb)
        if c.dep_ in ("dobj", "nsubjpass") or (c.dep_ == "prep" and crack and c.lower_ == "on")
        for o in ([c] if c.dep_ != "prep" else [x for x in children_of(c) if x.dep_ == "pobj"])
        for w in _with_conjuncts(o)
    ]
    if verb.dep_ in ("acl", "relcl") and any(c.dep_ == "auxpass" for c in children_of(verb)):
        hit.append(verb.head)  # "the journalists who were jailed"
    words = {w for h in hit for w in _victim_words(h)}
    victims = MEDIA_WORDS | SPEECH_WORDS
    if lemma in REPRESSION_ACTS or crack:
        victims = victims | DISSENTERS
    return bool(words & victims)


#: What makes a charge a pretext (round 19, second wave): "on trumped-up charges", "on
#: spurious charges", "on politically motivated charges".
_FALSE_CHARGE_WORDS = cues.words(
    "trumped trumped-up spurious fabricated bogus false baseless fake sham motivated "
    "politically-motivated unfounded"
)
#: Prisoners a state holds for their views: "political prisoners", "prisoners of conscience".
_POLITICAL_PRISONER_WORDS = cues.words("political conscience")


def _on_false_charges(verb: Token) -> bool:
    """Whether ``verb`` is done "on" (or "under") a charge the text calls false: "arrested
    the editor on trumped-up charges", "detained on spurious charges" (round 19)."""
    return any(
        w.lower_ in _FALSE_CHARGE_WORDS or w.lemma_.lower() in _FALSE_CHARGE_WORDS
        for p in children_of(verb)
        if p.dep_ == "prep" and p.lower_ in ("on", "under")
        for o in children_of(p)
        if o.dep_ == "pobj" and o.lemma_.lower() in ("charge", "accusation", "pretext")
        for w in o.subtree
    )


def _holds_prisoners(verb: Token) -> bool:
    """Whether a holding verb holds political prisoners: "The regime holds over 180
    political prisoners", "keeps prisoners of conscience" (round 19, second wave)."""
    for held in children_of(verb):
        if held.dep_ not in ("dobj", "nsubjpass"):
            continue
        words = [w for w in held.subtree if w.dep_ != "relcl"]
        if any(w.lemma_.lower() == "prisoner" for w in words) and any(
            w.lower_ in _POLITICAL_PRISONER_WORDS for w in words
        ):
            return True
    return False


#: Verbs of staying where a state holds people (round 19, second wave): "remain behind bars".
_LANGUISH_VERBS = cues.words("remain languish sit stay rot")
#: Where people stay held: "behind bars", "in prison", "in detention".
_BARS = cues.words("bars")


def _languishes(verb: Token) -> bool:
    """Whether those who speak or dissent stay held (round 19, second wave): "over 700
    protesters remain behind bars", "political prisoners languish in jail"; the one who
    holds them is the text's adversary (:func:`_faces`).  Not a suspect or a criminal
    ("the suspects remain in custody")."""
    if verb.lemma_.lower() not in _LANGUISH_VERBS or verb.pos_ not in ("VERB", "AUX"):
        return False
    held = any(
        (p.lower_ == "behind" and o.lower_ in _BARS)
        or (p.lower_ in ("in", "inside") and o.lemma_.lower() in _CUSTODY)
        for p in children_of(verb)
        if p.dep_ == "prep"
        for o in children_of(p)
        if o.dep_ == "pobj"
    )
    if not held:
        return False
    return any(
        _victim_words(w) & (DISSENTERS | MEDIA_WORDS)
        for c in children_of(verb)
        if c.dep_ in ("nsubj", "nsubjpass")
        for w in _with_conjuncts(c)
    )


#: Verbs that keep people where a state holds them: "hold ... in detention".
_HOLD_VERBS = cues.words("hold keep")
#: Where a state holds people: "in pre-trial detention", "in custody".
_CUSTODY = cues.words("detention custody prison prisons jail jails captivity")
#: Adverbs that make an arrest or a detention wrongful: "arbitrarily detained".
_WRONGFULLY = cues.words(
    "wrongfully unjustly arbitrarily unlawfully illegally wrongly unjustifiably"
)


#: Words by which a noun is said to take part in an act: "officials involved in ...".
_INVOLVED = cues.words("involved responsible complicit engaged implicated")


def _involved(verb: Token) -> Token | None:
    """The people a gerund's act is said to be theirs: "officials involved in suppressing
    dissent", "those responsible for jailing journalists" (the noun the participle or
    adjective modifies), or None."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.dep_ != "prep" or prep.lower_ not in ("in", "for"):
        return None
    word = prep.head
    if word.lower_ not in _INVOLVED or word.dep_ not in ("acl", "amod"):
        return None
    return word.head if word.head.pos_ in ("NOUN", "PROPN", "PRON") else None


def _victim_words(noun: Token) -> set[str]:
    """The words a victim is named by: the noun, its compounds and adjectives, and the
    same of what it is "of" or gives "access to" ("hundreds of protesters", "access to
    independent news sites")."""
    found: set[str] = set()
    stack = [noun]
    while stack:
        token = stack.pop()
        found |= {token.lower_, token.lemma_.lower()}
        for child in children_of(token):
            if child.dep_ in ("compound", "amod"):
                found |= {child.lower_, child.lemma_.lower()}
            elif child.dep_ == "prep" and child.lower_ in ("of", "to") and token.i == noun.i:
                stack += [o for o in children_of(child) if o.dep_ == "pobj"]
    return found


def _unowned_organ(subject: Token) -> bool:
    """An organ named by its function, not by an owner: "the authorities", "the
    communications authority", "the censorship agency" (a possessor or a compound names
    another owner: "the city's police", "the Treasury officials")."""
    return all(
        c.lower_ in _ORGAN_MODIFIERS or c.lemma_.lower() in _ORGAN_MODIFIERS
        for c in children_of(subject)
        if c.dep_ in ("compound", "poss", "nmod")
    )


#: What people face for their speech (round 17): "face criminal charges", "face arrest",
#: "face up to 15 years in prison".
FACED: frozenset[str] = cues.words(
    "charge charges prosecution prosecutions arrest arrests jail prison imprisonment "
    "persecution reprisal reprisals harassment intimidation detention repression"
)
#: What "those who" face charges for doing: speaking, reporting, protesting.
_SPEAKING_ACTS = cues.words(
    "report speak protest criticize criticise oppose express post say write call dissent "
    "question dare demonstrate share publish describe"
)


def _faces(verb: Token) -> bool:
    """Whether people who speak, report or dissent face repression (round 17): "journalists
    face criminal charges", "those who report on the war face up to 15 years in prison",
    "Belarusians abroad face intimidation" (:data:`FACED`); the one who brings it is the
    text's adversary.  Not what a doer of a crime faces ("those who committed war crimes
    will face justice")."""
    if verb.lemma_.lower() != "face" or verb.pos_ != "VERB":
        return False
    faced = [
        w
        for c in children_of(verb)
        if c.dep_ == "dobj"
        for o in _with_conjuncts(c)
        for w in (
            o,  # "years in prison", "various forms of repression"
            *(x for p in children_of(o) if p.lower_ in ("in", "of") for x in children_of(p)),
        )
    ] + [  # "face up to 15 years in prison"
        x
        for p in children_of(verb)
        if p.dep_ == "prep" and p.lower_ == "in"
        for x in children_of(p)
    ]
    if not any(f.lemma_.lower() in FACED or f.lower_ in FACED for f in faced):
        return False
    subject = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    if _victim_words(subject) & DISSENTERS:
        return True  # "journalists", "dozens of reporters", "opposition figures"
    if subject.ent_type_ == "NORP" and subject.pos_ in ("PROPN", "NOUN"):
        return True  # "Belarusians abroad face intimidation"
    return any(
        c.dep_ == "relcl" and c.lemma_.lower() in _SPEAKING_ACTS for c in children_of(subject)
    )


#: Military craft and gear whose loss is the other side's: "Russian planes were shot down".
_CRAFT = cues.words(
    "plane planes helicopter helicopters bomber bombers equipment column columns division "
    "divisions unit units battalion battalions brigade brigades regiment regiments"
)

#: What a siege blocks: "Mariupol is blocked", "the convoy is blocked".
_PLACES = cues.words("city town village port corridor convoy road exit entrance")


def _named_crime(root: Token, number: int, context: _Context) -> tuple[Mention, ...]:
    """'This is genocide', 'This was an overt bloody act of terror', 'These are executions
    of civilians, torture, rape': a copula whose subject points back and whose predicate
    names a crime; the doer is the owner the predicate names, else the adversary."""
    if any(c.dep_ == "neg" for c in children_of(root)):
        return ()
    subject = next((c for c in children_of(root) if c.dep_ == "nsubj"), None)
    attr = next((c for c in children_of(root) if c.dep_ == "attr"), None)
    deed = next((c for c in children_of(root) if c.dep_ == "csubj"), None)
    if subject is None and deed is not None:  # "What the occupiers did to the town is genocide"
        predicate = attr or next((c for c in children_of(root) if c.dep_ == "acomp"), None)
        if predicate is None or not _what_was_done(deed):
            return ()
        named = {predicate.lemma_.lower(), *(c.lemma_.lower() for c in predicate.conjuncts)}
        return _doers(deed, number, context) if named & CRIME_NOUNS else ()
    if subject is None or attr is None or subject.lower_ not in _DEICTIC:
        return ()
    heads = [attr, *attr.conjuncts]
    words = {h.lemma_.lower() for h in heads}
    words |= {
        o.lemma_.lower()
        for h in heads
        for p in children_of(h)
        if p.dep_ == "prep" and p.lower_ == "of"
        for o in children_of(p)
        if o.dep_ == "pobj"
    }  # "an act of terror"
    if not words & CRIME_NOUNS:
        return ()
    owners = [o for h in heads for o in _owners(h)]
    if owners:
        return tuple(actor_mention(t, context) for t in owners)
    return (_adversary(subject, number),)


def _what_was_done(clause: Token) -> bool:
    """Whether a clausal subject names a deed: "what the Russian occupiers did (to ...)"."""
    return clause.lemma_.lower() in ("do", "commit") and any(
        c.dep_ == "dobj" and c.lower_ == "what" for c in children_of(clause)
    )


def _adversary(token: Token, number: int) -> Mention:
    """A target the text does not name, over ``token`` ("they", "the occupiers")."""
    left = token.left_edge if token.pos_ == "NOUN" else token
    start, end = left.idx, token.idx + len(token.text)
    return Mention(
        Span(start, end, token.doc.text[start:end]), ADVERSARY, number, head=token.lower_
    )


def reported_charges(context: _Context, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """Refinement ``reported_prose``: what a speaker of an official text asserts charges
    the way an official's own prose does (see the module): "As Volodymyr Zelenskyy noted,
    what the Russian occupiers did to this modern town is genocide", "The Head of State
    noted that the Babyn Yar memorial was damaged by rocket fire", "Vladimir Putin stressed
    ... the Ukrainian authorities' aggression in Donbass".  Each assertion whose content
    :func:`prose_targets` charges gains a sibling accusation of those doers (same cue,
    claimer and content).  Like ``official_prose`` it is kept only in an official text,
    where it replaces the assertion (:func:`kg.resolve.resolve`); a news report keeps the
    plain assertion."""
    added: list[Claim] = []
    doc = context.doc
    for claim in claims:
        if claim.stance is not Stance.ASSERT or claim.content is None or claim.negated:
            continue
        span = doc.char_span(claim.content.start, claim.content.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        root = _span_root(span)
        charged = run(prose_targets, present(span), span, root, claim.sentence, context)
        if not charged:
            continue
        added.append(
            replace(
                claim,
                stance=Stance.ACCUSE,
                targets=charged,
                confidence=min(claim.confidence, 0.5),
                rule=f"{claim.rule}+reported_prose",
            )
        )
    if not added:
        return claims
    return tuple(sorted((*claims, *added), key=lambda c: (c.cue.start, c.claimer.span.start)))


#: Wrongs named as nouns that the text's own sentence charges to their owner: the content
#: lexicon's hostile nouns (CAMEO-derived: "aggression", "invasion", "occupation",
#: "repression") and the crimes and atrocities above.
CHARGE_NOUNS: frozenset[str] = (
    HOSTILE_NOUNS | ATTACK_NOUNS | ATROCITY_NOUNS | CRIME_NOUNS | cues.words("war wars")
)
#: Wrongs of conduct an official text names as its adversary's (round 13): "Russia's
#: flagrant disregard for international law", "the regime's contempt for its obligations",
#: "Moscow's weaponization of energy", "Russia's brutalities".
CONDUCT_NOUNS: frozenset[str] = cues.words(
    "disregard disrespect contempt defiance flouting brutality brutalities coercion "
    "weaponization weaponisation"
)
#: Designs that are a charge only with a word that condemns them: "Moscow's imperial
#: ambitions" (not "Russia's ambitions in the region are limited").
DESIGN_NOUNS: frozenset[str] = cues.words("ambition ambitions")
#: A blockade named as its owner's (round 14): a hostile act in any register (CAMEO 191,
#: impose blockade), charged wherever the sentence names it, "Russia's blockade of our
#: ports is destabilizing the region", "the food crisis caused by the Russian blockade",
#: "Moscow's deliberate blockage of grain exports" (not "any blockade", not an owner the
#: "a blockade"); one no owner names, "the blockade of our ports", is the adversary's.
BLOCKADE_NOUNS: frozenset[str] = cues.words("blockade blockades blockage blockages")
#: Doings that are a charge only with a word that condemns them (round 14): the U.S.
#: government's standing "Iran's malign activity", "its aggressive and destabilizing
#: activities", "Moscow's malign influence" (not "Iran's activities in the region").
ACTIVITY_NOUNS: frozenset[str] = cues.words(
    "activity activities influence behavior behaviour conduct action actions act acts"
)
#: What a state is charged with posing (round 14): "the challenges China poses to the
#: rules-based order", "Iran poses a threat to regional stability".
_POSED = cues.words("challenge challenges threat threats danger dangers risk risks")
#: Harms a passive of causation charges to its agent (round 14): "the problems were caused
#: by the West", "the crisis was provoked by Moscow".
_CAUSED_HARMS = cues.words(
    "problem problems crisis crises shortage shortages suffering death deaths famine hunger "
    "instability tension tensions escalation chaos catastrophe disaster"
)
_CAUSE_VERBS = cues.words("cause provoke create trigger")
#: Where blame is laid: "the blame lies with X", "responsibility rests with X".
_BLAME_NOUNS = cues.words("blame responsibility")
_LIE_VERBS = cues.words("lie rest")


def core_charges(
    span: SpacySpan, root: Token, number: int, context: _Context
) -> tuple[Mention, ...]:
    """The owners of a wrong the text's own sentence names as a noun that is what the
    clause is about, the subject or object of its main verb: "Russia's war has driven
    millions from their homes", "The occupation of the peninsula by Russian forces has
    lasted eight years" (an owner the noun names: a possessive, a national adjective, "by
    X", or an adversary designation, "the crimes of the occupiers"), or anywhere in the
    sentence when a word condemns it ("aid to those displaced by Russia's brutal and
    unprovoked war": :func:`_evaluated`); not a wrong it mentions in passing ("aid since
    Russia's invasion"), one supposed ("any aggression",
    "if it launches an invasion"), or one a pronoun owns ("our strikes"; "Russia continues
    its war" only restates what its sentences charge) unless a word condemns it ("until it
    ends its brutal war": the text's adversary).

    Not applied to what a speaker asserts (``reported_prose``): the claims gold labels a
    readout's "hold the Russian government accountable for its war of choice" an
    assertion, and it would turn those into accusations."""
    return _named_charges(span, root, number, context, CHARGE_NOUNS)


def conduct_charges(
    span: SpacySpan, root: Token, number: int, context: _Context
) -> tuple[Mention, ...]:
    """The owners of a wrong of conduct or a condemned design the text's own sentence names
    (round 13): "Russia's flagrant disregard for international law", "Moscow's imperial
    ambitions", read as :func:`core_charges` reads a war.  A ``named_wrong`` claim: the
    official's restatement of what others charge, it follows the allegation it matches
    (:data:`kg.resolve.summaries.FOLLOWING`) rather than start one of its own."""
    named = CONDUCT_NOUNS | DESIGN_NOUNS | BLOCKADE_NOUNS | ACTIVITY_NOUNS
    if ATTEMPT_RULE in context.rules:  # round 18
        named = named | ATTEMPT_NOUNS
    return _named_charges(span, root, number, context, named)


def laid_charges(
    span: SpacySpan, root: Token, number: int, context: _Context
) -> tuple[Mention, ...]:
    """Whom an official's own sentence lays a wrong on without an act verb (round 14), a
    ``named_wrong`` claim like :func:`conduct_charges`: blame laid ("the blame for every
    death lies with the Russian state"), a harm a passive of causation gives its agent
    ("the problems were caused by the West") and a challenge or threat an actor poses
    ("the challenges Beijing poses to the rules-based order"); not when negated, modal or
    conditional (:func:`_asserted`)."""
    for token in span:
        lemma = token.lemma_.lower()
        if lemma in _LIE_VERBS and token.pos_ in ("VERB", "AUX"):
            subjects = [c for c in children_of(token) if c.dep_ == "nsubj"]
            if not any(s.lemma_.lower() in _BLAME_NOUNS for s in subjects):
                continue
            laid = [
                o
                for c in children_of(token)
                if c.dep_ == "prep" and c.lower_ == "with"
                for o in children_of(c)
                if o.dep_ == "pobj"
            ]
        elif lemma in _CAUSE_VERBS and _is_passive(token):
            subjects = [c for c in children_of(token) if c.dep_ == "nsubjpass"]
            if not any(s.lemma_.lower() in _CAUSED_HARMS for s in subjects):
                continue
            laid = [a for a in _agents(token)]
        elif lemma == "pose" and token.pos_ == "VERB":
            posed = [c for c in children_of(token) if c.dep_ == "dobj"]
            if token.dep_ == "relcl":
                posed.append(token.head)
            if not any(p.lemma_.lower() in _POSED for p in posed):
                continue
            laid = [c for c in children_of(token) if c.dep_ == "nsubj"]
        else:
            continue
        if not _asserted(token, root):
            continue
        owners = [
            t
            for o in laid
            for n in _with_conjuncts(o)
            for t in ([n] if _is_actor_token(n) else _owners(n))  # "the Russian leadership"
            if _is_actor_token(t) and t.pos_ != "PRON"
        ]
        if owners:
            return tuple(actor_mention(t, context) for t in owners)
    return ()


#: Verbs of a readout that put a matter before the other party (round 15): "The President
#: emphasised ...", "Attention was drawn to ...", "... was raised", "pointed out ...".
_ATTENTION_VERBS = cues.words(
    "emphasise emphasize stress underscore underline highlight raise point draw speak"
)
#: What an attempt put forward tries to do that makes it a wrong, beside the hostile acts
#: (:func:`_act`): "the attempts by armed groups to prevent the evacuation of civilians".
_THWART = cues.words("prevent block disrupt obstruct undermine sabotage destabilize destabilise")
#: Nouns of a stance toward a wrong whose "of" / "about" phrase names the wrong: "the U.S.
#: rejection of the regime's unlawful claims", "concern over Beijing's harassment".
_STANCE_TOWARD = cues.words(
    "rejection condemnation concern concerns opposition criticism outrage indignation"
)
#: Wrongs a readout puts forward by themselves, beside the charge lexicons: "the policy of
#: discrimination", "their neglect of war crimes".
_ATTENDED_WRONGS = cues.words(
    "discrimination neglect violation violations mistreatment ill-treatment abuses"
)
#: Words that condemn a doing a readout puts forward, beside :data:`_EVALUATIONS`: "the
#: extremely rough treatment of refugees", "crude violations".
_HARSH = cues.words("rough cruel inhuman inhumane crude")


def attended_charges(
    span: SpacySpan, root: Token, number: int, context: _Context
) -> tuple[Mention, ...]:
    """The owners of a wrong a readout puts forward as what was emphasised, raised, pointed
    out or drawn attention to (round 15): "The President emphasised the brutal treatment of
    migrants by the border guards", "Attention was drawn to the provocative statements by
    NATO officials", "The shelling of residential areas by Ukrainian forces was raised",
    "He underscored the U.S. rejection of Iran's unlawful seizure of tankers".  The noun put
    forward (the verb's object, a passive's subject, what attention is drawn to; through a
    stance noun, "rejection of", "concern over", to the wrong) must be a wrong of the charge
    lexicons, one a word condemns, or the use of a weapon, and name its owner (possessive,
    national adjective, "by X"); not a pronoun's ("their neglect"), nor one of the
    speaker's own (an owner inside the subject: "the President of Russia stressed Russia's
    ..."), nor when the verb is negated or modal.  A ``named_wrong`` claim: the readout
    restates what the other texts charge, so it follows (:data:`kg.resolve.summaries.FOLLOWING`)."""
    # the attention verbs off the index's lemmas (tested again below): no Token per word
    for verb in words_among(span_tokens(span), _ATTENTION_VERBS):
        lemma = verb.lemma_.lower()
        if lemma not in _ATTENTION_VERBS or verb.pos_ not in ("VERB", "AUX"):
            continue
        children = children_of(verb)
        if lemma == "point" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in children):
            continue
        if lemma in ("draw", "speak"):
            # "attention was drawn to X", "spoke about X"
            holders = [c for c in children if c.lower_ == "attention"] if lemma == "draw" else []
            if lemma == "draw" and not holders:
                continue
            put = [
                o
                for holder in (verb, *holders)
                for c in children_of(holder)
                if c.dep_ == "prep" and c.lower_ == ("to" if lemma == "draw" else "about")
                for o in children_of(c)
                if o.dep_ == "pobj"
            ]
        else:
            put = [c for c in children if c.dep_ in ("dobj", "nsubjpass")]
        if not put or not _asserted(verb, root):
            continue
        speaker = {t.lower_ for c in children if c.dep_ in ("nsubj", "agent") for t in c.subtree}
        for noun in [n for p in put for n in _with_conjuncts(p)]:
            owners = _attended_owners(noun, speaker)
            if owners:
                return tuple(actor_mention(t, context) for t in owners)
    return ()


def _attended_owners(noun: Token, speaker: set[str], depth: int = 0) -> list[Token]:
    """The owners of the wrong ``noun`` names, for :func:`attended_charges` (through a
    stance noun to the wrong it is about)."""
    lemma = noun.lemma_.lower()
    if noun.pos_ != "NOUN":
        return []
    if lemma in _STANCE_TOWARD and depth == 0:
        return [
            t
            for c in children_of(noun)
            if c.dep_ == "prep" and c.lower_ in ("of", "about", "over", "at", "regarding")
            for o in children_of(c)
            if o.dep_ == "pobj"
            for t in _attended_owners(o, speaker, depth + 1)
        ]
    condemned = _evaluated(noun) or any(
        c.dep_ == "amod" and c.lemma_.lower() in _HARSH for c in children_of(noun)
    )
    if lemma in ACTIVITY_NOUNS or lemma in DESIGN_NOUNS:
        wrong = condemned
    elif lemma in _CAMPAIGN_NOUNS:
        # "X's policy of discrimination against ...": the wrong its "of" phrase names
        wrong = condemned or any(
            o.lemma_.lower() in CHARGE_NOUNS or o.lemma_.lower() in _ATTENDED_WRONGS
            for c in children_of(noun)
            if c.dep_ == "prep" and c.lower_ == "of"
            for o in children_of(c)
            if o.dep_ == "pobj"
        )
    elif lemma == "attempt":
        # "attempts by X to block the evacuation": what the attempt tries to do
        wrong = condemned or any(
            c.pos_ == "VERB" and (c.lemma_.lower() in _THWART or _act(c))
            for c in children_of(noun)
            if c.dep_ in ("acl", "relcl")
        )
    elif lemma == "use":
        wrong = condemned or any(
            _is_weapon(o)
            for c in children_of(noun)
            if c.dep_ == "prep" and c.lower_ == "of"
            for o in children_of(c)
            if o.dep_ == "pobj"
            for o in _with_conjuncts(o)
        )
    else:
        wrong = (
            condemned
            or lemma in CHARGE_NOUNS
            or lemma in CONDUCT_NOUNS
            or lemma in BLOCKADE_NOUNS
            or lemma in _ATTENDED_WRONGS
        )
    if not wrong:
        return []
    if any(c.lower_ in _UNREAL for c in children_of(noun) if c.dep_ in ("det", "amod", "neg")):
        return []
    if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in children_of(noun)):
        return []  # "their neglect": left to the sentences that name the doer
    owners = [
        t
        for t in _wrong_owners(noun)
        if _is_actor_token(t) and t.pos_ != "PRON" and t.lower_ not in speaker
    ]
    held = [t for t in owners if t.dep_ == "poss" and t.head.i == noun.i]
    # "Russia's build-up ... by NATO allies": a possessive owner outranks a "by" phrase
    # the parse may have hung on the wrong noun
    return held or owners


def _named_charges(
    span: SpacySpan, root: Token, number: int, context: _Context, named: frozenset[str]
) -> tuple[Mention, ...]:
    """:func:`core_charges` over the wrongs ``named``."""
    heads = {root.i, *(c.i for c in root.conjuncts)}
    for noun in nouns_among(span.doc, span.start, span.end, named):
        if noun.lemma_.lower() in BLOCKADE_NOUNS or noun.lower_ in BLOCKADE_NOUNS:
            pass  # a hostile act wherever it is named, when its owner is named
        elif noun.lemma_.lower() in ACTIVITY_NOUNS:
            if not _evaluated(noun) and not any(  # "Iran's malign activity": parsed a compound
                c.dep_ == "compound" and c.lower_ in _EVALUATIONS for c in children_of(noun)
            ):
                continue
        elif noun.lemma_.lower() in DESIGN_NOUNS:
            if not _evaluated(noun):
                continue  # "Russia's ambitions": no charge without a word that condemns them
        elif noun.lemma_.lower() in ATTEMPT_NOUNS:
            if not _attempted(noun):
                continue  # "Russia's attempt to seize the city" (round 18), not "any attempt"
        elif (noun.dep_ not in _CORE or noun.head.i not in heads) and not _evaluated(noun):
            continue
        if any(c.lower_ in _UNREAL for c in children_of(noun) if c.dep_ in ("det", "amod", "neg")):
            continue
        possessors = [c for c in children_of(noun) if c.dep_ == "poss" and c.pos_ == "PRON"]
        if possessors:  # "its brutal war": the other side; "our strikes": the speaker's
            if possessors[0].lower_ in _OTHER_OWNERS and _evaluated(noun):
                return (
                    _antecedent(possessors[0], span, context) or _adversary(possessors[0], number),
                )
            continue
        if not _presupposed(noun) and not _asserted(noun.head, root):
            continue  # "if it launches an invasion"; not "could see the atrocities of ..."
        owners = [t for t in _wrong_owners(noun) if _is_actor_token(t)]
        if owners:
            return tuple(actor_mention(t, context) for t in owners)
        designated = _designated_owner(noun, number, context)
        if designated:
            return designated
        if (
            noun.lemma_.lower() in BLOCKADE_NOUNS
            and _presupposed(noun)
            and not any(t.lower_ in _OTHER_OWNERS for t in noun.subtree)
        ):
            # "the food crisis caused by the blockade of our ports": the text's adversary
            # (not "the complete blockade of its banks", a measure against the other side)
            return (_adversary(noun, number),)
    return ()


#: What a speaker's own sentence may name as the other side's wrong by itself (round 13):
#: "we have seen Russia's atrocities", "we will protect Europe from Moscow's weaponization
#: of energy" (not "war" or "invasion", which also date what the speaker does: "we have
#: helped refugees since Russia's invasion").
_SPOKEN_WRONGS: frozenset[str] = (
    CONDUCT_NOUNS
    | ATROCITY_NOUNS
    | cues.words("crime crimes genocide atrocity atrocities violation violations")
)
#: Prepositions that make a wrong the scene of what the speaker does: "since Russia's
#: invasion", "after the regime's crackdown".
_SCENE_PREPOSITIONS = cues.words("since after before during amid following until")


def spoken_charges(
    span: SpacySpan, root: Token, number: int, context: _Context
) -> tuple[Mention, ...]:
    """The owners of a wrong a sentence spoken by the text's own side ("we", "I") names as
    a named actor's: "we have seen Russia's atrocities laid bare", "we will protect Europe
    from Moscow's weaponization of energy", "we discussed the Kremlin's colonial war"
    (a wrong by itself, :data:`_SPOKEN_WRONGS`, or one a word condemns); the owner a
    possessive or "by X" names, not a pronoun ("its atrocities" is left to the sentences
    that name the doer), nor a wrong supposed or that only dates the act ("since Russia's
    invasion")."""
    named = CHARGE_NOUNS | CONDUCT_NOUNS | DESIGN_NOUNS
    for noun in nouns_among(span.doc, span.start, span.end, named):
        lemma = noun.lemma_.lower()
        if lemma not in _SPOKEN_WRONGS and not _evaluated(noun):
            continue
        if any(c.lower_ in _UNREAL for c in noun.children if c.dep_ in ("det", "amod", "neg")):
            continue
        if noun.dep_ == "pobj" and noun.head.lower_ in _SCENE_PREPOSITIONS:
            continue
        if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children):
            continue
        owners = [t for t in _wrong_owners(noun) if _is_actor_token(t) and t.pos_ != "PRON"]
        if owners:
            return tuple(actor_mention(t, context) for t in owners)
    return ()


#: Wrongs whose "of" or "for" phrase names what was wronged, not who did it: "a violation
#: of Ukraine's sovereignty", "in blatant violation of Security Council resolutions",
#: "disregard for the rights of Ukrainians".
_VIOLATED = cues.words(
    "violation violations breach breaches infringement infringements encroachment "
    "disregard disrespect contempt defiance flouting"
)


def _wrong_owners(noun: Token) -> list[Token]:
    """The owners of a wrong (:func:`_owners`), without those inside what a violation
    violated ("the violation of Ukraine's sovereignty" is no charge of Ukraine)."""
    owners = _owners(noun)
    if noun.lemma_.lower() not in _VIOLATED | BLOCKADE_NOUNS:
        return owners
    wronged = {
        t.i
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ in ("of", "for", "to")
        for t in c.subtree
    }
    return [t for t in owners if t.i not in wronged]


#: Words that call a wrong one wherever the sentence names it: "Russia's brutal war",
#: "the regime's unprovoked aggression" (the content lexicon's wrong and critical adjectives).
_EVALUATIONS: frozenset[str] = (
    WRONG_ADJECTIVES
    | CRITICAL_ADJECTIVES
    | cues.words(
        # an official's intensifiers and labels of a wrong (round 13): "its flagrant disregard",
        # "systematic violations", "imperial ambitions", "a colonial war"
        "flagrant blatant gross egregious systematic systemic wanton heinous horrific brazen "
        "deliberate indiscriminate imperial imperialist colonial neocolonial neo-colonial "
        "genocidal vicious atrocious monstrous"
    )
)


def _evaluated(noun: Token) -> bool:
    """Whether a wrong is named with a word that condemns it ("Russia's brutal war", "the
    premeditated, unprovoked, and unjustified attack"), which makes its mention a charge,
    not a date."""
    if noun.dep_ in ("compound", "amod"):
        return False
    modifiers = [c for c in children_of(noun) if c.dep_ == "amod"]
    words = {m.lemma_.lower() for m in modifiers}
    words |= {a.lemma_.lower() for m in modifiers for a in m.conjuncts}
    return not words.isdisjoint(_EVALUATIONS)


def _antecedent(pronoun: Token, span: SpacySpan, context: _Context) -> Mention | None:
    """The actor a possessive pronoun points back to in its sentence: the nearest actor
    named before it ("sanctions on the Putin regime for its unprovoked war": the regime's
    state), None when the sentence names none before it ("until it ends its war")."""
    for token in reversed(span[: pronoun.i - span.start]):
        if token.pos_ == "PRON":
            continue
        if _is_actor_token(token) and token.ent_type_ in ("GPE", "ORG", "NORP", "PERSON"):
            return actor_mention(token, context)
        state = _state_of(token)
        if state is not None:
            return actor_mention(state, context)
    return None


#: Possessive pronouns of the other side: "its brutal war", "their barbaric attacks".
_OTHER_OWNERS = cues.words("its their")


#: Where a wrong is what a clause is about: its main verb's subject, object or predicate.
_CORE = frozenset({"nsubj", "nsubjpass", "dobj", "attr"})


#: Determiners of a definite description, which takes its referent as given.
_DEFINITE = cues.words("the this these that those")


def _presupposed(noun: Token) -> bool:
    """Whether a noun is a definite or possessive description ("the atrocities of ...",
    "Russia's aggression", "its attacks"), which takes the wrong as done whatever the verb
    around it supposes ("could see the atrocities", "to hold it to account for its
    attacks")."""
    return any(
        (c.dep_ == "det" and c.lower_ in _DEFINITE) or c.dep_ == "poss" for c in children_of(noun)
    )


def _designated_owner(noun: Token, number: int, context: _Context) -> tuple[Mention, ...]:
    """The owner of a wrong named by an adversary designation: "the atrocities of the
    Russian occupiers" (its state), "the invaders' crimes" (the text's adversary)."""
    for child in children_of(noun):
        owner = child
        if child.dep_ == "prep" and child.lower_ in ("of", "by"):
            owner = next((o for o in children_of(child) if o.dep_ == "pobj"), child)
        elif child.dep_ != "poss":
            continue
        if owner.lemma_.lower() not in ADVERSARY_NOUNS and owner.lower_ not in ADVERSARY_NOUNS:
            continue
        state = _state_of(owner)
        if state is not None:
            return (actor_mention(state, context),)
        return (_adversary(owner, number),)
    return ()


def _span_root(span: SpacySpan) -> Token:
    """The clause's head: its first token whose head lies outside it."""
    if index_of(span.doc) is not None:  # the heads read off the index: no Token per word
        return outer_head(span) or span.root
    for token in span:
        if token.head == token or not span.start <= token.head.i < span.end:
            return token
    return span.root


# --- lexicon gates (.gates) -------------------------------------------------------------

gate(
    prose_targets,
    # an act (_act): the hostile acts and what _hostile and _perpetrates read, bombs
    # dropped, hostages taken, people used as a shield or banned weapons used
    needs(
        cues.ACCUSATORY_PREDICATES
        | OCCUPATION_ACTS
        | HOSTILE_WORDS
        | _DROP_VERBS
        | cues.words("hostage hostages")
    ),
    *PERPETRATING,
    needs(cues.words("use"), _SHIELDS | _BANNED | _WEAPONS_OF),
    needs(_WEAPONIZE),  # round 16
    needs(cues.words("under"), _PRETEXTS),  # _pretexted
    needs(WAGE_VERBS, WAGED_NOUNS),  # _wages
    needs(_PERMIT_VERBS, RELIEF_NOUNS),  # _obstructs
    needs(MEASURE_VERBS, cues.words("our us")),  # _against_us
    needs(_KEEP_VERBS, _TRUCE_NOUNS),
    needs(CRIME_NOUNS),  # _named_crime
    needs(ATTACK_NOUNS | ATROCITY_NOUNS | _BANNED),  # _attack_doers
    needs(HOSTILE_NOUNS),  # _caused_harm
    needs(PASSIVE_HARMS),  # _harmed, an unnamed doer of a harm
    needs(DEVASTATION_ACTS),  # _devastates
    needs(REPRESSION_ACTS | CENSORING_ACTS | cues.words("crack")),  # _represses (round 17)
    needs(_HOLD_VERBS, _CUSTODY),  # _represses: "held in detention" (round 17)
    needs(cues.words("face"), FACED),  # _faces (round 17)
    needs(_HOLD_VERBS, cues.words("prisoner prisoners")),  # _holds_prisoners (round 19)
    needs(_LANGUISH_VERBS, _CUSTODY | _BARS),  # _languishes (round 19)
    needs(cues.words("under"), SIEGE_NOUNS),  # _besieged
    needs(_RECOGNIZE | cues.words("recognition become"), OUTLAW_LABELS),  # _labelled
    needs(cues.words("become"), _MENACES),  # _labelled, a menace (round 16)
    needs(COURSE_VERBS, COURSE_NOUNS),  # _hostile_course
    needs(FOSTER_VERBS, FOSTERED),  # _fosters
    needs(cues.words("blame")),  # _shifts_blame
    empty=(),
)
gate(attempted_charges, needs(_ATTEMPT_VERBS, cues.words("to")), empty=())  # round 18
gate(core_charges, needs(CHARGE_NOUNS), empty=())
gate(
    conduct_charges,
    needs(CONDUCT_NOUNS | DESIGN_NOUNS | BLOCKADE_NOUNS | ACTIVITY_NOUNS | ATTEMPT_NOUNS),
    empty=(),
)
gate(
    laid_charges,
    needs(_LIE_VERBS, _BLAME_NOUNS),
    needs(_CAUSE_VERBS, _CAUSED_HARMS),
    needs(cues.words("pose"), _POSED),
    empty=(),
)
gate(counted_weapons, needs(WEAPON_NOUNS), empty=())
gate(attended_charges, needs(_ATTENTION_VERBS), empty=())
gate(spoken_charges, needs(CHARGE_NOUNS | CONDUCT_NOUNS | DESIGN_NOUNS), empty=())
