"""Criticism by doubt and inaction (round 21, issue 12, branch ``concern21``): the doubt
about another side's will (``doubted_will``), little done (``little_done``) and "the ire of
X" (``drawn_ire``), all optional.  Each sentence is real public copy, its source named beside
it, and is in no gold part of benchmarks/claims/gold.jsonl or
benchmarks/allegations/gold.jsonl and in no agreement file (tests/test_tests_sources.py checks
it).  These are the frames' near misses in public copy: a condition, a doubt with no word of
sincerity, an act with no actor as the idle subject; the positive frames were checked on
probes only (no public-domain sentence of them was found in the pool, ``corpus/`` or VOA)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.claims import OPTIONAL, REFINEMENTS, RULES
from kg.extract.claims.content_doubt import doubted_will, little_done


@pytest.mark.parametrize(
    "text",
    [
        # https://blogs.voanews.com/breaking-news/2012/08/03/north-korea-threatens-harder-
        # line-in-nuclear-talks : a condition ("If the U.S. sincerely engages"), not a doubt
        "If the U.S. sincerely engages in dialogue and withdraws its hostile policies - not "
        "through words but through action - to resolve the nuclear issue and improve the "
        "relations between the two sides, we will be willing to work to resolve the issues.",
        # https://www.voanews.com/content/pakistani-taliban-splits-making-peace-efforts-
        # uncertain/1925845.html : a doubt with no word of sincerity
        "It is also not clear whether the breakaway group is interested in negotiating for peace.",
        # corpus/president-of-ukraine-russia-ukraine.jsonl, https://www.president.gov.ua/en/
        # news/promova-prezidenta-ukrayini-volodimira-zelenskogo-v-rijgikog-74297 : "really"
        # on a deed, not on a will
        "Regional alliances, and above all NATO, have faced a difficult reality when no one "
        "can be 100% sure whether they will really protect their members in the event of a "
        "large-scale Russian attack.",
    ],
)
def test_a_doubt_without_a_doubted_will_is_no_criticism(nlp: Language, text: str) -> None:
    assert doubted_will(nlp(text)[:]) is None


@pytest.mark.parametrize(
    "text",
    [
        # benchmarks/claims/pool/voa_pool.jsonl, https://www.voanews.com/a/
        # a-13-2007-01-17-voa52/330854.html : what does little is a plan, no actor
        "Afghan officials have opposed the plan, saying it will do little to prevent terrorism.",
        # corpus/state-department-israel-palestinians.jsonl, https://www.state.gov/the-un-
        # human-rights-councils-commission-of-inquiry-on-the-situation-in-israel-the-west-
        # bank-and-gaza/ : a report, its owner named by "of", is left alone
        "The report of the Commission, released today, does nothing to alleviate our concerns.",
    ],
)
def test_little_done_by_no_actor_faults_nobody(nlp: Language, text: str) -> None:
    assert little_done(nlp(text)[:]) is None


def test_families_registered_and_off() -> None:
    for name in ("doubted_will", "little_done", "drawn_ire"):
        assert name in REFINEMENTS
        assert name in RULES
        assert name in OPTIONAL
