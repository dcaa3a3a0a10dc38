"""Sanctions in an official voice: a designation, a sanction, a visa restriction or an
indictment that an official text's own government imposes on a party is the issuer's
charge against that party ("Treasury designated a sanctions evasion network associated with
X", "The United States is imposing sanctions on a network of front companies", "X was
designated pursuant to E.O. 13846 for facilitating the sale of petroleum", "We are imposing
visa restrictions on officials responsible for the crackdown").

A measure imposed *for* an act ("for", "over", "because", "in response to", "in connection
with") accuses its target of that act; so does a bare one ("designated X") when the sentence
or the document names the kind of act the programme punishes (evasion, abuses, corruption,
repression, a war); with no act named anywhere it is only an assertion.  The target is the
designated party: a named person or entity, the state of "<nationality> entities", or the
actor a network is "associated with" / "linked to" / "of".

The measure must be the issuer's own: its subject is "we", an office or a state (which
resolution keeps only when it is the issuer's own side, :func:`kg.resolve.official._prose_claim`),
or it has none (a passive with no agent, "Action to impose visa restrictions on ...").  A
negated, modal or conditional measure ("could face sanctions", "would impose", "must be
sanctioned", a modal carried over a coordination: "must be recognized and blacklisted") is
no charge.  A measure pledged ("will impose sanctions on X", "is going to", "stands ready
to", "will not hesitate to") and a pledge to hold a party to account ("will hold X
accountable for ...") threaten the party: a promise of harm, not a charge that it acted.
The claimer is an :data:`~kg.resolve.voice.AUTHOR` mention, so a news report keeps none of
these.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from kg.extract import cues
from kg.extract._index import children_of, index_of, span_tokens, verbs_among
from kg.extract.claims.base import _claim, _Context, _is_actor_token, _prep_object
from kg.extract.claims.content_lexicon import load_classes
from kg.extract.claims.targets import _state_of, actor_mention
from kg.model import Claim, Mention, Span, Stance
from kg.resolve.voice import AUTHOR, OFFICE

#: Verbs whose object is the party a measure falls on: "designated X", "sanctioned X".
_MEASURE_VERBS = cues.words("designate sanction indict blacklist redesignate")
#: Verbs of imposing a measure named as their object: "imposing sanctions on X".
_IMPOSE_VERBS = cues.words("impose levy place slap announce take")
#: The measures "impose" takes: "sanctions", "visa restrictions", "penalties", "costs".
_MEASURE_NOUNS = cues.words(
    "sanction sanctions restriction restrictions penalty penalties designation designations "
    "cost costs consequence consequences"
)
#: Verbs of holding a party to account, with the adjective that says so: "hold X accountable".
_HOLD_VERBS = cues.words("hold")
_ACCOUNTABLE = cues.words("accountable responsible")
#: Prepositions naming who a measure falls on: "sanctions on X", "restrictions against X".
_ON = cues.words("on against")
#: What names the act a measure punishes: "designated X for ...", "sanctioned over ...".
_FOR = cues.words("for over because")
#: Prepositional phrases of reason in two words: "in response to", "in connection with".
_REASON_NOUNS = cues.words("response connection relation retaliation")
#: Acts sanctions programmes punish, named anywhere in the sentence or the document.
_PROGRAMME_ACTS = cues.words(
    "evasion evade evading circumvention circumvent abuse abuses violation violations "
    "corruption corrupt fraud repression crackdown malign destabilizing destabilising "
    "terrorism terrorist proliferation aggression invasion war laundering undermining "
    "disinformation cyber illicit smuggling atrocities persecution kleptocracy"
)
#: Subjects that speak for the issuer without naming an actor: "we", "Treasury", "OFAC".
_OWN_SUBJECTS = cues.words("we administration government")

#: Party heads too general to be the accused: the actor they belong to is named instead.
_GENERIC = cues.words(
    "network networks entity entities individual individuals person persons company "
    "companies firm firms producer producers official officials front fronts group groups "
    "facilitator facilitators oligarch oligarchs elite elites member members people "
    "vessel vessels bank banks enterprise enterprises channel channels outlet outlets "
    # round 19, second wave: "sanctions on Cuban military and security leaders and units"
    "leader leaders unit units"
)
#: Participles and prepositions that tie a generic party to its actor.
_TIES = cues.words(
    "associate link tie connect affiliate belong own control base lead run operate direct "
    "manage back fund"
)
#: Verbs of a relative clause that tie a generic party to the actor it serves: "entities
#: that support the Kremlin", "individuals who work for the regime".
_SERVES = cues.words("support serve work act help assist enable fund supply")
_MODALS = cues.words("would could might may should can must")
#: Auxiliaries of a measure announced for the future: a pledge, a threat ("will impose").
_FUTURE = cues.words("will shall 'll")
#: Verbs, adjectives and nouns a pledged measure goes on under: "going to impose", "stand
#: ready to impose", "prepared to sanction", "will not hesitate to impose", "its readiness
#: to impose", "our commitment to impose".
_PLEDGING = cues.words(
    "go prepare ready intend plan commit hesitate determine resolve readiness commitment "
    "determination pledge promise intention"
)
#: More parties than this make a sentence a sanctions list: "The Department has designated:
#: A, B, C, D, E ...".
_LISTED = 4
#: Verbs a measure goes on under ("continues to designate"); any other head of an infinitive
#: makes it an appeal or a need ("it is necessary to impose", "urged them to sanction").
_GOING_ON = cues.words("continue begin start move proceed act") | _PLEDGING


def _verbs_of(sentence: SpacySpan) -> Sequence[Token]:
    """The tokens of ``sentence`` tagged VERB or AUX, read off the active index's column (no
    string looked up per word; the index's shared tokens), else all of its tokens: a prefilter,
    the caller tests each token as before."""
    index = index_of(sentence.doc)
    if index is None:
        return span_tokens(sentence)
    pos, tokens = index.pos, index.tokens
    return [tokens[i] for i in range(sentence.start, sentence.end) if pos[i] in ("VERB", "AUX")]


def designation_claim(
    context: _Context, sentence: SpacySpan, root: Token, number: int
) -> Claim | None:
    """The issuer's charge in a sentence that imposes a measure on a party, or None."""
    for verb in _verbs_of(sentence):
        if verb.pos_ not in ("VERB", "AUX") or not _real(verb):
            continue
        parties = _parties(verb)
        if not parties:
            continue
        subject = next((c for c in verb.children if c.dep_ in ("nsubj",)), None)
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        if agent is not None:
            subject = _prep_object(agent)
        claimer = _issuer(subject, sentence, context, number)
        if claimer is None:
            continue
        targets = tuple(actor_mention(t, context) for t in _accused(parties))
        if not targets or len(targets) > _LISTED:
            continue  # none, or a list of designated names (no charge of its own)
        charged = not _for_a_status(verb) and (
            _for_an_act(verb) or _names_an_act(sentence) or _names_an_act(context.doc)
        )
        stance = Stance.ACCUSE if charged else Stance.ASSERT
        if _pledged(verb) or verb.lemma_.lower() in _HOLD_VERBS:
            stance = Stance.THREATEN  # "will impose sanctions on X", "will hold X accountable"
        start = sentence.start_char
        text = sentence.text.rstrip()
        end = start + len(text.rstrip(".!;: "))
        return _claim(
            context,
            claimer=claimer,
            stance=stance,
            cue=Span(verb.idx, verb.idx + len(verb.text), verb.text),
            sentence=number,
            content=Span(start, end, context.text[start:end]),
            targets=targets,
            confidence=0.5,
            refined="designation",
        )
    return None


