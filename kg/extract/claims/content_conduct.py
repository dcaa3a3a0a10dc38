"""Conduct a speaker tells as another party's, with no charge word (round 23, charge23,
issue 12): the largest stance class on unseen copy is an accusation read as an assertion,
the speaker telling a hostile doing as fact.  :mod:`.content_acts` reads acts done; this
module reads four frames of conduct that name no act verb of the lexicon in the main clause:

* a hostile act planned, prepared or sought: "Ethiopia is planning to launch a full scale
  war against its territory", "the agency is planning attacks in Kashmir", "Moscow was
  planning such an attack itself", "is seeking regime change";
* a thing turned into a means of harm: "Moscow is using energy as a weapon", "the monk uses
  religion as a cover for separatist activities";
* forces or agents at work inside another state: "Russian troops continue to operate in
  eastern Ukraine", "the CIA still operates in South Africa", "insurgents have established
  bases inside Pakistan's tribal areas";
* cover or shelter given to a hostile actor: "border forces were providing cover for
  militants";
* a doing told as done in secret (round 30, conduct31, :data:`COVERT_CONDUCT`): "the country
  is quietly rearming", "the government has been secretly flying weapons to the militants";
* a means of deceit or pressure put to use (round 30, :data:`DECEITFUL_MEANS`): "Moscow
  continues to employ scare tactics", "Russia has been using sham websites", "is trying to
  orchestrate a campaign of falsehoods".

Each charges the doer :func:`.content_acts._charged_agent` names (a named actor, a state
for its forces or agents); none charges the speaker's own side, and a negation, a modal
or a condition charges no one.  The doings a speaker's own side plans or runs ("we are
preparing a response", "our troops operate in the region") stay assertions."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.extract import cues
from kg.extract.claims.base import _is_actor_token, _prep_object, _with_conjuncts, verb_stance
from kg.extract.claims.content_accuse import _DOER_NOUNS, _propositions, _speakers_forces
from kg.extract.claims.content_acts import _charged_agent, _hostile, _perpetrates
from kg.extract.claims.content_base import (
    _is_hostile_actor,
    _modal,
    _named_sides,
    _negated,
    _sides,
)
from kg.extract.claims.content_lexicon import (
    CONFLICT_NOUNS,
    COVERT_MANNERS,
    DECEIT_NOUNS,
    HOSTILE_ACTS,
    HOSTILE_NOUNS,
    PLOY_VERBS,
)
from kg.extract.claims.content_referred import (
    _may_be_speaker,
    _named_referent,
    _referring_pronoun,
)
from kg.extract.claims.gates import gate, needs
from kg.extract.claims.targets import _owners
from kg.extract.claims.targets_states import BAND_NOUNS

#: Verbs of a doing planned or sought: "is planning attacks", "is preparing to invade".
_PLAN_VERBS = cues.words("plan prepare plot seek scheme contemplate intend")
#: Verbs that start a conflict named as a noun: "to launch a full scale war".
_START_VERBS = cues.words("launch wage start unleash begin")
#: Verbs of turning a thing into a means: "uses energy as a weapon".
_MEANS_VERBS = cues.words("use exploit wield")
#: What a thing is turned into: "as a weapon", "as a cover for", "as a pretext".
_MEANS_NOUNS = cues.words(
    "weapon weapons cover pretext excuse tool instrument shield smokescreen lever bargaining"
)
#: Verbs of forces at work or kept in a place: "continue to operate in eastern Ukraine",
#: "1,000 Russian troops remain inside Ukraine".
_OPERATE_VERBS = cues.words("operate remain")
#: Verbs of setting up a base: "have established military bases inside X".
_BASING_VERBS = cues.words("establish set build")
_BASE_NOUNS = cues.words("base bases basis camp camps")  # the parser's lemma of "bases"
_INSIDE = cues.words("in inside within")
#: Who is at work or kept abroad: a state's forces and agents ("Russian troops", "the
#: intelligence agency"), not its government or people.
_FORCE_NOUNS = _DOER_NOUNS - cues.words(
    "administration government authorities authority leadership ministry official officials "
    "national nationals regime"
)
#: Verbs of giving cover and the cover given: "were providing cover for militants".
_GIVING_VERBS = cues.words("provide give offer")
_COVER_NOUNS = cues.words("cover protection shelter sanctuary haven refuge")
_CONDITIONS = cues.words("if unless whether")


def _objects(verb: Token) -> list[Token]:
    return [o for c in verb.children if c.dep_ == "dobj" for o in _with_conjuncts(c)]


def _hostile_object(noun: Token) -> bool:
    """'attacks', 'such an attack', 'occupation', 'regime change'."""
    lemma = noun.lemma_.lower()
    if lemma in HOSTILE_NOUNS or noun.lower_ in HOSTILE_NOUNS:
        return True
    return lemma == "change" and any(
        c.dep_ == "compound" and c.lower_ == "regime" for c in noun.children
    )


def _own_doing(noun: Token) -> bool:
    """Whether a planned hostile noun names no other doer: "preparing for a full-scale
    Russian aggression", "preparing for X's attack", "bracing for an attack by X" is
    readiness to face it, not a plan to do it."""
    return not any(
        c.dep_ == "poss"
        or (c.dep_ in ("amod", "compound", "nmod") and _sides([c]))
        or (c.dep_ == "prep" and c.lower_ in ("by", "from"))
        for c in noun.children
    )


def _planned(verb: Token) -> bool:
    """'is planning attacks', 'is seeking regime change', 'is planning to invade', 'is
    preparing to launch a war against', 'intend to deliver rocket launchers to the
    separatists' (a hostile doing of :func:`.content_acts._hostile`)."""
    if verb.lemma_.lower() not in _PLAN_VERBS:
        return False
    if any(_hostile_object(o) and _own_doing(o) for o in _objects(verb)):
        return True
    if any(
        c.dep_ == "prep"
        and c.lower_ == "for"
        and (o := _prep_object(c)) is not None
        and _hostile_object(o)
        and _own_doing(o)
        for c in verb.children
    ):
        return True  # "is preparing for an invasion"
    for x in verb.children:
        if x.dep_ != "xcomp" or x.pos_ != "VERB" or _negated(x):
            continue
        lemma = x.lemma_.lower()
        if lemma in HOSTILE_ACTS or _perpetrates(x) or _hostile(x):
            return True
        if lemma in _START_VERBS and any(
            o.lemma_.lower() in CONFLICT_NOUNS or _hostile_object(o) for o in _objects(x)
        ):
            return True
    return False


