"""Approval of another side's decision, plan or act stated in the speaker's content with no
cue verb of praise on the saying verb (round 21, issue 12, approve21; the family
``approved_act``).

test21's gold ``approve`` recall was 1 of 10: the approvals had the right claimer and were
read as ``assert`` (or missed), their content stating support for another side's decision,
plan or act, or evaluating that act approvingly.  The guide's stance table makes these
``approve`` of the act's owner ("criticize / approve: the actor criticised or supported, or
whose act is").  The forms read here, each guarded like the criticism forms of
:mod:`.content_evaluated` (negation, a question, a condition):

* the speaker's own side approving with a verb of support or understanding whose object is
  another side's act or that side ("we understand and support the decision of X", "it
  supports X's bid to join the bloc");
* a predicate evaluation of approval of another side's act ("his withdrawal is
  understandable", "X's decision is a positive step", "the move is welcome");
* the speaker's side heartened, encouraged or pleased by another side's act or by "the fact
  that X has ..." ("we are heartened by the fact that X has released the prisoners").

A speaker's own side is never approved by itself: its owners are dropped, and an approval
of nothing but the speaker's own acts is no approval (None, left to the other rules).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Token

from kg.extract import cues
from kg.extract.claims.base import _Context, _is_actor_token, _prep_object, _with_conjuncts
from kg.extract.claims.content_base import _is_hostile_actor, _negated, _own_side
from kg.extract.claims.content_base import _sides as _named_sides
from kg.extract.claims.content_evaluated import _guarded, _others
from kg.extract.claims.content_label import _judged_owners
from kg.extract.claims.content_lexicon import load_classes
from kg.extract.claims.gates import gate, needs
from kg.extract.claims.targets_names import actor_mention
from kg.extract.claims.targets_states import _owners, _state_of
from kg.extract.mentions import ACTOR_LABELS
from kg.model import Claim, Mention, Stance

#: Verbs by which a speaker's side approves another side or its act: the cue lexicon's
#: approval verbs, and "support" and "understand", which are no cues on their own ("Pakistan
#: supports the Taliban" is an act, read by the support rules) but approve an act owned by
#: another side ("we understand and support the decision of X").
APPROVAL_VERBS = frozenset(
    v for v, st in cues.VERB_STANCES.items() if st is Stance.APPROVE
) | cues.words("support understand")
#: Verbs that approve only an act, never an actor: "we understand X" is no approval.
_ACT_ONLY_VERBS = cues.words("understand")
#: Adjectives that approve the act they are predicated of: "his withdrawal is
#: understandable", "the decision is welcome", "the step was justified".
APPROVING_ADJECTIVES = cues.words(
    "understandable welcome justified justifiable commendable laudable praiseworthy "
    "admirable courageous wise correct constructive encouraging positive appropriate "
    "reasonable legitimate"
)
#: Adjectives that make a predicate noun approving: "a positive step", "the right
#: decision", "a welcome development", "an important step".
_APPROVING_QUALIFIERS = APPROVING_ADJECTIVES | cues.words("right good important significant")
#: Predicate nouns an approving qualifier turns into an approval of the subject's owner.
_STEP_NOUNS = cues.words(
    "step move decision development sign signal gesture contribution choice initiative"
)
#: Feelings of approval at another side's act: "we are heartened by ...".
APPROVING_FEELINGS = cues.words(
    "heartened encouraged pleased gratified reassured delighted glad happy satisfied grateful"
)
_FEELING_PREPS = cues.words("by at with about over")
#: Nouns a "the fact that P" or "the news that P" phrase hangs its clause on.
_FACT_NOUNS = cues.words("fact news announcement")
#: Possessives of a side other than the speaker's: "his withdrawal", "their decision".
_OTHERS_POSSESSIVES = cues.words("his her their")


def _owners_of(thing: Token, sides: Callable[[], set[str]], acts_only: bool) -> list[Token] | None:
    """Whom approving ``thing`` approves: the actor it is (unless ``acts_only``) or its act's
    owners, less the speaker's own side; [] when a possessive pronoun stands for the owner
    ("his withdrawal"), None when nobody is named or all it names is the speaker's side."""
    if _is_actor_token(thing):
        if acts_only:
            return None
        return _others(_with_conjuncts(thing), sides) or None
    whose = [o for o in _judged_owners(thing) if _is_actor_token(o)]
    if not whose and any(
        c.dep_ == "poss" and c.lower_ in _OTHERS_POSSESSIVES for c in thing.children
    ):
        return []  # "his withdrawal is understandable": approved, its owner named before
    if not whose:
        return None  # "we support the peace process": nobody's act, left as it is read
    return _others(whose, sides) or None


