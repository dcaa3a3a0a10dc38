"""An official text's assertion that names a charge's accused and its charged act joins that
charge (:data:`kg.resolve.allegations.OFFICIAL_ASSERTIONS` ``"named"``, round 42, alleg54).  The
sentences are CONSTRUCTED (other countries' names); no gold sentence is quoted."""

from __future__ import annotations

from kg.model import Actor, ActorKind, Claim, Mention, ResolvedClaim, Span, Stance
from kg.resolve import allegations
from kg.resolve.allegations import _NAMED_ACTS, _named_charge, _Open, content_words

NAMED, ACTS = _NAMED_ACTS["named"], _NAMED_ACTS["acts"]

ACTORS = {
    "united-states": Actor("united-states", "United States", ActorKind.STATE),
    "belarus": Actor("belarus", "Belarus", ActorKind.STATE, aliases=("Minsk",)),
    "ukraine": Actor("ukraine", "Ukraine", ActorKind.STATE),
}


def assertion(text: str, targets: tuple[str, ...] = ()) -> ResolvedClaim:
    speaker = Mention(Span(0, 13, "United States"), "GPE", 0)
    claim = Claim(
        speaker, Stance.ASSERT, Span(14, 18, "said"), 0, content=Span(19, 19 + len(text), text)
    )
    return ResolvedClaim("c1", claim, "united-states", targets)


def charge(act: str = "arrests") -> _Open:
    summary = f"Belarus jailed the activist in a wave of {act} of journalists"
    return _Open(
        "a1",
        summary,
        accused=["belarus"],
        accusers={"united-states"},
        claims=["c0"],
        words=set(content_words(summary)),
        positions=[0],
    )


def test_named_accused_and_act_joins() -> None:
    told = assertion("The arrests of journalists by Belarus have a chilling effect")
    assert _named_charge(told, [charge()], ACTORS, ACTS) is not None
    assert _named_charge(told, [charge()], ACTORS, NAMED) is None  # "arrest": no charge noun
    told = assertion("The persecution of journalists by Belarus has a chilling effect")
    assert _named_charge(told, [charge("persecution")], ACTORS, NAMED) is not None


def test_accused_by_alias_or_target_joins() -> None:
    told = assertion("These arrests by the authorities in Minsk are self-defeating")
    assert _named_charge(told, [charge()], ACTORS, ACTS) is not None
    told = assertion("The arrests of journalists are self-defeating", ("belarus",))
    assert _named_charge(told, [charge()], ACTORS, ACTS) is not None


def test_no_act_word_joins_nothing_unless_targets() -> None:
    told = assertion("Belarus should hold free elections")
    assert _named_charge(told, [charge()], ACTORS, ACTS) is None
    assert _named_charge(told, [charge()], ACTORS, None) is not None


def test_no_accused_named_joins_nothing() -> None:
    told = assertion("The arrests of journalists have a chilling effect")
    assert _named_charge(told, [charge()], ACTORS, ACTS) is None


def test_the_accused_speaking_joins_nothing() -> None:
    told = assertion("The arrests of journalists by Belarus are lawful")
    told = ResolvedClaim(told.id, told.claim, "belarus", told.targets)
    assert _named_charge(told, [charge()], ACTORS, ACTS) is None


def test_words_by_default() -> None:
    assert allegations.OFFICIAL_ASSERTIONS == "words"


def test_words_reading_needs_shared_words_besides_the_name() -> None:
    told = assertion("Belarus keeps the activist and the journalists behind bars")
    assert _named_charge(told, [charge()], ACTORS, None, 2) is not None
    told = assertion("Belarus should hold free elections for the activist")
    assert _named_charge(told, [charge()], ACTORS, None, 2) is None
