"""A learned chooser of the stance of a claim the rules made (``stance_model``).

The rule families find a claim's claimer, cue and content, and choose its stance by hand
rules; measured on unseen copy the stance is where most claims are lost (round 20: a
right claimer, a wrong stance).  This family is the other road: a small multinomial
logistic regression, trained on the development gold only, that reads a claim the rules
already made (claimer and content found) and chooses its stance among assert, accuse,
deny, criticize and threaten.  Unlike :mod:`.learned` (which only relabels assertions)
it reads every claim with a content, the rule's own stance being one of its features, and
may move a stance either way: "said P" read as an assertion may become an accusation, a
criticism read off an evaluation may go back to an assertion.

It never creates or deletes claims and never changes a claimer: a claim keeps its stance
unless the model's most probable stance differs from the rule's with a probability of at
least the threshold stored with the weights.  A changed claim records why in its rule
(``<rule>+stance_model``).  A claim moved to a directed stance that had no targets takes
the ones :func:`.learned._targets` finds (the charged agent of an accusation or a
criticism, whom a threatened harm is aimed at), and a move to an accusation or a criticism
that finds nobody to aim it at is not made; a claim moved away from a directed stance keeps
its targets.

Features (:func:`features`): those of :func:`.learned.features` with every group on (the
cue's lemma, the family, the content's own lemmas and their content-lexicon classes, its
main verb's classes with its negation, modality and voice, its subject's kind and side
relative to the claimer, constructions), how the cue frames the content (the cue's part of
speech and dependency, the content's link to it: a clausal complement, an object, "of" ...),
plus the rule's stance, the rule's stance crossed with the cue and the family, every family
named in the rule, whether the claim has targets, and the lemma of the content's head.
The weights are data (``kg/data/stance_model.tsv``, written by
``scripts/train_stance_model.py``, which records the training command and the gold parts
it saw in the file's header); prediction is a dot product and a softmax in pure Python
(:class:`.learned.StanceModel`), the same on every run.

Off by default (one of :data:`kg.extract.claims.OPTIONAL`): see
``benchmarks/claims/RESULTS.md``, rounds 21 and 23, for its measurement (round 23: trained on
every development part, +4 triples in cross-validation by document, -4 on test13 left out,
+2 on the held-out test22; 4 of 2,819 claims moved; round 24: retrained on dev .. test20, dev2
and dev3 with the target's role in the content added, C 0.5 and threshold 0.9 chosen by
cross-validation, 0 in cross-validation by document, -2 on test13 left out).  Round 27
(``stance28``) added the content clause read against the speaker and the other side
(:func:`clause_relation`, :data:`CLAUSE_RELATION`) and measured a retrain on the first half
(dev, test .. test15, dev2): 0 triples in cross-validation by document, so the shipped
weights stay round 24's (which name none of the new features; see RESULTS, round 27).
"""

from __future__ import annotations

import contextlib
from dataclasses import replace
from pathlib import Path

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from kg.extract.claims.base import _Context, _main_verbs
from kg.extract.claims.content_base import _named_sides
from kg.extract.claims.content_lexicon import AGENT_NOUNS, HOSTILE_ACTORS
from kg.extract.claims.learned import (
    _LEXICON_OF,
    CLASSES,
    ShippedWeights,
    StanceModel,
    _claimer_sides,
)
from kg.extract.claims.learned import _targets as _new_targets
from kg.extract.claims.learned import features as _content_features
from kg.model import Claim, Stance

#: Where the shipped weights live (``kg/data``).
WEIGHTS_FILE = "stance_model.tsv"
#: The rule name a changed claim carries at the end of its rule.
SUFFIX = "stance_model"
#: Rules the resolver reads by their ending (``kg.resolve``): such claims are left alone,
#: so that an appended suffix never hides them.
_KEPT_ENDINGS = ("carried", "unreachable")
_AIMED = frozenset({Stance.ACCUSE, Stance.CRITICIZE, Stance.THREATEN})
#: A move to an accusation or a criticism needs someone to aim it at (as in :mod:`.learned`):
#: measured in cross-validation over the development parts, moves to an accusation aimed at
#: nobody gain no triple and lose the assertions they were right to be (RESULTS, round 21).
NEEDS_TARGET = frozenset({Stance.ACCUSE, Stance.CRITICIZE})