def _own_approval(verb: Token, sides: Callable[[], set[str]]) -> list[Token] | None:
    """'We understand and support the decision of X', 'it supports X's bid to join'."""
    if verb.lemma_.lower() not in APPROVAL_VERBS or _negated(verb):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "conj":  # "we understand and support ..."
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    if subject.pos_ == "PRON" and subject.lower_ not in ("we", "i", "it"):
        return None
    if not _own_side(subject, sides):
        return None
    objects = [o for c in verb.children if c.dep_ == "dobj" for o in _with_conjuncts(c)]
    if not objects:  # "we understand and support the decision": the object is the conjunct's
        objects = [
            o
            for conj in verb.children
            if conj.dep_ == "conj" and conj.lemma_.lower() in APPROVAL_VERBS
            for c in conj.children
            if c.dep_ == "dobj"
            for o in _with_conjuncts(c)
        ]
    acts_only = verb.lemma_.lower() in _ACT_ONLY_VERBS
    for thing in objects:
        owners = _owners_of(thing, sides, acts_only)
        if owners is not None:
            return owners
    return None


def _approving_predicate(verb: Token, sides: Callable[[], set[str]]) -> list[Token] | None:
    """'His withdrawal is understandable', 'X's decision is a positive step'."""
    if verb.lemma_.lower() != "be" or _negated(verb):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ == "PRON":
        return None  # "it is understandable that ...": whose act is not said
    for child in verb.children:
        if _negated(child):
            continue
        approving = (child.dep_ == "acomp" and child.lemma_.lower() in APPROVING_ADJECTIVES) or (
            child.dep_ == "attr"
            and child.lemma_.lower() in _STEP_NOUNS
            and any(
                c.dep_ == "amod" and c.lemma_.lower() in _APPROVING_QUALIFIERS
                for c in child.children
            )
        )
        if not approving or _is_actor_token(subject):
            continue
        owners = _owners_of(subject, sides, acts_only=True)
        if owners is not None:
            return owners
    return None


def _fact_doers(noun: Token) -> list[Token]:
    """The actors doing what "the fact that P" states: P's subject."""
    return [
        s
        for clause in noun.children
        if clause.dep_ in ("acl", "ccomp", "relcl")
        for s in clause.children
        if s.dep_ in ("nsubj", "nsubjpass") and _is_actor_token(s)
    ]


def _felt_about(feeling: Token, sides: Callable[[], set[str]]) -> list[Token] | None:
    """Whom a feeling of approval is about: the doers of "the fact that X has ...", else the
    actor or the act's owners its by/at/with phrase names."""
    for p in feeling.children:
        if p.dep_ not in ("prep", "agent") or p.lower_ not in _FEELING_PREPS:
            continue
        about = _prep_object(p)
        if about is None:
            continue
        if about.lemma_.lower() in _FACT_NOUNS:
            doers = _others(_fact_doers(about), sides)
            if doers:
                return doers
            continue
        owners = _owners_of(about, sides, acts_only=False)
        if owners is not None:
            return owners
    return None


