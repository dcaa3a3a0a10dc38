"""Targets of accusations, criticism and praise: whom an object stands for ("condemned
Russia's attack" -> Russia; an act's doer, a gerund's agent, the state behind an act
only a state performs), who does what a charged clause says (:func:`_clause_agents`,
with placeholder "it" and third-party possessives), the actors a proposition is about
(:func:`_content_targets`), and whom "blamed ... on" and "lashed out at" aim at.

Separate from the rest of :mod:`.targets`: these read the content and objects of a claim
for its targets, where :mod:`.targets_speakers` reads its claimers."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.extract import cues
from kg.extract._index import children_of
from kg.extract.claims.base import (
    _ARGUMENT_DEPS,
    _LOCATIVE_PREPS,
    _agents,
    _clause_doer,
    _Context,
    _is_actor_token,
    _is_passive,
    _main_verbs,
    _nominal_subtree,
    _prep_object,
    _tokens_of,
    _with_conjuncts,
)
from kg.extract.claims.content_lexicon import load_classes
from kg.extract.claims.targets_names import actor_mention
from kg.extract.claims.targets_speakers import _MEMBER_HEADS, accused_members
from kg.extract.claims.targets_states import (
    _has_named_owner,
    _is_people,
    _owners,
    _state_of,
    _stateless_adjective,
    _stateless_group,
)
from kg.extract.mentions import ACTOR_LABELS
from kg.model import Mention, Span


def _object_targets(direct: Token, context: _Context) -> list[Mention]:
    """Whom a criticism, praise or threat is aimed at: the object when it is an actor
    ("condemned Russia"), else the actors behind it ("condemned Russia's attack",
    "condemned the Russian invasion"), else the object itself ("the attack on the hospital")."""
    shared = _shared_organ_state(direct) if GOVERNMENT_AND_PEOPLE else None
    if shared is not None:
        # "support for the government and people of Ukraine": the state, once
        return [actor_mention(shared, context)]
    found: list[Mention] = []
    for token in _with_conjuncts(direct):
        state = _state_of(token)
        if state is not None:
            found.append(actor_mention(state, context))  # "condemned Chinese authorities"
        elif _is_actor_token(token) or token.pos_ == "PRON":
            found.append(actor_mention(token, context))
        elif _is_people(token) and not _has_named_owner(token):
            found.append(actor_mention(token, context))  # "South Korean conservatives"
        else:
            owners = (
                _acting_state(token)
                or _owners(token)
                or _gerund_agents(token)
                or _verb_agent_of_object(token)
                or (_relative_doers(token) if RELATIVE_DOERS else [])
                or (_displaced_doers(token) if DISPLACED_DOERS else [])
            )
            if not owners and DESCRIBED_DOERS:
                # "an appeal by a Paris-based media watchdog": the body it describes
                found.extend(actor_mention(d, context) for d in _described_doers(token))
            for owner in owners:
                group = _stateless_group(owner, token)
                if group is None and DESCRIBED_DOERS:
                    body = _stateless_body(owner, token)
                    group = actor_mention(body, context) if body is not None else None
                found.append(group if group is not None else actor_mention(owner, context))
    return found or [actor_mention(direct, context)]


#: Round 35 (targets36, issue 12): whether a state's organ and its people joined before one
#: "of" ("the government and people of Ukraine", "the people and government of Poland", "the
#: leaders and people of Moldova") are that state, once, as "the government of Ukraine"
#: alone already is; before, the people's noun was the target beside or instead of it.
#: Measured effect: benchmarks/claims/RESULTS.md, "Round 35, targets36".
GOVERNMENT_AND_PEOPLE = True


def _shared_organ_state(direct: Token) -> Token | None:
    """The state the one "of" of conjoined nouns names when they are a state organ
    (:func:`.targets_states._organ_of`'s nouns) and a people ("people", "citizens"), and
    no other conjunct has an "of" of its own; None for anything else."""
    conjuncts = _with_conjuncts(direct)
    if len(conjuncts) < 2 or any(c.pos_ not in ("NOUN", "PROPN") for c in conjuncts):
        return None
    organs = [c for c in conjuncts if c.lemma_.lower() in cues.STATE_AGENT_NOUNS]
    peoples = [c for c in conjuncts if c not in organs and _is_people(c)]
    if not organs or not peoples or len(organs) + len(peoples) != len(conjuncts):
        return None
    ofs = [
        ch for c in conjuncts for ch in children_of(c) if ch.dep_ == "prep" and ch.lower_ == "of"
    ]
    if len(ofs) != 1:
        return None  # "the government of Poland and the people of Ukraine": two parties
    state = _prep_object(ofs[0])
    if state is not None and state.ent_type_ == "GPE" and state.pos_ == "PROPN":
        return state  # the parser hangs the shared "of" on either conjunct
    return None


#: Whether a thing done by a body named only by a description ("an appeal by a media
#: watchdog", "the lack of commitment by southern African countries") is aimed at the
#: description, as the claims guide keeps a group by its description (round 28, targets29).
DESCRIBED_DOERS = True

#: Bodies and plurals of parties a description may name as a doer (kg/data/target_words.tsv).
_BODY_NOUNS = load_classes("target_words.tsv")["body_noun"]


def _is_body(token: Token) -> bool:
    return token.lemma_.lower() in _BODY_NOUNS or token.lower_ in _BODY_NOUNS


def _described_doers(noun: Token) -> list[Token]:
    """The body a thing's "by" names when no actor does ("an appeal by a Paris-based media
    watchdog", "a resolution that was passed by the top U.N. body"): the description, if
    it names no actor or state of its own; nothing for a means ("by saying") or an unnamed
    doer that is no body ("by gunmen")."""
    agents: list[Token] = []
    for child in children_of(noun):
        if child.dep_ == "prep" and child.lower_ == "by":
            agents.append(child)
        elif child.dep_ in ("acl", "relcl") and child.pos_ == "VERB":
            agents.extend(c for c in children_of(child) if c.dep_ == "agent")
    for agent in agents:
        doer = _prep_object(agent)
        if doer is None or doer.tag_ == "VBG" or _is_actor_token(doer) or not _is_body(doer):
            continue
        if _state_of(doer) is not None or any(_is_actor_token(o) for o in _owners(doer)):
            continue  # "by the Chinese government", "by Russia's team": their owner is named
        return [doer]
    return []


def _stateless_body(owner: Token, thing: Token) -> Token | None:
    """The body a stateless adjective qualifies inside a thing's doer ("the lack of
    commitment by southern African countries": the countries, not "African"); None when
    the adjective qualifies the thing itself or names a state."""
    body = owner.head
    if body.i == thing.i or not _is_body(body) or not _stateless_adjective(owner, body):
        return None
    return body


def _verb_agent_of_object(noun: Token) -> list[Token]:
    """The doer of an act object whose "by" the parser hung on the active verb: "criticized
    the crackdown on protesters by Iranian security forces" (an active verb has no agent of
    its own; "by saying" is a means and is left out)."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB":
        return []
    for prep in children_of(verb):
        if prep.dep_ != "prep" or prep.lower_ != "by" or prep.i < noun.i:
            continue
        doer = _prep_object(prep)
        if doer is not None and doer.tag_ == "VBG" and NEIGHBOURING_DOERS:
            doer = _neighbouring(doer)
        if doer is None or doer.tag_ == "VBG":
            continue
        if _is_actor_token(doer):
            return _with_conjuncts(doer)
        state = _state_of(doer)
        return [state] if state is not None else [o for o in _owners(doer) if o.ent_type_]
    return []


