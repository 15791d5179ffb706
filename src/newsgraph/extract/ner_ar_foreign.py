"""Arabic person names the model cuts short or misses (foreign ones above all), and duals it takes for names.

The model knows Arabic names well and foreign ones (Turkish, Hungarian, ...) written in Arabic
letters less well: it stops after the Arabic given name («عز الدين [كوتشوك]») or misses a name of
two foreign words altogether («وقال تاماس فارجا المحلل»). A foreign word here
(:func:`foreign_word`) is one that the counted common words of the training corpora do not know
(``data/counted/common_words_ar.txt``, also behind a clitic or before a suffix), without the
article, and no title, stop word, organization head or knowledge-base name.

- :func:`extend_given_names`: a person span made only of given names, followed by one foreign word
  and then punctuation or a title («عز الدين كوتشوك حاكم الإقليم»: the post held, in construct),
  takes that word as its family name;
- :func:`speaker_names`: two foreign words right after a verb of saying, followed by
  punctuation or a definite title or participle (the speaker's description), are the speaker's name;
- :func:`honorific_names`: two or three name words right after a courtesy title or rank
  («الدكتور»), followed by punctuation, are a name;
- :func:`common_dual`: a dual or plural of a common noun («مندوبان») starts no name, so the linker
  drops a person span that starts with one.

:class:`newsgraph.extract.ner_ar.ArabicNERLinker` runs them after the other name rules.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from newsgraph.extract.lexicon import (
    after_name_ar,
    common_word_ar,
    definite_ar,
    given_names_ar,
    not_name_words,
    org_heads,
    speech_verbs,
)
from newsgraph.extract.ner_ar_names import compound_given_name, courtesy_titles, is_title
from newsgraph.extract.tokens import TokenTable
from newsgraph.text import normalize_token

if TYPE_CHECKING:
    from newsgraph.kb import KnowledgeBase

__all__ = [
    "common_dual",
    "extend_given_names",
    "foreign_word",
    "honorific_names",
    "speaker_names",
    "unnamed_shape",
]

#: The most words a foreign speaker's name is taken to have (a third is often the next word:
#: «يقول إمانويل ساكس مبتكر الطباعة»).
_MAX_SPEAKER_WORDS = 2
#: The most words of a name after a courtesy title.
_MAX_TITLED_WORDS = 3


def _arabic_letters(text: str) -> bool:
    return all("\u0621" <= ch <= "\u064a" for ch in text)


def _unknown(tok: Token, kb: KnowledgeBase) -> bool:
    """No counted common word, title, stop word, organization head or knowledge-base name."""
    norm = tok.norm_
    return not common_word_ar(tok.text) and not is_title(tok) and norm not in not_name_words("ar") \
        and norm not in org_heads("ar") and not kb.lookup(tok.text, "ar")


def foreign_word(tok: Token, kb: KnowledgeBase) -> bool:
    """Whether a token may be a transliterated foreign name word (see the module docstring)."""
    text, norm = tok.text, tok.norm_
    if len(norm) < 3 or not _arabic_letters(text) or tok.is_sent_start:
        return False  # Latin words («موقع gizmado») are left to the other rules
    if text[0] in "وف" and _name_start(text[1:]):
        return False  # «وعبدالعزيز»: "and" glued to the next name of a list
    if definite_ar(text, norm) or after_name_ar(text):
        return False
    return _unknown(tok, kb)


def common_dual(text: str) -> bool:
    """A dual or plural of a counted common word, no given name: «مندوبان» "two delegates",
    «مراقبين», «جبهتي» (the construct dual of «جبهة»). No name starts with one.

    Examples:
        >>> [common_dual(w) for w in ("مندوبان", "سليمان", "سلمان", "كوتشوك")]
        [True, False, False, False]
    """
    if normalize_token(text) in given_names_ar()[0]:
        return False
    stem = text[:-2]
    if text.endswith(("ان", "ين", "ون")) and len(stem) >= 4 and common_word_ar(stem):
        return True
    return text.endswith(("تي", "تا")) and len(stem) >= 3 and common_word_ar(stem[:-1] + "ة")


def unnamed_shape(text: str) -> bool:
    """A word of a shape no name has: with nunation («داً» of a split «وفداً», «عنصراً»: names take none)
    or the plural of a relative adjective («الحوثيّين», «المصريون»: a people, no person).

    Examples:
        >>> [unnamed_shape(w) for w in ("داً", "الحوثيّين", "المصريون", "حسين", "ياسين", "البيطار")]
        [True, True, True, False, False, False]
    """
    if any(ch in "\u064b\u064c\u064d" for ch in text):
        return True
    norm = normalize_token(text)
    return len(norm) >= 6 and norm.endswith(("يين", "يون"))


def _name_word(tok: Token, kb: KnowledgeBase) -> bool:
    """A word that may be part of a name after a courtesy title: a foreign word, or a definite
    word (a family name, «الخضر») that is otherwise one."""
    if _noun_or_verb_ending(tok.text):
        return False
    if foreign_word(tok, kb):
        return True
    norm = tok.norm_
    if not norm.startswith("ال") or len(norm) < 5 or tok.is_sent_start:
        return False
    return _arabic_letters(tok.text) and _unknown(tok, kb)


def honorific_names(doc: Doc, ents: list[Span], kb: KnowledgeBase) -> list[Span]:
    """Add the name of two or three name words (:func:`_name_word`) right after a courtesy title or
    rank with the article («الدكتور الخضر لصور:»), ended by punctuation, where the model found nothing."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    courtesy = courtesy_titles()
    out = list(ents)
    for i, norm in enumerate(TokenTable.of(doc).norm):  # (the norms first: no Token for every word)
        if norm not in courtesy or not norm.startswith("ال"):
            continue  # «صاحب البيت الضيوف»: an indefinite head is no courtesy title here
        start = end = i + 1
        while end < len(doc) and end - start < _MAX_TITLED_WORDS and end not in taken \
                and _name_word(doc[end], kb) and (end == start or doc[end].text[0] != "و"):
            end += 1
        if end - start >= 2 and _closes(doc, end):
            out.append(Span(doc, start, end, label="PERSON"))
    return sorted(out, key=lambda e: e.start)


