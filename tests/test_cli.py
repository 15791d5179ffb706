"""The command line: help text, the seed build, bad inputs, query, extract, validate."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsgraph.cli import cli

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "examples" / "000_9cbf2cd40884a872.txt"


def test_help_every_command_has_help_and_is_documented() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name, command in cli.commands.items():
        assert command.help and len(command.help) > 30, f"{name} has no real help text"
        assert f"newsgraph {name}" in readme, f"README does not document 'newsgraph {name}'"
        result = CliRunner().invoke(cli, [name, "--help"])
        assert result.exit_code == 0 and "Usage:" in result.output


def test_build_writes_every_output(seed_out: Path) -> None:
    names = {p.name for p in seed_out.iterdir()}
    for name in (
        "graph.ttl",
        "graph.trig",
        "graph.nq",
        "graph.nt",
        "graph.jsonld",
        "graph.graphml",
        "graph.html",
        "summary.json",
    ):
        assert name in names
    assert not [n for n in names if n.endswith(".tmp")]
    summary = json.loads((seed_out / "summary.json").read_text(encoding="utf-8"))
    assert summary["articles"] == 1 and summary["teasers"] == 1 and summary["errors"] == []


def test_build_bad_inputs_named_seed_still_built(tmp_path: Path) -> None:
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_text("", encoding="utf-8")
    (bad / "binary.txt").write_bytes(b"\x00\x01\x02\xff" * 50)
    (bad / "latin1.txt").write_bytes(
        "Title: Caf\xe9\n\nLe caf\xe9 est ferm\xe9 \xe0 Paris.".encode("latin-1")
    )
    (bad / "broken.jsonl").write_text(
        '{"text": "ok fine text about Morocco and Italy meeting."}\n{"text": \n', encoding="utf-8"
    )
    (bad / "empty.html").write_text(
        "<html><head><title>x</title></head><body><nav>menu</nav></body></html>", encoding="utf-8"
    )
    out = tmp_path / "out"
    out.mkdir()
    (out / "graph.ttl").write_text("# old\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(SEED), str(bad), "-o", str(out)])
    assert result.exit_code == 1
    for name in ("empty.txt", "binary.txt", "latin1.txt", "broken.jsonl", "empty.html"):
        assert name in result.output, f"no error names {name}"
    assert "broken.jsonl:2" in result.output
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["articles"] >= 2  # the seed and the good JSON line
    assert "مراكش" in (out / "graph.ttl").read_text(encoding="utf-8")


def test_build_where_every_input_fails_keeps_the_previous_output(seed_out: Path, tmp_path: Path) -> None:
    before = {p.name: p.read_bytes() for p in seed_out.iterdir()}
    result = CliRunner().invoke(cli, ["build", str(tmp_path / "typo.txt"), "-o", str(seed_out)])
    assert result.exit_code == 1
    assert "typo.txt" in result.output and "left as they were" in result.output
    assert {p.name: p.read_bytes() for p in seed_out.iterdir()} == before


def test_build_language_error_names_the_file(tmp_path: Path) -> None:
    german = tmp_path / "german.txt"
    german.write_text("Die Regierung in Berlin hat heute ein neues Gesetz beschlossen.", encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(german), str(SEED), "-o", str(tmp_path / "out"),
                                      "--language", "de"])  # fmt: skip
    assert result.exit_code == 1
    assert f"{german}: no pipeline for language 'de'" in result.output


def test_build_of_a_detected_language_without_a_pipeline_warns_naming_the_file(tmp_path: Path) -> None:
    german = tmp_path / "german.txt"
    german.write_text("Die Regierung in Berlin hat heute ein neues Gesetz beschlossen.", encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(german), "-o", str(tmp_path / "out"), "--model", "none",
                                      "--no-html"])  # fmt: skip
    assert result.exit_code == 0, result.output
    assert f"warning: {german}: the language looks like 'de'" in result.output
    assert "built as 'en'" in result.output


def test_query_answers_from_file_and_text(seed_out: Path) -> None:
    q = "SELECT (COUNT(?e) AS ?n) WHERE { ?e a ng:Event }"
    for fmt in ("table", "csv", "json"):
        result = CliRunner().invoke(cli, ["query", str(seed_out / "graph.ttl"), q, "--format", fmt])
        assert result.exit_code == 0, result.output
    n = json.loads(
        CliRunner().invoke(cli, ["query", str(seed_out / "graph.trig"), q, "--format", "json"]).output
    )
    assert int(n["results"]["bindings"][0]["n"]["value"]) >= 1  # SPARQL 1.1 JSON results


def test_query_bad_sparql_is_clean_error(seed_out: Path) -> None:
    result = CliRunner().invoke(cli, ["query", str(seed_out / "graph.ttl"), "SELEKT nothing"])
    assert result.exit_code == 1
    assert "Traceback" not in result.output and "Error" in result.output


def test_extract_prints_json() -> None:
    result = CliRunner().invoke(cli, ["extract", str(SEED)])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.output.splitlines() if line.strip()]
    main, teaser = lines
    assert main["article"]["published"] == "2022-05-12"
    assert teaser["article"]["kind"] == "teaser" and teaser["article"]["parent_id"] == main["article"]["id"]
    ids = {m["entity_id"] for m in main["mentions"]}
    assert {"country/MA", "country/US", "country/IT"} <= ids


def test_validate_seed_conforms(seed_out: Path) -> None:
    result = CliRunner().invoke(cli, ["validate", str(seed_out / "graph.ttl")])
    assert result.exit_code == 0, result.output


def test_visualize_writes_offline_html(seed_out: Path, tmp_path: Path) -> None:
    out = tmp_path / "v.html"
    result = CliRunner().invoke(cli, ["visualize", str(seed_out / "graph.trig"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    assert not re.search(r"<(script|link|img)[^>]+(src|href)=[\"']https?://", html)


@pytest.mark.parametrize("base", ["http://x/a b/", "not-an-iri", "https://example.org/no-slash", "ftp://h/"])
def test_build_bad_base_is_one_clear_line_and_creates_nothing(tmp_path: Path, base: str) -> None:
    store = tmp_path / "store"
    result = CliRunner().invoke(cli, ["build", str(SEED), "--store", str(store), "--base", base])
    assert result.exit_code == 2 and "is not a base IRI" in result.output
    assert "Traceback" not in result.output and not store.exists()


def test_build_output_that_is_a_file_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "passwd"
    target.write_text("keep me\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(SEED), "-o", str(target)])
    assert result.exit_code == 2 and "is a file" in result.output
    assert target.read_text(encoding="utf-8") == "keep me\n"


def test_build_max_chars_is_a_real_option(tmp_path: Path) -> None:
    art = tmp_path / "long.txt"
    art.write_text("Title: Long\n\n" + "Morocco and Italy met in Rabat. " * 50, encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(art), "-o", str(tmp_path / "a"), "--max-chars", "1000"])
    assert result.exit_code == 1 and "long.txt" in result.output and "--max-chars" in result.output
    result = CliRunner().invoke(cli, ["build", str(art), "-o", str(tmp_path / "b"), "--max-chars", "5000",
                                      "--no-html"])  # fmt: skip
    assert result.exit_code == 0, result.output


def test_pipelines_accept_every_article_the_readers_accept() -> None:
    # spaCy refuses texts over nlp.max_length (E088, 1,000,000 by default) with its own message.
    from newsgraph.extract.pipeline import get_nlp
    from newsgraph.io.assemble import LARGEST_MAX_CHARS

    assert get_nlp("en", model=None).max_length > LARGEST_MAX_CHARS


def test_build_twice_gives_byte_identical_exports(tmp_path: Path) -> None:
    english = ROOT / "tests" / "data" / "marrakech_en.txt"
    for name in ("a", "b"):
        result = CliRunner().invoke(cli, ["build", str(SEED), str(english), "-o", str(tmp_path / name),
                                          "--no-html"])  # fmt: skip
        assert result.exit_code == 0, result.output
    for name in ("graph.ttl", "graph.trig", "graph.nq", "graph.nt", "graph.jsonld", "graph.graphml"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name


def test_build_leaves_out_the_notes_of_a_folder_and_says_so(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text("Title: Talks\nDate: 2022-05-11\n\nMorocco and Italy met in Rabat.\n")
    (folder / "SOURCE.txt").write_text("Licence: CC BY 4.0. Chosen by hand; 2 articles were dropped.\n")
    (folder / "README.txt").write_text("What this folder holds.\n")
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["build", str(folder), "-o", str(out), "--no-html", "--model", "none"])
    assert result.exit_code == 0, result.output
    assert "1 article(s)" in result.output
    assert "2 note file(s) left out (README.txt, SOURCE.txt)" in result.output
    summary = json.loads((out / "summary.json").read_text())
    assert summary["articles"] == 1
    assert [Path(p).name for p in summary["not_articles"]] == ["README.txt", "SOURCE.txt"]
