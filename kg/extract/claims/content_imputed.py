"""Charges a content makes without a verb of wrongdoing in its main clause: a doing called
a danger or a breach ("the drills pose a serious threat to the country", "the flights are a
violation of the resolution", "they illegally entered its waters"), and a hostile purpose
imputed to a doer ("sent the ships in order to intimidate its neighbours", "are spreading
these claims so they can discredit the vote"), and help given to a hostile doing or to
armed groups ("is helping the militias attack U.S. bases", "is giving support to armed
groups").  Both charge the doing's owner, who may go
unnamed in the sentence (the charge then has no target); neither charges the speaker's own
side, and a negation, a modal or a condition rather than a deed charges no one.

Round 17 (issue 12): on the development parts a charge stated this way was read as a plain
assertion (``benchmarks/claims/RESULTS.md``, round 17, stance17).  Round 19 (recall19,
``armed_patronage``): an armed group backed by its name ("Pakistan supports the Taliban"),
help handed to armed groups ("provides sanctuary to militants"), terrorism furthered ("is
encouraging terrorism") or a region driven to war ("is pushing the peninsula toward
nuclear war") charges the doer: support of armed groups was the largest class of the
accusations read as assertions on the development parts."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from kg.extract import cues
from kg.extract._index import children_of, span_tokens
from kg.extract.claims.base import (
    _agents,
    _is_actor_token,
    _is_passive,
    _prep_object,
    _with_conjuncts,
)
from kg.extract.claims.content_acts import _charged_agent, _hostile, _is_weapon, _perpetrates
from kg.extract.claims.content_base import (
    _is_hostile_actor,
    _modal,
    _named_sides,
    _negated,
    _own_side,
)
from kg.extract.claims.content_lexicon import (
    ARMED_GROUPS,
    CONFLICT_NOUNS,
    EMPLACE_VERBS,
    HOSTILE_ACTS,
    HOSTILE_NOUNS,
    POSING_VERBS,
    PRETEXT_VERBS,
    SUFFERED_NOUNS,
    SUFFERING_VERBS,
    SUPPORT_VERBS,
    WMD_MODIFIERS,
    WMD_VERBS,
    load_classes,
)
from kg.extract.claims.content_qualified import _actor, _taken_up, taken_up_doers
from kg.extract.claims.gates import gate, needs
from kg.extract.claims.targets import _owners
from kg.model import Stance

#: Nouns of danger a doing poses ("the drills pose a serious threat to the country").
_DANGER_NOUNS = cues.words("threat danger menace")
#: Nouns of a breach a doing is called ("the flights are a violation of the resolution").
_BREACH_NOUNS = cues.words("violation breach")
#: Adverbs that call a doing unlawful ("they illegally entered its waters").
_UNLAWFULLY = cues.words("illegally unlawfully")
#: Subjects that name no deed: "there is", "what is", a condition rather than a deed ("an
#: upsurge of violence poses a threat" blames nobody).
_UNJUDGED_SUBJECTS = cues.words("there what which situation upsurge rise increase surge")
#: First and second persons: the speaker does not charge itself, and "you" is addressed.
_PERSONS = cues.words("i we you")


def _subject(verb: Token) -> Token | None:
    """The verb's subject, also when the parser hangs it on the auxiliary ("Syria is
    encouraging ...": "Syria" the subject of "is")."""
    for token in (verb, *(c for c in verb.children if c.dep_ == "aux")):
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return subject
    return None


def _charged_doers(subject: Token | None, sides: Callable[[], set[str]]) -> list[Token] | None:
    """The owners of a doing the content charges (``[]``: unnamed), or None when the doing
    is the speaker's own or names no deed."""
    if subject is None or subject.lower_ in _PERSONS:
        return None
    # "they" is the other side here: no side confesses a danger or a breach of its own;
    # nor are armed groups with no owner ("the rebels") the speaker's own
    unowned_armed = _is_hostile_actor(subject) and not any(
        c.dep_ == "poss" for c in subject.children
    )
    if subject.lower_ != "they" and not unowned_armed and _own_side(subject, sides):
        return None
    if any(c.dep_ == "poss" and c.lower_ in ("its", "our", "my") for c in subject.children):
        return None  # "its exercises pose a threat": the speaker's own doing
    deed = {t.lemma_.lower() for t in subject.subtree}
    if subject.lower_ in _UNJUDGED_SUBJECTS or deed & (_UNJUDGED_SUBJECTS | CONFLICT_NOUNS):
        return None
    whose = [subject] if _is_actor_token(subject) else _owners(subject)
    if any(_named_sides(w) & sides() for w in whose):
        return None
    return whose


def _harmful_doings(verbs: list[Token], sides: Callable[[], set[str]]) -> list[Token] | None:
    """A doing a main verb calls a danger or a breach: "the joint drills pose a serious
    threat to the country", "the flights are a violation of the ceasefire resolution",
    "they illegally entered its territorial waters" -> the doing's owners (``[]``: a charge
    whose accused the sentence does not name); None when no main verb does so.  Not "could
    pose a threat", "pose no threat", "is not a violation", "were illegally detained"."""
    for verb in verbs:
        if _negated(verb) or _modal(verb):
            continue
        lemma = verb.lemma_.lower()
        if lemma == "pose" or (POSED_DANGERS and lemma in POSING_VERBS):
            charged = any(
                c.dep_ == "dobj"
                and c.lemma_.lower() in _DANGER_NOUNS
                and not any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
                for c in verb.children
            )
        elif lemma == "be":
            charged = any(
                c.dep_ == "attr"
                and c.lemma_.lower() in _BREACH_NOUNS
                and not _negated(c)
                and any(p.dep_ == "prep" and p.lower_ == "of" for p in c.children)
                for c in verb.children
            )
        else:
            charged = verb.tag_ != "VBN" and any(
                c.dep_ == "advmod" and c.lower_ in _UNLAWFULLY for c in verb.children
            )
        if not charged:
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        whose = _charged_doers(subject, sides)
        if whose == [] and POSED_DANGERS and subject is not None:
            # "Such actions pose a threat to ...": the deed taken up again is the doer's
            # the sentence before names (points 23, 42), as content_qualified reads it
            whose = taken_up_doers(subject, sides) or _accused_before(subject, sides)
        if whose == [] and lemma != "pose" and lemma in POSING_VERBS:
            continue  # "the floods represent a threat": a danger no one is charged with
        if whose is not None:
            return whose
    return None


