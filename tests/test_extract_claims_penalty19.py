"""A penalty another party is told it will not escape (round 19, ``unescaped_penalty`` in
``kg.extract.claims.content_penalty``): "they would not be able to escape merciless
punishment", "Russia will not go unpunished" threaten that party; the speaker's own side,
a past escape and a penalty merely deserved stay assertions.  And a falsity judgement
coordinated after another predicate ("the comments were premature and erroneous") denies
the comments like a claim (``content_deny._denial_in``, ``_SPOKEN_NOUNS``).

Two penalty sentences are real sentences of the official texts in ``corpus/`` (President of
Ukraine; one put in its speaker's mouth so that a news report's rules read it); the others
were written for these tests and are marked ``constructed`` where they stand (round 20,
``realtests20``).  None is in a gold part of ``benchmarks/claims/gold.jsonl``."""

from __future__ import annotations

from spacy.language import Language

from kg.extract.claims import OPTIONAL, RULES
from kg.model import Stance
from tests.claim_helpers import assert_in_no_gold_part, resolved, stance_pairs

WITHOUT = RULES - OPTIONAL - {"unescaped_penalty"}


def stances(nlp: Language, text: str) -> list[Stance]:
    """The stance of each resolved claim of ``text``."""
    return [s for _, s, _ in resolved(nlp, text)]


def test_a_state_that_will_not_go_unpunished_is_threatened(nlp: Language) -> None:
    # president.gov.ua/en/news/she-potribno-voyuvati-j-spryamovuvati-vsi-sili-shob-vignati-74697
    # (an address of Zelenskyy; the attribution is added)
    text = '"And Russia will not go unpunished for this," Zelenskyy said.'
    threats = [t for _, s, t in resolved(nlp, text) if s is Stance.THREATEN]
    assert threats == [["Russia"]]


def test_they_would_not_escape_punishment_threatens(nlp: Language) -> None:
    # constructed: no public-domain example found (searched: corpus/*.jsonl, the VOA pool and
    # the pages corpus for escape punishment, merciless, will not escape, avoid responsibility;
    # the one real "None of these bastards will avoid responsibility." reads as an assertion)
    text = "The ministry said they would not be able to escape merciless punishment."
    assert stances(nlp, text) == [Stance.THREATEN]
    assert stance_pairs(nlp, text, Stance.THREATEN, WITHOUT) == []


def test_own_side_past_escape_and_an_ought_are_no_threat(nlp: Language) -> None:
    for text in (
        # constructed: no public-domain example found (searched as above)
        '"We cannot avoid responsibility," the minister said.',
        # constructed: no public-domain example found (searched as above)
        "The spokesman said the suspects escaped punishment last year.",
        # president.gov.ua/en/news/volodimir-zelenskij-u-kiyevi-proviv-zustrich-z-liderami-nime-
        # 75845
        "According to him, all these crimes must not go unpunished.",
    ):
        assert Stance.THREATEN not in stances(nlp, text), text


def test_comments_called_premature_and_erroneous_are_denied(nlp: Language) -> None:
    # constructed: no public-domain example found (searched: corpus/*.jsonl, the VOA pool and
    # the pages corpus for premature and erroneous, comments were erroneous)
    text = "Officials in Jerusalem said the envoy's angry comments were premature and erroneous."
    assert Stance.DENY in stances(nlp, text)


def test_the_sentences_are_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, at_least=5)