def _heartened(verb: Token, sides: Callable[[], set[str]]) -> list[Token] | None:
    """'We are heartened by the fact that X has ...', 'we are pleased with X's decision'
    (the feeling an adjective after "be", or the passive participle as the verb)."""
    if _negated(verb):
        return None
    if verb.lower_ in APPROVING_FEELINGS:  # "it was heartened by": the participle heads
        felt = [verb]
    elif verb.lemma_.lower() in ("be", "feel", "remain"):
        felt = [
            c
            for c in verb.children
            if c.dep_ == "acomp" and c.lower_ in APPROVING_FEELINGS and not _negated(c)
        ]
    else:
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if not felt or not _own_side(subject, sides):
        return None
    for feeling in felt:
        found = _felt_about(feeling, sides)
        if found is not None:
            return found
    return None


FORMS = (_own_approval, _approving_predicate, _heartened)


#: Round 36 (readouts37, issue 12): a speaker's own words of thanks inside what is reported
#: ('"I want to thank you, France and President Emmanuel Macron for supporting Ukraine,"
#: said Volodymyr Zelenskyy', '"Thank you for your clear position on the sanctions
#: policy," the President said', "To thank all the American people, as well as the
#: Congress for their support") approve whom they thank, as "thanked X" does outside a
#: quotation: the thanked objects (a state for its organ, the owner of a people's noun) and
#: the doers the "for" phrases name, never "you" or the speaker's own possessives (the
#: approval then has no target).  The thanking is the content's own main verb, with the
#: first person or no subject ("Thank you", "To thank"), or under "want/would like/wish to";
#: or "we are grateful to X".  Before, such a quotation was an assertion.  Read with the
#: content-stance rules of every family that reads a content (not the optional
#: ``approved_act``).  The words are data: the ``thanks`` rows of
#: ``kg/data/address_sentences.tsv`` (thank, appreciate, grateful, gratitude).  Measured
#: effect: benchmarks/claims/RESULTS.md, "Round 36, readouts37".  False: the older reading.
SPOKEN_THANKS = True

#: Words of thanks (``thanks`` rows of ``kg/data/address_sentences.tsv``).
THANKS_WORDS: frozenset[str] = load_classes("address_sentences.tsv")["thanks"]
#: Verbs under which one's own thanking is still performed: "I want to thank X".
_WISHING = cues.words("want like wish")
#: The speaker's own words: never the party thanked.
_SPEAKER_WORDS = cues.words("i we us our my me you your")


def _thanked(tokens: list[Token]) -> list[Token]:
    """The parties among thanked or credited ``tokens``: an actor (a state agent's state),
    else the owners a thing's own phrase names ("their support" none, "the American
    people" -> American); never the speaker's or hearer's pronouns."""
    found: list[Token] = []
    for token in tokens:
        if token.pos_ == "PRON" or token.lower_ in _SPEAKER_WORDS:
            continue
        state = _state_of(token)
        if state is not None:
            found.append(state)
        elif _is_actor_token(token):
            found.append(token)
        else:
            found.extend(o for o in _owners(token) if o.lower_ not in _SPEAKER_WORDS)
    return found


def _first_person_or_none(verb: Token) -> bool:
    """Whether ``verb``'s subject is "I"/"we" or there is none ("Thank you"); a conjunct
    without a subject of its own has its head's ("Poles know this, appreciate ...")."""
    head = verb
    while True:
        subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None or head.dep_ != "conj" or head.head is head:
            break
        head = head.head
    return subject is None or subject.lower_ in ("i", "we")


