"""Claimer names (round 16): a hyphenated office ("the secretary-general") is one word; an
organisation's name runs on through "for"/"on"/"of" and capitalised words the tagger left
out; a plural of a relational noun with a word of its own ("Rebel leaders") is a group;
a surname first tagged as an organisation is a person once a title names it; a plural
group speaking keeps its whole description ("Opponents of the junta", "Kosovo Serbs").

Sentences are wire-style copy in no part of the claims gold set.
"""

from __future__ import annotations

from spacy.language import Language

import kg.extract.claims.targets_names as names
import kg.extract.mentions as mentions
from kg.model import Mention, Span
from kg.resolve import actors, resolver
from tests.claim_helpers import assert_in_no_gold_part, resolved


def _claimers(nlp: Language, text: str) -> set[str]:
    return {claimer for claimer, _, _ in resolved(nlp, text)}


def test_hyphenated_office_is_one_word(nlp: Language) -> None:
    text = (
        "Fighting resumed near the border town on Monday. But the secretary-general, who "
        "is in Geneva for talks, says both armies ignored the truce."
    )
    assert "secretary-general" in _claimers(nlp, text)


def test_hyphenated_office_can_be_switched_off(nlp: Language) -> None:
    text = (
        "Fighting resumed near the border town on Monday. But the secretary-general, who "
        "is in Geneva for talks, says both armies ignored the truce."
    )
    mentions.JOIN_HYPHENS = False
    try:
        assert "secretary-general" not in _claimers(nlp, text)
    finally:
        mentions.JOIN_HYPHENS = True


def test_spaced_dash_still_ends_the_phrase(nlp: Language) -> None:
    text = "The minister - a hawk on the issue - said the talks had failed."
    assert not any("hawk" in claimer for claimer in _claimers(nlp, text))


def test_organisation_name_runs_on_after_for(nlp: Language) -> None:
    text = (
        "Fighters of the rebel alliance, Guineans United for Peace and Democracy, said "
        "Monday they hold the airport."
    )
    assert "Guineans United for Peace and Democracy" in _claimers(nlp, text)


def test_a_convention_named_after_on_keeps_its_whole_name(nlp: Language) -> None:
    text = (
        "Manila cited the United Nations Convention on the Law of the Sea, which states "
        "that the reef lies in Philippine waters."
    )
    assert "United Nations Convention on the Law of the Sea" in _claimers(nlp, text)


def test_organisation_name_runs_on_can_be_switched_off(nlp: Language) -> None:
    text = (
        "Fighters of the rebel alliance, Guineans United for Peace and Democracy, said "
        "Monday they hold the airport."
    )
    names.CONTINUED_NAMES = False
    try:
        assert "Guineans United for Peace and Democracy" not in _claimers(nlp, text)
    finally:
        names.CONTINUED_NAMES = True


def test_a_place_after_of_is_no_part_of_the_name(nlp: Language) -> None:
    text = "The Embassy of Sudan said the report about the border clashes was false."
    assert "Sudan" not in _claimers(nlp, text)


def test_anchored_plural_of_leaders_is_a_group(nlp: Language) -> None:
    text = "Opposition leaders say the election commission ignored thousands of complaints."
    assert "Opposition leaders" in _claimers(nlp, text)


def test_anchored_groups_can_be_switched_off(nlp: Language) -> None:
    text = "Opposition leaders say the election commission ignored thousands of complaints."
    actors.ANCHORED_GROUPS = False
    try:
        assert "Opposition leaders" not in _claimers(nlp, text)
    finally:
        actors.ANCHORED_GROUPS = True


def test_counted_or_ranked_leaders_stay_relational() -> None:
    def group(text: str) -> Mention:
        return Mention(Span(0, len(text), text), "NOMINAL", 0, head=text.split()[-1])

    assert actors.is_anchored(group("Tribal elders and church leaders"))
    assert not actors.is_anchored(group("the two leaders"))
    assert not actors.is_anchored(group("the current prime ministers"))
    assert not actors.is_anchored(group("senior leaders"))
    assert not actors.is_anchored(group("certain leaders"))


_TITLED = (
    "Verhagen made the remarks after talks with Estonian President Kaja Lepp on Monday. "
    "Speaking in Tallinn, Dutch Foreign Minister Verhagen accused Moscow of stoking the "
    "unrest. He said Russia had broken its promises on troop levels."
)


def test_titled_surname_makes_the_organisation_a_person(nlp: Language) -> None:
    # the tagger takes the bare "Verhagen" opening the text for an organisation
    said = [claimer for claimer, _, _ in resolved(nlp, _TITLED)]
    assert said == ["Verhagen", "Verhagen"]


def test_titled_person_can_be_switched_off(nlp: Language) -> None:
    resolver.TITLED_PERSON = False
    try:
        assert "Kaja Lepp" in {claimer for claimer, _, _ in resolved(nlp, _TITLED)}
    finally:
        resolver.TITLED_PERSON = True


def test_a_group_keeps_its_whole_description(nlp: Language) -> None:
    text = "Opponents of the ruling junta have denied any part in the bombing of the depot."
    assert "Opponents of the ruling junta" in _claimers(nlp, text)


def test_a_demonym_group_keeps_its_place(nlp: Language) -> None:
    text = "Bosnian Croats say the new electoral law leaves them without a voice."
    assert "Bosnian Croats" in _claimers(nlp, text)


def test_residents_keep_where_they_live(nlp: Language) -> None:
    text = "Residents of the border town said shells hit a school on Tuesday night."
    assert "Residents of the border town" in _claimers(nlp, text)


def test_whole_groups_can_be_switched_off(nlp: Language) -> None:
    text = "Residents of the border town said shells hit a school on Tuesday night."
    names.WHOLE_GROUPS = False
    try:
        assert "Residents of the border town" not in _claimers(nlp, text)
    finally:
        names.WHOLE_GROUPS = True


def test_a_counted_demonym_stays_an_actor(nlp: Language) -> None:
    text = "The minister said two Frenchmen were detained at the crossing overnight."
    found = resolved(nlp, text)
    assert all("two Frenchmen" not in claimer for claimer, _, _ in found)


def test_sentences_are_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, at_least=6)
