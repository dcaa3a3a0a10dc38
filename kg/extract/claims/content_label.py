"""Contents that evaluate an actor's doing: a pejorative label or a breach ("a violation of
international law", "is illegal"), a wrong evaluated ("the unprovoked invasion"), a cause
of harm named, a bad record ("a poor record on press freedom"), a criticism ("was not
tough enough", "should have"), a demand to stop talking.  These accuse or criticize the
doer."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.extract import cues
from kg.extract._index import children_of, index_of, span_tokens
from kg.extract.claims import base
from kg.extract.claims.base import (
    _TIME_PREPS,
    _agents,
    _is_actor_token,
    _main_verbs,
    _nominal_subtree,
    _prep_object,
    _with_conjuncts,
)
from kg.extract.claims.content_acts import _active_subject, _charged_agent, _hostile
from kg.extract.claims.content_base import (
    PURSUE_VERBS,
    _judged_conduct,
    _modal,
    _named_sides,
    _negated,
    _own_side,
    _sides,
)
from kg.extract.claims.content_lexicon import (
    AGENT_NOUNS,
    CONFLICT_NOUNS,
    CRITICAL_ADJECTIVES,
    CRITICAL_NOUNS,
    DISTRUST_VERBS,
    HARM_NOUNS,
    HOSTILE_ACTORS,
    HOSTILE_ACTS,
    HOSTILE_NOUNS,
    MERIT_NOUNS,
    POSITIVE_ADJECTIVES,
    SUPPORT_VERBS,
    TRUST_NOUNS,
    TRUST_VERBS,
    WRONG_ADJECTIVES,
)
from kg.extract.claims.gates import NEG, gate, needs
from kg.extract.claims.targets import _owners
from kg.model import Stance
from kg.resolve.gazetteer import lookup


def _pejorative_predication(span: SpacySpan) -> list[Token]:
    """Actors a copular content calls something pejorative: "Putin's war is a needless
    act of aggression" -> [Putin]; "the regime is a sponsor of terrorism" -> []
    unless the subject names an actor."""
    for verb in _main_verbs(span):
        children = children_of(verb)  # the index's shared tokens (round 41, speed50)
        if any(c.dep_ == "neg" for c in children):
            continue
        labelled = _pejorative_subject_owners(verb)
        if labelled:
            return labelled
        if verb.lemma_.lower() != "be":
            continue
        predicate = [c for c in children if c.dep_ == "attr"]
        words = {t.lemma_.lower() for p in predicate for t in _nominal_subtree(p)}
        heads = {p.lemma_.lower() for p in predicate}
        if not (words & cues.PEJORATIVES or heads & _VIOLATION_NOUNS):
            continue  # "Britain's actions are a gross violation of international law"
        for subject in (c for c in children if c.dep_ == "nsubj"):
            if _is_actor_token(subject):
                return [subject]
            owners = _owners(subject)
            if owners:
                return owners
        # "the attack was a terrorist act orchestrated by Kyiv": the agent of the label
        agents = [a for p in predicate for c in p.children if c.dep_ == "acl" for a in _agents(c)]
        actors = [a for a in agents if _is_actor_token(a)]
        if actors:
            return actors
    return []


#: Nouns that label an act a breach of a rule: "X's actions are a violation of ...".
_VIOLATION_NOUNS = cues.words("violation breach infringement contravention transgression")


def _pejorative_subject_owners(verb: Token) -> list[Token]:
    """'Russia's flagrant disregard for international law demands a response': the owner
    of a subject labelled by a pejorative adjective."""
    for subject in (c for c in children_of(verb) if c.dep_ == "nsubj" and c.pos_ == "NOUN"):
        if any(
            c.dep_ == "amod" and c.lemma_.lower() in cues.PEJORATIVE_ADJECTIVES
            for c in subject.children
        ):
            return _owners(subject)
    return []


#: Verbs that equate an act with a wrong: "such statements constitute interference".
_EQUATING_VERBS = cues.words("constitute represent amount")
#: Wrongs an act is equated with.
_WRONG_NOUNS = cues.words(
    "interference meddling violation breach provocation aggression intervention intrusion "
    "insult affront infringement encroachment"
)


#: Verbs that raise their subject from an evaluation: "the vote appeared to be a sham".
_RAISING = cues.words("appear seem prove remain")


#: Kinds of disaster that describe a suffering, not a deed judged: "the situation in Gaza
#: is a humanitarian catastrophe" evaluates nobody's act.
_SUFFERING_KINDS = cues.words("humanitarian natural")


#: States of affairs that a critical evaluation judges without judging anyone's doing:
#: "the humanitarian situation is unacceptable", "conditions in the camps are appalling".
_CIRCUMSTANCE_NOUNS = cues.words("situation condition conditions circumstance circumstances")


#: Organs of a state named by a common noun, judged for what they do: "the government is
#: irresponsible", "a truce announced by the government is insincere" (the resolver gives
#: them the state the sentence or its context names).
_ORGANS = cues.words("government regime administration authorities authority junta")


def _judged_owners(subject: Token) -> list[Token]:
    """The actors an evaluation of ``subject`` judges: the actor it is, the owners of its
    act ("X's policy"), else a state organ it is or that did it ("the vote organized by
    the government"); [] when nobody is named ("the situation")."""
    if _is_actor_token(subject):
        return [subject]
    whose = _owners(subject)
    if whose:
        return whose
    possessor = _participle_possessor(subject)
    if possessor is not None:
        return [possessor]  # "China's declared zone is intolerable", misparsed (see the helper)
    if subject.lemma_.lower() in _ORGANS and subject.dep_ != "compound":
        return [subject]
    return [
        o
        for c in subject.children
        if c.dep_ == "acl" and c.tag_ == "VBN"
        for a in c.children
        if a.dep_ == "agent"
        for o in [_prep_object(a)]
        if o is not None and o.lemma_.lower() in _ORGANS
    ] or [c for c in subject.children if c.dep_ == "poss" and c.lemma_.lower() in _ORGANS]


def _participle_possessor(subject: Token) -> Token | None:
    """The possessor of a thing the parser split from it at a possessed participle ("China
    's declared air defense zone is intolerable": "China" the subject of "declared", the zone
    the subject of its clause), when :data:`kg.extract.claims.base.POSSESSED_PARTICIPLES` is
    on; else None."""
    clause = subject.head
    if not base.POSSESSED_PARTICIPLES or subject.dep_ != "nsubj" or clause.dep_ != "ccomp":
        return None
    participle = clause.head
    if not base.possessed_participle(participle):
        return None
    owner = participle.doc[participle.i - 1].head
    return owner if _is_actor_token(owner) else None


def _critically_qualified(noun: Token) -> bool:
    """Whether a predicate noun is qualified by a critical evaluation: "an unfriendly act",
    "an irresponsible decision", "a deplorable step" (the evaluation of the subject)."""
    return any(
        c.dep_ == "amod" and c.lemma_.lower() in CRITICAL_ADJECTIVES and c.lower_ != "motivated"
        for c in noun.children
    )


def _criticized(verbs: list[Token]) -> list[Token] | None:
    """Whom a content criticizes ([] when nobody is named), or None: a critical
    evaluation of an actor or an actor's doing ("X's policy is irresponsible", "they are
    politically motivated"), an act equated with a wrong ("such statements constitute
    interference in China's internal affairs"), or a counterfactual duty ("the world body
    should have demanded an investigation")."""
    for verb in verbs:
        fallen_short = _falls_short(verb)
        if fallen_short:
            return fallen_short  # "the Security Council was not tough enough on Syria"
        if _negated(verb):
            continue
        lemma = verb.lemma_.lower()
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None and verb.dep_ == "conj" and lemma == "be":
            # "Indian statements continue ... and are deeply regrettable": the shared subject
            subject = _active_subject(verb.head)
        if subject is None and verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _RAISING:
            # "the vote appeared to be a sham": the raising verb's subject is the one judged
            subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.lower_ in ("it", "there"):
            continue  # "it is unacceptable to ...": an evaluation of nothing named
        whose = _judged_owners(subject)
        if not whose and subject.lemma_.lower() in _CIRCUMSTANCE_NOUNS:
            continue  # "the situation in the camps is unacceptable": nobody's doing judged
        if (
            lemma == "be"
            and whose
            and any(
                c.dep_ == "acomp" and c.lower_ in _UNLAWFUL and not _negated(c)
                for c in verb.children
            )
        ):
            return None  # "the Russian annexation is illegal": a charge, read by _unlawful_acts
        if lemma == "be":
            complements = [c for c in verb.children if c.dep_ in ("acomp", "attr")]
            # "has been confusing and unhelpful", "is regrettable and a setback": each conjunct
            complements += [d for c in complements for d in c.conjuncts if d.dep_ == "conj"]
            for child in complements:
                if _negated(child):
                    continue
                word = child.lemma_.lower()
                if child.dep_ == "attr" or child.pos_ in ("NOUN", "PROPN"):
                    # "the continued attacks are a flagrant violation of ...", "independence
                    # is the greatest disaster for ...": a noun of disapproval as predicate
                    if subject.lower_ in ("this", "that", "what"):
                        continue  # "that was a mistake": what is judged is not named
                    if word in CRITICAL_NOUNS and not any(
                        c.dep_ == "amod" and c.lemma_.lower() in _SUFFERING_KINDS
                        for c in child.children
                    ):
                        return whose
                    if child.dep_ == "attr" and _critically_qualified(child):
                        return whose  # "the expulsion was an unfriendly act"
                    continue
                motivated = word == "motivated" and any(
                    c.lower_ == "politically" for c in child.children
                )
                if (word in CRITICAL_ADJECTIVES and word != "motivated") or motivated:
                    return whose
        if lemma in _EQUATING_VERBS:
            wrongs = [
                c
                for c in verb.children
                if c.dep_ in ("dobj", "attr") and c.lemma_.lower() in _WRONG_NOUNS
            ] or [
                o
                for p in verb.children
                if p.dep_ == "prep" and p.lower_ == "to"
                for o in [_prep_object(p)]
                if o is not None and o.lemma_.lower() in _WRONG_NOUNS
            ]
            if wrongs:
                return whose
            judged = [  # "the runoff amounts to a sham", "represents a serious setback"
                o
                for o in [
                    *(c for c in verb.children if c.dep_ in ("dobj", "attr")),
                    *(
                        _prep_object(p)
                        for p in verb.children
                        if p.dep_ == "prep" and p.lower_ == "to"
                    ),
                ]
                if o is not None and o.lemma_.lower() in CRITICAL_NOUNS and not _negated(o)
            ]
            if judged and subject.lower_ not in ("this", "that", "what"):
                return whose
        auxes = [c.lower_ for c in verb.children if c.dep_ == "aux"]
        if verb.tag_ == "VBN" and "have" in auxes and ("should" in auxes or "ought" in auxes):
            return [subject] if _is_actor_token(subject) else whose
    return None


#: Adjectives that call an actor's act unlawful: a charge of a wrongdoing, not a mere
#: evaluation ("the Russian annexation is illegal").
_UNLAWFUL = cues.words("illegal unlawful illegitimate criminal")


def _unlawful_acts(verbs: list[Token], sides: Callable[[], set[str]]) -> list[Token]:
    """Owners of an act a content calls unlawful: "the Russian annexation of Crimea is
    illegal" -> [Russian]; "the sanctions are illegal" names nobody ([]: no charge)."""
    for verb in verbs:
        if verb.lemma_.lower() != "be" or _negated(verb):
            continue
        if not any(
            c.dep_ == "acomp" and c.lower_ in _UNLAWFUL and not _negated(c) for c in verb.children
        ):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.lower_ in ("it", "there", "this", "that"):
            continue
        whose = [subject] if _is_actor_token(subject) else _owners(subject)
        whose = [w for w in whose if not (_named_sides(w) & sides())]
        if whose:
            return whose
    return []


#: Verbs that give their subject a record: "has a poor record on press freedom", "has a
#: long record of interfering in its neighbors' elections".
_RECORD_VERBS = cues.words("have run compile amass build")
#: Evaluations of a record that criticize its holder.
_BAD_RECORD_WORDS = cues.words(
    "terrible poor dismal appalling abysmal atrocious horrible bad shameful deplorable "
    "flagrant egregious woeful worst troubling"
)


def _bad_record(
    verbs: list[Token], sides: Callable[[], set[str]]
) -> tuple[Stance, list[Token]] | None:
    """A record a content gives a named actor: of a hostile act ("has a long record
    of interfering in its neighbors' elections") -> ACCUSE; judged bad ("the Sudanese
    government has a poor record on press freedom") -> CRITICIZE.  "has a good record"
    and "has no record of the visit" judge nobody."""
    for verb in verbs:
        if verb.lemma_.lower() not in _RECORD_VERBS or _negated(verb):
            continue
        records = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() == "record"]
        for record in records:
            if any(c.lower_ == "no" for c in record.children):
                continue
            acts = [
                o
                for p in record.children
                if p.dep_ == "prep" and p.lower_ == "of"
                for o in [_prep_object(p)]
                if o is not None and o.pos_ == "VERB" and _hostile(o)
            ]
            bad = any(c.dep_ == "amod" and c.lower_ in _BAD_RECORD_WORDS for c in record.children)
            if not (acts or bad):
                continue
            agents = [a for a in _charged_agent(verb) if not (_named_sides(a) & sides())]
            if agents:
                return (Stance.ACCUSE if acts else Stance.CRITICIZE), agents
    return None


