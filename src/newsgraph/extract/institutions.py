"""A country's state institutions: its government, army, police, parliament, ministries.

News names them by a kind noun and the country, in any order the language
allows: "the Iraqi government", "Iraq's government", "the government of
Iraq", «الحكومة العراقية», «حكومة العراق», «le gouvernement irakien», «le
ministère chinois des Affaires étrangères». Each kind has one canonical English
name per country ("Government of Iraq"), and the entity id is minted from it,
so every language's form of one institution is one node of the graph, and an
event's agent is the institution that acted rather than its country.

The kinds and their forms per language are data (``data/institutions.tsv``),
after the CAMEO actor role codes (GOV, MIL, COP, LEG, JUD). A country must be
a mention already found (a name or a nationality adjective) right before or
after the kind noun. A longer organization name around the match ("Free
Syrian Army", «الجيش السوري الحر») is another organization; the caller keeps it.

Examples:
    >>> import spacy
    >>> from spacy.tokens import Span
    >>> doc = spacy.blank("en")("The Iraqi government and the army of Turkey met.")
    >>> doc.spans["ng_mentions"] = [Span(doc, 1, 2, label="COUNTRY", kb_id="country/IQ"),
    ...                            Span(doc, 7, 8, label="COUNTRY", kb_id="country/TR")]
    >>> [(i.text, i.name, i.cameo) for i in find_institutions(doc, "en")]
    [('Iraqi government', 'Government of Iraq', 'GOV'), ('army of Turkey', 'Army of Turkey', 'MIL')]
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import TYPE_CHECKING, TypeVar

from spacy.tokens import Doc, Span

from newsgraph.extract.tokens import TokenTable
from newsgraph.text import normalize_token

if TYPE_CHECKING:  # pragma: no cover
    from newsgraph.kb import KnowledgeBase

__all__ = ["Institution", "find_institutions", "institution_forms", "bare_kind", "bare_references"]

_MENTIONS = "ng_mentions"
K = TypeVar("K")
_POSSESSIVE = ("'s", "’s")
_FR_OF = ("de", "d'", "d’", "du", "des", "l'", "l’", "la")


@dataclass(frozen=True)
class Institution:
    """One institution named in the text.

    Attributes:
        start: character offset of the name (country included) in ``doc.text``.
        end: end offset (exclusive).
        text: the text at ``start:end``.
        name: the canonical English name ("Government of Iraq"), which the entity id is minted from.
        country: the country's id.
        kind: the kind's key ("government", "foreign_ministry").
        cameo: the CAMEO actor role code of the kind ("GOV", "MIL"...).
    """

    start: int
    end: int
    text: str
    name: str
    country: str
    kind: str
    cameo: str


@dataclass(frozen=True)
class _Form:
    words: tuple[str, ...]
    kind: str
    cameo: str
    template: str


@cache
def institution_forms(lang: str) -> tuple[_Form, ...]:
    """The kind nouns of ``lang``, longest first (``()`` for a language without any).

    Examples:
        >>> [f.words for f in institution_forms("en") if f.kind == "foreign_ministry"]
        [('ministry', 'of', 'foreign', 'affairs'), ('foreign', 'ministry')]
    """
    text = files("newsgraph.extract").joinpath("data", "institutions.tsv").read_text(encoding="utf-8")
    out: list[_Form] = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, cameo, template, row_lang, forms = line.split("\t")
        if row_lang != lang:
            continue
        for form in forms.split("|"):
            if lang == "fr":  # spaCy splits the elided article off: «l'intérieur» is «l'» «intérieur»
                form = re.sub(r"(\w['’])", r"\1 ", form)
            words = tuple(_key(w, lang) for w in form.split())
            out.append(_Form(words, kind, cameo, template))
    return tuple(sorted(out, key=lambda f: -len(f.words)))


@cache
def _by_first_word(lang: str) -> dict[str, tuple[int, ...]]:
    """First word -> the indices in :func:`institution_forms` of the forms that start with it."""
    out: dict[str, list[int]] = {}
    for rank, form in enumerate(institution_forms(lang)):
        out.setdefault(form.words[0], []).append(rank)
    return {word: tuple(ranks) for word, ranks in out.items()}


def bare_kind(text: str, lang: str) -> str | None:
    """The kind an institution's noun alone names ("Parliament", "the army", «البرلمان»), else None.

    Examples:
        >>> bare_kind("The Parliament", "en"), bare_kind("Free Syrian Army", "en")
        ('parliament', None)
    """
    words = [_key(w, lang) for w in text.split()]
    if lang != "ar" and words[:1] == ["the"]:
        words = words[1:]
    return _kind_of_words(lang).get(tuple(words))


@cache
def _kind_of_words(lang: str) -> dict[tuple[str, ...], str]:
    """The words of each form -> its kind (the first form's, in :func:`institution_forms` order)."""
    out: dict[tuple[str, ...], str] = {}
    for form in institution_forms(lang):
        out.setdefault(form.words, form.kind)
    return out


def bare_references(texts: Mapping[K, str], refs: Iterable[tuple[str, str, str]], lang: str) -> dict[K, str]:
    """Mentions that are an institution's noun alone ("Parliament" after "the Parliament of Iraq") -> the
    one institution of that kind the article names (``refs``: id, kind, country); two of a kind, none.

    Examples:
        >>> refs = [("org/parliament-of-iraq", "parliament", "country/IQ")]
        >>> bare_references({1: "Parliament", 2: "Army"}, refs, "en")
        {1: 'org/parliament-of-iraq'}
    """
    by_kind: dict[str, set[str]] = {}
    for iid, kind, _country in refs:
        by_kind.setdefault(kind, set()).add(iid)
    out = {}
    for key, text in texts.items():
        ids = by_kind.get(bare_kind(text, lang) or "", set())
        if len(ids) == 1:
            out[key] = next(iter(ids))
    return out


def _key(word: str, lang: str) -> str:
    return normalize_token(word) if lang == "ar" else word.lower()


def find_institutions(doc: Doc, lang: str, kb: KnowledgeBase | None = None) -> list[Institution]:
    """Institutions in ``doc`` whose country is a COUNTRY mention of ``doc.spans["ng_mentions"]``.

    Args:
        doc: a Doc with ``token.norm_`` set for Arabic and the mentions found so far.
        lang: the article's language; one without forms gives ``[]``.
        kb: the knowledge base, for the countries' English names (the default one when None).

    Returns:
        Non-overlapping matches in text order; a longer form wins over a shorter one.
    """
    forms = institution_forms(lang)
    if not forms or _MENTIONS not in doc.spans:
        return []
    countries = [s for s in doc.spans[_MENTIONS] if s.label_ == "COUNTRY" and s.kb_id_]
    countries += _inner_countries(doc, lang, kb)
    if not countries:
        return []
    ending = {s.end: s for s in countries}
    starting = {s.start: s for s in countries}
    table = TokenTable.of(doc)
    keys = [table.norm[i] if lang == "ar" else table.lower[i] for i in range(len(doc))]
    first = _by_first_word(lang)
    # every place a form matches, in the order longest form first, then text order
    hits = sorted((rank, i) for i, key in enumerate(keys) for rank in first.get(key, ())
                  if tuple(keys[i : i + len(forms[rank].words)]) == forms[rank].words)  # fmt: skip
    taken: set[int] = set()
    found: list[tuple[int, int, _Form, Span]] = []
    if lang == "fr":  # «le ministère chinois des Affaires étrangères»: the adjective after the first word
        for start, end, form, country in _split_by_adjective(keys, forms, first, starting):
            if not taken & set(range(start, end)):
                taken.update(range(start, end))
                found.append((start, end, form, country))
    for rank, i in hits:
        form = forms[rank]
        n = len(form.words)
        if taken & set(range(i, i + n)):
            continue
        hit = _country_of(doc, lang, i, i + n, ending, starting)
        if hit is None:
            continue
        start, end, country = hit
        if taken & set(range(start, end)):
            continue
        taken.update(range(start, end))
        found.append((start, end, form, country))
    names = _country_names(kb)
    out = []
    for start, end, form, country in sorted(found, key=lambda f: f[0]):
        label = names(country.kb_id_) or country.text
        s, e = doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)
        out.append(Institution(s, e, table.text[s:e], form.template.format(country=label), country.kb_id_,
                               form.kind, form.cameo))  # fmt: skip
    return out