def _accused_before(subject: Token, sides: Callable[[], set[str]]) -> list[Token]:
    """The one party an accusing verb of the sentence before charges, when ``subject``
    takes a deed up again with no doer of its own ("... accusing Russia of engaging in
    military aggression.  Such actions pose a threat ..." -> Russia); [] otherwise."""
    if not _taken_up(subject) or subject.sent.start == 0:
        return []
    before = subject.doc[subject.sent.start - 1].sent
    found: dict[str, Token] = {}
    for verb in before:
        if verb.pos_ != "VERB" or _negated(verb):
            continue
        if cues.VERB_STANCES.get(verb.lemma_.lower()) is not Stance.ACCUSE:
            continue
        for accused in (c for c in verb.children if c.dep_ == "dobj"):
            if _is_actor_token(accused) and not (_named_sides(accused) & sides()):
                found.setdefault(",".join(sorted(_named_sides(accused))) or accused.lower_, accused)
    return list(found.values()) if len(found) == 1 else []


#: Round 33 (content34, issue 12): a danger a deed "represents" or "constitutes" is charged
#: as one it "poses" ("China's drills near the island represent a direct threat to regional
#: stability", "the launches by North Korea constitute a grave threat to peace"; the
#: ``posing_verb`` rows of kg/data/content_lexicon.tsv), and a deed taken up again with no
#: owner of its own ("Such actions pose a threat to the security of all states", "this
#: hybrid attack represented a direct threat") charges the one doer of a hostile act the
#: sentence before names (:func:`.content_qualified.taken_up_doers`).  Off: "pose" alone,
#: and such a deed's charge has no target.
POSED_DANGERS = False


#: Markers of a purpose clause with its own subject: "so (that) they can discredit the vote".
_SO = cues.words("so")
#: Modals of such a clause.
_ABLE = cues.words("can could may might would")


def _purposes(verb: Token) -> list[tuple[Token, Token | None]]:
    """The purpose clauses of ``verb``, each with its own subject (None: the verb's doer):
    "to intimidate voters", "in order to intimidate", "so they can discredit the vote"."""
    found: list[tuple[Token, Token | None]] = []
    for child in verb.children:
        if child.dep_ == "advcl" and child.pos_ == "VERB":
            if any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
                if not any(c.dep_ in ("nsubj", "mark") for c in child.children):
                    found.append((child, None))
            elif any(c.dep_ == "mark" and c.lower_ in _SO for c in child.children) and any(
                c.dep_ == "aux" and c.lower_ in _ABLE for c in child.children
            ):
                found.append((child, next((c for c in child.children if c.dep_ == "nsubj"), None)))
        elif child.dep_ == "prep" and child.lower_ == "in":
            for order in child.children:
                if order.dep_ == "pobj" and order.lower_ == "order":
                    found += [
                        (c, None)
                        for c in order.children
                        if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"
                    ]
    return found


#: Round 30 (conduct31, issue 12): a pretext given as a doing's purpose charges its doer as a
#: hostile purpose does ("the blasts are carried out by X to justify tighter security", "X
#: spreads disinformation to try to deceive people"), and so does an attempt, effort or ploy
#: by a named doer to do one, predicated of an act ("It is a desperate attempt by India to
#: divert international attention"): the speaker imputes a motive the doer hides.  The
#: purposes are the ``pretext_verb`` rows of ``kg/data/content_lexicon.tsv``.  The first
#: half's gold has 16 contents with such a purpose that charge, deny or criticize and 2
#: assertions.  Off: it moved no triple of any part (round 30), and the second half's gold,
#: read after it was scored, gives such motives as criticism ("Mugabe is using the two
#: countries' rocky relations to divert attention from ...") or denial, not accusation.
PRETEXT_PURPOSES = False
#: The nouns whose infinitive is an aim imputed to their "by" doer: "an attempt by X to".
_ATTEMPT_NOUNS = cues.words("attempt attempts effort efforts bid ploy ruse move scheme")


def _imputed_purpose(purpose: Token) -> bool:
    """Whether a purpose charges its doer: a hostile act, or with :data:`PRETEXT_PURPOSES`
    a pretext ("to divert attention", "to justify", "to cover up")."""
    lemma = purpose.lemma_.lower()
    if lemma in HOSTILE_ACTS:
        return True
    if not PRETEXT_PURPOSES:
        return False
    if lemma == "cover":
        return any(c.dep_ == "prt" and c.lower_ == "up" for c in purpose.children)
    return lemma in PRETEXT_VERBS


