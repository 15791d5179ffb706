"""No file of the project repeats a run of words from the third-party articles in ``../shared``.

The shared articles may be read, trained on and tested against, but not committed, nor sizeable
excerpts of them (``../shared/DATA.md``): tests use invented sentences. This test finds any run of
``RUN`` words that a committed text file shares with ``../shared/corpus`` or
``../shared/groups/articles``. The seed article is left out: the project keeps a copy of it as its
example (``examples/``), and its tests may quote it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

#: words in a row that make an excerpt: a formulaic title chain of an Arabic official runs to about ten
RUN = 12
_WORD = re.compile(r"\w+")
_SUFFIXES = {".py", ".md", ".tsv", ".txt", ".ttl", ".json", ".rq", ".cfg", ".toml", ".html", ".csv"}
#: folders of the checkout that hold no committed project text (built outputs, caches, the seed's copy)
_SKIP = {".git", ".venv", "outputs", "examples", "build", "__pycache__", ".mypy_cache", ".ruff_cache",
         ".pytest_cache", "node_modules"}


def _words(text: str) -> list[str]:
    return [w.casefold() for w in _WORD.findall(text)]


def _runs(words: list[str]) -> Iterator[tuple[int, tuple[str, ...]]]:
    for i in range(len(words) - RUN + 1):
        run = tuple(words[i : i + RUN])
        if any(len(w) > 2 for w in run):  # not a run of percent-encoded bytes or digits
            yield i, run


def _project_files() -> Iterator[Path]:
    for path in sorted(ROOT.rglob("*")):
        rel = path.relative_to(ROOT)
        if path.is_file() and path.suffix in _SUFFIXES and not _SKIP & set(rel.parts):
            yield path


def test_the_words_of_a_toy_file_are_found_in_a_toy_corpus() -> None:
    article = "one two three four five six seven eight nine ten eleven twelve thirteen"
    known = {run for _, run in _runs(_words(article))}
    copied = "x = 'two three four five six seven eight nine ten eleven twelve thirteen'"
    assert [run for _, run in _runs(_words(copied)) if run in known]
    assert not [run for _, run in _runs(_words("two three four five")) if run in known]


def test_no_committed_file_repeats_a_shared_article(shared_dir: Path) -> None:
    known: dict[tuple[str, ...], str] = {}
    for folder in (shared_dir / "corpus", shared_dir / "groups" / "articles"):
        for path in folder.rglob("*"):
            if path.is_file():
                for _, run in _runs(_words(path.read_text(encoding="utf-8", errors="ignore"))):
                    known.setdefault(run, path.name)
    assert known, f"no articles read under {shared_dir}"
    found = []
    for path in _project_files():
        words = _words(path.read_text(encoding="utf-8", errors="ignore"))
        hit = next(((i, run) for i, run in _runs(words) if run in known), None)
        if hit is not None:
            found.append(f"{path.relative_to(ROOT)}: «{' '.join(hit[1])}» (from {known[hit[1]]})")
    if found:
        pytest.fail(f"{len(found)} file(s) repeat {RUN} words in a row of a shared article; invent the "
                    "sentence instead:\n" + "\n".join(found))
