"""Stances a speaker takes without a cue word for them (round 10, issue 12): a withdrawal
made to last "until" the other side acts and talks that "will not resume unless" it does
(threats); a doing avowed to be "strictly for peaceful purposes" or "not aimed at any third
country" (a denial made by asserting the opposite); a report denounced as false (a denial of
what it says); an evaluation the parser hung inside a long object ("called the decision to
expel two diplomats unjustified"); an accusation noun spelled out by a gerund ("U.S.
accusations of hacking"); and a speaker the parser joined to a fronted phrase.  And the
precision checks beside each.

The sentences are written for these tests in the register of wire copy about international
disputes; none is in a gold part of ``benchmarks/claims/gold.jsonl``."""

from __future__ import annotations

from spacy.language import Language

from kg.model import Stance
from tests.claim_helpers import resolved


def stances(nlp: Language, text: str) -> set[Stance]:
    return {stance for _, stance, _ in resolved(nlp, text)}


# --- conditional withdrawals: threats ----------------------------------------------------


def test_aid_suspended_until_the_other_side_acts_is_a_threat(nlp: Language) -> None:
    text = (
        "The foreign minister said her government will suspend food aid to Khartoum until it"
        " releases the detained aid workers."
    )
    assert ("foreign minister", Stance.THREATEN, ["Sudan"]) in resolved(nlp, text)


def test_aid_that_would_be_frozen_until_a_state_acts_threatens_that_state(
    nlp: Language,
) -> None:
    text = (
        "Japan's foreign minister said Tokyo would freeze new aid until Burma frees political"
        " prisoners."
    )
    assert ("Japan's foreign minister", Stance.THREATEN, ["Myanmar"]) in resolved(nlp, text)


def test_talks_that_will_not_resume_unless_the_other_side_acts_threaten_it(
    nlp: Language,
) -> None:
    text = (
        "The president said negotiations on a new border treaty will not resume if Moscow"
        " keeps insisting on its preconditions."
    )
    assert ("president", Stance.THREATEN, ["Russia"]) in resolved(nlp, text)


def test_talks_paused_until_a_date_or_an_agreement_threaten_nobody(nlp: Language) -> None:
    for text in (
        "The spokesman said talks will not resume until next week.",
        "The spokesman said talks will not resume until the two sides agree on an agenda.",
        "The minister said talks will continue until an agreement is reached.",
    ):
        assert Stance.THREATEN not in stances(nlp, text), text


def test_a_commitment_dropped_if_the_other_side_acts_threatens_it(nlp: Language) -> None:
    for text, target in (
        (
            "The president said he would abandon his pledge not to declare independence if"
            " Beijing resorts to force.",
            "China",
        ),
        (
            "The prime minister said Israel would withdraw from the ceasefire agreement if"
            " Hamas fires more rockets.",
            "Hamas",
        ),
    ):
        claims = resolved(nlp, text)
        assert any(s is Stance.THREATEN and t == [target] for _, s, t in claims), claims


def test_a_commitment_kept_or_an_offer_on_a_condition_threatens_nobody(nlp: Language) -> None:
    for text in (
        "The minister said Israel would honor the ceasefire agreement if Hamas stops firing"
        " rockets.",
        "The foreign minister said Seoul would welcome talks if Pyongyang agrees to inspections.",
    ):
        assert Stance.THREATEN not in stances(nlp, text), text


def test_harm_readied_by_the_speakers_side_is_a_threat(nlp: Language) -> None:
    text = (
        "Beijing says it will make preparations to crush any attempts by Taiwan to move toward"
        " formal independence."
    )
    assert ("China", Stance.THREATEN, ["Taiwan"]) in resolved(nlp, text)


def test_steps_readied_to_help_threaten_nobody(nlp: Language) -> None:
    text = "The government said it will take steps to help farmers hit by the drought."
    assert Stance.THREATEN not in stances(nlp, text)


def test_sanctions_that_could_be_imposed_on_a_state_threaten_it(nlp: Language) -> None:
    text = (
        "The minister said sanctions could be imposed on Belgrade if it refuses to withdraw"
        " its troops."
    )
    assert ("minister", Stance.THREATEN, ["Serbia"]) in resolved(nlp, text)


