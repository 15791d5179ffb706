"""Tests for newsgraph.io.jsonl: one JSON object a line, errors per line."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from newsgraph.errors import InputError
from newsgraph.io import read_articles, read_file
from newsgraph.types import Article

DATA = Path(__file__).resolve().parents[1] / "data" / "io"


def test_jsonl_fixture_reads_keys_ids_and_lines() -> None:
    en, ar, bare = read_file(DATA / "articles.jsonl")
    assert (en.id, en.language, en.published, en.url) == (
        "fund-en",
        "en",
        date(2021, 3, 18),
        "https://news.example.org/world/border-fund/",
    )
    assert ar.language == "ar" and ar.published == date(2021, 3, 18) and len(ar.id) == 16
    assert bare.language == "en" and bare.title is None
    path = str(DATA / "articles.jsonl")
    assert [a.source_path for a in (en, ar, bare)] == [f"{path}#L1", f"{path}#L2", f"{path}#L4"]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", "malformed JSON at column 2"),
        ("[1, 2]", "expected a JSON object"),
        ('{"title": "no text"}', '"text" must be a non-empty string, got NoneType'),
        ('{"text": "   "}', "got an empty string"),
        ('{"text": "Hi there.", "published": "someday"}', "cannot read the date 'someday'"),
        ('{"text": "Hi there.", "title": 5}', '"title" must be a string, got int'),
        ('{"text": "Hi there.", "language": "English!"}', "is not a language code"),
    ],
)
def test_jsonl_bad_line_names_file_and_line_and_others_still_read(
    tmp_path: Path, line: str, message: str
) -> None:
    p = tmp_path / "a.jsonl"
    good = '{"text": "The ministers met in Lisbon on Thursday.", "language": "en"}'
    p.write_text(f"{good}\n{line}\n{good}\n", encoding="utf-8")
    items = list(read_articles([p]))
    assert [type(i).__name__ for i in items] == ["Article", "InputError", "Article"]
    err = items[1]
    assert isinstance(err, InputError) and err.path == str(p) and err.line == 2
    assert message in err.message and str(err).startswith(f"{p}:2: ")


def test_jsonl_numeric_id_and_utf8_bom(tmp_path: Path) -> None:
    p = tmp_path / "a.ndjson"
    p.write_bytes(b'\xef\xbb\xbf{"id": 7, "text": "The ministers met.", "language": "en"}\n')
    (art,) = read_file(p)
    assert art.id == "7"


def test_jsonl_utf16_with_bom(tmp_path: Path) -> None:
    p = tmp_path / "a.jsonl"
    p.write_text('{"text": "وصل الوزير إلى لشبونة صباح اليوم"}\n', encoding="utf-16")
    (art,) = read_file(p)
    assert isinstance(art, Article) and art.language == "ar"


def test_jsonl_non_utf8_line_is_an_error_for_that_line(tmp_path: Path) -> None:
    p = tmp_path / "a.jsonl"
    p.write_bytes(
        b'{"text": "caf\xe9 talks"}\n{"text": "Ministers met in Lisbon today.", "language": "en"}\n'
    )
    items = list(read_articles([p]))
    assert isinstance(items[0], InputError) and items[0].line == 1 and "not UTF-8" in items[0].message
    assert isinstance(items[1], Article)


def test_jsonl_empty_file_is_an_error(tmp_path: Path) -> None:
    p = tmp_path / "a.jsonl"
    p.write_text("\n\n", encoding="utf-8")
    with pytest.raises(InputError, match="empty file"):
        read_file(p)


def test_jsonl_text_gets_teaser_split(tmp_path: Path) -> None:
    p = tmp_path / "a.jsonl"
    p.write_text('{"id": "k", "text": "Ministers met.\\nRead more\\nStorm hits coast"}\n', encoding="utf-8")
    main, teaser = read_file(p, language="en")
    assert (main.text, teaser.id, teaser.parent_id, teaser.title) == (
        "Ministers met.",
        "k-teaser-1",
        "k",
        "Storm hits coast",
    )


def test_jsonl_author_is_read_and_reaches_the_graph(tmp_path: Path) -> None:
    import newsgraph
    from newsgraph.graph.build import article_digest

    p = tmp_path / "a.jsonl"
    p.write_text('{"text": "Morocco and Italy met in Rabat.", "author": " Jane Roe ", "language": "en"}\n')
    (art,) = read_file(p)
    assert art.author == "Jane Roe"
    kg = newsgraph.build([art], model=None)
    assert kg.rows("SELECT ?w WHERE { ?a ng:author ?w }") == [("Jane Roe",)]
    # An article without an author hashes as it did before the field existed.
    plain = Article("a1", "T", "Text.", "en")
    assert article_digest(plain) != article_digest(Article("a1", "T", "Text.", "en", author="X"))
