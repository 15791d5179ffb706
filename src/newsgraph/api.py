"""The library's entry point for whole runs: read, extract, build a graph.

:func:`build` is what most code calls; :func:`build_report` does the same and
also returns what happened (articles per language, errors per file), which is
what the CLI prints. :func:`build_into` adds to a given graph, for example an
on-disk store (``KnowledgeGraph.open(DIR, write=True)``): it skips articles
whose content hash the graph already holds, and extracts with ``workers``
processes (see :mod:`newsgraph.parallel`).

Examples:
    >>> from newsgraph.types import Article
    >>> kg = build([Article(id="a1", title="t", text="Italy and Morocco met.", language="en")],
    ...            model=None)
    >>> kg.query("ASK { ?c a <https://w3id.org/newsgraph/ontology#Country> }").askAnswer
    True
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from newsgraph.errors import NewsgraphError
from newsgraph.io.assemble import DEFAULT_MAX_CHARS
from newsgraph.types import Article, Extraction

if TYPE_CHECKING:
    from newsgraph.graph import KnowledgeGraph

__all__ = ["BuildReport", "build", "build_into", "build_report", "count_articles", "iter_extractions"]

Input = str | Path | Article


@dataclass
class BuildReport:
    """What a build did: counts, and the errors of the inputs that failed."""

    articles: int = 0
    teasers: int = 0
    languages: Counter[str] = field(default_factory=Counter)
    errors: list[NewsgraphError] = field(default_factory=list)
    seconds: float = 0.0
    triples: int = 0
    skipped: int = 0
    words: int = 0
    resolution: dict[str, object] | None = None
    #: files inside input folders left out as notes about the folder (README, SOURCE...)
    not_articles: list[str] = field(default_factory=list)
    #: hidden files and folders (names starting with ".") inside input folders, left out
    hidden: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when no input failed."""
        return not self.errors

    def summary(self) -> dict[str, object]:
        """A JSON-ready summary."""
        return {
            "articles": self.articles,
            "teasers": self.teasers,
            "languages": dict(sorted(self.languages.items())),
            "triples": self.triples,
            "skipped_unchanged": self.skipped,
            "words": self.words,
            "seconds": round(self.seconds, 3),
            "resolution": self.resolution,
            "errors": [str(e) for e in self.errors],
            "not_articles": list(self.not_articles),
            "hidden": list(self.hidden),
        }


def iter_extractions(
    inputs: Iterable[Input],
    *,
    model: str | None = "auto",
    date_order: str = "DMY",
    language: str | None = None,
    report: BuildReport | None = None,
    on_article: Callable[[Article], object] | None = None,
) -> Iterable[Extraction]:
    """Read ``inputs`` and yield one Extraction per article (teasers included).

    Bad inputs do not stop the run: their errors go to ``report.errors``
    (or are raised when ``report`` is None).
    """
    from newsgraph.extract import extract_articles
    from newsgraph.io import read_articles

    strict = report is None
    report = report if report is not None else BuildReport()

    def good_articles() -> Iterable[Article]:
        for item in read_articles(inputs, date_order=date_order, language=language):
            if isinstance(item, NewsgraphError):
                if strict:
                    raise item
                report.errors.append(item)
                continue
            if on_article is not None:
                on_article(item)
            yield item

    for ext in extract_articles(good_articles(), model=model):
        art = ext.article
        if art.kind == "teaser":
            report.teasers += 1
        else:
            report.articles += 1
        report.languages[art.language or "und"] += 1
        yield ext


def count_articles(inputs: Iterable[Input], globs: Sequence[str] | None = None) -> int | None:
    """About how many articles ``inputs`` hold (lines of JSON Lines files, one per other file).

    For a progress bar's ETA; None when an input is not a path (it would be
    consumed) or cannot be listed. Teasers split off later are not counted.

    Examples:
        >>> count_articles([]), count_articles([Article("a", "t", "x")])
        (0, None)
    """
    from newsgraph.io.readers import JSONL_SUFFIXES, iter_input_files

    items = list(inputs) if isinstance(inputs, (list, tuple)) else None
    if items is None or not all(isinstance(x, (str, Path)) for x in items):
        return None
    total = 0
    try:
        for path in iter_input_files(items, globs):
            if path.suffix.lower() in JSONL_SUFFIXES:
                with path.open("rb") as fh:
                    total += sum(1 for line in fh if line.strip())
            else:
                total += 1
    except (NewsgraphError, OSError):
        return None
    return total


