"""A "charge" a phrase makes part of what a content says ("held without charge", "on a charge of
treason", "free of charge") is no reference word (:data:`kg.resolve.allegations.CHARGE_WORDS`,
round 40, alleg47)."""

from __future__ import annotations

import pytest

from kg.resolve import allegations


@pytest.mark.parametrize(
    "text",
    [
        "she has been held under house arrest without charge",
        "he was arrested on a charge of treason",
        "the vaccine is sent free of charge",
        "the official in charge of the prison",
    ],
)
def test_a_charge_stated_is_no_reference(text: str, monkeypatch) -> None:
    monkeypatch.setattr(allegations, "CHARGE_WORDS", False)
    assert allegations.is_reference(text)  # off: "charge" points back
    monkeypatch.setattr(allegations, "CHARGE_WORDS", True)
    assert not allegations.is_reference(text)


@pytest.mark.parametrize("text", ["the charge is baseless", "denied the charge", "those claims"])
def test_a_charge_pointed_back_to_still_is(text: str, monkeypatch) -> None:
    monkeypatch.setattr(allegations, "CHARGE_WORDS", True)
    assert allegations.is_reference(text)
