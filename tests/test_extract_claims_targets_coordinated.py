"""Round 14's target refinements (``kg.extract.claims.targets_coordinated``): a target
coordinated with further named actors names each of them (``coordinated_target``), and a
denial is not aimed at the party the charge it answers is made against
(``unaccused_denier``).

The sentences are written for these tests in the register of wire copy about international
disputes; none is in the claims gold set.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.language import Language

from kg.extract import extract
from kg.extract.claims import OPTIONAL, RULES, extract_claims
from kg.extract.mentions import extract_mentions
from kg.model import Article
from kg.resolve import ActorRegistry, resolve

#: The default families plus ``coordinated_target`` (optional from round 14, on since round 24).
WITH_COORDINATED = RULES - OPTIONAL | {"coordinated_target"}


def resolved(
    nlp: Language, text: str, rules: frozenset[str] | None = None
) -> set[tuple[str, str, tuple[str, ...]]]:
    """(claimer, stance, targets) of each claim, by the names of the resolved actors, the
    claims extracted with ``rules`` (default: the default families)."""
    doc = nlp(text)
    extraction = extract(doc, Article(id="t", text=text, source="test"))
    if rules is not None:
        extraction = replace(extraction, claims=extract_claims(doc, extraction.mentions, rules))
    graph = resolve(extraction, ActorRegistry())
    names = {actor.id: actor.name for actor in graph.actors}
    return {
        (names[c.claimer], c.claim.stance.value, tuple(names[t] for t in c.targets))
        for c in graph.claims
    }


def target_texts(nlp: Language, text: str, rules: frozenset[str] | None = None) -> set:
    """(stance, target texts) of each claim, extracted with ``rules`` (default: the
    default families)."""
    doc = nlp(text)
    claims = extract_claims(doc, extract_mentions(doc), rules)
    return {(c.stance.value, tuple(t.span.text for t in c.targets)) for c in claims}


# --- coordinated_target ----------------------------------------------------------------------


def test_coordinated_nationality_adjectives_name_both_states(nlp: Language) -> None:
    text = "Kabul accused Pakistani and Iranian agents of smuggling weapons across the border."
    found = resolved(nlp, text, WITH_COORDINATED)
    assert ("Afghanistan", "accuse", ("Pakistan", "Iran")) in found


def test_coordinated_officials_implicated_by_a_report(nlp: Language) -> None:
    text = (
        "The inquiry's report implicates senior Syrian and Lebanese officials in the bombing "
        "of the convoy."
    )
    targets = {t for _, ts in target_texts(nlp, text, WITH_COORDINATED) for t in ts}
    assert {"Syrian", "Lebanese"} <= targets


def test_both_adjectives_by_default(nlp: Language) -> None:
    # on by default since round 24 (optional24): the default extraction keeps both adjectives
    text = "Kabul accused Pakistani and Iranian agents of smuggling weapons across the border."
    targets = {t for _, ts in target_texts(nlp, text) for t in ts}
    assert "Iranian" in targets
    targets = {
        t
        for _, ts in target_texts(nlp, text, WITH_COORDINATED - {"coordinated_target"})
        for t in ts
    }
    assert "Iranian" not in targets


def test_a_common_noun_conjunct_is_not_added(nlp: Language) -> None:
    # "its allies" names no actor: the family adds nothing (the accusation rule itself
    # already reads the conjoined object)
    text = "Tehran accused Washington and its allies of plotting against the Islamic Republic."
    assert target_texts(nlp, text) == target_texts(nlp, text, WITH_COORDINATED)


def test_the_speakers_coordinated_with_each_other_are_not_targets(nlp: Language) -> None:
    text = "Britain and France condemned Russia for the cyber attack on the parliament."
    found = resolved(nlp, text, WITH_COORDINATED)
    assert ("United Kingdom", "criticize", ("Russia",)) in found
    assert ("France", "criticize", ("Russia",)) in found


# --- unaccused_denier ------------------------------------------------------------------------


def test_a_denial_is_not_aimed_at_the_party_charged(nlp: Language) -> None:
    text = (
        "The Iranian ambassador said the accusations against Tehran were part of a campaign "
        "of lies."
    )
    for stance, targets in target_texts(nlp, text):
        if stance == "deny":
            assert "Tehran" not in targets


def test_a_denial_keeps_the_named_accuser(nlp: Language) -> None:
    text = "Moscow rejected the British accusations against Russian intelligence officers."
    found = target_texts(nlp, text)
    denials = [targets for stance, targets in found if stance == "deny"]
    assert denials
    assert all("Russian" not in targets for targets in denials)
    assert any("British" in targets for targets in denials)


# --- the victim of a violent act is no owner (kg.extract.claims.targets_states._owners) -------


def test_the_owner_of_what_a_bombing_hit_is_no_target(nlp: Language) -> None:
    text = "The ministry condemned the bombing of Christian churches in the capital."
    for stance, targets in target_texts(nlp, text):
        if stance == "criticize":
            assert "Christian" not in targets


def test_the_shelling_of_towns_is_aimed_at_the_shelling_forces(nlp: Language) -> None:
    text = "Kyiv condemned the shelling of Ukrainian towns by Russian forces on Sunday."
    found = resolved(nlp, text)
    assert ("Ukraine", "criticize", ("Russia",)) in found


def test_a_possessive_doer_of_a_shelling_stays_the_target(nlp: Language) -> None:
    text = "The foreign ministry condemned Russia's shelling of Ukrainian towns."
    targets = {t for stance, ts in target_texts(nlp, text) if stance == "criticize" for t in ts}
    assert "Russia" in targets
    assert "Ukrainian" not in targets


def test_the_crimes_of_a_regime_still_name_the_regime(nlp: Language) -> None:
    # "crimes" is not a violent act whose "of" names the victim: the regime committed them
    text = "The opposition condemned the crimes of the Assad regime against civilians."
    targets = {t for stance, ts in target_texts(nlp, text) if stance == "criticize" for t in ts}
    assert "Assad" in targets
