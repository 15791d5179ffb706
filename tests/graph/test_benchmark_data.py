"""The synthetic data of benchmarks/store.py is valid newsgraph data."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from newsgraph.graph.store import KnowledgeGraph

BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "store.py"


def test_benchmark_synthetic_data_conforms_to_shapes() -> None:
    spec = importlib.util.spec_from_file_location("bench_store", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    kg = KnowledgeGraph()
    kg.add_all(module.synthetic_extractions(20))
    result = kg.validate()
    assert result.conforms, result.text
    assert len(kg.articles()) == 20
