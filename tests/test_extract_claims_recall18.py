"""Round 18, issue 12 (claims missed outright): a free relative's label in quotation marks
is the speaker's own term for a named doer's conduct ("urged X to drop what he called
"gunboat diplomacy""; "what it called "double dealing" on X's part"), and a hostile act so
labelled is done by the appeal's addressee ("urged X to halt what it called incursions").
Wire-copy sentences about disputes, in no gold part."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.claims import labels
from kg.model import Stance
from tests.claim_helpers import assert_in_no_gold_part, claims_of, targets


def _aimed(nlp: Language, text: str) -> list[tuple[Stance, list[str]]]:
    return [(c.stance, targets(c)) for c in claims_of(nlp, text) if targets(c)]


@pytest.mark.parametrize(
    ("text", "stance", "target"),
    [
        (
            'The foreign ministry urged Tokyo to drop what it described as "gunboat '
            'diplomacy" in the disputed waters.',
            Stance.CRITICIZE,
            "Tokyo",
        ),
        (
            'Beijing summoned the ambassador to protest what it called "double dealing" on '
            "Seoul's part.",
            Stance.CRITICIZE,
            "Seoul",
        ),
        (
            "The navy urged Manila to halt what it called incursions into its waters.",
            Stance.ACCUSE,
            "Manila",
        ),
    ],
)
def test_quoted_free_relative_label_aims_at_the_doer(
    nlp: Language, text: str, stance: Stance, target: str
) -> None:
    assert any(s is stance and target in t for s, t in _aimed(nlp, text)), _aimed(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # unquoted and no evaluation: the writer's words, no claim
        "The envoy urged Nairobi to join what he called a regional dialogue on the border.",
        # quoted, but the labeller's own act: nobody else's conduct
        'The president praised what he called "a new chapter" in relations with Hanoi.',
    ],
)
def test_no_doer_or_no_quotation_is_no_claim(nlp: Language, text: str) -> None:
    assert not any(s in (Stance.CRITICIZE, Stance.ACCUSE) for s, _ in _aimed(nlp, text))


def test_flag_off_restores_the_old_reading(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(labels, "QUOTED_FREE_LABEL", False)
    text = (
        'The foreign ministry urged Tokyo to drop what it described as "gunboat diplomacy" '
        "in the disputed waters."
    )
    assert not any("Tokyo" in t for _, t in _aimed(nlp, text))


def test_sentences_are_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, at_least=5)
