"""Round 19, issue 12 (branch ``judge19``): criticism by a judgement and denial by
counter-assertion.  Judgement adjectives of another party's act ("abhorrent",
"unforgivable", ...: ``critical_adj`` rows), a distressed label of findings that criticizes
the party they charge (not a denial of them: ``judged_findings``), the main clause after a
concession as the content, and a negated deed of the party charged just before
(``accused_negation``).  Wire-copy sentences about disputes, in no gold part, written for
these tests: round 20 (``realtests20``) found no public-domain sentence of these shapes outside
the gold parts and marked each ``constructed`` where it stands (searched: ``corpus/*.jsonl``,
the VOA pool ``benchmarks/claims/pool/`` and the ``search`` tool's pages corpus for the
round's judgement adjectives (abhorrent, unforgivable, heinous, despicable, ...) after "said"
or "called" with a party's act, "called the findings", "while it was true", "has never
armed"; the corpus's "This is one of Russia's most heinous war crimes." reads as an
accusation through ``official_prose``, not through these families)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.claims import OPTIONAL, RULES, extract_claims
from kg.extract.mentions import extract_mentions
from kg.model import Stance
from kg.resolve.voice import OFFICIAL_ONLY
from tests.claim_helpers import stances_of

#: The default families with this round's two optional ones (off by default: they changed
#: no claim of any development or held-out part).
JUDGE19 = RULES - OFFICIAL_ONLY - OPTIONAL | {"judged_findings", "accused_negation"}


def _with_families(nlp: Language, text: str) -> list[tuple[str, Stance, list[str]]]:
    doc = nlp(text)
    return [
        (c.claimer.span.text, c.stance, [t.span.text for t in c.targets])
        for c in extract_claims(doc, extract_mentions(doc), rules=JUDGE19)
    ]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # constructed: no public-domain example found (searched: see the module docstring)
        ("The foreign minister said Moscow's actions were abhorrent.", "Moscow"),
        # constructed: no public-domain example found (searched: see the module docstring)
        ("The opposition leader said the junta's crackdown was unforgivable.", "junta"),
        # constructed: no public-domain example found (searched: see the module docstring)
        ("Seoul called Pyongyang's shelling of the island heinous.", "Pyongyang"),
    ],
)
def test_judgement_of_an_act_criticizes_its_doer(nlp: Language, text: str, target: str) -> None:
    assert any(
        stance is Stance.CRITICIZE and any(target in t for t in found)
        for _, stance, found in stances_of(nlp, text)
    )


def test_distressed_findings_criticize_the_party_charged(nlp: Language) -> None:
    text = (
        # constructed: no public-domain example found (searched: see the module docstring)
        "A U.N. commission accused Eritrean troops of killing hundreds of civilians in Axum. "
        'Britain\'s envoy called the findings "deeply disturbing."'
    )
    found = _with_families(nlp, text)
    envoy = [(stance, targets) for claimer, stance, targets in found if "envoy" in claimer]
    assert envoy and all(stance is Stance.CRITICIZE for stance, _ in envoy)
    assert any("Eritrean" in t for _, targets in envoy for t in targets)


def test_dismissive_label_of_findings_stays_a_denial(nlp: Language) -> None:
    # constructed: no public-domain example found (searched: see the module docstring)
    found = stances_of(nlp, "Khartoum called the report's findings baseless.")
    assert any(stance is Stance.DENY for _, stance, _ in found)


def test_concession_gives_way_to_the_main_clause(nlp: Language) -> None:
    text = (
        # constructed: no public-domain example found (searched: see the module docstring)
        "Zambia accused Botswana of training rebels on its territory. The minister said "
        "while it was true there is an investigation, Botswana is not training militants."
    )
    found = stances_of(nlp, text)
    assert any(c == "The minister" and s is Stance.DENY for c, s, _ in found)


def test_negated_deed_of_the_accused_denies(nlp: Language) -> None:
    text = (
        # constructed: no public-domain example found (searched: see the module docstring)
        "Kinshasa accused Kampala of arming the rebels. A government spokesman said that while "
        "there were contacts with the rebels, Uganda has never armed them."
    )
    assert not any(s is Stance.DENY and "Kinshasa" in t for _, s, t in stances_of(nlp, text))
    found = _with_families(nlp, text)
    assert any("spokesman" in c and s is Stance.DENY and "Kinshasa" in t for c, s, t in found), (
        found
    )


def test_third_side_speaker_reports_the_negation(nlp: Language) -> None:
    text = (
        # constructed: no public-domain example found (searched: see the module docstring)
        "Kinshasa accused Kampala of arming the rebels. A French diplomat said Uganda has "
        "not armed the rebels."
    )
    found = _with_families(nlp, text)
    assert not any("diplomat" in c and s is Stance.DENY and "Kinshasa" in t for c, s, t in found)
