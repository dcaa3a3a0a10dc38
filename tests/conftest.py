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


#: Test modules whose merges run on a handful of allegations written to show one join: their
#: terms are weighed by those allegations' own counts (``kg.resolve.weights.TABLE`` off), as
#: they were written to be; the shipped table (the dispute corpus's counts, on by default)
#: is tested in ``test_resolve_weights.py`` and by the benchmark.
MEASURED_MERGES = (
    "test_resolve_corpus_acts",
    "test_resolve_corpus_anchors",
    "test_resolve_corpus_chaining",
    "test_resolve_corpus_class_data",
    "test_resolve_corpus_copies",
    "test_resolve_corpus_followers",
    "test_resolve_corpus_groups",
    "test_resolve_corpus_places",
    "test_resolve_corpus_scale",
)


@pytest.fixture(autouse=True)
def _merge_statistics(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """The toy merges of :data:`MEASURED_MERGES` count their own terms."""
    if request.module.__name__.rpartition(".")[2] in MEASURED_MERGES:
        import kg.resolve.weights

        monkeypatch.setattr(kg.resolve.weights, "TABLE", False)
