"""The package's data files, read once: no spaCy, no rdflib, so every stage may use them.

``gazetteer.json`` is the single list of states, organisations and news outlets: the
resolver looks actors up in it (:mod:`kg.resolve.gazetteer`) and ingest recognises
bylines by the outlet entries (:mod:`kg.ingest.outlets`), so the two cannot drift.

>>> "Reuters" in {org["name"] for org in gazetteer_data()["organisations"]}
True
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

__all__ = ["gazetteer_data"]


@lru_cache(maxsize=1)
def gazetteer_data() -> dict[str, Any]:
    """The parsed ``kg/data/gazetteer.json`` (cached; do not mutate)."""
    source = resources.files("kg").joinpath("data", "gazetteer.json")
    data: dict[str, Any] = json.loads(source.read_text(encoding="utf-8"))
    return data
