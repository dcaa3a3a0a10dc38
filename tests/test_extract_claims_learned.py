"""The learned stance (``learned_stance``, :mod:`kg.extract.claims.learned`): a logistic
regression that relabels an assertion whose content carries a stance, with weights shipped
as data (``kg/data/stance_weights.tsv``) and trained by ``scripts/train_stance.py``.

Sentences from the dispute corpus (``corpus/kremlin-*.jsonl``) and wire-style reports that
are in no gold part of ``benchmarks/claims/gold.jsonl``.  The family is off by default
(``benchmarks/claims/RESULTS.md``, rounds 6, 10 and 11); the tests that switch it on use models
that say one stance whatever the features (or the shipped one at threshold 0.5), so that
they test the mechanism: which claims it may touch, the stance and targets it gives, the
rule it records."""

from __future__ import annotations

import importlib.util
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from spacy.language import Language

from kg.extract import extract
from kg.extract.claims import OPTIONAL, RULES, extract_claims
from kg.extract.claims.learned import (
    CLASSES,
    DENSE_GROUPS,
    StanceModel,
    dense,
    load_model,
    read_model,
    using,
    write_model,
)
from kg.extract.claims.learned import (
    features as learned_features,
)
from kg.extract.mentions import extract_mentions
from kg.ingest import article_id
from kg.model import Article, Claim, Stance

ROOT = Path(__file__).resolve().parents[1]
ON = RULES - OPTIONAL | {"learned_stance"}

#: corpus/kremlin-russia-ukraine.jsonl: an accusation the rules leave an assertion
SABOTAGE = (
    "The President of Russia also underscored that Kiev has continued its destructive "
    "policy of sabotaging the Minsk agreements."
)
#: corpus/president-of-ukraine-russia-ukraine.jsonl: accusations the rules leave assertions
#: (SABOTAGE is read by the rules since round 7: "a policy of sabotaging" is a record noun, and
#: its sentence on a lie Russia spreads since round 13: a lie is a wrong, ``wrong_noun``)
#: (since round 18 "underscores" needs a subject that can speak, so the original's "Each such
#: visit only underscores how absurd ..." is no claim: the sentence names its speaker instead)
#: (round 20, crit20: the original's "The President noted how absurd Russia's plans to seize
#: our state were" is read by the rules since ``evaluated_conduct``; replaced by a sentence of
#: corpus/state-department-russia-ukraine.jsonl, https://www.state.gov/secretary-blinkens-call-
#: with-turkish-foreign-minister-cavusoglu-7/, that the rules leave an assertion)
PLANS = (
    "The Secretary emphasized that Russia’s destructive actions will reverberate throughout "
    "Europe and the broader world."
)
#: after corpus/kremlin-belarus.jsonl: a denial by exculpation the rules leave an assertion
#: (the original's "purely defensive" is now a denial by the rules, ``_avows_innocent_purpose``)
DEFENSIVE = "I would like to point out that these exercises are routine and do not threaten anyone."
PLAIN = "The ministry said the talks would resume in Geneva on Monday."


def low_threshold():
    return using(replace(load_model(), threshold=0.5))


def only_claim(nlp: Language, text: str, rules: frozenset[str] | None = None) -> Claim:
    doc = nlp(text)
    found = extract_claims(doc, extract_mentions(doc), rules)
    assert len(found) == 1, found
    return found[0]


def test_the_shipped_weights_load_and_are_inspectable() -> None:
    model = load_model()
    assert model.classes == CLASSES
    assert 0.5 <= model.threshold <= 1.0
    assert len(model.weights) > 100
    # cue and content features, never a proper name: a reader can audit what it learned
    assert "cue=say" in model.weights
    assert any(name.startswith("lex=") for name in model.weights)
    assert "w=russia" not in model.weights and "w=ukraine" not in model.weights
    text = (ROOT / "kg" / "data" / "stance_weights.tsv").read_text(encoding="utf-8")
    again = read_model(write_model(model))
    probe = ["cue=say", "lex=hostile_act", "subj_side=other"]
    assert again.probabilities(probe) == pytest.approx(model.probabilities(probe), abs=1e-4)
    assert text.count("\n") > len(model.weights)  # one row per feature and class


def test_the_family_is_off_by_default(nlp: Language) -> None:
    assert "learned_stance" in RULES and "learned_stance" in OPTIONAL
    with low_threshold():
        assert only_claim(nlp, PLANS).stance is Stance.ASSERT
        doc = nlp(PLANS)
        article = Article(id=article_id(PLANS), text=PLANS, source="test")
        assert [c.stance for c in extract(doc, article).claims] == [Stance.ASSERT]


