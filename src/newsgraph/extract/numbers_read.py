"""Reading one number for :mod:`newsgraph.extract.numbers`: digits with their separators, number
words (``data/numbers_*.tsv``) and how they combine («مئة ألف», "two hundred thousand").

:func:`_core` reads the number that starts at a token, :func:`_word` one number word (with a
clitic «و» or an accusative alef), :func:`_parse_digits` a digit token and :func:`_value` adds up
the parts. The rules are in the module docstring of :mod:`newsgraph.extract.numbers`.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from newsgraph.extract.numbers_patterns import Tables as _Tables
from newsgraph.extract.numbers_patterns import tables as _tables

__all__: list[str] = []  # private helpers of newsgraph.extract.numbers

_LETTERS = re.compile(r"[^\W\d_]+")
_ADD = ("unit", "teenunit", "ten", "value", "num")


def _parse_digits(tok: str, lang: str, scale_follows: bool) -> Decimal | None:
    """The value of a digit token, reading its separators (see the module rules)."""
    t = tok.replace("٬", ",").replace("٫", ";")
    if lang == "fr" and re.fullmatch(r"\d+,\d{1,2}", t):
        t = t.replace(",", ";")  # French writes a decimal comma: "1,5 milliard"
    if ";" in t:
        t = t.replace(",", "").replace(";", ".")
    elif re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", t):
        t = t.replace(",", "")
    elif re.fullmatch(r"\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?", t):
        t = t.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"\d+\.\d{3}", t) and lang == "ar" and not scale_follows:
        t = t.replace(".", "")
    if not re.fullmatch(r"\d+(?:\.\d+)?", t):
        return None
    return Decimal(t)


def _word(tok: str, lang: str, tab: _Tables) -> tuple[Decimal, str, int] | None:
    """(value, kind, clitic length) of a number word, trying without و and accusative alef."""
    key = tok.lower() if lang in ("en", "fr") else tok
    tries = [(key, 0)]
    if lang == "ar":
        if key.endswith("ا"):
            tries.append((key[:-1], 0))
        if key.startswith("و") and len(key) > 2:
            tries += [(key[1:], 1)] + ([(key[1:-1], 1)] if key.endswith("ا") else [])
    for k, clitic in tries:
        if k in tab.words:
            value, kind = tab.words[k]
            return value, kind, clitic
    return None


@lru_cache(maxsize=1 << 16)
def _starts_number(word: str, lang: str) -> bool:
    """Whether :func:`_core` can read a number from this word on (a number word, not a suffix)."""
    found = _word(word, lang, _tables(lang if lang in ("ar", "en", "fr") else "xx"))
    return found is not None and found[1] != "suffix"


def _value(items: list[tuple[Decimal, str]]) -> Decimal | None:
    total, current, last_scale = Decimal(0), Decimal(0), Decimal(0)
    for v, kind in items:
        if kind in _ADD:
            current += v
        elif kind == "article":
            current += 1
        elif kind == "mult":
            current = (current or 1) * v
        elif kind in ("scale", "suffix"):
            if last_scale and v > last_scale:
                total, current = (total + current) * v, Decimal(0)
            else:
                total, current = total + (current or 1) * v, Decimal(0)
            last_scale = v
        elif kind == "dual":
            total, last_scale = total + current + 2 * v, v
            current = Decimal(0)
        elif kind == "plural":
            if not current:
                return None  # «آلاف», "thousands of": no number
            total, current, last_scale = total + current * v, Decimal(0), v
        elif kind == "half":
            current = current + v * last_scale if last_scale else current + v
    value = total + current
    if value == value.to_integral_value():
        return Decimal(int(value))
    return value.normalize()


def _joins(prev: str, kind: str, joined: bool) -> bool:
    """Whether a number word of ``kind`` continues a number whose last word was ``prev``."""
    if joined:  # after و / "and" / "-"
        return (
            (kind == "ten" and prev in ("unit", "num"))
            or (kind == "unit" and prev == "ten")
            or (
                kind in ("unit", "ten", "value", "half", "mult")
                and prev in ("scale", "mult", "dual", "value", "plural")
            )
        )
    if kind in ("mult", "scale", "plural", "dual", "suffix"):
        return kind != "dual"
    if kind == "unit":  # "twenty five", «ثلاثة عشر», "one million two"
        return prev in ("ten", "scale")
    return kind in ("ten", "value") and prev == "scale"


def _core(
    toks: list[re.Match[str]], i: int, lang: str, tab: _Tables
) -> tuple[int, int, Decimal, int, str] | None:
    """Parse the number starting at token ``i``: (start, end, value, next token, glued suffix)."""
    items: list[tuple[Decimal, str]] = []
    start, end, j, suffix, joined = toks[i].start(), toks[i].start(), i, "", False
    n = len(toks)
    while j < n:
        tok = toks[j].group()
        if tok[0].isdigit():
            if items and not (joined and items[-1][1] in ("scale", "dual", "plural")):
                break
            nw = _word(toks[j + 1].group(), lang, tab) if j + 1 < n else None
            value = _parse_digits(
                tok, lang, nw is not None and nw[1] in ("scale", "plural", "suffix", "dual")
            )
            if value is None:
                return None
            items.append((value, "num"))
            end, j = toks[j].end(), j + 1
            if j < n and toks[j].start() == end and _LETTERS.fullmatch(toks[j].group()):
                glued = _word(toks[j].group(), lang, tab)
                if glued and glued[1] == "suffix":
                    items.append((glued[0], "suffix"))
                    suffix, end, j = toks[j].group().lower(), toks[j].end(), j + 1
                elif not tab.unit_re.match(toks[j].group()):
                    return None  # 116th, 1990s, 5G
        else:
            w = _word(tok, lang, tab)
            if w is None or w[1] == "suffix":
                break
            value, kind, clitic = w
            nk = _word(toks[j + 1].group(), lang, tab) if j + 1 < n else None
            if kind == "teenunit" and not (nk and nk[0] == 10 and nk[1] == "unit"):
                break
            if kind == "article" and not (nk and nk[1] in ("mult", "scale")):
                break
            if not items:
                if kind == "half" and not (nk and nk[1] == "scale"):
                    break
                start = toks[j].start() + clitic
            elif not (
                _joins(items[-1][1], kind, joined or clitic > 0)
                or (kind == "unit" and value == 10 and items[-1][1] in ("unit", "teenunit") and not joined)
            ):
                break
            items.append((value, kind))
            end, j = toks[j].end(), j + 1
        joined = False
        if j + 1 < n and toks[j].group().lower() in ("و", "and", "-"):
            joined = True
            j += 1
    if joined:
        j -= 1
    if not items or (len(items) == 1 and items[0][1] in ("unit", "article", "half") and items[0][0] == 1):
        return None  # a lone «واحد» / "one" is a pronoun or an adjective far too often
    value = _value(items)
    return (start, end, value, j, suffix) if value is not None else None
