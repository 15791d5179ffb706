"""Bad input: every case is an InputError that names the file, the problem and the fix."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.errors import InputError
from newsgraph.io import read_articles, read_file
from newsgraph.types import Article

AR = "اتفق وزراء خارجية ست دول يوم الخميس في لشبونة على إنشاء صندوق لمراقبة الحدود."
EN = "Foreign ministers from six countries agreed on Thursday in Lisbon to set up a border fund."


def _error(p: Path, **kwargs: object) -> InputError:
    with pytest.raises(InputError) as exc:
        read_file(p, **kwargs)  # type: ignore[arg-type]
    assert exc.value.path == str(p)
    return exc.value


@pytest.mark.parametrize("suffix", [".txt", ".html", ".jsonl"])
def test_binary_file_with_nul_bytes(tmp_path: Path, suffix: str) -> None:
    p = tmp_path / f"image{suffix}"
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    assert "binary file (contains NUL bytes)" in _error(p).message


def test_binary_file_mostly_control_bytes(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_bytes(bytes([1, 2, 3, 4, 5, 6, 7, 65]) * 50)
    assert "binary file (mostly control bytes)" in _error(p).message


def test_utf16_without_bom_reads_as_binary_with_hint(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_bytes(EN.encode("utf-16-le"))
    assert "needs a byte-order mark" in _error(p).message


def test_latin1_file_gets_iconv_hint(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_bytes("Le ministre français a rencontré ses homologues à Genève.".encode("latin-1"))
    msg = _error(p).message
    assert "not UTF-8" in msg and "looks like Latin-1/cp1252" in msg
    assert f"iconv -f latin1 -t utf-8 {p}" in msg


def test_cp1256_arabic_file_gets_windows_1256_hint(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_bytes(AR.encode("cp1256"))
    assert "looks like Windows-1256 (Arabic)" in _error(p).message


@pytest.mark.parametrize(
    ("encoding", "lang", "text"), [("utf-8-sig", "ar", AR), ("utf-16", "en", EN), ("utf-32", "ar", AR)]
)
def test_byte_order_marks_are_accepted(tmp_path: Path, encoding: str, lang: str, text: str) -> None:
    p = tmp_path / "a.txt"
    p.write_bytes(text.encode(encoding))
    (art,) = read_file(p)
    assert art.text == text and art.language == lang


def test_malformed_json_line(tmp_path: Path) -> None:
    p = tmp_path / "a.jsonl"
    p.write_text('{"text": "x"\n', encoding="utf-8")
    err = _error(p)
    assert err.line == 1 and "malformed JSON" in err.message


def test_html_with_no_article(tmp_path: Path) -> None:
    p = tmp_path / "a.html"
    p.write_text("<html><body><ul><li><a href='/a'>A</a></li></ul></body></html>", encoding="utf-8")
    assert "no article text found in HTML" in _error(p, language="en").message


@pytest.mark.parametrize(("suffix", "text"), [(".txt", AR), (".jsonl", '{"text": "' + EN + '"}')])
def test_article_over_max_chars(tmp_path: Path, suffix: str, text: str) -> None:
    p = tmp_path / f"a{suffix}"
    p.write_text(text, encoding="utf-8")
    msg = _error(p, max_chars=60).message
    assert "over the limit of 60; split it or raise --max-chars" in msg
    assert msg.startswith("article is ")


def test_file_far_over_max_chars_is_refused_before_reading(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text("word " * 100, encoding="utf-8")
    assert "file is 500 bytes, too big" in _error(p, max_chars=10).message


def test_undetectable_language_asks_for_language(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text("12 345 678 — 90", encoding="utf-8")
    assert "pass --language" in _error(p).message
    (art,) = read_file(p, language="en")
    assert art.language == "en"


def test_given_article_errors_are_yielded() -> None:
    items = list(read_articles([Article(id="a", title=None, text="x" * 50, source_path="mem")], max_chars=10))
    assert isinstance(items[0], InputError) and items[0].path == "mem"


def test_teaser_marker_only_is_no_article(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text("See also\n\nStorm closes ports", encoding="utf-8")
    assert "no article text" in _error(p, language="en").message
