"""Tests for newsgraph.evaluate.conll: reading, IOB2 decoding, mapping, scoring."""

from __future__ import annotations

import sys
import types
from pathlib import Path

import pytest

from newsgraph.errors import ConfigError, ExtractionError, InputError
from newsgraph.evaluate.conll import iob2_spans, map_type, parse_tag_map, read_conll, score_conll

LRM = "\u200e"


@pytest.mark.parametrize(
    ("tags", "spans"),
    [
        (["B-PER", "I-PER", "I-PER"], [(0, 3, "PER")]),
        # I- without B- starts a span (conlleval), also right after O.
        (["I-PER", "I-PER", "O", "I-LOC"], [(0, 2, "PER"), (3, 4, "LOC")]),
        # A type change inside I- tags closes the span and opens another.
        (["B-PER", "I-LOC", "I-LOC"], [(0, 1, "PER"), (1, 3, "LOC")]),
        # B- always starts a new span, even of the same type.
        (["B-LOC", "B-LOC", "I-LOC"], [(0, 1, "LOC"), (1, 3, "LOC")]),
        # Only the first hyphen splits: NewsFANE's hyphenated types survive.
        (["B-Population-Center", "I-Population-Center", "O"], [(0, 2, "Population-Center")]),
        # A span running to the end of the sentence is closed.
        (["O", "O", "B-ORG"], [(2, 3, "ORG")]),
        # IOBES, and bare IO tags (GUM): a run of one type is one span.
        (["S-LOC", "B-PER", "E-PER", "E-PER"], [(0, 1, "LOC"), (1, 3, "PER"), (3, 4, "PER")]),
        (["place", "place", "O", "person"], [(0, 2, "place"), (3, 4, "person")]),
        ([], []),
    ],
)
def test_iob2_spans_edge_cases(tags: list[str], spans: list[tuple[int, int, str]]) -> None:
    assert iob2_spans(tags) == spans


def test_read_conll_strips_bom_and_lrm_and_handles_crlf(tmp_path: Path) -> None:
    path = tmp_path / "newsfane.txt"
    text = f"\ufeff{LRM}المغرب\tB-Nation\r\n{LRM}(\tO\r\n\r\n{LRM}إيطاليا\tB-Nation\r\n{LRM}\tO\r\n"
    path.write_bytes(text.encode("utf-8"))
    # The last token is only a mark: it is dropped with its tag.
    assert read_conll(path) == [(["المغرب", "("], ["B-Nation", "O"]), (["إيطاليا"], ["B-Nation"])]


def test_read_conll_uses_first_of_several_tag_columns(tmp_path: Path) -> None:
    path = tmp_path / "wojood.txt"
    path.write_text("Minister B-OCC\nof I-OCC B-ORG\nJustice I-OCC I-ORG\n\n\nHello O\n", encoding="utf-8")
    assert read_conll(path) == [
        (["Minister", "of", "Justice"], ["B-OCC", "I-OCC", "I-OCC"]),
        (["Hello"], ["O"]),
    ]


