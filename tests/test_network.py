"""The networkx views, on hand-built DocumentGraphs from news sentences of several shapes."""

from __future__ import annotations

import doctest
from dataclasses import dataclass

import networkx as nx
import pytest

import kg.network
from kg.model import (
    Actor,
    ActorKind,
    Allegation,
    Article,
    Claim,
    DocumentGraph,
    Mention,
    ResolvedClaim,
    Span,
    Stance,
)
from kg.network import (
    actor_graph,
    aggregate,
    allegation_node,
    dispute_graph,
    metrics,
    most_accused,
    most_accusing,
    most_denied_allegations,
    reciprocal_accusations,
)

STATES = {
    "united-states": Actor("united-states", "United States", ActorKind.STATE, ("US", "Washington")),
    "russia": Actor("russia", "Russia", ActorKind.STATE, ("Kremlin", "Moscow")),
    "iran": Actor("iran", "Iran", ActorKind.STATE, ("Tehran",)),
    "china": Actor("china", "China", ActorKind.STATE, ("Beijing",)),
    "israel": Actor("israel", "Israel", ActorKind.STATE),
    "hamas": Actor("hamas", "Hamas", ActorKind.GROUP),
}


@dataclass
class Doc:
    """Builds a DocumentGraph from text, locating every span by its surface form."""

    id: str
    text: str
    title: str = "A news story"
    outlet: str | None = "Wire"
    published: str | None = None

    def __post_init__(self) -> None:
        self.claims: list[ResolvedClaim] = []
        self.actors: dict[str, Actor] = {}
        self.allegations: list[Allegation] = []

    def span(self, surface: str, after: int = 0) -> Span:
        start = self.text.index(surface, after)
        return Span(start, start + len(surface), surface)

    def sentences(self) -> tuple[Span, ...]:
        spans, start = [], 0
        for part in self.text.split(". "):
            end = start + len(part) + (1 if start + len(part) < len(self.text) else 0)
            spans.append(Span(start, end, self.text[start:end]))
            start = end + 1
        return tuple(spans)

    def sentence_of(self, offset: int) -> int:
        return next(i for i, s in enumerate(self.sentences()) if s.start <= offset < s.end)

    def mention(self, surface: str, label: str = "GPE", role: str | None = None) -> Mention:
        span = self.span(surface)
        return Mention(span, label, self.sentence_of(span.start), role=role)

    def actor(self, actor: Actor) -> str:
        self.actors[actor.id] = actor
        return actor.id

    def claim(
        self,
        claim_id: str,
        claimer: tuple[str, Actor],
        stance: Stance,
        cue: str,
        targets: tuple[tuple[str, Actor], ...] = (),
        content: str | None = None,
        allegation: str | None = None,
        cites: tuple[str, Actor] | None = None,
        hedges: tuple[str, ...] = (),
        negated: bool = False,
        role: str | None = None,
    ) -> ResolvedClaim:
        cue_span = self.span(cue)
        found = Claim(
            claimer=self.mention(claimer[0], role=role),
            stance=stance,
            cue=cue_span,
            sentence=self.sentence_of(cue_span.start),
            content=self.span(content) if content else None,
            targets=tuple(self.mention(surface) for surface, _ in targets),
            cites=self.mention(cites[0], "ANON") if cites else None,
            hedges=tuple(self.span(h) for h in hedges),
            negated=negated,
        )
        resolved = ResolvedClaim(
            id=claim_id,
            claim=found,
            claimer=self.actor(claimer[1]),
            targets=tuple(self.actor(actor) for _, actor in targets),
            cites=self.actor(cites[1]) if cites else None,
            allegation=allegation,
        )
        self.claims.append(resolved)
        return resolved

    def build(self) -> DocumentGraph:
        return DocumentGraph(
            article=Article(
                id=self.id,
                text=self.text,
                source=f"{self.id}.txt",
                title=self.title,
                outlet=self.outlet,
                url=f"https://example.org/{self.id}",
                published=self.published,
            ),
            sentences=self.sentences(),
            actors=tuple(self.actors[k] for k in sorted(self.actors)),
            claims=tuple(self.claims),
            relations=(),
            allegations=tuple(self.allegations),
        )


def edges(graph: nx.MultiDiGraph) -> list[tuple[str, str, str]]:
    return sorted((u, v, d["stance"]) for u, v, d in graph.edges(data=True))


# --- scenarios ------------------------------------------------------------------------------


