"""The person a claimer's phrase goes on to name (round 25, issue 12: speakers).

Family ``titled_person``: a claimer read as a body, a party or a nationality whose own
noun phrase closes with the name of the person who spoke is that person:

- "..., says International Institute for Strategic Studies fellow Christian LeMiere": the
  institute, then a role word, then the name;
- "United Nations Special Representative to the Secretary General, Jan Pronk, wrote ...":
  an office the tagger read as an organisation, then the holder's name in apposition;
- "Ranking Democrat on the House Intelligence Committee, Representative Adam Schiff,
  expressed ...": a party word, then the person.

The speaker is whoever the subject finally names; the body is where the person works (the
gold and the guide name the person).  Only a person's name that the subject's words reach
with nothing but names, titles, prepositions, role words and commas between counts: no
verb, no "and" ("Amnesty International and X said" is two speakers), no "such as".
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc

from kg.extract._index import expanded_span
from kg.extract.claims.base import _Context
from kg.extract.mentions import mention_from_span, sentence_of
from kg.model import Claim

#: Entity labels of a claimer that may be the workplace or party of the person named next.
_WORKPLACE_LABELS = frozenset({"ORG", "NORP", "GPE"})
#: How far (characters) the person's name may start after the claimer's mention ends.
_REACH = 70
#: A word of a title or an office between the body and the name ("fellow", "professor",
#: "Representative", "to the Secretary General").
_WORD = re.compile(r"^[A-Za-z][\w.'’-]*$")
_STOP_WORDS = frozenset(
    {"and", "or", "but", "such", "including", "like", "said", "says", "say", "told", "who",
     "which", "that", "with", "as", "by", "from", "he", "she", "they", "it", "is", "was",
     "are", "were", "has", "have", "had", "will", "would"}
)  # fmt: skip
#: Entity labels a name's words may carry when the tagger split or mislabelled it
#: ("Christian" NORP in "fellow Christian LeMiere").
_NAME_WORD_LABELS = frozenset({"", "PERSON", "NORP"})
#: Whether the family runs (also a rule name, so ``--ablate`` measures it).
ENABLED = True


def _bridges(text: str) -> bool:
    """Whether ``text`` between a body and a name is a title or an office and nothing
    else: words (no joining or verb-like one, :data:`_STOP_WORDS`) and at most two
    commas, no quotation, bracket or stop."""
    if any(mark in text for mark in '.;:"“”()') or text.count(",") > 2:
        return False
    words = text.replace(",", " ").split()
    return all(_WORD.match(w) and w.lower() not in _STOP_WORDS for w in words)


def _name_at(doc: Doc, i: int) -> tuple[int, int] | None:
    """The person's name starting at token ``i``: a PERSON entity, else two to four
    capitalised proper nouns the tagger left unnamed or half-named ("Jan Pronk",
    "Christian LeMiere"); its token range, or None."""
    token = doc[i]
    if token.ent_type_ == "PERSON" and token.ent_iob_ == "B":
        j = i + 1
        while j < len(doc) and doc[j].ent_iob_ == "I":
            j += 1
        return i, j
    j = i
    while (
        j < len(doc)
        and doc[j].pos_ == "PROPN"
        and doc[j].text[:1].isupper()
        and doc[j].ent_type_ in _NAME_WORD_LABELS
        and doc[j].sent.start == token.sent.start
    ):
        j += 1
    if not 2 <= j - i <= 4 or i == 0:
        return None
    before = doc[i - 1]
    # an apposition (", Jan Pronk,") or a role word ("fellow Christian LeMiere"), not an
    # office's own capitalised words ("to the Secretary General")
    if before.text == "," or (before.pos_ in ("NOUN", "ADJ") and before.text.islower()):
        return i, j
    return None


def _named_person(claim: Claim, context: _Context) -> tuple[int, int] | None:
    """The character range of the person a body claimer's phrase goes on to name, or None."""
    claimer = claim.claimer
    if claimer.label not in _WORKPLACE_LABELS:
        return None
    doc = context.doc
    end = claimer.span.end
    first = expanded_span(doc, claimer.span.start, end)
    if first is None:
        return None
    sentence_end = sentence_of(first[-1]).end  # the index's: spaCy rebuilds ``.sent``
    cue = _cue_token(claim, doc)
    if cue < first.start:
        cue = sentence_end  # "..., says X fellow NAME": the subject runs to the sentence's end
    for i in range(first.end, sentence_end):
        if doc[i].idx - end > _REACH or i >= cue:
            return None
        found = _name_at(doc, i)
        if found is None:
            continue
        between = context.text[end : doc[i].idx]
        if not between.strip() or not _bridges(between):
            return None  # "Amnesty International and X", or a body named by the name
        after = doc[found[1]] if found[1] < sentence_end else None
        if after is not None and not (
            after.is_punct or after.pos_ in ("VERB", "AUX") or after.i >= cue
        ):
            return None  # the name modifies more words: not the subject's end
        return doc[found[0]].idx, doc[found[1] - 1].idx + len(doc[found[1] - 1])
    return None


def _cue_token(claim: Claim, doc: Doc) -> int:
    """The index of the cue's first token (a large number when it cannot be found)."""
    span = expanded_span(doc, claim.cue.start, claim.cue.end)
    return span.start if span is not None else 1 << 30


def titled_persons(found: tuple[Claim, ...], context: _Context) -> tuple[Claim, ...]:
    """``found`` with each body, party or nationality claimer whose phrase goes on to name
    a person replaced by that person (module docstring)."""
    changed = []
    for claim in found:
        where = _named_person(claim, context) if ENABLED else None
        if where is None:
            changed.append(claim)
            continue
        span = context.doc.char_span(*where)
        if span is None:
            changed.append(claim)
            continue
        person = next(
            (m for m in context.mentions if (m.span.start, m.span.end) == where),
            None,
        ) or mention_from_span(span, "PERSON")
        if person.label != "PERSON":
            changed.append(claim)
            continue
        changed.append(replace(claim, claimer=person, rule=f"{claim.rule}+titled_person"))
    return tuple(changed)
