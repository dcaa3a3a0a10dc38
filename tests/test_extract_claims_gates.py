"""Lexicon gates (:mod:`kg.extract.claims.gates`): a content-stance or refinement rule is
not run on a span whose sentences lack every word it could fire on.  The gates must be
registered for every rule the stance inference and the refinements call, read the
lexicon's own sets (so they cannot drift from the TSV), and change no output: checked here
on real official texts of the dispute corpus (``corpus/``) and on wire-style sentences
written for these tests, in no gold part of ``benchmarks/claims/gold.jsonl``."""

from __future__ import annotations

import ast
import inspect
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from spacy.language import Language

from kg.extract import extract
from kg.extract._index import indexed
from kg.extract.claims import (
    content,
    content_accuse,
    content_culprits,
    content_label,
    content_lexicon,
    content_threat,
    content_ultimatum,
    denials,
    gates,
    prose,
    voice,
)
from kg.extract.claims.gates import GATES, needs, present, run
from kg.model import Article, Stance

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "benchmarks" / "claims" / "gold.jsonl"
#: The modules whose rules run through the gates, and the functions that call them.
CALLERS = {
    content: ["_infer_stance", "_read_stance"],
    denials: ["_refined"],
    prose: ["reported_charges"],
    voice: ["author_voice_claims"],
}
#: What :func:`content._infer_stance` may call directly, each for a reason: the span and
#: its verbs, the speaker's side and whether it comments, the gates themselves, and the
#: mentions made of what a rule found.
HELPERS = {
    "_tokens_of": "the content's tokens",
    "_main_verbs": "the verbs every rule reads",
    "_speaker_sides": "the speaker's side, lazily, for the rules",
    "_commentator": "whether the speaker comments, an argument of the threat rules",
    "threat_sides": "the speaker's side for the threat rules, its introduction read too",
    "present": "the gates' words",
    "run": "the gate",
    "actor_mention": "a found token as a mention",
    "_allegation_targets": "who made the allegation a denial names",
    "_owners": "who owns the allegation a first person rejects",
    "_named_sides": "the sides an accused names, against the speaker's",
    "_unframed": "the verbs every rule reads, the speaker's own framing read through",
    "defends_own_conduct": "uncharged_denial's test of a denial _denies_charge's gate let through",
    "charge_answered": "uncharged_denial's look for a charge the denial answers",
    "_propositions": "the verbs with the clauses an evidence frame puts forward",
    "first_found": "a cascade of rules, each called through run",
    "_framed_evaluation": "the criticism rules, each through run, on the framed clauses",
    "_criticism_of": "the criticism rules, each through run, before the charges (round 44)",
    "_read_stance": "the rules in order; _infer_stance aims an untargeted charge (round 21)",
    "_clause_stance": "_read_stance on a clause a frame puts forward (round 39)",
    "bystander": "whether the speaker is a bystander, whose account is read as told (round 29)",
    "placed_origin": "a found accused that is only where an irregular group is (round 29)",
}


def _calls(module: object, function: str) -> Iterator[ast.Call]:
    tree = ast.parse(inspect.getsource(getattr(module, function)))
    yield from (node for node in ast.walk(tree) if isinstance(node, ast.Call))


def test_every_rule_run_through_a_gate_is_registered() -> None:
    gated = 0
    for module, functions in CALLERS.items():
        for function in functions:
            for call in _calls(module, function):
                if not isinstance(call.func, ast.Name):
                    continue
                if call.func.id == "run":
                    rules = [call.args[0]]
                elif call.func.id == "first_found":  # a cascade: (rule, *args) tuples
                    rules = [entry.elts[0] for entry in call.args[1:]]  # type: ignore[attr-defined]
                else:
                    continue
                for rule in rules:
                    assert isinstance(rule, ast.Name), ast.dump(call)
                    assert getattr(module, rule.id) in GATES, f"{module.__name__}.{rule.id}"
                    gated += 1
    assert gated >= 45


