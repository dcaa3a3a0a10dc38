"""Criticism and approval derived from CAMEO's verb blocks and from evaluation as a frame
(round 8, branch ``disapprove``): the 110/111 verbs, nouns and predicate adjectives of
disapproval ("is firmly opposed to", "is upset over", "was disappointed with"),
the 051/052 ones of approval ("thanked X for", "is grateful to", "defended X's response",
"credited X for"), a content that calls an act a mistake or a setback or gives it conjoined
evaluations ("hasty and irresponsible"), and every conjoined issuer of a joint statement.
And the precision checks: a humanitarian catastrophe judges nobody's act, a speaker
regretting deaths asserts, "defended the town" is no speech.

The sentences are official texts of ``corpus/`` or news reports, in no gold part of
``benchmarks/claims/gold.jsonl``; the news ones lightly reworded (names and structure
kept)."""

from __future__ import annotations

from spacy.language import Language

from kg.model import Stance
from tests.claim_helpers import claims_of, resolved

# --- criticism: CAMEO 110/111 cues --------------------------------------------------------


def test_opposed_to_is_a_criticism(nlp: Language) -> None:
    # CAMEO REMAIN * OPPOSED [110], as a predicate adjective
    found = resolved(nlp, "China is firmly opposed to the U.S. arms sales to Taiwan.")
    assert ("China", Stance.CRITICIZE, ["United States"]) in found


def test_upset_over_is_a_criticism(nlp: Language) -> None:
    # CAMEO EXPRESS * ANGER [111], as a predicate adjective
    found = resolved(nlp, "The Kremlin is upset over NATO's decision to expand.")
    assert ("Russia", Stance.CRITICIZE, ["NATO"]) in found


def test_opposed_in_a_corpus_statement(nlp: Language) -> None:
    # corpus/kremlin-russia-ukraine.jsonl
    claims = claims_of(
        nlp,
        "We are categorically opposed to Ukraine joining NATO because this poses a threat "
        "to us and we have arguments to support this.",
    )
    criticisms = [c for c in claims if c.stance is Stance.CRITICIZE]
    assert [c.claimer.span.text for c in criticisms] == ["We"]
    assert [t.span.text for t in criticisms[0].targets] == ["Ukraine"]


# --- criticism: evaluation as a frame -------------------------------------------------------


def test_a_content_calling_an_act_a_mistake_criticizes(nlp: Language) -> None:
    # CAMEO DESCRIBE * (AS MISTAKE) [110]: the noun of disapproval as the predicate
    found = resolved(nlp, "Putin said the expansion of NATO was a mistake.")
    assert [stance for _, stance, _ in found] == [Stance.CRITICIZE]


def test_conjoined_evaluations_are_each_read(nlp: Language) -> None:
    # "hasty" is no criticism by itself; its conjunct "irresponsible" is
    found = resolved(nlp, "The spokesman said Washington's decision was hasty and irresponsible.")
    assert [(s, t) for _, s, t in found] == [(Stance.CRITICIZE, ["United States"])]


def test_a_humanitarian_catastrophe_judges_no_act(nlp: Language) -> None:
    text = "The U.N. envoy said the situation in Gaza is a humanitarian catastrophe."
    found = resolved(nlp, text)
    assert [stance for _, stance, _ in found] == [Stance.ASSERT]


def test_regretting_deaths_is_no_criticism(nlp: Language) -> None:
    # the verb "regret" was measured and left out of the cues (own side's deaths)
    found = resolved(nlp, "Israel says it regrets the deaths of the three Egyptian policemen.")
    assert Stance.CRITICIZE not in {stance for _, stance, _ in found}


# --- approval: CAMEO 051/052 --------------------------------------------------------------


def test_thanked_for_is_an_approval(nlp: Language) -> None:
    # corpus/kremlin-russia-ukraine.jsonl; CAMEO THANK [051]
    found = resolved(
        nlp,
        "The President of Egypt thanked Russia for the efforts to evacuate Egyptian nationals "
        "from the conflict zone.",
    )
    assert [(s, t) for _, s, t in found] == [(Stance.APPROVE, ["Russia"])]


def test_grateful_to_is_an_approval(nlp: Language) -> None:
    # corpus/kremlin-russia-ukraine.jsonl; CAMEO EXPRESS * GRATITUDE [051] as an adjective
    claims = claims_of(
        nlp,
        "We are grateful to the Greek authorities for the decision to recognise Russian "
        "Sputnik V vaccination certificates.",
    )
    assert [c.stance for c in claims] == [Stance.APPROVE]


def test_defending_an_act_approves_its_doer(nlp: Language) -> None:
    # CAMEO DEFEND * DECISION [052]: the object's doer is the target
    found = resolved(nlp, "Official media defended Russia's response to the protests.")
    assert [(s, t) for _, s, t in found] == [(Stance.APPROVE, ["Russia"])]


def test_defending_a_town_is_no_claim(nlp: Language) -> None:
    assert resolved(nlp, "Troops defended the town against the rebels.") == []


def test_credited_for_is_an_approval(nlp: Language) -> None:
    found = resolved(nlp, "The governor credited the police for restoring calm.")
    assert [s for _, s, _ in found] == [Stance.APPROVE]


def test_every_issuer_of_a_joint_statement_approves(nlp: Language) -> None:
    found = resolved(
        nlp, "Britain, France and Germany issued a joint statement welcoming the agreement."
    )
    assert sorted(c for c, s, _ in found if s is Stance.APPROVE) == [
        "France",
        "Germany",
        "United Kingdom",
    ]