def _governing(verb: Token) -> list[Token]:
    """The verb and those its tense and mood come from: the verb it is coordinated with
    ("must be recognized and blacklisted"), the one it goes on under ("will continue to
    impose", "will not hesitate to impose") or is the purpose of ("will work with allies
    to impose"), the noun it completes ("the readiness to impose")."""
    found = [verb]
    while verb.dep_ in ("conj", "xcomp", "advcl", "acl") and verb.head is not verb:
        verb = verb.head
        if verb.dep_ == "acomp":  # "stand ready to impose": the verb of "ready"
            found.append(verb)
            verb = verb.head
        found.append(verb)
    return found


def _pledged(verb: Token) -> bool:
    """Whether the measure is announced for the future: "will impose", "is going to
    impose", "stands ready to impose", "will not hesitate to impose"."""
    for head in _governing(verb):
        if head is not verb and head.lemma_.lower() in _PLEDGING:
            return True
        if any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in head.children):
            return True
    return False


def _real(verb: Token) -> bool:
    """A measure taken or pledged, not one denied, feared or weighed: no negation, no
    modal, no "if" (on the verb or the one it is coordinated with or goes on under; "not
    hesitate" is a pledge), and not under another verb's clause ("warned that it could
    sanction")."""
    for head in _governing(verb):
        for child in children_of(head):  # the index's tokens
            if child.lower_ in _MODALS:
                return False
            if child.dep_ == "neg" and head.lemma_.lower() != "hesitate":
                return False
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in children_of(verb)):
        return False
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() not in _GOING_ON:
        return False  # "it is necessary to impose", "you will have to impose": an appeal
    return verb.dep_ not in ("ccomp", "amod", "pcomp")


