"""Run the extractor on gold-annotated articles and score it.

:func:`evaluate_path` takes one gold JSON file or a folder of them, reads
each gold's article (its ``article`` path is relative to the gold file's
parent's parent: ``gold/X.json`` → ``seed/X.txt``), extracts it and scores
the extraction with :func:`~newsgraph.evaluate.score.score_extraction`. The
reader and the extractor are parameters, so tests can pass fakes; by
default they are ``newsgraph.io.read_file`` and
``newsgraph.extract.extract_article``, imported on first use.

The reader returns a list of articles: the first is the article itself,
later ones with ``kind == "teaser"`` are "see also" stubs. They are
extracted and pooled only when ``include_teaser`` is true.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from newsgraph.errors import InputError
from newsgraph.evaluate.gold import load_gold
from newsgraph.evaluate.report import FileReport, Report
from newsgraph.evaluate.score import score_extraction
from newsgraph.types import Article, Extraction

__all__ = ["evaluate_path", "gold_files"]

Reader = Callable[[Path], Sequence[Article]]
Extractor = Callable[[Article], Extraction]


def gold_files(path: str | Path) -> list[Path]:
    """The gold files at ``path``: the file itself, or every ``*.json`` below a folder, sorted.

    A folder's subfolders count too, so ``gold/ar/`` scores both ``gold/ar/dev/``
    and ``gold/ar/test/``.

    Raises:
        InputError: when ``path`` does not exist or the folder has no JSON file.
    """
    p = Path(path)
    if p.is_file():
        return [p]
    if p.is_dir():
        files = sorted(p.rglob("*.json"))
        if not files:
            raise InputError("no gold files (*.json) in this folder", path=str(p))
        return files
    raise InputError("no such gold file or folder", path=str(p))


def _default_reader(path: Path) -> Sequence[Article]:
    from newsgraph.io import read_file  # imported on use, like the extractor

    return read_file(path)


def _default_extractor(article: Article) -> Extraction:
    from newsgraph.extract import extract_article

    return extract_article(article)


def evaluate_path(
    path: str | Path,
    extract: Extractor | None = None,
    *,
    read: Reader | None = None,
    include_teaser: bool = False,
) -> Report:
    """Extract and score every gold-annotated article at ``path``.

    Args:
        path: a gold JSON file or a folder of them.
        extract: article → extraction; defaults to the project's extractor.
        read: file → articles (main first, then teaser stubs); defaults to
            ``newsgraph.io.read_file``.
        include_teaser: also score teaser facts, extracting the teaser stubs.

    Returns:
        A report with one entry per gold file; ``report.total`` sums them.

    Raises:
        InputError: when a gold file or its article cannot be read.
    """
    extract = extract or _default_extractor
    read = read or _default_reader
    report = Report()
    for gpath in gold_files(path):
        gold = load_gold(gpath)
        if gold.article is None:
            raise InputError("the gold names no 'article' to evaluate", path=str(gpath))
        if not gold.article.is_file():
            raise InputError(f"the gold's article is missing: {gold.article}", path=str(gpath))
        articles = list(read(gold.article))
        if not articles:
            raise InputError("the reader found no article in this file", path=str(gold.article))
        main, stubs = articles[0], [a for a in articles[1:] if a.kind == "teaser"]
        exts = [extract(main)]
        if include_teaser:
            exts += [extract(a) for a in stubs]
        scores = score_extraction(gold, exts, include_teaser=include_teaser)
        report.files.append(FileReport(gpath, gold.article, scores))
    return report
