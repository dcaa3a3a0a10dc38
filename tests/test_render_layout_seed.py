"""The explorer's layout of a view does not depend on the order its nodes are walked in.

A default view smaller than half the graph is a subgraph view that walks its nodes in hash
order (different from one process to the next), and Kamada-Kawai's result depends on the
order of its nodes: disputes.html's positions changed from one build to the next until the
layout took the nodes sorted.
"""

from __future__ import annotations

import random

import networkx as nx
import pytest

from kg.render.explorer import _component_layout


@pytest.mark.parametrize(
    ("nodes", "edges"),
    [(120, 200), (260, 420)],  # Kamada-Kawai up to 200 nodes, the spring layout above
)
def test_component_layout_ignores_the_order_of_the_nodes(nodes: int, edges: int) -> None:
    drawn = nx.gnm_random_graph(nodes, edges, seed=5)
    drawn = nx.relabel_nodes(drawn, {n: f"actor-{n:03d}" for n in drawn})
    part = drawn.subgraph(max(nx.connected_components(drawn), key=len))
    ordered = sorted(part)
    shuffled = ordered[:]
    random.Random(3).shuffle(shuffled)
    layouts = []
    for order in (ordered, shuffled, shuffled[::-1]):
        graph = nx.Graph()
        graph.add_nodes_from(order)
        graph.add_edges_from((a, b, {"pull": 1.0}) for a, b in part.edges)
        placed = _component_layout(graph, seed=1)
        layouts.append({node: (round(x), round(y)) for node, (x, y) in placed.items()})
    assert len(layouts[0]) > nodes * 0.8
    assert layouts[1] == layouts[0]
    assert layouts[2] == layouts[0]
