"""Round 22 (branch ``threat22``, issue 12): threats read on the development parts that
became open this round: "no longer" as a negation of "tolerate", hunting an armed group
down, a plan of the speaker's side to counter another's act, "declare war on X", and the
doer of the act a threat answers as its target.

The sentences are from ``corpus/`` texts and VOA stories (public domain), each named beside
it, and are in no gold part or agreement file (:func:`assert_in_no_gold_part`).  Few real
sentences outside the gold carry these shapes (the corpus holds none of "will no longer
tolerate", "will hunt down", "declared war on" as a threat), so the rows and guards are
tested here and the shapes themselves were measured on the development parts
(``benchmarks/claims/RESULTS.md``, round 22)."""

from __future__ import annotations

from spacy.language import Language

from kg.extract import cues
from kg.extract.claims.content_harms import _hunted
from kg.extract.claims.content_lexicon import CAPABILITY_NOUNS
from kg.extract.claims.content_ultimatum import _no_longer
from kg.model import Stance
from tests.claim_helpers import assert_in_no_gold_part
from tests.test_extract_claims_threat_forms import claims


def test_could_no_longer_tolerate_reads_no_longer_but_promises_nothing(nlp: Language) -> None:
    # Kremlin, "Conversation with Vostochny Cosmodrome employees"
    # (http://en.kremlin.ru/events/president/news/68180, corpus/kremlin-russia-ukraine.jsonl):
    # "no longer" negates "tolerate", but "could" tells of the past and promises no reaction
    text = "We could no longer tolerate that genocide, which went on for eight years."
    doc = nlp(text)
    tolerate = next(t for t in doc if t.lemma_ == "tolerate")
    assert _no_longer(tolerate)
    assert all(stance != Stance.THREATEN.value for stance, _ in claims(nlp, text))


def test_pursued_assistance_is_no_hunt(nlp: Language) -> None:
    # State Department, "G7 Foreign Ministers' Statement on Russia's War Against Ukraine"
    # (https://www.state.gov/g7-foreign-ministers-statement-on-russias-war-against-ukraine/,
    # corpus/state-department-belarus.jsonl): "pursue" hunts only an armed group
    text = (
        "We will pursue our ongoing military and defense assistance to Ukraine as long as "
        "necessary."
    )
    doc = nlp(text)
    pursue = next(t for t in doc if t.lemma_ == "pursue")
    assert _hunted(pursue) == []
    assert all(stance != Stance.THREATEN.value for stance, _ in claims(nlp, text))


def test_declare_war_on_is_a_threat_cue() -> None:
    cue = cues.NOUN_CUES[("declare", "war")]
    assert cue.stance is Stance.THREATEN
    assert cue.preps == frozenset({"on", "against"})


def test_a_plan_is_a_means_held() -> None:
    assert {"plan", "plans"} <= CAPABILITY_NOUNS


def test_sentences_are_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, at_least=2)
