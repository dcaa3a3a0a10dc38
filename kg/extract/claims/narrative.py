"""An official text's own narrative of the other side's acts, read from the clause's
structure rather than its verb (round 20, issue 13, family ``official_narrative``):
"The occupiers have deported thousands of our children", "Russian troops fired on the
evacuation column near Zaporizhzhia", "They robbed the people of Bucha" in an address of
the President of Ukraine; "The nationalists blew up the dam" on the Kremlin's site.

Round 19 measured that the acts of these sentences are a long tail no word list closes
(benchmarks/allegations/RESULTS.md, round 19 and round 20 ``official20``).  So this family
does not ask what the verb means, only how the clause is built: in the author's voice
(:mod:`.voice`, official texts only), a main-clause verb in the past or the present
perfect, done by the adversary, to a person, a place or the speaker's own side, is the
publisher's accusation of the adversary.  The adversary is

* an adversary designation ("the occupiers", "the enemy", "the invaders", owned by a
  state or not) or an outlaw label ("the nationalists", "neo-Nazi units"),
* a state's forces or regime ("Russian troops", "the Russian military", "the Kyiv
  regime"), not a state named alone ("Germany has sent ..." may help as well as harm),
* "they" when an adversary designation or a state's forces is named in the sentence
  before or the one before that (its antecedent, within a short window).

The object is a person or people (a PERSON, NORP entity, a noun of people), a place (a
GPE, LOC or FAC entity, a noun of places and buildings) or the speaker's own ("our
children", "us").  Not read: a negated, modal or conditional clause, a verb of saying,
helping, losing or leaving ("the enemy has lost", "the occupiers left the region": no
charge), a subordinate clause.  The claims follow (``named_wrong``,
:data:`kg.resolve.summaries.FOLLOWING`): they join the allegation they match and never
start one of their own (``official20`` found right claims lowering B-cubed by starting
allegations of their own).

Off by default (:data:`kg.extract.claims.OPTIONAL`): 8 corpus claims, all read right, and
B-cubed unchanged on every part (benchmarks/allegations/RESULTS.md, round 20, narrative20).
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.extract import cues
from kg.extract.claims.base import _agents, _Context, _is_passive
from kg.extract.claims.content_lexicon import (
    ADVERSARY_NOUNS,
    REPRESSED_NOUNS,
    SUPPORT_VERBS,
    TERRITORY_NOUNS,
)
from kg.extract.claims.prose import _adversary, _outlawed
from kg.extract.claims.targets import _state_of, actor_mention
from kg.model import Mention

NARRATIVE_RULE = "official_narrative"
#: The same reading widened (round 21, official21): the present tense and the progressive of
#: an address ("They forcibly recruit residents of these areas", "the occupiers are
#: deporting our people"), "they" after any actor the document names in the sentences
#: before, and "the regime" or "the authorities" with no state named.
ACCOUNT_RULE = "official_account"

#: Modals and conditions that make the act hypothetical or a warning.
_MODALS = cues.words("would could might may should must can 'd will shall")
_CONDITIONS = cues.words("if unless whether when once until before")
#: The pronoun whose antecedent must be the adversary.
_THEY = cues.words("they")
#: A state's armed bodies or regime: "Russian troops", "the Kyiv regime".
_FORCES = cues.ARMED_NOUNS | cues.words(
    "troops forces army military soldiers regime militants servicemen units battalions "
    "formations occupation"
)
#: Verbs whose object the doer does not harm: saying, helping, losing, leaving, seeing.
_BENIGN = (
    cues.ASSERT_VERBS
    | SUPPORT_VERBS
    | cues.words(
        "lose suffer leave withdraw retreat flee return say tell announce promise offer allow "
        "let meet see know understand want need think hear receive get have be become do make "
        "call ask invite thank visit reach enter approach abandon evacuate release free "
        "exchange negotiate agree recognize recognise lose regroup bring gather concentrate "
        "move pull try fail manage begin start continue stop keep hold feel"
    )
)
#: Nouns of people an act can be done to.
_PEOPLE = REPRESSED_NOUNS | cues.words(
    "people civilians civilian children child kids women men residents inhabitants citizens "
    "population families family volunteers doctors medics teachers priests mayor mayors "
    "officials head heads journalist prisoners captives hostages soldiers defenders "
    "servicemen refugees persons person elderly neighbours neighbors Ukrainians Russians "
    "compatriots peacekeepers nation people's villagers workers employees staff"
)
#: Nouns of places and what stands in them (not "line": "held the line against terrorism").
_PLACES = (TERRITORY_NOUNS - {"line"}) | cues.words(
    "city cities town towns village villages settlement settlements district districts "
    "hospital hospitals school schools kindergarten kindergartens house houses home homes "
    "building buildings church churches port ports plant plants station stations bridge "
    "bridges infrastructure facility facilities theater theatre museum shelter shelters "
    "column convoy corridor road roads area areas land lands street streets center centre "
    "capital suburbs outskirts apartment apartments block blocks dam maternity warehouse "
    "warehouses market shopping mall university monument cemetery farms fields airport"
)
_OWN = cues.words("our us we ours")
_OBJECT_DEPS = ("dobj", "dative", "oprd")
#: Prepositions that aim an act at its object: "opened fire on", "struck against" (not "at":
#: "fought at plants, factories" says where).
_AIMED = cues.words("on against upon")
_PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
_PEOPLE_ENTITIES = frozenset({"PERSON", "NORP"})
#: How many sentences back "they" may find its antecedent.
_WINDOW = 2


def narrated_charges(
    sentence: SpacySpan, root: Token, number: int, context: _Context, *, widened: bool = False
) -> tuple[Mention, ...]:
    """The adversary a sentence's main clause narrates harming a person, a place or the
    speaker's own side (see the module), or ().  ``widened``: the reading of
    :data:`ACCOUNT_RULE` (the present tense, "they" after any named actor)."""
    if not _real(root):
        return ()
    for verb in (root, *(c for c in root.children if c.dep_ == "conj")):
        told = _past(verb) or (widened and _present(verb))
        if verb.pos_ != "VERB" or not told or _negated(verb):
            continue
        if verb.lemma_.lower() in _BENIGN:
            continue
        if not any(_harmable(o) for o in _objects(verb)):
            continue
        found = _doer(verb, root, sentence, number, context, widened=widened)
        if found:
            return found
    return ()


def _present(verb: Token) -> bool:
    """A present tense ("they recruit"), or a progressive in any tense ("are deporting",
    "were shelling"), not an infinitive, a bare participle or a modal's verb."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in _MODALS or a.lower_ == "to" for a in auxes):
        return False
    if verb.tag_ in ("VBP", "VBZ"):
        return True
    return verb.tag_ == "VBG" and any(a.lemma_.lower() == "be" for a in auxes)


