"""Proposition terms: an act's verb and its action noun fold to one term (round 22, issue
13, ``FOLD_ACTION_NOUNS``): the suffix stripper leaves "destruction" and "destroyed",
"threats" and "threatens" apart, so one act told once by the verb and once by the noun
shared no act term in the corpus merge.  Sentences from the corpus (``corpus/``), in no
gold or agreement part; each with its source."""

from __future__ import annotations

from kg.resolve import propositions
from kg.resolve.propositions import act_terms, proposition_terms

# https://www.president.gov.ua/en/news/promova-prezidenta-ukrayini-volodimira-zelenskogo-pered-kong-73609
NOUN = (
    "So that the Russian state does not receive a single dollar, which it spends on the "
    "destruction of Ukraine."
)
# https://www.president.gov.ua/en/news/promova-prezidenta-ukrayini-volodimira-zelenskogo-v-parlamen-73769
VERB = (
    "When Russia destroyed peace for the entire Ukraine, we immediately saw that the world is "
    "truly against the war."
)
# https://www.president.gov.ua/en/news/promova-kerivnika-ofisu-prezidenta-ukrayini-andriya-yermaka-73833
THREATENS = (
    "We are not satisfied with any configuration that threatens the sovereignty and "
    "territorial integrity of Ukraine."
)
# http://en.kremlin.ru/events/president/news/67690
THREATS = (
    "Has anyone thought that if they create such threats against Russia, they will only be "
    "creating similar threats against themselves?"
)


def test_the_destruction_and_destroyed_share_the_act() -> None:
    noun, verb = proposition_terms(NOUN), proposition_terms(VERB)
    assert "destroy" in noun & verb
    assert "destruction" not in noun
    assert "destroy" in act_terms(noun)


def test_threatens_and_threats_share_one_term() -> None:
    assert "threat" in proposition_terms(THREATENS) & proposition_terms(THREATS)
    assert "threaten" not in proposition_terms(THREATENS)


def test_without_the_fold_the_stems_stay_apart() -> None:
    assert propositions.FOLD_ACTION_NOUNS
    # the fold is read when the module is loaded: the rows are in EVENT_CONCEPTS
    assert propositions.EVENT_CONCEPTS["destruction"] == "destroy"
    assert propositions.stem("destruction") == "destruction"
    assert propositions.stem("threatened") == "threaten"
