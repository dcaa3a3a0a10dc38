"""Round 34 (evals35, issue 12): evaluations read as denial or assertion where the guide has
criticism, three module switches (the first two on by their bar, the third off):

* ``content_evaluated.EVALUATED_DEEDS``: an evaluation of the denial lexicon that judges
  another side's deed ("it was the wrong move by X", "it was absurd that X would close the
  corridor") criticizes X; one that judges something claimed ("it is absurd that X claims
  ...") stays a denial;
* ``content_label.WITHHELD_TRUST``: trust named as a noun and withheld ("there is no trust in
  X") criticizes X, as "can no longer trust X" does;
* ``content_evaluated.FORETOLD_HINDRANCE``: a harm to a good foretold of another side's deed
  ("X's decision will hinder the peace process", "would make the crisis far worse")
  criticizes the deed's owner.

The real sentences are quoted verbatim from ``corpus/*.jsonl`` texts whose URL is in no gold
or agreement file of either benchmark (the URL is named beside each).  The corpus has no
sentence of the three positive constructions outside the gold parts, so those are written
for these tests (said so beside each), checked to be in no gold part."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from kg.extract import extract
from kg.extract.claims import content_evaluated, content_label
from kg.model import Article, Claim, Stance

ROOT = Path(__file__).parent.parent

# written for these tests (no corpus sentence outside the gold parts has the construction)
ABSURD_DEED = (
    "The spokesman said it was absurd that Azerbaijan would close the corridor during the talks."
)
HYPOCRITICAL_STEP = "The minister said it was a hypocritical step by Washington."
ABSURD_CLAIM = "The spokesman said it was absurd that Azerbaijan claims the village was shelled."
NO_TRUST = "The minister said there is no trust in Moscow after the shelling of the convoy."
OWN_TRUST = "The minister said there is no trust in our army."
HINDER = "The spokesman said Beijing's decision will hinder the peace process."
WORSE = "The spokesman said the Kremlin's move would make the crisis far worse."
# https://www.president.gov.ua/en/news/prezident-prijnyav-virchi-gramoti-v-posliv-ssha-indiyi-ta-mo-75561
FAITH = (
    "The President urged to support Ukraine and have faith in our state, because sooner or "
    "later the Ukrainian people always overcome any occupier."
)
# https://www.whitehouse.gov/briefing-room/speeches-remarks/2022/04/20/remarks-on-a-modern-american-industrial-strategy-by-nec-director-brian-deese/
EXACERBATE = (
    "The pandemic has underscored how major physical shocks can be both impulsive and "
    "inexorable, and we know climate change will only exacerbate them."
)
WRITTEN = (ABSURD_DEED, HYPOCRITICAL_STEP, ABSURD_CLAIM, NO_TRUST, OWN_TRUST, HINDER, WORSE)
QUOTED = (
    (FAITH, "prezident-prijnyav-virchi-gramoti-v-posliv-ssha-indiyi-ta-mo-75561"),
    (EXACERBATE, "remarks-on-a-modern-american-industrial-strategy-by-nec-director-brian-deese"),
)


def _said(nlp: Language, text: str) -> list[Claim]:
    """The claims of ``text`` by a speaker (not the author's voice)."""
    claims = extract(nlp(text), Article(id="t", text=text, source="test")).claims
    return [c for c in claims if c.cue is not None and c.claimer.span.text]


def _targets(claim: Claim) -> list[str]:
    return [t.span.text for t in claim.targets]


def _gold_texts() -> str:
    files = [
        ROOT / "benchmarks" / "claims" / "gold.jsonl",
        ROOT / "benchmarks" / "allegations" / "gold.jsonl",
        *sorted((ROOT / "benchmarks" / "claims" / "agreement").glob("*.jsonl")),
        *sorted(p for p in (ROOT / "benchmarks" / "claims" / "pool").rglob("*") if p.is_file()),
    ]
    return "\n".join(p.read_text(encoding="utf-8", errors="ignore") for p in files if p.exists())


def test_the_sentences_are_in_no_gold_part() -> None:
    gold = _gold_texts()
    for text in WRITTEN:
        assert text not in gold
    for text, url in QUOTED:
        assert url not in gold
        assert text in "\n".join(
            p.read_text(encoding="utf-8") for p in (ROOT / "corpus").glob("*.jsonl")
        )


def test_the_switches_default_as_their_bar_decided() -> None:
    assert content_evaluated.EVALUATED_DEEDS is True
    assert content_label.WITHHELD_TRUST is False  # off: its gain was on the class it came from
    assert content_evaluated.FORETOLD_HINDRANCE is False


@pytest.mark.parametrize(
    ("text", "doer"), [(ABSURD_DEED, "Azerbaijan"), (HYPOCRITICAL_STEP, "Washington")]
)
def test_an_evaluation_of_the_other_sides_deed_is_criticism(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, text: str, doer: str
) -> None:
    monkeypatch.setattr(content_evaluated, "EVALUATED_DEEDS", False)
    (before,) = _said(nlp, text)
    assert before.stance is Stance.DENY
    monkeypatch.setattr(content_evaluated, "EVALUATED_DEEDS", True)
    (claim,) = _said(nlp, text)
    assert claim.stance is Stance.CRITICIZE
    assert _targets(claim) == [doer]


def test_an_evaluation_of_something_claimed_stays_a_denial(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(content_evaluated, "EVALUATED_DEEDS", True)
    stances = [c.stance for c in _said(nlp, ABSURD_CLAIM) if c.claimer.span.text == "The spokesman"]
    assert stances == [Stance.DENY]


def test_trust_withheld_from_the_other_side_is_criticism(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(content_label, "WITHHELD_TRUST", False)
    (before,) = _said(nlp, NO_TRUST)
    assert before.stance is Stance.ASSERT
    monkeypatch.setattr(content_label, "WITHHELD_TRUST", True)
    (claim,) = _said(nlp, NO_TRUST)
    assert claim.stance is Stance.CRITICIZE
    assert _targets(claim) == ["Moscow"]


@pytest.mark.parametrize("text", [OWN_TRUST, FAITH])
def test_trust_in_ones_own_side_or_trust_not_withheld_is_no_criticism(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    monkeypatch.setattr(content_label, "WITHHELD_TRUST", True)
    assert all(c.stance is not Stance.CRITICIZE for c in _said(nlp, text))


@pytest.mark.parametrize(("text", "owner"), [(HINDER, "Beijing"), (WORSE, "Kremlin")])
def test_a_hindrance_foretold_of_the_other_sides_deed_is_criticism(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, text: str, owner: str
) -> None:
    (before,) = _said(nlp, text)
    assert before.stance is Stance.ASSERT
    monkeypatch.setattr(content_evaluated, "FORETOLD_HINDRANCE", True)
    (claim,) = _said(nlp, text)
    assert claim.stance is Stance.CRITICIZE
    assert any(owner in t for t in _targets(claim))


def test_a_harm_foretold_of_no_ones_deed_is_no_criticism(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(content_evaluated, "FORETOLD_HINDRANCE", True)
    assert all(c.stance is not Stance.CRITICIZE for c in _said(nlp, EXACERBATE))