#: Whether an object whose own relative clause or participle tells who does it is aimed at
#: that doer (round 28, targets29: "opposed the part that Syria takes in Lebanese politics",
#: "a resolution that was passed by the U.N. body").
RELATIVE_DOERS = True

#: Verbs of a relative clause that tell what the object is, not who does it ("the role that
#: X plays" is X's; "the deal that X signed" is X's; "the law that X is" is not a doer's).
_NO_DOER_VERBS = cues.words("be seem become remain")


#: Round 33 (content34, issue 12): a hostile act whose doer is told by a relative clause or
#: participle the parser hung on the act's own place or object ("condemned the strike on the
#: hospital, which was carried out by Russian forces", "the missile strike on the hospital
#: that was launched by Russian forces": the clause on "hospital") is aimed at that doer,
#: when the clause's verb is one of perpetrating (:data:`kg.extract.cues.PERPETRATE_VERBS`:
#: carry out, conduct, launch, commit ...), which a place or a victim does not take.  Off:
#: the act's phrase itself is the target, as before.
DISPLACED_DOERS = False


def _displaced_doers(noun: Token) -> list[Token]:
    """The doer a perpetrating clause on a hostile act's prepositional object names ("the
    strike on the hospital, which was carried out by X" -> X); [] for any other noun."""
    if noun.lemma_.lower() not in cues.HOSTILE_ACT_NOUNS or _owners(noun):
        return []
    for prep in children_of(noun):
        if prep.dep_ != "prep":
            continue
        for held in children_of(prep):
            if held.dep_ != "pobj":
                continue
            found = _relative_doers(held, cues.PERPETRATE_VERBS)
            if found:
                return found
    return []


