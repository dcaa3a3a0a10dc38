"""Targets and nominal cues of claims in the dispute register: whom an accusation, a denial,
a criticism or a threat is aimed at, and the cues that are not plain speech verbs.

Every sentence is real news copy (wire, state media, agency pages) that is in no part of
the claims gold set; each test asserts claimer, stance and targets, and the negative cases
assert what must not be read.
"""

from __future__ import annotations

from spacy.language import Language

from kg.extract.claims import extract_claims
from kg.extract.mentions import extract_mentions
from kg.model import Claim, Stance
from tests.claim_helpers import resolved_names as resolved


def claims_of(nlp: Language, text: str) -> tuple[Claim, ...]:
    doc = nlp(text)
    claims = extract_claims(doc, extract_mentions(doc))
    for claim in claims:  # offsets always true to the text
        for span in [claim.cue, claim.claimer.span, *(t.span for t in claim.targets)]:
            assert text[span.start : span.end] == span.text
    return claims


def summary(nlp: Language, text: str) -> set[tuple[str, str, tuple[str, ...]]]:
    """(claimer, stance, targets) of each claim, by the text of its mentions."""
    return {
        (c.claimer.span.text, c.stance.value, tuple(t.span.text for t in c.targets))
        for c in claims_of(nlp, text)
    }


# --- a charge with several accusers, and its denial --------------------------------------


def test_a_charge_denied_answers_each_of_its_accusers(nlp: Language) -> None:
    # "a charge Ukraine has denied" is parsed with "charge" as the subject of "denied" and
    # "Ukraine" as its apposition: Ukraine still denies, and answers both accusers
    text = (
        'Mali and Niger have accused Ukraine of backing "international terrorism," '
        "a charge Ukraine has denied."
    )
    found = summary(nlp, text)
    assert ("Mali", "accuse", ("Ukraine",)) in found
    assert ("Niger", "accuse", ("Ukraine",)) in found
    assert ("Ukraine", "deny", ("Mali", "Niger")) in found
    assert not any(stance == "deny" and claimer != "Ukraine" for claimer, stance, _ in found)


def test_countries_named_after_including_each_speak(nlp: Language) -> None:
    text = (
        "Countries including Britain, Canada, and Germany, and others on Wednesday condemned "
        "the Israeli security cabinet's approval of 19 new settlements in the West Bank."
    )
    found = resolved(nlp, text)
    assert found == {
        ("United Kingdom", "criticize", ("Israel",)),
        ("Canada", "criticize", ("Israel",)),
        ("Germany", "criticize", ("Israel",)),
    }


def test_a_meeting_of_leaders_is_no_claim(nlp: Language) -> None:
    assert claims_of(nlp, "The leaders of Mali and Niger met in Bamako on Friday.") == ()


# --- the accuser of a denied charge --------------------------------------------------------


def test_an_accusation_by_a_state_answered_by_a_denial(nlp: Language) -> None:
    text = (
        "China on Tuesday rejected an accusation by Washington and its Western allies that "
        "Beijing is to blame for a hack of the Microsoft Exchange email system."
    )
    found = resolved(nlp, text)
    assert ("China", "deny", ("United States",)) in found
    assert ("United States", "accuse", ("China",)) in found


def test_the_pronoun_a_charge_names_is_its_target(nlp: Language) -> None:
    text = (
        "Iran acknowledged Sunday it had a strong dialogue with embattled Iraqi politician "
        "Ahmad Chalabi, but rejected US accusations that he passed classified intelligence "
        "to Iran."
    )
    assert ("US", "accuse", ("he",)) in summary(nlp, text)
    found = resolved(nlp, text)
    assert ("United States", "accuse", ("Ahmad Chalabi",)) in found
    assert ("Iran", "deny", ("United States",)) in found
    # a denied clause names no target: what it is about is the denier's own side
    text = "Chalabi has denied allegations he handed over sensitive information to Iran."
    assert resolved(nlp, text) == {("Chalabi", "deny", ())}