def _attempted_pretexts(verbs: list[Token], sides: Callable[[], set[str]]) -> list[Token] | None:
    """'It is a desperate attempt by India to divert international attention', 'the
    decision is a ploy by Moscow to justify ...' -> the attempt's named doer
    (:data:`PRETEXT_PURPOSES`): a copula whose attribute is an attempt with a "by" doer and a
    pretext or hostile infinitive.  None when no such attribute is told."""
    if not PRETEXT_PURPOSES:
        return None
    for verb in verbs:
        if verb.lemma_.lower() != "be" or _negated(verb):
            continue
        for noun in verb.children:
            if noun.dep_ != "attr" or noun.lemma_.lower() not in _ATTEMPT_NOUNS:
                continue
            aims = [
                c
                for c in noun.children
                if c.dep_ in ("acl", "relcl")
                and c.pos_ == "VERB"
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            ]
            if not any(_imputed_purpose(a) and not _negated(a) for a in aims):
                continue
            doers = [
                o
                for p in noun.children
                if p.dep_ == "prep" and p.lower_ == "by"
                for o in p.children
                if o.dep_ == "pobj"
            ]
            doers += [c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
            for doer in doers:
                whose = _charged_doers(doer, sides)
                if whose:
                    return whose
    return None


def _hostile_purposes(verbs: list[Token], sides: Callable[[], set[str]]) -> list[Token] | None:
    """A hostile act a content gives as the purpose of a doing: "Beijing sent the ships in
    order to intimidate its neighbours" -> [Beijing]; "the bombings were carried out by the
    security services to intimidate voters" -> [services]; "the opposition is spreading
    these claims so it can discredit the vote" -> [opposition] (``[]``: the doer unnamed).
    Not a negated purpose ("not to provoke"), nor the speaker's own side's."""
    for verb in verbs:
        if _negated(verb):
            continue
        for purpose, subject in _purposes(verb):
            if not _imputed_purpose(purpose) or _negated(purpose):
                continue
            if purpose.tag_ == "VBN" or any(c.dep_ == "auxpass" for c in purpose.children):
                continue  # "to be attacked": no doer's aim
            if subject is not None and subject.pos_ != "PRON":
                doer: Token | None = subject
            else:
                doer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
                if doer is None:
                    agents = _agents(verb)
                    doer = agents[0] if agents else None
            whose = _charged_doers(doer, sides)
            if whose is not None:
                return whose
    return _attempted_pretexts(verbs, sides)


#: Round 41, second wave (wire50, issue 12, class (W): wire copy): whether a hostile purpose
#: pursued with a means put to use charges the user ("Kommersant said the FSB is using the spy
#: scandal to discredit human rights defenders", "the Herald said Mr. Tsvangirai had approached
#: Britain about using force to topple President Robert Mugabe"): the parser hangs such a
#: purpose on the verb of use as its ``xcomp`` after the object, which
#: :func:`_hostile_purposes` (an ``advcl``, "in order to") does not read, and an outlet, which
#: reads no charge from a hostile act merely told (``narrated=False``), relayed the user's
#: imputed aim as a report (the guide's point 20: an outlet that imputes a hostile aim
#: originates the charge).  The verbs of use are the ``means_verb`` rows of
#: ``kg/data/content_lexicon.tsv`` (not "urged X to", whose object is the infinitive's own
#: subject); the purpose a hostile act (``hostile_act``).  Changes **extraction**.  Measured
#: (``benchmarks/claims/RESULTS.md``, "Round 41 (second wave ...), wire50"), both scopes: first
#: half +1 matched triple (``test14``), no system triple added; second half, held out and
#: ``test41`` unmoved; on by the bar.  False: such a purpose charges no one, as before.
MEANS_PURPOSES = True
#: Verbs of putting a means or people to use: "using force to topple", "trained men to".
MEANS_VERBS: frozenset[str] = load_classes()["means_verb"]


#: Prepositions of a use kept from happening: "prevented X from using", "warned against using".
_KEPT_FROM = cues.words("from against without")


def _means_user(means: Token) -> Token | None:
    """Who puts the means to use: the verb's subject, a passive's "by" agent, or for a
    gerund or infinitive without a subject ("approached Britain about using force", "tried
    to use the crisis") the subject of the verb it hangs on (two steps up at most); None for
    a use kept from happening ("prevented militants from using Pakistani territory")."""
    verb = means
    for _ in range(3):
        if _is_passive(verb):
            agents = _agents(verb)
            return agents[0] if agents else None
        subject = _subject(verb)
        if subject is not None:
            return subject
        if verb.dep_ in ("pcomp", "pobj") and verb.head.dep_ == "prep":
            if verb.head.lower_ in _KEPT_FROM:
                return None  # "prevented militants from using X to attack": no use told
            verb = verb.head.head
        elif verb.dep_ in ("xcomp", "advcl", "conj"):
            verb = verb.head
        else:
            return None
        if verb.pos_ not in ("VERB", "AUX"):
            return None
    return None


def means_purposes(span: Span, sides: Callable[[], set[str]]) -> list[Token] | None:
    """'the FSB is using the spy scandal to discredit human rights defenders' -> [FSB]; 'had
    approached Britain about using force to topple the president' -> the subject of
    "approached" (:data:`MEANS_PURPOSES`): a verb of use with its object before an
    infinitive of a hostile act hung on it, its user named and no side of the speaker's.
    None when no such purpose is told (or its user goes unnamed)."""
    if not MEANS_PURPOSES:
        return None
    for means in span:
        if means.lemma_.lower() not in MEANS_VERBS or means.pos_ != "VERB" or _negated(means):
            continue
        objects = [c for c in means.children if c.dep_ == "dobj"]
        for purpose in means.children:
            if purpose.dep_ != "xcomp" or purpose.pos_ != "VERB" or _negated(purpose):
                continue
            if not any(c.dep_ == "aux" and c.lower_ == "to" for c in purpose.children):
                continue
            if purpose.tag_ == "VBN" or any(c.dep_ == "auxpass" for c in purpose.children):
                continue  # "to be attacked": no user's aim
            if purpose.lemma_.lower() not in HOSTILE_ACTS:
                continue
            if not _is_passive(means) and not any(o.i < purpose.i for o in objects):
                continue  # "wants to use ..." has no means before the purpose
            whose = _charged_doers(_means_user(means), sides)
            if whose:
                return whose
    return None


gate(
    _harmful_doings,
    needs(_DANGER_NOUNS, cues.words("pose")),
    needs(_DANGER_NOUNS, POSING_VERBS),
    needs(_BREACH_NOUNS),
    needs(_UNLAWFULLY),
    empty=None,
)
gate(
    _hostile_purposes,
    needs(HOSTILE_ACTS),
    needs(PRETEXT_VERBS),
    needs(cues.words("cover")),
    empty=None,
)


#: Combat helped along ("is helping the rebels fight the army"), besides the hostile acts.
_COMBAT_VERBS = cues.words("fight battle")
#: Verbs that urge or let another do a deed: "is encouraging insurgents to attack".
_URGING_VERBS = cues.words("encourage enable incite push prod")
#: Verbs that hand over help: "is giving support to armed groups".
_GIVING_VERBS = cues.words("give provide offer lend extend")
#: The help handed over.
_HELP_NOUNS = cues.words("support aid assistance backing help shelter sanctuary haven")


def _against_hostile(deed: Token) -> bool:
    """Whether a deed's object is an armed group or its holdings: "fight the insurgents",
    "attack militant positions" (no hostility charged to whoever helps it)."""
    return any(
        o.dep_ == "dobj" and (_is_hostile_actor(o) or any(_is_hostile_actor(c) for c in o.children))
        for o in deed.children
    )


def _aided_hostility(verbs: list[Token], sides: Callable[[], set[str]]) -> list[Token] | None:
    """The doer a content says helps a hostile deed or hands help to armed groups: "Iran is
    helping the militias attack U.S. bases", "Syria is encouraging insurgents to attack
    coalition forces", "Eritrea is giving support to armed groups in Somalia" -> the
    helper (``[]``: unnamed).  Not negated, not "is helping the talks", not aid to civilians."""
    for verb in verbs:
        if _negated(verb):
            continue
        lemma = verb.lemma_.lower()
        aided = False
        if lemma in SUPPORT_VERBS | _URGING_VERBS:
            aided = any(
                c.dep_ in ("xcomp", "ccomp")
                and c.lemma_.lower() in HOSTILE_ACTS | _COMBAT_VERBS
                and not _negated(c)
                and c.tag_ != "VBN"
                and not _against_hostile(c)
                for c in verb.children
            )
        if not aided and lemma in _GIVING_VERBS:
            helps = any(c.dep_ == "dobj" and c.lemma_.lower() in _HELP_NOUNS for c in verb.children)
            receivers = [
                o
                for p in verb.children
                if p.dep_ in ("dative", "prep") and p.lower_ == "to"
                for o in p.children
                if o.dep_ == "pobj"
            ]
            aided = helps and any(_is_hostile_actor(r) for r in receivers)
        if not aided:
            continue
        subject = _subject(verb)
        whose = _charged_doers(subject, sides)
        if whose is not None:
            return whose
    return None


gate(
    _aided_hostility,
    needs(SUPPORT_VERBS | _URGING_VERBS, HOSTILE_ACTS | _COMBAT_VERBS),
    needs(_GIVING_VERBS, _HELP_NOUNS),
    empty=None,
)


#: Records that a content says show a doing: "the footage shows X's soldiers planting
#: mines", "documents show that X paid the rebels" (not a person's or a state's word).
_EVIDENCE_NOUNS = cues.words(
    "evidence document file footage video image photo photograph picture recording tape "
    "intelligence finding investigation inquiry probe"
)
#: Verbs by which a record puts a doing forward.
_SHOWING = cues.words("show prove reveal demonstrate confirm indicate suggest")
#: Prepositions whose object receives or meets a doing: "paid $30 million to the rebels",
#: "met with the militia's leaders".
_DEALING_PREPS = cues.words("to with")


def _dealt_with_hostile(deed: Token) -> bool:
    """Whether a deed's object or its "to"/"with" object is an armed group, or its object a
    weapon: "paid millions to the rebels", "met with leaders of the rebel group", "removing a
    mine"."""
    for child in deed.children:
        if child.dep_ == "dobj" and (_is_weapon(child) or _is_hostile_actor(child)):
            return True
        if child.dep_ in ("prep", "dative") and child.lower_ in _DEALING_PREPS:
            for o in child.children:
                if o.dep_ != "pobj":
                    continue
                groups = [o, *(p for q in o.children if q.dep_ == "prep" for p in q.children)]
                if any(_is_hostile_actor(g) for g in groups):
                    return True
    return False


def _evidenced_doers(verbs: list[Token], sides: Callable[[], set[str]]) -> list[Token] | None:
    """The doer a record shows doing a hostile act, firing or planting a weapon or dealing
    with armed groups: "the evidence proves that a Syrian warplane fired the missile",
    "documents show that Rwanda paid $30 million to the rebels", "the footage shows
    Ethiopian soldiers planting mines" -> the doer's state (never the speaker's own side).
    Not a person's or a state's word ("Kenya shows ..."), not "does not show", nor a record
    of a lawful doing ("the data show the economy grew")."""
    for verb in verbs:
        if verb.lemma_.lower() not in _SHOWING or _negated(verb) or _modal(verb):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.lemma_.lower() not in _EVIDENCE_NOUNS:
            continue
        for deed in verb.children:
            if deed.dep_ != "ccomp" or deed.pos_ != "VERB" or _negated(deed) or _modal(deed):
                continue
            if _is_passive(deed) and not _agents(deed):
                continue  # "shows the convoy was ambushed": no doer (see _evidenced_act)
            lemma = deed.lemma_.lower()
            shown = (
                _hostile(deed)
                or _perpetrates(deed)
                or lemma in cues.FIRING_VERBS | EMPLACE_VERBS
                or _dealt_with_hostile(deed)
            )
            if not shown:
                continue
            doers = [
                a
                for a in _charged_agent(deed)
                if not (_named_sides(a) & sides()) and a.lower_ not in _PERSONS
            ]
            if doers:
                return doers
    return None


gate(_evidenced_doers, needs(_SHOWING, _EVIDENCE_NOUNS), empty=None)


#: People no side may attack: "the army is targeting civilians", "were raping villagers".
_CIVILIAN_NOUNS = cues.words(
    "civilian civilians villager villagers resident residents population populations "
    "inhabitant inhabitants worshipper worshippers refugee refugees protester protesters "
    "demonstrator demonstrators"
)
#: Possessives and persons of the speaker's own side: "our troops", "we".
_OWN_WORDS = cues.words("we i our my us")
#: Conditions and hypotheses: "if the army attacks civilians, ...".
_CONDITIONS = cues.words("if unless whether when")


def _is_civilian(noun: Token) -> bool:
    """'civilians', 'local populations', 'civilian areas' (a civilian modifier)."""
    return noun.lemma_.lower() in _CIVILIAN_NOUNS or any(
        c.dep_ in ("amod", "compound") and c.lower_ == "civilian" for c in noun.children
    )


def _victims(verb: Token) -> list[Token]:
    """Whom a verb is done to: its object (its passive subject), with conjuncts and the
    "of" of a number ("killed dozens of protesters")."""
    passive = _is_passive(verb)
    found = [
        v
        for c in verb.children
        if c.dep_ == ("nsubjpass" if passive else "dobj")
        for v in (c, *(d for d in c.children if d.dep_ == "conj"))
    ]
    return found + [
        o
        for v in found
        for p in v.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children
        if o.dep_ == "pobj"
    ]


def _series(verb: Token) -> list[Token]:
    """A verb with the verbs coordinated after it: "are raping, murdering and looting"."""
    found, todo = [verb], [verb]
    while todo:
        for c in todo.pop().children:
            if (
                c.dep_ in ("conj", "advcl")
                and c.pos_ == "VERB"
                and not any(d.dep_ in ("nsubj", "nsubjpass", "mark") for d in c.children)
            ):
                found.append(c)
                todo.append(c)
    return found


def _civilians_harmed(verbs: list[Token], sides: Callable[[], set[str]]) -> list[Token] | None:
    """The doer a content says commits a hostile act against civilians, even when the
    sentence names it only as a force: "the army is targeting civilians", "civilians are
    being targeted by government soldiers", "the militia is raping, murdering and looting
    villagers" -> the doer (resolution reads whose "the army" is).  No side says its own
    forces do this, so a bare force is the other side; but not a pronoun or a pronoun's
    force ("they", "its fighters", "our troops": a charge with no target gains nothing and
    may be the speaker's own), the speaker's named side, a negation, a modal or a
    condition ("if the army attacks civilians")."""
    for verb in verbs:
        if _negated(verb) or _modal(verb):
            continue
        if any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in verb.children):
            continue
        series = _series(verb)
        if not any(v.lemma_.lower() in HOSTILE_ACTS and not _negated(v) for v in series):
            continue
        if not any(_is_civilian(v) for member in series for v in _victims(member)):
            continue
        if _is_passive(verb):
            agents = _agents(verb)
            doer = agents[0] if agents else None
        else:
            doer = _subject(verb)
        if doer is None or doer.lower_ in _OWN_WORDS or _is_civilian(doer):
            continue
        lemma = doer.lemma_.lower()
        if not (
            _is_actor_token(doer)
            or _is_hostile_actor(doer)
            or lemma in cues.ARMED_NOUNS | cues.STATE_AGENT_NOUNS
        ):
            continue  # "the bombing of infrastructure kills civilians": a deed, not a doer
        if doer.pos_ == "PRON" or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in doer.children):
            continue  # "they", "its fighters", "our troops": whose, the sentence does not say
        named = _named_sides(doer) or {
            s
            for c in doer.children
            if c.dep_ in ("poss", "amod", "compound")
            for s in _named_sides(c)
        }
        if named & sides():
            continue
        return [doer]
    return None


