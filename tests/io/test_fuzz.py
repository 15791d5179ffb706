"""Fuzzing the input side: whatever a file or a text holds, an article or a named error, never a traceback.

Hypothesis writes random bytes, random Unicode (bidi controls, zero-width and
combining marks, NULs and other controls, Arabic, lone surrogates), random
JSON Lines and random HTML, and sends them through the readers, ``extract``,
:func:`newsgraph.api.build_report` and the ``build`` and ``extract`` commands.
Each must give articles (whose offsets point into their text) or a
:class:`~newsgraph.errors.NewsgraphError` that names the file. The runs are
derandomized, use no example database, and use the rules-only pipelines
(``model=None``) so the file stays well under a minute.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from click.testing import CliRunner
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st

from newsgraph.api import build_report
from newsgraph.cli import cli
from newsgraph.errors import NewsgraphError
from newsgraph.extract import extract, extract_article
from newsgraph.io import read_articles, read_file
from newsgraph.io.jsonout import extraction_to_dict
from newsgraph.types import Article, Extraction

#: ``NEWSGRAPH_FUZZ_SCALE=20 pytest tests/io/test_fuzz.py`` runs 20 times the examples, from a random
#: seed, to search deeper than ``make test`` does (which runs the fixed, derandomized examples).
SCALE = float(os.environ.get("NEWSGRAPH_FUZZ_SCALE", "0") or 0)


def fuzz(n: int) -> settings:
    """Settings for a property: ``n`` examples, derandomized (unless scaled), no deadline, no database."""
    return settings(
        max_examples=max(1, round(n * SCALE)) if SCALE else n, deadline=None, derandomize=not SCALE,
        database=None, print_blob=bool(SCALE),
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                               HealthCheck.large_base_example],
    )


# --- strategies -----------------------------------------------------------------------------------

BIDI = "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
INVISIBLE = "\u200b\u200c\u200d\ufeff\u2060\u00ad\u180e"
COMBINING = "\u0300\u0301\u0308\u0327\u034f\u064b\u064e\u0650\u0651\u0652\u0670\u20dd"
CONTROLS = "".join(map(chr, range(32))) + "\x7f\x85\x9f\u2028\u2029"
ARABIC = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئةى٠١٢"
ODD = "\ud800\udbff\udc00\udfff\ufffd\ufffe\uffff\U0001f600\U0010ffff"
WORDS = [
    "Morocco", "Italy", "Rabat", "Nasser Bourita", "the minister", " met ", " in ", ". ", "\n", "\n\n",
    "المغرب", "ناصر بوريطة", "وزير الخارجية", " زار ", "للقوات المسلحة", " في ", "، ",
    "2022-05-12", "12/05/2022", "See also", "Related:", "Title: ", "Date: ", "Language: ", "Reuters",
]
GOOD_EN = "Foreign ministers from Morocco and Italy met in Rabat on Thursday to discuss trade."

nasty_char = st.sampled_from(BIDI + INVISIBLE + COMBINING + CONTROLS + ARABIC + ODD) | st.characters()
words = st.sampled_from(WORDS)
pieces = st.one_of(words, words, st.text(alphabet=nasty_char, max_size=6))  # words two times in three
separators = st.sampled_from([" ", " ", "\n", "", "\u200f", "\u200b ", " \u202e", "\u0651 ", "\r\n"])
nasty_text = st.lists(st.tuples(pieces, separators), max_size=30).map(lambda ps: "".join(sum(ps, ())))


def _encoded(text: str, encoding: str) -> bytes:
    data = text.encode(encoding.removesuffix("-bom"), errors="surrogatepass")
    return b"\xef\xbb\xbf" + data if encoding.endswith("-bom") else data


ENCODINGS = st.sampled_from(["utf-8", "utf-8", "utf-8", "utf-8-bom", "utf-16", "utf-32", "utf-16-le"])
BOMS = [b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff"]
random_bytes = st.one_of(
    st.binary(max_size=2000),
    st.builds(bytes.__add__, st.sampled_from(BOMS), st.binary(max_size=300)),
    nasty_text.map(lambda t: t.encode("cp1256", errors="replace")),
)
HEADERS = ["", "Title: Talks in Rabat\n\n", "Date: 2022-05-12\nLanguage: ar\n\n", "12/05/2022\n\n",
           "Title: \u202eRabat\x01\nURL: https://x.org/\x7f\u200b\nSource: \u200f\n\n"]
unicode_files = st.builds(
    lambda header, text, encoding: _encoded(header + text, encoding),
    st.sampled_from(HEADERS), nasty_text, ENCODINGS,
)
file_bytes = st.one_of(random_bytes, unicode_files)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | nasty_text,
    lambda kids: st.lists(kids, max_size=3) | st.dictionaries(st.text(max_size=4), kids, max_size=3),
    max_leaves=8,
)
KEYS = ["id", "title", "text", "published", "date", "url", "language", "lang", "source"]
field_values = st.one_of(
    nasty_text,
    json_values,
    st.sampled_from(["2022-05-12", "12/05/2022", "31/02/2022", "0000-00-00", "ar", "en", "zz", "ar-SA", "x-!",
                     "https://example.org/a b?c=<d>#e", "http://[::1", "javascript:alert(1)", GOOD_EN]),
)
records = st.one_of(
    st.dictionaries(st.sampled_from(KEYS) | st.text(max_size=4), field_values, max_size=6),
    st.fixed_dictionaries({"text": nasty_text}, optional=dict.fromkeys(KEYS[:2] + KEYS[3:], field_values)),
)
GOOD_LINE = json.dumps({"text": GOOD_EN, "language": "en"})
jsonl_lines = st.one_of(
    st.builds(lambda r, ascii_only: json.dumps(r, ensure_ascii=ascii_only), records, st.booleans()),
    json_values.map(json.dumps),
    st.builds(lambda r, n: json.dumps(r)[:n], records, st.integers(0, 80)),  # truncated
    nasty_text,
    st.sampled_from(["", "   ", "\r", "{}", "[]", "null", '{"text": "\\ud800"}', '{"text": "\\u0000 x"}']),
).map(lambda line: line.replace("\n", " "))


def _element(tag: str, attrs: list[tuple[str, str]], children: list[str], closed: bool) -> str:
    shown = "".join(f' {name}="{value}"' for name, value in attrs)
    return f"<{tag}{shown}>" + "".join(children) + (f"</{tag}>" if closed else "")


TAGS = ["html", "head", "body", "title", "article", "main", "p", "div", "span", "h1", "a", "b", "script",
        "style", "noscript", "template", "table", "td", "li", "iframe", "svg", "math", "textarea", "pre",
        "br", "img", "meta", "nav", "footer", "time", "xmp", "plaintext"]
ENTITIES = ["&amp;", "&lt;", "&nbsp;", "&#0;", "&#x0;", "&#xD800;", "&#x110000;", "&#99999999999;", "&bogus;",
            "&", "&#", "&#x;", "&rlm;", "&lrm;", "&zwnj;", "&#x202E;", "<!--", "-->", "<![CDATA[", "]]>"]
attr_values = st.one_of(
    nasty_text.map(lambda t: t.replace('"', "")),
    st.integers(0, 100_000).map(lambda n: "x" * n),  # huge attributes
    st.sampled_from(["ar", "en-US", "zz", "rtl", "article", "og:title", "2022-05-12", "x-!"]),
)
html_nodes = st.recursive(
    st.one_of(nasty_text, st.sampled_from(ENTITIES), st.just(GOOD_EN)),
    lambda kids: st.builds(
        _element, st.sampled_from(TAGS),
        st.lists(st.tuples(st.sampled_from(["lang", "dir", "class", "href", "content", "property", "x"]),
                           attr_values), max_size=3),
        st.lists(kids, max_size=4), st.booleans(),
    ),
    max_leaves=12,
)
html_bodies = html_nodes | st.builds(  # half of the pages hold an article among the random nodes
    lambda a, b: f"<html><body><article><h1>{b}</h1><p>{GOOD_EN}</p>{a}<p>{b}</p></article></body></html>",
    html_nodes, nasty_text,
)
html_docs = st.builds(
    str.__add__, st.sampled_from(["", "<!doctype html>", "<?xml version='1.0'?>", "<html>"]), html_bodies
)


# --- checks ---------------------------------------------------------------------------------------

@contextmanager
def _folder() -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="newsgraph-fuzz-") as tmp:
        yield Path(tmp)


def _names(err: NewsgraphError, path: Path) -> bool:
    """True when ``err`` says which file it is about, in its fields and its message."""
    return (err.path or "").split("#L")[0] == str(path) and str(err).startswith(str(path))


def check_extraction(ext: Extraction) -> None:
    """Offsets point inside the text and mention texts are their slices; the JSON output writes."""
    text = ext.article.text
    assert not any("\ud800" <= ch <= "\udfff" for ch in text)
    for start, end in ext.sentences:
        assert 0 <= start <= end <= len(text)
    for m in ext.mentions:
        assert 0 <= m.start < m.end <= len(text), m
        # In Arabic «للقوات» is ل + «القوات»: the mention restores the article's alif.
        assert m.text in (text[m.start:m.end], "ا" + text[m.start:m.end]), (m, text[m.start:m.end])
    for ev in ext.events:
        assert 0 <= ev.trigger.start <= ev.trigger.end <= len(text)
        assert ev.trigger.text == text[ev.trigger.start:ev.trigger.end]
    json.dumps(extraction_to_dict(ext), ensure_ascii=False).encode("utf-8")


def check_file(path: Path, language: str | None) -> list[Article]:
    """Read, extract and build ``path``: articles, or errors that name it; returns the articles."""
    articles: list[Article] = []
    for item in read_articles([path], language=language):
        if isinstance(item, NewsgraphError):
            assert _names(item, path), item
            event("error: " + " ".join(item.message.split()[:3]))
            continue
        assert (item.source_path or "").split("#L")[0] == str(path), item
        articles.append(item)
        try:
            ext = extract_article(item, model=None)
        except NewsgraphError as err:  # no pipeline for a declared language such as 'zz'
            assert "no pipeline for language" in err.message, err
            continue
        check_extraction(ext)
        event(f"extracted, with mentions: {bool(ext.mentions)}")
    event(f"articles read: {min(len(articles), 2)}")
    try:
        assert read_file(path, language=language) == articles
    except NewsgraphError as err:
        assert _names(err, path), err
    kg, report = build_report([path], model=None, language=language)
    for err in report.errors:
        assert _names(err, path), err
        assert "extraction failed" not in err.message, err  # the catch-all for an unexpected exception
    assert report.articles + report.teasers <= len(articles)
    kg.close()
    return articles


# --- properties -----------------------------------------------------------------------------------

SUFFIXES = st.sampled_from([".txt", ".html", ".jsonl"])
LANGUAGES = st.sampled_from([None, "en", "ar"])


@fuzz(200)
@given(data=file_bytes, suffix=SUFFIXES, language=LANGUAGES)
def test_random_bytes_and_text_files(data: bytes, suffix: str, language: str | None) -> None:
    with _folder() as tmp:
        path = tmp / f"fuzz{suffix}"
        path.write_bytes(data)
        check_file(path, language)


@fuzz(150)
@given(text=nasty_text, title=st.none() | nasty_text, language=st.sampled_from([None, "ar", "en", "fr"]))
def test_extract_random_unicode(text: str, title: str | None, language: str | None) -> None:
    try:
        ext = extract(text, language=language, title=title, model=None)
    except NewsgraphError:
        event("a named error")
        return
    event(f"extracted, with mentions: {bool(ext.mentions)}")
    check_extraction(ext)


maybe_text = st.none() | nasty_text
Fields = list[tuple[str, str | None, str | None]]  # text, id, url of each article


@fuzz(60)
@given(texts=st.lists(st.tuples(nasty_text, maybe_text, maybe_text), min_size=1, max_size=3),
       language=LANGUAGES)
@example(texts=[("Rabat \ud800\x00", "\ud800", "http://x.org/\ud800")], language="en")  # finding 2
def test_build_random_unicode_articles(texts: Fields, language: str | None) -> None:
    arts = [Article(id=ident or "", title=None, text=GOOD_EN + text, url=url, language=language)
            for text, ident, url in texts]
    kg, report = build_report(arts, model=None)
    for err in report.errors:
        assert isinstance(err, NewsgraphError) and "extraction failed" not in err.message, err
    assert report.articles + report.skipped + len(report.errors) == len(arts)
    kg.close()


@fuzz(25)
@given(text=nasty_text, language=st.sampled_from(["ar", "en"]))
def test_extract_random_unicode_with_the_statistical_models(text: str, language: str) -> None:
    check_extraction(extract(text + " " + GOOD_EN, language=language, model="auto"))


@fuzz(150)
@given(lines=st.lists(jsonl_lines, max_size=8), good_at=st.integers(0, 8), crlf=st.booleans(),
       encoding=st.sampled_from(["utf-8", "utf-8", "utf-8-bom", "utf-16", "utf-32"]))
@example(lines=['{"id": "\\ud800", "text": "Rabat", "language": "en"}',  # finding 1: a traceback
                '{"url": "http://x.org/\\udfff", "text": "Rabat", "language": "en"}'],
         good_at=0, crlf=False, encoding="utf-8")
@example(lines=[json.dumps({"text": "Rabat \u2028 \x85 \x1c", "language": "en"}, ensure_ascii=False)],
         good_at=0, crlf=True, encoding="utf-16")  # finding 4: UTF-16 lines were cut at U+2028
def test_random_jsonl_one_result_per_line(lines: list[str], good_at: int, crlf: bool, encoding: str) -> None:
    lines = [*lines[:good_at], GOOD_LINE, *lines[good_at:]]
    data = _encoded(("\r\n" if crlf else "\n").join(lines), encoding)
    with _folder() as tmp:
        path = tmp / "fuzz.jsonl"
        path.write_bytes(data)
        check_file(path, None)
        items = list(read_articles([path]))
    if len(items) == 1 and isinstance(items[0], NewsgraphError) and items[0].line is None:
        return  # the whole file refused (binary-looking), by name
    where = {
        item.line if isinstance(item, NewsgraphError) else int((item.source_path or "").rpartition("#L")[2])
        for item in items
    }
    assert where == {n for n, line in enumerate(lines, 1) if line.strip()}  # a bad line stops nothing
    good = 1 + lines.index(GOOD_LINE)
    assert any(isinstance(a, Article) and a.source_path == f"{path}#L{good}" for a in items)


@fuzz(120)
@given(markup=html_docs, language=LANGUAGES, encoding=st.sampled_from(["utf-8", "utf-16"]))
@example(markup="<iframe><html>", language=None, encoding="utf-8")  # finding 5: lxml's AssertionError
def test_random_html(markup: str, language: str | None, encoding: str) -> None:
    with _folder() as tmp:
        path = tmp / "fuzz.html"
        path.write_bytes(_encoded(markup, encoding))
        check_file(path, language)


fuzzed_files = st.one_of(
    st.tuples(SUFFIXES, file_bytes),
    st.tuples(st.just(".jsonl"), st.builds(_encoded, st.lists(jsonl_lines).map("\n".join), ENCODINGS)),
    st.tuples(st.just(".html"), html_docs.map(lambda m: m.encode(errors="surrogatepass"))),
)


@fuzz(20)
@given(files=st.lists(fuzzed_files, min_size=2, max_size=3))
@example(files=[(".txt", b""), (".html", f'<html lang="de"><p>{GOOD_EN}</p>'.encode())])  # finding 3
def test_cli_build_folder_with_fuzzed_files(files: list[tuple[str, bytes]]) -> None:
    with _folder() as tmp:
        folder, out = tmp / "in", tmp / "out"
        folder.mkdir()
        good = folder / "good.txt"
        good.write_text(f"Title: Talks in Rabat\nLanguage: en\n\n{GOOD_EN}\n", encoding="utf-8")
        names = [f"fuzz{i}{suffix}" for i, (suffix, _) in enumerate(files)]
        for name, (_, data) in zip(names, files, strict=True):
            (folder / name).write_bytes(data)
        result = CliRunner().invoke(cli, ["build", str(folder), "-o", str(out), "--model", "none"])
        assert result.exception is None or isinstance(result.exception, SystemExit), result.output
        assert result.exit_code in (0, 1) and "Traceback" not in result.output, result.output
        (good_article,) = read_file(good)
        assert f"/article/{good_article.id}>" in (out / "graph.nq").read_text(encoding="utf-8")
        errors = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
        assert all(any(e.startswith(f"error: {folder / n}") for n in names) for e in errors), errors
        assert result.exit_code == (1 if errors else 0), result.output
        for name in names:
            one = CliRunner().invoke(cli, ["extract", str(folder / name), "--model", "none"])
            assert one.exit_code in (0, 1) and "Traceback" not in one.output, one.output
            assert one.exception is None or isinstance(one.exception, SystemExit), one.output
            if one.exit_code:
                assert one.stderr.startswith(f"Error: {folder / name}"), one.stderr
            else:
                for line in one.stdout.splitlines():
                    assert json.loads(line)["article"]["source_path"].startswith(str(folder / name))
