"""Arabic sports clubs named after a sports role noun: «لاعب الهلال», «نجم الوحدة السابق», «مدرب الاتفاق».

Arab news calls most clubs by a bare definite word that is also a common noun («الهلال» crescent,
«الاتحاد» union, «النصر» victory), so neither the head-noun chains of :mod:`.ar` nor the knowledge
base find them. Right after a sports role noun (``data/club_cues_ar.txt``: «لاعب», «مدرب», «نجم»,
«فريق» ...) a definite word names the club when it is no common word
(:func:`~newsgraph.extract.lexicon.common_word_ar`), no sports term (``data/club_not_names_ar.txt``:
«الوسط», «المنتخب», «المرمى»), and not already read as a person, place or country. A model span of
an organization that starts there («الاتحاد الحالي») is cut to the word.

In an article about sport (three sports words or more) the clubs of ``data/club_names_ar.tsv`` are also
read alone («تعاقد الهلال مع لاعب»), but not «الاتفاق» in «تم الاتفاق مع» (an agreement) nor a family
name after a known given name.
"""

from __future__ import annotations

import functools

from spacy.tokens import Doc

from newsgraph.extract.lexicon import common_word_ar, known_given_names_ar, rows, words
from newsgraph.extract.orgs.base import OrgMatch, covered, definite, make_match, mention_starts
from newsgraph.extract.tokens import TokenTable
from newsgraph.text import normalize_token

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
    if _sports_words(norms) >= _SPORTS_ARTICLE:
        found = {o.start for o in out}
        names = words("club_names_ar.tsv")
        taken = covered(doc)  # «نادي الهلال» as the model or the knowledge base read it stays whole
        for i, tok in enumerate(doc):
            name = tok.norm_[1:] if tok.norm_.startswith("و") else tok.norm_  # «والهلال»
            if name not in names or i in taken or tok.idx in found or _common_sense(norms, i, name) \
                    or i > 0 and norms[i - 1] in known_given_names_ar():  # «سامي الهلال»: a family name
                continue
            start = tok.idx + len(tok.text) - len(name) if name != tok.norm_ else tok.idx
            out.append(make_match(doc, text, start, tok.idx + len(tok.text), None, "club"))
    return out


#: Sports words («مباراة», «لاعب», «مدرب» ...) that make an article one about sport.
_SPORTS_ARTICLE = 3


def _sports_words(norms: list[str]) -> int:
    """How many words of the text are sports words (:func:`_sports_cues`), bare or with the article."""
    cues = _sports_cues()
    return sum(1 for n in norms if n in cues or n.startswith("ال") and n[2:] in cues)


@functools.cache
def _sports_cues() -> frozenset[str]:
    """The role nouns of ``data/club_cues_ar.txt`` and the ``pastime`` cues of ``data/events_cues_ar.tsv``
    that are no ``fiction`` cue («فيلم»)."""
    cue_rows = rows("events_cues_ar.tsv")
    fiction = {w for row in cue_rows if row[0] == "fiction" for w in row[1].split()}
    pastime = (w for row in cue_rows if row[0] == "pastime" for w in row[1].split() if w not in fiction)
    return words("club_cues_ar.txt") | frozenset(normalize_token(w) for w in pastime)


@functools.cache
def _senses() -> dict[str, tuple[frozenset[str], tuple[str, ...]]]:
    """Per club name of ``data/club_names_ar.tsv``, the words right before it and the beginnings of the
    words right after it that mark its common sense."""
    out: dict[str, tuple[frozenset[str], tuple[str, ...]]] = {}
    for row in rows("club_names_ar.tsv"):
        if len(row) > 1:
            before = frozenset(normalize_token(w) for w in row[1].split())
            after = tuple(normalize_token(w) for w in (row[2].split() if len(row) > 2 else ()))
            out[normalize_token(row[0].strip())] = (before, after)
    return out


def _common_sense(norms: list[str], i: int, name: str) -> bool:
    """Whether the club name ``name`` at token ``i`` is used in its common sense, by the words its row of
    ``data/club_names_ar.tsv`` gives («تم الاتفاق مع», «بعد الاتفاق», «الاتفاق على»: the agreement)."""
    if name not in _senses():
        return False
    before, after = _senses()[name]
    return i > 0 and norms[i - 1] in before or i + 1 < len(norms) and norms[i + 1].startswith(after)
