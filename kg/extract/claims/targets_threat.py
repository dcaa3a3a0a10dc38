"""Targets of threats: whom a threat's content is aimed at: the actors its harm falls on
("to increase sanctions against X"), those withheld supplies or aid, those who will bear
the consequences ("X will pay a heavy price"), those relations are broken with, and the
addressee a warning admonishes; not the forums a threat names ("to take the issue before
the Council").

Separate from the rest of :mod:`.targets` because a harm promised is aimed by other
words (prepositions of harm, bearing verbs, consequence nouns) than a charge."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.extract import cues
from kg.extract.claims.base import (
    _agents,
    _Context,
    _is_actor_token,
    _main_verbs,
    _prep_object,
    _tokens_of,
    _with_conjuncts,
)
from kg.extract.claims.targets_names import actor_mention
from kg.extract.claims.targets_states import _is_people, _owners, _state_of
from kg.model import Mention, Span

#: Prepositions after which the one harmed is named in a threat's content.
_HARM_PREPS = cues.words("against on upon at")


#: Verbs of cutting off what goes to someone: "to halt coal deliveries to Ukraine".
_WITHHOLD_VERBS = cues.words("cut halt stop suspend block ban end reduce withhold freeze")

#: Nouns of what is sent to someone: deliveries, supplies, exports, aid.
_SUPPLY_NOUNS = cues.words(
    "delivery deliveries supply supplies export exports shipment shipments aid assistance "
    "flow flows sale sales transit"
)


def _is_supply(token: Token) -> bool:
    return token.lemma_.lower() in _SUPPLY_NOUNS or token.lower_ in _SUPPLY_NOUNS


def _is_withheld(head: Token) -> bool:
    """Whether the "to" under ``head`` says whom a threat cuts a supply off from: "to halt
    coal deliveries to Ukraine", "to cut gas supplies to Europe" (the parser hangs "to" on
    the supply or on the verb); not "to send troops to Syria"."""
    if head.pos_ == "VERB":
        verb = head
        if not any(c.dep_ == "dobj" and _is_supply(c) for c in verb.children):
            return False
    elif _is_supply(head) and head.dep_ == "dobj":
        verb = head.head
    else:
        return False
    return verb.lemma_.lower() in _WITHHOLD_VERBS


def _is_harmed(token: Token) -> bool:
    """An actor a threat's harm can fall on; a place is none ("to close the Strait of
    Hormuz", "on the Persian Gulf"), but a half or bloc named by a compass word is ("will
    punish the North", "to attack the South", "sanctions against the West")."""
    if token.ent_type_ == "LOC" and COMPASS_ACTORS:
        return _compass_actor(token)
    return _is_actor_token(token) and token.ent_type_ not in ("LOC", "FAC")


#: Round 16 (issue 12): the compass words that name a side in dispute copy ("the North"
#: for North Korea once it is named, :meth:`kg.resolve.descriptions` ``half_state``; "the
#: West"), read as actors a threat is aimed at.
COMPASS_ACTORS = True
_COMPASS_WORDS = cues.words("north south west")


def _compass_actor(token: Token) -> bool:
    """ "the North", "the South", "the West" standing alone: a capitalised compass word that
    is a whole entity, with "the" ("the North Sea", "the West Bank" are other places)."""
    alone = token.ent_iob_ == "B" and (
        token.i + 1 == len(token.doc) or token.doc[token.i + 1].ent_iob_ != "I"
    )
    return (
        alone
        and token.lower_ in _COMPASS_WORDS
        and token.text[:1].isupper()
        and token.dep_ != "compound"
        and (
            any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
            or _the_before_nmod(token)
        )
        and not any(c.dep_ in ("compound", "amod", "poss") for c in token.children)
    )


def _the_before_nmod(token: Token) -> bool:
    """ "to attack the South and U.S. military bases": the parser hangs "the" on the noun
    the compass word names an owner of, not on the compass word right after it (round 22)."""
    return (
        CONTENT_TARGETS
        and token.dep_ == "nmod"
        and token.i > 0
        and token.doc[token.i - 1].lower_ == "the"
        and token.doc[token.i - 1].head == token.head
    )


#: Round 22 (issue 12, branch `threat22`): whom a threat's content aims at, read off the
#: owners of the thing it strikes with their conjuncts ("to attack the South and U.S.
#: military bases" -> the South, the U.S.) and off a description that takes up a state
#: named before after a preposition of harm ("to use force against the island").
CONTENT_TARGETS = True


