"""The accused side's own account of its conduct as a rebuttal (round 16, issue 12).

After a charge aimed at a party, that party's spokesman often answers with no denial verb
and no negation: it tells its own conduct as lawful, defensive, within a mandate or an
answer to the other side's act ("said the peacekeepers were defending themselves", "says
its observers are working within the rules", "said the raid was carried out in response to
X's shelling and targeted military installations", "continues to abide by the
agreement").  Against a stated charge such an account contradicts it (the claims guide,
points 21 and 36: it entails that the charged wrong did not happen), so the assertion is a
denial, aimed (by ``context_accuser``) at the accuser.  Without a charge aimed at the
speaker in its sentence or the one before it stays an assertion (point 21: defending one's
own act against no stated charge is ``assert``); a duty or an appeal ("both sides must
abide by the accord") is no account of conduct.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.extract import cues
from kg.extract.claims.base import _main_verbs, _prep_object
from kg.extract.claims.content_base import _negated, _own_side
from kg.extract.claims.gates import gate, needs

#: Verbs whose open complement is not (yet) done: "going to abide", "wants to comply",
#: "urged the army to adhere to its commitments".
_UNDONE_HEADS = cues.words(
    "go want plan intend hope promise pledge vow agree refuse fail threaten seek try expect "
    "urge ask call demand tell order press encourage invite appeal"
)
#: Reflexive objects of "defend": "were defending themselves".
_REFLEXIVES = cues.words("themselves itself ourselves himself herself myself yourselves")
#: What a side says it keeps to or works within: "abide by the agreement", "within the rules".
_NORMS = cues.words(
    "agreement accord rule law mandate ceasefire cease-fire truce treaty resolution line "
    "commitment obligation convention deal norm principle regulation framework limit "
    "guideline protocol understanding arrangement"
)
#: Verbs of keeping to a norm: "abides by", "complies with", "respects", "adheres to".
_KEEPING_VERBS = cues.words("abide comply adhere respect observe honor honour uphold")
#: A duty carried out: "carrying out our mandate", "fulfilled its obligations".
_DUTIES = cues.words("mandate duty obligation responsibility")
_DUTY_VERBS = cues.words("carry fulfil fulfill perform discharge execute")
#: Manners of conduct that clear it: "in a professional manner", "in a lawful way".
_PROPER_MANNERS = cues.words(
    "professional lawful legal responsible proper impartial neutral transparent disciplined"
)
_MANNER_NOUNS = cues.words("manner way fashion")
#: Conduct called proper as a predicate: "the operation was lawful", "our actions are legitimate".
_PROPER_PREDICATES = cues.words(
    "lawful legal legitimate justified defensive proportionate professional impartial"
)
#: An answer to the other side's act: "in response to", "in retaliation for".
_ANSWER_NOUNS = cues.words("response retaliation reply answer")
#: Lawful targets: "targeted military installations".
_MILITARY_THINGS = cues.words(
    "installation installations target targets position positions site sites base bases "
    "facility facilities"
)
_TARGETING_VERBS = cues.words("target hit strike attack bomb shell")
#: An act of force named as the subject of its own account: "the raid was carried out ...".
_ACT_NOUNS = cues.words(
    "raid strike strikes attack airstrike air-strike operation operations shelling action "
    "actions bombing incursion deployment patrol patrols"
)
_OWN_OR_DEFINITE = cues.words("the this that these those its our their his her")
#: A side's own people named with a possessive: "its observers", "our inspectors".
_OWN_PEOPLE = cues.ARMED_NOUNS | cues.words(
    "observer observers inspector inspectors monitor monitors staff personnel officer "
    "officers peacekeeper peacekeepers employee employees official officials police guard "
    "guards crew crews journalist journalists reporter reporters team teams mission "
    "diplomat diplomats"
)
_OWN_POSSESSIVES = cues.words("its our their my")


def _children(token: Token, deps: Iterable[str]) -> list[Token]:
    wanted = set(deps)
    return [c for c in token.children if c.dep_ in wanted]


def _prep_objects(verb: Token, preposition: str) -> list[Token]:
    found = []
    for p in verb.children:
        if p.dep_ in ("prep", "agent") and p.lower_ == preposition:
            thing = _prep_object(p)
            if thing is not None:
                found.append(thing)
    return found


def _keeps_norm(verb: Token) -> bool:
    """'abide by the agreement', 'complies with the resolution', 'respects the line'."""
    if verb.lemma_.lower() not in _KEEPING_VERBS:
        return False
    things = _children(verb, ("dobj",)) + [
        o for prep in ("by", "with", "to") for o in _prep_objects(verb, prep)
    ]
    return any(t.lemma_.lower() in _NORMS for t in things)


def _within_norm(verb: Token) -> bool:
    """'working within the rules', 'acted within its mandate'; 'in accordance with the law'."""
    if any(o.lemma_.lower() in _NORMS for o in _prep_objects(verb, "within")):
        return True
    for noun in _prep_objects(verb, "in"):
        if noun.lower_ in ("accordance", "compliance", "line", "keeping") and any(
            o.lemma_.lower() in _NORMS for o in _prep_objects(noun, "with")
        ):
            return True
    return False


def _proper_manner(verb: Token) -> bool:
    """'carried out its duties in a professional manner'."""
    return any(
        noun.lemma_.lower() in _MANNER_NOUNS
        and any(a.dep_ == "amod" and a.lower_ in _PROPER_MANNERS for a in noun.children)
        for noun in _prep_objects(verb, "in")
    )


def _duty_done(verb: Token) -> bool:
    """'carrying out our mandate', 'fulfilled its obligations'."""
    return verb.lemma_.lower() in _DUTY_VERBS and any(
        o.lemma_.lower() in _DUTIES for o in _children(verb, ("dobj",))
    )


def _self_defence(verb: Token) -> bool:
    """'were defending themselves', 'acted in self-defense', 'for defensive purposes'."""
    if verb.lemma_.lower() == "defend":
        objects = _children(verb, ("dobj",))
        return not objects or any(o.lower_ in _REFLEXIVES for o in objects)
    for noun in _prep_objects(verb, "in") + _prep_objects(verb, "for"):
        text = "".join(t.lower_ for t in noun.subtree)
        if "self-defen" in text:
            return True
        if noun.lemma_.lower() in ("purpose", "reason") and any(
            a.lower_ == "defensive" for a in noun.children
        ):
            return True
    return False


def _answered(verb: Token) -> bool:
    """'was carried out in response to X's fire', 'fired in retaliation for the shelling'."""
    return any(
        noun.lemma_.lower() in _ANSWER_NOUNS
        and any(p.dep_ == "prep" and p.lower_ in ("to", "for") for p in noun.children)
        for noun in _prep_objects(verb, "in")
    )


