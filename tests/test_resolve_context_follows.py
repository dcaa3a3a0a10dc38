"""A context-only claim beside a following charge does not take the allegation's lead
(:data:`kg.resolve.summaries.CONTEXT_FOLLOWS`, round 34, alleg35).

Since round 33 (``commitments.COMMITTED_STANCES``) a commitment to counter a party ("committed
to coordinating to deter any further Russian aggression") is a ``threaten`` claim, and the
document's grouping may put it in the allegation of a charge an official text states as a
named wrong ("all crimes committed by Russia against Ukraine"), a claim
that only follows (:data:`kg.resolve.summaries.FOLLOWING`).  The non-following claims led the
summary alone: a ``threaten`` claim accuses no one and states no proposition, so the charge's
allegation had no accused and no terms and pointed back, and met no allegation of Russia's
(round 33's end: the ``dev`` DPRK launch group split).  The sentences are real corpus
sentences from texts in no gold part (a president.gov.ua readout, 74453, and the State
Department's U.S.-Poland strategic dialogue statement; round 34's first charge sentence, from
readout 72149, stands in a held-out part's document too and was replaced), joined into one
constructed document whose mentions, claims and allegation are built by hand, so the test reads
what the summary makes of them, whatever the extractor gives.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from kg.model import (
    Actor,
    ActorKind,
    Allegation,
    Article,
    Claim,
    DocumentGraph,
    Mention,
    ResolvedClaim,
    Span,
    Stance,
)
from kg.resolve import summaries
from kg.resolve.corpus import allegation_summaries

CHARGE = (
    "The Prime Minister of Denmark emphasized the support of the International Criminal Court "
    "for the documentation of all crimes committed by Russia against Ukraine, as well as the "
    "support of affected families who deserve justice."
)
COMMITMENT = (
    "Both parties expressed firm dedication to the sovereignty and territorial integrity of "
    "Ukraine and committed to coordinating to deter any further Russian aggression."
)
TEXT = CHARGE + " " + COMMITMENT

ACTORS = (
    Actor("ukraine", "Ukraine", ActorKind.STATE),
    Actor("russia", "Russia", ActorKind.STATE),
    Actor("united-states", "United States", ActorKind.STATE),
)


def _span(words: str, after: int = 0) -> Span:
    start = TEXT.index(words, after)
    return Span(start, start + len(words), words)


def _document() -> DocumentGraph:
    second = len(CHARGE) + 1
    russia = Mention(_span("Russia"), "GPE", 0)
    russian = Mention(_span("Russian", second), "NORP", 1)
    author = Mention(Span(0, 0, ""), "AUTHOR", 0)
    parties = Mention(_span("Both parties"), "NOMINAL", 1)
    charge = Claim(
        author,
        Stance.ACCUSE,
        _span("emphasized"),
        0,
        content=_span(CHARGE[:-1]),
        targets=(russia,),
        rule="author_voice+official_prose+named_wrong",
    )
    commitment = Claim(
        parties,
        Stance.THREATEN,
        _span("committed"),
        1,
        content=_span("coordinating to deter any further Russian aggression"),
        targets=(russian,),
        rule="readout_cue",
    )
    claims = (
        ResolvedClaim("c1", charge, "ukraine", ("russia",), allegation="a1"),
        ResolvedClaim("c2", commitment, "united-states", ("russia",), allegation="a1"),
    )
    return DocumentGraph(
        Article("doc-x", TEXT, "x", published="2022-02-01"),
        (Span(0, len(CHARGE), CHARGE), Span(second, len(TEXT), COMMITMENT)),
        ACTORS,
        claims,
        (),
        (Allegation("a1", CHARGE[:-1], ("russia",), ("c1", "c2")),),
        ((russia, "russia"), (russian, "russia")),
    )


def test_the_following_charge_leads_beside_a_commitment() -> None:
    (summary,) = allegation_summaries(_document())
    assert summary.accused == ("russia",)
    assert summary.sides == ("russia",)
    assert summary.follows  # as the charge alone: it joins, never starts or reshapes
    assert not summary.points_back
    assert "crim" in summary.terms  # the charge's act, stemmed
    # the commitment's words are context: not the proposition's
    assert not any(t.startswith("deter") for t in summary.terms)
    assert [note.stance for note in summary.claims] == [Stance.ACCUSE, Stance.THREATEN]


def test_off_the_commitment_leads(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(summaries, "CONTEXT_FOLLOWS", False)
    (summary,) = allegation_summaries(_document())
    assert summary.accused == ()
    assert summary.terms == ()
    assert summary.points_back
    assert not summary.follows


def test_a_leading_charge_is_untouched() -> None:
    """A non-following accusation beside the commitment leads as before."""
    document = _document()
    charge = document.claims[0]
    plain = ResolvedClaim(
        charge.id,
        Claim(
            charge.claim.claimer,
            Stance.ACCUSE,
            charge.claim.cue,
            0,
            content=charge.claim.content,
            targets=charge.claim.targets,
            rule="author_voice+official_prose",
        ),
        charge.claimer,
        charge.targets,
        allegation="a1",
    )
    (summary,) = allegation_summaries(replace(document, claims=(plain, document.claims[1])))
    assert summary.accused == ("russia",)
    assert not summary.follows
