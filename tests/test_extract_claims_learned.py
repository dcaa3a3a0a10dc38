"""The learned stance (``learned_stance``, :mod:`kg.extract.claims.learned`): a logistic
regression that relabels an assertion whose content carries a stance, with weights shipped
as data (``kg/data/stance_weights.tsv``) and trained by ``scripts/train_stance.py``.

Sentences from the dispute corpus (``corpus/kremlin-*.jsonl``) and wire-style reports that
are in no gold part of ``benchmarks/claims/gold.jsonl``.  The family is off by default
(``benchmarks/claims/RESULTS.md``, rounds 6 and 10); the tests that switch it on use models
that say one stance whatever the features (or the shipped one at threshold 0.5), so that
they test the mechanism: which claims it may touch, the stance and targets it gives, the
rule it records."""

from __future__ import annotations

import importlib.util
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from spacy.language import Language

from kg.extract import extract
from kg.extract.claims import OPTIONAL, RULES, extract_claims
from kg.extract.claims.learned import (
    CLASSES,
    StanceModel,
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
#: (SABOTAGE is read by the rules since round 7: "a policy of sabotaging" is a record noun)
LIE = (
    "The President stressed that Russia is trying to spread this lie in Africa, Asia and "
    "Europe, where there may be a problem of food shortages."
)
PLANS = "Each such visit only underscores how absurd Russia's plans to seize our state were."
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
        assert only_claim(nlp, LIE).stance is Stance.ASSERT
        doc = nlp(LIE)
        article = Article(id=article_id(LIE), text=LIE, source="test")
        assert [c.stance for c in extract(doc, article).claims] == [Stance.ASSERT]


def always(stance: Stance, threshold: float = 0.5, margin: float = 5.0) -> StanceModel:
    """A model that gives ``stance`` the same high probability whatever the features."""
    return StanceModel(
        CLASSES, {}, tuple(margin if c is stance else 0.0 for c in CLASSES), threshold
    )


def test_relabels_a_content_borne_accusation_with_its_target(nlp: Language) -> None:
    with using(always(Stance.ACCUSE)):
        claim = only_claim(nlp, LIE, ON)
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
        assert only_claim(nlp, LIE, ON).stance is Stance.ACCUSE
    with using(always(Stance.ACCUSE, 0.6, 1.7)):
        assert only_claim(nlp, LIE, ON).stance is Stance.ASSERT


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
