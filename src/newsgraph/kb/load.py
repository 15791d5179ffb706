"""Load the knowledge base: countries, nationalities, organizations, cities, regions.

The data files live in ``newsgraph/kb/data`` (see the header of each file for
where its facts come from) and are read on the first call to :func:`load_kb`,
never at import time. The result is cached.

Every name, acronym and demonym is an :class:`Alias`. Matching rules:

- ``name``, ``demonym`` and ``weak`` aliases match case-insensitively, by
  :func:`newsgraph.text.normalize_key` (Arabic orthography folded);
- ``acronym`` aliases in Latin script ("US", "UK", "NATO", "SDF") are
  ``case_sensitive``: they only match when written exactly so;
- ``weak`` aliases (bare "التحالف الدولي", "الخليج", GeoNames' secondary
  Arabic city names, nationality adjectives that are ordinary words such as
  "المالية", listed in ``common_words.txt``) are ambiguous on their own: a
  ruler should link them only with supporting context.

Examples:
    >>> kb = load_kb()
    >>> kb.get("country/MA").labels["ar"]
    'المغرب'
    >>> [a.entity_id for a in kb.lookup("الأميركية", "ar")]
    ['country/US']
    >>> kb.lookup("us", "en"), [a.entity_id for a in kb.lookup("US", "en")]
    ([], ['country/US'])
"""

from __future__ import annotations

import gc
import json
from collections.abc import Callable, Iterator
from functools import lru_cache
from importlib import resources

from newsgraph.errors import ConfigError
from newsgraph.kb.base import Alias, AliasKind, KnowledgeBase
from newsgraph.text import normalize_key
from newsgraph.types import Entity, Label

__all__ = ["Alias", "AliasKind", "KnowledgeBase", "load_kb"]

#: Population from which a gazetteer city counts as major (see ``KnowledgeBase.is_minor_place``).
MAJOR_CITY = 1_000_000


def _keyer() -> Callable[[str], str]:
    """A memoised normalize_key for one load (many aliases repeat)."""
    cache: dict[str, str] = {}

    def key(text: str) -> str:
        k = cache.get(text)
        if k is None:
            k = cache[text] = normalize_key(text)
        return k

    return key


def _split(cell: str) -> list[str]:
    return [part for part in cell.split("|") if part] if cell else []


