"""Compare names across spellings and scripts.

Arabic names are romanised with the PyPI package ``arabic-name-romanizer``
(offline: a dictionary of spellings attested in Wikidata, then a small ONNX
model), which returns ranked Latin spellings: «ناصر بوريطة» gives
"Nasser Bourita", "Naser Bourita", ... Latin names are then *folded*:
accents, case, articles (al-, el-), honorifics and name particles (de, di,
von) go, and spelling variants that transliteration produces freely (ou/u,
ee/i, ph/f, q/k, doubled letters) are made equal. Two names are compared
with ``rapidfuzz`` on the folded forms and on their consonant skeletons;
:func:`name_similarity` gives the best score over the romanisations.

The threshold that decides a match (:data:`NAME_THRESHOLD`) was calibrated
on ``tests/data/resolve/name_pairs.tsv`` (``tools/calibrate_names.py``).

Examples:
    >>> fold("Abdel Fattah el-Sisi")
    'abdil fatah sisi'
    >>> name_similarity("Nasser Bourita", "Naser Bourita") > NAME_THRESHOLD
    True
    >>> name_similarity("Nasser Bourita", "Victoria Nuland") < NAME_THRESHOLD
    True
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from rapidfuzz import fuzz

from newsgraph.io.atomic import atomic_write_text
from newsgraph.text import is_arabic, normalize_ar

__all__ = ["FORMS_FILE", "KINSHIP", "NAME_THRESHOLD", "fold", "foreign_variant", "known_forms",
           "lineage_stem", "load_forms", "latin_forms", "name_similarity", "romanize", "save_forms",
           "skeleton", "spelling_key", "split_abd"]

#: Similarity at and above which two person names are taken to be one name
#: (calibrated by ``tools/calibrate_names.py``; see the README).
NAME_THRESHOLD = 0.80

# Dropped from folded names: articles, honorifics and particles whose spelling varies by convention.
_DROP = frozenset(
    "al el ul ad ar as at az an ash mr mrs ms dr sir sheikh shaikh king prince president "
    "de di da du del della van von der den le la".split()
)
_FOLDS = (
    ("au", "u"), ("ou", "u"), ("oo", "u"), ("ee", "i"), ("ph", "f"), ("ck", "k"), ("q", "k"), ("dh", "d"),
    ("th", "t"), ("kh", "h"), ("gh", "g"), ("sh", "s"), ("ch", "s"), ("j", "g"), ("y", "i"),
    ("w", "u"), ("e", "i"), ("o", "u"), ("v", "f"), ("c", "k"), ("z", "s"), ("p", "b"),
)
# Arabic ordinals after a ruler's name, as Latin numerals.
_ORDINALS = {"الاول": "I", "الثاني": "II", "الثالث": "III", "الرابع": "IV", "الخامس": "V",
             "السادس": "VI", "السابع": "VII", "الثامن": "VIII"}
_ROMAN = {"i": "1", "ii": "2", "iii": "3", "iv": "4", "v": "5", "vi": "6", "vii": "7", "viii": "8"}
_LAST_NAME_FLOOR = 0.75
_NON_LETTER = re.compile(r"[^a-z0-9]+")
_VOWELS = re.compile(r"[aiu]+")
_REPEAT = re.compile(r"(.)\1+")


@lru_cache(maxsize=65536)
def fold(name: str) -> str:
    """Lower-case ASCII form of a Latin-script name with spelling variants made equal.

    Examples:
        >>> fold("Mohammed bin Salman") == fold("Muhammad bin Salman")
        False
        >>> fold("Mohammed bin Salman") == fold("Mohamed bin Salman")
        True
        >>> fold("Luigi Di Maio")
        'luigi maiu'
    """
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    tokens = [t for t in _NON_LETTER.split(text) if t and t not in _DROP]
    out = []
    for token in tokens:
        if token in _ROMAN:
            out.append(_ROMAN[token])
            continue
        if len(token) > 3 and token.endswith("e"):
            token = token[:-1]  # French-style final e: Boutine, Blincene
        if token.startswith("gu") and token[2:3] in "aeiouy":
            token = "g" + token[2:]
        for old, new in _FOLDS:
            token = token.replace(old, new)
        out.append(_REPEAT.sub(r"\1", token))
    return " ".join(out)


@lru_cache(maxsize=262144)
def skeleton(folded: str) -> str:
    """The consonants of a folded name, vowels dropped except a leading one.

    Examples:
        >>> skeleton(fold("Nasser Bourita")), skeleton(fold("Nacer Bourita"))
        ('nsr brt', 'nkr brt')
    """
    return " ".join(t[:1] + _VOWELS.sub("", t[1:]) for t in folded.split())


_FORMS: dict[str, tuple[str, ...]] = {}

#: The file, in an on-disk store's folder, that keeps the romanisations made for that store, so
#: that adding articles later romanises only the names that are new. A cache: deleting it costs time only.
FORMS_FILE = "newsgraph-romanized-names.tsv"


def load_forms(path: str | os.PathLike[str]) -> set[str]:
    """Add the romanisations kept in ``path`` (see :func:`save_forms`); the names read.

    A missing or unreadable file, and lines that are not ``name<TAB>form…``, are skipped:
    the names are then romanised again.
    """
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return set()
    read: set[str] = set()
    for line in text.splitlines():
        name, *forms = line.split("\t")
        if forms and all(forms) and is_arabic(name):
            _FORMS.setdefault(name, tuple(forms))
            read.add(name)
    return read


def save_forms(path: str | os.PathLike[str], names: Iterable[str]) -> None:
    """Keep the romanisations of ``names`` (those made so far) in ``path``, written atomically.

    Examples:
        >>> import tempfile, pathlib
        >>> f = pathlib.Path(tempfile.mkdtemp()) / FORMS_FILE
        >>> _FORMS["ناصر"] = ("Nasser", "Naser")
        >>> save_forms(f, ["ناصر", "Nasser"]); del _FORMS["ناصر"]
        >>> load_forms(f), latin_forms("ناصر")
        ({'ناصر'}, ('Nasser', 'Naser'))
    """
    rows = [f"{n}\t" + "\t".join(_FORMS[n]) for n in sorted(set(names)) if n in _FORMS and "\t" not in n]
    if rows:
        atomic_write_text(path, "\n".join(rows) + "\n")


def known_forms() -> list[str]:
    """The names romanised so far in this process."""
    return list(_FORMS)


def _split_ordinal(name: str) -> tuple[str, str]:
    words = name.split()
    if len(words) > 1 and normalize_ar(words[-1]) in _ORDINALS:
        return " ".join(words[:-1]), " " + _ORDINALS[normalize_ar(words[-1])]
    return name, ""


def romanize(names: Iterable[str]) -> None:
    """Romanise the Arabic names among ``names`` in one batch (the model runs faster on many)."""
    todo = sorted({n for n in names if n not in _FORMS and is_arabic(n)})
    if not todo:
        return
    from arabic_name_romanizer import transliterate_many

    parts = [_split_ordinal(n) for n in todo]
    # A name written with «عبد» joined to the next word («عبدربه») is also romanised spaced
    # («عبد ربه»): the model knows the spaced spelling far better (Abd Rabbuh, not Abderbah).
    spaced = {stem: split_abd(stem) for stem, _ in parts}
    stems = sorted({stem for stem, _ in parts} | {v for v in spaced.values() if v is not None})
    ranked = dict(zip(stems, transliterate_many(stems, top_k=3), strict=True))
    for name, (stem, suffix) in zip(todo, parts, strict=True):
        candidates = list(ranked[stem])
        other = spaced[stem]
        if other is not None:
            candidates += ranked[other]
        forms = [c.text + suffix for c in candidates if c.text]
        _FORMS[name] = tuple(dict.fromkeys(forms)) or (name,)


#: «عبد» written joined to the name after it: «عبدربه», «عبدالله» (not «عبد» alone, nor «عبدة»).
_JOINED_ABD = re.compile(r"(?<!\S)عبد(?=[\u0621-\u064a]{2})")


def split_abd(name: str) -> str | None:
    """``name`` with every joined «عبد» + name spaced, or None when it has none.

    Examples:
        >>> split_abd("عبدربه منصور هادي") == "عبد ربه منصور هادي"
        True
        >>> split_abd("عبد الله"), split_abd("عبده")
        (None, None)
    """
    spaced = _JOINED_ABD.sub("عبد ", name)
    return spaced if spaced != name else None


def latin_forms(name: str) -> tuple[str, ...]:
    """Latin spellings to compare a name by: itself, or up to three romanisations of an Arabic name.

    Examples:
        >>> latin_forms("Victoria Nuland")
        ('Victoria Nuland',)
        >>> "Nasser Bourita" in latin_forms("ناصر بوريطة")
        True
    """
    if not is_arabic(name):
        return (name,)
    if name not in _FORMS:
        romanize([name])
    return _FORMS[name]


@lru_cache(maxsize=262144)
def _similar(a: str, b: str) -> float:
    return (fuzz.token_sort_ratio(a, b) + fuzz.token_sort_ratio(skeleton(a), skeleton(b))) / 200


#: Words of an Arabic chain of descent ("bin", "ibn"...), as folded.
KINSHIP = frozenset({"bin", "ibn", "bint", "abu", "abi", "uld", "ualad"})


def lineage_stem(folded: str) -> str:
    """A name cut after the father's name when it has a chain of descent: "Mohammed bin Salman bin
    Abdulaziz Al Saud" is known as "Mohammed bin Salman", and "Faisal bin Farhan Al Saud" as "Faisal bin
    Farhan"; other names are kept whole.

    Examples:
        >>> lineage_stem(fold("Mohammed bin Salman bin Abdulaziz Al Saud")) == fold("Mohammed bin Salman")
        True
        >>> lineage_stem(fold("Joe Biden")) == fold("Joe Biden")
        True
    """
    tokens = folded.split()
    for i, token in enumerate(tokens[1:-1], start=1):
        if token in KINSHIP:
            return " ".join(tokens[: i + 2])
    return folded


@lru_cache(maxsize=262144)
def _pair_score(a: str, b: str) -> float:
    fa, fb = fold(a), fold(b)
    if not fa or not fb:
        return 0.0
    # Two names with a chain of descent are compared on the name and the father's name: the
    # grandfather (Abdulaziz for many princes) and the family name tell no one apart.
    fa, fb = lineage_stem(fa), lineage_stem(fb)
    score = _similar(fa, fb)
    ta, tb = fa.split(), fb.split()
    if len(ta) > 1 and len(tb) > 1:
        # The last names must agree, whatever the first ones do ("bin Salman" is not "bin Zayed").
        last = min(max(_similar(ta[-1], t) for t in tb), max(_similar(tb[-1], t) for t in ta))
        if last < _LAST_NAME_FLOOR:
            score = min(score, last)
    return score


@lru_cache(maxsize=262144)
def name_similarity(a: str, b: str) -> float:
    """How alike two names are, 0 to 1, across scripts (the best over romanisations).

    Two Arabic names are also compared letter by letter after Arabic
    normalisation, so «بوريطة» and «بوريطه» score 1.0.

    Examples:
        >>> name_similarity("ناصر بوريطة", "Nasser Bourita")
        1.0
        >>> round(name_similarity("Joe Biden", "Joe Bayden"), 2) >= NAME_THRESHOLD
        True
    """
    if is_arabic(a) and is_arabic(b):
        direct = fuzz.token_sort_ratio(normalize_ar(a), normalize_ar(b)) / 100
        if direct == 1.0:
            return 1.0
    else:
        direct = 0.0
    best = max(_pair_score(x, y) for x in latin_forms(a) for y in latin_forms(b))
    return max(direct, best)


# Letters that Arabic spells one foreign sound with (غ/ج/ق for g, ط/ت, ص/س, ذ/ظ/ض/ز).
_AR_VARIANTS = str.maketrans({"غ": "ج", "ق": "ج", "ط": "ت", "ص": "س", "ذ": "ز", "ظ": "ز", "ض": "ز"})


@lru_cache(maxsize=262144)
def spelling_key(name: str) -> str:
    """A name's key within its own script: Arabic letter variants and medial alef folded, or Latin folded.

    Examples:
        >>> spelling_key("سيرغي لافروف") == spelling_key("سيرجي لافروف")
        True
        >>> spelling_key("جون كيربي") == spelling_key("جون كيري")
        False
        >>> spelling_key("سعود") == spelling_key("سعيد")
        False
    """
    if not is_arabic(name):
        return fold(name)
    words = normalize_ar(name).translate(_AR_VARIANTS).replace("عبد ", "عبد").split()  # عبد ربه = عبدربه
    return " ".join(w[:1] + w[1:].replace("ا", "") for w in words)


#: Vowel letters that Arabic writes or leaves out in a foreign name («كوتشوك», «كجك»: Küçük).
_VOWEL_LETTERS = str.maketrans("", "", "اوي")


def _loose(word: str) -> str:
    """A spelling key's word with «تش» as «ج» (one foreign sound, Turkish ç) and no medial vowel letters."""
    word = word.replace("تش", "ج")
    return word[:1] + word[1:].translate(_VOWEL_LETTERS)


