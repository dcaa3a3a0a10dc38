"""Round 22, second wave (issue 12, branch ``chargeowner22``): ``owned_charge``, a charge noun
whose "of" act names the one charged, its author the accuser (optional family).

The sentences are real public-domain or openly licensed copy in no gold or agreement part
(``tests/test_tests_sources.py``), each with its source beside it.  No public-domain sentence
of the positive shape ("charges by X of Y's interference") was found in the pool, the corpus
or VOA pages reachable this round, so the tests here hold the rule's guards: a charge noun
with no named author, or with no named party charged, makes no ``owned_charge`` claim.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.claims import RULES, extract_claims
from kg.extract.claims.address_speech import ADDRESS_RULE
from kg.extract.mentions import extract_mentions

UNOWNED = [
    # no author named: corpus/president-of-ukraine-russia-ukraine.jsonl (president.gov.ua,
    # CC BY 4.0), an address of March 2022
    "What are these allegations of preparing chemical attacks?",
    # no party charged: https://www.voanews.com/a/a-13-a-2003-12-31-4-eritrea-67592852/389434.html
    "Eritrea Rejects Accusations of Supporting Regional Rebels.",
]


@pytest.mark.parametrize("text", UNOWNED)
def test_no_owned_charge_without_author_and_charged(nlp: Language, text: str) -> None:
    doc = nlp(text)
    claims = extract_claims(
        doc, extract_mentions(doc), rules=RULES - {ADDRESS_RULE} | {"owned_charge"}
    )
    assert not [c for c in claims if c.rule.startswith("owned_charge")]


def test_owned_charge_is_optional() -> None:
    from kg.extract.claims import OPTIONAL

    assert "owned_charge" not in OPTIONAL  # on since round 24 (optional24)
    assert "owned_charge" in RULES
