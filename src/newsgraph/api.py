"""The library's entry point for whole runs: read, extract, build a graph.

:func:`build` is what most code calls; :func:`build_report` does the same and
also returns what happened (articles per language, errors per file), which is
what the CLI prints.

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
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from newsgraph.errors import NewsgraphError
from newsgraph.types import Article, Extraction

if TYPE_CHECKING:
    from newsgraph.graph import KnowledgeGraph

__all__ = ["BuildReport", "build", "build_report", "iter_extractions"]

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
            "seconds": round(self.seconds, 3),
            "errors": [str(e) for e in self.errors],
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


def build_report(
    inputs: Iterable[Input],
    *,
    model: str | None = "auto",
    date_order: str = "DMY",
    language: str | None = None,
    base: str | None = None,
    on_article: Callable[[Article], object] | None = None,
) -> tuple[KnowledgeGraph, BuildReport]:
    """Build a graph from ``inputs``; return ``(KnowledgeGraph, BuildReport)``.

    Errors of single inputs are collected in the report, not raised.
    """
    from newsgraph.graph import KnowledgeGraph

    start = time.perf_counter()
    report = BuildReport()
    kg = KnowledgeGraph() if base is None else KnowledgeGraph(base=base)
    for ext in iter_extractions(
        inputs, model=model, date_order=date_order, language=language, report=report, on_article=on_article
    ):
        kg.add(ext)
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
) -> KnowledgeGraph:
    """Read, extract and merge ``inputs`` (paths, directories or Articles) into one graph.

    Raises the first input error; use :func:`build_report` to go on past bad files.
    """
    kg, report = build_report(inputs, model=model, date_order=date_order, language=language, base=base)
    if report.errors:
        raise report.errors[0]
    return kg
