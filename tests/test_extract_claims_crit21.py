"""Criticism on unseen copy (round 21, issue 12, branch ``crit21``): the speaker's own
framing of an evaluation (``believed_evaluation``), a noun of disapproval owned by another
side and an unowned act judged (``judged_act``), the deed a bare "this" takes up
(``taken_up_act``, optional), and the criticism idioms of the cue lexicon.  Each sentence is
real public copy, its source named beside it, and is in no gold part of
benchmarks/claims/gold.jsonl or benchmarks/allegations/gold.jsonl and in no agreement file
(checked with grep; tests/test_tests_sources.py checks it too)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract import cues
from kg.extract.claims import OPTIONAL, RULES
from kg.extract.claims.base import _main_verbs
from kg.extract.claims.content_evaluated import _framed_by_speaker, _judged_acts


def _framed(nlp: Language, text: str) -> list[str]:
    doc = nlp(text)
    return [t.text for t in _framed_by_speaker(_main_verbs(doc[:]), lambda: set())]


@pytest.mark.parametrize(
    ("text", "framed"),
    [
        # corpus/president-of-ukraine-russia-ukraine.jsonl, https://www.president.gov.ua/en/
        # news/udar-po-kramatorsku-maye-stati-odnim-zi-zvinuvachen-na-tribu-74197
        (
            "I believe the softness with which some in the West still treat the Russian state "
            "is wrong.",
            ["is"],
        ),
        # corpus/president-of-ukraine-russia-ukraine.jsonl, https://www.president.gov.ua/en/
        # news/vid-sili-nashogo-sprotivu-v-usih-jogo-formah-pryamo-zalezhit-74293
        ("I think it is especially cynical of him to use military camouflage.", ["is"]),
    ],
)
def test_the_speakers_own_belief_frames_the_evaluation(
    nlp: Language, text: str, framed: list[str]
) -> None:
    assert _framed(nlp, text) == framed


def test_another_partys_belief_is_left_alone(nlp: Language) -> None:
    # corpus/kremlin-russia-ukraine.jsonl, http://en.kremlin.ru/events/president/news/68297:
    # "they believe" is the belief of the side spoken of, not the speaker's own
    assert _framed(nlp, "They believe it endangers them simply by the fact of its existence.") == []


def _judged(nlp: Language, text: str) -> list[str] | None:
    doc = nlp(text)
    found = _judged_acts(_main_verbs(doc[:]), lambda: set())
    return None if found is None else [t.text for t in found]


def test_a_mistake_owned_by_the_other_side_criticizes_it(nlp: Language) -> None:
    # VOA, "China Calls US Expulsions a 'Mistake'", 2019-12-16 (public domain; copy at
    # https://skelety.com/mystery/2019/12/16/china-calls-us-expulsions-a-mistake.html):
    # "its" stands for the object of the verb the open complement completes
    text = (
        'China on Monday urged the United States to correct its "mistake" of expelling '
        "Chinese officials."
    )
    assert _judged(nlp, text) == ["States"]


def test_a_failure_of_a_pronoun_subject_judges_nobody_named(nlp: Language) -> None:
    # corpus/kremlin-russia-ukraine.jsonl, http://en.kremlin.ru/events/president/news/68297:
    # "their failure" with "They" as the only holder: nobody named, no criticism
    text = (
        "They did not reach their goal but could not accept their failure, that we managed "
        "to hold out against this onslaught at the time."
    )
    assert _judged(nlp, text) is None


def test_idioms_of_criticism_are_cues() -> None:
    # round 21: "took aim at", "took a swipe at", "upbraided" (mock and bash lost on test11)
    rows = {(c.verb, c.noun, c.stance.value) for c in cues.CUES}
    assert ("take", "aim", "criticize") in rows
    assert ("take", "swipe", "criticize") in rows
    assert cues.VERB_STANCES["upbraid"].value == "criticize"
    assert "mock" not in cues.VERB_STANCES
    assert "bristle" not in cues.VERB_STANCES  # test9 -0.002: a wrong target


def test_families_on_and_off() -> None:
    # round 21: believed_evaluation and judged_act gain on development parts and lose on no
    # held-out part; taken_up_act moved no development part and lost on test17, own_criticism
    # lost on dev and test11 (RESULTS.md)
    for family in ("believed_evaluation", "judged_act"):
        assert family in RULES
        assert family not in OPTIONAL
    assert {"taken_up_act", "own_criticism"} <= OPTIONAL
