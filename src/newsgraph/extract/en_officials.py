"""English officials: honorifics, surnames, the country of a position, and pronouns.

:func:`refine_officials` takes the officials of
:func:`newsgraph.extract.officials.find_officials` and

* drops honorifics from names ("Mr Bourita" → "Bourita");
* gives a bare surname the full name of the one official of the article
  who has it ("Mr Bourita, Morocco's foreign minister" is Nasser Bourita);
* adds the counterparts of officials ("his Iranian counterpart, X": the same title, Iran's), from
  :mod:`newsgraph.extract.en_counterparts`;
* fills a missing ``of``: "Nasser Bourita of Morocco" (a country or
  organization after the name), else for a title held in a city ("mayor",
  ``local_title`` in ``data/en_rules.tsv``) the nearest place of the
  sentence, else the nearest country of the sentence, else the country the
  article names most often; a guess yields to the ``of`` guessed for more than half of
  the same person's uses of the same title ("President X" in a US article whose one
  sentence names Greece).

:func:`resolve_pronouns` links "he"/"she"/"his"/"her" to a person named
earlier, from the dependency parse: the antecedent is the latest person that
is a grammatical subject in the same sentence before the pronoun or in the two
sentences before it, and only when exactly one such person exists (else
exactly one person at all). A possessive in a phrase put before its clause's
subject refers ahead to that subject when it names a person ("In his statement,
the prime minister X said", "After her arrest, X was"). It needs a parse;
without one it returns nothing.

Examples:
    >>> import spacy
    >>> from newsgraph.extract.officials import Official
    >>> doc = spacy.blank("en")("Minister Ann Lee met Mr Lee.")
    >>> offs = [Official(9, 16, "Ann Lee", "Minister", 0, 8, None, 0, "title-name"),
    ...         Official(21, 27, "Mr Lee", None, None, None, None, 0, "speech")]
    >>> [(o.name, doc.text[o.name_start:o.name_end]) for o in refine_officials(doc, offs)]
    [('Ann Lee', 'Ann Lee'), ('Ann Lee', 'Lee')]
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from newsgraph.extract.en_body import serves_body
from newsgraph.extract.en_counterparts import counterparts
from newsgraph.extract.en_home import home_country, home_side
from newsgraph.extract.en_place_title import placed_titles
from newsgraph.extract.en_region_office import region_offices
from newsgraph.extract.en_rules import en_words
from newsgraph.extract.lexicon import title_vocabulary
from newsgraph.extract.officials import Official
from newsgraph.extract.officials.base import of_id
from newsgraph.extract.officials.infer import infer_of
from newsgraph.extract.officials.status import position_status
from newsgraph.extract.tokens import TokenTable
from newsgraph.text import normalize_token
from newsgraph.types import Mention

if TYPE_CHECKING:  # pragma: no cover
    from newsgraph.kb import KnowledgeBase

__all__ = ["refine_officials", "resolve_pronouns"]

_MENTIONS = "ng_mentions"
_SUBJECT = ("nsubj", "nsubjpass")
_COUNTERPART = frozenset({"counterpart", "counterparts"})


def _strip_honorific(off: Official) -> Official:
    first, _, rest = off.name.partition(" ")
    if rest and first.lower() in en_words("honorific"):
        shift = len(off.name) - len(rest)
        return dataclasses.replace(off, name=rest, name_start=off.name_start + shift)
    return off


def _drop_noble(off: Official, noble: frozenset[str], heads: frozenset[str]) -> Official:
    """"Foreign Minister Prince Faisal", "Minister of Interior Sheikh Fahad": the rank before the name is
    no part of the office's title (a title head before it holds the office; "Crown Prince" is one)."""
    if off.title is None or off.title_start is None:
        return off
    words = off.title.split()
    if len(words) < 2 or normalize_token(words[-1]) not in noble \
            or not any(normalize_token(w) in heads for w in words[:-1]):
        return off
    title = off.title[: off.title.rstrip().rfind(" ")].rstrip()
    return dataclasses.replace(off, title=title, title_end=off.title_start + len(title))


def _full_names(officials: Sequence[Official]) -> dict[str, str]:
    """Surname → the one full name (of two words or more) that ends with it."""
    by_surname: dict[str, set[str]] = {}
    for off in officials:
        words = off.name.split()
        if len(words) >= 2:
            by_surname.setdefault(words[-1].lower(), set()).add(off.name)
    return {k: next(iter(v)) for k, v in by_surname.items() if len(v) == 1}


