"""Military action against the speaker's side in reported content, round 16 (issue 12): forces
closing round a side's positions or craft ("surrounded our positions", "were surrounded by
six ... ships"), an offensive or an incursion launched or owned ("launched a new offensive",
"the ... incursion into"), a base, outpost or city seized by a state's forces, an effort
whose aim is a hostile act ("an attempt by X to strangle ...", "X's bid to provoke a war");
and the guards (the speaker's own forces, an offensive of no named doer, a place
surrounding something, a base seized by the police, an effort at peace, no effort).

The sentences are written for these tests in the register of wire copy about international
disputes, and are in no gold part (checked by :func:`test_sentences_are_in_no_gold_part`)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.model import Stance
from tests.claim_helpers import assert_in_no_gold_part, stances_of

ACCUSING = [
    # forces closing round a side's positions or craft
    (
        "The army said Somali troops had surrounded its positions near the border overnight.",
        "The army",
        "Somali",
    ),
    (
        "Manila said three Chinese coast guard ships surrounded a Philippine supply boat.",
        "Manila",
        "Chinese",
    ),
    (
        "Kenya said its patrol boats were surrounded by six Somali ships on Tuesday.",
        "Kenya",
        "Somali",
    ),
    # an offensive or an incursion launched or owned
    (
        "Kenya said Somali forces had launched a new offensive along the border.",
        "Kenya",
        "Somali",
    ),
    (
        "The rebels said government forces launched a fresh offensive on their strongholds "
        "in the north, and Khartoum's incursion into the border region was a breach of the truce.",
        "The rebels",
        "Khartoum",
    ),
    # a base, outpost or city seized
    (
        "Tbilisi said Armenian troops had seized an army outpost near the frontier.",
        "Tbilisi",
        "Armenian",
    ),
    # a count of a state's forces: the state ("dozens": lemma "dozen")
    (
        "Baku said dozens of Armenian tanks had seized a garrison near the frontier.",
        "Baku",
        "Armenian",
    ),
    # an effort whose aim is a hostile act: its owner
    (
        "Asmara said the embargo was an attempt by Ethiopia to strangle the port's trade.",
        "Asmara",
        "Ethiopia",
    ),
    (
        "Diplomats said efforts by Iran to destabilize the Gulf states would not succeed.",
        "Diplomats",
        "Iran",
    ),
    (
        "Pyongyang said the naval drills were Seoul's bid to provoke a war on the peninsula.",
        "Pyongyang",
        "Seoul",
    ),
]


@pytest.mark.parametrize(("text", "claimer", "accused"), ACCUSING)
def test_military_action_in_content_accuses(
    nlp: Language, text: str, claimer: str, accused: str
) -> None:
    found = [t for c, s, t in stances_of(nlp, text) if c == claimer and s is Stance.ACCUSE]
    assert any(accused in target for t in found for target in t), stances_of(nlp, text)


NO_ACCUSATION = [
    # a place or a question surrounding something; an offensive of no named doer
    "The ministry said the hills surrounding the capital were calm on Sunday.",
    "Officials said the questions surrounding the deal would be settled next week.",
    "Analysts said the offensive was unlikely to end before the rainy season.",
    # the speaker's own forces
    "The army said it had surrounded militant hideouts in the eastern hills.",
    # an effort whose aim is no hostile act, or an effort denied
    "The minister said Norway's efforts to broker a truce were welcome.",
    "Officials said the talks were an attempt by both sides to end the conflict.",
    "Observers said there was no attempt by Iran to destabilize the Gulf states.",
    "Beijing said the army would crush any attempt by the island to provoke a war.",
    # a base seized by the police: a raid on criminals, no state's act
    "Police said they seized a smuggling base on the coast and arrested six men.",
]


@pytest.mark.parametrize("text", NO_ACCUSATION)
def test_no_accusation(nlp: Language, text: str) -> None:
    assert all(s is not Stance.ACCUSE for _, s, _ in stances_of(nlp, text)), stances_of(nlp, text)


def test_sentences_are_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, at_least=8)
