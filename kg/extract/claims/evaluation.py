"""An official text's own evaluation of a named act (round 20, issue 13, family
``official_evaluation``, on by default): "The practice of arbitrarily detaining individuals to
exercise leverage over foreign governments is completely unacceptable", "There is no
justification for this attack", "These acts of transnational repression cannot be
tolerated", "The signs of people being raped, tortured, executed ... are an outrage to our
common humanity".

In the author's voice (:mod:`.voice`) such a sentence is the issuer's criticism of the
act's doer: the act's owner ("Russia's decision is unacceptable", "any use by Russia of
such a weapon"), else, when the act is one the text narrated before ("this attack",
"these acts") or a doing nobody in the sentence owns ("arbitrarily detaining
individuals"), the text's adversary (an :data:`~kg.resolve.voice.ADVERSARY` mention that
resolution turns into the state the text is about).  The evaluation restates an act the
text or others charge, in words that match many allegations a little, so its claims follow
(``named_wrong``, :data:`kg.resolve.summaries.FOLLOWING`): they join the allegation they
match and never start one of their own (round 17 and 19 found right official claims
lowering B-cubed by starting allegations of their own).

Not an evaluation: a modal or conditional one ("would be unacceptable": a warning, which
the threat rules read), a negated one ("is not unacceptable"), one of the speaker's own
side ("our response is unjustified" is no charge), one of an actor rather than an act
("Russia is unacceptable"), a state of affairs no act makes ("the situation is
unacceptable").
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.extract import cues
from kg.extract.claims.base import _Context, _is_actor_token
from kg.extract.claims.content_lexicon import (
    ACT_NOUNS,
    HOSTILE_ACTS,
    HOSTILE_NOUNS,
    REPRESS_VERBS,
)
from kg.extract.claims.gates import gate, needs
from kg.extract.claims.prose import _adversary
from kg.extract.claims.targets import _owners, actor_mention
from kg.model import Mention

EVALUATION_RULE = "official_evaluation"

#: Predicate adjectives that condemn what they are said of: "is completely unacceptable".
CONDEMNING_ADJECTIVES = cues.words(
    "unacceptable unjustified unjustifiable inexcusable intolerable outrageous reprehensible "
    "deplorable abhorrent unconscionable indefensible inadmissible despicable"
)
#: Predicate nouns that condemn: "are an outrage to our common humanity".
CONDEMNING_NOUNS = cues.words("outrage affront disgrace travesty")
#: "There is no justification for X", "There can be no excuse for X".
_JUSTIFICATIONS = cues.words("justification excuse")
#: "X cannot be tolerated / accepted / justified / excused / condoned".
_TOLERATED = cues.words("tolerate accept justify excuse condone")
#: Modal or conditional auxiliaries: "would be unacceptable" is a warning, no evaluation.
_MODALS = cues.words("would could might may should 'd")
_COPULAS = cues.words("be remain")
#: Determiners that point back to an act the text narrated: "this attack", "such acts".
_POINTING = cues.words("this these that those such")
_OWN = cues.words("we our us i my ours")
#: Acts a subject may name (nouns of hostile acts, acts, wrongs; their verbs as gerunds).
_ACTS = (
    HOSTILE_NOUNS
    | ACT_NOUNS
    | cues.words(
        "practice practices action actions act acts decision seizure detention detentions "
        "repression arrest arrests use conduct behavior behaviour attempt attempts campaign "
        "treatment abduction deportation sign signs"
    )
)

#: Verbs of a hostile doing inside the act's phrase: "of arbitrarily detaining individuals".
_DOINGS = HOSTILE_ACTS | REPRESS_VERBS


def evaluated_charges(
    sentence: SpacySpan, root: Token, number: int, context: _Context
) -> tuple[Mention, ...]:
    """The doers of the act ``sentence`` evaluates as unacceptable (see the module), or ()."""
    act = _evaluated_act(root)
    if act is None or not _names_an_act(act):
        return ()
    subtree = {t.lower_ for t in act.subtree}
    if subtree & _OWN:
        return ()  # "our response", "what we did"
    owners = [o for o in _owners(act) if o.lower_ not in _OWN] + _by_agents(act)
    if owners:
        return tuple(actor_mention(owner, context) for owner in owners)
    if _is_actor_token(act):
        return ()
    if _points_back(act) or _hostile_doing(act) or _doing_inside(act):
        return (_adversary(act, number),)
    return ()


gate(
    evaluated_charges,
    needs(CONDEMNING_ADJECTIVES),
    needs(CONDEMNING_NOUNS),
    needs(_JUSTIFICATIONS),
    needs(_TOLERATED),
    empty=(),
)


def _evaluated_act(root: Token) -> Token | None:
    """The head of what the main clause evaluates: the subject of "is unacceptable", "are
    an outrage", "cannot be tolerated"; the object of "there is no justification for"."""
    children = list(root.children)
    if any(c.dep_ == "neg" for c in children) and root.lemma_.lower() not in _TOLERATED:
        return None
    if any(c.dep_ == "aux" and c.lower_ in _MODALS for c in children):
        return None
    lemma = root.lemma_.lower()
    subject = next((c for c in children if c.dep_ in ("nsubj", "nsubjpass", "csubj")), None)
    if lemma in _COPULAS:
        expletive = any(c.dep_ == "expl" for c in children)
        for predicate in (c for c in children if c.dep_ in ("acomp", "attr")):
            words = [predicate, *(c for c in predicate.children if c.dep_ == "conj")]
            if expletive and predicate.lemma_.lower() in _JUSTIFICATIONS:
                if any(d.lower_ == "no" for d in predicate.children):
                    return _justified(predicate)
                return None
            if any(
                w.lemma_.lower() in CONDEMNING_ADJECTIVES or w.lower_ in CONDEMNING_ADJECTIVES
                for w in words
            ) or any(_condemning_noun(w) for w in words if w.dep_ in ("attr", "conj")):
                return subject
        return None
    if lemma in _TOLERATED and any(c.dep_ == "auxpass" for c in children):
        negated = any(c.dep_ == "neg" for c in children)
        can = any(c.dep_ == "aux" and c.lemma_.lower() in ("can", "must") for c in children)
        return subject if negated and can else None
    return None