def _falls_short(verb: Token) -> list[Token]:
    """The named actor a content says fell short: "the U.N. Security Council was not tough
    enough on Syria", "Washington has not gone far enough".  A thing falling short ("the rain was
    not heavy enough") names nobody."""
    if not _negated(verb):
        return []
    enough = [
        c
        for c in verb.children
        if c.dep_ in ("acomp", "advmod")
        and (c.lower_ == "enough" or any(m.lower_ == "enough" for m in c.children))
    ]  # "was not tough enough", "has not gone far enough", "did not act quickly enough"
    if not enough:
        return []
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or not _is_actor_token(subject):
        return []
    return _with_conjuncts(subject)


def _evaluated_clause(verbs: list[Token], sides: Callable[[], set[str]]) -> list[Token] | None:
    """Whom a critical evaluation of a clause criticizes ([] when nobody is named), or
    None: "it is unfortunate that DRC politicians continue to ..." -> [politicians], "for
    the Chinese navy to enter the zone is unacceptable" -> [navy].  The speaker's own side
    ("it is regrettable that we could not agree") is no criticism."""
    for verb in verbs:
        if verb.lemma_.lower() != "be" or _negated(verb):
            continue
        critical = any(
            c.dep_ == "acomp" and c.lemma_.lower() in CRITICAL_ADJECTIVES and not _negated(c)
            for c in verb.children
        )
        if not critical:
            continue
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "csubj")), None)
        if subject is None:
            continue
        clause: Token | None = None
        if subject.dep_ == "csubj":
            clause = subject  # "for X to V is unacceptable"
        elif subject.lower_ == "it":
            # "it is unfortunate that P", the clause on the verb or on the adjective
            holders = [verb, *(a for a in verb.children if a.dep_ == "acomp")]
            judged = [t for a in holders[1:] for t in _judged_conduct(a)]
            if judged:  # "it was hypocritical of Washington to criticize ..."
                return [t for t in judged if not _own_side(t, sides)] or None
            clause = next((c for h in holders for c in h.children if c.dep_ == "ccomp"), None)
        else:
            continue  # a named subject is read by _criticized
        if clause is None or clause.pos_ not in ("VERB", "AUX"):
            continue
        doer = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if doer is None:  # "for the South Korean government to transport ..."
            doer = next(
                (
                    o
                    for m in clause.children
                    if m.dep_ == "mark" and m.lower_ == "for"
                    for o in m.children
                    if o.dep_ == "pobj"
                ),
                None,
            )
        if doer is None or _own_side(doer, sides):
            return None
        whose = [doer] if _is_actor_token(doer) else _owners(doer)
        if not whose and doer.lemma_.lower() in ("politician", "official", "leader"):
            whose = [doer]
        return [w for w in whose if not (_sides([w]) & sides())]
    return None