gate(_civilians_harmed, needs(HOSTILE_ACTS, _CIVILIAN_NOUNS), empty=None)


#: Help that readies a doer for its deeds: "were trained by", "was recruited by".
_READYING_VERBS = SUPPORT_VERBS | cues.words("recruit indoctrinate")
#: Modifiers that make a group an outlawed one: "a banned Islamic group".
_OUTLAWED = cues.words("banned outlawed proscribed")
#: Persons that a readied doer is named by once the story has said what it did.
_DOER_PRONOUNS = cues.words("they")


def _hostile_group(noun: Token) -> bool:
    """'the militant group', 'a banned Islamic group', 'the X, a militant group' (by its
    apposition)."""
    return any(
        _is_hostile_actor(n) or any(c.dep_ == "amod" and c.lower_ in _OUTLAWED for c in n.children)
        for n in (noun, *(c for c in noun.children if c.dep_ == "appos"))
    )


#: Participles that give a description's name: "a banned group, called the X".
_NAMING = cues.words("call name know")


def _called(noun: Token) -> Token:
    """The name a description is given ("a banned group, called the People's Front" -> the
    name's head), else the description."""
    for child in noun.children:
        if child.dep_ == "acl" and child.lemma_.lower() in _NAMING:
            for name in child.children:
                if name.dep_ in ("oprd", "attr", "dobj") and name.pos_ == "PROPN":
                    return name
    return noun