def _country_of(
    doc: Doc, lang: str, i: int, j: int, ending: dict[int, Span], starting: dict[int, Span]
) -> tuple[int, int, Span] | None:
    """(start, end, country) of the name around the kind noun at ``i:j``, or None without a country."""
    if lang == "ar":  # «الحكومة العراقية», «حكومة العراق»: the country follows
        after = starting.get(j)
        if after is not None and after.id_ == "demonym" and not doc[i].norm_.startswith("ال") \
                and not doc[after.start].norm_.startswith("ال"):
            return None  # «حكومة أردنية», «جيش يمني»: "a Jordanian government" is no country's own
        return (i, after.end, after) if after is not None else None
    if lang == "fr":  # «le gouvernement irakien», «le gouvernement de l'Irak»
        at = j
        while at < len(doc) and at - j < 2 and doc[at].lower_ in _FR_OF:
            at += 1
        found = starting.get(at)
        return (i, found.end, found) if found is not None else None
    before = ending.get(i)
    if before is None and i >= 1 and doc[i - 1].text in _POSSESSIVE:
        before = ending.get(i - 1)  # "Iraq's government"
    if before is not None:
        return before.start, j, before
    k = j + 1 if j < len(doc) and doc[j].lower_ == "of" else None
    if k is not None and k < len(doc) and doc[k].lower_ == "the":
        k += 1
    after = starting.get(k) if k is not None else None
    return (i, after.end, after) if after is not None else None


