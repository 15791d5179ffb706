"""Officials: persons introduced with their position («وزير الخارجية الإيطالي لويجي دي مايو»).

News introduces an official by a title next to the name: before it («وزير
الخارجية الإيطالي لويجي دي مايو», "Foreign Minister Nasser Bourita"), after it
(«فيكتوريا نولاند القائمة بأعمال مساعدة وزير الخارجية الأميركية», "Nasser
Bourita, Morocco's foreign minister"), or as the subject of a speech verb
(«قال ...», "... said"). Names are not in the knowledge base, so they are
recognised by shape: Arabic-letter tokens that are not known words, verbs,
months, titles or mentions; capitalised tokens (or NER PERSON spans) in English.

A title is a head noun from ``data/titles_*.tsv`` with its complements (the
idafa chain «القائمة بأعمال مساعدة وزير الخارجية»). The country or
organization the position belongs to (``of``) comes from a nationality
adjective, a construct state («وزير خارجية المغرب»), «في المغرب» after the title,
an organization in or after the title, or an English possessive / modifier.

Examples:
    >>> import spacy
    >>> from spacy.tokens import Span
    >>> doc = spacy.blank("en")("Canadian Foreign Minister Jane Roe said talks went well.")
    >>> doc.spans["ng_mentions"] = [Span(doc, 0, 1, label="COUNTRY", kb_id="country/CA",
    ...                                  span_id="demonym")]
    >>> [(o.name, o.title, o.of) for o in find_officials(doc, "en")]
    [('Jane Roe', 'Foreign Minister', 'country/CA')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from newsgraph.extract.lexicon import (
    org_heads,
    person_particles,
    person_stopwords,
    speech_verbs,
    title_vocabulary,
)
from newsgraph.extract.tokens import TokenTable
from newsgraph.text import clitic_splits, normalize_token

if TYPE_CHECKING:  # pragma: no cover
    from newsgraph.kb import KnowledgeBase

__all__ = ["Official", "find_officials", "link_surnames", "titles_for_position", "title_vocabulary"]

_MENTIONS = "ng_mentions"
_QUOTES = {"“", "”", "«", "»", '"', "„", "‘", "’", "'"}
_AR_WORD = re.compile(r"^[\u0621-\u064A\u0671-\u06D3\u064B-\u065F\u0640]{2,}$")
_AR_CLITIC_ART = re.compile(r"^(?:[وف]?[بلك]ال|[وف]ال|[وف]?لل)")
_AR_OF_PREPS = {"في", "ل", "لدي", "ب"}
_AR_INTRO = {"عن", "مع", "ان", "انه", "بين", "و", "ف"}
_EN_LINKS = {"of", "for", "and"}
_AR_PRONOUN_SUFFIXES = ("هم", "ها", "هما", "كم", "هن")
_NAME_FIRST_PARTICLES = {"عبد", "ابو", "ابن", "ام", "al", "el", "abu", "bin", "ibn"}
# Given names whose normalised form is a function word (علي ← على): taken as names when spelled so.
_AR_NAME_HOMOGRAPHS = {"علي"}
_AR_COMMAS = {"،", ","}
_NAME_MAX_PARTS = 4  # name words, particles (بن، عبد) not counted


@dataclass(frozen=True)
class Official:
    """A person named with (or as the speaker of) a position.

    Offsets are characters of ``doc.text`` (end exclusive); ``sentence`` is the
    0-based index of the sentence; ``how`` says which rule found it:
    ``"title-name"``, ``"name-title"``, ``"quoted"`` or ``"speech"``.
    """

    name_start: int
    name_end: int
    name: str
    title: str | None
    title_start: int | None
    title_end: int | None
    of: str | None
    sentence: int
    how: str
    #: ``of`` was guessed (nearest country of the sentence, or the article's), not stated with the title
    of_inferred: bool = False


# ---------------------------------------------------------------- vocabulary


def _stop(lang: str) -> frozenset[str]:
    return person_stopwords(lang)


def _speech(lang: str) -> frozenset[str]:
    return speech_verbs(lang)


def _particles(lang: str) -> frozenset[str]:
    return person_particles(lang)


# ---------------------------------------------------------------- shared helpers


class _Ctx:
    """Per-document lookups, and the token attributes the rules read, computed once."""

    def __init__(self, doc: Doc, lang: str, kb: KnowledgeBase | None) -> None:
        self.doc, self.lang, self.kb = doc, lang, kb
        table = TokenTable.of(doc)
        self.text = table.text
        spans = list(doc.spans[_MENTIONS]) if _MENTIONS in doc.spans else []
        self.starts: dict[int, Span] = {sp.start: sp for sp in spans}
        self.ends: dict[int, Span] = {sp.end - 1: sp for sp in spans}
        self.covered: dict[int, Span] = {i: sp for sp in spans for i in range(sp.start, sp.end)}
        #: token.norm_, and the form names are compared on (norm_ in Arabic, lower_ otherwise)
        self.norm = table.norm
        self.key = table.norm if lang == "ar" else table.lower
        #: token.is_sent_start as a bool, the sentence index and the sentence's first token
        self.first = table.sent_start
        self.sent_of = [0] * len(doc)
        self.sent_start = [0] * len(doc)
        sents = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
        for n, sent in enumerate(sents):
            for i in range(sent.start, sent.end):
                self.sent_of[i] = n
                self.sent_start[i] = sent.start
        vocab = title_vocabulary(lang)
        self.titles: frozenset[str] = frozenset().union(*vocab.values())
        self.vocab = vocab
        self._known: dict[tuple[int, bool], bool] = {}

    def is_known(self, tok: Token, allow_place: bool = False) -> bool:
        """A token that cannot be part of a name (known word, title, mention).

        With ``allow_place``, a one-token PLACE mention is not refused (first
        names such as «فيكتوريا» are also place names); callers then require a
        non-mention token next to it (see :func:`_mixed`).
        """
        known = self._known.get((tok.i, allow_place))
        if known is None:
            known = self._known[(tok.i, allow_place)] = self._is_known(tok, allow_place)
        return known

    def _is_known(self, tok: Token, allow_place: bool) -> bool:
        norm = self.key[tok.i]
        if self.lang == "ar" and tok.text in _AR_NAME_HOMOGRAPHS:
            return False  # «علي» (the name) is not «على» (on), though both normalise alike
        if norm in _stop(self.lang) or norm in _speech(self.lang) or norm in self.titles:
            return True
        if norm in org_heads(self.lang):
            return True
        sp = self.covered.get(tok.i)
        if sp is not None and sp.label_ != "PERSON":
            return not (allow_place and sp.label_ == "PLACE" and len(sp) == 1)
        if self.kb is not None:
            try:
                hits = self.kb.lookup(tok.text, self.lang)
            except Exception:
                hits = []
            labels = ("COUNTRY", "ORGANIZATION") if allow_place else ("COUNTRY", "ORGANIZATION", "PLACE")
            if any(getattr(a, "label", "") in labels for a in hits):
                return True
        return False


def _end(tok: Token) -> int:
    return tok.idx + len(tok.text)


# ---------------------------------------------------------------- Arabic titles


@cache
def _beginnings(forms: frozenset[str]) -> frozenset[str]:
    """Every beginning of every form (the empty string too)."""
    return frozenset(form[:n] for form in forms for n in range(len(form) + 1))


@cache
def _title_starts(lang: str) -> frozenset[str]:
    """The forms a token must have for :func:`_ar_title` / :func:`_en_title` to match there."""
    vocab = title_vocabulary(lang)
    if lang == "ar":
        return _beginnings(vocab["prefix"]) | _beginnings(vocab["head"])
    return vocab["head"] | vocab["modifier"] | {"-"}


def _match_form(ctx: _Ctx, k: int, forms: frozenset[str]) -> int | None:
    """Token index after the longest title form starting at ``k``, or None."""
    norm, first = ctx.norm, ctx.first
    beginnings = _beginnings(forms)
    joined = ""
    best = None
    for j in range(k, min(k + 3, len(norm))):
        if j > k and first[j]:
            break
        joined += norm[j]
        if joined not in beginnings:
            break  # no form goes on from here
        if joined in forms:
            best = j + 1
    return best


def _ar_title(ctx: _Ctx, i: int) -> tuple[int, int, str | None, int] | None:
    """Match an Arabic title at token ``i``: (first token, end token, of, end of of-material)."""
    doc, vocab = ctx.doc, ctx.vocab
    prefixes, heads, words = vocab["prefix"], vocab["head"], vocab["word"]
    if i >= len(doc) or ctx.norm[i] not in _beginnings(prefixes) and ctx.norm[i] not in _beginnings(heads):
        return None  # no title form starts here
    k = i
    found = False
    last_prefix = i
    while k < len(doc):
        nxt = _match_form(ctx, k, prefixes)
        if nxt is not None:
            last_prefix, k = k, nxt
            continue
        nxt = _match_form(ctx, k, heads)
        if nxt is not None:
            k, found = nxt, True
        break
    if not found and k > i:
        found = _match_form(ctx, last_prefix, heads) == k  # «نائب» alone is a title, «مساعد» is not
    if not found:
        return None
    stop = _stop("ar")
    oheads = org_heads("ar")
    construct = not doc[k - 1].norm_.startswith("ال")
    after_org_head = False
    of: str | None = None
    of_end = k
    while k < len(doc) and not doc[k].is_sent_start:
        tok, norm = doc[k], doc[k].norm_
        m = ctx.starts.get(k)
        if m is not None:
            if m.label_ in ("COUNTRY", "ORGANIZATION") and (construct or m.id_ == "demonym"):
                of, of_end = m.kb_id_ or None, m.end
            elif m.label_ == "PLACE" and construct and m.kb_id_:
                of, of_end = m.kb_id_, m.end  # «محافظ عدن»: the place governed
            break
        if tok.is_punct or tok.like_num or (norm in stop and norm not in words) or norm in _speech("ar"):
            break
        if norm in vocab.get("link", frozenset()):
            construct, k = True, k + 1
            continue
        definite = norm.startswith("ال")
        if construct:
            if norm in words or norm in oheads or (definite and _AR_WORD.match(tok.text)) or after_org_head:
                construct = not definite and (norm in words or norm in oheads)
                after_org_head = norm in oheads
                k += 1
                continue
            break
        if norm in words:
            k += 1
            continue
        if norm in ("و", "ل") and k + 1 < len(doc) and (k + 1) not in ctx.starts:
            follow = doc[k + 1].norm_
            if follow in words or norm == "ل" and (follow in vocab["head"] or follow in oheads):
                construct = norm == "ل" and not follow.startswith("ال")
                after_org_head = follow in oheads
                k += 2
                continue
        if any(normalize_token(rest) in words for _, rest in clitic_splits(tok.text)):
            k += 1  # unsplit «والتعاون», «للشؤون»
            continue
        break
    title_end = k
    if of is None:
        of_end = k
        if k + 1 < len(doc) and doc[k].norm_ in _AR_OF_PREPS:
            m = ctx.starts.get(k + 1)
            if m is not None and m.label_ in ("COUNTRY", "ORGANIZATION") and m.kb_id_:
                of, of_end = m.kb_id_, m.end
    elif of_end < len(doc) - 1 and doc[of_end].norm_ in _AR_OF_PREPS and (of_end + 1) in ctx.starts:
        of_end = ctx.starts[of_end + 1].end  # «سفيرة كندا لدى الأردن»: skip the posting
    # a demonym may also follow the name-facing end («وزير خارجية المغرب» has none)
    if of is None and of_end < len(doc) and of_end in ctx.starts and ctx.starts[of_end].id_ == "demonym":
        of, of_end = ctx.starts[of_end].kb_id_ or None, ctx.starts[of_end].end
    return i, title_end, of, of_end


def _ar_name_token(ctx: _Ctx, tok: Token, index: int, prev: Token | None) -> bool:
    norm = tok.norm_
    if prev is not None and prev.norm_ in _particles("ar"):
        return bool(_AR_WORD.match(tok.text)) and tok.i not in ctx.covered
    if index > 0 and _family_nisba(ctx, tok):
        return True
    if not _AR_WORD.match(tok.text) or ctx.is_known(tok, allow_place=True) or _AR_CLITIC_ART.match(norm):
        return False
    if "\u064b" in tok.text or (len(norm) >= 5 and norm.endswith(_AR_PRONOUN_SUFFIXES)):
        return False  # tanween «قراراً» or a pronoun suffix «لاستقبالهم»: not a name
    if _clitic_pronoun(tok):
        return False
    if index == 0 and _conj_glued(tok):
        return False
    if norm.startswith("ال"):
        return index > 0  # a family name such as «المقدسي» after a first name
    if index == 0 and norm in _particles("ar") and norm not in _NAME_FIRST_PARTICLES:
        return False
    return True


def _clitic_pronoun(tok: Token) -> bool:
    """«بكامله», «استقباله»: a noun with the pronoun suffix ه (never a name).

    Short names may end in ه («طه», «عبده»); a word of six letters, or of five
    behind a glued preposition, is taken for a noun with a suffix.
    """
    text = tok.text
    return text.endswith("ه") and (len(text) >= 6 or len(text) >= 5 and text[0] in "بلك")


def _conj_glued(tok: Token) -> bool:
    """«وعادل»: a conjunction glued to a word of four letters or more."""
    return tok.norm_.startswith("و") and len(tok.norm_) >= 5


def _nisba(norm: str) -> bool:
    """A family name of the «المقدسي» shape (definite, ending in ي)."""
    return norm.endswith("ي") and len(norm) > 4


def _family_nisba(ctx: _Ctx, tok: Token) -> bool:
    """A nationality adjective that, after a name word, is a family name («ماهر المصري»).

    Only the definite masculine nisba (ال…ي) of a one-token nationality mention,
    or of a token inside a statistical PERSON span, qualifies. A title's own
    adjective («وزير الخارجية المصري ماهر») stands before the name and is taken
    by the title; callers ask only after a first name word.
    """
    norm = tok.norm_
    if not (norm.startswith("ال") and _nisba(norm) and _AR_WORD.match(tok.text)):
        return False
    sp = ctx.covered.get(tok.i)
    return sp is not None and (sp.label_ == "PERSON" or sp.id_ == "demonym" and len(sp) == 1)


def _mixed(ctx: _Ctx, a: int, b: int) -> bool:
    """A name may include a PLACE-mention token only beside a token that is no mention.

    PERSON mentions (from a statistical model) do not count as covered: a whole
    name the model already tagged is still a name.
    """
    covered = [i for i in range(a, b) if i in ctx.covered and ctx.covered[i].label_ != "PERSON"]
    if not covered:
        return True
    return b - a >= 2 and len(covered) < b - a


def _ar_name_after(ctx: _Ctx, k: int, nisba_ok: bool = True) -> tuple[int, int] | None:
    doc = ctx.doc
    if k >= len(doc) or doc[k].is_sent_start and k > 0:
        return None
    first = k
    honorifics = ctx.vocab.get("honorific", frozenset())
    while k + 1 < len(doc) and doc[k].norm_ in honorifics and not doc[k + 1].is_sent_start:
        k += 1  # «وزير الخارجية الدكتور ...», «السيد ماهر المصري»: a courtesy title is no part of the name
    sp = ctx.covered.get(k)
    if sp is not None and sp.label_ == "PERSON" and first <= sp.start <= k:
        # A statistical model may stop short («عبد ربه منصور» for «… هادي»): go on with the rules.
        # Its span may also start at the courtesy title («السيد ماهر …»): the name starts after it.
        end = sp.end
        if end - k > 2 and _accusative_title(ctx, ctx.norm[end - 1]):
            return k, end - 1  # «انتخاب … محمد خاتمي رئيسا»: the model ran on into the predicate
        while (
            end < len(doc)
            and end - k < 6
            and not doc[end].is_sent_start
            and end not in ctx.covered
            and _ar_name_token(ctx, doc[end], end - k, doc[end - 1])
        ):
            end += 1
        return k, end
    if doc[k].text in _QUOTES:
        close = next((j for j in range(k + 1, min(k + 7, len(doc))) if doc[j].text in _QUOTES), None)
        if close and close > k + 1 and all(_AR_WORD.match(t.text) for t in doc[k + 1 : close]):
            return k + 1, close
        return None
    names: list[int] = []
    j = k
    while j < len(doc) and _room(ctx, names) and (j == k or not doc[j].is_sent_start):
        prev = doc[j - 1] if names else None
        if not _ar_name_token(ctx, doc[j], len(names), prev):
            break
        names.append(j)
        j += 1
        if doc[j - 1].norm_.startswith("ال") and doc[j - 2].norm_ not in _particles("ar"):
            break  # a family name with ال ends the name
    while names and doc[names[-1]].norm_ in _particles("ar"):
        names.pop()
    if len(names) > 1 and doc[names[-1]].norm_.startswith("ال") and not nisba_ok:
        if not _nisba(doc[names[-1]].norm_) and doc[names[-2]].norm_ not in _particles("ar"):
            names.pop()
    if not names or not _mixed(ctx, names[0], names[-1] + 1):
        return None
    return names[0], names[-1] + 1


def _accusative_title(ctx: _Ctx, norm: str) -> bool:
    """«رئيسا», «وزيرا»: a title in the accusative, the predicate after a name
    («انتخب … رئيسا»), never part of it (unlike «الشيخ» in «ولد الشيخ»)."""
    heads = ctx.vocab["head"]
    return norm.endswith("ا") and norm in heads and norm[:-1] in heads


def _room(ctx: _Ctx, names: list[int]) -> bool:
    """True while a name may take another word (particles such as بن are not counted)."""
    parts = sum(1 for x in names if ctx.doc[x].norm_ not in _particles(ctx.lang))
    return parts < _NAME_MAX_PARTS and len(names) < 2 * _NAME_MAX_PARTS


def _boundary(ctx: _Ctx, k: int, sent_start: int) -> bool:
    """True when token ``k`` may stand right before a name (or k is before the sentence)."""
    if k < sent_start:
        return True
    tok = ctx.doc[k]
    norm = tok.norm_ if ctx.lang == "ar" else tok.lower_
    return tok.is_punct or tok.text in _QUOTES or norm in _speech(ctx.lang) or norm in _AR_INTRO


def _ar_name_before(ctx: _Ctx, t: int) -> tuple[int, int, str] | None:
    doc = ctx.doc
    if t == 0 or doc[t].is_sent_start:
        return None
    start = ctx.sent_start[t]
    k = t - 1
    comma = doc[k].text in _AR_COMMAS
    if comma:
        k -= 1
        if k < start:
            return None
    if doc[k].text in _QUOTES:
        opening = next((j for j in range(k - 1, max(start, k - 7) - 1, -1) if doc[j].text in _QUOTES), None)
        if opening is not None and opening < k - 1:
            if all(_AR_WORD.match(x.text) for x in doc[opening + 1 : k]):
                return opening + 1, k, "quoted"
        return None
    names: list[int] = []
    while k >= start and len(names) < 4:
        tok = doc[k]
        ok = (
            _AR_WORD.match(tok.text)
            and not ctx.is_known(tok, allow_place=True)
            and not _AR_CLITIC_ART.match(tok.norm_)
        )
        if not ok and k - 1 >= start and doc[k - 1].norm_ in _particles("ar") and _AR_WORD.match(tok.text):
            ok = True  # «دي مايو»
        if not ok and tok.norm_ not in _particles("ar"):
            break
        after_particle = k - 1 >= start and doc[k - 1].norm_ in _particles("ar")
        if names and tok.norm_.startswith("ال") and tok.norm_ not in _particles("ar") and not after_particle:
            break  # a definite word is only a family name at the end («عبد الله» aside)
        if "\u064b" in tok.text or (len(tok.norm_) >= 5 and tok.norm_.endswith(_AR_PRONOUN_SUFFIXES)):
            break
        if _clitic_pronoun(tok) or not _room(ctx, names):
            break
        names.insert(0, k)
        k -= 1
        if _conj_glued(tok):
            break  # «وعادل الجبير وزير ...»: the conjunction starts the name
    while names and (
        doc[names[0]].norm_.startswith("ال")
        or doc[names[0]].norm_ in _particles("ar")
        and doc[names[0]].norm_ not in _NAME_FIRST_PARTICLES
    ):
        names.pop(0)
    if not names:
        return None
    before = names[0] - 1
    soft = comma and (
        len(names) >= 2 and _soft_boundary(ctx, before) or before >= start and doc[before].norm_ in ctx.titles
    )  # «الرئيس هادي، القائد ...»
    if not (_conj_glued(doc[names[0]]) or _boundary(ctx, before, start) or soft):
        return None
    strong = before >= start and (doc[before].norm_ in _speech("ar") or doc[before].text in _QUOTES)
    if len(names) < 2 and not strong or not _mixed(ctx, names[0], names[-1] + 1):
        return None
    return names[0], names[-1] + 1, "name-title"


def _soft_boundary(ctx: _Ctx, k: int) -> bool:
    """Before an appositive name («استقباله سامح شكري، وزير ...»): a known word or a suffixed noun."""
    if k < 0:
        return True
    tok = ctx.doc[k]
    return ctx.is_known(tok) or _clitic_pronoun(tok) or tok.norm_.endswith(_AR_PRONOUN_SUFFIXES)


def _rank_or_noble(ctx: _Ctx, t: int) -> bool:
    """A military rank or a courtesy title (الأمير، الشيخ) at token ``t``."""
    return ctx.doc[t].norm_ in ctx.vocab.get("rank", frozenset()) | ctx.vocab.get("noble", frozenset())


def _demonym_in(ctx: _Ctx, a: int, b: int) -> bool:
    return any(ctx.covered[x].id_ == "demonym" for x in range(a, b) if x in ctx.covered)


def _ar_title_group(
    ctx: _Ctx, t0: int, t1: int, of: str | None, of_end: int
) -> tuple[list[tuple[int, int, str | None]], int]:
    """An office with the ranks or courtesy titles that follow it before the name.

    «وزير الدولة لشئون الدفاع بدولة قطر اللواء ركن حمد ...»: both titles
    belong to the name after the last one. Returns the titles and the token
    where the name may start.
    """
    doc = ctx.doc
    titles = [(t0, t1, of)]
    at = of_end
    honorifics = ctx.vocab.get("honorific", frozenset())
    while at < len(doc) and not doc[at].is_sent_start:
        h = at
        while h < len(doc) - 1 and doc[h].norm_ in honorifics and not doc[h + 1].is_sent_start:
            h += 1
        nxt = _ar_title(ctx, h) if not doc[h].is_sent_start else None
        if nxt is None or not _rank_or_noble(ctx, nxt[0]):
            break
        titles.append(nxt[:3])
        at = nxt[3]
    return titles, at


def _ar_appositives(ctx: _Ctx, pos: int) -> list[tuple[int, int, str | None, int]]:
    """Offices right after a royal's or officer's name: «الأمير X ولي العهد وزير الدفاع».

    A title that introduces another name, or carries a nationality adjective
    (the object of a verb: «استقبل الأمير X وزير الخارجية الأميركي»), ends the run.
    """
    doc = ctx.doc
    out = []
    while pos < len(doc) and not doc[pos].is_sent_start:
        nxt = _ar_title(ctx, pos)
        if nxt is None or _ar_name_after(ctx, nxt[3]) is not None or _demonym_in(ctx, nxt[0], nxt[3]):
            break
        out.append(nxt)
        pos = nxt[3]
    return out


def _ar_speech_names(ctx: _Ctx, taken: set[int]) -> list[tuple[int, int]]:
    doc = ctx.doc
    speech = _speech("ar")
    out = []
    for i, norm in enumerate(ctx.norm):
        if norm not in speech or i + 1 >= len(doc):
            continue
        span = _ar_name_after(ctx, i + 1, nisba_ok=False)
        if span is None or span[1] - span[0] < 2 or taken & set(range(*span)):
            continue
        family = span[1] - 1 if _family_nisba(ctx, doc[span[1] - 1]) else None
        if any(j in ctx.covered and ctx.covered[j].label_ != "PERSON" for j in range(*span) if j != family):
            continue
        end = span[1]
        if (
            end < len(doc)
            and not doc[end].is_sent_start
            and not (doc[end].is_punct or doc[end].norm_ in _stop("ar") or doc[end].text in _QUOTES)
        ):
            continue
        out.append(span)
    return out


# ---------------------------------------------------------------- English


def _cap(tok: Token) -> bool:
    return bool(tok.text) and tok.text[0].isupper() and tok.is_alpha


def _en_title(ctx: _Ctx, i: int) -> tuple[int, int, str | None, int] | None:
    """Match an English title run at token ``i``: (first, end, of, end of of-material)."""
    doc, vocab = ctx.doc, ctx.vocab
    heads, mods = vocab["head"], vocab["modifier"]
    if ctx.key[i] not in heads and ctx.key[i] not in mods and ctx.key[i] != "-":
        return None  # the loop below would stop at once
    k, has_head = i, False
    while k < len(doc) and (k == i or not doc[k].is_sent_start):
        low = doc[k].lower_
        if k in ctx.covered and ctx.covered[k].label_ != "PERSON" and k != i:
            break
        if low in heads or low in mods:
            has_head = has_head or low in heads
            k += 1
            continue
        if low == "-" and k + 1 < len(doc) and doc[k + 1].lower_ in heads | mods:
            k += 1
            continue
        if (
            low in _EN_LINKS
            and has_head
            and k + 1 < len(doc)
            and _cap(doc[k + 1])
            and doc[k + 1].lower_ in mods
            and (k + 1) not in ctx.covered
        ):
            k += 1  # "Minister of Foreign Affairs": only title words after the link
            continue
        break
    while k > i and doc[k - 1].lower_ not in heads:
        if doc[k - 1].lower_ in mods and doc[k - 1].lower_ in ("state", "affairs", "general"):
            break
        if doc[k - 1].lower_ in _EN_LINKS or doc[k - 1].lower_ in mods:
            k -= 1
            continue
        break
    if not has_head or k == i:
        return None
    of: str | None = None
    of_end = k
    if k + 1 < len(doc) and doc[k].lower_ in ("of", "for") and (k + 1) in ctx.starts:
        m = ctx.starts[k + 1]
        if m.label_ in ("COUNTRY", "ORGANIZATION") and m.kb_id_:
            of, of_end = m.kb_id_, m.end
    # before: demonym / country / org mention, possibly with 's, possibly after "the"
    b = i - 1
    if b >= 0 and doc[b].text in ("'s", "’s"):
        b -= 1
    if b >= 0 and b in ctx.ends and ctx.ends[b].label_ in ("COUNTRY", "ORGANIZATION") and ctx.ends[b].kb_id_:
        of = of or ctx.ends[b].kb_id_
    return i, k, of, of_end


def _en_name_after(ctx: _Ctx, k: int) -> tuple[int, int] | None:
    for j in (k, k - 1):
        sp = ctx.covered.get(j) if j >= 0 else None
        if sp is not None and sp.label_ == "PERSON" and sp.end > k:
            return max(sp.start, k), sp.end
    return _en_caps(ctx, k, forward=True)


def _en_caps(ctx: _Ctx, k: int, forward: bool) -> tuple[int, int] | None:
    doc = ctx.doc
    names: list[int] = []
    j = k
    step = 1 if forward else -1
    while 0 <= j < len(doc) and len(names) < 4:
        tok = doc[j]
        nxt_cap = 0 <= j + step < len(doc) and _cap(doc[j + step])
        particle = tok.lower_ in _particles("en") and names and nxt_cap
        if particle or tok.text == "-" and names:
            names.append(j)
        elif _cap(tok) and not ctx.is_known(tok):
            names.append(j)
        else:
            break
        if forward and j + 1 < len(doc) and doc[j + 1].is_sent_start:
            break
        if not forward and tok.is_sent_start:
            break
        j += step
    if not names:
        return None
    a, b = min(names), max(names) + 1
    return a, b


def _en_name_before(ctx: _Ctx, t: int) -> tuple[int, int] | None:
    """Name for "Nasser Bourita, Morocco's foreign minister": comma before the title group."""
    doc = ctx.doc
    b = t - 1
    if b >= 0 and doc[b].text in ("'s", "’s"):
        b -= 1
    if b >= 0 and b in ctx.ends and ctx.ends[b].label_ in ("COUNTRY", "ORGANIZATION"):
        b = ctx.ends[b].start - 1
    if b >= 0 and doc[b].lower_ in ("the", "a", "an"):
        b -= 1
    if b < 1 or doc[b].text != ",":
        return None
    sp = ctx.covered.get(b - 1)
    if sp is not None and sp.label_ == "PERSON":
        return sp.start, sp.end
    return _en_caps(ctx, b - 1, forward=False)


def _en_speech_names(ctx: _Ctx, taken: set[int]) -> list[tuple[int, int]]:
    doc = ctx.doc
    speech = _speech("en")
    out = []
    for tok in (doc[i] for i, low in enumerate(ctx.key) if low in speech):
        after = _en_name_after(ctx, tok.i + 1) if tok.i + 1 < len(doc) else None
        before = _en_caps(ctx, tok.i - 1, forward=False) if tok.i > 0 else None
        for span in (after, before):
            if span is None or span[1] - span[0] < 2 or taken & set(range(*span)):
                continue
            out.append(span)
    return out


# ---------------------------------------------------------------- public API


def find_officials(doc: Doc, lang: str, kb: KnowledgeBase | None = None) -> list[Official]:
    """Find persons introduced with a title, or as the speaker of a statement.

    Args:
        doc: a Doc from the newsgraph pipeline (norms, sentences and
            ``doc.spans["ng_mentions"]`` set).
        lang: ``"ar"`` or ``"en"``; other languages give an empty list.
        kb: optional knowledge base, used to refuse known words as names.

    Returns:
        One :class:`Official` per name occurrence, in text order.

    Examples:
        >>> import spacy
        >>> from spacy.tokens import Span
        >>> from newsgraph.text import normalize_token
        >>> doc = spacy.blank("ar")("قال وزير الخارجية الفرنسي جان لوران إن الحل ممكن")
        >>> for t in doc:
        ...     t.norm_ = normalize_token(t.text)
        >>> doc.spans["ng_mentions"] = [Span(doc, 3, 4, label="COUNTRY", kb_id="country/FR",
        ...                                  span_id="demonym")]
        >>> [(o.name, o.title, o.of, o.how) for o in find_officials(doc, "ar")]
        [('جان لوران', 'وزير الخارجية', 'country/FR', 'title-name')]
    """
    if lang not in ("ar", "en"):
        return []
    ctx = _Ctx(doc, lang, kb)
    found: dict[tuple[int, int, int | None], Official] = {}
    taken: set[int] = set()
    named: set[tuple[int, int]] = set()

    def add(name: tuple[int, int], title: tuple[int, int] | None, of: str | None, how: str) -> None:
        a, b = name
        again = (a, b) in named
        if a >= b or (taken & set(range(a, b)) and not again) or (again and title is None):
            return
        taken.update(range(a, b))
        named.add((a, b))
        title_text = None
        ts = te = None
        if title is not None:
            ts, te = doc[title[0]].idx, _end(doc[title[1] - 1])
            title_text = titles_for_position(ctx.text[ts:te], lang)
        s, e = doc[a].idx, _end(doc[b - 1])
        if lang == "ar" and _conj_glued(doc[a]):
            s += 1  # «وعادل الجبير» → «عادل الجبير»
        found[(a, b, ts)] = Official(s, e, ctx.text[s:e], title_text, ts, te, of, ctx.sent_of[a], how)

    match_title = _ar_title if lang == "ar" else _en_title
    may_start = _title_starts(lang)
    i = 0
    while i < len(doc):
        m = match_title(ctx, i) if ctx.key[i] in may_start else None
        if m is None:
            i += 1
            continue
        t0, t1, of, of_end = m
        if lang == "ar":
            group, at = _ar_title_group(ctx, t0, t1, of, of_end)
            name = _ar_name_after(ctx, at)
            if name is not None:
                for ta, tb, tof in group:
                    add(name, (ta, tb), tof, "title-name")
                if _rank_or_noble(ctx, t0):
                    for ta, tb, tof, tend in _ar_appositives(ctx, name[1]):
                        add(name, (ta, tb), tof, "appositive")
                        at = max(at, tend)
                of_end = at
            else:
                before = _ar_name_before(ctx, t0)
                if before is not None:
                    add(before[:2], (t0, t1), of, before[2])
        else:
            capitalised = any(_cap(doc[x]) for x in range(t0, t1))
            name = _en_name_after(ctx, of_end) if capitalised and of_end == t1 else None
            if name is not None:
                add(name, (t0, t1), of, "title-name")
            else:
                start = t0
                if start > 0 and doc[start - 1].lower_ in ("the", "a", "an"):
                    start -= 1
                appos = _en_name_before(ctx, start)
                if appos is not None:
                    add(appos, (t0, t1), of, "name-title")
        i = max(t1, of_end, i + 1)
    speech = _ar_speech_names(ctx, taken) if lang == "ar" else _en_speech_names(ctx, taken)
    for span in speech:
        add(span, None, None, "speech")
    out = _prefer_offices(ctx, list(found.values()))
    return sorted(_merge_surnames(out), key=lambda o: (o.name_start, o.title_start or 0))


def _prefer_offices(ctx: _Ctx, officials: list[Official]) -> list[Official]:
    """Drop a rank or courtesy title («اللواء», «الأمير») when the same person also holds an office."""
    minor = ctx.vocab.get("rank", frozenset()) | ctx.vocab.get("noble", frozenset())

    def is_minor(o: Official) -> bool:
        return o.title is not None and normalize_token(o.title.split()[0]) in minor

    offices = {normalize_token(o.name) for o in officials if o.title is not None and not is_minor(o)}
    return [o for o in officials if not (is_minor(o) and normalize_token(o.name) in offices)]


def _merge_surnames(officials: list[Official]) -> list[Official]:
    """A one-word name that is the surname of exactly one fuller name of the article
    («الرئيس هادي» after «عبد ربه منصور هادي») is that person; a title held
    without its country takes the country of the same title held elsewhere."""
    full: dict[str, set[str]] = {}
    for o in officials:
        words = normalize_token(o.name).split()
        if len(words) >= 2:
            full.setdefault(words[-1], set()).add(o.name)
    merged = []
    for o in officials:
        words = normalize_token(o.name).split()
        names = full.get(words[0], set()) if len(words) == 1 else set()
        merged.append(replace(o, name=next(iter(names))) if len(names) == 1 else o)
    of_by_title: dict[tuple[str, str], set[str]] = {}
    for o in merged:
        if o.title and o.of:
            of_by_title.setdefault((o.name, normalize_token(o.title)), set()).add(o.of)
    out = []
    for o in merged:
        known = of_by_title.get((o.name, normalize_token(o.title)), set()) if o.title and not o.of else set()
        out.append(replace(o, of=next(iter(known))) if len(known) == 1 else o)
    return out


def _surname_key(doc: Doc, off: Official, lang: str) -> tuple[str, ...] | None:
    span = doc.char_span(off.name_start, off.name_end, alignment_mode="expand")
    if span is None or len(span) < 2:
        return None
    norms = [t.norm_ if lang == "ar" else t.lower_ for t in span]
    if norms[-2] in _particles(lang):
        return tuple(norms[-2:])
    return (norms[-1],)


def link_surnames(doc: Doc, officials: list[Official]) -> list[tuple[int, int, str]]:
    """Later mentions of an official by surname (or full name) → (start, end, full name).

    Only surnames that belong to exactly one official of the article are
    linked. English honorifics ("Mr", "Ms") are included in the span, and an
    Arabic proclitic glued to the surname («ونولاند») is left out of it.

    Examples:
        >>> import spacy
        >>> doc = spacy.blank("en")("Prime Minister Ann Lee spoke. Ms Lee said no.")
        >>> offs = find_officials(doc, "en")
        >>> link_surnames(doc, offs)
        [(30, 36, 'Ann Lee')]
    """
    lang = doc.lang_
    by_key: dict[tuple[str, ...], set[str]] = {}
    first: dict[str, int] = {}
    for off in officials:
        first[off.name] = min(first.get(off.name, off.name_start), off.name_start)
        key = _surname_key(doc, off, lang)
        patronymic = {"بن", "ابن", "بنت", "bin", "ibn"} & set(normalize_token(off.name).split())
        if key is not None and not patronymic:
            by_key.setdefault(key, set()).add(off.name)
    names_at = [(o.name_start, o.name_end) for o in officials]
    honorifics = title_vocabulary(lang).get("honorific", frozenset())
    stop = _stop(lang)
    keys = [
        (key, next(iter(names)))
        for key, names in by_key.items()
        if len(names) == 1 and key[-1] not in stop and len(key[-1]) >= 3
    ]
    if not keys:
        return []
    table = TokenTable.of(doc)
    texts = table.orth
    values = table.norm if lang == "ar" else table.lower
    firsts = {key[0] for key, _ in keys}
    out: list[tuple[int, int, str]] = []
    i = 0
    while i < len(doc):
        if values[i] not in firsts:  # then only a word behind a proclitic can match
            rests = [normalize_token(rest) for _, rest in clitic_splits(texts[i])] if lang == "ar" else []
            if firsts.isdisjoint(rests):
                i += 1
                continue
        hit = None
        for key, full in keys:
            n = len(key)
            if i + n > len(doc):
                continue
            offset = 0
            if tuple(values[i : i + n]) != key:
                if lang != "ar" or n != 1:
                    continue
                splits = [p for p, rest in clitic_splits(texts[i]) if normalize_token(rest) == key[0]]
                if not splits:
                    continue
                offset = len(splits[0])
            if lang == "en" and not texts[i][:1].isupper():
                continue
            hit = (n, offset, full)
            break
        if hit is None:
            i += 1
            continue
        tok = doc[i]
        n, offset, full = hit
        start, end = tok.idx + offset, _end(doc[i + n - 1])
        if i > 0 and doc[i - 1].lower_ in honorifics:
            start = doc[i - 1].idx
        if start > first[full] and not any(a <= tok.idx < b for a, b in names_at):
            out.append((start, end, full))
        i += n
    return out


def titles_for_position(title_text: str, lang: str) -> str:
    """Normalise a title as written for :class:`newsgraph.types.Position`.

    Folds whitespace, drops quotes and brackets, a leading conjunction or
    preposition glued to an Arabic title, and a leading English article.

    Examples:
        >>> titles_for_position("  «ووزير   الخارجية» ", "ar")
        'وزير الخارجية'
        >>> titles_for_position("the Foreign  Minister", "en")
        'Foreign Minister'
    """
    text = re.sub(r"[\"“”«»„()\[\]]", " ", title_text)
    text = " ".join(text.split()).strip("-–—,،:; ")
    if lang == "ar" and text:
        head, _, rest = text.partition(" ")
        vocab = title_vocabulary("ar")
        known = vocab["head"] | vocab["prefix"]
        if head.startswith("ل") and normalize_token("ا" + head) in known:
            head = "ا" + head  # «للرئيس» split as «ل» + «لرئيس»: the title is «الرئيس»
        if normalize_token(head) not in known:
            for prefix, stem in clitic_splits(head):
                if normalize_token(stem) in known:
                    head = head[len(prefix) :]
                    break
        text = f"{head} {rest}".strip()
    elif lang == "en":
        text = re.sub(r"^(?:the|a|an)\s+", "", text, flags=re.IGNORECASE)
    return text