def _relative_doers(noun: Token, verbs: frozenset[str] | None = None) -> list[Token]:
    """The doer a criticised or approved thing's own clause names, when its phrase names
    no owner: the active subject of a relative clause ("the part that Syria takes" ->
    Syria), the "by" agent of a passive relative clause or participle ("a resolution that
    was passed by X", "measures taken by the Chinese authorities" -> China).  A state
    agent gives its state; the relative pronoun itself and an unnamed doer give none, and
    so does a clause of saying or judging ("the attack that X said killed ...", "the
    resolution which X opposed": X speaks of the thing, it does not do it)."""
    found: list[Token] = []
    for clause in children_of(noun):
        if clause.dep_ not in ("relcl", "acl") or clause.pos_ not in ("VERB", "AUX"):
            continue
        lemma = clause.lemma_.lower()
        if verbs is not None and lemma not in verbs:
            continue  # only the clauses of these verbs (:func:`_displaced_doers`)
        if lemma in _NO_DOER_VERBS or clause.tag_ == "VBG":
            continue  # "the policy being pursued": no doer; "the law that is": no act
        if lemma in cues.VERB_STANCES or lemma in cues.BELIEF_VERBS:
            continue  # "the attack that X said ...", "the plan X opposed": a voice, no doer
        for child in children_of(clause):
            if child.dep_ == "nsubj" and child.tag_ in ("WDT", "WP"):
                continue  # "the attack that hit ...": the relative pronoun is the thing itself
            doer = _clause_doer(child)
            if doer is None:
                continue
            state = _state_of(doer)
            if state is not None:
                found.append(state)
            elif _is_actor_token(doer) and doer.ent_type_ in ACTOR_LABELS:
                found.extend(t for t in _with_conjuncts(doer) if _is_actor_token(t))
    return found


#: Whether "by neighboring X" is X though the parser read "neighboring" as a gerund with X
#: its object (round 26, targets26: "condemning the bombing of a camp by neighboring Sudan").
NEIGHBOURING_DOERS = True


def _neighbouring(gerund: Token) -> Token:
    """The state "neighboring X" names when the parser made "neighboring" a gerund ("by
    neighboring Sudan"), else the gerund itself ("by saying ..." is a means, no doer)."""
    if gerund.lower_ not in ("neighboring", "neighbouring"):
        return gerund
    objects = [c for c in children_of(gerund) if c.dep_ == "dobj" and _is_actor_token(c)]
    return objects[0] if objects else gerund


def _gerund_agents(token: Token) -> list[Token]:
    """The doer of a gerund: "concerned about Iran providing weapons" -> [Iran]."""
    if token.pos_ != "VERB" or token.tag_ != "VBG":
        return []
    subjects = [c for c in children_of(token) if c.dep_ in ("nsubj", "poss")]
    return [t for s in subjects for t in _with_conjuncts(s) if _is_actor_token(t)]


def _acting_state(token: Token) -> list[Token]:
    """The state behind an act only a state performs, from where it happened: "the arrests
    of four people in Canada" -> [Canada].  Nothing for other acts ("the attack in Kyiv")."""
    if token.lemma_.lower() not in cues.STATE_ACT_NOUNS and token.lower_ not in (
        cues.STATE_ACT_NOUNS
    ):
        return []
    if any(
        c.dep_ in ("poss", "nmod", "compound", "amod") and c.ent_type_ for c in children_of(token)
    ):
        return []  # "China's arrests of a monk": the owner says who did it
    if any(c.dep_ == "prep" and c.lower_ == "by" for c in children_of(token)):
        return []
    for inner_token in _nominal_subtree(token):
        if inner_token.dep_ != "prep" or inner_token.lower_ != "in":
            continue
        place = _prep_object(inner_token)
        if place is not None and place.ent_type_ == "GPE":
            return [place]
    return []


