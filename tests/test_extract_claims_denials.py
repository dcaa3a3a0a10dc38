"""Denials and criticisms the cue families miss (:mod:`kg.extract.claims.denials`) and the
label readings added to :mod:`kg.extract.claims.labels` ("referred to the charges as
absurd", "called the allegations unsubstantiated").

Wire-style sentences written for these tests (none is in a gold part of
``benchmarks/claims``); each rule has a negative case beside it.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.claims import extract_claims
from kg.extract.mentions import extract_mentions
from kg.model import Claim, Stance


def claims_of(nlp: Language, text: str, rules: frozenset[str] | None = None) -> tuple[Claim, ...]:
    doc = nlp(text)
    claims = extract_claims(doc, extract_mentions(doc), rules)
    for claim in claims:  # offsets always true to the text
        for span in [claim.cue, claim.claimer.span, *(t.span for t in claim.targets)]:
            assert text[span.start : span.end] == span.text
        if claim.content is not None:
            assert text[claim.content.start : claim.content.end] == claim.content.text
    return claims


def summary(claims: tuple[Claim, ...]) -> list[tuple[str, str, list[str], str | None]]:
    return [
        (
            c.claimer.span.text,
            c.stance.value,
            [t.span.text for t in c.targets],
            c.content.text if c.content else None,
        )
        for c in claims
    ]


def with_stance(claims: tuple[Claim, ...], stance: Stance) -> list[Claim]:
    return [c for c in claims if c.stance is stance]


# --- rejected criticism (read by reported_speech) -----------------------------------------


def test_rejecting_criticism_denies_the_critic(nlp: Language) -> None:
    claims = claims_of(
        nlp, "Beijing on Tuesday rejected European criticism of its policies in Xinjiang."
    )
    denials = with_stance(claims, Stance.DENY)
    assert len(denials) == 1
    assert denials[0].claimer.span.text == "Beijing"
    assert "European" in [t.span.text for t in denials[0].targets]
    assert denials[0].rule == "reported_speech"


def test_rejecting_a_resolution_denies_its_author(nlp: Language) -> None:
    claims = claims_of(
        nlp, "Myanmar's military government rejected a European Parliament resolution on Rakhine."
    )
    denials = with_stance(claims, Stance.DENY)
    assert [d.claimer.span.text for d in denials] == ["Myanmar's military government"]
    assert any("European Parliament" in t.span.text for t in denials[0].targets)


def test_rejecting_an_offer_or_an_unperformed_rejection_is_no_claim(nlp: Language) -> None:
    assert not with_stance(
        claims_of(nlp, "The rebels rejected the government's offer of talks."), Stance.DENY
    )
    assert not with_stance(
        claims_of(nlp, "Moscow urged its allies to reject the resolution on Syria."), Stance.DENY
    )


# --- angry_reaction -------------------------------------------------------------------------


def test_angry_reaction_criticizes_whoever_did_it(nlp: Language) -> None:
    claims = claims_of(
        nlp, "Ankara reacted angrily to Sweden's decision to allow the protest outside its embassy."
    )
    [criticism] = with_stance(claims, Stance.CRITICIZE)
    assert criticism.claimer.span.text == "Ankara"
    assert [t.span.text for t in criticism.targets] == ["Sweden"]
    assert criticism.content is not None
    assert criticism.content.text.startswith("Sweden's decision")


def test_reacting_calmly_or_responding_to_a_question_is_no_criticism(nlp: Language) -> None:
    for text in (
        "Ankara reacted calmly to Sweden's decision to allow the protest.",
        "The minister responded to a question about the border.",
    ):
        assert not with_stance(claims_of(nlp, text), Stance.CRITICIZE), text


def test_a_state_protesting_criticizes_but_a_crowd_protesting_is_an_act(nlp: Language) -> None:
    [criticism] = with_stance(
        claims_of(
            nlp, "Japan protested China's construction of a gas platform near the median line."
        ),
        Stance.CRITICIZE,
    )
    assert criticism.claimer.span.text == "Japan"
    assert [t.span.text for t in criticism.targets] == ["China"]
    assert not with_stance(
        claims_of(nlp, "Thousands of students protested against the new education law on Sunday."),
        Stance.CRITICIZE,
    )


# --- denial_content ---------------------------------------------------------------------------


def test_own_rejection_inside_a_quotation_is_a_denial_of_what_the_accusation_says(
    nlp: Language,
) -> None:
    text = (
        '"We categorically reject the accusation that our forces shelled the market," '
        "the army spokesman said."
    )
    [denial] = with_stance(claims_of(nlp, text), Stance.DENY)[-1:]
    assert denial.claimer.span.text == "the army spokesman"
    assert denial.content is not None
    assert denial.content.text == "our forces shelled the market"
    assert "denial_content" in denial.rule


def test_own_condemnation_inside_a_quotation_is_a_criticism(nlp: Language) -> None:
    text = "\"We condemn the Taliban's attack on the girls' school,\" the envoy said."
    criticisms = [c for c in claims_of(nlp, text) if c.claimer.span.text == "the envoy"]
    assert [c.stance for c in criticisms] == [Stance.CRITICIZE]
    assert [t.span.text for t in criticisms[0].targets] == ["Taliban"]


def test_no_way_and_no_record_deny(nlp: Language) -> None:
    # a counter-statement is a denial against a charge stated in the sentence or the one
    # before (the claims guide, point 21)
    for text in (
        "The coast guard commander rejected the charges. He said there was no way that his"
        " vessels rammed the trawler.",
        "A ministry spokesman told reporters there is no record of such a flight, dismissing"
        " the claims.",
        "Rights groups accuse the police of abuses. The interior minister says there is no"
        " torture in the country's prisons.",
    ):
        stances = [c.stance for c in claims_of(nlp, text)]
        assert Stance.DENY in stances, text


def test_no_torture_or_a_negated_act_with_no_charge_stated_is_an_assertion(
    nlp: Language,
) -> None:
    for text in (
        "The interior minister says there is no torture in the country's prisons.",
        "The foreign minister said her country had never supplied weapons to the rebels.",
    ):
        stances = [c.stance for c in claims_of(nlp, text)]
        assert stances == [Stance.ASSERT], text


def test_no_record_or_no_way_without_a_denial_stays_an_assertion(nlp: Language) -> None:
    for text in (
        "The minister said there was no way to reach the villages before the rains.",
        "The minister said the team had found a record of the flight.",
        "The minister said there was no electricity in the country's prisons.",
    ):
        stances = [c.stance for c in claims_of(nlp, text)]
        assert stances == [Stance.ASSERT], text


def test_trailing_rejection_makes_the_statement_a_denial(nlp: Language) -> None:
    text = (
        "Sri Lanka's defence secretary says no civilians were killed in the offensive, "
        "rejecting allegations by the United Nations."
    )
    [denial] = claims_of(nlp, text)
    assert denial.stance is Stance.DENY
    assert denial.content is not None
    assert denial.content.text == "no civilians were killed in the offensive"
    assert "United Nations" in [t.span.text for t in denial.targets]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The envoy said Belarus has a dismal human rights record.", "Belarus"),
        (
            "Human Rights Watch says the European Union has not done enough to protect migrants.",
            "European Union",
        ),
        (
            "The opposition leader said the government had failed to protect civilians.",
            None,
        ),
    ],
)
def test_poor_record_not_enough_and_failure_criticize(
    nlp: Language, text: str, target: str | None
) -> None:
    [claim] = claims_of(nlp, text)
    assert claim.stance is Stance.CRITICIZE, text
    if target is not None:
        assert [t.span.text for t in claim.targets] == [target]


def test_good_record_enough_and_failed_talks_stay_assertions(nlp: Language) -> None:
    for text in (
        "The envoy said Belarus has a good record on nuclear safety.",
        "The minister said the country has enough grain for the winter.",
        "The mediator said the talks had failed to produce an agreement.",
    ):
        assert [c.stance for c in claims_of(nlp, text)] == [Stance.ASSERT], text


# --- labels -------------------------------------------------------------------------------


def test_referred_to_the_charges_as_absurd_is_a_denial(nlp: Language) -> None:
    text = "The defence minister referred to the espionage charges as absurd."
    [denial] = claims_of(nlp, text)
    assert denial.stance is Stance.DENY
    assert denial.rule == "label"


def test_referred_to_a_report_as_a_neutral_name_is_no_denial(nlp: Language) -> None:
    text = 'The minister referred to the report as "the Geneva paper" during the briefing.'
    assert not with_stance(claims_of(nlp, text), Stance.DENY)


def test_small_clause_label_of_allegations_is_a_denial(nlp: Language) -> None:
    text = (
        "A spokesman for Kenya's Foreign Ministry called the allegations unfounded, "
        "but he said talks would continue."
    )
    denials = with_stance(claims_of(nlp, text), Stance.DENY)
    assert len(denials) == 1
    assert [t.span.text for t in denials[0].targets] == ["the allegations"]


def test_singling_out_for_criticism_and_going_on_the_offensive_criticize(nlp: Language) -> None:
    [singled] = claims_of(nlp, "Tehran singled out the British ambassador for criticism.")
    assert singled.stance is Stance.CRITICIZE
    assert singled.claimer.span.text == "Tehran"
    assert [t.span.text for t in singled.targets] == ["British"]
    [offensive] = claims_of(
        nlp, "Moscow went on the offensive against a critical Council of Europe report."
    )
    assert offensive.stance is Stance.CRITICIZE
    assert [t.span.text for t in offensive.targets] == ["Council of Europe"]


def test_singling_out_for_attack_or_going_on_a_military_offensive_is_no_claim(
    nlp: Language,
) -> None:
    assert not claims_of(nlp, "The army singled out three villages for attack.")
    assert not claims_of(nlp, "The army went on the offensive against rebel positions.")


def test_not_done_well_criticizes_an_institution_but_not_a_team(nlp: Language) -> None:
    [claim] = claims_of(nlp, "The analyst said the Malawi government has not done well.")
    assert claim.stance is Stance.CRITICIZE
    [coach] = claims_of(nlp, "The coach said the team has not done well this season.")
    assert coach.stance is Stance.ASSERT


@pytest.mark.parametrize(
    "text",
    [
        "Officials in Damascus said the video was doctored.",
        "The ministry said the footage had been staged.",
        "The ambassador said there was no truth to the reports.",
        "The spokesman said the accusations were an attempt to divert attention from the crisis.",
        "Kinshasa accused its neighbour of arming the rebels. The foreign minister said her"
        " country had never supplied weapons to the rebels.",
    ],
)
def test_content_that_denies_by_fakery_no_truth_pretext_or_negated_act(
    nlp: Language, text: str
) -> None:
    assert [c.stance for c in claims_of(nlp, text)][-1:] == [Stance.DENY]


@pytest.mark.parametrize(
    "text",
    [
        "The opposition leader said the election was manipulated.",
        "The spokesman said the accusations were serious.",
        "The ambassador said there was some truth to the reports.",
        "The foreign minister said her country had supplied food to the refugees.",
    ],
)
def test_content_without_a_denial_stays_an_assertion(nlp: Language, text: str) -> None:
    assert [c.stance for c in claims_of(nlp, text)] != [Stance.DENY]


def test_joined_in_condemning_is_a_criticism_by_both(nlp: Language) -> None:
    claims = claims_of(nlp, "Canada joined Australia in condemning the execution of the activists.")
    assert sorted(c.claimer.span.text for c in claims) == ["Australia", "Canada"]
    assert {c.stance for c in claims} == {Stance.CRITICIZE}


def test_joined_in_denying_is_a_denial_and_joining_talks_is_no_claim(nlp: Language) -> None:
    claims = claims_of(
        nlp, "The rebel spokesman joined tribal leaders in denying any role in the ambush."
    )
    assert [c.stance for c in claims] == [Stance.DENY, Stance.DENY]
    assert not claims_of(nlp, "Canada joined Australia in hosting the talks on the crisis.")


def test_misparsed_labels_branded_with_two_objects_or_an_adjective(nlp: Language) -> None:
    [crime] = claims_of(nlp, "Caracas branded the sanctions a crime against humanity.")
    assert (crime.claimer.span.text, crime.stance) == ("Caracas", Stance.ACCUSE)
    [vote] = claims_of(nlp, "The opposition branded the vote illegitimate.")
    assert vote.stance is Stance.ACCUSE
    assert not claims_of(nlp, "They gave the boy a book.")


def test_sham_and_farce_labels_criticize(nlp: Language) -> None:
    for text in (
        "The opposition leader called the election a sham.",
        "He called the trial a farce.",
    ):
        assert [c.stance for c in claims_of(nlp, text)] == [Stance.CRITICIZE], text


def test_label_moved_before_a_possessed_charge_denies_it(nlp: Language) -> None:
    text = 'The president called an "insult" Senator Brown\'s charge that the army was looting.'
    denials = with_stance(claims_of(nlp, text), Stance.DENY)
    assert len(denials) == 1
    assert denials[0].content is not None
    assert denials[0].content.text == "the army was looting"
    assert "Brown" in [t.span.text for t in denials[0].targets]


def test_negated_passive_or_pledge_is_no_denial(nlp: Language) -> None:
    for text in (
        "The prime minister said her government would not be intimidated by the threats.",
        "The minister said his country will never supply weapons to the rebels.",
    ):
        assert [c.stance for c in claims_of(nlp, text)] != [Stance.DENY], text


def test_relative_label_of_a_charge_denies_the_earlier_accuser(nlp: Language) -> None:
    text = (
        "Tehran accused London of arming the protesters, "
        "a charge the British ambassador called absurd."
    )
    [denial] = with_stance(claims_of(nlp, text), Stance.DENY)
    assert denial.claimer.span.text == "the British ambassador"
    assert "Tehran" in [t.span.text for t in denial.targets]
    assert denial.content is not None and denial.content.text == "absurd"


def test_relative_label_of_a_plan_is_no_denial(nlp: Language) -> None:
    text = "Tehran announced a new plan, a scheme the British ambassador called ambitious."
    assert not with_stance(claims_of(nlp, text), Stance.DENY)


@pytest.mark.parametrize(
    "text",
    [
        "Beijing voiced opposition to the planned arms sale.",
        "The EU said the arrests of the journalists were deeply troubling.",
        "Paris said the expulsion of its envoy was regrettable.",
        "The minister said the decision by the court was a mistake.",
        "The White House said the verdict was a travesty of justice.",
        "Washington called the move a step in the wrong direction.",
    ],
)
def test_evaluations_of_acts_criticize(nlp: Language, text: str) -> None:
    assert [c.stance for c in claims_of(nlp, text)] == [Stance.CRITICIZE], text


@pytest.mark.parametrize(
    "text",
    [
        "The opposition said the vote was fair.",
        "He said it was a mistake to travel in the rainy season.",
        "Moscow called the accusations a provocation.",
    ],
)
def test_evaluations_that_do_not_criticize_an_act(nlp: Language, text: str) -> None:
    assert Stance.CRITICIZE not in [c.stance for c in claims_of(nlp, text)], text


def test_negated_hostile_act_of_nobody_or_under_a_modal_is_no_denial(nlp: Language) -> None:
    for text in (
        "He said direct contact can never hurt.",
        "The president said Iran can never obtain a nuclear weapon.",
    ):
        assert [c.stance for c in claims_of(nlp, text)] != [Stance.DENY], text


def test_ruling_out_talks_is_no_denial_but_ruling_out_involvement_is(nlp: Language) -> None:
    assert not with_stance(
        claims_of(nlp, "Officials in Kabul have flatly ruled out talks with the insurgents."),
        Stance.DENY,
    )
    [denial] = claims_of(nlp, "Kabul ruled out any involvement in the bombing of the convoy.")
    assert denial.stance is Stance.DENY
