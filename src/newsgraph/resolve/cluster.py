"""Deterministic clustering of reports (entity or event groups) under cannot-link constraints.

A *group* is what one article says about one thing: the pair (article
graph, the IRI the article's extraction gave it). Candidate links between
groups carry a score; they are taken best first, ties broken by the groups'
keys, and a link is refused when joining its two clusters would break a
constraint (two groups of one article that the article keeps apart, or
conflicting context). The result depends on the set of groups and links,
never on the order they were read in.

Examples:
    >>> c = Clusters(["a", "b", "c"], lambda x, y: not {"a", "c"} <= x | y)
    >>> c.link(Link("a", "b", 0.9, "name", "")), c.link(Link("b", "c", 0.8, "name", ""))
    (True, False)
    >>> sorted(map(sorted, c.clusters()))
    [['a', 'b'], ['c']]
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from typing import Generic, TypeVar

__all__ = ["Link", "Clusters", "cluster"]

K = TypeVar("K", bound=Hashable)


@dataclass(frozen=True)
class Link(Generic[K]):
    """A candidate merge of two groups, with its score, method and human-readable evidence."""

    a: K
    b: K
    score: float
    method: str
    evidence: str


class Clusters(Generic[K]):
    """Union-find over group keys, where ``allowed(members_a, members_b)`` may veto a union."""

    def __init__(self, keys: Iterable[K], allowed: Callable[[set[K], set[K]], bool]) -> None:
        self.parent: dict[K, K] = {k: k for k in keys}
        self.members: dict[K, set[K]] = {k: {k} for k in self.parent}
        self.allowed = allowed

    def find(self, key: K) -> K:
        root = key
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[key] != root:
            self.parent[key], key = root, self.parent[key]
        return root

    def link(self, link: Link[K]) -> bool:
        """Join the clusters of ``link.a`` and ``link.b`` unless that is vetoed; True when joined."""
        ra, rb = self.find(link.a), self.find(link.b)
        if ra == rb:
            return False
        if not self.allowed(self.members[ra], self.members[rb]):
            return False
        self.parent[rb] = ra
        self.members[ra] |= self.members.pop(rb)
        return True

    def clusters(self) -> list[set[K]]:
        return list(self.members.values())


def cluster(
    keys: Iterable[K],
    links: Iterable[Link[K]],
    allowed: Callable[[set[K], set[K]], bool],
    sort_key: Callable[[K], str],
) -> tuple[list[set[K]], list[Link[K]]]:
    """Cluster ``keys`` by ``links`` taken best-first; return the clusters and the links that joined.

    Examples:
        >>> links = [Link("x", "y", 0.9, "m", ""), Link("y", "z", 0.95, "m", "")]
        >>> groups, used = cluster("xyz", links, lambda a, b: True, str)
        >>> [sorted(g) for g in groups], [u.score for u in used]
        ([['x', 'y', 'z']], [0.95, 0.9])
    """
    state = Clusters(sorted(keys, key=sort_key), allowed)
    ordered = sorted(links, key=lambda lk: (-lk.score, *sorted((sort_key(lk.a), sort_key(lk.b)))))
    used = [lk for lk in ordered if state.link(lk)]
    return state.clusters(), used
