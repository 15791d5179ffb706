"""Calibrate the cross-script name threshold of ``newsgraph.resolve.names``.

Scores every Arabic name of ``tests/data/resolve/name_pairs.tsv`` against
every English name: the row's own English name is a true pair, the others
are pairs of different people. Prints precision and recall of "same name"
for a range of thresholds, and the hardest pairs on each side.

Usage::

    python tools/calibrate_names.py [tests/data/resolve/name_pairs.tsv]
"""

from __future__ import annotations

import sys
from pathlib import Path

from newsgraph.resolve.names import NAME_THRESHOLD, name_similarity


def load_pairs(path: Path) -> list[tuple[str, str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            ar, en = line.split("\t")
            rows.append((ar.strip(), en.strip()))
    return rows


def main(argv: list[str]) -> int:
    path = Path(argv[0]) if argv else Path(__file__).parents[1] / "tests/data/resolve/name_pairs.tsv"
    rows = load_pairs(path)
    scored = [(name_similarity(ar, en), i == j, ar, en)
              for i, (ar, _) in enumerate(rows) for j, (_, en) in enumerate(rows)]
    positives = sum(1 for _, same, *_ in scored if same)
    print(f"{len(rows)} names, {positives} true pairs, {len(scored) - positives} false pairs")
    print("threshold  precision  recall  false-merges")
    for t in [0.70, 0.75, 0.78, 0.80, 0.82, 0.84, 0.86, 0.88, 0.90, 0.92]:
        hits = [same for score, same, *_ in scored if score >= t]
        tp = sum(hits)
        mark = "  <- NAME_THRESHOLD" if abs(t - NAME_THRESHOLD) < 1e-9 else ""
        print(f"{t:9.2f}  {tp / max(len(hits), 1):9.3f}  {tp / positives:6.3f}  {len(hits) - tp:12d}{mark}")
    misses = sorted((s, ar, en) for s, same, ar, en in scored if same)[:8]
    print("\nlowest true pairs:")
    for s, ar, en in misses:
        print(f"  {s:.3f}  {ar} / {en}")
    wrong = sorted(((s, ar, en) for s, same, ar, en in scored if not same), reverse=True)[:8]
    print("highest false pairs:")
    for s, ar, en in wrong:
        print(f"  {s:.3f}  {ar} / {en}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
