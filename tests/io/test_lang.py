"""Tests for newsgraph.io.lang.detect_language and the language precedence of the readers."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

from newsgraph.errors import InputError, LanguageWarning
from newsgraph.io import choose_language, detect_language, read_file
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


@pytest.mark.parametrize("text", ["", "12/05/2022 — 700", "…"])
def test_detect_language_without_letters_raises(text: str) -> None:
    with pytest.raises(InputError, match="could not detect the language.*pass --language"):
        detect_language(text)


@pytest.mark.parametrize(("text", "lang"), [("نعم", "ar"), ("ok", "en")])
def test_a_short_text_in_a_readable_script_is_not_refused(text: str, lang: str) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", LanguageWarning)
        assert choose_language(text, path="a.txt") == lang


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


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Nasser Bourita met Antony Blinken in Rabat.", "en"),  # langdetect: Dutch, refused
        ("The minister said the talks went well 🙂 and will resume next week.", "en"),  # refused
        ("ناصر بوريطة يستقبل بلينكن", "ar"),
        ("Nasser Bourita a reçu Antony Blinken mercredi à Rabat.", "fr"),
    ],
)
def test_news_lines_are_built_in_their_language_without_a_warning(text: str, lang: str) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error", LanguageWarning)
        assert choose_language(text, path="a.txt") == lang


def test_an_unsupported_guess_falls_back_by_script_with_a_warning_naming_the_file(tmp_path: Path) -> None:
    p = tmp_path / "german.txt"
    p.write_text("Die Regierung in Berlin hat heute ein neues Gesetz beschlossen.", encoding="utf-8")
    with pytest.warns(LanguageWarning, match=rf"^{p}: the language looks like 'de'.*built as 'en'"):
        (art,) = read_file(p)
    assert art.language == "en"
    persian = "این یک متن فارسی است که درباره سیاست خارجی ایران نوشته شده است"
    with pytest.warns(LanguageWarning, match=r"^fa\.txt: .*'fa'.*built as 'ar'"):
        assert choose_language(persian, path="fa.txt") == "ar"


def test_an_uncertain_guess_falls_back_by_script_with_a_warning(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("newsgraph.io.lang.MIN_CONFIDENCE", 1.01)  # every guess is uncertain
    with pytest.warns(LanguageWarning, match=r"^a\.txt:3: the language is uncertain \(best guess 'fr'"):
        assert choose_language("Le ministre a reçu son homologue à Rabat.", path="a.txt", line=3) == "fr"


def test_a_script_no_pipeline_reads_is_refused_naming_the_file(tmp_path: Path) -> None:
    p = tmp_path / "ru.txt"
    p.write_text("Министр иностранных дел прибыл сегодня в Рабат.", encoding="utf-8")
    with pytest.raises(InputError, match=rf"^{p}: the text is in Cyrillic script \(it looks like 'ru'\)"):
        read_file(p)


def test_a_header_or_json_field_wins_over_detection(tmp_path: Path) -> None:
    txt = tmp_path / "a.txt"
    txt.write_text("Language: en\n\nLe ministre a reçu son homologue italien à Rabat.", encoding="utf-8")
    jsonl = tmp_path / "a.jsonl"
    jsonl.write_text('{"language": "fr", "text": "The minister received his counterpart in Rabat."}\n',
                     encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("error", LanguageWarning)
        assert [a.language for a in read_file(txt)] == ["en"]
        assert [a.language for a in read_file(jsonl)] == ["fr"]
        assert [a.language for a in read_file(txt, language="ar")] == ["en"]  # over --language too


def test_script_counts_count_each_letter_and_keep_first_seen_order() -> None:
    from newsgraph.io.lang import _script_counts, script_of

    text = "Москва 12 NATO ناتو — Москва"
    assert _script_counts(text) == {"Cyrillic": 12, "Latin": 4, "Arabic": 4}
    assert list(_script_counts("ناتو NATO")) == ["Arabic", "Latin"]  # a tie goes to the first seen
    assert script_of("ناتو NATO") == "Latin" and script_of("ناتوو NATO") == "Arabic"
    assert arabic_share("ناتو NATO ناتو") == pytest.approx(8 / 12)
