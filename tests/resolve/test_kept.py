"""A store's resolution keeps its groups: they are what reading the resolved store gives, the next pass
reads only the article graphs that are new or changed, and a file of another pass is not used."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from newsgraph.api import build_into
from newsgraph.graph import KnowledgeGraph
from newsgraph.resolve import _content_hashes, _mark
from newsgraph.resolve.kept import load_groups
from newsgraph.resolve.read import read_entity_groups, read_event_groups, read_mentions

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "examples" / "000_9cbf2cd40884a872.txt"
ENGLISH = ROOT / "tests" / "data" / "marrakech_en.txt"


def _rows(items: list[Any]) -> list[str]:
    """Each group's fields, its sets sorted."""
    return sorted(repr({k: sorted(v) if isinstance(v, set) else v for k, v in vars(x).items()})
                  for x in items)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("kept") / "store"
    with KnowledgeGraph.open(path, write=True) as kg:
        build_into(kg, [SEED, ENGLISH], model=None)
    return path


def test_the_kept_groups_are_those_the_resolved_store_reads_back(store: Path) -> None:
    with KnowledgeGraph.open(store) as kg:
        hashes = _content_hashes(kg)
        groups, events, fresh = load_groups(store, _mark(kg), hashes)
        assert not fresh and groups and events
        mentioned = read_mentions(kg)
        assert _rows(groups) == _rows(read_entity_groups(kg, mentioned))
        assert _rows(events) == _rows(read_event_groups(kg, mentioned))


def test_reading_some_graphs_reads_what_reading_all_gives_for_them(store: Path) -> None:
    with KnowledgeGraph.open(store) as kg:
        graph = sorted(_content_hashes(kg))[0]
        mentioned = read_mentions(kg)
        some = read_mentions(kg, {graph})
        assert set(some) == {graph} and some[graph] == mentioned[graph]
        for read in (read_entity_groups, read_event_groups):
            everything = [x for x in read(kg, mentioned) if x.graph == graph]
            assert everything and _rows(read(kg, some, {graph})) == _rows(everything)


def test_a_changed_article_is_read_again_and_a_file_of_another_pass_not_used(store: Path) -> None:
    with KnowledgeGraph.open(store) as kg:
        hashes = _content_hashes(kg)
        mark = _mark(kg)
    changed = sorted(hashes)[0]
    groups, _, fresh = load_groups(store, mark, {**hashes, changed: "another hash"})
    assert fresh == {changed} and all(g.graph != changed for g in groups)
    assert load_groups(store, "another pass", hashes)[2] == set(hashes)
    assert load_groups(store / "missing-folder", mark, hashes)[2] == set(hashes)


def test_a_file_of_another_format_is_not_used(store: Path, tmp_path: Path) -> None:
    """A store resolved by an older newsgraph kept rows without what resolution now reads (tolls):
    they are read again, not trusted."""
    import json
    import shutil

    from newsgraph.resolve.kept import FORMAT, GROUPS_FILE

    with KnowledgeGraph.open(store) as kg:
        hashes, mark = _content_hashes(kg), _mark(kg)
    folder = tmp_path / "old"
    folder.mkdir()
    data = json.loads((store / GROUPS_FILE).read_text(encoding="utf-8"))
    assert data["format"] == FORMAT
    shutil.copy(store / GROUPS_FILE, folder / GROUPS_FILE)
    assert not load_groups(folder, mark, hashes)[2]
    (folder / GROUPS_FILE).write_text(json.dumps({k: v for k, v in data.items() if k != "format"}),
                                      encoding="utf-8")
    assert load_groups(folder, mark, hashes)[2] == set(hashes)