def _military_targets(verb: Token) -> bool:
    """'targeted military installations', 'hit only military positions'."""
    if verb.lemma_.lower() not in _TARGETING_VERBS:
        return False
    return any(
        o.lower_ in _MILITARY_THINGS
        and any(a.lower_ == "military" for a in o.children if a.dep_ in ("amod", "compound"))
        for o in _children(verb, ("dobj",))
    )


def _proper_predicate(verb: Token) -> bool:
    """'the operation was lawful', 'our actions are fully justified'."""
    return verb.lemma_.lower() == "be" and any(
        c.dep_ in ("acomp", "attr") and c.lower_ in _PROPER_PREDICATES for c in verb.children
    )


#: The ways an account clears the conduct it tells, each a test of one main verb.
_JUSTIFICATIONS: tuple[Callable[[Token], bool], ...] = (
    _keeps_norm,
    _within_norm,
    _proper_manner,
    _duty_done,
    _self_defence,
    _answered,
    _military_targets,
    _proper_predicate,
)


def _subject_of(verb: Token) -> Token | None:
    """A verb's subject, through conjoined and open-complement verbs ('acted ... and
    targeted', 'continues to abide')."""
    token: Token | None = verb
    for _ in range(4):
        if token is None:
            return None
        subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return subject
        token = token.head if token.dep_ in ("conj", "xcomp") and token.head is not token else None
    return None


def _accused_again(subject: Token, accused: frozenset[str]) -> bool:
    """'the peacekeepers' after a charge against 'Russian peacekeepers', 'Georgians' after
    one against 'Georgian forces': the accused named again by its head noun."""
    stems = {a.removesuffix("s") for a in accused}
    return bool({subject.lemma_.lower(), subject.lower_.removesuffix("s")} & stems)


def _own_people(subject: Token) -> bool:
    """'its observers', 'our inspectors': the speaker's side's own people."""
    return subject.lemma_.lower() in _OWN_PEOPLE and any(
        c.dep_ == "poss" and c.lower_ in _OWN_POSSESSIVES for c in subject.children
    )


def _own_act(subject: Token) -> bool:
    """'the raid', 'our operation': the act the charge is about, told by its author."""
    return subject.lemma_.lower() in _ACT_NOUNS and any(
        c.dep_ in ("det", "poss") and c.lower_ in _OWN_OR_DEFINITE for c in subject.children
    )


def justified_conduct(
    span: SpacySpan, sides: Callable[[], set[str]], accused: frozenset[str], own: bool = True
) -> bool:
    """Whether a main verb of ``span`` tells, with no negation, modal or condition, the
    speaker's own side (``sides``; or the accused party named again by one of the head
    nouns in ``accused``; or the charged act itself) acting lawfully, defensively, within a
    mandate or in answer to the other side (see the module docstring).  With ``own`` False
    (a charge not known to be aimed at the speaker) only the accused named again counts."""
    for verb in _main_verbs(span):
        # the verb and the verbs it complements ("were not going to abide", "must continue
        # to abide"): no negation, modal or future among them
        chain = [verb]
        while chain[-1].dep_ == "xcomp" and chain[-1].head is not chain[-1]:
            chain.append(chain[-1].head)
        if any(_negated(v) for v in chain):
            continue
        if any(c.dep_ == "aux" and c.tag_ == "MD" for v in chain for c in v.children):
            continue
        if any(v.lemma_.lower() in _UNDONE_HEADS for v in chain[1:]):
            continue
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in verb.children):
            continue
        if not any(test(verb) for test in _JUSTIFICATIONS):
            continue
        subject = _subject_of(verb)
        if subject is None:
            continue
        if subject.lower_ in ("both", "all", "everyone", "each"):
            continue
        if _accused_again(subject, accused) or (
            own and (_own_side(subject, sides) or _own_people(subject) or _own_act(subject))
        ):
            return True
    return False


#: Every word a justification needs one of (the gate of :func:`justified_conduct`).
JUSTIFYING_WORDS: frozenset[str] = (
    _KEEPING_VERBS
    | _DUTY_VERBS
    | _MANNER_NOUNS
    | _PROPER_PREDICATES
    | _ANSWER_NOUNS
    | _TARGETING_VERBS
    | cues.words("within accordance compliance keeping line defend defense defence defensive")
)
gate(justified_conduct, needs(JUSTIFYING_WORDS), empty=False)
