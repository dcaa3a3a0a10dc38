"""A post's handle label is its speaker's speech (round 43, posts55): ``voice.POST_URL`` (a
post known by its page's address) and ``voice.POST_SPEECH`` (``address_speech`` reads a
labelled post's cue-less sentences, a spokesperson's handle opens the government's turn).

The texts are @StateDept posts of the dispute corpus (``corpus/state-department-x-*.jsonl``,
public domain) whose addresses appear in no line of any gold part, agreement file or pool;
quoted verbatim, their t.co links left out.
"""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.model import Article, DocumentGraph, Voice
from kg.nlp import load_pipeline
from kg.resolve import ActorRegistry, resolve
from kg.resolve import voice as voice_module
from kg.resolve.handles import handle_label_end
from kg.resolve.voice import is_post, labelled_post, post_account

STATE = "U.S. Department of State"

# https://twitter.com/StateDept/status/1216124137518915584 (2020-01-11),
# corpus/state-department-x-iran-protests-soleimani.jsonl
HEARS = (
    ".@SecPompeo: America hears you. America supports you. America stands with you. "
    "May God bless the people of Iran."
)
HEARS_URL = "https://twitter.com/StateDept/status/1216124137518915584"

# https://twitter.com/StateDept/status/1216368125924532226 (2020-01-12),
# corpus/state-department-x-iran-protests-soleimani.jsonl
STAND = (
    ".@StateDeptSPOX: We know that the protesters in #Iran are fighting for the right to "
    "choose their own future. We stand with them."
)
STAND_URL = "https://twitter.com/StateDept/status/1216368125924532226"


def _post(text: str, published: str, url: str) -> Article:
    """A post as the claims gold's documents give it: its page's address, no byline."""
    return Article("post", text, "test", outlet=STATE, published=published, url=url)


def _spoken(graph: DocumentGraph) -> list[tuple[str, str, str]]:
    """(claimer, stance, content) of the attributed claims of ``graph``."""
    names = {actor.id: actor.name for actor in graph.actors}
    return [
        (names[c.claimer], c.claim.stance.value, c.claim.content.text if c.claim.content else "")
        for c in graph.claims
        if c.claim.voice is Voice.ATTRIBUTED
    ]


def _graph(article: Article) -> DocumentGraph:
    return resolve(extract(load_pipeline()(article.text), article), ActorRegistry())


def test_a_post_page_names_its_account() -> None:
    assert post_account(HEARS_URL) == "@StateDept"
    assert post_account("https://x.com/SecBlinken/status/1572858236247711747") == "@SecBlinken"
    assert post_account("https://www.state.gov/secretary-blinkens-call/") == ""


def test_a_post_known_by_its_address(monkeypatch: pytest.MonkeyPatch) -> None:
    article = _post(HEARS, "2020-01-11", HEARS_URL)
    assert is_post(article)
    assert labelled_post(article, on=True)
    assert not is_post(_post(HEARS, "2020-01-11", "https://www.state.gov/briefings/"))
    monkeypatch.setattr(voice_module, "POST_URL", False)
    assert not is_post(article)


def test_the_label_is_not_the_words() -> None:
    assert handle_label_end(HEARS) == len(".@SecPompeo: ")
    assert handle_label_end(".@JohnKerry on #Ukraine: There's") == len(".@JohnKerry on #Ukraine: ")
    assert handle_label_end(STAND[STAND.index("We") :]) == 0


def test_a_handles_owner_speaks_the_posts_cue_less_sentences() -> None:
    spoken = _spoken(_graph(_post(HEARS, "2020-01-11", HEARS_URL)))
    assert {claimer for claimer, _, _ in spoken} == {"Michael R. Pompeo"}
    contents = [content for _, _, content in spoken]
    assert "America hears you" in contents  # the label's own sentence, the label left out
    assert "America stands with you" in contents  # a later sentence continues the speaker


def test_without_post_speech_the_cue_less_sentences_give_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(voice_module, "POST_SPEECH", False)
    assert _spoken(_graph(_post(HEARS, "2020-01-11", HEARS_URL))) == []


def test_a_spokespersons_handle_speaks_for_the_government() -> None:
    spoken = _spoken(_graph(_post(STAND, "2020-01-12", STAND_URL)))
    # the speaker's side standing with a party approves it (GUIDE point 57, round 44's
    # content_approved.STANDING_SIDES); before point 57 the sentence read assert
    assert ("United States", "approve", "We stand with them") in spoken
    assert all(claimer == "United States" for claimer, _, _ in spoken)
