"""Round 29's savings in extraction (branch ``speed30``), each the same answers as before:
the readers of :func:`~kg.extract.claims.content_accuse._charged_actors` that need a word of
their own skipped on sentences without it, :func:`~kg.extract.claims.content_referred.
_referred_doers` looking for its pronoun doer before judging the act (and gated on the
pronoun), and the scans of :func:`~kg.extract.claims.content_accuse._passive_act_agents`
and :func:`~kg.extract.claims.content_label._evaluated_wrongs` read off the index's columns,
and :func:`~kg.extract.claims.content_acts._finds_perpetration` answering at once for a verb
none of its tests reads.
Sentences of the official texts in ``corpus/`` (Kremlin, President of Ukraine, State
Department), in no gold part."""

from __future__ import annotations

import ast
import inspect
import sys
import textwrap
from collections.abc import Callable

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Token

from kg.extract._index import index_of, indexed, verbs_among
from kg.extract.claims import content_accuse, content_acts
from kg.extract.claims.content_accuse import (
    _CLAUSE_ACTS,
    _authors_named,
    _charged_actors,
    _cleft_agent,
    _culprit,
    _proven_act_owners,
)
from kg.extract.claims.content_base import _sides
from kg.extract.claims.content_label import _doing_words, _is_wrong_doing
from kg.extract.claims.content_referred import (
    _REFERRING,
    _REFLEXIVES,
    _asserted_hostile_verbs,
    _may_be_speaker,
    _named_referent,
    _referred_doers,
    _referring_pronoun,
)
from kg.extract.claims.gates import GATES, present
from tests.claim_helpers import assert_in_no_gold_part

HANDS = (
    "This year, the highest award of the ceremony was given for merits to Lithuanian "
    "documentary filmmaker Mantas Kvedaravičius, who died at the hands of the Russian "
    "occupiers in Mariupol."
)
TORTURED = (
    "More than 14,000 detainees have reportedly died after being tortured at the hands of the "
    "Assad regime, according to the Syrian Network for Human Rights, while 130,000 Syrians are "
    "reportedly still missing or detained."
)
# a pronoun doer of a hostile act, the sentence before it
CONDUCTED = (
    "They conducted two large-scale punitive operations with the use of heavy weapons and "
    "combat aircraft."
)
DONETSK = "They attacked Donetsk directly with tanks and bombed its squares from aircraft."
KUZBASS = (
    "But before moving on to today's agenda, allow me to convey condolences on behalf of the "
    "Armenian people and from myself over the explosion in Kuzbass."
)
ATTACKED = (
    "At that time we didn’t have even a regular army, and they attacked with special forces, "
    "helicopters, and airplanes."
)
INVADED = "We believe Azerbaijani troops have invaded Armenia's sovereign territory."
INVASION = (
    "Our anti-war coalition, formed after the beginning of this brutal invasion of Russia, has "
    "already imposed unprecedented sanctions against it."
)
TEXTS = (
    HANDS,
    TORTURED,
    f"{CONDUCTED} {DONETSK}",
    f"{KUZBASS} It killed many people.",
    ATTACKED,
    INVADED,
    INVASION,
)


def test_the_sentences_are_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, at_least=6)


def _verbs(doc: Doc) -> list[Token]:
    return [t for t in doc if t.pos_ in ("VERB", "AUX")]


def _nobody() -> set[str]:
    return set()


def _before(verbs: list[Token], sides: Callable[[], set[str]]) -> list[Token] | None:
    """:func:`_referred_doers` as it was before round 29: the act judged first."""
    for verb in _asserted_hostile_verbs(verbs):
        if any(c.dep_ == "dobj" and c.lower_ in _REFLEXIVES for c in verb.children):
            continue
        pronoun = _referring_pronoun(verb)
        if pronoun is None or _may_be_speaker(verb, pronoun):
            continue
        referents = [r for r in _named_referent(pronoun) if not (_sides([r]) & sides())]
        if referents:
            return referents
    return None


def test_a_pronoun_doer_is_found_as_before(nlp: Language) -> None:
    asked = 0
    for text in TEXTS:
        doc = nlp(text)
        for verb in _verbs(doc):
            expected = _before([verb], _nobody)
            assert _referred_doers([verb], _nobody) == expected  # no index
            with indexed(doc):
                assert _referred_doers([verb], _nobody) == expected
            asked += _referring_pronoun(verb) is not None
        roots = [s.root for s in doc.sents]
        with indexed(doc):
            assert _referred_doers(roots, _nobody) == _before(roots, _nobody)
    assert asked >= 4  # CONDUCTED, DONETSK, "It killed", ATTACKED