def _threat_targets(content: Span | None, context: _Context) -> tuple[Mention, ...]:
    """Whom a threat's content is aimed at: the actors its harm falls on ("to increase
    sanctions against Zimbabwe"; not "to take the issue before the Council"), the objects
    of its verbs, and the doer of a hostile condition ("to block the Gulf if the West
    imposes sanctions" -> the West)."""
    if content is None:
        return ()
    span = _tokens_of(content, context)
    if span is None:
        return ()
    inside = set(range(span.start, span.end))
    aimed: list[Token] = []
    for verb in _main_verbs(span):
        for child in verb.children:
            if child.dep_ in ("dobj", "dative"):
                aimed.extend(t for t in _with_conjuncts(child) if _is_harmed(t))
            elif child.dep_ == "advcl" and any(
                c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in child.children
            ):
                subject = next((c for c in child.children if c.dep_ == "nsubj"), None)
                if subject is not None and (
                    _is_actor_token(subject) or _is_people(subject) or takes_up_state(subject)
                ):
                    # "... if the West imposes sanctions", "if the rebels did not disarm",
                    # "if the island declares independence" (the state named before)
                    aimed.extend(_with_conjuncts(subject))
            elif child.dep_ == "nsubj" and _is_warned(verb) and _is_harmed(child):
                aimed.extend(_with_conjuncts(child))  # "warned that Syria should not test ..."
            elif child.dep_ == "nsubj" and _bears_harm(verb) and _is_harmed(child):
                aimed.extend(_with_conjuncts(child))  # "warned that Seoul would pay a price"
            if child.dep_ == "dobj":
                aimed.extend(_relations_broken_with(verb, child))  # "to sever ties with Sudan"
            if _seceded_from(child, verb):
                # "to break away from Somalia", "to secede from the federation"
                left = _prep_object(child if child.dep_ == "prep" else _from_of(child))
                if left is not None and _is_harmed(left):
                    aimed.extend(_with_conjuncts(left))
            if child.dep_ == "dobj" and not _is_harmed(child) and not aimed:
                # "to expel the U.S. ambassador", "to strike Iranian nuclear sites": whose
                owners = _owners(child)
                if CONTENT_TARGETS:  # "the South and U.S. military bases": both owners
                    owners = [t for o in owners for t in _with_conjuncts(o)]
                aimed.extend(o for o in owners if _is_harmed(o) and _owning_side(o))
            if (
                child.dep_ == "prep"
                and child.lower_ in ("to", "against")
                and verb.lemma_.lower() in _ANSWERING
            ):
                # "would respond to any Eritrean attack", "to retaliate against any South
                # Korean provocation": whose act is answered
                answered = _prep_object(child)
                if answered is not None and _is_harmed(answered):
                    aimed.extend(_with_conjuncts(answered))
                elif answered is not None:
                    aimed.extend(o for o in _owners(answered) if _is_harmed(o))
        for token in verb.subtree:
            withheld = token.lower_ == "to" and _is_withheld(token.head)
            if token.dep_ == "prep" and (token.lower_ in _HARM_PREPS or withheld):
                complement = _prep_object(token) if token.i in inside else None
                if complement is not None and _is_harmed(complement):
                    aimed.extend(_with_conjuncts(complement))
                elif CONTENT_TARGETS and complement is not None and takes_up_state(complement):
                    aimed.append(complement)  # "to use force against the island"
    if not aimed:
        aimed.extend(_consequence_bearers(span))
    found: dict[tuple[int, int], Mention] = {}
    for token in sorted(aimed, key=lambda t: t.i):
        if token.i in inside:
            mention = actor_mention(_state_of(token) or token, context)
            found.setdefault((mention.span.start, mention.span.end), mention)
    return tuple(found.values())


#: Round 17 (issue 12, branch `antecedent17`): a threat's condition whose subject takes up
#: a state named before ("if the island declares independence") names whom it is aimed at.
TAKEN_UP_CONDITIONS = True

#: Heads of a description that takes up a state named before: "the island", "its neighbor"
#: (:meth:`kg.resolve.descriptions._Descriptions.taken_up_state` resolves them).
_TAKEN_UP_HEADS = cues.words("island neighbor neighbour")


def takes_up_state(token: Token) -> bool:
    """ "the island", "its neighbor", "Russia's neighbour": a singular description that
    takes up a state named before (the resolver finds it or drops the target)."""
    if not TAKEN_UP_CONDITIONS or token.lower_ not in _TAKEN_UP_HEADS:
        return False
    return any(c.dep_ in ("det", "poss") for c in token.children)


#: Verbs whose subject bears a threatened harm: "X would pay a heavy price", "will face
#: consequences", "will regret it".
_BEARING_VERBS = cues.words("pay face suffer regret bear")

#: Verbs of answering an act in kind: "would respond to any attack by X".
_ANSWERING = cues.words("respond retaliate react reply")

