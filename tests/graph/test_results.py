"""newsgraph query: SPARQL 1.1 result formats, --param, shipped queries by name, clear errors;
self-contained exports (the event-type scheme) and place coordinates."""

from __future__ import annotations

import io
import shlex
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Literal, URIRef
from rdflib.namespace import XSD
from rdflib.query import Result

from newsgraph.cli import cli
from newsgraph.errors import QueryError
from newsgraph.graph import KnowledgeGraph
from newsgraph.graph.results import bind_values, load_query, parse_param

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "examples" / "000_9cbf2cd40884a872.txt"
MEETING_04 = ('SELECT ?e WHERE { ?e ng:eventType ?t . ?t ng:cameoCode "04" . '
              "?e ng:location ?p . ?p wgs:lat ?lat }")


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["query", *args])
    return result.exit_code, result.output


def test_trig_alone_selects_events_by_cameo_code(seed_out: Path) -> None:
    """No ontology loaded: the scheme travels inside the export, in a graph of its own."""
    from rdflib import Dataset

    ds = Dataset(default_union=True)
    ds.parse(seed_out / "graph.trig", format="trig")
    graphs = {str(g.identifier) for g in ds.graphs()}
    assert "https://w3id.org/newsgraph/id/graph/event-types" in graphs
    rows = list(ds.query('PREFIX ng: <https://w3id.org/newsgraph/ontology#> '
                         'SELECT ?e WHERE { ?e ng:eventType ?t . ?t ng:cameoCode "04" }'))
    assert any(str(r[0]).endswith("/event/e1") for r in rows)


@pytest.mark.parametrize("name", ["graph.trig", "graph.ttl", "graph.nq", "graph.nt", "graph.jsonld"])
def test_every_export_holds_the_scheme_and_coordinates(seed_out: Path, name: str) -> None:
    code, out = run(str(seed_out / name), MEETING_04, "--format", "csv")
    assert code == 0, out
    assert any(line.endswith("/event/e1") for line in out.splitlines()), out


def test_places_have_wgs84_and_a_wkt_point(seed_out: Path) -> None:
    kg = KnowledgeGraph.load(seed_out / "graph.trig")
    rows = kg.rows("SELECT ?lat ?long ?wkt WHERE { <https://w3id.org/newsgraph/id/place/gn-2542997> "
                   "wgs:lat ?lat ; wgs:long ?long ; geo:hasGeometry/geo:asWKT ?wkt }")
    assert rows == [("31.6342", "-7.9999", "POINT(-7.9999 31.6342)")]
    assert kg.validate().conforms


def test_stats_do_not_count_the_scheme(seed_out: Path) -> None:
    info = KnowledgeGraph.load(seed_out / "graph.trig").stats()
    assert info["articles"] == {"article": 1, "teaser": 1}
    assert not any("Concept" in t for t in info["types"])


def test_validate_rejects_a_latitude_out_of_range() -> None:
    from newsgraph.types import Article, Entity, Extraction, Mention

    place = Entity("place/x", "PLACE", {"en": "X"}, coordinates=(95.0, 0.0))
    kg = KnowledgeGraph()
    kg.add(Extraction(Article("a", "T", "X", "en"), ((0, 1),), (Mention(0, 1, "X", "PLACE", "place/x", 0),),
                      (place,)))
    assert not kg.validate().conforms


@pytest.mark.parametrize("fmt", ["json", "xml", "csv", "tsv"])
def test_query_formats_parse_with_rdflibs_result_parsers(seed_out: Path, fmt: str) -> None:
    code, out = run(str(seed_out / "graph.trig"), "bilingual_labels", "--format", fmt)
    assert code == 0, out
    parsed = Result.parse(io.StringIO(out), format=fmt)
    rows = list(parsed)
    assert rows
    if fmt != "csv":  # CSV carries no language tags; the others do
        assert any(isinstance(v, Literal) and v.language == "ar" for row in rows for v in row)


