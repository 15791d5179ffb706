"""Tests for newsgraph.extract.dates: explicit, relative and period dates in Arabic and English."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from newsgraph.errors import ConfigError
from newsgraph.extract.dates import date_spans, find_dates, parse_dateline

PUB = date(2022, 5, 12)  # a Thursday


def _values(text: str, lang: str, published: date | None = None) -> list[tuple[str, str, str]]:
    return [(m.text, m.value.value, m.kind) for m in find_dates(text, lang, published)]


@pytest.mark.parametrize(
    ("lang", "text", "span", "value", "precision"),
    [
        ("ar", "اجتمعوا في 11 مايو 2022 بمراكش", "11 مايو 2022", "2022-05-11", "day"),
        ("ar", "اجتمعوا في ١١ أيار ٢٠٢٢ بمراكش", "١١ أيار ٢٠٢٢", "2022-05-11", "day"),
        ("ar", "في 3 كانون الثاني 2020", "3 كانون الثاني 2020", "2020-01-03", "day"),
        ("ar", "في 3 يناير (كانون الثاني) 2020", "3 يناير (كانون الثاني) 2020", "2020-01-03", "day"),
        ("ar", "في 11 أيار/مايو 2022", "11 أيار/مايو 2022", "2022-05-11", "day"),
        ("ar", "في 1 تشرين الأول من عام 2019", "1 تشرين الأول من عام 2019", "2019-10-01", "day"),
        ("ar", "وفي مايو 2022 أعلن", "مايو 2022", "2022-05", "month"),
        ("ar", "في يونيه 2021", "يونيه 2021", "2021-06", "month"),
        ("ar", "تأسس عام 2014 لمحاربة", "عام 2014", "2014", "year"),
        ("ar", "انتخب في 2014 رئيسا", "2014", "2014", "year"),
        ("ar", "الموافق 10 أغسطس 2015م", "10 أغسطس 2015م", "2015-08-10", "day"),
        ("en", "They met on May 11, 2022 in Marrakech", "May 11, 2022", "2022-05-11", "day"),
        ("en", "They met on 11 May 2022 in Marrakech", "11 May 2022", "2022-05-11", "day"),
        ("en", "They met on Sept. 3, 2020", "Sept. 3, 2020", "2020-09-03", "day"),
        ("en", "Friday, January 4, 2019", "Friday, January 4, 2019", "2019-01-04", "day"),
        ("en", "It began in May 2022.", "May 2022", "2022-05", "month"),
        ("en", "It was founded in 2014.", "2014", "2014", "year"),
        ("en", "in the year 2014", "year 2014", "2014", "year"),
        ("en", "filed on 2022-05-12.", "2022-05-12", "2022-05-12", "day"),
    ],
)
def test_find_dates_explicit(lang: str, text: str, span: str, value: str, precision: str) -> None:
    (m,) = find_dates(text, lang)
    assert (m.text, m.value.value, m.value.precision, m.kind, m.relative) == (
        span,
        value,
        precision,
        "point",
        False,
    )
    assert text[m.start : m.end] == m.text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "وزير الخارجية الإيطالي لويجي دي مايو أكد التزام إيطاليا"),
        ("ar", "قال دي مايو إن"),
        ("ar", "في مايو سيجتمع الوزراء"),
        ("en", "Theresa May said she may resign."),
        ("en", "Prime Minister Theresa May 2019 statement"),
        ("en", "you may 2022 times"),
        ("en", "In May they met."),
    ],
)
def test_find_dates_month_name_alone_is_not_a_date(lang: str, text: str) -> None:
    assert find_dates(text, lang, PUB) == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("ar", "فكك أكثر من 210 خلايا إرهابية منذ عام 2002", [("منذ عام 2002", "2002", "since")]),
        ("ar", "يعمل منذ 2002", [("منذ 2002", "2002", "since")]),
        ("ar", "ومنذ مطلع عام 2020 تغير", [("منذ مطلع عام 2020", "2020", "since")]),
        ("ar", "يستمر حتى عام 2025", [("حتى عام 2025", "2025", "until")]),
        ("ar", "ابتداء من 1 يناير 2023", [("ابتداء من 1 يناير 2023", "2023-01-01", "since")]),
        ("en", "has served since 2002", [("since 2002", "2002", "since")]),
        ("en", "held the post until 2025.", [("until 2025", "2025", "until")]),
        ("en", "open until October 14, 2019", [("until October 14, 2019", "2019-10-14", "until")]),
    ],
)
def test_find_dates_since_until(lang: str, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _values(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "عقد 700 اجتماع في 210 مدن"),
        ("ar", "رقم 2002 فقط"),
        ("ar", "في 2500 قبل الميلاد"),
        ("en", "resulted in 2000 deaths"),
        ("en", "received 2002 votes"),
        ("en", "in the 1990s"),
        ("en", "in 700 cities"),
    ],
)
def test_find_dates_number_without_year_cue_is_not_a_date(lang: str, text: str) -> None:
    assert find_dates(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("ar", "في 2005 و2010", ["2005", "2010"]),
        ("en", "in 2015 and 2016", ["2015", "2016"]),
    ],
)
def test_find_dates_coordinated_years(lang: str, text: str, expected: list[str]) -> None:
    assert [m.value.value for m in find_dates(text, lang)] == expected


@pytest.mark.parametrize(
    ("lang", "text", "value", "precision"),
    [
        ("ar", "ستخصص 700 مليون دولار هذا العام", "2022", "year"),
        ("ar", "خلال العام الجاري", "2022", "year"),
        ("ar", "في العام الماضي", "2021", "year"),
        ("ar", "أعلن أمس", "2022-05-11", "day"),
        ("ar", "أعلن البارحة", "2022-05-11", "day"),
        ("ar", "يصل غداً", "2022-05-13", "day"),
        ("ar", "وقع أول من أمس", "2022-05-10", "day"),
        ("ar", "قتل جنديان الليلة الماضية", "2022-05-11", "day"),
        ("ar", "قصفت الطائرات ليلة البارحة", "2022-05-11", "day"),
        ("ar", "عرضت المسرحية البارحة الأولى", "2022-05-10", "day"),  # the day before yesterday
        ("ar", "فبالأمس الأول وقع النادي العقد", "2022-05-10", "day"),  # ف + ب + «الأمس الأول»
        ("ar", "وبالأمس وقع النادي العقد", "2022-05-11", "day"),
        ("ar", "سيطرت عليه القوات قبل يومين", "2022-05-10", "day"),  # two days ago (the dual)
        ("en", "The plant shut down two days ago.", "2022-05-10", "day"),
        ("en", "It opened the day before yesterday.", "2022-05-10", "day"),
        ("fr", "Il a été arrêté il y a deux jours.", "2022-05-10", "day"),
        ("ar", "أعلن اليوم أن", "2022-05-12", "day"),
        ("ar", "وافق المجلس، اليوم (الاثنين)، على", "2022-05-09", "day"),
        ("ar", "قال يوم الاثنين", "2022-05-09", "day"),
        ("ar", "قال الاثنين الماضي", "2022-05-09", "day"),
        ("ar", "يجتمع الاثنين المقبل", "2022-05-16", "day"),
        ("ar", "في الشهر الماضي", "2022-04", "month"),
        ("ar", "في مايو الماضي", "2021-05", "month"),
        ("ar", "في 29 أبريل الماضي", "2022-04-29", "day"),
        ("ar", "في 12 مايو", "2022-05-12", "day"),
        ("en", "He said today that", "2022-05-12", "day"),
        ("en", "He said yesterday that", "2022-05-11", "day"),
        ("en", "Two soldiers were killed last night.", "2022-05-11", "day"),
        ("en", "They meet tomorrow.", "2022-05-13", "day"),
        ("en", "He spoke on Wednesday.", "2022-05-11", "day"),
        ("en", "He spoke on Thursday.", "2022-05-12", "day"),
        ("en", "He spoke last Thursday.", "2022-05-05", "day"),
        ("en", "They meet next Monday.", "2022-05-16", "day"),
        ("en", "It rose last year.", "2021", "year"),
        ("en", "It rose this year.", "2022", "year"),
        ("en", "It fell last month.", "2022-04", "month"),
        ("en", "It started on December 22.", "2021-12-22", "day"),
    ],
)
def test_find_dates_relative(lang: str, text: str, value: str, precision: str) -> None:
    (m,) = find_dates(text, lang, PUB)
    assert (m.value.value, m.value.precision, m.relative) == (value, precision, True)
    assert find_dates(text, lang) == []  # skipped without a publication date


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "في اليوم الأول من المؤتمر"),
        ("ar", "بمناسبة اليوم الوطني"),
        ("ar", "صلاة الجمعة"),
        ("ar", "الأسبوع الماضي"),
        ("en", "last week"),
    ],
)
def test_find_dates_relative_guards(lang: str, text: str) -> None:
    assert find_dates(text, lang, PUB) == []


def test_find_dates_day_word_with_weekday_trusts_the_weekday() -> None:
    # A dateline one day late (Tuesday) still resolves «اليوم (الاثنين)» to the Monday.
    (m,) = find_dates("وافق المجلس اليوم (الاثنين) على", "ar", date(2015, 7, 21))
    assert (m.text, m.value.value) == ("اليوم (الاثنين)", "2015-07-20")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("حسبما أفاد مصدر رسمي الأربعاء.", ["2015-07-22"]),  # «الأربعاء» alone names the day
        ("منفذ الهجوم، الاثنين، الذي تبناه التنظيم", ["2015-07-20"]),  # set off by commas
        ("التقى الاثنين بالوزير", []),  # «الاثنين» alone is "the two"
        ("وقال الأحد من المسؤولين", []),  # «الأحد» alone is "the one"
        # a preposition, a relative or a complementizer after it: the day
        ("مقتل 32 شخصا في تفجير انتحاري الاثنين في بلدة تركية", ["2015-07-20"]),
        ("منفذ الهجوم الانتحاري الاثنين الذي تبناه التنظيم", ["2015-07-20"]),
        ("وقال في بيان نشر الأحد إن الوضع هادئ", ["2015-07-19"]),
        ("يربط الاثنين معا", []),  # "the two" together
        ("الفرق بين الاثنين في الأداء", []),  # «بين الاثنين»: between the two
        ("فوق مستوى الاثنين في المائة", []),  # two per cent
        ("تغلق المتاجر أيام الأحد في اليونان", []),  # Sundays, not a day
    ],
)
def test_find_dates_bare_arabic_weekdays(text: str, found: list[str]) -> None:
    assert [m.value.value for m in find_dates(text, "ar", date(2015, 7, 23))] == found


def test_find_dates_start_cue_weekday_may_lie_ahead() -> None:
    # Published on a Sunday: "from Monday" is the next day, "since Monday" six days back.
    sunday = date(2015, 7, 26)
    (ahead,) = find_dates("a truce from Monday to allow aid", "en", sunday)
    (back,) = find_dates("fighting since Monday", "en", sunday)
    assert (ahead.value.value, ahead.kind) == ("2015-07-27", "since")
    assert (back.value.value, back.kind) == ("2015-07-20", "since")


def test_find_dates_offsets_survive_diacritics_and_tatweel() -> None:
    text = "قالَ غداً إنّه سيصل في ١١ مـايو ٢٠٢٢ عامَ"
    found = find_dates(text, "ar", PUB)
    assert [m.text for m in found] == ["غداً", "١١ مـايو ٢٠٢٢"]
    assert all(text[m.start : m.end] == m.text for m in found)


def test_find_dates_longest_overlap_wins_and_order_is_textual() -> None:
    found = find_dates("Wednesday, May 11, 2022: yesterday it rained; in 2014 too.", "en", PUB)
    assert [m.text for m in found] == ["Wednesday, May 11, 2022", "yesterday", "2014"]


def test_find_dates_other_language_gets_numeric_only() -> None:
    assert [m.value.value for m in find_dates("el 12/05/2022, en mayo 2022", "es")] == ["2022-05-12"]


def test_date_spans_include_day_month_without_year() -> None:
    text = "وصل في 12 مايو ومعه 700 شخص"
    assert [text[s:e] for s, e in date_spans(text, "ar")] == ["12 مايو"]


@pytest.mark.parametrize(
    ("line", "order", "expected"),
    [
        ("12/05/2022", "DMY", date(2022, 5, 12)),
        ("  12/05/2022\n", "DMY", date(2022, 5, 12)),
        ("05/12/2022", "MDY", date(2022, 5, 12)),
        ("2022-05-12", "DMY", date(2022, 5, 12)),
        ("2022/05/12 10:30", "MDY", date(2022, 5, 12)),
        ("١٢/٠٥/٢٠٢٢", "DMY", date(2022, 5, 12)),
        ("١١ مايو ٢٠٢٢", "DMY", date(2022, 5, 11)),
        ("Friday, January 4, 2019", "DMY", date(2019, 1, 4)),
        ("31/02/2022", "DMY", None),
        ("hello", "DMY", None),
        ("مايو 2022", "DMY", None),
    ],
)
def test_parse_dateline(line: str, order: str, expected: date | None) -> None:
    assert parse_dateline(line, order) == expected


def test_parse_dateline_rejects_unknown_order() -> None:
    with pytest.raises(ConfigError):
        parse_dateline("12/05/2022", "DDMM")


def test_find_dates_on_seed(seed_path: Path) -> None:
    text = seed_path.read_text(encoding="utf-8")
    published = parse_dateline(text.splitlines()[0])
    assert published == date(2022, 5, 12)
    found = {(m.text, m.value.value, m.kind) for m in find_dates(text, "ar", published)}
    assert ("منذ عام 2002", "2002", "since") in found
    assert ("عام 2014", "2014", "point") in found
    assert ("هذا العام", "2022", "point") in found
    assert not any("مايو" in t for t, _v, _k in found)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the Hijri date and the Gregorian date after it name the same day (Umm al-Qura)
        ("جدة 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م", ["2015-08-10", "2015-08-10"]),
        ("صدر في 12/02/1436هـ", ["2014-12-04"]),  # a numeric Hijri date, not the year 1436
        ("في 26 شوال الماضي", ["2015-08-11"]),  # no year: the one nearest publication
        ("في 12/05/2022", ["2022-05-12"]),
    ],
)
def test_find_dates_hijri_dates_are_converted(text: str, found: list[str]) -> None:
    assert [m.value.value for m in find_dates(text, "ar", date(2015, 8, 11))] == found


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # a bracketed weekday after a date and a clock time restates it on another clock: the nearest day
    ("Le cessez-le-feu commencera à partir de lundi 00H00 heure de Sanaa (dimanche 21H00 GMT).", "fr",
     [("2015-07-27", "since"), ("2015-07-26", "since")]),
    ("The truce starts on Monday at 0000 local time (Sunday 2100 GMT).", "en",
     [("2015-07-20", "point"), ("2015-07-19", "point")]),
    # without a time between them, a bracketed weekday is read on its own
    ("Il est arrivé lundi (la veille de mardi).", "fr", [("2015-07-20", "point"), ("2015-07-21", "point")]),
])
def test_find_dates_bracketed_weekday_restating_a_time(
    text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    found = find_dates(text, lang, date(2015, 7, 25))
    assert [(m.value.value, m.kind) for m in found] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # «dernier» / «prochain» after a day and month, or a month alone, put it before or after publication
    ("Il a été libéré le 3 février dernier.", "2014-02-03"),
    ("Il reviendra le 3 février prochain.", "2015-02-03"),
    ("Ils ont été arrêtés en avril dernier.", "2014-04"),
    ("Il viendra en août prochain.", "2015-08"),
])
def test_find_dates_french_last_and_next(text: str, expected: str) -> None:
    assert [m.value.value for m in find_dates(text, "fr", date(2014, 9, 10))] == [expected]
