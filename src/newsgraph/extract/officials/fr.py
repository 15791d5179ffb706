"""French titles and names: "le ministre marocain des Affaires étrangères, Nasser Bourita".

A title is a run of head nouns, modifiers and links from ``data/titles_fr.tsv``
("Premier ministre", "secrétaire d'État", "ministre de la Défense", "prince
héritier"). French puts the nationality adjective inside the run ("le
ministre *marocain* des Affaires étrangères") and the country or organization
after "de" ("secrétaire général *de l'ONU*"); either gives the position its
``of``. An ambassador's or envoy's host ("à Rabat", "auprès de l'ONU") is read
past; acting words («par intérim») stay in the title. The name follows the title,
after an optional comma, or stands before it, after a comma: :mod:`.fr_names`
finds it. A name apposed to a kinship noun («la veuve de l'ancien président, X») is
the relative's; a journalist's title is a position only of the medium named with it.

Matching is on lower-cased forms without accents (:func:`newsgraph.text.fold_accents`):
news writes "Etat" and "État" alike.
"""

from __future__ import annotations

import re
from functools import cache

from newsgraph.extract.officials.base import AddOfficial, Context, TitleMatch, org_ref, parse_org_ref
from newsgraph.extract.officials.fr_complements import (
    bracket_org,
    lower_portfolio,
    past_brackets,
    past_complement,
    place_then_name,
    plural_in_complement,
)
from newsgraph.extract.officials.fr_fields import field_after, named_later, of_after_name, possessor
from newsgraph.extract.officials.fr_names import (
    DETERMINERS,
    folded_keys,
    former_words,
    name_after,
    name_before,
    plural_head,
    speech_names,
    title_words,
)
from newsgraph.extract.officials.fr_plural import coordinated_holders
from newsgraph.extract.officials.fr_posts import appointed
from newsgraph.text import fold_accents

__all__ = ["match_title", "speech_names", "take_title", "title_starts", "title_text", "title_words"]

_HOSTED = {"ambassadeur", "ambassadrice", "envoye", "envoyee", "emissaire", "representant", "representante",
           "correspondant", "correspondante"}
#: heads whose sending country stays in the title, as the gold writes it («ambassadeur de France»)
_ENVOY_OF = {"ambassadeur", "ambassadrice"}
_EX = "ex-"
_OWNERS = ("COUNTRY", "ORGANIZATION")


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
    heads = vocab.get("head", frozenset())
    return forms | {_EX + f for f in forms} | {f + "s" for f in heads}  # «l'ex-Premier ministre», «les chefs»


def _owner_at(ctx: Context, k: int) -> tuple[str, int] | None:
    """(entity id, end token) of a country or organization mention starting at token ``k``."""
    m = ctx.starts.get(k)
    if m is not None and m.label_ in _OWNERS and m.kb_id_:
        return m.kb_id_, m.end
    if m is not None and m.label_ == "ORGANIZATION" and m.text[:1].isupper():
        return org_ref(m), m.end  # «la Commission électorale»: an organization the KB does not know
    return _named_again(ctx, k) if m is None or m.label_ == "ORGANIZATION" and not m.kb_id_ else None


def _named_again(ctx: Context, k: int) -> tuple[str, int] | None:
    """A known organization of two words or more written in lower case that the article also names
    with capitals («le président de la commission européenne» beside «la Commission européenne»)."""
    names: dict[tuple[str, ...], str] | None = getattr(ctx, "_fr_org_names", None)
    keys = folded_keys(ctx)
    if names is None:
        names = {tuple(keys[sp.start : sp.end]): sp.kb_id_ for sp in ctx.starts.values()
                 if sp.label_ == "ORGANIZATION" and sp.kb_id_ and len(sp) > 1}
        ctx._fr_org_names = names  # type: ignore[attr-defined]
    if not ctx.doc[k].is_lower:
        return None
    for n in sorted({len(key) for key in names}, reverse=True):
        if (found := names.get(tuple(keys[k : k + n]))) is not None and k + n not in ctx.covered:
            return found, k + n
    return None


