"""The chain of who a document speaks of, sentence by sentence, for "he said" claimers.

Wire copy names a speaker once and then continues with "he said", "she added".  The
pronoun refers to the centre of the sentence before it: the person who spoke there, or
else the person the sentence is about, its subject (centering: the subject of the
previous sentence is the preferred antecedent of a pronoun subject).  So a "He said ..."
follows

* the last speaker of its own sentence before it ("Lavrov said ... and he added");
* else the subject of its own sentence before it, when that is a person ("A senior
  British military official has presented evidence he says is proof ...");
* else the last speaker of the sentence before ("Jiang told reporters ... He said");
* else the subject of the sentence before, a person who made no claim the extractor
  reads ("Saudi Foreign Minister Adel al-Jubeir announced his country's move. He
  said ...", "A Foreign Ministry spokesman elaborated on the ban. He said ...");

and only then an older speaker (:func:`kg.resolve.coref.speaker_antecedent`).  A subject
is a person when it is a named person, "he"/"she" resolved to one, or a singular
description headed by a noun for an office holder (:data:`PERSON_HEADS`: "the
spokesman", "a senior official", "the head of the navy"); "The talks", "Russia",
"Officials" are not.  Sentences are counted from the start of the quotation the
pronoun attributes ('"A. B. C," he said'), as for the other speaker rules.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.model import Mention
from kg.resolve import coref
from kg.resolve.gazetteer import lookup

#: Heads of a singular description that names a person by office: "the spokesman", "a
#: senior official", "the head of the navy", "the commissioner".
PERSON_HEADS = coref.PERSON_HEADS

PERSONAL_PRONOUNS = frozenset({"he", "she"})


def names_a_person(subject: Mention) -> bool:
    """Whether a sentence's subject can be the person a later "he"/"she" stands for (its
    actor, if any, is checked by the resolver).

    >>> from kg.model import Span
    >>> def subject(text, label="NOMINAL"):
    ...     return Mention(Span(0, len(text), text), label, 0, head=text.split()[-1].lower())
    >>> names_a_person(subject("A Foreign Ministry spokesman"))
    True
    >>> names_a_person(subject("The talks")), names_a_person(subject("The embassy"))
    (False, False)
    """
    if subject.plural:
        return False
    head = subject.head.lower()
    if subject.label == "PERSON":
        return True
    if subject.label == "PRON":
        return head in PERSONAL_PRONOUNS
    return subject.label == "NOMINAL" and head in PERSON_HEADS


def subject_of(subjects: Sequence[Mention], sentence: int) -> Mention | None:
    """The subject of sentence number ``sentence``, or None."""
    for subject in subjects:
        if subject.sentence == sentence:
            return subject
    return None


_APPOSITION = re.compile(
    r"\s*,\s*(?:a|an|the)\s+((?:[\w'’.-]+\s+){0,5}?)([\w-]+)(?=\s+(?:for|of|at|to|in|with)\b|\s*,)"
)


def appositive_person(text: str, mention: Mention) -> bool:
    """Whether a name the tagger took for an organisation is followed by an apposition
    headed by a noun for an office holder: "Phay Siphan, a spokesman for Cambodia's
    Council of Ministers, ..." (a person), not "Hamas, the group that ..." nor a name
    the gazetteer knows.

    >>> from kg.model import Span
    >>> text = "Phay Siphan, a spokesman for the Council of Ministers, denies it."
    >>> appositive_person(text, Mention(Span(0, 11, "Phay Siphan"), "ORG", 0))
    True
    >>> text = "Hamas, the group that runs Gaza, denies it."
    >>> appositive_person(text, Mention(Span(0, 5, "Hamas"), "ORG", 0))
    False
    """
    if lookup(mention.span.text) is not None:
        return False
    found = _APPOSITION.match(text, mention.span.end)
    return found is not None and found.group(2).lower() in PERSON_HEADS
