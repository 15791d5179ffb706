"""newsgraph.io.clean: characters that are not text, in names and in every export."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

import newsgraph
from newsgraph.cli import cli
from newsgraph.io.clean import clean_text


@pytest.mark.parametrize("mark", ["\u200f", "\u200e", "\u200c", "\u200b", "\u061c", "\u2067", "\ufeff"])
def test_clean_text_format_marks_inside_a_name_keep_the_person(mark: str) -> None:
    text = f"وقال وزير الخارجية المغربي ناصر{mark} بوريطة إن الاجتماع مهم."
    ext = newsgraph.extract(text, language="ar")
    assert ("ناصر بوريطة", "PERSON") in {(m.text, m.label) for m in ext.mentions}
    assert all(ext.article.text[m.start : m.end] == m.text for m in ext.mentions)


def test_clean_text_keeps_length_for_controls_and_lines() -> None:
    assert clean_text("a\x00b\x1fc\x7fd\x85e") == "a b c d e"
    assert clean_text("one\r\ntwo\rthree\tfour") == "one\ntwo\nthree\tfour"
    assert clean_text("bad \ud83d surrogate") == "bad \ufffd surrogate"


def test_build_with_control_characters_writes_every_format(tmp_path: Path) -> None:
    art = tmp_path / "ctrl.txt"
    art.write_text("Title: Test\x01 article\nDate: 2022-05-12\n\nMorocco\x02 and Italy met in Rabat.\x0b"
                   " The ministers signed an agreement\x1b.\n", encoding="utf-8")  # fmt: skip
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["build", str(art), "-o", str(out), "--no-html"])
    assert result.exit_code == 0, result.output
    for name in ("graph.ttl", "graph.trig", "graph.nq", "graph.nt", "graph.jsonld", "graph.graphml"):
        data = (out / name).read_text(encoding="utf-8")
        assert data and not any(ch in data for ch in "\x01\x02\x0b\x1b"), name


def test_graphml_of_articles_built_from_objects_is_valid_xml(tmp_path: Path) -> None:
    import networkx as nx

    from newsgraph.export.networkx import write_graphml

    # An Article made in Python skips the readers; the GraphML writer still gets XML-safe text.
    art = newsgraph.Article(id="obj", title="Rabat\x01 talks", text="Morocco\x02 and Italy met in Rabat.",
                            language="en")  # fmt: skip
    kg = newsgraph.build([art])
    out = tmp_path / "g.graphml"
    write_graphml(kg.dataset, out)
    assert nx.read_graphml(out).number_of_nodes() > 0
