"""A threat told before the charge it answers joins that charge
(:data:`kg.resolve.allegations.THREATS_AFTER`, round 39, alleg44).  The text is constructed."""

from __future__ import annotations

from kg.extract import extract
from kg.model import Article, Stance
from kg.resolve import allegations, resolve

LEAD = (
    "The United States says it will impose new economic sanctions on North Korea for the "
    "murder of Kim Jong Nam. "
    "The State Department accused North Korea of using a chemical weapon to kill Kim Jong Nam "
    "at a Malaysian airport."
)


def threats_joined(nlp, mode: str | None, monkeypatch, url: str) -> tuple[int, int]:
    monkeypatch.setattr(allegations, "THREATS_AFTER", mode)
    article = Article("doc", LEAD, url, outlet="Voice of America")
    graph = resolve(extract(nlp(LEAD), article, gate=False))
    threats = {c.id for c in graph.claims if c.claim.stance is Stance.THREATEN}
    joined = {i for a in graph.allegations for i in a.claims}
    return len(threats), len(threats & joined)


def test_off_the_lead_threat_joins_nothing(nlp, monkeypatch) -> None:
    made, joined = threats_joined(nlp, None, monkeypatch, "https://www.voanews.com/a/s.html")
    assert made and not joined


def test_news_the_lead_threat_joins_the_later_charge(nlp, monkeypatch) -> None:
    made, joined = threats_joined(nlp, "news", monkeypatch, "https://www.voanews.com/a/s.html")
    assert made and joined == made


COUNTER = (
    "The FBI accused North Korea of hacking Sony Pictures last month. "
    "North Korea denied the charge. It threatened what it called a merciless reaction."
)


def counter_joined(nlp, on: bool, monkeypatch) -> bool:
    monkeypatch.setattr(allegations, "COUNTER_THREATS", on)
    article = Article("doc", COUNTER, "https://www.voanews.com/a/s.html", outlet="Voice of America")
    graph = resolve(extract(nlp(COUNTER), article, gate=False))
    (threat,) = [c for c in graph.claims if c.claim.stance is Stance.THREATEN]
    return any(threat.id in a.claims and "north-korea" in a.accused for a in graph.allegations)


def test_counter_threat_joins_the_charge_against_its_maker(nlp, monkeypatch) -> None:
    assert not counter_joined(nlp, False, monkeypatch)
    assert counter_joined(nlp, True, monkeypatch)
