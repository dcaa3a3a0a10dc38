"""Contents that charge a doer the speaker names only by a pronoun: "Its members are
raping, murdering and pillaging local populations" (the militia group named in the
sentence before), "they shelled the town", "their troops attacked the village".

The content rules charge an act's doer only when the clause names it (``_charged_agent``:
an actor, a state's agents, "they" when the act falls on "us").  The guide (GUIDE.md,
charges; point 43) charges a doer the reader can name from the sentence or the one before,
so here a third-person pronoun doer ("he", "she", "it", "they") or a noun (armed, follower or,
with OWNED_DEEDS, any) owned by one ("its forces", "its members") is taken back to the actor
the text names last as the subject of a clause, in its sentence or the sentence before:
subjects first, because a pronoun that carries a clause's topic on points to the topic
(centering), not to the last name in a prepositional phrase ("the militia group known as
M23 is consolidating its control over areas of Congo's North Kivu province. Its members
..." is M23, not Congo); or to the object of a charging or warning verb of the sentence,
with its conjuncts ("has warned Russia that its military operations ... undermine", "blasted
President Mugabe and ZANU-PF saying their misguided policies ... devastated").  Not the
speaker (a speech verb's subject), nor an actor of the
speaker's own side, nor a person for "it"/"they".  Round 20 (issue 12, ``doer20``)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Token

from kg.extract import cues
from kg.extract.claims.base import _agents, _is_actor_token, _is_passive, _with_conjuncts
from kg.extract.claims.content_accuse import HOSTILE_WORDS
from kg.extract.claims.content_acts import (
    PERPETRATING,
    _active_subject,
    _hostile,
    _perpetrates,
)
from kg.extract.claims.content_base import _negated, _sides
from kg.extract.claims.content_lexicon import AGENT_NOUNS, MILITARY_NOUNS
from kg.extract.claims.gates import also, gate, needs
from kg.extract.mentions import PERSON_TITLES

#: Pronouns that can stand for a doer named before them, by the kinds they can stand for.
_PERSON = frozenset({"PERSON"})
_BODY = frozenset({"GPE", "ORG", "NORP"})
_REFERRING: dict[str, frozenset[str]] = {
    "he": _PERSON,
    "she": _PERSON,
    "his": _PERSON,
    "her": _PERSON,
    "it": frozenset({"GPE", "ORG"}),
    "its": frozenset({"GPE", "ORG"}),
    "they": _BODY,
    "their": _BODY,
}
#: The people an owner's pronoun may own as the doers of its acts: "its forces", "their
#: troops", "its members", "his supporters".
_OWNED_DOERS = (
    MILITARY_NOUNS
    | AGENT_NOUNS
    | cues.ARMED_NOUNS
    | cues.STATE_AGENT_NOUNS
    | cues.words("member members supporter supporters loyalist loyalists follower followers")
)
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
#: Whether any noun a pronoun owns ("their misguided policies", "its military operations")
#: can be the doer of a hostile act, not only a force or followers (measured in RESULTS).
OWNED_DEEDS = True


def _referring_pronoun(verb: Token) -> Token | None:
    """The pronoun that names the doer of ``verb``'s act: its subject ("they shelled"),
    the agent of its passive ("was shelled by them"), or the owner of its subject when
    that is an armed or follower noun ("its forces shelled")."""
    subject = _active_subject(verb)
    if subject is None and _is_passive(verb):
        subject = next(iter(_agents(verb)), None)
    if subject is None:
        return None
    if subject.lower_ in _REFERRING and subject.lower_ not in ("his", "her", "its", "their"):
        return subject
    if subject.pos_ == "NOUN" and (
        OWNED_DEEDS or subject.lemma_.lower() in _OWNED_DOERS or subject.lower_ in _OWNED_DOERS
    ):  # "its forces attacked"; with OWNED_DEEDS also "their policies devastated"
        return next(
            (c for c in subject.children if c.dep_ == "poss" and c.lower_ in _REFERRING), None
        )
    return None


def _in_subject(token: Token) -> bool:
    """Whether ``token`` is part of a clause's subject that is not a speaker's: "the
    militia group known as M23 is consolidating ..." (M23), not "Ban said ..."."""
    while token.head != token:
        if token.dep_ in _SUBJECTS:
            return token.head.lemma_.lower() not in cues.VERB_STANCES
        if token.dep_ in ("ccomp", "xcomp", "advcl", "relcl", "conj") and token.pos_ in (
            "VERB",
            "AUX",
        ):
            return False  # a clause of its own: its subject is checked from its own tokens
        token = token.head
    return False


