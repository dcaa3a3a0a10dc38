"""Round 33 (branch ``actors34``, issue 12): speakers lost to the titles before their names.

- :data:`kg.resolve.names.TITLED_STATE_ORGS`: "President of Ukraine Volodymyr Zelenskyy",
  tagged ORG "Ukraine Volodymyr Zelenskyy", is the person, and so is the same name tagged
  ORG again in the item's quotations ("...," Volodymyr Zelenskyy said), not an organisation;
- :data:`kg.resolve.names.CUT_NAMES`: a person's name the tagger cut before its last word
  ("Yoon Suk" of "President Yoon Suk Yeol of the Republic of Korea") is read whole;
- :data:`kg.resolve.speakers.TITLE_BEFORE_NAME`: "Deputy Head of the Office of the President
  Rostyslav Shurma noted ...", read as one description, is the person it ends in;
- :data:`kg.resolve.state.KNOWN_NAMES`: an untagged speaker whose words are the full name of a
  person the document named is that person;
- :data:`kg.resolve.official.LEAD_OCCASION`: a readout's lead may open with its occasion
  ("During the telephone conversation, ") and join its participants across a long title.

The texts are President of Ukraine news items of the dispute corpus (CC BY 4.0, "President of
Ukraine, president.gov.ua"), in no gold part.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.ingest import normalise_text
from kg.resolve import names, official, speakers, state
from kg.resolve.names import whole_name
from tests.claim_helpers import assert_in_no_gold_part, official_graph

#: president.gov.ua, Zelenskyy at the Yale CEO Summit (the lead and the quotation after it).
YALE = (
    "President of Ukraine Volodymyr Zelenskyy took part in the Yale CEO Summit in a video "
    "conference mode.",
    '"Strength is in the unification of the world. Support is the most important thing," '
    "Volodymyr Zelenskyy said.",
)
#: president.gov.ua, Zelenskyy's meeting with Prime Minister Kiril Petkov of Bulgaria.
BULGARIA = (
    "President of Ukraine Volodymyr Zelenskyy held negotiations with Prime Minister of "
    "Bulgaria Kiril Petkov who is on a visit to our country.",
    '"It is very important for Ukraine. I am sure that such cooperation will be beneficial '
    "for both Bulgarian companies and Bulgarian economy. And for us, quality and time are very "
    'important, because we fight every day," Volodymyr Zelenskyy stressed.',
)
OUTLET = "President of Ukraine"


def test_sentences_are_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, at_least=7)


def _claimers(nlp: Language, sentences: tuple[str, ...]) -> list[tuple[str, str]]:
    """(claimer name, claimer kind) of every claim of the item."""
    graph = official_graph(nlp, normalise_text(" ".join(sentences)), OUTLET)
    actors = {actor.id: actor for actor in graph.actors}
    return [(actors[c.claimer].name, actors[c.claimer].kind.value) for c in graph.claims]


@pytest.mark.parametrize("item", [YALE, BULGARIA], ids=["yale", "bulgaria"])
def test_the_titled_president_speaks_as_a_person(nlp: Language, item: tuple[str, ...]) -> None:
    found = _claimers(nlp, item)
    assert found
    assert set(found) == {("Volodymyr Zelenskyy", "person")}


def test_without_the_switch_the_name_run_stays_an_organisation(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(names, "TITLED_STATE_ORGS", False)
    found = _claimers(nlp, YALE)
    assert ("Volodymyr Zelenskyy", "person") not in found


def test_a_name_run_needs_a_title_before_it() -> None:
    text = "President of Ukraine Volodymyr Zelenskyy took part in the Yale CEO Summit."
    start = text.index("Ukraine")
    assert names.titled_state_person("Ukraine Volodymyr Zelenskyy", text, start) == (
        "Volodymyr Zelenskyy"
    )
    assert names.titled_state_person("Ukraine Volodymyr Zelenskyy", text[13:], 0) is None


def test_a_cut_name_is_read_whole_but_not_across_a_day(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "He met President Yoon Suk Yeol of the Republic of Korea."
    end = text.index(" Yeol")
    assert whole_name("Yoon Suk", text, end) == "Yoon Suk Yeol"
    assert whole_name("Kiril Petkov", "with Kiril Petkov Tuesday, in Kyiv", 17) == "Kiril Petkov"
    assert whole_name("Kiril Petkov", "Kiril Petkov Sofia, ", 12) == "Kiril Petkov"  # a place
    monkeypatch.setattr(names, "CUT_NAMES", False)
    assert whole_name("Yoon Suk", text, end) == "Yoon Suk"


def test_a_lead_may_open_with_its_occasion(monkeypatch: pytest.MonkeyPatch) -> None:
    assert official._lead_opens("During the telephone conversation, ")
    assert official._lead_opens("In the course of the talks, President ")
    assert not official._lead_opens("Speaking to reporters after the talks in Minsk, ")
    monkeypatch.setattr(official, "LEAD_OCCASION", False)
    assert not official._lead_opens("During the telephone conversation, ")


#: president.gov.ua: a long title before the name, read with the name as one description.
SHURMA = (
    "For his part, Deputy Head of the Office of the President Rostyslav Shurma noted that the "
    "issue of oil exports is the most important and sensitive when it comes to effective "
    "pressure on Russia, and it is on it that we should focus the most."
)


def test_a_long_title_before_the_name_is_the_person(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _claimers(nlp, (SHURMA,)) == [("Rostyslav Shurma", "person")]
    monkeypatch.setattr(speakers, "TITLE_BEFORE_NAME", False)
    # round 37's UNTAGGED_TITLED_NAMES reads the two capitalised words after the title too
    monkeypatch.setattr(speakers, "UNTAGGED_TITLED_NAMES", False)
    assert ("Rostyslav Shurma", "person") not in _claimers(nlp, (SHURMA,))


def test_an_untagged_full_name_is_the_person_named_before(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(state, "KNOWN_NAMES", False)
    assert ("Volodymyr Zelenskyy", "other") in _claimers(nlp, BULGARIA)


@pytest.mark.parametrize(
    ("words", "title"),
    [
        ("Deputy Head of the Office of the President ", True),
        ("Adviser to the Head of the President's Office ", True),
        ("a spokesman for President ", False),
        ("The office of South Korean President ", False),
        ("Reporters ", False),  # "Reporters Without Borders": no office
        ("Adviser to President ", False),  # the name is the President's
    ],
)
def test_only_a_title_before_the_name_gives_the_person(words: str, title: bool) -> None:
    assert speakers._holder_title(words) is title


#: president.gov.ua: the tagger cuts the name after its particles ("Ursula von der") and
#: tags the last word apart as a place ("Leyen"), the subject of "noted".
VON_DER_LEYEN = (
    "Handing over the questionnaire to the President of Ukraine, Ursula von der Leyen noted "
    "that this process usually takes years, but in the case of Ukraine it takes weeks."
)


def test_a_name_cut_after_its_particles_is_read_whole(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _claimers(nlp, (VON_DER_LEYEN,)) == [("Ursula von der Leyen", "person")]
    monkeypatch.setattr(names, "CUT_NAMES", False)
    assert ("Ursula von der Leyen", "person") not in _claimers(nlp, (VON_DER_LEYEN,))


#: president.gov.ua: the title's last words and the name tagged ORG together ("the
#: Temporarily Occupied Territories of Ukraine Iryna Vereshchuk").
VERESHCHUK = (
    "Deputy Prime Minister - Minister for Reintegration of the Temporarily Occupied Territories "
    "of Ukraine Iryna Vereshchuk said that on March 10, at 9:00 a number of evacuation routes "
    "were opened again."
)


def test_a_title_ending_in_a_state_and_the_name_tagged_together(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _claimers(nlp, (VERESHCHUK,)) == [("Iryna Vereshchuk", "person")]
    monkeypatch.setattr(names, "TITLED_STATE_ORGS", False)
    assert ("Iryna Vereshchuk", "person") not in _claimers(nlp, (VERESHCHUK,))
