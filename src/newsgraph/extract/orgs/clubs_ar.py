"""Arabic sports clubs named after a sports role noun: «لاعب الهلال», «نجم الوحدة السابق», «مدرب الاتفاق».

Arab news calls most clubs by a bare definite word that is also a common noun («الهلال» crescent,
«الاتحاد» union, «النصر» victory), so neither the head-noun chains of :mod:`.ar` nor the knowledge
base find them. Right after a sports role noun (``data/club_cues_ar.txt``: «لاعب», «مدرب», «نجم»,
«فريق» ...) a definite word names the club when it is no common word
(:func:`~newsgraph.extract.lexicon.common_word_ar`), no sports term (``data/club_not_names_ar.txt``:
«الوسط», «المنتخب», «المرمى»), and not already read as a person, place or country. A model span of
an organization that starts there («الاتحاد الحالي») is cut to the word.
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsgraph.extract.lexicon import common_word_ar, words
from newsgraph.extract.orgs.base import OrgMatch, definite, make_match, mention_starts
from newsgraph.extract.tokens import TokenTable

__all__ = ["find_ar_clubs"]


def find_ar_clubs(doc: Doc, text: str) -> list[OrgMatch]:
    """The clubs named right after a sports role noun, as matches of kind ``"club"``.

    Examples:
        >>> import spacy
        >>> from newsgraph.text import normalize_token
        >>> doc = spacy.blank("ar")("وشارك لاعب الرائد السابق ولاعب الوسط")
        >>> for t in doc: t.norm_ = normalize_token(t.text)
        >>> [o.text for o in find_ar_clubs(doc, doc.text)]
        ['الرائد']
    """
    cues = words("club_cues_ar.txt")
    not_names = words("club_not_names_ar.txt")
    starts = mention_starts(doc)
    taken = {k for sp in starts.values() if sp.label_ != "ORGANIZATION" for k in range(sp.start, sp.end)}
    norms = TokenTable.of(doc).norm
    out: list[OrgMatch] = []
    for i in range(len(doc) - 1):
        if norms[i] not in cues:
            continue
        tok = doc[i + 1]
        if tok.is_sent_start or i + 1 in taken or not definite(tok):
            continue
        if tok.norm_ in not_names or common_word_ar(tok.text) or not tok.text.isalpha():
            continue
        out.append(make_match(doc, text, tok.idx, tok.idx + len(tok.text), None, "club"))
    return out
