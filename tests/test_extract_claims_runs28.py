"""Round 27 (branch ``runs28``, issue 12): claims the extractor never made.

- ``sourced_charge`` (optional, :mod:`kg.extract.claims.sourced`): a charge, criticism or
  warning told by its noun and its source with no verb of saying ("the accusation came from
  X", "the latest accusations from X are that P");
- ``speech_quotes.INTRODUCED_RUNS`` (on since the round-27 merge): a two-sentence quotation
  closed by its attribution is split when the sentence before it is the same speaker's claim.

No public-domain sentence of the sourced-noun shapes was found outside the claims gold
(searched: ``corpus/*.jsonl`` but the blind part's ``voa2.jsonl``, for "came from", "come
from", "coming from", "came under", "criticism/condemnation/accusations/warnings from|by",
"drew/brought/sparked ... criticism", and the ``search`` tool's pages corpus): those positive
cases are marked ``constructed``; one negative case and the quotation run are real, their
sources beside them.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.claims import OPTIONAL, RULES, extract_claims, speech_quotes
from kg.extract.mentions import extract_mentions
from kg.model import Stance
from tests.claim_helpers import NEWS_RULES, assert_in_no_gold_part, claims_of

WITH_SOURCED = NEWS_RULES | {"sourced_charge"}


def _sourced(nlp: Language, text: str, rules: frozenset[str] = WITH_SOURCED) -> list[tuple]:
    doc = nlp(text)
    return [
        (c.claimer.span.text, c.stance, [t.span.text for t in c.targets])
        for c in extract_claims(doc, extract_mentions(doc), rules)
        if "sourced_charge" in c.rule
    ]


def test_family_registered_and_off() -> None:
    assert "sourced_charge" in RULES and "sourced_charge" in OPTIONAL
    assert speech_quotes.INTRODUCED_RUNS is True  # on since the round-27 merge


def test_accusation_from_its_source_takes_up_the_charge_before(nlp: Language) -> None:
    # constructed: no public-domain example found (searched: see the module docstring)
    text = (
        "A Hamas spokesman accused Israel of violating the truce on Tuesday. "
        "The accusation came from spokesman Sami Abu Zuhri."
    )
    assert _sourced(nlp, text) == [("Sami Abu Zuhri", Stance.ACCUSE, ["Israel"])]
    assert _sourced(nlp, text, NEWS_RULES) == []  # optional: off by default


def test_accusations_from_a_party_are_that_p(nlp: Language) -> None:
    # constructed: no public-domain example found (searched: see the module docstring)
    text = "The latest accusations from Moscow are that Kyiv is preparing a provocation."
    assert _sourced(nlp, text) == [("Moscow", Stance.ACCUSE, ["Kyiv"])]


@pytest.mark.parametrize(
    "text",
    [
        # constructed: a warning with no harm named
        "Iran's warnings come as its naval forces continue a ten-day exercise in the strait.",
        # constructed: a danger, not a thing said
        "The threat came from the north, where the rebels still hold two towns.",
        # constructed: no author
        "The accusation came a week after the border clash near the river.",
        # constructed: "drew criticism from X" is angry_reaction's, not read twice
        "Tokyo's decision drew sharp criticism from Beijing on Monday.",
        # VOA, 2010-03-26, "South Korean Ship Sinks, North Suspected" (corpus/voa.jsonl)
        "The developments follow recent warnings from North Korea that it was bolstering its "
        "defenses in response to joint U.S.-South Korean military drills this month.",
    ],
)
def test_no_sourced_claim(nlp: Language, text: str) -> None:
    assert _sourced(nlp, text) == []


#: president.gov.ua, 2021-12-20, "To prevent possible escalation by Russia, strong preventive
#: sanctions needed, not post-factum response - President of Ukraine" (CC BY 4.0; in
#: ``corpus/president-of-ukraine-russia-ukraine.jsonl``): a two-sentence quotation closed by
#: "he said", the speaker introduced by the sentence before.
INTRODUCED_RUN = (
    "Lithuanian President Gitanas Nausėda also believes that sanctions should be convincing. "
    '"We are imposing sanctions to change their behavior. They should understand: if something '
    'happens, there will be an immediate and very serious response," he said.'
)


def test_introduced_two_sentence_run_is_split_only_with_the_switch(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(speech_quotes, "MIN_RUN", 3)  # the switch reads runs shorter
    monkeypatch.setattr(speech_quotes, "INTRODUCED_RUNS", False)
    before = claims_of(nlp, INTRODUCED_RUN)
    assert not [c for c in before if c.rule.startswith("follow_on_quote")], before
    monkeypatch.setattr(speech_quotes, "INTRODUCED_RUNS", True)
    after = claims_of(nlp, INTRODUCED_RUN)
    follow = [c for c in after if c.rule.startswith("follow_on_quote")]
    assert len(follow) == 1, after
    assert follow[0].content is not None
    assert follow[0].content.text.startswith("We are imposing sanctions")
    assert "Nausėda" in follow[0].claimer.span.text, follow
    attributed = [c for c in after if c.quoted and c is not follow[0]]
    assert attributed and all(
        c.content is not None and "We are imposing" not in c.content.text for c in attributed
    ), attributed


def test_sentences_are_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, at_least=5)