def _thanks_of(verb: Token) -> list[Token] | None:
    """Whom the speaker's own thanking in ``verb``'s clause thanks (see
    :data:`SPOKEN_THANKS`); None when the clause thanks no one in the speaker's voice."""
    if _negated(verb):
        return None
    lemma = verb.lemma_.lower()
    thanking: Token | None = None
    if verb.pos_ == "VERB" and lemma in THANKS_WORDS and verb.dep_ in ("ROOT", "ccomp", "conj"):
        if _first_person_or_none(verb) and verb.tag_ != "VBG":
            thanking = verb  # "Thank you for ...", "We thank X", "To thank all the people"
    elif lemma in _WISHING and _first_person_or_none(verb) and not _negated(verb):
        thanking = next(
            (
                c
                for c in verb.children
                if c.dep_ == "xcomp" and c.lemma_.lower() in THANKS_WORDS and c.pos_ == "VERB"
            ),
            None,
        )  # "I want to thank you", "I would like to thank X"
    if thanking is not None and any(c.dep_ in ("ccomp", "csubj") for c in thanking.children):
        return None  # "I appreciate that Georgia joins NATO": a wish told, no one thanked
    if thanking is not None:
        objects = [o for c in thanking.children if c.dep_ == "dobj" for o in _with_conjuncts(c)]
        # "thank you, France and President Macron": the parser hangs the names it lists after
        # the pronoun on the verb (npadvmod) or on the pronoun (appos)
        objects += [
            o
            for c in (*thanking.children, *(a for d in objects for a in d.children))
            if c.dep_ in ("npadvmod", "appos") and _is_actor_token(c)
            for o in _with_conjuncts(c)
        ]
        fors = [
            o
            for c in thanking.children
            if c.dep_ == "prep" and c.lower_ == "for"
            for t in [_prep_object(c)]
            if t is not None
            for o in _with_conjuncts(t)
        ]
        return _thanked(objects) or [
            o for t in fors for o in _owners(t) if o.lower_ not in _SPEAKER_WORDS
        ]
    if lemma == "be" and verb.pos_ == "AUX" and _first_person_or_none(verb):
        grateful = next(
            (
                c
                for c in verb.children
                if c.dep_ == "acomp" and c.lemma_.lower() in THANKS_WORDS and not _negated(c)
            ),
            None,
        )
        if grateful is None or not any(c.dep_ == "nsubj" for c in verb.children):
            return None
        to = [
            o
            for c in grateful.children
            if c.dep_ == "prep" and c.lower_ == "to"
            for t in [_prep_object(c)]
            if t is not None
            for o in _with_conjuncts(t)
        ]
        return _thanked(to)  # "We are grateful to Japan for ...": [] for "to you"
    return None


def spoken_thanks(verbs: list[Token], sides: Callable[[], set[str]]) -> list[Token] | None:
    """Whom a content's own words of thanks approve ([] for no one named), or None when the
    content thanks no one (see :data:`SPOKEN_THANKS`)."""
    del sides  # the gate's signature: an approval of one's own side stays one
    unnamed: list[Token] | None = None
    for verb in verbs:
        if _guarded(verb):
            continue
        found = _thanks_of(verb)
        if found:
            return found
        if found is not None:
            unnamed = found  # thanks with no one named: a later clause may name someone
    return unnamed


def _approved_acts(verbs: list[Token], sides: Callable[[], set[str]]) -> list[Token] | None:
    """Whom a content's approval of another side's act approves, or None (see the module's
    docstring)."""
    for verb in verbs:
        if _guarded(verb):
            continue
        for form in FORMS:
            found = form(verb, sides)
            if found is not None:
                return found
    return None


#: Round 39 (readouts44, issue 12; ``test38``'s class (G)): the speaker's own side stating its
#: support of another party in what it says approves that party: "Austria supports Ukraine in
#: all necessary matters" (said by Austria's chancellor), "the United States and NATO will
#: support Montenegro's President Milo Djukanovic", "the United States supports the
#: international investigation" (an approval with no party named), "they still support that
#: Lusaka agreement".  Before, such content was an ``assert``: the round-21 family that reads
#: "we support X's decision" (``approved_act``) is optional and off, and reads only another
#: side's act.  The supporter must be the speaker's side (:func:`._own_side`), or, when the
#: speaker's words name no side, a state, bloc or organisation the gazetteer knows; the
#: supported may not be a hostile actor ("Sudan will support the rebels" is the support
#: rules' charge), the verb not negated, hedged by "ready to", asked or conditional.  Targets:
#: the party supported, else the owners of the act supported, less the speaker's own side;
#: none when nobody is named.  Measured (benchmarks/claims/RESULTS.md, "Round 39, readouts44";
#: both scopes alike): first half +5 matched triples, no wrong one; second half +2; held out
#: test21 +3, test38 +2 (document scope also test35 +2), test28, test31, test34 -1 each.  On by
#: the round's bar.
SUPPORTING_SIDES = True
#: The verbs of such support (``side_support_verb`` in ``kg/data/content_lexicon.tsv``).
SIDE_SUPPORT_VERBS: frozenset[str] = load_classes()["side_support_verb"]


