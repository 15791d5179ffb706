"""What a counted quantity counts: the killed, the injured, the arrested, the missing.

:func:`quantity_kinds` gives each counted number of a text (see
:func:`newsgraph.extract.numbers.find_amounts`) the kind its words state,
from ``data/quantity_kinds.tsv``:

* the counted word itself («32 قتيلا», "20 dead", "38 wounded");
* a word at most three words before the number («مقتل 32 شخصا», «أصيب 38
  آخرون», "killing 15 people");
* a word at most three words after it, past its counted noun («... شخصا لقوا
  حتفهم», "15 people were killed").

The nearest cue wins; a number whose words state no kind keeps none. The
kind becomes :attr:`newsgraph.types.Amount.kind`.

Examples:
    >>> from newsgraph.extract.numbers import find_amounts
    >>> text = "قتل 15 شخصا على الأقل وأصيب 38 آخرون"
    >>> [(n.amount.value, n.amount.kind) for n in quantity_kinds(text, find_amounts(text, "ar"), "ar")]
    [(Decimal('15'), 'killed'), (Decimal('38'), 'injured')]
    >>> text = "At least 20 people were killed and 110 wounded."
    >>> [(n.amount.value, n.amount.kind) for n in quantity_kinds(text, find_amounts(text, "en"), "en")]
    [(Decimal('20'), 'killed'), (Decimal('110'), 'injured')]
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from functools import cache

from newsgraph.extract.lexicon import rows
from newsgraph.extract.numbers import NumberMention
from newsgraph.text import normalize_token

__all__ = ["KINDS", "quantity_kinds"]

#: The kinds, in the order a table lists them.
KINDS = ("killed", "injured", "arrested", "missing")
_WORD = re.compile(r"\w+")
_REACH = 3
#: A clause ends at these: a cue beyond one belongs to another count («قتل 3 ... ، وأصيب 5»).
_STOP = re.compile(r"[.;:!?،؛]")


def _key(word: str, lang: str) -> str:
    if lang == "ar":
        word = normalize_token(word)
        if len(word) > 3 and word[0] in "وفبل":
            return word[1:]
        return word
    return word.lower()


@cache
def _cues(lang: str) -> dict[str, dict[str, str]]:
    """where -> {normalised form: kind}."""
    out: dict[str, dict[str, str]] = {"noun": {}, "before": {}, "after": {}}
    for row in rows("quantity_kinds.tsv"):
        if len(row) >= 4 and row[0] == lang and row[2] in out:
            for form in row[3].split():
                out[row[2]].setdefault(_key(form, lang), row[1])
                if lang == "ar":
                    out[row[2]].setdefault(normalize_token(form), row[1])
    return out


def _words(text: str, lang: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), _key(m.group(), lang)) for m in _WORD.finditer(text)]


def _kind(text: str, n: NumberMention, lang: str) -> str | None:
    cues = _cues(lang)
    inside = _words(n.text, lang)
    for _, _, w in reversed(inside):
        if w in cues["noun"]:
            return cues["noun"][w]
    head = text[max(0, n.start - 80) : n.start]
    head = head[max((m.end() for m in _STOP.finditer(head)), default=0) :]
    for _, _, w in reversed(_words(head, lang)[-_REACH:]):
        if w in cues["before"]:
            return cues["before"][w]
    tail = text[n.end : n.end + 80]
    stop = _STOP.search(tail)
    tail = tail[: stop.start()] if stop else tail
    for _, _, w in _words(tail, lang)[:_REACH]:
        if w in cues["after"] or w in cues["noun"]:
            return cues["after"].get(w) or cues["noun"][w]
    return None


def quantity_kinds(text: str, numbers: Sequence[NumberMention], lang: str) -> list[NumberMention]:
    """``numbers`` with the kind of each counted quantity set (money is left alone)."""
    out = []
    for n in numbers:
        kind = None if n.amount.currency else _kind(text, n, lang)
        typed = n if kind is None else dataclasses.replace(n, amount=dataclasses.replace(n.amount, kind=kind))
        out.append(typed)
    return out
