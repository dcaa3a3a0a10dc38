"""Round 37's second wave (issue 12, branch ``approve40``): thanks approve the doer of the deed
they are for (``content_approved.THANKED_DEEDS``); a participle between a possessive and its
noun is no speech act (``base.POSSESSED_PARTICIPLES``); names conjoined to a subject's
appositive name speak too (``base.APPOSED_SPEAKERS``); the speaker's own "I want to thank X"
gives the thanks (``speech_shapes.WISHED_THANKS``).  The last three are off by the branch's
bar (no development gain); their tests switch them on to assert what they do.  The quoted
corpus sentences are from
texts in no gold part (their URLs are in no line of the claims gold, its agreement files, its
pool or the allegations gold); the constructed ones say so, and why."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from spacy.language import Language

from kg.extract.claims import base, content_approved, speech_shapes
from kg.model import Stance
from tests.claim_helpers import resolved_names, stances_of

# Constructed: the corpus texts in no gold part hold no "thanked <a side> for <a deed> by <a
# named person>" (the one development sentence of this form is a gold sentence).
SIDE_THANKED = (
    "The minister thanked the Dutch side for the humanitarian aid delivered by Prime Minister "
    "Mark Rutte during his visit."
)

# A State Department readout (corpus/state-department-russia-ukraine.jsonl,
# https://www.state.gov/deputy-secretary-shermans-call-with-canadian-deputy-foreign-minister-morgan-2/).
PERSON_THANKED = (
    "The Deputy Secretary also thanked DFM Morgan for Canada’s actions over the weekend to "
    "resolve the situation at the Ambassador Bridge."
)

# A State Department readout (corpus/state-department-russia-ukraine.jsonl,
# https://www.state.gov/secretary-blinkens-call-with-turkish-foreign-minister-cavusoglu-9/).
STATE_THANKED = (
    "Secretary Blinken thanked Turkey for its commitment to Ukraine’s sovereignty and territorial "
    "integrity, as well as Turkey’s efforts to assist Ukraine in its time of need."
)

# Constructed: no corpus text in no gold part names two titled speakers this way ("<title>
# <name> and <state>'s <title> <name> say"), which the parser reads with the first name in
# apposition to the title and the second conjoined to it.
TWO_SPEAKERS = (
    "U.S. Vice President Joe Biden and Japan's Prime Minister Shinzo Abe say Beijing's new "
    "fishing rules are unacceptable."
)

# Constructed: the corpus texts in no gold part hold no "<state>'s declared <thing>" after a
# verb of saying; the parser reads "declared" as a verb with the state as its subject.
DECLARED_ZONE = "Tokyo says Moscow's declared exclusion zone is unacceptable."


@pytest.fixture
def restore() -> Iterator[None]:
    saved = (
        content_approved.THANKED_DEEDS,
        base.POSSESSED_PARTICIPLES,
        base.APPOSED_SPEAKERS,
        speech_shapes.WISHED_THANKS,
    )
    yield
    (
        content_approved.THANKED_DEEDS,
        base.POSSESSED_PARTICIPLES,
        base.APPOSED_SPEAKERS,
        speech_shapes.WISHED_THANKS,
    ) = saved


def _approvals(nlp: Language, text: str) -> list[list[str]]:
    return [t for _, stance, t in stances_of(nlp, text) if stance is Stance.APPROVE]


def test_thanks_approve_the_person_whose_deed_a_side_is_thanked_for(
    nlp: Language, restore: None
) -> None:
    content_approved.THANKED_DEEDS = True
    assert _approvals(nlp, SIDE_THANKED) == [["Dutch", "Mark Rutte"]]
    content_approved.THANKED_DEEDS = False
    assert _approvals(nlp, SIDE_THANKED) == [["Dutch"]]


def test_a_person_thanked_stands_for_the_state_whose_deed_it_is(
    nlp: Language, restore: None
) -> None:
    content_approved.THANKED_DEEDS = True
    assert _approvals(nlp, PERSON_THANKED) == [["DFM Morgan"]]


def test_the_state_thanked_for_its_own_deed_is_one_target(nlp: Language, restore: None) -> None:
    content_approved.THANKED_DEEDS = True
    assert resolved_names(nlp, STATE_THANKED) == {("Blinken", "approve", ("Turkey",))}


def test_both_apposed_and_conjoined_speakers_speak(nlp: Language, restore: None) -> None:
    base.APPOSED_SPEAKERS = True
    assert stances_of(nlp, TWO_SPEAKERS) == [
        ("Joe Biden", Stance.CRITICIZE, ["Beijing"]),
        ("Shinzo Abe", Stance.CRITICIZE, ["Beijing"]),
    ]
    base.APPOSED_SPEAKERS = False
    assert [c for c, _, _ in stances_of(nlp, TWO_SPEAKERS)] == ["Joe Biden"]


def test_a_possessed_participle_is_no_speech_act(nlp: Language, restore: None) -> None:
    base.POSSESSED_PARTICIPLES = True
    assert stances_of(nlp, DECLARED_ZONE) == [("Tokyo", Stance.CRITICIZE, ["Moscow"])]
    base.POSSESSED_PARTICIPLES = False
    assert stances_of(nlp, DECLARED_ZONE) == [
        ("Tokyo", Stance.ASSERT, ["Moscow"]),
        ("Moscow", Stance.CRITICIZE, []),
    ]


# A White House statement (corpus/white-house-russia-ukraine.jsonl,
# https://www.whitehouse.gov/briefing-room/statements-releases/2022/02/23/statement-by-president-biden-on-nord-stream-2/).
WANT_TO_THANK = (
    "I want to thank Chancellor Scholz for his close partnership and continued dedication to "
    "holding Russia accountable for its actions."
)


def test_the_speakers_own_wish_to_thank_gives_the_thanks(nlp: Language, restore: None) -> None:
    speech_shapes.WISHED_THANKS = True
    assert stances_of(nlp, WANT_TO_THANK) == [("I", Stance.APPROVE, ["Chancellor Scholz"])]
    speech_shapes.WISHED_THANKS = False
    assert stances_of(nlp, WANT_TO_THANK) == []


def test_another_partys_wish_to_thank_gives_none(nlp: Language, restore: None) -> None:
    # Constructed: the negative case, a third person's wish (no corpus sentence has one).
    speech_shapes.WISHED_THANKS = True
    assert stances_of(nlp, "He wants to thank the voters of Ohio.") == []
