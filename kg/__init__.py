"""kg: knowledge graphs of geopolitical claims from news text.

Who accuses, denies, claims, reports, approves, criticizes or threatens whom, about
what, with the sentence, character offsets and document as provenance.

>>> import kg
>>> result = kg.build(["examples/"], out="out")     # doctest: +SKIP
>>> result.report.claims_by_stance                  # doctest: +SKIP
"""

__version__ = "0.1.0"

__all__ = ["__version__", "analyse", "build"]


def __getattr__(name: str) -> object:
    # Lazy: `import kg` stays cheap (no spaCy import) for the CLI's --help and for tools.
    if name in ("build", "analyse"):
        from kg import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module 'kg' has no attribute {name!r}")