def _is_latin_acronym(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and all(ch.isascii() for ch in letters) and text.upper() == text


def _rows(name: str) -> Iterator[dict[str, str]]:
    """Rows of a ``#``-commented TSV data file, as dicts keyed by its header."""
    text = resources.files("newsgraph.kb").joinpath("data", name).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    header = lines[0].split("\t")
    for lineno, line in enumerate(lines[1:], start=2):
        cells = line.split("\t")
        if len(cells) != len(header):
            raise ConfigError(f"kb/data/{name}: data row {lineno} has {len(cells)} columns, not "
                              f"{len(header)}; reinstall newsgraph or rerun tools/build_kb.py")
        yield dict(zip(header, cells, strict=True))


def _lines(name: str) -> list[str]:
    text = resources.files("newsgraph.kb").joinpath("data", name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


class _Builder:
    """Collects entities and aliases while the files are read."""

    def __init__(self) -> None:
        self.entities: dict[str, Entity] = {}
        self.aliases: list[tuple[str, Alias]] = []
        self.key = _keyer()
        self.members: dict[str, tuple[str, ...]] = {}
        self.kinds: dict[str, str] = {}
        self.rank: dict[str, int] = {}
        self.populations: dict[str, int] = {}
        self.minor: set[str] = set()
        self.capitals: set[str] = set()
        self._seen: set[tuple[str, str, str, str, bool]] = set()
        self.non_place_keys: set[str] = set()
        self.common_words = {self.key(w) for w in _lines("common_words.txt")}

    def alias(self, text: str, entity_id: str, label: Label, lang: str, kind: AliasKind) -> None:
        if not text or "(" in text:
            return  # a bracketed acronym is found by the extractor, as an alias of the name before it
        if label == "PLACE" and len(text.split()) == 1 and self.key(text) in self.common_words:
            return
        case = kind == "acronym" and _is_latin_acronym(text)
        key = self.key(text)
        # a French name also written in lower case is kept as such: it may match lower-case text ("houthis")
        sig = (text if case else key, entity_id, lang, kind, lang == "fr" and text[:1].islower())
        if sig not in self._seen:
            self._seen.add(sig)
            self.aliases.append((key, Alias(text, entity_id, label, lang, kind, case)))

    def entity(self, eid: str, label: Label, labels: dict[str, str],
               names: dict[str, list[str]], external: dict[str, str], country: str | None,
               coordinates: tuple[float, float] | None = None) -> None:
        labels = {k: v for k, v in labels.items() if v}
        aliases = {lang: tuple(v) for lang, v in names.items() if v}
        self.entities[eid] = Entity(id=eid, type=label, labels=labels, aliases=aliases,
                                    external_ids={k: v for k, v in external.items() if v},
                                    country=country, in_kb=True, coordinates=coordinates)
        for lang, text in labels.items():
            self.alias(text, eid, label, lang, self.place_kind(text) if label == "PLACE" else "name")

    def place_kind(self, text: str, kind: AliasKind = "name") -> AliasKind:
        """``weak`` for a place name that is also a country, demonym or organization name.

        City-states and capitals share names with their country (Singapore,
        Djibouti), and some city names read as a nationality adjective
        (السويدية, الهندية) or an acronym (الفاو): the non-place reading wins, and
        the place keeps the name only as a weak alias.
        """
        if not self.non_place_keys:
            self.non_place_keys = {k for k, a in self.aliases if a.label != "PLACE"}
        return "weak" if self.key(text) in self.non_place_keys else kind


def _load_countries(b: _Builder) -> None:
    for row in _rows("countries.tsv"):
        eid = row["id"]
        names = {lang: _split(row[f"aliases_{lang}"]) for lang in ("en", "ar", "fr")}
        acronyms = _split(row["acronyms"])
        names["en"] = names["en"] + [a for a in acronyms if a not in names["en"]]
        b.entity(eid, "COUNTRY", {lang: row[f"name_{lang}"] for lang in ("en", "ar", "fr")},
                 names, {"wikidata": row["wikidata"], "iso3166": row["iso2"],
                         "iso3166_alpha3": row["iso3"], "geonames": row["geonames"]}, None)
        for lang in ("en", "ar", "fr"):
            for text in _split(row[f"aliases_{lang}"]):
                b.alias(text, eid, "COUNTRY", lang, "name")
        for text in acronyms:
            b.alias(text, eid, "COUNTRY", "en", "acronym")
    for row in _rows("nationalities.tsv"):
        # «المالية» is "financial" far more often than "Malian": weak, linked only with context.
        kind: AliasKind = "weak" if b.key(row["form"]) in b.common_words else "demonym"
        forms = _arabic_inflections(row["form"]) if row["lang"] == "ar" else (row["form"],)
        for form in forms:
            b.alias(form, row["country"], "COUNTRY", row["lang"], kind)


def _arabic_inflections(form: str) -> tuple[str, ...]:
    """A nationality adjective with the case and number endings news Arabic gives it.

    The source lists the masculine singular, the feminine, the nominative plural and their
    definite forms; a sentence also has the oblique plural (and dual) «مصريين», its definite
    «المصريين» and the accusative «مصرياً».

    Examples:
        >>> _arabic_inflections("مصري")
        ('مصري', 'مصريين', 'المصريين', 'مصريا', 'مصرياً')
        >>> _arabic_inflections("مصرية")
        ('مصرية',)
    """
    if not form.endswith("ي") or form.startswith("ال") or len(form) < 4:
        return (form,)
    return (form, form + "ين", "ال" + form + "ين", form + "ا", form + "اً")


def _load_organizations(b: _Builder) -> None:
    text = resources.files("newsgraph.kb").joinpath("data", "organizations.jsonl").read_text("utf-8")
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ConfigError(f"kb/data/organizations.jsonl line {lineno}: {exc}") from exc
        if "_source" in rec:
            continue
        eid = rec["id"]
        names = {lang: list(v) for lang, v in rec.get("aliases", {}).items()}
        weak = rec.get("weak", {})
        acronyms = list(rec.get("acronyms", []))
        all_names = {lang: names.get(lang, []) + list(weak.get(lang, [])) for lang in ("en", "ar")}
        all_names["en"] += [a for a in acronyms if a not in all_names["en"]]
        b.entity(eid, "ORGANIZATION", dict(rec["labels"]), all_names,
                 {"wikidata": rec.get("wikidata") or ""}, rec.get("country"))
        if rec.get("kind"):
            b.kinds[eid] = rec["kind"]
        for lang, texts in names.items():
            for t in texts:
                b.alias(t, eid, "ORGANIZATION", lang, "name")
        for t in acronyms:
            b.alias(t, eid, "ORGANIZATION", "en", "acronym" if _is_latin_acronym(t) else "name")
        for lang, texts in weak.items():
            for t in texts:
                b.alias(t, eid, "ORGANIZATION", lang, "weak")
        if rec.get("member_of"):
            b.members[eid] = tuple(rec["member_of"])


def _coordinates(lat: str | None, lon: str | None) -> tuple[float, float] | None:
    """``(latitude, longitude)`` from two TSV cells, or None when either is empty or out of range.

    Examples:
        >>> _coordinates("31.63", "-8.0"), _coordinates("", "3"), _coordinates("91", "0")
        ((31.63, -8.0), None, None)
    """
    try:
        point = (float(lat or ""), float(lon or ""))
    except ValueError:
        return None
    return point if -90 <= point[0] <= 90 and -180 <= point[1] <= 180 else None


def _load_places(b: _Builder) -> None:
    for row in _rows("places.tsv"):
        eid = row["id"]
        ar, weak = _split(row["names_ar"]), _split(row["weak_ar"])
        latin = _split(row.get("names_latin") or "")  # spelling variants: Marrakech for Marrakesh
        french = _split(row.get("names_fr") or "")  # exonyms: Pékin, Le Caire
        labels = {"en": row["name_en"], "ar": ar[0] if ar else "", "fr": french[0] if french else ""}
        # The Latin variants match text but are not labels: GeoNames lists dozens per city, in many
        # languages ("Strażburgu"); the form an article used is kept as a label by the graph.
        b.entity(eid, "PLACE", labels, {"ar": ar[1:] + weak},
                 {"wikidata": row["wikidata"], "geonames": row["geonameid"]},
                 f"country/{row['country']}", _coordinates(row.get("lat"), row.get("lon")))
        for t in ar[1:]:
            b.alias(t, eid, "PLACE", "ar", b.place_kind(t))
        for t in weak:
            b.alias(t, eid, "PLACE", "ar", "weak")
        for t in latin:
            for lang in ("en", "fr"):
                b.alias(t, eid, "PLACE", lang, b.place_kind(t))
        for t in french[1:]:
            b.alias(t, eid, "PLACE", "fr", b.place_kind(t))
        b.populations[eid] = int(row["population"] or 0)
        b.rank[eid] = -b.populations[eid]
        if row["is_capital"] != "1" and b.populations[eid] < MAJOR_CITY:
            b.minor.add(eid)
        if row["is_capital"] == "1":
            b.capitals.add(eid)
    for row in _rows("regions.tsv"):
        eid = row["id"]
        names = {lang: _split(row[f"aliases_{lang}"]) for lang in ("en", "ar", "fr")}
        weak_names = {lang: _split(row.get(f"weak_{lang}", "")) for lang in ("en", "ar", "fr")}
        b.entity(eid, "PLACE", {lang: row[f"name_{lang}"] for lang in ("en", "ar", "fr")},
                 {lang: names[lang] + weak_names[lang] for lang in ("en", "ar", "fr")},
                 {"wikidata": row["wikidata"]},
                 f"country/{row['country']}" if row["country"] else None)
        for lang in ("en", "ar", "fr"):
            for t in names[lang]:
                b.alias(t, eid, "PLACE", lang, b.place_kind(t))
            for t in weak_names[lang]:
                b.alias(t, eid, "PLACE", lang, "weak")
        b.rank[eid] = -10**10  # a named region outranks a same-named city


@lru_cache(maxsize=1)
def load_kb() -> KnowledgeBase:
    """Read the packaged KB data files once and return the knowledge base.

    Raises:
        ConfigError: a data file is missing or malformed.

    Examples:
        >>> kb = load_kb()
        >>> kb.country("MA").external_ids["wikidata"], load_kb() is kb
        ('Q1028', True)
    """
    b = _Builder()
    gc_was_enabled = gc.isenabled()
    gc.disable()  # tens of thousands of small objects, no cycles: collection only costs time
    try:
        _load_countries(b)
        _load_organizations(b)
        _load_places(b)
        within = {row["place"]: row["within"] for row in _rows("places_within.tsv")
                  if row["place"] in b.entities and row["within"] in b.entities}
        return KnowledgeBase(b.entities, b.aliases, b.members, b.rank, b.minor, within, b.capitals, b.kinds,
                             b.populations)
    except (FileNotFoundError, KeyError) as exc:
        raise ConfigError(f"knowledge base data is missing or malformed ({exc!r}); "
                          "reinstall newsgraph or rerun tools/build_kb.py") from exc
    finally:
        if gc_was_enabled:
            gc.enable()
