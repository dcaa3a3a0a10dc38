"""The claims benchmark's document scope (``benchmarks/claims/run.py --scope document``) on a
small gold file written here: documents rebuilt from their gold sentences, parsed once, each
sentence scored on its own range, and documents whose gold skips sentences falling back."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

from kg.evaluate.claims import load_gold

ROOT = Path(__file__).parent.parent
SOURCE = {
    "title": "Afghanistan Accuses Pakistan of Sheltering Militants",
    "url": "https://example.org/afghan-pakistan",
    "date": "2011-06-14",
    "publisher": "Voice of America",
}
LEAD = "Afghanistan's foreign minister, Zalmai Rassoul, accused Pakistan on Tuesday of sheltering militants."  # noqa: E501
FOLLOW = "He said the attacks across the border must stop."
DENIAL = "Pakistan's Foreign Office rejected the charge."
# a second document whose gold leaves a sentence out: the third item's context has it
OTHER = [
    ("Sudan accused Chad of backing rebels in Darfur.", None),
    ("Chad denied the accusation on Friday.", None),
    (
        "A spokesman said Sudan was trying to hide its own failures.",
        "The rebels attacked a town near the border. Chad denied the accusation on Friday.",
    ),
]


def _run() -> ModuleType:  # benchmarks/ is no package
    path = ROOT / "benchmarks" / "claims" / "run.py"
    spec = importlib.util.spec_from_file_location("claims_run", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _line(id_: str, text: str, context: str | None = None) -> str:
    record = {
        "id": id_,
        "split": "dev",
        "text": text,
        "source": SOURCE,
        "licence": "made up for a test",
        "tags": [],
        "claims": [],
    }
    if context:
        record["context"] = context
    return json.dumps(record)


@pytest.fixture()
def gold_file(tmp_path: Path) -> Path:
    lines = [
        # out of order on purpose: documents are rebuilt in id order
        _line("afghan-pakistan-02", FOLLOW),
        _line("afghan-pakistan-01", LEAD, context="The border has been tense for weeks."),
        _line("afghan-pakistan-03", DENIAL),
        *(_line(f"sudan-chad-0{n}", text, context) for n, (text, context) in enumerate(OTHER, 1)),
    ]
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_document_is_rebuilt_in_id_order_with_the_first_context(gold_file: Path) -> None:
    run = _run()
    gold = sorted(
        (s for s in load_gold(gold_file) if s.id.startswith("afghan")), key=lambda s: s.id
    )
    text, ranges = run.document_text(gold)
    assert text == f"The border has been tense for weeks. {LEAD} {FOLLOW} {DENIAL}"
    assert [text[start:end] for start, end in ranges] == [LEAD, FOLLOW, DENIAL]


def test_a_context_with_a_sentence_the_gold_lacks_shows_a_gap(gold_file: Path) -> None:
    run = _run()
    gold = sorted((s for s in load_gold(gold_file) if s.id.startswith("sudan")), key=lambda s: s.id)
    assert not run.skips_before(gold[1], gold[:1])  # no context: nothing to tell
    assert run.skips_before(gold[2], gold[:2])  # "The rebels attacked ..." is not in the gold
    repeat = gold[2].__class__(**{**gold[2].__dict__, "context": gold[0].text})
    assert not run.skips_before(repeat, gold[:2])  # repeats an earlier gold sentence


def test_each_document_is_parsed_once_and_scored_by_sentence(gold_file: Path) -> None:
    run = _run()
    gold = load_gold(gold_file)
    items, gapped = run.parse_documents(gold, None)
    assert gapped == ["sudan-chad"]
    by_id = dict(zip((s.id for s in gold), items, strict=True))
    afghan = [by_id[f"afghan-pakistan-0{n}"] for n in (1, 2, 3)]
    assert len({id(extraction) for extraction, *_ in afghan}) == 1  # one parse, one extraction
    assert all(end is not None for *_, end in afghan)
    assert all(by_id[f"sudan-chad-0{n}"][3] is None for n in (1, 2, 3))  # sentence scope
    article = afghan[0][0].article
    assert (article.title, article.outlet, article.published) == (
        SOURCE["title"],
        "Voice of America",
        SOURCE["date"],
    )

    document = dict(zip((s.id for s in gold), run.score_items(items), strict=True))
    alone = run.parse_items([s for s in gold if s.id == "afghan-pakistan-02"], None)
    sentence = run.score_items([(e, doc, start, None) for e, doc, start in alone])[0]
    # the lead's claim stays on the lead; "He" is the minister only in the whole document
    assert document["afghan-pakistan-01"]
    assert all(c.claimer == "Zalmai Rassoul" for c in document["afghan-pakistan-02"])
    assert document["afghan-pakistan-02"]
    assert not any(c.claimer == "Zalmai Rassoul" for c in sentence)
    assert all("sheltering" not in (c.content or "") for c in document["afghan-pakistan-02"])


def test_main_scores_the_document_scope_and_names_the_fallbacks(
    gold_file: Path, tmp_path: Path
) -> None:
    run = _run()
    out = tmp_path / "scores.json"
    assert run.main(["--gold", str(gold_file), "--scope", "document", "--json", str(out)]) == 0
    summary = json.loads(out.read_text(encoding="utf-8"))
    assert summary["dev"]["scope"] == "document"
    assert summary["dev"]["sentence_scope_documents"] == ["sudan-chad"]
    assert run.main(["--gold", str(gold_file), "--json", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["dev"]["scope"] == "sentence"


def test_enable_switches_an_optional_family_on_and_rejects_others() -> None:
    run = _run()
    assert "doubted_will" in run.rule_set(["doubted_will"])
    assert "doubted_will" not in run.rule_set()
    with pytest.raises(ValueError):
        run.rule_set(["reported_speech"])  # on already: not an optional family


def test_a_setting_names_an_existing_switch_and_is_restored() -> None:
    from kg.extract.claims import speech_quotes

    run = _run()
    with pytest.raises(ValueError):
        run.parse_setting("kg.extract.claims.speech_quotes.NO_SUCH_SWITCH=True")
    with run.settings(["kg.extract.claims.speech_quotes.INTRODUCE_ANY=True"]):
        assert speech_quotes.INTRODUCE_ANY is True
    assert speech_quotes.INTRODUCE_ANY is False


def test_the_ablation_rows_follow_enable_and_ablate_set(
    gold_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from kg.extract.claims import speech_quotes

    run = _run()
    args = ["--gold", str(gold_file), "--part", "dev", "--ablation"]
    args += ["--enable", "doubted_will", "--ablate", "doubted_will", "--ablate", "little_done"]
    args += ["--ablate-set", "kg.extract.claims.speech_quotes.INTRODUCE_ANY=True"]
    assert run.main(args) == 0
    out = capsys.readouterr().out
    assert "| without `doubted_will` |" in out  # enabled: the row removes it
    assert "| with `little_done` |" in out  # off: the row adds it
    assert "| with `kg.extract.claims.speech_quotes.INTRODUCE_ANY=True` |" in out
    assert speech_quotes.INTRODUCE_ANY is False


def test_a_cached_parse_is_read_back_only_in_its_own_scope(
    gold_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run, cache = _run(), tmp_path / "parse.pkl"
    assert run.main(["--gold", str(gold_file), "--cache", str(cache)]) == 0
    assert run.main(["--gold", str(gold_file), "--cache", str(cache)]) == 0  # read back
    with pytest.raises(SystemExit):
        run.main(["--gold", str(gold_file), "--scope", "document", "--cache", str(cache)])
    assert "holds a sentence-scope parse of 6 sentences" in capsys.readouterr().err