def test_charges_that_could_be_brought_or_costs_already_imposed_threaten_nobody(
    nlp: Language,
) -> None:
    for text in (
        "Prosecutors said charges could be brought against the former minister.",
        "The report said the war has imposed heavy costs on families.",
    ):
        assert Stance.THREATEN not in stances(nlp, text), text


# --- denials made by asserting the opposite ---------------------------------------------


def test_a_program_strictly_for_peaceful_purposes_is_a_denial(nlp: Language) -> None:
    for text in (
        "Iran's ambassador said his country's nuclear program is strictly for peaceful purposes.",
        "Pyongyang says its satellite launch was purely for peaceful purposes.",
        "Moscow insists its military drills near the border are purely defensive.",
        "Beijing said the joint naval exercises are not aimed at any third country.",
    ):
        assert Stance.DENY in stances(nlp, text), text


def test_energy_not_weapons_is_a_denial(nlp: Language) -> None:
    for text in (
        "The minister said Iran is pursuing nuclear energy, not nuclear weapons.",
        "Iran says it wants nuclear technology for power plants and not for weapons.",
    ):
        assert Stance.DENY in stances(nlp, text), text


def test_weapons_not_energy_is_no_denial(nlp: Language) -> None:
    text = "The State Department said Iran wants nuclear weapons, not energy."
    assert Stance.DENY not in stances(nlp, text)


def test_not_supporting_such_activities_is_a_denial(nlp: Language) -> None:
    text = (
        "The foreign ministry spokesman said China is itself a victim of hacking and does not"
        " support such activities."
    )
    assert Stance.DENY in stances(nlp, text)


def test_not_supporting_such_a_proposal_is_no_denial(nlp: Language) -> None:
    text = "The minister said the government does not support such a proposal."
    assert Stance.DENY not in stances(nlp, text)


def test_a_peaceful_event_a_promise_or_another_sides_program_is_no_denial(
    nlp: Language,
) -> None:
    for text in (
        "The spokesman said the protest was peaceful.",
        "The agency said the enriched uranium will be used for peaceful purposes.",
        "Washington says Pakistan's nuclear program is strictly for peaceful purposes.",
        "The State Department said Iran's nuclear program is not for peaceful purposes.",
    ):
        assert Stance.DENY not in stances(nlp, text), text


def test_not_having_anything_to_do_with_it_is_a_denial(nlp: Language) -> None:
    for text in (
        "The spokesman said neither the army nor the intelligence services had anything to do"
        " with the bombing.",
        "The minister said Belgrade did not have anything to do with the killings.",
    ):
        assert Stance.DENY in stances(nlp, text), text


def test_a_claim_called_fictitious_is_denied(nlp: Language) -> None:
    text = (
        "A foreign ministry spokesman said any claim that Syria had a link to the attacks is"
        " fictitious and imaginary."
    )
    assert Stance.DENY in stances(nlp, text)


def test_no_military_flights_is_a_denial(nlp: Language) -> None:
    text = (
        "The defense ministry spokesman said there were no Russian military flights in the"
        " area on Monday."
    )
    assert Stance.DENY in stances(nlp, text)


def test_no_flights_because_of_the_weather_is_no_denial(nlp: Language) -> None:
    text = "The spokesman said there were no flights to Kabul on Monday because of the weather."
    assert Stance.DENY not in stances(nlp, text)


# --- a report denounced as false --------------------------------------------------------


def test_a_report_denounced_as_ridiculous_is_denied(nlp: Language) -> None:
    text = (
        "The United States is denouncing as ridiculous a report that it plotted to overthrow"
        " the Venezuelan government."
    )
    assert Stance.DENY in stances(nlp, text)
    assert Stance.CRITICIZE not in stances(nlp, text)


def test_a_report_denounced_as_a_fabrication_is_denied(nlp: Language) -> None:
    assert Stance.DENY in stances(nlp, "The ministry denounced the report as a fabrication.")


def test_a_report_condemned_as_one_sided_is_criticized(nlp: Language) -> None:
    text = "The ministry condemned the report as one-sided."
    assert Stance.DENY not in stances(nlp, text)


# --- an evaluation stranded in a long object ---------------------------------------------


