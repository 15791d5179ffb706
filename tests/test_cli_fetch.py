"""The command line's ways in: `fetch`, `build` of URLs and feeds, `--glob`, and `-` for standard input.

Web tests run against the local server of tests/conftest.py (``site``); nothing leaves the machine.
"""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from newsgraph.cli import cli

QUICK = ["--delay", "0", "--timeout", "0.5", "--retries", "0"]


def page(n: int) -> str:
    return (
        f'<html lang="en"><head><title>Talks number {n}</title></head><body><article>'
        f"<h1>Talks number {n}</h1><p>Foreign ministers of Morocco and Italy met in Rabat on Thursday "
        f"for round {n} of talks on "
        "regional security, trade and the fight against smuggling across the Sahel.</p>"
        "</article></body></html>"
    )


def rss(links: list[str]) -> str:
    items = "".join(
        f"<item><title>Item {i}</title><link>{u}</link><pubDate>Thu, 0{i + 1} Jun 2023 10:00:00 GMT</pubDate>"
        f"<author>w{i}@example.org (Writer {i})</author></item>"
        for i, u in enumerate(links)
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>{items}</channel></rss>'


def test_fetch_saves_articles_build_reads_them_and_failures_exit_1(site, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    links = [site.add(f"/n/{i}.html", page(i)) for i in range(3)]
    pdf = site.add("/n/r.pdf", b"%PDF-1.4", content_type="application/pdf")
    feed = site.add("/feed.xml", rss([*links, pdf]), content_type="application/rss+xml")
    missing = site.base + "/gone.html"
    out, cache = tmp_path / "articles", tmp_path / "cache"
    result = CliRunner().invoke(cli, ["fetch", feed, missing, "-o", str(out), "--cache", str(cache), *QUICK])
    assert result.exit_code == 1, result.output
    said = "3 article(s) saved (3 fetched, 0 from the cache), 1 feed(s) read, 1 not an article page"
    assert said in result.output
    assert f"error: {missing}: the server answered HTTP 404 (not found)" in result.output
    assert f"skipped: {pdf}: not an HTML page (application/pdf)" in result.output
    assert len(list(out.glob("*.jsonl"))) == 3
    hits = sum(site.hits.values())
    again = CliRunner().invoke(cli, ["fetch", *links, "-o", str(out), "--cache", str(cache), *QUICK])
    assert again.exit_code == 0 and "(0 fetched, 3 from the cache)" in again.output
    assert sum(site.hits.values()) == hits  # no request for a page already fetched
    built = tmp_path / "out"
    result = CliRunner().invoke(cli, ["build", str(out), "-o", str(built), "--no-html", "--model", "none"])
    assert result.exit_code == 0, result.output
    summary = json.loads((built / "summary.json").read_text())
    assert summary["articles"] == 3 and summary["errors"] == []


def test_build_takes_a_feed_url_and_skips_what_the_store_holds(site, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    links = [site.add(f"/n/{i}.html", page(i)) for i in range(2)]
    feed = site.add("/feed.xml", rss(links), content_type="application/rss+xml")
    store, cache = tmp_path / "kg", tmp_path / "cache"
    args = ["build", feed, "--store", str(store), "--cache", str(cache), "--no-html", "--model", "none",
            *QUICK]
    first = CliRunner().invoke(cli, args)
    assert first.exit_code == 0, first.output
    assert "2 article(s)" in first.output
    site.add("/n/2.html", page(2))
    site.routes["/feed.xml"].body = rss([*links, site.base + "/n/2.html"]).encode()
    second = CliRunner().invoke(cli, args)
    assert second.exit_code == 0, second.output
    assert "1 article(s), 0 teaser(s), 2 unchanged" in second.output
    assert site.hits["/n/0.html"] == 1 and site.hits["/n/2.html"] == 1
    from newsgraph.graph import KnowledgeGraph

    with KnowledgeGraph.open(store) as kg:
        assert kg.urls() == {*links, site.base + "/n/2.html"}
        authors = {w for (w,) in kg.rows("SELECT ?w WHERE { ?a ng:author ?w }")}
        assert "w1@example.org (Writer 1)" in authors


def test_build_of_a_url_that_fails_names_it_and_builds_the_rest(site, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    good, slow = site.add("/good.html", page(1)), site.add("/slow.html", page(2), sleep=1.5)
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["build", good, slow, "-o", str(out), "--cache", str(tmp_path / "c"),
                                      "--no-html", "--model", "none", *QUICK])
    assert result.exit_code == 1
    assert f"error: {slow}: no answer within 0.5s (read timeout)" in result.output
    assert json.loads((out / "summary.json").read_text())["articles"] == 1


def test_build_glob_chooses_the_files_and_hidden_notes_are_listed(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    (folder / "2015").mkdir(parents=True)
    text = "Title: Talks\n\nMorocco and Italy met in Rabat.\n"
    (folder / "a.txt").write_text(text)
    (folder / "2015" / "b.txt").write_text(text.replace("Talks", "Other talks"))
    (folder / "c.html").write_text(page(3))
    (folder / ".draft.txt").write_text(text)
    (folder / "NOTICE.txt").write_text("Copyright notice.\n")
    out = tmp_path / "out"
    args = ["build", str(folder), "-o", str(out), "--no-html", "--model", "none", "--glob", "2015/*.txt"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    assert "1 article(s)" in result.output and "1 hidden file(s) left out (.draft.txt)" in result.output
    result = CliRunner().invoke(cli, [*args, "--glob", "*.HTML"])
    assert "2 article(s)" in result.output
    summary = json.loads((out / "summary.json").read_text())
    assert [Path(p).name for p in summary["not_articles"]] == []  # NOTICE.txt matches no glob here
    assert [Path(p).name for p in summary["hidden"]] == [".draft.txt"]
    none = CliRunner().invoke(cli, ["build", str(folder), "-o", str(tmp_path / "o2"), "--glob", "*.md"])
    assert none.exit_code == 1 and "folder has no article files; no file matches *.md" in none.output


def test_build_and_extract_read_standard_input(tmp_path: Path) -> None:
    text = "Title: Talks in Rabat\n\nMorocco and Italy met in Rabat on Thursday.\n"
    result = CliRunner().invoke(cli, ["extract", "-", "--model", "none"], input=text)
    assert result.exit_code == 0, result.output
    record = json.loads(result.output.splitlines()[0])
    assert record["article"]["title"] == "Talks in Rabat" and record["article"]["source_path"] == "<stdin>"
    out = tmp_path / "out"
    args = ["build", "-", "-o", str(out), "--no-html", "--model", "none"]
    result = CliRunner().invoke(cli, args, input=text)
    assert result.exit_code == 0, result.output
    assert json.loads((out / "summary.json").read_text())["articles"] == 1
    empty = CliRunner().invoke(cli, ["extract", "-"], input="")
    assert empty.exit_code == 1 and "<stdin>: empty input" in empty.output


def test_help_examples_of_fetch_and_build_parse() -> None:
    import shlex

    for name in ("fetch", "build"):
        command = cli.commands[name]
        epilog = command.epilog or ""
        lines = [ln.strip() for ln in epilog.splitlines() if ln.strip().startswith(("newsgraph ", "cat "))]
        assert len(lines) >= 4, name
        for line in lines:
            words = shlex.split(line.split("  #")[0].split("|")[-1])
            assert words[0] == "newsgraph", line
            sub = cli.commands[words[1]]
            with sub.make_context(words[1], words[2:]) as ctx:  # parses and checks every option
                assert ctx.params
