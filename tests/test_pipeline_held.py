"""What a build holds per document, kept small (issue 14: memory flat with the corpus):
the repeat check (:class:`kg.pipeline._Seen`), the quad spool's index
(:class:`kg.spool._GraphIndex`) and the allegation summaries spooled to disk
(:class:`kg.resolve.summaries.SummarySpool`) answer as the dicts and lists they replace."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from kg.model import AllegationSummary, ClaimNote, Stance
from kg.pipeline import _Seen
from kg.resolve.summaries import SummarySpool
from kg.spool import _GraphIndex


@pytest.mark.parametrize("collide", [False, True])
def test_seen_answers_as_a_dict(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, collide: bool
) -> None:
    if collide:  # every id one hash: found by reading the ids back, never by the hash
        monkeypatch.setattr(_Seen, "_hash", staticmethod(lambda key: 7))
    rng = random.Random(3)
    reference: dict[str, tuple[str, bytes]] = {}
    with _Seen(tmp_path) as seen:
        for n in range(300 if collide else 5000):
            key = f"https://example.org/news/{rng.randrange(4000)}"
            digest = rng.randbytes(32)
            assert seen.get(key) == reference.get(key)
            if key not in reference:
                reference[key] = (f"feed.jsonl#{n}", digest)
                seen.add(key, f"feed.jsonl#{n}", digest)
        for key, found in reference.items():
            assert seen.get(key) == found
        assert seen.get("https://example.org/news/none") is None
    assert list(tmp_path.iterdir()) == []  # its file was unnamed


def test_graph_index_keeps_order_and_names(tmp_path: Path) -> None:
    index = _GraphIndex()
    rows = [(f"https://example.org/kg/doc/{n:x}\u00e9", 17 * n, n + 1) for n in range(1000)]
    for row in rows:
        index.append(*row)
    assert list(index) == rows and len(index) == 1000 and index[999] == rows[999]


def test_summary_spool_reads_back_what_was_added(tmp_path: Path) -> None:
    def summary(n: int) -> AllegationSummary:
        notes = (ClaimNote(f"c{n}", Stance.ACCUSE, "uk", "uk", hedged=n % 2 == 0),)
        return AllegationSummary(
            f"a{n}", f"d{n // 2}", "2024-03-01" if n % 3 else None, None, "shelling",
            ("ru",), ("ru",), (), ("shell", "hospit"), False, notes,
            names=(("ru", "Russia", "state"),), places=("kharkiv",) if n % 4 else (),
        )  # fmt: skip

    made = [summary(n) for n in range(50)]
    with SummarySpool(tmp_path) as spool:
        for start in range(0, 50, 2):
            spool.add(made[start : start + 2])
        assert list(spool) == made and list(spool) == made  # a new pass each time
        back = list(spool)
        assert back[0].terms[0] is back[49].terms[0]  # interned again
        assert back[0].claims[0].claimer is back[49].claims[0].claimer


def test_a_document_given_twice_is_read_once(tmp_path: Path) -> None:
    """The repeat check in a build's reading: the same text again is a notice, another text
    under the same id a problem, each naming the first source."""
    import json

    from kg.options import BuildOptions
    from kg.pipeline import _Run

    records = [
        {"url": "https://example.org/a", "text": "Moscow denied the accusations."},
        {"url": "https://example.org/b", "text": "Kyiv accused Moscow of shelling."},
        {"url": "https://example.org/a", "text": "Moscow denied the accusations."},
        {"url": "https://example.org/b", "text": "Another text under the same address."},
    ]
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    options = BuildOptions.of(None, store=None, html=False)
    run = _Run([feed], tmp_path / "out", options, "model", None)
    with run.sink:
        read = [article.source for article in run.articles()]
    assert read == [f"{feed}#1", f"{feed}#2"]
    assert run.notices == [f"{feed}#3: the same document as {feed}#1"]
    assert [p.source for p in run.problems] == [f"{feed}#4"]
    assert f"same document id as {feed}#2" in run.problems[0].message