def test_a_label_after_a_long_object_criticizes_its_doer(nlp: Language) -> None:
    for text in (
        "The Foreign Ministry called the Venezuelan government's decision to expel two"
        " diplomats unjustified.",
        "The Foreign Ministry called the Venezuelan government's decision to expel two"
        " diplomats unjustified and unwarranted.",
        "The Foreign Ministry described the Venezuelan government's decision to expel two"
        " diplomats as unjustified.",
    ):
        assert ("Foreign Ministry", Stance.CRITICIZE, ["Venezuela"]) in resolved(nlp, text), text


def test_results_found_deeply_troubling_are_criticized(nlp: Language) -> None:
    for text in (
        "The Secretary-General found the results of the investigation deeply troubling.",
        'The U.N. says the Secretary-General found the results of the investigation "deeply'
        ' troubling."',
    ):
        assert ("Secretary-General", Stance.CRITICIZE, []) in resolved(nlp, text), text


def test_a_finding_with_no_evaluation_is_no_claim(nlp: Language) -> None:
    for text in (
        "Investigators found the ship empty.",
        "The monitors found the election results credible.",
    ):
        assert resolved(nlp, text) == [], text


def test_a_long_object_with_no_evaluation_makes_no_label(nlp: Language) -> None:
    text = "Lawmakers called the decision to send two envoys to Caracas a first step."
    assert Stance.CRITICIZE not in stances(nlp, text)


# --- an accusation noun spelled out by a gerund -------------------------------------------


def test_accusations_of_a_gerund_are_the_authors_accusation(nlp: Language) -> None:
    text = "Beijing has rejected U.S. accusations of hacking."
    claims = resolved(nlp, text)
    assert ("China", Stance.DENY, ["United States"]) in claims
    assert ("United States", Stance.ACCUSE, ["China"]) in claims


def test_accusations_rejected_by_an_official_are_aimed_at_the_officials_state(
    nlp: Language,
) -> None:
    text = "The Chinese premier has rejected U.S. accusations of cyber theft."
    assert ("United States", Stance.ACCUSE, ["China"]) in resolved(nlp, text)


def test_accusations_rejected_by_an_opposition_leader_stay_aimed_at_him(
    nlp: Language,
) -> None:
    text = "Russian opposition leader Alexei Navalny rejected Kremlin accusations of fraud."
    claims = resolved(nlp, text)
    assert not any(s is Stance.ACCUSE and t == ["Russia"] for _, s, t in claims), claims


# --- a speaker joined to a fronted phrase ---------------------------------------------


def test_a_speaker_after_a_fronted_phrase_ending_in_a_name_speaks(nlp: Language) -> None:
    text = (
        "During talks in Seoul with China's vice foreign minister, Liu Wei, South Korean"
        " Foreign Minister Park Jin said his government will suspend new investment in the"
        " North until it returns the seized fishing boats."
    )
    claimers = {claimer for claimer, _, _ in resolved(nlp, text)}
    assert "Park Jin" in claimers, claimers


# --- quotations and recorded words that continue a speaker --------------------------------


def test_a_short_quoted_clause_continues_the_speaker_and_the_run(nlp: Language) -> None:
    text = (
        '"If the government had wanted a fair vote at any stage, we would have been glad to'
        ' help," the foreign secretary said. "It did not. Instead, it has used the election as'
        ' an excuse for crushing the opposition."'
    )
    claims = resolved(nlp, text)
    assert sum(1 for claimer, _, _ in claims if claimer == "foreign secretary") == 3, claims


def test_a_first_person_sentence_after_a_persons_line_is_that_persons(nlp: Language) -> None:
    text = (
        "Senator Jack Reed, a member of the Armed Services Committee, said the Chinese"
        " authorities should return the crew at once. He made his comments on a Sunday"
        " television program. I think that is the first assurance we need from Beijing."
    )
    claims = resolved(nlp, text)
    assert sum(1 for claimer, _, _ in claims if claimer == "Jack Reed") == 2, claims


def test_a_first_person_sentence_with_no_speaker_before_it_is_nobodys(nlp: Language) -> None:
    text = "The storm hit the coast on Monday. We are told that damage was light."
    assert resolved(nlp, text) == []


def test_an_official_texts_we_is_not_the_last_speakers_recorded_words() -> None:
    from kg.resolve.voice import news_only

    assert news_only("unquoted_bite+content_stance")
    assert not news_only("follow_on_quote")