def build_into(
    kg: KnowledgeGraph,
    inputs: Iterable[Input],
    *,
    model: str | None = "auto",
    date_order: str = "DMY",
    language: str | None = None,
    workers: int = 1,
    batch_size: int | None = None,
    on_article: Callable[[Article], object] | None = None,
    on_done: Callable[[int, int], object] | None = None,
    report: BuildReport | None = None,
    resolve: bool = True,
    max_chars: int = DEFAULT_MAX_CHARS,
    globs: Sequence[str] | None = None,
) -> BuildReport:
    """Read ``inputs``, extract the new or changed articles, write each into ``kg``, then resolve.

    Articles whose content hash (article fields, newsgraph version and model)
    ``kg`` already holds are skipped without being extracted; changed ones
    replace their named graph. Each article is written in one transaction,
    in input order whatever ``workers`` is.

    Args:
        kg: the graph to add to (in memory, or an on-disk store opened for writing).
        inputs: paths, folders or Articles.
        model, date_order, language: as for :func:`build`.
        workers: extraction processes (see :mod:`newsgraph.parallel`).
        batch_size: articles per ``nlp.pipe`` batch (default
            :data:`newsgraph.parallel.BATCH_SIZE`).
        on_article: called with each article read (before the hash check).
        on_done: called as ``on_done(articles, words)`` after each article written or skipped.
        report: a report to add to (a new one by default).
        max_chars: the most characters one article may have; a longer one is
            an error naming its file (:func:`newsgraph.io.read_articles`).
        globs: which files of a folder to read (default: every known suffix);
            notes (README, SOURCE...) and hidden files are left out and listed in the report.
        resolve: merge the nodes of one real-world thing across all articles
            of ``kg`` afterwards (:func:`newsgraph.resolve.resolve_graph`, one
            transaction), unless the last pass already covered exactly these articles.

    Returns:
        The report: counts, skipped articles, words, errors and seconds.
    """
    from newsgraph import __version__
    from newsgraph.graph.build import article_digest
    from newsgraph.io import read_articles
    from newsgraph.io.readers import DEFAULT_GLOBS, left_out_files
    from newsgraph.parallel import BATCH_SIZE, extract_updates

    start = time.perf_counter()
    report = report if report is not None else BuildReport()
    settings = f"newsgraph {__version__}; model={model}"
    if isinstance(inputs, (str, Path)):
        inputs = [inputs]
    if isinstance(inputs, (list, tuple)):  # a stream of Articles is not read twice
        left_out = left_out_files([x for x in inputs if isinstance(x, (str, Path))], globs or DEFAULT_GLOBS)
        report.not_articles += left_out["notes"]
        report.hidden += left_out["hidden"]

    kg.add_scheme()  # every build's exports and stores carry the event-type scheme

    def changed() -> Iterable[Article]:
        for item in read_articles(inputs, date_order=date_order, language=language, max_chars=max_chars,
                                  globs=globs):
            if isinstance(item, NewsgraphError):
                report.errors.append(item)
                continue
            if on_article is not None:
                on_article(item)
            if kg.digest(item.id) == article_digest(item, settings):
                report.skipped += 1
                if on_done is not None:
                    on_done(1, len(item.text.split()))
                continue
            yield item

    for result in extract_updates(
        changed(), model=model, workers=workers, batch_size=batch_size or BATCH_SIZE, base=kg.base,
        settings=settings,
    ):
        if isinstance(result, NewsgraphError):
            report.errors.append(result)
            continue
        kg.apply(result)
        if result.kind == "teaser":
            report.teasers += 1
        else:
            report.articles += 1
        report.languages[result.language] += 1
        report.words += result.words
        if on_done is not None:
            on_done(1, result.words)
    if resolve and (report.articles + report.teasers or not kg.is_resolved()):
        if report.articles + report.teasers >= RELEASE_AFTER:
            _release_pipelines()  # resolution needs no spaCy pipeline: give its memory back first
        report.resolution = kg.resolve().summary()
    report.seconds += time.perf_counter() - start
    return report


#: A build of this many articles drops the spaCy pipelines before resolving (a large corpus's
#: resolution wants the memory; a small build's caller may well extract again, and loading the
#: pipelines takes seconds).
RELEASE_AFTER = 500


def _release_pipelines() -> None:
    """Drop the cached spaCy pipelines (hundreds of MB); the next extraction loads them again.

    What survives the collection that frees them (the knowledge base, lexicons, modules: several
    hundred thousand objects, all long-lived) is then frozen, as the pipelines were: the
    collection that closes the store and the interpreter's last one need not scan it again
    (about 0.3 s each after 2,000 articles).
    """
    import gc

    from newsgraph.extract.pipeline import release_pipelines

    release_pipelines()
    gc.freeze()


def build_report(
    inputs: Iterable[Input],
    *,
    model: str | None = "auto",
    date_order: str = "DMY",
    language: str | None = None,
    base: str | None = None,
    on_article: Callable[[Article], object] | None = None,
    workers: int = 1,
    resolve: bool = True,
) -> tuple[KnowledgeGraph, BuildReport]:
    """Build a graph in memory from ``inputs``; return ``(KnowledgeGraph, BuildReport)``.

    Errors of single inputs are collected in the report, not raised. With
    ``workers > 1`` extraction runs in that many processes (same result).
    ``resolve=False`` leaves one node per article's id (no cross-article merging).
    """
    from newsgraph.graph import KnowledgeGraph

    start = time.perf_counter()
    kg = KnowledgeGraph() if base is None else KnowledgeGraph(base=base)
    report = build_into(
        kg, inputs, model=model, date_order=date_order, language=language, workers=workers,
        on_article=on_article, resolve=resolve,
    )
    report.triples = len(kg)
    report.seconds = time.perf_counter() - start
    return kg, report


def build(
    inputs: Iterable[Input],
    *,
    model: str | None = "auto",
    date_order: str = "DMY",
    language: str | None = None,
    base: str | None = None,
    resolve: bool = True,
) -> KnowledgeGraph:
    """Read, extract and merge ``inputs`` (paths, directories or Articles) into one graph.

    Raises the first input error; use :func:`build_report` to go on past bad files.
    """
    kg, report = build_report(inputs, model=model, date_order=date_order, language=language, base=base,
                              resolve=resolve)
    if report.errors:
        raise report.errors[0]
    return kg
