"""The paraphrase join's lower bar for two allegations of one event class
(:data:`kg.resolve.paraphrases.PARAPHRASE_ACT_BAR`, round 25, off by default).

Corpus sentences of the President of Ukraine (corpus/president-of-ukraine-russia-ukraine.jsonl),
in no gold or agreement part: "They struck at our fuel infrastructure again ..."
(president.gov.ua/en/news/zavtra-pochinayetsya-istorichnij-tizhden-koli-mi-pochuyemo-v-75913,
2022-06-19); "... 80 years later, Russia killed them for a second time"
(president.gov.ua/en/news/zvernennya-prezidenta-ukrayini-volodimira-zelenskogo-do-parl-73441,
2022-03-08); "No other state since World War II ... threat to free navigation ..."
(president.gov.ua/en/news/promova-prezidenta-ukrayini-volodimira-zelenskogo-v-parlamen-73961,
2022-03-30).
"""

from __future__ import annotations

import pytest

import kg.resolve.paraphrases as paraphrases
from kg.model import AllegationSummary
from kg.resolve.propositions import _features
from tests.allegation_helpers import summary

STRUCK = summary(
    "struck",
    "2022-06-19",
    "They struck at our fuel infrastructure again - they want to worsen the fuel situation",
)
SECOND_TIME = summary(
    "second",
    "2022-03-08",
    "This is the place where the Nazis executed 100,000 people during World War II. "
    "80 years later, Russia killed them for a second time",
)
NAVIGATION = summary(
    "navigation",
    "2022-03-30",
    "No other state since World War II and the Nazi aggression at sea has posed such a threat"
    " to free navigation as Russia has already posed",
)


def vector(item: AllegationSummary) -> dict[str, float]:
    return dict.fromkeys(_features(item), 1.0)


def test_off_by_default() -> None:
    assert paraphrases.PARAPHRASE_ACT_BAR is None
    assert not paraphrases._act_near(vector(STRUCK), vector(SECOND_TIME), 0.99)


def test_one_event_class_joins_at_the_lower_bar(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(paraphrases, "PARAPHRASE_ACT_BAR", 0.3)
    # a strike and a killing share the class of force (CAMEO 190)
    assert paraphrases._act_near(vector(STRUCK), vector(SECOND_TIME), 0.35)
    assert not paraphrases._act_near(vector(STRUCK), vector(SECOND_TIME), 0.25)


def test_no_shared_class_needs_the_whole_bar(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(paraphrases, "PARAPHRASE_ACT_BAR", 0.3)
    # a threat to navigation names no act of force: the words alone ("World War II",
    # "Nazi") are no shared act
    assert not paraphrases._act_near(vector(NAVIGATION), vector(SECOND_TIME), 0.35)
