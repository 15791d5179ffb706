"""French names of officials: who a title introduces, and the speakers of statements.

A name follows its title, after an optional comma ("le président iranien Ebrahim Raïssi", "le
porte-parole, Wang Wenbin", «, l'ayatollah X»), or stands before it, after a comma ("Antony
Blinken, secrétaire d'État américain"). Names are statistical PERSON spans, else runs of
capitalised words that are no known word (particles such as "ben" or "al" may join them). The
title rules are in :mod:`.fr`; the French title words (``data/titles_fr.tsv``) are read here.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Token

from newsgraph.extract.lexicon import org_heads, person_particles, rows, speech_verbs
from newsgraph.extract.officials.base import Context
from newsgraph.text import fold_accents

__all__ = [
    "DETERMINERS",
    "folded_keys",
    "former_words",
    "name_after",
    "name_before",
    "person_span",
    "plural_head",
    "portfolio_only",
    "speech_names",
    "title_words",
]

DETERMINERS = frozenset({"le", "la", "les", "l'", "un", "une", "son", "sa", "leur"})
#: parts of speech no name word has: a capitalised «Cependant, l'ex-maire» opens the sentence, names nobody
_FUNCTION = frozenset({"ADV", "CCONJ", "SCONJ", "ADP", "DET", "PRON"})
_THE = frozenset({"le", "la", "l'", "l’"})


@cache
def title_words() -> dict[str, frozenset[str]]:
    """Folded title forms of ``data/titles_fr.tsv`` by kind (head, modifier, link, post, honorific, noble,
    relative, media, outlet).

    Examples:
        >>> "etat" in title_words()["modifier"], "d'" in title_words()["link"]
        (True, True)
    """
    out: dict[str, set[str]] = {}
    for row in rows("titles_fr.tsv"):
        out.setdefault(row[1].strip(), set()).add(fold_accents(row[0].strip()))
    return {k: frozenset(v) for k, v in out.items()}


def plural_head(key: str) -> bool:
    """Whether folded ``key`` is a title's head noun in the plural («ministres», «chefs», «présidents»)."""
    return len(key) > 3 and key.endswith("s") and key[:-1] in title_words()["head"]


@cache
def former_words() -> frozenset[str]:
    """The one-word French "former" words said before a title («ancien», «ex»)."""
    from newsgraph.extract.officials.status import status_phrases

    return frozenset(p[0] for p in status_phrases("fr", "before", "former") if len(p) == 1)


def folded_keys(ctx: Context) -> list[str]:
    """The folded form of every token of the document (computed once per Context)."""
    keys: list[str] | None = getattr(ctx, "_fr_keys", None)
    if keys is None:
        keys = [fold_accents(k) for k in ctx.key]
        ctx._fr_keys = keys  # type: ignore[attr-defined]
    return keys


def _cap(tok: Token) -> bool:
    return bool(tok.text) and tok.text[0].isupper() and tok.is_alpha


def _caps(ctx: Context, k: int, forward: bool) -> tuple[int, int] | None:
    """A run of up to five capitalised unknown words (and particles between them) from ``k``; a word of
    a title («Etat», «Affaires») is none."""
    doc = ctx.doc
    particles = person_particles("fr")
    modifiers = title_words()["modifier"]
    names: list[int] = []
    step = 1 if forward else -1
    j = k
    while 0 <= j < len(doc) and len(names) < 5:
        tok = doc[j]
        nxt = doc[j + step] if 0 <= j + step < len(doc) else None
        nxt_cap = nxt is not None and (_cap(nxt) or (nxt.text == "-" and tok.lower_ in particles))
        if names and nxt_cap and (tok.lower_ in particles or tok.text == "-"):
            names.append(j)  # "ben Farhane", "al-Kazimi" (al - Kazimi)
        elif _cap(tok) and not ctx.is_known(tok) and (ctx.covered.get(j) is None) \
                and fold_accents(tok.lower_) not in modifiers and tok.pos_ not in _FUNCTION:  # no «Etat»
            names.append(j)
        else:
            break
        joined = tok.text == "-" or tok.lower_ in particles  # the parser may start a sentence in "al-Jabouri"
        if forward and j + 1 < len(doc) and ctx.first[j + 1] and not joined:
            break
        if not forward and ctx.first[j]:
            break
        j += step
    while names and doc[names[-1] if forward else names[0]].lower_ in particles:
        names.pop(-1 if forward else 0)
    if not names:
        return None
    return min(names), max(names) + 1


def _person_at(ctx: Context, k: int) -> tuple[int, int] | None:
    sp = ctx.covered.get(k)
    if sp is not None and sp.label_ == "PERSON":
        return sp.start, sp.end
    return None


def name_after(ctx: Context, k: int) -> tuple[int, int] | None:
    """The name right after a title: "le président iranien Ebrahim Raïssi", "…, M. Bourita"."""
    from newsgraph.extract.officials.fr import match_title  # the title rules read these names

    doc, keys, words = ctx.doc, folded_keys(ctx), title_words()
    k = _portfolio_tail(ctx, k)
    if k < len(doc) and doc[k].text == "," and k + 1 < len(doc):
        k += 1
        d = k + 1 if keys[k] in DETERMINERS and k + 1 < len(doc) else k
        again = match_title(ctx, d) if d > k or keys[d] in words["noble"] else None
        if again is not None:
            k = again[3]  # "le chef de la diplomatie saoudienne, le prince Fayçal ben Farhane", «, cheikh X»
        elif d > k and keys[d] in words["honorific"] | words.get("rank", frozenset()):
            k = d  # «le guide suprême, l'ayatollah Ali Khamenei», «le chef d'état-major, le maréchal X»
    while k < len(doc) and keys[k] in words.get("leaning", frozenset()) and doc[k].is_lower:
        k += 1  # «le Premier ministre conservateur X»
    if k < len(doc) and keys[k] in words.get("respective", frozenset()) and doc[k].is_lower:
        k += 1  # «les ministres … marocain et français, respectivement X et Y»
    if k < len(doc) and keys[k] in words["honorific"] | words.get("rank", frozenset()):
        k += 1
    if k >= len(doc) or ctx.first[k]:
        return None
    return _person_at(ctx, k) or _caps(ctx, k, forward=True) or _place_first_name(ctx, k)