_WEIGHTS = ShippedWeights(WEIGHTS_FILE)


def load_model(path: str | Path | None = None) -> StanceModel:
    """The model at ``path``; by default the one in use (:func:`using`) or the shipped one."""
    return _WEIGHTS.load(path)


def using(model: StanceModel) -> contextlib.AbstractContextManager[StanceModel]:
    """Apply ``model`` instead of the shipped weights inside the block (the trainer's
    cross-validation scores each fold with weights trained without it)."""
    return _WEIGHTS.using(model)


def eligible(claim: Claim) -> bool:
    """Whether the chooser reads ``claim``: a content, a stance among the model's classes,
    and a rule the resolver does not read by its ending."""
    return (
        claim.content is not None
        and claim.stance in CLASSES
        and not claim.rule.endswith(_KEPT_ENDINGS)
        and SUFFIX not in claim.rule.split("+")
    )


#: The feature groups of :func:`.learned.features` the chooser computes: all of them, the
#: content's own lemmas ("w=") included; a feature the shipped weights do not name weighs
#: nothing, so the trainer chooses the groups by leaving their features out of the weights.
GROUPS = frozenset({"shape", "side", "words"})
#: Whether the features read the target's role in the content (:func:`_target_roles`).
TARGET_ROLES = True


def _frame(claim: Claim, doc: Doc, span: SpacySpan) -> list[str]:
    """How the cue frames its content: the cue's part of speech and its own dependency
    ("accused" at the root, "said" in a relative clause, "criticism" as a subject), and the
    content's link to the cue (a clausal complement, an object, a preposition's object,
    "other" when the content hangs elsewhere: a quotation, a following sentence)."""
    cue = doc.char_span(claim.cue.start, claim.cue.end, alignment_mode="expand")
    if cue is None or not len(cue):
        return ["frame=?"]
    root = cue.root
    link = "other"
    head = span.root
    if head.head.i == root.i and head.i != root.i:
        link = head.dep_
    elif head.head.dep_ == "prep" and head.head.head.i == root.i:
        link = f"prep_{head.head.lower_}"
    return [
        f"cue_pos={root.pos_}",
        f"cue_dep={root.dep_}",
        f"frame={link}",
        f"frame={root.pos_}|{link}",
    ]


#: The subject and object relations of a verb the target reading (:func:`_target_roles`) reads.
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
_OBJECTS = frozenset({"dobj", "pobj", "attr", "dative"})


def _covers(token_span: SpacySpan, claim: Claim) -> bool:
    """Whether a target mention of ``claim`` lies inside ``token_span``."""
    start, end = token_span.start_char, token_span.end_char
    return any(start <= t.span.start and t.span.end <= end for t in claim.targets)


def _target_roles(claim: Claim, verbs: list, doc: Doc) -> list[str]:
    """Whether the content tells an act by the claim's target ("said Pakistani troops
    shelled the village" with Pakistan the target) or one done to it: the target inside the
    subject or the object of the content's first main verb, crossed with that verb's lexicon
    classes and its negation (``tgt=`` features; round 24, ``learned24``)."""
    if not claim.targets:
        return ["tgt=none"]
    if not verbs:
        return ["tgt=noverb"]
    verb = verbs[0]
    role = "other"
    for child in verb.children:
        if child.dep_ in _SUBJECTS and _covers(
            doc[child.left_edge.i : child.right_edge.i + 1], claim
        ):
            role = "passive_subj" if child.dep_ == "nsubjpass" else "subj"
            break
        if child.dep_ in _OBJECTS and _covers(
            doc[child.left_edge.i : child.right_edge.i + 1], claim
        ):
            role = "obj"
    found = [f"tgt={role}"]
    negated = any(c.dep_ == "neg" for c in verb.children)
    if negated:
        found.append(f"tgt={role}|neg")
    found.extend(f"tgt={role}|lex={k}" for k in _LEXICON_OF.get(verb.lemma_.lower(), ()))
    return found


