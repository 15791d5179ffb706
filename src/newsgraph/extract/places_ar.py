"""Arabic place names that no gazetteer knows, read from the place noun that introduces them.

News Arabic names a small place with its kind in construct before it: «في مدينة سوروج على الحدود»,
«في منطقة الضباب جنوب المدينة», «حي التواهي». :func:`designated_places` reads the one word after
an indefinite place noun (``data/place_heads_ar.txt``) as a place when nothing else named it, when
it is no common word, title or known name, when it is no indefinite adjective («منطقة عسكرية»,
«مدينة ساحلية»: an indefinite noun takes an agreeing adjective, a name stands in construct) and
when the name visibly ends after it: punctuation, the end of the sentence, or a preposition or
direction (``data/place_name_ends_ar.txt``), or a definite adjective that agrees with the place noun
and describes the place («مدينة مركة الساحلية», «بلدة ... الواقعة في», «مدينة تعز اليمنية»:
``data/place_name_adjectives_ar.txt`` and the knowledge base's nationality adjectives), so that the
first word of a longer name («مدينة الملك عبدالله», «منطقة الشرق الأوسط») is not taken alone.

A site («معسكر المنار», «قاعدة العند الجوية», «وادي عقان»: ``data/place_facilities_ar.txt``) is a place
with its head noun and the site adjective after it (``data/place_facility_adjectives_ar.txt``), read
the same way; a definite name after a head marked so needs that adjective («قاعدة الانطلاق» is no
place). The head noun and name are the site wherever else the article writes them («سجن X هذا العام»).

A settlement's word so read names the same place wherever else the article writes it alone
(«محافظة أملج الغنية» ... «مهرجان أملج»): :func:`designated_places` marks those too.

Examples:
    >>> from newsgraph.extract.places_ar import _adjective
    >>> _adjective("عسكرية"), _adjective("الزعفرانية"), _adjective("صرواح")
    (True, False, False)
    >>> from newsgraph.extract.places_ar import _agrees, _plural
    >>> _plural("المهرجانات"), _plural("القنفذة")
    (True, False)
    >>> _agrees("مدينة", "الساحلية"), _agrees("مدينة", "الساحلي"), _agrees("مخيم", "الفلسطيني")
    (True, False, True)
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from newsgraph.extract.lexicon import common_word_ar, rows, title_vocabulary, words
from newsgraph.extract.ner_ar_names import is_demonym
from newsgraph.extract.tokens import TokenTable
from newsgraph.text import normalize_token

if TYPE_CHECKING:
    from newsgraph.kb import KnowledgeBase

__all__ = ["designated_places", "seat_next"]


def seat_next(norm: str, nxt: Span | None) -> bool:
    """Whether a word with the normalised form ``norm`` is a place designator («منطقة», «مدينة»:
    ``data/place_designators_ar.txt``) right before the place mention ``nxt``: «شرطة منطقة مكة
    المكرمة» names a body with its seat."""
    return nxt is not None and nxt.label_ == "PLACE" and norm in words("place_designators_ar.txt")


def _adjective(text: str) -> bool:
    """An indefinite relational adjective («عسكرية», «سكني»): not a name after an indefinite noun."""
    return not text.startswith("ال") and text.endswith(("ية", "ي"))


def _plural(text: str) -> bool:
    """A definite sound plural («المهرجانات», «النازحين»): what the place is for or holds («مدينة
    المهرجانات», «مخيم النازحين»), not its name."""
    return text.startswith("ال") and text.endswith(("ات", "ين", "ون"))


def _ends_name(doc: Doc, i: int) -> bool:
    """Whether a name may end before token ``i``."""
    if i >= len(doc) or doc[i].is_punct or doc[i].is_sent_start:
        return True
    return doc[i].norm_ in words("place_name_ends_ar.txt")


def _agrees(head: str, adjective: str) -> bool:
    """Whether ``adjective`` has the gender of the place noun ``head`` (feminine in «ة» or not)."""
    return head.endswith("ة") == adjective.endswith("ة")


def _described(doc: Doc, i: int, head: Token, kb: KnowledgeBase) -> bool:
    """Whether token ``i`` is a definite adjective of place noun ``head``'s place («الساحلية», «اليمنية»)."""
    if i >= len(doc):
        return False
    adj = doc[i]
    if not adj.text.startswith("ال") or not _agrees(head.text, adj.text):
        return False
    return adj.norm_ in words("place_name_adjectives_ar.txt") or is_demonym(kb, adj.text)


def _site_again(doc: Doc, sites: Sequence[Span], taken: set[int]) -> list[Span]:
    """The other places where the article writes a site's head noun and name («سجن X هذا العام»)."""
    if not sites:  # most articles name none: no pass over every token
        return []
    pairs = {(s[0].norm_, s[1].text) for s in sites}
    out = []
    for tok in doc[:-1]:
        if (tok.norm_, doc[tok.i + 1].text) in pairs and not taken.intersection((tok.i, tok.i + 1)):
            out.append(Span(doc, tok.i, tok.i + 2, label="GPE"))
            taken.update((tok.i, tok.i + 1))
    return out


