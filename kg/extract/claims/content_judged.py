"""Criticism by a judgement denied: a merit or a contribution the speaker says another
side's act lacks (round 25, criticism25; the family ``judged_merit``, issue 12).

The held-out parts' criticism losses (test23, test24: "criticize" 9 of 37 right) and the
development parts' ``criticize`` -> ``assert`` errors share one shape the earlier judgement
rules (:mod:`.content_evaluated`) read only in narrow forms: the speaker denies the other
side's act a merit ("the election process in X is not free, fair, or legitimate", "that was
not good enough", "this is not just") or a contribution to a shared good ("a large number of
snap exercises is not contributing to stability", "will not help the peace process").  The
guide's point 11 makes such a judgement of an actor's act ``criticize`` of its owner, with no
target when the act is only a pronoun for something said before ("that was not good
enough": the owner is in the sentence before, point 14, which the target rules may fill).

Read here, on each main verb of the content and on the clause an evidence verb frames ("the
latest developments prove (that) P", "X's actions show that P"):

* a negated "be" with a merit adjective (the content lexicon's ``positive_adj``, "good",
  "legitimate", "just", "serious"), or a negated merit participle ("are not justified");
* a negated verb of contributing or helping whose object or "to" phrase is a shared good
  ("stability", "peace", "the peace process", "a solution").

Guarded as the other judgement rules are: not in a question or a condition, not a forecast
of a merit ("would not be fair"), not the speaker's own side, not an actor judged itself ("X
is not serious" is left to the doubt rules).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from kg.extract import cues
from kg.extract.claims.base import _is_actor_token, _prep_object, _with_conjuncts
from kg.extract.claims.content_base import _negated, _own_side
from kg.extract.claims.content_evaluated import (
    _ACT_PRONOUNS,
    _FORECASTS,
    MERITS,
    _guarded,
    _others,
)
from kg.extract.claims.content_label import _judged_owners
from kg.extract.claims.content_lexicon import ACT_NOUNS, CRITICAL_ADJECTIVES
from kg.extract.claims.gates import gate, needs

#: Merits whose denial judges an act: :data:`.content_evaluated.MERITS` and "just", "enough"
#: ("this is not just", "was not enough").
JUDGED_MERITS = MERITS | cues.words("just enough adequate sufficient lawful")
#: Verbs of contributing to a shared good: "is not contributing to stability".
CONTRIBUTING_VERBS = cues.words("contribute help serve advance promote further")
#: Shared goods an act is said not to serve: "stability", "the peace process".
SHARED_GOODS = cues.words(
    "stability peace security calm solution settlement resolution process dialogue "
    "reconciliation confidence trust cooperation understanding de-escalation detente"
)
#: Verbs of evidence whose clause is the judgement: "the developments prove (that) P".
EVIDENCE_VERBS = cues.words("prove show demonstrate indicate suggest confirm mean reflect")


#: Acts a judgement may name with no owner in their phrase (the guide's point 23: no target):
#: the lexicon's ``act_noun`` and the processes and steps a party takes.
JUDGED_ACTS = ACT_NOUNS | cues.words(
    "election elections vote process step steps measure measures plan plans proposal offer "
    "response remark remarks statement statements comment comments law suggestion "
    "suggestions idea ideas position stance approach attitude program programme"
)
#: Possessives of the speaker's own side: "our plan", "my proposal".
_OWN_POSSESSIVES = cues.words("our my")
#: Quantity heads whose "of" phrase is the act judged: "a large number of snap exercises".
_QUANTITIES = cues.words("number series pattern kind type string lot")


def _judged_thing(subject: Token, sides: Callable[[], set[str]]) -> list[Token] | None:
    """Whom judging the act ``subject`` names judges: its owners, the actor its "in", "of"
    or "by" phrase names ("the election process in X"), [] for an act with no owner, None
    for anything else or the speaker's own side's act."""
    noun = subject
    if any(c.dep_ == "poss" and c.lower_ in _OWN_POSSESSIVES for c in noun.children):
        return None  # "our plan is a first step": the speaker's own act
    if noun.lemma_.lower() in _QUANTITIES:
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        found = _prep_object(of) if of is not None else None
        if found is not None:
            noun = found
    if noun.lemma_.lower() not in JUDGED_ACTS and noun.lower_ not in JUDGED_ACTS:
        return None  # "any government in Afghanistan", "the situation": no act judged
    whose = _judged_owners(noun)
    if whose:  # an owner named: another side's act, or the speaker's own (None)
        return _others(_with_conjuncts(whose[0]) if len(whose) == 1 else whose, sides) or None
    placed = [
        o
        for p in noun.children
        if p.dep_ == "prep" and p.lower_ in ("in", "of", "by", "from")
        for o in [_prep_object(p)]
        if o is not None and _is_actor_token(o)
    ]
    if placed:  # "the election process in X"
        return _others(placed, sides) or None
    return []  # "the exercises are not contributing to stability", "their suggestions"


def _judged_subject(verb: Token, sides: Callable[[], set[str]], role: str) -> list[Token] | None:
    """Whom judging ``verb``'s subject (of dependency ``role``) judges: an act's owners, []
    for a pronoun standing for an act, None for an actor or the speaker's own side."""
    subject = next((c for c in verb.children if c.dep_ == role), None)
    if subject is None or subject.lower_ in ("there", "what", "which", "who"):
        return None
    if subject.lower_ in _ACT_PRONOUNS:
        return []
    if _is_actor_token(subject):
        return None
    return _judged_thing(subject, sides)