def _condemning_noun(noun: Token) -> bool:
    """Whether a predicate noun condemns: "an outrage", "reprehensible acts of violence"."""
    if noun.lemma_.lower() in CONDEMNING_NOUNS:
        return True
    return noun.lemma_.lower() in _ACTS and any(
        c.dep_ == "amod" and c.lower_ in CONDEMNING_ADJECTIVES for c in noun.children
    )


def _justified(noun: Token) -> Token | None:
    """What "no justification" is for: "for this attack"; "to use a visit as pretext for
    aggressive military activity" (the clause's verb)."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "for":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
        if child.dep_ in ("acl", "relcl") and child.pos_ == "VERB":
            return child
    return None


def _names_an_act(act: Token) -> bool:
    """Whether ``act`` names an act (a noun of :data:`_ACTS`, a verb, a gerund clause),
    not a pronoun or a state of affairs."""
    if act.pos_ == "VERB" or act.dep_ == "csubj":
        return True
    return act.pos_ in ("NOUN", "PROPN") and act.lemma_.lower() in _ACTS | {
        a.lower() for a in _ACTS
    }


def _by_agents(act: Token) -> list[Token]:
    """Actors an act is "by": "any use by Russia of such a weapon"."""
    found = []
    for child in act.children:
        if child.dep_ in ("prep", "agent") and child.lower_ == "by":
            complement = next((c for c in child.children if c.dep_ == "pobj"), None)
            if complement is not None and _is_actor_token(complement):
                found.append(complement)
    return found


def _points_back(act: Token) -> bool:
    """Whether a determiner points the act back to one the text narrated: "this attack"."""
    return any(c.dep_ == "det" and c.lower_ in _POINTING for c in act.children)


def _hostile_doing(act: Token) -> bool:
    """Whether the act is a hostile doing as a verb: "Unjustly holding Americans captive"
    is one, "breaking the law" or "extending target dates" (a domestic reproach) is not."""
    return act.pos_ == "VERB" and act.lemma_.lower() in _DOINGS


def _doing_inside(act: Token) -> bool:
    """Whether the act's phrase holds a hostile doing: "the practice of arbitrarily
    detaining individuals", "the signs of people being raped"."""
    return any(
        t.pos_ == "VERB" and (t.lemma_.lower() in _DOINGS or t.lower_ in HOSTILE_NOUNS)
        for t in act.subtree
        if t is not act
    )
