"""The word lists the rules share: title and organization vocabularies, name stop words.

Officials (``officials/``), organizations (``orgs/``) and the English mention
rules (``en_mentions.py``) all need to know what a title or an organization
head noun is: a title word never continues an organization name, and an
organization head is never part of a person's name. The lists live in
``extract/data`` and are loaded here, once, so that none of those modules has
to import another for its vocabulary.

Every form is normalised with :func:`newsgraph.text.normalize_token`, the form
the rules compare ``token.norm_`` against.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files

from newsgraph.text import clitic_splits, normalize_key, normalize_token, spelling

__all__ = [
    "definite_ar",
    "suffixed_common_ar",
    "rows",
    "phrase_keys",
    "words",
    "spellings",
    "title_vocabulary",
    "org_heads",
    "person_stopwords",
    "compound_given_names",
    "given_names_ar",
    "known_given_names_ar",
    "title_plurals_ar",
    "title_singular_ar",
    "title_countries_ar",
    "monarchies",
    "speech_verbs",
    "person_particles",
    "not_name_words",
    "common_word_ar",
    "accusative_common",
    "after_name_ar",
]


def rows(name: str) -> list[list[str]]:
    """The rows of a lexicon in ``extract/data``; none for a language that has no such file yet."""
    path = files("newsgraph.extract").joinpath("data", name)
    if not path.is_file():
        return []
    text = path.read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


@cache
def words(name: str) -> frozenset[str]:
    """The normalised first column of the lexicon ``name``."""
    return frozenset(normalize_token(r[0].strip()) for r in rows(name))


@cache
def phrase_keys(name: str) -> tuple[str, ...]:
    """The first column of the lexicon ``name`` as lookup keys (:func:`newsgraph.text.normalize_key`),
    for lists of several-word phrases («حضر الاستقبال»)."""
    return tuple(normalize_key(r[0]) for r in rows(name))


@cache
def spellings(name: str) -> frozenset[str]:
    """The first column of the lexicon ``name`` as spelled, not normalised: for lists whose words a
    name may share once normalised («بأن» is "that", «بان» a name; «على» a preposition, «علي» a name)."""
    return frozenset(r[0].strip() for r in rows(name))


@cache
def title_vocabulary(lang: str) -> dict[str, frozenset[str]]:
    """Normalised title forms by kind (prefix, head, word, link, modifier, honorific).

    Multi-word forms are stored without spaces, so «القائمة بأعمال» matches
    whether or not the tokenizer split its clitic.

    Examples:
        >>> "وزير" in title_vocabulary("ar")["head"]
        True
        >>> "القايمهباعمال" in title_vocabulary("ar")["prefix"]
        True
    """
    out: dict[str, set[str]] = {}
    for row in rows(f"titles_{lang}.tsv"):
        form, kind = row[0].strip(), row[1].strip()
        out.setdefault(kind, set()).add(normalize_token(form).replace(" ", ""))
    return {k: frozenset(v) for k, v in out.items()}


@cache
def title_words(lang: str, kinds: tuple[str, ...] | None = None) -> frozenset[str]:
    """Every normalised title form of ``lang`` (:func:`title_vocabulary`), or those of the given ``kinds``
    only ("head", "word", "prefix", ...).

    Examples:
        >>> "president" in title_words("en"), "president" in title_words("en", ("link",))
        (True, False)
    """
    vocab = title_vocabulary(lang)
    return frozenset().union(*(vocab.get(k, frozenset()) for k in (kinds or tuple(vocab))))


@cache
def title_plurals_ar() -> dict[str, str]:
    """Dual and plural Arabic title heads (normalised) → their singular as written (``titles_ar_plural.tsv``).

    Examples:
        >>> title_plurals_ar()["وزراء"], title_plurals_ar()["السفيران"]
        ('وزير', 'السفير')
    """
    return {normalize_token(r[0].strip()): r[1].strip() for r in rows("titles_ar_plural.tsv")}


@cache
def monarchies() -> frozenset[str]:
    """Country ids of the monarchies (``monarchies.tsv``): where a king or crown prince holds office.

    Examples:
        >>> "country/SA" in monarchies(), "country/EG" in monarchies()
        (True, False)
    """
    return frozenset(r[0].strip() for r in rows("monarchies.tsv"))


@cache
def title_countries_ar() -> dict[str, str]:
    """Phrases (normalised keys) that name the country of a title next to them → its country id
    (``title_countries_ar.tsv``).

    Examples:
        >>> title_countries_ar()["خادم الحرمين الشريفين"]
        'country/SA'
    """
    return {normalize_key(r[0]): r[1].strip() for r in rows("title_countries_ar.tsv")}


def title_singular_ar(norm: str) -> str | None:
    """The singular of a dual or plural title head (normalised), also with a pronoun suffix
    («مستشاريه» "his advisers" → «مستشار»), or None.

    Examples:
        >>> title_singular_ar("وزيرا"), title_singular_ar("مستشاريه"), title_singular_ar("وزير")
        ('وزير', 'مستشار', None)
    """
    plurals = title_plurals_ar()
    if norm in plurals:
        return plurals[norm]
    for suffix in ("ه", "ها", "هم"):
        if norm.endswith(suffix) and norm[: -len(suffix)] in plurals:
            return plurals[norm[: -len(suffix)]]
    return None


@cache
def org_heads(lang: str) -> frozenset[str]:
    """Normalised organization head nouns of ``lang`` (Arabic: with and without ال).

    Examples:
        >>> "الحركه" in org_heads("ar"), "party" in org_heads("en")
        (True, True)
    """
    heads = {normalize_token(r[0].strip()) for r in rows(f"org_heads_{lang}.txt")}
    if lang == "ar":
        heads |= {"ال" + h for h in heads if not h.startswith("ال")}
    return frozenset(heads)


def person_stopwords(lang: str) -> frozenset[str]:
    """Words that never start or continue a person's name."""
    return words(f"person_stopwords_{lang}.txt")