def _denied_merit(verb: Token, sides: Callable[[], set[str]]) -> list[Token] | None:
    """Reads "X's election process is not free, fair, or legitimate", "that was not good
    enough", "this is not just", "X's activities are not justified"."""
    if not _negated(verb):
        return None
    if any(c.dep_ == "aux" and c.lower_ in _FORECASTS for c in verb.children):
        return None  # "would not be fair": a forecast or a condition, no judgement made
    if verb.lemma_.lower() == "be":
        merit = next(
            (
                c
                for c in verb.children
                if c.dep_ == "acomp"
                and (c.lemma_.lower() in JUDGED_MERITS or c.lower_ in JUDGED_MERITS)
                and not _negated(c)
            ),
            None,
        )
        role = "nsubj"
    else:  # "X's activities are not justified", parsed as a passive participle
        merit = verb if verb.lower_ in JUDGED_MERITS else None
        role = "nsubjpass"
    if merit is None:
        return None
    return _judged_subject(verb, sides, role)


def _no_contribution(verb: Token, sides: Callable[[], set[str]]) -> list[Token] | None:
    """Reads "a large number of snap exercises is not contributing to stability", "X's plan
    will not help the peace process": an act (or another side) said not to serve a shared
    good."""
    if verb.lemma_.lower() not in CONTRIBUTING_VERBS or not _negated(verb):
        return None
    goods = [c for c in verb.children if c.dep_ == "dobj"]
    goods += [
        o
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ in ("to", "toward", "towards")
        for o in [_prep_object(p)]
        if o is not None
    ]
    if not any(g.lemma_.lower() in SHARED_GOODS for g in goods):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and _is_actor_token(subject):
        return _others(_with_conjuncts(subject), sides) or None
    return _judged_subject(verb, sides, "nsubj")


#: Words that make a predicate dismissive: "mere word games", "simply trash" (an adjective
#: or adverb on the predicate; not "just", which also means "fair").
MINIMIZERS = cues.words("mere pure simple merely simply purely")
#: Qualities that make a predicate noun a judgement: "a bad idea", "a sad development", and
#: the lexicon's ``critical_adj``.
BAD_QUALITIES = CRITICAL_ADJECTIVES | cues.words(
    "bad poor terrible awful wrong sad petty cruel cheap hollow empty"
)
#: Pronouns of another party a dismissal may judge, unnamed: "They are simply trash".
_PARTY_PRONOUNS = cues.words("they he she you")


def _dismissive(predicate: Token, verb: Token) -> bool:
    """Whether ``predicate`` (an attribute or complement of ``verb``) dismisses or
    judges its subject: "nothing but trouble", "no more than semantics", "mere word games",
    "simply trash", "a bad idea"."""
    lower = predicate.lower_
    if lower == "nothing":
        return any(c.dep_ == "prep" and c.lower_ == "but" for c in predicate.children)
    if lower == "more":
        return _negated(predicate) and any(
            c.dep_ == "prep" and c.lower_ == "than" for c in predicate.children
        )
    if _negated(predicate) or predicate.pos_ not in ("NOUN", "PROPN"):
        return False
    for c in predicate.children:
        if c.dep_ == "amod" and c.lemma_.lower() in BAD_QUALITIES | MINIMIZERS:
            return True
        if c.dep_ == "advmod" and c.lower_ in MINIMIZERS:
            return True
    return any(c.dep_ == "advmod" and c.lower_ in MINIMIZERS for c in verb.children)