def _readied_by_hostile(span: Span, sides: Callable[[], set[str]]) -> list[Token] | None:
    """The armed group a content says trained, armed or helped a doer: "they were assisted
    by a banned militant group", "the militants were trained in a camp by the X, an extremist
    group" -> the group (its name when "called" gives one).  The doer is "they" (the story
    has said what they did; not "he", often the speaker's own admission) or an armed group;
    the helper is itself an armed group, so "they were assisted by the U.N." and "the army
    was trained by U.S. instructors" charge nobody; not negated, not the speaker's side."""
    for verb in span:
        if verb.lemma_.lower() not in _READYING_VERBS or not _is_passive(verb):
            continue
        if _negated(verb) or _modal(verb):
            continue
        patients = [c for c in verb.children if c.dep_ == "nsubjpass"]
        if not any(p.lower_ in _DOER_PRONOUNS or _is_hostile_actor(p) for p in patients):
            continue
        agents = _agents(verb) or [  # "trained in a camp by X": the parser hangs "by" low
            o
            for p in verb.children
            if p.dep_ == "prep"
            for n in p.children
            if n.dep_ == "pobj"
            for b in n.children
            if b.dep_ == "prep" and b.lower_ == "by"
            for o in b.children
            if o.dep_ == "pobj"
        ]
        helpers = [_called(a) for a in agents if _hostile_group(a)]
        helpers = [a for a in helpers if not (_named_sides(a) & sides())]
        if helpers:
            return helpers
    return None


gate(_readied_by_hostile, needs(_READYING_VERBS, cues.words("by")), empty=None)


