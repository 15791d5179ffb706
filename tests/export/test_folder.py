"""Output folders after a kill during the export: the old files whole, no mix, no leftovers after a rerun."""

from __future__ import annotations

import json
import os
import signal
import sys
import time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "graph"))
from corpus import newsgraph, spawn, write_corpus

from newsgraph.errors import GraphError
from newsgraph.export.folder import STAGING_PREFIX, _locked, write_folder


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def test_kill_9_during_export_keeps_the_old_files_and_a_rerun_leaves_nothing_behind(tmp_path: Path) -> None:
    small = write_corpus(tmp_path / "small.jsonl", 4)
    big = write_corpus(tmp_path / "big.jsonl", 400)
    out = tmp_path / "out"
    newsgraph("build", small, "-o", out, "--model", "none")
    before = _snapshot(out)
    proc = spawn("build", big, "-o", out, "--model", "none", "--max-nodes", "3000")
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline and proc.poll() is None:
        stages = [p for p in out.iterdir() if p.name.startswith(STAGING_PREFIX)]
        if stages and any(stages[0].iterdir()):
            break
        time.sleep(0.02)
    if proc.poll() is not None:
        pytest.fail("the build ended before its export could be killed")
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    # Killed mid-export: every old file is there, byte for byte; nothing new is mixed in.
    assert {k: v for k, v in _snapshot(out).items()} == before
    assert [p.name for p in out.iterdir() if p.name.startswith(STAGING_PREFIX)], "no staging folder left?"
    newsgraph("build", small, "-o", out, "--model", "none")
    names = sorted(p.name for p in out.iterdir())
    assert not [n for n in names if n.startswith(".")], names
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["outputs"] == [n for n in names if n.startswith("graph.")]


def test_old_temporary_files_of_a_killed_writer_are_removed(tmp_path: Path) -> None:
    (tmp_path / ".graph.jsonld.k2j3h4.tmp").write_text("half")
    (tmp_path / ".summary.json.x_1.tmp").write_text("half")
    (tmp_path / ".my-own-hidden-file").write_text("keep")
    (tmp_path / "notes.tmp").write_text("keep")
    write_folder(tmp_path, lambda stage: (stage / "graph.ttl").write_text("x"), {})
    assert sorted(p.name for p in tmp_path.iterdir()) == [".my-own-hidden-file", "graph.ttl", "notes.tmp",
                                                         "summary.json"]


def test_a_failing_export_leaves_the_old_files(tmp_path: Path) -> None:
    (tmp_path / "graph.ttl").write_text("old")

    def write(stage: Path) -> None:
        (stage / "graph.ttl").write_text("new")
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        write_folder(tmp_path, write, {})
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.ttl"]
    assert (tmp_path / "graph.ttl").read_text() == "old"


def test_two_writers_into_one_folder_the_second_is_refused(tmp_path: Path) -> None:
    with _locked(tmp_path), pytest.raises(GraphError, match="another build is writing"):
        write_folder(tmp_path, lambda stage: None, {})


def test_store_refuses_an_ordinary_folder_and_writes_nothing_into_it(tmp_path: Path) -> None:
    docs = tmp_path / "documents"
    docs.mkdir()
    (docs / "letter.txt").write_text("mine")
    small = write_corpus(tmp_path / "small.jsonl", 2)
    proc = newsgraph("build", small, "--store", docs, "--model", "none", check=False)
    assert proc.returncode != 0
    assert "not a newsgraph store" in proc.stderr and str(docs) in proc.stderr
    assert "Traceback" not in proc.stderr
    assert sorted(p.name for p in docs.iterdir()) == ["letter.txt"]
    # An empty folder, or an existing store, is fine.
    empty = tmp_path / "empty"
    empty.mkdir()
    newsgraph("build", small, "--store", empty, "--model", "none")
    newsgraph("build", small, "--store", empty, "--model", "none")
