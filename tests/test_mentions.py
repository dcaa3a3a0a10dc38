"""Mentions: entities with roles and affiliations, pronouns, descriptions, anonymous sources."""

from __future__ import annotations

import pytest

from kg.extract.mentions import extract_mentions, mention_from_span
from kg.nlp import load_pipeline
from kg.resolve.gazetteer import entity_patterns, lookup, slugify


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def person(nlp, text: str, name: str):
    found = [m for m in extract_mentions(nlp(text)) if m.label == "PERSON"]
    matches = [m for m in found if m.span.text == name]
    assert matches, [m.span.text for m in found]
    return matches[0]


@pytest.mark.parametrize(
    ("text", "name", "role", "affiliation"),
    [
        (
            "Russian Foreign Minister Sergei Lavrov said there was no proof.",
            "Sergei Lavrov",
            "Foreign Minister",
            "Russian",
        ),
        (
            "In late January, US intelligence director Dan Coats claimed that Russia will "
            "seek to meddle in the election.",
            "Dan Coats",
            "intelligence director",
            "US",
        ),
        (
            "The Russian president's press secretary, Dmitry Peskov, described the "
            "accusations as unsubstantiated.",
            "Dmitry Peskov",
            "press secretary",
            "Russian",
        ),
        (
            "The IRA was charged by special counsel Robert Mueller with interfering.",
            "Robert Mueller",
            "special counsel",
            None,
        ),
        (
            "Chinese Foreign Ministry spokesman Wang Wenbin told reporters on Monday that "
            "Washington should stop smearing China.",
            "Wang Wenbin",
            "Foreign Ministry spokesman",
            "Chinese",
        ),
        (
            "Ukrainian President Volodymyr Zelensky said Kyiv would not cede territory.",
            "Volodymyr Zelensky",
            "President",
            "Ukrainian",
        ),
        (
            "President Donald Trump personally approved a military cyber operation.",
            "Donald Trump",
            "President",
            None,
        ),
        (
            "Dmitry Peskov, the Kremlin spokesman, said the report was false.",
            "Dmitry Peskov",
            "spokesman",
            "Kremlin",
        ),
    ],
)
def test_titles_become_role_and_affiliation(nlp, text, name, role, affiliation):
    mention = person(nlp, text, name)
    assert (mention.role, mention.affiliation) == (role, affiliation)
    assert mention.span.text == name  # the title is not part of the span


def test_mention_from_span_moves_title_out_of_a_person_span(nlp):
    doc = nlp("President Joe Biden warned Moscow on Tuesday.")
    mention = mention_from_span(doc[0:3], "PERSON")
    assert (mention.span.text, mention.role) == ("Joe Biden", "President")
    assert doc.text[mention.span.start : mention.span.end] == "Joe Biden"


def test_kyiv_and_zaporizhzhia_are_places(nlp):
    doc = nlp("Russian forces shelled Kyiv and Zaporizhzhia overnight, officials said.")
    labels = {ent.text: ent.label_ for ent in doc.ents}
    assert labels["Kyiv"] == "GPE"
    assert labels["Zaporizhzhia"] == "GPE"


def test_gazetteer_does_not_cut_longer_entities(nlp):
    doc = nlp("US Cyber Command and Moscow State University were named, and so was Paris Hilton.")
    texts = {ent.text for ent in doc.ents}
    assert "US Cyber Command" in texts
    assert "Moscow State University" in texts
    assert "Paris" not in texts


def test_pronouns_only_in_argument_positions(nlp):
    mentions = extract_mentions(
        nlp("It is unclear whether he knew. The ministry said its data showed it.")
    )
    pronouns = [m.span.text for m in mentions if m.label == "PRON"]
    assert pronouns == ["he", "its", "it"]


def test_definite_descriptions_and_anonymous_sources(nlp):
    text = (
        "The Washington Post reported that officials familiar with the matter had briefed "
        "the newspaper. A source told Reuters the ministry was aware, and multiple sources "
        "said the sources were reliable."
    )
    mentions = extract_mentions(nlp(text))
    nominal = [m.span.text for m in mentions if m.label == "NOMINAL"]
    anonymous = [m.span.text for m in mentions if m.label == "ANON"]
    assert "the newspaper" in nominal and "the ministry" in nominal
    assert anonymous == [
        "officials familiar with the matter",
        "A source",
        "multiple sources",
        "the sources",
    ]


def test_plain_officials_are_not_anonymous(nlp):
    mentions = extract_mentions(nlp("Energy sources were discussed by officials in Berlin."))
    assert not [m for m in mentions if m.label == "ANON"]


def test_acronym_repeats_are_mentions(nlp):
    text = "The Internet Research Agency (IRA) was hit. Later the IRA went offline."
    orgs = [m.span.text for m in extract_mentions(nlp(text)) if m.label == "ORG"]
    assert orgs.count("IRA") == 2


def test_lookup_normalises_surface_forms():
    assert lookup("the U.S.'").id == "united-states"
    assert lookup("Russia’s").id == "russia"
    assert lookup("the Élysée").id == "france"
    assert lookup("Kiev").id == lookup("Kyiv").id == "ukraine"
    assert lookup("The White House").kind == "organisation"
    assert lookup("us") is None
    assert lookup("the newspaper") is None


def test_slugs_are_stable_and_keep_other_scripts():
    assert slugify("Donald Trump") == "donald-trump"
    assert slugify("The Washington Post") == "washington-post"
    assert slugify("Сергей Лавров") == "сергей-лавров"


def test_patterns_are_deterministic():
    assert entity_patterns() == entity_patterns()
    labels = {p["label"] for p in entity_patterns()}
    assert labels == {"GPE", "ORG"}
