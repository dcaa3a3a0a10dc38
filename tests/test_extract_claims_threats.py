"""Threats and criticisms carried by what a speaker says (round 7): a diplomatic rupture
promised or made conditional (CAMEO 161: "may sever ties with X if ..."), a refusal to
tolerate ("will not tolerate any provocation"), fire aimed into a territory, the speaker's
"he"/"his forces" as its own side; criticism by evaluating a clause ("it is unfortunate that
X ..."), by "X should stop ...", by the speaker's own protest, concern or regret said inside
the content, by "expressed regret at X", by a diplomatic act done "to protest X", and by a
label from the content lexicon's critical evaluations.  And the precision checks: a threat
needs a harm, a speaker regretting deaths or its own side's deeds asserts, "demanded that X
stop" threatens nobody.

The sentences are news reports in no gold part of ``benchmarks/claims/gold.jsonl``, each
lightly reworded from the report named beside it (names, places and structure kept)."""

from __future__ import annotations

from spacy.language import Language

from kg.model import Stance
from tests.claim_helpers import resolved


def stances(nlp: Language, text: str) -> set[Stance]:
    return {stance for _, stance, _ in resolved(nlp, text)}


# --- threats --------------------------------------------------------------------------


def test_a_rupture_of_relations_made_conditional_threatens_the_partner(nlp: Language) -> None:
    # after Reuters via dunyanews.tv, 2023-12-22
    text = (
        "Russia may sever diplomatic ties with the United States if Washington confiscates"
        " frozen Russian assets, Russian Deputy Foreign Minister Sergei Ryabkov said on Friday."
    )
    assert ("Sergei Ryabkov", Stance.THREATEN, ["United States"]) in resolved(nlp, text)


def test_a_rupture_unless_the_other_side_stops_threatens_it(nlp: Language) -> None:
    # after JTA's archive, June 1967
    text = (
        "The Soviet Union warned Israel today that it may sever diplomatic relations unless"
        " Israel immediately ceases military action."
    )
    claims = resolved(nlp, text)
    assert any(s is Stance.THREATEN and "Israel" in t for _, s, t in claims), claims


def test_threatening_to_cut_ties_with_a_state_is_aimed_at_it(nlp: Language) -> None:
    # after asiaplus.news, 2022-08-03
    text = "The Kremlin threatened to break off diplomatic relations with Washington."
    claims = resolved(nlp, text)
    assert any(s is Stance.THREATEN and t == ["United States"] for _, s, t in claims), claims


def test_a_rupture_already_made_is_no_threat(nlp: Language) -> None:
    # after politics-dz.com: a rupture reported, not promised
    text = "Officials said the United States severed ties with Cuba in 1961."
    assert Stance.THREATEN not in stances(nlp, text)


def test_a_rupture_by_the_other_side_is_no_threat_by_the_speaker(nlp: Language) -> None:
    text = "The Georgian minister said Russia will expel Georgian diplomats."
    assert Stance.THREATEN not in stances(nlp, text)


def test_refusing_to_tolerate_provocations_is_a_threat(nlp: Language) -> None:
    # after Sputnik, 2025-11-07
    text = (
        "Defense Ministry spokesperson Jiang Bin said China will not tolerate provocations"
        " staged by the Philippines in the South China Sea."
    )
    assert Stance.THREATEN in stances(nlp, text)


def test_not_accepting_a_proposal_is_no_threat(nlp: Language) -> None:
    # "accept" needs a hostile or harmful object: this is a refusal
    text = "The foreign minister said Ankara will not accept the proposal for a new summit."
    assert Stance.THREATEN not in stances(nlp, text)


def test_the_speaker_promising_an_attack_if_elected_threatens(nlp: Language) -> None:
    # the class of "he will attack X if ...": the speaker's "he" is its own side
    text = "The opposition candidate Moise Katumbi said he will attack Rwanda if he is elected."
    assert ("Moise Katumbi", Stance.THREATEN, ["Rwanda"]) in resolved(nlp, text)


def test_fire_aimed_into_a_territory_threatens_its_state(nlp: Language) -> None:
    text = (
        "Hamas leader Ismail Haniyeh said his fighters are ready to fire rockets that will"
        " reach deep into Israeli territory."
    )
    assert ("Ismail Haniyeh", Stance.THREATEN, ["Israel"]) in resolved(nlp, text)


def test_extremists_planning_attacks_are_no_threat_by_the_police(nlp: Language) -> None:
    # a warning about a third party's plans: the police assert, they threaten nobody
    text = "The police warned that Islamic extremists might be planning attacks on hotels in Delhi."
    assert Stance.THREATEN not in stances(nlp, text)


def test_a_tense_zone_warned_of_is_no_threat(nlp: Language) -> None:
    text = "Thai army officers have warned the border zone remains tense."
    assert Stance.THREATEN not in stances(nlp, text)


def test_a_demand_to_stop_threatens_nobody(nlp: Language) -> None:
    # after the Chinese Foreign Ministry's remarks as reported by China Daily, 2013-09-10
    text = "Hong Lei demanded that Japan stop all provocative actions around the islands."
    assert Stance.THREATEN not in stances(nlp, text)


# --- criticisms -----------------------------------------------------------------------


