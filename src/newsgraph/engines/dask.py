"""Extraction on a Dask cluster, one task per input file, through N-Quads shards.

Each task reads one input file, extracts its articles (through ``nlp.pipe``,
as a local build does) and writes one N-Quads shard: the articles' named
graphs and the shared entity descriptions, exactly the quads a local build
writes. The driver then loads the shards, in input-file order, into the
store: one transaction per article graph (its graph replaced), so a build
interrupted while loading resumes as a local one does.

Shards are plain N-Quads, so the same files can be produced or consumed by a
Spark or Ray job (see the README) and loaded with ``oxigraph load`` or pushed
with ``newsgraph push``.

Examples:
    >>> shard_name(Path("/data/news/2024-01.jsonl"), 7)
    '00007-2024-01.jsonl.nq'
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from newsgraph.errors import ConfigError, NewsgraphError

__all__ = ["build_with_dask", "extract_file", "load_shard", "shard_name"]


def shard_name(path: Path, index: int) -> str:
    """The shard file name for input file number ``index``."""
    return f"{index:05d}-{path.name}.nq"


def extract_file(
    path: str, shard: str, *, model: str | None, date_order: str, language: str | None, base: str,
    settings: str, max_chars: int = 2_000_000,
) -> dict[str, Any]:
    """One Dask task: extract the articles of ``path`` and write their quads to ``shard``.

    Returns a JSON-ready summary: articles, teasers, languages, words, errors.
    """
    import pyoxigraph

    from newsgraph.io import read_articles
    from newsgraph.io.atomic import atomic_open
    from newsgraph.parallel import BATCH_SIZE, batched, extract_batch

    out: dict[str, Any] = {"articles": 0, "teasers": 0, "languages": {}, "words": 0, "errors": []}
    store = pyoxigraph.Store()
    good = []
    for item in read_articles([path], date_order=date_order, language=language, max_chars=max_chars):
        if isinstance(item, NewsgraphError):
            out["errors"].append(str(item))
        else:
            good.append(item)
    for batch in batched(good, BATCH_SIZE):
        for result in extract_batch(batch, model=model, base=base, settings=settings):
            if isinstance(result, NewsgraphError):
                out["errors"].append(str(result))
                continue
            store.update(result.update)
            out["teasers" if result.kind == "teaser" else "articles"] += 1
            out["languages"][result.language] = out["languages"].get(result.language, 0) + 1
            out["words"] += result.words
    with atomic_open(shard, "wb") as fh:
        store.dump(fh, format=pyoxigraph.RdfFormat.N_QUADS)
    return out


def load_shard(kg: Any, shard: str | os.PathLike[str]) -> int:
    """Load one N-Quads shard into ``kg``: shared descriptions, then one transaction per article graph.

    Returns the number of article graphs loaded.
    """
    import pyoxigraph

    from newsgraph.graph.build import entities_graph_iri

    shared = str(entities_graph_iri(kg.base))
    graphs: dict[str, list[str]] = {}
    with open(shard, "rb") as fh:
        for quad in pyoxigraph.parse(fh, format=pyoxigraph.RdfFormat.N_QUADS):
            name = quad.graph_name
            key = name.value if isinstance(name, pyoxigraph.NamedNode) else ""
            graphs.setdefault(key, []).append(f"{quad.subject} {quad.predicate} {quad.object} .")
    updates = []
    if graphs.get(shared):
        updates.append(f"INSERT DATA {{ GRAPH <{shared}> {{\n" + "\n".join(graphs.pop(shared)) + "\n} }")
    for name, lines in graphs.items():
        if not name:
            raise ConfigError(f"shard {shard} has triples outside a named graph")
        updates.append(f"DROP SILENT GRAPH <{name}> ;\nINSERT DATA {{ GRAPH <{name}> {{\n"
                       + "\n".join(lines) + "\n} }")
    for text in updates:
        if kg._inner is not None:
            kg._inner.update(text)
        else:
            kg.dataset.update(text)
    return len(graphs)


def build_with_dask(
    kg: Any,
    inputs: Iterable[str | Path],
    *,
    scheduler: str | None = None,
    shard_dir: str | os.PathLike[str] | None = None,
    model: str | None = "auto",
    date_order: str = "DMY",
    language: str | None = None,
    report: Any = None,
    on_done: Callable[[int, int], object] | None = None,
    client: Any = None,
    resolve: bool = True,
    max_chars: int = 2_000_000,
    globs: Sequence[str] | None = None,
) -> Any:
    """Extract ``inputs`` on a Dask cluster and load the shards into ``kg``.

    Args:
        kg: the graph or store (opened for writing) to load into.
        inputs: files and folders; each file is one task.
        scheduler: address of a running scheduler (``tcp://host:8786``); None
            starts an in-process ``LocalCluster``.
        shard_dir: where workers write shards: a folder every worker and this
            process can reach. Default: a temporary folder (removed after).
        model, date_order, language: as for a local build.
        report: a :class:`~newsgraph.api.BuildReport` to fill (new by default).
        on_done: called as ``on_done(articles, words)`` per loaded file.
        client: an existing ``dask.distributed.Client`` (tests, notebooks).
        resolve: resolve entities and events across all articles of ``kg``
            afterwards, on this machine (as a local build does).
        globs: which files of a folder to read (default: every known suffix).

    Raises:
        ConfigError: when dask[distributed] is not installed.
    """
    import time

    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise ConfigError("the Dask engine needs `pip install 'newsgraph[dask]'`") from exc
    from newsgraph import __version__
    from newsgraph.api import BuildReport
    from newsgraph.io.readers import iter_input_files

    start = time.perf_counter()
    report = report if report is not None else BuildReport()
    files = list(iter_input_files(inputs, globs))
    settings = f"newsgraph {__version__}; model={model}"
    own_client = client is None
    cluster = None
    tmp = None
    if shard_dir is None:
        tmp = tempfile.TemporaryDirectory(prefix="newsgraph-shards-")
        shard_dir = tmp.name
    Path(shard_dir).mkdir(parents=True, exist_ok=True)
    kg.add_scheme()  # as build_into: the store carries the event-type scheme
    try:
        if client is None:
            if scheduler:
                client = Client(scheduler)
            else:
                cluster = LocalCluster(processes=False, n_workers=1, threads_per_worker=1,
                                       dashboard_address=None)
                client = Client(cluster)
        shards = [str(Path(shard_dir) / shard_name(p, i)) for i, p in enumerate(files)]
        futures = [
            client.submit(extract_file, str(p.resolve()), shard, model=model, date_order=date_order,
                          language=language, base=kg.base, settings=settings, max_chars=max_chars, pure=False)
            for p, shard in zip(files, shards, strict=True)
        ]
        for future, shard in zip(futures, shards, strict=True):  # input order
            summary = future.result()
            load_shard(kg, shard)
            report.articles += summary["articles"]
            report.teasers += summary["teasers"]
            report.words += summary["words"]
            for lang, n in summary["languages"].items():
                report.languages[lang] += n
            report.errors += [NewsgraphError(e) for e in summary["errors"]]
            if on_done is not None:
                on_done(summary["articles"] + summary["teasers"], summary["words"])
    finally:
        if own_client and client is not None:
            client.close()
        if cluster is not None:
            cluster.close()
        if tmp is not None:
            tmp.cleanup()
    if resolve and (report.articles + report.teasers or not kg.is_resolved()):
        report.resolution = kg.resolve().summary()
    report.seconds += time.perf_counter() - start
    return report