def _real(root: Token) -> bool:
    """Whether the main clause is asserted: no modal, no condition heading it."""
    children = list(root.children)
    if any(c.dep_ == "aux" and c.lower_ in _MODALS for c in children):
        return False
    return not any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in children)


def _past(verb: Token) -> bool:
    """A past tense ("fired") or a present perfect ("have deported"), not a bare participle."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in _MODALS for a in auxes):
        return False
    if verb.tag_ == "VBD":
        return True
    if verb.tag_ == "VBN":
        return any(a.lemma_.lower() in ("have", "be") for a in auxes) or (
            verb.dep_ == "conj" and verb.head.tag_ in ("VBD", "VBN")
        )
    return False


def _negated(verb: Token) -> bool:
    """Whether the verb (or the clause it is conjoined to) is negated."""
    heads = (verb, verb.head) if verb.dep_ == "conj" else (verb,)
    return any(c.dep_ == "neg" or c.lower_ in ("never", "no") for h in heads for c in h.children)


def _objects(verb: Token) -> list[Token]:
    """The verb's objects and the complements of its prepositions of aim ("opened fire on
    cars"; not "lived in Mariupol", "played in the metro": where, not whom), and whose an
    object is ("the lives of millions of people")."""
    found = [c for c in verb.children if c.dep_ in _OBJECT_DEPS]
    aimed = (c for c in verb.children if c.dep_ == "prep" and c.lower_ in _AIMED and c.i > verb.i)
    for prep in aimed:  # after the verb: a fronted "On land, where ..." sets the scene
        found.extend(c for c in prep.children if c.dep_ == "pobj")
    if _is_passive(verb):
        found.extend(c for c in verb.children if c.dep_ == "nsubjpass")
    objects = [w for o in found for w in (o, *o.conjuncts)]
    # "ruined the lives of millions of people": whose lives
    for noun in list(objects):
        for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
            objects.extend(c for c in prep.children if c.dep_ == "pobj")
    return objects


def _harmable(noun: Token) -> bool:
    """A person or people, a place, or the speaker's own."""
    if noun.lower_ in _OWN or any(c.lower_ in _OWN for c in noun.children if c.dep_ == "poss"):
        return True
    if noun.ent_type_ in _PLACE_ENTITIES | _PEOPLE_ENTITIES:
        return True
    lemma = noun.lemma_.lower()
    return lemma in _PEOPLE or noun.lower_ in _PEOPLE or lemma in _PLACES or noun.lower_ in _PLACES


