"""Official texts' registers (round 5, issue 13): who "the Secretary" and "the President of
Russia" are in a readout, and demands that charge a wrong by the way they name it.

* a definite description of an office ("The Secretary") in an official text refers to the
  publisher's own official, whose title is headed by that noun, before a foreign counterpart
  met in the readout (:func:`kg.resolve.coref.antecedent`);
* "the President of Russia" on the Kremlin's site is the text's own voice
  (:func:`kg.resolve.voice.own_office`), not the last president named;
* "called on X to cease its provocative behavior" and "to put an end to its war" presuppose
  a wrong (:mod:`kg.extract.claims.demands`), and a demand by a named government in its own
  statement is its claim.

Sentences are from State Department and Kremlin texts of ``corpus/`` that are in no gold
part of ``benchmarks/claims/gold.jsonl`` or ``benchmarks/allegations/gold.jsonl``, or
written for the test.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract import extract
from kg.extract.claims import RULES, extract_claims
from kg.extract.claims.address_speech import ADDRESS_RULE
from kg.extract.mentions import extract_mentions
from kg.model import Article, Claim, DocumentGraph, Stance
from kg.nlp import load_pipeline
from kg.resolve import ActorRegistry, resolve
from kg.resolve.coref import role_head
from kg.resolve.voice import own_office

STATE = "U.S. Department of State"
KREMLIN = "President of Russia"


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def build(nlp: Language, text: str, outlet: str | None) -> DocumentGraph:
    article = Article("doc", text, "-", title="Readout", outlet=outlet, published="2022-05-18")
    return resolve(extract(nlp(text), article), ActorRegistry())


def claims(nlp: Language, text: str) -> list[Claim]:
    doc = nlp(text)
    return list(extract_claims(doc, extract_mentions(doc), RULES - {ADDRESS_RULE}))


def claimer_of(graph: DocumentGraph, words: str) -> set[str]:
    """The claimers of the claims whose claimer span is ``words``."""
    return {c.claimer for c in graph.claims if c.claim.claimer.span.text == words}


# "Secretary Blinken's Call with UK Foreign Secretary Truss", 2022 (corpus, in no gold)
TRUSS_CALL = (
    "The following is attributable to Spokesperson Ned Price:\n\nSecretary of State Antony J. "
    "Blinken spoke today with UK Foreign Secretary Elizabeth Truss. The Secretary reaffirmed "
    "support for Ukraine, where the brave Ukrainian people continue to defend against the "
    "brutal attacks of Putin’s war of aggression."
)


def test_the_secretary_is_the_publishers_secretary_not_the_foreign_one(nlp) -> None:
    graph = build(nlp, TRUSS_CALL, STATE)
    assert claimer_of(graph, "The Secretary") == {"antony-j-blinken"}


def test_a_news_report_keeps_the_nearest_secretary(nlp) -> None:
    # no publisher's side in a news report: the nearest fitting title still wins a tie
    graph = build(nlp, TRUSS_CALL, "Reuters")
    assert claimer_of(graph, "The Secretary") == {"elizabeth-truss"}


def test_a_title_is_headed_by_its_noun() -> None:
    assert role_head("Secretary of State") == "secretary"
    assert role_head("UK Foreign Secretary") == "secretary"
    assert role_head("Deputy Secretary") == "secretary"
    assert role_head("Secretary and First") == "first"  # "The Secretary and First Lady X"
    assert role_head("Minister for Foreign Affairs and Trade") == "minister"


# "New Year 2022 greetings to foreign heads of state and government", en.kremlin.ru
# (http://en.kremlin.ru/events/president/news/67468, corpus/kremlin-belarus.jsonl, a text with
# no gold sentence)
KISHIDA_GREETINGS = (
    "Addressing Prime Minister of Japan Fumio Kishida, the President of the Russian Federation "
    "noted the importance of the dialogue between the two countries which continued in the "
    "outgoing year, despite the difficulties and limitations caused by the pandemic. The "
    "President of Russia emphasised that the telephone conversation between the two leaders in "
    "October was undeniably important in this context, making it possible to outline ways for "
    "interaction on the bilateral and international agenda."
)


def test_the_president_of_russia_on_the_kremlin_site_is_its_own_voice(nlp) -> None:
    graph = build(nlp, KISHIDA_GREETINGS, KREMLIN)
    assert claimer_of(graph, "The President of Russia") == {"russia"}


def test_own_office() -> None:
    assert own_office("The President of Russia", KREMLIN)
    assert own_office("the Ukrainian President", "President of Ukraine")
    assert not own_office("the President of France", KREMLIN)
    assert not own_office("the Russian President", "President of Ukraine")
    assert not own_office("the President of Russia", "Reuters")
    assert not own_office("President of Russia", KREMLIN)  # not a definite description


@pytest.mark.parametrize(
    ("text", "target", "content_starts"),
    [
        (
            "The United States calls on the PRC to cease its provocative behavior in the South"
            " China Sea.",
            "PRC",
            "cease its provocative behavior",
        ),
        (
            "We call on Russia to cease its reckless and irresponsible rhetoric about the use of"
            " nuclear weapons.",
            "Russia",
            "cease its reckless",
        ),
        (
            "We urge Belarus to put an end to the repression of peaceful protesters.",
            "Belarus",
            "put an end to the repression",
        ),
    ],
)
def test_demands_to_end_a_wrong_named_as_one_criticize(nlp, text, target, content_starts):
    found = [c for c in claims(nlp, text) if c.rule.startswith("demand")]
    assert len(found) == 1
    claim = found[0]
    assert claim.stance is Stance.CRITICIZE
    assert [t.span.text for t in claim.targets] == [target]
    assert claim.content is not None and claim.content.text.startswith(content_starts)


@pytest.mark.parametrize(
    "text",
    [
        "We call on Russia to cease its participation in the talks.",  # nothing wrong named
        "We urge Ukraine and Russia to put an end to the negotiations.",  # not a wrong
        "We call on both sides to put an end to the violence.",  # nobody in particular
    ],
)
def test_demands_that_presuppose_no_wrong_make_no_claim(nlp, text):
    assert not [c for c in claims(nlp, text) if c.rule.startswith("demand")]


def test_a_named_governments_demand_in_its_own_statement_is_kept(nlp) -> None:
    text = (
        "The United States once again calls on Belarus to release all political prisoners "
        "immediately."
    )
    official = build(nlp, text, STATE)
    assert [(c.claimer, c.claim.stance.value, c.targets) for c in official.claims] == [
        ("united-states", "criticize", ("belarus",))
    ]
    # a news report's account of an appeal is no claim (benchmarks/claims/GUIDE.md)
    assert not [c for c in build(nlp, text, "Reuters").claims if c.claim.rule == "demand"]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # G7 register (written): the doer is the agent of a participle after the act
        ("We condemn actions perpetrated by Russia that endanger nuclear facilities.", "Russia"),
        (
            "We are deeply concerned with the humanitarian toll taken by Russia’s continuing"
            " strikes against the civilian population.",
            "Russia",
        ),
        ("The minister condemned the attacks carried out by Hamas on Sunday.", "Hamas"),
    ],
)
def test_a_criticised_act_done_by_an_agent_targets_the_agent(nlp, text, target) -> None:
    found = [c for c in claims(nlp, text) if c.stance is Stance.CRITICIZE]
    assert found and all([t.span.text for t in c.targets] == [target] for c in found)


def test_a_participle_without_an_agent_names_no_doer(nlp) -> None:
    found = claims(nlp, "The minister condemned the attacks reported in the south on Sunday.")
    assert [c.stance for c in found] == [Stance.CRITICIZE]
    assert all(t.span.text != "Sunday" for c in found for t in c.targets)


# written in the register of the State Department's readouts
SHERMAN_MEETING = (
    "Deputy Secretary of State Wendy R. Sherman met today with French Foreign Minister "
    "Jean-Yves Le Drian in Paris. The two condemned Russia’s attacks on Ukraine’s energy "
    "infrastructure."
)


def test_the_two_in_a_readout_are_the_two_officials_it_names(nlp) -> None:
    graph = build(nlp, SHERMAN_MEETING, STATE)
    found = {(c.claimer, c.claim.stance.value, c.targets) for c in graph.claims}
    assert {c for c, _, _ in found} == {"wendy-r-sherman", "jean-yves-le-drian"}
    assert {(s, t) for _, s, t in found} == {("criticize", ("russia",))}
    assert len({c.id for c in graph.claims}) == len(graph.claims) == 2


def test_the_two_in_a_news_report_are_the_two_named_before(nlp) -> None:
    # round 15 (collective15): a news report's "The two" is split too, by the two people
    # named before it (kg.resolve.plurals), as the guide's conjoined speakers are
    graph = build(nlp, SHERMAN_MEETING, "Reuters")
    names = {actor.id: actor.name for actor in graph.actors}
    critics = {names[c.claimer] for c in graph.claims if c.claim.stance is Stance.CRITICIZE}
    assert critics == {"Wendy R. Sherman", "Jean-Yves Le Drian"}


# "Russia's Escalation in Eastern Ukraine" style, State Department (corpus, in no gold)
SHELLING = (
    "We condemn the use of heavy weaponry and indiscriminate shelling of civilian areas, "
    "which constitute a clear violation of the Minsk Agreements."
)


def test_an_official_condemnation_of_an_act_with_no_doer_opens_an_allegation(nlp) -> None:
    graph = build(nlp, SHELLING, STATE)
    condemned = [c for c in graph.claims if c.claim.stance is Stance.CRITICIZE]
    assert condemned and all(c.allegation for c in condemned)
    assert len(graph.allegations) == 1


def test_a_news_reports_criticism_with_no_doer_opens_none(nlp) -> None:
    text = "The minister condemned the use of heavy weaponry near the border."
    assert not build(nlp, text, "Reuters").allegations


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # the register of the Kremlin's readouts (written)
        (
            "It was noted that the Ukrainian armed forces had shelled residential areas of"
            " Donetsk.",
            "Ukrainian",
        ),
        (
            "It was stressed that the Kiev authorities continue to sabotage the Minsk agreements.",
            "the Kiev authorities",
        ),
    ],
)
def test_an_impersonal_report_in_a_readout_is_the_texts_claim(nlp, text, target) -> None:
    found = [c for c in claims(nlp, text) if c.rule.startswith("author_voice")]
    assert [(c.stance, [t.span.text for t in c.targets]) for c in found] == [
        (Stance.ACCUSE, [target])
    ]
    assert found[0].content is not None and found[0].content.text.startswith("that ")


@pytest.mark.parametrize(
    "text",
    [
        "It was noted that the sides would continue contacts.",  # nothing charged
        "It was noted by the Ukrainian side that Russian troops had shelled Kharkiv.",  # agent
    ],
)
def test_no_impersonal_report_claim(nlp, text) -> None:
    assert not [c for c in claims(nlp, text) if c.rule.startswith("author_voice")]


def test_a_message_named_false_is_the_messengers_charge_and_the_texts_denial(nlp) -> None:
    # written in the register of the State Department's statements
    found = [
        (c.stance, c.claimer.label, c.claimer.span.text, [t.span.text for t in c.targets])
        for c in claims(nlp, "Russia is spreading lies that Kyiv is preparing a dirty bomb.")
        if "false_message" in c.rule
    ]
    assert sorted(found) == [
        (Stance.ACCUSE, "GPE", "Russia", ["Kyiv"]),
        (Stance.DENY, "AUTHOR", "", ["Russia"]),
    ]
    graph = build(nlp, "Russia is spreading lies that Kyiv is preparing a dirty bomb.", STATE)
    # since round 13 the text's own charge of spreading lies is its accusation too
    assert {(c.claimer, c.claim.stance.value) for c in graph.claims} == {
        ("russia", "accuse"),
        ("united-states", "deny"),
        ("united-states", "accuse"),
    }
    messages = [c for c in graph.claims if "false_message" in c.claim.rule]
    assert len(messages) == 2 and len({c.allegation for c in messages}) == 1  # one proposition


@pytest.mark.parametrize(
    "text",
    [
        "Moscow has repeated its claims that Ukraine shelled the plant.",  # not called false
        "We reject the lies that Ukraine shelled the plant.",  # no messenger named
        "Russia's lies that Kyiv is not preparing a dirty bomb were widely reported.",  # negated
    ],
)
def test_no_false_message_claims(nlp, text) -> None:
    assert not [c for c in claims(nlp, text) if "false_message" in c.rule]
