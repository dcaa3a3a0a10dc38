"""A charge the speaker's own side brings, told in its own words (round 40, third wave,
charges48, issue 12; GUIDE point 45 and "Round 36: measures announced in an official text"):
"We have charged Hichilema and five others with treason," the police chief told reporters.

* :func:`own_charged_parties` -- the named object of "charge ... with / for" or "indict", or
  of "arrest" / "detain" "on charges / suspicion of", whose subject is the speaker ("we", "I")
  or the speaker's own side, is accused by the speaker: the charge word makes the grounds the
  actor's suspicion (point 45), and the speaker is the actor.  Unnamed parties ("we arrested
  five people on charges of spying") stay an assertion (point 6), and so does a negated, modal
  or passive charge ("has not been charged", "could be charged", "was charged with"): an
  agentless passive names no actor (point 45), and a passive with an agent is another's charge.

The words are ``kg/data/own_charges.tsv``.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.extract.claims.base import _is_actor_token, _prep_object, _with_conjuncts
from kg.extract.claims.content_base import _named_sides, _negated
from kg.extract.claims.content_lexicon import load_classes
from kg.extract.claims.gates import gate, needs

_CLASSES = load_classes("own_charges.tsv")
CHARGE_VERBS: frozenset[str] = _CLASSES["charge_verb"]
CHARGE_PREPS: frozenset[str] = _CLASSES["charge_prep"]
MEASURE_VERBS: frozenset[str] = _CLASSES["measure_verb"]
GROUND_NOUNS: frozenset[str] = _CLASSES["ground_noun"]
OWN_SUBJECTS: frozenset[str] = _CLASSES["own_subject"]
_MODALS = frozenset({"would", "could", "might", "may", "should", "can", "must", "will", "shall"})

#: Round 40, third wave (charges48, issue 12; the allegations part blind37's '"We have charged
#: Hichilema and five others with treason," police chief X told reporters', read ``assert``):
#: a content whose verb brings a charge ("charged X with", "indicted X", "arrested X on charges
#: of") with the speaker or its own side as the active subject is the speaker's ``accuse`` of
#: the named party charged.  Read in :func:`kg.extract.claims.content._read_stance`.  Measured
#: (benchmarks/claims/RESULTS.md, round 40 third wave, charges48; claimer+stance+target triples,
#: both scopes): no claims part moves (no gold line of the construction outside the allegations
#: part blind37): on, by the round's bar for a construction with no development gold line.
#: False: the older reading (``assert``).
OWN_CHARGES = True


def _charges(verb: Token) -> bool:
    """Whether ``verb`` brings a charge: "charged X with P", "indicted X", "arrested X on
    charges of P"."""
    lemma = verb.lemma_.lower()
    # the parse hangs "with treason" on the verb or on its (last) object: "charged X and five
    # others with treason"
    objects = [o for c in verb.children if c.dep_ == "dobj" for o in _with_conjuncts(c)]
    preps = [c for h in (verb, *objects) for c in h.children if c.dep_ == "prep"]
    if lemma in CHARGE_VERBS:
        return lemma != "charge" or any(p.lower_ in CHARGE_PREPS for p in preps)
    if lemma in MEASURE_VERBS:
        for prep in preps:
            noun = _prep_object(prep) if prep.lower_ == "on" else None
            if noun is not None and noun.lemma_.lower() in GROUND_NOUNS:
                return True
    return False


def _own_subject(verb: Token, sides: Callable[[], set[str]]) -> bool:
    """Whether the active subject of ``verb`` is the speaker: "we", "I", or its own side."""
    for child in verb.children:
        if child.dep_ != "nsubj":
            continue
        if child.lower_ in OWN_SUBJECTS:
            return True
        return bool(_named_sides(child) & sides())
    return False


def own_charged_parties(span: SpacySpan, sides: Callable[[], set[str]]) -> list[Token] | None:
    """The named parties a content's own charge falls on: "We have charged Hichilema and five
    others with treason" -> [Hichilema]; None when there is no such charge or it names none."""
    if not OWN_CHARGES:
        return None
    for verb in span:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in CHARGE_VERBS | MEASURE_VERBS:
            continue
        if _negated(verb) or any(c.dep_ == "auxpass" for c in verb.children):
            continue
        if any(c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children):
            continue
        if not _charges(verb) or not _own_subject(verb, sides):
            continue
        charged = [
            o
            for c in verb.children
            if c.dep_ == "dobj"
            for o in _with_conjuncts(c)
            if _is_actor_token(o) and not (_named_sides(o) & sides())
        ]
        if charged:
            return charged
    return None


gate(
    own_charged_parties,
    needs(CHARGE_VERBS),
    needs(MEASURE_VERBS, GROUND_NOUNS),
    empty=None,
)
