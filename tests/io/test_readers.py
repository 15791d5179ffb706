"""Tests for newsgraph.io.readers: files, folders, Article objects, errors as values."""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

import pytest

from newsgraph.errors import ConfigError, InputError
from newsgraph.io import iter_input_files, read_articles, read_file
from newsgraph.types import Article

DATA = Path(__file__).resolve().parents[1] / "data" / "io"


def _split(items: list[Article | InputError]) -> tuple[list[Article], list[InputError]]:
    arts = [i for i in items if isinstance(i, Article)]
    errs = [i for i in items if isinstance(i, InputError)]
    assert len(arts) + len(errs) == len(items)
    return arts, errs


def test_iter_input_files_recursive_sorted_skips_hidden_and_unknown(tmp_path: Path) -> None:
    for name in (
        "b/d/z.ndjson",
        "b/a.htm",
        "a.TXT",
        ".git/x.txt",
        "b/.hidden.txt",
        "notes.md",
        "c.json-lines",
    ):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    got = [p.relative_to(tmp_path).as_posix() for p in iter_input_files([tmp_path])]
    assert got == ["a.TXT", "b/a.htm", "b/d/z.ndjson", "c.json-lines"]


def test_iter_input_files_named_file_with_unknown_suffix_is_an_error(tmp_path: Path) -> None:
    p = tmp_path / "article.docx"
    p.write_text("x", encoding="utf-8")
    with pytest.raises(InputError, match=r"unknown file type '\.docx'.*reads \.txt, \.html"):
        list(iter_input_files([p]))


def test_iter_input_files_missing_path_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file or folder") as exc:
        list(iter_input_files([tmp_path / "nope.txt"]))
    assert exc.value.path == str(tmp_path / "nope.txt")


def test_iter_input_files_folder_without_articles_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "readme.md").write_text("x", encoding="utf-8")
    with pytest.raises(InputError, match="folder has no article files"):
        list(iter_input_files([tmp_path]))


def test_read_articles_fixture_folder_reads_ar_and_en_side_by_side() -> None:
    arts, errs = _split(list(read_articles([DATA])))
    assert errs == []
    names = [(Path(a.source_path or "").name.split("#")[0], a.kind, a.language) for a in arts]
    assert names == [
        ("articles.jsonl", "article", "en"),
        ("articles.jsonl", "article", "ar"),
        ("articles.jsonl", "article", "en"),
        ("dateline_ar.txt", "article", "ar"),
        ("dateline_ar.txt", "teaser", "ar"),
        ("header_en.txt", "article", "en"),
        ("header_en.txt", "teaser", "en"),
        ("page_ar.html", "article", "ar"),
        ("page_en.html", "article", "en"),
        ("wire_ar.txt", "article", "ar"),
    ]


def test_read_articles_is_deterministic() -> None:
    first = list(read_articles([DATA]))
    second = list(read_articles([DATA]))
    assert first == second


def test_read_articles_same_url_gives_same_id_across_formats() -> None:
    by_path = {
        a.source_path: a for a in read_articles([DATA]) if isinstance(a, Article) and a.kind == "article"
    }
    txt = by_path[str(DATA / "header_en.txt")]
    html = by_path[str(DATA / "page_en.html")]
    assert txt.id == html.id


def test_read_articles_yields_errors_and_goes_on(tmp_path: Path) -> None:
    (tmp_path / "a_empty.txt").write_bytes(b"")
    (tmp_path / "b_good.txt").write_text("The ministers met in Lisbon on Thursday.", encoding="utf-8")
    (tmp_path / "c_bad.jsonl").write_text('{"text": "One good line here."}\n{oops}\n', encoding="utf-8")
    items = list(read_articles([tmp_path, tmp_path / "missing.txt"], language="en"))
    kinds = [type(i).__name__ for i in items]
    assert kinds == ["InputError", "Article", "Article", "InputError", "InputError"]
    first, bad_line = items[0], items[3]
    assert isinstance(first, InputError) and first.path == str(tmp_path / "a_empty.txt")
    assert isinstance(bad_line, InputError) and bad_line.line == 2 and "malformed JSON" in bad_line.message
    assert "no such file" in str(items[4])


