"""Applying corrections to a resolved document, and what a build learns about them.

:class:`Curation` holds a build's corrections (conflicts removed and reported), applies
them to each :class:`~kg.model.DocumentGraph` as it is resolved (:meth:`Curation.apply`,
called by :func:`kg.resolve.resolve` before the registry learns the document's actors),
and reports at the end which corrections matched nothing (:meth:`Curation.report`).

Order within a document: actor splits, actor merges, claim corrections, actor details
(kind, name, role, affiliation, Wikidata), then the allegations are grouped again from the
corrected claims and the allegation merges and splits applied.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from kg.curate.allegations import correct_allegations
from kg.curate.vocabulary import claim_anchor, claim_document
from kg.ingest.errors import SourceProblem
from kg.model import (
    Actor,
    ActorKind,
    Allegation,
    AppliedCorrection,
    Correction,
    DocumentGraph,
    Mention,
    ResolvedClaim,
    ResolvedRelation,
    Span,
    Stance,
)
from kg.resolve.allegations import group_allegations
from kg.resolve.gazetteer import entries_by_id, normalise, slugify
from kg.resolve.names import bare_name, from_entry
from kg.resolve.voice import is_official

if TYPE_CHECKING:
    from kg.resolve import ActorRegistry

#: Claim corrections that change the claim itself (the allegation ones regroup only).
_CLAIM_EDITS = ("not-a-claim", "stance", "claimer", "targets", "content")
_ACTOR_DETAILS = ("kind", "name", "role", "affiliation")


@dataclass(frozen=True)
class CurationReport:
    """What the build did with its corrections: ``notices`` are one line each, naming the
    correction by file and line (orphans: what matched nothing, and why)."""

    files: tuple[str, ...]
    corrections: int
    applied: int
    notices: tuple[str, ...] = ()


def _conflict(a: Correction, b: Correction) -> bool:
    if a.target != b.target:
        return False
    if a.kind == b.kind:
        return a.value != b.value
    pair = {a.kind, b.kind}
    return "not-a-claim" in pair or pair == {"same-allegation", "own-allegation"}


def _key(correction: Correction) -> tuple[str, str, str]:
    return (correction.target, correction.kind, correction.value)


class Curation:
    """A build's corrections, indexed for :meth:`apply`.

    >>> fix = Correction("actor/wang", "kind", "person", "Jane Roe", "2026-12-03", "", "c.csv:2")
    >>> curation = Curation([fix, replace(fix, value="outlet", where="c.csv:3")])
    >>> [f"{p.source}: {p.message}" for p in curation.problems]  # doctest: +NORMALIZE_WHITESPACE
    ['c.csv:2: conflicts with c.csv:3: actor/wang kind "person" against "outlet";
      neither is applied']
    """

    def __init__(
        self,
        corrections: Iterable[Correction],
        files: Sequence[str] = (),
        problems: Iterable[SourceProblem] = (),
    ) -> None:
        self.files = tuple(files)
        self.problems: list[SourceProblem] = list(problems)
        unique: dict[tuple[str, str, str], Correction] = {}
        for correction in corrections:  # the same correction twice is one correction
            unique.setdefault(_key(correction), correction)
        by_target: dict[str, list[Correction]] = defaultdict(list)
        for correction in unique.values():
            by_target[correction.target].append(correction)
        dropped: set[tuple[str, str, str]] = set()
        for group in by_target.values():
            for number, first in enumerate(group):
                for second in group[number + 1 :]:
                    if _conflict(first, second):
                        dropped |= {_key(first), _key(second)}
                        self.problems.append(_conflict_problem(first, second))
        kept = [c for key, c in unique.items() if key not in dropped]
        self._drop_merge_cycles(kept)
        self.corrections = tuple(c for c in kept if _key(c) not in self._cycles)
        self.claims: dict[str, list[Correction]] = defaultdict(list)
        self.by_document: dict[str, list[Correction]] = defaultdict(list)
        self.actors: dict[str, list[Correction]] = defaultdict(list)
        for correction in self.corrections:
            kind, name = correction.target.split("/", 1)
            if kind == "claim":
                self.claims[name].append(correction)
                self.by_document[claim_document(name) or ""].append(correction)
            else:
                self.actors[name].append(correction)
        self.merged_into = {
            name: fix.value.split("/", 1)[1]
            for name, fixes in self.actors.items()
            for fix in fixes
            if fix.kind == "same-as" and fix.value.startswith("actor/")
        }
        self.used: set[tuple[str, str, str]] = set()
        self.why: dict[tuple[str, str, str], str] = {}  # why a correction was not applied
        self.documents: set[str] = set()
        self.reanchored: list[str] = []

    def _drop_merge_cycles(self, corrections: list[Correction]) -> None:
        """Actor merges that go round in a circle (a -> b -> a) are conflicts too."""
        self._cycles: set[tuple[str, str, str]] = set()
        into = {
            c.target.split("/", 1)[1]: c
            for c in corrections
            if c.kind == "same-as" and c.value.startswith("actor/")
        }
        for start, first in into.items():
            seen, at = [first], first.value.split("/", 1)[1]
            while at in into and into[at] not in seen:
                seen.append(into[at])
                at = into[at].value.split("/", 1)[1]
            if at == start and _key(first) not in self._cycles:
                self._cycles |= {_key(c) for c in seen}
                self.problems.append(_conflict_problem(seen[0], seen[-1], cycle=True))

    @classmethod
    def from_files(cls, paths: Iterable[str | Path]) -> Curation:
        """The corrections of ``paths`` (``.csv`` or Turtle); unreadable ones are problems."""
        from kg.curate.read import read_file

        corrections: list[Correction] = []
        problems: list[SourceProblem] = []
        files = [str(p) for p in paths]
        for name in files:
            found, bad = read_file(Path(name))
            corrections += found
            problems += [SourceProblem(where, f"bad correction: {why}") for where, why in bad]
        return cls(corrections, files, problems)

    def __len__(self) -> int:
        return len(self.corrections)

    def allegation_corrections(self) -> tuple[list[tuple[str, str, Correction]], list[Correction]]:
        """The allegation merges as (claim id, other claim id, correction) and the splits:
        what a corpus-wide grouping of allegations takes as must-link and own-group
        constraints (it calls :meth:`mark` on each it applies)."""
        merges = [
            (c.target.split("/", 1)[1], c.value.split("/", 1)[1], c)
            for c in self.corrections
            if c.kind == "same-allegation"
        ]
        return merges, [c for c in self.corrections if c.kind == "own-allegation"]

    # ------------------------------------------------------------ applying

    def apply(self, document: DocumentGraph, registry: ActorRegistry) -> DocumentGraph:
        """``document`` with every correction that concerns it applied (the same object
        when none does)."""
        self.documents.add(document.article.id)
        claim_fixes = self.by_document.get(document.article.id, [])
        touched_actors = {a.id for a in document.actors} & (
            set(self.actors) | set(self.merged_into)
        )
        if not claim_fixes and not touched_actors:
            return document
        edit = _Edit(document, registry, self)
        edit.split_actors()
        edit.merge_actors()
        edit.correct_claims(claim_fixes)
        edit.correct_actor_details()
        return edit.result()

    def mark(self, correction: Correction, why: str | None = None) -> None:
        """Record that ``correction`` was applied (``why`` is None) or why it was not."""
        if why is None:
            self.used.add(_key(correction))
        else:
            self.why.setdefault(_key(correction), why)

    def report(self) -> CurationReport:
        """The corrections that matched nothing in this build, each with its reason."""
        notices = list(self.reanchored)
        for correction in self.corrections:
            if _key(correction) in self.used:
                continue
            kind, name = correction.target.split("/", 1)
            why = self.why.get(_key(correction))
            if why is None and kind == "claim":
                document = claim_document(name) or "?"
                why = (
                    f"its document {document} is not in this build"
                    if document not in self.documents
                    else f"{document} no longer has this claim (its sentence changed, or the "
                    "rules no longer find it)"
                )
            elif why is None:
                why = "no document of this build has this actor"
            notices.append(
                f"{correction.where}: {correction.target} {correction.kind} matched nothing: {why}"
            )
        return CurationReport(self.files, len(self.corrections), len(self.used), tuple(notices))


def _conflict_problem(first: Correction, second: Correction, cycle: bool = False) -> SourceProblem:
    if cycle:
        what = f"{first.target} and {second.target} are merged into each other"
    elif first.kind == second.kind:
        what = f'{first.target} {first.kind} "{first.value}" against "{second.value}"'
    else:
        what = f"{first.target} {first.kind} against {second.kind}"
    return SourceProblem(first.where, f"conflicts with {second.where}: {what}; neither is applied")


def _placeholder_name(actor_id: str) -> str:
    return " ".join(word.capitalize() for word in actor_id.split("-")) or actor_id


class _Edit:
    """One document being corrected: mutable copies of its actors, claims, relations."""

    def __init__(self, document: DocumentGraph, registry: ActorRegistry, curation: Curation):
        self.document, self.registry, self.curation = document, registry, curation
        self.actors: dict[str, Actor] = {a.id: a for a in document.actors}
        self.claims: list[ResolvedClaim] = list(document.claims)
        self.relations: list[ResolvedRelation] = list(document.relations)
        self.mentions: list[tuple[Mention, str]] = list(document.mentions)
        self.applied: list[AppliedCorrection] = []
        self.original_claims = {c.id: c for c in document.claims}
        self.original_actors = dict(self.actors)
        self.regroup = False
        self.pending_allegations: tuple[
            list[tuple[str, str, Correction]], list[tuple[str, Correction]]
        ] = ([], [])

    def applied_to(self, correction: Correction, subject: str, original: object) -> None:
        assert original is None or isinstance(original, ResolvedClaim | Actor)
        self.applied.append(AppliedCorrection(correction, subject, original))
        self.curation.mark(correction)

    # ------------------------------------------------------------ actors

    def known(self, actor_id: str, like: Actor | None = None) -> Actor:
        """The actor ``actor_id``: of this document, of the build, of the gazetteer, or a
        new one named after its id, of the kind of ``like`` (the actor merged into it) or
        "other", unless name and kind corrections say otherwise.  The registry keeps the
        first name and kind it learns: a new actor's kind is best given by a correction."""
        if actor_id in self.actors:
            return self.actors[actor_id]
        known = self.registry.get(actor_id)
        if known is not None:
            actor = Actor(
                known.id, known.name, known.kind, (), (), known.affiliation, known.wikidata
            )
        elif actor_id in entries_by_id():
            draft = from_entry(entries_by_id()[actor_id])
            actor = Actor(
                draft.id, draft.name, draft.kind, (), (), draft.affiliation, draft.wikidata
            )
        else:
            fixes = {c.kind: c.value for c in self.curation.actors.get(actor_id, [])}
            kind = like.kind if like is not None else ActorKind.OTHER
            kind = ActorKind(fixes["kind"]) if "kind" in fixes else kind
            actor = Actor(actor_id, fixes.get("name") or _placeholder_name(actor_id), kind)
        self.actors[actor_id] = actor
        return actor

    def rename(self, old: str, new: str, keep: set[tuple[int, int]] | None = None) -> None:
        """Actor ``old`` becomes ``new`` in claims, relations, mentions and affiliations;
        with ``keep``, only what is said through mentions at those spans moves."""

        def moved(actor_id: str | None, span: Span | None) -> bool:
            if actor_id != old:
                return False
            return keep is None or (span is not None and (span.start, span.end) in keep)

        def swap(actor_id: str | None, span: Span | None) -> str | None:
            return new if moved(actor_id, span) else actor_id

        of_span = {(m.span.start, m.span.end): a for m, a in self.mentions}
        claims = []
        for c in self.claims:
            claimer = swap(c.claimer, c.claim.claimer.span) or c.claimer
            targets = c.targets
            spans = {(m.span.start, m.span.end) for m in c.claim.targets}
            if keep is None:
                targets = tuple(dict.fromkeys(new if t == old else t for t in c.targets))
            elif old in targets and spans & keep:
                # the split's mention is a target; the old actor stays one if another is
                still_old = any(of_span.get(span) == old for span in spans - keep)
                swapped = [new if t == old else t for t in targets]
                targets = tuple(dict.fromkeys([*swapped, old] if still_old else swapped))
            cites = swap(c.cites, c.claim.cites.span if c.claim.cites else None)
            # as resolution does: a claim is not aimed at its own claimer
            targets = tuple(t for t in targets if t != claimer)
            claims.append(replace(c, claimer=claimer, targets=targets, cites=cites))
        self.claims = claims
        self.relations = [
            replace(
                r,
                subject=swap(r.subject, r.relation.subject),
                object=swap(r.object, r.relation.object),
            )
            for r in self.relations
        ]
        self.mentions = [(m, swap(a, m.span) or a) for m, a in self.mentions]
        if keep is None:
            for actor_id, actor in list(self.actors.items()):
                if actor.affiliation == old:
                    self.actors[actor_id] = replace(actor, affiliation=new)
        self.regroup = True

    def split_actors(self) -> None:
        for actor_id in sorted(self.actors):
            for fix in self.curation.actors.get(actor_id, []):
                if fix.kind == "not-same-as":
                    self.split(self.actors[actor_id], fix)

    def split(self, actor: Actor, fix: Correction) -> None:
        wanted = normalise(bare_name(fix.value))
        aliases = [a for a in actor.aliases if normalise(bare_name(a)) == wanted]
        if not aliases:
            self.curation.mark(fix, f"{fix.value!r} is not an alias of {actor.id}")
            return
        new_id = slugify(fix.value) or actor.id
        if new_id == actor.id:
            new_id = f"{new_id}-2"
        spans = {
            (m.span.start, m.span.end)
            for m, a in self.mentions
            if a == actor.id and normalise(bare_name(m.span.text)) == wanted
        }
        for c in self.claims:  # claimers and cited sources need not be in the mentions
            for m in (c.claim.claimer, c.claim.cites, *c.claim.targets):
                if m is not None and normalise(bare_name(m.span.text)) == wanted:
                    spans.add((m.span.start, m.span.end))
        original = self.original_actors.get(actor.id, actor)
        self.actors[actor.id] = replace(
            actor, aliases=tuple(a for a in actor.aliases if a not in aliases)
        )
        split = self.known(new_id)
        self.actors[new_id] = replace(
            split,
            aliases=tuple(sorted(set(split.aliases) | set(aliases))),
            kind=split.kind if split.id in self.original_actors else actor.kind,
            name=split.name if split.id in self.original_actors else bare_name(aliases[0]),
        )
        self.rename(actor.id, new_id, keep=spans)
        self.applied_to(fix, f"actor/{new_id}", original)

    def merge_actors(self) -> None:
        for actor_id in sorted(self.actors):
            into = self.curation.merged_into.get(actor_id)
            if into is None or actor_id not in self.actors:
                continue
            while into in self.curation.merged_into:  # a -> b -> c: into c
                into = self.curation.merged_into[into]
            merged = self.actors.pop(actor_id)
            target = self.known(into, like=merged)
            self.actors[into] = Actor(
                into,
                target.name,
                target.kind,
                tuple(sorted(set(target.aliases) | set(merged.aliases))),
                tuple(sorted(set(target.roles) | set(merged.roles))),
                # the White House merged into the United States is not affiliated with itself
                next(
                    (a for a in (target.affiliation, merged.affiliation) if a and a != into), None
                ),
                target.wikidata or merged.wikidata,
            )
            self.rename(actor_id, into)
            fix = next(c for c in self.curation.actors[actor_id] if c.kind == "same-as")
            self.applied_to(fix, f"actor/{into}", self.original_actors.get(actor_id, merged))

    def correct_actor_details(self) -> None:
        pending = sorted(self.actors)
        while pending:  # an affiliation may bring in an actor with corrections of its own
            actor_id = pending.pop(0)
            for fix in self.curation.actors.get(actor_id, []):
                if fix.kind in _ACTOR_DETAILS or (fix.kind == "same-as" and fix.value[:1] == "Q"):
                    before = set(self.actors)
                    self.detail(self.actors[actor_id], fix)
                    pending += sorted(set(self.actors) - before)

    def detail(self, actor: Actor, fix: Correction) -> None:
        original = self.original_actors.get(actor.id)
        if fix.kind == "kind":
            actor = replace(actor, kind=ActorKind(fix.value))
        elif fix.kind == "name":
            aliases = tuple(sorted({*actor.aliases, actor.name} - {fix.value}))
            actor = replace(actor, name=fix.value, aliases=aliases)
        elif fix.kind == "role":
            actor = replace(actor, roles=tuple(r for r in fix.value.split("; ") if r))
        elif fix.kind == "affiliation":
            affiliation = fix.value.split("/", 1)[1]
            self.known(affiliation)
            actor = replace(actor, affiliation=affiliation if affiliation != actor.id else None)
        else:
            actor = replace(actor, wikidata=fix.value)
        self.actors[actor.id] = actor
        self.applied_to(fix, f"actor/{actor.id}", original)

    # ------------------------------------------------------------ claims

    def find_claim(self, claim_id: str) -> ResolvedClaim | None:
        """The claim ``claim_id``; failing that the one claim with its document, cue and
        claimer (a rules change may move the start of the content, never these)."""
        exact = [c for c in self.claims if c.id == claim_id]
        if exact:
            return exact[0]
        anchor = claim_anchor(claim_id)
        near = [c for c in self.claims if claim_anchor(c.id) == anchor]
        return near[0] if anchor is not None and len(near) == 1 else None

    def correct_claims(self, fixes: Sequence[Correction]) -> None:
        merges: list[tuple[str, str, Correction]] = []
        splits: list[tuple[str, Correction]] = []
        for fix in fixes:
            claim_id = fix.target.split("/", 1)[1]
            found = self.find_claim(claim_id)
            if found is None:
                continue
            if found.id != claim_id:
                self.curation.reanchored.append(
                    f"{fix.where}: {fix.target} is now claim/{found.id} (same cue and claimer, "
                    "the content moved): corrected"
                )
            if fix.kind == "same-allegation":
                other = self.find_claim(fix.value.split("/", 1)[1])
                if other is None:
                    document = claim_document(fix.value.split("/", 1)[1])
                    self.curation.mark(
                        fix,
                        "the two claims are in different documents; allegations are grouped "
                        "per document"
                        if document != self.document.article.id
                        else f"{self.document.article.id} no longer has the claim {fix.value}",
                    )
                    continue
                merges.append((found.id, other.id, fix))
            elif fix.kind == "own-allegation":
                splits.append((found.id, fix))
            else:
                self.claim(found, fix)
        self.regroup = self.regroup or bool(merges or splits)
        self.pending_allegations = (merges, splits)

    def claim(self, found: ResolvedClaim, fix: Correction) -> None:
        original = self.original_claims.get(found.id, found)
        index = self.claims.index(found)
        if fix.kind == "not-a-claim":
            del self.claims[index]
            self.regroup = True
            self.applied_to(fix, f"claim/{found.id}", original)
            return
        claim = found.claim
        if fix.kind == "stance":
            found = replace(found, claim=replace(claim, stance=Stance(fix.value)))
        elif fix.kind == "claimer":
            actor_id = fix.value.split("/", 1)[1]
            found = replace(found, claimer=self.known(actor_id).id)
        elif fix.kind == "targets":
            ids = [v.split("/", 1)[1] for v in fix.value.split("; ") if v]
            found = replace(found, targets=tuple(self.known(i).id for i in ids))
        else:  # content: as it stands in the claim's sentence
            sentence = self.document.sentences[claim.sentence]
            at = sentence.text.find(fix.value)
            if at < 0:
                at = sentence.text.lower().find(fix.value.lower())
            if at < 0:
                self.curation.mark(fix, "the content is not in the claim's sentence")
                return
            start = sentence.start + at
            text = self.document.article.text[start : start + len(fix.value)]
            found = replace(
                found, claim=replace(claim, content=Span(start, start + len(text), text))
            )
        self.claims[index] = found
        self.regroup = True
        self.applied_to(fix, f"claim/{found.id}", original)

    # ------------------------------------------------------------ allegations, result

    def allegations(self) -> tuple[Allegation, ...]:
        document = self.document
        article = document.article
        if not self.regroup:
            return document.allegations
        texts = [s.text for s in document.sentences]
        allegations, _ = group_allegations(
            article.id, self.claims, self.actors, texts, official=is_official(article.outlet)
        )
        merges, splits = self.pending_allegations
        by_id = {c.id: c for c in self.claims}

        def own(claim_id: str) -> Allegation:
            claim = by_id[claim_id]
            content = claim.claim.content
            sentence = texts[claim.claim.sentence] if claim.claim.sentence < len(texts) else ""
            accused = claim.targets if claim.claim.stance is Stance.ACCUSE else (claim.claimer,)
            return Allegation(
                f"{article.id}-a{claim.claim.cue.start}-own",
                (content.text if content else sentence).strip(),
                tuple(sorted(accused)),
                (claim_id,),
                alone=True,  # the analyst's split holds across the corpus too
            )

        allegations, _ = correct_allegations(
            allegations, [(x, y) for x, y, _ in merges], [x for x, _ in splits], own
        )
        for x, _, fix in merges:
            self.applied_to(fix, f"claim/{x}", self.original_claims.get(x))
        for x, fix in splits:
            self.applied_to(fix, f"claim/{x}", self.original_claims.get(x))
        position = {
            c.id: (c.claim.cue.start, c.claim.claimer.span.start, c.id) for c in self.claims
        }
        ordered = [
            replace(a, claims=tuple(sorted(a.claims, key=lambda i: position.get(i, (0, 0, i)))))
            for a in allegations
        ]
        ordered.sort(key=lambda a: position.get(a.claims[0], (0, 0, a.id)))
        return tuple(ordered)

    def result(self) -> DocumentGraph:
        allegations = self.allegations()
        member = {claim: a.id for a in allegations for claim in a.claims}
        claims = [replace(c, allegation=member.get(c.id)) for c in self.claims]
        claims.sort(key=lambda c: (c.claim.cue.start, c.id))
        # a relation keeps its claim unless that claim went or its content moved
        unchanged = {
            c.id
            for c in claims
            if c.id in self.original_claims
            and c.claim.content == self.original_claims[c.id].claim.content
        }
        relations = [
            r
            if r.claim in unchanged or r.claim is None and not self.regroup
            else replace(r, claim=_holder(r, claims))
            for r in self.relations
        ]
        used = {c.claimer for c in claims} | {t for c in claims for t in c.targets}
        used |= {c.cites for c in claims if c.cites} | {a for _, a in self.mentions}
        used |= {i for r in relations for i in (r.subject, r.object) if i}
        used |= {a.affiliation for a in self.actors.values() if a.affiliation}
        used |= {i for a in allegations for i in a.accused}
        for actor_id in [i for i in self.actors if i not in used]:
            if actor_id not in self.original_actors:
                del self.actors[actor_id]  # brought in by a correction that no longer needs it
        applied = sorted(
            self.applied,
            key=lambda a: (a.subject, a.correction.kind, a.correction.value, a.correction.target),
        )
        return replace(
            self.document,
            actors=tuple(self.actors[key] for key in sorted(self.actors)),
            claims=tuple(claims),
            relations=tuple(relations),
            allegations=allegations,
            mentions=tuple(self.mentions),
            corrections=tuple(applied),
        )


def _holder(relation: ResolvedRelation, claims: Sequence[ResolvedClaim]) -> str | None:
    """The claim whose content holds ``relation``: the shortest content around its verb."""
    predicate = relation.relation.predicate_span
    holders = [
        c
        for c in claims
        if c.claim.content is not None
        and c.claim.content.start <= predicate.start
        and predicate.end <= c.claim.content.end
    ]
    if not holders:
        return None
    return min(holders, key=_content_length).id


def _content_length(claim: ResolvedClaim) -> int:
    content = claim.claim.content
    return content.end - content.start if content is not None else 0
