"""benchmarks/views_scale.py --times N: a graph N times larger, with distinct IRIs, and its pages."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_times_three_copies_every_instance_but_countries(seed_out: Path, tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("views_scale", ROOT / "benchmarks" / "views_scale.py")
    assert spec and spec.loader
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    bench.replicate(seed_out, tmp_path, 3)
    original = (seed_out / "graph.nq").read_text(encoding="utf-8").splitlines()
    copied = (tmp_path / "graph.nq").read_text(encoding="utf-8").splitlines()
    assert len(copied) == 3 * len(original)
    assert len(set(copied)) > 2 * len(set(original))  # the copies are not the same statements
    text = "\n".join(copied)
    assert "/id/copy1/article/" in text and "/id/copy2/person/" in text
    assert "/id/copy1/country/" not in text and "/id/country/MA>" in text  # countries stay shared
    for name in ("graph.html", "graph.map.html"):
        assert (tmp_path / name).stat().st_size > (seed_out / name).stat().st_size
    assert events_on_timeline(tmp_path) == 3 * events_on_timeline(seed_out) > 0


def events_on_timeline(folder: Path) -> int:
    match = re.search(r'data-ng-events="(\d+)"', (folder / "graph.timeline.html").read_text(encoding="utf-8"))
    assert match
    return int(match.group(1))
