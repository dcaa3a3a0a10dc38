"""Round 38, second wave (branch ``accuse42``, issue 12, test38's class (E)): help received.

- :data:`kg.extract.claims.content_imputed.RECEIVED_PATRONAGE`: an armed group told as getting
  support, arms or money "from" a patron charges the patron, as "Iran supports Hezbollah" does.
- :data:`kg.extract.claims.content_warned.WARNED_DEEDS` (class (F)): "We warn X against this
  aggressive act" accuses X; a warning against a deed to come ("any aggression") or a doing
  ("against pursuing independence") does not.

The positive texts are constructed, and say so: the corpus (``corpus/*.jsonl``) holds no sentence
outside the gold parts of an armed group getting help "from" a named patron (searched for
"gets/receives/obtained ... support/weapons/arms/money/funding/training/backing from": the hits
are Ukraine's aid from its partners, a Kremlin aside on money from Russia, and one VOA sentence
whose story is in a gold file), nor of a warning against "this", "these" or "such" deed
(searched for "warn(ed|s)/caution(ed) ... against": the two corpus warnings against a doing or
"any" threat are in texts of the allegations gold).  The state-aid negative is a corpus
sentence.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.claims import content_imputed, content_warned
from kg.model import Stance
from tests.claim_helpers import assert_in_no_gold_part, resolved

#: Constructed: an armed group by its name getting military and financial support from a
#: government.
GETS_SUPPORT = (
    "Officials say Hezbollah gets military and financial support from the Iranian government."
)
#: Constructed: rebels receiving weapons and money from a named state.
RECEIVES_ARMS = "Somali officials say the rebels receive weapons and money from Eritrea."
#: Constructed: the same receipt negated.
NOT_RECEIVED = "Officials say the rebels do not receive weapons from Eritrea."
#: https://www.president.gov.ua/en/news/ukrayina-ce-spravzhnij-simvol-borotbi-za-svobodu-zvernennya-74569
#: (President of Ukraine; a state's aid, no armed group).
STATE_AID = "Ukraine receives assistance from dozens of countries."
#: Constructed: a spokesman's quoted warning against a deed told, "this".
WARNED = (
    '"We warn the Israeli government against this flagrant aggressive act," the spokesman said.'
)
#: Constructed: a warning against "such" provocations, reported.
WARNED_SUCH = "The ministry warned Israel against such aggressive acts on the border."
#: Constructed: a warning against a deed to come.
WARNED_ANY = "The ministry warned Israel against any aggression on the border."


def test_texts_are_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, at_least=7)


def test_support_received_by_an_armed_group_accuses_the_patron(nlp: Language) -> None:
    found = resolved(nlp, GETS_SUPPORT)
    assert any(s is Stance.ACCUSE and "Iran" in t for _, s, t in found), found
    found = resolved(nlp, RECEIVES_ARMS)
    assert any(s is Stance.ACCUSE and "Eritrea" in t for _, s, t in found), found


def test_switch_off_leaves_an_assertion(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(content_imputed, "RECEIVED_PATRONAGE", False)
    found = resolved(nlp, RECEIVES_ARMS)
    assert not any(s is Stance.ACCUSE for _, s, _t in found), found


def test_no_charge_when_negated_or_no_armed_group(nlp: Language) -> None:
    found = resolved(nlp, NOT_RECEIVED)
    assert not any(s is Stance.ACCUSE and "Eritrea" in t for _, s, t in found), found
    found = resolved(nlp, STATE_AID)
    assert not any(s is Stance.ACCUSE for _, s, _t in found), found


def test_warning_against_this_deed_accuses_the_warned(nlp: Language) -> None:
    found = resolved(nlp, WARNED)
    assert any(s is Stance.ACCUSE and "Israel" in t for _, s, t in found), found
    found = resolved(nlp, WARNED_SUCH)
    assert any(s is Stance.ACCUSE and "Israel" in t for _, s, t in found), found


def test_warning_against_a_deed_to_come_accuses_nobody(nlp: Language) -> None:
    found = resolved(nlp, WARNED_ANY)
    assert not any(s is Stance.ACCUSE for _, s, _t in found), found


def test_warned_deeds_off(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(content_warned, "WARNED_DEEDS", False)
    found = resolved(nlp, WARNED)
    assert not any(s is Stance.ACCUSE for _, s, _t in found), found
