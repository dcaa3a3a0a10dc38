"""Claims embedded in other claims' words: an allegation noun with its author inside a
denial, a participle or a relative clause whose noun speaks, a document speaking for
whoever issued it, and the withheld responses wire copy reports.

Every sentence is wire-style news copy written for these tests (checked to be in no part
of the claims gold set); each test asserts claimer, stance and targets, and the negative
cases assert what must not be read.
"""

from __future__ import annotations

from spacy.language import Language

from kg.extract import extract
from kg.extract.claims import extract_claims
from kg.extract.mentions import extract_mentions
from kg.model import Article, Claim
from kg.resolve import ActorRegistry, resolve


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


def resolved(nlp: Language, text: str) -> set[tuple[str, str, tuple[str, ...]]]:
    """(claimer, stance, targets) of each claim, by the names of the resolved actors."""
    graph = resolve(extract(nlp(text), Article(id="t", text=text, source="test")), ActorRegistry())
    names = {actor.id: actor.name for actor in graph.actors}
    return {
        (names[c.claimer], c.claim.stance.value, tuple(names[t] for t in c.targets))
        for c in graph.claims
    }


def contents(nlp: Language, text: str, stance: str) -> list[str]:
    return [c.content.text for c in claims_of(nlp, text) if c.stance.value == stance and c.content]


# --- an allegation noun with its author, inside a denial ----------------------------------


def test_allegations_by_a_described_official_are_the_officials_accusation(
    nlp: Language,
) -> None:
    text = (
        "Eritrea rejected allegations by Ethiopia's prime minister that Asmara had armed "
        "rebels in the border region."
    )
    found = summary(nlp, text)
    assert ("Ethiopia's prime minister", "accuse", ("Asmara",)) in found
    # the denial answers the minister once, not also India-style through the possessive
    assert ("Eritrea", "deny", ("Ethiopia's prime minister",)) in found


def test_claims_by_a_described_group_with_the_clause_on_the_group(nlp: Language) -> None:
    # the parser hangs "that government troops had bombed ..." on "coalition" as a
    # relative clause; it is still what the claims say
    text = (
        "Sudan's army dismissed claims by the main rebel coalition that government troops "
        "had bombed a market in Darfur."
    )
    found = summary(nlp, text)
    assert ("the main rebel coalition", "accuse", ("government troops",)) in found
    assert ("Sudan's army", "deny", ("the main rebel coalition",)) in found
    assert contents(nlp, text, "deny") == ["government troops had bombed a market in Darfur"]


def test_a_claim_from_a_named_person_naming_a_doer_is_an_accusation(nlp: Language) -> None:
    text = (
        "Beijing dismissed claims from the Uighur activist Rebiya Kadeer that Chinese police "
        "had fired on peaceful protesters."
    )
    found = resolved(nlp, text)
    assert any(claimer == "Rebiya Kadeer" and stance == "accuse" for claimer, stance, _ in found), (
        found
    )


def test_a_claim_about_oneself_is_no_accusation(nlp: Language) -> None:
    # "Pakistan's claim that it had won": the claim names no one else who did anything
    found = summary(nlp, "India rejected Pakistan's claim that it had won the vote.")
    assert not any(stance == "accuse" for _, stance, _ in found)
    assert ("India", "deny", ("Pakistan", "Pakistan's claim")) in found


# --- a participle or a relative clause whose noun speaks ----------------------------------


def test_a_participle_on_a_group_makes_the_group_accuse(nlp: Language) -> None:
    text = (
        "The ministry responded to human rights groups accusing the police of torturing detainees."
    )
    assert ("human rights groups", "accuse", ("the police",)) in summary(nlp, text)


def test_a_participle_on_a_thing_makes_no_claim(nlp: Language) -> None:
    assert (
        summary(nlp, "The agency released a video showing soldiers firing on the crowd.") == set()
    )


def test_a_relative_clause_on_state_media_makes_the_media_accuse(nlp: Language) -> None:
    text = (
        "The opposition dismissed a report by state media that blamed it for the unrest in "
        "the capital."
    )
    found = summary(nlp, text)
    assert any(claimer == "state media" and stance == "accuse" for claimer, stance, _ in found)


# --- a document speaks for whoever issued it --------------------------------------------


def test_a_statement_issued_by_a_state_accuses_for_it(nlp: Language) -> None:
    text = "Iran issued a statement accusing Britain of meddling in its internal affairs."
    assert ("Iran", "accuse", ("United Kingdom",)) in resolved(nlp, text)


def test_a_statement_released_by_a_group_denies_for_it(nlp: Language) -> None:
    text = "The rebels released a statement denying responsibility for the attack."
    found = summary(nlp, text)
    assert any(claimer == "The rebels" and stance == "deny" for claimer, stance, _ in found)


def test_a_published_report_blames_for_its_publisher(nlp: Language) -> None:
    text = "The junta published a report blaming exiled dissidents for the blasts."
    assert ("The junta", "accuse", ("exiled dissidents",)) in summary(nlp, text)