def speech_verbs(lang: str) -> frozenset[str]:
    """Verbs of saying («قال», "said") whose subject is a speaker."""
    return words(f"speech_verbs_{lang}.txt")


def person_particles(lang: str) -> frozenset[str]:
    """Name particles («بن», «عبد», "al", "bin") that join the words of a name."""
    return words(f"person_particles_{lang}.txt")


def compound_given_names(lang: str) -> frozenset[str]:
    """Given names of two words that name a person alone («سيف الإسلام», «نور الدين»), normalised."""
    return words(f"person_compound_{lang}.txt")


#: a given name of three letters is split off a glued «و» only when this common as a first name
#: («وسعد», «وحمد»; not «وسام», a name of its own, or «وجان»)
_SHORT_NAME_MIN_COUNT = 10


@cache
def given_names_ar() -> tuple[frozenset[str], frozenset[str]]:
    """Arabic given names counted from annotated corpora (``data/counted/given_names_ar.txt``) and the
    foreign ones of ``data/given_names_foreign_ar.txt``: (every listed name, the names a glued «و» is
    split from).

    The tokenizer never splits a listed name («وليد») and splits «و» off the second set («وخالد»):
    names of four letters or more, and of three when common (:data:`_SHORT_NAME_MIN_COUNT`).

    Examples:
        >>> every, split = given_names_ar()
        >>> "خالد" in split, "وليد" in every
        (True, True)
    """
    counted = [(normalize_token(r[0].strip()), int(r[1])) for r in rows("counted/given_names_ar.txt")]
    # and foreign names that open with a proclitic's letter («بيار»: no «ب» + «يار»)
    every = frozenset(name for name, _ in counted) | words("given_names_foreign_ar.txt")
    split = frozenset(name for name, n in counted if len(name) >= 4 or n >= _SHORT_NAME_MIN_COUNT)
    return every, split


@cache
def known_given_names_ar() -> frozenset[str]:
    """Every Arabic given name the rules know: the counted ones and the hand-listed common ones
    (``data/given_names_common_ar.txt``, which the tokenizer does not read).

    Examples:
        >>> "فهد" in known_given_names_ar(), "فهد" in given_names_ar()[0]
        (True, False)
    """
    return given_names_ar()[0] | words("given_names_common_ar.txt")


