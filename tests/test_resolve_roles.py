"""Speakers named by pronouns and role descriptions: a surname the tagger took for an
organisation ("Zakharova said ...") is still the person a later "he"/"she" or "the
spokeswoman" refers to, and becomes a person.

Sentences are wire-style news copy in no part of the claims gold set.
"""

from __future__ import annotations

from spacy.language import Language

from kg.extract import extract
from kg.model import Actor, ActorKind, Article, Mention, Span
from kg.resolve import ActorRegistry, resolve
from kg.resolve.coref import speaker_fits


def speakers(nlp: Language, text: str) -> list[tuple[str, str]]:
    """(claimer name, kind) of each claim, in text order."""
    graph = resolve(extract(nlp(text), Article(id="t", text=text, source="test")), ActorRegistry())
    actors = {actor.id: actor for actor in graph.actors}
    claims = sorted(graph.claims, key=lambda c: c.claim.cue.start)
    return [(actors[c.claimer].name, actors[c.claimer].kind.value) for c in claims]


def test_a_role_description_reaches_a_surname_tagged_as_an_organisation(nlp: Language) -> None:
    text = (
        "Speaking Tuesday, Zakharova said the article had been published on the same day. "
        "The spokeswoman accused the newspaper of lying about Moscow's response."
    )
    found = speakers(nlp, text)
    assert found == [("Zakharova", "person"), ("Zakharova", "person")], found


def test_a_pronoun_reaches_a_surname_tagged_as_an_organisation(nlp: Language) -> None:
    text = (
        "Speaking in Abidjan, Achi said the election commission had declared a clear winner. "
        "He said this is not a question of pressure from Paris."
    )
    found = speakers(nlp, text)
    assert found == [("Achi", "person"), ("Achi", "person")], found


def test_only_a_name_like_organisation_can_be_he() -> None:
    he = "he"
    surname = Mention(Span(0, 4, "Achi"), "ORG", 0, head="achi")
    company = Mention(Span(0, 7, "Gazprom"), "ORG", 0, head="gazprom")
    acronym = Mention(Span(0, 4, "NATO"), "ORG", 0, head="nato")
    two_words = Mention(Span(0, 10, "Red Cross"), "ORG", 0, head="cross")
    org = ActorKind.ORGANISATION
    assert speaker_fits(he, surname, Actor("achi", "Achi", org))
    assert not speaker_fits(he, acronym, Actor("nato", "NATO", org))
    assert not speaker_fits(he, two_words, Actor("red-cross", "Red Cross", org))
    # a one-word organisation the gazetteer knows is never "he"
    assert not speaker_fits(
        he, Mention(Span(0, 3, "BBC"), "ORG", 0, head="bbc"), Actor("bbc", "BBC", org)
    )
    # "it" is unchanged: an organisation
    assert speaker_fits("it", company, Actor("gazprom", "Gazprom", org))


def test_a_state_qualified_role_skips_a_person_of_another_state(nlp: Language) -> None:
    text = (
        "Mr. Kabila called an insult Belgian Prime Minister Guy Verhofstadt's remark that "
        "Congo was drifting toward chaos. "
        "The Congolese leader said Belgium had backed rebel groups in his country for years."
    )
    graph = resolve(extract(nlp(text), Article(id="t", text=text, source="test")), ActorRegistry())
    names = {actor.id: actor.name for actor in graph.actors}
    accusers = {names[c.claimer] for c in graph.claims if c.claim.stance.value == "accuse"}
    assert accusers == {"Kabila"}, accusers  # not the Belgian prime minister


def test_a_state_qualified_role_reaches_a_person_of_no_known_side(nlp: Language) -> None:
    text = (
        "Vladimir Putin had a telephone conversation with Prime Minister of the Italian "
        "Republic Mario Draghi. The Russian President said that Poland was violating its "
        "commitments on protecting the rights of refugees."
    )
    assert speakers(nlp, text) == [("Vladimir Putin", "person")]


def test_a_form_of_address_is_no_office(nlp: Language) -> None:
    text = (
        "Mr. Kabila told supporters on Friday that the charges are a lie. "
        "The president says the opposition is spreading the rumors to discredit the vote."
    )
    found = speakers(nlp, text)
    assert found and all(name == "Kabila" for name, _ in found), found


def test_the_two_sides_trading_accusations_are_each_side(nlp: Language) -> None:
    text = (
        "Sudan has not yet responded to the Chadian allegations. "
        "The two sides traded accusations after the attack on the border town."
    )
    graph = resolve(extract(nlp(text), Article(id="t", text=text, source="test")), ActorRegistry())
    names = {actor.id: actor.name for actor in graph.actors}
    accusations = {
        (names[c.claimer], tuple(names[t] for t in c.targets))
        for c in graph.claims
        if c.claim.stance.value == "accuse"
    }
    assert accusations == {("Chad", ("Sudan",)), ("Sudan", ("Chad",))}, accusations
    assert len({c.id for c in graph.claims}) == len(graph.claims)  # ids stay unique


def test_both_sides_with_one_party_named_stay_a_group(nlp: Language) -> None:
    text = "Both sides traded accusations after the attack on the border town."
    found = speakers(nlp, text)
    assert found == [("Both sides", "group")] or all(k != "state" for _, k in found), found
