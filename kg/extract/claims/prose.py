"""An official's own prose: the hostile acts an official text narrates, and the acts it
names with a charge, are the issuer's accusations ("Russian occupiers rape women in
occupied areas", "They kidnap local government officials", "Yesterday the invaders
captured the mayor of Melitopol", "This is genocide" in an address of the President of
Ukraine; "The Kiev regime is shelling Donbas" on the Kremlin's site).

A news report narrates acts without alleging them; a statement, an address or a
transcript of a party to a dispute does not: its stance is carried by its own prose, not
by reported speech.  So, beside :mod:`.voice` (whose content-stance machinery needs the
doer named as an actor), the refinement ``official_prose`` reads a sentence of the
author's voice whose main verb is a hostile act of the content lexicon
(:mod:`.content`: "shell", "rape", "kidnap", "loot", "deport"; "take ... hostage"; "use"
a weapon) done by

* an actor the sentence names or a state's forces ("Russian troops", "the Kiev regime"),
* an adversary designation ("the occupiers", "the invaders", "the aggressor": the
  content lexicon's ``adversary_noun``), owned by a state ("Russian occupiers") or not,
* "they",

or a copular sentence that names what was done a crime ("This is genocide", "This was an
overt bloody act of terror", "These are executions of civilians, torture, rape").

A doer the sentence does not name (an adversary designation alone, "they", "this") is an
:data:`ADVERSARY` mention: resolution (:meth:`kg.resolve.voice.Voice.adversary`) makes it
the state the text is about that is not the speaker's own side, and drops the claim when
there is none; it drops a target on the speaker's own side too ("Ukrainian troops
destroyed the convoy" in a Ukrainian text charges no one).  The family only ever makes an
:data:`~kg.resolve.voice.AUTHOR` claim, which a news report never keeps
(:data:`kg.resolve.voice.OFFICIAL_ONLY`).

Not read: a negated, conditional or modal act ("if they shoot", "would have been raped"),
a question, a quotation, a sentence whose subject is "we", "I" or "you", a passive with no
agent ("Girls are raped": whose act the sentence does not say).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import cues
from kg.extract.claims.base import _Context, _is_actor_token, _with_conjuncts
from kg.extract.claims.content import (
    ADVERSARY_NOUNS,
    _charged_agent,
    _hostile,
    _is_weapon,
    _perpetrates,
)
from kg.extract.claims.targets import _owners, _state_of, actor_mention
from kg.model import Mention, Span
from kg.resolve.voice import ADVERSARY

#: Modals that make an act hypothetical: "would have been raped", "could attack".
_MODALS = cues.words("would could might may should must can 'd")
#: Pronouns that stand for the other side when they are the doer of a hostile act.
_OTHERS = cues.words("they")
#: Subjects that speak or are spoken to: their acts are no charge ("we struck back").
_SPEAKERS = cues.words("we i you")
#: Nouns a copular sentence names an act with when it charges it: "This is genocide".
CRIME_NOUNS: frozenset[str] = cues.words(
    "genocide terror terrorism crime crimes atrocity atrocities aggression massacre "
    "execution executions torture murder murders rape ethnocide"
)
#: Subjects that point back to what the text just narrated: "This is genocide".
_DEICTIC = cues.words("this that these it what")


def prose_targets(root: Token, number: int, context: _Context) -> tuple[Mention, ...]:
    """Whom the sentence's own prose charges, or () when it charges no one: the doers of
    its hostile main acts, then those of a crime it names (see the module)."""
    if root.lemma_.lower() == "be":
        return _named_crime(root, number, context)
    for verb in _main_acts(root):
        if not _act(verb):
            continue
        found = _doers(verb, number, context)
        if found:
            return found
    return ()


def _main_acts(root: Token) -> list[Token]:
    """The root and its conjoined verbs ("They deport our people ..., rape women, ...")."""
    return [v for v in (root, *root.conjuncts) if v.pos_ == "VERB"]


def _act(verb: Token) -> bool:
    """Whether ``verb`` states a hostile act done, not one denied, supposed or feared."""
    if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in _MODALS) for c in verb.children):
        return False
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children):
        return False
    if verb.tag_ in ("VB",) and not any(c.dep_ in ("nsubj", "aux") for c in verb.children):
        return False  # an imperative or a bare infinitive: "To kill, torture, rape."
    lemma = verb.lemma_.lower()
    if lemma in cues.ACCUSATORY_PREDICATES or _hostile(verb) or _perpetrates(verb):
        return True
    objects = [c for c in verb.children if c.dep_ in ("dobj", "oprd", "attr")]
    if lemma in ("take", "hold") and any(o.lower_ in ("hostage", "hostages") for o in objects):
        return True  # "took hostage six people", "is being held hostage"
    return lemma == "use" and any(_is_weapon(o) for o in objects)  # "are using phosphorus bombs"


def _doers(verb: Token, number: int, context: _Context) -> tuple[Mention, ...]:
    """Who did the act: a named actor or a state's forces, an adversary designation (its
    state, or the text's adversary), "they"; nobody for "we", "I", "you" or a passive with
    no agent."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "conj":
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return ()
    lower = subject.lower_
    if lower in _SPEAKERS:
        return ()
    if lower in _OTHERS:
        return (_adversary(subject, number),)
    if subject.lemma_.lower() in ADVERSARY_NOUNS or lower in ADVERSARY_NOUNS:
        state = _state_of(subject)
        owners = [state] if state is not None else _owners(subject)
        if owners:
            return tuple(actor_mention(t, context) for t in owners)
        return (_adversary(subject, number),)
    named = _charged_agent(verb)
    return tuple(actor_mention(t, context) for t in named if _is_actor_token(t))


def _named_crime(root: Token, number: int, context: _Context) -> tuple[Mention, ...]:
    """'This is genocide', 'This was an overt bloody act of terror', 'These are executions
    of civilians, torture, rape': a copula whose subject points back and whose predicate
    names a crime; the doer is the owner the predicate names, else the adversary."""
    if any(c.dep_ == "neg" for c in root.children):
        return ()
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    attr = next((c for c in root.children if c.dep_ == "attr"), None)
    if subject is None or attr is None or subject.lower_ not in _DEICTIC:
        return ()
    heads = [attr, *attr.conjuncts]
    words = {h.lemma_.lower() for h in heads}
    words |= {
        o.lemma_.lower()
        for h in heads
        for p in h.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children
        if o.dep_ == "pobj"
    }  # "an act of terror"
    if not words & CRIME_NOUNS:
        return ()
    owners = [o for h in heads for o in _owners(h)]
    if owners:
        return tuple(actor_mention(t, context) for t in owners)
    return (_adversary(subject, number),)


def _adversary(token: Token, number: int) -> Mention:
    """A target the text does not name, over ``token`` ("they", "the occupiers")."""
    left = token.left_edge if token.pos_ == "NOUN" else token
    start, end = left.idx, token.idx + len(token.text)
    return Mention(Span(start, end, token.doc.text[start:end]), ADVERSARY, number, head=token.lower_)
