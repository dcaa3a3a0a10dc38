"""The party charged by findings a speaker judges: "A UN inquiry accused Eritrea of
torture.  Ethiopia's minister found the results of the investigation 'deeply troubling'"
-> Eritrea.

Round 19 (issue 12, judge19): test19's class "criticism by a judgement of findings against
another party": calling findings that charge a third party disturbing criticizes the party
charged.  The label rule (:mod:`.labels`) reads the criticism; its sentence takes the
findings up again ("the findings", "the results of the investigation", "the report") and
names no party of its own, so the target is the one party the accusation in the sentence
before (or earlier in the same sentence) charges, not the findings' author."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span as SpacySpan

from kg.extract import cues
from kg.extract._index import index_of
from kg.extract.claims.base import _Context
from kg.extract.claims.targets_denials import _distinct, _sides
from kg.model import Claim, Mention, Stance

#: Nouns of findings or a report taken up again: "the findings", "the results".
FINDING_NOUNS = cues.ALLEGATION_NOUNS | cues.words(
    "findings result results report investigation inquiry probe conclusions evidence"
)

#: Determiners that take findings already told up again ("a report" is a new one).
_TAKING_UP = cues.words("the this that these those such its their")


def judged_findings(claims: tuple[Claim, ...], context: _Context) -> tuple[Claim, ...]:
    """A criticism with no actor among its targets whose content or words after its cue
    take findings up again is aimed at the one party an accusation by another speaker in
    its sentence (before the cue) or the sentence before charges."""
    index = index_of(context.doc)
    sentences = index.sentences if index is not None else tuple(context.doc.sents)
    found: list[Claim] = []
    for claim in claims:
        if (
            claim.stance is Stance.CRITICIZE
            and claim.sentence < len(sentences)
            and all(t.label in ("NOMINAL", "PRON") for t in claim.targets)
            and _takes_up_findings(claim, sentences[claim.sentence])
        ):
            charged = _charged_before(claim, claims)
            if len(charged) == 1:
                claim = replace(
                    claim,
                    targets=(*claim.targets, *charged),
                    rule=f"{claim.rule}+judged_findings",
                )
        found.append(claim)
    return tuple(found)


def _takes_up_findings(claim: Claim, sentence: SpacySpan) -> bool:
    """Whether the words right after the criticism's cue name findings taken up again
    ("called the findings", "found the results of the investigation")."""
    for token in sentence:
        if token.idx < claim.cue.start or token.pos_ != "NOUN":
            continue
        if token.idx > claim.cue.end + 40:
            return False
        if token.lemma_.lower() not in FINDING_NOUNS and token.lower_ not in FINDING_NOUNS:
            continue
        return any(c.dep_ in ("det", "poss") and c.lower_ in _TAKING_UP for c in token.children)
    return False


def _charged_before(claim: Claim, claims: tuple[Claim, ...]) -> tuple[Mention, ...]:
    """The actors the accusations by other speakers charge in the sentence before the
    criticism or earlier in its own, leaving out the critic's own side."""
    critic = _sides(claim.claimer)
    charged = [
        t
        for c in claims
        if c.stance is Stance.ACCUSE
        and (
            c.sentence == claim.sentence - 1
            or (c.sentence == claim.sentence and c.cue.start < claim.cue.start)
        )
        and c.claimer.span != claim.claimer.span
        for t in c.targets
        if t.label not in ("NOMINAL", "PRON") and not (_sides(t) & critic)
    ]
    return _distinct(charged)