def _faulted_conduct(verbs: list[Token], sides: Callable[[], set[str]]) -> list[Token] | None:
    """Whom a content criticizes by denying its doing a merit or a right, or None: "the
    U.S. remarks were not helpful" -> [U.S.], "Tokyo's move is not conducive to stability"
    -> [Tokyo], "Washington has no right to lecture other countries" -> [Washington],
    "the critics have no understanding of the problem" (a merit lacking).  Only
    a named doer's doing or an actor is faulted ("the weather was not helpful" judges
    nobody), never the speaker's own side."""
    for verb in verbs:
        lemma = verb.lemma_.lower()
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.lower_ in ("it", "there") or _own_side(subject, sides):
            continue
        whose = _judged_owners(subject)
        if lemma == "be" and whose:
            faulted = any(
                a.lemma_.lower() in POSITIVE_ADJECTIVES and (_negated(verb) or _negated(c))
                for c in verb.children
                if c.dep_ == "acomp"
                for a in (c, *c.conjuncts)  # "was not free, fair or credible"
                if not any(x.dep_ == "xcomp" for x in a.children)  # "is not free to leave"
            )
            if faulted:
                return [w for w in whose if not (_sides([w]) & sides())]
        if lemma == "have" and _is_actor_token(subject):
            rights = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ == "right"]
            denied = any(d.lower_ == "no" for r in rights for d in r.children) or (
                _negated(verb) and bool(rights)
            )
            acting = any(
                a.dep_ in ("acl", "relcl", "xcomp") and a.pos_ == "VERB"
                for r in rights
                for a in r.children
            )
            if denied and acting:  # "has no right to lecture", "does not have the right to"
                return [subject]
            merits = [
                c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in MERIT_NOUNS
            ]
            lacking = any(d.lower_ == "no" for m in merits for d in m.children) or (
                _negated(verb) and bool(merits)
            )
            if lacking:  # "has no respect for international law", "no understanding of"
                return [subject]
    return None


