"""Extraction in worker processes (newsgraph.parallel): order, and what the parent loads first."""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph import parallel
from newsgraph.types import Article


def _articles(n: int) -> list[Article]:
    return [Article(f"a{i}", "T", f"Morocco and Italy met in Rabat on day {i}.", "en") for i in range(n)]


def test_two_workers_give_the_results_of_one_in_input_order() -> None:
    arts = _articles(7)
    one = [u.article_id for u in parallel.extract_updates(arts, model=None, workers=1, batch_size=2)]
    two = [u.article_id for u in parallel.extract_updates(arts, model=None, workers=2, batch_size=2)]
    assert one == two == [a.id for a in arts]


_SEEN: list[list[str]] = []  # the batches extract_batch got in this process


def _spy(articles: list[Article], **kw: Any) -> Any:  # module level: the workers unpickle it
    _SEEN.append([a.id for a in articles])
    return _REAL(articles, **kw)


_REAL = parallel.extract_batch


def test_the_parent_extracts_one_article_per_language_before_the_workers_fork(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # the workers fork after it and share what it loaded (pipelines, knowledge base, lexicons)
    _SEEN.clear()
    monkeypatch.setattr(parallel, "extract_batch", _spy)
    arts = [*_articles(3), Article("f0", "T", "Le Maroc et l'Italie se sont rencontrés à Rabat.", "fr")]
    out = list(parallel.extract_updates(arts, model=None, workers=2, batch_size=4))
    assert [u.article_id for u in out] == ["a0", "a1", "a2", "f0"]
    assert _SEEN == [["a0"], ["f0"]]  # in this process the warm-up only; the batches ran in the workers


def test_one_worker_loads_nothing_ahead(monkeypatch: pytest.MonkeyPatch) -> None:
    _SEEN.clear()
    monkeypatch.setattr(parallel, "extract_batch", _spy)
    list(parallel.extract_updates(_articles(3), model=None, workers=1, batch_size=3))
    assert _SEEN == [["a0", "a1", "a2"]]



_CHILD = """
import os, sys
from newsgraph import parallel
from newsgraph.types import Article
real = parallel.extract_batch
def spy(articles, **kw):
    from threadpoolctl import threadpool_info
    counts = [i["num_threads"] for i in threadpool_info() if i["user_api"] == "blas"]
    print("blas", max(counts, default=0), flush=True)
    return real(articles, **kw)
parallel.extract_batch = spy
arts = [Article(f"a{i}", "T", "Morocco and Italy met in Rabat.", "en") for i in range(6)]
workers = int(sys.argv[1])
assert len(list(parallel.extract_updates(arts, model=None, workers=workers, batch_size=2))) == 6
"""


@pytest.mark.parametrize("workers", [1, 2])
def test_extraction_keeps_blas_to_one_thread_per_worker(workers: int) -> None:
    # one worker, one core: the models' products must not start a thread per core, in this process
    # or in the forked workers; a fresh interpreter, so nothing has loaded numpy's BLAS before
    import os
    import subprocess
    import sys

    if (os.cpu_count() or 1) < 2:
        pytest.skip("one core: numpy's BLAS runs one thread anyway")
    out = subprocess.run([sys.executable, "-c", _CHILD, str(workers)], capture_output=True, text=True,
                         check=True, timeout=120).stdout
    counts = {line.split()[1] for line in out.splitlines() if line.startswith("blas")}
    assert counts == {"1"}, out
