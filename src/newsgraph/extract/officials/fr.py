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
from newsgraph.extract.officials.base import AddOfficial, Context, TitleMatch, org_ref, parse_org_ref
from newsgraph.text import fold_accents

__all__ = ["match_title", "speech_names", "take_title", "title_starts", "title_text", "title_words"]

_DETERMINERS = {"le", "la", "les", "l'", "un", "une", "son", "sa", "leur"}
_HOSTED = {"ambassadeur", "ambassadrice", "envoye", "envoyee", "emissaire", "representant", "representante",
           "correspondant", "correspondante"}
#: heads whose sending country stays in the title, as the gold writes it («ambassadeur de France»)
_ENVOY_OF = {"ambassadeur", "ambassadrice"}
_EX = "ex-"
_OWNERS = ("COUNTRY", "ORGANIZATION")


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
    forms = forms | {fold_accents(f) for f in forms}
    return forms | {_EX + f for f in vocab.get("head", frozenset())}  # «l'ex-président»


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
    if m is not None and m.label_ == "ORGANIZATION" and m.text[:1].isupper():
        return org_ref(m), m.end  # «la Commission électorale»: an organization the KB does not know
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
    first = keys[i].removeprefix(_EX) if keys[i].startswith(_EX) and len(keys[i]) > len(_EX) else keys[i]
    if first not in heads and first not in mods or (first != keys[i] and first not in heads):
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
        if k == i:
            key = first
        if key == "et" and of is not None and k + 1 < len(doc):
            owner = _owner_at(ctx, _link_end(ctx, k + 1))
            if owner is not None:  # «l'envoyé spécial de l'ONU et de la Ligue arabe»: the first owner
                k = of_end = owner[1]
                continue
        if key in heads or key in mods:
            has_head = has_head or key in heads
            k += 1
            end = of_end = max(of_end, k)
            continue
        if key in words["link"] and has_head:
            j = _link_end(ctx, k)
            j = _past_outlet(ctx, j)  # «correspondante de la chaîne de télévision France 24»
            owner = _owner_at(ctx, j) if j < len(doc) else None
            if owner is not None:
                envoy = of is None and ctx.starts[j].label_ == "COUNTRY" and keys[end - 1] in _ENVOY_OF
                of = of or owner[0]  # "secrétaire général de l'ONU"
                k = of_end = owner[1]
                if envoy:
                    end = k  # «ambassadeur de France»: the sending country is part of the title
                continue
            if j < len(doc) and keys[j] in mods and j not in ctx.covered:
                k = j  # "ministre des Affaires étrangères", "secrétaire d'État"
                continue
            org = ctx.starts.get(j) if j < len(doc) else None
            if org is not None and org.label_ == "ORGANIZATION":
                of_end = max(of_end, end, org.end)  # "porte-parole du ministère chinois des …"
                break
        n = _acting_words(ctx, k) if has_head else 0
        if n:  # «le chef de l'Etat malien par intérim»: acting words stay in the title
            k = end = of_end = k + n
            continue
        break
    if not has_head or (end == i + 1 and first in words.get("needs_modifier", frozenset())):
        return None  # «un guide touristique» is no title; «le guide suprême» is
    of_end = max(of_end, end)
    if any(keys[x] in _HOSTED for x in range(i, end)):
        of_end = _host_end(ctx, of_end)
    return i, end, of, of_end


def _acting_words(ctx: Context, k: int) -> int:
    """How many tokens from ``k`` make a French "acting" phrase written after a title («par intérim»)."""
    from newsgraph.extract.officials.status import status_phrases

    keys = _keys(ctx)
    for phrase in status_phrases("fr", "after", "acting"):
        if tuple(keys[k : k + len(phrase)]) == phrase:
            return len(phrase)
    return 0


def _past_outlet(ctx: Context, j: int) -> int:
    """Past a medium's descriptor before its name: «la chaîne de télévision» France 24, «le quotidien» X.

    Up to five lower-case words from the first ``outlet`` noun; ``j`` itself when no named
    organization follows them.
    """
    doc, keys, words = ctx.doc, _keys(ctx), title_words()
    d = j + 1 if j < len(doc) and keys[j] in _DETERMINERS else j
    if d >= len(doc) or keys[d] not in words.get("outlet", frozenset()):
        return j
    for k in range(d + 1, min(d + 6, len(doc))):
        m = ctx.starts.get(k)
        if m is not None and m.label_ == "ORGANIZATION" and m.kb_id_:
            return k
        if doc[k].text[:1].isupper() or not (doc[k].is_alpha or keys[k] in words["link"]):
            break
    return j