def _used_as_means(verb: Token) -> bool:
    """'is using energy as a weapon', 'uses religion as a cover for', 'is being used as a
    pretext by'."""
    if verb.lemma_.lower() not in _MEANS_VERBS:
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ == "as"
        and (o := _prep_object(c)) is not None
        and (o.lemma_.lower() in _MEANS_NOUNS or o.lower_ in _MEANS_NOUNS)
        for c in verb.children
    )


def _places_inside(verb: Token, holder: Token) -> list[Token]:
    """The places a doing is "in", "inside" or "within", on ``holder`` (the verb or its
    object): "operate in eastern Ukraine", "bases inside Pakistan's tribal areas"."""
    return [
        o
        for c in holder.children
        if c.dep_ == "prep" and c.lower_ in _INSIDE
        for o in [_prep_object(c)]
        if o is not None
    ]


def _foreign_place(place: Token, doer: Token) -> bool:
    """Whether ``place`` is a state's, or a state's part, other than the doer's own."""
    states = _named_sides(place) | _sides(_owners(place))
    return bool(states) and not (states & (_named_sides(doer) | _sides([doer])))


def _counted_members(subject: Token) -> Token:
    """Whom a counted or collective subject is made of: "hundreds of Taleban insurgents" ->
    insurgents, "a unit of Russian troops" -> troops; else the subject."""
    if subject.lemma_.lower() not in BAND_NOUNS and subject.lower_ not in BAND_NOUNS:
        return subject
    of = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    member = _prep_object(of) if of is not None else None
    return member if member is not None else subject


