"""Helpers the content-stance rule families (:mod:`.content`) share: the speaker's
side (so that a content never accuses the speaker's own side, and a harm the own side
promises is a threat), whether the speaker only comments, negation and modals, hostile
actors, the verbs that hold a stance.  What counts as a hostile act is
:mod:`.content_acts`."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from kg.extract import cues
from kg.extract._index import (
    children_of,
    doc_span,
    expanded_span,
    has_dependant,
    index_of,
    remembered,
)
from kg.extract.claims.base import LINK_VERBS, _Context, _is_actor_token, _with_conjuncts
from kg.extract.claims.content_lexicon import BYSTANDER_NOUNS, HOSTILE_ACTORS
from kg.extract.claims.targets import _owners
from kg.extract.claims.targets_threat import takes_up_state
from kg.model import Mention
from kg.resolve.gazetteer import lookup

_MODALS = cues.words("will would may might could shall 'll must")
_RADICAL_MODIFIERS = cues.words("radical armed militant extremist islamist jihadist terrorist")


#: Relative pronouns that stand for the noun their clause hangs on.
_RELATIVE_PRONOUNS = frozenset({"which", "that", "who"})


def relative_antecedents(pronoun: Token) -> list[Token]:
    """The nouns a relative pronoun stands for when a speech verb sits in its clause: "the
    shelling of the plant, which it says was carried out by X" (the parser hangs "says" on
    "plant" as a relative clause, "carried" under it): "plant" and the noun its "of" phrase
    belongs to, "shelling". Empty for any other token."""
    if pronoun.lower_ not in _RELATIVE_PRONOUNS or pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return []
    clause = pronoun.head
    if clause.dep_ == "relcl":
        head = clause.head
    elif clause.dep_ == "ccomp" and clause.head.dep_ == "relcl":
        head = clause.head.head  # "which it says was carried out": "says" is the relcl
    else:
        return []
    found = [head]
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ == "NOUN":
        found.append(head.head.head)  # "the shelling of the plant, which ..."
    return found


def _negated(token: Token) -> bool:
    return has_dependant(token, ("neg",))  # off the index: no Token per child


#: Subjects that negate their clause without a "not": "nobody has shown any proof".
_NEGATIVE_PRONOUNS = cues.words("nobody none nothing noone")


def _negative_subject(verb: Token) -> bool:
    """Whether ``verb``'s subject denies the clause: "nobody has given us any proof", "no
    Syrian official was involved", "no part of the government played any role", "not a
    single soldier crossed"."""
    for subject in verb.children:
        if subject.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if subject.lower_ in _NEGATIVE_PRONOUNS:
            return True
        if subject.lower_ == "one" and any(c.lower_ == "no" for c in subject.children):
            return True  # "no one"
        if any(c.dep_ == "det" and c.lower_ == "no" for c in subject.children):
            return True
        if any(c.dep_ == "neg" for c in subject.children) and (
            subject.lower_ == "one" or any(c.lower_ == "single" for c in subject.children)
        ):
            return True  # "not a single soldier", "not one shell"
    return False


def _judged_conduct(evaluation: Token) -> list[Token]:
    """The actors whose conduct an extraposed evaluation judges ([] for none): "it was
    hypocritical of Washington to criticize others" -> [Washington], "it is unacceptable
    for Japan to deny its past" -> [Japan] ("for" parsed as the clause's mark).  "it is
    absurd to say that P" judges a saying, not anyone's conduct."""
    verb = evaluation.head
    if not any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in verb.children):
        return []
    clauses = [
        c
        for h in (verb, evaluation)
        for c in h.children
        if c.dep_ in ("xcomp", "ccomp", "advcl")
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
    ]
    if not clauses:
        return []
    found = [
        o
        for h in (evaluation, verb)
        for p in h.children
        if p.dep_ == "prep" and p.lower_ in ("of", "for")
        for o in p.children
        if o.dep_ == "pobj" and _is_actor_token(o)
    ]
    found += [  # "for Japan to deny": the actor as the infinitive's subject
        s
        for c in clauses
        if any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
        for s in c.children
        if s.dep_ == "nsubj" and _is_actor_token(s)
    ]
    return found


