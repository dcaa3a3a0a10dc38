"""Who can be a claimer: a noun with the ending of a noun for people ("regulator",
"observer") may speak, a thing with the same ending ("the number", "the border") may not.

Sentences are wire-style news copy in no part of the claims gold set.
"""

from __future__ import annotations

from spacy.language import Language

from kg.extract.claims import extract_claims
from kg.extract.mentions import extract_mentions


def claimers(nlp: Language, text: str) -> set[str]:
    doc = nlp(text)
    return {c.claimer.span.text for c in extract_claims(doc, extract_mentions(doc))}


def test_an_amount_is_no_speaker(nlp: Language) -> None:
    text = "The number of refugees crossing into Chad suggests that the fighting is spreading."
    assert claimers(nlp, text) == set()


def test_a_person_noun_with_the_same_ending_still_speaks(nlp: Language) -> None:
    text = "The regulator said the bank had misled investors about its losses."
    assert claimers(nlp, text) == {"The regulator"}
    text = "A foreign observer said the vote had been marred by fraud."
    assert claimers(nlp, text) == {"A foreign observer"}


def test_a_national_acronym_keeps_its_state(nlp: Language) -> None:
    # every state has a National Security Council: "the Iraqi NSC" is not "NSC"
    text = "The Iraqi NSC said on Sunday that Iranian forces had shelled border villages."
    assert claimers(nlp, text) == {"Iraqi NSC"}
    # with no state before it, the acronym is what the text says
    text = "The NSC said on Sunday that Iranian forces had shelled border villages."
    assert claimers(nlp, text) == {"NSC"}


def test_nobody_is_no_claimer(nlp: Language) -> None:
    assert claimers(nlp, "No one has claimed responsibility for the bombing in Quetta.") == set()
    assert claimers(nlp, "Nobody in Kabul has said the talks collapsed.") == set()
    # "one" with a speaker's determiner still speaks
    assert claimers(nlp, "One official said the talks collapsed.") != set()
