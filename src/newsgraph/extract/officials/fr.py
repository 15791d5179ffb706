"""French titles and names: "le ministre marocain des Affaires étrangères, Nasser Bourita".

A title is a run of head nouns, modifiers and links from ``data/titles_fr.tsv``
("Premier ministre", "secrétaire d'État", "ministre de la Défense", "prince
héritier"). French puts the nationality adjective inside the run ("le
ministre *marocain* des Affaires étrangères") and the country or organization
after "de" ("secrétaire général *de l'ONU*"); either gives the position its
``of``. An ambassador's or envoy's host ("à Rabat", "auprès de l'ONU") is read
past. The name follows the title, after an optional comma ("le président
iranien Ebrahim Raïssi", "le porte-parole, Wang Wenbin"), or stands before
it, after a comma ("Antony Blinken, secrétaire d'État américain"). Names are
statistical PERSON spans, else runs of capitalised words that are no known
word (particles such as "ben" or "al" may join them).

Matching is on lower-cased forms without accents (:func:`newsgraph.text.fold_accents`):
news writes "Etat" and "État" alike.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Token

from newsgraph.extract.lexicon import person_particles, rows, speech_verbs
from newsgraph.extract.officials.base import AddOfficial, Context, TitleMatch
from newsgraph.text import fold_accents

__all__ = ["match_title", "speech_names", "take_title", "title_starts", "title_text", "title_words"]

_DETERMINERS = {"le", "la", "les", "l'", "un", "une", "son", "sa", "leur"}
_HOSTED = {"ambassadeur", "ambassadrice", "envoye", "envoyee", "emissaire", "representant", "representante"}
_OWNERS = ("COUNTRY", "ORGANIZATION")


@cache
def title_words() -> dict[str, frozenset[str]]:
    """Folded title forms of ``data/titles_fr.tsv`` by kind (head, modifier, link, post, honorific, noble).

    Examples:
        >>> "etat" in title_words()["modifier"], "d'" in title_words()["link"]
        (True, True)
    """
    out: dict[str, set[str]] = {}
    for row in rows("titles_fr.tsv"):
        out.setdefault(row[1].strip(), set()).add(fold_accents(row[0].strip()))
    return {k: frozenset(v) for k, v in out.items()}


@cache
def title_starts() -> frozenset[str]:
    """The lower-cased forms a token must have for :func:`match_title` to be tried there.

    ``ctx.key`` is ``token.lower_`` (with accents): both spellings are listed.

    Examples:
        >>> {"ministre", "secrétaire", "secretaire", "premier"} <= title_starts()
        True
    """
    from newsgraph.extract.lexicon import title_vocabulary

    vocab = title_vocabulary("fr")
    forms = vocab.get("head", frozenset()) | vocab.get("modifier", frozenset())
    return forms | {fold_accents(f) for f in forms}


def _keys(ctx: Context) -> list[str]:
    """The folded form of every token of the document (computed once per Context)."""
    keys: list[str] | None = getattr(ctx, "_fr_keys", None)
    if keys is None:
        keys = [fold_accents(k) for k in ctx.key]
        ctx._fr_keys = keys  # type: ignore[attr-defined]
    return keys


def _owner_at(ctx: Context, k: int) -> tuple[str, int] | None:
    """(entity id, end token) of a country or organization mention starting at token ``k``."""
    m = ctx.starts.get(k)
    if m is not None and m.label_ in _OWNERS and m.kb_id_:
        return m.kb_id_, m.end
    return None


def _link_end(ctx: Context, k: int) -> int:
    """Where a run of link words ("de", "de la", "d'", "des") starting at ``k`` ends."""
    links, keys = title_words()["link"], _keys(ctx)
    j = k
    while j < len(ctx.doc) and j - k < 2 and keys[j] in links:
        j += 1
    return j


def match_title(ctx: Context, i: int) -> TitleMatch | None:
    """Match a French title run at token ``i``: (first, end, of, end of the of-material)."""
    doc, keys, words = ctx.doc, _keys(ctx), title_words()
    heads, mods = words["head"], words["modifier"]
    if keys[i] not in heads and keys[i] not in mods:
        return None
    k, has_head, of = i, False, None
    end = i  # end of the title words proper
    of_end = i
    while k < len(doc) and (k == i or not ctx.first[k]):
        key = keys[k]
        covered = ctx.covered.get(k)
        if covered is not None and k != i:
            owner = _owner_at(ctx, k)
            if owner is not None and covered.label_ == "COUNTRY" and doc[k].text[:1].islower():
                of = of or owner[0]  # "ministre marocain": the adjective, inside the run
                k = of_end = owner[1]
                continue
            break
        if key in heads or key in mods:
            has_head = has_head or key in heads
            k += 1
            end = of_end = max(of_end, k)
            continue
        if key in words["link"] and has_head:
            j = _link_end(ctx, k)
            owner = _owner_at(ctx, j) if j < len(doc) else None
            if owner is not None:
                of = of or owner[0]  # "secrétaire général de l'ONU"
                k = of_end = owner[1]
                continue
            if j < len(doc) and keys[j] in mods and j not in ctx.covered:
                k = j  # "ministre des Affaires étrangères", "secrétaire d'État"
                continue
            org = ctx.starts.get(j) if j < len(doc) else None
            if org is not None and org.label_ == "ORGANIZATION":
                of_end = max(of_end, end, org.end)  # "porte-parole du ministère chinois des …"
                break
        break
    if not has_head:
        return None
    of_end = max(of_end, end)
    if any(keys[x] in _HOSTED for x in range(i, end)):
        of_end = _host_end(ctx, of_end)
    return i, end, of, of_end


def _host_end(ctx: Context, k: int) -> int:
    """Past an ambassador's host: "à Rabat", "auprès de l'ONU", "en Irak", "aux États-Unis"."""
    doc, keys, words = ctx.doc, _keys(ctx), title_words()
    j = k
    if j < len(doc) and keys[j] in words["post"]:
        j += 1
        j = _link_end(ctx, j)
        m = ctx.starts.get(j)
        if m is not None and m.label_ in ("COUNTRY", "ORGANIZATION", "PLACE"):
            return m.end
    return k