def _abroad(verb: Token) -> bool:
    """'Russian troops continue to operate in eastern Ukraine', 'insurgents have
    established bases inside Pakistan's tribal areas': forces at work in another state."""
    lemma = verb.lemma_.lower()
    if lemma in _OPERATE_VERBS:
        holders = [verb]
    elif lemma in _BASING_VERBS:
        holders = [
            o for o in _objects(verb) if o.lemma_.lower() in _BASE_NOUNS or o.lower_ in _BASE_NOUNS
        ]
        holders += [verb] if holders else []
    else:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "xcomp":
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ == "PRON":
        return False
    subject = _counted_members(subject)  # "hundreds of Taleban insurgents" -> insurgents
    lemma = subject.lemma_.lower()
    if not (_is_hostile_actor(subject) or lemma in _FORCE_NOUNS or subject.lower_ in _FORCE_NOUNS):
        return False  # "Chinese companies operate in Africa", "the diplomats remain in X"
    return any(_foreign_place(p, subject) for h in holders for p in _places_inside(verb, h))


def _covered(verb: Token) -> bool:
    """'were providing cover for militants', 'gives shelter to the rebels'."""
    if verb.lemma_.lower() not in _GIVING_VERBS:
        return False
    covers = [o for o in _objects(verb) if o.lemma_.lower() in _COVER_NOUNS]
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("for", "to")
        and (o := _prep_object(c)) is not None
        and _is_hostile_actor(o)
        for h in (verb, *covers)
        for c in h.children
    ) and bool(covers)


#: Round 30 (conduct31, issue 12): a doing the content tells as done in secret ("is quietly
#: rearming", "has been secretly flying weapons to X") charges its doer, as an act of the
#: hostile lexicon would: secrecy is what a speaker imputes, not what an account of a neutral
#: act tells (the first half's gold has four such contents, all accusations, and no
#: assertion).  The adverbs are the ``covert_manner`` rows of ``kg/data/content_lexicon.tsv``.
#: Off by the bar written before the unread parts were scored (RESULTS.md, round 30): first
#: and second half unmoved, held out +1 matched triple (test29) in each scope; the second
#: half's gold reads two secret doings as assertions ("was secretly offering bounties", told
#: inside a report).
COVERT_CONDUCT = False
#: Round 30 (conduct31): a means of deceit or pressure put to use ("continues to employ scare
#: tactics", "has been using sham websites", "to orchestrate a campaign of falsehoods")
#: charges its user: the means names the wrong the verb alone does not.  The means are the
#: ``deceit_noun`` rows, the verbs the ``ploy_verb`` rows.  On by the round's bar: first half
#: +2 matched triples (test) in each scope, second half unmoved, held out +1 (test26).
DECEITFUL_MEANS = True

#: Doings told in secret that are no act against anyone: an appeal or a saying ("quietly
#: urged X to", "secretly told reporters") is no deed charged.
_UNCHARGED_DOINGS = cues.words("say tell ask urge call appeal hope wish agree welcome thank")
#: Prepositions through which a ploy verb takes its means: "resorted to blackmail",
#: "engages in propaganda".
_MEANS_PREPS = cues.words("to in")


def _done_covertly(verb: Token) -> bool:
    """'is quietly rearming', 'has been secretly flying weapons to the militants', 'were
    covertly supplying the rebels': a doing whose own adverb tells it as secret; not a
    saying, an appeal or a stance cue ("quietly urged", "secretly accused")."""
    if not COVERT_CONDUCT:
        return False
    if not any(c.dep_ == "advmod" and c.lower_ in COVERT_MANNERS for c in verb.children):
        return False
    if verb.lemma_.lower() in _UNCHARGED_DOINGS or verb_stance(verb) is not None:
        return False
    return verb.pos_ == "VERB"


def _deceitful(noun: Token) -> bool:
    """'scare tactics', 'sham websites', 'disinformation', 'a campaign of falsehoods': the
    noun, a modifier of it, or its "of" object is a means of deceit or pressure."""
    heads = [
        noun,
        *(
            o
            for p in noun.children
            if p.dep_ == "prep" and p.lower_ == "of"
            for o in [_prep_object(p)]
            if o is not None
        ),
    ]
    return any(
        w.lemma_.lower() in DECEIT_NOUNS or w.lower_ in DECEIT_NOUNS
        for h in heads
        for w in (h, *(c for c in h.children if c.dep_ in ("compound", "amod", "nmod")))
    )


