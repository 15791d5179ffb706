"""The Dask engine on a LocalCluster: the graph equals a local build's."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "graph"))
from corpus import newsgraph, quads, write_corpus

pytest.importorskip("dask.distributed")


def test_dask_local_cluster_build_equals_local_build(tmp_path: Path) -> None:
    from dask.distributed import Client, LocalCluster

    from newsgraph.engines.dask import build_with_dask
    from newsgraph.graph import KnowledgeGraph

    data = tmp_path / "in"
    data.mkdir()
    for part in range(3):  # three files: three tasks
        write_corpus(data / f"part{part}.jsonl", 6 + part)
    newsgraph("build", data, "--store", tmp_path / "local", "--model", "none", "--workers", "2")
    cluster = LocalCluster(processes=False, n_workers=2, threads_per_worker=1, dashboard_address=None)
    with cluster, Client(cluster) as client, KnowledgeGraph.open(tmp_path / "dask", write=True) as kg:
        report = build_with_dask(kg, [data], model=None, client=client, shard_dir=tmp_path / "shards")
    assert report.articles == 6 + 7 + 8 and not report.errors
    assert sorted(p.name for p in (tmp_path / "shards").iterdir()) == [
        "00000-part0.jsonl.nq", "00001-part1.jsonl.nq", "00002-part2.jsonl.nq"]
    assert quads(tmp_path / "dask") == quads(tmp_path / "local")


def test_dask_engine_from_the_command_line(tmp_path: Path) -> None:
    data = write_corpus(tmp_path / "news.jsonl", 4)
    out = newsgraph("build", data, "--store", tmp_path / "st", "--engine", "dask", "--model", "none")
    assert "4 article(s)" in out.stdout
    newsgraph("build", data, "--store", tmp_path / "ref", "--model", "none")
    assert quads(tmp_path / "st") == quads(tmp_path / "ref")
