"""Tests for newsgraph.io.html: trafilatura extraction, offline."""

from __future__ import annotations

import socket
from datetime import date
from pathlib import Path

import pytest

from newsgraph.errors import InputError
from newsgraph.io import read_file
from newsgraph.io.html import html_language

DATA = Path(__file__).resolve().parents[1] / "data" / "io"


@pytest.mark.parametrize(
    ("name", "lang", "title", "starts"),
    [
        ("page_ar.html", "ar", "اتفاق وزاري على إنشاء صندوق لمراقبة الحدود", "اتفق وزراء"),
        ("page_en.html", "en", "Ministers agree on a border fund", "Foreign ministers"),
    ],
)
def test_html_fixture_reads_text_title_date(name: str, lang: str, title: str, starts: str) -> None:
    (art,) = read_file(DATA / name)
    assert (art.language, art.title, art.published) == (lang, title, date(2021, 3, 18))
    assert art.text.startswith(f"{title}\n\n{starts}")  # the headline opens the text, once
    assert "Home" not in art.text and "Copyright" not in art.text and "الرئيسية" not in art.text
    assert art.text.count(title) == 1


def test_html_canonical_url_is_kept() -> None:
    (art,) = read_file(DATA / "page_en.html")
    assert art.url == "https://news.example.org/world/border-fund/"


def test_html_does_not_touch_the_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    assert read_file(DATA / "page_en.html")[0].text


@pytest.mark.parametrize(
    "markup",
    [
        "<html><body><nav><a href='/'>Home</a></nav></body></html>",
        "<html><head><title>Login</title></head><body></body></html>",
    ],
)
def test_html_without_article_is_an_error(tmp_path: Path, markup: str) -> None:
    p = tmp_path / "page.html"
    p.write_text(markup, encoding="utf-8")
    with pytest.raises(InputError, match="no article text found in HTML") as exc:
        read_file(p, language="en")
    assert exc.value.path == str(p)


def test_html_language_reads_lang_attribute() -> None:
    assert html_language('<html lang="ar-EG" dir="rtl">') == "ar-EG"
    assert html_language("<html><body>") is None
