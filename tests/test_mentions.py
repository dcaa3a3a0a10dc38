"""Mentions: entities with roles and affiliations, pronouns, descriptions, anonymous sources."""

from __future__ import annotations

import pytest

from kg.extract.mentions import extract_mentions, is_anonymous_source, mention_from_span
from kg.resolve.gazetteer import entity_patterns, lookup, slugify


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


@pytest.mark.parametrize(
    ("text", "name", "role", "affiliation"),
    [
        (
            "Secretary of Defense Lloyd J. Austin III hosted Israeli Minister of Defense "
            "Yoav Gallant at the Pentagon.",
            "Lloyd J. Austin III",
            "Secretary of Defense",
            None,
        ),
        (
            "Secretary of Defense Lloyd J. Austin III hosted Israeli Minister of Defense "
            "Yoav Gallant at the Pentagon.",
            "Yoav Gallant",
            "Minister of Defense",
            "Israeli",
        ),
        (
            "Deputy Secretary of State Wendy R. Sherman met Chinese Vice Foreign Minister "
            "Xie Feng in Tianjin on Monday.",
            "Wendy R. Sherman",
            "Deputy Secretary of State",
            None,
        ),
        (
            "UN Secretary-General António Guterres said he was deeply concerned by the escalation.",
            "António Guterres",
            "Secretary-General",
            "UN",
        ),
        (
            "NATO Secretary-General Jens Stoltenberg said the alliance would not send troops "
            "to Ukraine.",
            "Jens Stoltenberg",
            "Secretary-General",
            "NATO",
        ),
        (
            "Pentagon Press Secretary John F. Kirby told reporters the strikes were defensive.",
            "John F. Kirby",
            "Press Secretary",
            "Pentagon",
        ),
        (
            "The minister also met Minister for Europe and North America Wendy Morton in London.",
            "Wendy Morton",
            "Minister for Europe and North America",
            None,
        ),
    ],
)
def test_long_titles_and_middle_initials(nlp, text, name, role, affiliation):
    """ "Secretary of X", "Secretary-General" and names cut at a middle initial."""
    mention = person(nlp, text, name)
    assert (mention.role, mention.affiliation) == (role, affiliation)
    assert not mention.plural


def test_the_object_of_a_title_is_no_organisation_mention(nlp):
    doc = nlp("Secretary of State Antony J. Blinken spoke with Turkish Foreign Minister Cavusoglu.")
    surfaces = {m.span.text: m.label for m in extract_mentions(doc)}
    assert "State" not in surfaces  # part of the role "Secretary of State"
    assert surfaces["Antony J. Blinken"] == "PERSON"


def test_a_place_in_front_of_a_name_is_no_role(nlp):
    """A broken parse must not turn "North America" into a role and an affiliation."""
    text = (
        "Deputy Secretary of State Wendy Sherman spoke today with French MFA Secretary "
        "General Francois Delattre, German MFA State Secretary Andreas Michaelis, and UK "
        "Minister of State for Europe and North America James Cleverly."
    )
    cleverly = person(nlp, text, "James Cleverly")
    assert cleverly.affiliation is None and cleverly.role in (
        None,
        "Minister of State for Europe and North America",
    )
    delattre = person(nlp, text, "Francois Delattre")
    assert (delattre.role, delattre.affiliation) == ("MFA Secretary General", "French")


def test_a_title_and_name_tagged_as_organisation_is_a_person(nlp):
    doc = nlp(
        "The below is attributable to Spokesperson Ned Price:\n\n"
        "Secretary Blinken spoke with Turkish Foreign Minister Mevlut Cavusoglu."
    )
    price = next(m for m in extract_mentions(doc) if "Price" in m.span.text)
    assert (price.span.text, price.label, price.role) == ("Ned Price", "PERSON", "Spokesperson")
    assert price.affiliation is None


def test_republics_and_regions_are_not_persons(nlp):
    doc = nlp(
        "Deputy Secretary Sherman and her counterparts condemned the Russian Federation's "
        "decision to recognize the so-called \u201cDonetsk and Luhansk People's Republics\u201d "
        "as \u201cindependent.\u201d"
    )
    labels = {m.span.text: m.label for m in extract_mentions(doc)}
    assert labels.get("Luhansk People's Republics") == "GPE"
    assert "PERSON" not in {labels[k] for k in labels if "Republic" in k}


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("A source told Reuters the talks had stalled.", "source"),
        ("Multiple sources said the deal was close.", "sources"),
        ("Sources familiar with the matter said the plan was dropped.", "Sources"),
        ("A senior official said the strikes were imminent.", "official"),
        ("Officials who spoke on condition of anonymity said the talks had stalled.", "Officials"),
        ("People familiar with the plans said the summit would be postponed.", "People"),
        (
            "Reuters, citing two US officials, reported that North Korea fired a missile.",
            "officials",
        ),
        ("According to a senior diplomat, the convoy was hit twice.", "diplomat"),
        (
            "Two officials said, speaking on condition of anonymity, that Kyiv was ready.",
            "officials",
        ),
    ],
)
def test_anonymous_sources(nlp, text, source):
    doc = nlp(text)
    assert [t.text for t in doc if is_anonymous_source(t)] == [source]
    assert [m.head for m in extract_mentions(doc) if m.label == "ANON"] == [source.lower()]


@pytest.mark.parametrize(
    "text",
    [
        "Zelensky thanked the Ukrainian people for their courage.",
        "The State Department declared persona non grata 35 Russian officials operating in "
        "the United States.",
        "Witnesses said the explosion shook buildings across the city.",
        "Residents fled the town as shelling intensified.",
        "Oil is a major source of revenue for Moscow.",
        "The ministry spokesman, Ivan Petrov, said the report was false.",
        "Moscow expelled two British diplomats on Friday.",
    ],
)
def test_groups_and_named_people_are_not_anonymous_sources(nlp, text):
    doc = nlp(text)
    assert not [t.text for t in doc if is_anonymous_source(t)]
    assert not [m for m in extract_mentions(doc) if m.label == "ANON"]


def test_claims_and_mentions_share_the_anonymous_source_rule():
    from kg.extract import claims

    assert not hasattr(claims, "_is_anonymous")
    assert claims.is_anonymous_source is is_anonymous_source


def test_plural_descriptions_of_people_are_mentions(nlp):
    text = (
        "US cyber operators disrupted internet access for the agency. "
        "Protesters gathered outside the embassy, and activists blocked the road to the talks."
    )
    mentions = extract_mentions(nlp(text))
    groups = [(m.span.text, m.plural) for m in mentions if m.label == "NOMINAL" and m.plural]
    assert groups == [("US cyber operators", True), ("Protesters", True), ("activists", True)]
    operators = next(m for m in mentions if m.head == "operators")
    assert operators.affiliation == "US"
