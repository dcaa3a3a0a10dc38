"""Second pass over accusations read as assertions and over false assertions: a speaker's
term quoted by the writer inside another clause ("in what he called X") is no claim of its
own unless it names a hostile act and its doer, or a pejorative term and its owner; an
addressee warned what to do or not to do ("warned civilians to stay away") is an appeal, no
claim, unless a consequence is named;
a hostile act by "supporters of X" accuses X; unnamed reports ("Various reports said")
speak as the media do; "made the accusation" with no target or content points back at a
charge already reported and makes no new claim; "alleged several groups, including A and B, were
behind it" accuses A and B.
Wire-style sentences that are in no gold part of
``benchmarks/claims/gold.jsonl``."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract import extract
from kg.extract.claims import extract_claims
from kg.extract.mentions import extract_mentions
from kg.model import Article, Claim, Stance
from kg.resolve import ActorRegistry, resolve


def claims_of(nlp: Language, text: str) -> list[Claim]:
    doc = nlp(text)
    return list(extract_claims(doc, extract_mentions(doc)))


def targets(claim: Claim) -> list[str]:
    return [t.span.text for t in claim.targets]


@pytest.mark.parametrize(
    "text",
    [
        "The talks ended in what diplomats described as a stalemate.",
        "Fishing boats have clashed near the reef since March, inside what Manila considers "
        "its territorial waters.",
        "Parliament passed a bill on what lawmakers called the country's growing debt burden.",
    ],
)
def test_a_term_quoted_in_passing_is_no_claim(nlp: Language, text: str) -> None:
    assert claims_of(nlp, text) == []


def test_a_term_quoted_inside_a_claim_adds_no_second_claim(nlp: Language) -> None:
    text = (
        "The minister said the government remains committed to reform, in what he described "
        'as "a new chapter for the nation."'
    )
    (claim,) = claims_of(nlp, text)
    assert claim.claimer.span.text == "The minister"
    assert claim.stance is Stance.ASSERT
    assert claim.content is not None and claim.content.text.startswith("the government")


# "urged Tokyo to abandon what he described as 'Cold War thinking'" names its owner since
# round 18: the party urged to abandon the quoted term holds it
# (tests/test_extract_claims_recall18.py).
@pytest.mark.parametrize(
    "text",
    [
        "The army launched an offensive against what it called terrorist groups.",
        "Police raided the offices of what the ministry called extremist organisations.",
    ],
)
def test_a_pejorative_term_in_passing_that_names_no_owner_charges_nobody(
    nlp: Language, text: str
) -> None:
    assert [c for c in claims_of(nlp, text) if c.rule == "label"] == []


def test_a_pejorative_term_in_passing_charges_its_owner(nlp: Language) -> None:
    text = "The talks stalled over what Kyiv called Russia's continued aggression in the east."
    (label,) = [c for c in claims_of(nlp, text) if c.rule == "label"]
    assert label.claimer.span.text == "Kyiv"
    assert label.stance is Stance.ACCUSE
    assert targets(label) == ["Russia"]


def test_a_hostile_act_named_in_passing_still_accuses_its_doer(nlp: Language) -> None:
    text = (
        "Scores of civilians were killed in what local officials called revenge attacks by "
        "militants."
    )
    (claim,) = claims_of(nlp, text)
    assert claim.claimer.span.text == "local officials"
    assert claim.stance is Stance.ACCUSE
    assert targets(claim) == ["militants"]


@pytest.mark.parametrize(
    "text",
    [
        "The interior ministry warned residents to stay indoors because of the fighting.",
        "The foreign minister warned Pyongyang not to further escalate tensions on the peninsula.",
        "Police warned journalists to keep away from the security forces guarding the square.",
    ],
)
def test_warning_an_addressee_what_to_do_is_no_claim(nlp: Language, text: str) -> None:
    assert claims_of(nlp, text) == []


def test_warning_an_addressee_of_what_it_risks_threatens(nlp: Language) -> None:
    text = "Iran warned Israel not to attack its nuclear sites or face a crushing response."
    (claim,) = claims_of(nlp, text)
    assert claim.stance is Stance.THREATEN


@pytest.mark.parametrize(
    ("text", "claimer", "accused"),
    [
        (
            "Human Rights Watch said loyalists of former President Yahya Jammeh tortured dozens "
            "of detainees in 2016.",
            "Human Rights Watch",
            "Yahya Jammeh",
        ),
        (
            "The opposition says supporters of President Yoweri Museveni attacked its rallies in "
            "the north.",
            "The opposition",
            "Yoweri Museveni",
        ),
    ],
)
def test_a_hostile_act_by_the_followers_of_a_named_actor_accuses_the_actor(
    nlp: Language, text: str, claimer: str, accused: str
) -> None:
    (claim,) = claims_of(nlp, text)
    assert claim.claimer.span.text == claimer
    assert claim.stance is Stance.ACCUSE
    assert targets(claim) == [accused]


def resolved(nlp: Language, text: str) -> list[tuple[str, Stance]]:
    article = Article("doc", text, "-")
    graph = resolve(extract(nlp(text), article), ActorRegistry())
    names = {a.id: a.name for a in graph.actors}
    return [(names[c.claimer], c.claim.stance) for c in graph.claims]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Several reports said the rebels had withdrawn from the town overnight.",
            "Several reports",
        ),
        (
            "Other reports from the province said at least 12 people had been wounded.",
            "Other reports from the province",
        ),
    ],
)
def test_unnamed_reports_speak_as_the_media_do(nlp: Language, text: str, speaker: str) -> None:
    assert resolved(nlp, text) == [(speaker, Stance.REPORT)]


def test_reports_already_named_do_not_speak(nlp: Language) -> None:
    assert resolved(nlp, "The reports said the rebels had withdrawn from the town overnight.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The prime minister made the accusation during a visit to the border town on Saturday.",
        "The defence minister repeated the charges in a televised address on Tuesday.",
    ],
)
def test_a_charge_pointed_back_at_names_nothing_new(nlp: Language, text: str) -> None:
    assert claims_of(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        ("The interior minister made the accusation against Rwanda on Friday.", ["Rwanda"]),
        ("Opposition leaders have made accusations that the army rigged the vote.", []),
    ],
)
def test_a_charge_with_a_target_or_a_content_still_accuses(
    nlp: Language, text: str, accused: list[str]
) -> None:
    (claim,) = claims_of(nlp, text)
    assert claim.stance is Stance.ACCUSE
    if accused:
        assert targets(claim) == accused
    else:
        assert claim.content is not None and "rigged" in claim.content.text


def test_an_allegation_against_several_groups_including_named_ones_targets_them(
    nlp: Language,
) -> None:
    text = (
        "Police alleged that several groups, including the Oromo Liberation Front and the "
        "Ogaden National Liberation Front, were behind the bombing."
    )
    (claim,) = claims_of(nlp, text)
    assert claim.stance is Stance.ACCUSE
    assert targets(claim) == ["the Oromo Liberation Front", "the Ogaden National Liberation Front"]