def _parties(verb: Token) -> list[Token]:
    """Who the verb's measure falls on: the object of "designate"/"sanction" (the subject
    of its passive), or the object of "on"/"against" after "impose sanctions"."""
    lemma = verb.lemma_.lower()
    if lemma in _MEASURE_VERBS:
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        dep = "nsubjpass" if passive else "dobj"
        return [c for c in verb.children if c.dep_ == dep]
    if lemma in _HOLD_VERBS:
        # "hold X accountable": X the object, or the subject of the small clause
        for child in verb.children:
            if child.lower_ in _ACCOUNTABLE and child.dep_ in ("ccomp", "oprd", "acomp", "xcomp"):
                subjects = [c for c in child.children if c.dep_ == "nsubj"]
                objects = [c for c in verb.children if c.dep_ == "dobj"]
                return subjects or objects
        return []
    if lemma not in _IMPOSE_VERBS:
        return []
    measures = [
        c
        for c in verb.children
        if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _MEASURE_NOUNS
    ]
    found: list[Token] = []
    for holder in (verb, *measures):
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ in _ON and (measures or holder is not verb):
                party = _prep_object(prep)
                if party is not None:
                    found.append(party)
    if measures and not found:
        # "sanctions in response to the regime's crackdown"
        found = [t for holder in (verb, *measures) for t in _reason_owners(holder)]
    return found if measures else []


def _reason_owners(holder: Token) -> list[Token]:
    """Whose act a measure with no party named answers (round 19, second wave): the owner
    of the act "in connection with" or "in response to" which it is imposed ("announcing
    additional sanctions in connection with the Cuban regime's repression of the peaceful
    protests": the regime), when the act is one sanctions programmes punish."""
    found: list[Token] = []
    for prep in children_of(holder):
        reason = _prep_object(prep) if prep.dep_ == "prep" and prep.lower_ == "in" else None
        if reason is None or reason.lemma_.lower() not in _REASON_NOUNS:
            continue
        for link in children_of(reason):
            act = _prep_object(link) if link.dep_ == "prep" else None
            if act is None or (
                act.lemma_.lower() not in _PROGRAMME_ACTS and act.lower_ not in _PROGRAMME_ACTS
            ):
                continue
            found += [c for c in children_of(act) if c.dep_ == "poss"]
    return found


def _issuer(
    subject: Token | None, sentence: SpacySpan, context: _Context, number: int
) -> Mention | None:
    """The claimer: the issuer (an empty :data:`AUTHOR` mention) for "we", an office word
    or no subject; a named state or office subject as an :data:`AUTHOR`-labelled mention
    (resolution keeps it on the issuer's side only); None for anyone else."""
    start = sentence.start_char
    author = Mention(Span(start, start, ""), AUTHOR, number, head="author")
    if subject is None:
        return author
    if subject.lower_ in _OWN_SUBJECTS and subject.ent_type_ not in ("GPE", "ORG"):
        return author
    if subject.ent_type_ in ("GPE", "ORG") or OFFICE.search(subject.text):
        # "Treasury designated ...": the office is the claimer (resolution keeps a named
        # one on the issuer's side or one of a government's offices only)
        return replace(actor_mention(subject, context), label=AUTHOR)
    return None