def test_an_allegation_spoken_of_again_names_no_accuser_by_itself(nlp: Language) -> None:
    # no earlier allegation in the sentence: "these insinuations" answer nobody named
    (claim,) = claims_of(nlp, "Kyiv categorically rejected these insinuations.")
    assert claim.stance is Stance.DENY
    assert [t.label for t in claim.targets] == ["NOMINAL"]
    assert resolved(nlp, "Kyiv categorically rejected these insinuations.") == {
        ("Ukraine", "deny", ())
    }


# --- criticism aimed at an allegation is a denial ------------------------------------------


def test_condemning_an_accusation_denies_it(nlp: Language) -> None:
    text = (
        "According to Mehr News Agency, Foreign Ministry spokesman Ismail Baqaei has denied "
        "and condemned the recent accusation of the British Foreign Minister against Iran."
    )
    stances = {(c.claimer.span.text, c.stance) for c in claims_of(nlp, text)}
    assert ("Ismail Baqaei", Stance.DENY) in stances
    assert ("Ismail Baqaei", Stance.CRITICIZE) not in stances


def test_condemning_an_actor_stays_a_criticism(nlp: Language) -> None:
    text = (
        "IDF Gaza Division commander, Brigadier-General Ayal Eisenberg slammed Hamas on "
        'Thursday, calling the group\'s abuse of civilians "monstrous."'
    )
    assert ("Ayal Eisenberg", "criticize", ("Hamas",)) in summary(nlp, text)
    text = (
        "China has slammed a decision by the United States to restrict visas for Chinese "
        "officials whom Washington says are involved in rights violations."
    )
    stances = {c.stance for c in claims_of(nlp, text) if c.claimer.span.text == "China"}
    assert Stance.CRITICIZE in stances and Stance.DENY not in stances


# --- descriptions as targets ---------------------------------------------------------------


def test_a_described_group_accused_is_an_actor(nlp: Language) -> None:
    text = "Rather, he accused the human rights group of frustrating the effort of the military."
    assert ("he", "accuse", ("the human rights group",)) in summary(nlp, text)
    text = (
        "It said its facts were drawn from interviews with affected villagers, but the "
        "military accused the group of targeting troops to support terrorists."
    )
    found = resolved(nlp, text)
    assert any(stance == "accuse" and targets == ("group",) for _, stance, targets in found)


def test_an_act_criticised_without_a_doer_has_no_target(nlp: Language) -> None:
    text = (
        "Amnesty International has censured the Egyptian government for intensifying its crackdown."
    )
    assert resolved(nlp, text) == {("Amnesty International", "criticize", ("Egypt",))}


# --- threats -------------------------------------------------------------------------------


def test_a_place_threatened_is_no_target(nlp: Language) -> None:
    text = (
        "Iranian President Hassan Rouhani has threatened again to close the Strait of Hormuz, "
        "the passageway for nearly a third of all oil traded by sea."
    )
    assert summary(nlp, text) == {("Hassan Rouhani", "threaten", ())}


# --- predicate adjectives and labels -------------------------------------------------------


def test_being_critical_of_a_policy_criticizes_its_owner(nlp: Language) -> None:
    text = (
        "China has been critical of the U.S. administration's policy toward the Chinese, "
        'saying that the administration is "playing politics" with the U.S.'
    )
    criticisms = [c for c in claims_of(nlp, text) if c.stance is Stance.CRITICIZE]
    assert [(c.claimer.span.text, c.rule) for c in criticisms] == [("China", "predicate_adjective")]
    assert [t.span.text for t in criticisms[0].targets] == ["U.S."]


def test_critical_as_an_attribute_is_no_claim(nlp: Language) -> None:
    text = (
        "Watchdogs fear a further crackdown on human rights defenders, journalists, and others "
        "critical of the military."
    )
    assert claims_of(nlp, text) == ()


def test_silence_without_a_subject_matter_is_no_refusal(nlp: Language) -> None:
    text = (
        "Prince Andrew remained silent Tuesday, hours after Virginia Giuffre filed a lawsuit "
        "accusing the royal of sexual assault."
    )
    assert not any(c.stance is Stance.DECLINE_COMMENT for c in claims_of(nlp, text))


# --- a denial aimed at a pronoun or an anaphoric charge: the author named nearby ----------


