"""newsgraph events / officials and KnowledgeGraph.events(): one row per event, per position held."""

from __future__ import annotations

import csv
import io
import json
import shlex
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from newsgraph.cli import cli
from newsgraph.errors import ConfigError, QueryError
from newsgraph.export.tables import EVENT_COLUMNS, event_rows, official_rows, write_table
from newsgraph.graph import KnowledgeGraph

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "examples" / "000_9cbf2cd40884a872.txt"
URL = "https://example.org/news/marrakech-coalition"
OFFICIALS = {"person/ناصر-بوريطه", "person/فيكتوريا-نولاند", "person/لويجي-دي-مايو"}


@pytest.fixture(scope="module")
def seed_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed built with the CLI, given a URL: header (the shipped seed has no URL)."""
    folder = tmp_path_factory.mktemp("seed")
    article = folder / "seed.txt"
    article.write_text(f"URL: {URL}\n\n" + SEED.read_text(encoding="utf-8"), encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(article), "-o", str(folder / "out")])
    assert result.exit_code == 0, result.output
    return folder / "out"


def _events(args: list[str]) -> str:
    result = CliRunner().invoke(cli, ["events", *args])
    assert result.exit_code == 0, result.output
    return result.output


def _meeting(rows: list[dict[str, Any]]) -> dict[str, Any]:
    found = [r for r in rows if r["type"] == "Meeting" and r["place"] == "Marrakesh"]
    assert len(found) == 1, rows
    return found[0]


def _check_meeting(row: dict[str, Any]) -> None:
    # May 2022 (the seed's dateline is 12/05/2022); the interval is the day or the month it names
    assert row["date"] in ("2022-05", "2022-05-12")
    assert row["date_precision"] == {"2022-05": "month", "2022-05-12": "day"}[row["date"]]
    assert row["date_start"] in ("2022-05-01", "2022-05-12")
    assert row["date_end"] in ("2022-05-12", "2022-05-31")
    assert row["cameo"] == "04" and row["place_id"] == "place/gn-2542997"
    assert float(row["latitude"]) == pytest.approx(31.6342)
    assert float(row["longitude"]) == pytest.approx(-7.9999)
    assert row["country"] == "MA" and row["country_id"] == "country/MA"
    assert "org/global-coalition-isis" in row["agent_ids"].split("; ")
    assert OFFICIALS <= set(row["participant_ids"].split("; "))
    assert "Global Coalition to Defeat ISIS" in row["participants"]
    assert row["urls"] == URL and int(row["n_reports"]) == 1 and row["first_published"] == "2022-05-12"
    assert len(row["articles"].split("; ")) == 1 and row["articles"].startswith("article/")
    assert "مراكش" in row["evidence"] or "الاجتماع" in row["evidence"]


@pytest.mark.parametrize("graph", ["graph.trig", "graph.ttl"])
def test_events_csv_has_the_marrakech_meeting_as_one_row(seed_build: Path, graph: str) -> None:
    rows = list(csv.DictReader(io.StringIO(_events([str(seed_build / graph), "--lang", "en"]))))
    assert list(rows[0]) == list(EVENT_COLUMNS)
    _check_meeting(_meeting(rows))


def test_events_rows_are_one_per_event_node(seed_build: Path) -> None:
    kg = KnowledgeGraph.load(seed_build / "graph.trig")
    nodes = {r[0] for r in kg.rows("SELECT DISTINCT ?e WHERE { ?e a ng:Event }")}
    assert sorted(r["event_id"] for r in event_rows(kg)) == sorted(nodes)


def test_events_tsv_and_jsonl_give_the_same_row(seed_build: Path) -> None:
    tsv = list(csv.DictReader(io.StringIO(_events([str(seed_build / "graph.trig"), "--format", "tsv"])),
                              delimiter="\t", quoting=csv.QUOTE_NONE))
    jsonl = [json.loads(line) for line in _events([str(seed_build / "graph.trig"), "--format", "jsonl"])
             .splitlines()]
    _check_meeting(_meeting(tsv))
    _check_meeting(_meeting(jsonl))
    assert isinstance(_meeting(jsonl)["latitude"], float)


def test_events_parquet_gives_the_same_row(seed_build: Path, tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet", reason="Parquet needs pyarrow (newsgraph[analysis])")
    out = tmp_path / "events.parquet"
    _events([str(seed_build / "graph.trig"), "--format", "parquet", "-o", str(out)])
    table = pq.read_table(out)
    assert table.column_names == list(EVENT_COLUMNS)
    assert str(table.schema.field("latitude").type) == "double"
    _check_meeting(_meeting(table.to_pylist()))


def test_events_parquet_without_pyarrow_names_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    with pytest.raises(ConfigError, match=r"pyarrow.*newsgraph\[analysis\]"):
        write_table([], EVENT_COLUMNS, "parquet", io.BytesIO())


def test_events_parquet_to_stdout_is_refused(seed_build: Path) -> None:
    result = CliRunner().invoke(cli, ["events", str(seed_build / "graph.trig"), "--format", "parquet"])
    assert result.exit_code == 2 and "-o FILE.parquet" in result.output


def test_kg_events_is_a_dataframe_with_the_meeting(seed_build: Path) -> None:
    pd = pytest.importorskip("pandas", reason="DataFrames need pandas (newsgraph[analysis])")
    frame = KnowledgeGraph.load(seed_build / "graph.trig").events(type="Meeting", country="Morocco")
    assert isinstance(frame, pd.DataFrame) and list(frame.columns) == list(EVENT_COLUMNS)
    _check_meeting(_meeting(frame.to_dict("records")))


def test_kg_events_without_pandas_is_a_list_of_dicts(
    seed_build: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    rows = KnowledgeGraph.load(seed_build / "graph.trig").events()
    assert isinstance(rows, list) and isinstance(rows[0], dict)
    _check_meeting(_meeting(rows))


@pytest.mark.parametrize(
    ("options", "found"),
    [
        ({"since": "2022-05-31"}, True),  # the month's interval overlaps its last day
        ({"until": "2022-05-01"}, True),
        ({"since": "2022-06-01"}, False),
        ({"until": "2022-04-30"}, False),
        ({"country": "ma"}, True),
        ({"country": "Morocco"}, True),
        ({"country": "المغرب"}, True),
        ({"country": "FR"}, False),
        ({"event_type": "04"}, True),
        ({"event_type": "meeting"}, True),
        ({"event_type": "Attack"}, False),
        ({"event_type": "18"}, False),
    ],
)
def test_events_filters(seed_build: Path, options: dict[str, str], found: bool) -> None:
    rows = event_rows(KnowledgeGraph.load(seed_build / "graph.trig"), **options)
    assert any(r["type"] == "Meeting" and r["place"] == "Marrakesh" for r in rows) is found


def test_events_bad_day_is_a_clear_error(seed_build: Path) -> None:
    with pytest.raises(QueryError, match="YYYY-MM-DD"):
        event_rows(KnowledgeGraph.load(seed_build / "graph.trig"), since="May 2022")


def test_officials_lists_the_three_positions(seed_build: Path) -> None:
    rows = official_rows(KnowledgeGraph.load(seed_build / "graph.trig"), lang="en")
    by_person = {r["person_id"]: r for r in rows}
    assert OFFICIALS <= set(by_person)
    bourita = by_person["person/ناصر-بوريطه"]
    assert bourita["of"] == "Morocco" and bourita["of_id"] == "country/MA"
    assert bourita["first_reported"] == bourita["last_reported"] == "2022-05-12"
    assert bourita["urls"] == URL and "وزير" in bourita["title"]


def test_officials_from_turtle_falls_back_to_mentions(seed_build: Path) -> None:
    rows = official_rows(KnowledgeGraph.load(seed_build / "graph.ttl"))
    assert {r["person_id"] for r in rows} >= OFFICIALS and all(r["n_reports"] >= 1 for r in rows)


@pytest.mark.parametrize("command", ["events", "officials"])
def test_help_examples_run(command: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    help_text = CliRunner().invoke(cli, [command, "--help"]).output
    assert "Examples:" in help_text
    examples = [line.split("  #")[0].strip() for line in help_text.split("Examples:")[1].splitlines()
                if line.strip().startswith("newsgraph ")]
    assert examples
    (tmp_path / "outputs").symlink_to(ROOT / "outputs")
    monkeypatch.chdir(tmp_path)
    for example in examples:
        result = CliRunner().invoke(cli, shlex.split(example)[1:])
        assert result.exit_code == 0, (example, result.output)


# ------------------------------------------------------------------ the shared corpus (../shared)


@pytest.fixture(scope="module")
def corpus_graph(shared_dir: Path) -> KnowledgeGraph:
    """corpus/ar and corpus/en, built once without statistical models (rules + KB: seconds)."""
    from newsgraph.api import build_report

    folders = [shared_dir / "corpus" / "ar", shared_dir / "corpus" / "en"]
    if not all(f.is_dir() for f in folders):
        pytest.skip(f"needs {folders[0]} and {folders[1]}")
    kg, report = build_report(folders, model=None)
    assert report.articles > 50 and not report.errors
    return kg


@pytest.mark.shared
def test_corpus_july_2015_finds_every_event_whose_interval_is_in_july(corpus_graph: KnowledgeGraph) -> None:
    rows = event_rows(corpus_graph, since="2015-07-01", until="2015-07-31")
    found = {r["event_id"] for r in rows}
    spans = corpus_graph.rows("SELECT ?e (MIN(?s) AS ?start) (MAX(?t) AS ?end) "
                              "WHERE { ?e a ng:Event ; ng:dateStart ?s ; ng:dateEnd ?t } GROUP BY ?e")
    inside = {e for e, s, t in spans if "2015-07-01" <= s and t <= "2015-07-31"}
    assert inside and inside <= found
    assert any(r["date_precision"] == "month" and r["date"] == "2015-07" for r in rows)
    assert all(r["date_start"] <= "2015-07-31" and r["date_end"] >= "2015-07-01" for r in rows)


@pytest.mark.shared
def test_corpus_table_has_one_row_per_event_node(corpus_graph: KnowledgeGraph) -> None:
    nodes = {r[0] for r in corpus_graph.rows("SELECT DISTINCT ?e WHERE { ?e a ng:Event }")}
    rows = event_rows(corpus_graph)
    assert len(rows) == len(nodes) and {r["event_id"] for r in rows} == nodes
    assert any(r["urls"] for r in rows) and any(r["latitude"] is not None for r in rows)


def test_casualty_counts_get_their_columns_and_conform_to_the_shapes() -> None:
    from decimal import Decimal

    from newsgraph.graph.ns import NG
    from newsgraph.graph.validate import validate
    from newsgraph.types import Amount, Article, Event, Extraction, Span

    counts = (
        Amount(Decimal(15), unit="people", qualifier="at least", kind="killed"),
        Amount(Decimal(20), unit="people", kind="killed"),  # a later report gives more dead
        Amount(Decimal(38), unit="wounded", kind="injured"),
        Amount(Decimal(3), unit="cars"),
    )
    ev = Event("e1", "Bombing", "18", Span(0, 4, "bomb"), quantities=counts)
    kg = KnowledgeGraph()
    kg.add(Extraction(Article("a1", "T", "bomb", "en"), events=(ev,)))
    (row,) = event_rows(kg)
    assert (row["killed"], row["injured"], row["arrested"]) == (20, 38, None)
    kinds = {str(o) for _, _, o, _ in kg.dataset.quads((None, NG.quantityKind, None, None))}
    assert kinds == {"killed", "injured"}
    assert validate(kg.dataset).conforms
