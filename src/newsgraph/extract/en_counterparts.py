"""English counterparts: "Foreign Minister Ann Lee met her Iranian counterpart, Omar Zed".

A counterpart holds the same office as the person the possessive refers to, for the country of the
demonym before "counterpart": Omar Zed is Iran's Foreign Minister. The person is the last one of the
sentence named before "his"/"her"/"their" whose title the article states (here or earlier); the names
follow "counterpart", with or without a comma. A list of demonyms pairs with a list of names
("his Greek, Cypriot and French counterparts, A, B and C"), only when both have the same length.

Examples:
    >>> import spacy
    >>> from spacy.tokens import Span
    >>> doc = spacy.blank("en")("Foreign Minister Ann Lee met her Iranian counterpart, Omar Zed, on Monday.")
    >>> doc.spans["ng_mentions"] = [Span(doc, 2, 4, label="PERSON"), Span(doc, 6, 7, label="COUNTRY",
    ...     kb_id="country/IR", span_id="demonym"), Span(doc, 9, 11, label="PERSON")]
    >>> lee = Official(17, 24, "Ann Lee", "Foreign Minister", 0, 16, None, 0, "title-name")
    >>> [(o.name, o.title, o.of) for o in counterparts(doc, [lee])]
    [('Omar Zed', 'Foreign Minister', 'country/IR')]
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span

from newsgraph.extract.en_rules import en_words
from newsgraph.extract.lexicon import person_particles, person_stopwords, title_vocabulary
from newsgraph.extract.officials import Official
from newsgraph.extract.officials.base import last_name_word
from newsgraph.extract.tokens import TokenTable

__all__ = ["counterparts"]

_MENTIONS = "ng_mentions"
_WORDS = frozenset({"counterpart", "counterparts"})
_POSSESSIVES = frozenset({"his", "her", "their"})
_LIST = frozenset({",", "and"})


def _countries(doc: Doc, ends: dict[int, Span], k: int) -> tuple[list[str], int]:
    """The countries of the demonyms ending at token ``k`` and before it ("Greek, Cypriot and French"), and
    the token before them."""
    found: list[str] = []
    while k >= 0 and k in ends and ends[k].label_ == "COUNTRY" and ends[k].kb_id_:
        found.insert(0, ends[k].kb_id_)
        k = ends[k].start - 1
        if k < 0 or doc[k].lower_ not in _LIST:
            break
        while k >= 0 and doc[k].lower_ in _LIST:
            k -= 1
    return found, k


def _names(doc: Doc, starts: dict[int, Span], k: int, want: int, honorific: frozenset[str]) -> list[Span]:
    """The PERSON mentions from token ``k`` on, separated by commas or "and", at most ``want`` of them; a
    courtesy title before one ("Prince Faisal") is passed over. An organization the knowledge base does not
    know stands for a name the model mistook, and where the model found nothing two to five capitalised
    words (:func:`_capitalised`) are the name."""
    names: list[Span] = []
    while k < len(doc) and len(names) < want:
        while k < len(doc) and doc[k].lower_ in _LIST:
            k += 1
        if k + 1 < len(doc) and doc[k].lower_ in honorific and k not in starts:
            k += 1
        sp = starts.get(k)
        if sp is None or sp.label_ != "PERSON" and (sp.kb_id_ or sp.label_ != "ORGANIZATION"):
            sp = _capitalised(doc, k, starts)
        if sp is None:
            break
        names.append(sp)
        k = sp.end
    return names


def _capitalised(doc: Doc, k: int, starts: dict[int, Span]) -> Span | None:
    """Two to five capitalised words from token ``k`` (name particles between them: "bin", "al"), none of
    them a known word or the start of a known entity's mention, as a PERSON span; else None."""
    particles, stop = person_particles("en"), person_stopwords("en")
    j = k
    while j < len(doc) and j - k < 5 and (j == k or j not in starts or not starts[j].kb_id_):
        tok = doc[j]
        capital = tok.text[:1].isupper() and tok.text.replace("-", "").isalpha() and tok.lower_ not in stop
        inner = j > k and tok.lower_ in particles and j + 1 < len(doc) and doc[j + 1].text[:1].isupper()
        if not (capital or inner):
            break
        j += 1
    return Span(doc, k, j, label="PERSON") if j - k >= 2 and doc[j - 1].text[:1].isupper() else None


def _title_of(name: str, officials: Sequence[Official], before: int) -> Official | None:
    """The last official with a title, named before character ``before``, whose name is ``name`` or ends
    with it."""
    last = last_name_word(name)
    found = [o for o in officials if o.title and o.name_start < before
             and (o.name == name or last_name_word(o.name) == last)]
    return found[-1] if found else None


def counterparts(doc: Doc, officials: Sequence[Official]) -> list[Official]:
    """The counterparts of the officials (see the module docstring), as new officials."""
    table = TokenTable.of(doc)
    lower, text = table.lower, table.text
    if not _WORDS.intersection(lower):
        return []
    spans = list(doc.spans[_MENTIONS]) if _MENTIONS in doc.spans else []
    starts = {sp.start: sp for sp in spans}
    ends = {sp.end - 1: sp for sp in spans}
    honorific = en_words("honorific") | title_vocabulary("en").get("noble", frozenset())
    sents = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
    out: list[Official] = []
    for i in (i for i, low in enumerate(lower) if low in _WORDS):
        countries, k = _countries(doc, ends, i - 1)
        if not countries or k < 0 or lower[k] not in _POSSESSIVES:
            continue
        names = _names(doc, starts, i + 1, len(countries), honorific)
        if len(names) != len(countries):
            continue
        n, sent = next((n, sp) for n, sp in enumerate(sents) if sp.start <= i < sp.end)
        persons = [sp for sp in spans if sp.label_ == "PERSON" and sent.start <= sp.start and sp.end <= k]
        referent = None
        for sp in reversed(persons):
            referent = _title_of(sp.text, officials, doc[k].idx)
            if referent is not None:
                break
        if referent is None or referent.title is None:
            continue
        for name, country in zip(names, countries, strict=True):
            if country == referent.of:
                continue
            a = name.start + 1 if name[0].lower_ in honorific and len(name) > 2 else name.start
            s, e = doc[a].idx, doc[name.end - 1].idx + len(doc[name.end - 1].text)
            title_end = doc[i].idx + len(doc[i].text)
            out.append(Official(s, e, text[s:e], referent.title, doc[i].idx, title_end, country,
                                n, "counterpart"))
    return out