def test_infer_stance_calls_every_rule_through_its_gate() -> None:
    """A rule added to the inference must be called through ``run`` (and so registered):
    any other call of a module-level function of :mod:`.content` is one of the helpers."""
    defined = {name for name, value in vars(content).items() if inspect.isfunction(value)}
    direct = {
        call.func.id
        for function in ("_infer_stance", "_read_stance")
        for call in _calls(content, function)
        if isinstance(call.func, ast.Name) and call.func.id in defined
    }
    assert direct <= set(HELPERS), direct - set(HELPERS)


def test_every_gate_has_ways_or_a_reason() -> None:
    for rule, found in GATES.items():
        if found.ways is None:
            assert found.reason.strip(), rule.__name__
            continue
        assert found.ways, rule.__name__
        for way in found.ways:
            assert way and all(needed for needed in way), rule.__name__


def test_gates_read_the_lexicon_classes() -> None:
    """The gates hold the rows of ``kg/data/content_lexicon.tsv`` the rules read, read
    afresh here: a row added to a class reaches the gate with no other change."""
    lexicon = content_lexicon.load_classes()
    expected = {
        content_label._evaluated_wrongs: (
            "hostile_act",
            "hostile_noun",
            "conflict_noun",
            "wrong_adj",
        ),
        content_label._evaluated_clause: ("critical_adj",),
        content_label._criticized: ("critical_adj", "critical_noun"),
        content_ultimatum._broken_relations: ("rupture_verb", "relation_noun"),
        content_ultimatum._not_tolerated: ("tolerate_verb",),
        content_culprits._countered_intruders: ("counter_verb", "intruder_noun"),
        content_accuse._charged_actors: (
            "support_verb",
            "incite_verb",
            "posture_verb",
            "comply_verb",
        ),
        content_culprits._patrons_of_hostile_actors: ("support_verb", "hostile_actor"),
        content_culprits._answered_doings: ("act_noun",),
        prose.prose_targets: ("hostile_act", "support_verb", "emplace_verb"),
    }
    for rule, classes in expected.items():
        words = GATES[rule].words()
        for kind in classes:
            assert lexicon[kind] <= words, (rule.__name__, kind)


def test_a_closed_gate_returns_the_rules_empty_result() -> None:
    called: list[str] = []

    def rule(word: str) -> list[str]:
        called.append(word)
        return [word]

    gates.gate(rule, needs({"blockade"}, {"will"}), empty=[])
    try:
        assert run(rule, frozenset({"blockade", "port"}), "x") == []
        assert called == []
        assert run(rule, frozenset({"blockade", "will"}), "y") == ["y"]
        gates.ENABLED = False
        assert run(rule, frozenset({"port"}), "z") == ["z"]
        assert called == ["y", "z"]
    finally:
        gates.ENABLED = True
        del GATES[rule]
    with pytest.raises(KeyError):
        run(rule, frozenset(), "w")  # an unregistered rule is an error, not a silent pass


def test_the_rules_opened_on_words_are_found_again_after_a_new_registration() -> None:
    """:func:`gates.run` remembers the rules a set of words opens: a rule registered (or
    a word set numbered) after the words were read is still decided on them."""

    def first(word: str) -> str:
        return word

    def second(word: str) -> str:
        return word

    words = frozenset({"blockade", "port", "will"})
    gates.gate(first, needs({"blockade"}, {"tomorrow"}), needs({"port"}), empty="")
    try:
        assert run(first, words, "a") == "a"  # the second way opens
        gates.gate(second, needs({"will"}, {"blockade"}), empty="")
        assert run(second, words, "b") == "b"
        assert run(second, frozenset({"will", "port"}), "c") == ""
        del GATES[second]
        with pytest.raises(KeyError):
            run(second, words, "d")
    finally:
        GATES.pop(first, None)
        GATES.pop(second, None)


