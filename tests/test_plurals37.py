"""Round 36 (branch ``news37``, issue 12, deny and accuse recall on wire copy): a mutual
accusation by the two sides of a dispute, "Each side blamed the other", whose two parties were
named as a pair earlier than the pronoun window (:data:`kg.resolve.plurals.DISTANT_PAIRS`).

The texts are constructed, and say so: the corpus outside the gold (President of Ukraine,
Kremlin, State Department and White House items) holds no "each side blamed the other" nor
"accused each other", the construction of wire copy this switch reads, and the unlabelled VOA
stories of ``benchmarks/claims/pool/`` are left out by the project's rule.  The wording is the
development parts' construction, not any gold sentence (``assert_in_no_gold_part``).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.resolve import plurals
from tests.claim_helpers import assert_in_no_gold_part, resolved_names

#: Constructed: the pair is named in the lead, "each side" four sentences on.
FAR_PAIR = (
    "Clashes broke out on Sunday along the border between Thailand and Cambodia. "
    "A local official said two villages were evacuated. "
    "Schools in the area were closed on Monday. "
    "The Red Cross said it was sending tents and food. "
    "Each side blamed the other for starting the clashes."
)
#: Constructed: the same, but the two sides make a claim together ("reported"), which is no
#: mutual accusation: it keeps the window and stays unsplit.
FAR_PAIR_JOINT = (
    "Clashes broke out on Sunday along the border between Thailand and Cambodia. "
    "A local official said two villages were evacuated. "
    "Schools in the area were closed on Monday. "
    "The Red Cross said it was sending tents and food. "
    "Each side reported that civilians were wounded."
)


def test_texts_are_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, at_least=2)


def test_each_side_blamed_the_other_takes_the_pair_of_the_lead(nlp: Language) -> None:
    found = resolved_names(nlp, FAR_PAIR)
    assert ("Thailand", "accuse", ("Cambodia",)) in found
    assert ("Cambodia", "accuse", ("Thailand",)) in found


def test_switch_off_leaves_each_side_unresolved(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(plurals, "DISTANT_PAIRS", False)
    found = resolved_names(nlp, FAR_PAIR)
    assert ("Thailand", "accuse", ("Cambodia",)) not in found
    assert ("Cambodia", "accuse", ("Thailand",)) not in found


def test_a_joint_claim_is_not_split_from_afar(nlp: Language) -> None:
    found = resolved_names(nlp, FAR_PAIR_JOINT)
    assert not any(claimer in ("Thailand", "Cambodia") for claimer, _, _ in found)
