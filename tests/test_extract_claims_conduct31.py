"""Round 30 (conduct31, issue 12): charges told as the other side's conduct, read from the
shape of the content clause: a doing told as done in secret, a means of deceit put to use,
a pronoun doer's conduct (:mod:`kg.extract.claims.content_conduct`) and a pretext given as a
doing's purpose (:mod:`kg.extract.claims.content_imputed`).  Real sentences in no gold part:
the corpus's official texts (``corpus/``), each with its source beside it."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Token

from kg.extract.claims import content_conduct, content_imputed
from kg.extract.claims.content_conduct import _deceitful_means, _done_covertly, _told_conduct
from kg.extract.claims.content_imputed import _hostile_purposes, _imputed_purpose

#: corpus/president-of-ukraine-russia-ukraine.jsonl: a means of pressure put to use.
_BLACKMAIL = (
    "This week, Russia's leadership launched a new series of energy blackmail of Europeans."
)
#: VOA (corpus/voa.jsonl): a doing told as done in secret.
_SMUGGLING = (
    "They say North Korea is active in smuggling, secretly transporting goods and other "
    "materials in and out of the country."
)


def _verb(nlp: Language, text: str, lemma: str) -> Token:
    doc = nlp(text)
    return next(t for t in doc if t.lemma_.lower() == lemma and t.pos_ in ("VERB", "AUX"))


def _roots(nlp: Language, text: str) -> tuple[list[Token], Doc]:
    doc = nlp(text)
    return [t for t in doc if t.dep_ == "ROOT"], doc


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        # https://www.president.gov.ua/en/news/ (corpus/president-of-ukraine-russia-ukraine.jsonl)
        (
            _BLACKMAIL,
            "launch",
        ),
        # corpus/president-of-ukraine-russia-ukraine.jsonl
        (
            "The Russians understand that they are losing control, so they resort to "
            "propaganda - take people to Crimea, which is still under their control.",
            "resort",
        ),
        # https://www.state.gov/ (corpus/state-department-china.jsonl)
        (
            "Government officials have spread disinformation that grassroots protests were the "
            "work of foreign actors.",
            "spread",
        ),
    ],
)
def test_a_means_of_deceit_put_to_use_is_conduct(nlp: Language, text: str, lemma: str) -> None:
    assert _deceitful_means(_verb(nlp, text, lemma))


def test_the_user_of_a_deceit_is_charged(nlp: Language) -> None:
    # corpus/president-of-ukraine-russia-ukraine.jsonl: "a series of energy blackmail", the
    # leadership's state
    roots, doc = _roots(nlp, _BLACKMAIL)
    doers = _told_conduct(doc[:], roots, lambda: set())
    assert doers is not None and [d.text for d in doers] == ["Russia"]
    assert _told_conduct(doc[:], roots, lambda: {"russia"}) is None  # not the speaker's own


def test_fighting_a_deceit_charges_no_one(nlp: Language) -> None:
    # https://www.whitehouse.gov/ (corpus/white-house-russia-ukraine.jsonl): the deceit is
    # another's, inside what the speaker's side fights
    roots, doc = _roots(
        nlp,
        "Fourth, we will continue our efforts to fight off the Russian regime’s attempts to "
        "spread its propaganda.",
    )
    assert _told_conduct(doc[:], roots, lambda: set()) is None


def test_a_plain_means_is_no_deceit(nlp: Language) -> None:
    # corpus/state-department-russia-ukraine.jsonl: "use" with no deceit as its object
    verb = _verb(
        nlp,
        "We condemn those who would use or threaten to use nuclear weapons for military coercion.",
        "use",
    )
    assert not _deceitful_means(verb)


def test_the_deceit_switch_turns_the_frame_off(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    verb = _verb(
        nlp,
        "Government officials have spread disinformation that grassroots protests were the "
        "work of foreign actors.",
        "spread",
    )
    monkeypatch.setattr(content_conduct, "DECEITFUL_MEANS", False)
    assert not _deceitful_means(verb)


def test_the_off_switches_are_off_by_default() -> None:
    # round 30's bar: only the deceit frame moved a triple of the first half
    assert content_conduct.DECEITFUL_MEANS
    assert not content_conduct.COVERT_CONDUCT
    assert not content_conduct.REFERRED_CONDUCT
    assert not content_imputed.PRETEXT_PURPOSES


def test_a_doing_told_in_secret_is_conduct(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    # VOA (corpus/voa.jsonl)
    monkeypatch.setattr(content_conduct, "COVERT_CONDUCT", True)
    verb = _verb(nlp, _SMUGGLING, "transport")
    assert _done_covertly(verb)


def test_a_quiet_walk_charges_no_one(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    # corpus/president-of-ukraine-russia-ukraine.jsonl: "quietly" of a manner, no doer named
    monkeypatch.setattr(content_conduct, "COVERT_CONDUCT", True)
    roots, doc = _roots(
        nlp,
        "But it is for such happiness to live, live your normal life and just quietly walk "
        "the streets of your own city that this war is going on now.",
    )
    assert _told_conduct(doc[:], roots, lambda: set()) is None


def test_the_covert_switch_turns_the_frame_off(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(content_conduct, "COVERT_CONDUCT", True)
    verb = _verb(nlp, _SMUGGLING, "transport")
    assert _done_covertly(verb)
    monkeypatch.setattr(content_conduct, "COVERT_CONDUCT", False)
    assert not _done_covertly(verb)


def test_a_pretext_purpose_is_imputed(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    # corpus/president-of-ukraine-russia-ukraine.jsonl
    verb = _verb(
        nlp,
        "They are already launching a false campaign to conceal their guilt in the mass "
        "killings of civilians in Mariupol.",
        "conceal",
    )
    assert not _imputed_purpose(verb)  # off by default
    monkeypatch.setattr(content_imputed, "PRETEXT_PURPOSES", True)
    assert _imputed_purpose(verb)
    monkeypatch.setattr(content_imputed, "PRETEXT_PURPOSES", False)
    assert not _imputed_purpose(verb)


def test_a_decision_to_divert_supplies_is_no_pretext(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(content_imputed, "PRETEXT_PURPOSES", True)
    # https://www.whitehouse.gov/ (corpus/white-house-russia-ukraine.jsonl): the infinitive
    # belongs to a decision, not the purpose of a doing
    roots, _doc = _roots(
        nlp,
        "Sullivan thanked Secretary General Akiba for Japan’s recent decision to divert some "
        "Liquefied Natural Gas supplies to Europe.",
    )
    assert _hostile_purposes(roots, lambda: set()) is None
