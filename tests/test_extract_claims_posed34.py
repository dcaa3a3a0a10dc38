"""Round 33 (content34, issue 12): a danger a deed "represents" or "constitutes" charges the
deed's doer as one it "poses" does, and a deed taken up again with no owner of its own
("Such actions pose a threat ...") charges the one doer of a hostile act the sentence before
names (``content_imputed.POSED_DANGERS``, a module switch; the ``posing_verb`` rows of
``kg/data/content_lexicon.tsv``).

The sentences are wire-style copy written for these tests, checked to be in no gold part of
either benchmark, each marked "constructed" beside it.

Round 35 (``realtests35``) searched ``corpus/`` and ``benchmarks/claims/pool/`` for real
sentences of these shapes in documents whose address is in no gold part, agreement file or blind
part's texts (``corpus/voa9.jsonl``, ``voa10.jsonl``, ``wikinews3.jsonl``) and found none: no
"represent(s)" or "constitute(s)" a threat or danger at all, no "Such/These actions pose", and
the real "poses a threat" sentences with no doer ("The climate crisis poses an existential threat
to the world.", a White House joint statement) have no speaker whose claim the tests read."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from kg.extract import extract
from kg.extract.claims import content_imputed
from kg.model import Article, Claim, Stance

ALLEGATIONS_GOLD = Path(__file__).parent.parent / "benchmarks" / "allegations" / "gold.jsonl"

#: constructed: no corpus sentence of this shape outside the gold parts
REPRESENTED = (
    "The minister said China's military drills near the island represent a direct threat to "
    "regional stability."
)
#: constructed: no corpus sentence of this shape outside the gold parts
CONSTITUTED = (
    "The spokesman said the missile launches by North Korea constitute a grave threat to peace."
)
#: constructed: no corpus sentence of this shape outside the gold parts
TAKEN_UP = (
    "Russian warships rammed and seized three Ukrainian vessels near the strait. "
    '"Such actions pose a threat to the security of all states in the region," the ministry said.'
)
#: constructed: no corpus sentence of this shape outside the gold parts
NO_DOER = "The minister said the floods represent a grave threat to the harvest."


def _said(nlp: Language, text: str) -> list[Claim]:
    """The claims of ``text``'s last sentence by its speaker (not the author's voice)."""
    doc = nlp(text)
    last = list(doc.sents)[-1].start_char
    claims = extract(doc, Article(id="t", text=text, source="test")).claims
    return [c for c in claims if c.cue is not None and c.cue.start >= last and c.claimer.span.text]


def _targets(claim: Claim) -> list[str]:
    return [t.span.text for t in claim.targets]


def test_the_switch_is_off_by_default() -> None:
    assert content_imputed.POSED_DANGERS is False


@pytest.mark.parametrize(("text", "doer"), [(REPRESENTED, "China"), (CONSTITUTED, "North Korea")])
def test_a_danger_a_deed_represents_charges_its_doer(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, text: str, doer: str
) -> None:
    (before,) = _said(nlp, text)
    assert before.stance is Stance.ASSERT
    monkeypatch.setattr(content_imputed, "POSED_DANGERS", True)
    (claim,) = _said(nlp, text)
    assert claim.stance is Stance.ACCUSE
    assert _targets(claim) == [doer]


def test_a_deed_taken_up_again_charges_the_doer_told_before(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    (before,) = _said(nlp, TAKEN_UP)
    assert before.stance is Stance.ACCUSE and _targets(before) == []
    monkeypatch.setattr(content_imputed, "POSED_DANGERS", True)
    (claim,) = _said(nlp, TAKEN_UP)
    assert claim.stance is Stance.ACCUSE
    assert _targets(claim) == ["Russian"]


def test_a_danger_no_one_is_charged_with_stays_an_assertion(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(content_imputed, "POSED_DANGERS", True)
    (claim,) = _said(nlp, NO_DOER)
    assert claim.stance is Stance.ASSERT


def test_the_sentences_are_in_no_gold_part() -> None:
    from tests.claim_helpers import assert_in_no_gold_part

    assert_in_no_gold_part(__file__, at_least=3)
    allegations = ALLEGATIONS_GOLD.read_text(encoding="utf-8")
    for text in (
        "represent a direct threat to regional stability",
        "constitute a grave threat to peace",
        "Such actions pose a threat to the security of all states in the region",
        "rammed and seized three Ukrainian vessels near the strait",
        "the floods represent a grave threat to the harvest",
    ):
        assert text not in allegations, text
