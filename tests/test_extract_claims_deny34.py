"""Denials told in the press-service register (round 33, issue 12, branch ``deny34``).

Five switches: ``kg.nlp.CURLY_CONTRACTIONS`` (a contraction printed with a curly
apostrophe, "That’s", "They’re", "isn’t", gets its straight form's lemma, so that the rules
asking for "be" or "not" read the statements and quotations that print them so),
``content_deny.BE_OBJECTS`` (the parser's object of "be" is its attribute: "That’s a lie"
with a curly apostrophe), ``labels.STRANDED_FALSITY`` (a verdict of falsehood that ends a
label verb's long object, hung by the parser inside the object's modifier: "called the video
of the alleged confession fake"), ``targets_denials.POINTED_DENIALS`` (a denial whose subject
points back, "That's a lie", answers the one accuser of the sentence before, whatever side its
speaker is known to speak for) and, off, ``base.COMMA_PARTICIPLE_LABELS`` (a label participle
after a comma goes on with the report's speaker: "X said P, calling Y's claims a lie" is X's).

The two lemma tests' sentences are real public copy (their sources beside them; the curly
possessive's, round 35 ``realtests35``, a State Department post of ``corpus/``, public domain,
whose address is in no gold part, agreement file or blind part's texts).  The others were
written for these tests in the register of the State Department and President of Ukraine
items, each marked "constructed" beside it: no real sentence of these parse shapes is in
``corpus/`` or ``benchmarks/claims/pool/`` outside the gold parts and the corpus texts a blind
part draws on (round 35 searched again: no curly or straight "That's a lie / not the case",
no "called X fake / a lie / an exaggeration / a forgery", no "calling ... a lie").  Every
sentence here is in no gold part of benchmarks/claims/gold.jsonl or
benchmarks/allegations/gold.jsonl (tests/test_tests_sources.py checks it).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

import kg.nlp
from kg.extract.claims import base, content_deny, labels, targets_denials
from kg.model import Stance
from tests.claim_helpers import stance_pairs


def test_the_switches_ship_as_measured() -> None:
    # benchmarks/claims/RESULTS.md, "Round 33, deny34"
    assert kg.nlp.CURLY_CONTRACTIONS
    assert labels.STRANDED_FALSITY
    assert not base.COMMA_PARTICIPLE_LABELS  # no first-half triple moved
    assert content_deny.BE_OBJECTS
    assert targets_denials.POINTED_DENIALS


def test_a_curly_contraction_gets_its_straight_lemma(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The White House, remarks of President Biden in the State of the Union address,
    # 1 March 2022 (public domain)
    text = (
        "That’s why the NATO Alliance was created to secure peace and stability in Europe "
        "after World War 2."
    )
    monkeypatch.setattr(kg.nlp, "CURLY_CONTRACTIONS", True)
    assert [t.lemma_ for t in nlp(text) if t.lower_ == "’s"] == ["be"]
    monkeypatch.setattr(kg.nlp, "CURLY_CONTRACTIONS", False)
    assert [t.lemma_ for t in nlp(text) if t.lower_ == "’s"] != ["be"]


def test_a_curly_possessive_keeps_its_lemma(nlp: Language) -> None:
    # the possessive is no verb: only verbs and auxiliaries take "be"; real, from
    # https://twitter.com/StateDept/status/1575904616084111360
    # (corpus/state-department-x-russia-referenda.jsonl)
    doc = nlp(
        "The United States does not and will never recognize any of the Kremlin’s claims to "
        "sovereignty over parts of Ukraine that it seized by force and now purports to "
        "incorporate into Russia."
    )
    assert [t.lemma_ for t in doc if t.lower_ == "’s"] != ["be"]


def test_a_curly_rebuttal_is_a_denial(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    # constructed: no corpus sentence of this shape outside the gold parts
    text = (
        "Moscow accused Kyiv of shelling the power plant on Sunday. "
        "“That’s simply not the case,” the Ukrainian foreign minister said on Monday."
    )
    monkeypatch.setattr(kg.nlp, "CURLY_CONTRACTIONS", True)
    assert stance_pairs(nlp, text, Stance.DENY)
    monkeypatch.setattr(kg.nlp, "CURLY_CONTRACTIONS", False)
    assert not stance_pairs(nlp, text, Stance.DENY)


def test_a_falsity_stranded_in_a_long_object_is_a_denial(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    # constructed: no corpus sentence of this shape outside the gold parts
    # "fake" is parsed as a modifier of "confession" inside the object
    text = "The embassy called the video of the alleged confession fake."
    monkeypatch.setattr(labels, "STRANDED_FALSITY", True)
    assert [c for c, _ in stance_pairs(nlp, text, Stance.DENY)] == ["The embassy"]
    monkeypatch.setattr(labels, "STRANDED_FALSITY", False)
    assert not stance_pairs(nlp, text, Stance.DENY)


def test_a_stranded_falsity_needs_a_said_thing(nlp: Language) -> None:
    # constructed: no corpus sentence of this shape outside the gold parts
    # "the spread of lies" is no claim called false: no denial
    text = "The minister called the spread of lies on social media by the occupiers."
    assert not stance_pairs(nlp, text, Stance.DENY)


def test_a_label_participle_after_a_report_is_the_speakers(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    # constructed: no corpus sentence of this shape outside the gold parts
    text = (
        "Kuleba said Ukraine was not planning any attack on the region, calling the Russian "
        "claims a lie."
    )
    monkeypatch.setattr(base, "COMMA_PARTICIPLE_LABELS", True)
    assert [c for c, _ in stance_pairs(nlp, text, Stance.DENY)] == ["Kuleba"]
    monkeypatch.setattr(base, "COMMA_PARTICIPLE_LABELS", False)
    assert [c for c, _ in stance_pairs(nlp, text, Stance.DENY)] == ["Ukraine"]


#: A charge, then a rebuttal whose subject points back at it, its apostrophe curly
#: (constructed: no corpus sentence of this shape outside the gold parts).
POINTED = (
    "Moscow accused Kyiv of shelling the power plant on Sunday. "
    "“That’s a lie,” Mykhailo Podolyak, an adviser to the Ukrainian president, said on Monday."
)


def test_the_object_of_be_is_its_attribute(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(content_deny, "BE_OBJECTS", True)
    assert [c for c, _ in stance_pairs(nlp, POINTED, Stance.DENY)] == ["Mykhailo Podolyak"]
    monkeypatch.setattr(content_deny, "BE_OBJECTS", False)
    assert not stance_pairs(nlp, POINTED, Stance.DENY)


def test_a_pointed_denial_answers_the_accuser_before(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(targets_denials, "POINTED_DENIALS", True)
    assert stance_pairs(nlp, POINTED, Stance.DENY) == [("Mykhailo Podolyak", ["Moscow"])]
    monkeypatch.setattr(targets_denials, "POINTED_DENIALS", False)
    assert stance_pairs(nlp, POINTED, Stance.DENY) == [("Mykhailo Podolyak", [])]


def test_a_pointed_denial_needs_one_accuser_before(nlp: Language) -> None:
    # no charge in the sentence before: no target (constructed: no corpus sentence of this
    # shape outside the gold parts)
    text = (
        "The power plant lost its last external power line on Sunday. "
        "“That’s a lie,” Mykhailo Podolyak, an adviser to the Ukrainian president, said."
    )
    assert all(found == [] for _, found in stance_pairs(nlp, text, Stance.DENY))


def test_an_exaggeration_or_a_forgery_is_a_verdict_of_falsehood(nlp: Language) -> None:
    # kg.extract.cues.DENY_EVALUATIONS gained "forgery", "forgeries" and "exaggeration"
    # (constructed: no corpus sentence of this shape outside the gold parts; the corpus's
    # "exaggeration" is "without exaggeration", its "forgery" the forging of PCR tests)
    text = "The ministry called the claims published by the rebels an exaggeration."
    assert [c for c, _ in stance_pairs(nlp, text, Stance.DENY)] == ["The ministry"]
    text = "The embassy said the letter attributed to the prime minister was a forgery."
    assert [c for c, _ in stance_pairs(nlp, text, Stance.DENY)] == ["The embassy"]