def _spans(doc: Doc) -> list[Span]:
    return list(doc.spans[_MENTIONS]) if _MENTIONS in doc.spans else []


def _of_after_name(doc: Doc, off: Official, spans: Sequence[Span]) -> str | None:
    """The country or organization after the name: "Ann Lee of Chile", "Director Ann Lee of the Institute"."""
    rest = TokenTable.of(doc).text[off.name_end : off.name_end + 9]
    if not rest.startswith(" of "):
        return None
    at = off.name_end + (8 if rest.startswith(" of the ") else 4)
    for s in spans:
        if s.start_char == at and s.label_ in ("COUNTRY", "ORGANIZATION") and (of := of_id(s)):
            return of
    return None


def refine_officials(
    doc: Doc, officials: Sequence[Official], kb: KnowledgeBase | None = None
) -> list[Official]:
    """Clean names and fill the ``of`` of English officials (see the module docstring)."""
    vocab = title_vocabulary("en")
    noble, heads = vocab.get("noble", frozenset()), vocab.get("head", frozenset())
    offs = [_drop_noble(_strip_honorific(o), noble, heads) for o in officials]
    full = _full_names(offs)
    spans = _spans(doc)
    out: list[Official] = []
    for off in offs:
        if " " not in off.name and off.name.lower() in full:
            off = dataclasses.replace(off, name=full[off.name.lower()])
        if off.title and off.of is None:
            off = dataclasses.replace(off, of=_of_after_name(doc, off, spans))
        out.append(off)
    out = sorted(out + counterparts(doc, out), key=lambda o: (o.name_start, o.title_start or 0))
    out = _shared_qualifier(doc, out)
    local = frozenset(normalize_token(w) for w in en_words("local_title"))
    # "FM Meets U.S. Counterpart": officials of two countries, so a country another official of the
    # sentence holds a title of is not this one's ("Minister of Foreign Affairs, X met US Secretary Y")
    rivals = any(w in _COUNTERPART for w in TokenTable.of(doc).lower)
    unplaced = frozenset(normalize_token(w) for w in en_words("unplaced_title"))  # "Pope": no country's
    # the sentence's country, else the article's; none for a body's ("a spokesperson for the fire service")
    text = TokenTable.of(doc).text
    bodies = [o for o in out if o.title and o.of is None and serves_body(text, o)]
    out = infer_of(doc, out, local, noble, rivals=rivals, private=unplaced)
    out = _stated_office(out)
    if kb is not None:
        def country_of(place: str) -> str | None:
            return getattr(kb.get(place), "country", None)

        home = home_country(doc, country_of)
        out = region_offices(doc, out, kb)  # "Governor X" in an article about New Orleans: not the city's
        out = placed_titles(doc, out, country_of, local)
        out = home_side(doc, out, home, local)  # "AMMAN - ...": a wire story's officials are Jordan's
    return [_unguessed(o) if o.of_inferred and (o.of or "").startswith(("country/", "place/"))
            and any(_same(o, b) for b in bodies) else o for o in out]


def _same(a: Official, b: Official) -> bool:
    return (a.name_start, a.title_start, a.title) == (b.name_start, b.title_start, b.title)


def _unguessed(off: Official) -> Official:
    return dataclasses.replace(off, of=None, of_inferred=False)


def _stated_office(officials: list[Official]) -> list[Official]:
    """A title whose ``of`` was guessed takes the one ``of`` the article states with the same person's same
    title elsewhere ("US President Ann Lee" ... "President Lee met Greek officials": the US, not Greece);
    with none stated, the ``of`` guessed for more than half of that person's uses of the title.

    Examples:
        >>> stated = Official(0, 7, "Ann Lee", "President", 0, 0, "country/US", 0, "title-name")
        >>> guessed = dataclasses.replace(stated, of="country/GR", of_inferred=True, sentence=3)
        >>> [(o.of, o.of_inferred) for o in _stated_office([stated, guessed])]
        [('country/US', False), ('country/US', True)]
        >>> us = dataclasses.replace(guessed, of="country/US")
        >>> [o.of for o in _stated_office([us, us, guessed])]
        ['country/US', 'country/US', 'country/US']
        >>> [o.of for o in _stated_office([us, guessed])]
        ['country/US', 'country/GR']
    """
    stated: dict[tuple[str, str], set[str]] = {}
    guessed: dict[tuple[str, str], Counter[str]] = {}

    def office(off: Official) -> tuple[str, str]:  # "former Vice Chairman X" holds X's "Vice Chairman"
        title = position_status("", "en", off.title or "", None, None, 0, 0)[0]
        return off.name, normalize_token(title)

    for off in officials:
        if off.title and off.of:
            key = office(off)
            if off.of_inferred:
                guessed.setdefault(key, Counter())[off.of] += 1
            else:
                stated.setdefault(key, set()).add(off.of)
    out = []
    for off in officials:
        key = office(off)
        known = stated.get(key, set()) if off.of_inferred else set()
        votes = guessed.get(key, Counter()) if off.of_inferred and not known else Counter()
        if votes:
            top, n = votes.most_common(1)[0]
            known = {top} if 2 * n > sum(votes.values()) else set()
        if len(known) == 1 and off.of not in known:
            off = dataclasses.replace(off, of=next(iter(known)))
        out.append(off)
    return out


