"""A learned stance for assertions whose content carries the stance (``learned_stance``).

The rules of :mod:`.content` and :mod:`.denials` read a stance off a content through word
classes and parse shapes; what they miss stays an ASSERT: "said rebels shelled the town"
(an accusation), "said the report is biased" (a criticism), "said his country is not to
blame" (a denial), "vowed a response" (a threat).  This family is a small multinomial
logistic regression over features that carry across disputes rather than topic words
(:func:`features`): the cue's lemma, the family that made the claim, the content lexicon's
classes (``kg/data/content_lexicon.tsv``), the content's main verb's classes with its
negation, modality and voice, its subject as an entity TYPE, a pronoun kind or a common
noun's lemma (never a name) and whether it is the speaker's own side, and constructions (a
condition: "until it frees", "if"; a negated prediction: "will not resume"; an ongoing
act: "is pushing"; the content told before its cue; the cue crossed with the lexicon's
classes).  Since round 10 no content word's own lemma is a feature: measured
leave-one-part-out, the words of one dispute do not carry to the next (:data:`GENERAL`).

It relabels an ASSERT with content when the model gives another stance a probability of
at least the threshold stored with the weights, and finds the new stance's targets with
the target machinery of :mod:`.targets` and :mod:`.content` (the charged agent of an
accusation or criticism, else the content's subject when the mention finder made a mention
of it: "the group has stepped up its campaign"; whom a threat is aimed at); an accusation
or criticism whose content names nobody to aim it at is not made (the claim stays an
ASSERT), a threat may name nobody ("not a drop of oil will pass").  The weights are data,
``kg/data/stance_weights.tsv`` (one row per feature, class and weight), written by
``scripts/train_stance.py`` from the gold claims; prediction is a dot product and a softmax
in pure Python.

Since round 11 a model may also read the claim's contextual vectors (:func:`dense`: rows of
``doc.tensor``, the tok2vec layer's output, over the content, its verb, subject, object and
the cue), as a weight matrix stored in the same TSV (``dense:K`` rows) and applied as one
numpy dot product.  Measured leave-one-part-out they did not help (the small model's vectors
serve tagging and parsing, not stance), so the shipped weights read binary features only.

The family is off by default (it is one of :data:`kg.extract.claims.OPTIONAL`): see
``benchmarks/claims/RESULTS.md`` (rounds 6, 10 and 11) for its leave-one-part-out measurement.
Name it in ``rules`` to switch it on.
"""

from __future__ import annotations

import contextlib
import math
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path

import numpy as np
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from kg.extract.claims.base import (
    _agents,
    _Context,
    _is_actor_token,
    _main_verbs,
    _tokens_of,
)
from kg.extract.claims.content_acts import _active_subject, _charged_agent
from kg.extract.claims.content_base import _named_sides, _own_side, _speaker_sides
from kg.extract.claims.content_lexicon import _LEXICON, AGENT_NOUNS, HOSTILE_ACTORS
from kg.extract.claims.content_threat import _harm_aimed
from kg.extract.claims.targets import _owners, actor_mention
from kg.model import Claim, Mention, Stance
from kg.resolve.gazetteer import lookup

#: The stances the model chooses among (an ASSERT stays one unless another wins).
CLASSES: tuple[Stance, ...] = (
    Stance.ASSERT,
    Stance.ACCUSE,
    Stance.DENY,
    Stance.CRITICIZE,
    Stance.THREATEN,
)

#: Where the shipped weights live (``kg/data``).
WEIGHTS_FILE = "stance_weights.tsv"