def _unframed(verbs: list[Token], sides: Callable[[], set[str]]) -> list[Token]:
    """``verbs`` with the speaker's own framing of its words replaced by the framed clause:
    "he made it clear that the government will arrest anyone ..." -> [arrest], "Kenya
    has made clear that any attack would be met with a response" (its foreign minister
    speaking) -> [met].  Another side's framing ("Moscow made clear that ...", said by
    its adversary) is that side's claim and is left alone."""
    found: list[Token] = []
    for verb in verbs:
        clear = [c for c in verb.children if c.lower_ == "clear" and c.dep_ != "nsubj"]
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if verb.lemma_.lower() != "make" or not clear or not _own_side(subject, sides):
            found.append(verb)
            continue
        framed = [
            c
            for h in (verb, *clear)
            for c in h.children
            if c.dep_ in ("ccomp", "advcl") and c.pos_ in ("VERB", "AUX") and c not in clear
        ]
        if not framed:
            found.append(verb)
            continue
        stack = list(framed)
        while stack:  # the framed verbs with their conjuncts and open complements
            framed_verb = stack.pop()
            found.append(framed_verb)
            stack.extend(
                c
                for c in framed_verb.children
                if c.dep_ in ("conj", "xcomp") and c.pos_ in ("VERB", "AUX")
            )
    return sorted(set(found), key=lambda t: t.i)


def _is_hostile_actor(noun: Token) -> bool:
    """'rebels', 'terrorism', 'a radical Somali Islamic youth group'."""
    if noun.lemma_.lower() in HOSTILE_ACTORS or noun.lower_ in HOSTILE_ACTORS:
        return True
    return any(
        c.dep_ in ("amod", "compound")
        and (c.lower_ in HOSTILE_ACTORS or c.lower_ in _RADICAL_MODIFIERS)
        for c in noun.children
    )


def _sides(tokens: list[Token]) -> set[str]:
    """The gazetteer states or organisations named by ``tokens`` ("Kenyan" -> kenya)."""
    found: set[str] = set()
    index = index_of(tokens[0].doc) if tokens else None
    if index is not None:
        # the index's columns and entities: no string read off a Token, no Span's text
        ent_types, pos, texts, entity_of = index.ent_types, index.pos, index.texts, index.entity_of
        for token in tokens:
            i = token.i
            if not (ent_types[i] or pos[i] == "PROPN"):
                continue
            entity = entity_of[i] if ent_types[i] else None
            whole = (
                texts[i]
                if not ent_types[i]
                else index.text[entity.start_char : entity.end_char]
                if entity is not None
                else _entity_text(token)
            )
            entry = lookup(whole) or lookup(texts[i])
            if entry is not None:
                found.add(entry.state or entry.id)
        return found
    for token in tokens:
        if not (token.ent_type_ or token.pos_ == "PROPN"):
            continue
        entry = lookup(_entity_text(token)) or lookup(token.text)
        if entry is not None:
            found.add(entry.state or entry.id)
    return found


def _entity_text(token: Token) -> str:
    """The text of the whole entity a token is part of ("South Sudan" for its "Sudan", so
    that South Sudan is not also Sudan), or the token's own text outside one (the same as
    the index's entity holding it: an entity is a B and the I's after it)."""
    if not token.ent_type_:
        return token.text
    doc = token.doc
    start, end = token.i, token.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc_span(doc, start, end).text


def _named_sides(token: Token) -> set[str]:
    """The sides a token names, with its modifiers: "Kenyan helicopters" -> {kenya}."""
    modifiers = [c for c in token.children if c.dep_ in ("amod", "compound", "poss", "nmod")]
    return _sides([token, *modifiers])


def _speaker_sides(claimer: Mention | None, context: _Context) -> set[str]:
    """The sides the claimer's words name (its whole noun phrase): a copy of the answer
    kept per claimer span inside the document's index (the rules ask it of one claimer
    again and again)."""
    if claimer is None:
        return set()
    doc = context.doc
    bounds = (claimer.span.start, claimer.span.end)
    found = set(remembered(doc, ("speaker_sides", *bounds), _find_speaker_sides, doc, *bounds))
    if found or not NAMED_SPEAKER_SIDES:
        return found
    key = ("named_speaker_sides", *bounds)
    return set(remembered(doc, key, _find_named_sides, doc, *bounds))


#: Round 42 (deny52, issue 12's deny recall on wire copy): a speaker whose own words name no
#: side speaks for the side its apposition's head names ("The commander of the French forces,
#: General Henri Poncet, has said France has no intention of overthrowing the government":
#: France), when that head names one side only.  Every rule that reads the speaker's own side
#: (its own deeds negated, its arms or forces disowned) reads it.  False: the claimer's own
#: noun phrase only, as before.  Extraction.  Measured in benchmarks/claims/RESULTS.md,
#: "Round 42, deny52": in each scope first half +1 matched triple (test12), second half +2
#: (test16, test19), as many wrong triples fewer; no held-out part moves: on by the bar.
NAMED_SPEAKER_SIDES = True

