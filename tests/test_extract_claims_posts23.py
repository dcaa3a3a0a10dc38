"""The voice of an official account's posts (round 23, issue 13, branch ``posts23``):
``post_voice`` (kg.extract.claims.posts) and the handles' owners (kg.resolve.handles).

The texts are @StateDept posts of the dispute corpus (``corpus/state-department-x-*.jsonl``,
public domain) that hold no sentence of any gold part or agreement file.
"""

from __future__ import annotations

import pytest

import kg.extract
from kg.extract import extract
from kg.extract.claims import OPTIONAL
from kg.model import Article, DocumentGraph, Stance
from kg.nlp import load_pipeline
from kg.resolve import ActorRegistry, resolve
from kg.resolve.handles import PUBLISHER, handle_owner, handle_turns
from kg.resolve.voice import is_post

STATE = "U.S. Department of State"
#: The account's own voice: the publisher's government (the gold's alias of the department).
STATE_VOICE = "United States"

# "Ukraine's Filing Against Russia at the International Court of Justice", 2022-03-02
# (https://www.state.gov/ukraines-filing-against-russia-at-the-international-court-of-justice/,
# corpus/state-department-russia-ukraine.jsonl): a statement's sentence, read as a post's
CEASE_DUTY = (
    "This is another clear indication that Russia must cease its military activities in Ukraine."
)

# https://twitter.com/StateDept/status/1575998935537135616 (2022-10-01),
# corpus/state-department-x-russia-referenda.jsonl
SHAM_VOTE = (
    ".@POTUS: The United States will never, never, never recognize Russia’s claims on Ukraine "
    "sovereign territory. This so-called referenda was a sham — an absolute sham — and the "
    "results were manufactured in Moscow. https://t.co/Vkxw6M3Jws"
)


@pytest.fixture(autouse=True)
def _post_voice_on(monkeypatch: pytest.MonkeyPatch) -> None:
    """``post_voice`` is on by default from round 24; kept on here whatever OPTIONAL says."""
    monkeypatch.setattr(kg.extract, "OPTIONAL", OPTIONAL - {"post_voice"})


def _graph(text: str, published: str, *, post: bool = True) -> DocumentGraph:
    article = Article(
        id="post",
        text=text,
        source="test",
        outlet=STATE if post else "Reuters",
        published=published,
        byline="@StateDept" if post else None,
    )
    return resolve(extract(load_pipeline()(text), article), ActorRegistry())


def _post_claims(graph: DocumentGraph) -> list[tuple[str, str, list[str]]]:
    names = {actor.id: actor.name for actor in graph.actors}
    return [
        (names[c.claimer], c.claim.stance.value, [names[t] for t in c.targets])
        for c in graph.claims
        if c.claim.rule.split("+")[0] == "post_voice"
    ]


def test_a_post_is_an_official_publisher_with_the_account_as_byline() -> None:
    assert is_post(Article("a", "...", "s", outlet=STATE, byline="@StateDept"))
    assert not is_post(Article("a", "...", "s", outlet=STATE))
    assert not is_post(Article("a", "...", "s", outlet="Reuters", byline="@Reuters"))


@pytest.mark.parametrize(
    ("handle", "date", "owner"),
    [
        ("SecBlinken", "2023-10-17", "Antony J. Blinken"),
        ("POTUS", "2022-10-01", "Joseph R. Biden, Jr."),
        ("POTUS", "2018-10-01", "Donald J. Trump"),
        ("StateDeptSpox", "2022-09-26", PUBLISHER),
        ("SecBlinken", "2019-01-01", None),
        ("OAS_official", "2018-05-07", None),
    ],
)
def test_a_handle_has_the_owner_of_its_date(handle: str, date: str, owner: str | None) -> None:
    assert handle_owner(handle, date) == owner


def test_an_opening_handle_gives_the_speaker() -> None:
    assert [(t.start, t.owner) for t in handle_turns(SHAM_VOTE, "2022-10-01")] == [
        (0, "Joseph R. Biden, Jr.")
    ]


def test_a_duty_to_change_conduct_criticizes_its_subject() -> None:
    claims = _post_claims(_graph(CEASE_DUTY, "2022-03-02"))
    assert (STATE_VOICE, Stance.CRITICIZE.value, ["Russia"]) in claims


def test_an_opening_handle_speaks_the_account_s_own_voice() -> None:
    claims = _post_claims(_graph(SHAM_VOTE, "2022-10-01"))
    assert claims and {claimer for claimer, _, _ in claims} == {"Joseph R. Biden, Jr."}


def test_wire_copy_keeps_no_post_voice_claim() -> None:
    assert _post_claims(_graph(CEASE_DUTY, "2022-03-02", post=False)) == []
    assert _post_claims(_graph(SHAM_VOTE, "2022-10-01", post=False)) == []


def test_post_voice_is_on_by_default() -> None:
    # round 23 shipped it off (the held-out blind13 lost 0.001); round 24 (posts24) measured
    # no held-out part lower (benchmarks/allegations/RESULTS.md)
    assert "post_voice" not in OPTIONAL