def test_a_statement_carried_by_state_media_speaks_for_the_media(nlp: Language) -> None:
    text = "State television carried a statement accusing Kyiv of shelling the power plant."
    found = summary(nlp, text)
    assert ("State television", "accuse", ("Kyiv",)) in found


def test_a_document_nobody_is_said_to_have_issued_makes_no_claim(nlp: Language) -> None:
    # who wrote the draft resolution is not said: no claim by "a draft resolution"
    text = "Diplomats debated a draft resolution accusing Syria of using chemical weapons."
    assert not any(stance == "accuse" for _, stance, _ in resolved(nlp, text))


# --- a response withheld, in the narrator's voice ----------------------------------------


def test_has_not_confirmed_is_a_refusal_to_comment(nlp: Language) -> None:
    text = "Beijing has not confirmed the arrests of the two Canadian citizens."
    assert ("China", "decline_comment", ()) in resolved(nlp, text)


def test_has_not_yet_responded_to_the_accusations(nlp: Language) -> None:
    text = "The Rwandan government has not responded to the accusations."
    assert ("The Rwandan government", "decline_comment", ()) in summary(nlp, text)


def test_has_yet_to_respond_to_the_charges(nlp: Language) -> None:
    assert ("Russia", "decline_comment", ()) in resolved(
        nlp, "Moscow has yet to respond to the charges."
    )


def test_a_response_withheld_inside_a_report_is_not_the_silent_sides_claim(
    nlp: Language,
) -> None:
    # what the agency says about Iran is the agency's assertion, not Iran's refusal
    found = summary(nlp, "The agency said Iran has not responded to the accusations.")
    assert not any(stance == "decline_comment" for _, stance, _ in found)


def test_the_reporters_own_caveat_is_no_claim(nlp: Language) -> None:
    text = "Reporters could not independently confirm the casualty figures."
    assert summary(nlp, text) == set()


def test_not_responding_to_a_proposal_is_no_refusal_to_comment(nlp: Language) -> None:
    # a response to an offer is an act, not a statement withheld
    found = summary(nlp, "Pyongyang has not responded to the offer of talks.")
    assert not any(stance == "decline_comment" for _, stance, _ in found)


# --- a denial made in passing, and a denial made together -------------------------------


def test_says_p_rejecting_allegations_is_one_denial_of_p(nlp: Language) -> None:
    text = (
        "Eritrea's information minister says there are no political prisoners in the "
        "country, rejecting allegations by human rights groups."
    )
    found = summary(nlp, text)
    assert ("Eritrea's information minister", "deny", ("human rights groups",)) in found
    assert not any(stance == "assert" for _, stance, _ in found)
    assert contents(nlp, text, "deny") == ["there are no political prisoners in the country"]


def test_said_p_rejecting_a_named_accusers_charges(nlp: Language) -> None:
    text = "Kyiv said the explosion was the work of saboteurs, rejecting Moscow's accusations."
    assert ("Ukraine", "deny", ("Russia",)) in resolved(nlp, text)


def test_a_participle_blaming_someone_stays_its_own_claim(nlp: Language) -> None:
    # only a denial of an allegation is folded into the statement before it
    found = summary(nlp, "The general said the talks had stalled, blaming Russia.")
    assert ("The general", "accuse", ("Russia",)) in found
    assert any(stance == "assert" for _, stance, _ in found)


def test_joined_others_in_denying_makes_each_deny(nlp: Language) -> None:
    text = (
        "The rebel spokesman Abdul Wahid joined leaders of two other factions in denying "
        "any role in the ambush."
    )
    denials = {claimer for claimer, stance, _ in summary(nlp, text) if stance == "deny"}
    assert denials == {"Abdul Wahid", "leaders"}


# --- a charge appended after a comma, its speaker lost by the parser ---------------------


def test_a_charge_officials_deny_answers_the_accuser(nlp: Language) -> None:
    text = (
        "Armenia says Azerbaijani troops shelled a border village overnight, a charge "
        "officials in Baku deny."
    )
    found = resolved(nlp, text)
    assert any(
        stance == "deny" and targets == ("Armenia",) and "anonymous" in claimer
        for claimer, stance, targets in found
    ), found


def test_an_attack_officials_blamed_on_a_neighbour(nlp: Language) -> None:
    text = (
        "Gunmen stormed a police post near the border Sunday, an attack local officials "
        "blamed on neighboring Afghanistan."
    )
    found = resolved(nlp, text)
    assert any(
        stance == "accuse" and targets == ("Afghanistan",) for _, stance, targets in found
    ), found


def test_a_charge_with_a_parsed_subject_is_read_once(nlp: Language) -> None:
    # "a charge Minsk has denied" with its subject in place: the speech rule's claim only
    text = (
        "Lithuania accused Belarus of pushing migrants across the border, a charge Minsk "
        "has denied."
    )
    denials = [c for c in claims_of(nlp, text) if c.stance.value == "deny"]
    assert len(denials) == 1
    assert denials[0].claimer.span.text == "Minsk"


def test_an_appended_noun_without_a_speaker_is_no_claim(nlp: Language) -> None:
    text = "The rebels shelled the town again on Monday, an attack that killed three people."
    assert not any(stance in ("accuse", "deny") for _, stance, _ in summary(nlp, text))