_PORTFOLIO_LINKS = frozenset({"de", "des", "du", "d'"})


def _portfolio_tail(ctx: Context, k: int) -> int:
    """The comma after the rest of a minister's portfolios that follows a title: «ministre des Affaires
    étrangères[, de la Communauté nationale à l'étranger et des Affaires africaines], M. Ahmed Attaf»,
    «ministre des Affaires étrangères [et de la Coopération internationale], M. X». The rest opens with
    «, de» or «et de» and runs to the next comma in one sentence, with no verb; else ``k`` itself."""
    doc, keys = ctx.doc, folded_keys(ctx)
    if k + 1 >= len(doc) or doc[k].text not in (",", "et") or keys[k + 1] not in _PORTFOLIO_LINKS:
        return k  # («, l'ayatollah X» is the name's honorific)
    j = k + 1
    while j < len(doc) and j - k <= 20 and doc[j].text != "," and not ctx.first[j] \
            and doc[j].pos_ not in ("VERB", "AUX"):
        j += 1
    return j if j < len(doc) and doc[j].text == "," else k


def _place_first_name(ctx: Context, k: int) -> tuple[int, int] | None:
    """A name whose first word is also a place («Victoria Nuland»): in the name slot after a title,
    a one-word place mention followed by capitalised unknown words, or the model's own
    unlinked place span of two or three capitalised words, is the name."""
    sp, doc = ctx.covered.get(k), ctx.doc
    if sp is None or sp.label_ != "PLACE" or sp.start != k or not _cap(doc[k]):
        return None
    if len(sp) == 1 and k + 1 < len(doc) and not ctx.first[k + 1]:
        rest = _caps(ctx, k + 1, forward=True)
        if rest is not None and rest[0] == k + 1:
            return k, rest[1]
    if 2 <= len(sp) <= 3 and sp.id_ == "ner" and not sp.kb_id_ and all(_cap(t) for t in sp):
        return sp.start, sp.end
    return None


def name_before(ctx: Context, t: int) -> tuple[int, int] | None:
    """The name of "Antony Blinken, secrétaire d'État américain": a comma before the title, or a full
    PERSON name right before «le/la» and the title («explique Jean Roy le vice-président de …»)."""
    doc, keys = ctx.doc, folded_keys(ctx)
    b = t - 1
    if b >= 0 and keys[b] in former_words():
        b -= 1  # «Mahmoud Kadri, ancien Premier ministre»
    if b >= 0 and keys[b] in DETERMINERS:
        b -= 1
    if 0 <= b < t and doc[b].text != "," and keys[b + 1] in _THE and not ctx.first[b + 1]:
        sp = ctx.covered.get(b)  # «explique Jean Roy le vice-président de …»: no comma, a full PERSON name
        return (sp.start, sp.end) if sp is not None and sp.label_ == "PERSON" and sp.end == b + 1 \
            and len(sp) > 1 else None
    if b < 1 or doc[b].text != "," or ctx.first[t]:
        return None
    return _person_at(ctx, b - 1) or _caps(ctx, b - 1, forward=False)


def speech_names(ctx: Context, taken: set[int]) -> list[tuple[int, int]]:
    """Names of two words or more right after or before a speech verb («…», a déclaré Nasser Bourita)."""
    doc = ctx.doc
    speech = {fold_accents(v) for v in speech_verbs("fr")}
    out = []
    for i, key in enumerate(folded_keys(ctx)):
        if key not in speech:
            continue
        after = (_person_at(ctx, i + 1) or _caps(ctx, i + 1, forward=True)) if i + 1 < len(doc) else None
        before = None
        b = i - 1
        while b >= 0 and doc[b].lower_ in ("a", "ont", "avait", "avaient"):
            b -= 1  # the auxiliary of the passé composé
        if b >= 0:
            before = _person_at(ctx, b) or _caps(ctx, b, forward=False)
        for span in (after, before):
            if span is None or span[1] - span[0] < 2 or taken & set(range(*span)):
                continue
            out.append(span)
    return out


def person_span(ctx: Context, k: int) -> tuple[int, int] | None:
    """A name starting at token ``k``: a PERSON mention, or capitalised unknown words."""
    return _person_at(ctx, k) or _caps(ctx, k, forward=True)


def portfolio_only(doc: Doc, start: int, end: int) -> bool:
    """Whether a span is only title words after a title's «des»/«de la» («Affaires étrangères»).

    Examples:
        >>> import spacy
        >>> doc = spacy.blank("fr")("les ministres des Affaires étrangères du Ministère des Affaires")
        >>> portfolio_only(doc, 3, 5), portfolio_only(doc, 1, 2), portfolio_only(doc, 6, 8)
        (True, False, False)
    """
    words = title_words()
    allowed = words["modifier"] | words["link"]
    before = fold_accents(doc[start - 1].lower_) if start > 0 else ""
    if doc[start].lower_ in org_heads("fr"):
        return False  # «du Ministère des Affaires étrangères»: a body
    return before in words["link"] and all(fold_accents(t.lower_) in allowed for t in doc[start:end])