def _accused(parties: list[Token]) -> list[Token]:
    """The actors the parties are or belong to, in order: a named party itself, the state
    of "<nationality> entities" / "Iran-based companies", the actor a network is
    "associated with", "linked to" or "of"."""
    found: list[Token] = []
    for party in parties:
        for token in (party, *party.conjuncts):
            actor = _actor_of(token)
            if actor is not None and all(actor.i != t.i for t in found):
                found.append(actor)
    return found


def _actor_of(token: Token) -> Token | None:
    if token.lemma_.lower() not in _GENERIC and token.lower_ not in _GENERIC:
        return token if _is_actor_token(token) else _state_of(token)
    state = _state_of(token)
    if state is not None:
        return state
    for child in token.children:  # "one Singapore-based entity, Everwin Shipping Ltd.": the name
        if child.dep_ == "appos" and _is_actor_token(child):
            return child
    for child in token.children:
        if child.dep_ in ("amod", "compound", "nmod", "poss") and child.ent_type_ in (
            "NORP",
            "GPE",
        ):
            return child  # "Iranian petrochemical producers", "Iran-based entities"
        if child.dep_ in ("amod", "compound") and child.ent_type_ == "" and "-" in child.text:
            continue
        if child.dep_ == "prep" and child.lower_ in ("of", "for", "with", "to"):
            owner = _prep_object(child)
            if owner is not None:
                found = _actor_of(owner) if owner.lower_ in _GENERIC else _named(owner)
                if found is not None:
                    return found
        if child.dep_ in ("acl", "amod") and child.lemma_.lower() in _TIES:
            for prep in child.children:
                owner = _prep_object(prep) if prep.dep_ in ("prep", "agent") else None
                if owner is None and prep.dep_ == "agent":
                    owner = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if owner is not None and _named(owner) is not None:
                    return _named(owner)
            for part in child.children:  # "Iran-based": "Iran" hyphenated to the participle
                if part.dep_ in ("npadvmod", "compound") and part.ent_type_ in ("GPE", "NORP"):
                    return part
        if child.dep_ == "relcl" and child.lemma_.lower() in _SERVES:
            for part in child.children:  # "entities that support the Kremlin"
                owner = part if part.dep_ == "dobj" else None
                if part.dep_ == "prep" and part.lower_ in ("for", "on"):
                    owner = _prep_object(part)
                if owner is not None and _named(owner) is not None:
                    return _named(owner)
    return None


def _named(token: Token) -> Token | None:
    """A named actor, or the state of a state agent ("the Iranian regime")."""
    return token if _is_actor_token(token) else _state_of(token)


def _for_an_act(verb: Token) -> bool:
    """Whether the measure is imposed for an act: "for facilitating ...", "over its role
    in ...", "because it operates ...", "in response to ...", "as a facilitator of ..."."""
    parties = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    for child in (*verb.children, *(c for p in parties for c in p.children if c.dep_ == "prep")):
        low = child.lower_
        if child.dep_ in ("prep", "mark") and low in _FOR:
            return True
        if child.dep_ == "advcl" and any(m.lower_ == "because" for m in child.children):
            return True
        if child.dep_ == "prep" and low == "in":
            noun = _prep_object(child)
            if noun is not None and noun.lemma_.lower() in _REASON_NOUNS:
                return True
    return False


