"""Criticism by reaction, insult and protest (round 22, issue 12, branch ``reaction22``): a
feeling whose object is another side or its act and abuse aimed at a party
(``felt_reaction``, :mod:`kg.extract.claims.reactions`), a protest that is a gathering's
purpose and slogans chanted in a participle (``rallied_protest``), a war of words whose sides
"between" names on its verb (``war_between``), a protest made by summoning an envoy
(``envoy_protest``), "anti-X slogans" (``anti_slogans``, optional) and the insult rows of
``critical_noun``.

Each sentence is real public copy, its source named beside it, and is in no gold part of
benchmarks/claims/gold.jsonl or benchmarks/allegations/gold.jsonl and in no agreement file
(tests/test_tests_sources.py checks it).  No public-domain sentence with a gathering to
protest a named party's act, a war of words as a clause's subject, a protest by a summoned
envoy with no object, or a name-calling label was found in the pool, ``corpus/`` or the VOA
pages the search tool holds: those positive frames were checked on development sentences
only (benchmarks/claims/RESULTS.md); their near misses in public copy are tested here.
"""

from __future__ import annotations

from spacy.language import Language

from kg.extract.claims import CUE_RULES, OPTIONAL, REFINEMENTS, RULES
from kg.extract.claims.content_lexicon import CRITICAL_NOUNS
from kg.extract.claims.reactions import FELT_ADJECTIVES, _crowd
from kg.model import Stance
from tests.claim_helpers import NEWS_RULES, stance_pairs

# https://www.state.gov/remarks-by-deputy-secretary-of-state-wendy-sherman-in-response-to-
# russia (corpus/state-department-russia-ukraine.jsonl, public domain): a feeling whose
# object is a named party's words
OUTRAGED = "She would have been outraged by the words of the Russian Federation today."

# https://www.state.gov/rule-of-law-in-iraq/ (corpus/state-department-iraq.jsonl, public
# domain): demonstrators are a crowd, the United States is not
DEMONSTRATORS = (
    "The United States is outraged that peaceful demonstrators who took to the streets to urge "
    "reform were met with threats and brutal violence."
)


def test_a_feeling_the_concern_family_reads_is_read_once(nlp: Language) -> None:
    # "outraged" is the concern family's: felt_reaction leaves it, so no second claim
    only = frozenset({"felt_reaction"})
    assert stance_pairs(nlp, OUTRAGED, Stance.CRITICIZE, only) == []
    assert stance_pairs(nlp, OUTRAGED, Stance.CRITICIZE) == [("She", ["Russian Federation"])]
    assert "outraged" not in FELT_ADJECTIVES and "angry" in FELT_ADJECTIVES


def test_crowds_are_told_apart_from_parties(nlp: Language) -> None:
    doc = nlp(DEMONSTRATORS)
    demonstrators = next(t for t in doc if t.lower_ == "demonstrators")
    states = next(t for t in doc if t.lower_ == "states")
    assert _crowd(demonstrators)
    assert not _crowd(states)


def test_a_gathering_in_support_is_no_protest(nlp: Language) -> None:
    # https://www.president.gov.ua/en/news/tizhden-ochikuyetsya-duzhe-nasichenij-tozh-
    # (corpus/president-of-ukraine-russia-ukraine.jsonl): people gathered, but to support
    text = (
        "In dozens of cities around the world, people gathered in support of our state, in "
        "support of freedom."
    )
    assert stance_pairs(nlp, text, Stance.CRITICIZE) == []


def test_groups_protesting_for_a_demand_criticize_nobody_named(nlp: Language) -> None:
    # http://en.kremlin.ru/events/president/news/67586 (corpus/kremlin-kazakhstan.jsonl):
    # a protest "for" a reduction names no party it is against
    text = (
        "As I said, the groups who protested for a reduction in energy prices and the armed "
        "groups who fought the armed forces for several days, encircling them in their places "
        "of deployment, are completely different groups with different goals."
    )
    assert stance_pairs(nlp, text, Stance.CRITICIZE) == []


def test_the_families_are_registered() -> None:
    assert "felt_reaction" in CUE_RULES
    for name in ("rallied_protest", "war_between", "envoy_protest", "anti_slogans"):
        assert name in REFINEMENTS and name in RULES
    assert {"felt_reaction", "rallied_protest", "war_between", "envoy_protest"} <= NEWS_RULES
    assert "anti_slogans" in OPTIONAL


def test_insults_are_critical_nouns() -> None:
    assert {"dotard", "gangster", "liar", "hypocrite"} <= CRITICAL_NOUNS