def _deceitful_means(verb: Token) -> bool:
    """'continues to employ scare tactics', 'has been using sham websites', 'resorted to
    blackmail', 'is spreading disinformation': a ploy verb whose object is a means of
    deceit or pressure."""
    if not DECEITFUL_MEANS or verb.lemma_.lower() not in PLOY_VERBS:
        return False
    means = _objects(verb) + [
        o
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in _MEANS_PREPS
        for o in [_prep_object(c)]
        if o is not None
    ]
    means += [  # "set up fake accounts": the particle's verb takes the object
        o for c in verb.children if c.dep_ == "prt" for o in _objects(c)
    ]
    return any(_deceitful(m) for m in means)


_FRAMES: tuple[Callable[[Token], bool], ...] = (
    _planned,
    _used_as_means,
    _abroad,
    _covered,
    _done_covertly,
    _deceitful_means,
)


def _with_complements(verbs: list[Token]) -> list[Token]:
    """The verbs and their conjuncts and open complements: "continue to operate", "is
    seeking regime change and seeks occupation"."""
    found: list[Token] = []
    todo = list(verbs)
    while todo:
        verb = todo.pop(0)
        if verb in found:
            continue
        found.append(verb)
        todo.extend(c for c in verb.children if c.dep_ in ("xcomp", "conj") and c.pos_ == "VERB")
    return found


def _appositive_doer(verb: Token) -> list[Token]:
    """The actor named in apposition to a subject no state names: "its neighbor Ethiopia
    is planning to launch a war" -> [Ethiopia]."""
    while verb.dep_ == "xcomp" and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head
    return [
        a
        for s in verb.children
        if s.dep_ == "nsubj"
        for a in s.children
        if a.dep_ == "appos" and _is_actor_token(a)
    ]


def _told_conduct(
    span: SpacySpan, verbs: list[Token], sides: Callable[[], set[str]]
) -> list[Token] | None:
    """The doer of conduct a content tells in one of the frames above (module docstring),
    in its main clauses or a clause it puts forward as proven ("has new evidence that the
    Russians intend to deliver ..."), other than the speaker's own side; None when no frame
    is told."""
    for verb in _with_complements(_propositions(span, verbs)):
        if _negated(verb) or _modal(verb):
            continue
        if any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in verb.children):
            continue
        if not any(frame(verb) for frame in _FRAMES):
            continue
        agents = [
            a
            for a in (_charged_agent(verb) or _appositive_doer(verb) or _referred_doer(verb))
            if not (_sides([a]) & sides() or _speakers_forces(a))
        ]
        if agents:
            return agents
    return None


#: Round 30 (conduct31): conduct told of a pronoun doer ("They resort to chemical and nuclear
#: blackmail", "they are secretly helping X") charges the actor the pronoun stands for, the
#: one the sentence or the sentence before names (point 43), as :mod:`.content_referred` reads
#: a hostile act's pronoun doer; not a pronoun that may be the speaker's own ("officials said
#: they are preparing a response").
#: Off: it moved no triple of any part, first half, second half or held out (round 30).
REFERRED_CONDUCT = False


def _referred_doer(verb: Token) -> list[Token]:
    """The actor a pronoun doer of told conduct stands for (:data:`REFERRED_CONDUCT`)."""
    if not REFERRED_CONDUCT:
        return []
    pronoun = _referring_pronoun(verb)
    if pronoun is None or _may_be_speaker(verb, pronoun):
        return []
    return _named_referent(pronoun)


gate(
    _told_conduct,
    needs(_PLAN_VERBS),
    needs(_MEANS_VERBS, _MEANS_NOUNS),
    needs(_OPERATE_VERBS),
    needs(_BASING_VERBS, _BASE_NOUNS),
    needs(_GIVING_VERBS, _COVER_NOUNS),
    needs(COVERT_MANNERS),
    needs(PLOY_VERBS, DECEIT_NOUNS),
    empty=None,
)
