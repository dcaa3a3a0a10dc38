"""Round 16, issue 12 (claims missed outright): a saying verb whose clause the parser split
into an object and a reduced relative ("said the two sides exchanged fire", with "sides"
as the object of "said") says that clause. Wire-copy sentences about disputes, in no gold
part."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.claims import speech_shapes
from tests.claim_helpers import claims_of


def _said(nlp: Language, text: str) -> list[tuple[str, str]]:
    return [
        (c.claimer.span.text, c.content.text if c.content else "")
        for c in claims_of(nlp, text)
        if c.cue.text.lower().startswith(("say", "said"))
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "The White House, in a statement late Tuesday, said the two leaders conferred by "
            "phone and voiced their support for a ceasefire.",
            "White House",
            "the two leaders conferred by phone",
        ),
        (
            "Kenya says a Somali militia with several hundred fighters attacked along the "
            "northern frontier, ending a month of calm.",
            "Kenya",
            "a Somali militia with several hundred fighters attacked along the northern frontier",
        ),
    ],
)
def test_misparsed_complement_is_said(nlp: Language, text: str, speaker: str, content: str) -> None:
    assert any(speaker in s and content in c for s, c in _said(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "The envoy said a prayer written by his father at the memorial.",
        "The ministry said the statement issued by Moscow on Monday.",
    ],
)
def test_real_object_of_say_is_no_clause(nlp: Language, text: str) -> None:
    assert _said(nlp, text) == []


def test_misparsed_complement_switch(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(speech_shapes, "MISPARSED_COMPLEMENT", False)
    text = (
        "Kenya says a Somali militia with several hundred fighters attacked along the "
        "northern frontier, ending a month of calm."
    )
    assert _said(nlp, text) == []