def _distrusted(verbs: list[Token], sides: Callable[[], set[str]]) -> list[Token] | None:
    """Whom a content criticizes by withholding trust from it, or None: "we can no longer
    trust Pyongyang" -> [Pyongyang], "Washington could not be counted on" -> [Washington],
    "the allies cannot rely on the U.S." -> [U.S.].  The trust must be denied ("not",
    "never", "no longer") and the distrusted a named actor or an actor's doing of another
    side ("we do not trust the figures" names nobody)."""
    for verb in verbs:
        lemma = verb.lemma_.lower()
        if lemma in DISTRUST_VERBS and not _negated(verb):
            # "Beijing distrusts the island's leader" (round 14): distrust stated outright
            objects = [c for c in verb.children if c.dep_ == "dobj"]
            found = _named_others(objects, sides)
            if found:
                return found
            continue
        if lemma not in TRUST_VERBS or not _trust_denied(verb):
            continue
        passive = [c for c in verb.children if c.dep_ == "nsubjpass"]
        objects = [c for c in verb.children if c.dep_ == "dobj"] if lemma == "trust" else []
        objects += [
            o
            for p in verb.children
            if p.dep_ == "prep" and p.lower_ in ("on", "upon")
            for o in [_prep_object(p)]
            if o is not None
        ]
        if passive and (
            lemma == "trust"
            or any(c.dep_ == "prep" and c.lower_ in ("on", "upon") for c in verb.children)
        ):
            objects = passive  # "X cannot be trusted", "X could not be counted on"
        elif passive:
            continue
        found = _named_others(objects, sides)
        if found:
            return found
    return None


