"""Arabic verbs that agree with a plural or dual subject, which the NER model may run into a name.

In «السيسي ومحمد بن سلمان يصدران "إعلان القاهرة"» ("Sisi and Mohammed bin Salman issue the
Cairo Declaration") the verb follows its subjects, and the model may take «يصدران» as the last
word of the name. A word is such a verb when it is a known verb form plus a subject suffix:

- an imperfect form (prefix «ي» or «ت») plus the dual «ان» or plural «ون»: «يصدران», «يبحثون»;
- a perfect form plus the plural «وا»: «قالوا».

Known verb forms are the words of ``data/counted/common_words_ar.txt`` (words almost never part
of a name) and the speech verbs. The known singular form is required, so foreign names shaped
alike («تيلرسون», «تايسون») and names ending in «ان» («سلمان», «أردوغان») are no verbs.

Examples:
    >>> [agreeing_verb(w) for w in ("يصدران", "ويبحثون", "قالوا", "تيلرسون", "سلمان", "أردوغان")]
    [True, True, True, False, False, False]
"""

from __future__ import annotations

from newsgraph.extract.lexicon import speech_verbs, spellings
from newsgraph.text import normalize_token, spelling

__all__ = ["agreeing_verb", "circumstantial", "inflected_verb", "subject_suffix"]

_IMPERFECT_PREFIXES = ("ي", "ت")
_IMPERFECT_SUFFIXES = ("ان", "ون")
_PERFECT_SUFFIXES = ("وا",)
#: Fewest letters the stem of a verb with a subject suffix keeps («دعوا»: دع; «يكون» is no «ون» form).
_MIN_SUFFIXED_STEM = 2


def _known_verb(stem: str) -> bool:
    known = stem in spellings("counted/common_words_ar.txt") or normalize_token(stem) in speech_verbs("ar")
    return len(stem) >= 3 and known


def agreeing_verb(text: str) -> bool:
    """Whether ``text`` (maybe behind a glued «و» or «ف») is a known verb with a dual or plural suffix."""
    word = spelling(text)
    candidates = [word] + ([word[1:]] if len(word) > 4 and word[0] in "وف" else [])
    for form in candidates:
        if form.startswith(_IMPERFECT_PREFIXES) and form.endswith(_IMPERFECT_SUFFIXES):
            if _known_verb(form[:-2]):
                return True
        if form.endswith(_PERFECT_SUFFIXES) and _known_verb(form[:-2]):
            return True
    return False


#: Fewest letters of a known perfect stem before a feminine «ت» («أعلنت»): «عصمت», «مدحت» are names.
_MIN_FEMININE_STEM = 4


def inflected_verb(text: str) -> bool:
    """Whether ``text`` is a known verb with a future «س» («سيزور», «سيعودون»), a feminine «ت» on a perfect
    stem of four letters or more («أعلنت», not the plural «ات») or a dual «ا» on a perfect form («أكدا»):
    a verb that follows its subject, which the NER model may run into the subject's name.

    Examples:
        >>> words = ("سيزور", "سيعودون", "أكدا", "أعلنت", "سيف", "عصمت", "أوباما", "تعليقات")
        >>> [inflected_verb(w) for w in words]
        [True, True, True, True, False, False, False, False]
    """
    word = spelling(text)
    word = word[1:] if len(word) > 4 and word[0] in "وف" else word
    if word.startswith("س") and word[1:2] in ("ي", "ت", "ن") and len(word) >= 4:
        rest = word[1:]
        return _known_verb(rest) or agreeing_verb(rest) or (rest.endswith("ان") and _known_verb(rest[:-2]))
    if word.endswith("ت") and not word.endswith("ات") and len(word) - 1 >= _MIN_FEMININE_STEM:
        return _known_verb(word[:-1])
    if word.endswith("ا") and not word.endswith("وا"):
        return _known_verb(word[:-1])
    return False


def subject_suffix(text: str) -> bool:
    """Whether ``text``, known to be a verb (an event trigger), carries a dual or plural subject suffix
    («طالبوا», «يستهدفون», «يتبادلان»): a verb before its subject agrees in the singular, so a name after
    such a verb is its object, not its subject.

    Examples:
        >>> [subject_suffix(w) for w in ("طالبوا", "ودعوا", "يستهدفون", "يتبادلان", "طالب", "يكون")]
        [True, True, True, True, False, False]
    """
    word = spelling(text)
    word = word[1:] if len(word) > 4 and word[0] in "وف" else word
    if word.endswith(_PERFECT_SUFFIXES):
        return len(word) - 2 >= _MIN_SUFFIXED_STEM
    return word.startswith(_IMPERFECT_PREFIXES) and word.endswith(_IMPERFECT_SUFFIXES) \
        and len(word) - 3 > _MIN_SUFFIXED_STEM


#: The tanwin of the accusative («داعياً», «مطالبًا»), which marks a participle used as a circumstantial.
_TANWIN = "\u064b"
#: Fewest letters of a circumstantial participle («مشيرا», «داعيا»).
_MIN_PARTICIPLE = 5


def circumstantial(text: str) -> bool:
    """Whether ``text``, known to be an event trigger, is an active participle in the accusative used as a
    circumstantial («داعياً إسرائيل إلى», «مطالبا الوزارة ب»): its subject is the sentence's, so a name right
    after it is its object. Marked by the tanwin, or shaped «مُفعِلا» / «فاعلا» and ending in «ا».

    Examples:
        >>> [circumstantial(w) for w in ("داعياً", "مطالبا", "داعيا", "طالب", "دعا", "يدعو")]
        [True, True, True, False, False, False]
    """
    if _TANWIN in text:
        return True
    word = spelling(text)
    word = word[1:] if len(word) > _MIN_PARTICIPLE and word[0] in "وف" else word
    return len(word) >= _MIN_PARTICIPLE and word.endswith("ا") and (word[0] == "م" or word[1] == "ا")