#: Entity labels of a state or its people: owners whose things a threat may strike.
_STATES = frozenset({"GPE", "NORP"})


def _owning_side(token: Token) -> bool:
    """A state or its people owning what a threat strikes, or a compass word naming a side
    ("the South")."""
    return token.ent_type_ in _STATES or (CONTENT_TARGETS and _compass_actor(token))


def _bears_harm(verb: Token) -> bool:
    """Whether ``verb`` makes its subject bear harm, in the future or as a possibility
    ("would pay", "will face"), not as a fact ("Ukraine faces shortages")."""
    if verb.lemma_.lower() not in _BEARING_VERBS:
        return False
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


#: Nouns of the harm a threat holds out, whose "for" names who will bear it.
_CONSEQUENCE_NOUNS = cues.words(
    "consequence consequences cost costs price repercussion repercussions punishment "
    "retaliation retribution"
)


#: Nouns of a harm held out whose "against"/"on" names its aim: "strikes against X".
_HARM_NOUNS = (cues.THREAT_WORDS | cues.CONDITIONAL_THREAT_WORDS) - cues.words("measure measures")


def _consequence_bearers(span: SpacySpan) -> list[Token]:
    """Who is to bear the consequences a threat names: "consequences for Seoul", "a heavy
    price for X's provocations" -> X (whose doing the harm answers), "strikes against X";
    nobody for "serious consequences for regional peace"."""
    found: list[Token] = []
    for token in span:
        head = token.head
        if token.dep_ != "prep" or head.pos_ != "NOUN":
            continue
        lemma = head.lemma_.lower()
        borne = token.lower_ == "for" and lemma in _CONSEQUENCE_NOUNS
        # "warned of strikes against Israel", "of sanctions on Pyongyang": the harm's aim
        struck = token.lower_ in ("against", "on", "upon") and lemma in _HARM_NOUNS
        if not (borne or struck):
            continue
        complement = _prep_object(token)
        if complement is None or complement.i >= span.end:
            continue
        if _is_harmed(complement):
            found.extend(_with_conjuncts(complement))
        elif not _is_actor_token(complement):
            found.extend(o for o in _owners(complement) if _is_harmed(o))
    return found


def _relations_broken_with(verb: Token, broken: Token) -> list[Token]:
    """Whom relations are to be broken off with: "sever diplomatic relations with Sudan"
    -> [Sudan] (the rupture verbs and relation nouns of ``kg/data/content_lexicon.tsv``)."""
    from kg.extract.claims.content_lexicon import RELATION_NOUNS, RUPTURE_VERBS  # no import cycle

    if verb.lemma_.lower() not in RUPTURE_VERBS or broken.lemma_.lower() not in RELATION_NOUNS:
        return []
    return [
        partner
        for prep in broken.children
        if prep.dep_ == "prep" and prep.lower_ in ("with", "to")
        for o in [_prep_object(prep)]
        if o is not None
        for partner in ([o] if _is_actor_token(o) else _owners(o))
    ]


#: Verbs of a part leaving the whole: "to secede from X"; "break"/"split" with "away"/"off".
_SECEDE_VERBS = cues.words("secede separate")
_SPLIT_VERBS = cues.words("break split")


#: Whether a secession's "from" may hang under its particle ("break away from X", round 22).
SECESSION_PARTICLES = True


def _from_of(particle: Token) -> Token:
    """The "from" a particle governs ("away from Yugoslavia" parsed with "from" under
    "away"), else the particle itself."""
    return next((c for c in particle.children if c.dep_ == "prep" and c.lower_ == "from"), particle)


def _seceded_from(child: Token, verb: Token) -> bool:
    """Whether ``child`` of a threat's verb is the "from" of a secession: the verb's own
    ("to secede from Georgia") or, as the small parser often reads it, the particle's ("to
    break away from Yugoslavia" with "from" under "away": round 22, target22)."""
    if child.dep_ == "prep" and child.lower_ == "from":
        return _secedes(verb)
    if SECESSION_PARTICLES and child.dep_ in ("advmod", "prt") and child.lower_ in ("away", "off"):
        return _from_of(child) is not child and _secedes(verb)
    return False


def _secedes(verb: Token) -> bool:
    """Whether a threat's verb is a secession, whose "from" names the state left: "to secede
    from Georgia", "to break away from Somalia"; not "to withdraw from the talks"."""
    lemma = verb.lemma_.lower()
    if lemma in _SECEDE_VERBS:
        return True
    return lemma in _SPLIT_VERBS and any(
        c.dep_ in ("advmod", "prt") and c.lower_ in ("away", "off") for c in verb.children
    )