#: Adjectives that call a weapons programme illicit: "a covert uranium-enrichment program".
_ILLICIT_ADJECTIVES = cues.words(
    "covert secret clandestine illicit illegal banned undeclared hidden prohibited"
)
#: What a state runs or holds toward a weapon: "program", "arsenal", "efforts".
_PROGRAMME_NOUNS = cues.words(
    "program programme programs programmes arsenal stockpile effort efforts"
)
#: Words that make a programme a weapons programme: "nuclear", "weapons", "enrichment".
_ARMS_WORDS = WMD_MODIFIERS | cues.words("weapon weapons weapons-grade enrichment missile")
#: Verbs of holding, running or hiding a programme.
_HOLDING_VERBS = cues.words(
    "have possess run operate maintain pursue build develop acquire obtain amass hide conceal"
)
#: Verbs that hide what they hold: the programme hidden is illicit by the hiding.
_HIDING_VERBS = cues.words("hide conceal")
#: Fissile material, held or enriched toward a bomb ("enough enriched uranium for a weapon").
_FISSILE_NOUNS = cues.words("uranium plutonium")
#: What fissile material is for, when a content charges it: "for a bomb", "for weapons".
_BOMB_NOUNS = cues.words("bomb bombs weapon weapons warhead warheads")
#: Verbs of holding or making fissile material.
_FISSILE_VERBS = cues.words("have possess acquire obtain produce amass stockpile enrich")
#: Verbs of coming near: "is moving closer to being able to build a bomb".
_NEARING_VERBS = cues.words("move come get inch edge be")


def _arms_meant(noun: Token) -> bool:
    """Whether a noun phrase names weapons of mass destruction or a weapons programme:
    "a nuclear weapons program", "a covert uranium-enrichment program", "a bomb"."""
    words = {t.lower_ for t in noun.subtree if t.i <= noun.i} | {
        p for t in noun.subtree if t.i <= noun.i for p in t.lower_.split("-")
    }
    return bool(words & _ARMS_WORDS) or noun.lemma_.lower() == "bomb"


def _bomb_purpose(holders: list[Token]) -> bool:
    """A "for" on the verb or its object that names a bomb or a weapons programme: "enough
    uranium for a weapon", "enriching uranium for a weapons program"."""
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ != "for":
                continue
            purpose = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if purpose is None:
                continue
            lemma = purpose.lemma_.lower()
            if lemma in _BOMB_NOUNS or (lemma in _PROGRAMME_NOUNS and _arms_meant(purpose)):
                return True
    return False


def _illicit_holding(verb: Token) -> bool:
    """Whether a verb holds, runs or hides an illicit weapons programme or fissile material
    for a bomb, or comes close to building a bomb."""
    lemma = verb.lemma_.lower()
    objects = [o for c in children_of(verb) if c.dep_ == "dobj" for o in (c, *c.conjuncts)]
    if lemma in _HOLDING_VERBS:
        for noun in objects:
            hidden = lemma in _HIDING_VERBS
            meant = _arms_meant(noun) or (
                hidden and any(t.lower_ in _ARMS_WORDS for t in noun.subtree)
            )  # "is hiding efforts to build a nuclear weapons program"
            if noun.lemma_.lower() not in _PROGRAMME_NOUNS or not meant:
                continue
            if hidden or any(
                c.dep_ == "amod" and c.lower_ in _ILLICIT_ADJECTIVES for c in noun.children
            ):
                return True  # "has a covert enrichment program", "a banned weapons program"
    if lemma in _FISSILE_VERBS:
        fissile = [o for o in objects if o.lemma_.lower() in _FISSILE_NOUNS]
        if fissile and _bomb_purpose([verb, *fissile]):
            return True  # "possesses enough enriched uranium for a weapon"
    if lemma in _NEARING_VERBS and any(
        c.lower_ in ("closer", "close", "nearer") for c in verb.children
    ):
        built = [
            t
            for t in verb.subtree
            if t.lemma_.lower() in WMD_VERBS
            and any(
                c.dep_ == "dobj" and c.lemma_.lower() in _BOMB_NOUNS and _arms_meant(c)
                for c in t.children
            )
        ]
        return bool(built)  # "is moving closer to being able to build a nuclear bomb"
    return False


def _illicit_arms(span: Span, sides: Callable[[], set[str]]) -> list[Token] | None:
    """The state a content says holds, runs or hides an illicit weapons programme: "X has a
    covert uranium-enrichment program", "X could already possess enough enriched uranium for
    a weapon", "X is moving closer to being able to build a nuclear bomb", "information that
    X has been enriching uranium for a weapons program is conclusive" -> X.  Not negated,
    not a condition or a question, not "would", not the speaker's own programme, not a
    programme it is urged to give up ("must not be allowed to have ...")."""
    if span.doc[span.end - 1].text == "?" or (
        span.end < len(span.doc) and span.doc[span.end].text == "?"
    ):
        return None
    for verb in span_tokens(span):  # the index's shared tokens (round 41, speed50)
        if verb.pos_ not in ("VERB", "AUX") or not _illicit_holding(verb):
            continue
        if _negated(verb) or _modal(verb, cues.words("would should must")):
            continue
        if any(
            a.dep_ in ("advcl", "xcomp", "ccomp")
            and any(
                c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in a.children
            )
            for a in (verb, *verb.ancestors)
            if a.i >= span.start
        ):
            continue  # "if Iran has a secret program, ..."
        if any(a.lemma_.lower() in ("allow", "let", "permit") for a in verb.ancestors):
            continue  # "must not be allowed to have a nuclear weapons program"
        subject = _subject(verb)
        if subject is None and verb.dep_ in ("xcomp", "pcomp", "conj"):
            subject = _subject(verb.head)
        whose = _charged_doers(subject, sides)
        if whose:
            return whose
    return None


gate(
    _illicit_arms,
    needs(_HOLDING_VERBS, _PROGRAMME_NOUNS),
    needs(_FISSILE_VERBS, _FISSILE_NOUNS),
    needs(cues.words("closer close nearer"), _BOMB_NOUNS),
    empty=None,
)