@cache
def not_name_words(lang: str) -> frozenset[str]:
    """Normalised words that are never part of a person's name: stop words and speech verbs."""
    return person_stopwords(lang) | speech_verbs(lang)


_PRONOUN_SUFFIXES = ("هما", "هم", "ها", "نا", "ه")


@cache
def after_name_ar(text: str) -> bool:
    """A common word (:func:`common_word_ar`) of a shape that follows a name rather than ends it: an
    imperfect verb («يمتاز», «تتابع») or a word that is common only behind a glued conjunction or
    preposition or before a pronoun suffix («موقفه», «نجله»). A bare common word may still be a family
    name («هادي», «بارز», «الشهري»), so it is not refused.

    Examples:
        >>> [after_name_ar(w) for w in ("يمتاز", "نجله", "هادي", "بارز", "يحيى", "الشهري")]
        [True, True, False, False, False, False]
    """
    if not common_word_ar(text):
        return False
    word = spelling(text)
    verb = word[:1] in ("ي", "ت", "ن") and len(word) >= 4 and word in spellings("counted/common_words_ar.txt")
    return verb or word not in spellings("counted/common_words_ar.txt")


@cache
def common_word_ar(text: str) -> bool:
    """A word that is almost never a name (``data/counted/common_words_ar.txt``), also behind a proclitic
    or before a pronoun suffix («وبرنامج»; «جولته» is «جولة» + «ه»). Words are compared as
    spelled: «علي» is a name though «على» is common.

    Examples:
        >>> common_word_ar("برنامج"), common_word_ar("جولته"), common_word_ar("بوريطة"), common_word_ar("علي")
        (True, True, False, False)
    """
    common = spellings("counted/common_words_ar.txt")
    forms = {spelling(text)} | {spelling(rest) for _, rest in clitic_splits(text, min_rest=4)}
    for form in list(forms):
        forms.update(_stems(form))
    return not forms.isdisjoint(common)


def accusative_common(text: str) -> bool:
    """A common word (:func:`common_word_ar`) in the accusative, its «ا» written without tanween («غضبا»,
    «حضورا»): an adverb or object after a name, no part of it.

    Examples:
        >>> accusative_common("غضبا"), accusative_common("رانيا")
        (True, False)
    """
    return len(text) >= 4 and text.endswith("ا") and not text.endswith("اا") and common_word_ar(text[:-1])


def _stems(word: str) -> set[str]:
    """``word`` without each pronoun suffix it may end in (stems of three letters or more), with the
    «ة» that is written «ت» before a suffix restored («جولته» → «جولت», «جولة»)."""
    out: set[str] = set()
    for suffix in _PRONOUN_SUFFIXES:
        stem = word[: -len(suffix)]
        if word.endswith(suffix) and len(stem) >= 3:
            out.update({stem, stem[:-1] + "ة" if stem.endswith("ت") else stem})
    return out


@cache
def suffixed_common_ar(text: str) -> bool:
    """A common word (``data/counted/common_words_ar.txt``) with a pronoun suffix: «التزامه» "its
    commitment", «مواقفها», «جولته» (a «ة» before the suffix is written «ت»). No name ends in one; a
    word merely ending in such letters («الله», «التوجه», «سلمان») is not one.

    Examples:
        >>> [suffixed_common_ar(w) for w in ("التزامه", "جولته", "الله", "التوجه", "علي")]
        [True, True, False, False, False]
    """
    word = spelling(text)
    return len(word) >= 5 and not _stems(word).isdisjoint(spellings("counted/common_words_ar.txt"))


def definite_ar(text: str, norm: str) -> bool:
    """Whether a word (its text and its norm) carries the article: the norm starts with «ال», and not
    from a hamza the norm folded away (the verbs «ألقت», «ألغت» fold to «القت», «الغت»; the article's
    alif takes no hamza), nor as the first letters of a noun with a pronoun suffix («التزامه»: no
    article goes with a suffix).

    Examples:
        >>> [definite_ar(w, n) for w, n in (("الشرطة", "الشرطه"), ("ألقت", "القت"), ("التزامه", "التزامه"))]
        [True, False, False]
    """
    return norm.startswith("ال") and len(norm) > 3 and text[:1] not in "أإآ" and not suffixed_common_ar(text)