#: Round 34 (evals35, issue 12): trust named as a noun and withheld ("there is simply no trust
#: in X", "we have no confidence in X", "do not have any faith in X") criticizes X as the
#: verb does in :func:`_distrusted` ("can no longer trust X"); the nouns are the
#: ``trust_noun`` rows of kg/data/content_lexicon.tsv, the one not trusted the object of
#: "in", a named party or its doing, never the speaker's side.  Measured (matched / system
#: triples): first half, `dev4` and second half 0 / 0 in both scopes, held out +1 / 0 in
#: each scope, on `test33`, the part whose class report named the shape.  Off (the lead, end of
#: round 34): its one gain is on the sentence class it was built from, so it is no evidence;
#: it ships on once a part nobody read for it shows a gain.
WITHHELD_TRUST = False


def withheld_trust(span: SpacySpan, sides: Callable[[], set[str]]) -> list[Token] | None:
    """Whom a content criticizes by naming its trust in it as absent (``WITHHELD_TRUST``),
    or None: "there is simply no trust in Russia" -> [Russia], "we have no confidence in
    the government's promises" -> the government.  The noun must be denied ("no" as its
    determiner, or the object of a negated verb)."""
    for noun in span:
        if noun.lemma_.lower() not in TRUST_NOUNS or noun.pos_ != "NOUN":
            continue
        denied = any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children) or (
            noun.dep_ == "dobj" and _negated(noun.head)
        )
        if not denied:
            continue
        objects = [
            o
            for p in noun.children
            if p.dep_ == "prep" and p.lower_ == "in"
            for o in [_prep_object(p)]
            if o is not None
        ]
        found = _named_others(objects, sides)
        if found:
            return found
    return None


def _named_others(objects: list[Token], sides: Callable[[], set[str]]) -> list[Token]:
    """The named parties among ``objects``, or the owners of their doings, that are not the
    speaker's side."""
    return [
        w
        for o in objects
        if not _own_side(o, sides)
        for w in ([o] if _is_actor_token(o) else _owners(o))
        if not (_sides([w]) & sides())
    ]


def _trust_denied(verb: Token) -> bool:
    """'cannot trust', 'never trusted', 'no longer trusts'."""
    return _negated(verb) or any(
        c.dep_ in ("advmod", "neg")
        and (
            c.lower_ == "never"
            or (c.lower_ == "longer" and any(d.lower_ == "no" for d in c.children))
        )
        for c in verb.children
    )


#: Verbs of ceasing an actor is told it should: "Kasit should stop talking about ...".
_STOP_VERBS = cues.words("stop cease quit")
#: What it is told to stop, besides the cue verbs: talk, the criticised speech itself.
_TALK_VERBS = cues.words("talk speak comment lecture hype politicize politicise smear")


def _told_to_stop(verbs: list[Token], sides: Callable[[], set[str]]) -> list[Token] | None:
    """Whom a content criticizes by saying it should stop what it says: "Kasit Piromya
    should stop talking about conditions for ..." -> [Kasit Piromya], "should stop accusing
    China".  A named actor of another side only; "Washington should stop arming Taiwan" is
    a demand told (assert), and "demanded that X stop" a demand (the demand family)."""
    for verb in verbs:
        if verb.lemma_.lower() not in _STOP_VERBS or _negated(verb):
            continue
        if not _modal(verb, cues.words("should must")):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or not _is_actor_token(subject) or _own_side(subject, sides):
            continue
        said = [
            c
            for c in verb.children
            if c.dep_ in ("xcomp", "pcomp")
            and (c.lemma_.lower() in _TALK_VERBS or c.lemma_.lower() in cues.VERB_STANCES)
        ]
        if not said:
            continue  # "Washington should stop arming Taiwan": a demand, asserted
        return [subject]
    return None


# --- evaluative accusations: a wrong named as a noun, charged to its agent ---------------

#: Verbs whose subject does the wrong doing they take as object: "carried out illegal
#: activities", "made a small-scale attack", "committed an act of war".
_DOING_VERBS = PURSUE_VERBS | cues.PERPETRATE_VERBS | cues.words("make mount engage stage")