def test_query_json_keeps_datatypes(seed_out: Path) -> None:
    code, out = run(str(seed_out / "graph.trig"), "events_in_country", "--param", "country=MA",
                    "--param", "since=2022-01-01", "--format", "json")
    assert code == 0, out
    rows = list(Result.parse(io.StringIO(out), format="json"))
    assert rows and all(r.start.datatype == XSD.date for r in rows)  # type: ignore[union-attr]
    assert any(str(r.event).endswith("/event/e1") for r in rows)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("params", "meeting"),
    [
        ([], True),
        (["country=MA", "since=2022-01-01"], True),
        (["country=MA", "since=2022-05-31"], True),  # month-dated: the interval reaches May 31
        (["country=MA", "since=2022-06-01"], False),
        (["country=MA", "until=2022-04-30"], False),
        (["country=IT"], False),
    ],
)
def test_events_in_country_takes_parameters(seed_out: Path, params: list[str], meeting: bool) -> None:
    args = [a for p in params for a in ("--param", p)]
    code, out = run(str(seed_out / "graph.trig"), "events_in_country", "--format", "csv", *args)
    assert code == 0, out
    assert any("/event/e1," in line for line in out.splitlines()) is meeting


def test_query_by_shipped_name_equals_the_file(seed_out: Path) -> None:
    by_name = run(str(seed_out / "graph.trig"), "officials", "--format", "csv")
    by_file = run(str(seed_out / "graph.trig"), str(ROOT / "src/newsgraph/graph/queries/officials.rq"),
                  "--format", "csv")
    assert by_name == by_file and by_name[0] == 0 and by_name[1].count("\n") >= 4


def test_missing_rq_file_is_an_error_naming_it(seed_out: Path) -> None:
    code, out = run(str(seed_out / "graph.trig"), "queries/nope.rq")
    assert code == 1 and "no such query file: queries/nope.rq" in out


def test_neither_file_nor_sparql_is_a_clear_error(seed_out: Path) -> None:
    code, out = run(str(seed_out / "graph.trig"), "officals")
    assert code == 1 and "neither a query file" in out and "officials" in out


def test_syntax_error_line_is_the_users_line(seed_out: Path) -> None:
    code, out = run(str(seed_out / "graph.trig"), "SELECT ?e WHERE {\n  ?e a ng:Event .\n  ?e ng:date ?\n}")
    assert code == 1 and "4:1" in out, out  # the stray '}' on line 4 of the user's text


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("since=2022-01-01", Literal("2022-01-01", datatype=XSD.date)),
        ("p=<https://w3id.org/newsgraph/id/country/MA>", URIRef("https://w3id.org/newsgraph/id/country/MA")),
        ("country=MA", Literal("MA")),
        ("day=2022-02-30", Literal("2022-02-30")),
        ("$n=3", Literal("3")),
    ],
)
def test_parse_param_types_values(text: str, term: object) -> None:
    assert parse_param(text)[1] == term


@pytest.mark.parametrize("bad", ["novalue", "1x=2", "=3"])
def test_parse_param_rejects_bad_names(bad: str) -> None:
    with pytest.raises(QueryError, match="NAME=VALUE"):
        parse_param(bad)


def test_bind_values_skips_braces_in_comments_strings_and_iris() -> None:
    query = '# a { comment\nPREFIX x: <http://e.org/a#b> # {\nSELECT ("{" AS ?b) ?s WHERE { ?s ?p ?o }'
    bound = bind_values(query, {"o": Literal("v")})
    assert bound.endswith('WHERE { VALUES (?o) { ("v") } ?s ?p ?o }') and bound.count("\n") == 2


def test_load_query_reads_an_existing_file(tmp_path: Path) -> None:
    path = tmp_path / "q.sparql"
    path.write_text("ASK { ?s ?p ?o }", encoding="utf-8")
    assert load_query(str(path)) == "ASK { ?s ?p ?o }"


def test_query_help_examples_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    help_text = CliRunner().invoke(cli, ["query", "--help"]).output
    examples = [line.strip() for line in help_text.split("Examples:")[1].splitlines()
                if line.strip().startswith("newsgraph ")]
    assert len(examples) >= 3
    (tmp_path / "outputs").symlink_to(ROOT / "outputs")
    (tmp_path / "src").symlink_to(ROOT / "src")
    monkeypatch.chdir(tmp_path)
    for example in examples:
        result = CliRunner().invoke(cli, shlex.split(example)[1:])
        assert result.exit_code == 0 and "(0 rows)" not in result.output, (example, result.output)
