"""Arabic family names after «بن Y»: where a Gulf name that the model cut short really ends.

The model often stops a long Gulf name at the father's name («خالد بن علي» of «خالد بن علي الحميدان»,
«سلطان بن محمد العرابي» of «سلطان بن محمد العرابي الحارثي»). :func:`extend_families` carries such a
PERSON span on to the family names that follow it, with the word rules of
:mod:`newsgraph.extract.ner_ar_names` and the common-word list of :mod:`newsgraph.extract.lexicon`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from newsgraph.extract.lexicon import common_word_ar, org_heads, person_particles
from newsgraph.extract.ner_ar_names import name_word, not_name_end
from newsgraph.extract.tokens import TokenTable

if TYPE_CHECKING:
    from newsgraph.kb import KnowledgeBase

__all__ = ["extend_families", "surname_mentions"]


#: the particles of descent: after «بن Y» a Gulf name goes on to the family («خالد بن علي الحميدان»)
_DESCENT = frozenset({"بن", "ابن", "بنت"})


def _family_end(doc: Doc, end: int, kb: KnowledgeBase) -> int:
    """Carry a name that ends in «بن Y» on to its family names: one definite word that is no common
    word, title, stop word or knowledge-base name («عبدالرحمن بن صالح البنيان», and a second such
    word ending in «ي», «سلمان بن سعيد الجندبي الزهراني»), or an indefinite one closed by punctuation
    («أحمد بن عبدالعزيز قطان ،»): an indefinite word before more text may be the sentence's verb.

    Examples:
        >>> import spacy
        >>> from newsgraph.kb import load_kb
        >>> from newsgraph.text import normalize_token
        >>> doc = spacy.blank("ar")("وحضر خالد بن علي الحميدان الحفل")
        >>> for t in doc: t.norm_ = normalize_token(t.text)
        >>> _family_end(doc, 4, load_kb())
        5
    """
    n = len(doc)
    if 4 <= end < n and doc[end - 3].norm_ in _DESCENT and doc[end - 1].norm_.startswith("ال") \
            and _nisba(doc[end], kb):
        return end + 1  # «سلطان بن محمد العرابي» + «الحارثي»
    if end < 3 or end >= n or doc[end - 2].norm_ not in _DESCENT:
        return end
    tok = doc[end]
    if not _family_word(tok, kb):
        return end
    if not tok.norm_.startswith("ال"):
        return end + 1 if end + 1 == n or doc[end + 1].is_punct else end
    if end + 1 < n and _nisba(doc[end + 1], kb):
        return end + 2
    return end + 1


def _nisba(tok: Token, kb: KnowledgeBase) -> bool:
    """A definite family word ending in «ي» («الزهراني», «الحارثي»)."""
    return tok.norm_.startswith("ال") and tok.norm_.endswith("ي") and _family_word(tok, kb)


def _family_word(tok: Token, kb: KnowledgeBase) -> bool:
    """A word that may be a family name after «بن Y»: a name word
    (:func:`~newsgraph.extract.ner_ar_names.name_word`) that is no common word, verb or glued particle,
    nor, when definite, a common noun with the article («الحفل»); a nisba («الشهري») may be one."""
    text = tok.text
    bare = text[2:] if text.startswith("ال") and not tok.norm_.endswith("ي") else ""
    if tok.norm_.endswith(("يه", "يون", "يين")):
        return False  # «الابتدائية», «الإسلامية»: a family nisba keeps its masculine singular form
    return name_word(tok, kb) and not common_word_ar(text) and not not_name_end(tok) and text.isalpha() \
        and not (bare and common_word_ar(bare))  # «الحفل»: «حفل» is a common noun; a nisba may be one too


def extend_families(ents: list[Span], kb: KnowledgeBase) -> list[Span]:
    """Extend PERSON spans without an id that end in «بن Y» to their family names (:func:`_family_end`),
    unless another span starts inside the extension."""
    out: list[Span] = []
    starts = {e.start for e in ents}
    for ent in ents:
        end = ent.end if ent.label_ != "PERSON" or ent.kb_id_ else _family_end(ent.doc, ent.end, kb)
        if end > ent.end and not starts.intersection(range(ent.end, end)):
            ent = Span(ent.doc, ent.start, end, label="PERSON")
        out.append(ent)
    return out


def surname_mentions(doc: Doc, ents: list[Span], kb: KnowledgeBase) -> list[Span]:
    """Add the later mentions of a person by the last word of a name found in full («بندر بن محمد حجار»
    ... «ورفع حجار التهاني»), which the model often leaves out: the same word alone, outside any span,
    when it is a family word (:func:`_family_word`: no common word, title or knowledge-base name) and
    does not stand after a name particle or an organization head («شركات العثيم» names a company), and
    when no other full name of the article ends in it (a father and son: «معمر القذافي», «سيف الإسلام
    القذافي»). Linking it to its full name is left to :mod:`newsgraph.extract.coref`."""
    taken = {k for e in ents for k in range(e.start, e.end)}
    particles = person_particles("ar")
    full: dict[tuple[str, str], set[str]] = {}
    for e in ents:
        if e.label_ == "PERSON" and len(e) >= 2 and e[-2].norm_ not in particles and len(e[-1].norm_) >= 4:
            full.setdefault((e[-1].text, e[-1].norm_), set()).add(" ".join(t.norm_ for t in e))
    # «سيف الإسلام القذافي» and «معمر القذافي»: a family word two full names share is left alone
    surnames = {key for key, names in full.items()
                if len(names) == 1 and _family_word(_last_token(ents, key), kb)}
    if not surnames:
        return ents
    out = list(ents)
    table = TokenTable.of(doc)
    for i, key in enumerate(zip(table.orth, table.norm, strict=True)):  # (no Token for every word)
        if key not in surnames or i in taken:  # «للانزيني» is read «ل» + «الانزيني»
            continue
        tok = doc[i]
        prev = doc[tok.i - 1] if tok.i > 0 else None
        if prev is not None and (prev.norm_ in particles or prev.text == "آل" or _org_head(prev.norm_)):
            continue
        out.append(Span(doc, tok.i, tok.i + 1, label="PERSON"))
    return sorted(out, key=lambda e: e.start)


def _org_head(norm: str) -> bool:
    """An organization head noun, also in the plural in «ات» («شركات» of «شركة»)."""
    heads = org_heads("ar")
    return norm in heads or norm.endswith("ات") and norm[:-2] + "ه" in heads


def _last_token(ents: list[Span], key: tuple[str, str]) -> Token:
    """The last token of the first PERSON span that ends in the word ``key`` (text, norm)."""
    return next(e[-1] for e in ents if e.label_ == "PERSON" and (e[-1].text, e[-1].norm_) == key)
