"""A failure to stop hostile actors charged to the one who fails (round 39, accuse44, issue 12,
test38's class (E)): "an Iraqi statement that Damascus is not taking serious steps to prevent
insurgents from crossing" accuses Syria; "has failed to stop militants from crossing", "does
nothing to halt the flow of fighters".  The content's main verb is the negated "take" (or
"fail"), and no rule read a charge in it: it stayed an assertion.

* :func:`failed_preventers` -- the subject (an actor, not the speaker's side) of a negated
  effort verb with an effort noun ("is not taking steps", "does not do enough"; "does nothing",
  "does little" negative by themselves) or of "fail", whose purpose or complement is a verb of
  stopping whose object is a hostile actor ("insurgents", "militants", "the flow of fighters").

The words are ``kg/data/failed_prevention.tsv`` and the hostile actors of
``content_lexicon.tsv``.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.extract.claims.base import _is_actor_token, _prep_object, _with_conjuncts
from kg.extract.claims.content_base import _named_sides, _negated
from kg.extract.claims.content_lexicon import HOSTILE_ACTORS, load_classes
from kg.extract.claims.gates import gate, needs

_CLASSES = load_classes("failed_prevention.tsv")
PREVENT_VERBS: frozenset[str] = _CLASSES["prevent_verb"]
EFFORT_VERBS: frozenset[str] = _CLASSES["effort_verb"]
EFFORT_NOUNS: frozenset[str] = _CLASSES["effort_noun"]
FAIL_VERBS: frozenset[str] = _CLASSES["fail_verb"]
#: Effort nouns negative by themselves: "does nothing to", "does little to".
_NEGATIVE_EFFORTS = frozenset({"nothing", "little"})

#: Whether a failure to stop hostile actors ("is not taking serious steps to prevent insurgents
#: from crossing", "has failed to stop militants") accuses the one who fails; it was read
#: ``assert``.  Read in :func:`kg.extract.claims.content._read_stance` beside the warned deeds.
#: Measured (benchmarks/claims/RESULTS.md, round 39): no triple of any part moves, in either
#: scope (the construction is absent from the development parts).  False: the older reading.
FAILED_PREVENTION = True


def _hostile_object(verb: Token) -> bool:
    """Whether ``verb`` stops hostile actors: its object one ("prevent insurgents from
    crossing", "rein in the militias"), or the "of" object of its object ("halt the flow of
    fighters")."""
    for obj in verb.children:
        if obj.dep_ not in ("dobj", "pobj", "prep", "prt"):
            continue
        if obj.dep_ in ("prep", "prt"):  # "rein in the militias"
            inner = _prep_object(obj) if obj.dep_ == "prep" else None
            candidates = [inner] if inner is not None else []
        else:
            candidates = [obj]
        for noun in candidates:
            for one in _with_conjuncts(noun):
                if one.lemma_.lower() in HOSTILE_ACTORS or one.lower_ in HOSTILE_ACTORS:
                    return True
                for prep in one.children:
                    inner = (
                        _prep_object(prep) if prep.dep_ == "prep" and prep.lower_ == "of" else None
                    )
                    if inner is not None and (
                        inner.lemma_.lower() in HOSTILE_ACTORS or inner.lower_ in HOSTILE_ACTORS
                    ):
                        return True
    return False


def _failing_verb(prevent: Token) -> Token | None:
    """The verb whose failure ``prevent`` completes: "fail" ("failed to stop"), a negated
    effort verb with an effort noun ("is not taking steps to prevent", the purpose on the verb
    or on the noun), an effort verb with "nothing" or "little"; None otherwise."""
    head = prevent.head
    noun: Token | None
    if prevent.dep_ == "acl" and head.lemma_.lower() in EFFORT_NOUNS:
        noun, verb = head, head.head  # "steps to prevent": the noun, then its verb
        if noun.dep_ != "dobj":
            return None
    elif prevent.dep_ in ("xcomp", "advcl"):
        verb = head
        noun = next((c for c in verb.children if c.dep_ == "dobj"), None)
    else:
        return None
    lemma = verb.lemma_.lower()
    if lemma in FAIL_VERBS and prevent.dep_ == "xcomp":
        return None if _negated(verb) else verb  # "has not failed to" charges nobody
    if lemma not in EFFORT_VERBS or noun is None:
        return None
    effort = noun.lemma_.lower()
    if effort not in EFFORT_NOUNS and noun.lower_ not in EFFORT_NOUNS:
        return None
    if noun.lower_ in _NEGATIVE_EFFORTS:
        return None if _negated(verb) else verb
    negated = _negated(verb) or any(c.lower_ in ("no", "not") for c in noun.children)
    return verb if negated else None


def failed_preventers(span: SpacySpan, sides: Callable[[], set[str]]) -> list[Token] | None:
    """Who fails to stop hostile actors, never the speaker's side: "Damascus is not taking
    serious steps to prevent insurgents from crossing" -> Damascus; None when the content
    tells no such failure."""
    for prevent in span:
        if prevent.pos_ != "VERB" or prevent.lemma_.lower() not in PREVENT_VERBS:
            continue
        if _negated(prevent) or not _hostile_object(prevent):
            continue
        verb = _failing_verb(prevent)
        if verb is None:
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or not _is_actor_token(subject):
            continue
        doers = [d for d in _with_conjuncts(subject) if not (_named_sides(d) & sides())]
        if doers:
            return doers
    return None


gate(failed_preventers, needs(PREVENT_VERBS, HOSTILE_ACTORS), empty=None)