def _noun_or_verb_ending(text: str) -> bool:
    """A word that ends as no transliterated name does: «ة» (a noun: «أهمية», «بتوعية»), «وا» (a plural
    verb: «أخفضوا»), or a pronoun suffix on a stop word («إننا», «إنه»)."""
    if text.endswith(("ة", "وا")):
        return True
    stops = not_name_words("ar")
    return any(text.endswith(suffix) and normalize_token(text[: -len(suffix)]) in stops
               for suffix in ("هما", "هم", "ها", "نا", "ه"))


def _description(tok: Token) -> bool:
    """A definite title («المستشار») or participle («المحلل») after a name: the person's description.
    Another definite word may end a construct of common nouns («أكد موظف تسجيل الأراضي»)."""
    norm = tok.norm_
    return definite_ar(tok.text, norm) and (is_title(tok) or norm.startswith("الم") and len(norm) >= 6)


def _name_start(rest: str) -> bool:
    """A given name, simple or compound («عبدالعزيز»), behind a glued conjunction."""
    norm = normalize_token(rest)
    return norm in given_names_ar()[0] or compound_given_name([norm], 0) == 1


def _closes(doc: Doc, i: int) -> bool:
    """Whether the name may end before token ``i``: the end of the text or punctuation."""
    return i >= len(doc) or doc[i].is_punct


def _given_only(ent: Span) -> bool:
    """A span made only of given names: counted ones («محمد»), or one compound given name («عز الدين»)."""
    every, _ = given_names_ar()
    if all(tok.norm_ in every for tok in ent):
        return True
    norms = [tok.norm_ for tok in ent]
    return compound_given_name(norms, 0) == len(norms)


def extend_given_names(doc: Doc, ents: list[Span], kb: KnowledgeBase) -> list[Span]:
    """Extend a PERSON span of given names only over one foreign word followed by punctuation
    («عز الدين كوتشوك، حاكم الإقليم») or a title word («عز الدين كوتشوك حاكم الإقليم»), when no other
    span holds that word."""
    starts = {e.start for e in ents}
    out: list[Span] = []
    for ent in ents:
        end = ent.end
        if ent.label_ == "PERSON" and not ent.kb_id_ and end < len(doc) and end not in starts \
                and _given_only(ent) and foreign_word(doc[end], kb) \
                and (_closes(doc, end + 1) or is_title(doc[end + 1])):
            ent = Span(doc, ent.start, end + 1, label="PERSON")
        out.append(ent)
    return out


def speaker_names(doc: Doc, ents: list[Span], kb: KnowledgeBase) -> list[Span]:
    """Add the name of two foreign words right after a verb of saying («قال تاماس فارجا
    المحلل»), ended by punctuation or a description (:func:`_description`), where the model found nothing."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    verbs = speech_verbs("ar")
    out = list(ents)
    for i, norm in enumerate(TokenTable.of(doc).norm):  # (the norms first: no Token for every word)
        if norm not in verbs or i > 0 and doc[i - 1].text == "ل" and not doc[i - 1].whitespace_:
            continue  # «لكشف أسباب»: "to uncover", a purpose, not a report
        start = end = i + 1
        while end < len(doc) and end - start < _MAX_SPEAKER_WORDS and end not in taken \
                and foreign_word(doc[end], kb) and len(doc[end].norm_) >= 4 \
                and not _noun_or_verb_ending(doc[end].text) \
                and (end == start or doc[end].text[0] != "و"):
            end += 1  # «أسباب وملابسات»: a foreign name does not coordinate its own words; «دعا لرد
            # متعدد الأطراف»: a short word may be a preposition glued to a noun
        if end - start < 2 or end < len(doc) and end in taken:
            continue
        if _closes(doc, end) or _description(doc[end]):
            out.append(Span(doc, start, end, label="PERSON"))
    return sorted(out, key=lambda e: e.start)