def drones_story() -> DocumentGraph:
    """Accusation, then a bare denial: the denial must point back at the accuser."""
    doc = Doc(
        "drones",
        "The US State Department accused Iran of supplying drones to Russia. "
        "Tehran denied the allegations. Beijing declined to comment",
    )
    us, iran = STATES["united-states"], STATES["iran"]
    doc.claim(
        "c1",
        ("The US State Department", us),
        Stance.ACCUSE,
        "accused",
        targets=(("Iran", iran),),
        content="supplying drones to Russia",
        allegation="drones",
    )
    doc.claim("c2", ("Tehran", iran), Stance.DENY, "denied", allegation="drones")
    doc.claim("c3", ("Beijing", STATES["china"]), Stance.DECLINE_COMMENT, "declined to comment")
    doc.allegations.append(
        Allegation("drones", "Iran supplied drones to Russia", ("iran",), ("c1", "c2"))
    )
    return doc.build()


def test_bare_denial_points_at_the_accuser_of_the_allegation() -> None:
    graph = actor_graph([drones_story()])
    assert edges(graph) == [("iran", "united-states", "deny"), ("united-states", "iran", "accuse")]
    deny = graph.edges["iran", "united-states", "c2"]
    assert deny["via_allegation"] is True
    assert deny["allegation"] == "drones"
    # no content: the quote falls back to the sentence the denial is in
    assert deny["quote"] == "Tehran denied the allegations."


def test_denial_aimed_at_the_accused_it_defends_is_rerouted() -> None:
    doc = Doc(
        "hack",
        "Microsoft said Chinese state hackers breached US government email accounts. "
        "Beijing rejected claims that China was behind the breach",
    )
    microsoft = Actor("microsoft", "Microsoft", ActorKind.ORGANISATION)
    china = STATES["china"]
    doc.claim(
        "m1",
        ("Microsoft", microsoft),
        Stance.ASSERT,
        "said",
        targets=(("Chinese", china),),
        allegation="breach",
    )
    doc.claim(
        "b1",
        ("Beijing", china),
        Stance.DENY,
        "rejected",
        targets=(("China", china),),
        allegation="breach",
    )
    doc.allegations.append(Allegation("breach", "China breached email", ("china",), ("m1", "b1")))
    graph = actor_graph([doc.build()])
    assert ("china", "microsoft", "deny") in edges(graph)
    assert not graph.has_edge("china", "china")


def test_denial_without_allegation_or_target_adds_no_edge_but_is_counted() -> None:
    doc = Doc("plain", "The Kremlin denied any involvement")
    doc.claim("k1", ("The Kremlin", STATES["russia"]), Stance.DENY, "denied")
    graph = actor_graph([doc.build()])
    assert graph.number_of_edges() == 0
    assert graph.nodes["russia"]["claims"] == 1
    assert graph.nodes["russia"]["denying"] == 0


def gaza_story(doc_id: str, accuser: str, published: str | None = None) -> DocumentGraph:
    other = "hamas" if accuser == "israel" else "israel"
    text = {
        "israel": "Israel accused Hamas of using hospitals as command centres",
        "hamas": "Hamas accused Israel of bombing a refugee camp",
    }[accuser]
    doc = Doc(doc_id, text, published=published)
    doc.claim(
        f"{doc_id}-1",
        (STATES[accuser].name, STATES[accuser]),
        Stance.ACCUSE,
        "accused",
        targets=((STATES[other].name, STATES[other]),),
    )
    return doc.build()


def test_counter_accusation_answers_the_earlier_document_whatever_the_input_order() -> None:
    first, second = gaza_story("d1", "israel"), gaza_story("d2", "hamas")
    forward = actor_graph([first, second])
    assert edges(forward) == [("hamas", "israel", "counter_accuse"), ("israel", "hamas", "accuse")]
    # undated documents: by source, so reading them in another order changes nothing
    assert edges(actor_graph([second, first])) == edges(forward)
    assert forward.edges["hamas", "israel", "d2-1"]["claim_stance"] == "accuse"
    # a date puts the Hamas statement first: now Israel answers it
    dated = [gaza_story("d1", "israel", "2023-10-18"), gaza_story("d2", "hamas", "2023-10-17")]
    for documents in (dated, dated[::-1]):
        assert edges(actor_graph(documents)) == [
            ("hamas", "israel", "accuse"),
            ("israel", "hamas", "counter_accuse"),
        ]


