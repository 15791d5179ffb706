"""Guess the language of an article's text.

Arabic script decides quickly: when most letters are Arabic-script letters
and none are specific to Persian or Urdu, the answer is ``"ar"``. Any other
text goes to `langdetect`_ (a port of Google's language-detection library,
Apache-2.0), run with a private, seeded detector so that the same text always
gets the same answer. The result is an ISO 639-1 code (``"zh-cn"`` becomes
``"zh"``).

Text that is too short, or on which langdetect is not confident, raises
:class:`~newsgraph.errors.InputError` asking for ``--language``; nothing is
guessed silently.

.. _langdetect: https://pypi.org/project/langdetect/

Examples:
    >>> detect_language("وزير الخارجية المغربي ناصر بوريطة يستقبل نظيره الإيطالي")
    'ar'
    >>> detect_language("The foreign ministers met in Marrakech on Wednesday.")
    'en'
    >>> detect_language("ok")
    Traceback (most recent call last):
    ...
    newsgraph.errors.InputError: could not detect the language: the text has only 2 letters; pass --language
"""

from __future__ import annotations

import functools
import threading
from typing import Any

from newsgraph.errors import InputError

__all__ = ["detect_language", "arabic_share", "MIN_LETTERS", "MIN_CONFIDENCE"]

#: Fewer letters than this and no guess is made.
MIN_LETTERS = 10
#: langdetect's probability for its best language must reach this.
MIN_CONFIDENCE = 0.80
#: langdetect looks at this many leading characters at most (speed; it samples anyway).
_MAX_SAMPLE = 3_000
# Letters used in Persian, Urdu, Pashto... but not in Arabic.
_NON_ARABIC_LETTERS = frozenset("پچژگکیۀےڈٹڑںھ")
_lock = threading.Lock()


def _is_arabic_letter(ch: str) -> bool:
    cp = ord(ch)
    return (
        0x0620 <= cp <= 0x064A
        or 0x066E <= cp <= 0x06D3
        or 0x06FA <= cp <= 0x06FF
        or 0x0750 <= cp <= 0x077F
        or 0x08A0 <= cp <= 0x08FF
        or 0xFB50 <= cp <= 0xFDFF
        or 0xFE70 <= cp <= 0xFEFF
    )


def arabic_share(text: str) -> float:
    """Share of the letters in ``text`` that are Arabic-script letters (0.0 when no letters).

    Examples:
        >>> arabic_share("NATO ناتو")
        0.5
        >>> arabic_share("123")
        0.0
    """
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return 0.0
    return sum(_is_arabic_letter(ch) for ch in letters) / len(letters)


@functools.lru_cache(maxsize=1)
def _factory() -> Any:
    """A langdetect factory of our own, seeded, so the global one is left alone."""
    from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

    factory = DetectorFactory()
    factory.load_profile(PROFILES_DIRECTORY)
    factory.set_seed(0)
    return factory


def detect_language(text: str) -> str:
    """Return the ISO 639-1 code of the language ``text`` is written in.

    Args:
        text: the article text (the title may be prepended for more evidence).

    Returns:
        A two-letter code such as ``"ar"`` or ``"en"``.

    Raises:
        InputError: the text is too short or the language cannot be decided;
            the message asks the caller to pass ``--language``.
    """
    sample = text[:_MAX_SAMPLE]
    letters = sum(ch.isalpha() for ch in sample)
    if letters < MIN_LETTERS:
        raise InputError(
            f"could not detect the language: the text has only {letters} letters; pass --language"
        )
    if arabic_share(sample) >= 0.5:
        foreign = sum(ch in _NON_ARABIC_LETTERS for ch in sample)
        if foreign <= letters * 0.01:  # a stray Persian kaf or yeh is a typo, not Persian
            return "ar"
    from langdetect.lang_detect_exception import LangDetectException

    with _lock:  # a detector carries a seeded random state; keep runs reproducible
        detector = _factory().create()
        detector.append(sample)
        try:
            ranked = detector.get_probabilities()
        except LangDetectException as err:
            raise InputError(f"could not detect the language ({err}); pass --language") from None
    if not ranked or ranked[0].prob < MIN_CONFIDENCE:
        best = f" (best guess {ranked[0].lang} at {ranked[0].prob:.0%})" if ranked else ""
        raise InputError(f"could not detect the language{best}; pass --language")
    code: str = ranked[0].lang.split("-")[0].lower()
    return code
