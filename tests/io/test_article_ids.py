"""Tests for newsgraph.io.ids: stable article ids."""

from __future__ import annotations

import pytest

from newsgraph.io.ids import article_id, normalize_url, teaser_id


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("https://example.org/a/", "https://www.EXAMPLE.org/a"),
        ("http://example.org:80/a#x", "http://example.org/a"),
        ("https://example.org/a?utm_source=x&id=1", "https://example.org/a?id=1"),
        (
            "https://aawsat.com/home/article/410796/مجلس-الأمن",
            "https://aawsat.com/home/article/410796/%D9%85%D8%AC%D9%84%D8%B3-%D8%A7%D9%84%D8%A3%D9%85%D9%86",
        ),
    ],
)
def test_same_url_same_id(a: str, b: str) -> None:
    assert article_id(a, "one text") == article_id(b, "another text")


def test_http_and_https_differ() -> None:
    assert article_id("http://example.org/a", "") != article_id("https://example.org/a", "")


@pytest.mark.parametrize("url", [None, "", "not a url", "ftp://example.org/a", "https://[bad"])
def test_no_usable_url_falls_back_to_text(url: str | None) -> None:
    assert article_id(url, "نص  الخبر\n") == article_id(None, "نص الخبر")
    assert len(article_id(url, "x")) == 16


def test_normalize_url_rejects_non_http() -> None:
    assert normalize_url("mailto:a@b.org") is None


def test_teaser_id() -> None:
    assert teaser_id("abc", 2) == "abc-teaser-2"
