"""Approval of another side's decision, plan or act stated in the speaker's content with no
cue verb of praise on the saying verb (round 21, issue 12, approve21; the family
``approved_act``).

test21's gold ``approve`` recall was 1 of 10: the approvals had the right claimer and were
read as ``assert`` (or missed), their content stating support for another side's decision,
plan or act, or evaluating that act approvingly.  The guide's stance table makes these
``approve`` of the act's owner ("criticize / approve: the actor criticised or supported, or
whose act is").  The forms read here, each guarded like the criticism forms of
:mod:`.content_evaluated` (negation, a question, a condition):

* the speaker's own side approving with a verb of support or understanding whose object is
  another side's act or that side ("we understand and support the decision of X", "it
  supports X's bid to join the bloc");
* a predicate evaluation of approval of another side's act ("his withdrawal is
  understandable", "X's decision is a positive step", "the move is welcome");
* the speaker's side heartened, encouraged or pleased by another side's act or by "the fact
  that X has ..." ("we are heartened by the fact that X has released the prisoners").

A speaker's own side is never approved by itself: its owners are dropped, and an approval
of nothing but the speaker's own acts is no approval (None, left to the other rules).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from kg.extract import cues
from kg.extract.claims.base import _is_actor_token, _prep_object, _with_conjuncts
from kg.extract.claims.content_base import _negated, _own_side
from kg.extract.claims.content_evaluated import _guarded, _others
from kg.extract.claims.content_label import _judged_owners
from kg.extract.claims.gates import gate, needs
from kg.model import Stance

#: Verbs by which a speaker's side approves another side or its act: the cue lexicon's
#: approval verbs, and "support" and "understand", which are no cues on their own ("Pakistan
#: supports the Taliban" is an act, read by the support rules) but approve an act owned by
#: another side ("we understand and support the decision of X").
APPROVAL_VERBS = frozenset(
    v for v, st in cues.VERB_STANCES.items() if st is Stance.APPROVE
) | cues.words("support understand")
#: Verbs that approve only an act, never an actor: "we understand X" is no approval.
_ACT_ONLY_VERBS = cues.words("understand")
#: Adjectives that approve the act they are predicated of: "his withdrawal is
#: understandable", "the decision is welcome", "the step was justified".
APPROVING_ADJECTIVES = cues.words(
    "understandable welcome justified justifiable commendable laudable praiseworthy "
    "admirable courageous wise correct constructive encouraging positive appropriate "
    "reasonable legitimate"
)
#: Adjectives that make a predicate noun approving: "a positive step", "the right
#: decision", "a welcome development", "an important step".
_APPROVING_QUALIFIERS = APPROVING_ADJECTIVES | cues.words("right good important significant")
#: Predicate nouns an approving qualifier turns into an approval of the subject's owner.
_STEP_NOUNS = cues.words(
    "step move decision development sign signal gesture contribution choice initiative"
)
#: Feelings of approval at another side's act: "we are heartened by ...".
APPROVING_FEELINGS = cues.words(
    "heartened encouraged pleased gratified reassured delighted glad happy satisfied grateful"
)
_FEELING_PREPS = cues.words("by at with about over")
#: Nouns a "the fact that P" or "the news that P" phrase hangs its clause on.
_FACT_NOUNS = cues.words("fact news announcement")
#: Possessives of a side other than the speaker's: "his withdrawal", "their decision".
_OTHERS_POSSESSIVES = cues.words("his her their")


def _owners_of(thing: Token, sides: Callable[[], set[str]], acts_only: bool) -> list[Token] | None:
    """Whom approving ``thing`` approves: the actor it is (unless ``acts_only``) or its act's
    owners, less the speaker's own side; [] when a possessive pronoun stands for the owner
    ("his withdrawal"), None when nobody is named or all it names is the speaker's side."""
    if _is_actor_token(thing):
        if acts_only:
            return None
        return _others(_with_conjuncts(thing), sides) or None
    whose = [o for o in _judged_owners(thing) if _is_actor_token(o)]
    if not whose and any(
        c.dep_ == "poss" and c.lower_ in _OTHERS_POSSESSIVES for c in thing.children
    ):
        return []  # "his withdrawal is understandable": approved, its owner named before
    if not whose:
        return None  # "we support the peace process": nobody's act, left as it is read
    return _others(whose, sides) or None


