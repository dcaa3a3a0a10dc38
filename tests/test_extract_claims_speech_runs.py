"""A quotation run read as one speech (round 21, ``run_charge`` in
:mod:`kg.extract.claims.speech_runs`): a follow-on quotation that refers back ("This is
...") with a word of charge continues the same speaker's charge one or two sentences before.

Passage: the President of Ukraine's address to the Parliament of the United Kingdom of
2022-03-08 (president.gov.ua, in ``corpus/``: ``president-of-ukraine-russia-ukraine.jsonl``), a
run of sentences of one speaker.  No public-domain news text with a quoted charge followed by a
quoted "This is <charge>" was found in the time (searched: ``corpus/*.jsonl``, the VOA pool, the
pages corpus), so the run's claims are given as fixtures over the real sentences: the rule reads
the words of the text, the fixtures say only who spoke where, as
:func:`.speech_quotes._follow_on_quotes` would.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc

from kg.extract.claims import OPTIONAL, RULES
from kg.extract.claims.base import _Context
from kg.extract.claims.speech_runs import _continued_stance, run_charges
from kg.extract.hedges import find_quotes
from kg.extract.mentions import extract_mentions
from kg.model import Claim, Mention, Span, Stance
from tests.claim_helpers import assert_in_no_gold_part

# president.gov.ua, 2022-03-08, address of the President of Ukraine to the Parliament of the
# United Kingdom (corpus/): thirteen consecutive sentences
THIRD_DAY = (
    "On the third day, Russian troops openly fired at people and apartment buildings without "
    "hiding."
)
BETWEEN = (
    "Used artillery, air bombs. And it finally showed us, showed the world who is who. Who are "
    "great people and who are just savages. On the fourth day, when we have already begun to "
    "take dozens of prisoners, we have not lost our dignity. We didn't abuse them. We treat them "
    "like people. Because we remained human on the fourth day of this shameful war."
)
FIFTH_DAY = "On the fifth day, the terror against us has already become outright."
CITIES = "Against cities, against small towns. Ruined districts."
BOMBS = "Bombs, bombs, bombs, again bombs on houses, on schools, on hospitals."
GENOCIDE = "This is genocide."
PASSAGE = " ".join([THIRD_DAY, BETWEEN, FIFTH_DAY, CITIES, BOMBS, GENOCIDE])


def _context(doc: Doc, mentions: tuple[Mention, ...]) -> _Context:
    text = doc.text
    quotes = find_quotes(text)
    return _Context(
        doc,
        text,
        mentions,
        quotes,
        tuple(q.start for q in quotes),
        tuple(m.span.start for m in mentions),
        RULES - OPTIONAL,
    )


def _sentence_span(doc: Doc, words: str) -> Span:
    start = doc.text.index(words)
    return Span(start, start + len(words), words)


def _run(doc: Doc) -> tuple[tuple[Mention, ...], Mention, Claim, Claim]:
    """The passage's mentions, a speaker (fixture), its charge against the Russian troops
    one sentence before "This is genocide." (fixture) and that follow-on assertion."""
    mentions = tuple(sorted(extract_mentions(doc), key=lambda m: (m.span.start, -m.span.end)))
    troops = next(m for m in mentions if "Russian troops" in m.span.text)
    speaker = Mention(Span(0, 0, ""), "PERSON", 0, head="president")
    sentences = list(doc.sents)

    def number(words: str) -> int:
        start = doc.text.index(words)
        return next(i for i, s in enumerate(sentences) if s.start_char <= start < s.end_char)

    anchor = Claim(
        claimer=speaker,
        stance=Stance.ACCUSE,
        cue=_sentence_span(doc, BOMBS),
        sentence=number(BOMBS),
        content=_sentence_span(doc, BOMBS),
        targets=(troops,),
        quoted=True,
        rule="reported_speech+content_stance",
    )
    follow_on = Claim(
        claimer=speaker,
        stance=Stance.ASSERT,
        cue=_sentence_span(doc, GENOCIDE),
        sentence=number(GENOCIDE),
        content=_sentence_span(doc, GENOCIDE),
        quoted=True,
        rule="follow_on_quote",
    )
    return mentions, speaker, anchor, follow_on


def test_a_follow_on_charge_continues_the_speakers_charge(nlp: Language) -> None:
    """ "This is a war crime." after the same speaker's charge against the occupiers is that
    charge again: ACCUSE, the same target."""
    doc = nlp(PASSAGE)
    mentions, _, anchor, follow_on = _run(doc)
    found = run_charges((anchor, follow_on), _context(doc, mentions))
    assert found[1].stance is Stance.ACCUSE, found
    assert [t.span.text for t in found[1].targets] == [t.span.text for t in anchor.targets]
    assert found[1].rule.endswith("+run_charge")


def test_another_speaker_between_ends_the_run(nlp: Language) -> None:
    """A claim of another speaker between the charge and the follow-on: no carry."""
    doc = nlp(PASSAGE)
    mentions, _, anchor, follow_on = _run(doc)
    other = Mention(Span(1, 1, ""), "PERSON", 0, head="minister")
    between = replace(
        anchor, claimer=other, stance=Stance.ASSERT, targets=(), sentence=follow_on.sentence - 1
    )
    found = run_charges((anchor, between, follow_on), _context(doc, mentions))
    assert found[2].stance is Stance.ASSERT, found


def test_a_charge_too_far_back_is_not_carried(nlp: Language) -> None:
    """The charge more than two sentences before the follow-on: no carry."""
    doc = nlp(PASSAGE)
    mentions, _, anchor, follow_on = _run(doc)
    far = replace(anchor, sentence=follow_on.sentence - 3)
    found = run_charges((far, follow_on), _context(doc, mentions))
    assert found[1].stance is Stance.ASSERT, found


def test_only_a_referring_sentence_with_a_charge_word_continues(nlp: Language) -> None:
    """The gate on the follow-on's own words: a subject referring back and a word of charge
    (ACCUSE); a sentence naming a party
    ("Russian troops"), a subject that does not refer back, a verbless list: none."""
    doc = nlp(PASSAGE)
    words = {s.text.strip(): s for s in doc.sents}
    assert _continued_stance(words[GENOCIDE], Stance.CRITICIZE) is Stance.ACCUSE
    assert _continued_stance(words[THIRD_DAY], Stance.ACCUSE) is None
    assert _continued_stance(words[FIFTH_DAY], Stance.ACCUSE) is None
    assert _continued_stance(words[BOMBS], Stance.ACCUSE) is None


def test_run_charge_is_on_by_default() -> None:
    assert "run_charge" in RULES - OPTIONAL


def test_sentences_are_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, at_least=4)
