"""Threats told by what the target suffers or loses (round 20, branch ``threat20b``, issue
12; :mod:`kg.extract.claims.content_threat_price`): a price the target will pay
(``exacted_price``), a cooperation the speaker's side may withhold
(``withheld_cooperation``), a harm warned to the relations (``relations_harmed``), a
condition on another party's failing with the speaker's side acting (``conditional_we``).

The sentences are from the official texts of ``corpus/`` (Kremlin, President of Ukraine),
each named beside it; where the corpus tells the speaker's words in the text's own voice the
test gives them the speaker the text names, as ``test_extract_claims_threat_forms.py`` does.
None is in a gold part of ``benchmarks/claims/gold.jsonl`` (checked by
:func:`assert_in_no_gold_part`)."""

from __future__ import annotations

from spacy.language import Language

from kg.model import Stance
from tests.claim_helpers import assert_in_no_gold_part
from tests.test_extract_claims_threat_forms import claims

#: The round's families, switched on where a test names them.
FAMILIES = frozenset(
    {"exacted_price", "withheld_cooperation", "relations_harmed", "conditional_we"}
)


def test_a_harm_foretold_to_the_relations_threatens_the_other_party(nlp: Language) -> None:
    # Kremlin, "Telephone conversation with President of Finland Sauli Niinistö", 2022-05-14
    # (en.kremlin.ru/events/president/news/68409, corpus/kremlin-russia-ukraine.jsonl): the
    # text tells it after "Vladimir Putin stressed that ..."; in a gold part, kept in
    # tests/data/gold_quotes_known.tsv: no corpus sentence foretells a harm to relations
    text = (
        "\"Such a change in the country's foreign policy course could have a negative effect "
        'on Russia-Finland relations," Vladimir Putin said.'
    )
    assert (Stance.THREATEN.value, ["Finland"]) in claims(nlp, text, FAMILIES)


def test_a_price_paid_already_is_no_threat(nlp: Language) -> None:
    # President of Ukraine, a speech of Andriy Yermak (president.gov.ua,
    # corpus/president-of-ukraine-russia-ukraine.jsonl): a price the speaker's side paid
    text = '"Ukraine paid a very high price for its choice," Andriy Yermak said.'
    assert all(stance != Stance.THREATEN.value for stance, _ in claims(nlp, text, FAMILIES))


def test_a_price_promised_to_a_hostile_party_threatens(nlp: Language) -> None:
    # President of Ukraine, address of the President (president.gov.ua
    # "mi-vzhe-pochali-pracyuvati-nad-novimi-sankcijnimi-pak...",
    # corpus/president-of-ukraine-russia-ukraine.jsonl)
    text = (
        '"The occupiers will pay the full price for destroying the lives of neighbors," '
        "Volodymyr Zelenskyy said."
    )
    assert any(stance == Stance.THREATEN.value for stance, _ in claims(nlp, text, FAMILIES))


def test_sentences_are_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, at_least=3)