_BIAS = "__bias__"
_DENSE = "dense:"
_CONTENT_POS = frozenset({"NOUN", "VERB", "ADJ", "ADV", "AUX"})
_SELF = frozenset({"i", "we", "us", "our", "my", "me", "ourselves"})
_NEGATIONS = frozenset({"not", "n't", "never", "no", "nothing", "none", "nobody", "neither"})
_FUTURE = frozenset({"will", "would", "'ll", "shall", "could", "may", "might", "must"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
#: Words that make a content conditional ("will suspend aid until it frees ...", "talks will
#: not resume if ...", "or else"): the shape of an implied threat.
_CONDITIONS = frozenset({"if", "unless", "until", "otherwise", "else", "lest"})
#: Which feature groups :func:`features` adds beyond the round-6 set (the trainer switches
#: them to measure each; the shipped weights name the groups they were trained with).
EXTRA: set[str] = {"shape", "side"}
#: The feature kinds kept when ``"words"`` is not in :data:`EXTRA` (the default): the cue,
#: the family, structure and the lexicon's classes, never a content word's own lemma
#: (measured leave-one-part-out, the lemmas of one dispute's contents do not carry to the
#: next: ``benchmarks/claims/RESULTS.md``, round 10).
GENERAL: tuple[str, ...] = (
    "cue=",
    "family=",
    "quoted",
    "speaker=",
    "neg",
    "modal",
    "actors=",
    "root_lex",
    "root_neg",
    "root_passive",
    "root_modal",
    "subj_side",
    "subj=",
    "lex=",
    "cond",
    "progressive",
    "tense=",
    "content_",
    "dobj_lex",
    "attr_lex",
    "acomp_lex",
    "root=NONE",
)
#: How :func:`_targets` may aim a relabel (experiment switches): "subject" falls back on
#: the content's own subject (a pronoun or a common noun the resolver reads: "they are
#: shelling", "the group has stepped up its campaign") for an accusation or criticism;
#: "untargeted_threat" lets a threat aimed at nobody named stand ("not a drop of oil will
#: pass"); "untargeted" lets any relabel aimed at nobody stand.
TARGETS: set[str] = {"subject", "untargeted_threat"}
#: The content lexicon's classes of each lemma ("strike" -> hostile_act, response_verb).
_LEXICON_OF: dict[str, tuple[str, ...]] = {}
for _class, _members in sorted(_LEXICON.items()):
    for _member in _members:
        _LEXICON_OF[_member] = (*_LEXICON_OF.get(_member, ()), _class)


# --- the model: weights as data ------------------------------------------------------------


@dataclass(frozen=True)
class StanceModel:
    """A multinomial logistic regression: one weight per (feature, class), one bias per
    class, and the probability another stance needs to replace an ASSERT; optionally a
    weight matrix (classes x width) over the contextual vectors of :func:`dense` for the
    groups ``dense`` names (empty: binary features only)."""

    classes: tuple[Stance, ...]
    weights: dict[str, tuple[float, ...]]
    bias: tuple[float, ...]
    threshold: float
    dense: tuple[str, ...] = ()
    dense_weights: np.ndarray | None = field(default=None, compare=False, repr=False)

    def probabilities(
        self, names: Iterable[str], vector: np.ndarray | None = None
    ) -> dict[Stance, float]:
        """The softmax over the classes of the binary features ``names`` (and of the
        contextual ``vector`` when the model has dense weights of its width)."""
        scores = list(self.bias)
        for name in set(names):
            row = self.weights.get(name)
            if row is not None:
                for k, weight in enumerate(row):
                    scores[k] += weight
        if self.dense_weights is not None and vector is not None:
            if vector.shape != (self.dense_weights.shape[1],):
                raise ValueError(
                    f"stance weights: a vector of {vector.shape} for dense weights of width "
                    f"{self.dense_weights.shape[1]}"
                )
            for k, value in enumerate(self.dense_weights @ vector):
                scores[k] += float(value)
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return {c: e / total for c, e in zip(self.classes, exps, strict=True)}

    def predict(
        self, names: Iterable[str], vector: np.ndarray | None = None
    ) -> tuple[Stance, float]:
        """The most probable stance and its probability (ties: the earlier class)."""
        probabilities = self.probabilities(names, vector)
        best = max(self.classes, key=lambda c: probabilities[c])
        return best, probabilities[best]


def read_model(text: str) -> StanceModel:
    """A model from its TSV: ``# classes:`` and ``# threshold:`` header lines (and ``# dense:``
    naming the vector groups with the width of a token's vector), then rows
    ``feature<TAB>class<TAB>weight`` (the feature ``__bias__`` is the intercept; ``dense:K``
    the weight of the vector's K-th float)."""
    classes: tuple[Stance, ...] = ()
    threshold = 1.0
    groups: tuple[str, ...] = ()
    width = 0
    rows: list[tuple[str, str, float]] = []
    for line in text.splitlines():
        if line.startswith("# classes:"):
            classes = tuple(Stance(c) for c in line.split(":", 1)[1].split())
        elif line.startswith("# threshold:"):
            threshold = float(line.split(":", 1)[1])
        elif line.startswith("# dense:"):
            *names, size = line.split(":", 1)[1].split()
            groups, width = tuple(names), int(size)
        elif line.strip() and not line.startswith("#"):
            feature, label, value = line.split("\t")
            rows.append((feature, label, float(value)))
    if not classes:
        raise ValueError("stance weights: no '# classes:' line")
    position = {c.value: k for k, c in enumerate(classes)}
    weights: dict[str, list[float]] = {}
    matrix = np.zeros((len(classes), len(groups) * width)) if groups else None
    for feature, label, weight in rows:
        if feature.startswith(_DENSE):
            if matrix is None:
                raise ValueError("stance weights: a dense row without a '# dense:' line")
            matrix[position[label], int(feature[len(_DENSE) :])] = weight
            continue
        weights.setdefault(feature, [0.0] * len(classes))[position[label]] = weight
    bias = tuple(weights.pop(_BIAS, [0.0] * len(classes)))
    return StanceModel(
        classes, {f: tuple(w) for f, w in weights.items()}, bias, threshold, groups, matrix
    )


def write_model(model: StanceModel, header: str = "") -> str:
    """The TSV :func:`read_model` reads (rows sorted by feature, then class; zero weights
    left out), with ``header`` as leading comment lines."""
    lines = [f"# {line}".rstrip() for line in header.splitlines()]
    lines.append(f"# classes: {' '.join(c.value for c in model.classes)}")
    lines.append(f"# threshold: {model.threshold:.2f}")
    if model.dense and model.dense_weights is not None:
        width = model.dense_weights.shape[1] // len(model.dense)
        lines.append(f"# dense: {' '.join(model.dense)} {width}")
    lines.append("# feature\tclass\tweight")
    rows = {_BIAS: model.bias, **model.weights}
    for feature in sorted(rows):
        for stance, weight in zip(model.classes, rows[feature], strict=True):
            if round(weight, 4) != 0.0:
                lines.append(f"{feature}\t{stance.value}\t{weight:.4f}")
    if model.dense and model.dense_weights is not None:
        for j in range(model.dense_weights.shape[1]):
            for k, stance in enumerate(model.classes):
                weight = float(model.dense_weights[k, j])
                if round(weight, 6) != 0.0:
                    lines.append(f"{_DENSE}{j}\t{stance.value}\t{weight:.6f}")
    return "\n".join(lines) + "\n"


class ShippedWeights:
    """A model shipped as ``kg/data/<file>``, read once, and the ones ``using`` blocks put in
    its place (this module's weights and :mod:`.stance_model`'s share it)."""

    def __init__(self, file: str) -> None:
        self.file = file
        self._override: list[StanceModel] = []
        self._read: StanceModel | None = None

    def load(self, path: str | Path | None = None) -> StanceModel:
        """The model at ``path``; by default the one in use, else the shipped one."""
        if path is not None:
            return read_model(Path(path).read_text(encoding="utf-8"))
        if self._override:
            return self._override[-1]
        if self._read is None:
            text = resources.files("kg").joinpath("data", self.file).read_text(encoding="utf-8")
            self._read = read_model(text)
        return self._read

    @contextmanager
    def using(self, model: StanceModel) -> Iterator[StanceModel]:
        """Apply ``model`` instead of the shipped weights inside the block."""
        self._override.append(model)
        try:
            yield model
        finally:
            self._override.pop()


_WEIGHTS = ShippedWeights(WEIGHTS_FILE)


def load_model(path: str | Path | None = None) -> StanceModel:
    """The model at ``path``; by default the one in use (:func:`using`) or the shipped one."""
    return _WEIGHTS.load(path)


def using(model: StanceModel) -> contextlib.AbstractContextManager[StanceModel]:
    """Apply ``model`` instead of the shipped weights inside the block (for evaluation:
    ``scripts/train_stance.py --lopo`` scores each part with weights trained without it)."""
    return _WEIGHTS.using(model)


# --- features ----------------------------------------------------------------------------


def _kind(token: Token, sides: Callable[[], set[str]]) -> str:
    """A subject or object as a type, never a name: a self pronoun, another pronoun, an
    entity type, or a common noun's lemma."""
    lower = token.lower_
    if lower in _SELF:
        return "SELF"
    if token.pos_ == "PRON":
        return "PRON"
    if token.ent_type_:
        return token.ent_type_
    if token.pos_ == "PROPN":
        return "PROPN"
    return token.lemma_.lower()


def _side(token: Token, sides: Callable[[], set[str]]) -> str:
    """Whose side a subject is on, as the speaker sees it: "own" (a first-person pronoun,
    or a name of the speaker's state), "other" (a name of another state or body), "agent"
    (a state agent or armed force naming no state: "the government", "rebels"), "none"."""
    if token.lower_ in _SELF:
        return "own"
    named = _named_sides(token)
    if named:
        return "own" if named & sides() else "other"
    if token.lemma_.lower() in AGENT_NOUNS or token.lemma_.lower() in HOSTILE_ACTORS:
        return "agent"
    return "none"


def _claimer_sides(claimer: Mention, doc: Doc) -> set[str]:
    """The speaker's sides: the whole name's gazetteer entry when it has one ("South
    Sudan" is not Sudan), else what :func:`.content_base._speaker_sides` reads."""
    entry = lookup(claimer.span.text)
    if entry is not None:
        return {entry.state or entry.id}
    return _speaker_sides(claimer, _SidesContext(doc))  # type: ignore[arg-type]


def features(claim: Claim, doc: Doc, extra: Iterable[str] | None = None) -> list[str]:
    """The binary features of a claim with content (empty without one); ``extra`` names the
    groups beyond the round-6 set (by default :data:`EXTRA`)."""
    groups = EXTRA if extra is None else set(extra)
    span = (
        doc.char_span(claim.content.start, claim.content.end, alignment_mode="expand")
        if (claim.content is not None)
        else None
    )
    if span is None or len(span) == 0:
        return []
    cue = doc.char_span(claim.cue.start, claim.cue.end, alignment_mode="expand")
    found = [f"cue={cue.root.lemma_.lower()}" if cue is not None and len(cue) else "cue=?"]
    found.append(f"family={claim.rule.split('+', 1)[0]}")
    if claim.quoted:
        found.append("quoted")
    known: list[set[str]] = []

    def sides() -> set[str]:
        if not known:
            known.append(_claimer_sides(claim.claimer, doc))
        return known[0]

    found.append(f"speaker={claim.claimer.label}")

    actors = 0
    for token in span:
        lemma = token.lemma_.lower()
        if token.lower_ in _NEGATIONS or token.dep_ == "neg":
            found.append("neg")
        if token.tag_ == "MD" or token.lower_ in _FUTURE:
            found.append(f"modal={token.lower_}")
        if _is_actor_token(token) and token.dep_ not in ("compound",):
            actors += 1
        if token.pos_ in _CONTENT_POS and token.is_alpha:
            found.append(f"w={lemma}")
            found.extend(f"lex={kind}" for kind in _LEXICON_OF.get(lemma, ()))
    found.append(f"actors={min(actors, 2)}")
    verbs = _main_verbs(span)
    if not verbs:
        found.append("root=NONE")
    for verb in verbs[:3]:
        _verb_features(verb, span, sides, found, groups)
    if "shape" in groups:
        _shape_features(span, cue, verbs, found)
    if "words" not in groups:
        return [n for n in found if _general(n)]
    return found


def _general(name: str) -> bool:
    if name.startswith("side="):
        return "|w=" not in name
    return name.startswith(GENERAL)


def _shape_features(
    span: SpacySpan, cue: SpacySpan | None, verbs: list[Token], found: list[str]
) -> None:
    """Constructions rather than words: a condition ("until", "if", "or else"), a
    prediction with a negation ("will not resume"), an ongoing act ("is pushing"), a
    content told before its cue, and the cue crossed with the content's lexicon classes."""
    words = {t.lower_ for t in span}
    found.extend(f"cond={w}" for w in sorted(words & _CONDITIONS))
    if words & _CONDITIONS:
        found.append("cond")
    for verb in verbs[:1]:
        children = list(verb.children)
        modal = any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in children)
        negated = any(c.dep_ == "neg" for c in children)
        if modal and negated:
            found.append("modal_neg")
        if verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in children):
            found.append("progressive")
        found.append(f"tense={verb.tag_}")
    if cue is not None and len(cue):
        if span.start > cue.start:
            found.append("content_after_cue")
        else:
            found.append("content_before_cue")
        head = cue.root.lemma_.lower()
        classes = {k for t in span for k in _LEXICON_OF.get(t.lemma_.lower(), ())}
        found.extend(f"cue={head}|lex={k}" for k in sorted(classes))


