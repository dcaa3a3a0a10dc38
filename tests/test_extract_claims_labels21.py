"""A quoted label outside the lexicon (round 21, issue 12, branch ``labels21``): the
``quoted_label`` refinement of ``label`` reads a label in quotation marks applied to another
side or its act as a criticism, unless the label is neutral or positive (the content
lexicon's ``neutral_label``, ``positive_adj`` and ``merit_noun`` classes).  Each sentence is
real public copy, its source named beside it, and is in no gold part of
benchmarks/claims/gold.jsonl or benchmarks/allegations/gold.jsonl and in no agreement file
(checked with grep; tests/test_tests_sources.py checks it too)."""

from __future__ import annotations

from spacy.language import Language

from kg.extract.claims import OPTIONAL, RULES, labels
from kg.extract.claims.content_lexicon import NEUTRAL_LABELS
from kg.model import Stance
from tests.claim_helpers import NEWS_RULES, stance_pairs

#: The news rules with the optional family on.
WITH_QUOTED = NEWS_RULES | {"quoted_label"}


def test_quoted_label_ships_optional() -> None:
    # no development F1 gain (benchmarks/claims/RESULTS.md, round 21, labels21)
    assert "quoted_label" in RULES
    assert "quoted_label" in OPTIONAL
    assert "quoted_label" not in NEWS_RULES
    assert labels.QUOTED_LABEL_CRITICISM


def test_neutral_label_words_are_data() -> None:
    assert {"opportunity", "success", "low"} <= NEUTRAL_LABELS


def test_a_praising_quoted_label_is_no_criticism(nlp: Language) -> None:
    # corpus/president-of-ukraine-russia-ukraine.jsonl, https://www.president.gov.ua/en/
    # news/prezident-chlenstvo-ukrayini-v-nato-ce-pitannya-ukrayinskogo-72113
    text = (
        "In this context, Volodymyr Zelenskyy called the NATO summit, which will also take "
        'place in Madrid in June 2022, a "window of opportunity".'
    )
    assert stance_pairs(nlp, text, Stance.CRITICIZE, WITH_QUOTED) == []


def test_a_quoted_label_of_an_unowned_pronoun_is_no_criticism(nlp: Language) -> None:
    # corpus/president-of-ukraine-russia-ukraine.jsonl, https://www.president.gov.ua/en/
    # news/promova-prezidenta-ukrayini-volodimira-zelenskogo-na-zasidan-73809
    text = 'They call it a "special operation".'
    assert stance_pairs(nlp, text, Stance.CRITICIZE, WITH_QUOTED) == []