#: Modals of what a warned party had better do or not do: "Syria should not test ...".
_ADMONISHING_MODALS = cues.words("should must")


def _is_warned(verb: Token) -> bool:
    """Whether a threat's clause tells its subject what it had better (not) do: "Syria
    should not test Turkey's ability to strike back", "Pyongyang must stop ..."."""
    return any(c.dep_ == "aux" and c.lower_ in _ADMONISHING_MODALS for c in verb.children)


#: Round 19 (issue 12, branch `target19`): the one a passive threat falls on is its target
#: ("defectors threatened by Pyongyang", "Kim and Park were threatened by Pyongyang").
PASSIVE_THREAT_TARGETS = True

#: Nouns of people (and the press) that may stand as a threatened patient themselves when
#: no name is given: "four people threatened by Pyongyang", "foreign media ... are being
#: threatened by the information ministry".
_PATIENT_NOUNS = cues.words(
    "people person persons defector defectors activist activists journalist journalists "
    "reporter reporters lawmaker lawmakers official officials diplomat diplomats media press"
)


def passive_threatened(verb: Token, patient: Token, context: _Context) -> list[Mention]:
    """Whom a passive threat cue falls on: "X were threatened by Y" (the subject), "four
    people threatened by Y" (the noun the participle modifies), and those named beside them
    (appositions, conjuncts, "along with Z"); the named ones when there are any, else a
    plural of people itself.  Only with an agent ("by Y"), which makes the claimer."""
    if not PASSIVE_THREAT_TARGETS or not _agents(verb) or verb.tag_ != "VBN":
        return []
    heads = list(_with_conjuncts(patient))
    for prep in verb.children:  # "along with activist Kim Young-hwan"
        if prep.dep_ == "prep" and prep.lower_ == "along":
            for inner in prep.children:
                if inner.dep_ == "prep" and inner.lower_ == "with":
                    held = _prep_object(inner)
                    heads.extend(_with_conjuncts(held) if held is not None else [])
    named: list[Token] = []
    plain: list[Token] = []
    for head in heads:
        if _is_actor_token(head):
            named.append(_state_of(head) or head)
            continue
        for child in head.children:  # "two defectors, Kim Song-min, ..., and Park Sang-hak"
            if child.dep_ == "appos":
                for member in _with_conjuncts(child):
                    if _is_actor_token(member) and member.ent_type_ == "PERSON":
                        named.append(member)
                    elif member.ent_type_ == "" and member.pos_ == "NOUN":
                        named.extend(
                            c
                            for c in member.children
                            if c.dep_ == "appos" and c.ent_type_ == "PERSON"
                        )
        if head.lemma_.lower() in _PATIENT_NOUNS or head.lower_ in _PATIENT_NOUNS:
            plain.append(head)
    chosen = named or plain
    found: dict[tuple[int, int], Mention] = {}
    for token in chosen:
        mention = actor_mention(token, context)
        found.setdefault((mention.span.start, mention.span.end), mention)
    return list(found.values())


#: Round 22 (issue 12, branch `threat22`): a threat made "in response to" another side's
#: act is aimed at that side ("warned of disastrous consequences in response to a United
#: States-led military drill" -> the United States).
ANSWERED_ACTS = True
_ANSWER_HEADS = cues.words("response reaction retaliation reply answer")


def answered_doers(verb: Token) -> list[Token]:
    """The doers of the act a threat answers, "in response to X's drills", "in retaliation
    for X's sanctions", "because of a U.N. report" (named on the act: its owner, or
    "X-led")."""
    if not ANSWERED_ACTS:
        return []
    found: list[Token] = []
    acts: list[Token] = []
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "because"):
            continue
        if prep.lower_ == "because":  # "because of a U.N. report that accuses Kampala"
            acts.extend(c for c in prep.children if c.dep_ == "pobj")
            acts.extend(  # or "because" -> "of" -> the reason
                o for c in prep.children if c.lower_ == "of" for o in c.children if o.dep_ == "pobj"
            )
            continue
        head = _prep_object(prep)
        if head is not None and head.lemma_.lower() in _ANSWER_HEADS:
            acts.extend(
                act
                for to in head.children
                if to.dep_ == "prep" and to.lower_ in ("to", "for")
                for act in [_prep_object(to)]
                if act is not None
            )
    for act in acts:
        if _is_harmed(act):
            found.extend(_with_conjuncts(act))
            continue
        found.extend(o for o in _owners(act) if _is_harmed(o))
        # "a United States-led drill": the leader named on the participle
        found.extend(
            n
            for m in act.children
            if m.dep_ == "amod" and m.tag_ == "VBN"
            for n in m.children
            if n.dep_ in ("npadvmod", "compound") and _is_harmed(n)
        )
    return found