def test_read_articles_accepts_a_single_path_and_article_objects(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text("The ministers met in Lisbon on Thursday.", encoding="utf-8")
    (art,) = read_articles(p, language="en")
    assert isinstance(art, Article) and art.text == "The ministers met in Lisbon on Thursday."
    given = Article(id="", title=None, text="وصل الوزير إلى لشبونة صباح اليوم في زيارة رسمية")
    (out,) = read_articles([given])
    assert isinstance(out, Article) and out.language == "ar" and len(out.id) == 16
    kept = Article(id="mine", title=None, text="Hi.", language="en")
    assert list(read_articles([kept])) == [kept]


def test_read_articles_bad_date_order_raises_config_error() -> None:
    with pytest.raises(ConfigError, match="unknown date order"):
        list(read_articles([DATA], date_order="DDMM"))


def test_read_file_returns_article_and_teaser() -> None:
    main, teaser = read_file(DATA / "header_en.txt")
    assert (main.title, main.published, main.source) == (
        "Ministers agree on a border fund",
        date(2021, 3, 18),
        "example-wire",
    )
    assert teaser.parent_id == main.id and teaser.id == f"{main.id}-teaser-1"


def test_read_file_raises_input_error(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text("  \n\n ", encoding="utf-8")
    with pytest.raises(InputError, match="empty file"):
        read_file(p)
    with pytest.raises(InputError, match="is a folder"):
        read_file(tmp_path)


def test_seed_reads_dateline_title_and_teaser(seed_path: Path) -> None:
    main, teaser = read_file(seed_path)
    assert main.published == date(2022, 5, 12)
    assert main.title is not None and main.title.startswith("انعقاد الاجتماع")
    assert main.language == "ar" and main.kind == "article"
    assert main.text.startswith(main.title + "\n\n") and "12/05/2022" not in main.text
    assert main.text.split("\n\n", 1)[1].startswith("بحضور") and "شاهد" not in main.text[-200:]
    assert teaser.kind == "teaser" and teaser.parent_id == main.id
    assert teaser.id == main.id + "-teaser-1" and teaser.language == "ar"
    assert teaser.title is not None and teaser.title.startswith("يدعو سرود المقدسي")
    assert "ستراسبورغ" in teaser.text and "ستراسبورغ" not in main.text
    assert main.source_path == teaser.source_path == str(seed_path)


@pytest.mark.parametrize(
    ("lang", "pattern"),
    [("ar", "01_aawsat_*.txt"), ("en", "2019-01-04_*.txt")],
)
def test_shared_corpus_file_reads_headers(shared_dir: Path, lang: str, pattern: str) -> None:
    files = sorted((shared_dir / "corpus" / lang).glob(pattern))
    if not files:
        pytest.skip(f"no {pattern} in the shared corpus")
    (art,) = read_file(files[0])
    assert art.language == lang
    assert art.title and art.published is not None and art.url and art.url.startswith("http")
    assert not art.text.startswith(("Title:", "Licence"))
    if lang == "en":  # the weekday dateline is taken off the body
        assert not art.text.startswith("Friday")


def test_shared_corpus_reads_whole_folder_quickly(shared_dir: Path) -> None:
    start = time.perf_counter()
    arts, errs = _split(list(read_articles([shared_dir / "corpus"])))
    elapsed = time.perf_counter() - start
    assert errs == []
    assert {a.language for a in arts} == {"ar", "en"}
    notes = len(list((shared_dir / "corpus").rglob("SOURCE.txt")))  # provenance notes have no date
    assert sum(a.published is not None for a in arts) >= len(arts) - notes
    assert elapsed < 30


def test_walk_goes_on_past_an_unreadable_subfolder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from newsgraph.io import readers

    for name in ("a.txt", "sub/x.txt", "zzz.txt"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text("Morocco and Italy met in Rabat.", encoding="utf-8")
    real_iterdir = Path.iterdir

    def iterdir(self: Path):  # type: ignore[no-untyped-def]
        if self.name == "sub":  # as a folder of mode 000 behaves for a user who is not root
            raise PermissionError(13, "Permission denied")
        return real_iterdir(self)

    monkeypatch.setattr(Path, "iterdir", iterdir)
    items = list(readers._expand([tmp_path]))
    files = [p.name for p in items if isinstance(p, Path)]
    errors = [e for e in items if not isinstance(e, Path)]
    assert files == ["a.txt", "zzz.txt"]
    assert len(errors) == 1 and "sub" in str(errors[0]) and "Permission denied" in str(errors[0])


def test_walk_stays_inside_the_folder(tmp_path: Path) -> None:
    tree = tmp_path / "tree"
    tree.mkdir()
    (tmp_path / "outside.txt").write_text("Outside the tree.", encoding="utf-8")
    (tree / "inside.txt").write_text("Inside the tree.", encoding="utf-8")
    (tree / "up").symlink_to("..")  # a link back out of the tree
    (tree / "self").symlink_to(".")  # and a loop
    assert [p.name for p in iter_input_files([tree])] == ["inside.txt"]
