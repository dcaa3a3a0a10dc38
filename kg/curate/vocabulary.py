"""The kinds of correction a curation file can hold, and how their values are written.

One table, :data:`KINDS`, says for each kind what it corrects (a claim or an actor), what
its value is, and the property that carries it in Turtle (``ontology/curation.ttl``); the
CSV reader, the Turtle reader, the RDF writer and the HTML form all read it.

>>> KINDS["stance"].target, KINDS["stance"].prop
('claim', 'correctStance')
>>> normalise_value(KINDS["targets"], "russia;  actor/united-states")
'actor/russia; actor/united-states'
>>> reference("https://example.org/kg/claim/doc-1a-c10-0-20")
('claim', 'doc-1a-c10-0-20')
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from urllib.parse import unquote

from kg.model import ActorKind, Stance


class CurationError(ValueError):
    """A correction that cannot be read; the message says what is wrong (not where)."""


@dataclass(frozen=True)
class Kind:
    """One kind of correction.

    ``value`` is one of: ``"none"`` (the correction says it all: "not-a-claim"),
    ``"stance"``, ``"actor"``, ``"actors"`` (any number, ``"; "``-separated, none allowed),
    ``"claim"``, ``"text"``, ``"texts"``, ``"kind"`` (an actor kind), ``"actor-or-wikidata"``.
    """

    name: str  # as written in the CSV form
    target: str  # "claim" or "actor"
    value: str
    prop: str  # local name of its property in the kg: namespace (Turtle form, RDF output)
    help: str


KINDS: dict[str, Kind] = {
    kind.name: kind
    for kind in (
        Kind("not-a-claim", "claim", "none", "notAClaim", "the extractor was wrong: no claim here"),
        Kind("stance", "claim", "stance", "correctStance", "the claim's stance"),
        Kind("claimer", "claim", "actor", "correctClaimer", "who makes the claim"),
        Kind("targets", "claim", "actors", "correctTargets", "whom the claim is about (all)"),
        Kind(
            "content",
            "claim",
            "text",
            "correctContent",
            "the content, as it stands in the claim's sentence",
        ),  # fmt: skip
        Kind(
            "same-allegation",
            "claim",
            "claim",
            "sameAllegationAs",
            "merge: this claim's allegation is that of the other claim",
        ),  # fmt: skip
        Kind(
            "own-allegation",
            "claim",
            "none",
            "ownAllegation",
            "split: this claim leaves its allegation for one of its own",
        ),  # fmt: skip
        Kind(
            "same-as",
            "actor",
            "actor-or-wikidata",
            "sameActorAs",
            "merge into another actor, or link to a Wikidata item (Q-id)",
        ),  # fmt: skip
        Kind(
            "not-same-as",
            "actor",
            "text",
            "notSameActorAs",
            "split: the mentions written so are another actor",
        ),  # fmt: skip
        Kind("kind", "actor", "kind", "correctKind", "the actor's kind"),
        Kind("role", "actor", "texts", "correctRole", "the actor's roles (all)"),
        Kind("affiliation", "actor", "actor", "correctAffiliation", "whom the actor belongs to"),
        Kind("name", "actor", "text", "correctName", "the actor's display name"),
    )
}

#: Kinds by their Turtle property's local name.
KINDS_BY_PROPERTY: dict[str, Kind] = {kind.prop: kind for kind in KINDS.values()}

#: An analyst named by an IRI (an ORCID, a mailto:, a person's page), written as given;
#: any other analyst is a name, and gets an IRI minted from it (:mod:`kg.rdf.curation`).
ANALYST_IRI = re.compile(r"(?:https?|mailto|urn):\S+$")

_REFERENCE = re.compile(r"(?:^|/)(claim|actor)/([^/#?\s]+)$")
_QID = re.compile(r"(?:^|[/:])(Q[1-9][0-9]*)$")


def reference(text: str) -> tuple[str, str] | None:
    """``("claim" | "actor", id)`` of ``"claim/<id>"``, ``"actor/<id>"`` or an IRI ending
    so (whatever its base: curation files outlive a change of ``--base``)."""
    match = _REFERENCE.search(text.strip())
    return (match.group(1), unquote(match.group(2))) if match else None


def normalise_target(text: str) -> str:
    """``"claim/<id>"`` or ``"actor/<id>"`` for a target as written."""
    found = reference(text)
    if found is None:
        raise CurationError(f"{text.strip()!r} names no claim/<id> or actor/<id>")
    return f"{found[0]}/{found[1]}"


def _actor(text: str) -> str:
    text = text.strip()
    found = reference(text)
    if found is None and re.fullmatch(r"[^/#?\s]+", text):
        found = ("actor", text)  # a bare actor id
    if found is None or found[0] != "actor":
        raise CurationError(f"{text!r} is not an actor (actor/<id>)")
    return f"actor/{found[1]}"


def _split(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


def normalise_value(kind: Kind, text: str) -> str:
    """The canonical form of a value: what conflicts are checked on and the RDF shows."""
    text = text.strip()
    if kind.value == "none":
        if text.lower() not in ("", "true", "yes", "1"):
            raise CurationError(f"{kind.name} takes no value (got {text!r})")
        return ""
    if kind.value == "stance":
        word = text.rsplit("/", 1)[-1].rsplit(":", 1)[-1].strip().lower().replace("-", "_")
        if word not in {s.value for s in Stance}:
            raise CurationError(f"unknown stance {text!r}; one of {[s.value for s in Stance]}")
        return word
    if kind.value == "kind":
        word = text.lower()
        if word not in {k.value for k in ActorKind}:
            raise CurationError(
                f"unknown actor kind {text!r}; one of {[k.value for k in ActorKind]}"
            )
        return word
    if kind.value == "actor":
        return _actor(text)
    if kind.value == "actors":
        return "; ".join(dict.fromkeys(_actor(part) for part in _split(text)))
    if kind.value == "claim":
        found = reference(text)
        if found is None or found[0] != "claim":
            raise CurationError(f"{text!r} is not a claim (claim/<id>)")
        return f"claim/{found[1]}"
    if kind.value == "actor-or-wikidata":
        qid = _QID.search(text)
        return qid.group(1) if qid else _actor(text)
    if kind.value == "texts":
        return "; ".join(dict.fromkeys(_split(text)))
    if not text:
        raise CurationError(f"{kind.name} needs a value")
    return " ".join(text.split())


def check_date(text: str) -> str:
    """``text`` when it is an ISO 8601 date or date-time."""
    text = text.strip()
    for parse in (date.fromisoformat, datetime.fromisoformat):
        try:
            parse(text)
            return text
        except ValueError:
            continue
    raise CurationError(f"date {text!r} is not ISO 8601 (2026-12-03)")


def claim_document(claim_id: str) -> str | None:
    """The document id of a claim id (``<document>-c<cue>-<claimer>-<content|x>``).

    >>> claim_document("doc-b450003331297750-c120-100-130")
    'doc-b450003331297750'
    """
    match = re.fullmatch(r"(.+)-c\d+-\d+-(?:\d+|x)", claim_id)
    return match.group(1) if match else None


def claim_anchor(claim_id: str) -> tuple[str, int, int] | None:
    """(document, cue start, claimer start) of a claim id: what still finds the claim when
    a rules change moves its content's start.

    >>> claim_anchor("doc-1-c120-100-x")
    ('doc-1', 120, 100)
    """
    match = re.fullmatch(r"(.+)-c(\d+)-(\d+)-(?:\d+|x)", claim_id)
    return (match.group(1), int(match.group(2)), int(match.group(3))) if match else None
