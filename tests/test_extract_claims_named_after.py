"""A speaker named after the words (round 19, ``named_after`` in
:mod:`kg.extract.claims.speech_after`, optional): the sentence after a quotation, or after
a claimless statement it points back at, names whose words they were ("That was the
message from X", "The accusation came from X").

Passages: the lede of a 2023 news report on a speech by Mario Draghi and the lede of a 2025
report on India's answer to a U.S. trade investigation (both stored in public GitHub
datasets of news text), and a Voice of America report of 2018-10-22 ("Trump: US to Cut Aid
to Guatemala, Honduras, El Salvador"), where "The president's comments came as ..." names
no speaker and the quotation stays Trump's.  The quoted case (``QUOTED``) is built in the
shape the round-18 blind part showed ('"..." That was the message from Foreign Minister X
on Monday.'): no open news text found in the time had one.  None is in a gold part
(:func:`test_sentences_are_in_no_gold_part`).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.claims import OPTIONAL, RULES, extract_claims
from kg.extract.claims.speech_after import _NAMES_SPEAKER
from kg.extract.mentions import extract_mentions
from kg.model import Claim, Stance
from kg.resolve.voice import OFFICIAL_ONLY
from tests.claim_helpers import assert_in_no_gold_part

# real but not public domain (a 2023 commercial news report): no public-domain example found
# (searched: corpus/*.jsonl, the VOA pool and the pages corpus for "That was the message
# from", "Those were the words of", "The accusation came from"); kept until one is found
DRAGHI = (
    "Expect a prolonged period of economic uncertainty. That was the message from Mario "
    "Draghi, the former Italian prime minister and president of the E.C.B., in a speech on "
    "Thursday at M.I.T."
)
# real but not public domain (a 2025 commercial news report): as DRAGHI
INDIA = (
    "India does not have surplus manufacturing capacity in textiles or steel, no matter what "
    "Washington says. That was the message from Amitabh Kumar, India's additional trade "
    "secretary and Director General of Trade Remedies, who pushed back on Wednesday against "
    "allegations at the heart of a US trade investigation that could trigger punishing new "
    "tariffs."
)
# VOA, 2018-10-22, "Trump: US to Cut Aid to Guatemala, Honduras, El Salvador" (public domain;
# the search tool's pages corpus holds a mirror of it)
CARAVAN = (
    '"Guatemala, Honduras, El Salvador — they\'re paid a lot of money," Trump told reporters '
    'Monday afternoon. "Every year, we give them foreign aid. And they did nothing for us." '
    "The president's comments came as a group of several thousand migrants, mostly from "
    "Honduras, spent Sunday night in the southern Mexican city of Tapachula."
)
# constructed: no public-domain example found (searched: as DRAGHI)
QUOTED = (
    "Tensions rose again on the border. "
    '"We will not allow anyone to interfere in our internal affairs. Those who try will regret '
    'it." That was the message from Foreign Minister Ahmed Hassan on Monday.'
)


def claims_with_rule(nlp: Language, text: str) -> list[Claim]:
    """The claims of ``text`` with ``named_after`` switched on (and, as ``extract_claims``'s
    default, no rule kept only in an official text)."""
    doc = nlp(text)
    rules = RULES - OPTIONAL - OFFICIAL_ONLY | {"named_after"}
    return list(extract_claims(doc, extract_mentions(doc), rules))


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        # constructed: shortened from the passages above (a pattern test, no parse)
        ("That was the message from Mario Draghi in a speech.", True),
        ("The accusation came from the army's spokesman.", True),
        ("Those were the blunt words of the foreign minister.", True),
        ("The president's comments came as a group of migrants spent the night.", False),
        ("The accusation came during a two-day summit.", False),
    ],
)
def test_sentences_naming_a_speaker(sentence: str, names: bool) -> None:
    assert (_NAMES_SPEAKER.match(sentence) is not None) is names


def test_a_statement_pointed_back_at_is_the_named_speakers(nlp: Language) -> None:
    found = [c for c in claims_with_rule(nlp, DRAGHI) if "named_after" in c.rule]
    assert [(c.claimer.span.text, c.content and c.content.text) for c in found] == [
        ("Mario Draghi", "Expect a prolonged period of economic uncertainty.")
    ]


def test_a_denial_stated_as_fact_takes_the_named_official(nlp: Language) -> None:
    found = [c for c in claims_with_rule(nlp, INDIA) if "named_after" in c.rule]
    assert len(found) == 1
    assert found[0].claimer.span.text == "Amitabh Kumar"
    assert found[0].sentence == 0


def test_a_quotation_closed_before_the_naming_sentence(nlp: Language) -> None:
    found = [c for c in claims_with_rule(nlp, QUOTED) if "named_after" in c.rule]
    assert [c.claimer.span.text for c in found] == ["Ahmed Hassan", "Ahmed Hassan"]
    assert [c.sentence for c in found] == [1, 2]
    assert found[0].stance is Stance.THREATEN


def test_comments_that_came_as_name_nobody(nlp: Language) -> None:
    claims = claims_with_rule(nlp, CARAVAN)
    assert not [c for c in claims if "named_after" in c.rule]
    assert {c.claimer.span.text for c in claims} == {"Trump"}


def test_off_by_default(nlp: Language) -> None:
    doc = nlp(DRAGHI)
    assert not [c for c in extract_claims(doc, extract_mentions(doc)) if "named_after" in c.rule]


def test_sentences_are_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, at_least=4)
