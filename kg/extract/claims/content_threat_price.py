"""Threats told as a price the target will pay, a cooperation the speaker's side will
withhold, a harm warned to the relations, or a condition on the target with the speaker's
side acting in the main clause (round 20, branch ``threat20b``, issue 12; the families
``exacted_price``, ``withheld_cooperation``, ``relations_harmed``, ``conditional_we``).

A threat is the speaker's side announcing or conditioning a harm of its own against the
target (the guide's stance table, points 28, 35 and 41).  These forms name the harm by
what the target suffers or loses, not by the act that inflicts it:

* ``_price_exacted``: "the occupiers will pay the full price", "Russia must pay the
  highest price", "will pay dearly", "we will make Putin pay": the payer is another named
  party (or a hostile description, no target), the speaker's side the implied exactor; a
  price paid (past or present) or paid by the speaker's own side is a lament;
* ``_withheld_cooperation``: "it may slow or halt its cooperation with X", "could suspend
  the talks": the speaker's side holding out the end of what it gives; only a possibility
  or readiness holds it out ("will suspend" announces it, point 41);
* ``_relations_harmed``: "would have a grave impact on relations with X", "will seriously
  damage China-U.S. relations": a harm to the relations foretold by a party to them;
* ``_conditional_we``: "if X does not withdraw, we will ...": the speaker's side (we, its
  own state) acting in a promised main clause that hangs on another named party's failing
  or refusing ("does not", "fails to", "refuses to", "unless").  A condition that is not a
  failing ("if X agrees, we will lift ...") offers, not threatens."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from kg.extract import cues
from kg.extract.claims.base import _prep_object, _with_conjuncts
from kg.extract.claims.content_base import (
    _is_hostile_actor,
    _modal,
    _negated,
    _own_side,
    _promised,
    _sides,
    _speaks_for,
)
from kg.extract.claims.content_conditional import _chain_head, _conditions
from kg.extract.claims.content_held_out import _FLOW_NOUNS, held_out_acts
from kg.extract.claims.content_threat_prevent import _named_parties, _subject
from kg.extract.claims.gates import gate, needs

#: What a party is told it will pay: "a heavy price", "the cost", "dearly".
_PRICE_NOUNS = cues.words("price cost toll")
_DEARLY = cues.words("dearly")
#: Modals under which a payment is exacted, not lamented: "will pay", "must pay".
_EXACTING_MODALS = cues.words("will would shall 'll must")
_MAKING_VERBS = cues.words("make")


def _payer_targets(payer: Token, sides: Callable[[], set[str]]) -> list[Token] | None:
    """The named parties a payer stands for ([] for a hostile description, "the
    occupiers"), or None when the payer is the speaker's side or nobody named."""
    if _own_side(payer, sides):
        return None
    named = _named_parties(payer, sides)
    if named:
        return named
    if any(_sides([t]) & sides() for t in _with_conjuncts(payer)):
        return None
    return [] if _is_hostile_actor(payer) else None


def _pays_price(verb: Token) -> bool:
    """Whether ``verb`` is "pay" with a price or "dearly": "pay a heavy price", "pay
    dearly", "pay the full price for destroying ..."."""
    if verb.lemma_.lower() != "pay" or _negated(verb):
        return False
    return any(
        (c.dep_ == "dobj" and c.lemma_.lower() in _PRICE_NOUNS)
        or (c.dep_ == "advmod" and c.lower_ in _DEARLY)
        for c in verb.children
    )


def _price_exacted(
    verbs: list[Token], sides: Callable[[], set[str]], commentator: bool = False
) -> list[Token] | None:
    """Whom a price is promised ([] when the payer is an unnamed hostile party), or None:
    "Russia will pay an even steeper price if it continues", "the aggressor must pay the
    highest price", "we will make Putin pay a very high price" -> [Putin]."""
    if commentator:
        return None
    for verb in verbs:
        if _pays_price(verb):
            if not _modal(verb, _EXACTING_MODALS):
                continue
            if _modal(verb, cues.words("would")) and not _promised(verb):
                continue  # "it would pay a price" guessed, not promised
            payer = _subject(verb)
            found = None if payer is None else _payer_targets(payer, sides)
            if found is not None:
                return found
        if verb.lemma_.lower() in _MAKING_VERBS and not _negated(verb):
            # "we will make Putin pay a very high price": "pay" is the clause made
            for made in verb.children:
                if made.dep_ not in ("ccomp", "xcomp") or made.lemma_.lower() != "pay":
                    continue
                if _negated(made) or not (_promised(verb) or _modal(verb, _EXACTING_MODALS)):
                    continue
                doer = _subject(verb)
                if not (_own_side(doer, sides) or _speaks_for(doer, sides, commentator)):
                    continue
                payer = _subject(made) or next((c for c in verb.children if c.dep_ == "dobj"), None)
                found = None if payer is None else _payer_targets(payer, sides)
                if found is not None:
                    return found
    return None


#: Verbs of withholding a cooperation: "slow", "halt", "suspend", "freeze", "end".
_WITHHOLDING_VERBS = cues.words(
    "slow halt suspend freeze end stop cut reduce curtail downgrade withhold"
)
#: What the speaker's side gives and may withhold: "cooperation", "talks", "dialogue".
_COOPERATION_NOUNS = cues.words(
    "cooperation collaboration talks negotiations dialogue contacts engagement participation"
)
#: What the speaker's side gives and may withhold besides its cooperation: aid,
#: shipments, supplies (the cutoff nouns of :mod:`.content_held_out`, whose rule needs a
#: named recipient; here a recipient unnamed still makes the threat, with no target).
_WITHHELD_NOUNS = _COOPERATION_NOUNS | _FLOW_NOUNS
_POSSIBLE_MODALS = cues.words("may might could")
_READY = cues.words("ready prepared poised")
_PARTNER_PREPOSITIONS = ("with", "to")


def _partners(holders: list[Token], sides: Callable[[], set[str]]) -> list[Token]:
    """The named parties "with X" / "to X" on ``holders`` names, the speaker's side left
    out."""
    return [
        party
        for holder in holders
        for p in holder.children
        if p.dep_ == "prep" and p.lower_ in _PARTNER_PREPOSITIONS
        for o in [_prep_object(p)]
        if o is not None
        for party in _named_parties(o, sides)
    ]


#: Verbs of leaving what the speaker's side takes part in: "withdraw from the talks".
_LEAVING_VERBS = cues.words("withdraw pull quit exit")
#: What it may leave besides talks: "the agreement", "the deal", "the treaty".
_AGREEMENT_NOUNS = cues.words("agreement agreements deal treaty accord pact process")


def _is_one_of(token: Token, words: frozenset[str]) -> bool:
    """Whether a token's lemma or its own form is one of ``words`` ("talks" has the
    lemma "talk")."""
    return token.lemma_.lower() in words or token.lower_ in words


def _withheld(verb: Token, group: list[Token]) -> list[Token]:
    """What ``verb`` withholds or leaves, its object read off any of the conjoined
    ``group``: "halt its cooperation", "slow or halt its cooperation", "withdraw from the
    talks"."""
    lemma = verb.lemma_.lower()
    if lemma in _WITHHOLDING_VERBS:
        return [
            c
            for t in group
            for c in t.children
            if c.dep_ == "dobj"
            and (
                _is_one_of(c, _WITHHELD_NOUNS)
                # "food aid shipments": what flows named by its compound
                or any(m.dep_ == "compound" and _is_one_of(m, _WITHHELD_NOUNS) for m in c.children)
            )
        ]
    if lemma in _LEAVING_VERBS:
        return [
            o
            for t in (verb, *(c for c in verb.children if c.dep_ == "prt"))
            for p in t.children
            if p.dep_ == "prep" and p.lower_ in ("from", "of")
            for o in [_prep_object(p)]
            if o is not None and _is_one_of(o, _COOPERATION_NOUNS | _AGREEMENT_NOUNS)
        ]
    return []


def _recipients(holders: list[Token]) -> list[Token]:
    """Whoever "to/with/for X" on ``holders`` names, named or described ("food aid
    shipments to the impoverished communist state")."""
    return [
        o
        for holder in holders
        for p in holder.children
        if p.dep_ == "prep" and p.lower_ in (*_PARTNER_PREPOSITIONS, "for")
        for o in [_prep_object(p)]
        if o is not None
    ]


def _withheld_cooperation(
    verbs: list[Token], sides: Callable[[], set[str]], commentator: bool = False
) -> list[Token] | None:
    """Whom the speaker's side threatens by holding out the end of its cooperation ([]
    when nobody is named), or None: "Beijing may slow or halt its cooperation with
    Washington", "is ready to suspend the talks", "might stop food aid shipments to the
    impoverished communist state" (aid, supplies: only with a recipient, named or not).
    "will suspend the talks" announces it (point 41); another party's cooperation ended
    is news."""
    if commentator:
        return None
    for verb in held_out_acts(verbs, ("xcomp", "conj")):
        if _negated(verb):
            continue
        # "may slow or halt its cooperation": the modal and subject sit on the first
        # conjunct, the object on the last
        base = verb.head if verb.dep_ == "conj" else verb
        head = _chain_head(base)
        group = [verb, base, head, *(c for c in base.children if c.dep_ == "conj")]
        objects = _withheld(verb, group)
        if not objects or _negated(head):
            continue
        ready = base.dep_ == "xcomp" and base.head.lower_ in _READY
        if not (ready or any(_modal(t, _POSSIBLE_MODALS) for t in (verb, base, head))):
            continue
        subject = _subject(head)
        if not (_own_side(subject, sides) or _speaks_for(subject, sides, commentator)):
            continue
        holders = [verb, head, *objects]
        if not any(_is_one_of(o, _COOPERATION_NOUNS | _AGREEMENT_NOUNS) for o in objects) and (
            not _recipients(holders)
        ):
            continue  # "could cut gas supplies": a cutoff to nobody at all warns nobody
        return _partners(holders, sides)
    return None


#: Nouns of a harm to the relations: "impact", "damage", "consequences", "effect".
_IMPACT_NOUNS = cues.words("impact damage consequences consequence effect effects harm blow")
#: Adjectives that make it a harm: "grave", "serious", "negative", "severe".
_GRAVE = cues.words(
    "grave serious negative severe adverse profound irreparable catastrophic damaging"
)
#: Verbs of harming the relations: "will damage relations", "would harm ties".
_HARMING_VERBS = cues.words("damage harm undermine jeopardize jeopardise poison sour hurt")
#: What is harmed: "relations", "ties", "cooperation".
_RELATION_NOUNS = cues.words("relation relations tie ties cooperation relationship")
_IMPACT_PREPOSITIONS = ("on", "to", "for")
_FORETELLING = cues.words("will would shall 'll could may might")


def _relation_parties(relation: Token, sides: Callable[[], set[str]]) -> list[Token]:
    """The parties named on a relations noun other than the speaker's side: "China-U.S.
    relations", "relations with Washington", "ties between Tokyo and Seoul"."""
    own = sides()
    found = [
        t
        for m in relation.children
        if m.dep_ in ("compound", "amod", "nmod", "poss")
        for t in _with_conjuncts(m)
        if not (_sides([t]) & own) and _named_parties(t, sides)
    ]
    found += [
        t
        for p in relation.children
        if p.dep_ == "prep" and p.lower_ in ("with", "between")
        for o in [_prep_object(p)]
        if o is not None
        for t in _named_parties(o, sides)
    ]
    return found


def _relations_harmed(
    verbs: list[Token], sides: Callable[[], set[str]], commentator: bool = False
) -> list[Token] | None:
    """Whom a foretold harm to the relations is aimed at ([] when the other party is not
    named), or None: "would have a grave impact on China-U.S. relations" -> [U.S.], "will
    seriously damage relations with Washington".  A commentator's words are a forecast."""
    if commentator:
        return None
    for verb in verbs:
        if _negated(verb) or not _modal(verb, _FORETELLING):
            continue
        lemma = verb.lemma_.lower()
        relations: list[Token] = []
        if lemma in _HARMING_VERBS:
            relations = [
                c for c in verb.children if c.dep_ == "dobj" and _is_one_of(c, _RELATION_NOUNS)
            ]
        elif lemma == "have":
            for noun in verb.children:
                if noun.dep_ != "dobj" or noun.lemma_.lower() not in _IMPACT_NOUNS:
                    continue
                if not any(m.lower_ in _GRAVE for m in noun.children if m.dep_ == "amod"):
                    continue
                relations += [
                    o
                    for p in noun.children
                    if p.dep_ == "prep" and p.lower_ in _IMPACT_PREPOSITIONS
                    for o in [_prep_object(p)]
                    if o is not None and _is_one_of(o, _RELATION_NOUNS)
                ]
        if relations:
            return [t for r in relations for t in _relation_parties(r, sides)]
    return None


#: Marks of a condition that is the other party's failing: "does not", "fails to".
_FAILING_VERBS = cues.words("fail refuse decline")


def _failing(condition: Token) -> bool:
    """Whether a condition is a failing or refusal: "if X does not withdraw", "if X fails
    to comply", "if X refuses to", "unless X ..."."""
    if any(m.dep_ == "mark" and m.lower_ == "unless" for m in condition.children):
        return True
    return _negated(condition) or condition.lemma_.lower() in _FAILING_VERBS


def _condition_parties(
    verbs: list[Token], sides: Callable[[], set[str]], failing: bool
) -> list[Token] | None:
    """The named other parties the conditions of the speaker's side's promised acts
    hang on (only failings when ``failing``), or None."""
    for verb in verbs:
        if _negated(verb) or not _promised(verb):
            continue
        doer = _subject(verb)
        if doer is None or not _own_side(doer, sides):
            continue
        for condition in _conditions(verb):
            if failing and not _failing(condition):
                continue
            subject = next(
                (c for c in condition.children if c.dep_ in ("nsubj", "nsubjpass")), None
            )
            if subject is None or _own_side(subject, sides):
                continue
            named = _named_parties(subject, sides)
            if named:
                return named
    return None


def _conditional_we(
    verbs: list[Token], sides: Callable[[], set[str]], commentator: bool = False
) -> list[Token] | None:
    """Whom the speaker's side threatens in a promised main clause hanging on that
    party's failing, or None: "if Iran does not comply, we will refer the matter to the
    Council" -> [Iran].  The doer is "we" or the speaker's own state, never a third party."""
    if commentator:
        return None
    return _condition_parties(verbs, sides, failing=True)


def _conditioned_target(
    verbs: list[Token], sides: Callable[[], set[str]], commentator: bool = False
) -> list[Token] | None:
    """The target of a threat another rule found with nobody named: the named party its
    condition hangs on ("If North Korea does not return to talks, we will impose new
    sanctions" -> [North Korea]; "we will respond if Israel attacks" -> [Israel])."""
    if commentator:
        return None
    return _condition_parties(verbs, sides, failing=False)


gate(_price_exacted, needs(cues.words("pay"), _PRICE_NOUNS | _DEARLY))
gate(
    _withheld_cooperation,
    needs(_WITHHOLDING_VERBS, _WITHHELD_NOUNS),
    needs(_LEAVING_VERBS, _COOPERATION_NOUNS | _AGREEMENT_NOUNS),
)
gate(_relations_harmed, needs(_HARMING_VERBS | _IMPACT_NOUNS, _RELATION_NOUNS))
gate(_conditional_we, needs(cues.words("if unless long")))
gate(_conditioned_target, needs(cues.words("if unless long where whenever wherever")))
