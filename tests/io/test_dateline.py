"""Tests for newsgraph.io.dateline: header dates and datelines."""

from __future__ import annotations

from datetime import date

import pytest

from newsgraph.errors import ConfigError
from newsgraph.io.dateline import dateline_date, hijri_dateline_date, parse_date


@pytest.mark.parametrize(
    ("text", "order", "expected"),
    [
        ("12/05/2022", "DMY", date(2022, 5, 12)),
        ("12/05/2022", "MDY", date(2022, 12, 5)),
        ("2022/05/12", "YMD", date(2022, 5, 12)),
        ("2022/05/12", "DMY", date(2022, 5, 12)),  # a leading year is year-first
        ("12.05.2022", "DMY", date(2022, 5, 12)),
        ("١٢/٠٥/٢٠٢٢", "DMY", date(2022, 5, 12)),
        ("2022-05-12T09:30:00Z", "DMY", date(2022, 5, 12)),
        ("Thursday, May 12, 2022", "DMY", date(2022, 5, 12)),
        ("12 May 2022", "MDY", date(2022, 5, 12)),
        ("11 أيار 2022", "DMY", date(2022, 5, 11)),
        ("11 مايو 2022", "DMY", date(2022, 5, 11)),
        ("31/02/2022", "DMY", None),
        ("12/05/22", "DMY", None),  # two-digit years are ambiguous
        ("May 2022", "DMY", None),  # no day
        ("yesterday", "DMY", None),  # relative dates depend on today
        ("", "DMY", None),
    ],
)
def test_parse_date(text: str, order: str, expected: date | None) -> None:
    assert parse_date(text, order) == expected


def test_parse_date_bad_order() -> None:
    with pytest.raises(ConfigError):
        parse_date("12/05/2022", "DM")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Friday, January 4, 2019", date(2019, 1, 4)),
        ("الجمعة 4 يناير 2019", date(2019, 1, 4)),
        ("Talks resumed on 4 May 2019.", None),
        ("Nancy Pelosi elected Speaker", None),
        ("«اتفاق» في 4 يناير 2019", None),
    ],
)
def test_dateline_date_ar_en(line: str, expected: date | None) -> None:
    assert dateline_date(line) == expected


def test_hijri_dateline_reads_gregorian_part() -> None:
    assert hijri_dateline_date("الرياض 1 ذو القعدة 1436 هـ الموافق 16 أغسطس 2015 م واس") == date(2015, 8, 16)
    assert hijri_dateline_date("الرياض 1 ذو القعدة 1436 هـ") is None
