"""Round 38 (branch ``wire41``, issue 12, test37's classes (1), (2), (7) and (8)): wire copy.

- :data:`kg.extract.claims.territorial.TERRITORIAL_CLAIMS`: a state's claim to a territory
  told with no speech cue ("waters claimed by X", "X claims almost the entire sea", "X and Y
  lay claim to") is the claimant's ``assert``, with no target.
- :data:`kg.extract.claims.content_accuse.ESTABLISHED_AGENTS`: a covert body another side set
  up, ran or paid for, told with that side as the "by" agent, charges that side.
- :data:`kg.extract.mentions.OUTLET_OWNER_EXEMPT`: a state's news outlet keeps its own name
  ("Japan's Asahi Shimbun" speaks as "Asahi Shimbun"), where ``ORG_OWNER_STATE`` puts the
  state in front of an agency.
- :data:`kg.extract.claims.spans.QUOTED_AS_ACTS` (with ``QUOTED_AS_CUE``): "Xinhua quoted a
  spokesman as urging Japan to ..." is the outlet's claim.

Every text here is constructed, and says so: the dispute corpus (``corpus/*.jsonl``) holds no
sentence of these shapes outside the gold parts (searched for "claimed by", "lay claim to",
"claims almost the entire", "quoted ... as urging/accusing", "network ... established by",
"Rodong"/"Shimbun"/"Sinmun": the few hits are in the claims or the allegations gold).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract import mentions
from kg.extract.claims import content_accuse, spans, territorial
from kg.model import Stance
from tests.claim_helpers import assert_in_no_gold_part, resolved

#: Constructed: a passive participle with the claimants as its "by" agents.
CLAIMED_BY = "Officials said Chinese ships were seen near a reef claimed by Vietnam and Taiwan."
#: Constructed: "claims almost the entire" with the place as its object.
CLAIMS_ENTIRE = "China claims almost the entire South China Sea."
#: Constructed: "lay claim to" with a conjoined subject.
LAY_CLAIM = "Both Sudan and South Sudan lay claim to the oil-rich Abyei region."
#: Constructed: "claimed" of an act, no place: no territorial claim.
CLAIMED_ATTACK = "The group claimed the attack on the town."
#: Constructed: a spy network with its founder as the "by" agent, told after "say".
SPY_NETWORK = "Iranian officials say they dismantled a spy network established by the CIA."
#: Constructed: a body that is no covert one.
NEW_UNIT = "The minister said the new unit was set up by the government to protect the border."
#: Constructed: a state's outlet named with its state.
OUTLET = "Japan's Asahi Shimbun reported that the talks with Seoul had failed."
#: Constructed: a state's agency named with its state (ORG_OWNER_STATE keeps it).
AGENCY = "South Korea's Coast Guard said a North Korean patrol boat crossed the maritime border."
#: Constructed: an outlet relaying an appeal "as urging".
URGING = "Xinhua quoted a Foreign Ministry spokesman as urging Japan to stop its provocations."


def test_texts_are_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, at_least=9)


def test_claimed_by_is_each_claimants_assert(nlp: Language) -> None:
    found = resolved(nlp, CLAIMED_BY)
    assert ("Vietnam", Stance.ASSERT, []) in found, found
    assert ("Taiwan", Stance.ASSERT, []) in found, found


def test_claims_entire_and_lay_claim(nlp: Language) -> None:
    assert ("China", Stance.ASSERT, []) in resolved(nlp, CLAIMS_ENTIRE)
    found = resolved(nlp, LAY_CLAIM)
    assert ("Sudan", Stance.ASSERT, []) in found, found
    assert ("South Sudan", Stance.ASSERT, []) in found, found


def test_territorial_claims_off(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(territorial, "TERRITORIAL_CLAIMS", False)
    assert resolved(nlp, CLAIMS_ENTIRE) == []
    assert "Vietnam" not in [claimer for claimer, _, _ in resolved(nlp, CLAIMED_BY)]


def test_claimed_act_is_no_territorial_claim(nlp: Language) -> None:
    assert not [c for c in resolved(nlp, CLAIMED_ATTACK) if c[1] is Stance.ASSERT]


def test_spy_network_founder_is_accused(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    found = resolved(nlp, SPY_NETWORK)
    cia = "Central Intelligence Agency"
    assert any(s is Stance.ACCUSE and cia in t for _, s, t in found), found
    monkeypatch.setattr(content_accuse, "ESTABLISHED_AGENTS", False)
    assert not any(s is Stance.ACCUSE for _, s, _ in resolved(nlp, SPY_NETWORK))


def test_a_plain_unit_charges_nobody(nlp: Language) -> None:
    assert not any(s is Stance.ACCUSE for _, s, _ in resolved(nlp, NEW_UNIT))


def test_outlet_keeps_its_own_name(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    assert [c for c, _, _ in resolved(nlp, OUTLET)] == ["Asahi Shimbun"]
    assert [c for c, _, _ in resolved(nlp, AGENCY)] == ["South Korea's Coast Guard"]
    monkeypatch.setattr(mentions, "OUTLET_OWNER_EXEMPT", False)
    assert [c for c, _, _ in resolved(nlp, OUTLET)] == ["Japan's Asahi Shimbun"]


def test_quoted_as_urging_is_the_outlets(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(spans, "QUOTED_AS_CUE", True)
    assert [c for c, _, _ in resolved(nlp, URGING)] == ["Xinhua"]
    monkeypatch.setattr(spans, "QUOTED_AS_ACTS", False)
    assert resolved(nlp, URGING) == []
