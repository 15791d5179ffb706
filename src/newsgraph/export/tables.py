"""Tables for analysts: one row per event, one row per official, as CSV, TSV, JSON Lines or Parquet.

:func:`event_rows` reads a graph (in memory, a file, or a store) with the
SPARQL queries of ``export/queries/table_*.rq`` and builds one row per event
node, after merging, with the columns of :data:`EVENT_COLUMNS`: its type and
CAMEO code, its date (as stated, with its precision, and as the interval
``date_start``-``date_end`` it stands for), its place with coordinates and
country, its agents, targets and participants (names joined by ``"; "``, ids
in the ``*_ids`` columns), amounts and quantities (with the largest count
of the ``killed``, ``injured`` and ``arrested`` its reports give), and its reports (how
many, their URLs, the first publication date, and the first report's
sentence). :func:`official_rows` gives one row per position held.

Filters: ``since``/``until`` keep events whose interval overlaps the range
(so an event dated "2015-07" is in July 2015, and in a query from
2015-07-15); ``country`` is an ISO code or a name; ``event_type`` an event
type name (``Meeting``) or a CAMEO code (``04``, which also finds the types
below it).

:func:`write_table` writes rows in a format; :func:`as_frame` makes a pandas
DataFrame when pandas is installed (``pip install newsgraph[analysis]``); both live in
:mod:`newsgraph.export.table_files`.

Examples:
    >>> from newsgraph.graph import KnowledgeGraph
    >>> from newsgraph.types import Article, DateValue, Entity, Event, Extraction, Span
    >>> ma = Entity("country/MA", "COUNTRY", {"en": "Morocco"})
    >>> ev = Event("e1", "Meeting", "04", Span(0, 3, "met"), date=DateValue("2022-05", "month"),
    ...            location="country/MA")
    >>> kg = KnowledgeGraph()
    >>> kg.add(Extraction(Article("a1", "T", "met", "en", url="https://x.org/a1"),
    ...                   entities=(ma,), events=(ev,)))
    >>> row = event_rows(kg)[0]
    >>> row["type"], row["date"], row["date_precision"], row["date_start"], row["date_end"]
    ('Meeting', '2022-05', 'month', '2022-05-01', '2022-05-31')
    >>> row["place"], row["country"], row["urls"], row["n_reports"]
    ('Morocco', 'MA', 'https://x.org/a1', 1)
    >>> len(event_rows(kg, since="2022-05-31")), len(event_rows(kg, until="2022-04-30"))
    (1, 0)
    >>> len(event_rows(kg, event_type="04")), len(event_rows(kg, country="Morocco"))
    (1, 1)
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from datetime import date
from functools import cache
from importlib import resources
from typing import Any

from newsgraph.errors import QueryError
from newsgraph.export.table_files import TABLE_FORMATS, as_frame, write_table
from newsgraph.graph.ns import CAMEO_ROOTS, EVENT_TYPES, NGT, event_type_labels

__all__ = [
    "EVENT_COLUMNS",
    "OFFICIAL_COLUMNS",
    "TABLE_FORMATS",
    "as_frame",
    "event_rows",
    "official_rows",
    "write_table",
]

#: Columns of the events table, in order.
EVENT_COLUMNS: tuple[str, ...] = (
    "event_id", "type", "cameo",
    "date", "date_precision", "date_start", "date_end",
    "place", "place_id", "country", "country_id", "latitude", "longitude",
    "agents", "agent_ids", "targets", "target_ids", "participants", "participant_ids",
    "amount", "currency", "quantity", "killed", "injured", "arrested",
    "n_reports", "urls", "articles", "first_published", "evidence",
)
#: Columns of the officials table, in order.
OFFICIAL_COLUMNS: tuple[str, ...] = (
    "person", "person_id", "title", "of", "of_id", "status", "first_reported", "last_reported", "n_reports",
    "urls", "articles",
)
_SEP = "; "
_PRECISION = {10: "day", 7: "month", 4: "year"}
_FALLBACK_LANGS = ("en", "ar", "fr")


@cache
def _query(name: str) -> str:
    path = resources.files("newsgraph.export").joinpath("queries").joinpath(f"{name}.rq")
    return path.read_text(encoding="utf-8")


def _rows(kg: Any, name: str) -> list[tuple[str, ...]]:
    return list(kg.rows(_query(name)))


def _local(iri: str, ns: str) -> str:
    return iri[len(ns):] if iri.startswith(ns) else iri


def _short_id(iri: str, base: str) -> str:
    """An entity's id (``country/MA``) from its IRI under ``base``; other IRIs stay whole."""
    from urllib.parse import unquote

    return unquote(iri[len(base):]) if iri.startswith(base) else iri


