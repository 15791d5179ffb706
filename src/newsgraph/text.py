"""Text normalisation for matching: Arabic orthography, digits, clitics, keys.

Arabic spelling varies in ways that do not change the word: alef with or
without hamza or madda, final ya or alef maqsura, ta marbuta or ha, tatweel,
and short-vowel diacritics. Matching compares *normalised* forms, while every
offset still points into the original text.

This module is the bottom layer of the package: it imports nothing of
newsgraph, so the readers (``io``), the knowledge base (``kb``), extraction,
resolution, exports and evaluation all use it without importing one another.

Examples:
    >>> normalize_ar("الأميركيّة")
    'الاميركيه'
    >>> normalize_ar("إيطاليا") == normalize_ar("ايطاليا")
    True
    >>> normalize_key("  The  United-States ")
    'the united states'
    >>> to_ascii_digits("٢٠٢٢")
    '2022'
    >>> clitic_splits("بالمغرب")
    [('ب', 'المغرب')]
    >>> clitic_splits("وللأمم")
    [('و', 'للأمم'), ('ول', 'الأمم')]
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = [
    "ARABIC_RE",
    "COMMAS",
    "normalize_ar",
    "normalize_key",
    "normalize_token",
    "fold_accents",
    "to_ascii_digits",
    "clitic_splits",
    "is_arabic",
    "join_abd",
    "slugify",
    "mint_entity_id",
]

#: The Latin and the Arabic comma, as tokens («،» is what Arabic text mostly writes).
COMMAS = frozenset({",", "،"})

ARABIC_RE = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")

# Harakat, tanween, shadda, sukun, superscript alef, Quranic marks.
_DIACRITICS = re.compile(r"[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED]")
_TATWEEL = "\u0640"
_CHAR_MAP = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ى": "ي",
        "ة": "ه",
        "ؤ": "و",
        "ئ": "ي",
        "ک": "ك",
        "ی": "ي",
        "\u200e": None,
        "\u200f": None,
        "\u200c": None,
        "\u200d": None,
        "\ufeff": None,
    }
)
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_PUNCT_RE = re.compile(r"[\s\-_'\"“”«»‘’`´.,;:!?()\[\]{}/\\|،؛؟]+")

# Proclitics that attach to a following word: conjunctions و ف, prepositions ب ل ك.
_PROCLITICS = ("و", "ف", "ب", "ل", "ك")
# Strings up to this length (words, short names) are normalised once and then looked up:
# the rules normalise the same few thousand words over and over.
_CACHED_LEN = 48


def is_arabic(text: str) -> bool:
    """True when ``text`` contains any Arabic-script letter.

    Examples:
        >>> is_arabic("NATO ناتو"), is_arabic("NATO")
        (True, False)
    """
    return ARABIC_RE.search(text) is not None


def to_ascii_digits(text: str) -> str:
    """Replace Arabic-Indic and Persian digits with 0-9 (same length)."""
    return text.translate(_DIGITS)


#: «عبد» before a name with the article: one word with it, however the writer spaced it.
_ABD = re.compile(r"(?<!\S)عبد\s+(?=ال)")


def join_abd(name: str) -> str:
    """A name with «عبد» + name written as one word: «عبد الله» is «عبدالله», «عبد اللهيان» «عبداللهيان».

    Examples:
        >>> join_abd("حسين أمير عبد اللهيان") == "حسين أمير عبداللهيان", join_abd("عبد ربه")
        (True, 'عبد ربه')
    """
    return _ABD.sub("عبد", name)


def normalize_ar(text: str) -> str:
    """Normalise Arabic orthography for matching.

    Unifies alef forms to ا, ى to ي, ة to ه, hamza on waw/ya to the bare
    letter; removes diacritics, tatweel and directional marks; maps digits to
    ASCII. Non-Arabic text passes through unchanged (apart from digits).
    """
    text = unicodedata.normalize("NFC", text)
    text = _DIACRITICS.sub("", text).replace(_TATWEEL, "")
    return to_ascii_digits(text.translate(_CHAR_MAP))


def spelling(text: str) -> str:
    """A word as spelled: diacritics and tatweel removed, its letters kept (no alef/ya/hamza folding).

    Where folding makes homographs («على» "on" and the name «علي», «هادئ» "calm" and the
    name «هادي»), the spelling tells them apart.

    Examples:
        >>> spelling("عَلَى") == "على", spelling("على") == spelling("علي")
        (True, False)
    """
    return _DIACRITICS.sub("", unicodedata.normalize("NFC", text)).replace(_TATWEEL, "")


def normalize_token(text: str) -> str:
    """Normalise one token: Arabic orthography plus casefolding.

    Examples:
        >>> normalize_token("NATO"), normalize_token("إنتربول")
        ('nato', 'انتربول')
    """
    if len(text) <= _CACHED_LEN:
        return _normalize_token_cached(text)
    return normalize_ar(text).casefold()


@lru_cache(maxsize=1 << 16)
def _normalize_token_cached(text: str) -> str:
    return normalize_ar(text).casefold()


@lru_cache(maxsize=1 << 16)
def fold_accents(text: str) -> str:
    """A Latin-script token casefolded without its accents, with a typographic apostrophe
    made plain: French names are written both ways in news ("Etats-Unis", "États-Unis").

    Examples:
        >>> fold_accents("États-Unis"), fold_accents("l’Irak"), fold_accents("Ça")
        ('etats-unis', "l'irak", 'ca')
    """
    decomposed = unicodedata.normalize("NFD", normalize_token(text).replace("’", "'"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def normalize_key(text: str) -> str:
    """A lookup key: normalised tokens, punctuation folded to single spaces."""
    if len(text) <= _CACHED_LEN:
        return _normalize_key_cached(text)
    return _PUNCT_RE.sub(" ", normalize_token(text)).strip()


@lru_cache(maxsize=1 << 16)
def _normalize_key_cached(text: str) -> str:
    return _PUNCT_RE.sub(" ", normalize_token(text)).strip()


def clitic_splits(token: str, min_rest: int = 3) -> list[tuple[str, str]]:
    """Possible (proclitics, rest) splits of an Arabic token, shortest first.

    Only و ف ب ل ك are considered, at most two of them, and ``rest`` keeps at
    least ``min_rest`` letters. ``لل`` before a noun stands for ``ل`` + ``ال``:
    that split is returned with the article restored in ``rest``. The caller
    decides which split is real, usually by looking ``rest`` up in a lexicon.
    """
    if len(token) <= _CACHED_LEN:
        return list(_clitic_splits_cached(token, min_rest))
    return _clitic_splits(token, min_rest)


@lru_cache(maxsize=1 << 16)
def _clitic_splits_cached(token: str, min_rest: int) -> tuple[tuple[str, str], ...]:
    return tuple(_clitic_splits(token, min_rest))


def _clitic_splits(token: str, min_rest: int) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for n in (1, 2):
        prefix, rest = token[:n], token[n:]
        if len(rest) < min_rest or any(ch not in _PROCLITICS for ch in prefix):
            break
        if n == 2 and prefix[0] not in ("و", "ف"):
            break  # only a conjunction stands before another clitic
        if prefix.endswith("ل") and rest.startswith("ل"):
            rest = "ا" + rest  # ل + ال is written لل: "للأمم" is ل + "الأمم"
        out.append((prefix, rest))
    return out


def slugify(text: str, max_len: int = 60) -> str:
    """A readable, IRI-safe slug of ``text``; Arabic letters are kept.

    Examples:
        >>> slugify("Nasser Bourita")
        'nasser-bourita'
        >>> slugify("ناصر بوريطة")
        'ناصر-بوريطه'
    """
    key = normalize_key(text)
    key = unicodedata.normalize("NFKD", key)
    key = "".join(ch for ch in key if not unicodedata.combining(ch) or is_arabic(ch))
    key = re.sub(r"[^\w]+", "-", key, flags=re.UNICODE).strip("-_")
    return key[:max_len].strip("-") or "x"



#: The id prefix of each entity label.
_ID_PREFIX = {"PERSON": "person", "ORGANIZATION": "org", "COUNTRY": "country", "PLACE": "place"}


def mint_entity_id(label: str, name: str) -> str:
    """Id for an entity that is not in the knowledge base, from its normalised name (``label``: PERSON,
    ORGANIZATION, COUNTRY or PLACE).

    Examples:
        >>> mint_entity_id("PERSON", "Nasser  Bourita")
        'person/nasser-bourita'
        >>> mint_entity_id("PERSON", "ناصر بوريطة") == mint_entity_id("PERSON", "ناصر بوريطه")
        True
    """
    return f"{_ID_PREFIX[label]}/{slugify(name)}"