#: Verbs that further a hostile actor's cause without arming it: "is encouraging
#: terrorism", "condones extremism", "promotes separatism".
_FURTHERING_VERBS = cues.words("encourage promote foster condone abet nurture embolden")
#: The help handed over to armed groups, besides the help nouns of ``aided_hostility``:
#: "provides sanctuary to militants", "gave training and money to the rebels".
_HANDED_HELP = _HELP_NOUNS | cues.words(
    "safe refuge funding money finance financing training arm arms weapon weapons "
    "equipment supplies logistics"
)
#: Verbs that drive a region into a conflict: "is pushing the peninsula toward nuclear war",
#: "is dragging the region into an arms race".
_DRIVING_VERBS = cues.words("push drag drive lead steer plunge")
#: Where a region is driven, besides the conflicts: "to the brink of war", "an arms race".
_DRIVEN_TO = CONFLICT_NOUNS | cues.words("brink verge abyss race confrontation catastrophe")


def _armed_group(noun: Token) -> bool:
    """'the Taliban', 'Hezbollah', 'Boko Haram': an armed group named by its name (the
    lower-case entity or its last word), or a hostile actor by its word ('rebels')."""
    if _is_hostile_actor(noun):
        return True
    if noun.lower_ in ARMED_GROUPS or noun.lemma_.lower() in ARMED_GROUPS:
        return noun.pos_ in ("PROPN", "NOUN")
    return False


def _recipients(verb: Token, objects: list[Token]) -> list[Token]:
    """Who a verb hands its objects to: "to militants", "for the rebels", a dative."""
    return [
        r
        for holder in (verb, *objects)
        for c in holder.children
        if (c.dep_ == "prep" and c.lower_ in ("to", "for")) or c.dep_ == "dative"
        for r in [_prep_object(c) if c.lower_ in ("to", "for") else c]
        if r is not None
    ]


def _patronises(verb: Token) -> bool:
    """Whether a verb with its objects backs an armed group or drives a region to war:
    "supports the Taliban", "provides sanctuary to militants", "is encouraging terrorism",
    "is pushing the Korean peninsula toward nuclear war"."""
    lemma = verb.lemma_.lower()
    objects = [o for c in verb.children if c.dep_ == "dobj" for o in _with_conjuncts(c)]
    if lemma in SUPPORT_VERBS and any(_armed_group(o) for o in objects):
        return True  # "supports the Taliban", "arms Hezbollah"
    if lemma in _FURTHERING_VERBS and any(_armed_group(o) for o in objects):
        return True  # "is encouraging terrorism"
    if lemma in SUPPORT_VERBS | _GIVING_VERBS and any(
        o.lemma_.lower() in _HANDED_HELP for o in objects
    ):
        return any(_armed_group(r) for r in _recipients(verb, objects))
    if lemma in _DRIVING_VERBS and objects:
        return any(
            c.dep_ == "prep"
            and c.lower_ in ("toward", "towards", "to", "into")
            and (o := _prep_object(c)) is not None
            and (o.lemma_.lower() in _DRIVEN_TO or o.lower_ in _DRIVEN_TO)
            for c in verb.children
        )
    return False