#: Words and statements, whose wrong adjective criticizes rather than charges a doing.
_SPOKEN_NOUNS = (
    cues.UTTERANCE_NOUNS
    | cues.MESSAGE_NOUNS
    | cues.ALLEGATION_NOUNS
    | cues.words("pronouncement rhetoric remark language word words tone intent intention")
)

#: Heads that name an act only with their "of" complement: "an act of war", "acts of
#: aggression".
_ACT_HEADS = cues.words("act acts")


def _is_wrong_doing(noun: Token) -> bool:
    """A doing a content calls a wrong: a hostile noun ("incursions", "the shelling"), an
    act of one ("an act of war"), or a doing qualified by a wrong adjective ("illegal
    poaching", "provocative actions"); not an agent ("hostile forces")."""
    lemma = noun.lemma_.lower()
    if noun.tag_ == "VBG" and noun.dep_ in ("pobj", "pcomp") and lemma in HOSTILE_ACTS:
        return True  # a gerund the tagger left a verb: "engaged in looting"
    if noun.pos_ != "NOUN" or lemma in AGENT_NOUNS or lemma in HOSTILE_ACTORS:
        return False
    if lemma in HOSTILE_NOUNS or noun.lower_ in HOSTILE_NOUNS:
        return True
    if lemma in _ACT_HEADS:
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        inner = _prep_object(of) if of is not None else None
        if inner is not None and inner.lemma_.lower() in HOSTILE_NOUNS | CONFLICT_NOUNS:
            return True
    if lemma in _SPOKEN_NOUNS:
        return False  # "a brutal pronouncement", "hostile rhetoric": criticism of words
    return any(
        c.dep_ in ("amod", "compound") and c.lemma_.lower() in WRONG_ADJECTIVES and not _negated(c)
        for c in children_of(noun)  # the index's shared tokens (round 41, speed50)
    )


def _wrong_doers(noun: Token) -> list[Token]:
    """Who did a wrong doing: its owner or agent ("illegal poaching by Chinese fishermen",
    "North Korea's provocations", "Chinese incursions", "a hostile U.S. policy"), the
    subject it is predicated of ("the flights are a violation of the ceasefire"), or the
    doer of the verb that carries it out ("Japanese ships carrying out illegal activities")."""
    head = noun.head
    if noun.dep_ == "dobj" and head.lemma_.lower() in SUPPORT_VERBS and not _negated(head):
        found = _doer(head)  # "Khartoum supported an attack by Chadian rebels": Khartoum
        if found:
            return found
    if noun.dep_ == "attr":  # "That was Evan's crime" (irony): no possessor is charged
        found = [o for o in _agents_of_doing(noun) if o.dep_ != "poss"]
    else:
        found = [noun] if _is_actor_token(noun) else _agents_of_doing(noun)
    if found:
        return found
    if noun.dep_ == "attr" and head.lemma_.lower() == "be" and not _negated(head):
        subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
        if subject is not None and not _is_wrong_doing(subject):
            return _with_conjuncts(subject) if _is_actor_token(subject) else _owners(subject)
    if noun.dep_ in ("pobj", "pcomp") and head.lower_ == "in" and not _negated(head.head):
        verb = head.head  # "units engaged in looting", "advisers took part in attacks"
        lemma = verb.lemma_.lower()
        if lemma in _TAKING_PART or (lemma == "take" and _object_lemma(verb) == "part"):
            subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None and _is_actor_token(subject):
                return _with_conjuncts(subject)
            return _owners(subject) if subject is not None else []
    doing = head.lemma_.lower() in _DOING_VERBS or head.lemma_.lower() in SUPPORT_VERBS
    if noun.dep_ == "dobj" and doing and not _negated(head):
        # "made an attack", "carried out illegal raids"; and who backs a wrong is charged
        # with it: "Khartoum supported an attack by rebels"
        if head.dep_ == "acl" and head.tag_ == "VBG":  # "ships carrying out": the ships
            doer = head.head
            return [doer] if _is_actor_token(doer) else _owners(doer)
        return _doer(head)
    return []


#: Verbs whose subject takes part in the doing "in" names: "engaged in looting".
_TAKING_PART = cues.words("engage participate")


def _object_lemma(verb: Token) -> str:
    return next((c.lemma_.lower() for c in verb.children if c.dep_ == "dobj"), "")


def _doer(verb: Token) -> list[Token]:
    """:func:`.content_base._charged_agent`, or the named actor in apposition to a
    subject that names none ("its archrival Iran may have committed ...")."""
    found = _charged_agent(verb)
    subject = _active_subject(verb)
    if found or subject is None:
        return found
    return [c for c in subject.children if c.dep_ == "appos" and _is_actor_token(c)]


def _agents_of_doing(noun: Token) -> list[Token]:
    """The owners of a doing (:func:`_owners`) outside its "of" complement, which names
    whom or what it was done to: "the killing of Ukrainian civilians", "a violation of
    United Nations resolutions by Pyongyang" -> [Pyongyang]."""
    patients = {
        t.i for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree
    }
    return [
        o
        for o in _owners(noun)
        if o.i not in patients and not (o.dep_ == "compound" and _place_not_state(o))
    ]