class _Names:
    """Names of the graph's persons, organizations, countries and places, in a chosen language."""

    def __init__(self, kg: Any, lang: str | None) -> None:
        self.by_node: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
        for node, name, tag in _rows(kg, "table_names"):
            self.by_node[node][tag.split("-")[0].lower()].append(name)
        self.order = tuple(dict.fromkeys([*([lang] if lang else []), *_FALLBACK_LANGS]))

    def __call__(self, node: str, base: str) -> str:
        names = self.by_node.get(node)
        if names:
            for lang in (*self.order, *sorted(names)):
                if names.get(lang):
                    return sorted(names[lang])[0]
        return _short_id(node, base).rsplit("/", 1)[-1]

    def all(self, node: str) -> set[str]:
        return {n.casefold() for names in self.by_node.get(node, {}).values() for n in names}


def _largest(values: Iterable[str]) -> int | None:
    """The largest whole count among ``values`` (reports of one event may give 15, then 20 dead)."""
    counts = [int(float(v)) for v in values if v]
    return max(counts) if counts else None


def _precision(value: str) -> str:
    return _PRECISION.get(len(value), "day" if len(value) > 10 else "")


def _pick_date(dates: Iterable[str]) -> str:
    """The most precise stated date; the earliest among equally precise ones."""
    return min(dates, key=lambda d: (-len(d), d), default="")


def _cameo(type_name: str) -> str:
    if type_name in EVENT_TYPES:
        return EVENT_TYPES[type_name] or ""
    inverse = {v: k for k, v in CAMEO_ROOTS.items()}
    return inverse.get(type_name, "")


def _check_day(value: str | None, option: str) -> str | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise QueryError(f"{option} wants a day as YYYY-MM-DD, not {value!r}") from None


def _type_matches(wanted: str, type_name: str, cameo: str) -> bool:
    wanted = wanted.strip()
    if wanted.isdigit():
        return bool(cameo) and cameo.startswith(wanted[:2]) and (len(wanted) <= 2 or cameo == wanted)
    labels = {type_name.casefold(), *(v.casefold() for v in event_type_labels(type_name).values())}
    return wanted.casefold() in labels


