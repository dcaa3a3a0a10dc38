"""Labels, hashtags and closed quotations in an official account's posts (round 24, issue 13,
branch ``posts24``): ``kg.resolve.handles`` (a label's title in ``kg/data/post_labels.tsv``)
and ``post_voice`` (kg.extract.claims.posts).

The texts are @StateDept posts of the dispute corpus (``corpus/state-department-x-*.jsonl``,
public domain) that hold no sentence of any gold part or agreement file.
"""

from __future__ import annotations

import pytest

import kg.extract
from kg.extract import extract
from kg.extract.claims import OPTIONAL
from kg.model import Article, DocumentGraph
from kg.nlp import load_pipeline
from kg.resolve import ActorRegistry, resolve
from kg.resolve.handles import PUBLISHER, handle_turns, label_owner

STATE = "U.S. Department of State"

# https://twitter.com/StateDept/status/963823968984604673 (2018-02-14),
# corpus/state-department-x-syria-ghouta-2018.jsonl (round 25: the earlier Salisbury posts
# here are in blind23's second annotation now)
SOLIDARITY = (
    ".@USUN Ambassador Haley: If the Geneva process is going to work, we need to see a change. "
    "As one of Assad’s key backers, #Russia can change this behavior."
)
# corpus/state-department-x-syria-2012.jsonl (2012-08-16)
SPOKESPERSON = (
    "Spokesperson Victoria Nuland: OIC suspension of #Syria underscores Assad regime's "
    "increasing international isolation."
)
# corpus/state-department-x-russia-referenda.jsonl (2022-09-29)
RESOLUTION = (
    ".@USAmbUN: We are putting forward a resolution that condemns these sham referenda, calls "
    "on all states to not recognize any altered status of Ukraine, and obligates Russia to "
    "withdraw its troops from Ukraine immediately."
)
# https://twitter.com/StateDept/status/1575998935537135616 (2022-10-01),
# corpus/state-department-x-russia-referenda.jsonl
SHAM = (
    ".@POTUS: The United States will never, never, never recognize Russia’s claims on Ukraine "
    "sovereign territory. This so-called referenda was a sham — an absolute sham — and the "
    "results were manufactured in Moscow. https://t.co/Vkxw6M3Jws"
)
# corpus/state-department-x-nicaragua.jsonl (2018-04-23)
ADVISORY = (
    "Travel Advisory for U.S. Citizens: Reconsider travel to #Nicaragua due to crime and "
    "civil unrest."
)
# corpus/state-department-x-israel-hamas.jsonl (2024-01-09)
TIME_MOVES = (
    '"We know that for the people who are most affected by the attacks and the conflict '
    'that’s followed, time moves differently." —@SecBlinken on the immense human toll from '
    "the Israel-Hamas conflict https://t.co/cGd6JZxItN"
)


@pytest.fixture(autouse=True)
def _post_voice_on(monkeypatch: pytest.MonkeyPatch) -> None:
    """``post_voice`` (on by default from round 24) kept on whatever OPTIONAL says."""
    monkeypatch.setattr(kg.extract, "OPTIONAL", OPTIONAL - {"post_voice"})


def _graph(text: str, published: str) -> DocumentGraph:
    article = Article(
        id="post",
        text=text,
        source="test",
        outlet=STATE,
        published=published,
        byline="@StateDept",
    )
    return resolve(extract(load_pipeline()(text), article), ActorRegistry())


@pytest.mark.parametrize(
    ("label", "date", "owner"),
    [
        ("Ambassador Haley", "2018-02-14", "Nikki R. Haley"),  # the table knows the surname then
        ("Ambassador Nikki Haley", "2018-04-18", "Nikki Haley"),
        ("Special Representative for Iran Jane Roe", None, "Jane Roe"),  # the brief skipped
        ("President @POTUS", "2022-10-01", "Joseph R. Biden, Jr."),
        ("Acting Dep. Spokesperson Doe", None, PUBLISHER),
        ("Travel Advisory for U.S. Citizens", None, None),  # no title: a heading
        ("Secretary Roe's Travel", None, None),
    ],
)
def test_a_label_gives_its_official(label: str, date: str | None, owner: str | None) -> None:
    assert label_owner(label, date) == owner


def test_a_label_opens_a_turn_and_a_heading_does_not() -> None:
    assert [(t.start, t.owner) for t in handle_turns(SOLIDARITY, "2018-02-14")] == [
        (0, "Nikki R. Haley")
    ]
    assert [t.owner for t in handle_turns(SPOKESPERSON, "2012-08-16")] == [PUBLISHER]
    assert handle_turns(ADVISORY, "2018-04-23") == []


def test_a_hashtag_of_the_table_opens_a_post_as_a_handle() -> None:
    text = "#SecClinton: " + SOLIDARITY.split(": ", 1)[1]
    assert [t.owner for t in handle_turns(text, "2012-09-12")] == ["Hillary Rodham Clinton"]


def test_a_closing_label_attributes_the_post() -> None:
    text = SOLIDARITY.split(": ", 1)[1] + " - Special Envoy Roe"
    assert [(t.start, t.owner) for t in handle_turns(text, None)] == [(0, "Roe")]


def test_an_office_handle_gives_its_holder_of_the_day() -> None:
    assert [t.owner for t in handle_turns(RESOLUTION, "2022-09-29")] == ["Linda Thomas-Greenfield"]


def test_a_closed_quotation_with_no_charge_makes_no_post_claim() -> None:
    graph = _graph(TIME_MOVES, "2024-01-09")
    assert not [c for c in graph.claims if c.claim.rule.startswith("post_voice")]


def test_the_build_path_reads_a_post_in_its_own_voice() -> None:
    """The build extracts in its parser processes, where the article is not yet known
    (:class:`kg.nlp.Extractor`): ``post_voice`` must be read there too, resolution keeping
    its claims in official posts only.  Round 24 gated it on the article at extraction,
    and the build then found none in any post."""
    from kg.stages import extract_articles

    article = Article(
        id="post",
        text=SHAM,
        source="test",
        outlet=STATE,
        published="2022-10-01",
        byline="@StateDept",
    )
    (extraction,) = extract_articles([article])
    graph = resolve(extraction, ActorRegistry())
    assert [c for c in graph.claims if c.claim.rule.split("+")[0] == "post_voice"]
