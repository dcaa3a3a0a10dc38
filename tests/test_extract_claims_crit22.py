"""Criticism on unseen copy (round 22, issue 12, branch ``crit22``): a reaction drawn by a
deed told in a subjectless participle or held by its named modifier (``drawn_by_deed``), a
rejected act or reaction of another side (``rejected_act``), a verb of doubt whose object is
another side's will (``questioned_will``), and the ``critical_adj`` rows "pointless",
"worthless" and "sided" (the tokenizer splits "one-sided"; "meaningless" is optional).  Each
sentence is real public copy, its source named beside it, and is in no gold part of
benchmarks/claims/gold.jsonl or benchmarks/allegations/gold.jsonl and in no agreement file
(tests/test_tests_sources.py checks it).  No public-domain sentence with a rejected act of a
named owner or a questioned will of a named owner was found in the pool, ``corpus/`` or VOA
search results: those two positive frames were checked on development sentences only; their
near misses in public copy are tested here."""

from __future__ import annotations

from spacy.language import Language

from kg.extract.claims import OPTIONAL, REFINEMENTS, RULES
from kg.extract.claims.content_doubt import questioned_will
from kg.extract.claims.content_lexicon import CRITICAL_ADJECTIVES
from kg.extract.claims.denials import _deed_doer, _reaction_holders
from kg.extract.claims.speech_deny import _offer_owners
from kg.model import Stance
from tests.claim_helpers import NEWS_RULES, stance_pairs

# https://blogs.voanews.com/breaking-news/2012/01/03/china-protests-japanese-visit-to-disputed-
# islands (VOA, public domain): the deed of the subjectless "prompting" is the visit, its doer
# the head clause's subject, owned by Japan
VISIT = (
    "Four Japanese politicians made a short visit on Tuesday to a group of disputed islands "
    "in the East China Sea, prompting an official protest from Beijing."
)


def test_a_participles_deed_is_its_head_clauses(nlp: Language) -> None:
    doc = nlp(VISIT)
    prompting = next(t for t in doc if t.lower_ == "prompting")
    doer = _deed_doer(prompting)
    assert doer is not None and doer.lower_ == "politicians"


def test_the_reaction_drawn_by_a_participles_deed_criticizes_its_doer(nlp: Language) -> None:
    assert stance_pairs(nlp, VISIT, Stance.CRITICIZE) == [("Beijing", ["Japanese"])]
    without = NEWS_RULES - {"drawn_by_deed"}
    assert stance_pairs(nlp, VISIT, Stance.CRITICIZE, without) == []


def test_a_reaction_with_no_named_modifier_has_no_holder(nlp: Language) -> None:
    # corpus/state-department-israel-palestinians.jsonl (state.gov, public domain): "our
    # concerns" is held by the speaker, named by no modifier the reaction carries
    doc = nlp(
        "The report of the Commission, released today, does nothing to alleviate our concerns."
    )
    concerns = next(t for t in doc if t.lower_ == "concerns")
    assert _reaction_holders(concerns) == []


def test_a_rejected_act_with_no_owner_criticizes_nobody(nlp: Language) -> None:
    # corpus/state-department-libya.jsonl, https://www.state.gov/joint-statement-on-the-
    # situation-in-libya-3/ : "reject actions that could lead to violence" names no owner
    doc = nlp(
        "We firmly reject actions that could lead to violence or to greater divisions in Libya, "
        "such as the creation of parallel institutions, any attempt to seize power through "
        "force, or refusal of peaceful transition of power to a new executive formed through a "
        "legitimate and transparent process."
    )
    actions = next(t for t in doc if t.lower_ == "actions")
    assert _offer_owners(actions, acts=True) == []


def test_a_doubt_that_is_no_verb_questions_no_will(nlp: Language) -> None:
    # corpus/white-house-iran.jsonl, https://www.whitehouse.gov/briefing-room/statements-
    # releases/2022/04/01/statement-by-national-security-advisor-jake-sullivan-on-diplomacy-
    # in-the-middle-east-region/ : "no doubt about X's commitment" affirms the will
    doc = nlp(
        "Even as we work to end the war in Yemen, there can be no doubt about President "
        "Biden’s commitment to supporting the defense of our partners, including the UAE and "
        "Saudi Arabia."
    )
    assert all(questioned_will(t) is None for t in doc)


def test_one_sided_is_read_through_its_split_tail(nlp: Language) -> None:
    # corpus/state-department-israel-palestinians.jsonl, https://www.state.gov/the-un-human-
    # rights-councils-commission-of-inquiry-on-the-situation-in-israel-the-west-bank-and-gaza/ :
    # the tokenizer splits "one-sided" into "one - sided", so the row "one-sided" matched nothing
    doc = nlp(
        "As we have stated repeatedly, we firmly oppose the open-ended and vaguely defined "
        "nature of the UN Human Rights Council’s (HRC) Commission of Inquiry (COI) on the "
        "situation in Israel, the West Bank, and Gaza, which represents a one-sided, biased "
        "approach that does nothing to advance the prospects for peace."
    )
    assert "sided" in {t.lower_ for t in doc} and "one-sided" not in {t.lower_ for t in doc}
    assert {"sided", "pointless", "worthless"} <= CRITICAL_ADJECTIVES
    assert "meaningless" not in CRITICAL_ADJECTIVES  # lost on test13: optional


def test_families_registered_and_on() -> None:
    for name in ("drawn_by_deed", "rejected_act", "questioned_will"):
        assert name in REFINEMENTS
        assert name in RULES
        assert name not in OPTIONAL