#: The groups of contextual vectors :func:`dense` can give, in this order: the mean over
#: the content's words, its main verb, that verb's subject and object, and the cue.
DENSE_GROUPS: tuple[str, ...] = ("content", "verb", "subj", "obj", "cue")
_OBJECTS = frozenset({"dobj", "attr", "acomp", "oprd", "xcomp", "ccomp"})


def dense(claim: Claim, doc: Doc, groups: Iterable[str] = DENSE_GROUPS) -> np.ndarray | None:
    """The claim's contextual vectors (rows of ``doc.tensor``, the tok2vec layer's output:
    96 floats a token with ``en_core_web_sm``), one block per group, concatenated: the mean
    over the content's words (its punctuation left out), the content's first main verb,
    that verb's subject, its object (or complement), the cue's head.  Words that differ but
    are used alike get near vectors, which binary lemma features cannot give.  A group with
    no token is a block of zeros.  None when the doc has no tensor or the claim no content."""
    tensor = doc.tensor
    if not isinstance(tensor, np.ndarray) or tensor.ndim != 2 or tensor.shape[0] != len(doc):
        return None
    width = tensor.shape[1]
    if width == 0 or claim.content is None:
        return None
    span = doc.char_span(claim.content.start, claim.content.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    verbs: list[Token] | None = None
    blocks: list[np.ndarray] = []
    for group in groups:
        rows: list[int] = []
        if group == "content":
            rows = [t.i for t in span if not t.is_punct] or [t.i for t in span]
        elif group == "cue":
            cue = doc.char_span(claim.cue.start, claim.cue.end, alignment_mode="expand")
            rows = [cue.root.i] if cue is not None and len(cue) else []
        else:
            if verbs is None:
                verbs = _main_verbs(span)
            deps = _SUBJECTS if group == "subj" else _OBJECTS
            for verb in verbs[:1]:
                if group == "verb":
                    rows = [verb.i]
                else:
                    rows = [
                        c.i
                        for c in verb.children
                        if c.dep_ in deps and span.start <= c.i < span.end
                    ][:1]
        blocks.append(tensor[rows].mean(axis=0) if rows else np.zeros(width, dtype=tensor.dtype))
    return np.concatenate(blocks).astype(np.float64)


@dataclass(frozen=True)
class _SidesContext:
    doc: Doc  # all :func:`_speaker_sides` reads of a context


def _verb_features(
    verb: Token,
    span: SpacySpan,
    sides: Callable[[], set[str]],
    found: list[str],
    groups: Iterable[str] = EXTRA,
) -> None:
    lemma = verb.lemma_.lower()
    negated = any(c.dep_ == "neg" for c in verb.children)
    found.append(f"root={lemma}")
    found.extend(f"root_lex={kind}" for kind in _LEXICON_OF.get(lemma, ()))
    if negated:
        found.append("root_neg")
        found.append(f"root_neg={lemma}")
    if any(c.dep_ == "auxpass" for c in verb.children):
        found.append("root_passive")
    if any(c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ in _FUTURE) for c in verb.children):
        found.append("root_modal")
    for child in verb.children:
        if child.i < span.start or child.i >= span.end:
            continue
        dep = child.dep_
        if dep in _SUBJECTS:
            kind = _kind(child, sides)
            side = _side(child, sides)
            found.append(f"subj={kind}")
            found.append(f"subj_side={side}")
            found.append(f"root_subj={lemma}|{kind}")
            found.extend(f"root_lex={k}|subj_side={side}" for k in _LEXICON_OF.get(lemma, ()))
            if negated:
                found.append(f"neg_subj={kind}")
            if "side" in groups:
                modal = any(
                    c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ in _FUTURE)
                    for c in verb.children
                )
                found.append(f"side={side}|neg={negated}|modal={modal}")
                found.extend(
                    f"side={side}|w={w.lemma_.lower()}"
                    for w in verb.children
                    if w.dep_ in ("dobj", "acomp", "attr") and w.pos_ in _CONTENT_POS
                )
        elif dep in ("dobj", "attr", "acomp", "oprd"):
            kind = _kind(child, sides)
            found.append(f"{dep}={kind}")
            found.append(f"root_{dep}={lemma}|{kind}")
            found.extend(f"{dep}_lex={k}" for k in _LEXICON_OF.get(child.lemma_.lower(), ()))
        elif dep == "prep":
            complement = next((c for c in child.children if c.dep_ == "pobj"), None)
            if complement is not None:
                found.append(f"prep={child.lower_}|{_kind(complement, sides)}")
        elif dep == "agent":
            found.append("agent")


