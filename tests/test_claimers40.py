"""Round 37, second wave (branch ``claimers40``, issue 12, test37's class (7)): who speaks.

- :data:`kg.resolve.speakers.POSSESSIVE_NOT_NAMES`: a head of an office its title owns is the
  person the text named with that title, never a person called "President's Office"
  (claimers39's untagged-name reading of the two capitalised words).
- :data:`kg.resolve.speakers.POSSESSED_OFFICE_TITLES`: an office owned by a title is read as
  the office "of" that title, so it matches the title written so.
- :data:`kg.extract.mentions.ORG_QUALIFIERS` (off by its bar; tested switched on): an African
  Union council keeps the words of its name the tagger left out and is not the U.N. Security
  Council.
- :data:`kg.extract.mentions.ORG_OWNER_STATE`: "South Korea's Coast Guard" keeps its state.
- :data:`kg.extract.claims.non_speakers.TIME_SPEAKERS`: a day the tagger marks ("said
  Saturday said ...") never speaks.

The Head-of-Office texts are verbatim sentences of a President of Ukraine news item under CC BY
4.0 in ``corpus/president-of-ukraine-russia-ukraine.jsonl`` whose URL is in no gold part, no
agreement file, no pool story and not in the allegations gold. The other texts are
constructed, and say so: the corpus's one sentence with the AU council's name is in the
allegations gold, and it holds no possessive state before a cut agency name nor a day made a
speaker.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract import mentions
from kg.extract.claims import non_speakers
from kg.resolve import speakers
from tests.claim_helpers import assert_in_no_gold_part, resolved

#: https://www.president.gov.ua/en/news/ukrayina-potrebuye-bilshe-zbroyi-adzhe-mi-zahishayemo-cinnos-73981
STATED_BY = (
    "This was stated by Head of the President's Office Andriy Yermak in an interview to "
    "leading international journalist of the American television company CNN Christiane "
    "Amanpour."
)
#: The same item, further on.
HEAD_STRESSED = (
    "The Head of the President's Office stressed that Mariupol is in a catastrophic situation, "
    "where people are dying without food and water, and the Russians do not allow them to "
    "leave the city."
)
#: Constructed: an organisation whose name the tagger cuts to the U.N. council's alias.
AU_COUNCIL = "The AU Peace and Security Council said the coup in Niger was unacceptable."
#: Constructed: a state's agency the tagger tags without its state.
COAST_GUARD = (
    "South Korea's Coast Guard said a North Korean patrol boat crossed the maritime border."
)
#: Constructed: a day made the subject of a second "said" (a copy slip of wire stories).
SAID_SATURDAY = "Officials in Kabul said Saturday said the border crossing would stay closed."


def _claimers(nlp: Language, text: str) -> list[str]:
    return [claimer for claimer, _, _ in resolved(nlp, text)]


def test_texts_are_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, at_least=5)


def test_head_of_the_presidents_office_is_the_named_holder(nlp: Language) -> None:
    found = _claimers(nlp, f"{STATED_BY} {HEAD_STRESSED}")
    assert "Andriy Yermak" in found, found
    assert "President's Office" not in found, found


def test_head_of_the_presidents_office_off_is_a_made_up_person(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(speakers, "POSSESSIVE_NOT_NAMES", False)
    found = _claimers(nlp, f"{STATED_BY} {HEAD_STRESSED}")
    assert "President's Office" in found, found


def test_possessed_office_reads_as_of() -> None:
    # constructed titles (a made-up state's premier)
    described = speakers._POSSESSED_OFFICE.sub(r"\2 of the \1", "The Chief of the Premier's Staff")
    assert described == "The Chief of the Staff of the Premier"
    assert speakers.title_matches(described, "Chief of the Staff of the Premier of Ruritania")
    assert not speakers.title_matches(described, "Deputy Chief of the Staff of the Premier")


def test_au_council_is_not_the_un_council(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(mentions, "ORG_QUALIFIERS", True)  # off since round 37 by its bar
    found = _claimers(nlp, AU_COUNCIL)
    assert found == ["AU Peace and Security Council"], found


def test_au_council_off_is_the_un_council(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(mentions, "ORG_QUALIFIERS", False)
    assert _claimers(nlp, AU_COUNCIL) == ["United Nations Security Council"]


def test_agency_keeps_its_state(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    assert _claimers(nlp, COAST_GUARD) == ["South Korea's Coast Guard"]
    monkeypatch.setattr(mentions, "ORG_OWNER_STATE", False)
    assert _claimers(nlp, COAST_GUARD) == ["Coast Guard"]


def test_a_day_never_speaks(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    assert "Saturday" not in _claimers(nlp, SAID_SATURDAY)
    monkeypatch.setattr(non_speakers, "TIME_SPEAKERS", False)
    assert "Saturday" in _claimers(nlp, SAID_SATURDAY)
