"""Tests for newsgraph.evaluate.run and .report: evaluating paths, rendering."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

from newsgraph.errors import ConfigError, InputError
from newsgraph.evaluate import evaluate_path, format_report
from newsgraph.evaluate.scores import Accuracy, Counts, Scores
from newsgraph.types import Article, Extraction

FakeExtract = tuple[list[str], Callable[[Article], Extraction]]


def _fake_read(path: Path) -> Sequence[Article]:
    text = path.read_text(encoding="utf-8")
    body, _, teaser = text.partition("See also")
    return [
        Article(id="mini", title=None, text=body, language="en", source_path=str(path)),
        Article(id="mini-t", title=None, text=teaser.strip(), parent_id="mini", kind="teaser"),
    ]


@pytest.fixture()
def fake_extract(mini_main: Extraction, mini_teaser: Extraction) -> FakeExtract:
    calls: list[str] = []

    def extract(article: Article) -> Extraction:
        calls.append(article.kind)
        return mini_teaser if article.kind == "teaser" else mini_main

    return calls, extract


def test_evaluate_path_file_reads_article_and_extracts_main_only(
    mini_gold_path: Path, fake_extract: FakeExtract
) -> None:
    calls, extract = fake_extract
    report = evaluate_path(mini_gold_path, extract, read=_fake_read)
    assert calls == ["article"]
    (one,) = report.files
    assert one.article is not None and one.article.name == "mini_en.txt"
    # Same numbers as test_scoring: mentions TP 7, FP 2, FN 2.
    c = report.total["entities.mentions"]
    assert (c.tp, c.fp, c.fn) == (7, 2, 2)


def test_evaluate_path_teaser_extracts_stubs(mini_gold_path: Path, fake_extract: FakeExtract) -> None:
    calls, extract = fake_extract
    report = evaluate_path(mini_gold_path, extract, read=_fake_read, include_teaser=True)
    assert calls == ["article", "teaser"]
    assert report.total["entities.mentions"].tp == 9


def test_evaluate_path_folder_micro_averages(
    tmp_path: Path, mini_gold_path: Path, fake_extract: FakeExtract
) -> None:
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    shutil.copytree(mini_gold_path.parent.parent / "articles", tmp_path / "articles")
    for name in ("a.json", "b.json"):
        shutil.copy(mini_gold_path, gold_dir / name)
    _, extract = fake_extract
    report = evaluate_path(gold_dir, extract, read=_fake_read)
    assert [f.gold.name for f in report.files] == ["a.json", "b.json"]
    # Micro-average: counts add up over files (7+7, 2+2, 2+2), P/R stay 7/9.
    c = report.total["entities.mentions"]
    assert (c.tp, c.fp, c.fn) == (14, 4, 4) and c.precision == pytest.approx(7 / 9)
    link = report.total.accuracy["linking"]
    assert (link.correct, link.total) == (12, 14)


def test_evaluate_path_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such gold"):
        evaluate_path(tmp_path / "nothing")
    with pytest.raises(InputError, match="no gold files"):
        evaluate_path(tmp_path)
    (tmp_path / "g.json").write_text('{"article": "missing.txt"}', encoding="utf-8")
    with pytest.raises(InputError, match="article is missing"):
        evaluate_path(tmp_path / "g.json", lambda a: Extraction(a), read=lambda p: [])


def test_format_report_table_and_json(mini_gold_path: Path, fake_extract: FakeExtract) -> None:
    _, extract = fake_extract
    report = evaluate_path(mini_gold_path, extract, read=_fake_read)
    table = format_report(report)
    lines = table.splitlines()
    assert lines[0] == "1 gold file(s), micro-averaged"
    assert lines[2].split() == ["kind", "P", "R", "F1", "TP", "FP", "FN"]
    # entities.mentions: P = R = F1 = 7/9 = 0.778.
    assert lines[3].split() == ["entities.mentions", "0.778", "0.778", "0.778", "7", "2", "2"]
    assert any(line.split()[:4] == ["linking", "0.857", "6", "7"] for line in lines)
    data = json.loads(format_report(report, "json"))
    per_file = data["files"][0]["scores"]["counts"]["entities.mentions"]
    assert sorted(per_file["fn_items"]) == ["Berg/PERSON", "Interpol/ORGANIZATION"]
    assert "fn_items" not in data["total"]["counts"]["entities.mentions"]
    assert data["total"]["accuracy"]["linking"] == {"accuracy": 0.8571, "correct": 6, "total": 7}


def test_format_report_bare_scores_and_bad_format() -> None:
    s = Scores({"mentions": Counts(0, 0, 0)}, {"event.date": Accuracy(1, 2, ["x"])})
    # Empty denominators give 0.0, as conlleval does.
    assert format_report(s).splitlines()[1].split() == ["mentions", "0.000", "0.000", "0.000", "0", "0", "0"]
    assert json.loads(format_report(s, "json"))["accuracy"]["event.date"]["errors"] == ["x"]
    with pytest.raises(ConfigError, match="unknown report format"):
        format_report(s, "csv")
