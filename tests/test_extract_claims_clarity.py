"""Claims told by "made (it) clear that P" (round 20, branch ``recall20``, ``made_clear``)
and a comment withheld told as "no word from X" (``no_comment_from``): speech the
extractor read nothing for before.

The sentences are public-domain copy, each in no gold part: two State Department texts of
``corpus/`` and one sentence of the unlabelled pool (``benchmarks/claims/pool/``).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.claims import RULES, clarity
from kg.model import Stance
from tests.claim_helpers import assert_in_no_gold_part, claims_of, stances_of

# https://www.state.gov/secretary-blinkens-call-with-russian-foreign-minister-lavrov-7/
# (corpus/state-department-russia-ukraine.jsonl)
SECRETARY = (
    "The Secretary made clear that a diplomatic path to resolving the crisis remained open, "
    "but it would require Moscow to deescalate and engage in good-faith discussions."
)
# https://www.state.gov/the-united-states-welcomes-the-organization-of-american-states-resolution-on-nicaragua/
# (corpus/state-department-nicaragua.jsonl)
OAS = (
    "Through yesterday’s vote, the members of the OAS made clear that Ortega and Murillo’s "
    "actions have no place in this hemisphere, given our shared commitments to democracy and "
    "human rights."
)
# https://www.whitehouse.gov/briefing-room/statements-releases/2022/02/22/fact-sheet-united-states-imposes-first-tranche-of-swift-and-severe-costs-on-russia/
# (corpus/white-house-russia-ukraine.jsonl)
AS_BIDEN = (
    "As President Biden made clear, Russia will pay an even steeper price if it continues its "
    "aggression."
)
# https://www.globalsecurity.org/intell/library/news/2001/intell-010703-182c92f9.htm (a VOA
# story; benchmarks/claims/pool/voa_pool.jsonl)
NO_WORD = "There has been no word yet from U-S officials regarding compensation for the collision."


def test_the_family_is_registered() -> None:
    assert "made_clear" in RULES


@pytest.mark.parametrize(("text", "claimer"), [(SECRETARY, "The Secretary"), (OAS, "the members")])
def test_made_clear_is_the_subjects_claim(nlp: Language, text: str, claimer: str) -> None:
    made = [c for c in claims_of(nlp, text) if c.rule.startswith("made_clear")]
    assert made, claims_of(nlp, text)
    assert made[0].claimer.span.text.endswith(claimer.split()[-1])
    assert made[0].content is not None and made[0].content.text.startswith(
        ("a diplomatic path", "Ortega and Murillo")
    )


def test_as_frame_is_off_by_default_and_reads_the_main_clause(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert not [c for c in claims_of(nlp, AS_BIDEN) if c.rule.startswith("made_clear")]
    monkeypatch.setattr(clarity, "AS_FRAME", True)
    made = [c for c in claims_of(nlp, AS_BIDEN) if c.rule.startswith("made_clear")]
    assert made and made[0].stance is Stance.THREATEN, made
    assert made[0].content is not None and made[0].content.text.startswith("Russia will pay")


def test_no_word_from_withholds_comment(nlp: Language) -> None:
    found = stances_of(nlp, NO_WORD)
    assert any(s is Stance.DECLINE_COMMENT and "officials" in c for c, s, _ in found), found


def test_sentences_are_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, at_least=1)
