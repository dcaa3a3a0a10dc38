"""A warning against a deed already told (round 38, second wave, accuse42, issue 12, test38's
class (F)): "We warn the Israeli enemy government against this flagrant aggressive act" charges
the one warned with the deed "this" points at, where the warning verb left the content an
assertion (the speech rules take "warn" as a verb of saying, and the content is then the deed's
noun phrase, or the whole warning).

* :func:`warned_deed_addressees` -- the object of "warn" (or "caution") whose "against" phrase
  is a hostile deed pointed at with "this", "these", "such", "that" or "those" ("this
  aggressive act", "these provocations") is accused; "warned Taiwan against pursuing
  independence" (no deed told) and "warned X against any aggression" (a deed to come) are not.

The words are ``kg/data/warned_deeds.tsv`` (``warn_verb``, ``deed_determiner``, ``deed_noun``,
``hostile_modifier``) and the hostile nouns of ``content_lexicon.tsv``.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.extract.claims.base import _is_actor_token, _prep_object, _with_conjuncts
from kg.extract.claims.content_base import _named_sides, _negated
from kg.extract.claims.content_lexicon import HOSTILE_NOUNS, load_classes
from kg.extract.claims.gates import gate, needs
from kg.extract.claims.targets import _owners

_CLASSES = load_classes("warned_deeds.tsv")
WARN_VERBS: frozenset[str] = _CLASSES["warn_verb"]
DEED_DETERMINERS: frozenset[str] = _CLASSES["deed_determiner"]
DEED_NOUNS: frozenset[str] = _CLASSES["deed_noun"]
HOSTILE_MODIFIERS: frozenset[str] = _CLASSES["hostile_modifier"]

#: Round 38, second wave (accuse42, issue 12, test38's class (F)): "We warn the Israeli enemy
#: government against this flagrant aggressive act" accuses the one warned (Israel), the deed
#: "this" points at being taken as done; it was read ``assert``.  Read in
#: :func:`kg.extract.claims.content._read_stance`, on the content and on the warning that
#: governs a content cut to the deed's noun phrase.  Measured (benchmarks/claims/RESULTS.md,
#: round 38 (second wave), accuse42): no development, second-half or other held-out triple
#: moves (the construction is absent there); ``test38`` +1 matched triple in each scope, no
#: system triple added.  False: the older reading (``assert``).
WARNED_DEEDS = True


def _hostile_deed(noun: Token) -> bool:
    """'this flagrant aggressive act', 'these provocations', 'such hostile actions': a hostile
    noun, or a deed noun with a hostile modifier, pointed at by a determiner of a deed told."""
    if not any(
        c.dep_ in ("det", "predet", "amod") and c.lower_ in DEED_DETERMINERS for c in noun.children
    ):
        return False
    lemma = noun.lemma_.lower()
    if lemma in HOSTILE_NOUNS or noun.lower_ in HOSTILE_NOUNS:
        return True
    return lemma in DEED_NOUNS and any(
        c.dep_ in ("amod", "compound") and c.lower_ in HOSTILE_MODIFIERS for c in noun.children
    )


def _warnings(span: SpacySpan) -> list[Token]:
    """The warning verbs of the span, and the one that governs a span cut to the noun phrase
    of its "against" phrase ("... warn X against [this aggressive act]")."""
    found = [t for t in span if t.lemma_.lower() in WARN_VERBS and t.pos_ == "VERB"]
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ == "against":
        governor = root.head.head
        if governor.lemma_.lower() in WARN_VERBS and governor not in found:
            found.append(governor)
    return found


def warned_deed_addressees(span: SpacySpan, sides: Callable[[], set[str]]) -> list[Token] | None:
    """The ones a content warns against a hostile deed already told: "We warn the Israeli
    enemy government against this flagrant aggressive act" -> [Israeli]; None when no such
    warning is there.  Not negated, not the speaker's own side, and not a warning against a
    deed to come ("against any aggression") or against a doing ("against pursuing")."""
    if not WARNED_DEEDS:
        return None
    for verb in _warnings(span):
        if _negated(verb):
            continue
        deeds = [
            o
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ == "against"
            for o in [_prep_object(c)]
            if o is not None
        ]
        if not any(_hostile_deed(d) for d in deeds):
            continue
        warned = [w for c in verb.children if c.dep_ == "dobj" for w in _with_conjuncts(c)]
        whose = [
            a
            for w in warned
            for a in ([w] if _is_actor_token(w) else _owners(w))
            if not (_named_sides(a) & sides())
        ]
        if whose:
            return whose
    return None


gate(
    warned_deed_addressees,
    needs(WARN_VERBS, DEED_DETERMINERS, HOSTILE_NOUNS),
    needs(WARN_VERBS, DEED_DETERMINERS, DEED_NOUNS, HOSTILE_MODIFIERS),
    empty=None,
)