def test_denial_of_them_answers_the_author_of_the_allegations(nlp: Language) -> None:
    text = (
        "The ministry said the article appeared on the same day that Iranian officials issued "
        'their first response to the British allegations, dismissing them as a "smear campaign."'
    )
    found = resolved(nlp, text)
    denials = [(c, t) for c, stance, t in found if stance == "deny"]
    assert denials and all("United Kingdom" in targets for _, targets in denials)


def test_that_suggestion_answers_the_report_named_before_it(nlp: Language) -> None:
    text = (
        'Smith said, "That is the strangest part of the CCTV report. '
        'That suggestion is totally absurd."'
    )
    found = summary(nlp, text)
    assert ("Smith", "deny", ("That suggestion", "CCTV")) in found


def test_a_denial_of_a_named_accuser_is_left_as_it_is(nlp: Language) -> None:
    # a named target already says whom the denial answers: nothing is added
    text = "Pakistan on Tuesday rejected India's allegations that it shelters militants."
    found = summary(nlp, text)
    denials = [targets for claimer, stance, targets in found if stance == "deny"]
    assert denials == [("India", "India's allegations")]


def test_a_denial_with_no_charge_named_gets_no_target(nlp: Language) -> None:
    text = 'The spokesman dismissed them as "pure fabrication."'
    found = summary(nlp, text)
    denials = [targets for claimer, stance, targets in found if stance == "deny"]
    assert denials and all(targets in ((), ("them",)) for targets in denials)


def test_dismissing_its_claims_answers_whom_its_stands_for(nlp: Language) -> None:
    text = (
        "North Korea launched a long-range rocket on Sunday. Tokyo dismissed its claims that "
        "the launch put a weather satellite into orbit as baseless."
    )
    found = resolved(nlp, text)
    assert ("Japan", "deny", ("North Korea",)) in found


# --- a stateless adjective qualifies a group, it names no state ----------------------------


def test_western_media_coverage_is_aimed_at_the_western_media(nlp: Language) -> None:
    text = "The ministry condemned Western media reports about the crackdown in the capital."
    assert resolved(nlp, text) == {("ministry", "criticize", ("Western media",))}


def test_a_state_adjective_still_names_its_state(nlp: Language) -> None:
    text = "The ministry condemned Russian media coverage of the protests."
    assert resolved(nlp, text) == {("ministry", "criticize", ("Russia",))}


# --- a relative pronoun as target stands for the noun its clause modifies -----------------


def test_the_accused_of_a_relative_clause_is_its_antecedent(nlp: Language) -> None:
    text = (
        "Police detained a Kurdish journalist whom the government accuses of spreading "
        "terrorist propaganda."
    )
    assert summary(nlp, text) == {("the government", "accuse", ("a Kurdish journalist",))}


def test_state_agents_of_a_relative_clause_stand_for_their_state(nlp: Language) -> None:
    text = "The ministry expelled two British diplomats whom it accuses of spying."
    assert summary(nlp, text) == {("it", "accuse", ("British",))}


# --- whose act: "of" that names the doer, examples of a group, an organ by its seat -----


def test_the_doer_named_by_of_after_a_noun_of_conduct(nlp: Language) -> None:
    # "the behavior of North Korea": North Korea behaves ("the invasion of Ukraine" names
    # the victim and stays without a target)
    text = "Seoul expressed concern about the behavior of North Korea along the border."
    assert ("South Korea", "criticize", ("North Korea",)) in resolved(nlp, text)
    victim = resolved(nlp, "Britain condemned the invasion of Ukraine.")
    assert ("United Kingdom", "criticize", ("Ukraine",)) not in victim


def test_the_holder_of_sovereignty_is_the_one_supported(nlp: Language) -> None:
    text = (
        "The ministers reaffirmed their support for the sovereignty and territorial "
        "integrity of Georgia."
    )
    assert ("The ministers", "approve", ("Georgia",)) in summary(nlp, text)