def _charged_object(token: Token) -> Token | None:
    """The object ``token`` is part of when a charging or warning verb takes it ("blasted
    President Mugabe and ZANU-PF, saying their policies ...", "has warned Russia that its
    military operations ..."): the one the speaker addresses or charges, whom a pronoun in
    what the speaker goes on to say stands for.  Not a plain speech verb's ("told the BBC")."""
    while token.dep_ in ("compound", "flat", "conj", "appos", "poss", "case", "det"):
        token = token.head
    if token.dep_ not in ("dobj", "dative"):
        return None
    stance = cues.VERB_STANCES.get(token.head.lemma_.lower())
    return token if stance is not None and stance.value != "assert" else None


def _named_referent(pronoun: Token) -> list[Token]:
    """The actors ``pronoun`` stands for: the last actor of a kind it can stand for that is
    part of a (non-speaker) clause subject before it, in its sentence or the one before, or
    the object of a charging verb (with its conjuncts: "President Mugabe and ZANU-PF")."""
    kinds = _REFERRING[pronoun.lower_]
    doc = pronoun.doc
    sentence = pronoun.sent
    start = doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
    for i in range(pronoun.i - 1, start - 1, -1):
        token = doc[i]
        if not _is_actor_token(token):
            continue
        if token.ent_iob_ == "I" and i + 1 < pronoun.i and doc[i + 1].ent_iob_ == "I":
            continue  # one name once, by its last word
        fits = token.ent_type_ in kinds
        if fits and _in_subject(token):
            return [token]
        addressed = _charged_object(token) if pronoun.sent == token.sent else None
        if addressed is not None:
            group = [t for t in _with_conjuncts(addressed) if _is_actor_token(t)] or [token]
            if fits or (pronoun.lower_ in ("they", "their") and len(group) > 1):
                return group  # "they" for "President Mugabe and ZANU-PF"
    return []


_REFLEXIVES = frozenset({"himself", "herself", "itself", "themselves"})
_SINGULAR = frozenset({"he", "she", "his", "her", "it", "its"})


def _may_be_speaker(verb: Token, pronoun: Token) -> bool:
    """Whether ``pronoun`` can stand for the subject of the speech verb the act is told
    under: "NATO officials said they carried out an airstrike" tells the speaker's own
    deed; "'Its members are raping ...,' he said" (a person, not "its") does not."""
    head = verb
    while head.head != head:
        head = head.head
        if head.lemma_.lower() in cues.VERB_STANCES:
            break
    else:
        return True  # told under no speech verb in the sentence: whose the clause is is unknown
    subject = next((c for c in head.children if c.dep_ in _SUBJECTS), None)
    while subject is None and head.dep_ in ("advcl", "xcomp", "conj") and head.head != head:
        head = head.head  # "blasted X, saying P": the subject of "blasted"
        subject = next((c for c in head.children if c.dep_ in _SUBJECTS), None)
    if subject is None:
        return True
    word = pronoun.lower_
    if word in ("they", "their"):
        return (
            subject.tag_ in ("NNS", "NNPS")
            or subject.lower_ in ("they", "we")
            or subject.ent_type_ in ("NORP", "ORG")
            or any(c.dep_ == "conj" for c in subject.children)
        )
    if word in ("it", "its"):
        person = subject.lemma_.lower() in PERSON_TITLES | cues.OFFICIAL_NOUNS
        return subject.lower_ in ("it", "we") or (
            subject.tag_ in ("NN", "NNP") and subject.ent_type_ != "PERSON" and not person
        )  # "the ministry said its forces ...", not "the minister"
    return (
        subject.lower_ in ("he", "she", "i")
        or subject.ent_type_ == "PERSON"
        or (subject.tag_ in ("NN", "NNP") and subject.ent_type_ not in ("GPE", "ORG", "NORP"))
    )


def _asserted_hostile_verbs(verbs: list[Token]) -> Iterator[Token]:
    """The hostile verbs (and their conjuncts) among ``verbs`` that are stated, not negated
    or conditioned by "if"/"unless": the acts a content can charge someone with."""
    for verb in (v for root in verbs for v in _with_conjuncts(root)):
        if _asserted_hostile(verb):
            yield verb


