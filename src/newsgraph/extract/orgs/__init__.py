"""Organizations beyond the knowledge base: head nouns, acronyms, anaphora.

The knowledge base knows the big names (NATO, the UN); news also names
militias, parties, ministries and forces it has never seen. They are found by
shape: an organization *head noun* («حركة», «قوات», "Party", "Forces") with
its modifiers. In Arabic that is a construct (idafa) chain and adjectives
(«قوات سوريا الديمقراطية», «الحرس الثوري الإيراني»); in English a capitalised
run around the head ("the Syrian Democratic Forces", "Ministry of Foreign
Affairs"). A country or nationality adjective inside gives the organization's
country. An acronym in brackets after a name becomes an alias of it, and a
bare «التنظيم» / "the group" points back to the last organization named with a
matching head noun.

All vocabulary lives in ``data/org_heads_*`` and is matched on ``token.norm_``.

Where things are: ``ar.py`` and ``en.py`` find each language's names by head noun (``clubs_ar.py``
Arabic clubs after a sports role, ``media_ar.py`` Arabic outlets in quotation marks), ``anaphora.py``
resolves the bare anaphors, ``base.py`` holds :class:`OrgMatch` and what they share; this module
adds the bracketed acronyms and is the entry point (:func:`find_organizations`).

Examples:
    >>> import spacy
    >>> from spacy.tokens import Span
    >>> nlp = spacy.blank("en")
    >>> doc = nlp("Fighters of the Syrian Democratic Forces (SDF) advanced.")
    >>> doc.spans["ng_mentions"] = [Span(doc, 4, 5, label="COUNTRY", kb_id="country/SY",
    ...                                  span_id="demonym")]
    >>> [(o.text, o.country, o.how) for o in find_organizations(doc, "en")]
    [('Syrian Democratic Forces', 'country/SY', 'head'), ('SDF', 'country/SY', 'bracket')]
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from newsgraph.extract.lexicon import org_heads
from newsgraph.extract.orgs.anaphora import bare_anaphor, resolve_anaphora
from newsgraph.extract.orgs.ar import ar_stop, find_ar
from newsgraph.extract.orgs.base import MENTIONS, OrgMatch, make_match
from newsgraph.extract.orgs.clubs_ar import find_ar_clubs
from newsgraph.extract.orgs.en import find_en
from newsgraph.extract.orgs.media_ar import find_ar_media
from newsgraph.extract.tokens import TokenTable

if TYPE_CHECKING:  # pragma: no cover
    from newsgraph.kb import KnowledgeBase

__all__ = ["OrgMatch", "bare_anaphor", "find_organizations", "resolve_anaphora", "org_heads"]

_OPENING = re.compile(r"[(\[]")


def _brackets(doc: Doc, text: str, found: list[OrgMatch]) -> list[OrgMatch]:
    """Acronyms in brackets right after an organization name: «حلف شمال الأطلسي (ناتو)»."""
    by_end = {o.end: o for o in found if o.alias_of is None}
    kb_by_end: dict[int, Span] = {}
    if MENTIONS in doc.spans:
        kb_by_end = {sp.end_char: sp for sp in doc.spans[MENTIONS] if sp.label_ == "ORGANIZATION"}
    out: list[OrgMatch] = []
    for open_at in (m.start() for m in _OPENING.finditer(text)):
        close_at = text.find(")" if text[open_at] == "(" else "]", open_at + 1, open_at + 40)
        inner = text[open_at + 1 : close_at] if close_at > 0 else ""
        if not inner.strip() or any(ch.isdigit() or ch in "([,،;" for ch in inner) or len(inner.split()) > 4:
            continue
        prev_end = len(text[:open_at].rstrip())
        name: tuple[int, int] | None = None
        country: str | None = None
        if prev_end in by_end:
            org = by_end[prev_end]
            name, country = (org.start, org.end), org.country
        elif prev_end in kb_by_end:
            sp = kb_by_end[prev_end]
            name = (sp.start_char, sp.end_char)
        else:  # a KB mention that swallowed the brackets: «حلف شمال الأطلسي (ناتو)»
            sp_in = next((sp for sp in kb_by_end.values() if sp.start_char < open_at < sp.end_char), None)
            if sp_in is not None and sp_in.end_char >= close_at:
                name = (sp_in.start_char, prev_end)
        if name is not None:
            start = open_at + 1 + (len(inner) - len(inner.lstrip()))
            end = open_at + 1 + len(inner.rstrip())
            out.append(make_match(doc, text, start, end, country, "bracket", name))
    return out


def find_organizations(doc: Doc, lang: str, kb: KnowledgeBase | None = None) -> list[OrgMatch]:
    """Find organizations named by a head noun and acronyms in brackets.

    Args:
        doc: a Doc from the newsgraph pipeline (norms, sentences and
            ``doc.spans["ng_mentions"]`` set).
        lang: ``"ar"`` or ``"en"``; ``"fr"`` gives the bracketed acronyms only; other languages
            give an empty list.
        kb: the knowledge base (unused for now: KB names arrive as mentions).

    Returns:
        Matches in text order; names the KB already covers are not repeated.

    Examples:
        >>> import spacy
        >>> from spacy.tokens import Span
        >>> from newsgraph.text import normalize_token
        >>> doc = spacy.blank("ar")("دعمت القوات العراقية الهجوم")
        >>> for t in doc:
        ...     t.norm_ = normalize_token(t.text)
        >>> doc.spans["ng_mentions"] = [Span(doc, 2, 3, label="COUNTRY", kb_id="country/IQ",
        ...                                  span_id="demonym")]
        >>> [(o.text, o.country) for o in find_organizations(doc, "ar")]
        [('القوات العراقية', 'country/IQ')]
    """
    del kb
    text = TokenTable.of(doc).text
    if lang == "ar":
        found = find_ar(doc, text, ar_stop())
        clubs = find_ar_clubs(doc, text)  # not inside a longer name («نادي الهلال»)
        found += [c for c in clubs if not any(o.start <= c.start and c.end <= o.end for o in found)]
        found += find_ar_media(doc, text)
    elif lang == "en":
        found = find_en(doc, text)
    elif lang == "fr":  # names come from the model and the KB; an acronym bracketed after one is its alias
        found = []
    else:
        return []
    found += _brackets(doc, text, found)
    return sorted(found, key=lambda o: (o.start, o.end))