def _split_by_adjective(
    keys: list[str], forms: tuple[_Form, ...], first: dict[str, tuple[int, ...]], starting: dict[int, Span]
) -> list[tuple[int, int, _Form, Span]]:
    """French forms of two words or more with a nationality adjective after their first word
    («ministère chinois des affaires étrangères», «forces irakiennes de sécurité»)."""
    out = []
    for i, key in enumerate(keys):
        adj = starting.get(i + 1)
        if adj is None or not adj.text[:1].islower():
            continue
        for rank in first.get(key, ()):
            words = forms[rank].words
            rest = tuple(keys[adj.end : adj.end + len(words) - 1])
            if len(words) > 1 and rest == words[1:]:
                out.append((i, adj.end + len(words) - 1, forms[rank], adj))
                break
    return out


def _inner_countries(doc: Doc, lang: str, kb: KnowledgeBase | None) -> list[Span]:
    """Country words inside an organization name the model found and the KB does not know: "Iraqi" in
    "the Iraqi Parliament" (the model's span swallows the adjective, so it is no mention of its own)."""
    if kb is None:
        return []
    out = []
    for org in doc.spans[_MENTIONS]:
        if org.label_ != "ORGANIZATION" or org.kb_id_:
            continue
        for tok in org:
            hits = kb.lookup(tok.text, lang)
            hit = next((a for a in hits if a.label == "COUNTRY" and a.kind != "weak"), None)
            if hit is not None:
                out.append(Span(doc, tok.i, tok.i + 1, label="COUNTRY", kb_id=hit.entity_id))
    return out


def _country_names(kb: KnowledgeBase | None) -> Callable[[str], str | None]:
    if kb is None:
        from newsgraph.kb import load_kb

        kb = load_kb()

    def name(country_id: str) -> str | None:
        entity = kb.get(country_id)
        return entity.labels.get("en") if entity is not None else None

    return name
