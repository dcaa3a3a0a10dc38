"""Stance carried by a content without a stance verb: penalties promised to another side,
means to harm, force held out unnamed (threats); professed innocence, kept commitments,
forces said not to be there, a negative subject (denials); a predicate noun qualified by a
critical evaluation (criticism), and a state of affairs judged (no criticism).
News sentences in the register of wire copy about disputes, in no gold part."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.model import Stance
from tests.claim_helpers import claims_of, targets


def _stances(nlp: Language, text: str) -> list[tuple[Stance, list[str]]]:
    return [(c.stance, targets(c)) for c in claims_of(nlp, text)]


@pytest.mark.parametrize(
    ("text", "aimed"),
    [
        ("Georgia's president said Russia will pay a heavy price for its aggression.", ["Russia"]),
        (
            "The Chinese foreign ministry said Washington would face serious consequences.",
            ["Washington"],
        ),
        ("The ministry said Japan would bear all the consequences if it continued.", ["Japan"]),
        ("The president said the aggressors will pay dearly.", []),
    ],
)
def test_a_penalty_promised_to_another_side_threatens_it(
    nlp: Language, text: str, aimed: list[str]
) -> None:
    assert _stances(nlp, text) == [(Stance.THREATEN, aimed)]


@pytest.mark.parametrize(
    "text",
    [
        "The government said Russia will pay for the reconstruction of the bridge.",
        "The economist said ordinary people will pay the price for the sanctions.",
    ],
)
def test_a_payment_or_a_cost_borne_by_victims_is_no_threat(nlp: Language, text: str) -> None:
    assert all(stance is not Stance.THREATEN for stance, _ in _stances(nlp, text))


def test_means_to_harm_held_by_the_speakers_side_threaten(nlp: Language) -> None:
    text = "Iran's defense minister said Iran has the means to close the Strait of Hormuz."
    assert _stances(nlp, text) == [(Stance.THREATEN, [])]
    text = "Iran's defense minister said Tehran has the capability to strike any base nearby."
    assert [s for s, _ in _stances(nlp, text)] == [Stance.THREATEN]


def test_another_sides_means_are_an_assessment(nlp: Language) -> None:
    text = "The U.S. general said Iran has the capability to close the Strait of Hormuz."
    assert all(stance is not Stance.THREATEN for stance, _ in _stances(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "A U.S. official said all options are on the table.",
        "The Israeli prime minister said no option is off the table.",
    ],
)
def test_force_held_out_unnamed_threatens(nlp: Language, text: str) -> None:
    assert [s for s, _ in _stances(nlp, text)] == [Stance.THREATEN]


def test_nothing_on_the_table_holds_nothing_out(nlp: Language) -> None:
    text = "The negotiator said nothing is on the table yet."
    assert all(stance is not Stance.THREATEN for stance, _ in _stances(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "The Syrian ambassador said his country has nothing to hide.",
        "A Syrian spokesman said nobody has presented any evidence of Syrian involvement.",
        "The Sudanese foreign minister said no part of the government played any role in the raid.",
        "No Syrian official was involved in the plot, the minister said.",
        "The Eritrean information minister said Eritrea has always respected the border ruling.",
        "The Ugandan army said it has fully complied with the peace agreement.",
        "The Rwandan defense minister said Rwanda has no troops in eastern Congo.",
        "Officials in Kigali said there are no Rwandan troops in Congo.",
        "The Russian foreign minister said Russia does not have any soldiers in Ukraine.",
    ],
)
def test_innocence_asserted_denies(nlp: Language, text: str) -> None:
    assert [s for s, _ in _stances(nlp, text)] == [Stance.DENY]


@pytest.mark.parametrize(
    "text",
    [
        "The Ugandan army said it will respect the peace agreement.",  # a promise
        "The U.N. monitors said Russia has always respected the ceasefire.",  # vouched for
        "The NATO commander said Russia has no troops in the region.",  # another side's
        "The general said the army has no troops available for the operation.",
    ],
)
def test_a_promise_or_another_sides_record_is_no_denial(nlp: Language, text: str) -> None:
    assert all(stance is not Stance.DENY for stance, _ in _stances(nlp, text))


def test_a_critically_qualified_predicate_noun_criticizes(nlp: Language) -> None:
    text = "The Chinese foreign ministry said Washington's decision was an irresponsible move."
    assert _stances(nlp, text) == [(Stance.CRITICIZE, ["Washington"])]
    text = "The Russian foreign ministry said the expulsion of its diplomats was an unfriendly act."
    assert [s for s, _ in _stances(nlp, text)] == [Stance.CRITICIZE]


@pytest.mark.parametrize(
    "text",
    [
        "The minister said the humanitarian situation in the region is unacceptable.",
        "The ministry said conditions in the refugee camps were deplorable.",
    ],
)
def test_a_state_of_affairs_judged_criticizes_nobody(nlp: Language, text: str) -> None:
    assert all(stance is not Stance.CRITICIZE for stance, _ in _stances(nlp, text))


@pytest.mark.parametrize(
    ("text", "aimed"),
    [
        (
            "The Chinese foreign ministry said China reserves the right to take further measures.",
            [],
        ),
        ("The Russian foreign ministry said Moscow will take countermeasures.", []),
        ("The ministry said it will take resolute measures against Japan.", ["Japan"]),
    ],
)
def test_measures_promised_with_resolve_threaten(
    nlp: Language, text: str, aimed: list[str]
) -> None:
    assert _stances(nlp, text) == [(Stance.THREATEN, aimed)]


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said Beijing will take all necessary measures to contain the outbreak.",
        "China's army said it will take all necessary measures to defend its sovereignty.",
    ],
)
def test_resolve_aimed_at_nobody_threatens_nobody(nlp: Language, text: str) -> None:
    assert all(stance is not Stance.THREATEN for stance, _ in _stances(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "The Turkish prime minister said Turkey will send troops if the fighting spreads.",
        "The Turkish premier said Ankara will have to move troops to the border if tensions rise.",
    ],
)
def test_forces_moved_on_a_condition_threaten(nlp: Language, text: str) -> None:
    assert [s for s, _ in _stances(nlp, text)] == [Stance.THREATEN]


@pytest.mark.parametrize(
    "text",
    [
        "The NATO chief said Russia would send troops if the talks failed.",  # another side
        "The minister said Germany will send troops to Mali next year.",  # no condition
    ],
)
def test_a_deployment_without_a_condition_or_of_another_side_is_no_threat(
    nlp: Language, text: str
) -> None:
    assert all(stance is not Stance.THREATEN for stance, _ in _stances(nlp, text))


@pytest.mark.parametrize(
    ("text", "criticized"),
    [
        (
            "He said it was hypocritical of Washington to criticize other countries' records.",
            ["Washington"],
        ),
        ("The minister said it was irresponsible of the West to arm the rebels.", ["West"]),
        ("The ministry said it is unacceptable for Japan to deny its wartime past.", ["Japan"]),
        ("The spokesman said Washington has no right to lecture other countries.", ["Washington"]),
        ("The ministry said the U.S. remarks were not helpful.", ["U.S."]),
        ("The spokesman said Tokyo's move was not conducive to regional stability.", ["Tokyo"]),
    ],
)
def test_conduct_judged_or_a_merit_denied_criticizes(
    nlp: Language, text: str, criticized: list[str]
) -> None:
    assert _stances(nlp, text) == [(Stance.CRITICIZE, criticized)]


@pytest.mark.parametrize(
    "text",
    [
        "The negotiator said the talks were not productive.",  # nobody's doing
        "The minister said our own response was not helpful.",  # the speaker's side
        "The spokesman said it is absurd to say that Iran was behind the attack.",  # a denial
    ],
)
def test_a_merit_denied_to_nobody_named_is_no_criticism(nlp: Language, text: str) -> None:
    assert all(stance is not Stance.CRITICIZE for stance, _ in _stances(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Iran's army chief said any attack on Iran will be met with a crushing response.",
        "The general said any aggression will be repelled.",
        "The Iranian commander said Iran will not hesitate to use force to defend its territory.",
        "The Egyptian president said Egypt will not stand idly by.",
    ],
)
def test_standing_warnings_threaten(nlp: Language, text: str) -> None:
    assert [s for s, _ in _stances(nlp, text)] == [Stance.THREATEN]


@pytest.mark.parametrize(
    "text",
    [
        "The attack was met with condemnation from the international community, he said.",
        "The minister said the government will not hesitate to use its influence.",
        "The Russian envoy said NATO will not hesitate to use force.",  # another side's
    ],
)
def test_a_reaction_reported_or_a_benign_resolve_is_no_threat(nlp: Language, text: str) -> None:
    assert all(stance is not Stance.THREATEN for stance, _ in _stances(nlp, text))


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("The U.S. said Syria used chemical weapons.", Stance.ACCUSE),
        # a negated act denies a charge stated in the sentence before (the guide, point 21)
        (
            "The U.S. accused Syria of a chemical attack. The Syrian ministry said Syria has"
            " never used chemical weapons.",
            Stance.DENY,
        ),
        ("The Syrian ministry said Syria has never used chemical weapons.", Stance.ASSERT),
    ],
)
def test_using_weapons_of_mass_destruction_is_a_charge(
    nlp: Language, text: str, stance: Stance
) -> None:
    assert [s for s, _ in _stances(nlp, text)][-1:] == [stance]


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "The minister said he had made it clear that Russia would pay a heavy price.",
            Stance.THREATEN,
        ),
        (
            "Mbeki also said he made it clear that the government will arrest anyone found "
            "smuggling weapons.",
            Stance.THREATEN,
        ),
        ("The minister said he made it clear that the talks would continue.", Stance.ASSERT),
        # another side's framing is that side's claim, not the speaker's threat
        (
            "The minister said Moscow had made clear that any attack would be met with force.",
            Stance.ASSERT,
        ),
    ],
)
def test_the_speakers_own_framing_is_read_through(nlp: Language, text: str, stance: Stance) -> None:
    assert [s for s, _ in _stances(nlp, text)] == [stance]


@pytest.mark.parametrize(
    ("text", "stance", "aimed"),
    [
        (
            "The spokesman said Russia has no respect for international law.",
            Stance.CRITICIZE,
            ["Russia"],
        ),
        ("The Georgian ministry said the explosion was the work of provocateurs.", Stance.DENY, []),
        ("The Korean navy said the North torpedoed the corvette.", Stance.ACCUSE, ["North"]),
    ],
)
def test_lacking_merits_provocateurs_and_torpedoes(
    nlp: Language, text: str, stance: Stance, aimed: list[str]
) -> None:
    assert _stances(nlp, text) == [(stance, aimed)]


@pytest.mark.parametrize(
    "text",
    [
        "The minister said we have no understanding of the details yet.",
        "A Russian warship sank in the Black Sea, the ministry said.",
        "The ferry sank after it was hit by a storm, officials said.",
    ],
)
def test_own_ignorance_and_a_sinking_charge_nobody(nlp: Language, text: str) -> None:
    assert all(s in (Stance.ASSERT, Stance.REPORT) for s, _ in _stances(nlp, text))


@pytest.mark.parametrize(
    ("text", "aimed"),
    [
        ("Iran's foreign minister said Iran will close the strait if sanctions are imposed.", []),
        (
            "Russia's Gazprom said Russia will cut off gas supplies to Ukraine if it does not pay.",
            ["Ukraine"],
        ),
        ("The Iranian general said Israel would be wiped off the map if it attacked.", ["Israel"]),
        ("North Korea's army said U.S. bases in the Pacific would be reduced to ashes.", ["U.S."]),
    ],
)
def test_cutoffs_on_a_condition_and_ruin_promised_threaten(
    nlp: Language, text: str, aimed: list[str]
) -> None:
    assert _stances(nlp, text) == [(Stance.THREATEN, aimed)]


@pytest.mark.parametrize(
    "text",
    [
        "The Philippine government said it will suspend classes if the storm hits the capital.",
        "The minister said the town was destroyed in the fighting.",
        "A U.N. official said the city would be destroyed if the fighting continued.",
    ],
)
def test_a_cutoff_nobody_is_pressed_by_or_ruin_reported_is_no_threat(
    nlp: Language, text: str
) -> None:
    assert all(stance is not Stance.THREATEN for stance, _ in _stances(nlp, text))


def test_a_move_of_forces_held_in_reserve_threatens(nlp: Language) -> None:
    text = "Russia's defense ministry said Moscow reserves the right to send more if necessary."
    assert _stances(nlp, text) == [(Stance.THREATEN, [])]
    text = "Sweden's aid agency said Sweden has the right to send aid to the region."
    assert all(stance is not Stance.THREATEN for stance, _ in _stances(nlp, text))


def test_a_past_event_ruled_out_denies(nlp: Language) -> None:
    text = "The spokesman said there is no way that Vietnamese boats hit Chinese boats."
    assert _stances(nlp, text) == [(Stance.DENY, [])]
    text = "The coach said there is no way to win without practice."
    assert all(stance is not Stance.DENY for stance, _ in _stances(nlp, text))
