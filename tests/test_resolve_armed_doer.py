"""The doer an official's prose leaves unnamed, when its sentence names one foreign state's
armed forces (:func:`kg.resolve._armed_state`): a statement in support of the victim of a
war names the victim most, so the text's adversary (the state it names most) would charge
the victim with what the aggressor's forces did.

The sentences are written for these tests, in the register of a State Department statement.
"""

from __future__ import annotations

from spacy.language import Language

from kg.extract import extract
from kg.model import Article, Stance
from kg.resolve import ActorRegistry, resolve

STATE = "U.S. Department of State"
# a statement of support that names Ukraine most
OPENING = (
    "Ukraine needs air defense. Ukraine's cities are under fire. "
    "Ukrainian officials thanked the donors. "
)


def charged(nlp: Language, sentence: str, outlet: str = STATE) -> set[str]:
    """The targets of the accusations made in ``sentence`` (after :data:`OPENING`)."""
    text = OPENING + sentence
    article = Article("doc", text, "-", title="Statement", outlet=outlet, published="2022-05-24")
    graph = resolve(extract(nlp(text), article), ActorRegistry())
    return {
        target
        for claim in graph.claims
        if claim.claim.stance is Stance.ACCUSE
        and sentence[:40] in graph.sentences[claim.claim.sentence].text
        for target in claim.targets
    }


def test_the_forces_the_sentence_names_did_what_it_leaves_unnamed(nlp: Language) -> None:
    sentence = (
        "After the withdrawal of Russia's forces from the region, investigators found "
        "civilians shot in the back and bodies left in the streets."
    )
    assert charged(nlp, sentence) == {"russia"}


def test_troops_named_by_their_demonym_count_too(nlp: Language) -> None:
    sentence = (
        "When Ukrainian prosecutors reached the villages after the retreat of Russian troops, "
        "they documented civilians tortured and killed."
    )
    assert charged(nlp, sentence) == {"russia"}


def test_the_speakers_own_forces_are_not_the_doer(nlp: Language) -> None:
    # an address of the other side: its own troops in the sentence, the adversary did it
    opening = "Russian troops shelled the city again. Russia is trying to break us. "
    sentence = (
        "After Ukrainian troops returned to the village, residents told them that people had "
        "been tortured and killed."
    )
    text = opening + sentence
    article = Article(
        "doc", text, "-", title="Address", outlet="President of Ukraine", published="2022-05-24"
    )
    graph = resolve(extract(nlp(text), article), ActorRegistry())
    targets = {
        target
        for claim in graph.claims
        if claim.claim.stance is Stance.ACCUSE
        and sentence[:40] in graph.sentences[claim.claim.sentence].text
        for target in claim.targets
    }
    assert "ukraine" not in targets
