"""What a French title takes beyond its own words: a field after its owner («la haute-commissaire des
Nations unies aux droits de l'homme», «le haut-commissaire de l'ONU pour les réfugiés», «le secrétaire
d'État aux Affaires européennes»), an owner after the name («le roi X de Jordanie») or before a possessive
(«le Hamas … son chef politique, X»), and the holders of a plural title named in a later sentence by
their nationality («les chefs de la diplomatie d'Iran et d'Arabie saoudite … L'Iranien X et le Saoudien
Y»).

A ``field`` head of ``data/titles_fr.tsv`` may name its field after «à», «au», «aux» or «pour», behind the
owner or nationality the title rules read: the field stays in the title, the owner does not
(«haute-commissaire aux droits de l'homme» of the UN). The field is lower-case nouns, adjectives and
links, or one capitalised noun and its adjectives, up to a comma, a verb or a name.
"""

from __future__ import annotations

from newsgraph.extract.officials.base import AddOfficial, Context, org_ref
from newsgraph.extract.officials.fr_names import DETERMINERS, folded_keys, person_span, title_words

__all__ = ["field_after", "named_later", "of_after_name", "possessor"]

_TO = frozenset({"à", "a", "au", "aux", "pour"})
_MAX = 6


def field_after(ctx: Context, title: tuple[int, int], k: int) -> tuple[int, str] | None:
    """(end token, title text with its field) when a field follows the title's material at ``k``."""
    doc, keys, words = ctx.doc, folded_keys(ctx), title_words()
    fields, links = words.get("field", frozenset()), words["link"]
    if not any(keys[x] in fields for x in range(*title)) or k >= len(doc) or keys[k] not in _TO \
            or ctx.first[k]:
        return None
    j = k + 1
    if j < len(doc) and keys[j] in ("la", "l'", "l’") or keys[k] == "pour" and keys[j] == "les":
        j += 1
    end = j
    while end < len(doc) and end - j < _MAX and not ctx.first[end] and end not in ctx.covered:
        tok = doc[end]
        capital = tok.text[:1].isupper() and end == j and tok.pos_ == "NOUN"  # «à l'Élargissement»
        word = tok.is_lower and tok.is_alpha and tok.pos_ in ("NOUN", "ADJ")
        if not (keys[end] in links or capital or word):
            break
        end += 1
    while end > j and keys[end - 1] in links:
        end -= 1
    if end == j:
        return None
    title_text = ctx.text[doc[title[0]].idx : doc[title[1] - 1].idx + len(doc[title[1] - 1].text)]
    field_text = ctx.text[doc[k].idx : doc[end - 1].idx + len(doc[end - 1].text)]
    return end, f"{title_text} {field_text}"


def possessor(ctx: Context, t0: int) -> str | None:
    """«Le Hamas a annoncé la mort de son chef politique, X»: after «son/sa/leur», the organization that
    is the subject of the sentence (countries are inferred later, as for any title)."""
    if t0 == 0 or folded_keys(ctx)[t0 - 1] not in ("son", "sa", "leur"):
        return None
    for k in range(ctx.sent_start[t0], t0):
        m = ctx.starts.get(k)
        if m is not None and m.label_ == "ORGANIZATION" and any(t.dep_ in ("nsubj", "nsubj:pass") for t in m):
            return m.kb_id_ or org_ref(m)
    return None


def of_after_name(ctx: Context, k: int) -> str | None:
    """«le roi Abdallah II de Jordanie»: a country right after the name, behind "de", is the title's."""
    keys = folded_keys(ctx)
    if k + 1 < len(ctx.doc) and keys[k] in ("de", "d'", "d’") and not ctx.first[k]:
        m = ctx.starts.get(k + 1)
        if m is not None and m.label_ == "COUNTRY" and m.kb_id_ and m.text[:1].isupper():
            return m.kb_id_
    return None


_LATER = 3  # sentences


def named_later(ctx: Context, title: tuple[int, int], of_end: int, add: AddOfficial) -> None:
    """The holders of a plural title that names no one, one per country of its material: a name after
    «le/l'» and a capitalised nationality of one of those countries in the next sentences («L'Iranien X
    et le Saoudien Y»)."""
    doc, keys = ctx.doc, folded_keys(ctx)
    owners = {m.kb_id_ for k in range(title[0], of_end) if (m := ctx.starts.get(k)) is not None
              and m.label_ == "COUNTRY" and m.kb_id_}
    if len(owners) < 2:
        return
    last = ctx.sent_of[of_end - 1] + _LATER
    for k in range(of_end, len(doc)):
        if ctx.sent_of[k] > last:
            return
        m = ctx.starts.get(k)
        if m is None or m.kb_id_ not in owners or not m.text[:1].isupper() or k == 0 \
                or keys[k - 1] not in DETERMINERS or m.end >= len(doc):
            continue
        name = person_span(ctx, m.end)
        if name is not None:
            add(name, title, m.kb_id_, "title-name")
            owners.discard(m.kb_id_)
