"""A readout's named or pronoun subject speaks its sentence's publisher-voice claim
(:data:`kg.resolve.readout_subject.ENABLED`, round 35, alleg36).

"They discussed Russia's unprovoked and unjustified war in Ukraine." takes a noun phrase, so
no speech rule reads it; the charge is read in the text's own voice and was given to the
issuing office.  The readout's subject, its two officials, speaks it; a pronoun coreference
gave to a party the sentence speaks of is not the speaker.  The texts are the openings of three
corpus readouts in no gold part of either benchmark (the White House's readout of Jake
Sullivan's meeting with Elizabeth Truss, 2022-03-11; the State Department's readouts of
Secretary Blinken's calls with Jens Stoltenberg, 2022-02-10, and Annalena Baerbock).
"""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.model import Article, DocumentGraph, Voice
from kg.resolve import readout_subject, resolve

SULLIVAN = (
    "National Security Advisor Jake Sullivan met today with Foreign Secretary Elizabeth Truss "
    "of the United Kingdom. They discussed Russia’s unprovoked and unjustified war in Ukraine. "
    "They also reviewed the ongoing coordination with Allies and partners to impose severe "
    "costs on Moscow for its aggression and to provide security, economic, and humanitarian "
    "assistance to Ukraine."
)
STOLTENBERG = (
    "The following is attributable to Spokesperson Ned Price:\n\n"
    "Secretary of State Antony J. Blinken spoke today with NATO Secretary General Jens "
    "Stoltenberg about continued coordination of the Transatlantic response to ongoing Russian "
    "threats against Ukraine. Secretary Blinken reaffirmed the United States’ commitment to "
    "close cooperation and consultation with Allies and partners. He underscored the U.S. "
    "readiness to impose swift, severe costs on Russia, should it pursue further military "
    "aggression against Ukraine."
)
BAERBOCK = (
    "The below is attributable to Spokesperson Ned Price:\n\n"
    "Secretary of State Antony J. Blinken spoke today with German Foreign Minister Annalena "
    "Baerbock. The Secretary reaffirmed the necessity for continued U.S.-German cooperation in "
    "the face of Putin’s unprovoked war against Ukraine. He underscored the United States’ "
    "resolute support for Ukraine’s sovereignty and territorial integrity, and for Ukraine’s "
    "efforts to defend itself against continuing Russian aggression."
)


def readout(
    nlp, text: str, outlet: str, on: bool, monkeypatch: pytest.MonkeyPatch
) -> DocumentGraph:
    monkeypatch.setattr(readout_subject, "ENABLED", on)
    article = Article("doc", text, "https://www.example.gov/readout/", outlet=outlet)
    return resolve(extract(nlp(text), article))


def speakers(graph: DocumentGraph, opening: str) -> set[str]:
    return {
        c.claimer
        for c in graph.claims
        if graph.sentences[c.claim.sentence].text.startswith(opening)
    }


def test_the_readouts_two_officials_speak_its_topic(nlp, monkeypatch) -> None:
    on = readout(nlp, SULLIVAN, "The White House", True, monkeypatch)
    assert speakers(on, "They discussed Russia") == {"jake-sullivan", "elizabeth-truss"}
    # the claims keep the text's own voice: only the claimer changes
    assert {
        c.claim.voice
        for c in on.claims
        if on.sentences[c.claim.sentence].text.startswith("They discussed Russia")
    } == {Voice.PUBLISHER}
    off = readout(nlp, SULLIVAN, "The White House", False, monkeypatch)
    assert speakers(off, "They discussed Russia")
    assert not speakers(off, "They discussed Russia") & {"jake-sullivan", "elizabeth-truss"}


def test_a_pronoun_subject_is_the_official_it_refers_to(nlp, monkeypatch) -> None:
    on = readout(nlp, STOLTENBERG, "U.S. Department of State", True, monkeypatch)
    assert speakers(on, "He underscored") == {"antony-j-blinken"}
    off = readout(nlp, STOLTENBERG, "U.S. Department of State", False, monkeypatch)
    assert "antony-j-blinken" not in speakers(off, "He underscored")


def test_a_pronoun_given_to_a_party_spoken_of_is_no_speaker(nlp, monkeypatch) -> None:
    # coreference gives "He" to Putin (the last person named): on the side of the claim's
    # target, he is not the readout's speaker, and the claim keeps its issuer
    on = readout(nlp, BAERBOCK, "U.S. Department of State", True, monkeypatch)
    off = readout(nlp, BAERBOCK, "U.S. Department of State", False, monkeypatch)
    assert "vladimir-putin" not in speakers(on, "He underscored")
    assert speakers(on, "He underscored") == speakers(off, "He underscored")


JOLY = (
    "The below is attributable to Spokesperson Ned Price:\n\n"
    "Secretary of State Antony J. Blinken spoke today with Canadian Foreign Minister Mélanie "
    "Joly. Secretary Blinken discussed the threat of a further Russian invasion of Ukraine and "
    "the importance of working with our allies and partners to impose swift, severe costs on "
    "Russia in response to any further military aggression by Russia against Ukraine."
)


@pytest.mark.parametrize("titled", [False, True])
def test_a_person_named_after_the_opening_title_speaks_only_when_titled_is_on(
    nlp, monkeypatch, titled: bool
) -> None:
    # the State Department's readout of Secretary Blinken's call with Mélanie Joly (no gold
    # part of either benchmark): "Secretary Blinken discussed the threat of ..."
    monkeypatch.setattr(readout_subject, "TITLED", titled)
    graph = readout(nlp, JOLY, "U.S. Department of State", True, monkeypatch)
    found = speakers(graph, "Secretary Blinken discussed")
    assert found
    assert ("antony-j-blinken" in found) is titled