# --- the family ----------------------------------------------------------------------------


def relabel(claims: tuple[Claim, ...], context: _Context) -> tuple[Claim, ...]:
    """Each ASSERT with content whose features give another stance a probability of at
    least the model's threshold takes that stance (and its targets)."""
    model: StanceModel | None = None
    found = []
    for claim in claims:
        if claim.stance is not Stance.ASSERT or claim.content is None:
            found.append(claim)
            continue
        if model is None:
            model = load_model()
        vector = dense(claim, context.doc, model.dense) if model.dense else None
        if model.dense and (
            vector is None
            or model.dense_weights is None
            or vector.shape[0] != model.dense_weights.shape[1]
        ):
            found.append(claim)  # weights over vectors this parse does not have (or not so wide)
            continue
        stance, probability = model.predict(features(claim, context.doc), vector)
        if stance is Stance.ASSERT or probability < model.threshold:
            found.append(claim)
            continue
        targets = _targets(claim, stance, context)
        untargeted = "untargeted" in TARGETS or (
            "untargeted_threat" in TARGETS and stance is Stance.THREATEN
        )
        if not targets and stance is not Stance.DENY and not untargeted:
            found.append(claim)  # an accusation, criticism or threat aimed at nobody named
            continue
        found.append(
            replace(
                claim,
                stance=stance,
                targets=tuple(t for t in targets if t.span != claim.claimer.span),
                rule=f"{claim.rule}+learned_stance" if claim.rule else "learned_stance",
            )
        )
    return tuple(found)


