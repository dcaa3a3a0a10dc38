"""A denial that goes on from the sentence before (``denial_goes_on``, with
``context_accuser``): a spokesman or officer whose own sentence gives no side speaks for
the side that denied just before, and answers the accusers that denial named; a speaker of
another side, or a denier the denial before named, is left alone."""

from __future__ import annotations

from spacy.language import Language

from kg.model import Stance
from tests.claim_helpers import NEWS_RULES as DEFAULT
from tests.claim_helpers import stance_pairs


def denials(
    nlp: Language, text: str, rules: frozenset[str] = DEFAULT
) -> list[tuple[str, list[str]]]:
    return stance_pairs(nlp, text, Stance.DENY, rules)


def test_a_spokesman_goes_on_with_the_ministrys_denial(nlp: Language) -> None:
    text = (
        "Serbia's defense ministry denies a Croatian report that its jets crossed the border. "
        "Spokesman Milan Petrovic said all the reports are fabrications."
    )
    found = denials(nlp, text)
    assert ("Milan Petrovic", ["all the reports", "Croatian"]) in found
    found = denials(nlp, text, DEFAULT - {"denial_goes_on"})
    assert ("Milan Petrovic", ["all the reports"]) in found


def test_an_officer_quoted_after_his_states_denial(nlp: Language) -> None:
    found = denials(
        nlp,
        "Officials in Kenya strongly reject the Somali accusations. "
        '"No Kenyan troops crossed the frontier on Sunday," said Colonel Peter Mwangi.',
    )
    assert found[-1] == ("Peter Mwangi", ["Somali"])


def test_a_speaker_of_another_side_is_not_the_denier_going_on(nlp: Language) -> None:
    # the second speaker is Turkish: a side of his own, not the denial's
    text = (
        "Greece rejected Albanian accusations that its coast guard fired on fishermen. "
        "Turkish Foreign Minister Mehmet Kaya said no shots were fired at any boat."
    )
    assert denials(nlp, text) == denials(nlp, text, DEFAULT - {"denial_goes_on"})
    assert all("Albanian" not in targets for name, targets in denials(nlp, text) if "Kaya" in name)


def test_no_denial_before_gives_no_target(nlp: Language) -> None:
    found = denials(
        nlp,
        "The border was calm on Monday after two days of shelling. "
        "Spokesman Milan Petrovic said all the reports are fabrications.",
    )
    assert found == [("Milan Petrovic", ["all the reports"])]
