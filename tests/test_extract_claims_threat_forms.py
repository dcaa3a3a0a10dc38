"""Threats generalised in round 20 (branch ``threat20``, issue 12): measures promised by a
negated hesitation ("will not hesitate to take further steps if X ..." threatens X), an
answer made a reprisal by its manner ("respond in kind"), the speaker's side read off its
earlier introduction (``speaker_side``, optional) and the guide's forms of a threat
(``guide_threats``, optional: declared war, options kept open, put on notice, pressure
promised).

The sentences are from the official texts of ``corpus/`` (White House, President of
Ukraine), each named beside it; where the corpus quotes the speaker in its own voice the
test gives it the speaker the text names.  None is in a gold part of
``benchmarks/claims/gold.jsonl`` (checked by :func:`assert_in_no_gold_part`)."""

from __future__ import annotations

from dataclasses import replace

from spacy.language import Language

from kg.extract import extract
from kg.extract.claims import OPTIONAL, RULES, extract_claims
from kg.ingest import article_id, normalise_text
from kg.model import Article, Stance
from kg.resolve import ActorRegistry, resolve
from tests.claim_helpers import assert_in_no_gold_part

#: The optional families of the round, switched on where a test names them.
FAMILIES = frozenset({"speaker_side", "guide_threats"})


def claims(
    nlp: Language, text: str, rules: frozenset[str] = frozenset()
) -> list[tuple[str, list[str]]]:
    """(stance, target names) of each resolved claim in ``text``, with ``rules`` switched on
    besides the default families."""
    text = normalise_text(text)
    doc = nlp(text)
    found = extract(doc, Article(id=article_id(text), text=text, source="test"))
    chosen = (RULES - OPTIONAL) | rules
    graph = resolve(
        replace(found, claims=extract_claims(doc, found.mentions, chosen)), ActorRegistry()
    )
    names = {actor.id: actor.name for actor in graph.actors}
    return [(c.claim.stance.value, [names.get(t, t) for t in c.targets]) for c in graph.claims]


def test_unhesitating_steps_threaten_the_party_the_condition_names(nlp: Language) -> None:
    # White House, "Statement by President Biden on Nord Stream 2", 2022-02-23
    # (corpus/white-house-russia-ukraine.jsonl); the statement is the President's own
    found = claims(
        nlp,
        '"As I have made clear, we will not hesitate to take further steps if Russia '
        'continues to escalate," President Biden said.',
    )
    assert (Stance.THREATEN.value, ["Russia"]) in found


def test_another_sides_intensified_pressure_called_for_is_no_threat(nlp: Language) -> None:
    # President of Ukraine, "Give us more weapons - Andriy Yermak" (president.gov.ua 73977,
    # corpus/president-of-ukraine-russia-ukraine.jsonl): a call on the world community
    text = (
        "Andriy Yermak stressed that the world community should continue to increase "
        "pressure on Russia."
    )
    assert all(stance != Stance.THREATEN.value for stance, _ in claims(nlp, text, FAMILIES))


def test_a_format_of_talks_not_ruled_out_is_no_threat(nlp: Language) -> None:
    # President of Ukraine, president.gov.ua 71989
    # (corpus/president-of-ukraine-russia-ukraine.jsonl): "not rule out" with no option of force
    text = (
        "Volodymyr Zelenskyy also stressed that he did not rule out a separate format of "
        "direct talks with the President of the Russian Federation."
    )
    assert all(stance != Stance.THREATEN.value for stance, _ in claims(nlp, text, FAMILIES))


def test_sentences_are_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, at_least=2)
