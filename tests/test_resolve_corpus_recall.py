"""Corpus allegations: one act told in other words joins across documents, other acts
against the same accused stay apart.

The merge compares the terms of the act, not of the frame around it: a condemnation of
"the reported strikes by Russia's forces" names the act (the reference and doer words
are left out), "shelling" and "strikes" are one act, "war crimes" is not the "war" of
"Russia's unprovoked war".  Each article is parsed by the real pipeline.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import kg
from kg.resolve.corpus import corpus_allegations, proposition_terms

ARTICLES = [
    ("wire/2023/kharkiv-1", "Wire One", "2023-05-02",
     "The United States condemned the reported strikes by Russia's forces on hospitals and "
     "schools in Kharkiv. Officials said the city had been hit repeatedly."),
    ("gazette/2023/kharkiv-2", "Gazette", "2023-05-04",
     "Germany condemned the Russian shelling of schools and hospitals in Kharkiv. The "
     "ministry called for an investigation."),
    ("daily/2023/children", "State Daily", "2023-05-05",
     "Poland condemned Russia's deportation of Ukrainian children to Belarus. The foreign "
     "ministry summoned the Russian ambassador."),
    ("wire/2023/war-crimes", "Wire One", "2023-05-06",
     "France accused Russia's forces of committing war crimes in Ukraine."),
    ("gazette/2023/war", "Gazette", "2023-05-07",
     "Canada condemned Russia's unprovoked and unjustifiable war against Ukraine."),
    # other acts of the war: "Ukraine" is in most allegations of a corpus, and weighs little
    ("daily/2023/ports", "State Daily", "2023-05-08",
     "Turkey criticized Russia's blockade of Ukraine's Black Sea ports."),
    ("wire/2023/plant", "Wire One", "2023-05-09",
     "Japan condemned Russia's seizure of the nuclear power plant in Ukraine."),
    ("gazette/2023/grain", "Gazette", "2023-05-10",
     "Italy accused Russia of stealing grain from Ukraine."),
]  # fmt: skip


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> kg.pipeline.BuildResult:
    folder = tmp_path_factory.mktemp("recall")
    source = folder / "acts.jsonl"
    lines = [
        json.dumps(
            {
                "url": f"https://example.org/{path}",
                "outlet": outlet,
                "published": day,
                "title": path,
                "text": text,
            }
        )  # fmt: skip
        for path, outlet, day, text in ARTICLES
    ]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return kg.build([source], out=folder / "out", formats=("turtle",))


def grouped(build: kg.pipeline.BuildResult) -> list[set[str]]:
    """Each corpus allegation against Russia as the set of its documents' URL tails."""
    url = {d.article.id: (d.article.url or "").rsplit("/", 1)[-1] for d in build.documents}
    merged = corpus_allegations(build.documents)
    return [
        {url[m.rsplit("-a", 1)[0]] for m in a.members}
        for a in merged.allegations
        if a.accused == ("russia",)
    ]


def test_two_documents_about_one_act_in_different_words_join(
    built: kg.pipeline.BuildResult,
) -> None:
    # "the reported strikes by Russia's forces on hospitals and schools" and "the Russian
    # shelling of schools and hospitals": a condemnation of reports still names the act
    assert {"kharkiv-1", "kharkiv-2"} in grouped(built)


def test_different_acts_against_one_accused_stay_apart(built: kg.pipeline.BuildResult) -> None:
    found = grouped(built)
    # war crimes, the war itself and the deportation of children: three acts
    assert {"war-crimes"} in found
    assert {"war"} in found
    assert {"children"} in found
    assert all(len(group) == 1 for group in found if group != {"kharkiv-1", "kharkiv-2"}), found


def test_the_terms_are_the_act_not_its_frame() -> None:
    reported = proposition_terms("the reported strikes by Russia's forces on hospitals")
    shelling = proposition_terms("the continuing shelling of hospitals")
    # (in a document, "Russia" is a mention: the accused's side, compared apart)
    assert reported - {"russia"} == shelling == {"attack", "hospital"}
    assert "report" not in reported and "forc" not in reported and "continu" not in shelling
    # state.gov, "$100 Million in New U.S. Civilian Security Assistance for Ukraine"
    # (corpus/state-department-russia-ukraine.jsonl, a text with no gold sentence)
    crimes = proposition_terms("his forces, including those who have committed war crimes")
    war = proposition_terms("Russia's unprovoked and unjustifiable war against Ukraine")
    assert not (crimes & war) - {"russia", "ukrain"}  # "war crimes" shares no word with "war"
    assert proposition_terms("an unjustified war") == proposition_terms("an unjustifiable war")
    assert proposition_terms("grain stolen from Ukraine") & proposition_terms("the looting")


def test_a_denial_that_points_back_still_states_nothing(tmp_path: Path) -> None:
    # a condemnation of "reports" names the act; a rejection of "the allegations" does not
    article = {
        "url": "https://example.org/daily/2023/denial", "outlet": "State Daily",
        "published": "2023-05-08", "title": "Moscow rejects",
        "text": "Russia rejected the allegations as absurd and politically motivated.",
    }  # fmt: skip
    source = tmp_path / "denial.jsonl"
    source.write_text(json.dumps(article) + "\n", encoding="utf-8")
    build = kg.build([source], out=tmp_path / "out", formats=("turtle",))
    from kg.resolve.corpus import allegation_summaries

    summaries = [s for d in build.documents for s in allegation_summaries(d)]
    assert summaries and all(s.points_back for s in summaries)
