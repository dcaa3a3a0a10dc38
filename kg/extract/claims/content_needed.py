"""Evaluations told as content (round 38, evaluations41, issue 12): a need for the other side's
hostile doing to stop, and a thing called a reason for concern.

* :func:`needed_halt_doers` -- a content whose head is a need ("underscored the need for an
  immediate cessation of Russian aggression") of a cessation or withdrawal whose doing is a
  named party's hostile one criticizes that party, as a demanded halt does (the ``demanded_halt``
  family: "demanded a halt to aerial bombardments by X" is X's criticism); read before the
  content's charge, which made it ``accuse`` of Russia.
* :func:`concern_reason_doers` -- "Iran's nuclear program is reason for grave concern", "the
  move is a cause for alarm": the subject's doer is criticized, as "is deeply concerned about
  X" criticizes X (the claims guide's stance table); the content's own words made it ``assert``.

The words are the ``need_noun``, ``reason_noun`` and ``concern_noun`` rows of
``kg/data/content_lexicon.tsv``.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.extract._index import index_of
from kg.extract.claims.base import _is_actor_token, _prep_object
from kg.extract.claims.content_base import _negated, _own_side
from kg.extract.claims.content_lexicon import load_classes
from kg.extract.claims.gates import gate, needs
from kg.extract.claims.targets import _owners

_CLASSES = load_classes()
NEED_NOUNS: frozenset[str] = _CLASSES["need_noun"]
REASON_NOUNS: frozenset[str] = _CLASSES["reason_noun"]
CONCERN_NOUNS: frozenset[str] = _CLASSES["concern_noun"]

#: Round 38 (evaluations41, issue 12): "underscored the need for an immediate cessation of
#: Russian aggression" criticizes Russia (the need's cessation takes the doing for granted,
#: as a demanded halt does), where the content's hostile noun made it an accusation; dev4's
#: gold reads it ``criticize`` (two claims, one per leader of the readout).  Read in
#: :func:`kg.extract.claims.content._read_stance`.  Measured (benchmarks/claims/RESULTS.md,
#: "Round 38, evaluations41"): dev4 +2 matched triples in the document scope, 0 in the
#: sentence scope (there the readout's "They" is a group, so the right stance still misses the
#: claimer); no other part moves, no wrong triple added.  Off by the branch's bar (no
#: sentence-scope gain); turned on by the lead by the rule round 37 applied to switches that
#: lose no matched triple and add no wrong one on any scored part.  False: the hostile noun's
#: accusation, as before.
NEEDED_HALTS = True

#: Round 38 (evaluations41, issue 12): "X is reason / cause / grounds for (grave) concern"
#: criticizes X's doer (the subject, or its owner: "Iran's nuclear program" -> Iran), as "is
#: concerned about X" does; it was read ``assert``.  Read in
#: :func:`kg.extract.claims.content._read_stance`.  Measured (benchmarks/claims/RESULTS.md,
#: "Round 38, evaluations41"): first half +1 matched triple in each scope (test12), no wrong
#: one added, no other part moves.  False: the older reading (``assert``).
CONCERN_REASONS = True


def _content_heads(span: SpacySpan) -> list[Token]:
    """The span's heads: its tokens whose head lies outside it (or is itself), read off the
    active index's head column (round 41, speed50: no Token built per word and head)."""
    index = index_of(span.doc)
    if index is None:
        return [t for t in span if t.head == t or not (span.start <= t.head.i < span.end)]
    start, end, heads, tokens = span.start, span.end, index.heads, index.tokens
    return [tokens[i] for i in range(start, end) if heads[i] == i or not start <= heads[i] < end]


def needed_halt_doers(span: SpacySpan, sides: Callable[[], set[str]]) -> list[Token]:
    """The named doers of the hostile doing whose end a content's need names: "the need for an
    immediate cessation of Russian aggression" -> [Russian]; "the need for a withdrawal of
    Russian troops" -> [Russian].  [] for a need negated ("there is no need for an end to"),
    a need in a deeper clause, or a doing with no named doer or the speaker's own side's."""
    # demands reads speech, which reads this module's caller: imported when first needed
    from kg.extract.claims.demands import HALT_NOUNS, WITHDRAWAL_NOUNS, _halted_doers

    found: list[Token] = []
    for need in _content_heads(span):
        if need.lemma_.lower() not in NEED_NOUNS or need.pos_ != "NOUN":
            continue
        if any(
            c.dep_ in ("neg", "det") and c.lower_ in ("no", "not", "never") for c in need.children
        ):
            continue
        for prep in need.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("for", "of"):
                continue
            asked = _prep_object(prep)
            if asked is None:
                continue
            for halt in (asked, *asked.conjuncts):
                if halt.lemma_.lower() in HALT_NOUNS | WITHDRAWAL_NOUNS:
                    found += [d for d in _halted_doers(halt) if not _own_side(d, sides)]
    return found


def concern_reason_doers(verbs: list[Token], sides: Callable[[], set[str]]) -> list[Token] | None:
    """Whom a content calling a thing a reason for concern criticizes ([] when it names
    nobody), or None when it calls nothing so: "Iran's nuclear program is reason for grave
    concern" -> [Iran]; "the situation is a cause for alarm" -> []; "there is no reason for
    concern" and "it is not a cause for alarm" -> None (no concern voiced)."""
    for verb in verbs:
        if verb.lemma_.lower() != "be" or _negated(verb):
            continue
        reasons = [
            c
            for c in verb.children
            if c.dep_ in ("attr", "acomp") and c.lemma_.lower() in REASON_NOUNS
        ]
        concerned = [
            r
            for r in reasons
            if not any(c.dep_ == "det" and c.lower_ == "no" for c in r.children)
            and any(
                p.dep_ == "prep"
                and p.lower_ == "for"
                and (o := _prep_object(p)) is not None
                and o.lemma_.lower() in CONCERN_NOUNS
                for p in r.children
            )
        ]
        if not concerned:
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.lower_ in ("there", "it") or _own_side(subject, sides):
            return None
        whose = [subject] if _is_actor_token(subject) else _owners(subject)
        return [w for w in whose if not _own_side(w, sides)]
    return None


# the halt nouns are demands' (imported late, above): the need alone gates, looser but safe
gate(needed_halt_doers, needs(NEED_NOUNS), empty=[])
gate(concern_reason_doers, needs(REASON_NOUNS, CONCERN_NOUNS))
