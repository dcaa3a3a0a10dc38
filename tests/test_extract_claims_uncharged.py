"""A speaker's own act said to be no hostile act, with no charge near (round 23, second wave,
branch ``dismiss23b``; the claims guide's point 21): the refinement ``uncharged_denial``
reads it ASSERT rather than DENY.  The family ``distanced_offer``
(:mod:`kg.extract.claims.rejections`) found no real sentence in ``corpus/`` or the pool
("distanced itself from"); it is measured on the gold only (benchmarks/claims/RESULTS.md).

Every sentence is quoted from openly licensed copy in ``corpus/`` that is in no gold part and
in no agreement file (checked by tests/test_tests_sources.py); the source is named beside it.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Span as SpacySpan

from kg.extract.claims import OPTIONAL, RULES
from kg.extract.claims.content_deny import charge_answered

# corpus/president-of-ukraine-russia-ukraine.jsonl,
# https://www.president.gov.ua/en/news/opir-stijkist-ta-horobrist-nashih-zahisnikiv-dayut-zmogu-zbe-73589
UNASKED = (
    "Business regulation is simplified as much as possible. We are reducing the activities of "
    "control bodies so that there are no unnecessary inspections for those who work in "
    "accordance with Ukrainian law and do not violate consumer rights."
)
# corpus/kremlin-russia-ukraine.jsonl, http://en.kremlin.ru/events/president/news/68606
TOLD_BEFORE = (
    "They will not regret it because we are threatening anyone– we simply do not threaten anyone."
)


def _last_sentence(nlp: Language, text: str) -> SpacySpan:
    return list(nlp(text).sents)[-1]


def test_no_charge_near_an_own_act_said_harmless(nlp: Language) -> None:
    assert not charge_answered(_last_sentence(nlp, UNASKED))


def test_the_act_told_unnegated_nearby_is_a_charge_answered(nlp: Language) -> None:
    doc = nlp(TOLD_BEFORE)
    denied = next(t for t in doc if t.lower_ == "threaten")
    assert charge_answered(doc[denied.i - 3 : len(doc)])


def test_distanced_offer_ships_off_and_uncharged_denial_on() -> None:
    # uncharged_denial on since round 24 (optional24: test18 +1 triple, no held-out loss)
    assert "distanced_offer" in OPTIONAL <= RULES
    assert "uncharged_denial" in RULES and "uncharged_denial" not in OPTIONAL
