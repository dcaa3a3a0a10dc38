"""The plain data of kg.model: an Extraction pickles compactly and comes back equal."""

from __future__ import annotations

import pickle

import pytest

from kg.model import (
    Article,
    Claim,
    Extraction,
    Mention,
    Relation,
    Span,
    Stance,
    pack_extraction,
    unpack_extraction,
)

TEXT = (
    "NBC News, citing multiple sources, reported that the US had launched so-called "
    "cyberattacks in 2016. Russia denied it, Foreign Ministry spokeswoman Maria "
    "Zakharova said."
)


def span(text: str, start: int = 0) -> Span:
    at = TEXT.index(text, start)
    return Span(at, at + len(text), text)


@pytest.fixture
def extraction() -> Extraction:
    nbc = Mention(span("NBC News"), "ORG", 0, head="news")
    sources = Mention(span("multiple sources"), "ANON", 0, head="sources", plural=True)
    us = Mention(span("the US"), "GPE", 0, head="us")
    russia = Mention(span("Russia"), "GPE", 1, head="russia")
    zakharova = Mention(
        span("Maria Zakharova"),
        "PERSON",
        1,
        head="zakharova",
        role="Foreign Ministry spokeswoman",
        affiliation="Russia",
    )
    it = Mention(span("it"), "PRON", 1, head="it")  # only in a claim, not in the mentions
    content = span("the US had launched so-called cyberattacks in 2016")
    launched = Relation(
        us.span,
        "launch",
        span("so-called cyberattacks"),
        0,
        span("had launched"),
        arguments=(span("in 2016"),),
        modality="could",
        passive=True,
        confidence=0.75,
        surface="had launched",
    )
    denied = Relation(russia.span, "deny", None, 1, span("denied"), negated=True)
    reported = Claim(
        nbc,
        Stance.REPORT,
        span("reported"),
        0,
        content,
        targets=(us,),
        cites=sources,
        hedges=(span("so-called"),),
        insertions=(span("2016"),),
        quoted=True,
        confidence=0.8,
    )
    denial = Claim(russia, Stance.DENY, span("denied"), 1, None, targets=(it, us), negated=True)
    return Extraction(
        Article("d1", TEXT, "d1.txt", title="Denial", outlet="NBC News"),
        (Span(0, TEXT.index(" Russia"), TEXT[: TEXT.index(" Russia")]), span("Russia denied it")),
        (nbc, sources, us, russia, zakharova),
        (launched, denied),
        (reported, denial),
    )


def test_an_extraction_pickles_back_equal(extraction):
    for protocol in range(2, pickle.HIGHEST_PROTOCOL + 1):
        back = pickle.loads(pickle.dumps(extraction, protocol))
        assert back == extraction
        assert type(back.claims[1].stance) is Stance and back.claims[0].cites is not None
        assert isinstance(back.relations[0].arguments, tuple)


def test_a_mention_shared_by_the_mentions_and_a_claim_stays_one_object(extraction):
    back = pickle.loads(pickle.dumps(extraction))
    assert back.claims[0].claimer is back.mentions[0]
    assert back.claims[1].targets[1] is back.mentions[2]


def test_packed_as_flat_plain_values(extraction):
    packed = pack_extraction(extraction)
    plain = (int, str, float, bool, type(None))
    assert all(isinstance(value, plain) for part in packed for value in part)
    # as msgpack gives them back: lists, not tuples
    assert unpack_extraction(extraction.article, [list(p) for p in packed]) == extraction


def test_an_empty_extraction_pickles_back_equal():
    empty = Extraction(Article("d0", "", "-"), (), (), (), ())
    assert pickle.loads(pickle.dumps(empty)) == empty
