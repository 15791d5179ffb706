"""Bare «التنظيم» / «التحالف» / "the group" pointing back to the last organization with a matching head noun.

The anaphors and the head nouns each may refer to are ``data/org_heads_anaphora.tsv``; adjectives that
only describe («المتطرف», "extremist") are ``data/org_descriptors.tsv``.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING, Any

from spacy.tokens import Doc, Span

from newsgraph.extract.lexicon import org_heads, rows, words
from newsgraph.extract.orgs.base import MENTIONS, OrgMatch, ar_head, bare, cap, definite
from newsgraph.extract.tokens import TokenTable
from newsgraph.text import normalize_key, normalize_token

if TYPE_CHECKING:  # pragma: no cover
    from newsgraph.kb import KnowledgeBase

__all__ = ["bare_anaphor", "resolve_anaphora"]


@cache
def _anaphors(lang: str) -> dict[str, frozenset[str]]:
    out: dict[str, frozenset[str]] = {}
    for row in rows("org_heads_anaphora.tsv"):
        if len(row) >= 3 and row[1].strip() == lang:
            out[normalize_token(row[0].strip())] = frozenset(
                bare(normalize_token(h.strip())) for h in row[2].split(",")
            )
    return out


@cache
def _descriptors(lang: str) -> frozenset[str]:
    """Adjectives that describe an organization without naming it (``data/org_descriptors.tsv``)."""
    return frozenset(normalize_token(r[0].strip()) for r in rows("org_descriptors.tsv")
                     if len(r) >= 2 and r[1].strip() == lang)


def bare_anaphor(text: str, lang: str) -> bool:
    """Whether ``text`` is an organization's anaphor alone («الوزارة», «التنظيم المتطرف», "the group"):
    a noun that refers back and adjectives that only describe, no name.

    Examples:
        >>> bare_anaphor("الوزارة", "ar"), bare_anaphor("وزارة الداخلية", "ar")
        (True, False)
        >>> bare_anaphor("the group", "en"), bare_anaphor("the Islamic Group", "en")
        (True, False)
    """
    tokens = text.split()
    if lang == "en" and tokens[:1] and tokens[0].lower() == "the":
        tokens = tokens[1:]
    keys = [normalize_token(t) if lang == "ar" else t.lower() for t in tokens]
    return bool(keys) and keys[0] in _anaphors(lang) and all(k in _descriptors(lang) for k in keys[1:])


def _antecedent(
    doc: Doc, text: str, item: Any, lang: str, kb: KnowledgeBase | None
) -> tuple[int, int, str, set[str]] | None:
    """(start, end, id or key, bare head nouns) of an organization item, or None."""
    heads = org_heads(lang)
    if isinstance(item, OrgMatch):
        if item.alias_of is not None:
            return None
        start, end, ident = item.start, item.end, item.key
    elif isinstance(item, Span):
        if item.label_ != "ORGANIZATION":
            return None
        start, end = item.start_char, item.end_char
        ident = item.kb_id_ or normalize_key(item.text)
    else:  # newsgraph.types.Mention or anything alike
        if getattr(item, "label", None) != "ORGANIZATION":
            return None
        start, end = item.start, item.end
        ident = getattr(item, "entity_id", None) or normalize_key(text[start:end])
    toks = doc.char_span(start, end, alignment_mode="expand")
    if toks is None or len(toks) == 0:
        return None
    first = toks[0]
    off = ar_head(first, heads) if lang == "ar" else None
    norms = {bare(normalize_token(first.text[off:]))} if off is not None else set()
    if lang != "ar":
        norms |= {t.lower_ for t in toks if t.lower_ in heads}
    if toks.start > 0 and doc[toks.start - 1].norm_ in heads:
        norms.add(bare(doc[toks.start - 1].norm_))  # «تنظيم داعش»
    if kb is not None and "/" in ident:
        ent = kb.get(ident)
        if ent is not None:
            names = list(ent.aliases.get(lang, ())) + ([ent.labels[lang]] if lang in ent.labels else [])
            for name in names:
                words = normalize_key(name).split()
                norms |= {bare(w) for w in words[:1] if w in heads}
    return start, end, ident, norms


def resolve_anaphora(doc: Doc, orgs_and_kb_mentions: Sequence[Any], lang: str | None = None,
                     kb: KnowledgeBase | None = None) -> list[tuple[int, int, str]]:
    """Resolve bare «التنظيم» / «التحالف» / "the group" to the last matching organization.

    Args:
        doc: the pipeline Doc.
        orgs_and_kb_mentions: :class:`OrgMatch` items, ORGANIZATION spans of
            ``doc.spans["ng_mentions"]`` or :class:`newsgraph.types.Mention`
            objects, in any order; other labels are ignored.
        lang: ``"ar"`` or ``"en"``; ``doc.lang_`` when None.
        kb: optional knowledge base: a KB organization whose name starts with
            a head noun («تنظيم الدولة») may be referred to by that noun.

    Returns:
        (start, end, entity id or key) for each resolved anaphor.

    Examples:
        >>> import spacy
        >>> from newsgraph.extract.orgs import find_organizations
        >>> doc = spacy.blank("en")("The Popular Front for Peace met. The front said no.")
        >>> resolve_anaphora(doc, find_organizations(doc, "en"))
        []
        >>> doc = spacy.blank("en")("The Islamic Group for Peace met. Later the group said no.")
        >>> resolve_anaphora(doc, find_organizations(doc, "en"))
        [(39, 48, 'islamic group for peace')]
    """
    lang = lang or doc.lang_
    anaphors = _anaphors(lang)
    table = TokenTable.of(doc)
    text = table.text
    found = (_antecedent(doc, text, it, lang, kb) for it in orgs_and_kb_mentions)
    items = sorted(x for x in found if x is not None)
    taken = [(s, e) for s, e, _, _ in items]
    mentioned = {i for sp in doc.spans.get(MENTIONS, []) if sp.kb_id_ for i in range(sp.start, sp.end)}
    out: list[tuple[int, int, str]] = []
    describing = _descriptors(lang)
    for i, norm in enumerate(table.norm if lang == "ar" else table.lower):
        if norm not in anaphors or i in mentioned:
            continue
        tok = doc[i]
        # «التنظيم المتطرف», "the extremist group" in Arabic order: the noun and words that only describe it
        j = i + 1
        while j < len(doc) and table.norm[j] in describing and not doc[j].is_sent_start:
            j += 1
        end = doc[j - 1].idx + len(doc[j - 1].text)
        start = tok.idx
        # «قوات التحالف», «طيران التحالف»: the forces or aircraft of the organization, the organization acting
        forces = lang == "ar" and i > 0 and table.norm[i - 1] in words("org_forces_ar.txt") \
            and not doc[i].is_sent_start and all((s, e) == (doc[i - 1].idx, end) or e <= doc[i - 1].idx
                                                or s >= end for s, e in taken)  # fmt: skip
        if forces:
            start = doc[i - 1].idx
        elif any(s <= tok.idx < e and (s, e) != (tok.idx, end) for s, e in taken):
            continue  # inside a name; a model's span of just the anaphor («الوزارة») is resolved too
        if lang == "en":
            if i == 0 or doc[i - 1].lower_ != "the" or cap(tok):
                continue
            if i + 1 < len(doc) and (cap(doc[i + 1]) or doc[i + 1].lower_ == "of"):
                continue
            start = doc[i - 1].idx
        elif j == i + 1 and i + 1 < len(doc) and definite(doc[i + 1]) \
                and not doc[i + 1].is_sent_start and (i + 1) not in mentioned:
            continue  # «التحالف الدولي» names, it does not refer back
        want = anaphors[norm]
        best = None
        for _s, e, ident, heads in items:
            if e <= start and heads & want:
                best = ident
        if best is not None:
            out.append((start, end, best))
    return out
