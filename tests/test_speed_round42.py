"""Round 42 (speed51, issue 12): :func:`gates.run` keeps the last words it was asked about
and the rules they open; checked against :func:`gates._opened_by` and against the gates'
own test, and dropped whenever :data:`gates._opened` is."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from kg.extract._index import indexed
from kg.extract.claims import gates
from kg.nlp import load_pipeline

TEXT = (
    "Russia did not attack the city, the ministry said. "
    "The occupiers have deported thousands of our children and shelled the port. "
    "There will be consequences for those responsible."
)


@pytest.fixture(scope="module")
def doc() -> Doc:
    nlp: Language = load_pipeline()
    return nlp(TEXT)


def test_run_answers_what_each_gate_answers(doc: Doc) -> None:
    """Rules run one after another on one sentence's words and alternating between
    sentences run exactly when their gates open, also after a registration changes the
    tables: the kept pair answers as :data:`gates._opened` does."""
    calls: list[str] = []

    def attacked() -> str:
        calls.append("attacked")
        return "attacked"

    def threatened() -> str:
        calls.append("threatened")
        return "threatened"

    gates.gate(attacked, gates.needs({"attack", "shell"}), empty="")
    try:
        with indexed(doc) as index:
            words = [gates.present(sentence) for sentence in index.sentences]
            order = [0, 0, 1, 1, 0, 2, 2, 1, 2, 0]
            for number in order:
                calls.clear()
                answer = gates.run(attacked, words[number])
                fires = not words[number].isdisjoint({"attack", "shell"})
                assert answer == ("attacked" if fires else "")
                assert calls == (["attacked"] if fires else [])
                assert (attacked in gates._opened_by(words[number])) == fires
            gates.gate(threatened, gates.needs({"consequence"}), empty="")  # tables rebuilt
            for number in order:
                calls.clear()
                answer = gates.run(threatened, words[number])
                fires = "consequence" in words[number]
                assert answer == ("threatened" if fires else "")
                assert calls == (["threatened"] if fires else [])
                assert gates.run(attacked, words[number]) == (
                    "attacked" if not words[number].isdisjoint({"attack", "shell"}) else ""
                )
            assert [("consequence" in w) for w in words] == [False, False, True]
            assert [not w.isdisjoint({"attack", "shell"}) for w in words] == [True, True, False]
    finally:
        gates.GATES.pop(attacked, None)
        gates.GATES.pop(threatened, None)


def test_the_kept_pair_is_dropped_with_the_decisions(doc: Doc) -> None:
    """A registration, a word set's numbering and a new document drop the kept pair."""
    with indexed(doc) as index:
        words = gates.present(index.sentences[0])
        gates._last_words, gates._last_opened = words, gates._opened_by(words)
        rule, gate = next(iter(gates.GATES.items()))
        gates.GATES[rule] = gate  # a registration: the tables are rebuilt
        assert gates._last_words is None and gates._last_opened == frozenset()
        gates._last_words, gates._last_opened = words, gates._opened_by(words)
    other = load_pipeline()("Iran threatened Israel.")
    with indexed(other) as index:
        gates.present(index.sentences[0])  # a new document: its words' tables are new
        assert gates._last_words is None
