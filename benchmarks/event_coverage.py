"""How many extracted events carry a date, a place and an agent or participants.

Usage::

    python benchmarks/event_coverage.py ../shared/corpus/ar ../shared/corpus/en [--json]

For every input folder or file, extracts each article (no graph is built) and
counts its events: with a date (``date`` or ``date_from``), with a place
(``location``), with an actor (an ``agent``, ``participant`` or
``participants`` role), and with all three. Also reports events per article.
Issue 13 asks for at least 80% dated, 60% placed and 90% with an actor over
``../shared/corpus/ar`` and ``../shared/corpus/en``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

import newsgraph

_ACTOR_ROLES = ("agent", "participant", "participants")


def coverage(paths: list[Path]) -> dict[str, object]:
    """Counts and shares for the events of every article under ``paths``."""
    counts: Counter[str] = Counter()
    by_type: Counter[str] = Counter()
    start = time.perf_counter()
    for art in newsgraph.read_articles(paths):
        ext = newsgraph.extract_article(art)
        counts["articles"] += 1
        for ev in ext.events:
            counts["events"] += 1
            by_type[ev.type] += 1
            dated = ev.date is not None or ev.date_from is not None
            placed = ev.location is not None
            actor = any(ev.roles.get(r) for r in _ACTOR_ROLES)
            counts["dated"] += dated
            counts["placed"] += placed
            counts["actor"] += actor
            counts["complete"] += dated and placed and actor
    n = max(counts["events"], 1)
    return {
        "articles": counts["articles"],
        "events": counts["events"],
        "events_per_article": round(counts["events"] / max(counts["articles"], 1), 2),
        "dated": round(counts["dated"] / n, 3),
        "placed": round(counts["placed"] / n, 3),
        "actor": round(counts["actor"] / n, 3),
        "complete": round(counts["complete"] / n, 3),
        "by_type": dict(by_type.most_common()),
        "seconds": round(time.perf_counter() - start, 1),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("inputs", nargs="+", type=Path, help="article files or folders")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = parser.parse_args(argv)
    results = {str(p): coverage([p]) for p in args.inputs}
    if args.json:
        json.dump(results, sys.stdout, indent=1)
        print()
        return 0
    print(f"{'input':40} {'articles':>8} {'events':>7} {'dated':>6} {'placed':>6} {'actor':>6} {'all3':>6}")
    for name, r in results.items():
        print(
            f"{name[-40:]:40} {r['articles']:>8} {r['events']:>7} {r['dated']:>6.1%} {r['placed']:>6.1%}"
            f" {r['actor']:>6.1%} {r['complete']:>6.1%}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
