"""Military units and branches as members of their country's army (``memberOf``).

News names an army's parts next to it, or in the same article, without a
membership word: «شنّ سلاح الجو التركي غارات ... الجيش التركي», «كتيبة
المدرعات الخامسة», «قيادة المنطقة العسكرية الثانية في الجيش اليمني", "the
5th Armoured Battalion". Two rules, both on the article's mentions:

- a *branch* (air force, navy, coast guard: state institutions of
  :mod:`newsgraph.extract.institutions`) is a member of its country's army
  (or armed forces) when the article names that army;
- a numbered *unit* (a unit word such as «لواء», «كتيبة», "brigade",
  "division", with a number or an ordinal: «الخامسة», "3rd") is a member of
  the army of the country named inside it, else of the one army the article
  names (none when it names armies of several countries).

The words are data: ``data/military_units.tsv``.

Examples:
    >>> from newsgraph.types import Mention
    >>> ms = [Mention(0, 16, "Air Force of Iraq", "ORGANIZATION", "org/air-force-of-iraq", 0),
    ...       Mention(20, 30, "Iraqi army", "ORGANIZATION", "org/army-of-iraq", 0)]
    >>> insts = [("org/air-force-of-iraq", "air_force", "country/IQ"),
    ...          ("org/army-of-iraq", "army", "country/IQ")]
    >>> military_memberships("en", ms, insts)
    [Relation(subject='org/air-force-of-iraq', predicate='memberOf', object='org/army-of-iraq', sentence=0)]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from newsgraph.extract.lexicon import rows
from newsgraph.text import normalize_token
from newsgraph.types import Mention, Relation

__all__ = ["military_memberships", "unit_words"]

#: (entity id, institution kind, country id) of a state institution the article names
InstitutionRef = tuple[str, str, str]

_ARMIES = ("army", "armed_forces")
_ORDINAL_SUFFIX = re.compile(r"^\d+(?:st|nd|rd|th)?$", re.IGNORECASE)
_PROCLITICS = "وفبلك"


@cache
def _rows() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(row) for row in rows("military_units.tsv"))


def _key(word: str, lang: str) -> str:
    return normalize_token(word) if lang == "ar" else word.lower()


@cache
def unit_words(lang: str) -> dict[str, frozenset[str]]:
    """The ``unit`` and ``ordinal`` words of ``lang``, normalised (multi-word units joined by a space),
    and ``first``: the first word of each unit, a cheap test before a unit is looked up.

    Examples:
        >>> "battalion" in unit_words("en")["unit"], "fifth" in unit_words("en")["ordinal"]
        (True, True)
    """
    out: dict[str, set[str]] = {"unit": set(), "ordinal": set()}
    for row in _rows():
        if row[0] in out and row[1] == lang:
            out[row[0]].add(" ".join(_key(w, lang) for w in row[2].split()))
    out["first"] = {unit.split()[0] for unit in out["unit"]}
    return {k: frozenset(v) for k, v in out.items()}


@cache
def _branches() -> dict[str, tuple[str, ...]]:
    """Branch kind -> the army kinds it belongs to, in order of preference."""
    return {row[2]: tuple(row[3].split("|")) for row in _rows() if row[0] == "branch" and len(row) > 3}


def _words(text: str, lang: str) -> list[str]:
    return [_key(w, lang) for w in re.findall(r"\w+", text)]


def _is_unit(text: str, lang: str) -> bool:
    """A numbered unit: a unit word that heads the name (Arabic) or stands in it (English), and a number."""
    vocab = unit_words(lang)
    words = _words(text, lang)
    if not words:
        return False
    if lang == "ar":
        if words[0] in ("قياده",) and len(words) > 1:
            words = words[1:]  # «قيادة المنطقة العسكرية الثانية»
        first = words[0]
        heads = {first, " ".join(words[:2])}
        if first[:1] in _PROCLITICS and len(first) > 3:
            heads.add(first[1:])
        if heads.isdisjoint(vocab["unit"]):
            return False
    elif vocab["unit"].isdisjoint(words + [" ".join(words[i : i + 2]) for i in range(len(words))]):
        return False
    return any(_ORDINAL_SUFFIX.match(w) or w in vocab["ordinal"] for w in words)


def military_memberships(
    lang: str, mentions: Sequence[Mention], institutions: Sequence[InstitutionRef]
) -> list[Relation]:
    """``memberOf`` relations of branches and numbered units to their country's army.

    Args:
        lang: the article's language (selects the unit words).
        mentions: its linked mentions, with entity ids.
        institutions: (entity id, kind, country id) of the state institutions it names.
    """
    armies: dict[str, dict[str, str]] = {}  # country -> army kind -> entity id
    for iid, kind, country in institutions:
        if kind in _ARMIES or any(kind in kinds for kinds in _branches().values()):
            armies.setdefault(country, {}).setdefault(kind, iid)
    if not armies:
        return []
    sentence_of = {m.entity_id: m.sentence for m in mentions if m.entity_id}
    found: dict[tuple[str, str], Relation] = {}

    def add(member: str, container: str | None) -> None:
        if container and member != container and (member, container) not in found:
            found[(member, container)] = Relation(member, "memberOf", container, sentence_of.get(member))

    for iid, kind, country in institutions:
        for army_kind in _branches().get(kind, ()):
            if army_kind in armies.get(country, {}):
                add(iid, armies[country][army_kind])
                break
    army_ids = {c: next((kinds[k] for k in _ARMIES if k in kinds), None) for c, kinds in armies.items()}
    army_ids = {c: i for c, i in army_ids.items() if i}
    institution_ids = {iid for iid, _, _ in institutions}
    countries = [m for m in mentions if m.label == "COUNTRY" and m.entity_id]
    for m in mentions:
        if m.label != "ORGANIZATION" or not m.entity_id or m.entity_id in institution_ids:
            continue
        if not _is_unit(m.text, lang):
            continue
        inside = {c.entity_id for c in countries if m.start <= c.start and c.end <= m.end}
        if len(inside) == 1:
            add(m.entity_id, army_ids.get(next(iter(inside))))  # type: ignore[arg-type]
        elif not inside and len(army_ids) == 1:
            add(m.entity_id, next(iter(army_ids.values())))
    return list(found.values())
