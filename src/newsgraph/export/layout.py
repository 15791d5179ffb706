"""A force-directed layout computed in Python, so big pages open without physics.

vis-network lays a graph out in the browser; with thousands of nodes that
takes longer than anyone waits (about 12 s for 5,000 nodes under software
rendering). Above a size threshold the HTML view therefore places the nodes
here, at build time, with a Fruchterman-Reingold layout written with numpy
(networkx's own needs scipy), and the page only draws them.

Exact all-pairs repulsion costs O(n^2) per iteration (a minute for 5,000
nodes); instead each iteration pushes every node away from a fresh random
sample of ``sample`` nodes, scaled up to the whole graph, which keeps the
global shape at O(n x sample) per iteration.

Examples:
    >>> import networkx as nx
    >>> pos = spring_positions(nx.path_graph(3), iterations=20)
    >>> sorted(pos), all(isinstance(v, float) for xy in pos.values() for v in xy)
    ([0, 1, 2], True)
"""

from __future__ import annotations

from collections.abc import Hashable

import networkx as nx

__all__ = ["spring_positions"]


def spring_positions(
    graph: nx.Graph, *, iterations: int = 60, scale: float = 0.0, seed: int = 7, sample: int = 300
) -> dict[Hashable, tuple[float, float]]:
    """Fruchterman-Reingold positions of the nodes of ``graph`` (edges undirected, unweighted).

    Args:
        graph: any networkx graph.
        iterations: cooling steps.
        scale: half-width of the drawing; by default grows with the square
            root of the node count (about 40 px per node side).
        seed: seed of the random start, so the same graph gets the same picture.
        sample: nodes each node is pushed away from per iteration; all of them
            when the graph is no bigger.

    Returns:
        ``{node: (x, y)}`` in drawing units centred on 0.
    """
    import numpy as np  # only when a big graph is laid out

    nodes = list(graph.nodes)
    n = len(nodes)
    if n == 0:
        return {}
    side = scale or 40.0 * max(n, 1) ** 0.5
    rng = np.random.default_rng(seed)
    pos = rng.uniform(-1.0, 1.0, size=(n, 2)).astype(np.float64)
    index = {node: i for i, node in enumerate(nodes)}
    links = [(index[u], index[v]) for u, v in graph.edges() if u != v]
    pairs = np.array(links, dtype=np.int64).reshape(-1, 2)
    k = (4.0 / n) ** 0.5  # ideal distance in the unit square [-1, 1]^2
    temperature = 0.2
    cool = temperature / (iterations + 1)
    for _ in range(max(iterations, 0)):
        # repulsion from a random sample of nodes, scaled up to all of them (exact when n <= sample)
        picked = np.arange(n) if n <= sample else rng.choice(n, size=sample, replace=False)
        dx = pos[:, 0:1] - pos[picked, 0][None, :]
        dy = pos[:, 1:2] - pos[picked, 1][None, :]
        dist2 = dx * dx + dy * dy
        np.maximum(dist2, 1e-6, out=dist2)
        force = (k * k * n / len(picked)) / dist2
        disp = np.stack(((dx * force).sum(axis=1), (dy * force).sum(axis=1)), axis=1)
        if len(pairs):
            delta = pos[pairs[:, 0]] - pos[pairs[:, 1]]
            dist = np.sqrt((delta * delta).sum(axis=1))[:, None]
            pull = delta * dist / k
            np.add.at(disp, pairs[:, 0], -pull)
            np.add.at(disp, pairs[:, 1], pull)
        length = np.sqrt((disp * disp).sum(axis=1))[:, None]
        np.maximum(length, 1e-9, out=length)
        pos += disp / length * np.minimum(length, temperature)
        temperature -= cool
    pos -= pos.mean(axis=0)
    extent = float(np.abs(pos).max()) or 1.0
    pos *= side / extent
    return {node: (round(float(x), 1), round(float(y), 1)) for node, (x, y) in zip(nodes, pos, strict=True)}