def _own_approval(verb: Token, sides: Callable[[], set[str]]) -> list[Token] | None:
    """'We understand and support the decision of X', 'it supports X's bid to join'."""
    if verb.lemma_.lower() not in APPROVAL_VERBS or _negated(verb):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "conj":  # "we understand and support ..."
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    if subject.pos_ == "PRON" and subject.lower_ not in ("we", "i", "it"):
        return None
    if not _own_side(subject, sides):
        return None
    objects = [o for c in verb.children if c.dep_ == "dobj" for o in _with_conjuncts(c)]
    if not objects:  # "we understand and support the decision": the object is the conjunct's
        objects = [
            o
            for conj in verb.children
            if conj.dep_ == "conj" and conj.lemma_.lower() in APPROVAL_VERBS
            for c in conj.children
            if c.dep_ == "dobj"
            for o in _with_conjuncts(c)
        ]
    acts_only = verb.lemma_.lower() in _ACT_ONLY_VERBS
    for thing in objects:
        owners = _owners_of(thing, sides, acts_only)
        if owners is not None:
            return owners
    return None


def _approving_predicate(verb: Token, sides: Callable[[], set[str]]) -> list[Token] | None:
    """'His withdrawal is understandable', 'X's decision is a positive step'."""
    if verb.lemma_.lower() != "be" or _negated(verb):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ == "PRON":
        return None  # "it is understandable that ...": whose act is not said
    for child in verb.children:
        if _negated(child):
            continue
        approving = (child.dep_ == "acomp" and child.lemma_.lower() in APPROVING_ADJECTIVES) or (
            child.dep_ == "attr"
            and child.lemma_.lower() in _STEP_NOUNS
            and any(
                c.dep_ == "amod" and c.lemma_.lower() in _APPROVING_QUALIFIERS
                for c in child.children
            )
        )
        if not approving or _is_actor_token(subject):
            continue
        owners = _owners_of(subject, sides, acts_only=True)
        if owners is not None:
            return owners
    return None


def _fact_doers(noun: Token) -> list[Token]:
    """The actors doing what "the fact that P" states: P's subject."""
    return [
        s
        for clause in noun.children
        if clause.dep_ in ("acl", "ccomp", "relcl")
        for s in clause.children
        if s.dep_ in ("nsubj", "nsubjpass") and _is_actor_token(s)
    ]


def _felt_about(feeling: Token, sides: Callable[[], set[str]]) -> list[Token] | None:
    """Whom a feeling of approval is about: the doers of "the fact that X has ...", else the
    actor or the act's owners its by/at/with phrase names."""
    for p in feeling.children:
        if p.dep_ not in ("prep", "agent") or p.lower_ not in _FEELING_PREPS:
            continue
        about = _prep_object(p)
        if about is None:
            continue
        if about.lemma_.lower() in _FACT_NOUNS:
            doers = _others(_fact_doers(about), sides)
            if doers:
                return doers
            continue
        owners = _owners_of(about, sides, acts_only=False)
        if owners is not None:
            return owners
    return None


def _heartened(verb: Token, sides: Callable[[], set[str]]) -> list[Token] | None:
    """'We are heartened by the fact that X has ...', 'we are pleased with X's decision'
    (the feeling an adjective after "be", or the passive participle as the verb)."""
    if _negated(verb):
        return None
    if verb.lower_ in APPROVING_FEELINGS:  # "it was heartened by": the participle heads
        felt = [verb]
    elif verb.lemma_.lower() in ("be", "feel", "remain"):
        felt = [
            c
            for c in verb.children
            if c.dep_ == "acomp" and c.lower_ in APPROVING_FEELINGS and not _negated(c)
        ]
    else:
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if not felt or not _own_side(subject, sides):
        return None
    for feeling in felt:
        found = _felt_about(feeling, sides)
        if found is not None:
            return found
    return None


FORMS = (_own_approval, _approving_predicate, _heartened)


def _approved_acts(verbs: list[Token], sides: Callable[[], set[str]]) -> list[Token] | None:
    """Whom a content's approval of another side's act approves, or None (see the module's
    docstring)."""
    for verb in verbs:
        if _guarded(verb):
            continue
        for form in FORMS:
            found = form(verb, sides)
            if found is not None:
                return found
    return None


gate(
    _approved_acts,
    needs(APPROVAL_VERBS),
    needs(APPROVING_ADJECTIVES),
    needs(_APPROVING_QUALIFIERS, _STEP_NOUNS),
    needs(APPROVING_FEELINGS),
)
