"""The article's metadata at extraction, and a post's speaker under another spelling (round
25, issue 13, branch ``posts25``).

The build extracts in its parser processes (:class:`kg.nlp.Extractor`); from this round the
extractor is given the article's metadata beside its text in every engine, so that
``post_voice`` is read in official posts only (:data:`kg.extract.KIND_GATES`).  A post's
speaker found through the handle table under a spelling that differs by a middle initial
from the actor's first name answers to that spelling, and the allegations scorer takes such
names as one.

The texts are @StateDept posts of the dispute corpus
(``corpus/state-department-x-israel-hamas.jsonl``, ``...-russia-referenda.jsonl``) and a
Kremlin transcript
(``corpus/kremlin-russia-ukraine.jsonl``), public domain, in no gold part or agreement file.
"""

from __future__ import annotations

from kg.evaluate.allegations import claimer_matches
from kg.extract import families
from kg.extract.claims.posts import POST_RULE
from kg.model import Article, Extraction
from kg.resolve import ActorRegistry, resolve
from kg.stages import extract_articles

STATE = "U.S. Department of State"

# https://twitter.com/StateDept/status/1714134877136732200 (2023-10-17),
# corpus/state-department-x-israel-hamas.jsonl
AGENDA = (
    "Hamas is a terrorist group. Its only agenda is to destroy the state of Israel and to "
    "murder Jews. And it’s important that the entire world see it as such. This is an "
    "important moment for moral clarity when it comes to Hamas. - @SecBlinken "
    "https://t.co/5HcjUfbLFg"
)
# https://twitter.com/StateDept/status/1575998935537135616 (2022-10-01),
# corpus/state-department-x-russia-referenda.jsonl
SHAM = (
    ".@POTUS: The United States will never, never, never recognize Russia’s claims on Ukraine "
    "sovereign territory. This so-called referenda was a sham — an absolute sham — and the "
    "results were manufactured in Moscow. https://t.co/Vkxw6M3Jws"
)
# https://twitter.com/StateDept/status/1575614992128233472 (2022-09-29),
# corpus/state-department-x-russia-referenda.jsonl
BRIEFING = (
    "During today’s briefing, @StateDeputySpox discussed China, Iran, and condemned Russia’s "
    "sham referenda. “We will continue to use the various tools and levers at our disposal to "
    "hold Russia accountable and to continue to support the Ukrainian people.” More: "
    "https://t.co/mhy5o2mBIn"
)
# https://twitter.com/StateDept/status/1208115071588716544 (2019-12-20),
# corpus/state-department-x-iran-protests-soleimani.jsonl
THIS_WEEK = (
    "This week, @SecPompeo reaffirmed U.S. support for #HumanRightsforIran and co-hosted the "
    "#USIndia 2+2 Ministerial Dialogue with @EsperDoD. We also helped launch the "
    "#GrowthintheAmericas initiative to foster greater prosperity in the Western Hemisphere. "
    "https://t.co/VWFYLT0aO6"
)
# http://en.kremlin.ru/events/president/news/67766 (2022-02-14),
# corpus/kremlin-russia-ukraine.jsonl
GENEVA = (
    "US Secretary of State Antony Blinken asked me for a separate meeting to clarify certain "
    "questions, and we had a meeting in Geneva."
)


def _post(text: str = SHAM) -> Article:
    return Article(
        id="post",
        text=text,
        source="test-post",
        outlet=STATE,
        published="2023-10-17",
        byline="@StateDept",
    )


def _news(text: str = SHAM) -> Article:
    return Article(id="news", text=text, source="test-news", outlet="Reuters")


def _own_voice(extraction: Extraction) -> list[str]:
    return [c.rule for c in extraction.claims if c.rule.split("+")[0] == POST_RULE]


def test_post_voice_is_a_family_of_official_posts_only() -> None:
    assert POST_RULE in families(_post())
    assert POST_RULE not in families(_news())
    assert POST_RULE not in families(Article("a", SHAM, "s", outlet=STATE))  # no handle


def _kept(extraction: Extraction) -> list[str]:
    graph = resolve(extraction, ActorRegistry())
    return [c.claim.rule for c in graph.claims if c.claim.rule.split("+")[0] == POST_RULE]


def test_the_build_keeps_a_posts_own_voice_and_no_other_texts() -> None:
    """The build's parser processes see the text alone: they read the post's own voice in
    every text, and resolution keeps it in the official post only."""
    post, news = extract_articles([_post(), _news()])
    assert _own_voice(post) and _kept(post)
    assert _own_voice(news) and not _kept(news)  # read, then dropped: a news text
    assert post.article == _post() and news.article == _news()


def test_the_parser_processes_read_the_same() -> None:
    """With ``jobs=2`` the extractor runs in spaCy's worker processes: the same claims."""
    post, news = extract_articles([_post(), _news()], jobs=2)
    (alone,) = extract_articles([_post()])
    assert _own_voice(post) == _own_voice(alone)
    assert _kept(post) and not _kept(news)


def test_a_posts_speaker_known_by_another_spelling_answers_to_the_tables() -> None:
    """The registry first meets "Antony Blinken" (a transcript); the post's closing handle
    gives the handle table's "Antony J. Blinken", the same person: the post's speaker is
    that actor, and in the post it has the table's spelling as an alias (without which
    the scorer's gold names, "Antony J. Blinken" and the handle, missed it)."""
    registry = ActorRegistry()
    (transcript,) = extract_articles(
        [Article("kremlin", GENEVA, "k", outlet="President of Russia", published="2022-02-14")]
    )
    resolve(transcript, registry)
    (post,) = extract_articles([_post(AGENDA)])
    graph = resolve(post, registry)
    actors = {actor.id: actor for actor in graph.actors}
    assert {c.claimer for c in graph.claims} == {"antony-blinken"}
    assert "Antony J. Blinken" in actors["antony-blinken"].aliases


def test_the_scorer_takes_a_name_apart_by_a_middle_initial_as_one() -> None:
    gold = ("Antony J. Blinken", "@SecBlinken", "Secretary Blinken", "Blinken")
    assert claimer_matches(("Antony Blinken",), gold)
    assert not claimer_matches(("Anthony Blinken",), gold[:1])
    assert not claimer_matches(("Hillary Clinton",), ("Hillary Rodham Clinton",))


def _claimers(text: str, published: str) -> dict[str, str]:
    post = Article("post", text, "s", outlet=STATE, published=published, byline="@StateDept")
    (extraction,) = extract_articles([post])
    graph = resolve(extraction, ActorRegistry())
    names = {actor.id: actor.name for actor in graph.actors}
    return {c.claim.rule: names[c.claimer] for c in graph.claims}


def test_the_accounts_own_handle_as_a_speaker_is_the_account() -> None:
    """ "@StateDeputySpox ... condemned": the spokesperson's handle is the account's own
    voice (the handle table's "publisher"), not an actor named "@StateDeputySpox"."""
    claimers = _claimers(BRIEFING, "2022-09-29")
    assert claimers["reported_speech"] == "United States"


def test_an_officials_handle_as_a_speaker_is_its_holder_of_the_day() -> None:
    assert _claimers(THIS_WEEK, "2019-12-20")["stance_noun"] == "Michael R. Pompeo"
