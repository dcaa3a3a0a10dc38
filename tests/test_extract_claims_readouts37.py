"""Round 36 (issue 12, branch ``readouts37``): readouts and approvals.  A readout's verb of
noting with another party's credited conduct as its object approves that party
(``readouts.NOTED_MERITS``, off by round 36's bar: its tests switch it on); a stance noun
carried by "words of" after a light verb is the cue and the carrier's "to" its target
(``nominal.WORDS_OF_STANCE``); the speaker's own thanks inside reported speech approve whom
they thank (``content_approved.SPOKEN_THANKS``).  Every quoted sentence is from a corpus text
in no gold part (its URL is in no line of the claims gold, its agreement files, its pool or
the allegations gold); the two constructed sentences say so."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from spacy.language import Language

from kg.extract.claims import content_approved, nominal, readouts
from kg.model import Stance
from tests.claim_helpers import stances_of

# The Office of the President of Ukraine (corpus/president-of-ukraine-georgia-moldova.jsonl,
# https://www.president.gov.ua/en/news/prezident-prijnyav-virchi-gramoti-v-posliv-ssha-indiyi-ta-mo-75561).
NOTED_LEADERSHIP = (
    "Receiving credentials from the new US Ambassador, the President noted the strong "
    "leadership of the United States in supporting Ukraine."
)

# A State Department readout (corpus/state-department-russia-ukraine.jsonl,
# https://www.state.gov/secretary-blinkens-call-with-croatian-prime-minister-plenkovic/).
NOTED_ROLE = (
    "The Secretary noted Croatia’s critical role in securing the European future of the "
    "entire Western Balkans, including Bosnia and Herzegovina."
)

# Constructed (no corpus sentence notes a party's role with a critical adjective).
NOTED_DESTRUCTIVE_ROLE = "The minister noted the destructive role of Russia in the region."

# The Office of the President of Ukraine (corpus/president-of-ukraine-russia-ukraine.jsonl,
# https://www.president.gov.ua/en/news/ukrayina-maye-tverdu-pidtrimku-chehiyi-shodo-perspektivi-nab-75117).
WORDS_OF_GRATITUDE = (
    "During a meeting with Prime Minister of the Czech Republic Petr Fiala on Tuesday, Ihor "
    "Zhovkva conveyed words of profound gratitude from President of Ukraine Volodymyr "
    "Zelenskyy to the Czech government and the Czech people for their strong support in "
    "countering Russian military aggression."
)

# Constructed (no corpus sentence has "words of his own" after a light verb): the cue of
# "have words" keeps "words" as its noun.
WORDS_OF_HIS_OWN = "The minister had words of his own for President Putin."

# The Office of the President of Ukraine (corpus/president-of-ukraine-russia-ukraine.jsonl,
# https://www.president.gov.ua/en/news/igor-zhovkva-obgovoriv-z-radniceyu-prezidenta-estoniyi-z-pit-71381).
GRATEFUL_TO = (
    '"We are grateful to the Estonian side for its active involvement in the activities of '
    "the Crimea Platform created on the initiative of the President of Ukraine, as well as "
    "Estonia's prompt appointment of a contact person as a coordinator of interaction with "
    "the Platform's office in Kyiv,\" Ihor Zhovkva said."
)

# The Office of the President of Ukraine (corpus/president-of-ukraine-russia-ukraine.jsonl,
# https://www.president.gov.ua/en/news/volodimir-zelenskij-obgovoriv-z-ministrami-zakordonnih-sprav-74833).
THANK_YOU_FOR = (
    '"Thank you for this meeting, for the support of Ukraine, for this signal to our people," '
    "the President said, addressing the ministers."
)

# The Kremlin (corpus/kremlin-russia-ukraine.jsonl, http://en.kremlin.ru/events/president/news/67694).
APPRECIATE_THAT = (
    "We highly appreciate that Russian-Chinese relations of comprehensive partnership and "
    "strategic cooperation, entering a new era, have reached an unprecedented level and have "
    "become a model of efficiency, responsibility, and aspiration for the future."
)


@pytest.fixture
def switches_off() -> Iterator[None]:
    saved = (readouts.NOTED_MERITS, nominal.WORDS_OF_STANCE, content_approved.SPOKEN_THANKS)
    readouts.NOTED_MERITS = False
    nominal.WORDS_OF_STANCE = False
    content_approved.SPOKEN_THANKS = False
    try:
        yield
    finally:
        (readouts.NOTED_MERITS, nominal.WORDS_OF_STANCE, content_approved.SPOKEN_THANKS) = saved


@pytest.fixture
def noted_merits(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(readouts, "NOTED_MERITS", True)


def _approvals(nlp: Language, text: str) -> list[tuple[str, list[str]]]:
    return [(c, t) for c, s, t in stances_of(nlp, text) if s is Stance.APPROVE]


def test_noted_leadership_approves_its_named_doer(nlp: Language, noted_merits: None) -> None:
    approvals = _approvals(nlp, NOTED_LEADERSHIP)
    assert approvals, "no approval"
    claimer, targets = approvals[0]
    assert claimer == "the President"
    assert targets == ["United States"]  # not Ukraine, whom the leadership supports


def test_noted_role_of_an_owner_approves_the_owner(nlp: Language, noted_merits: None) -> None:
    approvals = _approvals(nlp, NOTED_ROLE)
    assert [t for _, t in approvals] == [["Croatia"]]


def test_a_role_called_destructive_is_no_credit(nlp: Language, noted_merits: None) -> None:
    assert _approvals(nlp, NOTED_DESTRUCTIVE_ROLE) == []


def test_noting_makes_no_approval_by_default(nlp: Language) -> None:
    assert not readouts.NOTED_MERITS  # off by round 36's bar
    assert _approvals(nlp, NOTED_LEADERSHIP) == []


def test_noting_without_the_switch_makes_no_approval(nlp: Language, switches_off: None) -> None:
    assert _approvals(nlp, NOTED_LEADERSHIP) == []
    assert _approvals(nlp, NOTED_ROLE) == []


def test_words_of_gratitude_are_aimed_at_the_to_phrase(nlp: Language) -> None:
    approvals = _approvals(nlp, WORDS_OF_GRATITUDE)
    assert approvals, "no approval"
    claimer, targets = approvals[0]
    assert claimer == "Ihor Zhovkva"
    assert any("Czech" in t for t in targets)
    assert not any("Zelenskyy" in t for t in targets)  # the "from" is the sender, not thanked


def test_words_of_gratitude_without_the_switch_make_no_claim(
    nlp: Language, switches_off: None
) -> None:
    assert _approvals(nlp, WORDS_OF_GRATITUDE) == []


def test_words_of_his_own_stay_the_criticism_cue(nlp: Language) -> None:
    found = stances_of(nlp, WORDS_OF_HIS_OWN)
    assert any(s is Stance.CRITICIZE and "Putin" in " ".join(t) for _, s, t in found)


def test_spoken_gratitude_to_a_side_approves_it(nlp: Language) -> None:
    found = [(c, s, t) for c, s, t in stances_of(nlp, GRATEFUL_TO) if c == "Ihor Zhovkva"]
    assert found, "no claim of Zhovkva's"
    assert found[0][1] is Stance.APPROVE
    assert any("Estonia" in t for t in found[0][2])


def test_spoken_thanks_without_the_switch_are_an_assertion(
    nlp: Language, switches_off: None
) -> None:
    found = [(c, s) for c, s, _ in stances_of(nlp, GRATEFUL_TO) if c == "Ihor Zhovkva"]
    assert found == [("Ihor Zhovkva", Stance.ASSERT)]


def test_thank_you_for_approves_with_no_named_target(nlp: Language) -> None:
    found = [(s, t) for c, s, t in stances_of(nlp, THANK_YOU_FOR) if c == "the President"]
    assert found == [(Stance.APPROVE, [])]  # "you" is the hearer, "our people" the speaker's


def test_appreciating_a_clause_thanks_no_one(nlp: Language) -> None:
    doc = nlp(APPRECIATE_THAT)
    root = next(t for t in doc if t.dep_ == "ROOT")
    assert root.lemma_ == "appreciate"
    assert content_approved.spoken_thanks([root], lambda: set()) is None
