"""Countries near an official that are not the official's (read by ``infer_of``).

When a title names no country, ``infer_of`` guesses the nearest country of the sentence. Two kinds of
country are nearby but belong to someone else: one right after a title that no official of the article
holds («التقى رئيس الحكومة X السفير الفرنسي»: the ambassador's), one in a later item of a list
(«ووزير الخارجية X، والقائم بأعمال السفارة الإندونيسية»), and the nationality of a counterpart
(«X s'est entretenu à Moscou avec son homologue russe»: X is not Russia's, whose minister is the other).
A plural nationality adjective, or one after a noun for a people, names people, not a state («تصحيح
أوضاع اليمنيين», «الجالية اليمنية»): the country of those people, of no official's office
(:func:`people_demonym`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Span

from newsgraph.extract.lexicon import title_vocabulary, words
from newsgraph.extract.officials.base import Official
from newsgraph.text import clitic_splits, normalize_token

__all__ = ["before_next_item", "counterpart_countries", "people_demonym", "unnamed_titles"]

#: the endings of a plural nationality adjective («اليمنيين», «يمنيون», «السوريات»), after its «ي»
_PLURAL_DEMONYM = re.compile(r"ي(?:ين|ون|ات)$")


def unnamed_titles(doc: Doc, spans: Sequence[Span], officials: Sequence[Official]) -> frozenset[int]:
    """The character starts of the country adjectives right after a title no official of the list holds
    («التقى رئيس الحكومة X السفير الفرنسي»: the ambassador's country, not X's)."""
    heads = title_vocabulary("ar").get("head", frozenset())
    own = [(min(o.title_start, o.name_start), max(o.title_end, o.name_end)) for o in officials
           if o.title_start is not None and o.title_end is not None]

    def governed(k: int) -> bool:  # «الممثل الشخصي لأمير دولة قطر»: the emir's country is the envoy's
        return doc[k].text.startswith("ل") or k > 0 and doc[k - 1].norm_ in ("ل", "لدي")

    return frozenset(
        s.start_char for s in spans
        if s.label_ == "COUNTRY" and s.start > 0 and doc[s.start - 1].norm_ in heads
        and not governed(s.start - 1) and not any(a <= doc[s.start - 1].idx < b for a, b in own))


_NEXT_ITEM = re.compile(r"[،,]\s*(?:و|and\s|et\s)")


def before_next_item(text: str, off: Official, candidates: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The candidates not named in a later item of a list after the official's name and title: a country
    after a comma and «و» belongs to the next item («حضر الاستقبال ... ووزير الخارجية X، والقائم بأعمال
    السفارة الإندونيسية ...», "Minister X, and the ambassador of Y").

    Examples:
        >>> text = "Minister Ali Reza, and the ambassador of Peru, and Chile"
        >>> off = Official(9, 17, "Ali Reza", "Minister", 0, 8, None, 0, "title-name")
        >>> before_next_item(text, off, [(0, "country/XX"), (41, "country/PE")])
        [(0, 'country/XX')]
        >>> before_next_item("Minister Ali Reza, in Peru", off, [(22, "country/PE")])
        [(22, 'country/PE')]
    """
    end = max(off.name_end, off.title_end or 0)
    return [c for c in candidates if c[0] < end or not _NEXT_ITEM.search(text, end, c[0])]


#: Characters either side of a nationality read for its neighbouring word (no counterpart word is longer).
_WORD_REACH = 30


def counterpart_countries(text: str, spans: Sequence[Span], words: frozenset[str]) -> list[tuple[int, str]]:
    """(offset, country id) of each nationality written right next to a word for "counterpart"
    (``words``, lower-cased: «homologue russe», "Russian counterpart"): the counterpart's country, so
    no guess for the official the counterpart is of.

    Examples:
        >>> import spacy
        >>> doc = spacy.blank("fr")("X a vu son homologue russe et le ministre tchadien.")
        >>> spans = [Span(doc, 5, 6, "COUNTRY", kb_id="country/RU"),
        ...          Span(doc, 9, 10, "COUNTRY", kb_id="country/TD")]
        >>> counterpart_countries(doc.text, spans, frozenset({"homologue"}))
        [(21, 'country/RU')]
    """
    out = []
    for s in spans:
        if s.label_ != "COUNTRY" or not s.kb_id_:
            continue
        before = text[max(0, s.start_char - _WORD_REACH) : s.start_char].split()[-1:]
        after = text[s.end_char : s.end_char + _WORD_REACH].split()[:1]
        if any(w.strip(",.;:").lower() in words for w in before + after):
            out.append((s.start_char, s.kb_id_))
    return out


def people_demonym(span: Span, text: str) -> bool:
    """A country mention that is an Arabic nationality adjective of people, not of an office: a plural
    one («اليمنيين»), or one right after a noun for a people (``data/people_nouns_ar.txt``: «الشعب
    اليمني», «الجالية اليمنية»).

    Examples:
        >>> import spacy
        >>> doc = spacy.blank("ar")("أوضاع اليمنيين والرئيس اليمني وللشعب اليمني")
        >>> spans = [Span(doc, i, i + 1, label="COUNTRY", span_id="demonym") for i in (1, 3, 5)]
        >>> [people_demonym(span, doc.text) for span in spans]
        [True, False, True]
    """
    if span.label_ != "COUNTRY" or span.id_ != "demonym":
        return False
    if _PLURAL_DEMONYM.search(span.text):
        return True
    before = text[: span.start_char].split()
    if not before:
        return False
    word = normalize_token(before[-1])
    people = words("people_nouns_ar.txt")
    return word in people or any(normalize_token(rest) in people for _, rest in clitic_splits(before[-1]))
