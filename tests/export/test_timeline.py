"""Tests for newsgraph.export.timeline: dated events, groups, escaping, offline page."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

import pytest
from rdflib import Dataset

from newsgraph.errors import ConfigError, GraphError
from newsgraph.export.html import external_resources
from newsgraph.export.pagedata import expand
from newsgraph.export.timeline import render_timeline

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_networkx import ITALY, MEETING, MOROCCO, PLEDGE, STATEMENT, XSS, sample_dataset


def page_data(html: str) -> dict[str, Any]:
    match = re.search(r'<script id="ng-data" type="application/json">(.*?)</script>', html, re.S)
    assert match
    return expand(json.loads(match.group(1)), "events")


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    return sample_dataset()


@pytest.mark.parametrize(("lang", "direction"), [("ar", "rtl"), ("en", "ltr")])
def test_render_timeline_places_dated_events(dataset: Dataset, lang: str, direction: str) -> None:
    html = render_timeline(dataset, language=lang)
    data = page_data(html)
    events = {e["id"]: e for e in data["events"]}
    # the pledge has no date of its own: it sits on its article's publication date
    assert events[str(PLEDGE)]["start"] == "2022-05-11" and events[str(PLEDGE)]["source"] == "report"
    assert (events[str(MEETING)]["start"], events[str(MEETING)]["source"]) == ("2022-05-11", "event")
    assert (events[str(STATEMENT)]["start"], events[str(STATEMENT)]["end"]) == ("2022-05-01", "2022-05-31")
    assert 'data-ng-events="3"' in html and f'dir="{direction}"' in html
    assert data["rtl"] is (lang == "ar")


def test_render_timeline_countries_through_places(dataset: Dataset) -> None:
    events = {e["id"]: e for e in page_data(render_timeline(dataset, language="en"))["events"]}
    assert events[str(MEETING)]["countries"] == [str(MOROCCO)]  # held in Marrakesh, which is in Morocco
    assert events[str(PLEDGE)]["countries"] == [str(ITALY)]
    assert events[str(STATEMENT)]["countries"] == []


def test_render_timeline_is_offline_and_escaped(dataset: Dataset) -> None:
    html = render_timeline(dataset, title=XSS, language="en", group_by="event-type")
    assert external_resources(html) == []
    assert not re.search(r"<script\b[^>]*\bsrc=|<link\b", html, re.I)
    assert "<script>alert(1)" not in html and "vis.Timeline" in html
    assert '<option value="event-type" selected>' in html
    assert "@license" in html  # vis-timeline's licence header is kept


def test_render_timeline_rejects_unknown_grouping(dataset: Dataset) -> None:
    with pytest.raises(ConfigError, match="country, event-type"):
        render_timeline(dataset, group_by="year")


def test_render_timeline_focus(dataset: Dataset) -> None:
    data = page_data(render_timeline(dataset, language="en", focus="Italy", hops=1))
    assert [e["id"] for e in data["events"]] == [str(PLEDGE)]
    with pytest.raises(GraphError):
        render_timeline(dataset, focus="Atlantis")
