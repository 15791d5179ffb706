"""regex_guard.guarded: a lookahead on a pattern's first characters never changes its matches."""

from __future__ import annotations

import random
import re

import pytest

from newsgraph.extract.dates_patterns import tables
from newsgraph.regex_guard import guarded

_PATTERNS = [
    r"(?<![^\W\d_])(?:شهر\s+)?[وب]?(?P<m>يناير|فبراير)\s+(?P<y>\d{4})",
    r"\b(?:(?P<rel>(?i:last|next))\s+)?(?P<wd>Monday|Friday)\b",
    r"(?<![\d/.\-])(?P<a>\d{1,2})(?P<sep>[/.\-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4})",
    r"\b(?P<m>(?i:mai|juin|août))\s+(?P<y>\d{4})(?!\d)",
    r"(?:x|y)*z",
    r"[a-c]+|\d",
    r"(?i:stra[sß]e)",
]
_ALPHABET = "ab cxyz zZ 12/05/2022 Monday LAST friday NEXT Monday mai MAI 2021 août AOÛT ſtraße STRASSE " \
    "يناير 2015 وفبراير 2016 شهر يناير 2017 "


def _texts(seed: int, n: int = 60) -> list[str]:
    rng = random.Random(seed)
    words = _ALPHABET.split(" ")
    return [" ".join(rng.choice(words) for _ in range(rng.randint(0, 30))) for _ in range(n)]


def _matches(p: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in p.finditer(text)]


@pytest.mark.parametrize("source", _PATTERNS)
def test_guarded_pattern_finds_the_same_matches(source: str) -> None:
    plain = re.compile(source)
    guard = guarded(plain)
    assert guard.pattern.startswith("(?=")  # every pattern here has bounded first characters
    found = 0
    for text in _texts(len(source)):
        assert _matches(guard, text) == _matches(plain, text)
        found += len(_matches(plain, text))
    assert found > 0  # the comparison saw matches


@pytest.mark.parametrize("source", [r"x?", r".+", r"[^a]b", r"(a)?(?(1)b|c)", r"", r"(?:)|a"])
def test_unbounded_or_empty_patterns_stay_as_they_are(source: str) -> None:
    plain = re.compile(source)
    assert guarded(plain) is plain


@pytest.mark.parametrize("lang", ["ar", "en", "fr"])
def test_every_date_pattern_is_guarded(lang: str) -> None:
    assert all(p.pattern.startswith("(?=") for _, p in tables(lang).patterns)
