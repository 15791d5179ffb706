"""Tests for newsgraph.export.layout: deterministic, spread-out positions."""

from __future__ import annotations

import math

import networkx as nx

from newsgraph.export.layout import spring_positions


def test_spring_positions_is_deterministic_and_centred() -> None:
    graph = nx.gnm_random_graph(300, 600, seed=3)
    first, second = spring_positions(graph, iterations=20), spring_positions(graph, iterations=20)
    assert first == second and len(first) == 300
    assert abs(sum(x for x, _ in first.values()) / 300) < 40


def test_spring_positions_keeps_neighbours_closer_than_strangers() -> None:
    graph = nx.disjoint_union(nx.complete_graph(20), nx.complete_graph(20))
    graph.add_edge(0, 20)
    pos = spring_positions(graph, iterations=60)

    def dist(a: int, b: int) -> float:
        return math.dist(pos[a], pos[b])

    inside = sum(dist(1, j) for j in range(2, 20)) / 18
    across = sum(dist(1, j) for j in range(21, 40)) / 19
    assert inside < across


def test_spring_positions_empty_graph() -> None:
    assert spring_positions(nx.Graph()) == {}
