"""An armed group backed by its name, help handed to armed groups, terrorism furthered or
a region driven to war (round 19, ``armed_patronage`` in ``kg.extract.claims.content_imputed``):
an accusation of the doer; negated, held out by a modal, or the speaker's own side's
support of a dialogue stays an assertion.

The sentences are real sentences of the official texts in ``corpus/`` (Kremlin, State
Department), put in
a speaker's mouth so that a news report's rules read them; none is in a gold part of
``benchmarks/claims/gold.jsonl`` (checked by the last test)."""

from __future__ import annotations

from spacy.language import Language

from kg.extract.claims import OPTIONAL, RULES
from kg.model import Stance
from tests.claim_helpers import assert_in_no_gold_part, resolved, stance_pairs

WITHOUT = RULES - OPTIONAL - {"armed_patronage"}


def stances(nlp: Language, text: str) -> list[Stance]:
    """The stance of each resolved claim of ``text``."""
    return [s for _, s, _ in resolved(nlp, text)]


def test_decisions_pushing_the_economy_towards_crisis_accuse(nlp: Language) -> None:
    # en.kremlin.ru/events/president/news/68097
    text = (
        '"Regardless of this, the decisions that are being made, one after another, are'
        ' pushing the global economy towards crisis," the president said.'
    )
    assert stances(nlp, text) == [Stance.ACCUSE]
    assert stance_pairs(nlp, text, Stance.ACCUSE, WITHOUT) == []


def test_encouraged_to_lay_down_arms_is_no_patronage(nlp: Language) -> None:
    # en.kremlin.ru/events/president/news/68254
    text = (
        '"Servicemen of the Ukrainian Armed Forces and militants from nationalist battalions'
        ' were encouraged to lay down their arms," the ministry said.'
    )
    assert Stance.ACCUSE not in stances(nlp, text)


def test_supporting_a_dialogue_is_no_patronage(nlp: Language) -> None:
    # en.kremlin.ru/events/president/news/67123 (the whole sentence: round 19 had cut it)
    text = (
        '"Indeed, we know and understand that Belarus has its problems, although domestic'
        " political tensions have calmed down, but the problems exist, and yes, we are well"
        " aware of this and we certainly support a dialogue between the authorities and the"
        ' opposition," the president said.'
    )
    assert Stance.ACCUSE not in stances(nlp, text)


def test_a_states_support_of_terrorism_told_as_a_noun_accuses_it(nlp: Language) -> None:
    # state.gov/remembering-the-victims-of-hizballah-attacks/ (the sentence's last clause)
    text = (
        'The spokesman said the bombing "is a clear example of Iran’s support of'
        ' international terrorism."'
    )
    assert [t for _, s, t in resolved(nlp, text) if s is Stance.ACCUSE] == [["Iran"]]
    assert stance_pairs(nlp, text, Stance.ACCUSE, WITHOUT) == []


def test_support_for_militant_groups_told_as_a_noun_accuses_its_owner(nlp: Language) -> None:
    # state.gov/targeting-an-oil-smuggling-network-supporting-the-irgc-qf-and-hizballah/
    text = (
        '"The IRGC-QF’s support for proxy militant groups continues to perpetuate conflict'
        ' and suffering throughout the region," the spokesman said.'
    )
    assert Stance.ACCUSE in stances(nlp, text)


def test_support_of_sanctions_is_no_patronage(nlp: Language) -> None:
    # en.kremlin.ru/events/president/news/68672 (the sentence's first clause)
    text = (
        '"Regrettably, in the current environment, relations between our two countries have'
        " been complicated due to Bosnia and Herzegovina's support of the anti-Russia"
        ' sanctions," the president said.'
    )
    assert Stance.ACCUSE not in stances(nlp, text)


def test_the_sentences_are_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, at_least=6)