def test_the_rules_opened_are_those_some_way_of_which_opens() -> None:
    """:func:`gates._opened_by` files each way under one of its word sets only (round 26):
    on the words of each way, and of two ways together, it opens exactly the rules whose
    :meth:`~gates.Gate.opens` says so (an ungated rule's on any words)."""
    ways = [way for found in GATES.values() for way in found.ways or ()]
    samples = [frozenset(sorted(needed)[0] for needed in way) for way in ways]
    samples += [a | b for a, b in zip(samples, samples[7:], strict=False)]
    for words in samples:
        gates._opened.clear()
        # an ungated rule opens on any words (round 28: run calls it without its gate)
        expected = {rule for rule in GATES if GATES[rule].opens(words)}
        assert set(gates._opened_by(words)) == expected, sorted(words)
    gates._opened.clear()


def test_present_reads_the_spans_sentences_with_negation_marked(nlp: Language) -> None:
    doc = nlp(
        "The ministry said the convoy had crossed the border at dawn. "
        "Officials in Kabul did not comment on the incursion."
    )
    with indexed(doc):
        first = present(doc[3:8])  # "the convoy had crossed the border"
        second = present(doc[-4:-1])
    assert {"cross", "crossed", "convoy", "ministry"} <= first
    assert "kabul" not in first and "@neg" not in first
    assert {"kabul", "comment", "@neg", "incursion"} <= second
    assert "convoy" not in second
    # the same words without the document's index
    assert present(doc[3:8]) == first


def test_threat_gate_opens_only_on_a_threat_word(nlp: Language) -> None:
    plain = "The delegation said the next round of talks would be held in Vienna in March."
    threat = "The defense minister said there would be consequences for any incursion."
    for text, opens in ((plain, False), (threat, True)):
        doc = nlp(text)
        with indexed(doc):
            words = present(doc[:])
        assert GATES[content_threat._threatened].opens(words) is opens, text
    doc = nlp(threat)
    extraction = extract(doc, Article(id="t", text=doc.text, source="t"))
    assert [c.stance for c in extraction.claims] == [Stance.THREATEN]


def _official_texts(count: int) -> list[str]:
    """The first ``count`` texts of each file of the dispute corpus."""
    texts = []
    for path in sorted((ROOT / "corpus").glob("*.jsonl")):
        lines = path.read_text(encoding="utf-8").splitlines()[:count]
        texts += [json.loads(line)["text"] for line in lines]
    return texts


#: Wire-style sentences that reach many rules: denials, disclaimers, charges, threats.
SENTENCES = [
    "The foreign ministry said its forces did not fire on the fishing boats near the atoll.",
    "A spokesman said the government had nothing to do with the explosion at the depot.",
    "The ambassador said Minsk will not tolerate any further provocations on its border.",
    "Officials said the rebels who are backed by the neighbouring state had shelled the town.",
    "The minister said there is no evidence to support the claims made by the opposition.",
    "The statement said the seizure of the tanker was a flagrant violation of maritime law.",
    "The general said the army is ready to respond decisively to any attack on its bases.",
    "The envoy said the report was a fabrication designed to smear the republic.",
]


def test_gates_change_no_output(nlp: Language) -> None:
    """Every sentence, mention, relation and claim of real official texts and of the
    sentences above, with the gates on and off."""
    texts = _official_texts(2) + SENTENCES
    claims = 0
    for n, doc in enumerate(nlp.pipe(texts)):
        article = Article(id=str(n), text=doc.text, source=str(n))
        gated = extract(doc, article)
        gates.ENABLED = False
        try:
            ungated = extract(doc, article)
        finally:
            gates.ENABLED = True
        assert gated == ungated, texts[n][:80]
        claims += len(gated.claims)
    assert claims > 100


def test_sentences_are_in_no_gold_part() -> None:
    gold = GOLD.read_text(encoding="utf-8")
    for text in SENTENCES:
        assert json.dumps(text)[1:-1] not in gold, text
