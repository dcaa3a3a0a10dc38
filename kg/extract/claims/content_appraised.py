"""A speaker's copular evaluation of another party's act, with no charge of a deed: "X's
referendums are a total sham", "the North's threat to call off the reunions was
inappropriate", "the invasion is a sign of weakness" (round 44, issue 12, criticize56).

The guide's stance table: evaluating an act or a position ("a farce", "a charade", "a
disgrace", "hypocritical", "irresponsible") criticizes the act's owner; a charge of a hostile
deed ("the shelling was an act of aggression", "the vote was illegal") stays ``accuse``.  The
content readers of :func:`.content._read_stance` try the charges first, so an evaluation whose
subject names a hostile doing ("the North's threat ... was inappropriate") was read as a charge
of that doing.  :func:`appraised_predicate` finds the evaluation that is the content's main
predicate, so that the criticism readers are asked before the charge readers.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import cues
from kg.extract.claims.content_base import _negated
from kg.extract.claims.content_lexicon import (
    _LEXICON,
    CONDUCT_ADJECTIVES,
    CONDUCT_NOUNS,
    CRITICAL_ADJECTIVES,
    CRITICAL_NOUNS,
    HOSTILE_NOUNS,
    WRONG_NOUNS,
    load_classes,
)
from kg.extract.claims.gates import gate, needs

#: ``True``: a content whose main clause is a copula ("be") with a noun subject (no pronoun)
#: and, as its predicate, an evaluation of the content lexicon (``critical_adj``,
#: ``conduct_adj``, ``critical_noun``, ``conduct_noun``; not negated, and no word of a charge:
#: ``hostile_noun``, ``qualified_wrong``, ``wrong_adj``, ``wrong_noun``) is read by the
#: criticism readers before the charge readers; when they name an owner, the content
#: criticizes it.  ``False``: the charge readers first, as before.
#: Measured in benchmarks/claims/RESULTS.md, "Round 44, criticize56": +1 matched
#: claimer+stance+target triple and -1 wrong in each of the first half (test13's "the North's
#: threat ... was inappropriate", ``accuse`` -> the gold ``criticize``), the second half and the
#: held-out parts, in both scopes; no part loses a triple.  On by its bar.
EVALUATION_OVER_CHARGE = True

#: ``True``: a copular content whose predicate is a ``mark_noun`` of
#: ``kg/data/appraisal_marks.tsv`` ("a sign", "an indication") whose "of" object is a
#: ``failing_noun`` ("weakness") or a noun with a ``failing_adj`` modifier, directly or in its
#: own "of" object ("the kind of repressive regime"), criticizes the owner of the subject (its
#: possessor or "by" agent; nobody when none is named).  ``False``: read as before.
#: Measured in benchmarks/claims/RESULTS.md, "Round 44, criticize56": on the development parts
#: +1 matched triple (the ``dev`` Cuba line, document scope) and -1 (a first-half "a sign of his
#: desperation", gold ``assert``): no gain, so off by the bar's first clause (not scored further).
MARKED_FAILINGS = False

_MARKS = load_classes("appraisal_marks.tsv")
MARK_NOUNS: frozenset[str] = _MARKS["mark_noun"]
FAILING_NOUNS: frozenset[str] = _MARKS["failing_noun"]
FAILING_ADJECTIVES: frozenset[str] = _MARKS["failing_adj"]

#: Words that make a predicate a charge of a deed, not an evaluation of it.
CHARGE_WORDS: frozenset[str] = (
    HOSTILE_NOUNS | WRONG_NOUNS | _LEXICON["qualified_wrong"] | _LEXICON["wrong_adj"]
)
EVALUATIONS: frozenset[str] = (
    CRITICAL_ADJECTIVES | CONDUCT_ADJECTIVES | CRITICAL_NOUNS | CONDUCT_NOUNS
) - CHARGE_WORDS
_BE = cues.words("be")


def _noun_subject(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ == "nsubj":
            return child if child.pos_ in ("NOUN", "PROPN") else None
    return None


def _copular(verb: Token) -> Token | None:
    """``verb``'s noun subject when ``verb`` is an unnegated copula, else None."""
    if verb.lemma_.lower() not in _BE or _negated(verb):
        return None
    return _noun_subject(verb)


def _predicates(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in ("acomp", "attr") and not _negated(c)]


def appraised_predicate(verbs: list[Token]) -> Token | None:
    """The evaluation predicated of a noun subject by one of the content's main ``verbs``
    (:data:`EVALUATION_OVER_CHARGE`), or None."""
    for verb in verbs:
        if _copular(verb) is None:
            continue
        for predicate in _predicates(verb):
            word = predicate.lemma_.lower()
            if word in EVALUATIONS and not any(
                c.lemma_.lower() in CHARGE_WORDS for c in predicate.subtree
            ):
                return predicate
    return None


gate(
    appraised_predicate,
    needs(_BE, CRITICAL_ADJECTIVES),
    needs(_BE, CONDUCT_ADJECTIVES),
    needs(_BE, CRITICAL_NOUNS),
    needs(_BE, CONDUCT_NOUNS),
)


def _shows_failing(mark: Token) -> bool:
    for prep in mark.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for shown in prep.children:
            if shown.dep_ != "pobj":
                continue
            if shown.lemma_.lower() in FAILING_NOUNS:
                return True
            if any(
                c.dep_ == "amod" and c.lemma_.lower() in FAILING_ADJECTIVES for c in shown.children
            ):
                return True
            if _shows_failing(shown):  # "the kind of repressive regime"
                return True
    return False


def marked_failing_subject(verbs: list[Token]) -> Token | None:
    """The subject of a content's "X is a sign of weakness" (:data:`MARKED_FAILINGS`), or
    None."""
    for verb in verbs:
        subject = _copular(verb)
        if subject is None:
            continue
        for predicate in _predicates(verb):
            if predicate.lemma_.lower() in MARK_NOUNS and _shows_failing(predicate):
                return subject
    return None


gate(marked_failing_subject, needs(_BE, MARK_NOUNS, FAILING_NOUNS | FAILING_ADJECTIVES))
