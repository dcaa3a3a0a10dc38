"""Attribution: who speaks.  Follow-on speakers across sentences (pronouns, "the
ministry", "the foreign minister", a quotation with no attribution of its own), speakers
the parser misplaces, documents that speak for their author, ministries that keep their
state, plural speakers that stand for several states, and what never speaks.

Wire-style sentences written for these tests (none is in a gold part of
``benchmarks/claims``); each rule has a negative case beside it.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract import extract
from kg.extract.claims import RULES, extract_claims, speech_quotes
from kg.extract.claims.address_speech import ADDRESS_RULE
from kg.extract.mentions import extract_mentions
from kg.ingest import article_id
from kg.model import Actor, Article, Claim, Stance
from kg.resolve import ActorRegistry, dateline_state, resolve
from kg.resolve.voice import official_only
from tests.claim_helpers import enable_families


def claims_of(nlp: Language, text: str, rules: frozenset[str] | None = None) -> tuple[Claim, ...]:
    doc = nlp(text)
    claims = extract_claims(doc, extract_mentions(doc), rules)
    for claim in claims:  # offsets always true to the text
        for span in [claim.cue, claim.claimer.span, *(t.span for t in claim.targets)]:
            assert text[span.start : span.end] == span.text
        if claim.content is not None:
            assert text[claim.content.start : claim.content.end] == claim.content.text
    return claims


def speakers(nlp: Language, text: str) -> list[tuple[str, Actor | None, Stance]]:
    """(cue text, resolved claimer, stance) of every claim of ``text`` after resolution."""
    doc = nlp(text)
    graph = resolve(extract(doc, Article(article_id(text), text, "test")), ActorRegistry())
    actors = {a.id: a for a in graph.actors}
    return [(c.claim.cue.text, actors.get(c.claimer), c.claim.stance) for c in graph.claims]


def claimer_of(nlp: Language, text: str, cue_start: str) -> Actor | None:
    """The resolved claimer of the claim whose cue starts where ``cue_start`` first occurs
    in the last sentence."""
    at = text.rindex(cue_start)
    doc = nlp(text)
    graph = resolve(extract(doc, Article(article_id(text), text, "test")), ActorRegistry())
    actors = {a.id: a for a in graph.actors}
    found = [c for c in graph.claims if c.claim.cue.start == at]
    assert len(found) == 1, [(c.claim.cue.text, c.claim.cue.start) for c in graph.claims]
    return actors.get(found[0].claimer)


# --- follow-on speakers: pronouns -----------------------------------------------------------


def test_it_speaking_is_the_last_speaker_not_the_nearest_state(nlp: Language) -> None:
    text = (
        "The Sudan People's Liberation Movement-North denies it receives weapons from South "
        "Sudan. It says its fighters seized the rifles from government garrisons."
    )
    actor = claimer_of(nlp, text, "says")
    assert actor is not None and "Liberation Movement" in actor.name


def test_it_speaking_with_no_earlier_speaker_is_the_previous_subject(nlp: Language) -> None:
    text = (
        "Moscow rejected the tribunal's ruling on Tuesday and refused to pay the fine. "
        "It says the judges have no jurisdiction over the Black Sea."
    )
    actor = claimer_of(nlp, text, "says")
    assert actor is not None and actor.id == "russia"


def test_it_for_a_ministry_is_not_the_outlet_named_after_it(nlp: Language) -> None:
    text = (
        "In a statement on Friday, the ministry also named two freelance journalists who "
        "file stories for Reuters. It warns that the two will be expelled if they keep "
        "reporting from the border."
    )
    actor = claimer_of(nlp, text, "warns")
    assert actor is not None and actor.name == "ministry"
    assert actor.name != "Reuters"


def test_he_speaking_is_the_last_person_who_spoke(nlp: Language) -> None:
    text = (
        "Zelenskiy said Ukraine would not cede any territory. He said the counteroffensive "
        "would continue through the winter."
    )
    first, second = speakers(nlp, text)
    assert second[1] is not None and first[1] is not None
    assert second[1].id == first[1].id


def test_he_does_not_fit_an_institution_that_spoke(nlp: Language) -> None:
    # the only earlier speaker is a ministry: "he" refers to nobody named, the claim goes
    text = "The ministry said the talks had stalled. He said the army would stay."
    found = speakers(nlp, text)
    assert [cue for cue, _, _ in found] == ["said"]


def test_a_pronoun_with_no_one_before_it_names_nobody(nlp: Language) -> None:
    assert speakers(nlp, "It said the border crossing would reopen on Monday.") == []


# --- follow-on speakers: descriptions -----------------------------------------------------


def test_the_foreign_minister_is_the_person_who_spoke_before(nlp: Language) -> None:
    text = (
        "Speaking in Ankara, Mevlut Cavusoglu said the grain deal would be extended. The "
        "foreign minister accused Moscow of delaying ships in the Bosphorus."
    )
    first, second = speakers(nlp, text)
    assert first[1] is not None and first[1].name == "Mevlut Cavusoglu"
    assert second[2] is Stance.ACCUSE
    assert second[1] is not None and second[1].id == first[1].id


def test_the_official_is_the_named_spokeswoman_before(nlp: Language) -> None:
    text = (
        "Foreign Ministry spokeswoman Mao Ning told reporters the sanctions were illegal. "
        "The Chinese official said Beijing would take countermeasures."
    )
    first, second = speakers(nlp, text)
    assert second[1] is not None and first[1] is not None
    assert second[1].id == first[1].id
    assert second[1].kind.value != "anonymous"


def test_an_official_who_asked_not_to_be_named_stays_anonymous(nlp: Language) -> None:
    text = (
        "Foreign Ministry spokeswoman Mao Ning told reporters the sanctions were illegal. "
        "The official, who asked not to be named, said Beijing would take countermeasures."
    )
    _, second = speakers(nlp, text)
    assert second[1] is not None and second[1].kind.value == "anonymous"


# --- a quotation that continues the last speaker ------------------------------------------


def test_a_quoted_sentence_continues_the_speaker_before(nlp: Language) -> None:
    text = (
        '"The accusation is not true," said Khalil Ahmed. "Our air force did not bomb any '
        'villages across the border."'
    )
    claims = claims_of(nlp, text)
    assert len(claims) == 2
    follow = claims[1]
    assert follow.claimer.span.text == "Khalil Ahmed"
    assert follow.quoted and follow.rule.startswith("follow_on_quote")
    assert follow.content is not None and follow.content.text.startswith("Our air force")
    assert follow.stance is Stance.DENY  # "did not bomb": the content denies
    assert len(claims_of(nlp, text, RULES - {"follow_on_quote", ADDRESS_RULE})) == 1


def test_an_unclosed_quotation_still_continues(nlp: Language) -> None:
    text = (
        "The embassy spokesman disputed the accusations, telling reporters the broadcasts "
        "were balanced. “Our funding is not meant to support any party."
    )
    claims = claims_of(nlp, text)
    assert claims[-1].claimer.span.text == claims[0].claimer.span.text
    assert claims[-1].content is not None
    assert claims[-1].content.text == "Our funding is not meant to support any party."


def test_a_quotation_attributed_in_a_later_sentence_is_not_continued(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = (
        'The minister spoke after the vote. "That was a mistake. The sanctions will hurt '
        'farmers first," she said.'
    )
    monkeypatch.setattr(speech_quotes, "MIN_RUN", 3)  # a two-sentence run kept whole
    claims = claims_of(nlp, text)
    assert [c.rule for c in claims] == ["reported_speech"]
    # split into its sentences (round 31, ``MIN_RUN`` 2): each the run's speaker's, the one
    # the story introduced ("The minister spoke ..."), whom "she" stands for
    monkeypatch.setattr(speech_quotes, "MIN_RUN", 2)
    claims = claims_of(nlp, text)
    assert [c.sentence for c in claims] == [1, 2]
    assert [a.name if a else None for _, a, _ in speakers(nlp, text)] == ["minister", "minister"]


def test_a_quotation_with_its_own_attribution_is_not_continued(nlp: Language) -> None:
    text = '"No," the minister said. "The ambassador will stay," the spokesman added.'
    claims = claims_of(nlp, text)
    assert [c.claimer.span.text for c in claims] == ["the minister", "the spokesman"]
    assert [c.rule for c in claims] == ["reported_speech", "reported_speech"]
    # and the spokesman is not the minister who spoke before
    names = [a.name if a else None for _, a, _ in speakers(nlp, text)]
    assert names == ["minister", "spokesman"]


# --- speakers the parser misplaces --------------------------------------------------------


def test_parenthetical_attribution_keeps_the_clause_subject(nlp: Language) -> None:
    text = "The talks, the ministry said, had stalled over the weekend."
    claim = claims_of(nlp, text)[0]
    assert claim.claimer.span.text == "the ministry"
    assert claim.content is not None and claim.content.text.startswith("The talks")


def test_attribution_after_the_content_is_unchanged(nlp: Language) -> None:
    text = "The talks had stalled over the weekend, the ministry said in a statement."
    claim = claims_of(nlp, text)[0]
    assert claim.content is not None
    assert claim.content.text == "The talks had stalled over the weekend"


def test_name_in_apposition_to_an_office_speaks(nlp: Language) -> None:
    text = (
        "The governor of the Kharkiv region, Oleh Syniehubov, told reporters that two "
        "people were killed in the shelling."
    )
    claim = claims_of(nlp, text)[0]
    assert claim.claimer.span.text == "Oleh Syniehubov"


def test_office_without_a_name_speaks_as_itself(nlp: Language) -> None:
    text = "The governor of the Kharkiv region told reporters that two people were killed."
    claim = claims_of(nlp, text)[0]
    assert claim.claimer.span.text.startswith("The governor")


def test_which_said_after_a_state(nlp: Language) -> None:
    text = (
        "The ruling caused anger in Serbia, which said that the court had ignored the "
        "evidence presented by its lawyers."
    )
    claim = next(c for c in claims_of(nlp, text) if c.cue.text == "said")
    assert claim.claimer.span.text == "Serbia"


def test_participle_after_a_reported_clause_is_the_speaker(nlp: Language) -> None:
    text = "The general said the talks had stalled, blaming Russia for the delay."
    claims = claims_of(nlp, text)
    blame = next(c for c in claims if c.cue.text == "blaming")
    assert blame.claimer.span.text == "The general"
    assert blame.stance is Stance.ACCUSE


def test_the_quoted_source_of_an_outlet(nlp: Language) -> None:
    text = "The newspaper quoted the ministry as saying the drones were shot down."
    claim = claims_of(nlp, text)[0]
    assert claim.claimer.span.text == "The newspaper"
    assert claim.stance is Stance.REPORT
    assert claim.content is not None and claim.content.text == "the drones were shot down"


# --- documents speak for their author -----------------------------------------------------


def test_according_to_a_statement_from_the_ministry(nlp: Language) -> None:
    text = "The ceasefire was holding, according to a statement from the defense ministry."
    claim = claims_of(nlp, text)[0]
    assert claim.claimer.span.text == "the defense ministry"
    assert claim.stance is Stance.ASSERT


def test_statement_issued_by_a_ministry_speaks_for_it(nlp: Language) -> None:
    text = (
        "A statement issued by the Iranian Foreign Ministry said the tanker was seized in "
        "Iranian waters."
    )
    claim = claims_of(nlp, text)[0]
    assert "Iranian Foreign Ministry" in claim.claimer.span.text


def test_according_to_a_report_with_no_author_is_the_report(nlp: Language) -> None:
    """GUIDE, "Claimer": a document whose author the text does not give is the claimer
    itself (round 6; it named nobody before)."""
    text = "According to the report, the camp was shelled twice on Sunday."
    ((_, actor, _),) = speakers(nlp, text)
    assert actor is not None and actor.name == "report"


# --- a ministry keeps its state -------------------------------------------------------------


def test_possessive_state_stays_with_the_ministry(nlp: Language) -> None:
    text = "Pakistan's Foreign Ministry said the border crossing would reopen on Monday."
    claim = claims_of(nlp, text)[0]
    assert claim.claimer.span.text == "Pakistan's Foreign Ministry"
    ((_, actor, _),) = speakers(nlp, text)
    assert actor is not None and actor.affiliation == "pakistan"


def test_an_agency_with_a_name_of_its_own_keeps_it(nlp: Language) -> None:
    text = "Russia's Federal Security Service said it had detained two saboteurs."
    claim = claims_of(nlp, text)[0]
    assert claim.claimer.span.text == "Federal Security Service"


def test_dateline_gives_the_ministry_its_state(nlp: Language) -> None:
    text = "ISLAMABAD, May 4 (VOA) - The Foreign Ministry said the border would reopen."
    ((_, actor, _),) = speakers(nlp, text)
    assert actor is not None and actor.affiliation == "pakistan"
    plain = "The Foreign Ministry said the border would reopen."
    ((_, other, _),) = speakers(nlp, plain)
    assert other is not None and other.affiliation is None
    assert dateline_state("KYIV (AP) — Ukraine said ...") == "ukraine"
    assert dateline_state("WASHINGTON - The State Department said ...") == "united-states"
    assert dateline_state("BREAKING - The Foreign Ministry said ...") is None


# --- plural speakers that stand for several states ------------------------------------------


def test_leaders_of_several_states_speak_as_each(nlp: Language) -> None:
    text = (
        "The foreign ministers of Estonia, Latvia and Lithuania accused Russia of "
        "orchestrating the cyberattacks."
    )
    claims = claims_of(nlp, text)
    assert [c.claimer.span.text for c in claims] == ["Estonia", "Latvia", "Lithuania"]
    assert all(c.stance is Stance.ACCUSE for c in claims)
    assert all([t.span.text for t in c.targets] == ["Russia"] for c in claims)


def test_countries_including_several_speak_as_each(nlp: Language) -> None:
    text = (
        "Several countries, including Canada, Japan and Australia, have condemned the "
        "missile launch."
    )
    claims = claims_of(nlp, text)
    assert [c.claimer.span.text for c in claims] == ["Canada", "Japan", "Australia"]


def test_leaders_of_one_group_speak_as_themselves(nlp: Language) -> None:
    text = "The leaders of the opposition said the election had been rigged."
    claims = claims_of(nlp, text)
    assert [c.claimer.span.text for c in claims] == ["The leaders"]


# --- what never speaks ------------------------------------------------------------------------


def test_message_nouns_and_expletives_never_speak(nlp: Language) -> None:
    for text in (
        "The claims said the army had withdrawn from the town.",
        "The talks stalled. It is widely believed that Moscow was behind the attack.",
        "The ministry met the envoy. It was reported that the talks had stalled.",
    ):
        assert speakers(nlp, text) == [], text


def test_a_dateline_is_no_speaker(nlp: Language) -> None:
    text = "MOSCOW, March 3 (Reuters) - Russia rejected the accusations on Monday."
    assert [(a.id if a else None) for _, a, _ in speakers(nlp, text)] == ["russia"]


# --- passive quotation ----------------------------------------------------------------------


def test_quoted_as_saying_without_an_outlet_is_the_speaker(nlp: Language) -> None:
    text = "Kremlin spokesman Dmitry Peskov was quoted as saying the talks had stalled."
    claim = claims_of(nlp, text)[0]
    assert claim.claimer.span.text == "Dmitry Peskov"
    assert claim.stance is Stance.ASSERT
    assert claim.content is not None and claim.content.text == "the talks had stalled"


def test_quoted_by_an_outlet_is_the_outlet_citing_the_speaker(nlp: Language) -> None:
    text = "Kremlin spokesman Dmitry Peskov was quoted by TASS as saying the talks had stalled."
    claim = claims_of(nlp, text)[0]
    assert claim.claimer.span.text == "TASS" and claim.stance is Stance.REPORT
    assert claim.cites is not None and claim.cites.span.text == "Dmitry Peskov"


def test_quoted_without_saying_anything_is_no_claim(nlp: Language) -> None:
    assert claims_of(nlp, "The minister was quoted in the newspaper on Sunday.") == ()


# --- the media and documents as speakers ----------------------------------------------------


def test_media_reports_speak_but_the_report_alone_does_not(nlp: Language) -> None:
    text = "Local media reports blamed the militia for the ambush on the convoy."
    found = speakers(nlp, text)
    assert [(a.name if a else None, s) for _, a, s in found] == [
        ("Local media reports", Stance.ACCUSE)
    ]
    assert speakers(nlp, "The reports blamed the militia for the ambush on the convoy.") == []


def test_a_statement_describing_as_speaks_for_its_author(nlp: Language) -> None:
    text = "A Defense Ministry statement described the drills as a provocation."
    claim = claims_of(nlp, text)[0]
    assert claim.claimer.span.text.endswith("Defense Ministry")


# --- more according-to and as-clause shapes -------------------------------------------------


def test_according_to_figures_released_by_a_ministry(nlp: Language) -> None:
    text = "According to figures released by the health ministry, 40 people were killed."
    claim = claims_of(nlp, text)[0]
    assert claim.claimer.span.text == "the health ministry"
    assert claim.content is not None and claim.content.text == "40 people were killed"


def test_according_to_a_person_is_unchanged(nlp: Language) -> None:
    text = "According to the ministry's spokesman, the talks had stalled."
    claim = claims_of(nlp, text)[0]
    assert claim.claimer.span.text == "the ministry's spokesman"


def test_as_the_minister_put_it(nlp: Language) -> None:
    claim = claims_of(nlp, "As the foreign minister put it, the talks had stalled.")[0]
    assert claim.claimer.span.text == "the foreign minister"
    assert claim.stance is Stance.ASSERT
    assert claim.content is not None and claim.content.text == "the talks had stalled"


def test_put_it_on_the_table_is_no_attribution(nlp: Language) -> None:
    assert claims_of(nlp, "As she put it on the table, the plan looked simple.") == ()


def test_title_before_a_name_gives_the_name(nlp: Language) -> None:
    text = (
        "Youth Secretary Tendai Moyo of the ruling party on Friday dismissed charges by a "
        "veterans group that the leadership had looted the state."
    )
    claim = claims_of(nlp, text)[0]
    assert claim.claimer.span.text == "Tendai Moyo"
    assert claim.stance is Stance.DENY


def test_an_editorial_in_a_newspaper_is_the_newspaper(nlp: Language) -> None:
    claim = claims_of(nlp, "An editorial in the Global Times said the sanctions would fail.")[0]
    assert claim.claimer.span.text == "Global Times"
    assert claim.stance is Stance.REPORT


def test_a_statement_in_a_city_is_not_the_city(nlp: Language) -> None:
    claim = claims_of(nlp, "A statement in Moscow said the sanctions would fail.")[0]
    assert claim.claimer.span.text != "Moscow"


def test_he_does_not_fit_a_body_that_spoke(nlp: Language) -> None:
    text = "The panel said the vote was fair. He said the count would finish on Monday."
    assert [cue for cue, _, _ in speakers(nlp, text)] == ["said"]


# --- reports of unnamed outlets and as-clauses with an agent (round 11) ----------------------


def test_news_reports_of_unnamed_outlets_speak_themselves(nlp: Language) -> None:
    # the demonym says whose outlets, not who speaks: no claim by the state itself
    text = "Russian news reports said rebel forces shelled the airport overnight."
    found = speakers(nlp, text)
    assert [(a.name if a else None, s) for _, a, s in found] == [
        ("Russian news reports", Stance.REPORT)
    ]


def test_media_tagged_as_an_organisation_is_no_author(nlp: Language) -> None:
    text = "Media reports say the commission will publish its findings on Friday."
    found = speakers(nlp, text)
    assert [(a.name if a else None, s) for _, a, s in found] == [("Media reports", Stance.REPORT)]


def test_reports_with_a_named_author_speak_for_it(nlp: Language) -> None:
    text = "According to reports by Human Rights Watch, the army shelled the village."
    found = speakers(nlp, text)
    assert [a.name if a else None for _, a, _ in found] == ["Human Rights Watch"]


def test_there_are_reports_that_is_a_report_by_unnamed_outlets(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    enable_families(monkeypatch, "news_reports")  # optional since round 31
    text = "There were reports that rebel fighters had seized the airport on Sunday."
    (claim,) = claims_of(nlp, text)
    assert claim.claimer.span.text == "reports"
    assert claim.content is not None
    assert claim.content.text == "rebel fighters had seized the airport on Sunday"
    bare = "There are reports the rebels seized the airport on Sunday."
    assert [c.claimer.span.text for c in claims_of(nlp, bare)] == ["reports"]
    # the guide's gold (test5, test10, test11) adds the denied reports' own report
    denied = "Iran has consistently denied reports that it supplied drones to Russia."
    assert [c.claimer.span.text for c in claims_of(nlp, denied)] == ["Iran", "reports"]


def test_as_reported_by_names_the_reporter_not_the_clause_subject(nlp: Language) -> None:
    text = "Troops crossed the border on Tuesday, as reported by a state news agency."
    (claim,) = claims_of(nlp, text)
    assert claim.claimer.span.text == "a state news agency"
    assert claim.stance is Stance.REPORT


def test_as_claimed_by_the_rebels_is_the_rebels_claim(nlp: Language) -> None:
    text = "The minister said the army had not entered the town, as claimed by the rebels."
    assert {c.claimer.span.text for c in claims_of(nlp, text)} == {"The minister", "the rebels"}


def test_a_party_reporting_an_event_asserts_it(nlp: Language) -> None:
    text = "Witnesses reported a heavy police presence on the streets of the capital."
    (claim,) = claims_of(nlp, text)
    assert claim.claimer.span.text == "Witnesses"
    assert claim.stance is Stance.ASSERT
    assert claim.content is not None
    assert claim.content.text == "a heavy police presence on the streets of the capital"
    both = "Armenia and Azerbaijan reported heavy fighting along the front on Sunday."
    assert [(c.claimer.span.text, c.stance) for c in claims_of(nlp, both)] == [
        ("Armenia", Stance.ASSERT),
        ("Azerbaijan", Stance.ASSERT),
    ]


def test_an_outlet_reporting_an_event_reports_it(nlp: Language) -> None:
    text = "State media reported heavy fighting near the border on Sunday."
    assert [c.stance for c in claims_of(nlp, text)] == [Stance.REPORT]


def test_reporting_a_thing_to_someone_or_on_a_topic_is_no_claim(nlp: Language) -> None:
    assert claims_of(nlp, "The farmer reported the incident to the police.") == ()
    assert claims_of(nlp, "Residents came forward to report the attack.") == ()
    # "reported on" is a readout's account (readouts.READOUT_REPORTS, round 37), a claim that
    # resolution keeps only in an official text (kg.resolve.voice.OFFICIAL_REPORTS)
    text = "The defense minister reported on the progress of the talks."
    assert [official_only(c.rule) for c in claims_of(nlp, text)] == [True]
    news = Article(article_id("https://example.org/talks"), text, "https://example.org/talks")
    assert resolve(extract(nlp(text), news)).claims == ()


def test_state_media_relaying_reports(nlp: Language) -> None:
    text = "Chinese state media said the protesters had set fire to shops in the city."
    assert [(c.claimer.span.text, c.stance) for c in claims_of(nlp, text)] == [
        ("Chinese state media", Stance.REPORT)
    ]
    radio = "State radio said the president had returned to the capital on Sunday."
    assert [c.stance for c in claims_of(nlp, radio)] == [Stance.REPORT]


def test_state_media_charging_accuses(nlp: Language) -> None:
    text = "State television says foreign instigators are responsible for the protests."
    assert [c.stance for c in claims_of(nlp, text)] == [Stance.ACCUSE]


def test_a_story_in_a_newspaper_speaks_for_the_newspaper(nlp: Language) -> None:
    text = "A story in the Washington Post said the agency had spied on its allies."
    found = speakers(nlp, text)
    assert [(a.name if a else None, s) for _, a, s in found] == [
        ("The Washington Post", Stance.REPORT)
    ]
    plural = "Stories in the New York Times say the agency had spied on its allies."
    assert [a.name if a else None for _, a, _ in speakers(nlp, plural)] == ["The New York Times"]
    assert speakers(nlp, "He told the story of his escape from the besieged city.") == []


def test_a_quotation_after_a_person_spoke_is_that_persons(nlp: Language) -> None:
    text = (
        "Foreign Minister Ana Duarte spoke to reporters in the capital on Monday. "
        '"Our troops never crossed the border."'
    )
    found = [(c.claimer.span.text, c.rule.split("+")[0]) for c in claims_of(nlp, text)]
    assert found == [("Ana Duarte", "follow_on_quote")]


def test_a_quotation_after_a_visit_has_no_speaker(nlp: Language) -> None:
    text = (
        "Foreign Minister Ana Duarte visited the border town on Monday. "
        '"Our troops never crossed the border."'
    )
    assert claims_of(nlp, text) == ()
    silent = (
        "Foreign Minister Ana Duarte did not speak to reporters on Monday. "
        '"Our troops never crossed the border."'
    )
    assert claims_of(nlp, silent) == ()


def test_an_as_clause_on_a_noun_attributes_nothing(nlp: Language) -> None:
    # no comma: "as stated by Beijing" says how the zone was put, not who says the sentence
    text = "Hanoi does not accept the so-called security zone around the rig as stated by Beijing."
    assert claims_of(nlp, text) == ()
    opening = "As reported by the ministry, troops crossed the border on Tuesday."
    assert [c.claimer.span.text for c in claims_of(nlp, opening)] == ["the ministry"]