def _supporter(verb: Token) -> Token | None:
    """The subject of a support verb, or of the verb it is conjoined to."""
    for head in (verb, verb.head if verb.dep_ == "conj" else None):
        if head is None:
            continue
        subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return subject
    return None


def _supporting_side(subject: Token, sides: Callable[[], set[str]]) -> bool:
    """Whether ``subject`` is the speaker's side, or a named state or organisation when the
    speaker's words name no side of their own."""
    if _own_side(subject, sides):
        return True
    if subject.pos_ == "PRON" or sides():
        return False
    return bool(_named_sides(_with_conjuncts(subject)))


def supporting_sides(verbs: list[Token], sides: Callable[[], set[str]]) -> list[Token] | None:
    """Whom the speaker's own side says it supports (see :data:`SUPPORTING_SIDES`): the
    parties or the owners of the act supported ([] when nobody is named), None when the
    content states no such support."""
    for verb in verbs:
        if verb.lemma_.lower() not in SIDE_SUPPORT_VERBS or verb.pos_ != "VERB":
            continue
        if _negated(verb) or _guarded(verb) or verb.dep_ in ("xcomp", "amod", "acl", "relcl"):
            continue
        subject = _supporter(verb)
        if subject is None or not _supporting_side(subject, sides):
            continue
        objects = [o for c in verb.children if c.dep_ == "dobj" for o in _with_conjuncts(c)]
        if not objects or any(_is_hostile_actor(o) for o in objects):
            continue
        parties: list[Token] = []
        for thing in objects:
            whose = [thing] if _is_actor_token(thing) else _judged_owners(thing)
            parties.extend(t for t in _others(whose, sides) if t not in parties)
        return parties
    return None


#: Round 44 (support56, issue 12; GUIDE point 57): the speaker's own side told in what it
#: says standing with a party ("Miliband said that Britain was in \"full solidarity\" with
#: Georgia", "said Britain stands with Georgia", "the United States will stand by Ukraine")
#: approves that party, as its support does (:data:`SUPPORTING_SIDES`).  Before, such content
#: was an ``assert`` (the readout row ``approve stand`` reads only a readout's own verb).  The
#: same guards as support's: the stander the speaker's side or a named state, not negated,
#: hedged ("ready to stand with"), an infinitive ("resolved to stand with Ukraine and hold the
#: Russian government accountable": point 57's threat case, which the threat decides) or a
#: relative clause; the party not a hostile actor nor one's own ("stands by its reporters": no
#: claim about another party).  Words: the ``side_standing_verb``, ``side_standing_prep`` and
#: ``side_solidarity_noun`` rows of ``kg/data/content_lexicon.tsv``.  Read at extraction time.
#: Measured against its off row (benchmarks/claims/RESULTS.md, "Round 44, support56"; both
#: scopes alike): development +1 matched triple, -1 wrong (`test10`'s "Britain was in \"full
#: solidarity\" with Georgia"); the second half unmoved; held out `test21` .. `test43` +2
#: matched, -2 wrong (`test24`, `test38`, `test43` +1 each, `test40` -1).  On by the bar.
STANDING_SIDES = True
#: The words of such standing (see :data:`STANDING_SIDES`).
STANDING_VERBS: frozenset[str] = load_classes()["side_standing_verb"]
STANDING_PREPS: frozenset[str] = load_classes()["side_standing_prep"]
SOLIDARITY_NOUNS: frozenset[str] = load_classes()["side_solidarity_noun"]