#: Verbs whose passive subject is the doer: "were involved in spying".
_INVOLVEMENT_VERBS = cues.words("involve implicate engage")

#: Whether the passive subject of a verb of linking, an actor, is a clause's doer like that of
#: "involve": "rejected Colombian charges that Venezuelan President Hugo Chavez is linked to
#: FARC" charges Chavez, where the charge named no doer and was aimed at the rejecter (test38's
#: class (E)).  Only an actor subject counts ("the attack was linked to Iran" names none).
#: Round 39 (accuse44, issue 12); the words are ``kg/data/linked_doers.tsv``.  Measured
#: (benchmarks/claims/RESULTS.md, round 39): ``test38`` +1 matched triple in each scope, no
#: other part moves, no system triple added.
LINKED_SUBJECTS = True
_LINK_VERBS: frozenset[str] = load_classes("linked_doers.tsv")["link_verb"]


def _clause_agents(span: SpacySpan) -> list[Token]:
    """Who does what a clause says: the actors among its active subjects, or the actors
    behind them ('Chinese military support ... is prolonging the conflict' -> Chinese);
    a passive's subject suffers the act and is left out ('Gershkovich has been held')."""
    found: list[Token] = []
    for verb in _main_verbs(span):
        if _names_what(verb) is not None:
            # "blamed what he called the hostile policies of N": N's, not the namer's
            for thing in _named_things(verb):
                found.extend(
                    [thing]
                    if _is_actor_token(thing)
                    else _acting_state(thing)
                    or _owners(thing)
                    or _gerund_agents(thing)
                    or _verb_agent_of_object(thing)
                )
            continue
        subject = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
        if subject is None and verb.lemma_.lower() in _INVOLVEMENT_VERBS:
            # "three Iranian-Americans were involved in spying": the passive of involvement
            # names who did it
            subject = next((c for c in children_of(verb) if c.dep_ == "nsubjpass"), None)
        if subject is None and LINKED_SUBJECTS and verb.lemma_.lower() in _LINK_VERBS:
            # "that Chavez is linked to FARC": an actor tied to the group (round 39, accuse44)
            linked = next((c for c in children_of(verb) if c.dep_ == "nsubjpass"), None)
            if linked is not None and _is_actor_token(linked):
                subject = linked
        if subject is None and PASSIVE_AGENTS:
            # "charged that the bombing had been planned by the Haqqani network": the
            # passive's agent did it
            found.extend(_passive_doers(verb))
            continue
        if subject is None:
            continue
        if _is_actor_token(subject):
            found.extend(_with_conjuncts(subject))
        elif subject.lower_ in ("he", "she", "they"):
            found.append(subject)  # "U.S. charges that he is supporting rebels": whoever he is
        elif subject.lower_ == "it" and _acting_it(verb):
            found.append(subject)  # "charges that it fired off artillery shells": whatever it is
        elif (members := accused_members(subject)) != [subject]:
            found.extend(members)  # "several groups, including A and B, were behind it"
        elif (owner := pronoun_owner(subject)) is not None:
            found.append(owner)  # "claims that his supporters are conducting a campaign"
        else:
            owners = _owners(subject)
            if any(_stateless_adjective(o, subject) for o in owners) and (
                _is_people(subject) or subject.lemma_.lower() in _MEMBER_HEADS
            ):
                found.append(subject)  # "Western nations are encouraging ...": the nations
                continue
            found.extend(owners)
            backed = any(
                c.dep_ == "amod" and c.lemma_.lower() in cues.PATRON_PARTICIPLES
                for c in children_of(subject)
            )
            named = any(
                c.dep_ in ("compound", "poss", "nmod") and _is_actor_token(c)
                for c in children_of(subject)
            )  # "Sudanese-backed Janjaweed militias": Janjaweed names them
            if _is_people(subject) and not named and (backed or not owners):
                found.append(subject)  # "Russian-backed separatists are creating ..."
    return found


#: Whether a passive clause's "by" agent is who does what the clause says (round 28,
#: targets29: "charged that the bombing had been planned by the Haqqani network", "said the
#: blasts were carried out by government-linked groups").  Off: it moved no first-half claim,
#: and on the corpus its one firing added a wrong accusation beside a right one
#: (benchmarks/claims/RESULTS.md, "Round 28, targets29").
PASSIVE_AGENTS = False