def _link_end(ctx: Context, k: int) -> int:
    """Where a run of link words ("de", "de la", "d'", "des") starting at ``k`` ends."""
    links, keys = title_words()["link"], folded_keys(ctx)
    j = k
    while j < len(ctx.doc) and j - k < 2 and keys[j] in links:
        j += 1
    return j


def match_title(ctx: Context, i: int) -> TitleMatch | None:
    """Match a French title run at token ``i``: (first, end, of, end of the of-material)."""
    doc, keys, words = ctx.doc, folded_keys(ctx), title_words()
    heads, mods = words["head"], words["modifier"]
    inside = ctx.covered.get(i)
    if inside is not None and inside.label_ == "PERSON" and inside.start < i:
        return None  # «Mohamed Ould Cheikh El Ghazouani»: a title word inside a name is the name's
    if plural_head(keys[i]) and not plural_in_complement(ctx, i):  # «les chefs», not «aux députés de»
        heads = heads | {keys[i]}
    first = keys[i].removeprefix(_EX) if keys[i].startswith(_EX) and len(keys[i]) > len(_EX) else keys[i]
    if first not in heads and first not in mods:
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
        plural = k > i and first in mods and plural_head(key)  # «les premiers ministres»
        dash = key == "-" and k > i and k + 1 < len(doc) and keys[k + 1] in mods
        if key in heads or plural or key in mods or dash:
            has_head = has_head or key in heads or plural  # «chef d'état-major» (état - major)
            k += 1
            end = of_end = max(of_end, k)
            continue
        if key in words["link"] and has_head:
            j = _link_end(ctx, k)
            j = _past_outlet(ctx, j)  # «correspondante de la chaîne de télévision France 24»
            owner = _owner_at(ctx, j) if j < len(doc) else None
            if owner is not None:
                country = j in ctx.starts and ctx.starts[j].label_ == "COUNTRY"
                envoy = of is None and country and keys[end - 1] in _ENVOY_OF
                of = of or owner[0]  # "secrétaire général de l'ONU"
                k = of_end = owner[1]
                if envoy:
                    end = k  # «ambassadeur de France»: the sending country is part of the title
                continue
            seat = ctx.starts.get(j) if j < len(doc) else None
            if of is None and seat is not None and seat.label_ == "PLACE" and seat.kb_id_ \
                    and keys[end - 1] in words.get("local", frozenset()):
                of, k = seat.kb_id_, seat.end  # «le maire de New York»: the city governed
                of_end = k
                continue
            if j < len(doc) and keys[j] in mods and j not in ctx.covered:
                k = j  # "ministre des Affaires étrangères", "secrétaire d'État"
                continue
            if (n := _portfolio_words(ctx, j, end)) > 0:
                k = end = of_end = j + n  # «ministre de la Transition énergétique»
                continue
            if (n := _complement_before_owner(ctx, j)) > 0 or (n := lower_portfolio(ctx, k, j, end)) > 0:
                k = end = of_end = j + n  # «le chef du bureau politique du Hamas», «le ministre du budget»
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


def _portfolio_words(ctx: Context, j: int, end: int) -> int:
    """How many tokens from ``j`` name a portfolio the title list lacks, after a minister's «de»: a
    capitalised word that is no mention («de l'Hydraulique»), and the lower-case adjectives after it."""
    doc, keys = ctx.doc, folded_keys(ctx)
    if j >= len(doc) or keys[end - 1] not in title_words().get("portfolio", frozenset()) \
            or not (doc[j].is_alpha and doc[j].text[:1].isupper()) or j in ctx.covered or ctx.first[j] \
            or (j + 1 < len(doc) and doc[j + 1].text[:1].isupper()):
        return 0  # «le ministre de Bachar X»: a name
    n = 1
    while j + n < len(doc) and doc[j + n].pos_ == "ADJ" and doc[j + n].is_lower and j + n not in ctx.covered:
        n += 1
    return n