def test_the_pronoun_doers_gate_needs_a_pronoun(nlp: Language) -> None:
    found = GATES[_referred_doers]
    for text, pronoun in ((TORTURED, False), (INVADED, False), (DONETSK, True)):
        doc = nlp(text)
        with indexed(doc):
            words = present(doc[:])
        assert found.opens(words) is pronoun, text
        assert bool(words & set(_REFERRING)) is pronoun
    # the hostile verb alone no longer opens it
    assert not found.opens(frozenset({"torture", "tortured"}))
    assert found.opens(frozenset({"torture", "they"}))


def test_a_charged_actors_reader_finds_nothing_without_its_words(nlp: Language) -> None:
    readers = (
        (_cleft_agent, content_accuse._CLEFT_SUBJECTS),
        (_culprit, content_accuse._CULPRIT_WORDS),
        (_authors_named, content_accuse._AUTHORSHIP_WORDS),
        (_proven_act_owners, content_accuse._EVIDENCING_NOUNS),
    )
    fired = []
    for text in TEXTS:
        doc = nlp(text)
        with indexed(doc):
            words = present(doc[:])
            for verb in _verbs(doc):
                for reader, needed in readers:
                    found = reader(verb)
                    if words.isdisjoint(needed):
                        assert found == [], (reader.__name__, text)
                    if found:
                        fired.append((reader.__name__, verb.text, [t.text for t in found]))
    assert ("_authors_named", "died", ["Russian"]) in fired  # "at the hands of"


def test_charged_actors_answers_as_with_every_reader_run(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    every = frozenset().union(
        content_accuse._CLEFT_SUBJECTS,
        content_accuse._CULPRIT_WORDS,
        content_accuse._AUTHORSHIP_WORDS,
        content_accuse._EVIDENCING_NOUNS,
    )
    answers = []
    for text in TEXTS:
        doc = nlp(text)
        with indexed(doc):
            for sentence in doc.sents:
                verbs = [
                    t for t in sentence if t.pos_ in ("VERB", "AUX")
                ]  # every verb as a proposition: the relative clauses' too
                answers.append(_charged_actors(sentence, verbs, _nobody))
                with monkeypatch.context() as patched:  # every reader's words "present"
                    patched.setattr(content_accuse, "present", lambda span: every)
                    assert _charged_actors(sentence, verbs, _nobody) == answers[-1]
    assert ["Russian"] in [[t.text for t in a] for a in answers]  # HANDS: "at the hands of"


def test_the_act_verbs_and_doing_words_are_read_off_the_columns(nlp: Language) -> None:
    for text in TEXTS:
        doc = nlp(text)
        plain = verbs_among(doc, 0, len(doc), _CLAUSE_ACTS)
        assert plain == [t for t in doc if t.pos_ == "VERB" and t.lemma_.lower() in _CLAUSE_ACTS]
        with indexed(doc):
            assert index_of(doc) is not None
            assert verbs_among(doc, 0, len(doc), _CLAUSE_ACTS) == plain
            candidates = _doing_words(doc[:])
            assert len(candidates) < len(doc)
            assert [t for t in doc if _is_wrong_doing(t)] == [
                t for t in candidates if _is_wrong_doing(t)
            ]
    doc = nlp(INVADED)
    assert "invaded" in [t.text for t in verbs_among(doc, 0, len(doc), _CLAUSE_ACTS)]


def _lemma_tests(function: Callable[..., object]) -> set[str]:
    """Every word ``function`` compares its local ``lemma`` with (``lemma == "x"``,
    ``lemma in SET``, the sets looked up in its module and in :mod:`kg.extract.cues`)."""
    module = sys.modules[function.__module__]
    tree = ast.parse(textwrap.dedent(inspect.getsource(function)))
    found: set[str] = set()
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Compare) and isinstance(node.left, ast.Name)):
            continue
        if node.left.id != "lemma":
            continue
        for op, right in zip(node.ops, node.comparators, strict=True):
            if isinstance(op, ast.Eq) and isinstance(right, ast.Constant):
                found.add(right.value)
            elif isinstance(op, ast.In):
                found |= set(eval(compile(ast.Expression(right), "<test>", "eval"), vars(module)))
    return found


def test_every_lemma_a_perpetration_is_read_by_passes_the_pre_test(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    tested = _lemma_tests(content_acts._finds_perpetration)
    assert {"carry", "sink", "fire", "use"} <= tested and len(tested) > 40
    assert tested <= content_acts._PERPETRATION_LEMMAS
    skipped = 0
    for text in TEXTS:
        doc = nlp(text)
        verbs = _verbs(doc)
        answers = [content_acts._finds_perpetration(v) for v in verbs]
        skipped += sum(v.lemma_.lower() not in content_acts._PERPETRATION_LEMMAS for v in verbs)
        with monkeypatch.context() as patched:  # no pre-test: every verb read in full
            everything = content_acts._PERPETRATION_LEMMAS | {v.lemma_.lower() for v in verbs}
            patched.setattr(content_acts, "_PERPETRATION_LEMMAS", everything)
            assert [content_acts._finds_perpetration(v) for v in verbs] == answers
    assert skipped > 10