def test_a_group_aimed_at_through_the_states_it_names_as_examples(nlp: Language) -> None:
    text = (
        "The European Union criticized countries such as Belarus and Iran for jailing journalists."
    )
    assert ("European Union", "criticize", ("Belarus", "Iran")) in resolved(nlp, text)
    text = (
        "The minister noted with concern the growing practice of authoritarian regimes such "
        "as Iran targeting dissidents abroad."
    )
    assert ("The minister", "criticize", ("Iran",)) in summary(nlp, text)


def test_a_civil_organ_named_by_its_seat_stands_for_its_state(nlp: Language) -> None:
    # "the regime in Damascus" did it: the charge is aimed at its state (armed forces "in"
    # a place are not read so: troops stand where they fight)
    text = "The opposition said the regime in Damascus had used chemical weapons against civilians."
    assert ("opposition", "accuse", ("Syria",)) in resolved(nlp, text)


def test_the_patron_of_forces_loyal_to_a_leader_is_accused(nlp: Language) -> None:
    text = (
        "Opposition leaders accused militias loyal to President Nkurunziza of attacking "
        "their supporters."
    )
    assert ("Opposition leaders", "accuse", ("Nkurunziza",)) in summary(nlp, text)


def test_both_sides_of_ties_are_aimed_at(nlp: Language) -> None:
    text = "Washington expressed concern about the growing ties between Iran and Venezuela."
    assert ("United States", "criticize", ("Iran", "Venezuela")) in resolved(nlp, text)


def test_the_cause_named_by_as_a_result_of(nlp: Language) -> None:
    text = (
        "The Red Cross is alarmed by the hunger of families as a result of the Syrian army's siege."
    )
    assert ("The Red Cross", "criticize", ("Syrian",)) in summary(nlp, text)


def test_whom_a_warned_consequence_is_for(nlp: Language) -> None:
    # "a heavy price for Manila's provocations": Manila is to pay; "strikes against
    # Israel": Israel is to be struck; "consequences for regional peace" names nobody
    text = "Beijing warned of a heavy price for Manila's provocations in the South China Sea."
    assert ("China", "threaten", ("Philippines",)) in resolved(nlp, text)
    assert ("Iran", "threaten", ("Israel",)) in resolved(
        nlp, "Tehran warned of strikes against Israel."
    )
    text = "The ministry warned of serious consequences for regional peace."
    assert ("The ministry", "threaten", ()) in summary(nlp, text)


def test_a_group_named_by_a_stateless_adjective_is_itself_the_target(nlp: Language) -> None:
    # "Kurdish militants", "Western governments": no state stands behind the adjective, so
    # the group is accused, not "Kurdish"; "Russian diplomats" still stand for Russia
    found = resolved(nlp, "Ankara accused Kurdish militants of the bombing.")
    assert ("Turkey", "accuse", ("Kurdish militants",)) in found
    found = resolved(nlp, "Burma accused Western governments of supporting the protesters.")
    assert ("Myanmar", "accuse", ("Western governments",)) in found
    found = resolved(nlp, "Britain accused Russian diplomats of spying.")
    assert ("United Kingdom", "accuse", ("Russia",)) in found


def test_a_denial_answers_the_author_a_relative_clause_names(nlp: Language) -> None:
    text = "Beijing rejected the allegations, which were first raised by the U.S. State Department."
    found = resolved(nlp, text)
    assert ("China", "deny", ("United States Department of State",)) in found
    text = "Moscow rejected the charges, which Washington has repeated for weeks."
    assert ("Russia", "deny", ("United States",)) in resolved(nlp, text)
    # a clause that denies the charge names no author
    text = "Kabul rejected the claims, which Pakistan denies."
    assert ("Afghanistan", "deny", ()) in resolved(nlp, text)


def test_a_denial_answers_the_accusation_its_sentence_reports_against_the_denier(
    nlp: Language,
) -> None:
    text = "China denied it had hacked the computers, after Google accused Beijing of the attacks."
    assert ("China", "deny", ("Google",)) in resolved(nlp, text)
    text = "Ukraine accused Russia of shelling the plant, but Moscow denied any involvement."
    assert ("Russia", "deny", ("Ukraine",)) in resolved(nlp, text)
    text = "Rwanda denied the charge after Congo accused it of backing the rebels."
    assert ("Rwanda", "deny", ("Congo",)) in resolved(nlp, text)
    # an accusation against someone else is not what the denial answers
    text = (
        "Somalia accused Ethiopia of sending troops across the border, but Kenya denied "
        "any involvement in the raid."
    )
    assert ("Kenya", "deny", ()) in resolved(nlp, text)


