"""CaRB's scorer on hand-made cases whose scores are worked out by hand in the comments."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.evaluate.carb import (
    OpenTuple,
    format_system,
    match,
    parse_gold,
    parse_system,
    read_gold,
    read_system,
    relation_tuple,
    score,
    sentence_key,
    write_system,
)
from kg.extract.relations import extract_relations

SENTENCE = "Hezbollah launched rocket attacks , and the militia captured two soldiers near Zarit ."
#: Three gold tuples that share no relation word, so no system tuple matches two of them.
GOLD = [
    OpenTuple(SENTENCE, "launched", ("Hezbollah", "rocket attacks")),
    OpenTuple(SENTENCE, "captured", ("the militia", "two soldiers")),
    OpenTuple(SENTENCE, "happened near", ("the raid", "Zarit")),
]


def system(*tuples: tuple[float, str, tuple[str, ...]], sentence: str = SENTENCE):
    return [OpenTuple(sentence, relation, arguments, conf) for conf, relation, arguments in tuples]


def test_a_perfect_system_scores_one():
    result = score(GOLD, system(*((0.8, g.relation, g.arguments) for g in GOLD)))
    assert (result.precision, result.recall, result.f1) == (1.0, 1.0, 1.0)
    assert result.auc == 1.0  # the point (1, 1) and the added (0, 1)
    assert result.threshold == 0.8


def test_an_empty_system_scores_zero():
    result = score(GOLD, [])
    assert (result.precision, result.recall, result.f1, result.auc) == (0.0, 0.0, 0.0, 0.0)
    assert result.threshold is None and result.curve == ()


def test_output_for_other_sentences_is_ignored_and_missed_gold_counts():
    other = system((0.9, "rained", ("It", "all day")), sentence="It rained all day .")
    result = score(GOLD, other + system((0.9, "launched", GOLD[0].arguments)))
    # 1 system tuple on the gold sentence, exact: precision 1; recall 1 of 3 gold tuples
    assert result.precision == 1.0
    assert result.recall == pytest.approx(1 / 3)


def test_partial_overlap_gives_word_fractions():
    gold = [OpenTuple(SENTENCE, "launched", ("Hezbollah", "a series of rocket attacks"))]
    found = system((0.5, "launched", ("Hezbollah", "rocket attacks into Israeli territory")))
    # relation 1/1; arg1 1/1; arg2 shares "rocket attacks": 2 of the system's 5 words and 2 of
    # the gold's 5; summed: 4 of 7 system words, 4 of 7 gold words
    precision, recall = match(gold[0], found[0])
    assert precision == pytest.approx(4 / 7)
    assert recall == pytest.approx(4 / 7)
    result = score(gold, found)
    assert result.f1 == pytest.approx(4 / 7)


def test_words_are_matched_as_multisets_case_sensitively():
    gold = OpenTuple("", "met", ("the envoy", "the the minister"))
    found = OpenTuple("", "met", ("The envoy", "the minister"))
    # relation 1/1; "The" is not "the": arg1 1 of 2; arg2 "the minister" 2 of 2 system words
    # and 2 of the gold's 3 ("the" counts once per occurrence)
    assert match(gold, found) == (pytest.approx(4 / 5), pytest.approx(4 / 6))


def test_relations_must_share_a_word():
    gold = OpenTuple("", "launched", ("Hezbollah", "attacks"))
    assert match(gold, OpenTuple("", "fired", ("Hezbollah", "attacks"))) == (0.0, 0.0)


def test_system_be_matches_any_form_of_be_in_the_gold_relation():
    gold = OpenTuple("", "was", ("Barton", "the first Prime Minister"))
    assert match(gold, OpenTuple("", "be", ("Barton", "the first Prime Minister"))) == (1.0, 1.0)
    # but "be" is no wildcard: a gold relation without a form of "be" does not match it
    other = OpenTuple("", "served as", ("Barton", "the first Prime Minister"))
    assert match(other, OpenTuple("", "be", ("Barton", "the first Prime Minister"))) == (0, 0)
    # and a gold "be" does not match a system "was" by the rule (only the other way round)
    gold_be = OpenTuple("", "be", ("Barton", "the first Prime Minister"))
    assert match(gold_be, OpenTuple("", "was", ("Barton", "the first Prime Minister"))) == (0, 0)


def test_a_missing_second_argument_scores_nothing():
    gold = OpenTuple("", "launched", ("Hezbollah", "attacks"))
    assert match(gold, OpenTuple("", "launched", ("Hezbollah",))) == (0.0, 0.0)


def test_tuples_are_binarised_before_matching():
    gold = OpenTuple("", "launched", ("Hezbollah", "raids", "into Israel", "in 2006"))
    found = OpenTuple("", "launched", ("Hezbollah", "raids into Israel", "in 2006"))
    assert match(gold, found) == (1.0, 1.0)  # both read as (Hezbollah, raids into Israel in 2006)


def test_said_type_relations_allow_swapped_arguments():
    gold = OpenTuple("", "said", ("the minister", "talks would resume"))
    swapped = OpenTuple("", "said", ("talks would resume", "the minister"))
    assert match(gold, swapped) == (1.0, 1.0)
    # for any other relation the arguments are read in order only: relation 1 word matches,
    # arg1 "talks would resume" vs "the minister" nothing, arg2 nothing
    gold_other = OpenTuple("", "resumed", ("the minister", "talks would resume"))
    swapped_other = OpenTuple("", "resumed", ("talks would resume", "the minister"))
    assert match(gold_other, swapped_other) == (pytest.approx(1 / 6), pytest.approx(1 / 6))


def test_precision_matches_gold_and_system_one_to_one():
    duplicate = (0.5, "launched", GOLD[0].arguments)
    result = score([GOLD[0]], system(duplicate, duplicate))
    # recall takes the best system tuple per gold tuple: 1; precision pairs one system tuple
    # with the one gold tuple (1.0), the second stays unmatched: 1 / 2
    assert result.recall == 1.0
    assert result.precision == 0.5


def test_best_threshold_and_area_under_the_curve():
    found = system(
        (0.9, "launched", GOLD[0].arguments),  # exact
        (0.6, "happened near", GOLD[2].arguments),  # exact
        (0.2, "ate", ("Hezbollah", "fish")),  # no relation word in common: precision 0
    )
    result = score(GOLD, found)
    # threshold 0.2: P 2/3, R 2/3; 0.6: P 1, R 2/3 (the best F1, 0.8); 0.9: P 1, R 1/3
    assert [(p.threshold, p.precision, p.recall) for p in result.curve] == [
        (0.2, pytest.approx(2 / 3), pytest.approx(2 / 3)),
        (0.6, 1.0, pytest.approx(2 / 3)),
        (0.9, 1.0, pytest.approx(1 / 3)),
    ]
    assert result.threshold == 0.6
    assert (result.precision, result.recall) == (1.0, pytest.approx(2 / 3))
    assert result.f1 == pytest.approx(0.8)
    # trapezoids over recall 2/3 -> 2/3 -> 1/3 -> 0 at precisions 2/3, 1, 1, 1: 0 + 1/3 + 1/3
    assert result.auc == pytest.approx(2 / 3)


def test_confidence_ranking_drives_best_f1_and_area():
    good = ("launched", GOLD[0].arguments)
    bad = ("ate", ("Hezbollah", "fish"))
    ranked = score(GOLD, system((0.9, *good), (0.2, *bad)))
    inverted = score(GOLD, system((0.2, *good), (0.9, *bad)))
    # ranked: at 0.9 the good tuple alone, P 1, R 1/3: F1 1/2; inverted: no threshold keeps
    # the good tuple without the bad one, at best P 1/2, R 1/3: F1 2/5
    assert ranked.f1 == pytest.approx(1 / 2)
    assert inverted.f1 == pytest.approx(2 / 5)
    # ranked: (R 1/3, P 1/2), (1/3, 1), then (0, 1): area 1/3;
    # inverted: (1/3, 1/2), (0, 0), then (0, 1): area 1/3 * 1/4 = 1/12
    assert ranked.auc == pytest.approx(1 / 3)
    assert inverted.auc == pytest.approx(1 / 12)


def test_sentences_match_without_spaces_and_punctuation():
    assert sentence_key("It was a `` take - it '' offer .") == sentence_key(
        "It was a take-it offer"
    )
    assert sentence_key("-LRB- AP -RRB- Talks") == sentence_key("(AP) Talks")
    found = [
        OpenTuple(SENTENCE.replace(" .", ".").replace(" ", "  "), "launched", GOLD[0].arguments)
    ]
    assert score(GOLD, found).precision == 1.0


def test_format_round_trips_and_bad_lines_are_named(tmp_path: Path):
    found = system((0.75, "captured", ("the militia", "two soldiers", "near Zarit")))
    write_system(tmp_path / "out.tsv", found)
    assert read_system(tmp_path / "out.tsv") == found
    assert parse_system(format_system(found)) == found
    gold_file = tmp_path / "gold.tsv"
    gold_file.write_text(f"{SENTENCE}\tlaunched\tHezbollah\tattacks\n\n", encoding="utf-8")
    assert read_gold(gold_file) == [OpenTuple(SENTENCE, "launched", ("Hezbollah", "attacks"))]
    (tmp_path / "bad.tsv").write_text(f"{SENTENCE}\tnot a number\tlaunched\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad\.tsv: system line 1"):
        read_system(tmp_path / "bad.tsv")
    with pytest.raises(ValueError, match="gold line 1"):
        parse_gold("a sentence without tabs\n")


def test_relations_are_written_in_the_sentence_voice(nlp):
    sentence = "The Internet Research Agency was charged by special counsel Robert Mueller ."
    tuples = [relation_tuple(r, sentence) for r in extract_relations(nlp(sentence))]
    assert (
        OpenTuple(
            sentence,
            "was charged by",
            ("The Internet Research Agency", "special counsel Robert Mueller"),
            tuples[0].confidence if tuples[0] else 0.0,
        )
        in tuples
    )


def test_extracted_relations_score_against_a_gold_tuple(nlp):
    sentence = "He served as the first Prime Minister of Australia ."
    gold = [OpenTuple(sentence, "served as", ("He", "the first Prime Minister of Australia"))]
    found = [t for r in extract_relations(nlp(sentence)) if (t := relation_tuple(r, sentence))]
    assert score(gold, found).f1 == 1.0


def test_a_reduced_passive_gets_its_be(nlp):
    sentence = "The IRA , charged by Robert Mueller , denied everything ."
    tuples = [relation_tuple(r, sentence) for r in extract_relations(nlp(sentence))]
    assert ("be charged by", ("The IRA", "Robert Mueller")) in [
        (t.relation, t.arguments) for t in tuples if t is not None
    ]
