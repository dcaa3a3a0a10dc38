"""A pronoun that denies "the claim" right after a charge is the party charged, not the
one who made the charge (round 23, branch ``speakers23``, issue 12;
:func:`kg.resolve._charged_denier`).  No public-domain sentence pair of this shape was found in
the unlabelled pool or `corpus/` in the round, so these tests build the claims directly (no
sentence is quoted); the gain is measured on the gold parts (benchmarks/claims/RESULTS.md)."""

from __future__ import annotations

from kg.model import Claim, Mention, ResolvedClaim, Span, Stance
from kg.resolve import _charged_denier


def _pronoun(sentence: int) -> Mention:
    return Mention(Span(0, 2, "It"), "PRON", sentence, head="it")


def _charge(sentence: int, targets: tuple[str, ...]) -> ResolvedClaim:
    speaker = Mention(Span(0, 7, "Britain"), "GPE", sentence, head="britain")
    claim = Claim(speaker, Stance.ACCUSE, Span(8, 12, "said"), sentence)
    return ResolvedClaim("c1", claim, "united-kingdom", targets)


def _denial(content: str, sentence: int = 1) -> Claim:
    return Claim(
        _pronoun(sentence),
        Stance.DENY,
        Span(3, 9, "denied"),
        sentence,
        content=Span(10, 10 + len(content), content),
    )


def test_a_denial_of_the_charge_goes_to_the_one_charged() -> None:
    done = [_charge(0, ("russia",))]
    assert _charged_denier(_denial("the claim"), "united-kingdom", done) == "russia"


def test_a_denial_of_an_act_stays_with_the_speaker() -> None:
    # "It denied targeting civilians": the speaker may deny its own conduct
    done = [_charge(0, ("russia",))]
    assert _charged_denier(_denial("targeting civilians"), "united-kingdom", done) == (
        "united-kingdom"
    )


def test_a_charge_of_two_parties_or_further_back_changes_nothing() -> None:
    two = [_charge(0, ("russia", "belarus"))]
    assert _charged_denier(_denial("the claim"), "united-kingdom", two) == "united-kingdom"
    far = [_charge(0, ("russia",))]
    assert _charged_denier(_denial("the claim", 3), "united-kingdom", far) == "united-kingdom"
