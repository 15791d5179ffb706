"""Extraction in worker processes: batches through ``nlp.pipe``, results in input order.

:func:`extract_updates` turns a stream of articles into a stream of
:class:`~newsgraph.graph.disk.ArticleUpdate` records (the SPARQL Update that
writes one article's graph). With ``workers > 1`` the batches go to a pool of
processes; each worker loads its pipelines once and streams its batch through
``nlp.pipe``, then builds the RDF, so the parent only writes to the store.

The stream stays bounded: at most ``2 × workers`` batches are in flight, and
results come back in the order the articles went in, so the output of a
parallel build is the same as a serial one. Nothing holds the whole corpus.

A batch whose extraction fails is retried one article at a time, so a bad
article becomes an :class:`~newsgraph.errors.ExtractionError` in the results
and the others still go through.

Examples:
    >>> from newsgraph.types import Article
    >>> arts = [Article(f"a{i}", "T", "Morocco and Italy met.", "en") for i in range(3)]
    >>> [u.article_id for u in extract_updates(arts, model=None, workers=1)]
    ['a0', 'a1', 'a2']
"""

from __future__ import annotations

import gc
import multiprocessing as mp
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from itertools import chain, islice
from typing import Any, TypeVar

import numpy  # noqa: F401  (loads numpy's BLAS before threadpool_limits looks for it)
from threadpoolctl import threadpool_limits

from newsgraph.errors import ExtractionError, NewsgraphError
from newsgraph.graph.disk import ArticleUpdate
from newsgraph.graph.ns import DEFAULT_BASE
from newsgraph.types import Article

__all__ = ["BATCH_SIZE", "batched", "extract_batch", "extract_updates", "ordered_map"]

#: Articles per task: one ``nlp.pipe`` run per batch and language. Small
#: enough that two workers share a few hundred articles evenly; larger
#: batches do not make spaCy's small models faster.
BATCH_SIZE = 16

T = TypeVar("T")
R = TypeVar("R")

Result = ArticleUpdate | NewsgraphError


def batched(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Lists of up to ``size`` items, in order.

    Examples:
        >>> list(batched(range(5), 2))
        [[0, 1], [2, 3], [4]]
    """
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def extract_batch(
    articles: list[Article], *, model: str | None, base: str = DEFAULT_BASE, settings: str = ""
) -> list[Result]:
    """Extract a batch (through ``nlp.pipe``) and build each article's update.

    Runs in a worker. Each result is an :class:`ArticleUpdate`, or the error
    of an article that could not be extracted.

    Examples:
        >>> out = extract_batch([Article("a", "T", "Rabat.", "en")], model=None)
        >>> out[0].article_id, out[0].language
        ('a', 'en')
    """
    from newsgraph.extract import extract_articles
    from newsgraph.graph.build import article_digest
    from newsgraph.graph.disk import make_update

    def update(ext: Any) -> ArticleUpdate:
        return make_update(ext, base=base, digest=article_digest(ext.article, settings))

    try:
        extractions = extract_articles(articles, model=model, batch_size=max(1, len(articles)))
        return [update(ext) for ext in extractions]
    except Exception:
        if len(articles) == 1:
            return [_error(articles[0])]
    results: list[Result] = []
    for article in articles:
        results += extract_batch([article], model=model, base=base, settings=settings)
    return results


def _error(article: Article) -> NewsgraphError:
    import sys

    exc = sys.exc_info()[1]
    if isinstance(exc, NewsgraphError):
        if exc.path is None:  # "no pipeline for language 'de'": say which file
            exc.path = article.source_path
        return exc
    return ExtractionError(f"extraction failed for article {article.id!r}: {exc!r}", path=article.source_path)


def ordered_map(
    func: Callable[[T], R], items: Iterable[T], *, workers: int, in_flight: int | None = None
) -> Iterator[R]:
    """``map(func, items)`` over a process pool, in input order, with a bounded queue.

    With ``workers <= 1`` it runs in this process. ``func`` and the items must
    pickle; the pool forks, so workers inherit what the parent has loaded.

    Examples:
        >>> list(ordered_map(abs, [-1, 2, -3], workers=2))
        [1, 2, 3]
    """
    if workers <= 1:
        yield from map(func, items)
        return
    limit = in_flight or 2 * workers
    # What the parent has loaded (pipelines, knowledge base) is moved out of the
    # collector's reach while the workers fork: their collections then never
    # write to those pages, which stay shared instead of being copied.
    gc.freeze()
    try:
        pool = mp.get_context("fork").Pool(workers)
    finally:
        gc.unfreeze()
    with pool:
        pending: deque[Any] = deque()
        for item in items:
            pending.append(pool.apply_async(func, (item,)))
            if len(pending) >= limit:
                yield pending.popleft().get()
        while pending:
            yield pending.popleft().get()


def extract_updates(
    articles: Iterable[Article],
    *,
    model: str | None = "auto",
    workers: int = 1,
    batch_size: int = BATCH_SIZE,
    base: str = DEFAULT_BASE,
    settings: str = "",
) -> Iterator[Result]:
    """Extract ``articles`` with ``workers`` processes; yield one result per article, in order.

    Args:
        articles: any iterable; it is consumed lazily.
        model: the English pipeline (see :func:`newsgraph.extract.pipeline.get_nlp`).
        workers: processes (1: in this process).
        batch_size: articles per task.
        base: base for instance IRIs.
        settings: mixed into each article's content hash (see
            :func:`~newsgraph.graph.build.article_digest`).
    """
    work = partial(extract_batch, model=model, base=base, settings=settings)
    batches = batched(articles, batch_size)
    # One worker, one core: numpy's BLAS would otherwise start a thread per core for the models'
    # matrix products, which then compete with the other workers (the forked ones inherit the
    # limit). threadpoolctl limits the libraries loaded when it is called: numpy's BLAS must be
    # (this module imports numpy for that).
    with threadpool_limits(limits=1, user_api="blas"):
        if workers > 1:
            batches = _preloaded(batches, model)
        for results in ordered_map(work, batches, workers=workers):
            yield from results


def _preloaded(batches: Iterator[list[Article]], model: str | None) -> Iterator[list[Article]]:
    """The batches, once the first article of each language in the first batch has been extracted
    here and its result dropped: the pipelines, the knowledge base and the lexicons are then loaded
    in this process, and the workers forked after that share them instead of each loading its own
    (a second or two of every worker's time, which an add of a hundred articles feels)."""
    first = next(batches, None)
    if first is None:
        return iter(())
    seen: dict[str, Article] = {}
    for article in first:
        seen.setdefault(article.language or "", article)
    for article in seen.values():
        extract_batch([article], model=model)  # an error here is the worker's to report
    return chain([first], batches)