def test_it_is_unfortunate_that_criticizes_the_doer(nlp: Language) -> None:
    text = (
        "Foreign Minister Abdul Momen said it is unfortunate that Indian border guards"
        " continue to kill Bangladeshi nationals."
    )
    claims = resolved(nlp, text)
    assert any(
        c == "Abdul Momen" and s in (Stance.CRITICIZE, Stance.ACCUSE) and t for c, s, t in claims
    ), claims


def test_for_x_to_act_is_unacceptable_criticizes_x(nlp: Language) -> None:
    # after the Philippine DFA's protest, October 2023
    text = (
        "A DFA spokeswoman said that for the Chinese coast guard to block the resupply boat"
        " is unacceptable."
    )
    claims = resolved(nlp, text)
    assert any(s is Stance.CRITICIZE for _, s, _ in claims), claims


def test_it_is_regrettable_that_we_did_not_agree_is_no_criticism(nlp: Language) -> None:
    text = "The minister said it is regrettable that we could not agree on a text."
    assert Stance.CRITICIZE not in stances(nlp, text)


def test_should_stop_talking_criticizes_the_named_actor(nlp: Language) -> None:
    text = "Hun Sen said Abhisit Vejjajiva should stop talking about the temple."
    assert ("Hun Sen", Stance.CRITICIZE, ["Abhisit Vejjajiva"]) in resolved(nlp, text)


def test_the_speakers_own_regret_of_the_others_act_criticizes(nlp: Language) -> None:
    # after antiwar.com quoting Niger's military spokesman, March 2024
    text = (
        '"The government of Niger regrets the intention of the American delegation to deny'
        ' Nigeriens the right to choose their partners," the military spokesman, Amadou'
        " Abdramane, said."
    )
    claims = resolved(nlp, text)
    assert any(s is Stance.CRITICIZE and "United States" in t for _, s, t in claims), claims


def test_regretting_the_deaths_is_no_criticism(nlp: Language) -> None:
    text = "The Israeli military said it regrets the deaths of the Egyptian policemen."
    assert Stance.CRITICIZE not in stances(nlp, text)


def test_expressing_regret_over_deaths_is_no_criticism(nlp: Language) -> None:
    text = "Israel expressed regret over the deaths of the Egyptian border guards."
    assert Stance.CRITICIZE not in stances(nlp, text)


def test_expressing_regret_at_the_others_remarks_criticizes_them(nlp: Language) -> None:
    text = "The Chinese embassy expressed regret at Baerbock's remarks about President Xi."
    claims = resolved(nlp, text)
    assert any(s is Stance.CRITICIZE and t for _, s, t in claims), claims


def test_a_protest_lodged_inside_a_quotation_criticizes(nlp: Language) -> None:
    text = (
        '"We have already lodged a protest because the landing is inconsistent with our'
        ' position," Foreign Minister Fumio Kishida told reporters.'
    )
    assert ("Fumio Kishida", Stance.CRITICIZE, []) in resolved(nlp, text)


def test_concern_said_in_the_first_person_criticizes(nlp: Language) -> None:
    # after the Chinese Foreign Ministry, ecns.cn, 2013-09-11 (the small model finds no
    # person in "Hong Lei", so another minister speaks here)
    text = '"We are gravely concerned about Japan\'s statements," Wang Yi said.'
    assert ("Wang Yi", Stance.CRITICIZE, ["Japan"]) in resolved(nlp, text)


def test_an_envoy_summoned_to_protest_an_act_is_a_criticism(nlp: Language) -> None:
    # after news.az, 2017-05-23
    text = (
        "Turkey sent a letter to protest the aggressive actions of American security"
        " personnel outside its embassy."
    )
    claims = resolved(nlp, text)
    assert any(c == "Turkey" and s is Stance.CRITICIZE for c, s, _ in claims), claims


def test_a_critical_label_from_the_lexicon_criticizes(nlp: Language) -> None:
    text = "Indonesia called the phone tapping an unfriendly act between partners."
    assert Stance.CRITICIZE in stances(nlp, text)


def test_regret_that_a_meeting_failed_is_no_criticism(nlp: Language) -> None:
    # the audit's false criticism (a White House readout in the bundled corpus, reworded)
    text = (
        "The President expressed regret that he and the Prime Minister were unable to meet"
        " in person."
    )
    assert Stance.CRITICIZE not in stances(nlp, text)


def test_prices_that_will_be_affected_are_no_threat(nlp: Language) -> None:
    # the audit's false threat (a Ukrainian presidential text in the bundled corpus, reworded)
    text = (
        "According to the President, it has already affected the prices for grain, and soon"
        " will affect the prices for other food products."
    )
    assert Stance.THREATEN not in stances(nlp, text)


def test_forces_under_attack_that_will_fight_back_threaten(nlp: Language) -> None:
    text = (
        "Ukraine says its troops are shelled daily and will strike back if Russian forces advance."
    )
    assert Stance.THREATEN in stances(nlp, text)


def test_support_expressed_before_a_concern_in_one_quotation(nlp: Language) -> None:
    # a light verb with another stance noun first, then the speaker's concern
    text = (
        "\"We expressed support for the talks, and we are concerned about Russia's troop"
        ' build-up," Foreign Minister Radoslaw Sikorski said.'
    )
    claims = resolved(nlp, text)
    assert any(s is Stance.CRITICIZE and "Russia" in t for _, s, t in claims), claims
