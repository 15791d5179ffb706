"""Event figures on the gold halves, one line per folder.

Usage::

    python benchmarks/event_gold.py tests/data/gold/ar/dev tests/data/gold/ar/test \
        tests/data/gold/en/dev tests/data/gold/en/test [--model none]

For each folder it runs the same scoring as ``newsgraph evaluate`` and prints
event detection F1, core role F1 (agent, target, participant and location;
strict), role F1 with spokesperson, date accuracy (every gold date at its
precision, and only the gold dates given to the day, exactly and within one
day) and event nodes per gold event of the same type family. Issue 13 asks,
on each language's test half, for detection F1 >= 0.75, core role F1 >= 0.60,
day-date accuracy >= 0.80 and at most 1.2 nodes per gold event.
"""

from __future__ import annotations

import argparse

from newsgraph.evaluate import evaluate_path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("folders", nargs="+", help="gold folders (or files)")
    parser.add_argument("--model", default="auto", help="as for `newsgraph evaluate --model`")
    args = parser.parse_args(argv)
    from newsgraph.extract import extract_article

    chosen = None if args.model == "none" else args.model

    head = f"{'gold':28} {'files':>5} {'gold ev':>7} {'det F1':>6} {'core F1':>7} {'roles F1':>8}"
    print(head + f" {'date':>5} {'day':>5} {'±1day':>5} {'nodes/gold':>10}")
    for folder in args.folders:
        report = evaluate_path(folder, lambda art: extract_article(art, model=chosen))
        s = report.total
        ev, core, roles = s["events"], s["event_roles.core"], s["event_roles"]
        acc = s.accuracy
        a = {k: f"{acc[k].value:.3f}" if k in acc else "  -  " for k in
             ("event.date", "event.date_day", "event.date_1day", "event.nodes_per_gold")}  # fmt: skip

        print(
            f"{folder[-28:]:28} {len(report.files):>5} {ev.tp + ev.fn:>7} {ev.f1:>6.3f} {core.f1:>7.3f}"
            f" {roles.f1:>8.3f} {a['event.date']:>5} {a['event.date_day']:>5} {a['event.date_1day']:>5}"
            f" {a['event.nodes_per_gold']:>10}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