def _host_end(ctx: Context, k: int) -> int:
    """Past an ambassador's host: "à Rabat", "auprès de l'ONU", "aux États-Unis", "pour la Syrie"."""
    doc, keys, words = ctx.doc, _keys(ctx), title_words()
    j = k
    if j < len(doc) and keys[j] in words["post"]:
        j += 1
        j = _link_end(ctx, j)
        if j < len(doc) and keys[j] in ("le", "les") and keys[j - 1] == "pour":
            j += 1
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
    doc, keys, words = ctx.doc, _keys(ctx), title_words()
    if k < len(doc) and doc[k].text == "," and k + 1 < len(doc):
        k += 1
        d = k + 1 if keys[k] in _DETERMINERS and k + 1 < len(doc) else k
        again = match_title(ctx, d) if d > k or keys[d] in words["noble"] else None
        if again is not None:
            k = again[3]  # "le chef de la diplomatie saoudienne, le prince Fayçal ben Farhane", «, cheikh X»
        elif d > k and keys[d] in words["honorific"]:
            k = d  # «le guide suprême, l'ayatollah Ali Khamenei»
    if k < len(doc) and keys[k] in words["honorific"]:
        k += 1
    if k >= len(doc) or ctx.first[k]:
        return None
    return _person_at(ctx, k) or _caps(ctx, k, forward=True) or _place_first_name(ctx, k)


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


def _name_before(ctx: Context, t: int) -> tuple[int, int] | None:
    """The name of "Antony Blinken, secrétaire d'État américain": a comma before the title."""
    doc, keys = ctx.doc, _keys(ctx)
    b = t - 1
    if b >= 0 and keys[b] in _former_words():
        b -= 1  # «Mahmoud Kadri, ancien Premier ministre»
    if b >= 0 and keys[b] in _DETERMINERS:
        b -= 1
    if b < 1 or doc[b].text != "," or ctx.first[t]:
        return None
    return _person_at(ctx, b - 1) or _caps(ctx, b - 1, forward=False)


def take_title(ctx: Context, m: TitleMatch, add: AddOfficial) -> int:
    """Record the official a title at ``m`` introduces; return where the title's material ends."""
    t0, t1, of, of_end = m
    keys, words = _keys(ctx), title_words()
    media = any(keys[x].removeprefix(_EX) in words.get("media", frozenset()) for x in range(t0, t1))
    title: tuple[int, int] | None = (t0, t1)
    comma = of_end < len(ctx.doc) and ctx.doc[of_end].text == ","
    medium = of is not None and (of.startswith("org/") or parse_org_ref(of) is not None)
    if media and not medium or (comma and _relative_before(ctx, t0)):
        title, of = None, None  # «le journaliste X»: a journalist's position is the medium's, else none
    name = _name_after(ctx, of_end)
    if name is None and title is not None and (comma_at := _past_complement(ctx, of_end)) is not None:
        name = _name_after(ctx, comma_at)  # «le porte-parole de la coalition, le général X»
    if name is not None:
        if title is not None and of is None:
            of = _of_after_name(ctx, name[1])
        add(name, title, of, "title-name")
        return of_end
    start = t0
    if start > 0 and keys[start - 1] in _DETERMINERS:
        start -= 1
    appos = _name_before(ctx, start)
    if appos is not None:
        add(appos, title, of, "name-title")
    return of_end


def _past_complement(ctx: Context, k: int) -> int | None:
    """The comma after a lower-case complement of a title («de la coalition», «de la brigade
    blindée»): up to five articles, prepositions, nouns and adjectives from a link word."""
    doc, keys, links = ctx.doc, _keys(ctx), title_words()["link"]
    if k >= len(doc) or keys[k] not in links:
        return None
    for j in range(k + 1, min(k + 6, len(doc))):
        tok = doc[j]
        if tok.text == "," and j > k + 1 and doc[j - 1].is_alpha and keys[j - 1] not in links:
            return j
        word = tok.is_lower and tok.is_alpha and tok.pos_ in ("NOUN", "ADJ")
        if ctx.first[j] or not (keys[j] in links or word):
            return None
    return None


@cache
def _former_words() -> frozenset[str]:
    from newsgraph.extract.officials.status import status_phrases

    return frozenset(p[0] for p in status_phrases("fr", "before", "former") if len(p) == 1)


def _relative_before(ctx: Context, t0: int) -> bool:
    """The title completes a kinship noun («la veuve de l'ancien président …, Souha Arafat»): a name
    apposed after a comma is the relative's, not the title holder's («la veuve du président Arafat»
    keeps its president)."""
    keys, words = _keys(ctx), title_words()
    status = _former_words()
    b = t0 - 1
    while b >= 0 and (keys[b] in _DETERMINERS or keys[b] in status):
        b -= 1
    if b < 0 or keys[b] not in words["link"]:
        return False
    b -= 1
    return b >= 0 and keys[b] in words.get("relative", frozenset())


def _of_after_name(ctx: Context, k: int) -> str | None:
    """«le roi Abdallah II de Jordanie»: a country right after the name, behind "de", is the title's."""
    keys = _keys(ctx)
    if k + 1 < len(ctx.doc) and keys[k] in ("de", "d'", "d’") and not ctx.first[k]:
        m = ctx.starts.get(k + 1)
        if m is not None and m.label_ == "COUNTRY" and m.kb_id_ and m.text[:1].isupper():
            return m.kb_id_
    return None


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