#: Tokens of an apposition's head phrase searched for the speaker's side.
_NAMING_WINDOW = 12


def _find_named_sides(doc: Doc, start: int, end: int) -> frozenset[str]:
    """The sides of a claimer's apposition head (see :data:`NAMED_SPEAKER_SIDES`)."""
    span = expanded_span(doc, start, end)
    if span is None or len(span) == 0:
        return frozenset()
    root = span.root
    if root.dep_ == "appos" and root.head.pos_ in ("NOUN", "PROPN"):
        # "The commander of the French forces, General Henri Poncet"
        head = root.head
        phrase = [
            t
            for t in head.subtree
            if not (span.start <= t.i < span.end) and t.dep_ not in ("relcl", "acl")
        ]
        sides = _sides(phrase[:_NAMING_WINDOW])
        if len(sides) == 1:  # "a professor of North Korean studies at Seoul's ...": no one side
            return frozenset(sides)
    return frozenset()


def _find_speaker_sides(doc: Doc, start: int, end: int) -> frozenset[str]:
    span = expanded_span(doc, start, end)  # shared with the claimer's other readers (round 36)
    if span is None:
        return frozenset()
    entry = lookup(span.text)
    found = {entry.state or entry.id} if entry is not None else set()
    # the whole noun phrase the claimer heads: "Kenyan army spokesman Chirchir"
    phrase = [t for t in span.root.subtree if t.dep_ not in ("relcl", "acl")]
    if _is_hostile_actor(span.root):
        # "separatists in Georgia's Abkhazia region": rebels are not on the side of the
        # state they are in
        held = {
            t.i
            for p in span.root.children
            if p.dep_ == "prep" and p.lower_ == "in" and p.i >= span.end
            for t in p.subtree
        }
        phrase = [t for t in phrase if t.i not in held]
    return frozenset(found | _sides(list(span)) | _sides(phrase[:12]))


#: The speaker's side as a subject inside what it says: "we", "it" (a state or a ministry),
#: and in reported speech "he"/"she" (the speaker: "Tshiani said he will attack Rwanda").
_SELF_PRONOUNS = cues.words("it we i they he she")
#: Possessives of the speaker's side on an armed or state noun: "our forces", "his guerrillas".
_OWN_POSSESSIVES = cues.words("our its my his her their")
#: A speaker's own state named by a possessive: "his country", "our nation".
_HOMELAND_NOUNS = cues.words("country nation state homeland")


def _modal(verb: Token, words: frozenset[str] = _MODALS) -> bool:
    """Whether ``verb`` or a verb it complements carries one of ``words``."""
    # the ancestors only of an open complement (round 41, speed50: not walked, each a new
    # Token, to be filtered out one by one), the children as the index's shared tokens
    for token in (verb, *verb.ancestors) if verb.dep_ == "xcomp" else (verb,):
        if any(c.dep_ == "aux" and c.lower_ in words for c in children_of(token)):
            return True
        if token.dep_ != "xcomp" and token is not verb:
            break
    return False


#: Modals of a promise in the speaker's own tense: "will respond", "shall pay".
_PROMISE_MODALS = cues.words("will shall 'll")


def _promised(verb: Token) -> bool:
    """Whether ``verb`` is promised: "will"/"shall", or "would" in reported speech, where
    a past-tense saying verb shifts the speaker's "will" back ("said it would not tolerate
    interference" reports "we will not tolerate").  A "would" not under a past saying verb
    ("it would be unwise to ...") stays hypothetical."""
    if _modal(verb, _PROMISE_MODALS):
        return True
    return _modal(verb, _WOULD) and _reported_in_past(verb)


_WOULD = cues.words("would")


def _reported_in_past(verb: Token) -> bool:
    """Whether ``verb``'s clause is the complement of a verb in the past tense ("he said
    Y would ...", "Y would ..., he said"), through open complements and conjuncts."""
    clause = verb
    for _ in range(6):
        if clause.dep_ in ("xcomp", "conj", "advcl") and clause.head is not clause:
            clause = clause.head
            continue
        break
    if clause.dep_ not in ("ccomp", "parataxis") or clause.head is clause:
        return False
    return clause.head.tag_ == "VBD" or (
        clause.head.tag_ == "VBN"
        and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in clause.head.children)
    )


#: Subjects that speak for a nation when the speaker has no side of its own ("the people
#: will not accept ...", said by a protester).
_PEOPLE_NOUNS = cues.words("people nation public country")


