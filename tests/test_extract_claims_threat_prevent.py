"""Threats by prevention, responsibility and consequence (round 19, ``prevented_doing``,
``held_responsible`` and ``named_consequences`` in ``kg.extract.claims.content_threat_prevent``):
the speaker's side vows not to let a named party act, promises to hold a named party
responsible, or foretells consequences for a named party; a resolve or a commitment with no
promise, a doer that names nobody, or consequences for no named party stay as they were.

The sentences are from the official texts of ``corpus/`` (Kremlin, State Department, President
of Ukraine), given the speaker the text names where the corpus quotes them in its own voice;
none is in a gold part of ``benchmarks/claims/gold.jsonl``."""

from __future__ import annotations

from dataclasses import replace

from spacy.language import Language

from kg.extract import extract
from kg.extract.claims import OPTIONAL, RULES, extract_claims
from kg.ingest import article_id, normalise_text
from kg.model import Article, Stance
from kg.resolve import ActorRegistry, resolve
from tests.claim_helpers import assert_in_no_gold_part

#: The three families (``prevented_doing`` and ``named_consequences`` on by default since
#: round 24, optional24; ``held_responsible`` optional): each test switches them on.
FAMILIES = frozenset({"prevented_doing", "held_responsible", "named_consequences"})


def threats(nlp: Language, text: str, rules: frozenset[str] = FAMILIES) -> list[list[str]]:
    """The target names of each resolved threat in ``text``, with ``rules`` switched on
    besides the default families."""
    text = normalise_text(text)
    doc = nlp(text)
    found = extract(doc, Article(id=article_id(text), text=text, source="test"))
    claims = extract_claims(doc, found.mentions, (RULES - OPTIONAL) | rules)
    graph = resolve(replace(found, claims=claims), ActorRegistry())
    names = {actor.id: actor.name for actor in graph.actors}
    return [
        [names.get(t, t) for t in c.targets]
        for c in graph.claims
        if c.claim.stance is Stance.THREATEN
    ]


def test_a_vow_never_to_allow_a_named_party_to_act_threatens_it(nlp: Language) -> None:
    # en.kremlin.ru/events/president/news/67996
    text = (
        '"We will certainly ensure the security of Russia and our people and will never allow'
        ' Ukraine to be a bridgehead for aggressive actions against our country," Putin said.'
    )
    assert threats(nlp, text) == [["Ukraine"]]
    assert threats(nlp, text, frozenset()) == [["Ukraine"]]  # on by default (round 24)


def test_a_vow_not_to_let_a_thing_happen_names_no_target(nlp: Language) -> None:
    text = '"We will not let this happen," Putin said.'  # en.kremlin.ru/events/president/news/67843
    assert all(not t for t in threats(nlp, text))


def test_a_promise_to_hold_a_named_party_accountable_threatens_it(nlp: Language) -> None:
    # constructed: no public-domain example found outside the gold parts (searched:
    # corpus/*.jsonl and the VOA pool for "will hold ... accountable", "to account",
    # "responsible"; round 19's sentence, Ned Price's on the Moscow Mechanism, is in a held-out
    # part, and the corpus's "We will hold Russia to account ..." and "The world will hold
    # Russia accountable." give no threat: see benchmarks/claims/RESULTS.md, round 20)
    text = '"We will hold Russia accountable for its actions," the spokesman said.'
    assert ["Russia"] in threats(nlp, text)
    assert ["Russia"] not in threats(nlp, text, frozenset())  # off by default


def test_a_resolve_to_hold_a_party_accountable_is_no_threat(nlp: Language) -> None:
    # state.gov/200-million-in-new-security-assistance-for-ukraine/ (a statement of Blinken)
    text = (
        "Blinken said the international community is united and determined to hold Putin"
        " accountable."
    )
    assert threats(nlp, text) == []


def test_consequences_foretold_for_a_named_party_threaten_it(nlp: Language) -> None:
    # president.gov.ua/en/news/v-ukrayini-sogodni-virishuyetsya-majbutnye-arhitekturi-yevro-72877
    text = (
        '"It is clear to the German Federal Government that military aggression against Ukraine'
        ' will have serious political, economic and geostrategic consequences for Russia,"'
        " Scholz said."
    )
    assert threats(nlp, text) == [["Russia"]]
    assert threats(nlp, text, frozenset()) == [["Russia"]]  # on by default (round 24)


def test_consequences_for_a_market_name_no_party(nlp: Language) -> None:
    # president.gov.ua/en/news/promova-prezidenta-ukrayini-volodimira-zelenskogo-v-parlamen-73993
    # (a speech of Zelenskyy in a parliament)
    text = (
        '"A state that does not shy away from nuclear blackmail should immediately receive'
        " sanctions that demonstrate that blackmail has devastating consequences for the"
        ' blackmailer," Zelenskyy said.'
    )
    assert all(not t for t in threats(nlp, text))


def test_the_sentences_are_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, at_least=4)
