"""Arabic organizations' short names: the name after a noun of its kind («تنظيم داعش» -> «داعش»).

News writes a kind noun before many names («حركة حماس», «وكالة رويترز», «قوات الجيش
الوطني»); the name after it is also a form of the organization (GUIDELINES.md: every
short name is a mention). :func:`short_names_ar` gives those inner spans for the
organization mentions found so far. The rest must read as a name by itself: a name
the knowledge base knows as an organization, two words or more starting with an
organization head («الجيش الوطني»), or one word without the article that is no
common word, given name, place, country, feminine relative adjective or plural of the
pattern «أفعال» («داعش», «نوكيا»; not «شركة ديناميكية», «وكالة أنباء»); also the eponym of a
movement the knowledge base knows by its plural («الحوثي» of «الحوثيين»). After a noun of armed
men («قوات», «ميليشيات») one word is mostly a leader's name («قوات صالح»), so there only the
first two kinds count; after a newspaper's or channel's noun the one word may have the article
(«صحيفة الوئام», «قناة الجزيرة»). A kind noun that is part of the name («حزب الله», «مجلس
الأمن») is not listed in ``data/org_type_heads_ar.txt``.

Examples:
    >>> short_names_ar("قال تنظيم داعش", [(4, 14)], [])
    [((10, 14), (4, 14))]
    >>> short_names_ar("قوات الاحتلال", [(0, 13)], [])
    []
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import cache
from typing import TYPE_CHECKING

from newsgraph.extract.lexicon import common_word_ar, known_given_names_ar, org_heads, rows
from newsgraph.extract.ner_spans import kb_or_default
from newsgraph.extract.orgs.base import AFAAL
from newsgraph.text import clitic_splits, normalize_token

if TYPE_CHECKING:  # pragma: no cover
    from newsgraph.kb import KnowledgeBase

__all__ = ["short_names_ar"]

_QUOTES = "«»\"“”'"


@cache
def _kind_nouns() -> dict[str, str]:
    """Kind noun -> its mark, "leader", "media" or "" (``data/org_type_heads_ar.txt``)."""
    return {normalize_token(r[0].strip()): (r[1].strip() if len(r) > 1 else "")
            for r in rows("org_type_heads_ar.txt")}


def _kind_noun(word: str) -> str | None:
    """None for no kind noun, else its mark: "leader" («قوات»), "media" («صحيفة») or ""."""
    nouns = _kind_nouns()
    for rest in (word, *(rest for _, rest in clitic_splits(word))):
        if normalize_token(rest) in nouns:
            return nouns[normalize_token(rest)]
    return None


def _name(rest: str, kb: KnowledgeBase, mark: str) -> bool:
    """Whether ``rest`` reads as an organization's name by itself."""
    found = kb.lookup(rest, "ar")
    if any(a.label == "ORGANIZATION" and a.kind in ("name", "acronym") for a in found):
        return True
    if any(a.label != "ORGANIZATION" for a in found):
        return False  # «شركة أبوظبي»: a place; «قوات صالح»: a person
    if rest.startswith("ال") and rest.endswith("ي") and " " not in rest and any(
            a.label == "ORGANIZATION" and a.kind == "name" for a in kb.lookup(rest + "ين", "ar")):
        return True  # «جماعة الحوثي»: the eponym of a movement the knowledge base knows as «الحوثيين»
    parts = rest.split()
    if len(parts) >= 2:
        return len(parts) <= 3 and normalize_token(parts[0]) in org_heads("ar") \
            and normalize_token(parts[0]).startswith("ال")
    if mark == "leader":
        return False
    word = parts[0] if parts else ""
    norm = normalize_token(word)
    article = norm.startswith("ال") and mark != "media"  # «صحيفة الوئام»; not «شركة الاتصالات»
    if AFAAL.fullmatch(word.removeprefix("ال")):
        return False  # «وكالة أنباء [إيرانية]»: a broken plural of the pattern «أفعال» is a noun
    return len(word) >= 3 and not article and not norm.endswith("يه") and word.isalpha() \
        and not common_word_ar(word) and norm not in known_given_names_ar()  # «شركة ديناميكية»: an adjective


def short_names_ar(
    text: str,
    orgs: Iterable[tuple[int, int]],
    others: Sequence[tuple[int, int]],
    kb: KnowledgeBase | None = None,
) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """The spans of the names inside the organization mentions ``orgs`` (character spans of ``text``)
    after a kind noun, each with the mention it lies in; none where a mention of another type
    (``others``: persons, places) lies inside."""
    base = kb_or_default(kb)
    out: list[tuple[tuple[int, int], tuple[int, int]]] = []
    for start, end in orgs:
        name = text[start:end]
        first, _, rest = name.partition(" ")
        mark = _kind_noun(first) if rest else None
        if mark is None:
            continue
        at = start + len(first) + (len(rest) - len(rest.lstrip(" " + _QUOTES))) + 1
        stop = end - (len(rest) - len(rest.rstrip(" " + _QUOTES)))
        if at >= stop or any(at < o_end and o_start < stop for o_start, o_end in others):
            continue
        if _name(text[at:stop], base, mark):
            out.append(((at, stop), (start, end)))
    return out
