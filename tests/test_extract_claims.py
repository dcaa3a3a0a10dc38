"""Claim extraction on news sentences of many shapes (wire, state media, agency copy)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.claims import extract_claims
from kg.extract.hedges import find_insertions, find_quotes
from kg.extract.mentions import extract_mentions
from kg.model import Claim, Stance
from kg.nlp import load_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def claims_of(nlp: Language, text: str) -> tuple[Claim, ...]:
    doc = nlp(text)
    claims = extract_claims(doc, extract_mentions(doc))
    for claim in claims:  # offsets always true to the text
        spans = [claim.cue, claim.claimer.span, *claim.hedges, *claim.insertions]
        spans += [t.span for t in claim.targets]
        spans += [claim.content] if claim.content else []
        spans += [claim.cites.span] if claim.cites else []
        for span in spans:
            assert text[span.start : span.end] == span.text
    return claims


def only(claims: tuple[Claim, ...]) -> Claim:
    assert len(claims) == 1, claims
    return claims[0]


def targets(claim: Claim) -> list[str]:
    return [t.span.text for t in claim.targets]


def test_reported_speech_with_that(nlp: Language) -> None:
    text = "Finnish President Sauli Niinisto said that Helsinki would apply to join NATO."
    claim = only(claims_of(nlp, text))
    assert claim.claimer.span.text == "Sauli Niinisto"
    assert claim.stance is Stance.ASSERT
    assert claim.cue.text == "said"
    assert claim.content is not None
    assert claim.content.text == "Helsinki would apply to join NATO"
    assert claim.content.start == text.index("Helsinki")
    assert "NATO" in targets(claim)
    assert not claim.quoted and not claim.negated


def test_reported_speech_without_that(nlp: Language) -> None:
    text = "A senior official, who spoke on condition of anonymity, said the talks had stalled."
    claim = only(claims_of(nlp, text))
    assert claim.claimer.span.text == "A senior official"
    assert claim.claimer.label == "ANON"
    assert claim.content is not None and claim.content.text == "the talks had stalled"


def test_according_to_an_outlet_is_a_report(nlp: Language) -> None:
    text = "According to the Associated Press, at least 12 people were killed in the strike."
    claim = only(claims_of(nlp, text))
    assert "Associated Press" in claim.claimer.span.text
    assert claim.stance is Stance.REPORT
    assert claim.cue.text == "According to"
    assert claim.content is not None
    assert claim.content.text == "at least 12 people were killed in the strike"


def test_according_to_a_pronoun_keeps_the_pronoun(nlp: Language) -> None:
    claim = only(claims_of(nlp, "According to him, the army will withdraw by Friday."))
    assert claim.claimer.label == "PRON" and claim.claimer.span.text == "him"
    assert claim.confidence < 0.9


def test_quote_before_the_speaker(nlp: Language) -> None:
    text = '"We will not be intimidated," Prime Minister Jacinda Ardern told reporters.'
    claim = only(claims_of(nlp, text))
    assert claim.claimer.span.text == "Jacinda Ardern"
    assert claim.stance is Stance.ASSERT  # a person telling reporters asserts
    assert claim.quoted
    assert claim.content is not None and claim.content.text == "We will not be intimidated"
    assert claim.content.start == 1


def test_quote_after_the_speaker(nlp: Language) -> None:
    text = (
        "Ukrainian President Volodymyr Zelenskiy said: “The occupiers will answer for every crime.”"
    )
    claim = only(claims_of(nlp, text))
    assert claim.claimer.span.text == "Volodymyr Zelenskiy"
    assert claim.quoted
    assert claim.content is not None
    assert claim.content.text == "The occupiers will answer for every crime"


def test_quote_on_both_sides_of_the_speaker(nlp: Language) -> None:
    text = "“This is a dangerous escalation,” the minister said, “and it must stop.”"
    claims = claims_of(nlp, text)
    assert [c.content.text for c in claims if c.content] == [
        "This is a dangerous escalation",
        "and it must stop",
    ]
    assert all(c.claimer.span.text == "the minister" and c.quoted for c in claims)


def test_quote_across_sentences_and_adding_clause(nlp: Language) -> None:
    text = (
        "“They took the servers offline. They shut them down,” a source told the newspaper, "
        "adding that the outage lasted for a few days."
    )
    claims = claims_of(nlp, text)
    assert len(claims) == 2
    quoted, added = claims
    assert quoted.claimer.label == "ANON" and quoted.claimer.span.text == "a source"
    assert quoted.quoted
    assert quoted.content is not None
    assert quoted.content.text == "They took the servers offline. They shut them down"
    assert added.cue.text == "adding"
    assert added.claimer.span.text == "a source"
    assert added.content is not None and added.content.text == "the outage lasted for a few days"
    assert added.confidence < quoted.confidence + 0.01


def test_nested_attribution_citing_sources(nlp: Language) -> None:
    text = (
        "Reuters, citing two US officials, reported that North Korea had fired a ballistic missile."
    )
    claim = only(claims_of(nlp, text))
    assert claim.claimer.span.text == "Reuters"
    assert claim.stance is Stance.REPORT
    assert claim.cites is not None
    assert claim.cites.span.text == "two US officials" and claim.cites.label == "ANON"
    assert claim.content is not None
    assert claim.content.text == "North Korea had fired a ballistic missile"
    assert targets(claim) == ["North Korea"]


def test_nested_attribution_cited_as_saying_with_fronted_clause(nlp: Language) -> None:
    text = (
        "The president approved a cyber operation against the agency, "
        "NBC News cited multiple sources as saying on Wednesday."
    )
    claim = only(claims_of(nlp, text))
    assert claim.claimer.span.text == "NBC News"
    assert claim.stance is Stance.REPORT
    assert claim.cites is not None and claim.cites.span.text == "multiple sources"
    assert claim.cites.label == "ANON" and claim.cites.plural
    assert claim.content is not None
    assert claim.content.text == "The president approved a cyber operation against the agency"


def test_anonymous_sources_told_an_outlet(nlp: Language) -> None:
    text = "Sources familiar with the matter told Bloomberg that the deal could be announced soon."
    claim = only(claims_of(nlp, text))
    assert claim.claimer.label == "ANON"
    assert claim.claimer.span.text == "Sources familiar with the matter"
    assert claim.claimer.plural


def test_accuse_x_of_y(nlp: Language) -> None:
    text = "Poland accused Belarus of orchestrating the migrant crisis on the border."
    claim = only(claims_of(nlp, text))
    assert (claim.claimer.span.text, claim.stance) == ("Poland", Stance.ACCUSE)
    assert targets(claim) == ["Belarus"]
    assert claim.content is not None
    assert claim.content.text == "orchestrating the migrant crisis on the border"


def test_blame_x_for_y(nlp: Language) -> None:
    text = "Washington blames Moscow for using cyberattacks to sway the vote."
    claim = only(claims_of(nlp, text))
    assert (claim.claimer.span.text, claim.stance) == ("Washington", Stance.ACCUSE)
    assert targets(claim) == ["Moscow"]
    assert claim.content is not None and claim.content.text == "using cyberattacks to sway the vote"


def test_charged_x_with_y(nlp: Language) -> None:
    text = "The Justice Department charged two Chinese nationals with hacking into US companies."
    claim = only(claims_of(nlp, text))
    assert claim.stance is Stance.ACCUSE
    assert "Justice Department" in claim.claimer.span.text
    assert targets(claim) == ["two Chinese nationals"]
    assert claim.content is not None and claim.content.text == "hacking into US companies"


def test_passive_accusation_with_agent(nlp: Language) -> None:
    text = "The company was accused by regulators of misleading investors."
    claim = only(claims_of(nlp, text))
    assert claim.claimer.span.text == "regulators"
    assert claim.stance is Stance.ACCUSE
    assert targets(claim) == ["The company"]
    assert claim.content is not None and claim.content.text == "misleading investors"


def test_participle_label_and_charge_inside_brackets(nlp: Language) -> None:
    text = (
        "“The strike against the IRA [, seen by Washington as a so-called troll farm and "
        "charged by special counsel Robert Mueller with interfering in the election] was "
        "unprecedented,” the sources pointed out."
    )
    claims = claims_of(nlp, text)
    by_cue = {c.cue.text: c for c in claims}
    seen, charged, said = by_cue["seen"], by_cue["charged"], by_cue["pointed out"]
    assert (seen.claimer.span.text, seen.stance) == ("Washington", Stance.ACCUSE)
    assert targets(seen) == ["the IRA"]
    assert seen.content is not None and seen.content.text == "a so-called troll farm"
    assert [h.text for h in seen.hedges] == ["so-called"]
    assert charged.claimer.span.text == "Robert Mueller" and charged.stance is Stance.ACCUSE
    assert targets(charged) == ["the IRA"]
    assert charged.content is not None
    assert charged.content.text == "interfering in the election"
    assert said.claimer.label == "ANON" and said.quoted
    assert said.content is not None and said.content.text.startswith("The strike against")
    assert said.content.text.endswith("was unprecedented")
    assert [i.text[:8] for i in said.insertions] == ["[, seen "]
    assert "so-called" in [h.text for h in said.hedges]


def test_deny_with_allegation_clause(nlp: Language) -> None:
    text = "Iran has consistently denied reports that it supplied drones to Russia."
    claim = only(claims_of(nlp, text))
    assert (claim.claimer.span.text, claim.stance) == ("Iran", Stance.DENY)
    assert claim.content is not None and claim.content.text == "it supplied drones to Russia"
    assert "reports" in targets(claim)


def test_reject_needs_a_claim_as_object(nlp: Language) -> None:
    assert only(claims_of(nlp, "China rejected the accusations.")).stance is Stance.DENY
    assert claims_of(nlp, "Ukraine rejected the offer.") == ()


def test_conjoined_deniers_make_two_claims(nlp: Language) -> None:
    text = "Both Moscow and Beijing have denied the allegations."
    claims = claims_of(nlp, text)
    assert [(c.claimer.span.text, c.stance) for c in claims] == [
        ("Moscow", Stance.DENY),
        ("Beijing", Stance.DENY),
    ]


def test_relative_denial_points_back_to_the_accusation(nlp: Language) -> None:
    text = (
        "Washington blames Russia for using cyberattacks in 2016 — something that both the "
        "Kremlin and Trump himself have repeatedly denied."
    )
    claims = claims_of(nlp, text)
    accuse = [c for c in claims if c.stance is Stance.ACCUSE]
    deny = [c for c in claims if c.stance is Stance.DENY]
    assert [c.claimer.span.text for c in accuse] == ["Washington"]
    assert accuse[0].content is not None
    assert accuse[0].content.text == "using cyberattacks in 2016"
    assert [c.claimer.span.text for c in deny] == ["Kremlin", "Trump"]
    assert all(targets(c) == ["Washington"] for c in deny)


def test_denial_by_negation_no_evidence(nlp: Language) -> None:
    text = "The foreign ministry said there was no evidence to support Washington's claims."
    claim = only(claims_of(nlp, text))
    assert claim.stance is Stance.DENY
    assert claim.claimer.span.text == "The foreign ministry"
    assert "Washington" in targets(claim)
    assert claim.content is not None
    assert claim.content.text == "there was no evidence to support Washington's claims"
    assert claim.confidence < 0.9


def test_allegations_made_up_is_a_denial(nlp: Language) -> None:
    text = "Moscow insists that the allegations were made up to excuse an election loss."
    claim = only(claims_of(nlp, text))
    assert (claim.claimer.span.text, claim.stance) == ("Moscow", Stance.DENY)
    assert targets(claim) == ["the allegations"]


def test_described_as_baseless(nlp: Language) -> None:
    text = "The Kremlin spokesman described the accusations as “absolutely unsubstantiated”."
    claim = only(claims_of(nlp, text))
    assert claim.stance is Stance.DENY
    assert claim.claimer.span.text == "The Kremlin spokesman"
    assert targets(claim) == ["the accusations"]
    assert claim.content is not None
    assert claim.content.text == "the accusations as “absolutely unsubstantiated”"
    assert claim.hedges == ()  # the speaker's own words, not scare quotes
    dismissed = only(claims_of(nlp, "Beijing dismissed the report as groundless."))
    assert dismissed.stance is Stance.DENY and targets(dismissed) == ["the report"]


@pytest.mark.parametrize(
    ("text", "claimer"),
    [
        ("The Pentagon declined to comment on the report.", "Pentagon"),
        ("Microsoft did not immediately respond to a request for comment.", "Microsoft"),
        ("The Kremlin said it had no comment.", "Kremlin"),
    ],
)
def test_declined_to_comment(nlp: Language, text: str, claimer: str) -> None:
    claim = only(claims_of(nlp, text))
    assert claim.stance is Stance.DECLINE_COMMENT
    assert claimer in claim.claimer.span.text
    assert claim.content is None
    assert not claim.negated


def test_criticize_and_condemn(nlp: Language) -> None:
    claim = only(claims_of(nlp, "France criticized Turkey for its military operation in Syria."))
    assert (claim.claimer.span.text, claim.stance) == ("France", Stance.CRITICIZE)
    assert targets(claim) == ["Turkey"]
    assert claim.content is not None and claim.content.text == "its military operation in Syria"
    condemned = only(claims_of(nlp, "The United Nations condemned the attack on the hospital."))
    assert condemned.stance is Stance.CRITICIZE
    assert targets(condemned) == ["the attack on the hospital"]


def test_threaten_and_warn(nlp: Language) -> None:
    claim = only(claims_of(nlp, "North Korea threatened to launch more missiles."))
    assert (claim.claimer.span.text, claim.stance) == ("North Korea", Stance.THREATEN)
    assert claim.content is not None and claim.content.text == "launch more missiles"
    warned = only(claims_of(nlp, "Iran warned Israel against any attack on its nuclear sites."))
    assert warned.stance is Stance.THREATEN and targets(warned) == ["Israel"]


def test_praise_and_endorse(nlp: Language) -> None:
    claim = only(claims_of(nlp, "Former President Barack Obama endorsed Joe Biden on Tuesday."))
    assert (claim.claimer.span.text, claim.stance) == ("Barack Obama", Stance.APPROVE)
    assert targets(claim) == ["Joe Biden"]
    welcomed = only(claims_of(nlp, "The European Union welcomed the ceasefire agreement."))
    assert welcomed.stance is Stance.APPROVE


def test_approving_an_operation_is_an_act_not_a_claim(nlp: Language) -> None:
    assert claims_of(nlp, "President Trump personally approved a military cyber operation.") == ()


def test_hedges_and_insertions(nlp: Language) -> None:
    text = "“The so-called referendum [in Crimea] was illegal,” the minister said."
    claim = only(claims_of(nlp, text))
    assert claim.quoted
    assert claim.content is not None
    assert claim.content.text == "The so-called referendum [in Crimea] was illegal"
    assert [h.text for h in claim.hedges] == ["so-called"]
    assert [i.text for i in claim.insertions] == ["[in Crimea]"]
    reported = only(
        claims_of(nlp, "Russian state media reported that the alleged saboteurs were detained.")
    )
    assert reported.stance is Stance.REPORT
    assert [h.text for h in reported.hedges] == ["alleged"]


def test_negated_cue_keeps_its_stance(nlp: Language) -> None:
    claim = only(claims_of(nlp, "The White House did not deny the report."))
    assert claim.stance is Stance.DENY and claim.negated


def test_predicted_hostile_act_is_an_accusation(nlp: Language) -> None:
    text = "Dan Coats claimed that Russia will seek to meddle in the election with China."
    claim = only(claims_of(nlp, text))
    assert claim.stance is Stance.ACCUSE
    assert targets(claim)[0] == "Russia"


@pytest.mark.parametrize(
    "text",
    [
        "The ministry opened a new office in Kyiv on Monday.",
        "Troops crossed the border early on Thursday, and fighting continued into the night.",
        "The so-called summit will take place in Geneva.",
    ],
)
def test_plain_event_reporting_has_no_claim(nlp: Language, text: str) -> None:
    assert claims_of(nlp, text) == ()


def test_claims_come_in_text_order_and_are_deterministic(nlp: Language) -> None:
    text = (
        "Poland accused Belarus of staging the crisis. Belarus denied the allegations. "
        "The European Commission declined to comment."
    )
    first = claims_of(nlp, text)
    assert [c.stance for c in first] == [Stance.ACCUSE, Stance.DENY, Stance.DECLINE_COMMENT]
    assert [c.sentence for c in first] == [0, 1, 2]
    assert claims_of(nlp, text) == first


def test_quote_finder_mixes_marks_and_skips_elisions() -> None:
    text = '“They shut ‘em down," a source said. ‘Hybrid war’ is back, he wrote.'
    quotes = [q.text for q in find_quotes(text)]
    assert quotes == ['“They shut ‘em down,"', "‘Hybrid war’"]
    assert [i.text for i in find_insertions("a [b] c [d]", 0, 11)] == ["[b]", "[d]"]


def test_claim_of_responsibility_and_reporter_hedge(nlp: Language) -> None:
    claimed = only(claims_of(nlp, "Hamas has claimed responsibility for the attack."))
    assert claimed.stance is Stance.ASSERT
    assert claimed.content is not None
    assert claimed.content.text == "responsibility for the attack"
    assert claims_of(nlp, "Nobody claimed responsibility for the attack.") == ()
    text = "Security forces said they killed five militants, a claim that could not be verified."
    said = only(claims_of(nlp, text))
    assert said.content is not None and said.content.text == "they killed five militants"
