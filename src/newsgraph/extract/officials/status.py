"""Whether a reported position is still held: "former" and "acting" read around the title.

News names people by titles they no longer hold ("former Prime Minister
Nawaz Sharif", «وزير الخارجية المصري السابق عمرو موسى», "l'ancien président
Hosni Moubarak") or hold for the time being ("acting Defence Secretary",
«القائم بأعمال السفير», "ministre par intérim"). The words that say so come
from ``data/position_status.tsv``, per language, with the side of the title
they stand on. :func:`position_status` returns the status, for the graph to
record on that article's report of the position, and takes "former" words out
of the title, so that "Former Prime Minister" and "Prime Minister" name one
position. "Acting" words stay: an acting holder's title is styled so
(«القائمة بأعمال مساعدة وزير الخارجية», "chargé d'affaires").

Examples:
    >>> text = "Former Prime Minister Nawaz Sharif spoke."
    >>> position_status(text, "en", "Former Prime Minister", 0, 21, 22, 34)
    ('Prime Minister', 'former')
    >>> text = "التقى وزير الخارجية المصري السابق عمرو موسى"
    >>> position_status(text, "ar", "وزير الخارجية", 6, 19, 34, 43)
    ('وزير الخارجية', 'former')
    >>> position_status("the late King Abdullah", "en", "King", 9, 13, 14, 22)
    ('King', 'former')
    >>> position_status("Prime Minister Ali spoke", "en", "Prime Minister", 0, 14, 15, 18)
    ('Prime Minister', None)
    >>> position_status("القائم بأعمال السفير", "ar", "القائم بأعمال السفير", None, None, 0, 0)
    ('القائم بأعمال السفير', 'acting')
"""

from __future__ import annotations

import re
from functools import cache

from newsgraph.extract.lexicon import rows
from newsgraph.text import fold_accents, is_arabic, normalize_token

__all__ = ["position_status", "status_phrases"]

_WORD = re.compile(r"\w+")
_STOP = re.compile(r"[,;:.!?،؛()«»\"“”\n]")
_PROCLITICS = ("و", "ف", "ب", "ل")
#: Words between an Arabic title and its status word: the title's own adjectives («المصري», «العام»)
_AR_DEFINITE = "ال"

Phrase = tuple[str, ...]


def _norm(word: str) -> str:
    return normalize_token(word) if is_arabic(word) else fold_accents(word)


def _words(text: str) -> list[tuple[str, int, int]]:
    return [(_norm(m.group()), m.start(), m.end()) for m in _WORD.finditer(text)]


@cache
def _phrases(lang: str) -> dict[str, list[tuple[str, Phrase]]]:
    """side -> [(status, normalised words)], longest phrases first."""
    out: dict[str, list[tuple[str, Phrase]]] = {"before": [], "after": []}
    for row in rows("position_status.tsv"):
        if len(row) >= 4 and row[0].strip() == lang and row[2].strip() in out:
            words = tuple(w for w, _, _ in _words(row[3].strip()))
            if words:
                out[row[2].strip()].append((row[1].strip(), words))
    for side in out.values():
        side.sort(key=lambda p: -len(p[1]))
    return out


def status_phrases(lang: str, side: str, status: str) -> tuple[Phrase, ...]:
    """The normalised phrases of one ``status`` on one ``side`` of a title, longest first.

    Examples:
        >>> status_phrases("fr", "after", "acting")[0]
        ('par', 'interim')
    """
    return tuple(words for st, words in _phrases(lang).get(side, []) if st == status)


def _forms(word: str, lang: str) -> tuple[str, ...]:
    """A word, and for Arabic the word behind one proclitic («بالنيابة» → «النيابة»)."""
    if lang == "ar" and len(word) > 3 and word.startswith(_PROCLITICS):
        return (word, word[1:])
    return (word,)


def _starts(words: list[tuple[str, int, int]], at: int, phrase: Phrase, lang: str) -> bool:
    if at + len(phrase) > len(words):
        return False
    return all(p in _forms(words[at + k][0], lang) for k, p in enumerate(phrase))


def _ends(words: list[tuple[str, int, int]], phrase: Phrase, lang: str) -> bool:
    return len(words) >= len(phrase) and _starts(words, len(words) - len(phrase), phrase, lang)


def _clause_before(text: str, end: int, reach: int = 40) -> str:
    chunk = text[max(0, end - reach) : end]
    cut = max((m.end() for m in _STOP.finditer(chunk)), default=0)
    return chunk[cut:]


def _clause_after(text: str, start: int, limit: int) -> str:
    chunk = text[start:limit]
    stop = _STOP.search(chunk)
    return chunk[: stop.start()] if stop else chunk


def position_status(
    text: str,
    lang: str,
    title: str,
    title_start: int | None,
    title_end: int | None,
    name_start: int,
    name_end: int,
) -> tuple[str, str | None]:
    """(the title without its "former" words, "former" | "acting" | None) of one official.

    Args:
        text: the article's text, which the offsets index.
        lang: the language of the rules ("ar", "en", "fr"; others have none).
        title: the title as found; its own "former" words are taken out of it.
        title_start, title_end: the title's character offsets (None for a speaker without one).
        name_start, name_end: the name's character offsets.
    """
    phrases = _phrases(lang)
    status: str | None = None
    tw = _words(title)
    for st, phrase in phrases["before"]:  # "Former Prime Minister"
        if len(tw) > len(phrase) and _starts(tw, 0, phrase, lang):
            title, status = (title[tw[len(phrase)][1] :] if st == "former" else title), st
            break
    tw = _words(title)
    for st, phrase in phrases["after"]:  # «السفير بالنيابة»
        if len(tw) > len(phrase) and _ends(tw, phrase, lang):
            title, status = (title[: tw[-len(phrase)][1]].rstrip() if st == "former" else title), status or st
            break
    if status is not None or title_start is None or title_end is None:
        return title, status
    chunk = _clause_before(text, title_start)
    before = _words(chunk)
    for st, phrase in phrases["before"]:
        # "the late King", "former US President": a demonym or code may stand between
        if _ends(before, phrase, lang) or (
            len(before) > len(phrase) and _ends(before[:-1], phrase, lang) and chunk[before[-1][1]].isupper()
        ):
            return title, st
    limit = name_start if name_start >= title_end else len(text)
    after = _words(_clause_after(text, title_end, min(limit, title_end + 60)))
    # an indefinite title has indefinite adjectives («وزير لبناني أسبق»)
    bare = lang == "ar" and bool(tw) and not tw[-1][0].startswith(_AR_DEFINITE)
    for skip in range(3 if lang == "ar" else 1):
        if skip and (skip > len(after) or not (bare or after[skip - 1][0].startswith(_AR_DEFINITE))):
            break  # only the title's adjectives stand between («الخارجية المصري السابق»)
        for st, phrase in phrases["after"]:
            if _starts(after, skip, phrase, lang):
                return title, st
    return title, None