def _for_a_status(verb: Token) -> bool:
    """Whether the measure is imposed for who the party is, not for what it did: "for
    being a spouse of ...", "for her role as an official of the government"."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "for":
            continue
        reason = _prep_object(prep)
        if reason is None:
            continue
        if reason.lower_ == "being":
            return True
        if reason.lemma_.lower() == "role" and any(
            c.dep_ == "prep" and c.lower_ == "as" for c in reason.children
        ):
            return True
    return False


def _names_an_act(text: SpacySpan | Doc) -> bool:
    """Whether a sentence or a document names an act sanctions programmes punish."""
    return any(t.lower_ in _PROGRAMME_ACTS or t.lemma_.lower() in _PROGRAMME_ACTS for t in text)


#: Round 36, second wave (joint38, issue 12: ``test36``'s class (5) and the lead's round-36
#: ruling, GUIDE "Round 36: measures announced in an official text"): a measure the issuer
#: announces with itself as the subject, in the present tense ("The United States is designating
#: X and Y, both of whom have obstructed ...", "Today, we are announcing the public designation
#: of X, due to his involvement in significant corruption", "Today, I am also announcing an
#: additional $225 million in humanitarian assistance") is that speaker's ``assert``, and the
#: grounds it gives for a party the measure falls on (a relative clause on the party, "due to",
#: "for", "because") its ``accuse`` of that party (:func:`announced_measure_claims`). The subject
#: is a speaker ("I", "we", a named state or body), so the claims are attributed, not in the
#: publisher's voice; an agentless passive stays no claim, and so does a measure told in the
#: past or pledged. Without it such a sentence gives at most the publisher's own ``designation``
#: charge (left out of the score, as the gold leaves the text's own voice out). Words:
#: ``kg/data/announced_measure_words.tsv``. Measured (round 36, joint38, against its own off
#: row, the same in both scopes): ``dev4`` +4 matched triples (no wrong one), first half, ``dev5``
#: and second half unmoved; held out +9 matched, +3 wrong (``test32`` .. ``test36``, none loses):
#: on (RESULTS.md, joint38).
ANNOUNCED_MEASURES = True
_ANNOUNCED = load_classes("announced_measure_words.tsv")
_ANNOUNCING_VERBS = _ANNOUNCED["announcing_verb"]
_PARTY_VERBS = _ANNOUNCED["party_verb"]
_ANNOUNCED_NOUNS = _ANNOUNCED["measure_noun"]
_GROUND_WORDS = _ANNOUNCED["ground_word"]
_RELATIVE_WORDS = _ANNOUNCED["relative_word"]
_SPEAKING = cues.words("i we")
#: Round 39, second wave (claimers45, issue 12, test39's class (P)): a measure the issuer
#: announces with itself as the subject in the present perfect, the statement's own news of a
#: step just taken ("I have immediately authorized today ... a fourth Presidential Drawdown of
#: up to $200 million", "We have announced over $2.3 billion in new global humanitarian food
#: assistance") is the speaker's ``assert`` as the present tense is (GUIDE, "Round 36: measures
#: announced in an official text": "a measure announced as taken"), and the verb "authorize" an
#: announcing verb beside "announce" (``own_measure_verb`` rows of
#: ``kg/data/announced_measure_words.tsv``, read only with this switch). A simple past ("I
#: raised the cap") stays a narrated act, and "have not announced" stays out (:func:`_real`).
#: Measured (benchmarks/claims/RESULTS.md, round 39 second wave, claimers45; claimer+stance+
#: target triples, both scopes): development parts and second half unmoved; held out +1 wrong
#: triple (test32), none lost; test39 (in sample) +3 matched, +3 system in each scope: on, by the
#: round's bar for a construction with no development gold line.
PERFECT_MEASURES = True
_OWN_MEASURE_VERBS = _ANNOUNCED["own_measure_verb"]
#: Round 40, third wave (charges48, issue 12, test40's class (M)): "We have taken these actions
#: in response to these former officials' involvement in significant corruption" -- a step the
#: issuer took ("take" with "I" or "we" as its subject and "action", "step" or "measure" as its
#: object, in the present or present perfect) with grounds "in response to" the conduct of a
#: party is the issuer's ``assert`` (the measure announced, point 28), and its ``accuse`` of the
#: party whose conduct it names when the grounds name one (round 36's ruling, point 45 for the
#: issuer's own measure).  A step with no such grounds ("we have taken steps to help") stays
#: out.  Words: ``taken_*`` rows of ``kg/data/announced_measure_words.tsv``.  Measured
#: (benchmarks/claims/RESULTS.md, round 40 third wave, charges48; both scopes): development
#: parts, second half and held-out parts unmoved; test40 (in sample) +3 matched, +4 system
#: triples with :data:`TAKEN_PARTIES`: on.
TAKEN_ACTIONS = True
_TAKEN_VERBS = _ANNOUNCED["taken_verb"]
_TAKEN_OBJECTS = _ANNOUNCED["taken_object"]
_TAKEN_GROUNDS = _ANNOUNCED["taken_ground"]
#: Round 40, third wave (charges48, test40's class (M)), with :data:`TAKEN_ACTIONS`: an owner of
#: the grounds named only by "these" or "those" and a generic head ("these former officials'
#: involvement") is the named parties the sentence before designated or sanctioned ("The
#: Department has designated X and Y as well as Z": X, Y and Z), as the issuer's own account
#: points back at them.  No such sentence before: no target, no ``accuse``.  Measured
#: (benchmarks/claims/RESULTS.md, round 40 third wave, charges48; both scopes): only test40
#: (in sample) moves, +2 matched, +3 system triples: on.
TAKEN_PARTIES = True
_TAKEN_DETERMINERS = _ANNOUNCED["taken_determiner"]
#: Every lemma :func:`announced_measure_claims` starts from, with any switch (a prefilter).
_STARTING_VERBS = _ANNOUNCING_VERBS | _OWN_MEASURE_VERBS | _TAKEN_VERBS


def _pointed_back(owner: Token) -> list[Token]:
    """The parties "these former officials" points back at: the named objects of a measure
    verb ("designated", "sanctioned") in the sentence before (:data:`TAKEN_PARTIES`)."""
    if not TAKEN_PARTIES or owner.lower_ not in _GENERIC and owner.lemma_.lower() not in _GENERIC:
        return []
    if not any(c.dep_ == "det" and c.lower_ in _TAKEN_DETERMINERS for c in children_of(owner)):
        return []
    start = owner.sent.start
    if start == 0:
        return []
    before = owner.doc[start - 1].sent
    for verb in before:
        if verb.pos_ == "VERB" and verb.lemma_.lower() in _MEASURE_VERBS:
            found = [t for t in _accused(_parties(verb)) if _is_actor_token(t)]
            if found:
                return found
    return []


def _taken_grounds(verb: Token, obj: Token | None) -> Token | None:
    """The act a step taken answers: "have taken these actions in response to X's
    involvement in P" -> "involvement" (:data:`TAKEN_ACTIONS`); None without such grounds."""
    if obj is None or obj.lemma_.lower() not in _TAKEN_OBJECTS:
        return None
    for holder in (verb, obj):
        for prep in children_of(holder):
            reason = _prep_object(prep) if prep.dep_ == "prep" and prep.lower_ == "in" else None
            if reason is None or reason.lemma_.lower() not in _TAKEN_GROUNDS:
                continue
            for link in children_of(reason):
                act = _prep_object(link) if link.dep_ == "prep" and link.lower_ == "to" else None
                if act is not None:
                    return act
    return None