def _passive_doers(verb: Token) -> list[Token]:
    """The doers a passive verb's "by" agent names: an actor ("by the Haqqani network"), a
    state for its agents ("by Pakistani militants" -> Pakistani), a third-party pronoun,
    or the named owner of a thing or people ("by Russia's military intelligence" -> Russia,
    "by Hezbollah ammunition" -> Hezbollah); nothing for an unnamed doer ("by unknown
    gunmen", "by a car") or a means ("by saying ...")."""
    if not _is_passive(verb):
        return []
    found: list[Token] = []
    for agent in _agents(verb):
        if agent.tag_ == "VBG":
            continue
        if _is_actor_token(agent) or agent.lower_ in ("he", "she", "they"):
            found.append(agent)
        elif (state := _state_of(agent)) is not None:
            found.append(state)
        else:
            found.extend(o for o in _owners(agent) if _is_actor_token(o))
    return found


#: Possessive pronouns of a third party: "his supporters", "their forces" (not "our").
_THIRD_PARTY_POSSESSIVES = cues.words("his her its their")


def pronoun_owner(token: Token) -> Token | None:
    """The possessive pronoun owning people or an armed force that act: "his supporters",
    "their forces", "its troops" -> the pronoun (whoever it stands for is the doer);
    None for anything else ("his claims", "our troops")."""
    if not (_is_people(token) or token.lemma_.lower() in cues.ARMED_NOUNS):
        return None
    for child in children_of(token):
        if child.dep_ == "poss" and child.lower_ in _THIRD_PARTY_POSSESSIVES:
            return child
    return None


#: Verbs whose "it" is a placeholder or a thing, not a doer: "it is clear that",
#: "it looks like", "it seems".
_PLACEHOLDER_VERBS = cues.words("be seem look appear remain become happen mean matter")


def _acting_it(verb: Token) -> bool:
    """Whether the "it" subject of ``verb`` does something an actor does ("it fired off
    shells", "it may have played a role"), not a placeholder ("it is clear that P", "it
    looks like P") or a thing that happens ("it began raining")."""
    if verb.lemma_.lower() in _PLACEHOLDER_VERBS or verb.pos_ != "VERB":
        return False
    return not any(c.dep_ in ("ccomp", "csubj", "expl") for c in children_of(verb))


def _content_targets(content: Span | None, context: _Context) -> tuple[Mention, ...]:
    """Actors a proposition is about: the subjects and objects of its main verbs."""
    if content is None:
        return ()
    span = _tokens_of(content, context)
    if span is None:
        return ()
    inside = set(range(span.start, span.end))
    candidates: list[Token] = []
    for verb in _main_verbs(span):
        namer = _names_what(verb)
        for child in children_of(verb):
            if child.dep_ in _ARGUMENT_DEPS and child is not namer:
                candidates.extend(_with_conjuncts(child))
            elif child.dep_ == "prep" and child.lower_ not in _LOCATIVE_PREPS:
                complement = _prep_object(child)
                if complement is not None and _is_actor_token(complement):
                    candidates.append(complement)
    found: dict[tuple[int, int], Mention] = {}
    for argument in candidates:
        if argument.i not in inside:
            continue
        for token in _actor_tokens(argument):
            mention = actor_mention(token, context)
            found.setdefault((mention.span.start, mention.span.end), mention)
    for called in _what_it_called(span):
        # "denounced what it called the aggressive policy of the Japanese government"
        for mention in _object_targets(called, context):
            if mention.label != "NOMINAL" or _is_people(called):
                found.setdefault((mention.span.start, mention.span.end), mention)
    return tuple(found[key] for key in sorted(found))


#: Verbs of naming something in "what X called Y".
_NAMING_VERBS = cues.words("call describe term label brand dub")


def _names_what(verb: Token) -> Token | None:
    """The subject of a "what X called Y" verb: the one who names the thing (the speaker
    or its source, "blamed what he called the hostile policies of N"), not whom the claim
    is about; None for any other verb."""
    if verb.lemma_.lower() not in _NAMING_VERBS:
        return None
    if not any(c.dep_ == "dobj" and c.tag_ == "WP" for c in children_of(verb)):
        return None
    return next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)