def test_whom_a_threat_makes_bear_the_harm(nlp: Language) -> None:
    # the subject of "would pay"/"would face", the state whose envoy or sites are struck,
    # whose attack a response answers
    found = resolved(nlp, "Hamas warned Israel would pay a heavy price.")
    assert ("Hamas", "threaten", ("Israel",)) in found
    text = "North Korea warned that South Korea would face catastrophic consequences."
    assert ("North Korea", "threaten", ("South Korea",)) in resolved(nlp, text)
    text = "Venezuela threatened to expel the U.S. ambassador."
    assert ("Venezuela", "threaten", ("United States",)) in resolved(nlp, text)
    text = "Ethiopia warned it would respond to any Eritrean attack."
    assert ("Ethiopia", "threaten", ("Eritrea",)) in resolved(nlp, text)


def test_the_doer_of_an_act_whose_by_hangs_on_the_verb(nlp: Language) -> None:
    # the parser hangs "by Iranian security forces" on "criticized": an active verb has no
    # agent, so it is the crackdown's
    text = "Amnesty criticized the crackdown on protesters by Iranian security forces."
    assert ("Amnesty", "criticize", ("Iran",)) in resolved(nlp, text)


def test_what_a_criticism_calls_the_act_names_its_doer(nlp: Language) -> None:
    text = "Seoul criticized what it called the provocations of North Korea."
    assert ("South Korea", "criticize", ("North Korea",)) in resolved(nlp, text)
    text = "The opposition condemned what it called a sham election."
    assert ("opposition", "criticize", ()) in resolved(nlp, text)


def test_the_namer_of_what_it_called_is_not_the_target(nlp: Language) -> None:
    # the subject of "what he called" is the speaker naming the act, not whom it is about
    text = "Iran's foreign minister blamed what he called the hostile policies of Britain."
    got = summary(nlp, text)
    assert ("Iran's foreign minister", "accuse", ("Britain",)) in got
    assert not any("he" in targets for _, _, targets in got)
    text = "The ministry condemned what it described as the detention of Georgians by Russia."
    assert ("The ministry", "criticize", ("Russia",)) in summary(nlp, text)
    text = "The ministry condemned what it described as an unprovoked attack."
    assert all("it" not in targets for _, _, targets in summary(nlp, text))


def test_whom_a_blame_is_put_on_when_on_hangs_on_the_thing_blamed(nlp: Language) -> None:
    text = "Iraq blamed the violence on foreign fighters entering from Syria."
    assert ("Iraq", "accuse", ("foreign fighters",)) in resolved(nlp, text)
    text = "The United States blamed the attack on North Korea."
    assert ("United States", "accuse", ("North Korea",)) in resolved(nlp, text)


def test_a_label_that_names_the_doer_of_an_unowned_act(nlp: Language) -> None:
    # the labelled thing has no owner; the label's noun or its "of" object names one
    text = "Kyiv called the strike another example of Russian terror."
    assert ("Ukraine", "accuse", ("Russia",)) in resolved(nlp, text)
    text = "Serbia described the incident as a continuation of Albanian provocations."
    assert ("Serbia", "criticize", ("Albania",)) in resolved(nlp, text)
    text = "The ministry called the attack an act of terrorism."
    assert all(targets == () for _, _, targets in summary(nlp, text))


def test_a_threat_to_answer_an_act_aims_at_its_doer(nlp: Language) -> None:
    text = "Pyongyang threatened to retaliate against any South Korean provocation."
    assert ("North Korea", "threaten", ("South Korea",)) in resolved(nlp, text)
    text = "The rebels vowed to respond to any Ethiopian incursion with force."
    assert ("rebels", "threaten", ("Ethiopia",)) in resolved(nlp, text)
    text = "The army vowed to respond to the crisis with restraint."
    assert all(targets == () for _, _, targets in summary(nlp, text))