def event_rows(
    kg: Any,
    *,
    since: str | None = None,
    until: str | None = None,
    country: str | None = None,
    event_type: str | None = None,
    lang: str | None = None,
) -> list[dict[str, Any]]:
    """One row per event node of ``kg`` (a :class:`~newsgraph.graph.KnowledgeGraph`), sorted by date.

    Args:
        kg: the graph (in memory, loaded from a file, or an open store).
        since: keep events whose interval ends on or after this day (YYYY-MM-DD).
        until: keep events whose interval starts on or before this day.
        country: keep events in this country: an ISO 3166 code (``MA``) or a name.
        event_type: keep events of this type (``Meeting``) or CAMEO code (``04``).
        lang: the language of names (``ar``, ``en``, ``fr``); English, Arabic,
            French, then any, where a node has no name in it.

    Returns:
        Dicts with the keys of :data:`EVENT_COLUMNS`. Undated events have empty
        dates and are left out when ``since`` or ``until`` is given.

    Raises:
        QueryError: for a malformed day, or when a query fails.
    """
    since, until = _check_day(since, "--since"), _check_day(until, "--until")
    base, ng_t = kg.base, str(NGT._NS)
    names = _Names(kg, lang)
    events: dict[str, dict[str, Any]] = {}
    for event, type_iri, stated, start, end in _rows(kg, "table_events"):
        rec = events.setdefault(event, {"types": Counter(), "dates": set(), "starts": set(), "ends": set()})
        rec["types"][_local(type_iri, ng_t)] += 1
        for key, value in (("dates", stated), ("starts", start), ("ends", end)):
            if value:
                rec[key].add(value[:10])
    links: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for event, key, value in _rows(kg, "table_links"):
        if value not in links[event][key]:
            links[event][key].append(value)
    places: dict[str, tuple[str, ...]] = {}
    for place, lat, long, ctry, iso in _rows(kg, "table_places"):
        if place not in places or (ctry and not places[place][2]):
            places[place] = (lat, long, ctry, iso)
    articles = {a: (url, pub) for a, url, pub in _rows(kg, "table_articles")}
    amounts: dict[str, list[tuple[str, str, str, str, str]]] = defaultdict(list)
    for event, kind, node, value, currency, label, count in _rows(kg, "table_amounts"):
        amounts[event].append((kind, node, value, currency or label, count))
    evidence = _rows(kg, "table_evidence") or _rows(kg, "table_evidence_union")
    sentences: dict[str, dict[str, str]] = defaultdict(dict)
    for event, article, text in evidence:
        sentences[event].setdefault(article, text)

    def published(article: str) -> str:
        return articles.get(article, ("", ""))[1]

    def names_of(ids: Sequence[str]) -> str:
        return _SEP.join(names(i, base) for i in ids)

    out = []
    for event, rec in events.items():
        type_name = sorted(rec["types"].items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        cameo = _cameo(type_name)
        if event_type and not _type_matches(event_type, type_name, cameo):
            continue
        stated = _pick_date(rec["dates"])
        start, end = min(rec["starts"], default=""), max(rec["ends"], default="")
        if (since or until) and not (start and end):
            continue
        if (since and end < since) or (until and start > until):
            continue
        link = links.get(event, {})
        place = (link.get("place") or [""])[0]
        lat, long, ctry, iso = places.get(place, ("", "", "", ""))
        if country and not (iso.upper() == country.strip().upper()
                            or (ctry and country.strip().casefold() in names.all(ctry))):
            continue
        reports = sorted(link.get("reports", []), key=lambda a: (published(a) or "9999", a))
        said = sentences.get(event, {})
        first_sentence = next((said[a] for a in reports if a in said), next(iter(said.values()), ""))
        money = [a for a in amounts.get(event, []) if a[0] == "amount"]
        counts = [a for a in amounts.get(event, []) if a[0] == "quantity"]
        row: dict[str, Any] = {
            "event_id": event, "type": type_name, "cameo": cameo,
            "date": stated, "date_precision": _precision(stated) if stated else "",
            "date_start": start, "date_end": end,
            "place": names(place, base) if place else "", "place_id": _short_id(place, base) if place else "",
            "country": iso or (names(ctry, base) if ctry else ""),
            "country_id": _short_id(ctry, base) if ctry else "",
            "latitude": float(lat) if lat else None, "longitude": float(long) if long else None,
            "amount": _SEP.join(a[2] for a in sorted(money)),
            "currency": _SEP.join(dict.fromkeys(a[3] for a in sorted(money) if a[3])),
            "quantity": _SEP.join(a[3] for a in sorted(counts) if a[3]),
            **{k: _largest(a[2] for a in counts if a[4] == k) for k in ("killed", "injured", "arrested")},
            "n_reports": len(reports),
            "urls": _SEP.join(dict.fromkeys(articles[a][0] for a in reports if articles.get(a, ("",))[0])),
            "articles": _SEP.join(sorted(_short_id(a, base) for a in reports)),  # also those without a URL
            "first_published": min((published(a) for a in reports if published(a)), default=""),
            "evidence": first_sentence,
        }
        for column, key in (("agent", "agents"), ("target", "targets"), ("participant", "participants")):
            ids = link.get(key, [])
            row[key] = names_of(ids)
            row[f"{column}_ids"] = _SEP.join(_short_id(i, base) for i in ids)
        out.append({c: row[c] for c in EVENT_COLUMNS})
    out.sort(key=lambda r: (r["date_start"] or "9999", r["event_id"]))
    return out


def official_rows(kg: Any, *, lang: str | None = None) -> list[dict[str, Any]]:
    """One row per position held: person, title, of (country or organization), reports.

    ``first_reported``/``last_reported`` are the earliest and latest publication
    dates of the articles that report the position (empty when they carry no
    date); ``urls`` their URLs, ``articles`` their ids. ``status`` is what the
    latest report says of it: "former", "acting", or empty (held on that day).
    Sorted by person and title.

    Examples:
        >>> from newsgraph.graph import KnowledgeGraph
        >>> from newsgraph.types import Article, Entity, Extraction, Position
        >>> ent = (Entity("person/a", "PERSON", {"en": "Ann Lee"}),
        ...        Entity("country/IT", "COUNTRY", {"en": "Italy"}))
        >>> kg = KnowledgeGraph()
        >>> kg.add(Extraction(Article("a1", "T", "Minister Ann Lee.", "en"), entities=ent,
        ...                   positions=(Position("person/a", "Minister", "country/IT", "en", 0),)))
        >>> [(r["person"], r["title"], r["of"], r["n_reports"]) for r in official_rows(kg)]
        [('Ann Lee', 'Minister', 'Italy', 1)]
    """
    base = kg.base
    names = _Names(kg, lang)
    articles = {a: (url, pub) for a, url, pub in _rows(kg, "table_articles")}
    positions: dict[str, dict[str, Any]] = {}
    for person, position, title, tag, of, article, status in _rows(kg, "table_officials"):
        rec = positions.setdefault(
            position, {"person": person, "of": of, "titles": {}, "articles": set(), "status": {}}
        )
        rec["titles"].setdefault(tag.split("-")[0].lower(), set()).add(title)
        if article:
            rec["articles"].add(article)
            if status:
                rec["status"][article] = status
    if positions and not any(rec["articles"] for rec in positions.values()):
        mentioned: dict[str, set[str]] = defaultdict(set)
        for person, article in _rows(kg, "table_mentions"):
            mentioned[person].add(article)
        for rec in positions.values():
            rec["articles"] = mentioned.get(rec["person"], set())
    order = tuple(dict.fromkeys([*([lang] if lang else []), *_FALLBACK_LANGS]))
    out = []
    for rec in positions.values():
        titles = rec["titles"]
        title = next((sorted(titles[k])[0] for k in (*order, *sorted(titles)) if titles.get(k)), "")
        dates = sorted(articles[a][1] for a in rec["articles"] if articles.get(a, ("", ""))[1])
        urls = sorted({articles[a][0] for a in rec["articles"] if articles.get(a, ("",))[0]})
        latest = max(rec["articles"], key=lambda a: (articles.get(a, ("", ""))[1], a), default=None)
        out.append({
            "person": names(rec["person"], base), "person_id": _short_id(rec["person"], base),
            "title": title, "of": names(rec["of"], base) if rec["of"] else "",
            "of_id": _short_id(rec["of"], base) if rec["of"] else "",
            "status": rec["status"].get(latest, ""),
            "first_reported": dates[0] if dates else "", "last_reported": dates[-1] if dates else "",
            "n_reports": len(rec["articles"]), "urls": _SEP.join(urls),
            "articles": _SEP.join(sorted(_short_id(a, base) for a in rec["articles"])),
        })
    out.sort(key=lambda r: (r["person"], r["title"], r["of"]))
    return out

