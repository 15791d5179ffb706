"""Short names within one article: "Hadi" and "Mansour Hadi" are the "Abd-Rabbu Mansour Hadi" named in full.

News names a person in full once, then by a shorter form: the last name
("Sisi", «رئيسي») or the last words («بن سلمان», "Mansour Hadi"). Each of
those forms would otherwise become a node of its own. Latin names are
compared without accents ("Erdoğan" is "Erdogan"), a Latin name without its
initials shortens the name with them ("John Bolton", "John R. Bolton"), and
a Latin given name alone ("John") the one fuller name it begins.
:func:`short_name_links` maps the id of a short form to the id of the full
name when exactly one full name in the article ends that way; two
candidates that are not one inside the other (two Hadis) leave the short
form alone. In Arabic, a name that only *begins* a longer one is left alone: the
longer one is as often a name that ran into the next word («محمد بن سلمان
وجرى») as a fuller name.

Honorifics before a name ("Mr", "Dr", «الشيخ») are not part of it; the
list is ``data/person_honorifics.txt``.

Examples:
    >>> short_name_links({"p/1": "Abd-Rabbu Mansour Hadi", "p/2": "Hadi", "p/3": "Mr Mansour Hadi"})
    {'p/2': 'p/1', 'p/3': 'p/1'}
    >>> short_name_links({"p/1": "Joe Biden", "p/2": "Hunter Biden", "p/3": "Biden"})
    {}
    >>> short_name_links({"p/1": "John R. Bolton", "p/2": "John Bolton", "p/3": "John", "p/4": "Erdogan",
    ...                   "p/5": "Recep Tayyip Erdoğan"})
    {'p/2': 'p/1', 'p/3': 'p/1', 'p/4': 'p/5'}
    >>> short_name_links({"p/1": "George W. Bush", "p/2": "George H. W. Bush", "p/3": "George Bush"})
    {}
    >>> short_name_links({"p/1": "Prince Faisal bin Farhan", "p/2": "Faisal bin Farhan"})
    {'p/1': 'p/2'}
    >>> short_name_links({"p/1": "محمد بن سلمان", "p/2": "بن سلمان", "p/3": "ابن سلمان"})
    {'p/2': 'p/1', 'p/3': 'p/1'}
    >>> short_name_links({"p/1": "أحمد علي عبد الله صالح", "p/2": "علي عبد الله صالح"})  # the father
    {}
    >>> short_name_links({"p/1": "سلمان بن عبدالعزيز آل سعود", "p/2": "سلمان بن عبد العزيز"})  # the family
    {'p/2': 'p/1'}
"""

from __future__ import annotations

import functools
import re
from collections.abc import Collection, Mapping
from importlib import resources

from rapidfuzz.distance import Levenshtein
from spacy.tokens import Doc

from newsgraph.extract.lexicon import compound_given_names
from newsgraph.extract.tokens import TokenTable
from newsgraph.text import fold_accents, is_arabic, join_abd, normalize_ar

__all__ = [
    "body_name_ar", "country_anaphora", "name_tokens", "short_name_links", "styled_name", "surname_places",
]

_SPLIT = re.compile(r"[^\w]+")


@functools.lru_cache(maxsize=1)
def _honorifics() -> frozenset[str]:
    path = resources.files("newsgraph.extract") / "data" / "person_honorifics.txt"
    words = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return frozenset(_norm(w) for w in words if w and not w.startswith("#"))


#: Spellings of one kinship word: «ابن فرحان» shortens «فيصل بن فرحان», "ibn" is "bin".
_KIN_SPELLING = {"ابن": "بن", "ibn": "bin"}


def _norm(word: str) -> str:
    word = normalize_ar(word) if is_arabic(word) else fold_accents(word)
    return _KIN_SPELLING.get(word, word)


def name_tokens(name: str) -> tuple[str, ...]:
    """The words of a person name, normalised, without leading honorifics.

    Examples:
        >>> name_tokens("Mr. Joe  Biden")
        ('joe', 'biden')
        >>> name_tokens("الشيخ محمد بن زايد")
        ('محمد', 'بن', 'زايد')
        >>> name_tokens("حسين أمير عبد اللهيان") == name_tokens("حسين أمير عبداللهيان")
        True
    """
    words = [_norm(w) for w in _SPLIT.split(join_abd(name)) if w]
    honorifics = _honorifics()
    while len(words) > 1 and words[0] in honorifics:
        words.pop(0)
    return tuple(words)


#: Words that open a short form made of a lineage: «بن سلمان», "bin Salman", «أبو مازن».
_KINSHIP = frozenset({"بن", "ابن", "ابو", "bin", "ibn", "abu"})


