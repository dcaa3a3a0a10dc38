"""Gazetteer of states, capitals and seats of government (data lives in kg/data/)."""

from __future__ import annotations


def entity_patterns() -> list[dict[str, object]]:
    """spaCy EntityRuler patterns for the gazetteer's places."""
    return []
