"""Read articles from files and folders: the entry point of newsgraph's input.

:func:`read_articles` takes files, folders (read recursively) and ready-made
:class:`~newsgraph.types.Article` objects, and yields articles. A bad input
does not stop it: it yields an :class:`~newsgraph.errors.InputError` naming
the file (and line, for JSON Lines) and goes on, so a caller can report all
problems at the end. :func:`read_file` reads one file and raises instead.

File types are chosen by suffix (case-insensitive):

* ``.txt``: :mod:`newsgraph.io.txt` (header lines, dateline, title, body);
* ``.html``, ``.htm``: :mod:`newsgraph.io.html` (trafilatura, offline);
* ``.jsonl``, ``.ndjson``, ``.json-lines``: :mod:`newsgraph.io.jsonl`.

Every article then goes through :func:`newsgraph.io.assemble.finish`: teaser
split, language (declared > ``language`` argument > detected) and id (see
:mod:`newsgraph.io.ids`).

Examples:
    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> text = "12/05/2022\\n\\nTalks in Rabat\\n\\nThe ministers met."
    >>> _ = (d / "a.txt").write_text(text, encoding="utf-8")
    >>> _ = (d / "b.txt").write_bytes(b"")
    >>> for item in read_articles([d], language="en"):
    ...     print(type(item).__name__, item.title if hasattr(item, "title") else item.message)
    Article Talks in Rabat
    InputError empty file (no text); give a file with an article in it
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path, PurePosixPath

from newsgraph.errors import InputError
from newsgraph.io.assemble import DEFAULT_MAX_CHARS, RawArticle, check_length, clean_language, finish_each
from newsgraph.io.clean import clean_text
from newsgraph.io.dateline import check_date_order
from newsgraph.io.decode import decode_bytes
from newsgraph.io.html import parse_html
from newsgraph.io.ids import article_id
from newsgraph.io.jsonl import iter_jsonl
from newsgraph.io.lang import choose_language
from newsgraph.io.txt import parse_txt
from newsgraph.types import Article

__all__ = [
    "TXT_SUFFIXES",
    "HTML_SUFFIXES",
    "JSONL_SUFFIXES",
    "DEFAULT_GLOBS",
    "left_out_files",
    "iter_input_files",
    "read_articles",
    "read_file",
]

TXT_SUFFIXES = frozenset({".txt"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson", ".json-lines"})
#: The files taken from a folder when no ``globs`` are given: every suffix newsgraph reads.
DEFAULT_GLOBS = ("*.txt", "*.html", "*.htm", "*.jsonl", "*.ndjson", "*.json-lines")
# A file this many bytes per allowed character is refused before it is read:
# UTF-8 needs at most 4 bytes a character; HTML markup is mostly not text.
_BYTES_PER_CHAR = {"txt": 4, "html": 40}
_SUFFIX_HINT = (
    "newsgraph reads .txt, .html/.htm and .jsonl/.ndjson/.json-lines files; "
    "rename the file if it is one of these, or convert it (a JSON array: one object a line as .jsonl)"
)

PathLike = str | Path
Input = str | Path | Article


def _kind(path: Path) -> str | None:
    suffix = path.suffix.lower()
    if suffix in TXT_SUFFIXES:
        return "txt"
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    return None


#: Files a folder holds beside its articles: their names start with one of these words (any case).
NOT_ARTICLES = ("readme", "license", "licence", "source", "notice", "copying", "changelog", "authors")


def is_not_article(path: Path) -> bool:
    """Whether a file found in a folder is a note about the folder, not an article.

    Examples:
        >>> is_not_article(Path("SOURCE.txt")), is_not_article(Path("README.md.txt"))
        (True, True)
        >>> is_not_article(Path("sources_of_the_nile.txt"))
        False
    """
    stem = path.name.lower().split(".")[0]
    return stem in NOT_ARTICLES


def _matches(path: Path, globs: Sequence[str]) -> bool:
    """Whether ``path`` matches one of ``globs`` (case-insensitive; ``2015/*.txt`` matches from the right)."""
    low = PurePosixPath(path.as_posix().lower())
    return any(low.match(g.lower()) for g in globs)


def not_article_files(paths: Iterable[PathLike], globs: Sequence[str] = DEFAULT_GLOBS) -> list[str]:
    """The files inside the folders among ``paths`` that are skipped as notes (README, SOURCE...).

    Examples:
        >>> import tempfile, pathlib
        >>> d = pathlib.Path(tempfile.mkdtemp())
        >>> for name in ("a.txt", "SOURCE.txt", "b/README.txt"):
        ...     (d / name).parent.mkdir(exist_ok=True)
        ...     _ = (d / name).write_text("x")
        >>> [pathlib.Path(p).relative_to(d).as_posix() for p in not_article_files([d])]
        ['SOURCE.txt', 'b/README.txt']
    """
    return left_out_files(paths, globs)["notes"]


def left_out_files(paths: Iterable[PathLike], globs: Sequence[str] = DEFAULT_GLOBS) -> dict[str, list[str]]:
    """What the folders among ``paths`` hold that is not read: ``{"notes": [...], "hidden": [...]}``.

    Notes are the files matching ``globs`` named as notes (:func:`is_not_article`); hidden
    are the files and folders whose names start with ``.`` (a hidden folder is one entry).

    Examples:
        >>> import tempfile, pathlib
        >>> d = pathlib.Path(tempfile.mkdtemp())
        >>> for name in ("a.txt", "LICENSE.txt", ".draft.txt", ".cache/x.json"):
        ...     (d / name).parent.mkdir(exist_ok=True)
        ...     _ = (d / name).write_text("x")
        >>> {k: [pathlib.Path(p).name for p in v] for k, v in left_out_files([d]).items()}
        {'notes': ['LICENSE.txt'], 'hidden': ['.cache', '.draft.txt']}
    """
    out: dict[str, list[str]] = {"notes": [], "hidden": []}
    for item in paths:
        path = Path(item) if isinstance(item, (str, Path)) else None
        if path is not None and path.is_dir():
            for mode in ("notes", "hidden"):
                out[mode] += [str(p) for p in _walk(path, set(), path.resolve(), globs, mode)
                              if isinstance(p, Path)]
    return out


def _walk(
    folder: Path, seen: set[Path], root: Path, globs: Sequence[str] = DEFAULT_GLOBS, mode: str = "articles"
) -> Iterator[Path | InputError]:
    """Files under ``folder`` matching ``globs``, sorted by name; hidden ones skipped, symlink loops cut.

    ``mode`` "articles": the article files; "notes": only the notes beside them
    (:func:`is_not_article`); "hidden": only the hidden files and folders.

    The walk stays inside ``root`` (a linked folder that leads out of it, such
    as ``up -> ..``, is not entered), and a folder it cannot list is reported
    as an :class:`InputError` while the walk goes on past it.
    """
    real = folder.resolve()
    if real in seen or not real.is_relative_to(root):
        return
    seen.add(real)
    try:
        entries = sorted(folder.iterdir(), key=lambda p: p.name)
    except OSError as err:
        yield InputError(f"cannot list the folder: {err.strerror or err}", path=str(folder))
        return
    for entry in entries:
        if entry.name.startswith("."):
            if mode == "hidden":
                yield entry
            continue
        if entry.is_dir():
            yield from _walk(entry, seen, root, globs, mode)
        elif mode != "hidden" and entry.is_file() and _matches(entry, globs):
            if is_not_article(entry) == (mode == "notes"):
                yield entry


def _expand(paths: Iterable[PathLike], globs: Sequence[str] | None = None) -> Iterator[Path | InputError]:
    for item in paths:
        path = Path(item)
        if path.is_dir():
            found = False
            for file in _walk(path, set(), path.resolve(), globs or DEFAULT_GLOBS):
                found = found or isinstance(file, Path)
                yield file
            if not found:
                hint = f"no file matches {', '.join(globs)}" if globs else _SUFFIX_HINT
                yield InputError(f"folder has no article files; {hint}", path=str(path))
        elif not path.exists():
            yield InputError("no such file or folder; check the path", path=str(path))
        elif _kind(path) is None:
            yield InputError(
                f"unknown file type {path.suffix or '(no suffix)'!r}; {_SUFFIX_HINT}", path=str(path)
            )
        else:
            yield path


def iter_input_files(paths: Iterable[PathLike], globs: Sequence[str] | None = None) -> Iterator[Path]:
    """Expand ``paths`` into the article files to read, in a fixed order.

    Folders are walked recursively, entries sorted by name; hidden files and
    folders (name starting with ``.``) are skipped, and so are files inside a
    folder that match none of ``globs`` (default :data:`DEFAULT_GLOBS`: every
    known suffix, any case) and notes about the folder (``README``,
    ``LICENSE``, ``SOURCE``, ``NOTICE``...: :data:`NOT_ARTICLES`). A file
    named explicitly is read, and must have a known suffix.

    Raises:
        InputError: a path does not exist, a named file has an unknown
            suffix, or a folder holds no article files.

    Examples:
        >>> import tempfile, pathlib
        >>> d = pathlib.Path(tempfile.mkdtemp())
        >>> for name in ("b/z.jsonl", "a.txt", ".hidden.txt", "notes.md", "b/y.HTML", "SOURCE.txt"):
        ...     (d / name).parent.mkdir(exist_ok=True)
        ...     _ = (d / name).write_text("x")
        >>> [p.relative_to(d).as_posix() for p in iter_input_files([d])]
        ['a.txt', 'b/y.HTML', 'b/z.jsonl']
    """
    for item in _expand(paths, globs):
        if isinstance(item, InputError):
            raise item
        yield item


def _too_big(path: Path, kind: str, max_chars: int) -> InputError | None:
    limit = _BYTES_PER_CHAR.get(kind)
    if limit is None:
        return None
    size = path.stat().st_size
    if size > limit * max_chars:
        return InputError(
            f"file is {size} bytes, too big for the limit of {max_chars} characters an article; "
            "split it or raise --max-chars",
            path=str(path),
        )
    return None


def _read_path(
    path: Path, date_order: str, language: str | None, max_chars: int
) -> Iterator[Article | InputError]:
    """Articles of one file, with errors yielded; ``date_order`` already checked."""
    name = str(path)
    kind = _kind(path)
    try:
        if kind is None:
            raise InputError(f"unknown file type {path.suffix or '(no suffix)'!r}; {_SUFFIX_HINT}", path=name)
        big = _too_big(path, kind, max_chars)
        if big is not None:
            raise big
        raws: Iterable[RawArticle | InputError]
        if kind == "jsonl":
            raws = iter_jsonl(path, date_order)
        else:
            text = decode_bytes(path.read_bytes(), name)
            raws = [
                parse_txt(text, name, date_order) if kind == "txt" else parse_html(text, name, date_order)
            ]
        yield from finish_each(raws, language=language, max_chars=max_chars)
    except InputError as err:
        yield err
    except OSError as err:
        yield InputError(f"cannot read the file: {err.strerror or err}", path=name)


def _complete(article: Article, language: str | None, max_chars: int) -> Article:
    """Fill a caller's article: id and language when missing; check its length.

    Its fields are cleaned as a reader's are (:func:`newsgraph.io.clean.clean_text`): a lone
    surrogate in its id or text could not be hashed or written.
    """
    title, url, source, old_id = (
        clean_text(v) if v else v for v in (article.title, article.url, article.source, article.id)
    )
    where = article.source_path or (old_id or None)
    check_length(len(article.text), max_chars, where)
    text = clean_text(article.text)
    if not text.strip():
        raise InputError("article has no text", path=where)
    new_id = old_id or article_id(url, text)
    lang = article.language or clean_language(language, where)
    if not lang:
        lang = choose_language(f"{title}\n{text}" if title else text, path=where)
    new = (new_id, lang, text, title, url, source)
    if new == (article.id, article.language, article.text, article.title, article.url, article.source):
        return article
    return dataclasses.replace(
        article, id=new_id, language=lang, text=text, title=title, url=url, source=source
    )


def read_articles(
    paths: Iterable[Input] | Input,
    *,
    date_order: str = "DMY",
    language: str | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
    globs: Sequence[str] | None = None,
) -> Iterator[Article | InputError]:
    """Yield the articles in ``paths``, and an :class:`InputError` for each bad input.

    Args:
        paths: files, folders (read recursively, see :func:`iter_input_files`)
            and :class:`Article` objects (passed through, with a missing id
            or language filled in), in any mix; a single one is fine too.
        date_order: how to read all-numeric dates: "DMY" (``12/05/2022`` is
            12 May), "MDY" or "YMD".
        language: the language of articles that do not declare one; when
            None, it is detected.
        max_chars: the most characters one article may have.
        globs: which files of a folder to read (default :data:`DEFAULT_GLOBS`);
            a file named in ``paths`` is read whatever its name.

    Yields:
        Articles in input order, each followed by its teaser if one was split
        off; errors in place of what could not be read.

    Raises:
        ConfigError: ``date_order`` is not "DMY", "MDY" or "YMD".
    """
    order = check_date_order(date_order)
    items: Iterable[Input] = [paths] if isinstance(paths, (str, Path, Article)) else paths
    for item in items:
        if isinstance(item, Article):
            try:
                yield _complete(item, language, max_chars)
            except InputError as err:
                yield err
            continue
        for path in _expand([item], globs):
            if isinstance(path, InputError):
                yield path
            else:
                yield from _read_path(path, order, language, max_chars)


def read_file(
    path: PathLike,
    *,
    date_order: str = "DMY",
    language: str | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> list[Article]:
    """Read all articles of one file (teasers included), raising on the first problem.

    Raises:
        InputError: the file cannot be read, or one of its articles (or JSON
            lines) is bad.
        ConfigError: ``date_order`` is invalid.

    Examples:
        >>> import tempfile, pathlib
        >>> p = pathlib.Path(tempfile.mkdtemp()) / "a.jsonl"
        >>> _ = p.write_text('{"text": "Hello from Rabat.", "language": "en"}\\n{"text": ', encoding="utf-8")
        >>> read_file(p)  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        newsgraph.errors.InputError: /tmp/.../a.jsonl:2: malformed JSON at column 10: Expecting value; ...
    """
    p = Path(path)
    if p.is_dir():
        raise InputError("is a folder; read_file takes one file (use read_articles for folders)", path=str(p))
    if not p.exists():
        raise InputError("no such file; check the path", path=str(p))
    order = check_date_order(date_order)
    out: list[Article] = []
    for item in _read_path(p, order, language, max_chars):
        if isinstance(item, InputError):
            raise item
        out.append(item)
    return out
