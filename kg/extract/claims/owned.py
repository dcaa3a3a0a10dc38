"""A charge noun whose content is an "of" phrase naming the one charged, its owner the
accuser (round 22, family ``owned_charge``, issue 12): "Tehran rejected charges by Washington
of Iran's interference" (Washington accuses Iran), "dismissed Ukrainian accusations of Russian
shelling" (Ukraine accuses Russia), "allegations by the opposition of vote-rigging by the
ruling party".

The noun's author is read as for any allegation noun (a "by"/"from" phrase, a possessive, a
demonym: :func:`_allegation_authors`); the one charged is the owner of the act the "of"
phrase names: its possessive or demonym ("Iran's interference", "Russian shelling"), its
"by" phrase ("shelling by Russian forces"), a gerund's subject, or an "against" phrase on the
noun.  A charge with no named party charged ("charges of treason") makes no claim here:
``authored_charge`` and the denial frames read the rest.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract import cues
from kg.extract.claims.base import (
    ACTOR_LABELS,
    _claim,
    _Context,
    _prep_object,
)
from kg.extract.claims.spans import _token_span
from kg.extract.claims.targets import actor_mention
from kg.extract.claims.targets_denials import _allegation_authors
from kg.extract.mentions import sentence_index, to_span
from kg.model import Claim, Stance


def _is_party(token: Token) -> bool:
    return token.ent_type_ in ACTOR_LABELS


def _act_owners(act: Token) -> list[Token]:
    """The parties an act noun or gerund names as its doer: "Iran's interference",
    "Russian shelling", "shelling by Russian forces", "Iran arming the rebels"."""
    found: list[Token] = []
    for child in act.children:
        owner = child.dep_ in ("poss", "nsubj") and _is_party(child)
        demonym = child.dep_ in ("amod", "compound") and child.ent_type_ in ("NORP", "GPE")
        if owner or demonym:  # "Iran's interference", "Iran arming", "Russian shelling"
            found.append(child)
        elif child.dep_ in ("prep", "agent") and child.lower_ == "by":
            doer = _prep_object(child)
            if doer is None:
                continue
            if _is_party(doer):
                found.append(doer)
            else:  # "by Russian forces": the state the modifier names
                found.extend(
                    c
                    for c in doer.children
                    if c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE")
                )
    return found


def _of_phrases(noun: Token) -> list[Token]:
    """The noun's "of" phrases, and one the parser hung on its "by" phrase's object
    ("charges by Washington of Iran's interference")."""
    found = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"]
    for by in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("by", "from")):
        author = _prep_object(by)
        if author is not None and _is_party(author):
            found += [c for c in author.children if c.dep_ == "prep" and c.lower_ == "of"]
    return found


def _charged(noun: Token) -> tuple[Token | None, list[Token]]:
    """The "of" phrase's head and the parties it charges, or "against Y" on the noun."""
    for prep in _of_phrases(noun):
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        act = _prep_object(prep)
        if act is None:
            return None, []
        against = [
            o
            for p in noun.children
            if p.dep_ == "prep" and p.lower_ == "against"
            for o in [_prep_object(p)]
            if o is not None and _is_party(o)
        ]
        if against:  # "accusations of treason by the government against X": X is charged
            return act, against
        owners = _act_owners(act)
        for conj in act.conjuncts:
            owners += _act_owners(conj)
        return act, owners
    return None, []


def _owned_charge_claims(noun: Token, context: _Context) -> Iterator[Claim]:
    """The accusation a charge noun with an owned "of" act makes (module docstring)."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in cues.ACCUSATION_NOUNS:
        return
    act, charged = _charged(noun)
    if act is None or not charged:
        return
    authors = [m for m in _allegation_authors(noun, context)[0] if m.label in ACTOR_LABELS]
    if not authors:
        return
    content = _token_span(context.doc, act.left_edge.i, act.right_edge.i + 1)
    targets = tuple(actor_mention(t, context) for t in charged)
    for author in authors:
        if any(author.span.start <= t.idx < author.span.end for t in charged):
            continue  # "Russia's charges of Russian ...": no one else is charged
        yield _claim(
            context,
            claimer=author,
            stance=Stance.ACCUSE,
            cue=to_span(noun),
            sentence=sentence_index(noun),
            content=content,
            targets=targets,
            confidence=0.6,
        )
