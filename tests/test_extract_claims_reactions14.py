"""Round 13's settled points in the extractor (round 14, branch ``reaction14``): an
expressed reaction drawn from or voiced in a party and a war of words each way (point 19),
a freeze announced as taken is an assertion and its blaming reason a claim of its own
(point 28), a regret blaming nobody is an assertion (point 29), a rebuke as a question is
criticism of the addressee (point 27), refusing a named party's
request criticizes it (point 32), and the optional bare charge "rejected the accusations
by X" (point 31, family ``bare_charge``, off by default).

Wire-style sentences written for these tests (none is in a gold part of
``benchmarks/claims``); each rule has a negative case beside it.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.claims import OPTIONAL, RULES, extract_claims
from kg.extract.mentions import extract_mentions
from kg.model import Stance
from kg.resolve.voice import OFFICIAL_ONLY
from tests.claim_helpers import assert_in_no_gold_part, claims_of, stances_of
from tests.claim_helpers import targets as targets_of

#: The default families with the optional bare charges switched on.
WITH_BARE = (RULES - OFFICIAL_ONLY - OPTIONAL) | {"bare_charge"}


# --- point 19: expressed reactions ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "claimer"),
    [
        ("The ruling on the disputed islands caused fury in Moscow.", "Moscow"),
        ("The plan to build the dam has stirred anger in Cairo.", "Cairo"),
        (
            "The execution of the journalist provoked an outcry from the United Nations.",
            "United Nations",
        ),
        ("The visit to the shrine prompted outrage in Beijing.", "Beijing"),
    ],
)
def test_reaction_voiced_by_a_party(nlp: Language, text: str, claimer: str) -> None:
    found = stances_of(nlp, text)
    assert any(c == claimer and s is Stance.CRITICIZE for c, s, _ in found), found


@pytest.mark.parametrize(
    ("text", "claimer", "target"),
    [
        (
            "The talks opened amid an outcry from Beijing over the arms sales to Taipei.",
            "Beijing",
            [],
        ),
        ("There was an uproar in Seoul over Tokyo's new textbooks.", "Seoul", ["Tokyo"]),
        ("Ankara reacted with fury to the French vote on the killings.", "Ankara", ["French"]),
        ("Seoul reacted with anger to Tokyo's claims over the islands.", "Seoul", ["Tokyo"]),
    ],
)
def test_outcry_and_reacting_with_feeling(
    nlp: Language, text: str, claimer: str, target: list[str]
) -> None:
    found = stances_of(nlp, text)
    assert (claimer, Stance.CRITICIZE, target) in found, found


def test_words_of_ones_own_for_a_party(nlp: Language) -> None:
    text = "The Venezuelan leader had some words of his own for Washington on Sunday."
    assert ("The Venezuelan leader", Stance.CRITICIZE, ["Washington"]) in stances_of(nlp, text)
    assert stances_of(nlp, "The minister had words with the ambassador on Friday.") == []


def test_no_outcry_without_a_named_party(nlp: Language) -> None:
    text = "The verdict came amid a public outcry over the sentences."
    assert not [c for c in claims_of(nlp, text) if "angry_reaction" in c.rule]


def test_reaction_drawn_names_the_doer(nlp: Language) -> None:
    found = stances_of(nlp, "Tokyo's decision to buy the islands caused an uproar in Beijing.")
    assert ("Beijing", Stance.CRITICIZE, ["Tokyo"]) in found


@pytest.mark.parametrize(
    "text",
    [
        "The new map of the sea is causing concern among some Vietnamese.",
        "The air strike sparked protests in Kabul on Friday.",
        "The storm caused damage in Manila.",
    ],
)
def test_no_reaction_of_people_crowds_or_things(nlp: Language, text: str) -> None:
    assert not [c for c in claims_of(nlp, text) if "angry_reaction" in c.rule]


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "The speech sparked a war of words between Caracas and Washington.",
            ("Caracas", "Washington"),
        ),
        ("Seoul and Tokyo are locked in a war of words over the islands.", ("Seoul", "Tokyo")),
        (
            "Venezuela is engaged in a war of words with Colombia over the rebels.",
            ("Venezuela", "Colombia"),
        ),
    ],
)
def test_war_of_words_one_each_way(nlp: Language, text: str, sides: tuple[str, str]) -> None:
    first, second = sides
    claims = [c for c in claims_of(nlp, text) if "angry_reaction" in c.rule]
    found = {(c.claimer.span.text, c.stance, tuple(t.span.text for t in c.targets)) for c in claims}
    assert found == {
        (first, Stance.CRITICIZE, (second,)),
        (second, Stance.CRITICIZE, (first,)),
    }
    assert all(c.content is None for c in claims)


def test_war_of_words_needs_two_named_sides(nlp: Language) -> None:
    text = "The war of words between the two neighbours escalated on Monday."
    assert not [c for c in claims_of(nlp, text) if "angry_reaction" in c.rule]


# --- point 28: a measure announced as taken --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Caracas is putting relations with Bogota in the freezer, the president said.",
        "The president said he was freezing relations with Colombia.",
        "Moscow said it was suspending cooperation with NATO.",
    ],
)
def test_freeze_taken_is_assert(nlp: Language, text: str) -> None:
    stances = [s for _, s, _ in stances_of(nlp, text)]
    assert stances == [Stance.ASSERT], stances


@pytest.mark.parametrize(
    "text",
    [
        "The president said he would freeze relations with Colombia.",
        "The president said he was freezing relations with Colombia until its leader apologised.",
        "The minister said relations with Ankara would be put on hold if the troops stayed.",
    ],
)
def test_freeze_promised_or_conditioned_is_threaten(nlp: Language, text: str) -> None:
    stances = [s for _, s, _ in stances_of(nlp, text)]
    assert stances == [Stance.THREATEN], stances


def test_blaming_reason_of_a_measure_is_its_own_claim(nlp: Language) -> None:
    text = "Chad said it was severing ties with Sudan because Khartoum backed the rebels."
    found = [(c.stance, targets_of(c)) for c in claims_of(nlp, text)]
    assert (Stance.ASSERT, ["Sudan"]) in found
    assert (Stance.ACCUSE, ["Khartoum"]) in found


def test_reason_blaming_nobody_adds_nothing(nlp: Language) -> None:
    text = "The ministry said it had suspended the border talks because the weather was bad."
    assert [s for _, s, _ in stances_of(nlp, text)] == [Stance.ASSERT]


# --- point 29: regret ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Islamabad expressed regret over the deaths of its border guards in the air strike.",
        "The ministry expressed deep regret that the ceasefire talks had collapsed.",
    ],
)
def test_regret_blaming_nobody_is_assert(nlp: Language, text: str) -> None:
    assert [s for _, s, _ in stances_of(nlp, text)] == [Stance.ASSERT]


def test_regret_at_a_named_party_is_criticize(nlp: Language) -> None:
    found = stances_of(nlp, "Seoul expressed regret at Tokyo's decision to revise the textbooks.")
    assert found == [("Seoul", Stance.CRITICIZE, ["Tokyo"])]


def test_bare_regret_is_no_claim(nlp: Language) -> None:
    assert stances_of(nlp, "The foreign minister expressed regret on Tuesday.") == []


# --- point 32: refusing a named party's request ----------------------------------------


@pytest.mark.parametrize(
    ("text", "claimer", "target"),
    [
        (
            "Seoul is refusing to postpone the joint naval exercises, as requested by Pyongyang.",
            "Seoul",
            "Pyongyang",
        ),
        (
            "Japan declined to release the trawler captain as demanded by Beijing.",
            "Japan",
            "Beijing",
        ),
        ("Kabul refused a U.S. request to hand over the detained commanders.", "Kabul", "U.S."),
        (
            "The government refused Moscow's demand to pull its troops back from the border.",
            "The government",
            "Moscow",
        ),
    ],
)
def test_refused_request_criticizes_the_asker(
    nlp: Language, text: str, claimer: str, target: str
) -> None:
    found = stances_of(nlp, text)
    assert (claimer, Stance.CRITICIZE, [target]) in found, found


@pytest.mark.parametrize(
    "text",
    [
        "The army refused to withdraw its troops from the border region.",
        "The minister refused to comment on the request by Moscow.",
        "Kabul did not refuse the U.S. request to hand over the commanders.",
    ],
)
def test_refusal_nobody_asked_for_is_no_criticism(nlp: Language, text: str) -> None:
    assert not [c for c in claims_of(nlp, text) if "refused_request" in c.rule]


# --- point 27: a rebuke as a question or command ---------------------------------------


@pytest.mark.parametrize(
    ("text", "claimer", "target"),
    [
        (
            '"Why don\'t you shut up?" the admiral asked the visiting Chinese general.',
            "the admiral",
            ["the visiting Chinese general"],
        ),
        (
            'The defence minister told the opposition leader: "How dare you insult our soldiers?"',
            "The defence minister",
            ["the opposition leader"],
        ),
        (
            '"Mind your own business," the spokesman told Washington.',
            "the spokesman",
            ["Washington"],
        ),
    ],
)
def test_rebuke_as_question_or_command(
    nlp: Language, text: str, claimer: str, target: list[str]
) -> None:
    assert (claimer, Stance.CRITICIZE, target) in stances_of(nlp, text)


def test_appeal_as_question_stays_no_criticism(nlp: Language) -> None:
    text = '"Why don\'t you come to the talks in Geneva?" the mediator asked the rebel commander.'
    assert not [c for c in claims_of(nlp, text) if "rebuke_question" in c.rule]


# --- point 31: a bare charge, optional -------------------------------------------------


def _bare(nlp: Language, text: str, on: bool = True) -> list[tuple[str, list[str]]]:
    doc = nlp(text)
    claims = extract_claims(doc, extract_mentions(doc), WITH_BARE if on else None)
    return [
        (c.claimer.span.text, [t.span.text for t in c.targets])
        for c in claims
        if c.stance is Stance.ACCUSE and c.content is None
    ]


def test_bare_charge_accuses_the_denier(nlp: Language) -> None:
    text = "Asmara rejected the accusations by the press freedom group on Tuesday."
    assert _bare(nlp, text) == [("the press freedom group", ["Asmara"])]
    assert _bare(nlp, text, on=False) == []
    assert "bare_charge" in OPTIONAL


@pytest.mark.parametrize(
    "text",
    [
        "Islamabad dismissed the claims by New Delhi on Monday.",
        "The government rejected the accusations on Monday.",
    ],
)
def test_no_bare_charge_without_author_or_charge(nlp: Language, text: str) -> None:
    assert _bare(nlp, text) == []


def test_sentences_are_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, at_least=20)
