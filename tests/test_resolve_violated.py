"""An accusation whose target is what the act violates is read as against the actors its
proposition names (:data:`kg.resolve.summaries.VIOLATED`, on since round 29).

The extractor may take the body or agreement an act violates for the charge's target ("in
violation of UN Security Council resolutions", "in breach of the ceasefire agreement"):
the allegation was then blocked under the council's or the agreement's id, a side of its
own, and met no allegation of the state that did the act.  Constructed documents: the
sentences are written for these tests (none is in a gold part), their mentions, claims and
allegation built by hand, so that the test reads what the extractor gives, whatever it is.
"""

from __future__ import annotations

import pytest

from kg.model import (
    Actor,
    ActorKind,
    Allegation,
    AllegationSummary,
    Article,
    Claim,
    DocumentGraph,
    Mention,
    ResolvedClaim,
    Span,
    Stance,
)
from kg.resolve import summaries
from kg.resolve.corpus import allegation_summaries, merge_allegations

ACTORS = {
    "japan": Actor("japan", "Japan", ActorKind.STATE),
    "north-korea": Actor("north-korea", "North Korea", ActorKind.STATE),
    "unsc": Actor("unsc", "UN Security Council", ActorKind.ORGANISATION),
    "ceasefire-agreement": Actor(
        "ceasefire-agreement", "Ceasefire Agreement", ActorKind.ORGANISATION
    ),
}


def document(
    key: str, text: str, claimer: str, target: str, named: dict[str, str], content_from: str
) -> DocumentGraph:
    """One sentence's document: ``claimer`` accuses ``target`` (an actor id) of what
    ``text`` says from ``content_from`` on; ``named``: each actor's words in ``text``."""
    mentions = []
    for actor, words in named.items():
        start = text.index(words)
        mentions.append((Mention(Span(start, start + len(words), words), "ORG", 0), actor))
    mentions.sort(key=lambda pair: pair[0].span.start)
    start = text.index(content_from)
    cue = text.index(" said ") + 1
    claimer_mention = next(m for m, a in mentions if a == claimer)
    claim = Claim(
        claimer_mention,
        Stance.ACCUSE,
        Span(cue, cue + 4, "said"),
        0,
        content=Span(start, len(text) - 1, text[start:-1]),
        targets=tuple(m for m, a in mentions if a == target),
    )
    resolved = ResolvedClaim(f"{key}-c1", claim, claimer, (target,), allegation=f"{key}-a1")
    return DocumentGraph(
        Article(f"doc-{key}", text, key, published="2023-03-16"),
        (Span(0, len(text), text),),
        tuple(ACTORS[a] for a in sorted(named)),
        (resolved,),
        (),
        (Allegation(f"{key}-a1", text[start:-1], (target,), (resolved.id,)),),
        tuple(mentions),
    )


#: Tokyo's charge: North Korea named, the council's resolutions the violated ones.
VIOLATING = document(
    "tokyo",
    "Japan said North Korea launched an intercontinental ballistic missile into waters off "
    "Hokkaido in violation of multiple UN Security Council resolutions.",
    "japan",
    "unsc",
    {"japan": "Japan", "north-korea": "North Korea", "unsc": "UN Security Council"},
    "North Korea",
)


def one(graph: DocumentGraph) -> AllegationSummary:
    (found,) = allegation_summaries(graph)
    return found


def test_it_is_on() -> None:
    assert summaries.VIOLATED is True


def test_the_violated_council_is_no_accused_the_named_state_is(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert one(VIOLATING).sides == ("north-korea",)
    monkeypatch.setattr(summaries, "VIOLATED", False)
    assert one(VIOLATING).sides == ("unsc",)


def test_a_possessor_after_violation_of_is_the_doer() -> None:
    # "the DPRK's obligations": North Korea owns what it violates, it stays the accused
    graph = document(
        "seoul",
        "Japan said the launch of an intercontinental ballistic missile was in violation of "
        "North Korea's obligations under the resolutions.",
        "japan",
        "north-korea",
        {"japan": "Japan", "north-korea": "North Korea"},
        "the launch",
    )
    assert one(graph).sides == ("north-korea",)


def test_with_no_other_actor_named_the_target_stays() -> None:
    graph = document(
        "alone",
        "Japan said the launch of an intercontinental ballistic missile was a clear violation "
        "of the Ceasefire Agreement.",
        "japan",
        "ceasefire-agreement",
        {"japan": "Japan", "ceasefire-agreement": "Ceasefire Agreement"},
        "the launch",
    )
    assert one(graph).sides == ("ceasefire-agreement",)


def test_a_target_named_as_a_doer_is_kept() -> None:
    # the council named as who acts, not after "violation of": no reading changes
    graph = document(
        "doer",
        "Japan said the UN Security Council failed again to act on the launches of North Korea.",
        "japan",
        "unsc",
        {"japan": "Japan", "unsc": "UN Security Council", "north-korea": "North Korea"},
        "the UN Security Council",
    )
    assert one(graph).sides == ("unsc",)


def test_the_charge_joins_the_states_allegation(monkeypatch: pytest.MonkeyPatch) -> None:
    state = document(
        "washington",
        "Japan said North Korea launched an intercontinental ballistic missile into waters off "
        "Hokkaido on Thursday morning.",
        "japan",
        "north-korea",
        {"japan": "Japan", "north-korea": "North Korea"},
        "North Korea",
    )
    merged = merge_allegations([one(state), one(VIOLATING)])
    assert [sorted(a.members) for a in merged.allegations] == [["tokyo-a1", "washington-a1"]]
    monkeypatch.setattr(summaries, "VIOLATED", False)
    merged = merge_allegations([one(state), one(VIOLATING)])
    assert sorted(sorted(a.members) for a in merged.allegations) == [
        ["tokyo-a1"],
        ["washington-a1"],
    ]
