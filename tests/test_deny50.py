"""A charge that its answerer gives a purpose or a motive by a passive ("the claims are meant
to tarnish the image of the party", "the accusations were aimed at diverting attention") is
denied (round 41, second wave, issue 12's deny recall on wire copy, branch ``deny50``;
benchmarks/claims/RESULTS.md, "Round 41 (second wave, after the blind scoring), deny50"):
``messages.IMPUTED_MOTIVES``.

Every text here is constructed, in the register of wire copy, and marked so: the corpus texts
in no gold part, agreement file or pool (``corpus/*.jsonl``, URLs checked against
benchmarks/claims/gold.jsonl, benchmarks/claims/agreement/*.jsonl, benchmarks/claims/pool/ and
benchmarks/allegations/gold.jsonl) were searched for "<claims|accusations|allegations|charges|
reports> <are|were> <meant|designed|intended|aimed|calculated|motivated>"; the one hit ("says
all the charges are politically motivated", an adjective, not a passive) is no passive of this
construction.  No sentence here is in a gold part (tests/test_tests_sources.py checks it).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.claims import extract_claims, messages
from kg.extract.mentions import extract_mentions
from kg.model import Stance
from tests.claim_helpers import NEWS_RULES

CHARGE = "The ruling party accused the opposition of plotting violence before the election. "
# constructed: a purpose given by "meant to", the motive aimed at the denier's own party
MEANT = (
    CHARGE + "The opposition leader said the claims are meant to tarnish the image of "
    "the Democratic Party in the eyes of voters."
)
# constructed: a purpose given by "aimed at" + a gerund
AIMED = (
    CHARGE + "The opposition leader said the accusations were aimed at diverting attention "
    "from the economy."
)
# constructed: the passive negated
NEGATED = (
    CHARGE + "The opposition leader said the accusations were not meant to be taken seriously."
)
# constructed: the subject no charge
NOT_A_CHARGE = (
    CHARGE + "The opposition leader said the reforms were designed to weaken his party "
    "before the vote."
)
LEADER = "The opposition leader"


def _leader(nlp: Language, text: str) -> list[tuple[Stance, list[str]]]:
    doc = nlp(text)
    return [
        (c.stance, [t.span.text for t in c.targets])
        for c in extract_claims(doc, extract_mentions(doc), NEWS_RULES)
        if c.claimer.span.text == LEADER
    ]


def test_the_switch_ships_as_measured() -> None:
    # benchmarks/claims/RESULTS.md, "Round 41 (second wave ...), deny50"
    assert messages.IMPUTED_MOTIVES is True


@pytest.mark.parametrize("text", [MEANT, AIMED])
def test_a_charge_given_a_purpose_is_denied(nlp: Language, text: str) -> None:
    made = _leader(nlp, text)
    assert [s for s, _ in made] == [Stance.DENY]


def test_whom_the_motive_aims_at_is_no_target(nlp: Language) -> None:
    made = _leader(nlp, MEANT)
    assert made and all("Democratic Party" not in " ".join(t) for _, t in made)


def test_off_the_statement_stays_an_assertion(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(messages, "IMPUTED_MOTIVES", False)
    assert [s for s, _ in _leader(nlp, MEANT)] == [Stance.ASSERT]


@pytest.mark.parametrize("text", [NEGATED, NOT_A_CHARGE])
def test_a_negated_passive_or_no_charge_stays_an_assertion(nlp: Language, text: str) -> None:
    assert [s for s, _ in _leader(nlp, text)] == [Stance.ASSERT]