@lru_cache(maxsize=65536)
def foreign_variant(x: str, y: str) -> bool:
    """Two Arabic names of as many words, one word at least the same, that differ only in foreign words
    spelled with «تش» in one and «ج» in the other, with or without vowel letters: Turkish ç and ü as
    outlets write them («عز الدين كوتشوك» ~ «عز الدين كجك», «مولود تشاووش أوغلو» ~ «مولود جاويش أوغلو»).
    Only where one of the two words has «تش», which marks a foreign word: Arabic names that differ by a
    vowel letter («الحسيني», «الحسني») are other names.

    Examples:
        >>> foreign_variant("عز الدين كوتشوك", "عز الدين كجك"), foreign_variant("مولود تشاووش", "مولود جاويش")
        (True, True)
        >>> foreign_variant("أحمد الحسيني", "أحمد الحسني"), foreign_variant("كوتشوك", "كجك")
        (False, False)
    """
    if not (is_arabic(x) and is_arabic(y)):
        return False
    wx, wy = spelling_key(x).split(), spelling_key(y).split()
    if len(wx) != len(wy) or len(wx) < 2:
        return False
    differ = [(a, b) for a, b in zip(wx, wy, strict=True) if a != b]
    if not differ or len(differ) == len(wx):
        return False
    return all(("تش" in a or "تش" in b) and _loose(a) == _loose(b) for a, b in differ)