def _dismissed(verb: Token, sides: Callable[[], set[str]]) -> list[Token] | None:
    """Reads "X is nothing but trouble", "their suggestions are mere word games", "the
    proposal is no more than semantics", "They are simply trash", "the plan was a bad
    idea": a dismissive or pejorative predicate of another side or its act."""
    if verb.lemma_.lower() != "be" or _negated(verb):
        return None
    if any(c.dep_ == "aux" and c.lower_ in _FORECASTS for c in verb.children):
        return None
    if not any(c.dep_ in ("attr", "acomp") and _dismissive(c, verb) for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ in ("there", "what", "which", "who", "it"):
        return None
    if subject.lower_ in _PARTY_PRONOUNS:
        return []
    if _is_actor_token(subject):
        return _others(_with_conjuncts(subject), sides) or None
    if subject.lower_ in _ACT_PRONOUNS:
        return []
    return _judged_thing(subject, sides)


#: Verbs of endorsing whose negation by the speaker's side judges another side's act:
#: "we do not endorse X's plan", "Washington does not support the decision".
ENDORSING_VERBS = cues.words("endorse support back approve condone welcome")
#: Auxiliaries of a present or past stance (not a forecast or a pledge: "will not support"
#: is a pledge, point 10, and "will not accept" a threat, point 44).
_STANCE_AUXILIARIES = cues.words("do does did")


def _unendorsed(verb: Token, sides: Callable[[], set[str]]) -> list[Token] | None:
    """Reads "we do not endorse X's decision", "the United States does not support the
    plan": the speaker's side withholding its endorsement of another side's act is a
    judgement of it (point 44's non-acceptance, CAMEO's "disapprove")."""
    if verb.lemma_.lower() not in ENDORSING_VERBS or not _negated(verb):
        return None
    auxiliaries = [c for c in verb.children if c.dep_ == "aux"]
    if not auxiliaries or any(a.lower_ not in _STANCE_AUXILIARIES for a in auxiliaries):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or not _own_side(subject, sides):
        return None
    thing = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if thing is None or thing.lemma_.lower() in cues.ALLEGATION_NOUNS:
        return None  # "does not support the accusations" is a denial, read elsewhere
    if thing.lower_ in _ACT_PRONOUNS:
        return []
    if _is_actor_token(thing):
        return None  # "we do not support the rebels": a pledge or a denial, not a judgement
    return _judged_thing(thing, sides)


def _framed_clauses(verbs: list[Token]) -> list[Token]:
    """``verbs`` and the clauses an evidence verb among them frames ("prove (that) P")."""
    found = list(verbs)
    for verb in verbs:
        if verb.lemma_.lower() not in EVIDENCE_VERBS:
            continue
        for clause in verb.children:
            if clause.dep_ == "ccomp" and clause.pos_ in ("VERB", "AUX"):
                found.append(clause)
                found.extend(c for c in clause.children if c.dep_ == "conj")
    return found


def _judged_merit(verbs: list[Token], sides: Callable[[], set[str]]) -> list[Token] | None:
    """Whom a merit or contribution denied to another side's act criticizes ([] when the act
    is a pronoun), or None (see the module's docstring)."""
    for verb in _framed_clauses(verbs):
        if _guarded(verb):
            continue
        for form in (_denied_merit, _no_contribution, _dismissed, _unendorsed):
            found = form(verb, sides)
            if found is not None:
                return found
    return None


gate(
    _judged_merit,
    needs(JUDGED_MERITS),
    needs(CONTRIBUTING_VERBS, SHARED_GOODS),
    needs(MINIMIZERS),
    needs(BAD_QUALITIES),
    needs(cues.words("nothing"), cues.words("but")),
    needs(cues.words("more"), cues.words("than")),
    needs(ENDORSING_VERBS, _STANCE_AUXILIARIES),
)
