"""Accusations carried by the content of reported speech, round 7 (:mod:`kg.extract.claims.content`
with ``kg/data/content_lexicon.tsv``): the speaker's side stopping another side's intruders
(``counter_verb``, ``intruder_noun``), commitments broken in so many words (``breach_verb``,
PETRARCH2's IGNORE and VIOLATE blocks), a response to another side's doing, craft entering a
territory; and the precision guards: an own side's act told by that side, and an exchange of
fire, stay assertions.

The sentences are real news sentences (wire and agency copy about disputes, found through the
project's stored public pages), in no gold part of ``benchmarks/claims/gold.jsonl`` (checked by
:func:`test_sentences_are_in_no_gold_part`)."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from kg.extract.claims.content_lexicon import BREACH_VERBS, COUNTER_VERBS, INTRUDER_NOUNS
from kg.model import Claim, Stance
from tests.claim_helpers import assert_in_no_gold_part, claims_of, targets

GOLD = Path(__file__).resolve().parents[1] / "benchmarks" / "claims" / "gold.jsonl"


def claim_by(nlp: Language, text: str, claimer: str) -> Claim:
    found = [c for c in claims_of(nlp, text) if c.claimer.span.text == claimer]
    assert len(found) == 1, found
    return found[0]


ACCUSING = [
    # the speaker's own service stops another state's spies: the announcement charges that state
    (
        "The head of the Czech Republic's counter-intelligence service says his agency broke a "
        "Russian spying network earlier this year and completely paralyzed its activities.",
        "The head of the Czech Republic's counter-intelligence service",
        "Russian",
    ),
    (
        "Polish counter-intelligence has dismantled a Russian spy ring that gathered information "
        "on military equipment deliveries to Ukraine via the EU member, Poland's interior "
        "minister said on Thursday.",
        "Poland's interior minister",
        "Russian",
    ),
    # another state's craft downed or intercepted, the doer unnamed or the speaker's own jets
    (
        "A spokesman for Georgia's Interior Ministry said a Russian reconnaissance plane had "
        "been shot down near the town of Gori.",
        "A spokesman for Georgia's Interior Ministry",
        "Russian",
    ),
    (
        "Turkey said earlier its F-16 jets had on Saturday intercepted a Russian fighter plane "
        "which violated Turkish air space near the Syrian border.",
        "Turkey",
        "Russian",
    ),
    # a commitment broken in so many words (breach_verb, PETRARCH2 IGNORE)
    (
        '"Moscow continues ignoring its obligations under the Minsk agreements," the Ukrainian '
        "president said at a plenary session of the Parliamentary Assembly of the Council of "
        "Europe in Strasbourg, France on Wednesday.",
        "the Ukrainian president",
        "Moscow",
    ),
    # the speaker's act a response to another side's buildup: whoever built up is charged
    (
        "Russia has announced that it will revamp and upgrade its military presence along its "
        "European borders in response to a reported buildup by the US-led NATO bloc, as well as "
        "stepping up the presence of both its navy and warplanes.",
        "Russia",
        "NATO",
    ),
]


@pytest.mark.parametrize(("text", "claimer", "accused"), ACCUSING)
def test_content_accuses_the_other_side(
    nlp: Language, text: str, claimer: str, accused: str
) -> None:
    claim = claim_by(nlp, text, claimer)
    assert claim.stance is Stance.ACCUSE
    assert any(accused in t for t in targets(claim)), targets(claim)


NOT_ACCUSING = [
    # an own side's act told by that side (the guide: "security forces killed militants" told
    # by that state's officials is an assertion)
    (
        "Pakistan claimed it killed five Afghan soldiers, but Afghanistan said two Afghan "
        "civilians were killed.",
        "Pakistan",
    ),
    (
        "A Pakistan military statement said its troops returned fire and five Afghan soldiers "
        "were killed.",
        "Pakistan",
    ),
    ("Each said their forces returned fire only in retaliation.", "Each"),
    # troops backed by tanks, or by a militia, are no hostile actors their backers are charged for
    (
        "Sheikh said around 2,500 troops backed by 170 tanks and other vehicles were stationed in "
        "the border area, roughly 25 km from the main northern city of Aleppo, citing estimates "
        "from fighters on the ground.",
        "Sheikh",
    ),
    (
        "Activists say Syrian troops backed by fighters from Lebanon's Hezbollah militant group "
        "are clashing with rebels near a strategic town captured by government forces earlier "
        "this week.",
        "Activists",
    ),
    # an exchange of fire charges neither side
    (
        "Afghan and Pakistani troops exchanged fire across their border on Wednesday, officials "
        "from both sides said, blaming each other for starting the incident.",
        "officials from both sides",
    ),
]


@pytest.mark.parametrize(("text", "claimer"), NOT_ACCUSING)
def test_own_side_acts_and_exchanges_stay_assertions(
    nlp: Language, text: str, claimer: str
) -> None:
    asserted = [
        c
        for c in claims_of(nlp, text)
        if c.claimer.span.text == claimer and c.stance is Stance.ASSERT
    ]
    assert asserted, claims_of(nlp, text)
    assert all(not c.targets or "Hezbollah" not in targets(c)[0] for c in asserted)


def test_exchange_of_fire_names_no_target(nlp: Language) -> None:
    text = NOT_ACCUSING[-1][0]
    exchange = [c for c in claims_of(nlp, text) if c.content and "exchanged" in c.content.text]
    assert exchange and all(c.stance is Stance.ASSERT and not c.targets for c in exchange)


def test_reciprocal_blame_charges_the_other_with_the_content(nlp: Language) -> None:
    text = (
        "India and China are blaming each other for violating a bilateral agreement at the "
        "tense Ladakh border."
    )
    found = {c.claimer.span.text: c for c in claims_of(nlp, text) if c.stance is Stance.ACCUSE}
    assert targets(found["India"]) == ["China"]
    assert targets(found["China"]) == ["India"]
    assert found["India"].content is not None
    assert found["India"].content.text.startswith("violating")


def test_a_response_to_aggression_not_yet_done_charges_nobody(nlp: Language) -> None:
    """A response to "any further" aggression is a contingency (here a threat), a response to
    aggression under way charges its doer (State Department and White House readouts)."""
    contingent = (
        "Secretary Blinken emphasized the importance of working with our NATO Allies and "
        "European partners in the region to impose swift, severe costs on Russia in response "
        "to any further military aggression by Russia against Ukraine."
    )
    assert claim_by(nlp, contingent, "Blinken").stance is not Stance.ACCUSE
    actual = (
        "President Biden emphasized the need for a clear, unified international response to "
        "Russian aggression in Ukraine."
    )
    claim = claim_by(nlp, actual, "Biden")
    assert claim.stance is Stance.ACCUSE
    assert targets(claim) == ["Russian"]


def test_neighbours_said_to_be_involved_is_no_charge(nlp: Language) -> None:
    """'involved' with no conflict named (and denied here) charges nobody."""
    text = (
        "Lambert Mende told VOA those elements have an interest in destabilizing the country, "
        "but that there is no reason to think the DRC's neighbors are involved."
    )
    assert all(c.stance is not Stance.ACCUSE for c in claims_of(nlp, text))


def test_lexicon_classes() -> None:
    """The new classes are data: PETRARCH2's IGNORE/VIOLATE verbs break commitments, a
    speaker's side downs or breaks up another's spies and craft."""
    assert {"ignore", "flout", "violate", "breach"} <= BREACH_VERBS
    assert {"shoot", "intercept", "dismantle"} <= COUNTER_VERBS
    assert {"spy", "drone", "plane"} <= INTRUDER_NOUNS
    rows = (Path(__file__).resolve().parents[1] / "kg" / "data" / "content_lexicon.tsv").read_text(
        encoding="utf-8"
    )
    assert "breach_verb\tignore\t120\tpetrarch2\tIGNORE" in rows


def test_sentences_are_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, at_least=11)
