"""A name set off by commas right after its title, in Arabic: «اجتمع رئيس الوزراء، فلان الفلاني، مع
نظيره الإيطالي، فلان، في روما». The commas open clauses (``clause_break`` cue), which left the name
out of its verb's clause and cut the clause after it («، مع نظيره») from the verb too. A person's
name alone between two commas, right after a title word or a nationality adjective («نظيره
الإيطالي»), is the titled person: it belongs to the clause before, and so does the clause after
it unless that opens with «و»/«ف» (another clause: «، فلان، وهاجم ...») or is a relative or
complement clause. Title words are those of ``data/titles_ar.tsv``.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from newsgraph.extract.lexicon import title_vocabulary, title_words
from newsgraph.text import COMMAS

if TYPE_CHECKING:
    from newsgraph.extract.events.clauses import _Reader
    from newsgraph.extract.events.frames import _M

__all__ = ["title_chain", "title_holder", "titled_apposition", "titles_person"]

#: «و», «ف» opening the run after the name: another clause («، فلان، وهاجم»)
_CONJ = ("و", "ف")


#: The title-word kinds of ``data/titles_ar.tsv`` a title chain is made of
_CHAIN_KINDS = ("head", "word", "prefix", "rank")


#: Words of a title chain besides title words: «السفير المصري لدى الجزائر», «وزير خارجية مصر», «الأمين العام
#: للأمم المتحدة» (the «ل» the tokenizer splits off)
_CHAIN_WORDS = frozenset({"لدى", "لدي", "في", "ل"})


def title_chain(r: _Reader, start: int, end: int) -> bool:
    """Whether tokens ``start:end`` only title someone: title words, names (of the countries and bodies
    the title is of) and «لدى» («السفير المصري لدى الجزائر», «رئيس هيئة الأركان العامة»), with at least
    one title word: the person named right after them is the one titled (:func:`.clauses._actor_after`)."""
    titled = False
    for i in range(start, end):
        if "spokesperson" in r.cues[i]:
            return False  # «المتحدث باسم شرطة الولاية فلان»: the police speak, through him (GUIDELINES.md)
        if i in r.mention_at:
            continue
        word = r.table.norm[i] or r.doc[i].lower_
        if word in title_words("ar", _CHAIN_KINDS) or word in _posted():
            titled = True
        elif word not in _CHAIN_WORDS:
            return False
    return titled


@functools.cache
def _posted() -> frozenset[str]:
    vocab = title_vocabulary("ar")
    return vocab.get("posted", frozenset()) | vocab.get("link", frozenset())


def _titled(r: _Reader, i: int) -> bool:
    """Whether token ``i`` ends a title: a title word or a nationality adjective («نظيره الإيطالي»)."""
    m = r.mention_at.get(i)
    if m is not None:
        return m.end == i + 1 and m.payload == "adj"
    return (r.table.norm[i] or r.doc[i].lower_) in title_words("ar", _CHAIN_KINDS)


def titled_apposition(r: _Reader, p1: int, i0: int, i1: int) -> tuple[bool, bool]:
    """For the clause run ``i0:i1`` after the run ending at ``p1``: (whether it is a name in apposition
    to the title before it, whether the run after it goes on with the clause before) (module doc)."""
    words = [i for i in range(i0, i1) if not r.doc[i].is_punct]
    m = r.mention_at.get(words[0]) if words else None
    if m is None or m.label != "PERSON" or words != list(range(m.start, m.end)):
        return False, False
    if r.doc[i0].text not in COMMAS or i1 >= len(r.doc) or r.doc[i1].text not in COMMAS:
        return False, False
    if p1 < 1 or not _titled(r, p1 - 1):
        return False, False
    nxt = next((j for j in range(i1 + 1, min(i1 + 3, len(r.doc))) if not r.doc[j].is_punct), None)
    goes_on = nxt is not None and r.glued.get(nxt, "") not in _CONJ and r.doc[nxt].text not in _CONJ \
        and r.clause_of[nxt] == r.clause_of[i1] and r.clause_kind.get(r.clause_of[i1]) == ""
    return True, goes_on


#: Tokens between a nationality adjective and the name of the person its title describes
_ADJ_NAME_GAP = 2


def titles_person(r: _Reader, m: _M) -> bool:
    """(Arabic) Whether nationality adjective ``m`` describes a named person's title: «مع نظيره الإيطالي
    فلان», «مع وزير الخارجية المصري فلان» — the person met, not his country (GUIDELINES.md: a person's
    country is not added to a role unless the text presents it as a party)."""
    if r.lang != "ar":
        return False
    for j in range(m.end, min(m.end + _ADJ_NAME_GAP + 1, len(r.doc))):
        p = r.mention_at.get(j)
        if p is not None and p is not m:
            return p.label == "PERSON" and p.start == j
        if not (r.doc[j].is_punct or (r.table.norm[j] or r.doc[j].lower_) in title_words("ar", _CHAIN_KINDS)):
            return False
    return False


def title_holder(r: _Reader, m: _M, cands: list[_M]) -> _M | None:
    """(Arabic) The person named right after body or country ``m`` when ``m`` completes his title: in
    «الأمين العام للأمم المتحدة أنطونيو غوتيريش», «زعيم حزب العمال المعارض جيريمي كوربن» the titled
    person acts, not the body of his title. ``m`` follows a title word, and only title words or names
    stand between it and the person."""
    if r.lang != "ar" or m.label == "PERSON" or m.start == 0:
        return None
    p = next((x for x in cands if x.label == "PERSON" and x.start >= m.end), None)
    if p is None or p.start - m.end > _ADJ_NAME_GAP or any(r.doc[j].is_punct for j in range(m.end, p.start)):
        return None
    before = m.start - 1
    if r.doc[before].text == "ل" and before > 0:  # «العام ل لأمم»: the split-off article of «للأمم»
        before -= 1
    if (r.table.norm[before] or r.doc[before].lower_) not in title_words("ar", _CHAIN_KINDS):
        return None
    if any("spokesperson" in r.cues[i] for i in range(max(before - 2, 0), m.start)):
        return None  # «المتحدث باسم الجيش فلان»: the army speaks, through him (GUIDELINES.md)
    between = range(m.end, p.start)  # «حزب العمال المعارض فلان»: an adjective of the body, or title words
    return p if all(j in r.mention_at or _titled(r, j) for j in between) else None