def announced_measure_claims(context: _Context, sentence: SpacySpan, number: int) -> list[Claim]:
    """The speaker's ``assert`` of a measure it announces and its ``accuse`` of the party the
    grounds charge (:data:`ANNOUNCED_MEASURES`); [] for any other sentence."""
    if not ANNOUNCED_MEASURES:
        return []
    # only the verbs whose lemma can pass the test below, read off the index's columns (this
    # runs on every sentence; a Token's strings are looked up per read): the test is unchanged
    for verb in verbs_among(sentence.doc, sentence.start, sentence.end, _STARTING_VERBS):
        lemma = verb.lemma_.lower()
        taken = TAKEN_ACTIONS and lemma in _TAKEN_VERBS
        if verb.pos_ != "VERB" or not (
            lemma in _ANNOUNCING_VERBS
            or (PERFECT_MEASURES and lemma in _OWN_MEASURE_VERBS)
            or taken
        ):
            continue
        if not _real(verb) or _pledged(verb) or not (_present(verb) or _perfect(verb)):
            continue
        subject = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
        obj = next((c for c in children_of(verb) if c.dep_ == "dobj"), None)
        own = lemma not in _ANNOUNCING_VERBS  # an own_measure_verb: "I" or "we" alone
        if subject is None or (obj is None and not _perfect(verb)):
            continue  # "I have immediately authorized today, ..., a ... Drawdown": no object parsed
        answered = _taken_grounds(verb, obj) if taken else None
        if taken and answered is None:
            continue  # "we have taken steps to help": no grounds, no measure announced
        if subject.lower_ not in _SPEAKING and (own or subject.ent_type_ not in ("GPE", "ORG")):
            continue
        claimer = actor_mention(subject, context)
        cue = Span(verb.idx, verb.idx + len(verb.text), verb.text)
        last = (obj if obj is not None else verb).right_edge
        if last.i < verb.i:  # "the aid we have announced": a relative object before its verb
            continue
        start, end = verb.idx, last.idx + len(last.text)
        made = [
            _claim(
                context,
                claimer=claimer,
                stance=Stance.ASSERT,
                cue=cue,
                sentence=number,
                content=Span(start, end, context.text[start:end]),
                confidence=0.5,
                refined="announced_measure",
            )
        ]
        parties = _announced_parties(verb, obj) if obj is not None else []
        grounds = _grounds(verb, parties)
        accused: list[Token] = []
        if answered is not None:
            # "in response to X's involvement in P": X, the owner of the act answered
            parties = [c for c in children_of(answered) if c.dep_ == "poss"]
            grounds = answered
            # "these former officials'": the parties designated just before
            accused = [t for p in parties for t in _pointed_back(p)]
        if parties and grounds is not None:
            accused = accused or _accused(parties)
            targets = tuple(actor_mention(t, context) for t in accused)
            first = min(t.idx for t in grounds.subtree)
            last = grounds.right_edge
            end = last.idx + len(last.text)
            if targets and len(targets) <= _LISTED:
                made.append(
                    _claim(
                        context,
                        claimer=claimer,
                        stance=Stance.ACCUSE,
                        cue=cue,
                        sentence=number,
                        content=Span(first, end, context.text[first:end]),
                        targets=targets,
                        confidence=0.5,
                        refined="announced_measure",
                    )
                )
        return made
    return []


