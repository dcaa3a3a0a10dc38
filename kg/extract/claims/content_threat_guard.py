"""Threats by protection held out on a condition (round 18, branch ``threat18``):
``conditional_protection``, the speaker's side promises or readies a protective act that
hangs on another side's doing ("Athens would protect its islands if Ankara sends warships",
"we are prepared to defend our waters if our sovereignty is challenged", "has a plan to
safeguard its interests in case X recognises the breakaway region").  The protective act
is held out as the answer to the condition, so the condition's doer is warned.

The claims gold keeps a protective act with no condition as an assertion ("will take the
steps necessary to defend our interests", "is determined to protect its territorial
integrity", "deployed troops to safeguard territory"), so a condition is required; a
commentator's forecast and another side's protection told stay assertions.

``pressure_faced`` (on since round 24, optional24): pressure a named other party is told it
will face ("will face additional pressure", "would face tougher sanctions", "will find
itself under increasing pressure"); built from a class of ``test18``, a development part
since round 24."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from kg.extract import cues
from kg.extract.claims.base import _is_actor_token, _prep_object, _with_conjuncts
from kg.extract.claims.content_base import _modal, _negated, _own_side, _sides, _speaks_for
from kg.extract.claims.content_conditional import _adversarial, _conditions
from kg.extract.claims.content_held_out import _HOLDING_MODALS, _inverted_conditions
from kg.extract.claims.content_lexicon import PRESSURE_NOUNS
from kg.extract.claims.gates import gate, needs
from kg.extract.claims.targets import _owners

#: Verbs of a protective act: "will protect its islands", "to safeguard its interests".
_PROTECT_VERBS = cues.words("protect safeguard defend secure")
#: Adjectives of readiness a protective act hangs on: "is prepared to defend".
_READY = cues.words("ready prepared poised determined")
#: Nouns of a plan a protective act is the purpose of: "has a plan to safeguard".
_PLAN_NOUNS = cues.words("plan plans strategy")
#: Verbs of acting a protective act is the purpose of: "will act to protect".
_ACTING_VERBS = cues.words("act move take")


def _clause_of(verb: Token) -> tuple[Token, bool] | None:
    """The clause a protective verb hangs from and whether it is held out (ready, planned,
    or acted on): "we are prepared to defend" -> ("are", True), "has a plan to safeguard"
    -> ("has", True), "will act to protect" -> ("act", False), "would protect" -> itself."""
    head = verb.head
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    if verb.dep_ == "xcomp" and head.pos_ == "ADJ" and head.lower_ in _READY:
        return head.head, True
    if verb.dep_ == "acl" and infinitive and head.lemma_.lower() in _PLAN_NOUNS:
        return head.head, True
    if verb.dep_ in ("advcl", "xcomp") and infinitive and head.lemma_.lower() in _ACTING_VERBS:
        return head, False
    if verb.dep_ in ("ccomp", "ROOT", "conj", "advcl", "parataxis"):
        return verb, False
    return None


def _in_case(prep: Token) -> Token | None:
    """The "case" of a preposition "in case", or None."""
    if prep.dep_ != "prep" or prep.lower_ != "in":
        return None
    case = _prep_object(prep)
    return case if case is not None and case.lower_ == "case" else None


def _case_clauses(verb: Token) -> list[Token]:
    """Conditions put with "in case": "in case the West recognises ..." (parsed as an
    adverbial clause that holds "in case", or as "in case" with the clause under "case")."""
    found = [
        c
        for c in verb.children
        if c.dep_ == "advcl" and any(_in_case(p) is not None for p in c.children)
    ]
    for prep in verb.children:
        case = _in_case(prep)
        if case is not None:
            found.extend(c for c in case.children if c.dep_ in ("acl", "relcl", "ccomp"))
    return found


#: Acts done to the speaker's side that a protective act answers, besides the hostile acts
#: :func:`.content_conditional._adversarial` reads: "if our sovereignty is challenged".
_CHALLENGE_VERBS = cues.words("challenge threaten violate endanger encroach infringe")


def _challenged(condition: Token) -> bool:
    """Whether a condition is a challenge suffered: "if our sovereignty is challenged",
    "if its waters are violated" (a passive of a challenging verb, not negated)."""
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in condition.children)
    return passive and condition.lemma_.lower() in _CHALLENGE_VERBS and not _negated(condition)


def _doers(condition: Token) -> list[Token]:
    """The actors a condition names as doing it: its subject ("if Ankara sends warships")
    or its agent ("if they are attacked by the militia"), or their owners."""
    found: list[Token] = []
    for child in condition.children:
        if child.dep_ == "nsubj":
            found.extend(_with_conjuncts(child) if _is_actor_token(child) else _owners(child))
        elif child.dep_ == "agent":
            agent = _prep_object(child)
            if agent is not None:
                found.extend([agent] if _is_actor_token(agent) else _owners(agent))
    return found


def _conditional_protection(
    verbs: list[Token], sides: Callable[[], set[str]], commentator: bool = False
) -> list[Token] | None:
    """Whom the speaker's side warns by holding a protective act out on another side's
    doing ([] when the condition names nobody else), or None: "Athens would protect its
    islands if Ankara sends warships" -> [Ankara], "we are prepared to defend our waters if
    our sovereignty is challenged" -> [], "has a plan to safeguard its interests in case X
    recognises the region" -> [X].  No condition, a negated act, a commentator, or a subject
    that is not the speaker's side is no threat."""
    if commentator:
        return None
    candidates = [
        *verbs,
        *(c for v in verbs for c in v.subtree if c.dep_ in ("xcomp", "acl", "advcl")),
    ]
    seen: set[int] = set()
    for verb in candidates:
        if verb.i in seen or verb.lemma_.lower() not in _PROTECT_VERBS or verb.pos_ != "VERB":
            continue
        seen.add(verb.i)
        if _negated(verb):
            continue
        found = _clause_of(verb)
        if found is None:
            continue
        clause, held = found
        if _negated(clause):
            continue
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if not (_own_side(subject, sides) or _speaks_for(subject, sides, commentator)):
            continue
        if not (held or _modal(verb, _HOLDING_MODALS) or _modal(clause, _HOLDING_MODALS)):
            continue
        heads = (verb, clause) if clause is not verb else (verb,)
        conditions = [
            c for h in heads for c in (*_conditions(h), *_inverted_conditions(h), *_case_clauses(h))
        ]
        conditions = [c for c in conditions if _adversarial(c) or _challenged(c) or _doers(c)]
        if not conditions:
            continue
        own = sides() | _sides([subject] if subject is not None else [])
        return [d for c in conditions for d in _doers(c) if not (_sides([d]) & own)]
    return None