# --- rejecting a criticism or a resolution answers its author ----------------------------


def test_rejecting_criticism_denies_the_critic(nlp: Language) -> None:
    text = "Moscow rejected Washington's criticism of its military drills near the border."
    assert ("Russia", "deny", ("United States",)) in resolved(nlp, text)


def test_rejecting_a_resolution_denies_its_author(nlp: Language) -> None:
    text = "Israel rejected a Security Council resolution condemning its settlements."
    found = resolved(nlp, text)
    assert any(
        claimer == "Israel" and stance == "deny" and targets for claimer, stance, targets in found
    ), found


def test_rejecting_a_proposal_is_still_no_denial(nlp: Language) -> None:
    found = summary(nlp, "Moscow rejected Washington's proposal for new talks on missiles.")
    assert not any(stance == "deny" for _, stance, _ in found)


# --- a label moved away from its verb -----------------------------------------------------


def test_referred_to_the_charges_as_absurd_is_a_denial(nlp: Language) -> None:
    text = "The Iranian foreign minister referred to the espionage charges as ridiculous."
    found = summary(nlp, text)
    assert any(stance == "deny" for _, stance, _ in found), found


def test_a_quoted_label_before_the_charge_denies_its_author(nlp: Language) -> None:
    text = (
        'The prime minister called a "lie" Pristina\'s charge Monday that Belgrade had '
        "armed the gunmen."
    )
    denials = [c for c in claims_of(nlp, text) if c.stance.value == "deny"]
    assert len(denials) == 1
    assert [t.span.text for t in denials[0].targets][-1] == "Pristina"
    assert denials[0].content is not None
    assert denials[0].content.text == "Belgrade had armed the gunmen"


def test_calling_the_allegations_unsubstantiated_parsed_as_a_small_clause(nlp: Language) -> None:
    text = (
        "The Rwandan president called the allegations unsubstantiated, but he also said the "
        "inquiry must continue."
    )
    found = summary(nlp, text)
    assert ("The Rwandan president", "deny", ("the allegations",)) in found
    assert ("he", "assert", ()) in found


# --- a that-clause hung on the noun after the speech verb ---------------------------------


def test_said_at_a_briefing_that_p(nlp: Language) -> None:
    # the parser hangs "that the Kosovo police had detained ..." on "briefing", with
    # "that" tagged a relative pronoun but parsed as the clause's marker
    text = (
        "Serbian Foreign Minister Ivica Dacic said at a Monday news briefing that the Kosovo "
        "police had detained a Serbian official without cause."
    )
    claims = [c for c in claims_of(nlp, text) if c.claimer.span.text == "Ivica Dacic"]
    assert len(claims) == 1
    assert claims[0].content is not None
    assert claims[0].content.text == (
        "the Kosovo police had detained a Serbian official without cause"
    )


# --- a message noun with its author and its that-clause -----------------------------------


def test_an_announcement_from_an_army_is_its_assertion(nlp: Language) -> None:
    text = (
        "The talks ended with an announcement from the Sudanese army that its troops had "
        "withdrawn from the town."
    )
    assert ("Sudan", "assert", ()) in resolved(nlp, text)
    assert contents(nlp, text, "assert") == ["its troops had withdrawn from the town"]


def test_a_message_carried_by_the_speaker_takes_the_contents_stance(nlp: Language) -> None:
    text = (
        "The rebel commander broke his silence on Monday with a message that his fighters "
        "had not attacked the convoy."
    )
    assert ("The rebel commander", "deny", ()) in summary(nlp, text)


def test_a_statement_with_a_relative_clause_is_no_claim(nlp: Language) -> None:
    assert summary(nlp, "He read out the statement that he had prepared.") == set()


# --- a relative clause hung on the thing after "of" ---------------------------------------


def test_who_said_hung_on_the_of_complement_speaks_for_the_person(nlp: Language) -> None:
    text = (
        "The program interviewed a survivor of the Chechen wars, who said he had been "
        "recruited by a private military company."
    )
    found = summary(nlp, text)
    assert ("a survivor of the Chechen wars", "assert", ()) in found
    assert contents(nlp, text, "assert") == ["he had been recruited by a private military company"]


# --- "the two sides" of a mutual accusation are the two states just named ----------------


def test_the_two_sides_traded_accusations_are_the_states_named_before(nlp: Language) -> None:
    text = (
        "Armenia has not yet responded to the Azerbaijani allegations. The two sides traded "
        "accusations after a soldier was killed on the border Friday."
    )
    found = resolved(nlp, text)
    assert ("Armenia", "accuse", ("Azerbaijan",)) in found
    assert ("Azerbaijan", "accuse", ("Armenia",)) in found


def test_both_sides_with_no_states_named_stay_one_group(nlp: Language) -> None:
    text = "Both governments have long traded accusations of backing each other's rebels."
    found = summary(nlp, text)
    assert [claimer for claimer, stance, _ in found if stance == "accuse"] == ["Both governments"]
