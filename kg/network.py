"""networkx views of resolved claims: who accuses or denies whom, and which allegation is disputed.

Two views of the same :class:`~kg.model.DocumentGraph` s:

* :func:`actor_graph`: a :class:`networkx.MultiDiGraph` with one edge per claim, from the
  claimer to the actor the claim is aimed at, carrying the stance, cue, quote and provenance.
* :func:`dispute_graph`: a :class:`networkx.DiGraph` in which each allegation is a node, so that
  one allegation with one accuser and five deniers reads as one dispute, not six loose edges.

:func:`aggregate` merges parallel edges for a readable overview, and the small ``most_*`` /
``reciprocal_accusations`` functions (collected by :func:`metrics`) summarise either view.

Example:

>>> from kg.model import Actor, ActorKind, Article, Claim, DocumentGraph, Mention
>>> from kg.model import ResolvedClaim, Span, Stance
>>> text = "Washington accused Moscow of meddling. Moscow blamed Washington."
>>> article = Article(id="doc1", text=text, source="doc1.txt", title="Row")
>>> def mention(start, end):
...     return Mention(Span(start, end, text[start:end]), "GPE", sentence=0)
>>> accuse = Claim(mention(0, 10), Stance.ACCUSE, Span(11, 18, "accused"), 0,
...                targets=(mention(19, 25),))
>>> blame = Claim(mention(39, 45), Stance.ACCUSE, Span(46, 52, "blamed"), 1,
...               targets=(mention(53, 63),))
>>> doc = DocumentGraph(
...     article=article, sentences=(Span(0, 38, text[:38]), Span(39, 64, text[39:])),
...     actors=(Actor("russia", "Russia", ActorKind.STATE),
...             Actor("united-states", "United States", ActorKind.STATE)),
...     claims=(ResolvedClaim("c1", accuse, "united-states", ("russia",)),
...             ResolvedClaim("c2", blame, "russia", ("united-states",))),
...     relations=())
>>> graph = actor_graph([doc])
>>> [(u, v, d["stance"]) for u, v, d in graph.edges(data=True)]
[('russia', 'united-states', 'counter_accuse'), ('united-states', 'russia', 'accuse')]
>>> reciprocal_accusations(graph)
[('russia', 'united-states')]
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

import networkx as nx

from kg.model import (
    Actor,
    ActorKind,
    Allegation,
    CorpusAllegation,
    DocumentGraph,
    ResolvedClaim,
    Stance,
)

__all__ = [
    "ACCUSING_STANCES",
    "COUNTER_ACCUSE",
    "CITES",
    "AGAINST",
    "actor_graph",
    "dispute_graph",
    "corpus_dispute_graph",
    "aggregate",
    "allegation_node",
    "most_accused",
    "most_accusing",
    "reciprocal_accusations",
    "accusations_between",
    "most_denied_allegations",
    "hedging_outlets",
    "chronological",
    "metrics",
]

#: Edge stance of an accusation aimed back at an earlier accuser.
COUNTER_ACCUSE = "counter_accuse"
#: Edge stance from an outlet (or any claimer) to the source it cites.
CITES = "cites"
#: Edge stance from an allegation node to the accused, in :func:`dispute_graph`.
AGAINST = "against"
#: Edge stances that count as an accusation in the metrics.
ACCUSING_STANCES = frozenset({Stance.ACCUSE.value, COUNTER_ACCUSE})

_ALLEGATION_PREFIX = "allegation:"


# --- indexes over a whole build -------------------------------------------------------------


@dataclass
class _Build:
    """Everything the views need, indexed once over all documents of a build."""

    documents: list[DocumentGraph]
    actors: dict[str, Actor] = field(default_factory=dict)
    claims: dict[str, tuple[ResolvedClaim, DocumentGraph]] = field(default_factory=dict)
    allegations: dict[str, Allegation] = field(default_factory=dict)
    # allegation id -> its accusers: asked once per denial, and an allegation can have thousands
    accusers: dict[str, list[str]] = field(default_factory=dict)


def _merge_actor(old: Actor, new: Actor) -> Actor:
    """The same actor seen in two documents: keep the first name, pool aliases and roles."""
    return Actor(
        id=old.id,
        name=old.name,
        kind=old.kind if old.kind is not ActorKind.OTHER else new.kind,
        aliases=tuple(sorted(set(old.aliases) | set(new.aliases))),
        # sorted, as the resolver keeps them: the same however the documents are grouped
        roles=tuple(sorted(set(old.roles) | set(new.roles))),
        affiliation=old.affiliation or new.affiliation,
        wikidata=old.wikidata or new.wikidata,
    )


@dataclass
class _AllegationParts:
    """An allegation gathered over documents (dicts as ordered sets: linear, not quadratic)."""

    summary: str
    accused: dict[str, None] = field(default_factory=dict)
    claims: dict[str, None] = field(default_factory=dict)

    def add(self, allegation: Allegation) -> None:
        self.summary = self.summary or allegation.summary
        self.accused.update(dict.fromkeys(allegation.accused))
        self.claims.update(dict.fromkeys(allegation.claims))


def chronological(document: DocumentGraph) -> tuple[bool, str, str, str]:
    """Sort key of a document: dated ones by date, then undated; ties by source and id.

    "Earlier" in the views (who answers whose accusation) means earlier by this key, which
    depends only on the documents, not on the order a build read them in: a graph read back
    from RDF is the same as the one built in memory.

    >>> from kg.model import Article, DocumentGraph
    >>> def doc(id, published=None):
    ...     return DocumentGraph(Article(id, "", f"{id}.txt", published=published), (), (), (), ())
    >>> [d.article.id for d in sorted([doc("c"), doc("b", "2024-05-02"), doc("a", "2024-05-01"),
    ...                                doc("d")], key=chronological)]
    ['a', 'b', 'c', 'd']
    """
    article = document.article
    published = (article.published or "").strip()
    return (not published, published, article.source, article.id)


def _text_order(claim: ResolvedClaim) -> tuple[int, int, int, str]:
    """Claims of one document in reading order (what extraction yields, made explicit)."""
    return (claim.claim.sentence, claim.claim.cue.start, claim.claim.cue.end, claim.id)


def _index(documents: Iterable[DocumentGraph]) -> _Build:
    # One pass; each document is kept without its actors and allegations, which are merged
    # here (identical actor records shared), so a build of many documents is held about once.
    same: dict[Actor, Actor] = {}
    read = [
        (
            chronological(doc),
            number,
            replace(doc, actors=(), allegations=()),
            tuple(same.setdefault(actor, actor) for actor in doc.actors),
            doc.allegations,
        )
        for number, doc in enumerate(documents)
    ]
    read.sort(key=lambda entry: entry[:2])  # as a stable sort by chronological()
    build = _Build(documents=[entry[2] for entry in read])
    parts: dict[str, _AllegationParts] = {}
    for _, _, doc, actors, allegations in read:
        for actor in actors:
            known = build.actors.get(actor.id)
            build.actors[actor.id] = actor if known is None else _merge_actor(known, actor)
        for claim in doc.claims:
            build.claims.setdefault(claim.id, (claim, doc))
        for allegation in allegations:
            parts.setdefault(allegation.id, _AllegationParts(allegation.summary)).add(allegation)
    del read
    # claims that point at an allegation the allegation itself does not list
    for claim, _ in build.claims.values():
        if claim.allegation in parts:
            parts[claim.allegation].claims[claim.id] = None
    build.allegations = {
        key: Allegation(key, part.summary, tuple(part.accused), tuple(part.claims))
        for key, part in parts.items()
    }
    return build


def _actor_attributes(actor: Actor) -> dict[str, Any]:
    return {
        "name": actor.name,
        "kind": actor.kind.value,
        "roles": actor.roles,
        "affiliation": actor.affiliation,
        "aliases": tuple(alias for alias in actor.aliases if alias != actor.name),
        "wikidata": actor.wikidata,
    }


def _add_actor(graph: nx.Graph, build: _Build, actor_id: str) -> None:
    """Add an actor node; an id no document describes still gets a node of kind "other"."""
    if actor_id in graph:
        return
    actor = build.actors.get(actor_id) or Actor(actor_id, actor_id, ActorKind.OTHER)
    graph.add_node(actor_id, **_actor_attributes(actor))


# --- the actor graph ------------------------------------------------------------------------


def _accusers(build: _Build, allegation: Allegation) -> list[str]:
    """Who made an allegation: accusers first; failing those, whoever asserted or reported it."""
    if allegation.id not in build.accusers:
        build.accusers[allegation.id] = _find_accusers(build, allegation)
    return build.accusers[allegation.id]


def _find_accusers(build: _Build, allegation: Allegation) -> list[str]:
    accusing: list[str] = []
    asserting: list[str] = []
    for claim_id in allegation.claims:
        found = build.claims.get(claim_id)
        if found is None or found[0].claim.negated:
            continue
        claim = found[0]
        if claim.claim.stance in (Stance.ACCUSE, Stance.CRITICIZE):
            accusing.append(claim.claimer)
        elif claim.claim.stance in (Stance.ASSERT, Stance.REPORT):
            asserting.append(claim.claimer)
    # by id: an allegation read back from RDF lists its claims in another order than the
    # build, and the edges (and so the page) must not depend on it
    return sorted(set(accusing or asserting))


def _ends(build: _Build, claim: ResolvedClaim) -> tuple[list[str], bool]:
    """The actors a claim's edges point at, and whether they came via the disputed allegation.

    A denial is aimed at whoever made the allegation it disputes, not at the accused the denier
    defends (often itself), so a denial without such a target is routed to the accusers.
    """
    targets = [t for t in dict.fromkeys(claim.targets) if t != claim.claimer]
    if claim.claim.stance is not Stance.DENY:
        return targets, False
    allegation = build.allegations.get(claim.allegation or "")
    if allegation is None:
        return targets, False
    targets = [t for t in targets if t not in allegation.accused]
    if targets:
        return targets, False
    return [a for a in _accusers(build, allegation) if a != claim.claimer], True


def _side(build: _Build, actor_id: str) -> set[str]:
    """An actor and the actor it speaks for (a minister and their state)."""
    actor = build.actors.get(actor_id)
    if actor is not None and actor.affiliation:
        return {actor_id, actor.affiliation}
    return {actor_id}


def _claimer_role(build: _Build, claim: ResolvedClaim) -> str | None:
    if claim.claim.claimer.role:
        return claim.claim.claimer.role
    actor = build.actors.get(claim.claimer)
    return actor.roles[0] if actor is not None and actor.roles else None


def _anonymous(build: _Build, claim: ResolvedClaim) -> bool:
    """Whether the claim is made by, or cites, an anonymous source."""
    for actor_id in (claim.claimer, claim.cites):
        actor = build.actors.get(actor_id) if actor_id else None
        if actor is not None and actor.kind is ActorKind.ANONYMOUS:
            return True
    return False


def _claim_attributes(build: _Build, claim: ResolvedClaim, doc: DocumentGraph) -> dict[str, Any]:
    """Provenance of one claim, as flat edge attributes."""
    found = claim.claim
    article = doc.article
    sentence = doc.sentences[found.sentence] if 0 <= found.sentence < len(doc.sentences) else None
    quote = found.content.text if found.content is not None else (sentence.text if sentence else "")
    return {
        "claim": claim.id,
        "claim_stance": found.stance.value,
        "cue": found.cue.text,
        "quote": quote,
        "quoted": found.quoted,
        "negated": found.negated,
        "hedges": tuple(h.text for h in found.hedges),
        "insertions": tuple(i.text for i in found.insertions),
        "claimer_role": _claimer_role(build, claim),
        # anonymous sources are one actor per outlet or side: the sentence keeps each
        # claim's own wording of them ("multiple sources", "a source close to ...")
        "said_as": sentence.text if sentence and _anonymous(build, claim) else None,
        "allegation": claim.allegation,
        "confidence": found.confidence,
        "rule": found.rule,
        "voice": found.voice.value,  # "attributed" or "publisher" (kg.model.Voice)
        "document": article.id,
        "title": article.title or article.id,
        "outlet": article.outlet,
        "url": article.url,
        "source": article.source,
        "published": article.published,
        "sentence": found.sentence,
        "sentence_start": sentence.start if sentence else None,
        "sentence_end": sentence.end if sentence else None,
        "cue_start": found.cue.start,
        "cue_end": found.cue.end,
    }


def _count_node_stances(graph: nx.MultiDiGraph, build: _Build) -> None:
    """Per-actor counts used for node sizes and metrics (negated claims do not count)."""
    accused: Counter[str] = Counter()
    accusing: Counter[str] = Counter()
    denying: Counter[str] = Counter()
    denied: Counter[str] = Counter()
    for source, target, data in graph.edges(data=True):
        if data.get("negated"):
            continue
        if data["stance"] in ACCUSING_STANCES:
            accusing[source] += 1
            accused[target] += 1
        elif data["stance"] == Stance.DENY.value:
            denying[source] += 1
            denied[target] += 1
    made = Counter(claim.claimer for claim, _ in build.claims.values())
    for node in graph.nodes:
        graph.nodes[node].update(
            accused=accused[node],
            accusing=accusing[node],
            denying=denying[node],
            denied=denied[node],
            claims=made[node],
        )


def actor_graph(documents: Iterable[DocumentGraph]) -> nx.MultiDiGraph:
    """Who accuses, denies, reports on or cites whom: one edge per claim and target.

    Nodes are actor ids with ``name``, ``kind``, ``roles``, ``affiliation``, ``aliases``,
    ``wikidata`` and the counts ``accused``, ``accusing``, ``denying``, ``denied`` (denials aimed
    at it) and ``claims`` (claims it makes, with or without an edge).  Each edge
    runs claimer -> target, keyed by the claim id, with ``stance`` plus the claim's cue, quote
    (the content, else the sentence), hedges, claimer role and document provenance.

    Rules, applied to documents in :func:`chronological` order and to claims in text order,
    so the result depends on the documents only:

    * a denial whose target is not an actor (or is the accused it defends) points at the
      accuser(s) of the allegation it disputes (``via_allegation=True``);
    * an accusation by X against Y, where Y (or the state Y speaks for) accused X (or X's
      state) earlier in the build, gets stance ``"counter_accuse"``;
    * a claim that cites a source adds an edge claimer -> source with stance ``"cites"``.

    Claims with no actor at the other end (an assertion about nobody) add no edge; they are
    still counted in the claimer's ``claims``.
    """
    build = _index(documents)
    graph = nx.MultiDiGraph()
    for actor_id in sorted(build.actors):
        _add_actor(graph, build, actor_id)
    accused_pairs: set[tuple[str, str]] = set()
    for doc in build.documents:
        for claim in sorted(doc.claims, key=_text_order):
            _add_claim_edges(graph, build, claim, doc, accused_pairs)
    _count_node_stances(graph, build)
    return graph


def _add_claim_edges(
    graph: nx.MultiDiGraph,
    build: _Build,
    claim: ResolvedClaim,
    doc: DocumentGraph,
    accused_pairs: set[tuple[str, str]],
) -> None:
    attributes = _claim_attributes(build, claim, doc)
    stance = claim.claim.stance.value
    targets, via_allegation = _ends(build, claim)
    for target in targets:
        edge_stance = stance
        if claim.claim.stance is Stance.ACCUSE and not claim.claim.negated:
            claimer_side, target_side = _side(build, claim.claimer), _side(build, target)
            if any((t, c) in accused_pairs for t in target_side for c in claimer_side):
                edge_stance = COUNTER_ACCUSE
            accused_pairs.update((c, t) for c in claimer_side for t in target_side)
        _add_actor(graph, build, claim.claimer)
        _add_actor(graph, build, target)
        graph.add_edge(
            claim.claimer,
            target,
            key=claim.id if len(targets) == 1 else f"{claim.id}>{target}",
            stance=edge_stance,
            via_allegation=via_allegation,
            **attributes,
        )
    if claim.cites and claim.cites != claim.claimer:
        _add_actor(graph, build, claim.claimer)
        _add_actor(graph, build, claim.cites)
        graph.add_edge(
            claim.claimer,
            claim.cites,
            key=f"{claim.id}>cites",
            stance=CITES,
            via_allegation=False,
            **attributes,
        )


# --- the dispute graph ----------------------------------------------------------------------


def allegation_node(allegation_id: str) -> str:
    """The node id of an allegation in :func:`dispute_graph` (kept apart from actor ids).

    >>> allegation_node("a1b2")
    'allegation:a1b2'
    """
    return _ALLEGATION_PREFIX + allegation_id


def dispute_graph(documents: Iterable[DocumentGraph]) -> nx.DiGraph:
    """Allegations as nodes: accuser -> allegation <- denier, allegation -> accused.

    Allegation nodes (ids from :func:`allegation_node`) have ``type="allegation"``, ``summary``,
    ``accused``, ``claims`` (their number) and ``deniers``; actor nodes have ``type="actor"`` and
    the attributes of :func:`actor_graph`.  An edge actor -> allegation carries the ``stance``
    of that actor's first claim about it (``"accuse"``, ``"deny"``, ``"report"`` ...), the
    ``claims`` it stands for, their ``count`` and the first claim's provenance; an edge
    allegation -> accused has stance ``"against"``.
    """
    build = _index(documents)
    # an allegation's claims in reading order (documents by date, then text order), so "first
    # claim" does not depend on the order the claims were listed in
    rank = {
        claim.id: number
        for number, claim in enumerate(
            claim for doc in build.documents for claim in sorted(doc.claims, key=_text_order)
        )
    }
    graph = nx.DiGraph()
    for allegation_id in sorted(build.allegations):
        allegation = build.allegations[allegation_id]
        node = allegation_node(allegation_id)
        graph.add_node(
            node,
            type="allegation",
            name=allegation.summary,
            summary=allegation.summary,
            kind="allegation",
            accused=allegation.accused,
            claims=len(allegation.claims),
        )
        for accused in allegation.accused:
            _add_actor(graph, build, accused)
            graph.add_edge(node, accused, stance=AGAINST, count=1, claims=())
        for claim_id in sorted(allegation.claims, key=lambda c: (rank.get(c, len(rank)), c)):
            found = build.claims.get(claim_id)
            if found is None:
                continue
            claim, doc = found
            _add_actor(graph, build, claim.claimer)
            if graph.has_edge(claim.claimer, node):
                edge = graph.edges[claim.claimer, node]
                edge["claims"] += (claim.id,)
                edge["count"] += 1
                continue
            attributes = _claim_attributes(build, claim, doc)
            attributes["claims"] = (claim.id,)
            graph.add_edge(
                claim.claimer, node, stance=claim.claim.stance.value, count=1, **attributes
            )
    for node, data in graph.nodes(data=True):
        if data.get("type") == "allegation":
            data["deniers"] = sum(1 for _, _, e in graph.in_edges(node, data=True) if _is_denial(e))
        else:
            data.setdefault("type", "actor")
    return graph


def _is_denial(edge: dict[str, Any]) -> bool:
    return edge.get("stance") == Stance.DENY.value and not edge.get("negated")


# --- aggregation and metrics ----------------------------------------------------------------


def aggregate(graph: nx.MultiDiGraph) -> nx.DiGraph:
    """Merge parallel edges into one edge per (source, target) with counts per stance.

    Each merged edge has ``count`` (all claims), ``stances`` (stance -> count, most frequent
    first), ``stance`` (the most frequent; ties go to the one seen first), ``claims`` (claim
    ids) and ``edges`` (the merged edges' attribute dicts, in order).  Node attributes are
    copied.

    >>> g = nx.MultiDiGraph()
    >>> g.add_edge("us", "russia", stance="accuse", claim="c1")
    0
    >>> g.add_edge("us", "russia", stance="accuse", claim="c2")
    1
    >>> g.add_edge("us", "russia", stance="criticize", claim="c3")
    2
    >>> merged = aggregate(g)
    >>> merged.edges["us", "russia"]["count"], merged.edges["us", "russia"]["stances"]
    (3, {'accuse': 2, 'criticize': 1})
    """
    merged = nx.DiGraph()
    merged.add_nodes_from(graph.nodes(data=True))
    grouped: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for source, target, data in graph.edges(data=True):
        grouped.setdefault((source, target), []).append(dict(data))
    for (source, target), edges in grouped.items():
        counts = Counter(e.get("stance", "") for e in edges)
        first_seen = list(dict.fromkeys(e.get("stance", "") for e in edges))
        ranked = sorted(first_seen, key=lambda s: (-counts[s], first_seen.index(s)))
        merged.add_edge(
            source,
            target,
            stance=ranked[0],
            stances={s: counts[s] for s in ranked},
            count=len(edges),
            claims=tuple(e["claim"] for e in edges if e.get("claim")),
            edges=tuple(edges),
        )
    return merged


def _edge_count(data: dict[str, Any]) -> int:
    """How many claims an edge stands for: 1 in a multigraph, ``count`` once aggregated."""
    stances = data.get("stances")
    if isinstance(stances, dict):
        return sum(n for s, n in stances.items() if s in ACCUSING_STANCES)
    if data.get("negated") or data.get("stance") not in ACCUSING_STANCES:
        return 0
    return int(data.get("count", 1))


def _accusation_counts(graph: nx.Graph, end: int) -> list[tuple[str, int]]:
    counts: Counter[str] = Counter()
    for edge in graph.edges(data=True):
        weight = _edge_count(edge[2])
        if weight:
            counts[edge[end]] += weight
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))


def most_accused(graph: nx.Graph, top: int = 10) -> list[tuple[str, int]]:
    """Actors by how many accusations (incl. counter-accusations) are aimed at them.

    Works on :func:`actor_graph` and on its :func:`aggregate`; ties sort by id.

    >>> g = nx.MultiDiGraph()
    >>> _ = g.add_edge("us", "russia", stance="accuse")
    >>> _ = g.add_edge("uk", "russia", stance="accuse")
    >>> _ = g.add_edge("russia", "us", stance="counter_accuse")
    >>> _ = g.add_edge("russia", "uk", stance="deny")
    >>> most_accused(g)
    [('russia', 2), ('us', 1)]
    """
    return _accusation_counts(graph, 1)[:top]


def most_accusing(graph: nx.Graph, top: int = 10) -> list[tuple[str, int]]:
    """Actors by how many accusations they make.

    >>> g = nx.MultiDiGraph()
    >>> _ = g.add_edge("us", "russia", stance="accuse")
    >>> _ = g.add_edge("us", "china", stance="accuse")
    >>> _ = g.add_edge("russia", "us", stance="accuse", negated=True)
    >>> most_accusing(g)
    [('us', 2)]
    """
    return _accusation_counts(graph, 0)[:top]


def reciprocal_accusations(graph: nx.Graph) -> list[tuple[str, str]]:
    """Pairs of actors who accuse each other, each pair once, sorted.

    >>> g = nx.MultiDiGraph()
    >>> _ = g.add_edge("us", "russia", stance="accuse")
    >>> _ = g.add_edge("russia", "us", stance="counter_accuse")
    >>> _ = g.add_edge("us", "china", stance="accuse")
    >>> _ = g.add_edge("china", "us", stance="deny")
    >>> reciprocal_accusations(g)
    [('russia', 'us')]
    """
    accusing = {(u, v) for u, v, data in graph.edges(data=True) if _edge_count(data) and u != v}
    return sorted({(min(u, v), max(u, v)) for u, v in accusing if (v, u) in accusing})


def accusations_between(graph: nx.Graph, accuser: str, accused: str) -> int:
    """How many accusations ``accuser`` aims at ``accused`` (negated ones do not count).

    >>> g = nx.MultiDiGraph()
    >>> _ = g.add_edge("us", "russia", stance="accuse")
    >>> _ = g.add_edge("us", "russia", stance="counter_accuse")
    >>> _ = g.add_edge("us", "russia", stance="deny")
    >>> accusations_between(g, "us", "russia"), accusations_between(g, "russia", "us")
    (2, 0)
    """
    if not graph.has_edge(accuser, accused):
        return 0
    edges = graph[accuser][accused]
    if graph.is_multigraph():
        return sum(_edge_count(data) for data in edges.values())
    return _edge_count(edges)


def most_denied_allegations(disputes: nx.DiGraph, top: int = 10) -> list[tuple[str, int]]:
    """Allegation nodes of a :func:`dispute_graph` by their number of distinct deniers.

    >>> d = nx.DiGraph()
    >>> d.add_node("allegation:a", type="allegation")
    >>> d.add_node("allegation:b", type="allegation")
    >>> for denier in ("russia", "kremlin-aide"):
    ...     d.add_edge(denier, "allegation:a", stance="deny")
    >>> d.add_edge("us", "allegation:a", stance="accuse")
    >>> d.add_edge("russia", "allegation:b", stance="deny")
    >>> most_denied_allegations(d)
    [('allegation:a', 2), ('allegation:b', 1)]
    """
    counts = [
        (node, sum(1 for _, _, edge in disputes.in_edges(node, data=True) if _is_denial(edge)))
        for node, data in disputes.nodes(data=True)
        if data.get("type") == "allegation"
    ]
    ranked = sorted((item for item in counts if item[1]), key=lambda item: (-item[1], item[0]))
    return ranked[:top]


def hedging_outlets(graph: nx.Graph, top: int = 10) -> list[tuple[str, int, int]]:
    """Outlets by the share of their claims that carry a hedge ("alleged", "reportedly").

    Each item is ``(outlet, hedged claims, claims)``; sorted by share, then by number of
    hedged claims, then by name.  A claim with several edges (targets, a cited source) counts
    once; outlets with no hedged claim are left out.  Works on :func:`actor_graph` and on its
    :func:`aggregate`.

    >>> g = nx.MultiDiGraph()
    >>> _ = g.add_edge("us", "ru", claim="c1", outlet="Wire", hedges=("alleged",))
    >>> _ = g.add_edge("us", "ir", claim="c1", outlet="Wire", hedges=("alleged",))
    >>> _ = g.add_edge("ru", "us", claim="c2", outlet="Wire", hedges=())
    >>> _ = g.add_edge("ru", "us", claim="c3", outlet="Daily", hedges=("reportedly",))
    >>> hedging_outlets(g)
    [('Daily', 1, 1), ('Wire', 1, 2)]
    """
    hedged: dict[str, set[str]] = {}
    claims: dict[str, set[str]] = {}
    for _, _, data in graph.edges(data=True):
        merged = data.get("edges")
        for edge in merged if isinstance(merged, tuple | list) else (data,):
            outlet, claim = edge.get("outlet"), edge.get("claim")
            if not outlet or not claim:
                continue
            claims.setdefault(outlet, set()).add(claim)
            if edge.get("hedges"):
                hedged.setdefault(outlet, set()).add(claim)
    ranked = [(outlet, len(hedged[outlet]), len(claims[outlet])) for outlet in hedged]
    ranked.sort(key=lambda item: (-item[1] / item[2], -item[1], item[0]))
    return ranked[:top]


def metrics(
    graph: nx.Graph, disputes: nx.DiGraph | None = None, top: int = 10
) -> dict[str, list[Any]]:
    """The headline numbers of a build, as plain lists (JSON-ready).

    >>> g = nx.MultiDiGraph()
    >>> _ = g.add_edge("us", "russia", stance="accuse")
    >>> _ = g.add_edge("russia", "us", stance="counter_accuse")
    >>> metrics(g)["reciprocal_accusations"]
    [('russia', 'us')]
    """
    result: dict[str, list[Any]] = {
        "most_accused": most_accused(graph, top),
        "most_accusing": most_accusing(graph, top),
        "reciprocal_accusations": reciprocal_accusations(graph),
        "hedging_outlets": hedging_outlets(graph, top),
    }
    if disputes is not None:
        result["most_denied_allegations"] = most_denied_allegations(disputes, top)
    return result


# --- the corpus dispute graph ---------------------------------------------------------------


def corpus_dispute_graph(
    documents: Iterable[DocumentGraph], allegations: Iterable[CorpusAllegation]
) -> nx.DiGraph:
    """One node per corpus allegation (:mod:`kg.resolve.corpus`), its accusers and deniers
    around it: accuser -> allegation <- denier, allegation -> accused.

    Allegation nodes (ids from :func:`allegation_node`) have ``type="allegation"``,
    ``summary``, ``accused``, ``claims`` (their number), ``deniers``, ``status``,
    ``first_alleged``, ``first_denied`` and ``corpus=True``.  An edge actor -> allegation
    stands for all that actor's claims about it, in reading order (documents by date):
    ``stance`` of the first, ``stances`` (stance -> count), ``count``, ``claims`` and
    ``edges`` (each claim's provenance, as :func:`aggregate` gives them, so a page can
    filter them by date); an edge allegation -> accused has stance ``"against"``.
    """
    build = _index(documents)
    rank = {
        claim.id: number
        for number, claim in enumerate(
            claim for doc in build.documents for claim in sorted(doc.claims, key=_text_order)
        )
    }
    graph = nx.DiGraph()
    for allegation in sorted(allegations, key=lambda a: a.id):
        node = allegation_node(allegation.id)
        graph.add_node(
            node,
            type="allegation",
            name=allegation.summary,
            summary=allegation.summary,
            kind="allegation",
            accused=allegation.accused,
            claims=len(allegation.claims),
            deniers=len(allegation.deniers),
            status=allegation.status,
            first_alleged=allegation.first_alleged,
            first_denied=allegation.first_denied,
            corpus=True,
        )
        for accused in allegation.accused:
            _add_actor(graph, build, accused)
            graph.add_edge(node, accused, stance=AGAINST, count=1, claims=())
        per_actor: dict[str, list[dict[str, Any]]] = {}
        for claim_id in sorted(allegation.claims, key=lambda c: (rank.get(c, len(rank)), c)):
            found = build.claims.get(claim_id)
            if found is None:
                continue
            claim, doc = found
            attributes = _claim_attributes(build, claim, doc)
            attributes["stance"] = claim.claim.stance.value
            per_actor.setdefault(claim.claimer, []).append(attributes)
        for actor, edges in per_actor.items():
            _add_actor(graph, build, actor)
            stances = Counter(edge["stance"] for edge in edges)
            graph.add_edge(
                actor,
                node,
                stance=edges[0]["stance"],
                stances=dict(sorted(stances.items(), key=lambda item: (-item[1], item[0]))),
                count=len(edges),
                claims=tuple(edge["claim"] for edge in edges),
                edges=tuple(edges),
            )
    for _, data in graph.nodes(data=True):
        data.setdefault("type", "actor")
    return graph
