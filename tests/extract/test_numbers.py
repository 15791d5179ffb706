"""Tests for newsgraph.extract.numbers: money and counted quantities in Arabic and English."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from newsgraph.extract.numbers import find_amounts


def _one(text: str, lang: str) -> tuple[Decimal, str | None, str | None, str | None]:
    (m,) = find_amounts(text, lang)
    assert text[m.start : m.end] == m.text == m.amount.text
    a = m.amount
    return a.value, a.currency, a.unit, a.qualifier


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("ar", "تخصيص 700 مليون دولار لإعادة الإعمار", (Decimal(700_000_000), "USD", None, None)),
        ("en", "pledged $700 million for reconstruction", (Decimal(700_000_000), "USD", None, None)),
        ("ar", "١٢٫٥ مليار يورو", (Decimal(12_500_000_000), "EUR", None, None)),
        ("en", "€12.5bn in aid", (Decimal(12_500_000_000), "EUR", None, None)),
        ("ar", "1.5 مليار ريال", (Decimal(1_500_000_000), "SAR", None, None)),
        ("ar", "1.5 مليار ريال قطري", (Decimal(1_500_000_000), "QAR", None, None)),
        ("ar", "20 مليون ريال عماني", (Decimal(20_000_000), "OMR", None, None)),
        ("ar", "مليار ريال يمني", (Decimal(1_000_000_000), "YER", None, None)),
        ("ar", "5 ملايين ريال إيراني", (Decimal(5_000_000), "IRR", None, None)),
        ("ar", "نحو 300 ألف دينار كويتي", (Decimal(300_000), "KWD", None, "about")),
        ("ar", "مليون دينار عراقي", (Decimal(1_000_000), "IQD", None, None)),
        ("ar", "500 دينار أردني", (Decimal(500), "JOD", None, None)),
        ("ar", "2 مليون دينار", (Decimal(2_000_000), None, "دينار", None)),
        ("ar", "500 مليون جنيه", (Decimal(500_000_000), "EGP", None, None)),
        ("ar", "500 مليون جنيه إسترليني", (Decimal(500_000_000), "GBP", None, None)),
        ("ar", "100 درهم", (Decimal(100), "AED", None, None)),
        ("ar", "100 درهم مغربي", (Decimal(100), "MAD", None, None)),
        ("ar", "10 آلاف ليرة", (Decimal(10_000), "TRY", None, None)),
        ("ar", "10 آلاف ليرة سورية", (Decimal(10_000), "SYP", None, None)),
        ("ar", "10 آلاف ليرة لبنانية", (Decimal(10_000), "LBP", None, None)),
        ("ar", "5 ملايين دولار أمريكي", (Decimal(5_000_000), "USD", None, None)),
        ("ar", "ثلاثة ملايين دولارات أميركية", (Decimal(3_000_000), "USD", None, None)),
        ("en", "5 million US dollars", (Decimal(5_000_000), "USD", None, None)),
        ("en", "10,000 Egyptian pounds", (Decimal(10_000), "EGP", None, None)),
        ("en", "£3m", (Decimal(3_000_000), "GBP", None, None)),
        ("en", "US$3.6 billion", (Decimal(3_600_000_000), "USD", None, None)),
        ("en", "2bn euros", (Decimal(2_000_000_000), "EUR", None, None)),
        ("en", "USD 5 million", (Decimal(5_000_000), "USD", None, None)),
        ("en", "a million dollars", (Decimal(1_000_000), "USD", None, None)),
        ("en", "up to 3.5 billion yen", (Decimal(3_500_000_000), "JPY", None, "up to")),
    ],
)
def test_find_amounts_money(
    lang: str, text: str, expected: tuple[Decimal, str | None, str | None, str | None]
) -> None:
    assert _one(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "ar",
            "فكك أكثر من 210 خلايا إرهابية منذ عام 2002",
            (Decimal(210), None, "خلايا إرهابية", "more than"),
        ),
        ("ar", "بحضور ممثلي أكثر من ثمانين دولة، انعقد", (Decimal(80), None, "دولة", "more than")),
        ("en", "attended by more than 80 countries", (Decimal(80), None, "countries", "more than")),
        (
            "ar",
            "سيطر على أكثر من مئة ألف كيلو متر مربع بين",
            (Decimal(100_000), None, "كيلو متر مربع", "more than"),
        ),
        (
            "en",
            "over 100,000 square kilometres of land",
            (Decimal(100_000), None, "square kilometres", "more than"),
        ),
        ("ar", "ويضم التحالف 84 عضواً بين دول", (Decimal(84), None, "عضو", None)),
        ("en", "The coalition has 84 members.", (Decimal(84), None, "members", None)),
        ("en", "but eight federal judges have", (Decimal(8), None, "federal judges", None)),
        ("ar", "و13 محافظة تركية", (Decimal(13), None, "محافظة تركية", None)),
        ("ar", "ثلاثة آلاف جندي", (Decimal(3000), None, "جندي", None)),
        ("en", "three thousand soldiers", (Decimal(3000), None, "soldiers", None)),
        ("ar", "خمسة وعشرون شخصا", (Decimal(25), None, "شخص", None)),
        ("en", "twenty-five people", (Decimal(25), None, "people", None)),
        ("ar", "مئة وخمسون طالباً", (Decimal(150), None, "طالب", None)),
        ("en", "one hundred and fifty students", (Decimal(150), None, "students", None)),
        ("ar", "ثلاثة عشر قتيلا", (Decimal(13), None, "قتيل", None)),
        ("ar", "ثلاثمئة ألف لاجئ", (Decimal(300_000), None, "لاجئ", None)),
        ("en", "three hundred thousand refugees", (Decimal(300_000), None, "refugees", None)),
        ("en", "two dozen protesters", (Decimal(24), None, "protesters", None)),
        ("ar", "قتل 15 شخصا على الأقل", (Decimal(15), None, "شخص", "at least")),
        ("en", "at least 15 people were killed", (Decimal(15), None, "people", "at least")),
        ("ar", "ما لا يقل عن ١٬٠٠٠ شخص", (Decimal(1000), None, "شخص", "at least")),
        ("ar", "حوالي 25 كيلومترا شمال بغداد", (Decimal(25), None, "كيلومتر", "about")),
        ("en", "nearly 1,000 migrants", (Decimal(1000), None, "migrants", "about")),
        ("ar", "قرابة 40 سفينة", (Decimal(40), None, "سفينة", "about")),
        ("ar", "أقل من 20 طائرة", (Decimal(20), None, "طائرة", "less than")),
        ("en", "fewer than 20 aircraft", (Decimal(20), None, "aircraft", "less than")),
        ("ar", "حتى 500 جندي", (Decimal(500), None, "جندي", "up to")),
        ("ar", "نحو 3.8 ملايين ناخب", (Decimal(3_800_000), None, "ناخب", "about")),
        ("ar", "في 12.500 منزل", (Decimal(12_500), None, "منزل", None)),
        ("ar", "ارتفع بنسبة 50%", (Decimal(50), None, "%", None)),
        ("ar", "ارتفع بنسبة ٥٠٪", (Decimal(50), None, "%", None)),
        ("ar", "حصل على 69.41 في المائة من الأصوات", (Decimal("69.41"), None, "%", None)),
        ("en", "about 50% of voters", (Decimal(50), None, "%", "about")),
        ("en", "over 60 percent of trade", (Decimal(60), None, "%", "more than")),
    ],
)
def test_find_amounts_quantities(
    lang: str, text: str, expected: tuple[Decimal, str | None, str | None, str | None]
) -> None:
    assert _one(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "تأسس التحالف عام 2014 لمحاربة"),
        ("ar", "اجتمعوا في 12 مايو في مراكش"),
        ("ar", "في ١١ أيار ٢٠٢٢"),
        ("ar", "برلين 25 شوال 1436 هـ"),
        ("ar", "القرار 2231 الصادر"),
        ("ar", "آلاف الأشخاص"),
        ("ar", "عدة آلاف جندي"),
        ("ar", "دولة واحدة"),
        ("ar", "أحد الأعضاء"),
        ("ar", "يوم الاثنين"),
        ("en", "It was founded in 2014 by"),
        ("en", "They met on May 12 in Marrakech"),
        ("en", "the 116th Congress"),
        ("en", "COVID-19 cases"),
        ("en", "Resolution 2231 was adopted"),
        ("en", "thousands of people"),
        ("en", "several thousand people"),
        ("en", "one of them"),
        ("en", "at 10:30 am"),
        ("en", "a 700m wall"),
        ("en", "in the 2020 presidential race"),
        ("en", "He received 192."),
    ],
)
def test_find_amounts_skips_dates_identifiers_and_vague(lang: str, text: str) -> None:
    assert find_amounts(text, lang) == []


def test_find_amounts_several_in_order() -> None:
    text = "which include 235 Democrats and 199 Republicans, voted with 220 votes"
    found = find_amounts(text, "en")
    assert [(m.text, m.amount.value) for m in found] == [
        ("235 Democrats", 235),
        ("199 Republicans", 199),
        ("220 votes", 220),
    ]


def test_find_amounts_offsets_include_tanween() -> None:
    text = "ويضم التحالف 84 عضواً، و32 شخصًا ومائة جريح"
    found = find_amounts(text, "ar")
    assert [m.text for m in found] == ["84 عضواً", "32 شخصًا", "مائة جريح"]
    assert [m.amount.unit for m in found] == ["عضو", "شخص", "جريح"]


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("ar", "مليون ونصف دولار", Decimal(1_500_000)),
        ("ar", "نصف مليون دولار", Decimal(500_000)),
        ("ar", "3 مليارات و200 مليون دولار", Decimal(3_200_000_000)),
        ("ar", "مئتي ألف دولار", Decimal(200_000)),
        ("ar", "ألفي دولار", Decimal(2000)),
        ("ar", "نحو 20 ألفاً من الجنود", Decimal(20_000)),
        ("en", "one million two hundred thousand dollars", Decimal(1_200_000)),
        ("en", "$1,250,000", Decimal(1_250_000)),
        ("en", "$1.5", Decimal("1.5")),
    ],
)
def test_find_amounts_compound_values(lang: str, text: str, value: Decimal) -> None:
    assert find_amounts(text, lang)[0].amount.value == value


def test_find_amounts_on_seed(seed_path: Path) -> None:
    text = seed_path.read_text(encoding="utf-8")
    got = {
        (m.amount.value, m.amount.currency, m.amount.unit, m.amount.qualifier)
        for m in find_amounts(text, "ar")
    }
    assert (Decimal(700_000_000), "USD", None, None) in got
    assert (Decimal(80), None, "دولة", "more than") in got
    assert (Decimal(80), None, "دولة", None) in got
    assert (Decimal(210), None, "خلايا إرهابية", "more than") in got
    assert (Decimal(100_000), None, "كيلو متر مربع", "more than") in got
    assert (Decimal(84), None, "عضو", None) in got
    assert not any(v in (Decimal(2002), Decimal(2014), Decimal(2022), Decimal(12)) for v, *_ in got)
