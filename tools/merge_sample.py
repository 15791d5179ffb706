"""List a reproducible random sample of the merges (``ng:Merge`` records) of a built store, for a hand check.

Each merge is printed with its method, confidence and evidence, and, for
each of the two ids it merged, what every article that used the id says
about it: the article's file, and the entity's labels or the event's type,
date, place, roles and evidence sentence. The sample is drawn with a fixed
seed from the merges sorted by IRI, so the same store gives the same sample.

Usage::

    newsgraph build ../shared/corpus/ar ../shared/corpus/en ../shared/groups/articles --store /tmp/S
    python tools/merge_sample.py /tmp/S --n 50 --seed 0 > /tmp/merges.txt

The output quotes article text: keep it out of the repository.
"""

from __future__ import annotations

import argparse
import random
from collections import defaultdict
from pathlib import Path

from newsgraph.graph.store import KnowledgeGraph

_ROLES = ("participant", "agent", "target", "spokesperson", "beneficiary", "location")


def _short(iri: str, base: str) -> str:
    return iri[len(base):] if iri.startswith(base) else iri


def merges(kg: KnowledgeGraph) -> list[dict[str, object]]:
    """Every ``ng:Merge`` record: IRI, method, confidence, evidence, canonical and the two merged ids."""
    out: dict[str, dict[str, object]] = {}
    for m, meth, conf, ev, canon, iri in kg.rows(
        "SELECT ?m ?meth ?c ?ev ?can ?iri WHERE { GRAPH ?g { ?m a ng:Merge ; ng:method ?meth ; "
        "ng:confidence ?c ; ng:evidence ?ev ; ng:canonical ?can ; ng:mergedIri ?iri } }"
    ):
        rec = out.setdefault(m, {"iri": m, "method": meth, "confidence": conf, "evidence": ev,
                                 "canonical": canon, "merged": []})
        rec["merged"].append(iri)  # type: ignore[attr-defined]
    for rec in out.values():
        rec["merged"] = sorted(rec["merged"])  # type: ignore[type-var]
    return [out[k] for k in sorted(out)]


def describe(kg: KnowledgeGraph, original: str) -> list[str]:
    """What each article that gave a node the id ``original`` says about it, one line per article."""
    o = f"<{original}>"
    rows = kg.rows(
        f"SELECT DISTINCT ?g ?x ?path WHERE {{ GRAPH ?g {{ {{ ?x ng:originalIri ?oi FILTER(STR(?oi) = "
        f"STR({o})) }} UNION {{ {o} ng:mentionedIn|ng:reportedIn ?a0 BIND({o} AS ?x) "
        f"FILTER NOT EXISTS {{ {o} ng:originalIri ?any }} }} ?art a ng:Article ; ng:sourcePath ?path }} }}"
    )
    lines = []
    for g, x, path in sorted(rows):
        facts: dict[str, set[str]] = defaultdict(set)
        for p, v in kg.rows(f"SELECT ?p ?v WHERE {{ GRAPH <{g}> {{ <{x}> ?p ?v }} }}"):
            facts[p.rsplit("#", 1)[-1].rsplit("/", 1)[-1]].add(v)
        name = Path(path).name
        if "eventType" in facts:
            roles = "; ".join(f"{r}=" + ",".join(sorted(_short(v, kg.base) for v in facts[r]))
                              for r in _ROLES if facts.get(r))
            sentence = " ".join(sorted(facts.get("evidence", set())))[:220]
            kind = ",".join(sorted(v.rsplit("/", 1)[-1] for v in facts["eventType"]))
            date = ",".join(sorted(facts.get("date", {"-"})))
            trigger = ",".join(sorted(facts.get("trigger", set())))
            lines.append(f"    {name}: {kind} {date} trigger={trigger} {roles}\n      | {sentence}")
        else:
            labels = sorted(facts.get("label", set()) | facts.get("altLabel", set()))
            lines.append(f"    {name}: {' / '.join(labels)}")
    return lines or ["    (no article found)"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("store", help="a store folder built with `newsgraph build ... --store`")
    parser.add_argument("--n", type=int, default=50, help="merges to sample (default 50)")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    with KnowledgeGraph.open(args.store) as kg:
        records = merges(kg)
        sample = random.Random(args.seed).sample(records, min(args.n, len(records)))
        kinds = defaultdict(int)
        for rec in records:
            kinds[str(rec["method"])] += 1
        print(f"{len(records)} merges {dict(sorted(kinds.items()))}; {len(sample)} sampled, "
              f"seed {args.seed}\n")
        for i, rec in enumerate(sample, 1):
            print(f"{i}. {rec['method']} {rec['confidence']}: {rec['evidence']}")
            for iri in rec["merged"]:  # type: ignore[attr-defined]
                print(f"  {_short(iri, kg.base)}")
                print("\n".join(describe(kg, iri)))
            print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
