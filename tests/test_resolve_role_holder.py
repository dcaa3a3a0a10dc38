"""A description of a spokesman speaking ("The rebel spokesman says ...") is the one person
the document introduced as that spokesman, however many sentences before
(:meth:`kg.resolve.speakers._Speakers.role_holder`, round 22).

The sentences are a VOA story, public domain, in no gold or agreement part:
https://www.voanews.com/a/a-13-a-2002-10-10-27-voa-67408922/383312.html
("VOA Interview: Ivory Coast Rebel Spokesman Speaks On Group's Goals", 2002-10-10).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract import extract
from kg.model import Article
from kg.resolve import ActorRegistry, resolve, speakers

# voanews.com, 2002-10-10 (URL above): the story's paragraphs 2 to 8, in order, less the
# two sentences of paragraph 7 ("Lieutenant Agnero refused ...", "But he says ..."), which
# name him right before the description (the two-sentence window of
# :func:`kg.resolve.coref.role_speaker` already reads that case)
STORY = (
    "After weeks of refusing to speak on the record, the political spokesman for the rebel "
    "Patriotic Movement of Ivory Coast, Lieutenant Jean Bonfils Agnero, told VOA planning "
    "for the rebellion began two years ago. "
    "That was when Ivory Coast President Laurent Gbagbo, swept into power, defeating the "
    "country's former military ruler, General Robert Guei. "
    "General Guei was killed in fighting on the first day of the rebellion three weeks ago. "
    "The rebel official spoke to a VOA reporter near Abidjan, where government troops are "
    "still on the hunt for the rebels and rebel sympathizers. "
    "The city was the site of one of three simultaneous rebel attacks on September 19. "
    "The rebels took control of large areas in the north and central parts of the country, "
    "but the government remains in control in the capital, Yamoussoukro, and Abidjan, the "
    "commercial center. "
    "The rebel spokesman says President Gbago heavily manipulated the elections two years ago."
)


def claimer_of(nlp: Language, text: str, cue_word: str, start: int) -> str:
    """The name of the actor whose claim has its cue ``cue_word`` at or after ``start``."""
    graph = resolve(extract(nlp(text), Article(id="t", text=text, source="test")), ActorRegistry())
    names = {actor.id: actor.name for actor in graph.actors}
    claims = [
        c for c in graph.claims if c.claim.cue.start >= start and c.claim.cue.text == cue_word
    ]
    assert claims, [(c.claim.cue.text, c.claim.cue.start) for c in graph.claims]
    return names[min(claims, key=lambda c: c.claim.cue.start).claimer]


def test_the_spokesman_is_the_person_introduced_as_spokesman(nlp: Language) -> None:
    last = STORY.index("The rebel spokesman says")
    assert "Agnero" in claimer_of(nlp, STORY, "says", last)


def test_switched_off_the_spokesman_stays_a_description(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(speakers, "ROLE_HOLDER", False)
    last = STORY.index("The rebel spokesman says")
    assert "Agnero" not in claimer_of(nlp, STORY, "says", last)