def _present(verb: Token) -> bool:
    """An act announced now: "is designating", "am announcing", "we designate"."""
    if verb.tag_ in ("VBP", "VBZ"):
        return True
    return verb.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lower_ in ("am", "is", "are", "'m", "'re") for c in children_of(verb)
    )


def _perfect(verb: Token) -> bool:
    """A step just taken, told in the present perfect: "have announced", "has authorized"
    (:data:`PERFECT_MEASURES`)."""
    return (
        PERFECT_MEASURES
        and verb.tag_ == "VBN"
        and any(c.dep_ == "aux" and c.lower_ in ("have", "has", "'ve") for c in children_of(verb))
        and not any(c.dep_ == "auxpass" for c in children_of(verb))
    )


def _announced_parties(verb: Token, obj: Token) -> list[Token]:
    """Who the measure falls on: the object of "designate"/"sanction", or the "of"/"on"/
    "against" of a measure noun ("the designation of X")."""
    if verb.lemma_.lower() in _PARTY_VERBS:
        return [obj]
    if obj.lemma_.lower() not in _ANNOUNCED_NOUNS:
        return []
    for prep in children_of(obj):
        if prep.dep_ == "prep" and prep.lower_ in ("of", "on", "against"):
            party = _prep_object(prep)
            if party is not None:
                return [party]
    return []


def _grounds(verb: Token, parties: list[Token]) -> Token | None:
    """The head of the grounds given for the measure: a clause whose subject is a relative
    pronoun ("both of whom have obstructed ..."), a relative clause on a party or on its
    apposition, or a phrase of "due to", "for", "because"."""
    named = [t for p in parties for t in (p, *p.conjuncts)]
    # "X, an Indonesia-based organization that has provided ...": the party's apposition
    holders = [verb, *named, *(c for t in named for c in children_of(t) if c.dep_ == "appos")]
    for holder in holders:
        for child in children_of(holder):
            if child.dep_ in ("relcl", "advcl") and any(
                w.lower_ in _RELATIVE_WORDS
                for s in children_of(child)
                if s.dep_ in ("nsubj", "nsubjpass")
                for w in s.subtree
            ):
                return child
            if child.dep_ == "relcl" and holder is not verb:
                return child
            if child.dep_ in ("prep", "mark", "advcl") and child.lower_ in _GROUND_WORDS:
                return child
            if child.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ in _GROUND_WORDS for m in children_of(child)
            ):
                return child
    return None
