"""Round 40 (speed46, issue 12): exact rewrites of extraction's hot spots, checked against
the code they replace."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract._index import indexed, span_tokens
from kg.extract.claims import designation, gates
from kg.nlp import load_pipeline

TEXT = (
    "The United States is imposing sanctions on Russian officials over the crackdown. "
    "We have announced over $2.3 billion in new assistance. "
    "I have immediately authorized a fourth Presidential Drawdown. "
    "Treasury designated two militia leaders and will sanction their backers. "
    "Moscow said it would not be intimidated."
)


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def test_a_closed_rule_answers_its_gates_empty() -> None:
    """:func:`gates.run` reads a closed rule's answer from ``_CLOSED``: the gate's ``empty``
    (a fresh [] for a list), for every registered gated rule; an ungated rule runs."""
    nothing: frozenset[str] = frozenset({"zzzz-no-such-word"})
    for rule, found in gates.GATES.items():
        if found.ways is None:
            continue
        if rule in gates._opened_by(nothing):
            continue  # a way that needs no word: it runs
        answer = gates.run(rule, nothing)
        if isinstance(found.empty, list):
            assert answer == [] and answer is not gates.run(rule, nothing)
        else:
            assert answer is found.empty


def test_the_closed_table_follows_a_registration() -> None:
    def probe() -> list[str]:
        return ["ran"]

    gates.gate(probe, gates.needs({"zzzz-probe"}), empty=[])
    try:
        assert gates.run(probe, frozenset({"other"})) == []
        assert gates.run(probe, frozenset({"zzzz-probe"})) == ["ran"]
        gates.ENABLED = False
        assert gates.run(probe, frozenset({"other"})) == ["ran"]
    finally:
        gates.ENABLED = True
        del gates.GATES[probe]
    with pytest.raises(KeyError):
        gates.run(probe, frozenset({"other"}))


def test_the_measure_verbs_are_not_shadowed() -> None:
    """The announced measures' prefilter has a name of its own: ``_MEASURE_VERBS`` is still
    the designating verbs :func:`designation._parties` reads."""
    designating = frozenset({"designate", "sanction", "indict", "blacklist", "redesignate"})
    assert designating == designation._MEASURE_VERBS
    # round 40's third wave (charges48, TAKEN_ACTIONS) added "take" to the verbs walked
    assert (
        designation._ANNOUNCING_VERBS | designation._OWN_MEASURE_VERBS | designation._TAKEN_VERBS
        == designation._STARTING_VERBS
    )


def test_the_prefilters_keep_every_verb_the_tests_pass(nlp: Language) -> None:
    """The verbs ``designation_claim`` and ``announced_measure_claims`` now walk are those of
    the sentence's tokens their first tests pass, in text order, inside the index and out."""
    doc = nlp(TEXT)
    for sentence in doc.sents:
        tokens = list(sentence)
        verbs = [t for t in tokens if t.pos_ in ("VERB", "AUX")]
        starting = [
            t
            for t in tokens
            if t.pos_ == "VERB" and t.lemma_.lower() in designation._STARTING_VERBS
        ]
        assert [t.i for t in designation._verbs_of(sentence)] == [t.i for t in tokens]
        with indexed(doc):
            assert [t.i for t in designation._verbs_of(sentence)] == [t.i for t in verbs]
            found = [
                t.i
                for t in span_tokens(sentence)
                if t.pos_ == "VERB" and t.lemma_.lower() in designation._STARTING_VERBS
            ]
            assert found == [t.i for t in starting]
