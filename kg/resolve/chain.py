"""The chain of who a document speaks of, sentence by sentence, for "he said" claimers.

Wire copy names a speaker once and then continues with "he said", "she added".  The
pronoun refers to the centre of the sentence before it: the person who spoke there, or
else the person the sentence is about, its subject (centering: the subject of the
previous sentence is the preferred antecedent of a pronoun subject).  So a "He said ..."
follows

* the last speaker of its own sentence before it ("Sikorski said ... and he added");
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

from kg.extract.cues import words
from kg.model import Mention
from kg.resolve import coref
from kg.resolve.gazetteer import lookup

#: Heads of a singular description that names a person by office: "the spokesman", "a
#: senior official", "the head of the navy", "the commissioner".
PERSON_HEADS = coref.PERSON_HEADS

#: Whether resolution uses the chain (the speaker chain, "they" as its sentence's plural
#: speaker, names in apposition with an office, "The official, NAME,"); switched off only
#: to measure it (``benchmarks/claims/run.py --ablation``).
ENABLED = True

#: Whether a speaker's name the tagger took for an organisation, between commas after a
#: description of one person, is a person (:func:`described_person`; round 14).
DESCRIBED_PERSON = True

#: Whether a "he"/"she" whose own sentence's subject is no person but names one person
#: inside it ("The office of President X says he declared ...") is that person (round 17).
NAMED_INSIDE = True

PERSONAL_PRONOUNS = frozenset({"he", "she"})

#: Whether a sentence's subject the tagger took for a place or left untagged is a person a
#: later "he"/"she" stands for when its sentence introduces it as one: "NAME is the chairman
#: of ...", "NAME publishes his opinions in ..." (:func:`introduced_person`; round 29,
#: quotes30, issue 12: such a "he" took the speaker named before instead).  On by the bar
#: written before its held-out numbers: second half (development once read) test17 +6 matched
#: triples in the document scope, +3 in the sentence scope, first half and every held-out
#: part unchanged in both scopes (benchmarks/claims/RESULTS.md, "Round 29, quotes30").
INTRODUCED_PERSON = True


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


#: A description of one person right before ", NAME,": from the sentence's start or the
#: last comma, semicolon or colon (a title's abbreviations, "the U.N.", may be inside).
_DESCRIPTION_BEFORE = re.compile(r"(?:^|[,;:]\s+|\.\s+(?=[A-Z]))([^,;:]*?[^,;:\s])\s*,\s*$")

#: Nouns for one person such a description has, besides :data:`PERSON_HEADS`.
_DESCRIBED_PERSON = words(
    """
    analyst expert scholar aide chief head adviser advisor professor researcher director
    chairman commissioner governor mayor editor lawyer activist negotiator representative
    deputy
    """
)


def described_person(text: str, mention: Mention) -> bool:
    """Whether a name the tagger took for an organisation stands between commas after a
    description of one person: "Russia's ambassador to the U.N., NAME, said ...", "An
    analyst at the institute, NAME, says ..." (a person), not "the rebel group, NAME,"
    nor "a spokesman for the armed wing, NAME," (the description ends in a body) nor a
    name the gazetteer knows.

    >>> from kg.model import Span
    >>> text = "Russia's ambassador to the U.N., Vasily Orlov, said it."
    >>> described_person(text, Mention(Span(33, 45, "Vasily Orlov"), "ORG", 0))
    True
    >>> text = "The rebel group, Ansar Dine, said it."
    >>> described_person(text, Mention(Span(17, 27, "Ansar Dine"), "ORG", 0))
    False
    """
    if lookup(mention.span.text) is not None:
        return False
    if text[mention.span.end : mention.span.end + 1] != ",":
        return False
    found = _DESCRIPTION_BEFORE.search(text[max(0, mention.span.start - 120) : mention.span.start])
    if found is None:
        return False
    words = re.findall(r"[a-z]+", found.group(1).lower())
    if not words or words[-1] in coref.INSTITUTION_NOUNS or words[-1].endswith("s"):
        return False  # "... for the armed wing, NAME,", "officials, NAME,"
    return any(w in PERSON_HEADS or w in _DESCRIBED_PERSON for w in words)


#: "NAME is the chairman of ...", "NAME was a senior adviser to ...": the head noun of what
#: the copula says the name is.
_IS_ROLE = re.compile(r"\s+(?:is|was)\s+(?:a|an|the)\s+(?:[\w'’.-]+\s+){0,4}?([\w-]+)\b")
#: A possessive of one person in the words right after the name ("publishes his opinions").
_PERSONAL_POSSESSIVE = re.compile(r"\b(?:his|her)\b")
#: How far (characters) after the name the possessive may stand.
_POSSESSIVE_REACH = 60


def introduced_person(text: str, subject: Mention, sentence_end: int) -> bool:
    """Whether a sentence's subject that the tagger did not take for a person is one all
    the same: a name of two to four capitalised words the gazetteer does not know, which
    its sentence says is an office holder ("Phan Van On is the chairman of the commune.")
    or follows with "his"/"her" ("Semih Idiz publishes his opinions in a newspaper.").

    >>> from kg.model import Span
    >>> text = "Semih Idiz publishes his opinions about politics in a newspaper."
    >>> introduced_person(text, Mention(Span(0, 10, "Semih Idiz"), "GPE", 0), len(text))
    True
    >>> text = "Phan Van On is the chairman of the Hoa Binh Tay commune."
    >>> introduced_person(text, Mention(Span(0, 11, "Phan Van On"), "NOMINAL", 0), len(text))
    True
    >>> text = "South Ossetia is a region that broke away from Georgia."
    >>> introduced_person(text, Mention(Span(0, 13, "South Ossetia"), "GPE", 0), len(text))
    False
    """
    name = subject.span.text
    words = name.split()
    if subject.label in ("PERSON", "PRON") or not 2 <= len(words) <= 4:
        return False
    if not all(w[:1].isupper() for w in words) or lookup(name) is not None:
        return False
    after = text[subject.span.end : sentence_end]
    role = _IS_ROLE.match(after)
    if role is not None:
        head = role.group(1).lower()
        return head in PERSON_HEADS or head in _DESCRIBED_PERSON
    return _PERSONAL_POSSESSIVE.search(after[:_POSSESSIVE_REACH]) is not None


_DEFINITE_ROLE = re.compile(r"\b(?:[Tt]he|[Tt]his)\s+(?:[\w'’.-]+\s+){0,3}?([\w-]+)\s*,\s*$")


def named_role(text: str, mention: Mention) -> str | None:
    """The head of the definite description of an office holder a name is in apposition
    to: "The official, Ali Hassan, said ..." -> "official"; None for anything else ("the
    minister said Ali Hassan, ..." has no comma before the name).

    >>> from kg.model import Span
    >>> text = "The official, Ali Hassan, said the army had lost two units."
    >>> named_role(text, Mention(Span(14, 24, "Ali Hassan"), "PERSON", 1))
    'official'
    """
    if text[mention.span.end : mention.span.end + 1] != ",":
        return None
    found = _DEFINITE_ROLE.search(text, max(0, mention.span.start - 60), mention.span.start)
    if found is None or found.group(1).lower() not in PERSON_HEADS:
        return None
    return found.group(1).lower()


def introduces(description: Mention, head: str, person: Mention) -> bool:
    """Whether ``description`` is an earlier indefinite description of one office holder
    headed by ``head`` ("a senior Iraqi official", "an official" for "The official,
    Ali Hassan"), at most :data:`coref.NOMINAL_WINDOW` sentences before ``person``."""
    words = description.span.text.split()
    return (
        description.label in ("ANON", "NOMINAL")
        and not description.plural
        and description.head.lower() == head
        and bool(words)
        and words[0].lower() in ("a", "an")
        and description.span.end <= person.span.start
        and 0 < person.sentence - description.sentence <= coref.NOMINAL_WINDOW
    )
