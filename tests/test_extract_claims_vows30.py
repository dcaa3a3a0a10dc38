"""Threats told as vows or as the warner's own moves, and concern told as a passive feeling
(round 29, issue 12, branch ``vows30``; each behind a switch):

- ``speech_threats.OWN_MOVES``: "warned that we will have to block all export-import
  operations with Russia" threatens Russia (a move of the warner's own side aimed at a named
  party); "we warned that Russia is considering ..." (another side's doing) does not;
- ``threats.HOSTILE_VOWS`` (a vowed hostile act, or one done by force, aimed at a named
  party) and ``threats.FORCED_VOWS`` (such a vow aimed at nobody named): a promise to speed
  up an accession, a pledge to cooperate or to defend rights stays no threat (the corpus
  outside the gold and ``voa4`` holds no vow of harm to test them on; the benchmark's
  numbers in ``benchmarks/claims/RESULTS.md`` are their positive evidence);
- ``denials.PASSIVE_FEELINGS``: "we are appalled by Sudanese government's aerial
  bombardment", parsed as a passive verb, is the speaker's criticism as "we are concerned
  about X" is; "the world has been shocked" is not the speaker's own.

The sentences are from ``corpus/`` (the President of Ukraine's, State Department and White
House texts); where the corpus says a
sentence in its own voice the test gives it the speaker the text names ("..., the
spokesperson said", "Zelenskyy warned that ..."). None is in a gold part of
``benchmarks/claims/gold.jsonl``.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from spacy.language import Language

from kg.extract.claims import denials, speech_threats, threats
from kg.model import Stance
from tests.claim_helpers import assert_in_no_gold_part, resolved


@contextmanager
def switched(module: object, name: str) -> Iterator[None]:
    """``module.name`` set to True inside the block, restored after it."""
    before = getattr(module, name)
    setattr(module, name, True)
    try:
        yield
    finally:
        setattr(module, name, before)


def of_stance(nlp: Language, text: str, stance: Stance) -> list[tuple[str, list[str]]]:
    """(claimer, targets) of each resolved claim of ``stance`` in ``text``."""
    return [(claimer, targets) for claimer, s, targets in resolved(nlp, text) if s is stance]


def test_a_warned_move_of_the_warners_side_threatens_the_party_it_is_aimed_at(
    nlp: Language,
) -> None:
    # president.gov.ua (corpus/president-of-ukraine-russia-ukraine.jsonl): his words "In any
    # case, we will have to block ...", given the frame "warned that"
    text = (
        "President Zelenskyy warned that in any case, we will have to block all "
        "export-import operations with Russia."
    )
    assert not of_stance(nlp, text, Stance.THREATEN)  # off by default
    with switched(speech_threats, "OWN_MOVES"):
        found = of_stance(nlp, text, Stance.THREATEN)
    assert len(found) == 1 and found[0][1] == ["Russia"]


def test_a_warning_of_another_sides_doing_is_no_threat(nlp: Language) -> None:
    # president.gov.ua (corpus/president-of-ukraine-russia-ukraine.jsonl)
    text = (
        "Zelenskyy said: “You remember that we warned that Russia is considering and will "
        "consider such projects as geopolitical weapons.”"
    )
    with switched(speech_threats, "OWN_MOVES"):
        assert not of_stance(nlp, text, Stance.THREATEN)


def test_a_vowed_act_that_harms_nobody_is_no_threat(nlp: Language) -> None:
    # president.gov.ua (corpus/president-of-ukraine-russia-ukraine.jsonl)
    text = (
        "President Ursula von der Leyen has promised to do everything possible to speed up "
        "Ukraine's accession to the EU."
    )
    with switched(threats, "HOSTILE_VOWS"), switched(threats, "FORCED_VOWS"):
        assert not of_stance(nlp, text, Stance.THREATEN)


def test_a_vow_to_cooperate_or_to_defend_threatens_nobody(nlp: Language) -> None:
    # state.gov (corpus/state-department-afghanistan.jsonl, state-department-russia-ukraine.jsonl)
    for text in (
        "In Timor-Leste, the new president, Ramos-Horta, recently pledged to defend the rights "
        "of all citizens regardless of religious background.",
        "The United States pledges to support Germany’s and France’s efforts to bring peace to "
        "eastern Ukraine via the Normandy Format.",
    ):
        with switched(threats, "HOSTILE_VOWS"), switched(threats, "FORCED_VOWS"):
            assert not of_stance(nlp, text, Stance.THREATEN), text


def test_the_speakers_own_alarm_at_a_named_sides_act_criticizes_it(nlp: Language) -> None:
    # a State Department post (corpus/state-department-x-sudan-2014-2016.jsonl), given its speaker
    text = (
        "“We are appalled by Sudanese government's aerial bombardment of civilians in Kauda "
        "and Heiban area of South Kordofan,” the spokesperson said."
    )
    assert not of_stance(nlp, text, Stance.CRITICIZE)  # off by default: an assertion
    with switched(denials, "PASSIVE_FEELINGS"):
        found = of_stance(nlp, text, Stance.CRITICIZE)
    assert [targets for _, targets in found] == [["Sudan"]]


def test_alarm_felt_by_others_than_the_speaker_is_not_its_criticism(nlp: Language) -> None:
    # state.gov (corpus/state-department-russia-ukraine.jsonl), Blinken's statement
    text = (
        "“The world has been shocked and appalled by the atrocities committed by Russia’s "
        "forces in Bucha and across Ukraine,” Blinken said."
    )
    with switched(denials, "PASSIVE_FEELINGS"):
        assert not of_stance(nlp, text, Stance.CRITICIZE)


def test_alarm_at_an_act_nobody_named_did_criticizes_with_no_target(nlp: Language) -> None:
    # state.gov (corpus/state-department-sudan.jsonl), the Troika's statement
    text = (
        "“We are alarmed by the February 9 arrests and detentions of several high-profile "
        "political figures,” the spokesperson said."
    )
    assert not of_stance(nlp, text, Stance.CRITICIZE)  # off by default: an assertion
    with switched(denials, "PASSIVE_FEELINGS"):
        found = of_stance(nlp, text, Stance.CRITICIZE)
    assert [targets for _, targets in found] == [[]]


def test_the_sentences_are_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, at_least=5)
