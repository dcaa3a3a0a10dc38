"""Claims: who says what about whom, with what stance.

Rules on the dependency parse, in named families (:data:`RULES`; ``extract_claims(doc,
mentions, rules=...)`` applies the ones given, and each claim records the family that
made it in :attr:`~kg.model.Claim.rule`).  A family is a small function from a cue token
to claims, one module per kind:

* ``reported_speech`` (:mod:`.speech`): attribution verbs from the cue lexicon
  (``kg/data/claim_cues.tsv``, :mod:`kg.extract.cues`): the claimer is the subject
  (conjuncts expanded, inherited by "..., adding that", a second speech verb in the
  speaker's clause), or the agent of a passive; the content is a quotation next to the
  attribution, else the clausal complement, else a fronted clause; "denied X, saying P"
  is two claims, the denial and P (``split_denial``, point 22; on since round 22);
* ``label`` (:mod:`.labels`): "seen by Washington as a so-called troll farm" (ACCUSE
  when the label is pejorative), "described the accusations as unsubstantiated" (DENY),
  "called the launch provocative" (CRITICIZE);
* ``refusal``, ``no_comment_from``, ``unanswered`` and ``non_acceptance``
  (:mod:`.refusals`): "declined to comment", "there was no immediate comment from X",
  "could not be reached for comment", "does not reveal the exact sum", "gave no details",
  "would neither confirm nor deny", "has not yet responded to the allegations", "has not
  confirmed the strike"; "does not accept these accusations" (DENY);
* ``according_to`` (:mod:`.according`): "according to X, ...";
* ``stance_noun``, ``concern``, ``allegation_noun``, ``message_noun``,
  ``predicate_adjective`` (:mod:`.nominal`): light verb + stance noun ("expressed support
  for", "placed the blame on", "lodged a protest with", "countered the accusation with
  charges that P"), "is deeply concerned about", "North Korean allegations that P",
  "claims by the main opposition party that P", "the Dalai Lama's claim that P" (an
  accusation by the author), "an announcement from the authorities that P" (the author's
  assertion, its stance read off P), a predicate adjective of the lexicon ("have been
  strongly critical of", "has been silent on the accusation");
* ``appended_charge`` (:mod:`.appended`): "..., a charge officials in Kiev deny",
  "..., an attack local officials blamed on neighboring Sudan", read off the words when
  the parser lost the speaker;
* ``vow`` (:mod:`.threats`): "vowed to retaliate against Israel";
* ``demand`` (:mod:`.demands`): a demand that presupposes a wrong ("called on Russia to
  stop its attacks on civilians", "urged Belarus to release political prisoners"):
  CRITICIZE of the addressee; ``obliged_conduct`` (a refinement, :mod:`.content_directive`)
  reads the same in a said content: "X should stop its provocations", "X's forces need to
  leave the region", "X could be doing more";
  ``release_call`` (round 21, U.S. official texts only): a call for a release that names no
  addressee ("We call for the immediate release of those who remain in custody"):
  CRITICIZE of the state the prisoners are held in;
* ``angry_reaction`` (:mod:`.denials`): "reacted angrily to X", "Vietnam protested X",
  "summoned the Chinese ambassador over X", "singled out X for criticism", "X's move drew
  sharp criticism from Y" (CRITICIZE; "drew praise from Y" APPROVE);
  "rejected U.S. criticism of its record" (DENY of the critic) and "joined X in
  condemning/denying" are read by ``reported_speech``; an expressed reaction (round 13's
  point 19): "caused fury in Moscow", "amid an outcry from X over Y", "reacted with anger
  to Y", "a war of words between X and Y" (one CRITICIZE each way);
* ``emotion_frame`` (:mod:`.emotive`, on from round 22, optional since round 31): "Athens
  regrets that Ankara did not consult it", "Washington's decision angered Beijing" (CRITICIZE
  of the doer); the speaker's own "we regret that X ...", "we find X's comments puzzling"
  said in a quotation is ``own_emotion`` (:mod:`.denials`, on);
* ``felt_reaction`` (:mod:`.reactions`, round 22): a feeling with no speech verb, "lawmakers
  are angry at X's failure", "Minsk bristled over U.S. sanctions", and abuse aimed at a
  party, "directed vitriolic comments at Seoul" (CRITICIZE of the act's owner or the party);
* ``refused_request`` (:mod:`.requests`): "refused Moscow's demand to withdraw", "is
  refusing to delay the drills, as requested by X" (point 32): CRITICIZE of the asker;
* ``unaccepted_offer`` and ``suspected_charge`` (:mod:`.rejections`, round 23, the guide's
  points 44 and 45): "will never accept a deal proposed by X" (CRITICIZE of X); "detained
  five officers on suspicion of spying" (the detaining side's ACCUSE of the suspects);
* ``news_reports`` (:mod:`.news_reports`, optional since round 31): unnamed reports no verb
  of saying governs, "there are reports of heavy shelling", "despite news reports that P",
  and the parser's noun "state media report that P": REPORT; ``reported_view``: "X are
  reported to hold the view that P" is X's claim; ``reports_back`` (a refinement): "The
  reports blame X" speaks for the outlets whose reports the sentence before relays;
* refinements of what the cue families found: ``content_stance`` (:mod:`.content`),
  ``self_report`` (below) and ``denial_content`` (:mod:`.denials`: "We reject the accusation
  that P" in a quotation, "there is no way that P", "the video was doctored", "says P,
  rejecting allegations by X" -> DENY; "has a terrible human rights record", "was not tough
  enough", "has failed to", "the decision was a mistake" -> CRITICIZE);
* ``negated_denial`` (:mod:`.denials`, optional: off by default): a plain negated statement
  beside the speaker's denial ("denied X and said its troops had not P") or in the sentence
  after it by the same speaker -> DENY;
* ``own_negation`` (:mod:`.denials`, round 16): a negated deed of the speaker's own side
  ("says he does not seek P", "his group does not recruit minors"), with no modal, in the
  sentence of the same speaker's denial or the one after, or told as done ("did not",
  "has never") after a sentence stating a charge -> DENY;
* ``accused_negation`` (:mod:`.accused_negation`, round 19, optional): a negated deed of the
  party another speaker charged just before, said by a speaker of no third side ("The
  spokesman said Uganda has never armed them") -> DENY of the accusers; ``judged_findings``
  (:mod:`.targets_findings`, optional): "called the findings 'deeply disturbing'" (a
  CRITICIZE since round 19, not a denial) is aimed at the party the charge before names;
* ``measure_reason`` (:mod:`.measures`): a measure announced as taken ("was severing ties
  with X because X backed the rebels") stays an assertion and its blaming reason is the
  speaker's ACCUSE or CRITICIZE (round 13's point 28); ``rebuke_question``
  (:mod:`.rebukes`): a fixed-form rebuke as a question or command ("How dare you ...", "Why
  don't you shut up?") is CRITICIZE of the addressee (point 27); ``reason_charge``
  (:mod:`.measures`): a because-clause in any claim's content that charges a named party is
  the speaker's ACCUSE of it (point 37); ``appeal_reason`` (:mod:`.demands`, a cue family,
  optional): the stated reason of an appeal ("urged X to lift the sanctions, since P") is the
  appealer's ASSERT of it, its stance read off the clause (point 40); ``denial_noun`` (optional,
  :mod:`.denial_nouns`): "X's denial follows Y's accusations" is X's DENY of Y, content null
  (point 39); ``context_adversary`` (optional, with ``armed_readiness``): readiness after a
  charge in the sentence before threatens the charged (point 35); ``bare_charge`` (optional,
  off by default): with ``message_frame``, "rejected the accusations by X" is X's ACCUSE of
  the denier with no content (point 31; the parts annotated before the point lose by it);
  ``authored_charge`` (:mod:`.authored`, optional; run in every build while
  ``authored.POINT31_CHARGES`` is on, round 44): "the charges against Y levelled by X"
  outside a denial is X's ACCUSE of Y, content null; ``mutual_blame`` and ``blame_idiom``
  (:mod:`.mutual`, optional, round 19): "X and Y pointed the finger at each other", "argue
  over who is to blame" are one ACCUSE each way, "X have only themselves to blame" is the
  speaker's ACCUSE of X;
* ``claimed_act`` (:mod:`.claimed_acts`, round 21): "both countries claim interference in
  their internal affairs" is an accusation of the doer the act noun names, else of each
  side by the other; ``shared_sides``: "with each side reporting casualties and blaming the
  other", the conjoined verb shares the two-sided subject; ``nominal_doer``
  (:mod:`.content_nominal`, optional): the doer an act noun's own phrase names;
* ``territorial_claim`` (:mod:`.territorial`, round 38): "an area claimed by Eritrea", "China
  claims almost the entire region", "both lay claim to Kashmir" are the claimant's ASSERT
  (switch ``territorial.TERRITORIAL_CLAIMS``);
* ``judged_merit`` (:mod:`.content_judged`, round 25): a merit or a contribution denied to
  another side's act ("the election process in X is not free, fair, or legitimate", "the
  exercises are not contributing to stability"), a dismissive predicate ("X is nothing but
  trouble", "their suggestions are mere word games") or the speaker's side withholding its
  endorsement ("we do not endorse X's decision"): CRITICIZE of the act's owner; on beside
  it: ``warned_off`` (a warning against an act is no threat by itself); optional:
  ``conjoined_stances`` (:mod:`.conjoined`, point 13) and ``owned_opposition``
  (:mod:`.owned_opposition`, "X's opposition to Y");
* ``made_clear`` (:mod:`.clarity`, round 20): "X made (it) clear (that) P" is X's claim of P,
  its stance read off P, the light-verb frame the speech rules did not read;
* ``readout_cue`` and ``stated_by`` (:mod:`.readouts`, round 32, readout33): a readout verb
  with no clause, its stance by the verb and its object as data (``kg/data/readout_cues.tsv``):
  "informed X about Y", "updated X on Y", "set forth Y", "reaffirmed their intention to V",
  "expressed his conviction that P" assert, "stands with X", "spoke highly of X" approve X;
  the trailing attribution "P. This was stated by X." / "X said this" is X's assertion, in the
  attribution's sentence, with no content;
* ``message_frame`` (:mod:`.messages`): the frame of the message noun a denial answers,
  in any tense, aspect, voice or form ("is rejecting Y's assertions that P", "charges
  Islamabad denies", "an allegation denied by X", "calling claims by Y 'fabricated'",
  "dismissed as baseless the claims that P", "said Y's accusation that P was
  unacceptable", "there is no truth to Y's allegations"): the noun's author (or the
  accuser of the clause it stands beside) is the denial's target, and the accusation the
  noun carries is the author's, aimed at the doer its content names or else at the denier;
* ``author_voice`` (:mod:`.voice`): in an official text only, a sentence with no claim
  that charges, denies or threatens is the issuer's claim;
* ``post_voice`` (:mod:`.posts`, round 23; on from round 24): in an official account's post
  only, a sentence no other rule read that makes a party the doer of a harm, the owner of a
  wrong or the addressee of an urging ("Russia halts and delays grain shipments") is the
  account's claim;
* ``reported_prose`` (:mod:`.prose`): in an official text only, an assertion whose content
  charges a doer as the official's own prose does ("X noted that what the Russian
  occupiers did is genocide") accuses that doer.

Attribution (who speaks) across sentences: a sentence that is one quotation naming no
speaker continues the last speaker (``follow_on_quote``); a pronoun or a description
speaking ("He said", "It added", "The foreign minister accused", "The Chinese official
said") is resolved to the last earlier speaker it fits by :mod:`kg.resolve.coref`.  A
document speaks for the author it names ("a statement from the ministry", "an editorial
in the Global Times", "figures released by the health ministry") or for whoever issued it
("China issued its own report accusing ...", "The rebels released a statement denying
...", "Official media carried reports criticizing ..."), a plural speaker
naming several states speaks as each ("the leaders of A, B and C"), a ministry keeps the
state written before it ("Pakistan's Foreign Ministry").

Claimers and targets are read by :mod:`.targets`, spans by :mod:`.spans`, the shared
parse helpers live in :mod:`.base`.  A negated cue ("has not blamed X") makes no claim.

Acts are not claims: "would deny Russian personnel access", "denied him a visa" (a deny
verb with an indirect object, a "to" recipient or a withheld thing such as access, entry,
a request) and "rejected the proposal" (reject/dismiss need an allegation-like object or a
clause) are refusals; "declared persona non grata ..." is a performative act; an infinitive
cue under a directive or a noun ("urged China to condemn", "the need for all states to
condemn") has not been performed.  "informed/told/notified/assured X that ..." assert;
"warned" threatens only when the warning names consequences ("would have consequences",
"warned Israel against any attack"), else it asserts ("warned that Gaza faces famine").

A content that itself denies ("there is no proof to support the claims", "the
allegations were made up", "has nothing to do with us", "the threat was not credible", "the
warning was the work of an impostor") turns an ASSERT into a DENY; one that charges its
subject with a hostile act ("Russia will seek to meddle", "X was behind the attacks", "Hamas
carried out the attack", "Kuo passed classified information", "an attack by Ukrainian
drones") or labels an actor's doing pejoratively ("Putin's war is an act of aggression")
turns it into an ACCUSE of that actor; a criticism of an act targets whoever did it
("condemned Russia's attack" -> Russia, "the arrests of four people in Canada" -> Canada,
"Iran providing weapons" -> Iran), and a state agent stands for its state ("Chinese
authorities" -> China).
"approved an operation" is an act, not speech, and is left to the relations.

>>> from kg.nlp import load_pipeline
>>> from kg.extract.mentions import extract_mentions
>>> doc = load_pipeline()("Washington blames Russia for using cyberattacks to sway the vote.")
>>> [(c.claimer.span.text, c.stance.value, [t.span.text for t in c.targets], c.content.text)
...  for c in extract_claims(doc, extract_mentions(doc))]
[('Washington', 'accuse', ['Russia'], 'using cyberattacks to sway the vote')]
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace

from spacy.tokens import Doc, Token

from kg.extract import cues
from kg.extract._index import DocIndex, indexed
from kg.extract.claims import authored, commitments, readouts, threats
from kg.extract.claims import base as claims_base
from kg.extract.claims.according import _according_to_claims
from kg.extract.claims.accused_negation import accused_negations
from kg.extract.claims.address_speech import (
    ADDRESS_RULE,
    address_claims,
    address_rule,
    courtesy_dropped,
)
from kg.extract.claims.appeals import appealed_contents
from kg.extract.claims.appended import MISTAGGED_DENIALS, _appended_charge_claims
from kg.extract.claims.authored import authored_charges
from kg.extract.claims.base import LINK_VERBS, _Context
from kg.extract.claims.claimed_acts import CLAIMING_VERBS, claimed_act_claims
from kg.extract.claims.clarity import MAKE_VERBS, made_clear_claims
from kg.extract.claims.conjoined import conjoined_stances
from kg.extract.claims.content_approved import thanked_doers
from kg.extract.claims.content_lexicon import VILIFYING_VERBS
from kg.extract.claims.demands import (
    DEMAND_VERBS,
    RENEWING_VERBS,
    _appeal_reason_claims,
    _demand_claims,
    demanded_halt_claims,
    official_demand_claims,
    release_call_claims,
)
from kg.extract.claims.denial_nouns import denial_nouns
from kg.extract.claims.denials import (
    _DRAWING_VERBS,
    CHANT_VERBS,
    OUTCRY_NOUNS,
    REACTION_VERBS,
    SINGLING_VERBS,
    _angry_reaction_claims,
)
from kg.extract.claims.denials import refine as _refine_denials
from kg.extract.claims.emotive import ANGERING_VERBS, REGRET_VERBS, _emotion_claims
from kg.extract.claims.labels import (
    FALSITY_LABEL_VERBS,
    FINDING_VERBS,
    _label_claims,
    declared_falsities,
)
from kg.extract.claims.learned import relabel as _learned_relabel
from kg.extract.claims.measures import measure_reasons, reason_charges
from kg.extract.claims.messages import label_denials, message_frames
from kg.extract.claims.mutual import blame_idioms, mutual_blames
from kg.extract.claims.news_reports import (
    _news_report_claims,
    _reported_view_claims,
    reports_referred_back,
)
from kg.extract.claims.nominal import (
    _ALLEGATION_LIKE,
    _NOUN_CUE_VERBS,
    _allegation_noun_claims,
    _concern_claims,
    _message_noun_claims,
    _predicate_claims,
    _stance_noun_claims,
    is_message_noun,
)
from kg.extract.claims.non_speakers import drop_non_speakers
from kg.extract.claims.owned import _owned_charge_claims
from kg.extract.claims.owned_opposition import OPPOSITION_NOUNS, owned_opposition_claims
from kg.extract.claims.posts import POST_RULE, post_voice_claims
from kg.extract.claims.prose import reported_charges
from kg.extract.claims.publisher import marked
from kg.extract.claims.reactions import (
    AIMING_VERBS,
    BRISTLING_VERBS,
    FELT_ADJECTIVES,
    felt_reaction_claims,
)
from kg.extract.claims.readiness import answered_measures, armed_readiness
from kg.extract.claims.readouts import (
    meeting_topics_dropped,
    readout_claims,
    readout_verbs,
    stated_by_claims,
    trailing_verbs,
    yields_its_sentence,
)
from kg.extract.claims.rebukes import rebuke_questions
from kg.extract.claims.refusals import (
    _REFUSAL_HEADS,
    NO_COMMENT_NOUNS,
    _no_comment_from_claims,
    _non_acceptance_claims,
    _refusal_claims,
    _unanswered_claims,
)
from kg.extract.claims.rejections import (
    distanced_offer_claims,
    suspected_charge_claims,
    unaccepted_offer_claims,
)
from kg.extract.claims.requests import REFUSING_VERBS, _refused_request_claims
from kg.extract.claims.said_denials import one_said_denials
from kg.extract.claims.sourced import sourced_charges
from kg.extract.claims.speech import _follow_on_quotes, _unquoted_bites, _verb_claims
from kg.extract.claims.speech_after import speakers_named_after
from kg.extract.claims.speech_runs import run_charges
from kg.extract.claims.stance_encoder import choose as _encoder_stances
from kg.extract.claims.stance_encoder import installed as _encoder_installed
from kg.extract.claims.stance_model import choose as _choose_stances
from kg.extract.claims.targets import actor_mention, antecedent_targets, denied_accusers
from kg.extract.claims.targets_acts import act_doers, told_doers
from kg.extract.claims.targets_addressee import addressed_parties, demand_addressees
from kg.extract.claims.targets_coordinated import coordinated_targets, unaccused_deniers
from kg.extract.claims.targets_denials import context_accusers, counter_accused
from kg.extract.claims.targets_findings import judged_findings
from kg.extract.claims.targets_origin import charged_states
from kg.extract.claims.targets_warned import warned_addressees
from kg.extract.claims.territorial import CLAIM_VERBS, LAYING_VERBS, territorial_claims
from kg.extract.claims.threats import (
    _not_ruled_out_claims,
    _received_threat_claims,
    _threat_noun_claims,
    _vow_claims,
)
from kg.extract.claims.titled_speakers import titled_persons
from kg.extract.claims.voice import author_voice_claims
from kg.extract.hedges import find_quotes
from kg.extract.mentions import is_anonymous_source
from kg.model import Claim, Mention, Stance
from kg.resolve.voice import OFFICIAL_ONLY

__all__ = ["OPTIONAL", "RULES", "actor_mention", "extract_claims", "is_anonymous_source"]

#: A coordination between a reported speaker and a later cue: "it has detained X but did not".
_COORDINATED = re.compile(r"\b(?:but|while|yet|whereas)\b|;")


def extract_claims(
    doc: Doc, mentions: tuple[Mention, ...], rules: Iterable[str] | None = None
) -> tuple[Claim, ...]:
    """Every claim in ``doc``, in text order (by cue, then claimer).

    ``mentions`` are the entity mentions of the document; a claimer or target whose
    head lies inside one reuses it, so labels and roles carry over.  ``rules`` names the
    rule families to apply (from :data:`RULES`; by default all but those only an official
    text keeps, ``kg.resolve.voice.OFFICIAL_ONLY``: :func:`kg.extract.extract` asks for
    them and resolution decides, and the :data:`OPTIONAL` ones); each claim records the
    family that made it in :attr:`~kg.model.Claim.rule`, and whose voice it is in
    (:attr:`~kg.model.Claim.voice`, :mod:`.publisher`).
    """
    chosen = RULES - OFFICIAL_ONLY - OPTIONAL if rules is None else frozenset(rules)
    unknown = chosen - RULES
    if unknown:
        raise ValueError(f"unknown claim rules: {sorted(unknown)}; known: {sorted(RULES)}")
    with indexed(doc) as index:
        # each claim marked a speaker's or the text's own (kg.model.Voice, .publisher)
        return marked(_claims(doc, mentions, index, chosen))


#: Lemmas and words besides verbs that a rule of :data:`_RULES` starts from: allegation
#: and no-comment nouns, refusal heads, "according", adjectives of concern.
_CUE_LEMMAS = cues.ACCUSATION_NOUNS | {
    "claim",
    "complaint",
    "comment",
    "response",
    "reaction",
    "announcement",
    "message",
    "statement",
    "assertion",
    "declaration",
    "threat",
    "report",
    "word",  # "there has been no word from X" (no_comment_from)
    "war",  # "a war of words between X and Y" (angry_reaction)
    "suspicion",  # "detained X on suspicion of spying" (suspected_charge, round 23)
    "suspicions",
    *OUTCRY_NOUNS,  # "amid an outcry from X over Y" (angry_reaction)
    *OPPOSITION_NOUNS,  # "China's opposition to X" (owned_opposition, round 25)
}


_CUE_WORDS = (
    cues.CONCERN_ADJECTIVES
    | cues.EMOTION_ADJECTIVES
    | frozenset(cues.PREDICATE_CUES)
    | {"according", "must"}  # "Russia must de-escalate" (official_demand)
    | MISTAGGED_DENIALS
    | FELT_ADJECTIVES  # "lawmakers are angry at X's failure" (felt_reaction, round 22)
    | commitments.held_words()  # "Our commitment to X is unwavering" (readout_cue, round 34)
)


def _claim_key(claim: Claim) -> tuple[int, int, int, str, int]:
    """One claim per cue, claimer, stance and content start: the first rule to make it wins."""
    content_start = claim.content.start if claim.content else -1
    span = claim.claimer.span
    return (claim.cue.start, span.start, span.end, claim.stance.value, content_start)


#: The families a word's (pos, lemma, lower-case form) passes the gates of, by the
#: families asked about (a few sets of rules at most; each emptied when it grows).
_PASSING: dict[
    tuple[tuple[str, Rule, Gate], ...], dict[tuple[str, str, str], list[tuple[str, Rule]]]
] = {}
_PASSING_KEPT = 100_000


def _cue_candidates(
    doc: Doc, index: DocIndex, families: list[tuple[str, Rule, Gate]]
) -> Iterator[tuple[Token, list[tuple[str, Rule]]]]:
    """The tokens some rule may start a claim from (verbs, and the lemmas and words
    above), each with the families whose gate (:data:`GATES`) it passes: a cheap test on
    the index, so that the other tokens are never built and a family is not called on a
    token it would return at once for."""
    # a gate reads only the three strings: each word's families are found once for all
    # documents extracted with the same families (the lists are only read)
    chosen = tuple(families)
    seen = _PASSING.get(chosen)
    if seen is None or len(seen) > _PASSING_KEPT:
        if len(_PASSING) >= 4:
            _PASSING.clear()
        seen = _PASSING[chosen] = {}
    for i, (pos, lemma, lower) in enumerate(
        zip(index.pos, index.lemmas, index.lowers, strict=True)
    ):
        if pos == "VERB" or lemma in _CUE_LEMMAS or lemma in _REFUSAL_HEADS or lower in _CUE_WORDS:
            key = (pos, lemma, lower)
            passing = seen.get(key)
            if passing is None:
                passing = seen[key] = [
                    (name, rule) for name, rule, gate in families if gate(pos, lemma, lower)
                ]
            if passing:
                yield index.tokens[i], passing


def _claims(
    doc: Doc, mentions: tuple[Mention, ...], index: DocIndex, rules: frozenset[str]
) -> tuple[Claim, ...]:
    text = index.text
    ordered = tuple(sorted(mentions, key=lambda m: (m.span.start, -m.span.end)))
    quotes = find_quotes(text)
    context = _Context(
        doc,
        text,
        ordered,
        quotes,
        tuple(q.start for q in quotes),
        tuple(m.span.start for m in ordered),
        rules,
    )
    families = [(name, rule, GATES[name]) for name, rule in CUE_RULES.items() if name in rules]
    claims: dict[tuple[int, int, int, str, int], Claim] = {}
    for token, passing in _cue_candidates(doc, index, families):
        for name, rule in passing:
            for claim in rule(token, context):
                if claim.negated:
                    continue  # "has not blamed X", "did not accuse": no claim of that stance
                key = _claim_key(claim)
                if key not in claims:
                    claims[key] = replace(
                        claim, rule=f"{name}+{claim.rule}" if claim.rule else name
                    )
    if "message_frame" in rules:
        for claim in label_denials(tuple(claims.values()), context):
            claims.setdefault(_claim_key(claim), replace(claim, rule=f"message_frame+{claim.rule}"))
    if "author_voice" in rules:
        # a readout verb's plain assertion yields to the text's own charge of its sentence
        # ("The Secretary highlighted Russia's use of cluster munitions ...": the official's
        # accusation, as the official-prose rules read it; round 32)
        yielding = {
            key: claim
            for key, claim in claims.items()
            if claim.rule.split("+")[0] == "readout_cue" and claim.stance is Stance.ASSERT
        }
        heard = [claim for key, claim in claims.items() if key not in yielding]
        for claim in author_voice_claims(context, heard):
            key = (claim.cue.start, claim.claimer.span.start, 0, claim.stance.value, -1)
            claims.setdefault(key, replace(claim, rule=f"author_voice+{claim.rule}"))
            for gone in [k for k, c in yielding.items() if c.sentence == claim.sentence]:
                claims.pop(gone, None)
                del yielding[gone]
    found = tuple(claims[key] for key in sorted(claims))
    # a declaring verb's falsity label: its cue's one claim (round 44, deny56; labels.py)
    found = declared_falsities(found, context)
    if "follow_on_quote" in rules:
        found = _follow_on_quotes(found, context)
    if "unquoted_bite" in rules:
        found = _unquoted_bites(found, context)
    if "named_after" in rules:
        found = speakers_named_after(found, context)
    if "run_charge" in rules:
        found = run_charges(found, context)
    if "self_report" in rules:
        found = _merge_self_reports(found, text)
    if "conjoined_stances" in rules:
        found = conjoined_stances(found, context)
    if "denial_content" in rules:
        found = _refine_denials(found, context)
    if "accused_negation" in rules:
        found = accused_negations(found, context)
    if "measure_reason" in rules:
        found = measure_reasons(found, context)
    if "reason_charge" in rules:
        found = reason_charges(found, context)
    if "armed_readiness" in rules:
        found = armed_readiness(found, context)
    if "answered_measures" in rules:
        found = answered_measures(found, context)
    if "rebuke_question" in rules:
        found = rebuke_questions(found, context)
    if "mutual_blame" in rules:
        found = mutual_blames(found, context)
    if "blame_idiom" in rules:
        found = blame_idioms(found, context)
    if "authored_charge" in rules or authored.POINT31_CHARGES:
        found = authored_charges(found, context)
    if "sourced_charge" in rules:
        found = sourced_charges(found, context)
    if "message_frame" in rules:
        found = message_frames(found, context, bare_charges="bare_charge" in rules)
    if "denial_noun" in rules:
        found = denial_nouns(found, context)
    if "reported_prose" in rules:
        found = reported_charges(context, found)
    if "denied_accuser" in rules:
        found = denied_accusers(found, context)
    if "counter_accused" in rules:
        found = counter_accused(found, context)
    if "context_accuser" in rules:
        found = context_accusers(found, context)
    # a denied charge and the saying participle's denial: one claim (round 43, dev54)
    found = one_said_denials(found, context)
    if "act_doer" in rules:
        found = act_doers(found, context)
    if "told_doer" in rules:
        found = told_doers(found, context)
    if "warned_addressee" in rules:
        found = warned_addressees(found, context)
    if "judged_findings" in rules:
        found = judged_findings(found, context)
    if "charged_state" in rules:
        found = charged_states(found, context)
    if "reports_back" in rules:
        found = reports_referred_back(found, context)
    if "relative_antecedent" in rules:
        found = antecedent_targets(found, context)
    if "coordinated_target" in rules:
        found = coordinated_targets(found, context)
    # the doers of the deed thanks are for ("thanked X for the support shown by Y"; round 37,
    # approve40: content_approved.THANKED_DEEDS)
    found = thanked_doers(found, context)
    if "demand_addressee" in rules:
        found = demand_addressees(found, context)
    if "addressed_party" in rules:
        found = addressed_parties(found, context)
    if "unaccused_denier" in rules:
        found = unaccused_deniers(found, context)
    if "learned_stance" in rules:
        found = _learned_relabel(found, context)
    if "appealed_content" in rules:
        # an assertion that is an appeal dropped; a demanded or promised punishment restanced
        found = appealed_contents(found, context)
    if "readout_cue" in rules:
        # a meeting's purpose that names no stance toward a party: no claim (round 44)
        found = meeting_topics_dropped(found, context)
    if "titled_person" in rules:
        # late, so that the rules that read a claimer's place in the parse read the body's
        found = titled_persons(found, context)
    if "non_speaker" in rules:
        found = drop_non_speakers(found, context)
    if POST_RULE in rules:
        # last, so that no other rule reads its claims (kept only in an official post)
        found = _with_post_voice(found, context)
    if ADDRESS_RULE in rules:
        # after every rule that reads claims: a speech's sentences no rule read (kept only
        # inside a speaker's speech, by resolution; .address_speech); courtesies no claim
        found = courtesy_dropped(found, context)
        found = found + tuple(
            replace(claim, rule=address_rule(claim.rule))
            for claim in address_claims(context, found)
        )
    if "stance_model" in rules:
        found = _choose_stances(found, context)
    # the encoder reader last: it reads the rules' (and the chooser's) stances
    return _encoder_stances(found, context) if "stance_encoder" in rules else found


def _with_post_voice(found: tuple[Claim, ...], context: _Context) -> tuple[Claim, ...]:
    """``found`` and ``post_voice``'s claims in the sentences with no claim; with
    :data:`~kg.extract.claims.readouts.YIELD_TO_POST_VOICE` a readout verb's plain assertion
    counts as none, and gives its sentence up to the charge read there (as it does to
    ``author_voice``'s)."""
    yielding = readouts.YIELD_TO_POST_VOICE
    heard = [claim for claim in found if not (yielding and yields_its_sentence(claim))]
    posted = tuple(replace(claim, rule=POST_RULE) for claim in post_voice_claims(context, heard))
    if yielding and posted:
        charged = {claim.sentence for claim in posted}
        found = tuple(
            claim
            for claim in found
            if not (claim.sentence in charged and yields_its_sentence(claim))
        )
    return found + posted


def _same_speaker(pronoun: Mention, speaker: Mention) -> bool:
    """Whether a pronoun in X's reported clause can be X: 'he'/'she' for a person, 'it'
    for a state or organisation, 'they'/'we' for a plural or collective speaker."""
    if pronoun.label != "PRON":
        return False
    word = pronoun.span.text.lower()
    if word in ("he", "she"):
        return speaker.label == "PERSON"
    if word == "it":
        return speaker.label in ("GPE", "ORG", "NORP") and not speaker.plural
    if word in ("they", "we"):
        return speaker.plural or speaker.label in ("GPE", "ORG", "NORP", "ANON")
    return False


#: Cues of an assertion that only voice the speaker's belief in what it says: "X said
#: they believe P" and "X said it had confirmed that P" are one claim, X's, not two.
_BELIEF_CUES = frozenset(
    f"{stem}{ending}" for stem in ("believe", "confirm") for ending in ("", "s", "d", "ed")
) - {"believeed", "confirmd"}


def _merge_self_reports(claims: tuple[Claim, ...], text: str) -> tuple[Claim, ...]:
    """'X said that he rejects the charges', 'X told the gathering that she is concerned
    that ...': the reported clause is X's own stance, so the assertion takes the inner
    claim's stance and targets (and keeps X as claimer and the whole clause as content),
    and the inner claim by the pronoun goes; so does an inner assertion of belief ("X said
    they believe P", :data:`_BELIEF_CUES`).  A stance in a later conjunct ("confirmed
    that it has detained four journalists ... but did not disclose details") is a second
    claim, not the assertion's stance."""
    merged: dict[int, Claim] = {}
    dropped: set[int] = set()
    for i, outer in enumerate(claims):
        if outer.content is None or outer.quoted:
            continue
        # round 43 (wire55): a content read through its speaker's certainty frame already
        # holds the inner belief's stance; the inner claim of the belief cue is its duplicate
        framed = outer.stance is not Stance.ASSERT
        if framed and not claims_base.SPEAKERS_CERTAINTY:
            continue
        for j, reported in enumerate(claims):
            if (
                j != i
                and j not in dropped
                and (
                    reported.stance is not Stance.ASSERT
                    or reported.cue.text.lower() in _BELIEF_CUES
                )
                and _same_speaker(reported.claimer, outer.claimer)
                and outer.content.start <= reported.claimer.span.start
                and reported.cue.end <= outer.content.end
                and not _COORDINATED.search(text[reported.claimer.span.end : reported.cue.start])
            ):
                if framed:
                    if (
                        reported.cue.text.lower() in _BELIEF_CUES
                        and reported.stance is outer.stance
                    ):
                        dropped.add(j)
                        break
                    continue
                merged[i] = replace(
                    outer,
                    stance=reported.stance,
                    targets=reported.targets,
                    rule=f"{outer.rule}+self_report",
                )
                dropped.add(j)
                break
    return tuple(merged.get(i, c) for i, c in enumerate(claims) if i not in dropped)


#: A rule family reads claims off one cue token (a verb, an allegation noun, "according").
Rule = Callable[[Token, _Context], Iterator[Claim]]

#: The claim rule families that start from a cue, by name, in the order they are tried
#: (a later family's claim with the same cue, claimer, stance and content is a duplicate).
CUE_RULES: dict[str, Rule] = {
    "allegation_noun": _allegation_noun_claims,  # "North Korean allegations that P"
    "owned_charge": _owned_charge_claims,  # "charges by X of Y's interference"
    "owned_opposition": owned_opposition_claims,  # "China's opposition to X" (round 25)
    "message_noun": _message_noun_claims,  # "an announcement from the authorities that P"
    "reported_speech": _verb_claims,  # "X said/denied/accused ...", quotes and clauses
    "label": _label_claims,  # "described the accusations as baseless", "seen as a troll farm"
    "refusal": _refusal_claims,  # "declined to comment", "gave no details"
    "no_comment_from": _no_comment_from_claims,  # "there was no immediate comment from X"
    "unanswered": _unanswered_claims,  # "has not yet responded to the allegations"
    "according_to": _according_to_claims,  # "according to X, P"
    "stance_noun": _stance_noun_claims,  # "expressed support for", "voiced concern over"
    "concern": _concern_claims,  # "is deeply concerned about X"
    "predicate_adjective": _predicate_claims,  # "have been strongly critical of X"
    "vow": _vow_claims,  # "vowed to retaliate against Israel", "vowed revenge"
    "threat_noun": _threat_noun_claims,  # "Israel's threats to attack Iran"
    "not_ruled_out": _not_ruled_out_claims,  # "has not ruled out a military strike on Iran"
    "received_threat": _received_threat_claims,  # "received death threats from Pyongyang"
    "non_acceptance": _non_acceptance_claims,  # "does not accept these accusations"
    "demand": _demand_claims,  # "called on Russia to stop its attacks on civilians"
    "official_demand": official_demand_claims,  # "We urge Iran to return to the JCPOA" (round 20)
    "release_call": release_call_claims,  # "We demand the release of X" (round 21)
    "demanded_halt": demanded_halt_claims,  # "demanded a halt to bombardments by X" (round 24)
    "appeal_reason": _appeal_reason_claims,  # "urged X to lift the sanctions, since P"
    "appended_charge": _appended_charge_claims,  # "..., a charge officials in Kiev deny"
    "angry_reaction": _angry_reaction_claims,  # "reacted angrily to X", "Vietnam protested X"
    "emotion_frame": _emotion_claims,  # "regrets that X did not consult it", "angered Beijing"
    "felt_reaction": felt_reaction_claims,  # "lawmakers are angry at X's failure" (round 22)
    "refused_request": _refused_request_claims,  # "refused Moscow's demand to withdraw"
    "unaccepted_offer": unaccepted_offer_claims,  # "will never accept a deal proposed by X"
    "distanced_offer": distanced_offer_claims,  # "distanced itself from X's plan" (round 23)
    "suspected_charge": suspected_charge_claims,  # "detained X on suspicion of spying"
    "news_reports": _news_report_claims,  # "there are reports that P", "media report that P"
    "reported_view": _reported_view_claims,  # "X are reported to hold the view that P"
    "made_clear": made_clear_claims,  # "made it clear that P" (round 20)
    "readout_cue": readout_claims,  # "informed about X", "stands with X" (round 32)
    "stated_by": stated_by_claims,  # "P. This was stated by X." (round 32)
    "claimed_act": claimed_act_claims,  # "claim interference in their affairs" (round 21)
    "territorial_claim": territorial_claims,  # "an area claimed by Eritrea" (round 38)
}

#: The verbs of ``readout_cue``'s lexicon (kg/data/readout_cues.tsv).
_READOUT_VERBS = readout_verbs()
#: The nouns and adjectives of a support held with no speech verb (round 34, support35).
_HELD_WORDS = commitments.held_words()
#: The verbs of ``stated_by``'s trailing attribution (the same file).
_TRAILING_VERBS = trailing_verbs()

#: A cheap necessary condition of each family in :data:`CUE_RULES` on a cue token's
#: ``(pos_, lemma_.lower(), lower_)``, read off the index: the family makes no claim from
#: a token that fails it (the family's own first test, or looser), so it is not called.
Gate = Callable[[str, str, str], bool]

#: Lemmas to which :func:`~kg.extract.claims.base.verb_stance` can give a stance.
_STANCE_LEMMAS = (
    frozenset(cues.VERB_STANCES)
    | frozenset(cues.PREP_CUES)
    | frozenset(verb for verb, _ in cues.PHRASAL_STANCES)
    | LINK_VERBS
    | claims_base.SHOWING_VERBS
    | claims_base.FINDING_CHARGE_VERBS
)
_NO_COMMENT_NOUNS = NO_COMMENT_NOUNS
_UNANSWERED_VERBS = frozenset({"respond", "reply", "confirm"})
_ANGRY_REACTION_VERBS = (
    REACTION_VERBS
    | SINGLING_VERBS
    | _DRAWING_VERBS
    | CHANT_VERBS
    | {"protest", "go", "summon", "call"}
)

#: The grounds nouns of ``suspected_charge`` ("on suspicion of", "on charges of").
_SUSPICION_NOUNS = frozenset(
    {"suspicion", "suspicions", "charge", "charges", "accusation", "accusations", "allegation"}
)

GATES: dict[str, Gate] = {
    "allegation_noun": lambda pos, lemma, lower: pos == "NOUN" and lemma in _ALLEGATION_LIKE,
    "owned_charge": lambda pos, lemma, lower: pos == "NOUN" and lemma in cues.ACCUSATION_NOUNS,
    "owned_opposition": lambda pos, lemma, lower: pos == "NOUN" and lemma in OPPOSITION_NOUNS,
    "message_noun": lambda pos, lemma, lower: pos == "NOUN" and is_message_noun(lemma),
    # a stance verb, or "as X put it"
    "reported_speech": lambda pos, lemma, lower: (
        (pos == "VERB" and lemma in _STANCE_LEMMAS) or lemma == "put"
    ),
    "label": lambda pos, lemma, lower: (
        pos == "VERB"
        and (
            lemma in cues.LABEL_VERBS
            or lemma in FINDING_VERBS
            or lemma in VILIFYING_VERBS
            or lemma
            in FALSITY_LABEL_VERBS  # the family returns at once while DECLARED_FALSITY is off
        )
    ),
    "refusal": lambda pos, lemma, lower: lemma in _REFUSAL_HEADS,
    "no_comment_from": lambda pos, lemma, lower: pos == "NOUN" and lemma in _NO_COMMENT_NOUNS,
    "unanswered": lambda pos, lemma, lower: pos == "VERB" and lemma in _UNANSWERED_VERBS,
    "according_to": lambda pos, lemma, lower: lower == "according",
    "stance_noun": lambda pos, lemma, lower: pos == "VERB" and lemma in _NOUN_CUE_VERBS,
    "concern": lambda pos, lemma, lower: (
        (lower in cues.CONCERN_ADJECTIVES or lower in cues.EMOTION_ADJECTIVES)
        and pos in ("ADJ", "VERB")
    ),
    "predicate_adjective": lambda pos, lemma, lower: pos == "ADJ" and lower in cues.PREDICATE_CUES,
    # the countering cues pass whatever the switch: gate results are kept per word, and the
    # family returns at once for them while threats.COUNTERED_THREATS is off
    "vow": lambda pos, lemma, lower: (
        pos == "VERB" and (lemma in cues.VOW_VERBS or lemma in threats.COUNTER_CUES)
    ),
    "threat_noun": lambda pos, lemma, lower: pos == "NOUN" and lemma in ("threat", "threats"),
    "not_ruled_out": lambda pos, lemma, lower: pos == "VERB" and lemma == "rule",
    "received_threat": lambda pos, lemma, lower: (
        pos == "VERB" and lemma in ("receive", "face", "get")
    ),
    "non_acceptance": lambda pos, lemma, lower: pos == "VERB" and lemma in cues.ACCEPT_VERBS,
    "demand": lambda pos, lemma, lower: pos == "VERB" and lemma in DEMAND_VERBS,
    "official_demand": lambda pos, lemma, lower: (
        (pos == "VERB" and lemma in DEMAND_VERBS) or lower == "must"
    ),
    "release_call": lambda pos, lemma, lower: (
        pos == "VERB" and (lemma in DEMAND_VERBS or lemma in RENEWING_VERBS)
    ),
    "appeal_reason": lambda pos, lemma, lower: pos == "VERB" and lemma in DEMAND_VERBS,
    "demanded_halt": lambda pos, lemma, lower: pos == "VERB" and lemma in DEMAND_VERBS | {"seek"},
    # a deny verb, or "blame": verb_stance's lemmas
    "appended_charge": lambda pos, lemma, lower: (
        (pos == "VERB" and lemma in _STANCE_LEMMAS)
        or (pos == "NOUN" and lower in MISTAGGED_DENIALS)
    ),
    "angry_reaction": lambda pos, lemma, lower: (
        (pos == "VERB" and lemma in _ANGRY_REACTION_VERBS)
        or (pos == "NOUN" and (lemma == "war" or lemma in OUTCRY_NOUNS))
    ),
    "felt_reaction": lambda pos, lemma, lower: (
        (pos == "ADJ" and (lemma in FELT_ADJECTIVES or lower in FELT_ADJECTIVES))
        or (
            pos == "VERB"
            and (lemma in BRISTLING_VERBS or lemma in AIMING_VERBS or lower in FELT_ADJECTIVES)
        )
    ),
    "emotion_frame": lambda pos, lemma, lower: (
        pos == "VERB" and (lemma in REGRET_VERBS or lemma in ANGERING_VERBS)
    ),
    "refused_request": lambda pos, lemma, lower: pos == "VERB" and lemma in REFUSING_VERBS,
    "unaccepted_offer": lambda pos, lemma, lower: pos == "VERB" and lemma in cues.ACCEPT_VERBS,
    "distanced_offer": lambda pos, lemma, lower: pos == "VERB" and lemma == "distance",
    "suspected_charge": lambda pos, lemma, lower: (
        (pos == "NOUN" and lemma in _SUSPICION_NOUNS) or lemma in ("suspect", "accuse")
    ),
    "news_reports": lambda pos, lemma, lower: pos in ("NOUN", "VERB") and lemma == "report",
    "reported_view": lambda pos, lemma, lower: pos == "VERB" and lemma in ("report", "say"),
    "made_clear": lambda pos, lemma, lower: pos == "VERB" and lemma in MAKE_VERBS,
    # a readout verb, or a held support's noun or "committed" (round 34: commitments.HELD_SUPPORT)
    "readout_cue": lambda pos, lemma, lower: (
        (pos == "VERB" and lemma in _READOUT_VERBS)
        or (pos in ("NOUN", "ADJ") and (lemma in _HELD_WORDS or lower in _HELD_WORDS))
    ),
    "stated_by": lambda pos, lemma, lower: pos == "VERB" and lemma in _TRAILING_VERBS,
    "claimed_act": lambda pos, lemma, lower: pos == "VERB" and lemma in CLAIMING_VERBS,
    "territorial_claim": lambda pos, lemma, lower: (
        pos in ("VERB", "AUX")
        and (lemma in CLAIM_VERBS or lemma in LAYING_VERBS or lower in LAYING_VERBS)
    ),
}

#: Families that refine what the cue rules found rather than start from a cue.
REFINEMENTS: dict[str, str] = {
    "content_stance": "an asserted content that denies, charges or threatens sets the stance",
    "uncharged_denial": "with content_stance: a speaker's own act said to be no hostile act "
    "('says its actions do not violate international law') is ASSERT, not DENY, when neither "
    "the sentence nor the one before states a charge it answers (the guide's point 21; "
    "round 23, dismiss23b)",
    "split_denial": "'denied the charge, saying P' (a denial answering an allegation noun, "
    "spelled out by a participle of saying) is two claims, as the guide's point 22 reads two "
    "cues: the denial of the charge and what 'saying' says, its stance read off P "
    "(round 20, issue 12; on since round 22); off: one denial whose content is P "
    "(.speech_deny)",
    "harmful_doing": "with content_stance: a doing the content calls a danger or a breach ('the "
    "drills pose a serious threat to the country', 'the flights are a violation of the "
    "resolution', 'they illegally entered its waters'): an accusation of its owner, perhaps "
    "unnamed (.content_imputed)",
    "hostile_purpose": "with content_stance: a hostile act the content gives as a doing's "
    "purpose ('sent the ships in order to intimidate its neighbours', 'are spreading these "
    "claims so they can discredit the vote'): an accusation of the doer (.content_imputed)",
    "evidenced_doing": "with content_stance (optional): a record that shows another side's "
    "hostile act, weapon fired or planted, or dealings with armed groups ('the footage shows "
    "X's soldiers planting mines', 'documents show that X paid the rebels'): an accusation of "
    "the doer (.content_imputed)",
    "civilians_harmed": "with content_stance: a hostile act against civilians whose doer the "
    "sentence names only as a force ('the army is targeting civilians', 'government soldiers "
    "killed dozens of protesters'): an accusation of the doer (.content_imputed)",
    "told_conduct": "with content_stance: conduct told as another party's with no charge "
    "word: a hostile act planned or sought ('is planning attacks in Kashmir'), a thing used as "
    "a weapon or a cover ('is using energy as a weapon'), forces at work inside another state "
    "('Russian troops continue to operate in eastern Ukraine'), cover given to a hostile "
    "actor ('were providing cover for militants'): an accusation of the doer (round 23, "
    "charge23; .content_conduct)",
    "wronged_rights": "with content_stance: conduct told as done against a rule or without "
    "leave ('was operating in the region in violation of the U.N. arms embargo', 'entered "
    "without permission') or as harming another party's right, sovereignty or interests "
    "('troops are squashing the right of self-determination'): an accusation of the doer "
    "(round 24, conduct24; .content_wronged)",
    "adopted_conduct": "with content_stance: a line of conduct another side takes up, keeps "
    "or carries out, called unlawful or hostile by a wrong_adj qualifier ('has adopted a "
    "hostile policy towards his country', 'is choosing a path of illegal and destabilizing "
    "behavior', 'take an aggressive stance against X'): an accusation of the doer (round 25, "
    "conduct25; .content_adopted)",
    "disowned_conduct": "with content_stance (optional): the speaker's own side negating a "
    "doing that would be a charge, with no denial word ('Sudan will never support rebels "
    "against any neighboring government', 'Iran has no nuclear-weapons program', 'has no "
    "intention of overthrowing the government'): a denial, read after own_negation (round 25, "
    "conduct25; .content_disowned, .denials)",
    "evidence_frame": "with content_stance: a charge told as what evidence, a record or the "
    "speaker's own observation shows ('possess evidence that X is planning to invade', 'there "
    "is clear evidence that X has adopted a hostile policy', 'we have observed that there are "
    "efforts to undermine the government', 'have evidence of a bombing campaign by X'): the "
    "stance of the clause the frame carries (round 25, conduct25; .content_evidence)",
    "promised_incursion": "with content_stance: forces the speaker's side promises to send "
    "into a named state ('he would send troops into Ukraine to defend ...'): a threat to that "
    "state (round 24, conduct24; .content_threat_moves, read by .content_threat)",
    "protesting_states": "with angry_reaction: states named by a common noun protest in words "
    "('Western countries have protested the deployment of Russian troops', 'many countries "
    "protested the executions'): a criticism of what they protest (round 24, conduct24; "
    ".denials)",
    "dismissed_charge": "with label: a charge dismissed by a label whose parse hides it ('called "
    "Washington's claim nonsense', the charge a compound of the label) or named by a pronoun "
    "('rejected the report and called it an attempt to defame them'; 'blasted the report. He "
    "called it a political statement'): a denial aimed at the charge's maker (round 20, "
    "deny20; .labels)",
    "quoted_label": "with label: a label in quotation marks applied to another side or its "
    "act ('calling the opposition leader \"willful and hard-headed\"', 'referred to his report "
    'as "junk"\') criticizes that side even when the lexicon lacks its words, unless the '
    "label is neutral or positive (round 21, labels21; .labels)",
    "counter_charge": "with counter_statement: the accused side laying the fault on its "
    "accuser after a charge in the sentence or the one before ('X accused Y of ramming the "
    "boat. Y says X's boat was at fault'): Y's denial aimed at X, not an assertion (round 20, "
    "deny20; .denials)",
    "referred_doer": "with content_stance: a hostile act whose doer is a pronoun or an armed "
    "or follower noun a pronoun owns ('Its members are raping ...', 'they shelled the town', "
    "'their troops attacked'), taken back to the actor named last as a clause's subject in "
    "the sentence or the one before, or to the object of a charging verb ('warned Russia that "
    "its military operations undermine ...'), not the speaker, not the speaker's side: an "
    "accusation of that actor (.content_referred, round 20)",
    "participle_agent": "with content_stance (optional): a hostile noun whose doer is the "
    "'by' agent of a participle on it ('the threats posed by Russia', 'the obstacles created "
    "by the Sudanese government'), not a participle of undergoing or judging ('faced by', "
    "'condemned by'): an accusation of that actor or agent's state (.content_accuse, round "
    "20, charge20)",
    "shared_sides": "with reported_speech: a speech verb conjoined to one whose subject is "
    "both sides of a dispute ('with each side reporting casualties and blaming the other for "
    "the violence') shares that subject, though 'side' names no speaker; the resolver makes it "
    "each side's charge against the other (.speech, .claimed_acts, round 21, noun21)",
    "claimed_act": "a verb of claiming or recording whose object is a hostile act or a wrong "
    "told as a noun, no clause ('both countries claim interference in their internal "
    "affairs', 'the letter detailed violations of its territory by its neighbor'): the "
    "subject's accusation of the doer the noun's phrase names, else of nobody named "
    "(.claimed_acts, round 21, noun21)",
    "nominal_doer": "with content_stance: a hostile act or a wrong told as a noun whose own "
    "phrase names its doer ('the latest threats from Pyongyang', 'the South Korean "
    "government's fabrication', 'Russian meddling', 'interference by Beijing'), not negated, "
    "conditional, a time, or what the speaker's act stops or answers, not the speaker's side: "
    "an accusation of that doer (.content_nominal, round 21, noun21)",
    "described_doer": "with content_stance (optional): a hostile act whose doer is a state's "
    "agents named by description only ('the government', 'the regime', 'government troops'), "
    "told by a speaker who is no state, taken back to the state named last as part of a "
    "clause's subject in the sentence or the one before: an accusation of that state "
    "(.content_referred, round 20)",
    "readied_by_hostile": "with content_stance (optional): an armed group that trained, armed "
    "or helped the doers ('they were assisted by a banned militant group'): an accusation of "
    "the group (.content_imputed)",
    "illicit_arms": "with content_stance (on since round 22): a state said to hold, run or hide an "
    "illicit weapons programme or fissile material for a bomb ('X has a covert enrichment "
    "program', 'X could possess enough enriched uranium for a weapon', 'X is moving closer to "
    "building a nuclear bomb'): an accusation of the state (.content_imputed)",
    "official_repression": "with official_prose (optional): an act of repression the text "
    "narrates ('the authorities have jailed hundreds of protesters', 'the regulator shut down "
    "the last independent radio station') or people facing charges for their speech "
    "('journalists who report on the war face criminal charges'), sentenced, held as political "
    "prisoners, arrested on trumped-up charges, or left behind bars (round 19): an accusation of "
    "the doer (.prose)",
    "official_attempt": "with official_prose (optional): the other side's attempt at an act "
    "the text narrates ('they are trying to recruit residents of the occupied areas', 'the "
    "occupiers are trying to tear off the south'): an accusation of the doer (.prose)",
    "evaluated_conduct": "with content_stance: an evaluation of another side's act, decision, "
    "words or of that side with no cue verb of criticism ('the move is completely wrong', 'the "
    "decision is a distraction', 'X did not ensure ...', 'it is not going to solve the problem', "
    "'the law would weaken democracy', 'X must be held accountable', 'disappointed by X's "
    "decision'): a criticism of the act's owner (round 20, crit20; .content_evaluated)",
    "judged_merit": "with content_stance: a merit or a contribution to a shared good denied to "
    "another side's act ('the election process in X is not free, fair, or legitimate', 'that was "
    "not good enough', 'the exercises are not contributing to stability'), also in the clause "
    "an evidence verb frames ('the developments prove P'): a criticism of the act's owner "
    "(round 25, criticism25; .content_judged)",
    "conjoined_stances": "with content_stance: a reported content of conjoined clauses, each "
    "with its own subject or 'that', whose clauses' stances differ is one claim per clause "
    "('said X crossed a red line and that Rwanda reserves the right to defend itself': an "
    "accusation and a threat; the guide's point 13; round 25, criticism25; .conjoined)",
    "warned_off": "with reported_speech: a warning against an act ('warned X against Y', "
    "'warned against Y') threatens only when it names a harm or consequence outside the act "
    "warned against; else it is read as the other warnings are, an assertion whose content "
    "the content rules may read as criticism (round 25, criticism25; .speech_threats)",
    "believed_evaluation": "with content_stance: the criticism rules read on the clause the "
    "speaker's own saying or believing frames inside a content ('we believe this action is "
    "unjustified', 'I think the decision was a mistake'): a criticism of the act's owner "
    "(round 21, crit21; .content_evaluated)",
    "own_criticism": "with content_stance: the speaker's own criticism verb heading its "
    "quoted words ('\"Japan opposes any unilateral or coercive action,\" he said', "
    "'\"we condemn the shelling\"'): a criticism of the owner of what is criticized (round 21, "
    "crit21; .content_evaluated)",
    "drawn_ire": "with angry_reaction: the holder of a feeling an act drew named by 'of' "
    "('the decision has drawn the ire of Beijing', 'earned the wrath of Moscow'): that "
    "holder's criticism of the act's doer (round 21, concern21; .denials)",
    "drawn_by_deed": "with angry_reaction: a reaction drawn by a deed told in a subjectless "
    "participle ('after X visited the islands, provoking ire in Tokyo': X's deed) or held by "
    "the reaction's named modifier ('provoking U.S. criticism'): the holder's criticism of the "
    "deed's doer (round 22, crit22; .denials)",
    "rallied_protest": "with angry_reaction: a protest that is the purpose of a gathering "
    "('thousands rallied in the capital to protest U.S. pressure', 'students gathered outside "
    "the embassy to protest against X'), a slogan chanted in a subjectless participle "
    "('..., chanting \"Death to X\"', the gathering's subject chants) and one claim for "
    "each slogan chanted (round 22, reaction22; .denials)",
    "envoy_protest": "with angry_reaction: a protest with no object made by summoning an "
    "envoy ('said it had summoned Russia's ambassador to protest'): a criticism of the "
    "envoy's state (round 22, reaction22; .denials)",
    "anti_slogans": "with angry_reaction: 'anti-X slogans' chanted or shouted "
    "('demonstrators chanted anti-American slogans'): the chanters' criticism of the nation "
    "X names (round 22, reaction22; .denials)",
    "war_between": "with angry_reaction: a war of words that is a clause's subject with its "
    "sides named by 'between' on that clause's verb ('a war of words is rising between X and "
    "Y'): each side's criticism of the other (round 22, reaction22; .denials)",
    "questioned_will": "with content_stance: a verb of doubt whose object is another side's "
    "will or sincerity ('lawmakers question Pakistan's commitment to the fight', 'questioned "
    "the sincerity of X's offer'): a criticism of the will's owner (round 22, crit22; "
    ".content_doubt)",
    "non_recognition": "with non_acceptance and reported_speech: another side's victory, "
    "authority, result or independence not recognized, not accepted or rejected ('does not "
    "recognize the election victory of X', 'rejected the authority of X', 'will not accept "
    "Kosovo's independence'): a criticism of its owner (round 22, labeldeny22; .refusals)",
    "rejected_act": "with reported_speech: a rejection of another side's act or reaction "
    "('Tokyo dismissed China's opposition to ...', 'rejected the apology of X', 'rejected "
    "Indian actions'): a criticism of its owner, as for a rejected offer (round 22, crit22; "
    ".speech_deny)",
    "doubted_will": "with content_stance: a doubt about another side's will or sincerity "
    "('questioned whether Moscow really wants peace', 'I am not sure that they are really "
    "willing to talk', 'it is unclear whether X is serious about talks'): a criticism of the "
    "doubted side (round 21, concern21; .content_doubt)",
    "little_done": "with content_stance: another side's inaction told as little done ('X has "
    "done little to stop the fighting', 'did nothing to rein in'): a criticism of the idle "
    "side (round 21, concern21; .content_doubt)",
    "approved_act": "with content_stance: the speaker's side supporting or understanding "
    "another side's decision, plan or act ('we understand and support the decision of X'), an "
    "approving evaluation of that act ('his withdrawal is understandable', 'a positive step'), "
    "or being heartened by it ('heartened by the fact that X has ...'): an approval of the act's "
    "owner (round 21, approve21; .content_approved)",
    "judged_act": "with content_stance: a noun of disapproval owned by another side ('could "
    "not distract from its big mistake') or a judgement of an act whose owner is unnamed ('the "
    "artillery exchange left him concerned', 'the move is completely wrong'): a criticism of "
    "the owner, else with no target (round 21, crit21; .content_evaluated)",
    "official_demand": "an official text's demand of a named actor to do anything ('We urge "
    "Iran to return to full implementation of the JCPOA', 'We call on the Taliban to allow "
    "access', 'Russia must de-escalate and fulfil its commitments'): the issuer's criticism of "
    "the addressee, kept only in a U.S. official text, following the allegation it matches "
    "(optional; .demands, round 20)",
    "official_evaluation": "with official_prose: the text's own evaluation of a "
    "named act ('The practice of arbitrarily detaining individuals ... is completely "
    "unacceptable', 'There is no justification for this attack', 'These acts ... cannot be "
    "tolerated'): a criticism of the act's owner, else of the text's adversary, that follows "
    "the allegation it matches (.evaluation)",
    "official_narrative": "with official_prose: the other side's past act the text narrates, "
    "read by the clause's structure, not its verb ('The occupiers have deported thousands of "
    "our children', 'Russian troops fired on the column'): an accusation of the adversary "
    "that follows the allegation it matches (.narrative)",
    "release_call": "an official text's call for a release that names no addressee ('We "
    "demand the immediate and unconditional release of X', 'reiterate our calls for the "
    "release of all political prisoners'): the speaker's criticism of the state the "
    "prisoners are held in, else of the text's adversary; kept only in a U.S. official "
    "text, following the allegation it matches (.demands, round 21)",
    "official_account": "with official_prose (optional): official_narrative widened to the "
    "present tense and the progressive ('They forcibly recruit residents of these areas'), "
    "'they' after any actor named in the sentences before, 'the regime' or 'the "
    "authorities' with no state named: an accusation of the adversary that follows the "
    "allegation it matches (.narrative, round 21)",
    "official_denial": "with official_prose (optional): the speaker's own side denying a "
    "hostile act in its own prose ('We did not mine the approaches to the port', 'we are not "
    "detaining them'): a denial by the text's issuer (.prose)",
    "aided_hostility": "with content_stance (optional): help given to a hostile deed or "
    "handed to armed groups ('is helping the militias attack U.S. bases', 'is giving support "
    "to armed groups'): an accusation of the helper (.content_imputed)",
    "obliged_conduct": "with content_stance: another named party told what it "
    "must stop or do ('Iran should stop interfering in ...', 'Russian forces need to leave "
    "Georgia', 'could be doing more'): a criticism of that party (.content_directive)",
    "conditional_force": "with content_stance: force the speaker's side holds out on another "
    "side's doing ('Japan would strike first if North Korea prepared an attack', 'could hit "
    "the launch sites should X fire a missile'): a threat to that side (.content_held_out)",
    "guide_threats": "with content_stance: the guide's forms of a threat no other rule reads "
    "('has entered a state of war with X', 'could not rule out other options', 'we are "
    "putting X on notice', 'would ratchet up pressure on X'): a threat to the named party "
    "(.content_threat_forms)",
    "exacted_price": "with content_stance (round 24: on): a price another named party is "
    "told it will or must pay, the speaker's side its exactor ('the occupiers will pay the "
    "full price', 'we will make Putin pay a very high price'): a threat to the payer "
    "(round 20, threat20b; .content_threat_price)",
    "withheld_cooperation": "with content_stance: the speaker's side holding out the end of "
    "its cooperation, talks or aid ('may slow or halt its cooperation with X', 'is ready to "
    "suspend the talks', 'might stop food aid shipments'): a threat to the partner (round "
    "20, threat20b; .content_threat_price)",
    "relations_harmed": "with content_stance (optional): a harm to the relations foretold "
    "('would have a grave impact on China-U.S. relations', 'will seriously damage ties with "
    "X'): a threat to the other party (round 20, threat20b; .content_threat_price)",
    "conditional_we": "with content_stance (optional): the speaker's side acting in a "
    "promised main clause that hangs on another named party's failing ('if X does not "
    "comply, we will ...'): a threat to that party; an untargeted threat takes the party its "
    "condition names (round 20, threat20b; .content_threat_price)",
    "speaker_side": "with content_stance: the threat rules read the speaker's side off its "
    "earlier introduction when the claimer is a surname naming no side ('Hague said London "
    "would retaliate' after 'British Foreign Secretary William Hague'): London is the "
    "speaker's own side (.threat_sides)",
    "held_out_cutoff": "with content_stance: a cutoff of aid or supplies to a named party held "
    "out as possible or readied ('could suspend its exports to X', 'is ready to halt gas "
    "deliveries to X'): a threat to that party (.content_held_out)",
    "conditional_protection": "with content_stance: a protective act the speaker's side "
    "promises or readies on another side's doing ('Athens would protect its islands if Ankara "
    "sends warships', 'has a plan to safeguard its interests in case X ...'): a threat to "
    "the condition's doer (.content_threat_guard)",
    "armed_patronage": "with content_stance: an armed group backed by its name, help handed "
    "to armed groups, terrorism furthered or a region driven to war ('Pakistan supports the "
    "Taliban', 'provides sanctuary to militants', 'is encouraging terrorism', 'is pushing the "
    "peninsula toward nuclear war'): an accusation of the doer (round 19, recall19; "
    ".content_imputed, named groups in kg/data/content_lexicon.tsv armed_group)",
    "unescaped_penalty": "with content_stance: a penalty another party is told it will not "
    "escape ('they would not be able to escape merciless punishment', 'the aggressors will not "
    "escape justice', 'Russia's crimes will not go unpunished'): a threat to that party "
    "(round 19, recall19; .content_penalty)",
    "prevented_doing": "with content_stance (round 24: on): the speaker's side vows not to let "
    "a named other party act ('Ankara will not let Athens turn the islands into a base', "
    "'will never allow Ukraine to be a bridgehead'): a threat to that party (round 19, "
    "threat19; .content_threat_prevent)",
    "held_responsible": "with content_stance (optional): a named other party promised it "
    "will be held responsible ('Syria's government will be held responsible for everything "
    "happening in its territory', 'we will hold Moscow accountable'): a threat to that party "
    "(round 19, threat19; .content_threat_prevent)",
    "named_consequences": "with content_stance (round 24: on): consequences foretold for a named "
    "party ('their refusal will have catastrophic consequences for the Ukrainian economy', "
    "'there will be consequences for Moscow'): a threat to that party (round 19, threat19; "
    ".content_threat_prevent)",
    "pressure_faced": "with content_stance (round 24: on): pressure a named other party is told it "
    "will face ('X will face additional pressure', 'would face tougher sanctions', 'will find "
    "itself under increasing pressure'): a threat to that party (.content_threat_guard)",
    "conditional_loss": "with content_stance (optional): a good foretold lost on another "
    "side's doing ('if sanctions are imposed, not a single tanker will leave the Gulf', 'any "
    "resolution will fail unless Belgrade agrees'): a threat to the condition's subject "
    "(.content_conditional)",
    "self_report": "'X said that he rejects the charges': X's assertion takes the inner stance",
    "follow_on_quote": "a sentence that is one quotation with no speaker continues the last one",
    "named_after": "a quotation with no attribution of its own is the speaker the next sentence "
    "names ('\"A. B.\" That was the message from X', 'The accusation came from X') "
    "(.speech_after; document scope)",
    "run_charge": "a follow-on quotation read as a bare assertion that refers back ('This is a war "
    "crime') and holds a word of charge or disapproval continues the same speaker's charge "
    "one or two sentences before: its stance and targets (.speech_runs)",
    "relative_antecedent": "a target that is a relative pronoun ('diplomats whom it accuses of "
    "spying') is the noun its clause modifies",
    "reports_back": "reports referred back ('The reports blame X') speak for the outlets whose "
    "reports the sentence before relays, one claim each (.news_reports)",
    "coordinated_target": "a named target coordinated with further named actors ('implicates "
    "Syrian and Lebanese officials'): each conjunct is a target too (.targets_coordinated)",
    "demand_addressee": "a charge or denial aimed at no named actor, beside its speaker's "
    "demand that a party undo something ('called on X to halt the raids, saying they are a "
    "breach'), is aimed at that party (.targets_addressee)",
    "addressed_party": "a criticism or threat aimed at no named actor is aimed at the state "
    "its complaint, protest or warning is made to ('complained to X about', 'issued warnings "
    "to X, threatening ...', 'summoned a Pakistani diplomat to lodge a protest') "
    "(.targets_addressee)",
    "unaccused_denier": "a denial's target that is the accused of the charge it answers ('the "
    "accusations against <the denier's state>') is dropped, the denier's side "
    "(.targets_coordinated)",
    "denied_accuser": "a denial aimed at no named actor ('dismissing them') answers the author "
    "of the charge or report its sentence names",
    "counter_accused": "a denial aimed at no named actor whose verb is coordinated with its "
    "speaker's accusation answers the party accused ('rejected the claims and accused X of "
    "lying', round 22) (.targets_denials)",
    "context_accuser": "a denial aimed at no named actor answers the one accuser the sentence "
    "before names: an accusation aimed at the denier, the accuser the same speaker's denial "
    "there named, or the author of the charge or report it takes up again; a criticism or "
    "threat of 'such statements' answers the one named speaker there (.targets_denials)",
    "charged_state": "an accusation aimed at no named actor charges the one state its content "
    "names as the owner or origin of the act ('violations originating from X', 'the X-ian "
    "side', 'blamed the X-ian plane') (.targets_origin)",
    "told_accuser": "with context_accuser: a denial of a charge spoken of again ('dismissed the "
    "allegations') with no accusation before answers the one named speaker whose statement "
    "in the sentence before tells of the denier's side ('X say Chinese soldiers crossed the "
    "line') (point 43; .targets_denials)",
    "accused_negation": "an assertion negating, with no modal, a deed of the party another "
    "speaker charged in the sentence before, by a speaker of no third side ('The spokesman "
    "said Uganda has never armed them'), is a denial aimed at the accusers (round 19; "
    ".accused_negation)",
    "judged_findings": "a criticism with no named target of findings taken up again ('called "
    "the findings deeply disturbing', 'found the results of the investigation troubling') is "
    "aimed at the one party an accusation by another speaker in the sentence before charges "
    "(round 19; .targets_findings)",
    "act_doer": "a criticism of an act taken up again with no doer named ('criticized the "
    "move', 'regrets Wednesday's expulsions') is aimed at the one doer of a deed the sentence "
    "before names, not the critic's side (point 30; .targets_acts)",
    "told_doer": "a criticism aimed only at a noun that tells of a deed in its own clause "
    "('concerned over allegations that X was supporting rebels', 'outrage over an incident in "
    "which X's forces detained diplomats') is aimed at the clause's active subject, not the "
    "critic's side (round 26, targets26; .targets_acts)",
    "warned_addressee": "a threat with no target whose cue is a verb of warning with a party "
    "as its object ('warned the administration it would mount a response', 'reminded the "
    "West ...') is aimed at that party, not the speaker's side (round 26, targets26; "
    ".targets_warned)",
    "taken_up_act": "with act_doer: the content lexicon's act nouns ('the operation', 'this "
    "policy'), works a side made ('the bill', 'the resolution') and a bare 'this'/'that' "
    "standing for a deed ('says this is extremely regrettable') taken up again (round 21, "
    "crit21; .targets_acts)",
    "denial_goes_on": "with context_accuser: a denial with no accuser by a spokesman or "
    "officer its sentence gives no side of its own goes on from the one denial before and "
    "answers its named accusers ('X denies N's report.  Spokesman Y said the reports are "
    "fabrications'; point 43; .targets_denials)",
    "unquoted_bite": "a news report's claimless 'I'/'we' sentence with no quotation after a "
    "person's attribution continues that person (a broadcast script's recorded words)",
    "author_voice": "an official text's own sentence that charges, denies or threatens (.voice)",
    "address_speech": "a head of state's text: each sentence no other rule read, its stance "
    "by its own words, in the text's voice; kept only inside a single speaker's address or a "
    "transcript's labelled turn, as that speaker's claim (the claims GUIDE's round-35 ruling; "
    ".address_speech, round 35)",
    "post_voice": "an official account's post in its own voice with no verb of saying: the "
    "doer of a harm, the owner of a wrong, the addressee of an urging to change conduct "
    "('Russia halts and delays grain shipments', 'We urge X to reverse its decision') is "
    "charged by the account's owner; kept only in official posts (.posts, round 23)",
    "official_prose": "an official text's own prose narrating a hostile act by the other side, "
    "or naming a crime ('This is genocide'): the issuer's accusation (.prose)",
    "reported_prose": "what a speaker of an official text asserts charges as the official's own "
    "prose does ('X noted that what the occupiers did is genocide'): an accusation (.prose)",
    "designation": "an official text's own government designating, sanctioning or restricting "
    "a party for an act: the issuer's accusation against that party (.designation)",
    "denial_content": "an assertion whose content denies or criticizes in ways .content misses "
    "(.denials: 'We reject the accusation that P', 'there is no way that P', 'has a poor record')",
    "message_frame": "the frame of the message noun a denial answers: its author or the "
    "earlier accuser as target, the accusation it carries and whom that accuses (.messages)",
    "negated_denial": "a plain negated statement beside the speaker's denial ('denied X and "
    "said it had not P') or in the sentence after it, by the same speaker: a denial (.denials)",
    "charge_called_false": "a charge called false as the object of its making ('is making "
    "groundless charges that P', 'the report consists of unfounded accusations') and 'X is "
    "wrong to claim that P', 'X is mistaken in its belief that P': a denial aimed at X "
    "(.content_deny)",
    "own_negation": "a negated deed of the speaker's own side ('he does not seek P', 'his "
    "fighters did not attack') in the sentence of the same speaker's denial or the one after, "
    "or told as done after a stated charge: a denial (.denials)",
    "answered_charge": "with own_negation: an assertion whose speaker's side an accusation "
    "told anywhere up to its sentence is aimed at, and whose content is that side's own "
    "account against it (a charge-like deed of its side negated, a promise included: 'would "
    "never use terror'; its part denied: 'has done nothing wrong'; the act a mishap; its craft "
    "returned safely or in international airspace): a denial of those accusers (round 26, "
    "denials26; .answered_charge, read in .denials)",
    "counter_statement": "an assertion whose speaker a charge in its sentence or the one before "
    "is aimed at and whose content contradicts it ('said the strike was an accident', 'said "
    "all its aircraft had returned safely', 'insists it has no such weapons'): a denial "
    "(points 21, 36, 43; .denials)",
    "own_account": "with counter_statement (round 24: on): the accused side's account of its own "
    "conduct as lawful, defensive, within a mandate or an answer to the other side ('said its "
    "troops were defending themselves', 'continues to abide by the agreement') after a charge "
    "aimed at it: a denial (points 21, 36; .own_account)",
    "claimed_title": "'claim' with a title as its object ('claims the right to send more "
    "troops', 'claimed sovereignty over the reef'): the claimer's assertion of it, the title "
    "as content (round 17; on since round 24: +4 matched triples, +3 unmatched claims over "
    "the development parts; .speech)",
    "own_emotion": "the speaker's own regret or emotion at another named party's act said in "
    "its words ('we regret that X did not consult us', 'we are outraged that their troops "
    "fired', 'we find the minister's comments puzzling'): criticism of the doer (round 18, "
    "emotive18; .denials)",
    "emotion_adjective": "anger, shock or puzzlement read as concern is ('is angered by X's "
    "decision', 'are puzzled by a statement from X'), with a named party behind what is felt "
    "about (round 18, emotive18; .nominal)",
    "dismissed_statement": "dismissing or labelling another party's statement, report or "
    "claims that charge not the speaker's side ('dismissed the minister's statement in which "
    "he asked X to ...', 'called the report deeply flawed'): criticism of its author, not a "
    "denial (point 12; .denials)",
    "rebuke_question": "a rebuke as a question or command ('\"Why don't you shut up?\" X asked "
    "Y', 'How dare you'): the speaker's criticism of the addressee (.rebukes)",
    "mutual_blame": "blame laid each way by light verbs ('X and Y pointed the finger at each "
    "other', 'officials in X and Y argue over who is to blame') and a mutual accusation by "
    "'the X and Y leaders' split by nationality: one accusation each way (round 19; .mutual)",
    "authored_charge": "a charge noun with its author and the one charged, outside a denial "
    "('the spy charges against X levelled by Y', 'the allegations were levelled against us by "
    "Y'): the author's accusation of the charged, content null (point 31; optional; .authored)",
    "sourced_charge": "a charge, criticism or warning told by its noun and its source with no "
    "verb of saying ('the accusation came from X', 'the latest accusations from X are that P', "
    "'the decision brought criticism from X'): the source's claim of the noun's stance, aimed "
    "at 'against Y', the subject's party or the charge the sentence before told (round 27; "
    ".sourced)",
    "blame_idiom": "'X have only themselves to blame': the speaker's accusation of X, not X's "
    "own (round 19; .mutual)",
    "measure_reason": "a measure announced as taken, 'severing ties with X because X backed "
    "the rebels': the blaming reason is the speaker's accusation or criticism (.measures)",
    "reason_charge": "a because-clause in any claim's content that charges a named party: "
    "the speaker's accusation of it, the clause as content (point 37; .measures)",
    "armed_readiness": "the speaker's side ready to answer by force a party the content names "
    "as attacking ('said Y had begun to attack, and that X was ready to defend itself'): the "
    "speaker's threat to that party (.readiness)",
    "reported_refusal": "with refusal: withholding figures or a disclosure is a refusal only "
    "when one is reported ('declined to give figures', 'would not disclose'), not 'did not "
    "release figures' (point 38; optional: the held-out parts, annotated before it, lost)",
    "context_adversary": "with armed_readiness: readiness whose content names no adversary "
    "threatens the party an accusation in its sentence or the one before charges (point 35; "
    "optional)",
    "answered_measures": "further measures the speaker promises after its own charge in the "
    "sentence or the one before ('We will take additional measures'): a threat to the accused "
    "(.readiness)",
    "bare_charge": "with message_frame: a charge noun with its author and no content that a "
    "denial answers ('rejected the accusations by X') is X's accusation of the denier, content "
    "null (round 13's point 31; optional)",
    "denial_noun": "a denial noun with its author and no content ('Kigali's denial follows "
    "accusations by Kinshasa'): the author's denial, content null, aimed at the accuser, when "
    "the charge or accuser is named in the sentence or the one before (point 39; optional)",
    "learned_stance": "an assertion a logistic regression over cue and content features gives "
    "another stance with high probability (.learned, weights in kg/data/stance_weights.tsv)",
    "titled_person": "a claimer read as a body, party or nationality whose subject phrase "
    "goes on to name the person who spoke ('says International Institute for Strategic "
    "Studies fellow NAME', 'United Nations Special Representative ..., NAME, wrote') is that "
    "person (issue 12, round 25; .titled_speakers)",
    "appealed_content": "an assertion whose content is the speaker's own appeal ('Take care of "
    "your employees', 'We urge X to ...', 'Let us ...', 'We hope that the shelling will be "
    "ceased') is dropped; one that demands the culprits' punishment ('they must all be "
    "punished') is criticize, one that promises it ('we will find and punish everyone "
    "responsible') threaten (round 35, measures36; .appeals)",
    "non_speaker": "a filter (issue 12, round 21): no claim whose claimer is a thing that "
    "cannot speak, a description headed by a weapon, vehicle, strike, plan, code or proposal "
    "('troops backed by tanks and airstrikes', 'according to a code of conduct') or a place "
    "name headed by a landform ('the Shebaa Farms'); no target 'the rest of the world' "
    "(.non_speakers, cues.NON_SPEAKER_NOUNS, cues.PLACE_HEADS)",
    "stance_model": "the stance of a claim the rules made with a content, chosen by a logistic "
    "regression over the rule's stance, cue and content features when it differs from the "
    "rule's with high probability (.stance_model, weights in kg/data/stance_model.tsv; "
    "optional)",
    "stance_encoder": "the stance of a claim the rules made with a content, chosen by a "
    "logistic regression over a pretrained sentence embedding of the content span "
    "(all-MiniLM-L6-v2), the cue and the rule's stance, when it differs from the rule's with "
    "high probability (.stance_encoder, weights in kg/data/stance_encoder.npz; optional, needs "
    "the encoder extra)",
}

#: Every rule family's name: :func:`extract_claims` applies the ones it is given, which is
#: how ``benchmarks/claims/run.py --ablation`` measures what each adds.
RULES: frozenset[str] = frozenset(CUE_RULES) | frozenset(REFINEMENTS)

#: Families that need an optional extra's packages, with the test that they are installed
#: (``stance_encoder``: ``pip install -e .[encoder]``).
EXTRAS: dict[str, Callable[[], bool]] = {"stance_encoder": _encoder_installed}


def loadable(rules: Iterable[str]) -> frozenset[str]:
    """``rules`` less the families whose extra's packages are not installed: what a run that
    turns on every family can run here.

    >>> "reported_speech" in loadable(RULES)
    True
    """
    return frozenset(r for r in rules if r not in EXTRAS or EXTRAS[r]())


#: Families applied only when named in ``rules`` (:func:`kg.extract.extract` and the
#: default of :func:`extract_claims` leave them out): the learned stance, which did not
#: meet its bar on held-out parts (``benchmarks/claims/RESULTS.md``), and the negated
#: denials, which gained on the development parts but not on the held-out ones (round 13).
#: The bare charges (round 14) follow round 13's point 31, which the parts annotated before
#: it do not: they lost precision on most open parts, development and held-out alike.  The
#: coordinated targets (round 14): +1 triple on the development parts, 12 of 13 corpus firings
#: right, but -1 triple on a held-out part; measured again in round 16 (``coord16``, which
#: added "U.S. and British officials"): `test3` +0.003, 12 of 13 corpus firings right, and
#: again a small loss on a held-out part (`test12` -0.001 with the branch's other changes).
#: The context accusers (round 14, on since round
#: 15) follow the guide's points 7, 14 and 43, to which round 15 re-annotated every open part:
#: with that gold they gain on the development and the held-out parts and lose on none.
#: Round 15's points (branch ``points15``): the denial nouns (point 39), the context adversary
#: (point 35) and the reported refusals (point 38) follow points the parts annotated before
#: them do not (the refusals lost two matched refusals on held-out parts, gained on two
#: others); the appeal reasons (point 40) changed no development part and added one
#: unmatched assertion on a held-out part.  The accused side's own account (round 16,
#: ``own_account``) fired on no development part and on none of the unlabelled corpus; on
#: the held-out parts test11..test15 its two firings were both wrong (test12 -0.001), and
#: it gained only on test16 (+0.008), whose error classes it was built from.  The claimed
#: titles (round 17, ``claimed_title``): test7 and test10 +1 triple each, but one unmatched
#: claim each on test11 (-0.003) and test16 (-0.001).  The aided hostility (round 17,
#: ``aided_hostility``) changed no development and no held-out part: the development
#: sentences of its class escape it by their parses.  The evidenced doing and the hostile
#: group that readied the doers (round 17, charge17: ``evidenced_doing``,
#: ``readied_by_hostile``) each fix one development stance (test9, test10) whose claimer
#: the gold names otherwise, so no headline moves; neither moved a held-out part nor fired
#: on the unlabelled corpus.  The acts of repression (round 17,
#: ``official_repression``): 14 corpus claims, all right, but no aligned gain on the
#: development parts and a lower aligned B-cubed recall on blind4 (0.53 -> 0.49), where one
#: new claim reshaped a group of the merge.  Extended in round 19 (repress19: sentencing,
#: threatening, political prisoners held, acts "on trumped-up charges", dissenters who
#: "remain behind bars"): 25 corpus claims, all right, blind16 +6 aligned (B-cubed 0.178 ->
#: 0.181), but B-cubed lower on dev, blind2, blind4, blind6 and held-out blind (0.298 ->
#: 0.293) and blind13 (0.111 -> 0.109): the new claims start allegations of their own.  The
#: good foretold lost on another side's
#: doing (round 18, stance18: ``conditional_loss``) fixed one development stance (test7)
#: and moved no headline; its one held-out firing (test14) was on a claim the gold does not
#: have, and its two firings on the unlabelled corpus (before its counterfactual guard) were
#: no threats.  A party's regret or an act that angers a party (round 18, emotive18:
#: ``emotion_frame``, "regrets that X did not ...", "X's decision angered Y") fixed one
#: development criticism (test9) and added one the gold lacks there and one on a held-out
#: part (test14); anger, shock and puzzlement read as concern (``emotion_adjective``)
#: moved no development part and added one criticism the gold lacks on test11 and on test18.
#: The illicit weapons programme (round 18, charge18: ``illicit_arms``) recurs in one
#: development part only (test9 +0.010, 2 stances), fired on none of the unlabelled texts,
#: and added one unmatched accusation on the held-out test14 (-0.004); test18, whose
#: classes it was built from, +0.015.
#: Pressure another side is told it will face (round 18, threat18: ``pressure_faced``) is a
#: class of test18 that no development part holds: it moved no development and no held-out
#: part (test11..test17), test18 (read) +0.01, and fired on none of the unlabelled texts.
#: The other side's attempts (round 18, voice18: ``official_attempt``): 78 new
#: corpus claims, 13 of 20 read right (the rest a military manoeuvre or a Kremlin "they"
#: resolved to the wrong state); aligned claims +13 on the development parts and +12 on the
#: held-out ones, but the allegations' B-cubed over all gold claims moved by at most 0.007
#: on any part and the aligned B-cubed recall fell on four held-out parts (blind13 0.25 ->
#: 0.22): right claims the merge left in allegations of their own.
#: Threats by prevention, responsibility and consequence (round 19, threat19:
#: ``prevented_doing``, "will not let X turn the islands into a base"; ``held_responsible``,
#: "X's government will be held responsible"; ``named_consequences``, "will have catastrophic
#: consequences for X's economy") are classes of test19 that no development part holds
#: unfound: they moved no development part and no held-out part test11..test18; test19 (its
#: classes read) 0.489 -> 0.502 (+3 threats matched).
#: The speaker named after the words (round 19, quote19: ``named_after``, '"A. B." That was
#: the message from X', "The accusation came from X") is a class of test18 that no open part
#: holds: it fired on no development and no held-out part in either scope.
#: The own side's denial in its own prose (round 19, official19: ``official_denial``, "We did
#: not mine the approaches to the port"): 10 new corpus claims, aligned +1 on blind3 and
#: blind5, but the aligned B-cubed of the held-out blind11 fell 0.41 -> 0.36 (B-cubed 0.20 ->
#: 0.19): content_stance already reads most such denials ("We do not attack civilians").
#: Mutual blame by light verbs and the blame idiom (round 19, charge19: ``mutual_blame``,
#: ``blame_idiom``) are classes of test19 that no development part holds: they fire on none,
#: so they cannot gain there; they are ON because the held-out test11, whose errors nobody
#: read, gains +0.008 and no part loses (test19 +0.028, its classes read);
#: ``authored_charge`` (point 31 outside a denial) lost on test4 (-0.002) and test19 (round 44,
#: accuse56: run in every build by ``authored.POINT31_CHARGES``, on by the triples bar).
#: ``split_denial`` (round 20, stance20: "denied the charge, saying P" as two claims, point
#: 22) splits the parts' annotators: test4 +0.002, test7 +0.005, test8 +0.006, but dev
#: -0.005, test3 -0.002 (one denial of P there) and the held-out test11 -0.001, test12 -0.002.
#: Round 22 (reopt22, issue 12): every optional family re-measured with test11..test15 as
#: development parts, one batching, sentence scope (``benchmarks/claims/RESULTS.md``).  On
#: since then, each gaining on the development parts in sum and losing on no held-out part
#: (test16..test21), alone and together: ``split_denial`` (+0.0027 in sum: test4, test7, test8
#: gain, dev -0.0051, test3, test11, test12 lose), ``illicit_arms`` (test9 +0.0099, test14
#: -0.0044; held-out test18 +0.0201) and ``emotion_frame`` (test9 +0.0015, test14 -0.0012).
#: The speaker's side read off its earlier introduction for the threat rules (round 20,
#: threat20: ``speaker_side``, "Hague said London would retaliate" after "British Foreign
#: Secretary William Hague"; "the spokesman" after "Chinese Foreign Ministry spokesman X"; with
#: it, an answer a named state promises, "Moscow would respond to any deployment", is the
#: speaker's side's) fires on no development and no held-out gold sentence: it moves no part.
#: ``referred_doer`` (round 20, doer20) is ON: dev +0.009, test6 +0.005, test10 +0.004, the
#: held-out test11 +0.005, no part lost.  ``described_doer`` (same round) fires on no
#: development or held-out item: off.
#: The adversary's past act read by the clause's structure, not its verb (round 20,
#: narrative20: ``official_narrative``, "The occupiers organized a real hell on our land"):
#: 10 corpus claims (8 read right), B-cubed unchanged to three decimals on every development
#: and held-out part (aligned +1 on blind7, blind8 and blind15): no gain, so off.  The
#: addresses' unread sentences are fragments, subordinate and present-tense clauses, not
#: this structure (12 of 550; benchmarks/allegations/RESULTS.md, round 20).
#: Round 23, posts23: ``post_voice`` (an official account's post in its own voice, kept by
#: resolution in official posts only) aligns blind19 53 -> 94 of 166 gold claims and lifts
#: its B-cubed .204 -> .242, blind8 +0.006, dev +0.001; but the corpus merge moves with the
#: added claims elsewhere (blind2 -0.003, blind3 -0.004, blind4 -0.020, blind5 -0.003, the
#: held-out blind13 -0.001; the changed blind4 and dev clusters hold no post claim): a
#: held-out part loses, so off (benchmarks/allegations/RESULTS.md, round 23).
#: Round 24, posts24: ``post_voice`` is ON.  With labels as speakers, the quotations a post
#: closes by naming their speaker, causes ("X is the reason why", "at the hands of X", "the
#: X-made crisis") and owners the parse hangs on a modifier, it lifts development B-cubed in
#: sum +0.067 (blind19 .2645 -> .3233, 55 -> 99 aligned; blind4 -0.012, blind7 -0.0005) and
#: loses on no held-out part (blind13 +0.0025, blind20 +0.0195, the others unchanged); no
#: claims part moves (benchmarks/allegations/RESULTS.md, round 24).
#: Round 21, official21: ``official_account`` (``official_narrative`` widened to the present
#: tense, "they" after any named actor, "the regime") aligns 1-2 more gold claims on six
#: parts and moves B-cubed on none; of 30 new claims outside the gold read, about 8 are
#: right (the readouts' "They discussed the readiness of the U.S. and NATO ..." are not):
#: off.  ``release_call`` ("We call for the immediate release of those who remain in
#: custody", U.S. texts only, following) is ON: blind5 +0.009, the held-out blind16 +0.002,
#: no part lower (benchmarks/allegations/RESULTS.md, round 21).
#: ``dismissed_charge`` (round 20, deny20: a label dismissing a charge the parse hides as a
#: compound of the label or names by a pronoun) is ON: test3 +0.004, the held-out test14
#: +0.009 and test20 +0.008 (its class read), no part lost (test19's headline unchanged: one
#: unmatched claim there turned from assert to deny).  ``counter_charge`` (same round: the
#: accused side laying the fault on its accuser) fires on no development, held-out or
#: test20 gold sentence: off.
#: Round 20, threat20b (threats told by what the target suffers or loses,
#: ``.content_threat_price``; the same parses before and after): ``withheld_cooperation``
#: is ON ("may slow or halt its cooperation with X", "might stop food aid shipments to ...":
#: test7 one threaten->assert fixed, F1 unchanged, the target a description; held out one
#: threaten->assert fixed, no part lost).  ``exacted_price`` (held out test20 0.4733 ->
#: 0.4776), ``conditional_we`` (test13 0.4369 -> 0.4414, the target of an untargeted threat
#: read off its condition) gain only on held-out parts and move no development part: off by
#: the rule.  ``relations_harmed`` fires on no development or held-out item: off.
#: ``official_demand`` (round 20, usvoice20; U.S. publishers only, following like a named
#: wrong): allegations B-cubed dev 0.350 -> 0.348, blind2 0.274 -> 0.277, blind16 0.177 ->
#: 0.178, the held-out blind 0.293 -> 0.302, blind8 0.212 -> 0.213, every other part equal:
#: dev loses, so off (benchmarks/allegations/RESULTS.md).
#: Round 20, charge20: ``participle_agent`` (a hostile noun's doer as a participle's "by"
#: agent, "the threats posed by Iran") fires on no development or held-out gold sentence:
#: every part's confusion unchanged, off.
#: Round 21, stancemodel21: ``stance_model`` (a logistic regression that may change the stance
#: of any claim the rules made with a content, trained on the development gold only): in
#: 5-fold cross-validation by document over the development parts +0.002 (stance accuracy
#: 0.883 -> 0.886) but test10 -0.005; held out (trained on every development part) 0.521 ->
#: 0.522 with test13 -0.0045 and test17 -0.0042: off.  The model mostly copies the rule's
#: stance; without it, it is less accurate than the rules on held-out copy (0.68 vs 0.75).
#: Round 23, stance23: ``stance_model`` retrained on every development part (content lemmas
#: and the cue's frame added; C 0.05 and threshold 0.55 chosen by cross-validation): 5-fold CV
#: by document +4 triples (test, test4; no part down), leave-one-part-out over dev2 and
#: test11..test15 -4 (test13), held out +2 (test22, no part down); 4 of 2,819 development
#: claims moved: off, the lead's call (RESULTS, round 23).
#: Round 21, noun21 (acts told as nouns): ``claimed_act`` ("both countries claim
#: interference in their internal affairs": the doer the noun names, else each side the
#: other) and ``shared_sides`` ("with each side reporting casualties and blaming the other")
#: are ON: test10 +0.006, test7 +0.006, no other development part and no held-out part moves.
#: ``nominal_doer`` (a hostile act noun's own doer, "threats from Pyongyang", "Russian
#: meddling", and the target of an untargeted charge) moves no development part; held out
#: test11 +0.003, test20 -0.004: off.
#: Round 21, labels21: ``quoted_label`` (a quoted label outside the lexicon applied to
#: another side or its act read as criticism) fires on one development gold claim (test9,
#: criticize read right, its target still the party rather than its leader: F1 unchanged)
#: and on one held-out claim (an ``approve`` read as criticize instead of assert, F1
#: unchanged); on 139 pool and corpus label sentences once, wrongly ("a window of
#: opportunity", since a neutral_label row): no gain, so off.
#: Round 21, concern21 (criticism by doubt and inaction, issue 12): ``doubted_will`` ("I am
#: not sure that they are really willing to talk", "questioned whether X is serious about
#: talks"), ``little_done`` ("X has done little to stop the fighting") and ``drawn_ire`` ("has
#: drawn the ire of Beijing") fire on no development gold sentence (dev .. test10 and
#: test11 .. test20 unchanged); only test21, the held-out part whose errors named the class,
#: gains (0.5501 -> 0.5617, criticize found 9 -> 14 of 39, mostly ``doubted_will``): no
#: development gain, so off (benchmarks/claims/RESULTS.md).
#: Round 21, approve21: ``approved_act`` (the speaker's side supporting or understanding another
#: side's decision, plan or act, an approving evaluation of it, being heartened by it: approve
#: of the act's owner) moves no development part but test10 (-0.001) and test4 (-0.002, with
#: the support cue rows now in claim_cues_optional.tsv); held out test19 +0.004, test21
#: +0.005 (gold approvals read right 1 -> 6 of 10), test17 -0.004: off.
#: Round 22, crit22 (criticism on unseen copy, issue 12): ``doubted_will``, ``little_done``,
#: ``drawn_ire`` and ``own_criticism`` re-measured with test11 .. test15 as development parts:
#: the first three still move no development part (held out: test21 +0.009, +0.004, -0.001,
#: test16 .. test20 unchanged); ``own_criticism`` still loses on dev (0.8706 -> 0.8655) and
#: test11 (0.6038 -> 0.5991): all four stay off.  The round's ``drawn_by_deed``,
#: ``rejected_act`` and ``questioned_will`` are on (development test11 0.6038 -> 0.6154,
#: test13 0.4369 -> 0.4484 with the round's critical_adj rows, no held-out part moves;
#: benchmarks/claims/RESULTS.md).

#: Round 22, reaction22 (criticism by reaction, insult and protest, issue 12; one batching of
#: every open part with dev2): ``felt_reaction``, ``rallied_protest``, ``war_between`` and
#: ``envoy_protest`` are ON with the insult rows of ``critical_noun`` (dev2 0.4582 -> 0.4811,
#: test13 0.4574 -> 0.4677, test9 +0.003, test11 +0.003, test14 +0.003; test7 -0.0014, one
#: "Pyongyang is upset over X" the gold leaves unread; no held-out part moves).
#: ``anti_slogans`` ("chanted anti-American slogans") loses on test3, test6 and test12 (their
#: gold reads no anti-X slogan as a claim, or names the chanters otherwise): off.
#: ``drawn_ire`` re-measured with dev2: no development part moves, test21 0.5560 -> 0.5548:
#: off.  ``emotion_frame`` re-measured: test9 +0.0015, test14 -0.0012: off.
#: Round 22, target22: ``counter_accused`` (a denial aimed at no named actor, coordinated
#: with its own speaker's accusation, answers the party accused: "rejected the claims and
#: accused X of lying") gains on development parts (one deny target each on test5 +0.004,
#: test6 +0.005, test13 +0.004, test15 +0.004) but gives test17 one denial target where the
#: gold has none (0.488 -> 0.487): a held-out loss, so off (benchmarks/claims/RESULTS.md).
#: Round 22, second wave, labeldeny22: ``non_recognition`` ("refused to acknowledge the
#: independence of X", "rejected X's authority": criticism of the owner) gains on no
#: development part, loses test3 -0.002 (the rejection path) and held-out test21 -0.004
#: (test22 +0.008): off.  ``denials.DISMISSED_MESSAGES`` (a dismissed message that states no
#: charge criticizes its author) is on: test9 +0.005, test13 +0.004, no held-out part moves.
#: Round 23, convention23 (the guide's points 44 and 45): ``unaccepted_offer`` ("will never
#: accept a deal proposed by X": criticism of X) is on: development test5 +0.0025, no other
#: part moves, development or held out.  ``suspected_charge`` ("detained five Russian
#: officers on suspicion of spying": the detaining side's accusation) gains test3 +0.0050 but
#: loses held-out test21 -0.0012: off (benchmarks/claims/RESULTS.md).
#: Round 23, second wave, dismiss23b: ``distanced_offer`` ("distanced itself from X's plan":
#: criticism of X, point 44) moves no development part (the shape occurs in none): off.
#: ``uncharged_denial`` (a speaker's own conduct said to keep the law, or a hostile act it
#: will not do, with no charge in the sentence or the one before: ASSERT, point 21) moves no
#: development part either; its first, wider form (every negated hostile act with no charge
#: near) lost test3 -0.0042, test4 -0.0092, test5 -0.0040: off.
#: Round 24, optional24 (issue 12): every optional family and off switch re-measured alone with
#: test16..test20 as development parts (one batching of every open part, sentence scope;
#: benchmarks/claims/RESULTS.md).  ON since then, each gaining on the development parts in
#: sum and losing no triple on the held-out test21..test23: ``coordinated_target`` (+5
#: matched, +2 unmatched: test3, test16, test18, dev2 gain, test8 one unmatched),
#: ``counter_accused`` (test5, test13, test15 +1 each; its test17 loss, a concession joined by
#: "but", is mended), ``claimed_title`` (test7, test10, test19, test20 +1 each; test11, test16
#: unmatched), ``own_account`` (test16 +0.0075), ``owned_charge`` (test17 +0.0032),
#: ``exacted_price`` (test20), ``prevented_doing``, ``named_consequences`` (test19 +1 each),
#: ``pressure_faced`` and ``uncharged_denial`` (test18 +1 each): the last five gain only on the
#: part whose classes they were built from.  ``held_responsible`` gains test19 +1 alone, but
#: reads a reported "would hold Russia accountable" as a threat where the unit tests' news
#: table reads an assertion: the convention is unsettled, so it stays off.
#: Still off: ``stance_model`` (development +0.1029, all on parts it was trained on: test16..
#: test20 and dev3 unmoved), ``learned_stance`` (held-out test21 -0.0043),
#: ``suspected_charge`` (test21 -0.0012), ``conditional_we`` (test21 -0.0043),
#: ``non_recognition`` (test21 -0.0043), ``quoted_label`` (test22 -0.0046),
#: ``distanced_offer`` (test22 -0.0012), ``drawn_ire`` (test21 -0.0012), ``approved_act``
#: (test17 -1, test19 +1: no net triple), ``doubted_will`` and ``little_done`` (held-out
#: test21 only), the rest losing development triples or moving none.
#: Round 25, encoder25: ``stance_encoder`` (a MiniLM embedding of the content span read by a
#: logistic regression; needs torch and sentence-transformers): see RESULTS.md, round 25.
#: Round 25, conduct25 (issue 12): ``disowned_conduct`` (the speaker's own side negating a
#: doing that would be a charge, read as a denial) gains test12 +0.0049 and test15 +0.0042 on
#: the development half it was built on; read first inside the content reading it lost the
#: unread test19 -0.0043 (a denial whose accusers ``own_negation`` names), and read after
#: ``own_negation`` it moves no part of the unread half but loses the held-out test23
#: -0.0050: off.  ``evidence_frame`` and ``adopted_conduct`` (on) gain only on the
#: development half they were read from and move no other part.
#: Round 25, criticism25 (issue 12; developed on test11..test15 and dev2, the other half of
#: the in-register parts, test16..test20 and dev3, scored once before any of their errors was
#: read; benchmarks/claims/RESULTS.md): ``judged_merit`` (a merit or a contribution denied to
#: another side's act, a dismissive predicate, the speaker's side withholding its endorsement)
#: is ON: dev2, test11, test13 +1 triple each, test14 -1 (a conjoined clause the gold reads as
#: an assertion), no other development part and no held-out part moves (the unread half
#: unmoved).  ``warned_off`` (a warning against an act is no threat by itself, the guide's
#: stance table) removes a false threat on test7, test15, test18, test20, test23 and test24
#: (threaten F1 up on each, no part down) but turns it into an unmatched assertion: headline
#: +0.0013 on the held-out test24 only, no development gain; ON all the same (the lead's call at
#: the merge): it applies the guide's stance table, and its only effect anywhere is a false
#: threat fewer (threaten F1 up on six parts, no part or stance down).
#: ``conjoined_stances`` (point 13) moves nothing with its assertion guard (test5 -0.0016) and
#: loses test11 and test14 without it: off.  ``owned_opposition`` ("China's opposition to X")
#: finds the right claimer and stance but not the gold's target (test7, test9, test11, test12,
#: test16, test19, test21, test22, test23 lower): off.
#: Round 26, optional26 (issue 12): every family here measured once more, alone on main's
#: defaults over every open part, by a rule committed before the first number (in-register
#: development gain >= 2 matched triples with F1 up, the held-out test21..test25 a veto only, no
#: part losing more than one; benchmarks/claims/RESULTS.md): none passes.  Only the trained
#: ``stance_model`` meets the figures (test17 +3, held-out test22 and test24 +1 each), and the
#: rule keeps trained families off; ``disowned_conduct`` (+2) is vetoed by test23 -1 again;
#: 14 families move no part at all.
#: Round 31, prune32 (issue 12, precision): every ON family removed in turn and counted in
#: matched and system triples on the second half (test16..test20, dev3) and on test21..test25
#: (a validation set for that task), by a bar written before the counts (off if, removed, those
#: sets together lose no matched triple and drop at least 2 wrong ones, in both scopes; the
#: first half only informs; benchmarks/claims/RESULTS.md, "Round 31, prune32").  Two went off:
#: ``news_reports`` (sentence scope: matched +1, system -6; document scope the same) and
#: ``emotion_frame`` (matched +0, system -2 in each scope; both wrong claims on test21..test25).
OPTIONAL: frozenset[str] = frozenset(
    {
        "news_reports",
        "emotion_frame",
        "disowned_conduct",
        "conjoined_stances",
        "owned_opposition",
        "distanced_offer",
        "suspected_charge",
        "anti_slogans",
        "non_recognition",
        "doubted_will",
        "little_done",
        "drawn_ire",
        "approved_act",
        "quoted_label",
        "counter_charge",
        "relations_harmed",
        "conditional_we",
        "official_demand",
        "described_doer",
        "participle_agent",
        "nominal_doer",
        "official_narrative",
        "official_account",
        "speaker_side",
        "learned_stance",
        "stance_model",
        "stance_encoder",
        "negated_denial",
        "bare_charge",
        "denial_noun",
        "context_adversary",
        "reported_refusal",
        "appeal_reason",
        "aided_hostility",
        "evidenced_doing",
        "readied_by_hostile",
        "official_repression",
        "conditional_loss",
        "emotion_adjective",
        "official_attempt",
        "named_after",
        "official_denial",
        "judged_findings",
        "accused_negation",
        "authored_charge",
        "sourced_charge",
        "taken_up_act",
        "own_criticism",
        "held_responsible",
    }
)
