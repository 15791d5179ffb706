"""Issue 15's speed and scale figures on ``../shared/corpus/ar_scale``, as the CLI runs them.

Usage::

    .venv/bin/python benchmarks/scale.py                      # about 12 minutes on 2 idle cores
    .venv/bin/python benchmarks/scale.py --sizes 200 400 --add 50 --workdir /tmp/scale_small

Each figure is one ``newsgraph build ... --store`` in a fresh process (start-up included), timed
by the wall clock, with the peak resident memory of that process (``ru_maxrss`` of the child):

- ``--sizes`` (default 500, 1,000, 2,000): the first N files of the folder in name order, one
  worker, with and without ``--no-resolve``; the difference is the resolution's share of the
  build (what it costs end to end, writing included);
- two workers (``-j 2``) on the largest size, and the speed-up over one;
- an add: a store of the first ``largest - add`` files, then ``--add`` more files added to a
  fresh copy of it, with one worker and with two (``-j 2``), twice each.

The articles are copied into ``--workdir`` (the CLI does not follow symbolic links), and the
stores are written there too. Issue 15 asks for at least 25 articles/s with one worker, resolution
at most 20% of the build, two workers at least 1.6 times faster, an add of 100 under 10 s and a
peak under 1 GB. The machine must be otherwise idle: these are absolute times.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

_ROOT = Path(__file__).resolve().parent.parent
_CLI = [sys.executable, "-m", "newsgraph.cli"]


def run(args: list[str], log: Path) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of one CLI run; exits when it fails."""
    start = time.perf_counter()
    with log.open("w", encoding="utf-8") as out:
        proc = subprocess.Popen([*_CLI, *args], stdout=out, stderr=subprocess.STDOUT)
        _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"failed ({log}): {' '.join(args)}")
    return wall, usage.ru_maxrss / 1024  # ru_maxrss is in KiB on Linux


def copy_files(files: list[Path], folder: Path) -> Path:
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    for f in files:
        shutil.copy2(f, folder / f.name)
    return folder


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folder", nargs="?", type=Path, default=_ROOT.parent / "shared/corpus/ar_scale")
    ap.add_argument("--sizes", type=int, nargs="+", default=[500, 1000, 2000])
    ap.add_argument("--add", type=int, default=100)
    ap.add_argument("--workdir", type=Path, default=Path("/tmp/newsgraph_scale"))
    args = ap.parse_args()
    if not args.folder.is_dir():
        sys.exit(f"{args.folder}: no such folder (../shared/corpus/ar_scale is the default)")
    files = sorted(p for p in args.folder.iterdir() if p.suffix == ".txt")
    work = args.workdir
    work.mkdir(parents=True, exist_ok=True)
    rows: list[str] = ["| run | articles | wall s | articles/s | peak MB |", "|---|---|---|---|---|"]

    def row(name: str, n: int, wall: float, peak: float) -> None:
        rows.append(f"| {name} | {n} | {wall:.1f} | {n / wall:.1f} | {peak:.0f} |")
        print(rows[-1], flush=True)

    one: dict[int, float] = {}
    for n in args.sizes:
        src = copy_files(files[:n], work / f"in{n}")
        for resolve in (True, False):
            store = work / f"S{n}{'' if resolve else '-noresolve'}"
            shutil.rmtree(store, ignore_errors=True)
            extra = [] if resolve else ["--no-resolve"]
            wall, peak = run(["build", str(src), "--store", str(store), "-j", "1", *extra],
                             work / f"S{n}{'-noresolve' * (not resolve)}.log")
            row(f"1 worker{'' if resolve else ', --no-resolve'}", n, wall, peak)
            one[n * (1 if resolve else -1)] = wall
    for n in args.sizes:
        share = (one[n] - one[-n]) / one[n]
        rows.append(f"| resolution's share at {n} | | {one[n] - one[-n]:.1f} | | {share:.1%} |")
        print(rows[-1], flush=True)
    big = max(args.sizes)
    store = work / f"J{big}"
    shutil.rmtree(store, ignore_errors=True)
    wall, peak = run(["build", str(work / f"in{big}"), "--store", str(store), "-j", "2"], work / "J.log")
    row(f"2 workers (x{one[big] / wall:.2f})", big, wall, peak)
    base = copy_files(files[: big - args.add], work / "base")
    more = copy_files(files[big - args.add : big], work / "add")
    base_store = work / "A-base"
    shutil.rmtree(base_store, ignore_errors=True)
    wall, peak = run(["build", str(base), "--store", str(base_store), "-j", "1"], work / "A-base.log")
    row("1 worker, the base store of the add", big - args.add, wall, peak)
    for k, jobs in enumerate((1, 2, 1, 2)):  # each add on a fresh copy of the base store, twice
        store = work / f"A{k}"
        shutil.rmtree(store, ignore_errors=True)
        shutil.copytree(base_store, store)
        wall, peak = run(["build", str(more), "--store", str(store), "-j", str(jobs)], work / f"A{k}-add.log")
        row(f"adding {args.add} to it, {jobs} worker{'s' * (jobs > 1)}", args.add, wall, peak)
    print("\n".join(rows))


if __name__ == "__main__":
    main()
