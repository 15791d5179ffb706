"""The project's own group files (tests/data/groups): well formed, and every form in a listed article.

They point into ../shared (third-party articles, never committed), so the form check skips without it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsgraph.evaluate.groups import group_files

GROUPS = Path(__file__).resolve().parents[1] / "data" / "groups"
FILES = sorted(GROUPS.glob("*/*.json"))


def test_there_are_dev_and_check_groups_of_both_kinds() -> None:
    kinds = {(f.parent.name, json.loads(f.read_text(encoding="utf-8"))["kind"]) for f in FILES}
    assert kinds == {(s, k) for s in ("dev", "check") for k in ("same_event", "different_events")}
    check = {f.stem for f in FILES if f.parent.name == "check"}
    assert {f.stem for f in group_files(GROUPS / "check")} == check


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_group_forms_occur_in_their_articles(path: Path) -> None:
    spec = json.loads(path.read_text(encoding="utf-8"))
    texts = {}
    for rel in spec["articles"]:
        article = (path.parent / rel).resolve()
        if not article.is_file():
            pytest.skip(f"needs ../shared beside the checkout (no {article})")
        texts[rel] = article.read_text(encoding="utf-8")
    assert spec["group"] == path.stem and len(texts) >= 2
    for thing in spec["things"]:
        assert set(thing["in"]) <= set(texts) and len(thing["in"]) >= 2, thing["key"]
        for form in thing["forms"]["ar"]:
            assert any(form in texts[rel] for rel in thing["in"]), (thing["key"], form)
    keys = {t["key"] for t in spec["things"]}
    if "event" in spec:  # a same-event group's place is one of its things
        assert spec["event"]["location"] in keys and len(spec["event"]["date"]) == 10
    else:  # a near-miss set's places may be lowercase names (../shared/groups/README.md)
        assert all(e["article"] in texts and len(e["date"]) == 10 for e in spec["events"])
