"""Content-borne stance: an asserted content that denies ("the allegations were made
up"), charges ("Hamas carried out the attack"), labels pejoratively or threatens.

The word classes the rules read (hostile acts derived from PETRARCH2's CAMEO verb
dictionary, inciting a conflict, arming or aiding hostile actors, force posture, weapons
of mass destruction, commitments, harms a threat promises, critical evaluations) are data,
``kg/data/content_lexicon.tsv``, loaded once; every test is a set lookup by lemma.  The
claimer is passed in so that a content never accuses the speaker's own side ("Kenya's
army said Kenya had attacked al-Shabab camps"), and a harm promised by the speaker's own
side is a threat ("it will soon advance on 10 towns", "if they do not, the government may
be forced to act against them"); "demanded that X stop" promises nothing.

Besides the main clause's verbs, a content charges through hostile acts in any clause
whose agent a state names ("after it was rammed by a Chinese coast guard vessel"), force used or
a territory entered, culprits and responsibility ("Beijing is at fault", "bears full
responsibility"), wrongs and records an actor holds ("Washington's double standards", "a
poor record on press freedom"), labels of breach or unlawfulness ("a violation of
international law", "is illegal"); it threatens through reprisals and readiness to use
force, and denies through a quoted rejection or a record said not to exist.

The rules live by what they read: :mod:`.content_deny` (denials and innocence),
:mod:`.content_accuse` (hostile acts charged to their doer, culprits, suspects),
:mod:`.content_culprits` (blame read beside the act: origin, responsibility, patrons),
:mod:`.content_threat` (harms promised, consequences brought),
:mod:`.content_penalty` (penalties, reprisals, answers promised),
:mod:`.content_conditional` (conditional and capability threats, options held out),
:mod:`.content_ultimatum` (relations, commitments and tolerance made conditional),
:mod:`.content_label` (pejorative labels, unlawful acts, evaluations, bad records); the
word classes are :mod:`.content_lexicon`, the helpers they share :mod:`.content_base`,
the harms threats promise and whom they aim at :mod:`.content_harms`.
This module keeps the entry point, :func:`_infer_stance`, which tries them in order."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.extract import cues
from kg.extract.claims import (
    content_appraised,
    content_approved,
    content_charged,
    content_deny,
    content_evaluated,
    content_evidence,
    content_failed,
    content_imputed,
    content_label,
    content_needed,
    content_qualified,
    content_ready,
    content_threat,
    content_threat_plans,
    content_threat_prevent,
    content_warned,
    content_wrongs,
)
from kg.extract.claims.base import _Context, _main_verbs, _tokens_of
from kg.extract.claims.content_accuse import (
    _accused_subjects,
    _charged_actors,
    _established_agents,
    _evidenced_act,
    _participle_act_agents,
    _passive_act_agents,
    _propositions,
    _proven_involvement,
    _refused_compliance,
    _relayed_charge,
    placed_origin,
)
from kg.extract.claims.content_adopted import adopted_doers
from kg.extract.claims.content_appraised import appraised_predicate, marked_failing_subject
from kg.extract.claims.content_approved import (
    _approved_acts,
    spoken_thanks,
    standing_sides,
    supporting_sides,
)
from kg.extract.claims.content_base import (
    _commentator,
    _named_sides,
    _speaker_sides,
    _unframed,
    bystander,
)
from kg.extract.claims.content_charged import own_charged_parties
from kg.extract.claims.content_conditional import _conditional_loss
from kg.extract.claims.content_conduct import _told_conduct
from kg.extract.claims.content_culprits import (
    _answered_doings,
    _countered_intruders,
    _fired_weapons_owners,
    _involved_in_conflict,
    _origin_states,
    _patrons_of_hostile_actors,
    _responsible,
    _side_origins,
    _wrong_owners,
)
from kg.extract.claims.content_deny import (
    _avows_innocent_purpose,
    _called_mistaken,
    _contradicted_claimants,
    _denial_in,
    _denies_charge,
    _disclaims,
    _discredited,
    _doubted_for_another,
    _exculpates,
    _first_person_denial,
    _kept_commitment,
    _no_forces,
    _no_record,
    _rebuts,
    charge_answered,
    defends_own_conduct,
)
from kg.extract.claims.content_directive import _obliged_conduct
from kg.extract.claims.content_evaluated import (
    _evaluated_conduct,
    _frame_addressees,
    _framed_by_speaker,
    _judged_acts,
    _own_criticism,
    judged_deed_doers,
)
from kg.extract.claims.content_evidence import (
    believed_clause,
    endorsed_finding_doers,
    evidenced_doers,
    framed_clause,
    shown_deed_doers,
)
from kg.extract.claims.content_failed import failed_preventers
from kg.extract.claims.content_held_out import _conditional_force, _held_out_cutoff
from kg.extract.claims.content_imputed import (
    _aided_hostility,
    _armed_patronage,
    _civilians_harmed,
    _evidenced_doers,
    _harmful_doings,
    _hostile_purposes,
    _illicit_arms,
    _patronage_owners,
    _readied_by_hostile,
    _suffered_attacks,
    means_purposes,
    received_patrons,
)
from kg.extract.claims.content_judged import _judged_merit
from kg.extract.claims.content_label import (
    _bad_record,
    _criticized,
    _distrusted,
    _evaluated_clause,
    _evaluated_wrongs,
    _faulted_conduct,
    _named_causes,
    _pejorative_predication,
    _told_to_stop,
    _unlawful_acts,
    evaluated_that_clause,
    withheld_trust,
)
from kg.extract.claims.content_lexicon import CLAIMING_VERBS
from kg.extract.claims.content_needed import concern_reason_doers, needed_halt_doers
from kg.extract.claims.content_nominal import _nominal_act_doers
from kg.extract.claims.content_penalty import _unescaped_penalty
from kg.extract.claims.content_qualified import qualified_act_doers
from kg.extract.claims.content_ready import conditioned_readiness
from kg.extract.claims.content_referred import _described_doers, _referred_doers
from kg.extract.claims.content_threat import (
    _answered_aggression,
    _capable_harm,
    _capable_reach,
    _casus_belli,
    _conditional_cutoff,
    _conditional_threat,
    _continued_hostilities,
    _early_response,
    _marked_targets,
    _open_options,
    _penalty,
    _promised_answer,
    _promised_harm,
    _promised_ruin,
    _reprisal,
    _reserved_right,
    _strengthened_sanctions,
    _threatened,
    _under_attack,
    _unhesitating,
    _whoever_punished,
)
from kg.extract.claims.content_threat_forms import _guide_threat
from kg.extract.claims.content_threat_guard import _conditional_protection, _pressure_faced
from kg.extract.claims.content_threat_plans import (
    _brought_doom,
    _comparative_consequence,
    _doom_foretold,
    _frozen_relations,
    _further_attacks,
)
from kg.extract.claims.content_threat_prevent import (
    _held_responsible,
    _named_consequences,
    _prevented_doing,
    resulting_threat,
)
from kg.extract.claims.content_threat_price import (
    _conditional_we,
    _conditioned_target,
    _price_exacted,
    _relations_harmed,
    _withheld_cooperation,
)
from kg.extract.claims.content_ultimatum import (
    _broken_relations,
    _conditional_deployment,
    _conditional_withdrawal,
    _firm_measures,
    _kept_penalty,
    _not_tolerated,
    _prepared_harm,
)
from kg.extract.claims.content_warned import warned_deed_addressees
from kg.extract.claims.content_wronged import _wronged_parties
from kg.extract.claims.content_wrongs import claimed_wrong, fraud_charge
from kg.extract.claims.gates import first_found, present, run
from kg.extract.claims.targets import _allegation_targets, _owners, actor_mention
from kg.extract.claims.threat_sides import threat_sides
from kg.model import Mention, Span, Stance

#: Whether a bystander's account (a witness, a resident, an analyst with no side named on
#: it: :func:`.content_base.bystander`) is read as a relaying outlet's is, ``narrated=False``:
#: an act it tells ("witnesses said there was no damage ... after a Saudi airstrike hit a
#: public square") charges no one; blame, labels, threats, denials and evaluations still
#: make its stance.  Round 29 (overreads30, issue 12: precision).
BYSTANDER_ACCOUNTS = True

#: Whether an irregular armed group named only by where it comes from or sits ("more than
#: 100 militants from Afghanistan attacked Pakistani forces", "rebels in Eastern Congo")
#: charges no state (:func:`.content_accuse.placed_origin`): the guide's point 6, a charge
#: that names only a place is an assertion unless the sentence makes the place's state
#: responsible; a state's own forces ("troops from Russia") and a modifier ("Afghan
#: militants", "Russian-backed rebels") still charge.  Round 29 (overreads30, issue 12).
IRREGULAR_ORIGINS = True


def _infer_stance(
    content: Span,
    targets: tuple[Mention, ...],
    context: _Context,
    claimer: Mention | None = None,
    narrated: bool = True,
    lesser: bool = True,
) -> tuple[Stance, tuple[Mention, ...], bool]:
    """The stance a content gives its claim (:func:`_read_stance`), and, with
    ``nominal_doer``, a charge or criticism the rules found with nobody to aim at aimed at
    the doer an act noun of the content names in its own phrase ("the latest threats from
    Pyongyang are intended to heighten tensions": North Korea).  ``lesser=False``: see
    :func:`_read_stance`."""
    stance, found, inferred = _read_stance(content, targets, context, claimer, narrated, lesser)
    if (
        inferred
        and not found
        and stance in (Stance.ACCUSE, Stance.CRITICIZE)
        and "nominal_doer" in context.rules
    ):
        span = _tokens_of(content, context)
        if span is not None:
            doers = run(
                _nominal_act_doers,
                present(span),
                span,
                lambda: _speaker_sides(claimer, context),
            )
            found = tuple(actor_mention(t, context) for t in doers)
    return stance, found, inferred


def _clause_stance(
    clause: SpacySpan,
    targets: tuple[Mention, ...],
    context: _Context,
    claimer: Mention | None,
    narrated: bool,
) -> tuple[Stance, tuple[Mention, ...], bool]:
    """The stance of a clause the content frames ("there is evidence that P", "it is
    regrettable that P": P's), read as content of its own."""
    inner = Span(start=clause.start_char, end=clause.end_char, text=clause.text)
    return _read_stance(inner, targets, context, claimer, narrated)


def _read_stance(
    content: Span,
    targets: tuple[Mention, ...],
    context: _Context,
    claimer: Mention | None = None,
    narrated: bool = True,
    lesser: bool = True,
) -> tuple[Stance, tuple[Mention, ...], bool]:
    """ASSERT -> DENY when the content denies, -> ACCUSE when it charges its subject,
    -> THREATEN when it promises harm, -> CRITICIZE when it evaluates an actor's doing
    negatively.  ``claimer`` (who says it) keeps the speaker's own side from being
    accused by its own words.  ``narrated=False`` (a news outlet relaying the news) reads
    no charge from an act merely told ("rebels shelled the town"): only a blame, a label,
    a threat, a denial or an evaluation makes the outlet's report a stance.

    ``lesser=False`` leaves out the last readers, of a criticism or an approval, and
    answers ASSERT where they would have run: for a caller that keeps neither and treats
    both as no stance read (the author's voice, :func:`.voice._own_voice`, round 28: a
    third of this function's calls, most of them reaching the end of the chain)."""
    if "content_stance" not in context.rules:
        return Stance.ASSERT, targets, False
    span = _tokens_of(content, context)
    if span is None:
        return Stance.ASSERT, targets, False
    onlooker = narrated and BYSTANDER_ACCOUNTS and bystander(claimer, context)
    if onlooker:
        # "witnesses said a Saudi airstrike hit the square": an account; and a bystander
        # speaks for no side, so "the rebels would carry out more attacks" is its forecast,
        # no threat
        narrated = False
    # the words of the span's sentences: a rule whose gate (below) finds none is not run
    words = present(span)
    if run(_disclaims, words, span):
        return Stance.DENY, (), True  # "had nothing to do with the attack": no accuser named
    if run(_avows_innocent_purpose, words, span, lambda: _speaker_sides(claimer, context)):
        return Stance.DENY, (), True  # "its nuclear program is strictly for peaceful purposes"
    known: list[set[str]] = []

    def sides() -> set[str]:  # the speaker's side, read only when a rule needs it
        if not known:
            known.append(_speaker_sides(claimer, context))
        return known[0]

    denial = run(_denial_in, words, span)
    if denial is not None and lesser and content_evaluated.EVALUATED_DEEDS:
        # "it was preposterous that the South would mistake ... for artillery fire": the
        # other side's deed judged, not a charge denied (round 34, evals35)
        judged = run(judged_deed_doers, words, span, sides)
        if judged:
            return Stance.CRITICIZE, tuple(actor_mention(t, context) for t in judged), True
    if (
        content_deny.CLAUSAL_CHARGES
        and denial is not None
        and (
            denial.dep_ == "csubj"
            # "Saying that P is fabricated", the gerund the parse's head (round 37, wire39)
            or (content_deny.GERUND_HEADS and denial.dep_ == "ccomp" and denial.tag_ == "VBG")
        )
        and denial.tag_ in ("VB", "VBG")  # not the free relative "what Kenya claims"
        and denial.lemma_.lower() in CLAIMING_VERBS
    ):
        # "To accuse our forces of genocide is absurd": the charge's maker is not named
        # (content_deny.CLAUSAL_CHARGES; the accused in the clause are the speaker's side)
        return Stance.DENY, (), True
    if (
        content_deny.LIAR_DENIALS
        and denial is not None
        and denial.dep_ == "nsubj"
        and denial.head.lemma_.lower() == "lie"
    ):
        # "He is lying": the one called a liar (content_deny.LIAR_DENIALS)
        return Stance.DENY, (actor_mention(denial, context),), True
    if denial is not None:
        allegation = denial if denial.lemma_.lower() in cues.ALLEGATION_NOUNS else None
        if allegation is not None:
            return Stance.DENY, _allegation_targets(allegation, context), True
        if run(_doubted_for_another, words, denial, sides):
            return Stance.ASSERT, targets, False  # a U.S. official: "no evidence Iran did it"
        return Stance.DENY, targets, True
    if run(_denies_charge, words, span):
        if (
            "uncharged_denial" in context.rules
            and defends_own_conduct(span)
            and not charge_answered(span)
        ):
            return Stance.ASSERT, targets, False  # "its actions do not violate the law", unasked
        return Stance.DENY, (), True  # "did not attack any cities"
    if run(_no_record, words, span):
        return Stance.DENY, (), True  # "no threats were made"
    if content_needed.NEEDED_HALTS:
        # "the need for an immediate cessation of Russian aggression": the doer criticized, as
        # a demanded halt (round 38, evaluations41)
        halted = run(needed_halt_doers, words, span, sides)
        if halted:
            return Stance.CRITICIZE, tuple(actor_mention(t, context) for t in halted), True
    if content_wrongs.CLAIMED_WRONGS:
        # "he is the victim of a coup", "the election was stolen" (round 37, wire39)
        wronged = run(claimed_wrong, words, span)
        if wronged is not None:
            return Stance.ACCUSE, tuple(actor_mention(t, context) for t in wronged), True
    if content_wrongs.FRAUD_CHARGES:
        # "the vote was rigged", "the referendum amounts to a coup" (round 38, fraud43)
        frauded = run(fraud_charge, words, span)
        if frauded is not None:
            return Stance.ACCUSE, tuple(actor_mention(t, context) for t in frauded), True
    verbs = _main_verbs(span)  # read once for the rules below
    if content_needed.CONCERN_REASONS:
        # "Iran's nuclear program is reason for grave concern" (round 38, evaluations41)
        reasons = run(concern_reason_doers, words, verbs, sides)
        if reasons is not None:
            return Stance.CRITICIZE, tuple(actor_mention(t, context) for t in reasons), True
    if "evidence_frame" in context.rules:
        # "there is clear evidence that P", "possess evidence that P", "we have observed that
        # P": the stance of P (round 25, conduct25)
        framed = run(framed_clause, words, verbs)
        if framed is not None:
            read = _clause_stance(framed, targets, context, claimer, narrated)
            if read[0] in (Stance.ACCUSE, Stance.CRITICIZE):
                return read
        evidenced = run(evidenced_doers, words, verbs, sides)
        if evidenced:  # "have evidence of an indiscriminate bombing campaign by X"
            return Stance.ACCUSE, tuple(actor_mention(t, context) for t in evidenced), True
        if content_evidence.SHOWN_DEEDS:
            # "documents ... prove a growing presence of Pakistani military within Taliban
            # ranks": the shown deed's doer (round 39, accuse44)
            shown = run(shown_deed_doers, words, span, sides)
            if shown:
                return Stance.ACCUSE, tuple(actor_mention(t, context) for t in shown), True
        if content_evidence.BELIEF_REASONS:
            # "there is good reason to believe that X was responsible": the stance of the
            # believed clause (round 39, wire45)
            believed = run(believed_clause, words, verbs)
            if believed is not None:
                read = _clause_stance(believed, targets, context, claimer, narrated)
                if read[0] in (Stance.ACCUSE, Stance.CRITICIZE):
                    return read
        if content_evidence.ENDORSED_FINDINGS:
            # "the findings of an inquiry that attributes the attack to X are compelling"
            # (round 39, wire45)
            endorsed = run(endorsed_finding_doers, words, verbs, sides)
            if endorsed:
                return Stance.ACCUSE, tuple(actor_mention(t, context) for t in endorsed), True
    if content_label.EVALUATED_CHARGES:
        # "it is regrettable that X have undertaken aggressive actions": the clause's charge
        # (round 39, accuse44)
        evaluated = run(evaluated_that_clause, words, verbs)
        if evaluated is not None:
            read = _clause_stance(evaluated, targets, context, claimer, narrated)
            if read[0] == Stance.ACCUSE and read[1]:
                return read
    rejected = run(_first_person_denial, words, verbs)
    if rejected is not None:  # "We firmly reject the allegation that P"
        return Stance.DENY, tuple(actor_mention(t, context) for t in _owners(rejected)), True
    if run(_exculpates, words, verbs):
        if lesser and content_evaluated.EVALUATED_DEEDS:
            # "it was the wrong move by X": X's deed judged (round 34, evals35)
            judged = run(judged_deed_doers, words, span, sides)
            if judged:
                return Stance.CRITICIZE, tuple(actor_mention(t, context) for t in judged), True
        return Stance.DENY, targets, True  # "is not to blame", "did not happen"
    if run(_rebuts, words, verbs):
        return Stance.DENY, targets, True  # "that is not the case", "the answer is no"
    discredited = run(_discredited, words, verbs, context)
    if discredited is not None:
        return Stance.DENY, discredited, True  # "baseless allegations", "X's fabrication"
    mistaken = run(_called_mistaken, words, span, context)
    if mistaken is not None:
        return Stance.DENY, mistaken, True  # "X is wrong to claim that P"
    if any(v.lemma_.lower() == "make" for v in verbs):  # "he made it clear that P": P's verbs
        verbs = _unframed(verbs, sides)
    if run(_kept_commitment, words, verbs, sides) or run(_no_forces, words, verbs, sides):
        return Stance.DENY, (), True  # "has always respected the ceasefire", "has no troops in"
    contradicted = run(_contradicted_claimants, words, span, verbs, sides)
    if contradicted is not None:  # "has not been defeated, as the president claims"
        return Stance.DENY, tuple(actor_mention(t, context) for t in contradicted), True
    if content_charged.OWN_CHARGES:
        # "We have charged Hichilema and five others with treason": the named one charged
        # (round 40, third wave, charges48)
        own_charged = run(own_charged_parties, words, span, sides)
        if own_charged:
            return Stance.ACCUSE, tuple(actor_mention(t, context) for t in own_charged), True
    if run(_relayed_charge, words, verbs):
        return Stance.ASSERT, targets, False
    if (
        lesser
        and content_appraised.EVALUATION_OVER_CHARGE
        and run(appraised_predicate, words, verbs) is not None
    ):
        # "the North's threat to call off the reunions was inappropriate": the act evaluated,
        # not charged (round 44, criticize56)
        appraised = _criticism_of(words, verbs, sides, context)
        if appraised:
            return Stance.CRITICIZE, tuple(actor_mention(t, context) for t in appraised), True
    if lesser and content_appraised.MARKED_FAILINGS:
        # "the invasion is a sign of weakness" (round 44, criticize56)
        marked = run(marked_failing_subject, words, verbs)
        if marked is not None:
            owners = [t for t in _owners(marked) if not _named_sides(t) & sides()]
            return Stance.CRITICIZE, tuple(actor_mention(t, context) for t in owners), True
    # a relaying outlet charges a subject only with blame ("are responsible for", "was
    # behind"), not with an act it tells
    accused = run(_accused_subjects, words, span) if narrated or words & _BLAME_WORDS else None
    if accused and IRREGULAR_ORIGINS:  # "militants from Afghanistan attacked": no state charged
        accused = [t for t in accused if not placed_origin(t)]
    if accused and not all(_named_sides(t) & sides() for t in accused):
        # "Kenya's army said Kenya had attacked al-Shabab camps" accuses nobody
        return Stance.ACCUSE, tuple(actor_mention(t, context) for t in accused), True
    if content_threat_prevent.RESULTING_CONSEQUENCES and "named_consequences" in context.rules:
        # "further unprovoked Russian aggression would result in massive consequences for X":
        # the harm foretold, whose act's label is part of it (round 42, threats53)
        brought = run(
            resulting_threat,
            words,
            verbs,
            threat_sides(claimer, context, sides),
            _commentator(claimer, context),
        )
        if brought and not onlooker:
            return Stance.THREATEN, tuple(actor_mention(t, context) for t in brought), True
    labelled = run(_pejorative_predication, words, span)
    if labelled:
        return Stance.ACCUSE, tuple(actor_mention(t, context) for t in labelled), True
    if content_qualified.QUALIFIED_ACTS:
        # "the shelling was an act of aggression", "this is a war crime": the deed's doer,
        # named by the qualification or the sentence before (round 32, stance33)
        qualified = run(qualified_act_doers, words, span, sides)
        if qualified:
            return Stance.ACCUSE, tuple(actor_mention(t, context) for t in qualified), True
    if content_warned.WARNED_DEEDS:
        # "We warn X against this flagrant aggressive act": X (round 38, accuse42)
        warned = run(warned_deed_addressees, words, span, sides)
        if warned:
            return Stance.ACCUSE, tuple(actor_mention(t, context) for t in warned), True
    if content_failed.FAILED_PREVENTION:
        # "Damascus is not taking serious steps to prevent insurgents from crossing" (round
        # 39, accuse44)
        failed = run(failed_preventers, words, span, sides)
        if failed:
            return Stance.ACCUSE, tuple(actor_mention(t, context) for t in failed), True
    commentator = _commentator(claimer, context)
    # the threat rules read the speaker's side also off its earlier introduction
    tsides = threat_sides(claimer, context, sides)
    answered = first_found(
        words,
        (_early_response, verbs, tsides, commentator),
        # "Our response will be proportionate, and X bears responsibility"
        (_promised_answer, verbs, tsides),
        # "it has the right to respond to blatant military aggression"
        (_reserved_right, verbs, tsides, commentator, span),
        (_penalty, verbs, tsides, commentator),  # "Russia will pay a heavy price"
    )
    if answered is not None and not onlooker:
        return Stance.THREATEN, tuple(actor_mention(t, context) for t in answered), True
    # the verbs with the clauses put forward as proven: "there is proof that X was behind P"
    propositions = _propositions(span, verbs)
    told: list[Token] = []  # a hostile act told; a relaying outlet charges no one with it
    if narrated:
        told = (
            run(_charged_actors, words, span, verbs, sides)
            or run(_passive_act_agents, words, span, sides)
            or run(_origin_states, words, span, sides)
            # "the firing started on the Pakistani side" (round 41, accuse49)
            or run(_side_origins, words, span, sides)
        )
    charged = (
        told
        or run(_responsible, words, propositions, sides)
        or run(_wrong_owners, words, span, sides)
        or (narrated and run(_countered_intruders, words, verbs, sides))
        or (narrated and run(_patrons_of_hostile_actors, words, span, sides))
        or (narrated and run(_involved_in_conflict, words, propositions, sides))
        or run(_proven_involvement, words, span, sides)
        or (narrated and run(_answered_doings, words, span, sides))
        or (narrated and run(_fired_weapons_owners, words, span, sides))
        # "Kuwait refuses to provide information" (round 43, wire54)
        or (narrated and run(_refused_compliance, words, span, verbs, sides))
    )
    if charged and IRREGULAR_ORIGINS:
        charged = [t for t in charged if not placed_origin(t)]
    if charged:
        return Stance.ACCUSE, tuple(actor_mention(t, context) for t in charged), True
    if narrated and run(_evidenced_act, words, span, verbs):
        return Stance.ACCUSE, (), True  # "there is clear evidence the convoy was ambushed"
    threatened = run(_threatened, words, span)
    if threatened is None and content_threat.STRENGTHENED_SANCTIONS:
        # "Austria plans to strengthen sanctions policy" (round 39, readouts44)
        threatened = run(_strengthened_sanctions, words, span)
    if threatened is None:
        threatened = run(_conditional_threat, words, span)
    if threatened is None:
        threatened = run(_reprisal, words, verbs) or run(_under_attack, words, verbs)
    if threatened is None:
        threatened = first_found(
            words,
            (_promised_harm, verbs, tsides, commentator, context.rules),
            (_broken_relations, verbs, tsides, commentator),
            # "relations with X would be put on hold", "no business as usual with X"
            (_frozen_relations, verbs, tsides, commentator),
            # "his group plans to target more aid agencies"
            (_further_attacks, verbs, tsides, commentator),
            (_doom_foretold, verbs, tsides, commentator),  # "defeat will come to the empire"
            # "X's erratic behavior would only herald its final destruction" (round 42, wire53)
            (_brought_doom, verbs, tsides, commentator),
            # "the longer X's troops stay, the heavier their losses will be"
            (_comparative_consequence, verbs, tsides, commentator),
            (_conditional_withdrawal, verbs, tsides, commentator),
            (_prepared_harm, verbs, tsides, commentator),
            (_not_tolerated, verbs, tsides, commentator),
            # "sanctions will only be lifted if X withdraws"
            (_kept_penalty, verbs, tsides, commentator),
            # "reserves the right to take further measures"
            (_firm_measures, verbs, tsides, commentator),
            # "will send troops if the fighting spreads"
            (_conditional_deployment, verbs, tsides, commentator),
            # "any attack on Iran will be met with a crushing response"
            (_answered_aggression, verbs, commentator),
            # "will not hesitate to use force", "will not stand idly by"
            (_unhesitating, verbs, tsides),
            # "will close the strait if sanctions are imposed"
            (_conditional_cutoff, verbs, tsides, commentator),
            (_promised_ruin, verbs, tsides, commentator),  # "wiped off the map"
            # "anyone who crosses the border will be shot", "those responsible will be punished"
            (_whoever_punished, verbs, commentator),
            (_capable_harm, verbs, tsides),  # "has the means to close the strait"
            (_capable_reach, span, tsides, commentator),  # "our missiles can reach X"
            # "will continue fighting until the government falls", "would step up attacks"
            (_continued_hostilities, verbs, tsides, commentator),
            # "would regard any blockade as an act of war"
            (_casus_belli, verbs, tsides, commentator),
            # "U.S. bases would become legitimate targets"
            (_marked_targets, verbs, tsides, commentator),
            (_open_options, span),  # "all options are on the table"
        )
    if threatened is None and content_ready.CONDITIONED_READINESS:
        # "Russia was prepared for other scenarios if the West rejects its proposals"
        threatened = run(conditioned_readiness, words, verbs, tsides, commentator)
    if threatened is None and "conditional_force" in context.rules:
        # "Japan would strike first if North Korea prepared an attack"
        threatened = run(_conditional_force, words, verbs, tsides, commentator)
    if threatened is None and "held_out_cutoff" in context.rules:
        # "could suspend its exports to X", "is ready to halt gas deliveries to X"
        threatened = run(_held_out_cutoff, words, verbs, tsides, commentator)
    if threatened is None and "conditional_protection" in context.rules:
        # "Athens would protect its islands if Ankara sends warships"
        threatened = run(_conditional_protection, words, verbs, tsides, commentator)
    if threatened is None and "pressure_faced" in context.rules:
        # "Pyongyang will face additional pressure", "would face tougher sanctions"
        threatened = run(_pressure_faced, words, verbs, tsides, commentator)
    if threatened is None and "prevented_doing" in context.rules:
        # "Ankara will not let Athens turn the islands into a base"
        threatened = run(_prevented_doing, words, verbs, tsides, commentator)
    if threatened is None and "held_responsible" in context.rules:
        # "Syria's government will be held responsible for everything happening there"
        threatened = run(_held_responsible, words, verbs, tsides, commentator)
    if threatened is None and "named_consequences" in context.rules:
        # "their refusal will have catastrophic consequences for the Ukrainian economy"
        threatened = run(_named_consequences, words, verbs, tsides, commentator)
    if threatened is None and "unescaped_penalty" in context.rules:
        # "they would not be able to escape merciless punishment", "will not go unpunished"
        threatened = run(_unescaped_penalty, words, verbs, tsides, commentator)
    if threatened is None and "conditional_loss" in context.rules:
        # "if sanctions are imposed, not a single tanker will leave the Gulf"
        threatened = run(_conditional_loss, words, verbs, tsides, commentator)
    if threatened is None and "guide_threats" in context.rules:
        # "has entered a state of war with X", "could not rule out other options", "we are
        # putting X on notice", "would ratchet up pressure on X"
        threatened = run(_guide_threat, words, verbs, tsides, commentator)
    if threatened is None and "exacted_price" in context.rules:
        # "the occupiers will pay the full price", "we will make Putin pay a high price"
        threatened = run(_price_exacted, words, verbs, tsides, commentator)
    if threatened is None and "withheld_cooperation" in context.rules:
        # "it may slow or halt its cooperation with X", "is ready to suspend the talks"
        threatened = run(_withheld_cooperation, words, verbs, tsides, commentator)
    if threatened is None and "relations_harmed" in context.rules:
        # "would have a grave impact on China-U.S. relations"
        threatened = run(_relations_harmed, words, verbs, tsides, commentator)
    if threatened is None and "conditional_we" in context.rules:
        # "if X does not withdraw, we will ..."
        threatened = run(_conditional_we, words, verbs, tsides, commentator)
    conditioned = content_threat_plans.CONDITION_ADDRESSEES or "conditional_we" in context.rules
    if threatened == [] and conditioned:
        # a threat with nobody named: the party its condition hangs on
        threatened = run(_conditioned_target, words, verbs, tsides, commentator) or []
    if threatened is not None and not onlooker:
        return Stance.THREATEN, tuple(actor_mention(t, context) for t in threatened), True
    unlawful = (
        run(_unlawful_acts, words, verbs, sides)
        or (narrated and run(_evaluated_wrongs, words, span, sides))
        or run(_named_causes, words, verbs, sides)
    )
    if unlawful:
        return Stance.ACCUSE, tuple(actor_mention(t, context) for t in unlawful), True
    harmful = None
    if "harmful_doing" in context.rules:  # "the drills pose a serious threat to the country"
        harmful = run(_harmful_doings, words, verbs, sides)
        if harmful is None and content_imputed.SUFFERED_ATTACKS:
            # "positions came under heavy shelling from Russian troops" (round 33)
            harmful = run(_suffered_attacks, words, verbs, sides)
    if harmful is None and "hostile_purpose" in context.rules:
        # "sent the ships in order to intimidate its neighbours"
        harmful = run(_hostile_purposes, words, verbs, sides)
    if harmful is None and content_imputed.MEANS_PURPOSES:
        # "the FSB is using the spy scandal to discredit ..." (round 41, wire50)
        harmful = run(means_purposes, words, span, sides)
    if harmful is None and "evidenced_doing" in context.rules:
        # "the footage shows X's soldiers planting mines", "documents show X paid the rebels"
        harmful = run(_evidenced_doers, words, verbs, sides)
    if harmful is None and narrated and "civilians_harmed" in context.rules:
        # "the army is targeting civilians", "government soldiers killed protesters"
        harmful = run(_civilians_harmed, words, verbs, sides)
    if harmful is None and narrated and "told_conduct" in context.rules:
        # "X is planning attacks in Kashmir", "Moscow is using energy as a weapon", "Russian
        # troops continue to operate in eastern Ukraine" (round 23, charge23)
        harmful = run(_told_conduct, words, span, verbs, sides)
    if harmful is None and narrated and "wronged_rights" in context.rules:
        # "the drone was operating in the region in violation of the arms embargo", "troops
        # are squashing the right of self-determination" (round 24, conduct24)
        harmful = run(_wronged_parties, words, span, verbs, sides)
    if harmful is None and narrated and "adopted_conduct" in context.rules:
        # "X has adopted a hostile policy", "is choosing a path of illegal behavior" (round
        # 25, conduct25)
        harmful = run(adopted_doers, words, span, verbs, sides)
    if harmful is None and "readied_by_hostile" in context.rules:
        # "they were assisted by a banned militant group"
        harmful = run(_readied_by_hostile, words, span, sides)
    if harmful is None and "illicit_arms" in context.rules:
        # "X has a covert enrichment program", "X possesses enough uranium for a bomb"
        harmful = run(_illicit_arms, words, span, sides)
    if harmful is None and "aided_hostility" in context.rules:
        # "is helping the militias attack U.S. bases", "gives support to armed groups"
        harmful = run(_aided_hostility, words, verbs, sides)
    if harmful is None and "armed_patronage" in context.rules:
        # "Pakistan supports the Taliban", "is pushing the peninsula toward nuclear war"
        harmful = run(_armed_patronage, words, verbs, sides)
        if harmful is None:  # "its support of cross-border terrorism"
            harmful = run(_patronage_owners, words, span, sides)
        if harmful is None and content_imputed.RECEIVED_PATRONAGE:
            # "Hezbollah gets military support from Iran": the patron (round 38, accuse42)
            harmful = run(received_patrons, words, verbs, sides)
    if harmful is None and narrated and "referred_doer" in context.rules:
        # "Its members are raping ...": the group the sentence before names
        harmful = run(_referred_doers, words, verbs, sides)
    if harmful is None and narrated and "participle_agent" in context.rules:
        # "the threats posed by Russia": the doer only as a participle's "by" agent
        found = run(_participle_act_agents, words, span, sides)
        harmful = found or None
    if harmful is None and narrated:
        # "a spy network established by the CIA": the founder, the "by" agent (round 38)
        found = run(_established_agents, words, span, sides)
        harmful = found or None
    if harmful is None and narrated and "nominal_doer" in context.rules:
        # "the latest threats from Pyongyang", "Russian meddling": the act noun's own doer
        found = run(_nominal_act_doers, words, span, sides)
        harmful = found or None
    if harmful is None and narrated and "described_doer" in context.rules:
        # "militia and government troops fought ...": the state the sentence before names
        harmful = run(_described_doers, words, verbs, sides)
    if harmful is not None:
        return Stance.ACCUSE, tuple(actor_mention(t, context) for t in harmful), True
    record = run(_bad_record, words, verbs, sides)
    if record is not None:
        stance, owners = record
        return stance, tuple(actor_mention(t, context) for t in owners), True
    if not lesser:  # the caller keeps no criticism or approval: not read
        return Stance.ASSERT, targets, False
    criticized = run(_criticized, words, verbs)
    if criticized is None:
        criticized = run(_evaluated_clause, words, verbs, sides)
    if criticized is None:
        criticized = run(_told_to_stop, words, verbs, sides)
    if criticized is None and "obliged_conduct" in context.rules:
        # "Iran should stop interfering in ...", "Russian forces need to leave Georgia"
        criticized = run(_obliged_conduct, words, verbs, sides)
    if criticized is None:  # "the remarks were not helpful", "has no right to lecture"
        criticized = run(_faulted_conduct, words, verbs, sides)
    if criticized is None:  # "we can no longer trust X", "X could not be counted on"
        criticized = run(_distrusted, words, verbs, sides)
    if criticized is None and content_label.WITHHELD_TRUST:
        # "there is simply no trust in X" (round 34, evals35)
        criticized = run(withheld_trust, words, span, sides)
    if criticized is None and "evaluated_conduct" in context.rules:
        # "the move is completely wrong", "X must be held accountable" (round 20, crit20)
        criticized = run(_evaluated_conduct, words, verbs, sides)
    if criticized is None and "judged_merit" in context.rules:
        # "the election process in X is not free or fair", "that was not good enough",
        # "the exercises are not contributing to stability" (round 25, criticism25)
        criticized = run(_judged_merit, words, verbs, sides)
    if criticized is None and "judged_act" in context.rules:
        # "could not distract from its big mistake", "the exchange left him concerned"
        criticized = run(_judged_acts, words, verbs, sides)
    if criticized is None and "own_criticism" in context.rules:
        # '"Japan opposes any unilateral or coercive action," he said'
        criticized = run(_own_criticism, words, verbs, sides)
    if criticized is None and "believed_evaluation" in context.rules:
        # "we believe this action is unjustified": the evaluation the speaker's own
        # saying or believing frames (round 21, crit21)
        criticized = _framed_evaluation(words, verbs, sides, context)
    if criticized is not None:
        return Stance.CRITICIZE, tuple(actor_mention(t, context) for t in criticized), True
    if content_approved.SPOKEN_THANKS:
        # '"I want to thank you, France and President Emmanuel Macron for ...," said X'
        # (round 36, readouts37)
        thanked = run(spoken_thanks, words, verbs, sides)
        if thanked is not None:
            return Stance.APPROVE, tuple(actor_mention(t, context) for t in thanked), True
    if content_approved.SUPPORTING_SIDES:
        # "Austria supports Ukraine in all necessary matters" (round 39, readouts44)
        supported = run(supporting_sides, words, verbs, sides)
        if supported is not None:
            return Stance.APPROVE, tuple(actor_mention(t, context) for t in supported), True
    if content_approved.STANDING_SIDES:
        # "Britain was in full solidarity with Georgia", "Britain stands with Georgia" (round
        # 44, support56; GUIDE point 57)
        stood = run(standing_sides, words, verbs, sides)
        if stood is not None:
            return Stance.APPROVE, tuple(actor_mention(t, context) for t in stood), True
    if "approved_act" in context.rules:
        # "we understand and support the decision of X", "his withdrawal is understandable"
        # (round 21, approve21)
        approved = run(_approved_acts, words, verbs, sides)
        if approved is not None:
            return Stance.APPROVE, tuple(actor_mention(t, context) for t in approved), True
    return Stance.ASSERT, targets, False


def _criticism_of(
    words: frozenset[str], verbs: list[Token], sides: Callable[[], set[str]], context: _Context
) -> list[Token] | None:
    """The owners the evaluation readers of :func:`_read_stance`'s criticism chain find in
    ``verbs`` (the ones that read an evaluated act or conduct), or None."""
    found = run(_criticized, words, verbs)
    if found is None:
        found = run(_evaluated_clause, words, verbs, sides)
    if found is None:
        found = run(_faulted_conduct, words, verbs, sides)
    if found is None and "evaluated_conduct" in context.rules:
        found = run(_evaluated_conduct, words, verbs, sides)
    if found is None and "judged_merit" in context.rules:
        found = run(_judged_merit, words, verbs, sides)
    if found is None and "judged_act" in context.rules:
        found = run(_judged_acts, words, verbs, sides)
    return found


def _framed_evaluation(
    words: frozenset[str], verbs: list[Token], sides: Callable[[], set[str]], context: _Context
) -> list[Token] | None:
    """The criticism rules read on the clauses the speaker's own "we believe", "I think" or
    "we will say that" frames (:func:`.content_evaluated._framed_by_speaker`)."""
    framed = _framed_by_speaker(verbs, sides)
    if not framed:
        return None
    found = run(_criticized, words, framed)
    if found is None:
        found = run(_evaluated_clause, words, framed, sides)
    if found is None:
        found = run(_faulted_conduct, words, framed, sides)
    if found is None and "evaluated_conduct" in context.rules:
        found = run(_evaluated_conduct, words, framed, sides)
    if found == []:  # "we told X ... that this action is unjustified": whom it answers
        found = _frame_addressees(verbs, sides)
    return found


#: Words of blame that let a relaying outlet's content charge its subject (see
#: :func:`_infer_stance`'s ``narrated``).
_BLAME_WORDS = frozenset({"responsible", "culpable", "complicit", "guilty", "blame", "behind"})
