"""Resolution round 11 (resolve11b): officials placed by an "in X" complement, indefinite
descriptions, and first-person statements a colon introduces in a news report.

Paragraphs written for these tests in the register of wire copy about disputes; in no
gold part of benchmarks/claims/gold.jsonl."""

from __future__ import annotations

from kg.extract import extract
from kg.ingest import article_id
from kg.model import Article, Mention, Span
from kg.resolve import ActorRegistry, coref, place_complement, resolve


def _claims(nlp, text: str, outlet: str | None = "Voice of America") -> list[tuple[str, str]]:
    """(claimer mention's text, claimer actor's name) of every resolved claim."""
    article = Article(id=article_id(text), text=text, source="test", outlet=outlet)
    graph = resolve(extract(nlp(text), article), ActorRegistry())
    names = {actor.id: actor.name for actor in graph.actors}
    return [(c.claim.claimer.span.text, names[c.claimer]) for c in graph.claims]


def _actors(nlp, text: str):
    article = Article(id=article_id(text), text=text, source="test")
    graph = resolve(extract(nlp(text), article), ActorRegistry())
    return graph, {actor.id: actor for actor in graph.actors}


# --- "Authorities in Azerbaijan" ------------------------------------------------------------

PLACED = (
    "Authorities in Armenia said Azerbaijani drones struck a fuel depot near the border "
    "on Sunday. Officials in Baku denied the charge."
)


def test_place_complement_names_a_state_by_name_or_capital() -> None:
    assert place_complement("Authorities in Armenia said", 11) == ("Armenia", "armenia")
    assert place_complement("officials in Beijing said", 9) == ("Beijing", "china")
    assert place_complement("officials in the region said", 9) is None


def test_authorities_in_a_state_are_that_states_side_by_their_whole_name(nlp) -> None:
    graph, actors = _actors(nlp, PLACED)
    claimers = {c.claim.claimer.span.text: actors[c.claimer] for c in graph.claims}
    authorities = claimers["Authorities"]
    assert authorities.name == "Authorities in Armenia"
    assert authorities.affiliation == "armenia"


def test_authorities_in_two_states_are_two_groups(nlp) -> None:
    text = (
        "Authorities in Armenia accused Azerbaijan of shelling a village. Authorities in "
        "Azerbaijan said Armenian forces had fired first."
    )
    graph, actors = _actors(nlp, text)
    names = {actors[c.claimer].name for c in graph.claims}
    assert {"Authorities in Armenia", "Authorities in Azerbaijan"} <= names


def test_protesters_in_a_capital_are_not_its_government(nlp) -> None:
    text = "Protesters in Moscow said the election had been rigged."
    graph, actors = _actors(nlp, text)
    assert all(actors[c.claimer].affiliation != "russia" for c in graph.claims)


# --- "a news agency" ------------------------------------------------------------------------


def test_an_indefinite_description_has_no_antecedent() -> None:
    agency = Mention(Span(0, 13, "A news agency"), "NOMINAL", 0, head="agency")
    the_agency = Mention(Span(0, 15, "The news agency"), "NOMINAL", 0, head="agency")
    assert coref.indefinite(agency)
    assert not coref.indefinite(the_agency)


def test_a_news_agency_is_not_the_articles_publisher(nlp) -> None:
    text = (
        "KAMPALA (VOA) - Uganda denied on Thursday that it had sent troops into Congo. "
        "A news agency reported that 2,000 soldiers had crossed the border."
    )
    claimers = dict(_claims(nlp, text))
    assert claimers["A news agency"] != "Voice of America"


# --- "...: We condemn" ----------------------------------------------------------------------

INTRODUCED = (
    "After the bombing of the market, State Department spokesman John Miller expressed the "
    "U.S. government's sympathy for the victims in Pakistan: We condemn this cowardly "
    "attack in the strongest terms. We strongly condemn any kind of sectarian violence."
)


def test_we_after_a_colon_is_the_speaker_before_it(nlp) -> None:
    claimers = _claims(nlp, INTRODUCED)
    assert [name for mention, name in claimers if mention == "We"] == ["John Miller"] * 2


def test_we_after_a_sentence_ending_in_a_colon_is_its_subject(nlp) -> None:
    text = (
        "The Foreign Ministry issued the following statement on Monday:\n"
        "We reject the accusations of the Ethiopian government."
    )
    assert ("We", "Foreign Ministry") in _claims(nlp, text)


def test_the_statement_ends_with_the_reporters_own_sentence(nlp) -> None:
    text = INTRODUCED + " Pakistan has blamed militants for the attack. We condemn the attack."
    claimers = _claims(nlp, text)
    assert [name for mention, name in claimers if mention == "We"] == ["John Miller"] * 2


def test_we_without_an_introduction_stays_unresolved_in_a_news_report(nlp) -> None:
    text = "Government troops shelled the town on Monday. We condemn this attack."
    assert all(mention != "We" for mention, _ in _claims(nlp, text))


def test_an_official_texts_we_is_still_its_issuer(nlp) -> None:
    text = "The Secretary spoke with the minister today: We condemn the attack on the embassy."
    claimers = _claims(nlp, text, outlet="U.S. Department of State")
    assert ("We", "United States") in claimers  # the voice rule, not the colon's


# --- "Local reports on Sunday" --------------------------------------------------------------


def test_a_groups_name_leaves_out_the_day(nlp) -> None:
    text = (
        "Fighting continued near the border. Local reports on Sunday said dozens of civilians "
        "had fled the shelling."
    )
    names = [name for mention, name in _claims(nlp, text) if mention.startswith("Local")]
    assert names == ["Local reports"]