def _stood_with(verb: Token) -> list[Token]:
    """The objects of "stand with / by X" (also "stand united with X", the parser's "with" on
    the adjective) and of "be in solidarity with X" on ``verb``."""
    found: list[Token] = []
    lemma = verb.lemma_.lower()
    heads = []
    if lemma in STANDING_VERBS:
        heads = [verb, *(c for c in verb.children if c.dep_ in ("acomp", "advmod", "oprd"))]
    elif lemma == "be":
        heads = [
            noun
            for prep in verb.children
            if prep.dep_ == "prep" and prep.lower_ == "in"
            for noun in [_prep_object(prep)]
            if noun is not None and noun.lemma_.lower() in SOLIDARITY_NOUNS
        ]
        if heads:
            heads.append(verb)  # the parser may hang "with" on "was" itself
    for head in heads:
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in STANDING_PREPS:
                party = _prep_object(prep)
                if party is not None:
                    found.extend(_with_conjuncts(party))
    return found


def standing_sides(verbs: list[Token], sides: Callable[[], set[str]]) -> list[Token] | None:
    """Whom the speaker's own side says it stands with (see :data:`STANDING_SIDES`): the
    parties ([] when nobody is named), None when the content states no such standing."""
    for verb in verbs:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        if _negated(verb) or _guarded(verb) or verb.dep_ in ("xcomp", "amod", "acl", "relcl"):
            continue
        objects = _stood_with(verb)
        if not objects:
            continue
        subject = _supporter(verb)
        if subject is None or not _supporting_side(subject, sides):
            continue
        if any(_is_hostile_actor(o) for o in objects) or any(
            c.dep_ == "poss" and c.pos_ == "PRON" for o in objects for c in o.children
        ):
            continue  # "stands by its reporters": one's own people, no party
        parties: list[Token] = []
        for thing in objects:
            whose = [thing] if _is_actor_token(thing) else _judged_owners(thing)
            parties.extend(t for t in _others(whose, sides) if t not in parties)
        return parties
    return None


gate(
    _approved_acts,
    needs(APPROVAL_VERBS),
    needs(APPROVING_ADJECTIVES),
    needs(_APPROVING_QUALIFIERS, _STEP_NOUNS),
    needs(APPROVING_FEELINGS),
)
gate(spoken_thanks, needs(THANKS_WORDS))
gate(supporting_sides, needs(SIDE_SUPPORT_VERBS))
gate(standing_sides, needs(STANDING_VERBS, STANDING_PREPS), needs(SOLIDARITY_NOUNS))


#: Round 37 (approve40, issue 12; test37's class (5)): thanks are for a deed, and the deed's
#: named doer is approved beside the party thanked: "Ihor Zhovkva thanked the German side for the
#: strong political support shown by Federal Chancellor Olaf Scholz" approves Germany and Scholz
#: (`dev4`'s gold).  Before, an approval whose cue is a word of thanks (the ``thanks`` and
#: ``thanked_noun`` rows of ``kg/data/address_sentences.tsv``) targeted only the party thanked.
#: :func:`thanked_doers` adds the named owners of what a "for" phrase on the thanking (or on its
#: carrying verb, or on the party thanked) is for: a possessive ("Egypt's efforts"), a
#: participle's agent ("shown by X"); not a gerund's (its doer is the party thanked: "thanked
#: the German side for supporting the introduction of the sixth package of EU sanctions" is no
#: approval of the EU), never a pronoun, the speaker's own words, or the claimer.  A person
#: thanked stands for the state whose deed it is, as the claims gold reads it ("Volodymyr
#: Zelenskyy thanked Nicolae Ciuca for Romania's clear support": one target, Romania with Ciuca
#: its alias), so with a person thanked only a person is added ("conveyed President Biden's
#: appreciation to President Sisi for Egypt's critical mediation efforts" stays an approval of
#: Sisi).  Measured (both scopes): `dev4` +1 matched triple, +1 system triple (Scholz); the first
#: half, `dev5`, the second half and every held-out part unmoved; on by the branch's bar
#: (benchmarks/claims/RESULTS.md, "Round 37 (second wave ...), approve40").  False: the party
#: thanked only.
THANKED_DEEDS = True