def _short_form(short: tuple[str, ...], arabic: bool) -> bool:
    """Whether ``short`` can be a short form at all: one word, or two ("Mansour Hadi", «بن سلمان»).

    An Arabic name is a chain of fathers' names, so its last words are the father's own name
    («علي عبد الله صالح» ends «أحمد علي عبد الله صالح», his son): in Arabic only one word, or
    two that begin with «بن»/«أبو», is taken as a short form.
    """
    if len(short) == 1:
        return True
    return len(short) == 2 and (not arabic or short[0] in _KINSHIP)


def _inside(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """``short`` ends ``full``."""
    return 0 < len(short) < len(full) and full[-len(short):] == short


def _begins(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """``short`` begins ``full``."""
    return 0 < len(short) < len(full) and full[: len(short)] == short


def _without_initials(full: tuple[str, ...]) -> tuple[str, ...]:
    """A Latin name without its one-letter initials: "John R. Bolton" is "John Bolton"."""
    return tuple(w for w in full if len(w) > 1)


def _shortens(short: tuple[str, ...], full: tuple[str, ...], latin: bool) -> bool:
    """``short`` is ``full`` written shorter: its last words; in Latin script also without
    initials ("John Bolton" for "John R. Bolton"), or the given name alone ("Pawel" for
    "Pawel Adamowicz", where news would not write the first word of a longer name alone
    otherwise; Arabic names run into the next word too often for that, see the module)."""
    if _inside(short, full):
        return True
    if not latin or len(short) >= len(full):
        return False
    if len(short) == 1:
        return _begins(short, full)
    return short == _without_initials(full)


def _one_letter(u: str, v: str) -> bool:
    return min(len(u), len(v)) >= 4 and Levenshtein.distance(u, v) <= 1


def _respellings(tokens: Mapping[str, tuple[str, ...]]) -> dict[str, str]:
    """Latin names of two words or more spelled two ways in one article ("Osama bin Laden", "Usama bin
    Ladin"): every word the same but for one letter in words of four letters or more -> the first id.

    Examples:
        >>> _respellings({"p/1": ("osama", "bin", "laden"), "p/2": ("usama", "bin", "ladin"),
        ...               "p/3": ("hamza", "bin", "laden")})
        {'p/2': 'p/1'}
    """
    out: dict[str, str] = {}
    ids = sorted(tokens)
    for i, a in enumerate(ids):
        for b in ids[i + 1:]:
            x, y = tokens[a], tokens[b]
            if b in out or len(x) < 2 or len(x) != len(y) or x == y:
                continue
            if all(u == v or _one_letter(u, v) for u, v in zip(x, y, strict=True)):
                out[b] = out.get(a, a)
    return out


def _with_family(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """``full`` is ``short`` (two words or more) followed by a family name «آل X».

    Examples:
        >>> _with_family(name_tokens("سلمان بن عبدالعزيز"), name_tokens("سلمان بن عبدالعزيز آل سعود"))
        True
        >>> _with_family(name_tokens("سلمان"), name_tokens("سلمان آل سعود"))
        False
    """
    n = len(short)
    return n >= 2 and len(full) == n + 2 and full[:n] == short and full[n] == "ال"


def short_name_links(names: Mapping[str, str]) -> dict[str, str]:
    """Person id -> the id of the one fuller name in the same article that it shortens.

    Args:
        names: each person id of one article and the name it was minted from.
    """
    tokens = {pid: name_tokens(name) for pid, name in names.items()}
    compound = compound_given_names("ar")
    out: dict[str, str] = {}
    # One name with and without an honorific ("Prince Faisal bin Farhan", "Faisal bin Farhan"):
    # the id of the form without it.
    by_tokens: dict[tuple[str, ...], list[str]] = {}
    for pid in sorted(tokens, key=lambda p: (len(_SPLIT.split(names[p])), p)):
        by_tokens.setdefault(tokens[pid], []).append(pid)
    for same in by_tokens.values():
        out.update({pid: same[0] for pid in same[1:]})
    roman = {pid: t for pid, t in tokens.items() if pid not in out and not is_arabic(names[pid])}
    out.update(_respellings(roman))  # "Usama bin Ladin" is the "Osama bin Laden" of the same article
    for pid, short in tokens.items():
        if pid in out:
            continue
        if " ".join(short) in compound:
            # A compound given name alone («سيف الإسلام») shortens the one fuller name it begins.
            fuller = [other for other, full in tokens.items() if other != pid and _begins(short, full)]
            if len({tokens[o] for o in fuller}) == 1:
                out[pid] = min(fuller)
            continue
        family = [other for other, full in tokens.items() if other != pid and _with_family(short, full)]
        if len({tokens[o] for o in family}) == 1:
            out[pid] = min(family)  # «سلمان بن عبدالعزيز» is «سلمان بن عبدالعزيز آل سعود»
            continue
        latin = not is_arabic(names[pid])
        if not _short_form(short, not latin):
            continue
        fuller = [other for other, full in tokens.items() if other != pid and _shortens(short, full, latin)]
        if not fuller:
            continue
        longest = max(fuller, key=lambda o: (len(tokens[o]), o))
        # Every candidate must lie inside the longest one (Hadi < Mansour Hadi < Abd-Rabbu Mansour Hadi).
        if all(o == longest or tokens[o] == tokens[longest] or _shortens(tokens[o], tokens[longest], latin)
               for o in fuller):
            out[pid] = longest
    for pid, target in out.items():  # «ابن سلمان» = «بن سلمان» -> «محمد بن سلمان»
        while target in out and out[target] != target:
            target = out[target]
        out[pid] = target
    return dict(sorted(out.items()))


def surname_places(places: Mapping[tuple[int, int], str], names: Mapping[str, str],
                   titled: Collection[str] = ()) -> dict[tuple[int, int], str]:
    """Town mentions that are the last name of one person of the article -> that person's id.

    "Bolton" after "John R. Bolton" is the adviser, not the English town. The last
    name of a name of two words or more counts, and the whole name of a person
    the article gives a title (``titled``: "security minister Wiranto"), when one
    person of the article has it; callers pass only small towns
    (not countries, capitals or big cities, whose names stay places) and the
    places and organizations the article itself minted (the model's readings).

    Examples:
        >>> surname_places({(50, 56): "Bolton"}, {"p/1": "John R. Bolton", "p/2": "Donald Trump"})
        {(50, 56): 'p/1'}
        >>> surname_places({(50, 56): "Bolton"}, {"p/1": "John Bolton", "p/2": "Mary Bolton"})
        {}
        >>> surname_places({(0, 7): "Wiranto", (9, 15): "Sviatlana Tsikhanouskaya"},
        ...                {"p/w": "Wiranto", "p/s": "Sviatlana Tsikhanouskaya"}, titled={"p/w"})
        {(0, 7): 'p/w'}
    """
    last: dict[tuple[str, ...], set[str]] = {}
    full: dict[tuple[str, ...], set[str]] = {}
    for pid, name in names.items():
        words = name_tokens(name)
        if pid in titled:
            full.setdefault(words, set()).add(pid)
        if len(words) >= 2:
            last.setdefault(words[-1:], set()).add(pid)
    out = {}
    for span, text in places.items():
        words = name_tokens(text)
        owners = full.get(words) or last.get(words, set())
        if len(owners) == 1:
            out[span] = next(iter(owners))
    return out


def body_name_ar(doc: Doc, word: str) -> bool:
    """Whether the Arabic ``word`` may name a body though a person of the article has it as last
    name: it follows an organization head noun somewhere in ``doc`` («جماعة الحوثي», «قوات الحوثي»),
    or it is definite without the «ي» of a family name («الفيفا»). Used before an organization the model
    read in a bare family name («العرابي» after «هاني العرابي») is given to the person.
    """
    from newsgraph.extract.lexicon import org_heads, words

    key = normalize_ar(word.strip())
    if key.startswith("ال") and not key.endswith("ي"):
        return True  # a definite word other than a family's «ال...ي» («الفيفا», «الاتحاد»): a body's name
    heads = org_heads("ar") | words("org_forces_ar.txt")
    norm = TokenTable.of(doc).norm
    # (the pipeline splits a glued «و» off: «وقوات الحوثي» is «و» «قوات» «الحوثي»)
    return any(norm[i] == key and norm[i - 1] in heads for i in range(1, len(norm)))


@functools.cache
def _styles() -> dict[str, dict[str, str]]:
    """Language -> normalised title -> the title as written before a name (``data/person_styles.tsv``)."""
    path = resources.files("newsgraph.extract").joinpath("data", "person_styles.tsv")
    out: dict[str, dict[str, str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            form, lang = line.split("\t")
            out.setdefault(lang, {})[_key(form)] = form
    return out


def styled_name(title: str, name: str, lang: str) -> str | None:
    """The name a monarch or pope is known by, title + first given name, or None for other titles.

    Examples:
        >>> styled_name("الملك", "سلمان بن عبد العزيز آل سعود", "ar")
        'الملك سلمان'
        >>> styled_name("king", "Abdullah bin Hussein", "en"), styled_name("الملك", "عبد الله الثاني", "ar")
        ('King Abdullah', 'الملك عبد الله')
        >>> styled_name("President", "Joe Biden", "en") is None
        True
    """
    form = _styles().get(lang, {}).get(_key(" ".join(title.split())))
    words = join_abd(name).split()
    if form is None or not words:
        return None
    first = words[0]
    if is_arabic(first) and first.startswith("عبد") and len(first) > 3 and first not in name.split():
        first = "عبد " + first[3:]  # joined only to keep «عبد الله» one word: spaced as written
    elif len(words) > 1 and _norm(first) in {"عبد", "abd", "abdel", "abdul"}:
        first = f"{first} {words[1]}"
    return f"{form} {first}"


@functools.cache
def _country_anaphors(lang: str) -> dict[str, str]:
    """Anaphor (normalised) → head word of the country names it refers to (``data/country_anaphora.tsv``)."""
    path = resources.files("newsgraph.extract").joinpath("data", "country_anaphora.tsv")
    out: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            form, form_lang, head = line.split("\t")
            if form_lang == lang:
                out[_key(form)] = _key(head)
    return out


#: Words after which a country anaphor goes on as a name ("the Kingdom of Morocco", "République de Corée").
_NAME_GOES_ON = frozenset({"of", "de", "d'", "d’", "du"})


def _key(text: str) -> str:
    return normalize_ar(text) if is_arabic(text) else text.casefold()


def country_anaphora(doc: Doc, lang: str, countries: Mapping[str, list[str]]) -> list[tuple[int, int, str]]:
    """(start, end, country id) of each bare «المملكة» / "the kingdom" that refers to a country.

    Args:
        doc: the article's Doc (Arabic tokens carry their normalised form in ``norm_``).
        lang: its language.
        countries: the ids of the countries the article names, each with its names in ``lang``
            (knowledge-base label and aliases).

    An anaphor of ``data/country_anaphora.tsv`` refers to the one country whose name is
    several words starting with the anaphor's head; with none or several, to nothing. In
    English a capital ("the Kingdom of ...") makes it a name. The caller leaves out the
    anaphors inside a name it knows («المملكة المتحدة»).

    Examples:
        >>> import spacy
        >>> doc = spacy.blank("en")("Riyadh said the kingdom would act.")
        >>> country_anaphora(doc, "en", {"country/SA": ["Kingdom of Saudi Arabia", "Saudi Arabia"]})
        [(12, 23, 'country/SA')]
        >>> country_anaphora(doc, "en", {"country/SA": ["Kingdom of Saudi Arabia"],
        ...                              "country/MA": ["Kingdom of Morocco"]})
        []
        >>> doc = spacy.blank("fr")("Ils ont manifesté dans la République islamique.")
        >>> country_anaphora(doc, "fr", {"country/IR": ["Iran", "République islamique d'Iran"]})
        [(26, 46, 'country/IR')]
    """
    anaphors = _country_anaphors(lang)
    if not anaphors:
        return []
    heads: dict[str, set[str]] = {}
    for cid, names in countries.items():
        for n in names:
            words = _key(n).split()
            for k in range(1, len(words)):  # "république islamique" of «République islamique d'Iran»
                heads.setdefault(" ".join(words[:k]), set()).add(cid)
    longest = max(len(a.split()) for a in anaphors) + 1  # tokens: "l'émirat" is two
    out: list[tuple[int, int, str]] = []
    if lang == "ar":  # the token lists: a Token object per word was most of the time
        table = TokenTable.of(doc)
        for norm, text, idx in zip(table.norm, table.orth, table.idx, strict=True):
            head = anaphors.get(norm or _key(text))
            found = heads.get(head, set()) if head is not None else set()
            if len(found) == 1:
                out.append((idx, idx + len(text), next(iter(found))))
        return out
    for tok in doc:
        if tok.i == 0 or (lang == "en" and not tok.text.islower()):
            continue
        if tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in _NAME_GOES_ON:
            continue  # "the Kingdom of …", "la République islamique d'Iran": a name
        spans = (doc[tok.i - k : tok.i + 1] for k in range(1, min(longest, tok.i + 1)))
        hit = next((s for s in spans if _key(s.text) in anaphors), None)
        if hit is None:
            continue
        head, start = anaphors[_key(hit.text)], hit.start_char
        if len(hit) > 1 and hit[1].text[:1].isupper():
            start = hit[1].idx  # "la République islamique": the capitalised words are the name
        found = heads.get(head, set())
        if len(found) == 1:
            out.append((start, tok.idx + len(tok.text), next(iter(found))))
    return out