def _complement_before_owner(ctx: Context, j: int) -> int:
    """How many tokens from ``j`` are a lower-case noun and its adjectives that the title's owner follows,
    behind a link («chef [du bureau politique] du Hamas», «porte-parole [de la branche armée] du Hamas»)."""
    doc, keys, links = ctx.doc, folded_keys(ctx), title_words()["link"]
    if j >= len(doc) or j in ctx.covered or doc[j].pos_ != "NOUN" or not doc[j].is_lower or ctx.first[j]:
        return 0
    n = 1
    while j + n < len(doc) and doc[j + n].pos_ == "ADJ" and doc[j + n].is_lower and j + n not in ctx.covered:
        n += 1
    owner = _owner_at(ctx, _link_end(ctx, j + n)) if j + n < len(doc) and keys[j + n] in links else None
    return n if owner is not None else 0


def _plural_title(keys: list[str], t0: int, t1: int) -> bool:
    """Whether the title words from ``t0`` to ``t1`` have a head in the plural («les chefs», «les premiers
    ministres»): it may be given to several names."""
    return any(plural_head(keys[x]) for x in range(t0, t1))


def _acting_words(ctx: Context, k: int) -> int:
    """How many tokens from ``k`` make a French "acting" phrase written after a title («par intérim»)."""
    from newsgraph.extract.officials.status import status_phrases

    keys = folded_keys(ctx)
    for phrase in status_phrases("fr", "after", "acting"):
        if tuple(keys[k : k + len(phrase)]) == phrase:
            return len(phrase)
    return 0


def _past_outlet(ctx: Context, j: int) -> int:
    """Past a medium's descriptor before its name: «la chaîne de télévision» France 24, «le quotidien» X.

    Up to five lower-case words from the first ``outlet`` noun; ``j`` itself when no named
    organization follows them.
    """
    doc, keys, words = ctx.doc, folded_keys(ctx), title_words()
    d = j + 1 if j < len(doc) and keys[j] in DETERMINERS else j
    if d >= len(doc) or keys[d] not in words.get("outlet", frozenset()):
        return j
    for k in range(d + 1, min(d + 6, len(doc))):
        m = ctx.starts.get(k)
        if m is not None and m.label_ == "ORGANIZATION" and m.kb_id_:
            return k
        if doc[k].text[:1].isupper() or not (doc[k].is_alpha or keys[k] in words["link"]):
            break
    return j


def _outlet_after(ctx: Context, k: int) -> tuple[str, int] | None:
    """The medium a journalist works for, named after «pour» or «de» past the title and its nationality:
    (its id, where it ends)."""
    doc, keys = ctx.doc, folded_keys(ctx)
    if k >= len(doc) or keys[k] not in ("pour", "de", "du", "d'", "d’"):
        return None
    j = _past_outlet(ctx, k + 1 if keys[k] == "pour" else _link_end(ctx, k))
    m = ctx.starts.get(j)
    if m is None or m.label_ != "ORGANIZATION" or not m.text[:1].isupper():
        return None
    return m.kb_id_ or org_ref(m), m.end