def test_counter_accusation_by_an_official_of_the_accused_state() -> None:
    doc = Doc(
        "envoys",
        "US intelligence director Dan Coats accused Russia of planning to meddle in the vote. "
        "Foreign Minister Sergei Ryabkin accused Washington of inventing the threat",
    )
    coats = Actor("dan-coats", "Dan Coats", ActorKind.PERSON, affiliation="united-states")
    minister = Actor(
        "sergei-ryabkin",
        "Sergei Ryabkin",
        ActorKind.PERSON,
        ("Ryabkin",),
        ("Foreign Minister",),
        "russia",
    )
    doc.claim(
        "a", ("Dan Coats", coats), Stance.ACCUSE, "accused", targets=(("Russia", STATES["russia"]),)
    )
    doc.claim(
        "b",
        ("Sergei Ryabkin", minister),
        Stance.ACCUSE,
        "accused Washington",
        targets=(("Washington", STATES["united-states"]),),
        role="Foreign Minister",
    )
    graph = actor_graph([doc.build()])
    edge = graph.edges["sergei-ryabkin", "united-states", "b"]
    assert edge["stance"] == "counter_accuse"
    assert edge["claimer_role"] == "Foreign Minister"
    assert graph.nodes["sergei-ryabkin"]["roles"] == ("Foreign Minister",)


def test_negated_accusation_is_neither_counter_nor_counted() -> None:
    doc = Doc(
        "negated",
        "Israel accused Hamas of firing the rocket. Hamas did not accuse Israel of the strike",
    )
    israel, hamas = STATES["israel"], STATES["hamas"]
    doc.claim("n1", ("Israel", israel), Stance.ACCUSE, "accused", targets=(("Hamas", hamas),))
    doc.claim(
        "n2",
        ("Hamas did", hamas),
        Stance.ACCUSE,
        "did not accuse",
        targets=(("Israel of the strike", israel),),
        negated=True,
    )
    graph = actor_graph([doc.build()])
    assert graph.edges["hamas", "israel", "n2"]["stance"] == "accuse"
    assert graph.edges["hamas", "israel", "n2"]["negated"] is True
    assert most_accused(graph) == [("hamas", 1)]
    assert reciprocal_accusations(graph) == []


def test_report_with_cited_sources_and_provenance() -> None:
    doc = Doc(
        "nbc",
        "NBC News, citing multiple sources, reported that President Donald Trump approved "
        "a so-called offensive cyber operation",
        title="Trump approved cyber operation",
        outlet="Sputnik",
    )
    nbc = Actor("nbc-news", "NBC News", ActorKind.OUTLET)
    sources = Actor("anonymous-sources", "anonymous sources", ActorKind.ANONYMOUS)
    trump = Actor("donald-trump", "Donald Trump", ActorKind.PERSON, roles=("President",))
    doc.claim(
        "r1",
        ("NBC News", nbc),
        Stance.REPORT,
        "reported",
        targets=(("President Donald Trump", trump),),
        content="President Donald Trump approved a so-called offensive cyber operation",
        cites=("multiple sources", sources),
        hedges=("so-called",),
    )
    graph = actor_graph([doc.build()])
    assert edges(graph) == [
        ("nbc-news", "anonymous-sources", "cites"),
        ("nbc-news", "donald-trump", "report"),
    ]
    report = graph.edges["nbc-news", "donald-trump", "r1"]
    assert report["quote"].startswith("President Donald Trump approved")
    assert report["hedges"] == ("so-called",)
    assert report["cue"] == "reported"
    assert (report["title"], report["outlet"], report["document"]) == (
        "Trump approved cyber operation",
        "Sputnik",
        "nbc",
    )
    assert report["url"] == "https://example.org/nbc"
    start, end = report["sentence_start"], report["sentence_end"]
    assert doc.text[start:end] == doc.text
    assert report["claimer_role"] is None
    assert graph.nodes["anonymous-sources"]["kind"] == "anonymous"


def test_claim_with_several_targets_gives_one_edge_each() -> None:
    doc = Doc(
        "coats",
        "Dan Coats warned that Russia and China will seek to meddle in the 2020 election",
    )
    coats = Actor("dan-coats", "Dan Coats", ActorKind.PERSON)
    doc.claim(
        "w1",
        ("Dan Coats", coats),
        Stance.ACCUSE,
        "warned",
        targets=(("Russia", STATES["russia"]), ("China", STATES["china"])),
        content="Russia and China will seek to meddle in the 2020 election",
    )
    graph = actor_graph([doc.build()])
    assert sorted(k for _, _, k in graph.edges(keys=True)) == ["w1>china", "w1>russia"]
    assert most_accusing(graph) == [("dan-coats", 2)]
    assert graph.nodes["china"]["accused"] == 1


