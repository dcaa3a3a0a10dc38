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
cross-validation, 0 in cross-validation by document, -2 on test13 left out).
"""

from __future__ import annotations

import contextlib
from dataclasses import replace
from pathlib import Path

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from kg.extract.claims.base import _Context, _main_verbs
from kg.extract.claims.learned import _LEXICON_OF, CLASSES, ShippedWeights, StanceModel
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