def _targets(claim: Claim, stance: Stance, context: _Context) -> tuple[Mention, ...]:
    """Whom the new stance is aimed at: the agent a content charges (not the speaker's own
    side) for an accusation or a criticism, whom a threatened harm is aimed at, nobody
    named for a denial (the claim's own targets are kept)."""
    span = _tokens_of(claim.content, context)
    if span is None:
        return claim.targets
    if stance is Stance.DENY:
        return claim.targets
    known: list[set[str]] = []

    def sides() -> set[str]:
        if not known:
            known.append(_speaker_sides(claim.claimer, context))
        return known[0]

    verbs = _main_verbs(span)
    inside = range(span.start, span.end)
    picked: list[Token] = []
    if stance is Stance.THREATEN:
        for verb in verbs:
            picked.extend(t for t in _harm_aimed(verb) if t.i in inside)
            if picked:
                break
        if not picked:
            picked = _objects(verbs, inside)
    else:
        for verb in verbs:
            agents = [t for t in _charged_agent(verb) if t.i in inside]
            agents = [t for t in agents if not _own_side(t, sides)]
            if agents:
                picked = agents
                break
        if not picked:
            picked = [
                t
                for verb in verbs
                for t in _subject_owners_of(verb)
                if t.i in inside and not _own_side(t, sides)
            ]
        if not picked and stance is Stance.CRITICIZE:
            picked = [t for t in _objects(verbs, inside) if not _own_side(t, sides)]
        if not picked and "subject" in TARGETS:
            for verb in verbs[:1]:
                subject = _active_subject(verb)
                if (
                    subject is not None
                    and subject.i in inside
                    and (subject.pos_ == "PRON" or _is_mention(subject, context))
                    and subject.lower_ not in _SELF
                    and not _own_side(subject, sides)
                ):
                    picked = [subject]
    seen: set[int] = set()
    unique = [t for t in picked if not (t.i in seen or seen.add(t.i))]  # type: ignore[func-returns-value]
    return tuple(actor_mention(t, context) for t in unique[:3])


