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
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any

from spacy.tokens import Doc, Span, Token

from newsgraph.extract.lexicon import (
    definite_ar,
    org_heads,
    rows,
    suffixed_common_ar,
    title_vocabulary,
    words,
)
from newsgraph.extract.military import unit_words
from newsgraph.extract.tokens import TokenTable
from newsgraph.text import clitic_splits, is_arabic, normalize_key, normalize_token

if TYPE_CHECKING:  # pragma: no cover
    from newsgraph.kb import KnowledgeBase

__all__ = ["OrgMatch", "bare_anaphor", "find_organizations", "resolve_anaphora", "org_heads"]

_MENTIONS = "ng_mentions"
_MAX_LEN = 9
_AR_STOP_PREPS = {"في", "من", "علي", "الي", "عن", "مع", "بين", "لدي", "حول", "خلال", "منذ", "بعد", "قبل"}
_EN_LINKS = {"of", "for", "on", "and"}
_AR_WORD = re.compile(r"^[\u0621-\u064A\u0671-\u06D3\u064B-\u065F\u0640]{2,}$")
_OPENING = re.compile(r"[(\[]")


@dataclass(frozen=True)
class OrgMatch:
    """An organization named in the text.

    Attributes:
        start: character offset of the name in ``doc.text``.
        end: end offset (exclusive).
        text: the name as written.
        key: normalised name, a stable lookup key.
        country: entity id of the country it belongs to, if a country or
            nationality adjective is part of the name.
        alias_of: for a bracketed acronym, the (start, end) of the name it
            abbreviates (which may be a knowledge-base mention).
        how: ``"head"`` (head noun chain) or ``"bracket"`` (acronym in brackets).
    """

    start: int
    end: int
    text: str
    key: str
    country: str | None
    alias_of: tuple[int, int] | None
    how: str


# ---------------------------------------------------------------- vocabulary


