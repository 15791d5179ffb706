"""Tests for newsgraph.export.png and `newsgraph visualize --png`."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsgraph.cli import cli
from newsgraph.errors import ConfigError
from newsgraph.export.html import write_html
from newsgraph.export.png import find_chromium, screenshot_html

sys.path.insert(0, str(Path(__file__).resolve().parent))
from browser import require_chromium
from test_networkx import sample_dataset

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def test_screenshot_html_without_chromium_says_what_to_do(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSGRAPH_CHROMIUM", str(tmp_path / "no-such-chromium"))
    assert find_chromium() is None
    page = tmp_path / "v.html"
    page.write_text("<!DOCTYPE html><title>x</title>", encoding="utf-8")
    with pytest.raises(ConfigError, match="apt-get install chromium"):
        screenshot_html(page, tmp_path / "v.png")


def test_cli_visualize_needs_an_output(tmp_path: Path) -> None:
    graph = tmp_path / "g.trig"
    graph.write_text("", encoding="utf-8")
    result = CliRunner().invoke(cli, ["visualize", str(graph)])
    assert result.exit_code == 2 and "-o FILE.html, --png FILE.png" in result.output


@pytest.mark.browser
def test_screenshot_html_writes_a_png(tmp_path: Path) -> None:
    require_chromium()
    page, png = tmp_path / "v.html", tmp_path / "pics" / "v.png"
    write_html(sample_dataset(), page, language="en")
    assert screenshot_html(page, png, size=(800, 500)) == png.resolve()
    data = png.read_bytes()
    assert data.startswith(PNG_MAGIC) and len(data) > 10_000
    assert int.from_bytes(data[16:20], "big") == 800  # IHDR width


@pytest.mark.browser
@pytest.mark.parametrize("timeline", [False, True], ids=["graph", "timeline"])
def test_cli_visualize_png(tmp_path: Path, timeline: bool) -> None:
    require_chromium()
    from newsgraph.graph import KnowledgeGraph

    graph = tmp_path / "g.trig"
    kg = KnowledgeGraph()
    for triple in sample_dataset().quads((None, None, None, None)):
        kg.dataset.add(triple)
    kg.serialize(graph, format="trig")
    png = tmp_path / "g.png"
    args = ["visualize", str(graph), "--png", str(png), *(["--timeline"] if timeline else [])]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    assert png.read_bytes().startswith(PNG_MAGIC) and f"wrote {png}" in result.output