#: Nouns of thanks a cue phrase carries ("conveyed X's appreciation to Y").
_THANKED_NOUNS: frozenset[str] = load_classes("address_sentences.tsv")["thanked_noun"]


def _thanks_token(tokens: list[Token]) -> Token | None:
    """The word of thanks among a cue's tokens, or None."""
    for token in tokens:
        if token.lemma_.lower() in THANKS_WORDS or token.lower_ in THANKS_WORDS | _THANKED_NOUNS:
            return token
    return None


def _deeds(thanks: Token) -> list[Token]:
    """What thanks are for: the objects of the "for" phrases on the thanking word, on the
    verb that carries a noun of thanks ("conveyed ... appreciation ... for"), or on the party
    thanked ("thanked the German side for"); a gerund's object stands for its doing."""
    holders = [thanks]
    if thanks.pos_ == "NOUN" and thanks.head is not thanks:
        holders.append(thanks.head)
    holders += [
        o
        for h in list(holders)
        for c in h.children
        if c.dep_ in ("dobj", "dative") or (c.dep_ == "prep" and c.lower_ == "to")
        for o in ([c] if c.dep_ != "prep" else [t for t in [_prep_object(c)] if t is not None])
    ]
    deeds: list[Token] = []
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ != "for":
                continue
            # a gerund's doer is the party thanked ("thanked the German side for supporting
            # the introduction of the sixth package of EU sanctions"): only a noun is read
            deeds.extend(
                o for obj in prep.children if obj.dep_ == "pobj" for o in _with_conjuncts(obj)
            )
    return deeds


def thanked_doers(claims: tuple[Claim, ...], context: _Context) -> tuple[Claim, ...]:
    """Each approval whose cue is a word of thanks with the named doers of the deed it thanks
    for added to its targets (see :data:`THANKED_DEEDS`)."""
    if not THANKED_DEEDS:
        return claims
    doc = context.doc
    found: list[Claim] = []
    for claim in claims:
        if claim.stance is not Stance.APPROVE or not claim.cue.text:
            found.append(claim)
            continue
        span = doc.char_span(claim.cue.start, claim.cue.end, alignment_mode="expand")
        thanks = _thanks_token(list(span)) if span is not None else None
        if thanks is None:
            found.append(claim)
            continue
        have = [(t.span.start, t.span.end) for t in claim.targets]
        # a person thanked stands for the state whose deed it is ("thanked Nicolae Ciuca for
        # Romania's clear support": one party, as the claims gold reads it); a person whose
        # deed a side is thanked for is a party of its own ("thanked the German side for the
        # support shown by Federal Chancellor Olaf Scholz")
        person_thanked = any(t.label in ("PERSON", "PRON") for t in claim.targets)
        added: list[Mention] = []
        for deed in _deeds(thanks):
            for owner in _owners(deed):
                if owner.pos_ == "PRON" or owner.lower_ in _SPEAKER_WORDS:
                    continue
                mention = actor_mention(owner, context)
                if mention.label not in ACTOR_LABELS:
                    continue
                if person_thanked and mention.label != "PERSON":
                    continue
                start, end = mention.span.start, mention.span.end
                if any(s < end and start < e for s, e in have):
                    continue  # already a target
                if claim.claimer.span.start < end and start < claim.claimer.span.end:
                    continue  # the speaker is no target of its own claim
                have.append((start, end))
                added.append(mention)
        if added:
            claim = replace(claim, targets=(*claim.targets, *added))
        found.append(claim)
    return tuple(found)
