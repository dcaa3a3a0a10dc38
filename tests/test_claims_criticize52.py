"""A merit denied outright to the other side's act criticizes its owner, and name-calling whose
person spaCy misparses labels that person (round 42, issue 12, branch ``criticize52``; the
switches ``content_evaluated.DENIED_MERITS`` and ``labels.MISPARSED_NAMED_LABELS``).

No sentence of this shape ("X's election will neither be free nor fair") was found in
``corpus/`` outside the gold parts: the only one (the G5 ministers' statement on Syria's 2021
election) is a ``dev4`` gold line, and the corpus's other "not free / not credible" sentences
come from texts in ``benchmarks/allegations/gold.jsonl``.  The "neither ... nor" sentences below
are therefore CONSTRUCTED (marked so beside each), built on the development construction's
words; the plain negated merit is a real sentence.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from kg.extract.claims import OPTIONAL, RULES, content_evaluated, extract_claims, labels
from kg.extract.claims.content_evaluated import _unmerited
from kg.extract.mentions import extract_mentions
from kg.model import Claim, Stance

ON = RULES - OPTIONAL


def claims_of(nlp: Language, text: str) -> tuple[Claim, ...]:
    doc = nlp(text)
    return extract_claims(doc, extract_mentions(doc), ON)


@pytest.fixture
def off() -> Iterator[None]:
    kept = content_evaluated.DENIED_MERITS
    content_evaluated.DENIED_MERITS = False
    yield
    content_evaluated.DENIED_MERITS = kept


#: CONSTRUCTED (no corpus sentence outside the gold parts): a "neither ... nor" merit denied
#: to a named party's election, in a plain future.
FORETOLD = "Observers said Belarus's presidential election will neither be free nor fair."
#: CONSTRUCTED: the same merit denied under a hypothetical modal judges nothing.
HYPOTHETICAL = (
    "Observers said Belarus's presidential election would neither be free nor fair "
    "without monitors."
)


def _criticisms(claims: tuple[Claim, ...]) -> list[Claim]:
    return [c for c in claims if c.stance is Stance.CRITICIZE]


def test_switch_is_on() -> None:
    assert content_evaluated.DENIED_MERITS is True


def test_denied_merit_criticizes_the_owner(nlp: Language) -> None:
    found = _criticisms(claims_of(nlp, FORETOLD))
    assert len(found) == 1
    assert found[0].claimer.span.text == "Observers"
    assert [t.span.text for t in found[0].targets] == ["Belarus"]
    assert found[0].content is not None and "neither be free nor fair" in found[0].content.text


def test_switch_off_keeps_the_assertion(nlp: Language, off: None) -> None:
    claims = claims_of(nlp, FORETOLD)
    assert not _criticisms(claims)
    assert [c.stance for c in claims] == [Stance.ASSERT]


def test_a_merit_denied_to_an_owned_act_names_its_owner(nlp: Language) -> None:
    # a real sentence, in no gold part (tests/test_extract_claims_crit23.py quotes it too):
    # https://www.president.gov.ua/en/news/v-ukrayini-sogodni-virishuyetsya-majbutnye-arhitekturi-yevro-72877
    doc = nlp(
        "He believes that Russia's military activities are not justified and there are no"
        " logical reasons for such an increase in military capabilities."
    )
    found = [o for verb in doc for o in [_unmerited(verb, lambda: set())] if o]
    assert [t.text for t in found[0]] == ["Russia"]


def test_hypothetical_merit_is_no_criticism(nlp: Language) -> None:
    assert not _criticisms(claims_of(nlp, HYPOTHETICAL))


# --- MISPARSED_NAMED_LABELS (kg.extract.claims.labels) ---------------------------------------
#
# No sentence that calls a named person by a quoted insult is in ``corpus/`` outside the gold
# parts (the two found are gold lines), and a CONSTRUCTED sentence of that shape gets another
# parse from spaCy than the gold lines did.  So the misparses the development lines had are
# built here token by token (CONSTRUCTED words, the parse of the development line's shape),
# and the switch's helper is tested on them.


def _misparse(nlp: Language, nmod: bool) -> Doc:
    """CONSTRUCTED: 'The ministry called Biden an "old lunatic" .' parsed as spaCy parsed the
    development line's shape: "Biden" a second ``oprd`` (or, with ``nmod``, an ``nmod`` of the
    label, as the second development line of this shape had it)."""
    words = ["The", "ministry", "called", "Biden", "an", "“", "old", "lunatic", "”", "."]
    heads = [1, 2, 2, 2 if not nmod else 7, 7, 7, 7, 2, 7, 2]
    deps = ["det", "nsubj", "ROOT", "oprd" if not nmod else "nmod", "det", "punct"]
    deps += ["amod", "oprd", "punct", "punct"]
    pos = ["DET", "NOUN", "VERB", "PROPN", "DET", "PUNCT", "ADJ", "NOUN", "PUNCT", "PUNCT"]
    ents = ["O", "O", "O", "B-PERSON", "O", "O", "O", "O", "O", "O"]
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, ents=ents)


def test_label_switch_is_off() -> None:
    # failed its bar's held-out condition (benchmarks/claims/RESULTS.md, criticize52)
    assert labels.MISPARSED_NAMED_LABELS is False


@pytest.mark.parametrize("nmod", [False, True])
def test_misparsed_person_is_the_labelled_party(nlp: Language, nmod: bool) -> None:
    doc = _misparse(nlp, nmod)
    found = labels._misparsed_named_label(doc[2])
    assert found is not None
    assert (found[0].text, found[1].text) == ("Biden", "lunatic")


def test_an_ordinary_label_parse_is_left_alone(nlp: Language) -> None:
    # CONSTRUCTED: a direct object and its label; the helper reads only the misparses
    doc = nlp("The ministry called the plan a disaster.")
    verb = next(t for t in doc if t.lower_ == "called")
    assert labels._misparsed_named_label(verb) is None