def _what_it_called(span: SpacySpan) -> list[Token]:
    """The thing named in a "what X called Y" content ("what it called the aggressive
    policy of Japan" -> policy): the complement a criticism is really aimed at."""
    found: list[Token] = []
    for verb in _main_verbs(span):
        if verb.lemma_.lower() not in _NAMING_VERBS:
            continue
        if not any(c.dep_ == "dobj" and c.tag_ == "WP" for c in children_of(verb)):
            continue
        found.extend(_named_things(verb))
    return found


def _named_things(verb: Token) -> list[Token]:
    """The complements a naming verb gives its "what": "called the aggressive policy",
    "described as the illegal detention"."""
    found = [c for c in children_of(verb) if c.dep_ in ("oprd", "xcomp") and c.pos_ == "NOUN"]
    for prep in children_of(verb):
        if prep.dep_ == "prep" and prep.lower_ == "as":
            named = _prep_object(prep)
            if named is not None and named.pos_ in ("NOUN", "PROPN"):
                found.append(named)
    return found


def _actor_tokens(argument: Token) -> list[Token]:
    """The argument itself if it names an actor, plus its named modifiers and prepositions."""
    tokens = [argument] if _is_actor_token(argument) else []
    for child in children_of(argument):
        if child.dep_ in ("compound", "poss", "nmod") and _is_actor_token(child):
            if child.ent_type_ in ACTOR_LABELS or argument.pos_ != "PROPN":
                tokens.append(child)  # "US cyber operators", not "President" of "President X"
        elif child.dep_ == "prep" and child.lower_ in ("by", "against", "for", "of", "with"):
            complement = _prep_object(child)
            if complement is not None and _is_actor_token(complement):
                tokens.append(complement)
    return tokens


def blamed_on(thing: Token) -> dict[str, Token]:
    """The "on" of "blamed the violence on foreign fighters" when the parser hangs it on
    the thing blamed, as {"on": prep}: its object names who is blamed (an actor or people,
    not a place: "blamed the attack on the embassy" keeps the attack whole)."""
    if _is_actor_token(thing) or _is_people(thing):
        return {}  # "blamed the rebels on Sunday": the blamed themselves
    for prep in children_of(thing):
        if prep.dep_ != "prep" or prep.lower_ != "on":
            continue
        blamed = _prep_object(prep)
        if blamed is None or blamed.ent_type_ in ("LOC", "FAC", "DATE", "TIME"):
            continue
        if _is_actor_token(blamed) or _is_people(blamed) or _state_of(blamed) is not None:
            return {"on": prep}
    return {}


def _aimed_prep_object(preps: dict[str, Token]) -> Token | None:
    """Whom a criticism without an object is aimed at: "lashed out against South Korean
    conservatives", "hit out at the West" (the object of at/against)."""
    for word in ("against", "at"):
        if word in preps:
            return _prep_object(preps[word])
    return None


#: Round 35 (targets36, issue 12): whether praise with no object, whose "for" names what it
#: is for ("Volodymyr Zelenskyy thanked for the strong signals expressed by Ursula von der
#: Leyen", "expressed gratitude for the assistance of the French government"), is aimed at
#: the doer that thing's own phrase names: its owner, its "of"/"by" doer, a participle's
#: agent (:func:`.targets_states._owners`), never the speaker's own side ("the support for
#: our state" names none).  Before, such a claim had no target.  Measured effect:
#: benchmarks/claims/RESULTS.md, "Round 35, targets36".
THANKED_FOR_DOERS = True

#: The speaker's own possessives and pronouns: never the doer praised.
_SPEAKER_OWN = cues.words("i we us our my me")


def thanked_for_doers(verb: Token, context: _Context) -> list[Mention]:
    """The doers named inside the "for" phrases of an approving verb with no object (each
    "for" the verb takes, each conjunct of its object): the actors :func:`_owners` finds,
    a state agent's state; [] when none is named."""
    found: list[Mention] = []
    seen: set[int] = set()
    for prep in children_of(verb):
        if prep.dep_ != "prep" or prep.lower_ != "for":
            continue
        thing = _prep_object(prep)
        if thing is None or _is_actor_token(thing):
            continue
        for token in _with_conjuncts(thing):
            for owner in _owners(token):
                if owner.lower_ in _SPEAKER_OWN or owner.i in seen:
                    continue  # "our support": the speaker's own
                seen.add(owner.i)
                state = _state_of(owner)
                found.append(actor_mention(state if state is not None else owner, context))
    return found