def always(stance: Stance, threshold: float = 0.5, margin: float = 5.0) -> StanceModel:
    """A model that gives ``stance`` the same high probability whatever the features."""
    return StanceModel(
        CLASSES, {}, tuple(margin if c is stance else 0.0 for c in CLASSES), threshold
    )


def test_relabels_a_content_borne_accusation_with_its_target(nlp: Language) -> None:
    with using(always(Stance.ACCUSE)):
        claim = only_claim(nlp, PLANS, ON)
    assert claim.stance is Stance.ACCUSE
    assert [t.span.text for t in claim.targets] == ["Russia"]
    assert claim.rule == "reported_speech+learned_stance"


def test_relabels_an_exculpation_as_a_denial(nlp: Language) -> None:
    with using(always(Stance.DENY)):
        claim = only_claim(nlp, DEFENSIVE, ON)
    assert claim.stance is Stance.DENY
    assert claim.rule.endswith("+learned_stance")


def test_leaves_a_plain_report_alone(nlp: Language) -> None:
    with low_threshold():
        claim = only_claim(nlp, PLAIN, ON)
    assert claim.stance is Stance.ASSERT
    assert "learned_stance" not in claim.rule


def test_the_threshold_abstains_where_the_model_is_unsure(nlp: Language) -> None:
    """The probability must clear the model's threshold (about 0.58 here: 0.5 passes,
    0.6 does not)."""
    with using(always(Stance.ACCUSE, 0.5, 1.7)):
        assert only_claim(nlp, PLANS, ON).stance is Stance.ACCUSE
    with using(always(Stance.ACCUSE, 0.6, 1.7)):
        assert only_claim(nlp, PLANS, ON).stance is Stance.ASSERT


def test_features_are_types_not_names(nlp: Language) -> None:
    doc = nlp(SABOTAGE)
    claim = only_claim(nlp, SABOTAGE)
    names = learned_features(claim, doc)
    assert "cue=underscore" in names
    assert "root=continue" not in names  # a content word's own lemma is not kept
    assert not any(n.startswith("w=") for n in names)
    assert "subj=GPE" in names  # Kiev as an entity type
    assert "subj_side=other" in names  # not the speaker's side
    assert not any("kiev" in n.lower() or "minsk" in n.lower() for n in names)
    assert "lex=hostile_act" in names  # sabotage