def _place_not_state(token: Token) -> bool:
    """A place name that modifies an event noun as where it happened ("the Mumbai
    attacks", "the Manila attack": a city, even a capital), not who did it ("the U.S.
    policy", "Russian incursions")."""
    if token.ent_type_ not in ("GPE", "LOC", "FAC"):
        return False
    entry = lookup(token.text)
    return entry is None or entry.kind == "place" or entry.via in ("capital", "place")


#: Words of a reaction to a wrong: a wrong they govern is what the speaker's side answers,
#: investigates or defends against ("respond to the Russian aggression", "self-defense
#: against rocket attacks", "charges in relation to the attack"), not a charge the content
#: makes.
_REACTION_WORDS = cues.words(
    "respond response reply retaliate retaliation react reaction repudiate counter defend "
    "defense defence self-defense self-defence protect protection investigate investigation "
    "probe inquiry charge warrant prosecute punish deter deterrence right condemn"
)
#: Purposes that make a forceful doing a countermeasure rather than a wrong.
_COUNTERING = _REACTION_WORDS | cues.words(
    "combat fight stop prevent curb halt stem thwart deter counter protect defend"
)
#: Prepositions whose object is what a reaction is against or what is spoken about.
_TOPIC_PREPS = cues.words("against about regarding concerning over")
#: Modifiers that keep a content from asserting the wrong they qualify.
_UNASSERTED = cues.words("alleged suspected so-called purported possible potential any")


def _asserted_wrong(noun: Token, span: SpacySpan) -> bool:
    """Whether a content puts a wrong forward as done, rather than as hedged ("alleged
    atrocities"), hypothetical ("if the North were to carry out an attack"), doubted ("not
    aware of any threats"), answered ("respond to the aggression") or in a relative
    clause's background ("militants who had staged attacks")."""
    if any(c.lower_ in _UNASSERTED or c.dep_ == "neg" for c in noun.children):
        return False
    if noun.lower_ == "no" or any(c.lower_ in ("no", "without") for c in noun.children):
        return False
    if any(
        c.dep_ in ("acl", "relcl", "xcomp", "advcl") and c.lemma_.lower() in _COUNTERING
        for c in noun.children
    ):
        return False  # "the most aggressive move to date to combat election interference"
    for ancestor in noun.ancestors:
        if ancestor.i < span.start or ancestor.i >= span.end:
            break
        if ancestor.lemma_.lower() in _REACTION_WORDS or _negated(ancestor):
            return False
        if ancestor.dep_ == "prep" and ancestor.lower_ in _TOPIC_PREPS:
            return False  # "self-defense against rocket attacks", "the facts about the war"
        if ancestor.lemma_.lower() in ("relation", "connection", "regard"):
            return False  # "charges in relation to the attack": its topic
        if ancestor.dep_ == "relcl" or any(
            c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in ancestor.children
        ):
            return False
    return True


def _doing_words(span: SpacySpan) -> Sequence[Token]:
    """The words of ``span`` that :func:`_is_wrong_doing` can call a wrong: its nouns and the
    gerunds of a hostile act, picked off the index's columns (no Token read for the three
    words in four that are neither; round 29); every word outside :func:`indexed`."""
    index = index_of(span.doc)
    if index is None:
        return span_tokens(span)
    pos, lowered, tokens = index.pos, index.lemmas, index.tokens
    return [
        tokens[i]
        for i in range(span.start, span.end)
        if pos[i] == "NOUN" or lowered[i] in HOSTILE_ACTS
    ]


def _evaluated_wrongs(span: SpacySpan, sides: Callable[[], set[str]]) -> list[Token]:
    """Actors other than the speaker's side that a content charges with a wrong it names
    as a noun, by a hostile event noun or an evaluative adjective, wherever the noun
    stands: "its patrol ship discovered illegal poaching by Chinese fishermen" -> [Chinese];
    "the deployment is a violation of the truce by Moscow" -> [Moscow].  Not denied ("no
    incursions"), not after a time preposition ("since Russia's invasion")."""
    for noun in _doing_words(span):
        if not _is_wrong_doing(noun):
            continue
        if not _asserted_wrong(noun, span):
            continue
        if noun.dep_ == "pobj" and noun.head.lower_ in _TIME_PREPS:
            continue
        doers = [
            d
            for d in _wrong_doers(noun)
            if not d.is_punct and not (_named_sides(d) & sides())  # "neo-Nazis": not "-"
        ]
        if doers:
            return doers
    return []


