"""Money and counted quantities in Arabic and English text.

:func:`find_amounts` returns :class:`NumberMention` spans (character offsets into
the text given) with an :class:`~newsgraph.types.Amount`: the value as a
``Decimal``, the ISO 4217 currency for money, the counted noun or measure unit
for quantities, and a qualifier ("more than", "about"...). All vocabulary lives
in ``data/numbers_*.tsv`` and ``data/currencies.tsv``.

Rules:

* Numbers: Western or Arabic-Indic digits; ``1,000`` / ``١٬٠٠٠`` thousands;
  ``2.5`` / ``٢٫٥`` decimals; ``1.000.000`` (dots, two groups or more) is
  thousands. A single dot before exactly three digits («1.500») is a thousands
  separator in Arabic text unless a scale word follows («1.500 مليار» = 1.5e9),
  and a decimal point in English. Number words combine («مئة ألف»، «خمسة
  وعشرون»، "three hundred thousand"), and a scale word multiplies digits
  («700 مليون»، "$700 million"; "2bn"; "700m" and "5k" only with a currency).
  A lone «واحد» / "one" / "a" and vague plurals («آلاف»، "thousands of") are
  not reported.
* Currency: a symbol or ISO code before the number, or a currency word after
  it, refined by a country adjective («ريال قطري» QAR, "Egyptian pounds" EGP).
  Bare «دينار» / "dinar" (and franc, rupee) give no code: the word is kept in
  ``unit`` instead.
* Unit: ``%`` for percentages; a measure unit from the table («كيلو متر
  مربع», km); otherwise the next word as the counted noun, without
  diacritics or accusative tanween («عضواً» → «عضو»), plus a following
  Arabic nisba adjective («خلايا إرهابية»), or an English plural after a
  modifier ("eight federal judges" → "federal judges"). No singularisation: "countries"
  stays "countries". Definite Arabic words, stop words and number words are
  never units.
* A number is reported only with a currency, a unit or a qualifier, so bare
  numbers ("received 192.") are left out. Numbers inside dates (years,
  day numbers), ordinals ("116th"), identifiers after a label ("Resolution
  2231", «رقم 5»), times and code-like tokens (COVID-19, G7) are skipped.

Examples:
    >>> [(m.amount.value, m.amount.currency) for m in find_amounts("تخصيص 700 مليون دولار", "ar")]
    [(Decimal('700000000'), 'USD')]
    >>> a = find_amounts("more than 80 countries", "en")[0].amount
    >>> a.value, a.unit, a.qualifier
    (Decimal('80'), 'countries', 'more than')

The patterns of each language are compiled from the data files in :mod:`~newsgraph.extract.numbers_patterns`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from newsgraph.extract.dates import date_spans
from newsgraph.extract.dates_patterns import form_key as _key
from newsgraph.extract.lexicon import rows as _read_tsv
from newsgraph.extract.numbers_patterns import Tables as _Tables
from newsgraph.extract.numbers_patterns import tables as _tables
from newsgraph.extract.numbers_read import _LETTERS, _core, _starts_number, _word
from newsgraph.extract.textmap import norm_map as _norm_map
from newsgraph.extract.textmap import span_end as _span_end
from newsgraph.types import Amount

__all__ = ["NumberMention", "find_amounts"]

_TOKEN = re.compile(r"\d[\d,.٫٬]*\d|\d|[^\W\d_]+|\S")
_MARKS = re.compile(r"[\u0610-\u061A\u064B-\u065F\u0670\u0640]")
_NISBA = re.compile(r"[^\W\d_]{2,}(?:ي|يه|يين|يون|يات)")
_YEAR = re.compile(r"19\d\d|20\d\d|2100")
@dataclass(frozen=True)
class NumberMention:
    """An amount of money or a counted quantity found in a text.

    Attributes:
        start: character offset of the span (qualifier, currency and unit included).
        end: character offset (exclusive).
        text: ``text[start:end]``.
        amount: the normalised amount; ``amount.text`` equals ``text``.
    """

    start: int
    end: int
    text: str
    amount: Amount


def _clean_unit(raw: str, lang: str, value: Decimal) -> str:
    """Light form of a counted noun: no diacritics or tatweel, no accusative tanween alef.

    After 11-99 (and 111-199...) Arabic puts the counted noun in the indefinite
    accusative («15 شخصاً»), so a final alef of the first word is dropped even
    when the tanween is not written.
    """
    out = []
    tamyiz = lang == "ar" and value == int(value) and 11 <= int(value) % 100 <= 99
    for n, word in enumerate(raw.split()):
        if lang == "ar" and (word.endswith("اً") or word.endswith("ًا")):
            word = word[:-2]
        word = _MARKS.sub("", word)
        if tamyiz and n == 0 and word.endswith("ا") and len(word) > 3:
            word = word[:-1]
        out.append(word)
    return " ".join(out)


def _counted_noun(norm: str, pos: int, lang: str, tab: _Tables) -> tuple[int, int] | None:
    """Span (in ``norm``) of the counted noun right after ``pos``, or None."""
    m = re.compile(r"\s+([^\W\d_]+)").match(norm, pos)
    if not m or len(m.group(1)) < 2:
        return None
    word = _key(m.group(1), lang)
    if word in tab.stop or _word(m.group(1), lang, tab) or (lang == "ar" and word.startswith("ال")):
        return None
    end = m.end()
    if lang == "en" and not word.endswith("s"):  # "eight federal judges", "150 security forces"
        nxt = re.compile(r"\s+([A-Za-z]+s)\b").match(norm, end)
        if nxt and nxt.group(1).lower() not in tab.stop:
            end = nxt.end()
    if lang == "ar":
        adj = re.compile(r"\s+([^\W\d_]+)").match(norm, end)
        word2 = adj.group(1) if adj else ""
        if (
            _NISBA.fullmatch(word2)
            and word2 not in tab.stop
            and not word2.startswith("و")
            and not _word(word2, lang, tab)
        ):
            end = adj.end() if adj else end
    return m.start(1), end


def find_amounts(text: str, lang: str) -> list[NumberMention]:
    """Find money and counted quantities in ``text`` (see the module docstring for the rules).

    Args:
        text: a sentence or a whole article.
        lang: ``"ar"``, ``"en"`` or ``"fr"``; other codes get symbols, codes, digits and ``%`` only.

    Returns:
        Non-overlapping mentions in text order.

    Examples:
        >>> [(m.text, m.amount.value, m.amount.unit) for m in find_amounts("أكثر من 210 خلايا إرهابية", "ar")]
        [('أكثر من 210 خلايا إرهابية', Decimal('210'), 'خلايا إرهابية')]
        >>> find_amounts("١٢٫٥ مليار يورو", "ar")[0].amount.value
        Decimal('12500000000')
    """
    norm, idx = _norm_map(text)
    tab = _tables(lang if lang in ("ar", "en", "fr") else "xx")
    blocked = date_spans(text, lang)
    toks = list(_TOKEN.finditer(norm))
    out: list[NumberMention] = []
    i = 0
    while i < len(toks):
        first = toks[i].group()
        core = (
            _core(toks, i, lang, tab)
            if first[0].isdigit() or _LETTERS.fullmatch(first) and _starts_number(first, lang)
            else None
        )
        if core is None:
            i += 1
            continue
        start, end, value, i, suffix = core
        s0, e0 = idx[start], idx[end - 1] + 1
        if any(s0 < be and bs < e0 for bs, be in blocked) or _bad_context(norm, start, end):
            continue
        found = _amount(text, norm, idx, start, end, value, suffix, lang, tab)
        if found is not None:
            out.append(found[0])
            i = next((k for k in range(i, len(toks)) if toks[k].start() >= found[1]), len(toks))
    return out


def _bad_context(norm: str, start: int, end: int) -> bool:
    """Times, code-like tokens and glued letters around a number (10:30, COVID-19, G7)."""
    before, after = norm[max(0, start - 2) : start], norm[end : end + 2]
    if re.search(r"[:/#\d]$|[^\W_]-$", before) or re.match(r":\d|/\d|-[^\W\d_]", after):
        return True
    if before[-1:].isalpha():  # only a proclitic may touch a number: «و13», «ب700»
        return not (before[-1] in "وبلفك" and (start < 2 or not norm[start - 2].isalpha()))
    return False


def _amount(
    text: str,
    norm: str,
    idx: Sequence[int],
    start: int,
    end: int,
    value: Decimal,
    suffix: str,
    lang: str,
    tab: _Tables,
) -> tuple[NumberMention, int] | None:
    """Currency, unit and qualifier around the number at ``norm[start:end]``; the mention and its end."""
    currency: str | None = None
    unit: str | None = None
    qualifier: str | None = None
    span_start, span_end = start, end
    pre = tab.prefix_re.search(norm, max(0, start - 6), start)
    if pre:
        sym = pre.group("sym")
        currency, span_start = _symbol_iso(sym), pre.start("sym")
    mu = tab.unit_re.match(norm, end)
    if mu and tab.units.get(_key(mu.group("unit"), lang)) == "%":
        unit, span_end = "%", mu.end()
    elif currency is None and (m := tab.noun_re.match(norm, end)):
        key, iso = tab.nouns[_key(m.group("noun"), lang)]
        span_end = m.end()
        adj = m.groupdict().get("adj")
        if (
            lang == "ar"
            and (a := tab.adj_re.match(norm, span_end))
            and (key, _key(a.group("adj"), lang)) in tab.adjs
        ):
            iso, span_end = tab.adjs[(key, _key(a.group("adj"), lang))], a.end()
        elif adj:
            iso = tab.adjs.get((key, _key(adj, lang)), iso)
        currency = iso
        if iso is None:
            unit = _clean_unit(text[idx[m.start("noun")] : _span_end(text, idx, span_end)], lang, value)
    elif currency is None and (c := tab.code_re.match(norm, end)):
        currency, span_end = c.group("code"), c.end()
    elif currency is None and mu:
        unit, span_end = tab.units[_key(mu.group("unit"), lang)], mu.end()
    elif currency is None:
        noun = _counted_noun(norm, end, lang, tab)
        if noun:
            unit = _clean_unit(text[idx[noun[0]] : _span_end(text, idx, noun[1])], lang, value)
            span_end = noun[1]
    if suffix in ("m", "b", "k") and currency is None:
        return None  # "700m" may be metres: only money takes the short suffixes
    q = tab.qual_before.search(norm, max(0, span_start - 30), span_start)
    if q:
        qualifier, span_start = tab.quals[_key(q.group("q"), lang)], q.start("q")
    elif qa := tab.qual_after.match(norm, span_end):
        qualifier, span_end = tab.quals[_key(qa.group("q"), lang)], qa.end()
    prev = norm[max(0, span_start - 20) : span_start].split()
    prev_key = _key(prev[-1].rstrip(".:"), lang) if prev else ""
    if prev_key in tab.vague or (qualifier is None and prev_key in tab.ident):
        return None  # «عدة آلاف», "several thousand"; "Resolution 2231"
    if currency is None and qualifier is None and unit != "%" and _YEAR.fullmatch(norm[start:end]):
        return None  # "the 2020 race", "a 1994 agreement": a year used as an adjective
    if currency is None and unit is None and qualifier is None:
        return None
    s, e = idx[span_start], _span_end(text, idx, span_end)
    amount = Amount(value=value, currency=currency, unit=unit, qualifier=qualifier, text=text[s:e])
    return NumberMention(s, e, text[s:e], amount), span_end


def _symbol_iso(sym: str) -> str:
    for row in _read_tsv("currencies.tsv"):
        if row[0] in ("symbol", "code") and row[3] == sym:
            return row[4]
    return sym
