"""A falsity evaluation that is itself negated affirms, not denies
(:data:`kg.extract.claims.content_deny.NEGATED_EVALUATIONS`, round 34, the lead).

Constructed: no corpus text outside the gold parts holds a negated falsity evaluation in
reported speech (the one corpus case, a Kremlin text's "It would be no exaggeration to say
that ...", was read as the publisher's denial by the official-text path until round 35, and is
the last test below, with the switch both ways).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.claims import content_deny
from kg.model import Stance
from tests.claim_helpers import stance_pairs

NOT_BASELESS = "The ministry said the allegations were not baseless."
NOT_A_LIE = '"That is not a lie," the spokesman said.'
NO_EXAGGERATION = "He said the reports were no exaggeration."
BASELESS = "The ministry said the allegations were baseless."


@pytest.mark.parametrize("text", [NOT_BASELESS, NOT_A_LIE, NO_EXAGGERATION])
def test_a_negated_falsity_is_no_denial(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    monkeypatch.setattr(content_deny, "NEGATED_EVALUATIONS", False)
    assert stance_pairs(nlp, text, Stance.DENY)  # the old reading: a denial
    monkeypatch.setattr(content_deny, "NEGATED_EVALUATIONS", True)
    assert not stance_pairs(nlp, text, Stance.DENY)


def test_a_plain_falsity_still_denies(nlp: Language) -> None:
    assert content_deny.NEGATED_EVALUATIONS
    assert stance_pairs(nlp, BASELESS, Stance.DENY)


def test_no_exaggeration_to_say_is_no_denial(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kg.extract import extract
    from kg.model import Article

    # en.kremlin.ru/events/president/news/68250 (CC BY 4.0), in no gold part
    text = (
        "It would be no exaggeration to say that these new projects and ideas have been "
        "quite popular among hundreds of thousands of people in Russia."
    )
    article = Article(id="t", text=text, source="x")
    monkeypatch.setattr(content_deny, "NEGATED_EVALUATIONS", False)
    assert any(c.stance is Stance.DENY for c in extract(nlp(text), article).claims)
    monkeypatch.setattr(content_deny, "NEGATED_EVALUATIONS", True)
    assert not any(c.stance is Stance.DENY for c in extract(nlp(text), article).claims)
