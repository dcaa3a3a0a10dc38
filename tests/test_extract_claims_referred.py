"""The pronoun doer of a hostile act taken back to the actor named before it
(``referred_doer``, :mod:`kg.extract.claims.content_referred`, round 20)."""

from __future__ import annotations

from spacy.language import Language

from kg.extract import extract
from kg.extract.claims import OPTIONAL, RULES, extract_claims
from kg.extract.claims.content_referred import _named_referent
from kg.model import Article, Stance
from tests.claim_helpers import assert_in_no_gold_part

WITH = (RULES - OPTIONAL) | {"referred_doer", "described_doer"}


def _stances(nlp: Language, text: str) -> list[tuple[str, Stance, list[str]]]:
    doc = nlp(text)
    mentions = extract(doc, Article(id="t", text=text, source="test")).mentions
    return [
        (c.claimer.span.text, c.stance, [t.span.text for t in c.targets])
        for c in extract_claims(doc, mentions, WITH)
    ]


# constructed: no public-domain example found (searched: the VOA pool, corpus/ and VOA pages
# via the search tool for '"its forces"/"they" + shelled/killed + said' with the actor named
# in the sentence before; the corpus's own ("Russian occupiers rape women ... They loot ...",
# President of Ukraine) are in the allegations gold)
NAMED_BEFORE = (
    "The minister said the rebel group known as the Lord's Resistance Army had crossed the border. "
    '"Its fighters have attacked villages and killed civilians," he said.'
)


def test_owned_fighters_charge_the_group_named_before(nlp: Language) -> None:
    found = _stances(nlp, NAMED_BEFORE)
    assert any(s is Stance.ACCUSE and any("Army" in t for t in ts) for _, s, ts in found), found


def test_the_referent_is_a_subject_not_the_last_name(nlp: Language) -> None:
    doc = nlp(NAMED_BEFORE)
    its = next(t for t in doc if t.text == "Its")
    referents = _named_referent(its)
    assert referents and referents[0].ent_type_ in ("ORG", "GPE")


# constructed: no public-domain example found (searched as above, and corpus/ and the pool for
# "warned/accused/blasted/condemned X that/saying its/their/they")
ADDRESSED = (
    "The foreign minister warned Moscow that its troops had shelled villages across the border."
)


def test_the_object_of_a_warning_is_whom_its_stands_for(nlp: Language) -> None:
    found = _stances(nlp, ADDRESSED)
    assert any(s is Stance.ACCUSE and ts == ["Moscow"] for _, s, ts in found), found


# VOA, Scott Stearns, "Congo rebels", 2000-09-14 (public domain; republished at
# https://www.globalsecurity.org/military/library/news/2000/09/war-000914-congo.htm): "they"
# stands for "government troops", a description that names no actor: no charge is made up.
UNNAMED = (
    "Civilians here say that before government troops left last week they executed as many "
    "as 40 people believed to be rebel sympathizers."
)


def test_a_pronoun_for_an_unnamed_description_charges_nobody_named(nlp: Language) -> None:
    for _, stance, targets in _stances(nlp, UNNAMED):
        assert not (stance is Stance.ACCUSE and targets and targets != ["government troops"])


# The same VOA story: "government troops" named with no state before them; the optional
# ``described_doer`` charges no state it cannot find named.
NO_STATE_BEFORE = (
    "Cornette Maboso sells peanuts and dried fish in the local market. "
    "She says government troops murdered her grandmother, Marie."
)


def test_a_description_with_no_state_named_before_charges_no_state(nlp: Language) -> None:
    for _, stance, targets in _stances(nlp, NO_STATE_BEFORE):
        assert stance is not Stance.ACCUSE or not targets or targets == ["government troops"]


def test_referred_doer_is_on_and_described_doer_off() -> None:
    assert "referred_doer" in RULES - OPTIONAL
    assert "described_doer" in OPTIONAL


def test_sentences_are_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, at_least=1)
