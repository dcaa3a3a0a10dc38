"""Scoring a build against an analyst's reading of an article.

The table below transcribes ``shared/examples/ira-cyber-operation.expected.md``
(claims table and actors table) as data; the functions score what the builder
found against it, one-to-one, so a number can be reported and a floor asserted.
Names are matched against an actor's canonical name *and* the aliases it was seen
under, case-insensitively and without a leading "the".
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.model import Actor, ActorKind, DocumentGraph, ResolvedClaim

ANONYMOUS = "<anonymous>"  # any actor of kind ANONYMOUS


@dataclass(frozen=True)
class ExpectedClaim:
    number: int
    claimer: str
    stances: frozenset[str]  # accepted stances
    targets: tuple[str, ...] = ()  # any one of these among the resolved targets
    disputes_allegation_of: str | None = None  # the claim joins an allegation made by this actor


def _s(*stances: str) -> frozenset[str]:
    return frozenset(stances)


US, RUSSIA, IRA = "United States", "Russia", "Internet Research Agency"

EXPECTED_CLAIMS = (
    ExpectedClaim(1, RUSSIA, _s("deny")),
    ExpectedClaim(2, "NBC News", _s("report", "assert"), ("Donald Trump",)),
    ExpectedClaim(3, ANONYMOUS, _s("assert", "report")),
    ExpectedClaim(4, US, _s("accuse"), (IRA,)),
    ExpectedClaim(5, "Robert Mueller", _s("accuse"), (IRA,)),
    ExpectedClaim(6, "Washington Post", _s("report", "assert")),
    ExpectedClaim(7, ANONYMOUS, _s("assert", "report")),
    ExpectedClaim(8, "White House", _s("decline_comment")),
    ExpectedClaim(9, "Dan Coats", _s("accuse", "assert"), (RUSSIA, "China")),
    ExpectedClaim(10, "Dan Coats", _s("accuse", "assert"), (RUSSIA,)),
    ExpectedClaim(11, RUSSIA, _s("deny", "accuse")),
    ExpectedClaim(12, US, _s("accuse"), (RUSSIA,)),
    ExpectedClaim(13, RUSSIA, _s("deny"), disputes_allegation_of=US),
    ExpectedClaim(14, "Donald Trump", _s("deny"), disputes_allegation_of=US),
    ExpectedClaim(15, "Dmitry Peskov", _s("deny"), disputes_allegation_of=US),
    ExpectedClaim(16, "Sergei Lavrov", _s("deny"), disputes_allegation_of=US),
)

EXPECTED_ACTORS = (
    (RUSSIA, ActorKind.STATE),
    (US, ActorKind.STATE),
    ("Donald Trump", ActorKind.PERSON),
    (IRA, ActorKind.ORGANISATION),
    ("NBC News", ActorKind.OUTLET),
    ("Washington Post", ActorKind.OUTLET),
    (ANONYMOUS, ActorKind.ANONYMOUS),
    ("Cyber Command", ActorKind.ORGANISATION),
    ("Robert Mueller", ActorKind.PERSON),
    ("Dan Coats", ActorKind.PERSON),
    ("White House", ActorKind.ORGANISATION),
    ("Dmitry Peskov", ActorKind.PERSON),
    ("Sergei Lavrov", ActorKind.PERSON),
    ("China", ActorKind.STATE),
)


def _norm(name: str) -> str:
    name = name.lower().strip()
    for prefix in ("the ", "us ", "u.s. "):  # "US Cyber Command" ~ "Cyber Command"
        if name.startswith(prefix):
            name = name[len(prefix) :]
    return name


def actor_matches(actor: Actor | None, expected: str) -> bool:
    if actor is None:
        return False
    if expected == ANONYMOUS:
        return actor.kind is ActorKind.ANONYMOUS
    names = {_norm(actor.name), *(_norm(a) for a in actor.aliases)}
    return _norm(expected) in names


@dataclass(frozen=True)
class Score:
    found: tuple[int, ...]  # numbers of the expected rows that were matched
    missed: tuple[int, ...]

    def __str__(self) -> str:
        total = len(self.found) + len(self.missed)
        return f"{len(self.found)}/{total} (missed: {list(self.missed)})"


def score_claims(document: DocumentGraph) -> Score:
    """Match expected rows to found claims one-to-one (claimer, stance, target/allegation)."""
    actors = {actor.id: actor for actor in document.actors}
    by_id = {claim.id: claim for claim in document.claims}
    allegation_of = {a.id: a for a in document.allegations}

    def accusers(claim: ResolvedClaim) -> list[Actor | None]:
        allegation = allegation_of.get(claim.allegation or "")
        if allegation is None:
            return []
        return [
            actors.get(by_id[c].claimer)
            for c in allegation.claims
            if c in by_id and by_id[c].claim.stance.value == "accuse"
        ]

    def fits(row: ExpectedClaim, claim: ResolvedClaim) -> bool:
        if claim.claim.stance.value not in row.stances:
            return False
        if not actor_matches(actors.get(claim.claimer), row.claimer):
            return False
        if row.targets and not any(
            actor_matches(actors.get(t), name) for t in claim.targets for name in row.targets
        ):
            return False
        return row.disputes_allegation_of is None or any(
            actor_matches(a, row.disputes_allegation_of) for a in accusers(claim)
        )

    used: set[str] = set()
    found, missed = [], []
    for row in EXPECTED_CLAIMS:
        match = next((c for c in document.claims if c.id not in used and fits(row, c)), None)
        if match is None:
            missed.append(row.number)
        else:
            used.add(match.id)
            found.append(row.number)
    return Score(tuple(found), tuple(missed))


def score_actors(document: DocumentGraph) -> Score:
    """Expected actors present with the expected kind (numbered 1..14 in table order)."""
    found, missed = [], []
    for number, (name, kind) in enumerate(EXPECTED_ACTORS, start=1):
        ok = any(actor_matches(a, name) and a.kind is kind for a in document.actors)
        (found if ok else missed).append(number)
    return Score(tuple(found), tuple(missed))