gate(
    _conditional_protection,
    needs(_PROTECT_VERBS, cues.words("if unless case should were long")),
)


#: Verbs of facing pressure: "will face additional pressure", "would face tougher sanctions".
_FACING_VERBS = cues.words("face")
#: Verbs of finding oneself under pressure: "will find itself under increasing pressure".
_FINDING_VERBS = cues.words("find")
_REFLEXIVES = cues.words("itself themselves himself herself")
_PRESSURE_MODALS = cues.words("will would shall 'll")


def _pressure_object(verb: Token) -> bool:
    """Whether ``verb`` faces pressure ("face additional pressure", "face tougher
    sanctions") or finds its subject under it ("find itself under increasing pressure")."""
    lemma = verb.lemma_.lower()
    if lemma in _FACING_VERBS:
        return any(
            c.dep_ == "dobj" and (c.lemma_.lower() in PRESSURE_NOUNS or c.lower_ in PRESSURE_NOUNS)
            for c in verb.children
        )
    if lemma in _FINDING_VERBS and any(
        c.dep_ in ("dobj", "nsubj") and c.lower_ in _REFLEXIVES
        for t in (verb, *verb.children)
        for c in t.children
    ):
        return any(
            t.dep_ == "prep"
            and t.lower_ == "under"
            and (o := _prep_object(t)) is not None
            and o.lemma_.lower() in PRESSURE_NOUNS
            for t in verb.subtree
        )
    return False


def _pressure_faced(
    verbs: list[Token], sides: Callable[[], set[str]], commentator: bool = False
) -> list[Token] | None:
    """Whom a content tells it will face pressure, or None: "Pyongyang will face additional
    pressure if it tests again", "Tehran would face tougher sanctions", "Damascus will find
    itself under increasing pressure" -> the party.  Only a named party other than the
    speaker's own side, with "will"/"would": "Iran faces elections" and "the country will
    face a hard winter" name no pressure, pressure "from" a named source is a third party's,
    and a commentator only forecasts."""
    if commentator:
        return None
    for verb in verbs:
        if _negated(verb) or not _pressure_object(verb) or not _modal(verb, _PRESSURE_MODALS):
            continue
        if any(t.dep_ == "prep" and t.lower_ == "from" for t in verb.subtree):
            continue  # "will face pressure from its creditors": a third party's pressure
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or _own_side(subject, sides):
            continue
        if _is_actor_token(subject):
            return [t for t in _with_conjuncts(subject) if _is_actor_token(t)]
        owners = _owners(subject)  # "Syria's leaders will face more pressure"
        if owners and not (_sides(owners) & sides()):
            return owners
    return None


gate(_pressure_faced, needs(_FACING_VERBS | _FINDING_VERBS, PRESSURE_NOUNS))