def _shared_qualifier(doc: Doc, officials: list[Official]) -> list[Official]:
    """"Tunisian President Kais Saied and Prime Minister Najla Bouden": a title right after "and" and
    another official's name, with no country of its own, shares the country stated before that name.

    Examples:
        >>> import spacy
        >>> doc = spacy.blank("en")("Chilean President Ana Reyes and Prime Minister Luis Mora met.")
        >>> offs = [Official(18, 27, "Ana Reyes", "President", 8, 17, "country/CL", 0, "title-name"),
        ...         Official(47, 56, "Luis Mora", "Prime Minister", 32, 46, None, 0, "title-name")]
        >>> [o.of for o in _shared_qualifier(doc, offs)]
        ['country/CL', 'country/CL']
    """
    text = TokenTable.of(doc).text
    out: list[Official] = []
    for off in officials:
        prev = out[-1] if out else None
        if (prev is not None and off.of is None and off.title_start is not None and prev.of
                and not prev.of_inferred and prev.of.startswith("country/")
                and text[prev.name_end : off.title_start].strip() == "and"):
            off = dataclasses.replace(off, of=prev.of)
        out.append(off)
    return out


def resolve_pronouns(doc: Doc, mentions: Sequence[Mention]) -> list[Mention]:
    """Pronouns that refer to a person named earlier, as PERSON mentions (see the module docstring).

    Examples:
        >>> import spacy
        >>> resolve_pronouns(spacy.blank("en")("She spoke."), [])
        []
    """
    if not doc.has_annotation("DEP"):
        return []
    pronouns = en_words("pronoun_m") | en_words("pronoun_f")
    persons = [m for m in mentions if m.label == "PERSON" and m.entity_id]
    sents = list(doc.sents)
    sent_index = {s.start: k for k, s in enumerate(sents)}
    out: list[Mention] = []
    for tok in (doc[i] for i, low in enumerate(TokenTable.of(doc).lower) if low in pronouns):
        if tok.tag_ not in ("PRP", "PRP$"):
            continue
        k = sent_index[tok.sent.start]
        ahead = _subject_ahead(doc, tok, persons)
        if ahead is not None:  # "In his statement, X said": X
            out.append(Mention(tok.idx, tok.idx + len(tok.text), tok.text, "PERSON", ahead.entity_id, k))
            continue
        lo = sents[max(0, k - 2)].start_char
        window = [m for m in persons if lo <= m.start < tok.idx]
        if not window:
            continue
        subjects = []
        for m in window:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None and span.root.dep_ in _SUBJECT:
                subjects.append(m)
        pool = subjects or window
        ids = {m.entity_id for m in pool}
        if len(ids) != 1:
            continue
        ref = pool[-1]
        out.append(Mention(tok.idx, tok.idx + len(tok.text), tok.text, "PERSON", ref.entity_id, k))
    return out


def _subject_ahead(doc: Doc, tok: Token, persons: Sequence[Mention]) -> Mention | None:
    """The person a possessive pronoun refers ahead to: the subject of the verb whose fronted phrase holds
    it ("In his statement, X said", "After her release, X led"), when a person mention covers that subject."""
    if tok.tag_ != "PRP$":
        return None
    phrase = tok
    while phrase.head.i != phrase.i and phrase.head.pos_ not in ("VERB", "AUX"):
        phrase = phrase.head
    verb = phrase.head
    if phrase.dep_ not in ("prep", "advcl", "npadvmod") or phrase.i > verb.i:
        return None
    subj = next((c for c in verb.children if c.dep_ in _SUBJECT and c.i > tok.i), None)
    if subj is None:
        return None
    at = subj.idx
    return next((m for m in persons if m.start <= at < m.end), None)