def test_actors_merge_across_documents_and_output_is_deterministic() -> None:
    first = Doc("one", "Russian Foreign Minister Sergei Lavrenko denied the claims")
    lavrenko = Actor(
        "sergei-lavrenko",
        "Sergei Lavrenko",
        ActorKind.PERSON,
        ("Lavrenko",),
        ("Foreign Minister",),
        "russia",
    )
    first.claim("x1", ("Sergei Lavrenko", lavrenko), Stance.DENY, "denied")
    second = Doc("two", "Lavrenko, the top diplomat, dismissed the report")
    second.claim(
        "x2",
        (
            "Lavrenko",
            Actor(
                "sergei-lavrenko",
                "Lavrenko",
                ActorKind.PERSON,
                ("Lavrenko", "Sergei"),
                ("top diplomat",),
            ),
        ),
        Stance.DENY,
        "dismissed",
    )
    docs = [first.build(), second.build()]
    graph = actor_graph(docs)
    node = graph.nodes["sergei-lavrenko"]
    assert node["name"] == "Sergei Lavrenko"
    assert node["roles"] == ("Foreign Minister", "top diplomat")
    assert node["aliases"] == ("Lavrenko", "Sergei")
    assert node["affiliation"] == "russia"
    again = actor_graph(iter(docs))  # any iterable, consumed once
    assert list(again.nodes(data=True)) == list(graph.nodes(data=True))
    assert list(again.edges(keys=True, data=True)) == list(graph.edges(keys=True, data=True))


# --- the dispute view -----------------------------------------------------------------------


def interference_stories() -> list[DocumentGraph]:
    """One allegation, one accuser and four deniers, spread over two documents."""
    first = Doc(
        "first",
        "Washington accused Moscow of using cyberattacks to sway the 2016 election. "
        "The Kremlin and Donald Trump have repeatedly denied the accusations",
    )
    us, russia = STATES["united-states"], STATES["russia"]
    trump = Actor("donald-trump", "Donald Trump", ActorKind.PERSON)
    first.claim(
        "f1",
        ("Washington", us),
        Stance.ACCUSE,
        "accused",
        targets=(("Moscow", russia),),
        content="using cyberattacks to sway the 2016 election",
        allegation="interference",
    )
    first.claim("f2", ("The Kremlin", russia), Stance.DENY, "denied", allegation="interference")
    first.claim("f3", ("Donald Trump", trump), Stance.DENY, "denied", allegation="interference")
    first.allegations.append(
        Allegation(
            "interference",
            "Russia used cyberattacks to sway the 2016 election",
            ("russia",),
            ("f1", "f2", "f3"),
        )
    )
    second = Doc(
        "second",
        "Press secretary Dmitry Peskarev called the accusations absolutely unsubstantiated. "
        "Foreign Minister Sergei Lavrenko said there is no proof to support the US claims. "
        "Moscow has consistently denied all allegations",
    )
    peskarev = Actor(
        "dmitry-peskarev",
        "Dmitry Peskarev",
        ActorKind.PERSON,
        roles=("press secretary",),
        affiliation="russia",
    )
    lavrenko = Actor(
        "sergei-lavrenko",
        "Sergei Lavrenko",
        ActorKind.PERSON,
        roles=("Foreign Minister",),
        affiliation="russia",
    )
    second.claim(
        "s1",
        ("Dmitry Peskarev", peskarev),
        Stance.DENY,
        "called",
        content="the accusations absolutely unsubstantiated",
        allegation="interference",
    )
    second.claim(
        "s2",
        ("Sergei Lavrenko", lavrenko),
        Stance.DENY,
        "said",
        targets=(("US", us),),
        content="there is no proof to support the US claims",
        allegation="interference",
    )
    # listed on the claim only, not in the allegation's own claims: still joined
    second.claim("s3", ("Moscow", russia), Stance.DENY, "denied", allegation="interference")
    second.allegations.append(Allegation("interference", "", ("russia",), ("s1", "s2")))
    return [first.build(), second.build()]


def test_dispute_graph_one_allegation_one_accuser_many_deniers() -> None:
    disputes = dispute_graph(interference_stories())
    node = allegation_node("interference")
    assert disputes.nodes[node]["type"] == "allegation"
    assert disputes.nodes[node]["summary"].startswith("Russia used cyberattacks")
    assert disputes.nodes[node]["deniers"] == 4
    into = sorted((u, d["stance"], d["count"]) for u, _, d in disputes.in_edges(node, data=True))
    assert into == [
        ("dmitry-peskarev", "deny", 1),
        ("donald-trump", "deny", 1),
        ("russia", "deny", 2),
        ("sergei-lavrenko", "deny", 1),
        ("united-states", "accuse", 1),
    ]
    assert disputes.edges[node, "russia"]["stance"] == "against"
    assert disputes.edges["russia", node]["claims"] == ("f2", "s3")
    assert disputes.nodes["russia"]["type"] == "actor"
    assert most_denied_allegations(disputes) == [(node, 4)]


