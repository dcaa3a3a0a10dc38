"""A single speaker's address read sentence by sentence (round 35, issue 12, branch address36).

The claims guide's round-35 ruling: a text that is the transcript of one speaker's address or
speech ("Address by ...", "Greetings on ...", a President of Ukraine title "<headline> - address
by President Volodymyr Zelenskyy", a Kremlin transcript's speaker label "President of Russia
Vladimir Putin:") is that speaker's speech throughout, each sentence annotated as if "<speaker>
said" introduced it, its stance by its own words.  The extractor read such a speech's sentences
only where a cue or a charge told as fact stood in them ("This holiday celebrates the core,
essential values ...", "They are acting bravely, skilfully ..." made no claim at all).

``address_speech`` (:data:`ADDRESS_SENTENCES`) gives every sentence of a head of state's text
that no other rule read a claim in the text's own voice (the :data:`~kg.resolve.voice.AUTHOR`
claimer), its stance read off its content as a quotation's is (an assertion unless the words
charge, criticize, threaten or praise); resolution keeps it only inside a speaker's speech
(:meth:`kg.resolve.voice.Voice.in_speech`: an address, or a transcript's labelled turn) and
gives it to that speaker, attributed; anywhere else (a readout, the narration before a label) it
is dropped, as if the family had not run.  Not read, as the ruling has it: questions,
salutations and other verbless exclamations ("Ukrainians!", "Glory to Ukraine!"), imperatives,
quotations (someone else's words, or a run the quotation rules read), and the sentences whose
main verb with the speaker as subject is a formula, the speaker's own act, an appeal or a
demand (``kg/data/address_sentences.tsv``: "I congratulate you", "Today I spoke with", "I urge
everyone", "we must prepare").
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import lru_cache
from importlib import resources

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.extract._index import index_of
from kg.extract.claims.base import _Context
from kg.extract.claims.speech_quotes import _read_claim
from kg.model import Claim, Mention, Span
from kg.resolve.voice import AUTHOR

#: The family's name (its claims' ``rule`` ends with it; resolution keeps them in a speech only).
ADDRESS_RULE = "address_speech"

#: Whether a head of state's text reads every sentence no other rule read as the speaker's claim
#: in a single speaker's address or a transcript's turn (see the module).  Measured in round 35
#: on ``dev5`` (the addresses part) and the first half + ``dev4``: benchmarks/claims/RESULTS.md,
#: "Round 35, address36".
ADDRESS_SENTENCES = True

#: The speaker's words: a subject that is the speaker (or the audience, for a demand).
_SPEAKER = frozenset({"i", "we"})
_AUDIENCE = frozenset({"you"})
_QUOTE_OPENINGS = "\"“‘'«„"


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    """``kg/data/address_sentences.tsv`` as lemmas by kind."""
    source = resources.files("kg").joinpath("data", "address_sentences.tsv")
    kinds: dict[str, set[str]] = {}
    for line in source.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        lemma, _, kind = line.partition("\t")
        kinds.setdefault(kind.strip(), set()).add(lemma.strip().lower())
    return {kind: frozenset(lemmas) for kind, lemmas in kinds.items()}


def address_claims(context: _Context, found: Sequence[Claim]) -> Iterator[Claim]:
    """The text's own claim in each sentence where ``found`` has none (see the module)."""
    if not ADDRESS_SENTENCES:
        return
    doc = context.doc
    index = index_of(doc)
    sentences = index.sentences if index is not None else tuple(doc.sents)
    taken = {claim.sentence for claim in found}
    for number, sentence in enumerate(sentences):
        if number in taken:
            continue
        start = sentence.start_char
        text = context.text[start : sentence.end_char].rstrip()
        if not text or text.endswith("?") or text[:1] in _QUOTE_OPENINGS:
            continue
        end = start + len(text.rstrip(".!;: "))
        if end <= start or any(q.start <= start < q.end for q in context.quotes_near(start, end)):
            continue
        if _not_read(sentence, text):
            continue
        content = Span(start, end, context.text[start:end])
        author = Mention(Span(start, start, ""), AUTHOR, number, head="author")
        yield _read_claim(context, author, content, number, content, ADDRESS_RULE, 0.6, 0.0)


def _not_read(sentence: SpacySpan, text: str) -> bool:
    """Whether the ruling makes ``sentence`` no claim: a verbless exclamation, an
    imperative, or a formula, own act, appeal or demand of the speaker."""
    verbs = [t for t in sentence if t.pos_ in ("VERB", "AUX")]
    if not verbs:
        return text.endswith("!")  # "Ukrainians!", "Glory to Ukraine!", "But!"
    root = sentence.root
    subjects = ("nsubj", "nsubjpass", "expl")
    if root.tag_ == "VB" and not any(c.dep_ in subjects for c in root.children):
        return True  # "Take care of your employees", "Remember how it began"
    words = _words()
    subject = _subject(root)
    if subject in _SPEAKER:
        heads = [root, *(c for c in root.children if c.dep_ == "xcomp")]
        for verb in heads:
            lemma = verb.lemma_.lower()
            if lemma in words.get("formula", ()) or lemma in words.get("appeal", ()):
                return True
            if lemma in words.get("act", ()) and not any(
                c.dep_ == "ccomp" for c in verb.children
            ):
                return True
    demands = words.get("demand", frozenset())
    return subject in _SPEAKER | _AUDIENCE and _demanded(root, demands)


def _subject(root: Token) -> str | None:
    """The lower-cased subject word of ``root``, or None."""
    for child in root.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            return child.lower_
    return None


def _demanded(root: Token, demands: frozenset[str]) -> bool:
    """Whether ``root`` is obliged: "must/should prepare", "need/have to use"."""
    if any(c.dep_ == "aux" and c.lemma_.lower() in demands for c in root.children):
        return True
    return root.lemma_.lower() in demands and any(
        c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
        for c in root.children
    )
