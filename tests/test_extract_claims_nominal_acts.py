"""Acts told as nouns (round 21, noun21): the doer an act noun's own phrase names
(:func:`kg.extract.claims.content_nominal._doers`, family ``nominal_doer``), the act a
verb of claiming takes as object (``claimed_act``), and the two sides "each country" or
"each side" stands for (``shared_sides``).  The sentences are quoted from public-domain
copy: the official texts of ``corpus/`` (State Department, President of Ukraine) and the
unlabelled VOA pool (``benchmarks/claims/pool/voa_pool.jsonl``), in no gold part (checked
below and by ``tests/test_tests_sources.py``)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from kg.extract.claims import OPTIONAL, RULES, extract_claims
from kg.extract.claims.claimed_acts import _charged_act, reciprocal_sides
from kg.extract.claims.content_nominal import _doers, _framed, _quantified
from kg.extract.mentions import extract_mentions
from tests.claim_helpers import assert_in_no_gold_part

# corpus/president-of-ukraine-russia-ukraine.jsonl, https://www.president.gov.ua/en/news/
# promova-kerivnika-ofisu-prezidenta-ukrayini-andriya-yermaka-73833 (the President of
# Ukraine's site; the corpus's official texts)
PROVOCATIONS_FROM = (
    "The temporary deployment of Patriot systems and air police missions could protect these "
    "countries from hostile actions and provocations from Russia due to the transfer of "
    "weapons to us."
)
# corpus/state-department-russia-ukraine.jsonl, https://www.state.gov/secretary-blinkens-call-
# with-ukrainian-foreign-minister-kuleba-7/ (public domain)
ANY_AGGRESSION = (
    "The Secretary highlighted that, although the United States’ immediate priority is to "
    "support efforts to de-escalate the situation, any further military aggression by Russia "
    "against Ukraine will be met with a swift, coordinated, and forceful response."
)
# benchmarks/claims/pool/voa_pool.jsonl, https://www.globalsecurity.org/military/library/news/
# 1999/12/991217-eritrea.htm (VOA, public domain)
CLAIMED_LIVES = (
    "The 19-month border war has claimed the lives of an estimated 40-thousand soldiers, and "
    "has dragged down the economies of both countries."
)
EACH_COUNTRY = (
    "Despite the massive weapons build-up, the fortified trenches, the harsh rhetoric, both "
    "countries insist they did not want this war, and each country blames the other for "
    "continuing it."
)


def _word(doc: Doc, text: str) -> Token:
    return next(t for t in doc if t.text == text)


def test_from_phrase_names_the_doer(nlp: Language) -> None:
    doc = nlp(PROVOCATIONS_FROM)
    assert [t.text for t in _doers(_word(doc, "provocations"))] == ["Russia"]


def test_act_a_speaker_protects_from_is_not_charged(nlp: Language) -> None:
    # the act is what the speaker's own move protects against: not a charge of its own
    doc = nlp(PROVOCATIONS_FROM)
    assert _framed(_word(doc, "provocations"))


def test_any_further_aggression_is_not_told_as_done(nlp: Language) -> None:
    doc = nlp(ANY_AGGRESSION)
    aggression = _word(doc, "aggression")
    assert [t.text for t in _doers(aggression)] == ["Russia"]
    assert _quantified(aggression)


def test_claimed_lives_is_no_charge(nlp: Language) -> None:
    doc = nlp(CLAIMED_LIVES)
    assert _charged_act(_word(doc, "claimed")) is None
    mentions = extract_mentions(doc)
    rules = (RULES - OPTIONAL) | {"claimed_act"}
    assert not [c for c in extract_claims(doc, mentions, rules) if c.rule == "claimed_act"]


def test_each_country_is_both_sides(nlp: Language) -> None:
    doc = nlp(EACH_COUNTRY)
    assert reciprocal_sides(_word(doc, "country"))
    assert not reciprocal_sides(_word(doc, "war"))


def test_sentences_are_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, at_least=4)
