"""Proposition terms: the words of one kind of target an act is done to fold to one term
(round 18, issue 13): "a maternity clinic shelled" and "hospitals struck" tell of one
kind of target; other kinds stay apart.  Sentences written for these tests (in no gold
part), in the register of wire copy."""

from __future__ import annotations

from kg.model import AllegationSummary, ClaimNote, Stance
from kg.resolve import propositions
from kg.resolve.corpus import merge_allegations, proposition_terms


def test_medical_facilities_fold_to_one_term() -> None:
    clinic = proposition_terms("Russian artillery shelled a maternity clinic in the city")
    hospitals = proposition_terms("Russian missiles struck two hospitals overnight")
    assert "hospital" in clinic & hospitals
    assert "clinic" not in clinic and "maternity" not in clinic
    # a school is no hospital
    assert "hospital" not in proposition_terms("Russian shells hit a school and a kindergarten")


def test_without_the_fold_the_words_stay() -> None:
    old = propositions.FOLD_TARGETS
    try:
        propositions.FOLD_TARGETS = False
        assert {"clinic", "maternity"} <= proposition_terms("the shelling of a maternity clinic")
    finally:
        propositions.FOLD_TARGETS = old


def summary(key: str, day: str, text: str) -> AllegationSummary:
    terms = tuple(sorted(proposition_terms(text.replace("Russian", " "))))
    note = ClaimNote(key + "-c1", Stance.ACCUSE, "germany", "germany")
    return AllegationSummary(
        key, key.split("-")[0], day, None, text, ("russia",), ("russia",), (), terms, False,
        (note,),
    )  # fmt: skip


def test_a_clinic_burned_joins_the_hospitals_destroyed() -> None:
    merged = merge_allegations([
        summary("d1-a1", "2023-05-02", "Russian forces destroyed hospitals"),
        summary("d2-a1", "2023-05-03", "Russian troops destroyed hospitals in the region"),
        summary("d3-a1", "2023-05-04", "Russian troops burned down a maternity clinic"),
        summary("d4-a1", "2023-05-04", "Russian forces looted grain from farms"),
    ])  # fmt: skip
    members = {m: a.id for a in merged.allegations for m in a.members}
    assert members["d1-a1"] == members["d2-a1"] == members["d3-a1"] != members["d4-a1"]
