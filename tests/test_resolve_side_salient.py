"""A news story's assertion that joins nothing else joins the most salient of the story's
charges its speaker's side accuses in (:data:`kg.resolve.allegations.SIDE_SALIENT`, off).

The text is constructed (marked so), in the shape of a Voice of America story on the Kerch
Strait seizure: the story's most salient charge is NATO's and Ukraine's, the United States'
criticism a charge of one claim, and the U.S. President's assertion after it.
"""

from __future__ import annotations

import pytest

import kg.resolve.allegations as allegations
from kg.extract import extract
from kg.model import Article, DocumentGraph
from kg.resolve import resolve

# constructed
TEXT = (
    "The alliance condemned Moscow's use of force against Ukrainian sailors near Crimea. "
    "Ukraine accused Russia of seizing three of its naval ships. "
    "The United States has also criticized the Russian actions in the Kerch Strait. "
    "On Friday, U.S. President Donald Trump said he was calling off a planned meeting with the "
    "Russian leader."
)


def story(nlp, on: bool, monkeypatch: pytest.MonkeyPatch) -> DocumentGraph:
    monkeypatch.setattr(allegations, "SIDE_SALIENT", on)
    article = Article(
        "doc", TEXT, "https://www.voanews.com/a/story.html", outlet="Voice of America"
    )
    return resolve(extract(nlp(TEXT), article))


def by_cue(graph: DocumentGraph) -> dict[str, tuple[str, str | None]]:
    return {c.claim.cue.text: (c.claim.stance.value, c.allegation) for c in graph.claims}


def test_the_speakers_side_charge_takes_its_assertion(nlp, monkeypatch) -> None:
    claims = by_cue(story(nlp, True, monkeypatch))
    _, charge = claims["criticized"]
    assert charge is not None
    assert claims["said"] == ("assert", charge)


def test_off_the_assertion_joins_nothing(nlp, monkeypatch) -> None:
    claims = by_cue(story(nlp, False, monkeypatch))
    assert claims["said"] == ("assert", None)
