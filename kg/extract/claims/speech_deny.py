"""Denials in a speech verb's frame: what "denied", "rejected", "dismissed" deny and whose
allegation they answer, a denial spelled out by a following participle ("denied the
claims, saying P"), a denial in a relative clause ("something that X has denied"), a
passing denial after the reported clause ("says there is no torture, rejecting
allegations by rights groups") and the allegations a relative clause voices.

Separate from :mod:`.speech`, which decides that a verb is a claim; this module reads
what a denial denies and whom it answers."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import cues
from kg.extract._index import children_of
from kg.extract.claims.base import (
    _agents,
    _Context,
    _is_actor_token,
    _is_passive,
    _prep_object,
    _subjects,
    verb_stance,
)
from kg.extract.claims.content_lexicon import load_classes
from kg.extract.claims.refusals import recognized_owners
from kg.extract.claims.spans import (
    _as_phrase,
    _clausal_complement,
    _clause_span,
    _phrase_span,
    _phrase_tokens,
    _that_clause,
    _token_span,
    _without_that,
)
from kg.extract.claims.speech_charge import _charge_of
from kg.extract.claims.targets import (
    _accusers_before,
    _allegation_targets,
    _expanded,
    _owners,
    actor_mention,
)
from kg.extract.mentions import sentence_of, to_span
from kg.model import Mention, Span, Stance
from kg.resolve.coref import is_group_noun


def _passing_denial(verb: Token) -> tuple[Token, Token] | None:
    """'says there is no torture, rejecting allegations by rights groups': the participle
    of denial after the reported clause (hung on the speech verb or inside its clause)
    and the allegation it rejects; None when there is none."""
    clausal = _clausal_complement(verb)
    if clausal is None:
        return None
    for host in (verb, clausal):
        for child in children_of(host):  # the index's tokens
            if (
                child.dep_ == "advcl"
                and child.tag_ == "VBG"
                and child.i > clausal.i
                and child.doc[child.i - 1].text == ","
                and verb_stance(child) is Stance.DENY
            ):
                allegation = next(
                    (
                        c
                        for c in child.children
                        if c.dep_ == "dobj" and c.lemma_.lower() in cues.ALLEGATION_NOUNS
                    ),
                    None,
                )
                if allegation is not None:
                    return child, allegation
    return None


def _speaker_of_passing(participle: Token) -> Token | None:
    """The speech verb whose claim a participle of denial belongs to (see
    :func:`_passing_denial`), or None."""
    if participle.dep_ != "advcl" or participle.tag_ != "VBG":
        return None
    for verb in (participle.head, participle.head.head):
        if verb.pos_ == "VERB" and verb_stance(verb) is Stance.ASSERT:
            found = _passing_denial(verb)
            if found is not None and found[0] == participle:
                return verb
    return None


def _cut_before(content: Span | None, participle: Token, context: _Context) -> Span | None:
    """The content up to the comma before a trailing participle."""
    if content is None:
        return None
    cut = context.doc[participle.i - 1].idx
    if not content.start < cut < content.end:
        return content
    text = context.text[content.start : cut].rstrip()
    return Span(content.start, content.start + len(text), text)


def _deny_frame(
    verb: Token,
    direct: Token | None,
    clausal: Token | None,
    quotes: list[Span],
    context: _Context,
) -> tuple[Span | None, tuple[Mention, ...], list[Span]] | None:
    lemma = verb.lemma_.lower()
    if direct is not None and direct.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
        return _relative_denial(verb, context)
    if (
        direct is None
        and verb.dep_ == "relcl"
        and verb.head.lemma_.lower() in cues.ACCUSATION_NOUNS | {"something"}
    ):
        return _relative_denial(verb, context)  # "..., a charge officials in Kiev deny"
    if direct is not None:
        label = _as_phrase(verb)
        is_claim = (
            direct.lemma_.lower() in cues.ALLEGATION_NOUNS | _ANSWERED_VERDICTS | _DISCLAIMED
            or label is not None
            or _denied_statement(verb, direct)
        )  # "ruled out any involvement", not "ruled out talks"
        if lemma in cues.DENY_NEEDS_CLAIM_OBJECT and not is_claim:
            owners = _offer_owners(direct, "rejected_act" in context.rules)
            if not owners and "non_recognition" in context.rules:  # "rejected X's authority"
                owners = recognized_owners(direct, rejected=True)
            rejected = lemma in REJECTING_VERBS and is_decided(direct)
            if _votes(verb) or not (owners or rejected):
                return None  # "rejected the proposal": a refusal, nobody's offer named
            # "rejected Washington's proposal": the owner's offer, criticized (denials.refine)
            return (
                to_span(_phrase_span(direct)),
                tuple(actor_mention(o, context) for o in owners),
                [],
            )
        targets = _accusers_before(verb, direct, context) or _allegation_targets(direct, context)
        clause = _that_clause(direct)
        elaboration = None if "split_denial" in context.rules else _elaboration(verb)
        if clause is None and label is None and elaboration is not None:
            # "denied President Chavez's claims, saying there are no such plans": what the
            # denial says is the clause of "saying"
            content = _clause_span(elaboration, context)
        elif clause is not None and label is not None and label.i < direct.i:
            # "dismissed as baseless the claims that P": the evaluation moved before the object
            content = _without_that(_clause_span(clause, context))
        elif label is not None and label.i < direct.i:
            content = to_span(_phrase_span(direct))
        elif label is not None:
            content = _token_span(context.doc, _phrase_tokens(direct)[0].i, label.right_edge.i + 1)
        elif clause is not None:
            content = _without_that(_clause_span(clause, context))
        elif (charge := _charge_of(direct)) is not None:
            # "rejected accusations of meddling in the election": what the accusation says
            content = _token_span(context.doc, charge.left_edge.i, charge.right_edge.i + 1)
        else:
            content = to_span(_phrase_span(direct))
        return content, targets, []
    if quotes:
        return None, (), quotes
    if clausal is not None:
        # "denied Eritrea supplies weapons": the one the denied clause is about is the
        # denier's side, not whom the denial answers (nobody named here)
        return _clause_span(clausal, context), (), []
    if lemma in cues.DENY_NEEDS_CLAIM_OBJECT:
        return None
    return None, (), []


#: Round 40 (deny46, issue 12): a rejection verb that needs a claim for its object
#: ("rejected", "dismissed", "disputed") whose object is something another party said or
#: argued besides an allegation noun ("rejected the North's comment", "dismissed this
#: concern", "rejects that reasoning": the ``statement_noun`` rows of
#: ``kg/data/denied_statements.tsv``) is a denial aimed at the one who said it (its owner,
#: else the accuser the context names), as "rejected the North's claim" is.  False: such a
#: rejection is no claim.  Measured: benchmarks/claims/RESULTS.md, "Round 40, deny46".
STATEMENT_OBJECTS = True

_STATEMENT_NOUNS = load_classes("denied_statements.tsv")["statement_noun"]


def _denied_statement(verb: Token, direct: Token) -> bool:
    """'rejected the North's comment', 'dismissed this concern' (:data:`STATEMENT_OBJECTS`);
    never a vote ("the assembly rejected the remarks" stays a decision's reading)."""
    return (
        STATEMENT_OBJECTS
        and verb.lemma_.lower() in REJECTING_VERBS | cues.words("dispute")
        and direct.lemma_.lower() in _STATEMENT_NOUNS
    )


#: What another party offers or asks for, whose dismissal criticizes it (the claims guide's
#: settled point 3): "dismissed the rebels' offer", "rejected the U.S. proposal".
OFFERED_NOUNS = cues.words(
    "offer offers proposal proposals plan plans initiative initiatives overture overtures "
    "call calls demand demands truce ceasefire request requests appeal appeals ultimatum "
    # what a party promises or sets as its terms (round 14): "dismissed pledges by Ankara",
    # "refused to accept Beijing's conditions for resuming talks"
    "pledge pledges promise promises assurance assurances guarantee guarantees "
    "condition conditions terms precondition preconditions invitation invitations "
    # round 23 (convention23, the guide's point 44): a warning or a deal another party
    # issues or proposes, whose rejection criticizes it ("rejected a U.S. warning against
    # blocking shipments", "will never accept a deal proposed by the president")
    "warning warnings deal deals"
)

#: What another party decided or did, whose rejection criticizes it even with no owner named
#: (round 16, issue 12): "rejected the tribunal's ruling", "dismissed the Russian parliament's
#: vote", "rejected any partition of the province".  Not a verdict on the rejecter
#: ("rejected a resolution on Chechnya" denies it) and not something said ("rejected the
#: claims": a denial).
DECIDED_NOUNS = cues.words(
    "decision decisions ruling rulings vote votes move moves partition annexation "
    # round 23 (point 44): a court's or a body's authority over the rejecter ("Khartoum
    # rejects the ICC's jurisdiction"; the test3 refusal reading is superseded)
    "jurisdiction"
)

#: What another party did or voiced that a rejection answers, besides an offer (round 22,
#: crit22; the family ``rejected_act``): "Tokyo dismissed China's opposition to ...",
#: "rejected the apology of President X", "Islamabad rejected Indian actions".  Only with an
#: owner named (:func:`_offer_owners`): "rejected the protest" alone names nobody.  Said
#: things stay denials ("dismissed similar statements by X" answers a charge).
ANSWERED_ACTS = cues.words(
    "opposition objection objections protest protests apology apologies action actions"
)

#: Bodies that decide, owners of a decision they are the possessor of: "the court's ruling".
_DECIDING_BODIES = cues.words("court tribunal parliament legislature congress senate assembly")


def _offer_owners(noun: Token, acts: bool = False) -> list[Token]:
    """The parties whose offer or demand ``noun`` is ("the rebels' offer", "the Russian
    proposal", "the plan put forward by Moscow", "calls from Washington"); none for an offer
    of nobody named or of a pronoun ("its proposal" is the speaker's own as often as not).
    ``acts``: also an act or a reaction of :data:`ANSWERED_ACTS` ("China's opposition")."""
    decided = noun.lemma_.lower() in DECIDED_NOUNS or noun.lower_ in DECIDED_NOUNS
    offered = noun.lemma_.lower() in OFFERED_NOUNS or noun.lower_ in OFFERED_NOUNS
    answered = (
        acts
        and not offered
        and noun.pos_ == "NOUN"
        and (noun.lemma_.lower() in ANSWERED_ACTS or noun.lower_ in ANSWERED_ACTS)
    )
    if not (offered or decided or answered):
        return []
    if noun.lemma_.lower() == "warning" and _that_clause(noun) is not None:
        return []  # "rejected U.S. warnings that Iran could build a bomb": a charge, denied
    owners = [o for o in _owners(noun) if o.pos_ != "PRON"]
    if answered:  # "the apology of President X": whose act "of" names when it is an actor
        owners.extend(
            o
            for p in noun.children
            if p.dep_ == "prep" and p.lower_ == "of"
            for o in [_prep_object(p)]
            if o is not None and _is_actor_token(o)
        )
    if decided:  # "the partition of the Serb province": what is decided on is no owner
        owners = [o for o in owners if not _decided_on(o, noun)]
    owners.extend(c for c in noun.children if c.dep_ == "poss" and _is_party(c))
    if decided and not owners:  # "the court's ruling": the deciding body
        owners.extend(
            c for c in noun.children if c.dep_ == "poss" and c.lemma_.lower() in _DECIDING_BODIES
        )
    if noun.pos_ == "VERB":  # "rejected U.S. calls for ...", the noun parsed as a verb
        owners.extend(c for c in noun.children if c.dep_ == "nsubj" and _is_actor_token(c))
    # "an offer from the government", "an offer of talks from the rebels"
    holders = [
        noun,
        *(o for p in noun.children if p.lower_ == "of" for o in [_prep_object(p)] if o),
    ]
    preps = [p for holder in holders for p in holder.children]
    if noun.dep_ == "dobj" and noun.i + 1 < len(noun.doc):
        # "dismissed pledges by Ankara not to ...": the parser hangs the owner on the verb
        preps.extend(p for p in noun.head.children if p.i == noun.i + 1 and p.lower_ == "by")
    for prep in preps:
        if prep.dep_ == "prep" and prep.lower_ in ("from", "by"):
            found = _prep_object(prep)
            if found is not None and _is_party(found):
                owners.append(found)
    return list(dict.fromkeys(owners))


def _decided_on(owner: Token, noun: Token) -> bool:
    """Whether ``owner`` hangs on ``noun`` through an "of" (the thing a decision is on)."""
    token = owner
    while token != noun and token.head != token:
        if token.dep_ == "prep" and token.lower_ == "of":
            return True
        token = token.head
    return False


#: The verbs whose decided object is criticized ("disputed the decision" denies it).
REJECTING_VERBS = cues.words("reject dismiss")


def rejected_decision(verb: Token) -> Token | None:
    """The decision a rejecting verb's object is, also when the parser made it the subject of
    a participle: "dismissed the parliament's vote calling for ..." (the vote, not a clause)."""
    if verb.lemma_.lower() not in REJECTING_VERBS:
        return None
    direct = next((c for c in children_of(verb) if c.dep_ == "dobj"), None)
    if direct is None:
        clauses = [c for c in children_of(verb) if c.dep_ == "ccomp" and c.tag_ == "VBG"]
        direct = next((c for v in clauses[:1] for c in children_of(v) if c.dep_ == "nsubj"), None)
    return direct if direct is not None and is_decided(direct) else None


#: Round 23 (convention23, the guide's point 44): a rejected offer, call, demand or act
#: whose owner the sentence does not name ("continues to reject mounting calls for a
#: cease-fire", "reject any actions that undermine the talks") is CRITICIZE with no target,
#: as a rejected decision is; off, it stays no claim (the older reading).
OWNERLESS_REJECTION = False


def is_decided(noun: Token) -> bool:
    """Whether ``noun`` is a decision or an act another party made ("the partition of the
    province", "the vote"), whose rejection criticizes even when no owner is named; with
    :data:`OWNERLESS_REJECTION`, also an offer, a call or an act ("mounting calls")."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    lemma, lower = noun.lemma_.lower(), noun.lower_
    if lemma in DECIDED_NOUNS or lower in DECIDED_NOUNS:
        return True
    if not OWNERLESS_REJECTION:
        return False
    offered = OFFERED_NOUNS | ANSWERED_ACTS
    return (lemma in offered or lower in offered) and _that_clause(noun) is None


#: Bodies whose rejecting is a vote, an act ("Parliament rejected the government's budget
#: proposal"), not a criticism.
_VOTING_BODIES = cues.words(
    "parliament congress senate assembly legislature lawmaker lawmakers legislator legislators "
    "voter voters court council committee house chamber cabinet"
)


def _votes(verb: Token) -> bool:
    """Whether ``verb``'s subject is a legislature, a court or a body that votes."""
    subjects, _ = _subjects(verb)
    return any(s.lemma_.lower() in _VOTING_BODIES or s.lower_ in _VOTING_BODIES for s in subjects)


#: Common nouns for a party that can make an offer: "the government's proposal".
_PARTY_NOUNS = cues.words("government administration regime opposition leadership junta")


def _is_party(token: Token) -> bool:
    """A named actor, a group in the plural ("the rebels") or a government noun."""
    lemma = token.lemma_.lower()
    return _is_actor_token(token) or (
        token.pos_ == "NOUN" and (is_group_noun(lemma) or lemma in _PARTY_NOUNS)
    )


#: Verdicts on the denier that rejecting answers, besides the allegation nouns: "China has
#: rejected U.S. criticism of its human rights record", "Russia rejected a U.N. Human
#: Rights Commission resolution on Chechnya" (DENY, aimed at the critic).
_ANSWERED_VERDICTS = cues.words("criticism resolution")

#: What a denial disclaims besides an allegation: "rejected any involvement".
_DISCLAIMED = cues.INVOLVEMENT_NOUNS | cues.words("responsibility wrongdoing blame")


def _voices_an_allegation(verb: Token) -> bool:
    """'rejecting allegations by Cambodian officials who say P': the speaker of the
    relative clause is the allegation's author, so what they say is the accusation."""
    if verb.dep_ != "relcl":
        return False
    speaker = verb.head
    prep = speaker.head
    return (
        speaker.dep_ == "pobj"
        and prep.lower_ in ("by", "from")
        and prep.head.lemma_.lower() in cues.ACCUSATION_NOUNS
    )


def _elaboration(verb: Token) -> Token | None:
    """The clause of a participle that spells a denial out: 'denied the claims, saying P',
    'disputed the accusations, telling VOA that P' -> P."""
    for child in verb.children:
        if (
            child.dep_ == "advcl"
            and child.tag_ == "VBG"
            and child.lemma_.lower() in (cues.ASSERT_VERBS)
        ):
            clause = next((c for c in child.children if c.dep_ == "ccomp"), None)
            if clause is not None:
                return clause
    return None


def _elaborates_denial(verb: Token) -> bool:
    """Whether ``verb`` is the 'saying' of 'denied the claims, saying P' (read as the
    denial's content, not as a second claim)."""
    head = verb.head
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb_stance(head) is not Stance.DENY:
        return False
    objects = [c for c in head.children if c.dep_ == "dobj"]
    return (
        any(o.lemma_.lower() in cues.ALLEGATION_NOUNS for o in objects)
        and _elaboration(head) is not None
    )


def _relative_denial(
    verb: Token, context: _Context
) -> tuple[Span | None, tuple[Mention, ...], list[Span]]:
    """'... to sway the election — something that the Kremlin has denied': the clause before."""
    antecedent = verb.head
    sentence = sentence_of(antecedent)
    content = _token_span(context.doc, sentence.start, antecedent.left_edge.i)
    main = sentence.root
    accusers = _subjects(main)[0] if main != verb else []
    if _is_passive(main):  # "Moscow is accused of ..., a charge which the Kremlin denies"
        accusers = _agents(main)
    targets = tuple(actor_mention(t, context) for t in _expanded(accusers))
    return content, targets, []
