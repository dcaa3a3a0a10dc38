"""Round 44 (branch ``deny56``, issue 12, test43's class (D)): a verb of declaring labels a
charge false.

:data:`kg.extract.claims.labels.DECLARED_FALSITY`: "declared the claims fake", "issued a
statement declaring the reports as fake" -- a ``falsity_label_verb`` of
``kg/data/falsity_label_verbs.tsv`` with a label of ``cues.DENY_EVALUATIONS`` -- is a label
claim, a denial of the charge, and the verb's plain assertion of the same speaker goes (one cue,
one claim).  Any other label of such a verb makes no label claim.

No real news sentence with "declared/declaring <charge> (as) fake/false" that is in no gold part
was found in the stored pages, so the texts below are CONSTRUCTED (marked so).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract import extract
from kg.extract.claims import labels
from kg.model import Article, Claim, Stance
from tests.claim_helpers import assert_in_no_gold_part

#: CONSTRUCTED: a charge, then the accused side's ministry declares it fake.
DECLARED = (
    "Russia accused Ukraine of shelling the plant. "
    "Ukraine's foreign ministry declared the claims fake."
)

#: CONSTRUCTED: the participle after "issued a statement", the label after "as".
STATEMENT = (
    "Iran accused Israel of the attack. Israel issued a statement declaring the reports as fake."
)

#: CONSTRUCTED: a declaring verb whose label is no falsity.
NO_FALSITY = "The opposition declared the vote illegal."


def _claims(nlp: Language, text: str) -> list[Claim]:
    article = Article(id="declared", text=text, source="test", outlet="VOA")
    return list(extract(nlp(text), article).claims)


def _at(claims: list[Claim], word: str) -> list[Claim]:
    return [c for c in claims if c.cue.text.lower().startswith(word)]


def test_declared_fake_is_one_denial(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(labels, "DECLARED_FALSITY", True)
    declared = _at(_claims(nlp, DECLARED), "declar")
    assert [c.stance for c in declared] == [Stance.DENY], declared
    assert any(t.span.text == "Russia" for t in declared[0].targets), declared[0].targets


def test_a_statement_declaring_them_as_fake(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(labels, "DECLARED_FALSITY", True)
    declared = _at(_claims(nlp, STATEMENT), "declar")
    assert [c.stance for c in declared] == [Stance.DENY], declared
    assert declared[0].claimer.span.text == "Israel"


def test_without_the_switch_no_denial(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(labels, "DECLARED_FALSITY", False)
    assert not [c for c in _claims(nlp, DECLARED) if c.stance is Stance.DENY]
    assert not [c for c in _claims(nlp, STATEMENT) if c.stance is Stance.DENY]


def test_another_label_is_no_label_claim(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(labels, "DECLARED_FALSITY", True)
    on = [(c.stance, c.rule) for c in _claims(nlp, NO_FALSITY)]
    monkeypatch.setattr(labels, "DECLARED_FALSITY", False)
    off = [(c.stance, c.rule) for c in _claims(nlp, NO_FALSITY)]
    assert on == off
    assert not any(rule.startswith("label") for _, rule in on)


def test_the_verbs_are_data() -> None:
    assert "declare" in labels.FALSITY_LABEL_VERBS


def test_sentences_are_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, at_least=3)