#: Whether the features read the content clause relative to the speaker and the other side
#: (:func:`clause_relation`, round 27).
CLAUSE_RELATION = True
#: Charge words that, outside the content (in the claim's sentence or the one before), tell
#: that someone charged the speaker's side: "accused of ..., the ministry said human rights
#: have never been better" (the content is the accused side's own account, a denial).
_CHARGE_WORDS = frozenset(
    {
        "accuse",
        "accusation",
        "allege",
        "allegation",
        "alleged",
        "allegedly",
        "blame",
        "charge",
        "claim",
        "criticism",
        "criticize",
        "condemn",
        "condemnation",
        "deny",
        "denial",
    }
)
#: Evaluation classes of the content lexicon (:data:`.learned._LEXICON_OF`).
_EVALUATIVE = frozenset({"critical_adj", "critical_noun", "conduct_adj", "conduct_noun"})
_SELF = frozenset({"i", "we", "us", "our", "my", "me", "ourselves", "ours"})
_COPULAR = frozenset({"be", "become", "remain", "seem", "look", "appear", "feel"})


def _relation(token: Token, claim: Claim, sides: set[str]) -> str:
    """Who a content's subject (or its owner) is, seen from the claim: the "speaker" (a
    first-person word, or inside the claimer's own words), the claim's "target", the
    speaker's "own" side (a name of the speaker's state), an "other" named side, a phrase
    holding one of the claim's targets ("target_phrase"), a state "agent" naming no state
    ("the government", "troops"), a "pron"oun, or "none"."""
    phrase = token.doc[token.left_edge.i : token.right_edge.i + 1]
    if token.lower_ in _SELF:
        return "speaker"
    start, end = token.idx, token.idx + len(token)
    if claim.claimer.span.start <= start and end <= claim.claimer.span.end:
        return "speaker"
    if any(t.span.start <= start and end <= t.span.end for t in claim.targets):
        return "target"
    named = _named_sides(token)
    if named:
        return "own" if named & sides else "other"
    if _covers(phrase, claim):
        return "target_phrase"
    lemma = token.lemma_.lower()
    if lemma in AGENT_NOUNS or lemma in HOSTILE_ACTORS:
        return "agent"
    if token.pos_ == "PRON":
        return "pron"
    return "none"


def _owner(token: Token) -> Token | None:
    """The owner of a subject: "our" in "our human rights", "China's" in "China's sites",
    "Iran" in "the sites of Iran"."""
    for child in token.children:
        if child.dep_ == "poss":
            return child
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in ("of", "in"):
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    return grandchild
    return None


def clause_relation(claim: Claim, verbs: list[Token], span: SpacySpan, doc: Doc) -> list[str]:
    """The content clause read against the speaker and the other side (``rel=`` features):
    who its subject is (:func:`_relation`; a subject without a side read through its owner,
    "our human rights" the speaker's), crossed with the clause's negation, modality, tense,
    its verb's lexicon classes and an evaluation predicated of the subject ("is doomed to
    failure", "are dissatisfied with"); whether a charge word stands outside the content
    nearby (a denial told as the accused side's own account); and the cue's own tense and
    negation ("did not say" is no assertion of P)."""
    sides = _claimer_sides(claim.claimer, doc)
    found: list[str] = []
    verb = verbs[0] if verbs else span.root
    subject = next(
        (c for c in verb.children if c.dep_ in _SUBJECTS and span.start <= c.i < span.end), None
    )
    relation = "nosubj"
    if subject is not None:
        relation = _relation(subject, claim, sides)
        if relation in ("none", "pron"):
            owner = _owner(subject)
            if owner is not None:
                relation = f"owned_{_relation(owner, claim, sides)}"
    negated = any(c.dep_ == "neg" for c in verb.children) or any(
        t.lower_ in ("never", "no", "nothing", "none", "nobody") for t in verb.subtree
    )
    modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)
    lemma = verb.lemma_.lower()
    found.append(f"rel={relation}")
    found.append(f"rel={relation}|neg={negated}|modal={modal}")
    found.append(f"rel={relation}|tense={verb.tag_}")
    found.extend(f"rel={relation}|lex={k}" for k in _LEXICON_OF.get(lemma, ()))
    evaluations = set()
    if lemma in _COPULAR or verb.pos_ in ("ADJ", "NOUN"):
        for child in verb.children:
            if child.dep_ in ("acomp", "attr", "oprd") and span.start <= child.i < span.end:
                evaluations.add(child.pos_)
                evaluations.update(set(_LEXICON_OF.get(child.lemma_.lower(), ())) & _EVALUATIVE)
                if any(c.dep_ == "prep" for c in child.children):
                    evaluations.add("prep")
    if verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children):
        evaluations.add("passive")
    found.extend(f"rel={relation}|eval={e}" for e in sorted(evaluations))
    found.extend(f"rel={relation}|eval={e}|neg={negated}" for e in sorted(evaluations))
    outside = [
        t
        for t in _near(claim, doc)
        if not (span.start <= t.i < span.end) and t.lemma_.lower() in _CHARGE_WORDS
    ]
    if outside:
        found.append("ctx=charge")
        found.append(f"ctx=charge|rel={relation}")
        found.append(f"ctx=charge|rel={relation}|neg={negated}")
    cue = doc.char_span(claim.cue.start, claim.cue.end, alignment_mode="expand")
    if cue is not None and len(cue):
        root = cue.root
        found.append(f"cue_tag={root.tag_}")
        if any(c.dep_ == "neg" for c in root.children):
            found.append("cue_neg")
        if any(c.dep_ == "aux" and c.tag_ == "MD" for c in root.children):
            found.append("cue_modal")
    return found


