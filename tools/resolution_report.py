"""Build a corpus, resolve it, and list what resolution merged and nearly merged, for hand-checking.

Prints entity and event node counts before and after resolution, then
every merge (method, confidence, evidence) and every near miss (name pairs
that scored from ``NEAR_MISS`` up to the threshold) and vetoed link, and
checks that no two country nodes share an ISO code.

Usage::

    python tools/resolution_report.py ../shared/corpus/ar ../shared/corpus/en [--model none] > /tmp/merges.txt
"""

from __future__ import annotations

import argparse
import random
from collections import Counter

from newsgraph.api import build_report


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("inputs", nargs="+")
    parser.add_argument("--model", default="auto", help="auto (default), none, or a spaCy model name")
    parser.add_argument("--sample", type=int, default=0,
                        help="print a random sample of N merges and of N near misses")
    args = parser.parse_args()
    kg, build = build_report(args.inputs, model=None if args.model == "none" else args.model, resolve=False)
    report = kg.resolve()
    print(f"articles {build.articles} (+{build.teasers} teasers), languages {dict(build.languages)}")
    print(f"entity nodes (non-KB persons, organizations, places): {report.entity_nodes_before} -> "
          f"{report.entity_nodes_after} ({report.entity_groups} article-level groups)")
    print(f"event nodes: {report.event_nodes_before} -> {report.event_nodes_after}")
    pairs = kg.query("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?x ?a WHERE { ?x ng:mentionedIn ?a . "
                     "?x a ?t . VALUES ?t { ng:Person ng:Organization ng:Country ng:Place } } }")
    nodes = kg.query("SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x ng:mentionedIn ?a ; a ?t . "
                     "VALUES ?t { ng:Person ng:Organization ng:Country ng:Place } }")
    print(f"all entities: {int(next(iter(pairs))[0])} (article, entity) pairs -> "  # type: ignore[index]
          f"{int(next(iter(nodes))[0])} nodes")  # type: ignore[index]
    methods = dict(Counter(m.method for m in report.merges))
    print(f"merges by method: {methods}; resolution {report.seconds:.2f}s")
    iso = Counter(str(r[0]) for r in kg.query("SELECT ?c WHERE { ?x a ng:Country ; ng:isoCode ?c }"))
    clashes = {code: n for code, n in iso.items() if n > 1}
    print(f"country nodes sharing an ISO code: {clashes or 'none'}")
    merges, near = report.merges, report.near_misses + report.vetoed
    if args.sample:
        rng = random.Random(0)
        merges = rng.sample(merges, min(args.sample, len(merges)))
        near = rng.sample(near, min(args.sample, len(near)))
    print(f"\n## merges ({len(merges)} shown)")
    for m in merges:
        print(f"{m.method}\t{m.score}\t{m.evidence}")
    print(f"\n## near misses and vetoed links ({len(near)} shown)")
    for m in near:
        print(f"{m.method}\t{m.score}\t{m.evidence}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