def title_text(text: str) -> str:
    """A French title as a position names it: without its article and nationality adjective.

    Examples:
        >>> title_text("le ministre marocain des Affaires étrangères")
        'ministre des Affaires étrangères'
        >>> title_text("l'ambassadeur")
        'ambassadeur'
    """
    from newsgraph.kb import load_kb

    kb = load_kb()
    text = re.sub(r"^(?:le|la|les|l['’])\s*", "", text, flags=re.IGNORECASE)
    words = [w for w in text.split() if not any(
        a.kind == "demonym" and a.label == "COUNTRY" for a in kb.lookup(w, "fr"))]
    return " ".join(words)


def _cap(tok: Token) -> bool:
    return bool(tok.text) and tok.text[0].isupper() and tok.is_alpha


def _caps(ctx: Context, k: int, forward: bool) -> tuple[int, int] | None:
    """A run of up to five capitalised unknown words (and particles between them) from ``k``."""
    doc = ctx.doc
    particles = person_particles("fr")
    names: list[int] = []
    step = 1 if forward else -1
    j = k
    while 0 <= j < len(doc) and len(names) < 5:
        tok = doc[j]
        nxt = doc[j + step] if 0 <= j + step < len(doc) else None
        nxt_cap = nxt is not None and (_cap(nxt) or (nxt.text == "-" and tok.lower_ in particles))
        if names and nxt_cap and (tok.lower_ in particles or tok.text == "-"):
            names.append(j)  # "ben Farhane", "al-Kazimi" (al - Kazimi)
        elif _cap(tok) and not ctx.is_known(tok) and (ctx.covered.get(j) is None):
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


def _name_after(ctx: Context, k: int) -> tuple[int, int] | None:
    """The name right after a title: "le président iranien Ebrahim Raïssi", "…, M. Bourita"."""
    doc = ctx.doc
    if k < len(doc) and doc[k].text == "," and k + 1 < len(doc):
        k += 1
        if k + 1 < len(doc) and _keys(ctx)[k] in _DETERMINERS and (again := match_title(ctx, k + 1)):
            k = again[3]  # "le chef de la diplomatie saoudienne, le prince Fayçal ben Farhane"
    if k < len(doc) and _keys(ctx)[k] in title_words()["honorific"]:
        k += 1
    if k >= len(doc) or ctx.first[k]:
        return None
    return _person_at(ctx, k) or _caps(ctx, k, forward=True)


def _name_before(ctx: Context, t: int) -> tuple[int, int] | None:
    """The name of "Antony Blinken, secrétaire d'État américain": a comma before the title."""
    doc = ctx.doc
    b = t - 1
    if b >= 0 and _keys(ctx)[b] in _DETERMINERS:
        b -= 1
    if b < 1 or doc[b].text != "," or ctx.first[t]:
        return None
    return _person_at(ctx, b - 1) or _caps(ctx, b - 1, forward=False)


def take_title(ctx: Context, m: TitleMatch, add: AddOfficial) -> int:
    """Record the official a title at ``m`` introduces; return where the title's material ends."""
    t0, t1, of, of_end = m
    name = _name_after(ctx, of_end)
    if name is not None:
        add(name, (t0, t1), of, "title-name")
        return of_end
    start = t0
    if start > 0 and _keys(ctx)[start - 1] in _DETERMINERS:
        start -= 1
    appos = _name_before(ctx, start)
    if appos is not None:
        add(appos, (t0, t1), of, "name-title")
    return of_end


def speech_names(ctx: Context, taken: set[int]) -> list[tuple[int, int]]:
    """Names of two words or more right after or before a speech verb («…», a déclaré Nasser Bourita)."""
    doc = ctx.doc
    speech = {fold_accents(v) for v in speech_verbs("fr")}
    out = []
    for i, key in enumerate(_keys(ctx)):
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
