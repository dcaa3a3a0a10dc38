"""Speakers named after their words: a quotation with no attribution of its own whose
speaker the next sentence names ('"A. B." That was the message from Foreign Minister X on
Monday.', '"..." The warning came from the army's spokesman.', '"..." So said X.').

Wire copy opens a story or a paragraph with the quotation and only then says whose it was,
in a sentence of its own that refers back to it ("That was the message", "The accusation
came").  :func:`.speech_quotes._follow_on_quotes` gives such a quotation the speaker of the
sentences before it (a run of quotations attributed once) or no claim at all; the sentence
after it names the speaker instead.  The rule needs the sentence after the quotation, so it
acts only when a whole document is read (``kg build``, ``run.py --scope document``); a gold
item parsed with only the sentences before it cannot show it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.extract._index import index_of
from kg.extract.claims.base import _Context
from kg.extract.claims.speech_quotes import (
    _ANY_QUOTE,
    _CLOSING_MARKS,
    _quoted_sentence,
    _read_claim,
    quotation_stretches,
)
from kg.extract.claims.targets import actor_mention
from kg.model import Claim, Mention, Span

#: Nouns for what a speaker said, which a sentence naming the speaker refers back with.
_SAID_NOUNS = (
    r"(?:message|word|words|warning|verdict|view|assessment|reaction|response|position|"
    r"argument|charge|accusation|allegation|claim|criticism|remark|comment|statement|threat|"
    r"denial|rebuke|assertion|assurance|appeal|plea|demand|vow|pledge)s?"
)
#: The sentence after a quotation that names its speaker: "That was the (blunt) message
#: from X", "Those were the words of X", "The accusation came from X", "The warning was
#: issued by X", "So said X".  The speaker's name follows the match.
_NAMES_SPEAKER = re.compile(
    r"(?:(?:that|this|those|these|such)\s+(?:was|were|is|are|has\s+been|had\s+been)\s+"
    r"(?:the|a|an)\s+(?:[\w'’-]+\s+){0,3}?" + _SAID_NOUNS + r"\s+(?:from|of|by)\s"
    r"|(?:the|that|this|those|these|such)\s+(?:[\w'’-]+\s+){0,3}?"
    + _SAID_NOUNS
    + r"\s+(?:came|come|comes|was\s+made|were\s+made|was\s+issued|were\s+issued|"
    r"was\s+delivered|were\s+delivered|was\s+voiced|were\s+voiced)\s+(?:from|by)\s"
    r"|so\s+(?:said|says)\s)",
    re.IGNORECASE,
)
#: Labels of a mention that can speak (not a pronoun: "That was the message from him"
#: names nobody new).
_SPEAKER_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "NOMINAL", "ANON"})


def named_speaker(sentence: SpacySpan, context: _Context) -> Mention | None:
    """The speaker a sentence names as the author of the words before it ("That was the
    message from Foreign Minister X on Monday." -> X), or None when the sentence is not
    of that shape: the match must open the sentence, and the speaker is the first mention
    after it."""
    start = sentence.start_char
    text = context.text
    while start < sentence.end_char and (text[start].isspace() or text[start] in "—–-"):
        start += 1
    found = _NAMES_SPEAKER.match(text, start, sentence.end_char)
    if found is None:
        return None
    head = _speaker_head(sentence, found.end())
    if head is not None:
        mention = actor_mention(head, context)
        if mention.label in _SPEAKER_LABELS:
            return mention
    after = [
        m
        for m in context.mentions
        if found.end() <= m.span.start < sentence.end_char and m.label in _SPEAKER_LABELS
    ]
    return min(after, key=lambda m: (m.span.start, -m.span.end), default=None)


def _speaker_head(sentence: SpacySpan, end: int) -> Token | None:
    """The head of the noun phrase that names the speaker: the object of the "from",
    "of" or "by" the match ends with, or the subject of "So said"."""
    last = next((t for t in sentence if t.idx < end <= t.idx + len(t.text) + 1), None)
    if last is None:
        return None
    if last.dep_ == "prep":
        return next((c for c in last.children if c.dep_ == "pobj"), None)
    return next((c for c in last.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def speakers_named_after(claims: tuple[Claim, ...], context: _Context) -> tuple[Claim, ...]:
    """'"We will not allow anyone to interfere. Those who try will regret it." That was
    the message from Foreign Minister X on Monday.': every sentence of a quotation that
    closes at the end of the sentence before one naming its speaker
    (:func:`named_speaker`) is that speaker's claim, its stance read off its words; a
    claim :func:`.speech_quotes._follow_on_quotes` gave such a sentence (the previous
    speaker's) takes the named speaker instead.  A quotation that has an attribution of
    its own ('X said: "A. B." That was the message ...') is left as it is.

    A sentence with no quotation and no claim before one that points back at it ("India
    does not have surplus capacity, no matter what Washington says. That was the message
    from X, ...") is the named speaker's claim too, but only after a pointing "That" or
    "This": "The accusation came from X" may refer to any earlier charge."""
    index = index_of(context.doc)
    sentences = index.sentences if index is not None else tuple(context.doc.sents)
    stretches = quotation_stretches(context.text)
    text = context.text
    replaced: dict[int, Claim] = {}
    added: list[Claim] = []
    for number in range(1, len(sentences)):
        speaker = named_speaker(sentences[number], context)
        if speaker is None:
            continue
        before = sentences[number - 1]
        # the quotation closing where the sentence before ends ('... regret it." That was')
        closing = [
            (a, b)
            for a, b in stretches
            if before.start_char < b <= sentences[number].start_char
            and not text[b : sentences[number].start_char].strip()
            and text[b - 1] in _CLOSING_MARKS
        ]
        if not closing:
            bare = _unquoted_claim(sentences, number, speaker, claims, context)
            if bare is not None:
                added.append(bare)
            continue
        opened, closed = closing[-1]
        run = [
            i
            for i in range(number)
            if sentences[i].start_char < closed and opened < sentences[i].end_char
        ]
        own = [
            (i, c)
            for i, c in enumerate(claims)
            if c.sentence in run and not opened <= c.claimer.span.start < closed
        ]
        if any(not c.rule.startswith("follow_on_quote") for _, c in own):
            continue  # the quotation is attributed where it stands
        for i, claim in own:
            replaced[i] = replace(claim, claimer=speaker, rule=f"{claim.rule}+named_after")
        taken = {c.sentence for _, c in own}
        for i in run:
            if i in taken:
                continue
            quoted = _quoted_sentence(sentences[i], context, stretches)
            if quoted is None:
                continue
            content = quoted[0]
            opening = text[content.start - 1] if content.start else ""
            cue_start = content.start - 1 if opening in '“"«„' else content.start
            cue = Span(cue_start, content.end, text[cue_start : content.end])
            added.append(
                _read_claim(
                    context, speaker, cue, i, content, "named_after", 0.65, 0.2, quoted=True
                )
            )
    if not replaced and not added:
        return claims
    kept = [replaced.get(i, c) for i, c in enumerate(claims)]
    return tuple(sorted((*kept, *added), key=lambda c: (c.cue.start, c.claimer.span.start)))


#: The opening of a sentence that points back at the one before it ("That was the
#: message from X"), not at any earlier one ("The accusation came from X").
_POINTING = re.compile(r"\s*(?:that|this)\s", re.IGNORECASE)


def _unquoted_claim(
    sentences: tuple[SpacySpan, ...],
    number: int,
    speaker: Mention,
    claims: tuple[Claim, ...],
    context: _Context,
) -> Claim | None:
    """The claim of the sentence before ``number`` when that sentence has no quotation
    mark and no claim of its own and sentence ``number`` points back at it with "That"
    or "This" (:data:`_POINTING`); else None."""
    if not _POINTING.match(sentences[number].text):
        return None
    before = sentences[number - 1]
    if any(c.sentence == number - 1 for c in claims) or _ANY_QUOTE.search(before.text):
        return None
    if (
        not any(t.dep_ in ("nsubj", "nsubjpass", "expl") for t in before)
        and before.root.tag_ != "VB"
    ):
        return None  # a fragment ("On Monday."), not a statement or an imperative
    start, end = before.start_char, before.end_char
    text = context.text
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end - start < 12:
        return None
    content = Span(start, end, text[start:end])
    return _read_claim(context, speaker, content, number - 1, content, "named_after", 0.6, 0.2)
