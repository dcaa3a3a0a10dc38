"""Round 29 (issue 12, branch ``overreads30``): three precision gates.  A bystander's account
(witnesses, residents, analysts with no side named on them) of an act charges no one
(``content.BYSTANDER_ACCOUNTS``); an irregular armed group placed only by where it comes from
or sits charges no state (``content.IRREGULAR_ORIGINS``, the guide's point 6); a cue only
asked for, under another party's modal of obligation or an appeal, is no claim of its subject
(``speech_shapes.APPEALED_CUES``), while the speaker's own "I must emphasise" stays performed.
Sentences from Voice of America copy (public domain) and the corpus's official texts, in no
gold part."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from spacy.language import Language

from kg.extract.claims import content, speech_shapes
from kg.extract.claims.content_accuse import placed_origin
from kg.model import Stance
from tests.claim_helpers import stances_of

# VOA News, "Witnesses: Syrian Troops Open Fire at Protest in South", 28 March 2011 (public
# domain, a VOA headline feed copy).
WITNESSES_DARAA = (
    "Witnesses say Syrian security forces have opened fire at anti-government protests in the "
    "southern city of Daraa, where residents chanted slogans calling for more political freedoms."
)

# The Office of the President of Ukraine (corpus/president-of-ukraine-russia-ukraine.jsonl).
YERMAK_TROOPS = '"Russian troops have taken thousands of residents to Russia," said Andriy Yermak.'

# benchmarks/claims/pool/voa_pool.jsonl (a VOA story in no gold part).
REBELS_IN_IVORY_COAST = (
    "Anti-government rebels in Ivory Coast are denying they massacred more than 50 policemen as "
    "alleged in a new Amnesty International report."
)

# A State Department statement (corpus/state-department-belarus.jsonl).
FORCES_IN_UKRAINE = (
    "Civilian casualties continue to mount, as do widespread reports of war crimes and other "
    "atrocities perpetrated by Russia’s forces in Ukraine."
)

# A State Department statement on Ethiopia (corpus/state-department-ethiopia.jsonl).
SHOULD_ANTICIPATE = (
    "Should those responsible for undermining a resolution of the crisis in Tigray fail to "
    "reverse course, they should anticipate further actions from the United States and the "
    "international community."
)

# President Putin's remarks (corpus/kremlin-russia-ukraine.jsonl).
MUST_EMPHASISE = (
    "I must emphasise in this context that we are very concerned over the massing of 100,000 "
    "troops on the Ukrainian border for no apparent reason."
)


@pytest.fixture
def switches() -> Iterator[None]:
    """Restore the three switches after a test that sets them."""
    saved = (content.BYSTANDER_ACCOUNTS, content.IRREGULAR_ORIGINS, speech_shapes.APPEALED_CUES)
    yield
    content.BYSTANDER_ACCOUNTS, content.IRREGULAR_ORIGINS, speech_shapes.APPEALED_CUES = saved


def test_switches_ship_on() -> None:
    assert content.BYSTANDER_ACCOUNTS is True
    assert content.IRREGULAR_ORIGINS is True
    assert speech_shapes.APPEALED_CUES is True


def test_witnesses_account_charges_no_one(nlp: Language, switches: None) -> None:
    content.BYSTANDER_ACCOUNTS = True
    assert stances_of(nlp, WITNESSES_DARAA) == [("Witnesses", Stance.ASSERT, [])]
    content.BYSTANDER_ACCOUNTS = False  # the old reading: the witnesses accuse Syria
    assert [s for _, s, _ in stances_of(nlp, WITNESSES_DARAA)] == [Stance.ACCUSE]


def test_a_party_official_is_no_bystander(nlp: Language, switches: None) -> None:
    content.BYSTANDER_ACCOUNTS = True
    on = stances_of(nlp, YERMAK_TROOPS)
    content.BYSTANDER_ACCOUNTS = False
    assert on == stances_of(nlp, YERMAK_TROOPS)
    assert [claimer for claimer, _, _ in on] == ["Andriy Yermak"]


def test_a_place_an_irregular_group_sits_in_is_no_owner(nlp: Language) -> None:
    doc = nlp(REBELS_IN_IVORY_COAST)
    coast = next(t for t in doc if t.text == "Coast")
    assert placed_origin(coast)
    assert not any(placed_origin(t) for t in doc if t.text in ("Amnesty", "International"))


def test_a_state_force_placed_in_a_country_keeps_its_owner(nlp: Language) -> None:
    doc = nlp(FORCES_IN_UKRAINE)
    assert not any(placed_origin(t) for t in doc if t.text in ("Russia", "Ukraine"))


def test_an_addressee_told_what_it_should_do_is_no_claimer(nlp: Language, switches: None) -> None:
    speech_shapes.APPEALED_CUES = True
    assert stances_of(nlp, SHOULD_ANTICIPATE) == []
    speech_shapes.APPEALED_CUES = False  # the old reading: "they" assert
    assert [claimer for claimer, _, _ in stances_of(nlp, SHOULD_ANTICIPATE)] == ["they"]


def test_the_speakers_own_must_emphasise_is_performed(nlp: Language, switches: None) -> None:
    speech_shapes.APPEALED_CUES = True
    on = stances_of(nlp, MUST_EMPHASISE)
    speech_shapes.APPEALED_CUES = False
    assert on == stances_of(nlp, MUST_EMPHASISE)
    assert ("I", Stance.CRITICIZE, []) in on
