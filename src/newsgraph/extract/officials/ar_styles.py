"""A sovereign's style used alone stands for the sovereign the article names.

Arabic news names the Saudi king by his style alone as often as by his name:
a headline says «خادم الحرمين الشريفين يبحث مع ...» and its first sentence
«خادم الحرمين الشريفين الملك سلمان بن عبد العزيز». The styles are the
phrases of ``data/title_countries_ar.tsv`` (a phrase that names the country
of a title next to it); standing alone, next to no title and no name, such a
phrase refers to the one official of the article who holds a royal title
(``royal`` in ``data/titles_ar.tsv``) of that country. With none, or with two
(a king and a queen), it refers to nobody.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

from spacy.tokens import Doc

from newsgraph.extract.ner_ar_names import PROCLITICS
from newsgraph.extract.officials.base import Official
from newsgraph.extract.tokens import TokenTable
from newsgraph.text import normalize_token

__all__ = ["style_references"]

#: Characters between a style and a title or name that still make them one phrase («، الملك»).
_NEXT_TO = 3


def style_references(doc: Doc, officials: Sequence[Official], naming: Mapping[str, str],
                     royal: Collection[str]) -> list[tuple[int, int, str]]:
    """(start, end, name) for each style of ``naming`` (normalised phrase → country id) used alone
    for the one royal official of its country in ``officials``.

    Examples:
        >>> import spacy
        >>> doc = spacy.blank("ar")("خادم الحرمين الشريفين يستقبل الضيف . "
        ...                         "وكان خادم الحرمين الشريفين الملك سالم")
        >>> king = Official(name_start=66, name_end=70, name="سالم", title="الملك", title_start=60,
        ...                 title_end=65, of="country/SA", sentence=1, how="title-name")
        >>> refs = style_references(doc, [king], {"خادم الحرمين الشريفين": "country/SA"}, {"الملك"})
        >>> [(doc.text[s:e], name) for s, e, name in refs]
        [('خادم الحرمين الشريفين', 'سالم')]
    """
    if not naming or not officials:
        return []
    sovereigns: dict[str, set[str]] = {}
    spans: list[tuple[int, int]] = []
    for o in officials:
        spans.append((o.name_start, o.name_end))
        if o.title_start is not None and o.title_end is not None:
            spans.append((o.title_start, o.title_end))
        if o.title and o.of and normalize_token(o.title) in royal:
            sovereigns.setdefault(o.of, set()).add(o.name)
    phrases = {tuple(k.split()): country for k, country in naming.items() if k}
    keys = TokenTable.of(doc).norm  # normalised forms, computed once per document
    present = set(keys)
    if not any(words[-1] in present for words in phrases):
        return []  # no style's last word (never glued to a proclitic) in the text
    out: list[tuple[int, int, str]] = []
    for i in range(len(doc)):
        for words, country in phrases.items():
            glued = _glued(keys[i], words[0])
            if glued is None or tuple(keys[i + 1:i + len(words)]) != words[1:]:
                continue
            last = doc[i + len(words) - 1]
            start, end = doc[i].idx + glued, last.idx + len(last.text)
            if any(a < end + _NEXT_TO and start - _NEXT_TO < b for a, b in spans):
                continue  # part of, or next to, a title or name: it names that title's country
            names = sovereigns.get(country, set())
            if len(names) == 1:
                out.append((start, end, next(iter(names))))
    return out


def _glued(key: str, word: str) -> int | None:
    """How many letters of a proclitic («و», «ل», «ب», «ف») precede ``word`` in the token ``key``
    (0 for the word itself), or None when the token is another word."""
    if key == word:
        return 0
    if len(key) == len(word) + 1 and key[0] in PROCLITICS and key[1:] == word:
        return 1
    return None