def _host_end(ctx: Context, k: int) -> int:
    """Past an ambassador's host: "à Rabat", "auprès de l'ONU", "aux États-Unis", "pour la Syrie"."""
    doc, keys, words = ctx.doc, folded_keys(ctx), title_words()
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
        >>> title_text("l'ambassadeur"), title_text("le leader")
        ('ambassadeur', 'leader')
        >>> title_text("les ministres américain et russe des Affaires étrangères")
        'ministres des Affaires étrangères'
    """
    from newsgraph.kb import load_kb

    kb = load_kb()
    text = re.sub(r"^(?:(?:le|la|les)\s+|l['’]\s*)", "", text, flags=re.IGNORECASE)  # not «leader»
    out: list[str] = []
    demonym = False  # the word before was a nationality: an «et» after it joins two («américain et russe»)
    for w in text.split():
        if any(a.kind == "demonym" and a.label == "COUNTRY" for a in kb.lookup(w, "fr")):
            if out and out[-1] == "et" and demonym:
                out.pop()
            demonym = True
            continue
        out.append(w)
        demonym = demonym and w == "et"
    return " ".join(out)


def take_title(ctx: Context, m: TitleMatch, add: AddOfficial) -> int:
    """Record the official a title at ``m`` introduces; return where the title's material ends."""
    t0, t1, of, of_end = m
    keys, words = folded_keys(ctx), title_words()
    media = any(keys[x].removeprefix(_EX) in words.get("media", frozenset()) for x in range(t0, t1))
    title: tuple[int, int] | None = (t0, t1)
    comma = of_end < len(ctx.doc) and ctx.doc[of_end].text == ","
    medium = of is not None and (of.startswith("org/") or parse_org_ref(of) is not None)
    if media and not medium and (outlet := _outlet_after(ctx, of_end)) is not None:
        (of, of_end), medium = outlet, True  # «correspondant égyptien pour la chaîne … de France 24»
    if media and not medium or (comma and _relative_before(ctx, t0)):
        title, of = None, None  # «le journaliste X»: a journalist's position is the medium's, else none
    text = None
    if title is not None and (field := field_after(ctx, title, of_end)) is not None:
        of_end, text = field  # «la haute-commissaire des Nations unies aux droits de l'homme»
    name = name_after(ctx, past_brackets(ctx, of_end))  # «le président de la Fédération … (FBA), X»
    if name is None and title is not None and of is None and (placed := place_then_name(ctx, of_end)) \
            and (name := name_after(ctx, placed[1])) is not None:
        of = placed[0]  # «la première ministre du Québec, X»
    if name is None and title is not None and (seat := _host_end(ctx, of_end)) > of_end \
            and seat < len(ctx.doc) and ctx.doc[seat].text == ",":
        name = name_after(ctx, seat)  # «le chef du Hamas à Gaza, X»: where the office sits, then the name
    if name is None and title is not None and (comma_at := past_complement(ctx, of_end)) is not None:
        name = name_after(ctx, comma_at)  # «le porte-parole de la coalition, le général X»
        of = of or (bracket_org(ctx, comma_at) if name is not None else None)  # «du Conseil … (CNS), X»
    if name is not None:
        if title is not None and of is None:
            of = of_after_name(ctx, name[1]) or possessor(ctx, t0)
        add(name, title, of, "title-name", text)
        if title is not None and _plural_title(keys, t0, t1):
            coordinated_holders(ctx, name[1], title, of, add)  # «et saoudien, Y» (fr_plural.py)
        return of_end
    start = t0
    if start > 0 and keys[start - 1] in DETERMINERS:
        start -= 1
    appos = name_before(ctx, start)
    if appos is None and title is not None and _plural_title(keys, t0, t1):
        named_later(ctx, title, of_end, add)  # «les chefs de la diplomatie d'Iran et d'Arabie … L'Iranien X»
    if appos is not None:
        add(appos, title, of, "name-title", text)
    elif title is not None and (holder := appointed(ctx, title)) is not None:
        add(holder, title, of, "appointed", text)  # «X a été nommé ministre», «le poste … est confié à X»
    return of_end


def _relative_before(ctx: Context, t0: int) -> bool:
    """The title completes a kinship noun («la veuve de l'ancien président …, Souha Arafat»): a name
    apposed after a comma is the relative's, not the title holder's («la veuve du président Arafat»
    keeps its president)."""
    keys, words = folded_keys(ctx), title_words()
    status = former_words()
    b = t0 - 1
    while b >= 0 and (keys[b] in DETERMINERS or keys[b] in status):
        b -= 1
    if b < 0 or keys[b] not in words["link"]:
        return False
    b -= 1
    return b >= 0 and keys[b] in words.get("relative", frozenset())
