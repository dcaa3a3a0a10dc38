"""Round 32 (stance33, issue 12): charges and threats told without an accuse/threaten verb,
and two gates inside ``label``.  Every switch here is a module switch, off by default:
``content_qualified.QUALIFIED_ACTS`` ("the shelling was an act of aggression" after the
sentence telling who shelled), ``content_qualified.ANSWERED_DEEDS`` ("the attack would not
go unanswered"), ``content_ready.CONDITIONED_READINESS`` ("was prepared for other scenarios
if the West rejects its proposals"), ``labels.ACT_LABELS`` ("designated the temple as a
World Heritage Site"), ``labels.SAID_LABELS`` ("said the U.S. considered him a supporter
of communism"), ``threats.COUNTERED_THREATS`` ("committed to ... counter the threats posed by
North Korea") and ``labels.LABELLED_DEEDS`` ("described the attack as reckless" after the
sentence telling who attacked).

The sentences were wire-style copy of the classes the brief names, written for these tests
rather than taken from ``corpus/`` (whose texts may hold blind parts).  Round 35
(``realtests35``) searched ``corpus/`` and ``benchmarks/claims/pool/`` for real sentences of
each shape in documents whose address is in no gold part, agreement file or blind part's texts
(``corpus/voa9.jsonl``, ``voa10.jsonl``, ``wikinews3.jsonl``): two are real now, State
Department copy (public domain), their addresses beside them: the designation
(``DESIGNATED``) and the commitment to address what no party owns (``COMMITTED_TO_HELP``).
Two more real sentences of the countered-threat shape are kept as strict xfails (the switch
does not read them; see the tests at the end).  The rest stay constructed, each marked so
beside it: no corpus sentence of their shape outside the gold parts.  Every sentence is
checked to be in no gold part of either benchmark."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract import extract
from kg.extract.claims import commitments, content_qualified, content_ready, labels, threats
from kg.model import Article, Claim, Stance

#: constructed: no corpus sentence of this shape outside the gold parts
AGGRESSION = (
    "Azerbaijan shelled the village of Sotk overnight. Armenia's foreign ministry said the "
    "shelling was an act of aggression."
)
#: constructed: no corpus sentence of this shape outside the gold parts
WAR_CRIME = (
    "Russian troops killed dozens of civilians in the village. The regional prosecutor's "
    "office said this was a war crime."
)
#: constructed: no corpus sentence of this shape outside the gold parts
BY_AGENT = (
    "Moscow said the explosion on the bridge was a terrorist act by Ukrainian special services."
)
#: constructed: no corpus sentence of this shape outside the gold parts
NO_DOER = (
    "A bridge collapsed in the capital on Sunday. The ministry said the collapse was a "
    "violation of building rules."
)
#: constructed: no corpus sentence of this shape outside the gold parts
UNANSWERED = (
    "Azerbaijan shelled the village of Sotk overnight. The Armenian Defense Ministry said the "
    "attack would not go unanswered."
)
#: constructed: no corpus sentence of this shape outside the gold parts
READY = (
    "The Kremlin said Russia was prepared for other scenarios if the West rejects its proposals."
)
#: constructed: no corpus sentence of this shape outside the gold parts
READY_TO_HELP = (
    "Tokyo said Japan was ready to send doctors if the United Nations asks for assistance."
)
#: constructed: no corpus sentence of this shape outside the gold parts
COMMITTED = (
    "Seoul and Tokyo committed to deepen their cooperation to counter the missile threats posed "
    "by North Korea."
)
#: constructed: no corpus sentence of this shape outside the gold parts
RESOLVED = "Warsaw and Vilnius reaffirmed their determination to resist the pressure from Belarus."
# https://www.state.gov/joint-statement-of-the-u-s-japan-economic-policy-consultative-committee-strengthening-economic-security-and-the-rules-based-order/
COMMITTED_TO_HELP = (
    "The United States and Japan commit to enhancing international efforts to address barriers "
    "on cross-border data flows, while respecting different approaches to data governance."
)
# https://www.state.gov/appointment-of-ambassador-jean-manes-to-serve-as-charge-daffaires-to-the-republic-of-el-salvador/
DESIGNATED = (
    "Today, Secretary Blinken designated Ambassador Jean Manes as Chargé d’ affaires ad interim "
    "to the Republic of El Salvador."
)
#: constructed: no corpus sentence of this shape outside the gold parts
SAID_VIEW = (
    "The former ambassador said the White House regarded the opposition leader as a reliable "
    "partner."
)
#: constructed: no corpus sentence of this shape outside the gold parts
SAID_FINDING = "The ministry says the minister found the results of the inquiry deeply troubling."


def _last(nlp: Language, text: str) -> list[Claim]:
    """The claims of the text's last sentence."""
    claims = extract(nlp(text), Article(id="t", text=text, source="test")).claims
    last = max((c.sentence for c in claims), default=-1)
    return [c for c in claims if c.sentence == last]


