"""The amount patterns of each language, compiled once from the data files (:mod:`newsgraph.extract.numbers`).

Number words (``data/numbers_words.tsv``), currencies with their nouns, adjectives, symbols and codes
(``data/currencies.tsv``), units (``data/numbers_units.tsv``), qualifiers such as "more than" / «أكثر من»
(``data/numbers_qualifiers.tsv``) and the words after which a number is no amount
(``data/numbers_stopwords.tsv``).

Examples:
    >>> tab = tables("en")
    >>> tab.words["million"][0], bool(tab.noun_re.match(" dollars"))
    (Decimal('1000000'), True)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from newsgraph.extract.dates_patterns import form_key
from newsgraph.extract.lexicon import rows as _read_tsv
from newsgraph.extract.textmap import alt as _alt

__all__ = ["Tables", "tables"]

_NA = r"(?![^\W\d_])"
_NB = r"(?<![^\W\d_])"


@dataclass(frozen=True)
class Tables:
    words: dict[str, tuple[Decimal, str]]
    nouns: dict[str, tuple[str, str | None]]
    adjs: dict[tuple[str, str], str]
    noun_re: re.Pattern[str]
    adj_re: re.Pattern[str]
    prefix_re: re.Pattern[str]
    code_re: re.Pattern[str]
    unit_re: re.Pattern[str]
    units: dict[str, str]
    qual_before: re.Pattern[str]
    qual_after: re.Pattern[str]
    quals: dict[str, str]
    stop: frozenset[str]
    ident: frozenset[str]
    vague: frozenset[str]


@lru_cache(maxsize=4)
def tables(lang: str) -> Tables:
    words = {form_key(r[0], lang): (Decimal(r[2]), r[3])
             for r in _read_tsv("numbers_words.tsv") if r[1] == lang}
    cur = _read_tsv("currencies.tsv")
    nouns = {
        form_key(r[3], lang): (r[2], None if r[4] == "-" else r[4])
        for r in cur
        if r[0] == "noun" and r[1] == lang
    }
    adjs = {(r[2], form_key(r[3], lang)): r[4] for r in cur if r[0] == "adj" and r[1] == lang}
    syms = _alt([r[3] for r in cur if r[0] == "symbol"])
    codes = _alt([r[3] for r in cur if r[0] == "code"])
    units = {form_key(r[0], lang): r[2] for r in _read_tsv("numbers_units.tsv") if r[1] in (lang, "*")}
    qrows = [r for r in _read_tsv("numbers_qualifiers.tsv") if r[1] == lang]
    quals = {form_key(r[0], lang): r[2] for r in qrows}
    before = _alt([form_key(r[0], lang) for r in qrows if r[3] == "before"]) or "(?!)"
    after = _alt([form_key(r[0], lang) for r in qrows if r[3] == "after"]) or "(?!)"
    stop_rows = [r for r in _read_tsv("numbers_stopwords.tsv") if r[1] == lang]
    adj_alt = _alt([a for _k, a in adjs]) or "(?!)"
    noun_alt = _alt(list(nouns)) or "(?!)"
    if lang == "ar":
        noun_re = re.compile(rf"\s*(?P<noun>{noun_alt})ا?{_NA}")
        adj_re = re.compile(rf"\s+(?:ال)?(?P<adj>{adj_alt})(?:ه|ا|ين|ون)?{_NA}")
    elif lang == "fr":  # "700 millions de dollars", "2 milliards d'euros", "10 millions de dinars algériens"
        noun_re = re.compile(
            rf"\s*(?:de\s+|d['’]\s*)?(?P<noun>(?i:{noun_alt})){_NA}(?:\s+(?P<adj>(?i:{adj_alt})){_NA})?"
        )
        adj_re = re.compile("(?!)")
    else:
        noun_re = re.compile(rf"\s*(?:(?P<adj>(?i:{adj_alt}))\s+)?(?P<noun>(?i:{noun_alt})){_NA}")
        adj_re = re.compile("(?!)")
    return Tables(
        words=words,
        nouns=nouns,
        adjs=adjs,
        noun_re=noun_re,
        adj_re=adj_re,
        prefix_re=re.compile(rf"(?P<sym>{syms}|\b(?:{codes}))\s?$"),
        code_re=re.compile(rf"\s*(?P<code>{codes})\b"),
        unit_re=re.compile(rf"\s*(?P<unit>(?i:{_alt(list(units))})){_NA}"),
        units=units,
        qual_before=re.compile(rf"{_NB}[وف]?(?P<q>(?i:{before}))\s*$"),
        qual_after=re.compile(rf"\s*(?P<q>(?i:{after})){_NA}(?!\s*\S*\d)"),
        quals=quals,
        stop=frozenset(form_key(r[0], lang) for r in stop_rows if r[2] == "stop"),
        ident=frozenset(form_key(r[0], lang) for r in stop_rows if r[2] == "ident"),
        vague=frozenset(form_key(r[0], lang) for r in stop_rows if r[2] == "vague"),
    )
