"""Fixtures shared by the test modules."""

from __future__ import annotations

import pytest
from spacy.language import Language


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The default spaCy pipeline with kg's components (loaded once for the whole run:
    :func:`kg.nlp.load_pipeline` caches it)."""
    from kg.nlp import load_pipeline

    return load_pipeline()