def _targets(claim: Claim) -> list[str]:
    return [t.span.text for t in claim.targets]


def test_the_switches_are_off_by_default() -> None:
    assert not content_qualified.QUALIFIED_ACTS
    assert not content_qualified.ANSWERED_DEEDS
    assert not content_ready.CONDITIONED_READINESS
    assert not labels.ACT_LABELS
    assert not labels.SAID_LABELS
    assert not threats.COUNTERED_THREATS


@pytest.mark.parametrize(("text", "doer"), [(AGGRESSION, "Azerbaijan"), (WAR_CRIME, "Russian")])
def test_a_deed_qualified_as_a_wrong_charges_the_doer_told_before(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, text: str, doer: str
) -> None:
    def charged(claims: list[Claim]) -> list[Claim]:
        return [
            c for c in claims if c.stance is Stance.ACCUSE and any(doer in t for t in _targets(c))
        ]

    assert not charged(_last(nlp, text))  # no target named in its own sentence: point 6
    monkeypatch.setattr(content_qualified, "QUALIFIED_ACTS", True)
    (claim,) = charged(_last(nlp, text))
    assert "content_stance" in claim.rule
    assert len(claim.targets) == 1


def test_a_qualification_with_a_by_agent_charges_the_agent(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(content_qualified, "QUALIFIED_ACTS", True)
    (claim,) = _last(nlp, BY_AGENT)
    assert claim.stance is Stance.ACCUSE
    assert _targets(claim) == ["Ukrainian"]


def test_a_qualified_deed_with_no_doer_told_charges_nobody(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(content_qualified, "QUALIFIED_ACTS", True)
    (claim,) = _last(nlp, NO_DOER)
    assert not (claim.stance is Stance.ACCUSE and claim.targets)


def test_a_deed_that_will_not_go_unanswered_threatens_its_doer(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    (claim,) = _last(nlp, UNANSWERED)
    assert claim.stance is Stance.ASSERT
    monkeypatch.setattr(content_qualified, "ANSWERED_DEEDS", True)
    (claim,) = _last(nlp, UNANSWERED)
    assert claim.stance is Stance.THREATEN
    assert _targets(claim) == ["Azerbaijan"]


def test_readiness_hung_on_another_sides_move_threatens_that_side(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    (claim,) = _last(nlp, READY)
    assert claim.stance is Stance.ASSERT
    monkeypatch.setattr(content_ready, "CONDITIONED_READINESS", True)
    (claim,) = _last(nlp, READY)
    assert claim.stance is Stance.THREATEN
    assert _targets(claim) == ["West"]


def test_readiness_to_help_on_a_request_is_no_threat(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(content_ready, "CONDITIONED_READINESS", True)
    assert all(c.stance is not Stance.THREATEN for c in _last(nlp, READY_TO_HELP))


def test_a_designation_is_an_act_not_a_label_claim(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert any(c.rule == "label" for c in _last(nlp, DESIGNATED))
    monkeypatch.setattr(labels, "ACT_LABELS", True)
    assert not any(c.rule == "label" for c in _last(nlp, DESIGNATED))


def test_a_plain_view_told_inside_a_saying_is_no_label_claim(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert any(c.rule == "label" for c in _last(nlp, SAID_VIEW))
    monkeypatch.setattr(labels, "SAID_LABELS", True)
    claims = _last(nlp, SAID_VIEW)
    assert not any(c.rule == "label" for c in claims)
    assert any("ambassador" in c.claimer.span.text for c in claims)  # the saying's claim stays


def test_a_stance_told_inside_a_saying_keeps_its_label_claim(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(labels, "SAID_LABELS", True)
    found = [c for c in _last(nlp, SAID_FINDING) if c.rule.startswith("label")]
    assert [c.stance for c in found] == [Stance.CRITICIZE]


@pytest.mark.parametrize(("text", "owner"), [(COMMITTED, "North Korea"), (RESOLVED, "Belarus")])
def test_a_resolve_to_counter_a_named_partys_threat_threatens_it(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, text: str, owner: str
) -> None:
    # round 33 (commit34): commitments.COMMITTED_STANCES (on) reads the same class in
    # readout_cue / reported_speech; set aside here, this test is the vow family's switch
    monkeypatch.setattr(commitments, "COMMITTED_STANCES", False)
    assert not any(c.stance is Stance.THREATEN for c in _last(nlp, text))
    monkeypatch.setattr(threats, "COUNTERED_THREATS", True)
    found = [c for c in _last(nlp, text) if c.stance is Stance.THREATEN]
    assert len(found) == 2  # one per joint subject
    assert all(_targets(c) == [owner] and c.rule == "vow" for c in found)


def test_a_commitment_to_help_threatens_nobody(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(threats, "COUNTERED_THREATS", True)
    assert not any(c.stance is Stance.THREATEN for c in _last(nlp, COMMITTED_TO_HELP))


#: constructed: no corpus sentence of this shape outside the gold parts
RECKLESS = (
    "Sudanese warplanes bombed the refugee camp on Thursday. The State Department described "
    "the attack as reckless."
)
#: constructed: no corpus sentence of this shape outside the gold parts
RECKLESS_ALONE = "The State Department described the attack as reckless."


def test_a_labelled_deed_is_aimed_at_the_doer_told_before(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert not labels.LABELLED_DEEDS
    (claim,) = [c for c in _last(nlp, RECKLESS) if c.rule == "label"]
    assert claim.stance is Stance.CRITICIZE
    assert not claim.targets
    monkeypatch.setattr(labels, "LABELLED_DEEDS", True)
    (claim,) = [c for c in _last(nlp, RECKLESS) if c.rule == "label"]
    assert claim.stance is Stance.CRITICIZE
    assert len(claim.targets) == 1
    assert "Sudan" in _targets(claim)[0]


def test_a_labelled_deed_with_no_sentence_before_keeps_no_target(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(labels, "LABELLED_DEEDS", True)
    (claim,) = [c for c in _last(nlp, RECKLESS_ALONE) if c.rule == "label"]
    assert not claim.targets


#: Round 35 (realtests35): real State Department sentences of the countered-threat shape (a
#: commitment or a stated resolve to counter a named party's hostile doing) that the switch
#: does not read; each is in a ``corpus/`` document in no gold part.
# https://www.state.gov/secretary-blinkens-call-with-transatlantic-quad-foreign-ministers/
COMMITMENT_IN_A_CONJUNCT = (
    "All parties expressed resolute support for Ukraine’s sovereignty and territorial integrity "
    "and commitment to strong transatlantic coordination to counter Russia’s threats against "
    "Ukraine and European security."
)
# https://www.state.gov/joint-statement-on-the-strategic-dialogue-between-the-united-states-and-poland/
ADJECTIVE_OWNER = (
    "Both parties expressed firm dedication to the sovereignty and territorial integrity of "
    "Ukraine and committed to coordinating to deter any further Russian aggression."
)


@pytest.mark.xfail(
    strict=True,
    reason="the parser hangs 'commitment' as a conjunct inside 'support for ...' and the "
    "purpose clause on 'expressed', so no resolve noun is the verb's object: no vow is read",
)
def test_a_resolve_noun_in_a_conjunct_threatens_the_countered_party(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(commitments, "COMMITTED_STANCES", False)
    monkeypatch.setattr(threats, "COUNTERED_THREATS", True)
    found = [c for c in _last(nlp, COMMITMENT_IN_A_CONJUNCT) if c.stance is Stance.THREATEN]
    assert [_targets(c) for c in found] == [["Russia"]]


@pytest.mark.xfail(
    strict=True,
    reason="threats._countered reads the countered thing's possessor or by/from agent, not an "
    "adjective of nationality ('Russian aggression'): no owner, no threat",
)
def test_a_resolve_to_deter_an_adjectivally_owned_act_threatens_its_owner(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(commitments, "COMMITTED_STANCES", False)
    monkeypatch.setattr(threats, "COUNTERED_THREATS", True)
    found = [c for c in _last(nlp, ADJECTIVE_OWNER) if c.stance is Stance.THREATEN]
    assert found and all("Russia" in " ".join(_targets(c)) for c in found)
