"""The registry of a build's actors, merged across documents.

:class:`ActorRegistry` remembers every actor one build has seen, by id, so that an actor
keeps its first name and kind in every document; :class:`_Builder` gathers one actor's
draft, roles and affiliation within a document before the registry learns it.  It is
apart from the per-document resolution (:mod:`.resolver`) because it outlives every
document: one registry is shared, in order, by every :func:`~kg.resolve.resolve` of a
build (and pickled between the stages of a distributed one).
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kg.model import Actor, ActorKind
from kg.resolve.gazetteer import normalise
from kg.resolve.names import Draft, same_person

if TYPE_CHECKING:
    from kg.curate import Curation


class ActorRegistry:
    """Every actor of a build by id, merged across documents.

    It lets a later document's "Trump" reach the "Donald Trump" of an earlier one, and
    an acronym defined once ("IRA") be understood later.  With a ``curation``
    (:class:`kg.curate.Curation`), :func:`~kg.resolve.resolve` applies the analyst's corrections to
    each document before the registry learns its actors.

    >>> registry = ActorRegistry()
    >>> registry.add(Actor("donald-trump", "Donald Trump", ActorKind.PERSON, ("Donald Trump",)))
    >>> registry.person_by_surname("Trump")
    'donald-trump'
    """

    def __init__(self, curation: Curation | None = None) -> None:
        self.curation = curation  # the build's corrections, applied by resolve()
        self._actors: dict[str, Actor] = {}
        self._surnames: dict[str, set[str]] = {}
        self._aliases: dict[str, set[str]] = {}
        #: role (normalised) -> person id -> documents that title the person so
        self._roles: dict[str, Counter[str]] = {}
        #: Claims left out because their claimer names no actor, by reason
        #: ("pronoun with no antecedent", "message noun" ...): for the build summary.
        self.dropped: Counter[str] = Counter()

    def actors(self) -> tuple[Actor, ...]:
        """All actors seen so far, sorted by id."""
        return tuple(self._actors[key] for key in sorted(self._actors))

    def get(self, actor_id: str) -> Actor | None:
        return self._actors.get(actor_id)

    def add(self, actor: Actor) -> None:
        """Remember ``actor``, merging aliases and roles with what is known of its id."""
        old = self._actors.get(actor.id)
        if old is not None:  # the first name and kind stay: earlier documents used them
            actor = Actor(
                actor.id,
                old.name,
                old.kind,
                tuple(sorted(set(old.aliases) | set(actor.aliases))),
                tuple(sorted(set(old.roles) | set(actor.roles))),
                old.affiliation or actor.affiliation,
                old.wikidata or actor.wikidata,
            )
        self._actors[actor.id] = actor
        if actor.kind is ActorKind.PERSON and len(actor.name.split()) > 1:
            self._surnames.setdefault(actor.name.split()[-1], set()).add(actor.id)
        if actor.kind in (ActorKind.ORGANISATION, ActorKind.OUTLET):
            for alias in actor.aliases:
                self._aliases.setdefault(normalise(alias), set()).add(actor.id)
        if actor.kind is ActorKind.PERSON:
            for role in {normalise(role).casefold() for role in actor.roles}:
                self._roles.setdefault(role, Counter())[actor.id] += 1

    def person_by_full_name(self, name: str) -> str | None:
        """The id of the one known person whose full name differs from ``name`` at most
        by middle initials ("Wendy Sherman" -> the "Wendy R. Sherman" seen before)."""
        ids = {
            actor_id
            for actor_id in self._surnames.get(name.split()[-1], set())
            if same_person(self._actors[actor_id].name, name)
        }
        return next(iter(ids)) if len(ids) == 1 else None

    def person_by_surname(self, surname: str, role: str | None = None) -> str | None:
        """The id of the one known person whose full name ends in ``surname``; of several,
        the one titled ``role`` when it is given ("President Biden" of a title: not
        "Jill Biden").

        >>> registry = ActorRegistry()
        >>> registry.add(Actor("joe-biden", "Joe Biden", ActorKind.PERSON, roles=("President",)))
        >>> registry.add(Actor("jill-biden", "Jill Biden", ActorKind.PERSON))
        >>> registry.person_by_surname("Biden"), registry.person_by_surname("Biden", "president")
        (None, 'joe-biden')
        """
        ids = self._surnames.get(surname, set())
        if len(ids) > 1 and role:
            wanted = normalise(role).casefold()
            ids = {
                actor_id
                for actor_id in ids
                if wanted in {normalise(r).casefold() for r in self._actors[actor_id].roles}
            }
        return next(iter(ids)) if len(ids) == 1 else None

    def person_by_role(self, role: str) -> str | None:
        """The id of the person documents most often title ``role`` ("President of
        Ukraine"): in at least two documents, and in twice as many as anyone else.

        >>> registry = ActorRegistry()
        >>> for _ in range(2):
        ...     registry.add(Actor("ann-lee", "Ann Lee", ActorKind.PERSON, roles=("Mayor of X",)))
        >>> registry.person_by_role("mayor of x"), registry.person_by_role("Mayor of Y")
        ('ann-lee', None)
        """
        counts = self._roles.get(normalise(role).casefold())
        if not counts:
            return None
        ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
        best, count = ranked[0]
        runner_up = ranked[1][1] if len(ranked) > 1 else 0
        return best if count >= 2 and count >= 2 * runner_up else None

    def organisation_by_alias(self, key: str) -> Draft | None:
        """The one known organisation or outlet with alias ``key`` (normalised)."""
        ids = self._aliases.get(key, set())
        if len(ids) != 1:
            return None
        actor = self._actors[next(iter(ids))]
        return Draft(actor.id, actor.name, actor.kind, actor.affiliation, actor.wikidata)


@dataclass
class _Builder:
    id: str
    name: str
    kind: ActorKind
    affiliation: str | None = None
    wikidata: str | None = None
    aliases: set[str] = field(default_factory=set)
    roles: set[str] = field(default_factory=set)
    # the last actor() and what it was made of: the sets only grow, so their sizes tell
    # whether they changed (coreference asks for the actors seen again and again)
    _made: tuple[tuple[object, ...], Actor] | None = field(default=None, repr=False, compare=False)

    def actor(self) -> Actor:
        state = (
            self.name,
            self.kind,
            self.affiliation,
            self.wikidata,
            len(self.aliases),
            len(self.roles),
        )
        if self._made is not None and self._made[0] == state:
            return self._made[1]
        actor = Actor(
            self.id,
            self.name,
            self.kind,
            tuple(sorted(self.aliases)),
            tuple(sorted(self.roles)),
            self.affiliation,
            self.wikidata,
        )
        self._made = (state, actor)
        return actor


#: Kinds of the actor a description of someone unnamed makes ("a senior Iraqi official").
_DESCRIBED = (ActorKind.ANONYMOUS, ActorKind.OTHER)


def document_key(document_id: str) -> str:
    """A short, stable key of a document for the ids of its document-local actors."""
    return hashlib.sha1(document_id.encode("utf-8")).hexdigest()[:8]
