"""Tests for newsgraph.io.lang.detect_language and the language precedence of the readers."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.errors import InputError
from newsgraph.io import detect_language, read_file
from newsgraph.io.lang import arabic_share


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("وزير الخارجية المغربي يستقبل نظيره الإيطالي في الرباط", "ar"),
        ("The Moroccan foreign minister received his Italian counterpart in Rabat.", "en"),
        ("Le ministre marocain des affaires étrangères a reçu son homologue italien à Rabat.", "fr"),
        ("وزير الخارجية الأميركي Antony Blinken يزور الرباط للقاء نظيره المغربي", "ar"),
    ],
)
def test_detect_language_ar_en_and_others(text: str, lang: str) -> None:
    assert detect_language(text) == lang


def test_detect_language_is_deterministic() -> None:
    text = "Talks on trade and security resumed in Geneva on Monday."
    assert {detect_language(text) for _ in range(5)} == {"en"}


def test_detect_language_persian_is_not_arabic() -> None:
    assert detect_language("این یک متن فارسی است که درباره سیاست خارجی ایران نوشته شده است") == "fa"


@pytest.mark.parametrize("text", ["", "ok", "12/05/2022 — 700", "نعم"])
def test_detect_language_too_short_raises(text: str) -> None:
    with pytest.raises(InputError, match="could not detect the language.*pass --language"):
        detect_language(text)


def test_arabic_share_counts_letters_only() -> None:
    assert arabic_share("NATO ناتو 2022") == 0.5


@pytest.mark.parametrize(
    ("header", "argument", "expected"),
    [
        ("Language: fr\n", "en", "fr"),  # declared beats the argument
        ("", "fr", "fr"),  # the argument beats detection
        ("", None, "en"),  # detected
    ],
)
def test_language_precedence(tmp_path: Path, header: str, argument: str | None, expected: str) -> None:
    p = tmp_path / "a.txt"
    p.write_text(
        f"Title: Talks\n{header}\nThe ministers met in Lisbon on Thursday to talk.", encoding="utf-8"
    )
    (art,) = read_file(p, language=argument)
    assert art.language == expected