def _doer(
    verb: Token,
    root: Token,
    sentence: SpacySpan,
    number: int,
    context: _Context,
    *,
    widened: bool = False,
) -> tuple[Mention, ...]:
    """The adversary that did the act: the subject (the conjunct's, else the root's), or a
    passive's agent."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb is not root:
        subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None and _is_passive(verb):
        subject = next(iter(_agents(verb)), None)
    if subject is None:
        return ()
    if subject.lower_ in _THEY:
        named = _antecedent(sentence) or (widened and _named_before(sentence, subject))
        return (_adversary(subject, number),) if named else ()
    found = _adversary_of(subject, number, context)
    if not found and widened and subject.lemma_.lower() in _RULERS:
        # "the regime", "the authorities" with no state named: the text's adversary
        if _state_of(subject) is None and not _owned_by_us(subject):
            return (_adversary(subject, number),)
        state = _state_of(subject)
        if state is not None:
            return (actor_mention(state, context),)
    return found


def _adversary_of(subject: Token, number: int, context: _Context) -> tuple[Mention, ...]:
    """The adversary a subject names (see the module), or ()."""
    lemma = subject.lemma_.lower()
    if lemma in ADVERSARY_NOUNS or subject.lower_ in ADVERSARY_NOUNS or _outlawed(subject):
        state = _state_of(subject)
        if state is not None:
            return (actor_mention(state, context),)
        return (_adversary(subject, number),)
    if lemma in _FORCES or subject.lower_ in _FORCES:
        state = _state_of(subject)
        if state is not None:
            return (actor_mention(state, context),)
    return ()


#: Bodies that rule rather than fight: "the regime", "the Kiev authorities".
_RULERS = cues.words("regime authorities junta government")
#: Entities "they" can stand for: a state, a people, a body.
_NAMED = frozenset({"GPE", "NORP", "ORG"})


def _owned_by_us(noun: Token) -> bool:
    """Whether the speaker's side owns the noun: "our government"."""
    return any(c.lower_ in _OWN for c in noun.children if c.dep_ == "poss")


def _named_before(sentence: SpacySpan, pronoun: Token) -> bool:
    """Whether "they" follows an actor named in the sentence or the :data:`_WINDOW`
    sentences before it (a state, a people, a body; a state's forces or rulers), none of
    them the speaker's own side ("we", "our"): the doer the document names, which
    resolution makes the text's adversary."""
    doc = sentence.doc
    first = sentence.start
    for _ in range(_WINDOW):
        if first == 0:
            break
        first = doc[first - 1].sent.start
    for token in doc[first : pronoun.i]:
        if token.ent_type_ in _NAMED and token.ent_iob_ == "B":
            return True
        lemma = token.lemma_.lower()
        ruling = lemma in _FORCES or lemma in _RULERS
        if token.pos_ == "NOUN" and ruling and not _owned_by_us(token):
            return True
    return False


def _antecedent(sentence: SpacySpan) -> bool:
    """Whether an adversary designation or a state's forces is named just before "they"
    (in the sentence or the :data:`_WINDOW` sentences before)."""
    doc = sentence.doc
    start = sentence.start
    first = start
    for _ in range(_WINDOW):
        if first == 0:
            break
        first = doc[first - 1].sent.start
    for token in doc[first:start]:
        lemma = token.lemma_.lower()
        if lemma in ADVERSARY_NOUNS or token.lower_ in ADVERSARY_NOUNS or _outlawed(token):
            return True
        if token.pos_ == "NOUN" and lemma in _FORCES and _state_of(token) is not None:
            return True
    return False