def _near(claim: Claim, doc: Doc) -> list[Token]:
    """The tokens of the claim's cue's sentence and the sentence before it."""
    cue = doc.char_span(claim.cue.start, claim.cue.end, alignment_mode="expand")
    if cue is None or not len(cue):
        return []
    sentence = cue.root.sent
    start = sentence.start
    if start > 0:
        start = doc[start - 1].sent.start
    return list(doc[start : sentence.end])


def features(claim: Claim, doc: Doc) -> list[str]:
    """The binary features of a claim with content (empty without one): the content's
    (:func:`.learned.features`, every group of :data:`GROUPS`), how the cue frames it, and
    the rule's own reading of it."""
    found = _content_features(claim, doc, GROUPS)
    if not found or claim.content is None:
        return []
    stance = claim.stance.value
    cue = next((n for n in found if n.startswith("cue=") and "|" not in n), "cue=?")
    family = claim.rule.split("+", 1)[0]
    found.append(f"rule_stance={stance}")
    found.append(f"rule_stance={stance}|{cue}")
    found.append(f"rule_stance={stance}|family={family}")
    found.extend(f"rule={part}" for part in sorted(set(claim.rule.split("+"))) if part)
    found.append(f"targets={min(len(claim.targets), 2)}")
    span = doc.char_span(claim.content.start, claim.content.end, alignment_mode="expand")
    if span is not None and len(span):
        found.extend(_frame(claim, doc, span))
        verbs = _main_verbs(span)
        head = verbs[0] if verbs else span.root
        found.append(f"head={head.lemma_.lower()}")
        found.append(f"rule_stance={stance}|head={head.lemma_.lower()}")
        if TARGET_ROLES:
            found.extend(_target_roles(claim, verbs, doc))
        if CLAUSE_RELATION:
            found.extend(clause_relation(claim, verbs, span, doc))
    return found


def choose(claims: tuple[Claim, ...], context: _Context) -> tuple[Claim, ...]:
    """Each claim the chooser reads (:func:`eligible`) takes the model's stance when it is
    not the rule's and its probability reaches the model's threshold."""
    model: StanceModel | None = None
    found = []
    for claim in claims:
        if not eligible(claim):
            found.append(claim)
            continue
        if model is None:
            model = load_model()
        names = features(claim, context.doc)
        if not names:
            found.append(claim)
            continue
        stance, probability = model.predict(names)
        if stance is claim.stance or probability < model.threshold:
            found.append(claim)
            continue
        found.append(restanced(claim, stance, context, SUFFIX) or claim)
    return tuple(found)


def restanced(claim: Claim, stance: Stance, context: _Context, suffix: str) -> Claim | None:
    """``claim`` with a model's ``stance`` (its rule marked ``+suffix``), its targets found
    anew when the new stance is aimed and the old one aimed at nobody; ``None`` when an
    accusation or a criticism would be aimed at nobody named (the rule's claim stays)."""
    targets = claim.targets
    if stance in _AIMED and not (claim.stance in _AIMED and targets):
        targets = tuple(
            t for t in _new_targets(claim, stance, context) if t.span != claim.claimer.span
        )
    if stance in NEEDS_TARGET and not targets:
        return None
    return replace(claim, stance=stance, targets=targets, rule=f"{claim.rule}+{suffix}")
