"""Tests for newsgraph.io.txt: header lines, datelines, title lines."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from newsgraph.errors import InputError
from newsgraph.io import read_file
from newsgraph.io.txt import parse_txt, take_title

DATA = Path(__file__).resolve().parents[1] / "data" / "io"


@pytest.mark.parametrize(
    ("name", "lang", "title", "published", "starts", "teaser_title"),
    [
        (
            "dateline_ar.txt",
            "ar",
            "اتفاق وزاري على إنشاء صندوق لمراقبة الحدود",
            date(2021, 3, 18),
            "اتفق",
            "عاصفة تغلق الموانئ على طول الساحل",
        ),
        (
            "header_en.txt",
            "en",
            "Ministers agree on a border fund",
            date(2021, 3, 18),
            "Foreign",
            "Storm closes ports along the coast",
        ),
    ],
)
def test_txt_fixture_reads_title_date_body_teaser(
    name: str, lang: str, title: str, published: date, starts: str, teaser_title: str
) -> None:
    main, teaser = read_file(DATA / name)
    assert (main.language, main.title, main.published) == (lang, title, published)
    assert main.text.startswith(f"{title}\n\n{starts}")
    assert main.text.endswith((".", "."))
    assert teaser.title == teaser_title and teaser.text.startswith(teaser_title)


def test_txt_header_keys_are_case_insensitive_and_licence_ignored() -> None:
    raw = parse_txt(
        "TITLE: Talks\nlicense: CC0\nurl: https://x.org/a\nLanguage: en-US\n\nThey talked.", "a.txt"
    )
    assert (raw.title, raw.url, raw.language, raw.text) == (
        "Talks",
        "https://x.org/a",
        "en-US",
        "They talked.",
    )


def test_txt_unknown_header_key_means_no_header() -> None:
    raw = parse_txt("Title: Talks\nNote: this is body\n\nThey talked.", "a.txt")
    assert raw.title is None and raw.text.startswith("Title: Talks")


def test_txt_weekday_dateline_gives_date_and_is_stripped() -> None:
    raw = parse_txt("Title: Talks\n\nFriday, January 4, 2019  \n\nThey talked in Oslo.", "a.txt")
    assert raw.published == date(2019, 1, 4) and raw.text == "They talked in Oslo."


def test_txt_date_header_wins_over_dateline() -> None:
    raw = parse_txt("Date: 2019-01-05\n\nFriday, January 4, 2019\n\nThey talked.", "a.txt")
    assert raw.published == date(2019, 1, 5) and raw.text == "They talked."


@pytest.mark.parametrize(
    ("order", "expected"),
    [("DMY", date(2022, 5, 12)), ("MDY", date(2022, 12, 5))],
)
def test_txt_numeric_dateline_follows_date_order(order: str, expected: date) -> None:
    raw = parse_txt("12/05/2022\n\nHeadline here\n\nBody text.", "a.txt", order)
    assert raw.published == expected and raw.title == "Headline here"


@pytest.mark.parametrize(
    "dateline",
    ["١٢/٠٥/٢٠٢٢", "2022-05-12", "Thursday, May 12, 2022", "الخميس 12 أيار 2022", "12 مايو 2022"],
)
def test_txt_dateline_forms_ar_en(dateline: str) -> None:
    raw = parse_txt(f"{dateline}\n\nعنوان الخبر\n\nنص الخبر.", "a.txt")
    assert raw.published == date(2022, 5, 12) and raw.title == "عنوان الخبر"


def test_txt_wire_dateline_gives_date_and_stays_and_end_mark_is_cut() -> None:
    (art,) = read_file(DATA / "wire_ar.txt")
    assert art.published == date(2021, 3, 18)
    assert art.text.split("\n\n", 1)[1].startswith("لشبونة 5 شعبان 1442")  # the place stays in the text
    assert art.text.endswith("وسبل تعزيزها.")
    assert "انتهى" not in art.text and "18:12" not in art.text


@pytest.mark.parametrize(
    ("lines", "title"),
    [
        (["Floods in Derna", "", "Rain fell."], "Floods in Derna"),
        (["فيضانات في درنة", "", "هطلت الأمطار."], "فيضانات في درنة"),
        (["Rain fell all night.", "", "More."], None),  # a sentence, not a headline
        (["Floods in Derna", "Rain fell.", ""], None),  # no blank line after it
        (["Floods in Derna", "", ""], None),  # nothing after it
        (["x" * 201, "", "Body."], None),  # too long
    ],
)
def test_take_title_rules(lines: list[str], title: str | None) -> None:
    assert take_title(lines, 0)[0] == title


def test_txt_bad_date_header_is_an_error() -> None:
    with pytest.raises(
        InputError, match=r"cannot read the date 'soon' in the Date: header; write it as YYYY-MM-DD"
    ):
        parse_txt("Date: soon\n\nText.", "a.txt")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("", "empty file"),
        (" \n\t\n", "empty file"),
        ("Title: Talks\nDate: 2020-01-01\n", "only header lines"),
        ("Title: Talks\n\n\n", "only header lines"),
        ("12/05/2022\n\n", "no article text"),
    ],
)
def test_txt_empty_inputs_are_errors(tmp_path: Path, content: str, message: str) -> None:
    p = tmp_path / "a.txt"
    p.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message) as exc:
        read_file(p, language="en")
    assert exc.value.path == str(p)


def test_txt_crlf_and_spaces_are_normalised(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_bytes(b"Title: Talks\r\n\r\n  They talked.  \r\n\r\n\r\n\r\nThen they left.\r\n")
    (art,) = read_file(p, language="en")
    assert art.text == "Talks\n\nThey talked.\n\nThen they left."