def _is_mention(token: Token, context: _Context) -> bool:
    """Whether the mention finder made a mention headed here ("the group", "the rebels"),
    which the resolver can name (not "the talks", "the situation")."""
    start = token.idx
    return any(m.span.start <= start < m.span.end for m in context.mentions)


def _subject_owners_of(verb: Token) -> list[Token]:
    """The actors a subject belongs to: "the U.S. report is biased" -> the U.S."""
    subject = _active_subject(verb) or next(iter(_agents(verb)), None)
    if subject is None:
        return []
    return [subject] if _is_actor_token(subject) else _owners(subject)


def _objects(verbs: list[Token], inside: range) -> list[Token]:
    """Actors a verb acts on: its object, or the object of "against"/"on"/"at"/"of"."""
    found: list[Token] = []
    for verb in verbs:
        for child in verb.children:
            if child.i not in inside:
                continue
            if child.dep_ == "dobj":
                found.extend([child] if _is_actor_token(child) else _owners(child))
            elif child.dep_ == "prep" and child.lower_ in ("against", "on", "at", "of"):
                complement = next((c for c in child.children if c.dep_ == "pobj"), None)
                if complement is not None:
                    found.extend(
                        [complement] if _is_actor_token(complement) else _owners(complement)
                    )
    return found