#: Heads that name what brings a harm about: "the source of the problem", "the root cause
#: of the crisis".
_CAUSE_HEADS = cues.words("source cause root origin")
#: Harms a cause is named for, besides :data:`.content_lexicon.HARM_NOUNS` (conflicts and harms).
_TROUBLE_NOUNS = cues.words("problem problems trouble troubles")


def _named_causes(verbs: list[Token], sides: Callable[[], set[str]]) -> list[Token]:
    """Actors a copular content names as the cause of a harm or a conflict: "Colombia,
    not its neighbours, is the source of the problem", "the regime is the root cause of
    the crisis".  Not negated ("is not the cause")."""
    for verb in verbs:
        if verb.lemma_.lower() != "be" or _negated(verb):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        attr = next((c for c in verb.children if c.dep_ == "attr"), None)
        if subject is None or attr is None or attr.lemma_.lower() not in _CAUSE_HEADS:
            continue
        of = next((c for c in attr.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        harm = _prep_object(of) if of is not None else None
        if harm is None:
            continue
        lemma = harm.lemma_.lower()
        if lemma not in HARM_NOUNS | HOSTILE_NOUNS | _TROUBLE_NOUNS:
            continue
        causes = _with_conjuncts(subject) if _is_actor_token(subject) else _agents_of_doing(subject)
        causes = [c for c in causes if not (_named_sides(c) & sides())]
        if causes:
            return causes
    return []


# --- lexicon gates (.gates): the words without which each rule cannot fire --------------

gate(
    _pejorative_predication,
    needs(cues.PEJORATIVE_ADJECTIVES | cues.PEJORATIVES | _VIOLATION_NOUNS),
    empty=[],
)
gate(_unlawful_acts, needs(_UNLAWFUL), empty=[])
gate(
    _evaluated_wrongs,
    needs(HOSTILE_ACTS | HOSTILE_NOUNS | CONFLICT_NOUNS | WRONG_ADJECTIVES),
    empty=[],
)
gate(
    _named_causes,
    needs(_CAUSE_HEADS, HARM_NOUNS | HOSTILE_NOUNS | _TROUBLE_NOUNS),
    empty=[],
)
gate(_bad_record, needs(_RECORD_VERBS, cues.words("record")))
gate(
    _criticized,
    needs(cues.words("enough"), NEG),  # _falls_short
    needs(
        cues.words("motivated should ought") | CRITICAL_NOUNS | CRITICAL_ADJECTIVES | _WRONG_NOUNS
    ),
)
gate(_evaluated_clause, needs(CRITICAL_ADJECTIVES))
gate(
    _faulted_conduct,
    needs(cues.words("be"), POSITIVE_ADJECTIVES, NEG),
    needs(cues.words("have"), cues.words("right") | MERIT_NOUNS, NEG | cues.words("no")),
)
gate(_told_to_stop, needs(_STOP_VERBS, cues.words("should must")))
gate(_distrusted, needs(TRUST_VERBS, NEG | cues.words("never longer")), needs(DISTRUST_VERBS))
gate(withheld_trust, needs(TRUST_NOUNS, NEG | cues.words("no")))


#: Whether a critical evaluation of a that-clause ("it is regrettable that P", "it is
#: unacceptable that P") whose clause charges its doer with a hostile act is that charge:
#: "it is regrettable that ... the Georgian authorities have undertaken aggressive actions"
#: accuses the Georgian authorities (test38's class (F)); :func:`_evaluated_clause` read it
#: as a criticism of the clause's subject, the charge of the clause (read as a content of its
#: own) unread.  The clause's own stance is read only when it is an accusation; any other
#: stance leaves the criticism.  Round 39 (accuse44, issue 12).  Measured
#: (benchmarks/claims/RESULTS.md, round 39): no triple of any part moves, in either scope.
EVALUATED_CHARGES = True


def evaluated_that_clause(verbs: list[Token]) -> SpacySpan | None:
    """The clause "it is <critical adjective> that P" evaluates, from its first word after
    "that" (the clause on the verb or on the adjective), or None: "it is regrettable that the
    Georgian authorities have undertaken aggressive actions" -> "the Georgian authorities have
    undertaken aggressive actions"."""
    for verb in verbs:
        if verb.lemma_.lower() != "be" or _negated(verb):
            continue
        adjectives = [
            c
            for c in verb.children
            if c.dep_ == "acomp" and c.lemma_.lower() in CRITICAL_ADJECTIVES and not _negated(c)
        ]
        if not adjectives:
            continue
        if not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in verb.children):
            continue
        clause = next(
            (c for h in [verb, *adjectives] for c in h.children if c.dep_ == "ccomp"), None
        )
        if clause is None or clause.pos_ not in ("VERB", "AUX"):
            continue
        words = [t for t in clause.subtree if not (t.dep_ == "mark" and t.head == clause)]
        if words:
            return clause.doc[words[0].i : words[-1].i + 1]
    return None


gate(evaluated_that_clause, needs(cues.words("be"), CRITICAL_ADJECTIVES))
