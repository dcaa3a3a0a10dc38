"""Round 36 (branch ``news37``, issue 12, deny and accuse recall on wire copy): a mutual
accusation by the two sides of a dispute, "Each side blamed the other", whose two parties were
named as a pair earlier than the pronoun window (:data:`kg.resolve.plurals.DISTANT_PAIRS`), and
"the two Koreas" / "the two Sudans" as the two states the gazetteer names by the word
(:data:`kg.resolve.plurals.PLURAL_STATES`).

The texts are constructed, and say so: the corpus outside the gold (President of Ukraine,
Kremlin, State Department and White House items) holds no "each side blamed the other" nor
"accused each other", the construction of wire copy these switches read; every VOA story of
``corpus/voa.jsonl`` is a document of the gold (its one "the two Koreas" too), and the
unlabelled VOA stories of ``benchmarks/claims/pool/`` are left out by the project's rule.  The
wording is the development parts' construction, not any gold sentence
(``assert_in_no_gold_part``).
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
    assert_in_no_gold_part(__file__, at_least=4)


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


#: Constructed: a state's name made plural, the two sides of a mutual accusation.
TWO_KOREAS = "The two Koreas have accused each other of violating the armistice agreement."
#: Constructed: a plural name the gazetteer gives one state only stays unresolved.
TWO_GERMANYS = "The two Germanys accused each other of spying on their border guards."


def test_the_two_koreas_accuse_each_other(nlp: Language) -> None:
    found = resolved_names(nlp, TWO_KOREAS)
    assert ("North Korea", "accuse", ("South Korea",)) in found
    assert ("South Korea", "accuse", ("North Korea",)) in found


def test_plural_states_off(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(plurals, "PLURAL_STATES", False)
    found = resolved_names(nlp, TWO_KOREAS)
    assert not any(claimer in ("North Korea", "South Korea") for claimer, _, _ in found)


def test_a_name_of_one_state_is_no_pair(nlp: Language) -> None:
    found = resolved_names(nlp, TWO_GERMANYS)
    assert not any(claimer == "Germany" for claimer, _, _ in found)