def _speaks_for(subject: Token | None, sides: Callable[[], set[str]], commentator: bool) -> bool:
    """Whether a speaker of no known side speaks for the state or people it names as the
    subject ("spokesperson Jiang Bin said China will not tolerate ...", "the ministry said
    Seoul reserves the right to ..."), unless it only comments."""
    return (
        subject is not None
        and not sides()
        and not commentator
        and (
            subject.lemma_.lower() in _PEOPLE_NOUNS
            or subject.lemma_.lower() in cues.STATE_AGENT_NOUNS  # "the Liberian government"
            or _is_actor_token(subject)
        )
    )


def _own_side(subject: Token | None, sides: Callable[[], set[str]]) -> bool:
    """Whether a subject is the speaker's side: "it"/"we", a state agent with no other
    state named ("the government", "our forces"), or a name of the speaker's own state."""
    if subject is None:
        return False
    if subject.lower_ in _SELF_PRONOUNS:
        return True
    named = _sides(_with_conjuncts(subject)) or _sides(
        [c for c in subject.children if c.dep_ in ("poss", "compound", "amod")]
    )
    if named:
        return bool(named & sides())
    lemma = subject.lemma_.lower()
    owner = [c for c in subject.children if c.dep_ == "poss"]
    mine = all(c.lower_ in _OWN_POSSESSIVES for c in owner)
    if owner and mine and lemma in HOSTILE_ACTORS:
        return True  # "his guerrillas"; "extremists" alone are nobody's own side
    if owner and mine and lemma in _HOMELAND_NOUNS:
        return True  # "his country will respond": the speaker's own state
    return mine and (lemma in cues.STATE_AGENT_NOUNS or lemma in cues.ARMED_NOUNS)


#: Verbs whose subject carries out the hostile doing they take as object: "the Russian
#: government has intensified a crackdown", "the regime continues its violent repression".
PURSUE_VERBS: frozenset[str] = cues.words(
    "intensify continue conduct wage escalate pursue perpetrate commit step launch carry"
)


def _condition_targets(harm: Token) -> list[Token]:
    """Whom a threat's condition names as its trigger: "threatened to block the entrance
    to the Persian Gulf if the West imposes sanctions" -> [West]; "vowed to retaliate
    unless Israel withdraws" -> [Israel]."""
    for child in harm.children:
        marked = any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in child.children)
        if child.dep_ != "advcl" or not marked:
            continue
        for subject in child.children:
            if subject.dep_ in ("nsubj", "nsubjpass"):
                if takes_up_state(subject):  # "if the island declares independence"
                    return [subject]
                return [subject] if _is_actor_token(subject) else _owners(subject)
    return []


#: Speakers who comment on a side rather than speak for one: their "X is ready to defend
#: itself" is an assessment, no warning.
_COMMENTATORS = cues.words(
    "analyst analysts expert experts observer observers scholar scholars commentator "
    "commentators critic critics witness witnesses resident residents diplomat diplomats"
)


def bystander(claimer: Mention | None, context: _Context) -> bool:
    """Whether the claimer is a bystander to the dispute it speaks of: a witness, a resident,
    an analyst (:data:`.content_lexicon.BYSTANDER_NOUNS`, the head of its noun phrase) that
    no state, people or body is named on ("witnesses in Sana'a", "analysts"; not "a top U.S.
    diplomat", "Iraqi villagers", "Syrian Observatory ..."), and no proper name heads.  Such
    a speaker tells what happened; its account of an act charges no one (round 29,
    overreads30), as an outlet's relayed news does not (the guide's outlet rule)."""
    if claimer is None or claimer.label == "PRON":
        return False
    span = expanded_span(context.doc, claimer.span.start, claimer.span.end)
    if span is None:
        return False
    root = span.root
    if root.pos_ == "PROPN" or root.lemma_.lower() not in BYSTANDER_NOUNS:
        return False
    return not _named_sides(root)


def _commentator(claimer: Mention | None, context: _Context) -> bool:
    if claimer is None:
        return False
    span = expanded_span(context.doc, claimer.span.start, claimer.span.end)
    return span is not None and span.root.lemma_.lower() in _COMMENTATORS


#: Verbs :func:`~kg.extract.claims.base.verb_stance` can give a stance to (a gate's words).
STANCE_LEMMAS = (
    frozenset(cues.VERB_STANCES)
    | frozenset(cues.PREP_CUES)
    | frozenset(verb for verb, _ in cues.PHRASAL_STANCES)
    | LINK_VERBS
)