def _armed_patronage(verbs: list[Token], sides: Callable[[], set[str]]) -> list[Token] | None:
    """The doer a content says backs an armed group by its name, hands help to armed
    groups, furthers terrorism or drives a region to war: "Pakistan supports the Taliban",
    "Islamabad provides sanctuary to militants", "Iran is encouraging terrorism", "the United
    States is pushing the Korean peninsula toward nuclear war" -> the doer (``[]``:
    unnamed).  Not negated, not a modal or a condition ("could push the region to war"),
    not the speaker's own side."""
    for verb in verbs:
        series = [verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB")]
        for member in series:
            if _negated(member) or _modal(member) or not _patronises(member):
                continue
            subject = _subject(member) or _subject(verb)
            whose = _charged_doers(subject, sides)
            if whose is not None:
                return whose
    return None


#: Support named as a noun: "its support of cross-border terrorism", "Moscow's backing of
#: the separatists".
_SUPPORT_NOUNS = cues.words(
    "support backing sponsorship sponsoring funding financing arming training harbouring "
    "harboring aid assistance help patronage"
)


def _patronage_owners(span: Span, sides: Callable[[], set[str]]) -> list[Token] | None:
    """The named owner of support for an armed group told as a noun, or None: "to end its
    support of cross-border terrorism" (the owner the possessive stands for), "Tehran's
    support for insurgents", "Moscow's backing of the separatists".  Not "no support",
    not the speaker's side, nor support whose owner the sentence does not name."""
    for noun in span:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _SUPPORT_NOUNS:
            continue
        if any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
            continue
        backed = [
            o
            for p in noun.children
            if p.dep_ == "prep" and p.lower_ in ("of", "for", "to")
            for o in _with_conjuncts_of(p)
        ]
        if not any(_armed_group(o) for o in backed):
            continue
        owners = [c for c in noun.children if c.dep_ == "poss"]
        if not owners:
            continue
        owner = owners[0]
        if owner.pos_ == "PRON":  # "persuade Islamabad to end its support": Islamabad
            owner = _controller(noun.head) or owner
        whose = _charged_doers(owner, sides)
        if whose:
            return whose
    return None


def _controller(verb: Token) -> Token | None:
    """The named actor a possessive under ``verb`` stands for: the verb's subject, or the
    object of the verb it complements ("persuade Islamabad to end its support"), or that
    verb's subject ("Iran must end its support")."""
    candidates = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ == "xcomp":
        candidates += [c for c in verb.head.children if c.dep_ == "dobj"]
        candidates += [c for c in verb.head.children if c.dep_ == "nsubj"]
    return next((c for c in candidates if _is_actor_token(c)), None)


def _with_conjuncts_of(prep: Token) -> list[Token]:
    """The objects of a preposition with their conjuncts: "of rebels and militias", and
    the name a free relative gives: "of what New Delhi calls cross-border terrorism"."""
    named = [
        o
        for c in prep.children
        if c.dep_ == "pcomp" and c.lemma_.lower() in ("call", "describe", "term", "dub")
        for o in c.children
        if o.dep_ in ("oprd", "attr", "xcomp")
    ]
    found = _prep_object(prep)
    return named + (_with_conjuncts(found) if found is not None else [])


gate(
    _armed_patronage,
    needs(SUPPORT_VERBS | _FURTHERING_VERBS | _GIVING_VERBS),
    needs(_DRIVING_VERBS, _DRIVEN_TO),
    empty=None,
)

#: Round 38, second wave (accuse42, issue 12, test38's class (E)): help an armed group is told
#: as getting from a patron charges the patron the "from" phrase names, as "Iran supports
#: Hezbollah" does (``armed_patronage``): "most Western analysts believe it gets considerable
#: military and financial support from the Iranian government", "the rebels receive weapons
#: from Eritrea".  The receiver is an armed group by its word or name, or a bare "it"/"they"
#: when the help is arms or military help; never the speaker's side as patron, not negated,
#: not a modal.  The verbs and the help are ``receive_verb`` and ``received_help`` of
#: ``kg/data/received_help.tsv``.  Measured (benchmarks/claims/RESULTS.md, round 38 (second
#: wave), accuse42): no development or second-half triple moves (the construction is absent
#: there); held out ``test26`` +1 and ``test38`` +1 matched triple in each scope, no system
#: triple added.  False: the older reading (``assert``).
RECEIVED_PATRONAGE = True

_RECEIVED = load_classes("received_help.tsv")
#: Verbs of getting what another hands over: "gets", "receives", "had support from".
_RECEIVE_VERBS = _RECEIVED["receive_verb"]
#: What is got: support, arms, money, training.
_RECEIVED_HELP = _RECEIVED["received_help"] | _HANDED_HELP
#: Help that is military by its word, so that a bare "it" or "they" may receive it.
_MILITARY_HELP = cues.words("arm arms weapon weapons equipment")


def _military_help(noun: Token) -> bool:
    """'weapons', 'arms', 'military support', 'military and financial support'."""
    if noun.lemma_.lower() in _MILITARY_HELP or noun.lower_ in _MILITARY_HELP:
        return True
    modifiers = [c for c in noun.children if c.dep_ == "amod"]
    modifiers += [c for m in modifiers for c in m.children if c.dep_ == "conj"]
    return any(m.lower_ == "military" for m in modifiers)


def received_patrons(verbs: list[Token], sides: Callable[[], set[str]]) -> list[Token] | None:
    """The patron an armed group is told as getting help from: "Hezbollah gets military and
    financial support from the Iranian government" -> the Iranian government; "the attackers
    had support from across the border" -> ``[]`` (a charge with no patron named); None when
    no such receipt is told.  Not negated ("does not receive"), not a modal ("could get"),
    nor a receiver that is no armed group ("Ukraine receives aid from the EU"), nor the
    speaker's own side as the patron."""
    if not RECEIVED_PATRONAGE:
        return None
    for verb in verbs:
        series = [verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB")]
        for member in series:
            if member.lemma_.lower() not in _RECEIVE_VERBS or _negated(member) or _modal(member):
                continue
            receiver = _subject(member) or _subject(verb)
            if receiver is None:
                continue
            helps = [
                h
                for c in member.children
                if c.dep_ == "dobj"
                for h in _with_conjuncts(c)
                if h.lemma_.lower() in _RECEIVED_HELP or h.lower_ in _RECEIVED_HELP
            ]
            if not helps or any(
                c.dep_ == "det" and c.lower_ == "no" for h in helps for c in h.children
            ):
                continue
            pronoun = receiver.lower_ in ("it", "they")
            if not (_armed_group(receiver) or (pronoun and any(_military_help(h) for h in helps))):
                continue
            froms = [
                c
                for holder in (member, *helps)
                for c in holder.children
                if c.dep_ == "prep" and c.lower_ == "from"
            ]
            if not froms:
                continue
            objects = [o for p in froms if (o := _prep_object(p)) is not None]
            givers = [g for o in objects for g in _with_conjuncts(o)]
            named = [g for g in givers if _is_actor_token(g) or _owners(g)]
            if not named:
                return []  # "had support from across the border": a charge, no patron named
            whose: list[Token] = []
            for giver in named:
                found = _charged_doers(giver, sides)
                if found:
                    whose.extend(found)
            if whose:
                return whose
    return None


gate(received_patrons, needs(_RECEIVE_VERBS, _RECEIVED_HELP, cues.words("from")), empty=None)
gate(_patronage_owners, needs(_SUPPORT_NOUNS), empty=None)

#: Round 33 (content34, issue 12): a place or a party told as suffering a hostile act whose
#: doer a "by" or "from" phrase names ("our positions came under heavy shelling from Russian
#: troops", "the convoy came under attack by Taliban insurgents") charges that doer,
#: as the passive "was shelled by X" does.  The verbs and the nouns besides the hostile
#: nouns are the ``suffering_verb`` and ``suffered_noun`` rows of kg/data/content_lexicon.tsv.
#: Off: such a sentence is read as an assertion.
SUFFERED_ATTACKS = False


def _suffered_attacks(verbs: list[Token], sides: Callable[[], set[str]]) -> list[Token] | None:
    """The doers a content names for a hostile act its subject comes under ("came under
    heavy shelling from Russian troops" -> Russian), not the speaker's own side; None
    when no main verb is such a verb, or the act's doer is not named."""
    for verb in verbs:
        if verb.lemma_.lower() not in SUFFERING_VERBS or _negated(verb) or _modal(verb):
            continue
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ != "under":
                continue
            act = _prep_object(prep)
            if act is None:
                continue
            lemma = act.lemma_.lower()
            if lemma not in HOSTILE_NOUNS and lemma not in SUFFERED_NOUNS:
                continue
            doers = [
                actor
                for holder in (act, verb)
                for c in holder.children
                if c.dep_ == "prep" and c.lower_ in ("by", "from") and c.i > act.i
                for doer in [_prep_object(c)]
                if doer is not None
                for actor in [_actor(doer)]
                if actor is not None and not (_named_sides(actor) & sides())
            ]
            if doers:
                return doers
    return None


gate(_suffered_attacks, needs(SUFFERING_VERBS, cues.words("under")), empty=None)
gate(means_purposes, needs(MEANS_VERBS, HOSTILE_ACTS), empty=None)
