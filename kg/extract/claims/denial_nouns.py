"""A denial noun with its author and no content (the claims guide, point 39): "Kigali's
denial follows accusations by Kinshasa", "the denial by Moscow came after Kiev said P" is
the author's ``deny`` with no content, aimed at the accuser, when the charge or the accuser
is named in the sentence or the one before; with neither, no claim.

``denial_noun`` (optional, off by default: the parts annotated before point 39 do not
have these claims).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from kg.extract import cues
from kg.extract.claims.base import _claim, _Context, _tokens_of
from kg.extract.claims.spans import _that_clause
from kg.extract.claims.targets_denials import _allegation_authors
from kg.extract.mentions import ACTOR_LABELS, sentence_index, to_span
from kg.model import Claim, Mention, Stance

#: Nouns of a denial made: "Kigali's denial", "the rebuttal by Moscow".
DENIAL_NOUNS = cues.words("denial rebuttal")

#: Nouns of a charge made, whose author is the accuser a denial answers.
_CHARGES = cues.ACCUSATION_NOUNS | cues.words("claim")


def denial_nouns(claims: tuple[Claim, ...], context: _Context) -> tuple[Claim, ...]:
    """``claims`` with a DENY added for each denial noun with an author and no that-clause
    whose sentence or the one before states a charge (see the module docstring)."""
    accusations: dict[int, list[Claim]] = {}
    for claim in claims:
        if claim.stance is Stance.ACCUSE:
            cue = _tokens_of(claim.cue, context)
            if cue is not None and len(cue):
                accusations.setdefault(sentence_index(cue[0]), []).append(claim)
    made = {(c.cue.start, c.stance) for c in claims}
    added: list[Claim] = []
    for noun in context.doc:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in DENIAL_NOUNS:
            continue
        if _that_clause(noun) is not None or (to_span(noun).start, Stance.DENY) in made:
            continue  # "the denial that P" is read with its content elsewhere
        authors = [m for m in _allegation_authors(noun, context)[0] if m.label in ACTOR_LABELS]
        if not authors:
            continue
        here = sentence_index(noun)
        stated = [*accusations.get(here, ()), *accusations.get(here - 1, ())]
        accusers = _named_accusers(noun, context, stated)
        if not stated and not accusers and not _charge_named(noun):
            continue
        for author in authors:
            targets = tuple(a for a in accusers if a.span.text != author.span.text)
            added.append(
                _claim(
                    context,
                    claimer=author,
                    stance=Stance.DENY,
                    cue=to_span(noun),
                    sentence=here,
                    targets=targets,
                    confidence=0.6,
                )
            )
    if not added:
        return claims
    return tuple(sorted((*claims, *(_ruled(c) for c in added)), key=lambda c: c.cue.start))


def _ruled(claim: Claim) -> Claim:
    return replace(claim, rule="denial_noun")


def _named_accusers(noun: Token, context: _Context, stated: list[Claim]) -> list[Mention]:
    """The accusers: the claimers of the accusations stated, else the authors of a charge
    noun in the sentence ("follows accusations by Kinshasa", "after Kiev's claims")."""
    found: list[Mention] = [c.claimer for c in stated if c.claimer.label in ACTOR_LABELS]
    if found:
        return found
    for token in noun.sent:
        if token.pos_ == "NOUN" and token.lemma_.lower() in _CHARGES and token is not noun:
            found.extend(
                m for m in _allegation_authors(token, context)[0] if m.label in ACTOR_LABELS
            )
    return found


def _charge_named(noun: Token) -> bool:
    """Whether the sentence names a charge: a charge noun ("follows the accusations")."""
    return any(
        t.pos_ == "NOUN" and t.lemma_.lower() in _CHARGES and t is not noun for t in noun.sent
    )