def test_read_conll_reports_line_without_tag(tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    path.write_text("Morocco B-GPE\nalone\n", encoding="utf-8")
    with pytest.raises(InputError) as err:
        read_conll(path)
    assert err.value.line == 2


def test_map_type_prefix_case_and_fallback() -> None:
    tag_map = {"B-PERS": "PERSON", "gpe": "COUNTRY", "DATE": "O"}
    assert map_type("PERS", tag_map) == "PERSON"  # B- prefix on the key ignored
    assert map_type("GPE", tag_map) == "COUNTRY"  # case-insensitive
    assert map_type("DATE", tag_map) is None  # mapped to O: ignored
    assert map_type("ORG", tag_map) is None  # unmapped: ignored
    assert map_type("ORG", {**tag_map, "*": "ORGANIZATION"}) == "ORGANIZATION"


def test_parse_tag_map_validates() -> None:
    assert parse_tag_map(["Politician=person", " Nation = COUNTRY "]) == {
        "Politician": "PERSON",
        "Nation": "COUNTRY",
    }
    with pytest.raises(ConfigError, match="TAG=LABEL"):
        parse_tag_map(["Politician"])
    with pytest.raises(ConfigError, match="must be one of"):
        parse_tag_map(["Politician=POLITICIAN"])


AR = (
    f"\ufeff{LRM}زار\tO\r\n{LRM}ناصر\tB-Politician\r\n{LRM}بوريطة\tI-Politician\r\n"
    f"{LRM}مدينة\tO\r\n{LRM}مراكش\tB-Population-Center\r\n{LRM}في\tO\r\n{LRM}المغرب\tB-Nation\r\n"
    f"\r\n{LRM}قال\tO\r\n{LRM}الإنتربول\tB-Police\r\n{LRM}أمس\tB-Date\r\n"
)
AR_MAP = {"Politician": "PERSON", "Population-Center": "PLACE", "Nation": "COUNTRY", "Police": "ORGANIZATION"}
EN = (
    "visited O\nNasser B-PERS\nBourita I-PERS\ncity O\nMarrakesh B-LOC B-GPE\nin O\nMorocco B-GPE\n"
    "\nsaid O\nInterpol B-ORG\nyesterday B-DATE\n"
)
EN_MAP = {"PERS": "PERSON", "LOC": "PLACE", "GPE": "COUNTRY", "ORG": "ORGANIZATION"}


@pytest.mark.parametrize(("content", "tag_map"), [(AR, AR_MAP), (EN, EN_MAP)], ids=["ar", "en"])
def test_score_conll_hand_computed(tmp_path: Path, content: str, tag_map: dict[str, str]) -> None:
    path = tmp_path / "data.txt"
    path.write_bytes(content.encode("utf-8"))
    seen: list[list[str]] = []

    def predict(tokens: list[str]) -> list[str]:
        seen.append(tokens)
        if len(tokens) == 7:
            return ["O", "B-PERSON", "O", "O", "B-PLACE", "O", "B-PLACE"]
        return ["O", "B-ORGANIZATION", "B-PERSON"]

    s = score_conll(path, predict, tag_map)
    assert all(LRM not in t and "\ufeff" not in t for toks in seen for t in toks)
    # Gold: PERSON 1-3, PLACE 4-5, COUNTRY 6-7 | ORGANIZATION 1-2 (the date is unmapped).
    # Pred: PERSON 1-2, PLACE 4-5, PLACE 6-7 | ORGANIZATION 1-2, PERSON 2-3.
    # TP 2 (PLACE, ORGANIZATION), FP 3, FN 2: P = 2/5, R = 2/4, F1 = 0.8/1.8 = 4/9.
    m = s["mentions"]
    assert (m.tp, m.fp, m.fn) == (2, 3, 2)
    assert m.f1 == pytest.approx(4 / 9)
    per = {k: (c.tp, c.fp, c.fn) for k, c in s.counts.items() if k != "mentions"}
    assert per == {
        "mentions.COUNTRY": (0, 0, 1),
        "mentions.ORGANIZATION": (1, 0, 0),
        "mentions.PERSON": (0, 2, 1),
        "mentions.PLACE": (1, 1, 0),
    }


def test_score_conll_ignores_labels_the_data_lacks(tmp_path: Path) -> None:
    path = tmp_path / "data.txt"
    path.write_text("Anna B-PERS\nin O\nOslo B-GPE\n", encoding="utf-8")
    # Only PERS is mapped: the predicted PLACE cannot be judged and is dropped.
    s = score_conll(path, lambda toks: ["B-PERSON", "O", "B-PLACE"], {"PERS": "PERSON"})
    assert (s["mentions"].tp, s["mentions"].fp, s["mentions"].fn) == (1, 0, 0)
    assert list(s.counts) == ["mentions", "mentions.PERSON"]


def test_score_conll_rejects_wrong_tag_count(tmp_path: Path) -> None:
    path = tmp_path / "data.txt"
    path.write_text("Anna B-PERS\nin O\n", encoding="utf-8")
    with pytest.raises(ExtractionError, match="returned 1 tags"):
        score_conll(path, lambda toks: ["O"], {"PERS": "PERSON"})


@pytest.mark.parametrize(("line", "lang"), [("المغرب B-GPE", "ar"), ("Morocco B-GPE", "en")])
def test_score_conll_default_predictor_gets_guessed_language(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, line: str, lang: str
) -> None:
    calls: list[tuple[list[str], str]] = []

    def tag_tokens(tokens: list[str], language: str) -> list[str]:
        calls.append((tokens, language))
        return ["B-COUNTRY"]

    fake = types.ModuleType("newsgraph.extract")
    fake.tag_tokens = tag_tokens  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "newsgraph.extract", fake)
    path = tmp_path / "data.txt"
    path.write_text(line + "\n", encoding="utf-8")
    s = score_conll(path, None, {"GPE": "COUNTRY"})
    assert calls == [([line.split()[0]], lang)] and s["mentions"].tp == 1


def test_read_conll_shared_datasets(shared_dir: Path) -> None:
    newsfane = read_conll(shared_dir / "data/newsfane_gold_ar/NewsFANE_Gold_2014_170K.txt")
    tokens = [t for toks, _ in newsfane for t in toks]
    assert not any(LRM in t or "\ufeff" in t for t in tokens)
    assert len(tokens) > 150_000
    val = read_conll(shared_dir / "data/wojood_ar/val.txt")
    # SOURCE.txt counts 158 sentences and 2,743 tokens in val.
    assert len(val) == 158 and sum(len(toks) for toks, _ in val) == 2743
