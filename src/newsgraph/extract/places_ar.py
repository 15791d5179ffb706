"""Arabic place names that no gazetteer knows, read from the place noun that introduces them.

News Arabic names a small place with its kind in construct before it: «في مدينة سوروج على الحدود»,
«في منطقة الضباب جنوب المدينة», «حي التواهي». :func:`designated_places` reads the one word after
an indefinite place noun (``data/place_heads_ar.txt``) as a place when nothing else named it, when
it is no common word, title or known name, when it is no indefinite adjective («منطقة عسكرية»,
«مدينة ساحلية»: an indefinite noun takes an agreeing adjective, a name stands in construct) and
when the name visibly ends after it: punctuation, the end of the sentence, or a preposition or
direction (``data/place_name_ends_ar.txt``), so that the first word of a longer name («مدينة الملك
عبدالله», «منطقة الشرق الأوسط») is not taken alone.

Examples:
    >>> from newsgraph.extract.places_ar import _adjective
    >>> _adjective("عسكرية"), _adjective("الزعفرانية"), _adjective("صرواح")
    (True, False, False)
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from newsgraph.extract.lexicon import common_word_ar, title_vocabulary, words

if TYPE_CHECKING:
    from newsgraph.kb import KnowledgeBase

__all__ = ["designated_places"]


def _adjective(text: str) -> bool:
    """An indefinite relational adjective («عسكرية», «سكني»): not a name after an indefinite noun."""
    return not text.startswith("ال") and text.endswith(("ية", "ي"))


def _ends_name(doc: Doc, i: int) -> bool:
    """Whether a name may end before token ``i``."""
    if i >= len(doc) or doc[i].is_punct or doc[i].is_sent_start:
        return True
    return doc[i].norm_ in words("place_name_ends_ar.txt")


def designated_places(doc: Doc, ents: Sequence[Span], kb: KnowledgeBase) -> list[Span]:
    """One-word places introduced by a place noun that ``ents`` miss, as ``GPE`` spans without an id."""
    heads = words("place_heads_ar.txt")
    taken = {i for e in ents for i in range(e.start, e.end)}
    vocab = title_vocabulary("ar")
    titles = vocab.get("head", frozenset()) | vocab.get("word", frozenset())
    out = []
    for tok in doc[:-1]:
        if tok.norm_ not in heads:
            continue
        name = doc[tok.i + 1]
        text = name.text
        if (
            name.i in taken or tok.i in taken or not text.isalpha() or len(text) < 3 or name.is_sent_start
            or common_word_ar(text) or _adjective(text) or kb.lookup(text, "ar")
            or name.norm_ in titles or name.norm_ in heads or name.norm_ in words("place_name_ends_ar.txt")
            or not _ends_name(doc, name.i + 1)
        ):
            continue
        out.append(Span(doc, name.i, name.i + 1, label="GPE"))
    return out