def _asserted_hostile(verb: Token) -> bool:
    """Whether ``verb`` is one of :func:`_asserted_hostile_verbs`' acts."""
    if _negated(verb) or any(
        c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children
    ):
        return False
    return _hostile(verb) or _perpetrates(verb)


def _referred_doers(verbs: list[Token], sides: Callable[[], set[str]]) -> list[Token] | None:
    """The actors a content charges with a hostile act done by a pronoun that stands for
    them (module docstring); None when there is none.

    A verb's pronoun doer is looked for before its act is judged hostile: the pronoun is
    one look at the subject, the act's test reads its objects, and few verbs have both
    (each test is pure: the same verbs pass both in either order; round 29)."""
    for verb in (v for root in verbs for v in _with_conjuncts(root)):
        pronoun = _referring_pronoun(verb)
        if pronoun is None or not _asserted_hostile(verb):
            continue
        if any(c.dep_ == "dobj" and c.lower_ in _REFLEXIVES for c in verb.children):
            continue  # "she killed herself"
        if _may_be_speaker(verb, pronoun):
            continue
        referents = [r for r in _named_referent(pronoun) if not (_sides([r]) & sides())]
        if referents:
            return referents
    return None


#: The state agents a description names without their state: "the government", "the
#: regime", "the army", "government troops", "the security forces".
_STATE_AGENTS = cues.STATE_AGENT_NOUNS - cues.words("official officials ministry authority")


def _state_description(verb: Token) -> Token | None:
    """The doer of ``verb``'s act when it is a state agent named by description only:
    "the government", "the regime", "government troops" (no owner, no state modifier, no
    "of X"), else None."""
    subject = _active_subject(verb)
    if subject is None and _is_passive(verb):
        subject = next(iter(_agents(verb)), None)
    if subject is None:
        return None
    subject = next(  # "militia and government troops fought ...": the troops
        (c for c in _with_conjuncts(subject) if c.lemma_.lower() in _STATE_AGENTS), None
    )
    if subject is None:
        return None
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)
    governmental = any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() == "government"
        for c in subject.children
    )
    if not (definite or governmental):
        return None
    if any(
        c.dep_ in ("poss", "prep") or (c.dep_ in ("compound", "amod") and c.ent_type_)
        for c in subject.children
    ):
        return None  # "its army", "the army of X", "the Sudanese army": named or owned
    return subject


def _speaker_is_a_state(verb: Token) -> bool:
    """Whether the speech verb the act is told under has a state or its agent as subject
    ("The government said the army killed ...": its own army), or none in the sentence."""
    head = verb
    while head.head != head:
        head = head.head
        if head.lemma_.lower() in cues.VERB_STANCES:
            break
    else:
        return True
    subject = next((c for c in head.children if c.dep_ in _SUBJECTS), None)
    return subject is None or (
        subject.lemma_.lower() in cues.STATE_AGENT_NOUNS
        or subject.ent_type_ in ("GPE", "NORP", "ORG")
        or subject.lower_ in ("it", "we", "they")
    )


def _named_state(description: Token) -> Token | None:
    """The state named last as part of a (non-speaker) clause subject before
    ``description``, in its sentence or the one before: "Sudan's government launched
    attacks ... The rebels claim militia and government troops fought ..." -> Sudan."""
    doc = description.doc
    sentence = description.sent
    start = doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
    for i in range(description.left_edge.i - 1, start - 1, -1):
        token = doc[i]
        if token.ent_type_ == "GPE" and _is_actor_token(token) and _in_subject(token):
            return token
    return None


def _described_doers(verbs: list[Token], sides: Callable[[], set[str]]) -> list[Token] | None:
    """The state a content charges with a hostile act done by its agents named by
    description ("the government", "government troops"), the state named before it;
    None when there is none."""
    for verb in _asserted_hostile_verbs(verbs):
        description = _state_description(verb)
        if description is None or _speaker_is_a_state(verb):
            continue
        state = _named_state(description)
        if state is not None and not (_sides([state]) & sides()):
            return [state]
    return None


gate(
    _referred_doers,
    # the pronoun doer (:func:`_referring_pronoun`) is a word of the sentence too
    *also((needs(HOSTILE_WORDS), *PERPETRATING), _REFERRING),
    empty=None,
)
gate(_described_doers, needs(HOSTILE_WORDS), *PERPETRATING, empty=None)