def _elsewhere(doc: Doc, names: set[str], taken: set[int]) -> list[Span]:
    """The tokens that write a designated name alone and no span covers («مهرجان أملج»)."""
    if not names:
        return []
    return [Span(doc, t.i, t.i + 1, label="GPE") for t in doc if t.text in names and t.i not in taken]


def _participle(head: str, word: str) -> bool:
    """An indefinite word with the shape of an adjective agreeing with ``head``: a feminine one after a
    feminine noun («قاعدة صلبة»), a participle in «م» after a masculine one («جبل ملاصق», «ملعب مكسو»);
    or a second noun joined by «و» («من سجن وتعذيب»: the head is a verbal noun, imprisonment)."""
    if word.startswith("ال"):
        return False
    if word.startswith("و"):
        return True
    return word.endswith("ة") if head.endswith("ة") else word.startswith("م")


@cache
def _site_heads() -> dict[str, str]:
    return {normalize_token(r[0].strip()): r[1].strip() for r in rows("place_facilities_ar.txt")}


def _site(doc: Doc, head: Token, unknown: Callable[[Token], bool], kb: KnowledgeBase) -> Span | None:
    """The site that ``head`` («سجن», «قاعدة») introduces with one unknown word, with its adjective."""
    kind = _site_heads().get(head.norm_)
    if kind is None or head.i + 1 >= len(doc) or not unknown(doc[head.i + 1]) \
            or _participle(head.text, doc[head.i + 1].text):
        return None
    end = head.i + 2
    marked = end < len(doc) and doc[end].norm_ in words("place_facility_adjectives_ar.txt") \
        and _agrees(head.text, doc[end].text)
    if kind == "marked" and doc[head.i + 1].text.startswith("ال") and not marked:
        return None
    end += marked
    if not (_ends_name(doc, end) or _described(doc, end, head, kb)):
        return None
    return Span(doc, head.i, end, label="GPE")


#: Prepositions and conjunctions written glued to the place noun they precede («بمدينة», «لمحافظة», «وبلدة»).
_PROCLITICS = ("وب", "ول", "فب", "ب", "ل", "و", "ف")


@cache
def _place_nouns(heads: frozenset[str]) -> frozenset[str]:
    """The place nouns of ``heads``, bare and with each glued proclitic («مدينه», «بمدينه»).

    Examples:
        >>> sorted(_place_nouns(frozenset({"مدينه"})))[:3]
        ['بمدينه', 'فبمدينه', 'فمدينه']
    """
    return heads | frozenset(p + h for p in _PROCLITICS for h in heads)


def designated_places(doc: Doc, ents: Sequence[Span], kb: KnowledgeBase) -> list[Span]:
    """One-word places introduced by a place noun that ``ents`` miss, as ``GPE`` spans without an id."""
    heads = words("place_heads_ar.txt")
    taken = {i for e in ents for i in range(e.start, e.end)}
    vocab = title_vocabulary("ar")
    titles = vocab.get("head", frozenset()) | vocab.get("word", frozenset())

    ends = words("place_name_ends_ar.txt")

    def unknown_word(name: Token) -> bool:
        """A word that may be a name: alphabetic, not sentence-initial, no known word, title or place noun."""
        text = name.text
        return (
            text.isalpha() and len(text) >= 3 and not name.is_sent_start
            and not (common_word_ar(text) or _adjective(text) or _plural(text) or kb.lookup(text, "ar"))
            and name.norm_ not in titles and name.norm_ not in heads and name.norm_ not in ends
        )

    nouns = _place_nouns(heads)
    site_heads = _site_heads()
    norms = TokenTable.of(doc).norm
    out, sites = [], []
    for i in range(len(doc) - 1):
        if i in taken or (norms[i] not in site_heads and norms[i] not in nouns):
            continue  # (no site head, no place noun: _site and the test below would refuse it)
        tok = doc[i]
        site = _site(doc, tok, unknown_word, kb)
        if site is not None and not taken.intersection(range(site.start, site.end)):
            sites.append(site)
            taken.update(range(site.start, site.end))
            continue
        if tok.norm_ not in nouns:  # «مدينة», or with its glued preposition «بمدينة»
            continue
        name = doc[tok.i + 1]
        if (
            name.i in taken or tok.i in taken or not unknown_word(name)
            or not (_ends_name(doc, name.i + 1) or _described(doc, name.i + 1, tok, kb))
        ):
            continue
        out.append(Span(doc, name.i, name.i + 1, label="GPE"))
    # a place the model named with its place noun («محافظة كرمالة») is the same place written alone
    named = {e[1].text for e in ents if len(e) == 2 and e.label_ in ("GPE", "LOC") and not e.kb_id_
             and e[0].norm_ in heads and unknown_word(e[1])}
    taken.update(s.start for s in out)
    sites += _site_again(doc, sites, taken)
    return sorted(out + sites + _elsewhere(doc, {s.text for s in out} | named, taken), key=lambda s: s.start)