def test_actor_graph_routes_all_denials_of_one_allegation_to_its_accuser() -> None:
    graph = actor_graph(interference_stories())
    deniers = sorted(u for u, v, d in graph.edges(data=True) if d["stance"] == "deny")
    assert deniers == ["dmitry-peskarev", "donald-trump", "russia", "russia", "sergei-lavrenko"]
    assert all(v == "united-states" for _, v, d in graph.edges(data=True) if d["stance"] == "deny")
    # Lavrenko named the US himself: a direct target, not routed
    assert graph.edges["sergei-lavrenko", "united-states", "s2"]["via_allegation"] is False
    assert graph.nodes["united-states"]["accusing"] == 1


# --- aggregation and metrics ----------------------------------------------------------------


def test_aggregate_merges_parallel_edges_with_counts() -> None:
    graph = actor_graph(interference_stories())
    merged = aggregate(graph)
    assert isinstance(merged, nx.DiGraph) and not merged.is_multigraph()
    edge = merged.edges["russia", "united-states"]
    assert edge["count"] == 2 and edge["stances"] == {"deny": 2}
    assert edge["claims"] == ("f2", "s3")
    assert [e["claim"] for e in edge["edges"]] == ["f2", "s3"]
    assert merged.nodes["russia"]["name"] == "Russia"
    assert merged.number_of_edges() == graph.number_of_edges() - 1


def test_aggregate_picks_the_most_frequent_stance() -> None:
    g = nx.MultiDiGraph()
    g.add_edge("a", "b", stance="criticize", claim="1")
    g.add_edge("a", "b", stance="accuse", claim="2")
    g.add_edge("a", "b", stance="accuse", claim="3")
    assert aggregate(g).edges["a", "b"]["stance"] == "accuse"
    assert most_accused(aggregate(g)) == [("b", 2)] == most_accused(g)


def test_metrics_over_a_small_build() -> None:
    docs = [gaza_story("d1", "israel"), gaza_story("d2", "hamas"), *interference_stories()]
    graph = actor_graph(docs)
    result = metrics(graph, dispute_graph(docs), top=2)
    assert result["most_accused"] == [("hamas", 1), ("israel", 1)]
    assert result["reciprocal_accusations"] == [("hamas", "israel")]
    assert result["most_denied_allegations"] == [(allegation_node("interference"), 4)]
    assert "most_denied_allegations" not in metrics(graph)
    assert metrics(aggregate(graph))["reciprocal_accusations"] == [("hamas", "israel")]


def test_docstring_examples() -> None:
    failures, tried = doctest.testmod(kg.network, optionflags=doctest.ELLIPSIS)
    assert tried > 10 and failures == 0


@pytest.mark.parametrize("empty", [[], ()])
def test_empty_build(empty: list[DocumentGraph]) -> None:
    assert actor_graph(empty).number_of_nodes() == 0
    assert dispute_graph(empty).number_of_nodes() == 0
    assert metrics(actor_graph(empty), dispute_graph(empty)) == {
        "most_accused": [],
        "most_accusing": [],
        "reciprocal_accusations": [],
        "hedging_outlets": [],
        "most_denied_allegations": [],
    }


def test_hedging_outlets_rank_by_share_of_hedged_claims() -> None:
    careful = Doc("careful", "Kyiv accused Moscow of the alleged shelling", outlet="Careful Post")
    ukraine = Actor("ukraine", "Ukraine", ActorKind.STATE)
    careful.claim(
        "h1",
        ("Kyiv", ukraine),
        Stance.ACCUSE,
        "accused",
        targets=(("Moscow", STATES["russia"]),),
        hedges=("alleged",),
    )
    blunt = Doc(
        "blunt",
        "Kyiv accused Moscow of shelling. Moscow reportedly denied it. Tehran denied it",
        outlet="Blunt Wire",
    )
    blunt.claim(
        "b1", ("Kyiv", ukraine), Stance.ACCUSE, "accused", targets=(("Moscow", STATES["russia"]),)
    )
    blunt.claim(
        "b2",
        ("Moscow", STATES["russia"]),
        Stance.DENY,
        "denied",
        targets=(("Kyiv", ukraine),),
        hedges=("reportedly",),
    )
    graph = actor_graph([careful.build(), blunt.build()])
    assert metrics(graph)["hedging_outlets"] == [("Careful Post", 1, 1), ("Blunt Wire", 1, 2)]
    assert metrics(aggregate(graph))["hedging_outlets"] == metrics(graph)["hedging_outlets"]
