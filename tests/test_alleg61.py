"""An official text's own sentence telling a state's hostile, repressive or breaching act with
that state (or its organ) as the active subject is the issuer's accusation of that state
(:data:`kg.resolve.narrated_act.OFFICIAL_DEEDS`, round 44, alleg61; off by its bar).  The
texts are constructed (the corpus's such texts are gold texts of the allegations benchmark);
the build's parser reads every family (``gate=False``)."""

from __future__ import annotations

from kg.extract import extract
from kg.model import Article, DocumentGraph, Stance, Voice
from kg.resolve import narrated_act, resolve

# constructed
OPENING = "The United States stands with the people of the region. "
CLOSING = " We will continue to provide assistance."
DISMANTLED = (
    "Over the past year, Beijing has continued to dismantle the democratic institutions of "
    "Macau, placed heavy pressure on its courts, and stifled press freedoms."
)
BROKEN = (
    "Moscow has chipped away at the rights of its citizens and has broken its promise to hold "
    "free elections."
)


def release(nlp, on: bool, monkeypatch, sentence: str = DISMANTLED) -> DocumentGraph:
    text = OPENING + sentence + CLOSING
    monkeypatch.setattr(narrated_act, "NARRATED_ACT", True)
    monkeypatch.setattr(narrated_act, "OFFICIAL_ACTS", True)
    monkeypatch.setattr(narrated_act, "OFFICIAL_DEEDS", on)
    article = Article("doc", text, "https://www.state.gov/x/", outlet="U.S. Department of State")
    return resolve(extract(nlp(text), article, gate=False))


def deeds(graph: DocumentGraph) -> list:
    return [c for c in graph.claims if "narrated_act" in c.claim.rule.split("+")]


def test_the_switch_is_off_by_its_bar() -> None:
    assert narrated_act.OFFICIAL_DEEDS is False


def test_the_deed_verbs_come_from_the_content_lexicon() -> None:
    assert {"shell", "attack", "suppress", "violate"} <= narrated_act.DEED_VERBS
    assert "restrict" in narrated_act.DEED_VERBS  # a measure's verb too: one source of its noise
    assert "say" not in narrated_act.DEED_VERBS


def test_off_the_issuers_narration_gives_no_claim(nlp, monkeypatch) -> None:
    assert not deeds(release(nlp, False, monkeypatch))


def test_on_the_issuer_accuses_the_state(nlp, monkeypatch) -> None:
    (claim,) = deeds(release(nlp, True, monkeypatch))
    assert claim.claimer == "united-states" and claim.claim.stance is Stance.ACCUSE
    assert claim.claim.voice is Voice.PUBLISHER  # the claims benchmark scores none
    assert claim.targets == ("china",)


def test_a_breaching_act_too(nlp, monkeypatch) -> None:
    (claim,) = deeds(release(nlp, True, monkeypatch, BROKEN))
    assert claim.targets == ("russia",)


def test_a_negated_deed_is_no_accusation(nlp, monkeypatch) -> None:
    negated = BROKEN.replace("has chipped", "has not chipped").replace(
        "has broken", "has not broken"
    )
    assert not deeds(release(nlp, True, monkeypatch, negated))


def test_the_issuers_own_state_is_never_accused(nlp, monkeypatch) -> None:
    text = DISMANTLED.replace("Beijing", "Washington")
    assert not deeds(release(nlp, True, monkeypatch, text))