def _train_module():
    sklearn = pytest.importorskip("sklearn")
    assert sklearn is not None
    path = ROOT / "scripts" / "train_stance.py"
    spec = importlib.util.spec_from_file_location("train_stance", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("train_stance", module)
    spec.loader.exec_module(module)
    return module


def test_training_is_deterministic_and_learns_the_fixture() -> None:
    train = _train_module().train
    fixture = [
        ("a", ["cue=say", "lex=hostile_act", "subj_side=other"], Stance.ACCUSE, True, {}),
        ("a", ["cue=say", "lex=hostile_act", "subj=GPE"], Stance.ACCUSE, True, {}),
        ("b", ["cue=say", "root_neg", "neg"], Stance.DENY, True, {}),
        ("b", ["cue=say", "root_neg", "subj=SELF"], Stance.DENY, True, {}),
        ("c", ["cue=say", "root=resume"], Stance.ASSERT, True, {}),
        ("c", ["cue=say", "root=arrive"], Stance.ASSERT, True, {}),
        ("c", ["cue=say", "modal=will", "lex=response_verb"], Stance.THREATEN, True, {}),
        ("c", ["cue=say", "lex=critical_adj"], Stance.CRITICIZE, True, {}),
    ]
    first = train(fixture, 1.0, 1)
    second = train(list(fixture), 1.0, 1)
    assert first == second
    assert write_model(first) == write_model(second)
    assert first.predict(["cue=say", "lex=hostile_act"])[0] is Stance.ACCUSE
    assert first.predict(["cue=say", "root_neg"])[0] is Stance.DENY


def test_an_accusation_needs_someone_to_accuse(nlp: Language) -> None:
    """Whatever the model says, an accusation is made only when the content names whom it
    is aimed at (a model that always says accuse, from its bias alone)."""
    always = StanceModel(CLASSES, {}, (0.0, 5.0, 0.0, 0.0, 0.0), 0.5)
    nobody_text = "The spokesman said the talks had been postponed until further notice."
    named_text = "The spokesman said Minsk had quietly changed its position on the talks."
    assert only_claim(nlp, named_text, ON).stance is Stance.ASSERT  # the rules: an assertion
    with using(always):
        nobody = only_claim(nlp, nobody_text, ON)
        named = only_claim(nlp, named_text, ON)
    assert nobody.stance is Stance.ASSERT and nobody.rule == "reported_speech"
    assert named.stance is Stance.ACCUSE
    assert named.rule == "reported_speech+learned_stance"
    assert [t.span.text for t in named.targets] == ["Minsk"]


def test_constructions_are_features(nlp: Language) -> None:
    """A condition ("until"), a negated prediction ("will not resume"), an ongoing act."""
    until = (
        "The ministry said Washington will suspend new economic aid until the junta frees "
        "the prisoners."
    )
    names = learned_features(only_claim(nlp, until), nlp(until))
    assert "cond=until" in names and "cond" in names
    resume = "The foreign ministry said the talks will not resume if the shelling continues."
    names = learned_features(only_claim(nlp, resume), nlp(resume))
    assert "modal_neg" in names and "cond=if" in names
    pushing = "The agency said the United States is pushing the peninsula toward war."
    names = learned_features(only_claim(nlp, pushing), nlp(pushing))
    assert "progressive" in names and "content_after_cue" in names


def test_an_accusation_may_aim_at_the_content_subject(nlp: Language) -> None:
    """A pronoun or common-noun subject the resolver reads ("the group") is the accused
    when the content names no actor."""
    always = StanceModel(CLASSES, {}, (0.0, 5.0, 0.0, 0.0, 0.0), 0.5)
    text = "The army said the group had stepped up its campaign of raids in recent weeks."
    with using(always):
        claim = only_claim(nlp, text, ON)
    assert claim.stance is Stance.ACCUSE
    assert [t.span.text for t in claim.targets] == ["the group"]


def test_a_threat_may_name_nobody(nlp: Language) -> None:
    """A threat of harm to nobody named ("not a drop of oil will pass") stands."""
    always = StanceModel(CLASSES, {}, (0.0, 0.0, 0.0, 0.0, 5.0), 0.5)
    text = "The vice president said not a drop of oil would pass through the strait."
    with using(always):
        claim = only_claim(nlp, text, ON)
    assert claim.stance is Stance.THREATEN
    assert claim.targets == ()


# --- round 11: contextual vectors (doc.tensor) ---------------------------------------------

SHELLED = "The ministry said rebels shelled the town overnight."
BOMBARDED = "The ministry said militants bombarded the village overnight."
RESUME = "The ministry said the talks would resume in Geneva on Monday."


def test_dense_blocks_are_rows_of_the_tensor(nlp: Language) -> None:
    """One block of the tok2vec width per group: the content's mean, its main verb, that
    verb's subject and object, the cue; a group with no token is zeros."""
    doc = nlp(SHELLED)
    claim = only_claim(nlp, SHELLED)
    width = doc.tensor.shape[1]
    vector = dense(claim, doc)
    assert vector is not None and vector.shape == (len(DENSE_GROUPS) * width,)
    content = doc.char_span(claim.content.start, claim.content.end, alignment_mode="expand")
    words = [t.i for t in content if not t.is_punct]
    assert np.allclose(vector[:width], doc.tensor[words].mean(axis=0), atol=1e-6)
    verb = next(t for t in doc if t.lower_ == "shelled")
    assert np.allclose(vector[width : 2 * width], doc.tensor[verb.i], atol=1e-6)
    subject = next(t for t in doc if t.lower_ == "rebels")
    assert np.allclose(vector[2 * width : 3 * width], doc.tensor[subject.i], atol=1e-6)
    cue = next(t for t in doc if t.lower_ == "said")
    assert np.allclose(vector[4 * width :], doc.tensor[cue.i], atol=1e-6)
    only = dense(claim, doc, ("verb", "cue"))
    assert only is not None and np.allclose(
        only, np.concatenate([vector[width : 2 * width], vector[4 * width :]])
    )
    resume = nlp(RESUME)
    no_object = dense(only_claim(nlp, RESUME), resume, ("obj",))
    assert no_object is not None and not no_object.any()  # "resume" has no object


def test_dense_generalises_across_words(nlp: Language) -> None:
    """Two hostile acts told with different words are nearer to each other than to a
    schedule told the same way (the content's mean and its verb)."""

    def block(text: str, group: str) -> np.ndarray:
        vector = dense(only_claim(nlp, text), nlp(text), (group,))
        assert vector is not None
        return vector / np.linalg.norm(vector)

    for group in ("content", "verb"):
        shelled, bombarded, resume = (block(t, group) for t in (SHELLED, BOMBARDED, RESUME))
        assert shelled @ bombarded > shelled @ resume + 0.2


def test_no_tensor_no_vector_and_no_relabel(nlp: Language) -> None:
    """A parse without the tok2vec output gives no vector, and a model with dense weights
    then leaves the claim alone (rather than guess from its binary features)."""
    doc = nlp(PLANS)
    claim = only_claim(nlp, PLANS)
    doc.tensor = np.zeros((0, 0), dtype="float32")
    assert dense(claim, doc) is None
    width = len(DENSE_GROUPS) * 96
    model = StanceModel(
        CLASSES, {}, (0.0, 5.0, 0.0, 0.0, 0.0), 0.5, DENSE_GROUPS, np.zeros((5, width))
    )
    with using(model):
        found = extract_claims(doc, extract_mentions(doc), ON)
    assert [c.stance for c in found] == [Stance.ASSERT]
    with using(model):  # the same model on a parse with its tensor relabels
        assert only_claim(nlp, PLANS, ON).stance is Stance.ACCUSE
    narrow = replace(model, dense_weights=np.zeros((5, 10)))
    with using(narrow):  # weights for another model's vectors: left alone, no error
        assert only_claim(nlp, PLANS, ON).stance is Stance.ASSERT


def test_dense_weights_round_trip_and_score(nlp: Language) -> None:
    """``dense:K`` rows hold the weight of the vector's K-th float; the vector moves the
    scores as a dot product."""
    width = 2 * 96
    matrix = np.zeros((len(CLASSES), width))
    matrix[1, 0] = 2.0  # accuse grows with the first float of the verb's vector
    matrix[2, 100] = -1.5
    model = StanceModel(
        CLASSES, {"cue=say": (0.1, 0.0, 0.0, 0.0, 0.0)}, (0.0,) * 5, 0.6, ("verb", "cue"), matrix
    )
    text = write_model(model)
    assert "# dense: verb cue 96" in text and "dense:0\taccuse\t2.000000" in text
    again = read_model(text)
    assert again.dense == ("verb", "cue")
    assert again.dense_weights is not None and np.allclose(again.dense_weights, matrix)
    vector = np.zeros(width)
    vector[0] = 1.0
    probabilities = again.probabilities(["cue=say"], vector)
    assert probabilities == pytest.approx(model.probabilities(["cue=say"], vector))
    assert max(probabilities, key=lambda c: probabilities[c]) is Stance.ACCUSE
    with pytest.raises(ValueError):
        again.probabilities([], np.zeros(5))


def test_training_with_vectors_is_deterministic_and_folds_the_scaling() -> None:
    """The trainer standardises the vectors and folds mean and scale into the weights: the
    shipped model scores raw ``doc.tensor`` rows."""
    module = _train_module()
    rng = np.random.default_rng(0)
    width = len(DENSE_GROUPS) * 4
    fixture = []
    for k in range(40):
        label = Stance.ACCUSE if k % 2 else Stance.ASSERT
        vector = rng.normal(size=width) + (3.0 if label is Stance.ACCUSE else 0.0)
        fixture.append(("a", ["cue=say"], label, True, {}, vector))
    module.DENSE[:] = ["content", "cue"]
    try:
        first = module.train(fixture, 1.0, 1)
        second = module.train(list(fixture), 1.0, 1)
    finally:
        module.DENSE[:] = []
    assert first.dense == ("content", "cue") and first.dense_weights is not None
    assert first.dense_weights.shape == (len(CLASSES), 8)
    assert write_model(first) == write_model(second)
    high = np.full(8, 3.0)
    assert first.predict(["cue=say"], high)[0] is Stance.ACCUSE
    assert first.predict(["cue=say"], np.zeros(8))[0] is Stance.ASSERT
    module.DENSE[:], module.PCA[0] = ["content", "cue"], 2
    try:  # two principal components, folded into weights over the raw 8 floats
        projected = module.train(fixture, 1.0, 1)
    finally:
        module.DENSE[:], module.PCA[0] = [], 0
    assert projected.dense_weights is not None
    assert projected.dense_weights.shape == (len(CLASSES), 8)
    assert np.linalg.matrix_rank(projected.dense_weights) <= 2
    assert projected.predict(["cue=say"], high)[0] is Stance.ACCUSE