@cache
def _anaphors(lang: str) -> dict[str, frozenset[str]]:
    out: dict[str, frozenset[str]] = {}
    for row in rows("org_heads_anaphora.tsv"):
        if len(row) >= 3 and row[1].strip() == lang:
            out[normalize_token(row[0].strip())] = frozenset(
                _bare(normalize_token(h.strip())) for h in row[2].split(",")
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


def _bare(norm: str) -> str:
    """Drop the Arabic article: «الحركه» → «حركه»."""
    return norm[2:] if norm.startswith("ال") and len(norm) > 3 else norm


# ---------------------------------------------------------------- helpers


def _mention_starts(doc: Doc) -> dict[int, Span]:
    spans = doc.spans[_MENTIONS] if _MENTIONS in doc.spans else []
    return {sp.start: sp for sp in spans}


def _covered(doc: Doc, label: str | None = None) -> set[int]:
    out: set[int] = set()
    if _MENTIONS in doc.spans:
        for sp in doc.spans[_MENTIONS]:
            if label is None or sp.label_ == label:
                out.update(range(sp.start, sp.end))
    return out


def _ar_head(tok: Token, heads: frozenset[str]) -> int | None:
    """Character offset inside ``tok`` where an org head starts, or None."""
    return _head_offset(tok.norm_, tok.text, heads)


@lru_cache(maxsize=1 << 16)
def _head_offset(norm: str, text: str, heads: frozenset[str]) -> int | None:
    """:func:`_ar_head` for a token's norm and text.

    Examples:
        >>> _head_offset("وقوات", "وقوات", frozenset({"قوات"}))
        1
    """
    if norm in heads:
        return 0
    for prefix, rest in clitic_splits(text):
        if normalize_token(rest) in heads:
            return len(prefix)
    return None


def _is_definite(norm: str) -> bool:
    return norm.startswith("ال") and len(norm) > 3


def _definite(tok: Token) -> bool:
    return definite_ar(tok.text, tok.norm_)


def _make(doc: Doc, doc_text: str, start: int, end: int, country: str | None, how: str,
          alias_of: tuple[int, int] | None = None) -> OrgMatch:
    text = doc_text[start:end]
    span = doc.char_span(start, end, alignment_mode="expand")
    key = normalize_key(text)
    if span is not None and is_arabic(text) and len(span) > 0:
        # «لقوات» written for «ل» + «القوات»: the key uses the token norms
        first = span[0].norm_ if span[0].idx == start else normalize_token(text.split()[0])
        key = normalize_key(" ".join([first] + [t.norm_ for t in span[1:]]))
    return OrgMatch(start, end, text, key, country, alias_of, how)


# ---------------------------------------------------------------- Arabic


def _ar_chain(doc: Doc, i: int, mentions: dict[int, Span], stop: frozenset[str]) -> tuple[int, str | None]:
    """Extend an Arabic head at token ``i``; return (end token, country id)."""
    heads = org_heads("ar")
    construct_nouns = words("org_heads_construct_ar.txt") | heads
    purpose = words("org_heads_purpose_ar.txt")
    construct = not _is_definite(_bare_clitic(doc[i]))
    country: str | None = None
    j = i + 1
    last_was_mention = False
    while j < len(doc) and j - i <= _MAX_LEN and not doc[j].is_sent_start:
        tok = doc[j]
        m = mentions.get(j)
        if m is not None:
            if m.label_ == "COUNTRY":
                country = country or (m.kb_id_ or None)
            elif m.label_ == "PERSON" or not construct:
                break
            construct, last_was_mention, j = False, True, m.end
            if m.id_ == "demonym":
                break  # a nationality adjective closes the name
            continue
        norm = tok.norm_
        word = _AR_WORD.match(tok.text) or norm in ("و", "ل")
        if tok.is_punct or tok.like_num or norm in stop or not word:
            break
        if len(norm) >= 5 and norm.endswith(("هم", "ها", "هما", "كم", "هن")) or suffixed_common_ar(tok.text):
            break  # a pronoun suffix («مسؤوليتها», «التزامه») is no part of a name
        if norm in ("و", "ل") and j + 1 < len(doc):
            nxt = doc[j + 1]
            # «الرئاسة العامة للبحوث العلمية»: after a definite head and its own adjective, what it is for
            own = norm == "ل" and _definite(doc[i]) and j == i + 2 and doc[j - 1].norm_ in words(
                "org_adjectives_ar.txt") and _definite(nxt) and nxt.norm_ not in heads
            model = mentions.get(j + 1)
            free = j + 1 not in mentions or own and model is not None and model.label_ == "ORGANIZATION" \
                and not model.kb_id_
            ok = nxt.norm_ not in stop and free and not nxt.is_punct
            if own and ok:  # the model's name that starts there is read on as part of this one
                j += 2
                construct, last_was_mention = False, False
                continue
            if norm == "و":
                # not right after the head alone: «الوزارة والوكلاء» lists the ministry and its staff
                ok = ok and not last_was_mention and j > i + 1 and _conjunct_continues(nxt, heads)
            else:
                ok = ok and (_bare(nxt.norm_) in purpose or nxt.norm_ in purpose)
            if not ok:
                break
            j += 2
            construct = not _definite(nxt)
            last_was_mention = False
            continue
        if norm.startswith("ل") and not _is_definite(norm) and normalize_token(norm[1:]) in purpose:
            j += 1  # unsplit «لهزيمة»
            construct, last_was_mention = True, False
            continue
        if construct:
            construct = not _definite(tok) and norm in construct_nouns
            if not _definite(tok) and norm not in construct_nouns:
                j += 1
                break  # a proper noun («حركة حماس») closes the name
        elif not _definite(tok) or norm in _ar_title_heads():
            break  # «هيئة الأركان العامة الفريق ...»: a rank or title starts the next phrase
        last_was_mention = False
        j += 1
    # never end on a dangling purpose noun or conjunction
    while j > i + 1 and (doc[j - 1].norm_ in ("و", "ل") or _trailing_purpose(doc[j - 1], purpose)):
        j -= 1
    return j, country


def _conjunct_continues(tok: Token, heads: frozenset[str]) -> bool:
    """Whether a word after «و» continues the name («وزارة التجارة والصناعة», «الشؤون البلدية والقروية»)
    rather than starting a second body or a list of people («وزارة الخارجية والسفارة», «الشركة والمسؤولين»):
    a definite word that is no organization head, title, separate body (``data/org_bodies_ar.txt``)
    nor plural of persons («المسؤولين», «المواطنون»)."""
    norm = tok.norm_
    return _definite(tok) and norm not in heads and _bare(norm) not in heads \
        and norm not in _ar_title_heads() and norm not in words("org_bodies_ar.txt") \
        and not norm.endswith(("ين", "ون"))


@cache
def _ar_title_heads() -> frozenset[str]:
    """Definite title, rank and courtesy nouns («الفريق», «الرئيس», «الدكتور»): they never continue an
    organization name («رئيس مجلس الوزراء الدكتور ...»: the name that follows is a person's)."""
    vocab = title_vocabulary("ar")
    kinds = ("head", "rank", "noble", "honorific")
    heads = frozenset().union(*(vocab.get(kind, frozenset()) for kind in kinds))
    return frozenset(h for h in heads if h.startswith("ال"))


def _trailing_purpose(tok: Token, purpose: frozenset[str]) -> bool:
    norm = tok.norm_
    return norm.startswith("ل") and normalize_token(norm[1:]) in purpose


def _bare_clitic(tok: Token) -> str:
    off = _ar_head(tok, org_heads("ar"))
    return normalize_token(tok.text[off:]) if off else tok.norm_


def _cut_at_and(doc: Doc, span: Span | None) -> int | None:
    """The end of a model's organization name that stops right before «و» («وزارة التجارة» of «وزارة
    التجارة والصناعة»): the head-noun chain may carry it on; None for any other mention."""
    if span is None or span.label_ != "ORGANIZATION" or span.kb_id_ or span.end >= len(doc):
        return None
    return span.end if doc[span.end].norm_ == "و" else None


def _ar_unit(doc: Doc, i: int, other: set[int]) -> int | None:
    """The end of a numbered military unit at token ``i`` («المنطقة العسكرية الثانية», «اللواء 19»,
    ``data/military_units.tsv``), or None. The number makes it a unit: «اللواء» alone is also a rank."""
    vocab = unit_words("ar")
    if i >= len(doc) or doc[i].norm_ not in vocab["first"]:
        return None
    for size in (2, 1):
        j = i + size
        if j >= len(doc) or any(k in other or doc[k].is_sent_start for k in range(i + 1, j + 1)):
            continue
        if " ".join(t.norm_ for t in doc[i:j]) in vocab["unit"] and (
                doc[j].norm_ in vocab["ordinal"] or doc[j].text.isdigit()):
            return j + 1
    return None


def _find_ar(doc: Doc, text: str, stop: frozenset[str]) -> list[OrgMatch]:
    heads = org_heads("ar")
    mentions = _mention_starts(doc)
    kb_orgs = _covered(doc, "ORGANIZATION")
    other = _covered(doc)
    table = TokenTable.of(doc)
    out: list[OrgMatch] = []
    i = 0
    while i < len(doc):
        # «قيادة المنطقة العسكرية الثانية»: the unit is the name, its command no part of it
        lead = 1 if table.norm[i] == "قياده" and i + 1 not in other else 0
        unit = None if i in other else _ar_unit(doc, i + lead, other)
        if unit is not None:
            last = doc[unit - 1]
            out.append(_make(doc, text, doc[i + lead].idx, last.idx + len(last.text), None, "head"))
            i = unit
            continue
        cut = _cut_at_and(doc, mentions.get(i))
        off = None if i in other and cut is None else _head_offset(table.norm[i], table.orth[i], heads)
        if off is None:
            i += 1
            continue
        tok = doc[i]
        end, country = _ar_chain(doc, i, mentions, stop)  # it reads mentions after token i only
        if cut is not None and end <= cut:
            i = cut  # the model's name stands: no «و» continues it
            continue
        if end == i + 1:
            i += 1
            continue
        inner = [mentions[k] for k in range(i + 1, end) if k in mentions]
        only_org = len(inner) == 1 and inner[0].label_ == "ORGANIZATION" and inner[0].start == i + 1 \
            and inner[0].end == end
        if not only_org and (cut is not None or not (kb_orgs & {i})):
            last = doc[end - 1]
            out.append(_make(doc, text, tok.idx + off, last.idx + len(last.text), country, "head"))
        i = end
    return out


# ---------------------------------------------------------------- English


def _cap(tok: Token) -> bool:
    return bool(tok.text) and tok.text[0].isupper() and (tok.is_alpha or "." in tok.text or "'" in tok.text)


def _find_en(doc: Doc, text: str) -> list[OrgMatch]:
    heads = org_heads("en")
    stop = _en_stop()
    mentions = _mention_starts(doc)
    ends = {sp.end - 1: sp for sp in mentions.values()}
    kb_orgs = _covered(doc, "ORGANIZATION")
    persons = _covered(doc, "PERSON")
    out: list[OrgMatch] = []
    i = 0
    while i < len(doc):
        tok = doc[i]
        if tok.lower_ not in heads or not _cap(tok) or i in kb_orgs or i in persons:
            i += 1
            continue
        country: str | None = None
        k = i  # left edge (inclusive)
        while k - 1 >= 0 and not doc[k].is_sent_start:
            prev = doc[k - 1]
            m = ends.get(k - 1)
            if m is not None and m.label_ == "COUNTRY":
                country, k = m.kb_id_ or None, m.start
                continue
            two = doc[k - 2] if k >= 2 else None
            if prev.lower_ in _EN_LINKS and two is not None and _cap(two) and two.lower_ not in stop \
                    and (k - 2) not in ends and not two.is_sent_start:
                k -= 2  # "Justice and Development Party"
                continue
            if prev.text in ("'", "’") and k - 2 >= 0 and _cap(doc[k - 2]):
                k -= 1  # "Kurdistan Workers' Party"
                continue
            if m is not None or not _cap(prev) or prev.lower_ in stop or (k - 1) in kb_orgs:
                break
            if prev.is_sent_start and prev.lower_ not in heads and k == i:
                break  # a lone capitalised sentence opener is no part of a name
            k -= 1
        j = i + 1
        while j < len(doc) and not doc[j].is_sent_start:
            cur = doc[j]
            m = mentions.get(j)
            if m is not None and m.label_ == "COUNTRY" and doc[j - 1].lower_ in ("of", "for"):
                country, j = country or (m.kb_id_ or None), m.end
                continue
            if _cap(cur) and cur.lower_ not in stop and j not in persons and m is None:
                j += 1
                continue
            if cur.lower_ in _EN_LINKS and j + 1 < len(doc):
                nxt = j + 1
                if doc[nxt].lower_ == "the" and cur.lower_ != "and" and nxt + 1 < len(doc):
                    nxt += 1
                if _cap(doc[nxt]) and doc[nxt].lower_ not in stop and nxt not in persons and (
                    cur.lower_ != "and" or doc[nxt].lower_ not in heads
                ) and (mentions.get(nxt) is None or mentions[nxt].label_ == "COUNTRY"):
                    j = nxt
                    continue
            break
        while j - 1 > i and doc[j - 1].lower_ in _EN_LINKS | {"the"}:
            j -= 1
        if j - k >= 2 and not (kb_orgs & set(range(k, j))):
            for m in (mentions.get(x) for x in range(k, j)):
                if m is not None and m.label_ == "COUNTRY" and country is None:
                    country = m.kb_id_ or None
            out.append(_make(doc, text, doc[k].idx, doc[j - 1].idx + len(doc[j - 1].text), country, "head"))
        i = max(j, i + 1)
    return out


@cache
def _en_stop() -> frozenset[str]:
    return words("person_stopwords_en.txt")


@cache
def _ar_stop() -> frozenset[str]:
    stop = words("person_stopwords_ar.txt") | words("speech_verbs_ar.txt")
    stop |= words("relational_participles_ar.txt")  # «القوات التابعة للحكومة»
    return frozenset((stop | {normalize_token(w) for w in _AR_STOP_PREPS}) - {"العام", "عام"})


# ---------------------------------------------------------------- brackets


def _brackets(doc: Doc, text: str, found: list[OrgMatch]) -> list[OrgMatch]:
    """Acronyms in brackets right after an organization name: «حلف شمال الأطلسي (ناتو)»."""
    by_end = {o.end: o for o in found if o.alias_of is None}
    kb_by_end: dict[int, Span] = {}
    if _MENTIONS in doc.spans:
        kb_by_end = {sp.end_char: sp for sp in doc.spans[_MENTIONS] if sp.label_ == "ORGANIZATION"}
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
            out.append(_make(doc, text, start, end, country, "bracket", name))
    return out


# ---------------------------------------------------------------- public API


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
        found = _find_ar(doc, text, _ar_stop())
    elif lang == "en":
        found = _find_en(doc, text)
    elif lang == "fr":  # names come from the model and the KB; an acronym bracketed after one is its alias
        found = []
    else:
        return []
    found += _brackets(doc, text, found)
    return sorted(found, key=lambda o: (o.start, o.end))


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
    off = _ar_head(first, heads) if lang == "ar" else None
    norms = {_bare(normalize_token(first.text[off:]))} if off is not None else set()
    if lang != "ar":
        norms |= {t.lower_ for t in toks if t.lower_ in heads}
    if toks.start > 0 and doc[toks.start - 1].norm_ in heads:
        norms.add(_bare(doc[toks.start - 1].norm_))  # «تنظيم داعش»
    if kb is not None and "/" in ident:
        ent = kb.get(ident)
        if ent is not None:
            names = list(ent.aliases.get(lang, ())) + ([ent.labels[lang]] if lang in ent.labels else [])
            for name in names:
                words = normalize_key(name).split()
                norms |= {_bare(w) for w in words[:1] if w in heads}
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
    mentioned = {i for sp in doc.spans.get(_MENTIONS, []) if sp.kb_id_ for i in range(sp.start, sp.end)}
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
            if i == 0 or doc[i - 1].lower_ != "the" or _cap(tok):
                continue
            if i + 1 < len(doc) and (_cap(doc[i + 1]) or doc[i + 1].lower_ == "of"):
                continue
            start = doc[i - 1].idx
        elif j == i + 1 and i + 1 < len(doc) and _definite(doc[i + 1]) \
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
