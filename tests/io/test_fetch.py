"""Fetching pages and feeds, against a local server the tests start (tests/conftest.py ``site``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsgraph.io import read_articles
from newsgraph.io.fetch import fetch_articles
from newsgraph.io.http import FetchSettings, user_agent
from newsgraph.types import Article

#: Polite settings, made quick: no delay, short timeouts, one fast retry.
QUICK = FetchSettings(delay=0, connect_timeout=2, read_timeout=0.5, retries=1, backoff=0.01)


def page(n: int, lang: str = "en") -> str:
    return (
        f'<html lang="{lang}"><head><title>Talks number {n} in Rabat</title>'
        f'<meta name="author" content="Page Writer {n}"></head><body><article>'
        f"<h1>Talks number {n} in Rabat</h1><p>Foreign ministers from twelve countries met in Rabat "
        f"on Thursday for round {n} of talks on regional security, trade and the fight against "
        "smuggling across the Sahel.</p></article></body></html>"
    )


def rss(items: list[str], title: str = "Test Wire") -> str:
    body = "".join(
        f"<item><title>Item {i}</title><link>{url}</link><author>writer{i}@example.org (Writer {i})</author>"
        f"<pubDate>Thu, {i + 1:02d} Jun 2023 10:00:00 GMT</pubDate></item>"
        for i, url in enumerate(items)
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>{title}</title>{body}</channel></rss>'


def articles(folder: Path) -> list[Article]:
    out = [a for a in read_articles([folder]) if isinstance(a, Article)]
    return sorted(out, key=lambda a: a.url or "")


def test_fetch_feed_of_20_items_saves_all_with_metadata(site, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    links = [site.add(f"/news/{i}.html", page(i)) for i in range(20)]
    feed = site.add("/feed.xml", rss(links), content_type="application/rss+xml")
    report = fetch_articles([feed], tmp_path / "out", settings=QUICK, cache_dir=tmp_path / "cache")
    assert report.errors == [] and report.feeds == 1 and report.fetched == 20
    assert len(report.saved) == 20
    got = {a.url: a for a in articles(tmp_path / "out")}
    assert set(got) == set(links)
    a3 = got[links[3]]
    assert a3.title == "Item 3"  # the feed's title is preferred
    assert a3.author == "writer3@example.org (Writer 3)"
    assert a3.published is not None and a3.published.isoformat() == "2023-06-04"
    assert a3.source == "Test Wire" and a3.language == "en"
    assert "round 3 of talks" in a3.text
    assert site.agents and all(ua == user_agent() for ua in site.agents)


def test_fetch_page_keeps_the_pages_own_metadata(site, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    url = site.add("/a.html", page(7, "ar"))
    report = fetch_articles([url], tmp_path / "out", settings=QUICK)
    assert report.errors == [] and report.fetched == 1
    (art,) = articles(tmp_path / "out")
    assert (art.url, art.title, art.language) == (url, "Talks number 7 in Rabat", "ar")
    assert art.author == "Page Writer 7"
    record = json.loads(report.saved[0].read_text())
    assert record["fetched"].endswith("Z") and "final_url" not in record


def test_fetch_obeys_robots_txt(site, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    site.add("/robots.txt", "User-agent: *\nDisallow: /\n", content_type="text/plain")
    links = [site.add(f"/news/{i}.html", page(i)) for i in range(3)]
    feed = site.add("/feed.xml", rss(links), content_type="application/rss+xml")
    report = fetch_articles([feed, links[0]], tmp_path / "out", settings=QUICK)
    assert report.saved == [] and not list((tmp_path / "out").iterdir())
    assert {hit for hit in site.hits} == {"/robots.txt"}
    assert len(report.errors) == 2 and "robots.txt" in str(report.errors[0])
    assert str(report.errors[0]).startswith(feed)


def test_fetch_robots_txt_for_another_agent_does_not_stop_newsgraph(site, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    site.add("/robots.txt", "User-agent: BadBot\nDisallow: /\n\nUser-agent: *\nDisallow: /private/\n",
             content_type="text/plain")
    ok, private = site.add("/a.html", page(1)), site.add("/private/b.html", page(2))
    report = fetch_articles([ok, private], tmp_path / "out", settings=QUICK)
    assert len(report.saved) == 1 and site.hits["/private/b.html"] == 0
    assert "robots.txt" in str(report.errors[0]) and private in str(report.errors[0])


def test_fetch_404_redirect_and_timeout_are_reported_and_others_go_on(site, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    good = site.add("/good.html", page(1))
    missing = site.base + "/gone.html"
    target = site.add("/moved-here.html", page(2))
    moved = site.add("/old.html", status=301, headers={"Location": "/moved-here.html"})
    slow = site.add("/slow.html", page(3), sleep=1.5)
    report = fetch_articles([missing, slow, moved, good], tmp_path / "out", settings=QUICK)
    assert len(report.saved) == 2
    by_url = {a.url: a for a in articles(tmp_path / "out")}
    assert set(by_url) == {moved, good}
    records = [json.loads(p.read_text()) for p in report.saved]
    assert [r.get("final_url") for r in records if r["url"] == moved] == [target]
    errors = [str(e) for e in report.errors]
    assert errors[0] == f"{missing}: the server answered HTTP 404 (not found)"
    assert errors[1].startswith(f"{slow}: no answer within 0.5s (read timeout) (tried 2 times)")


def test_fetch_retries_a_5xx_then_gives_up_cleanly(site, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    broken = site.add("/broken.html", "oops", status=503, content_type="text/plain")
    report = fetch_articles([broken], tmp_path / "out", settings=QUICK)
    assert site.hits["/broken.html"] == 2  # one retry
    assert str(report.errors[0]) == f"{broken}: the server answered HTTP 503"


def test_fetch_skips_what_is_not_a_page_with_its_reason(site, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pdf = site.add("/report.pdf", b"%PDF-1.4 binary", content_type="application/pdf")
    image = site.add("/photo.jpg", b"\xff\xd8\xff\xe0", content_type="image/jpeg")
    good = site.add("/good.html", page(1))
    feed = site.add("/feed.xml", rss([pdf, good]), content_type="application/rss+xml")
    report = fetch_articles([feed, image], tmp_path / "out", settings=QUICK)
    assert report.errors == [] and len(report.saved) == 1
    assert report.skipped == [
        (pdf, "not an HTML page (application/pdf); newsgraph reads the text of article pages"),
        (image, "not an HTML page (image/jpeg); newsgraph reads the text of article pages"),
    ]


def test_fetch_a_url_already_fetched_sends_no_request(site, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    url = site.add("/a.html", page(1))
    first = fetch_articles([url], tmp_path / "one", settings=QUICK, cache_dir=tmp_path / "cache")
    assert first.fetched == 1 and site.hits["/a.html"] == 1
    total = sum(site.hits.values())
    again = fetch_articles([url], tmp_path / "two", settings=QUICK, cache_dir=tmp_path / "cache")
    assert again.cached == 1 and again.fetched == 0 and again.requests == 0
    assert sum(site.hits.values()) == total  # not even robots.txt
    assert again.saved[0].read_text() == first.saved[0].read_text()


def test_fetch_skips_urls_the_store_holds(site, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    old, new = site.add("/old.html", page(1)), site.add("/new.html", page(2))
    feed = site.add("/feed.xml", rss([old, new]), content_type="application/rss+xml")
    report = fetch_articles([feed], tmp_path / "out", settings=QUICK, known_urls=[old + "?utm_source=x"])
    assert report.known == [old] and site.hits["/old.html"] == 0 and len(report.saved) == 1


def test_fetch_refuses_other_schemes_and_unasked_private_hosts(site, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    inside = "http://10.255.255.1/secret.html"
    feed = site.add("/feed.xml", rss([inside, "file:///etc/passwd"]), content_type="application/rss+xml")
    report = fetch_articles([feed, "ftp://example.org/a"], tmp_path / "out", settings=QUICK)
    errors = [str(e) for e in report.errors]
    assert errors[0].startswith(f"{inside}: the host resolves to a private or local address (10.255.255.1)")
    # (feedparser gives the link as file://etc/passwd)
    assert errors[1].startswith("file:")
    assert errors[1].endswith(": only http:// and https:// URLs are fetched")
    assert errors[2] == "ftp://example.org/a: only http:// and https:// URLs are fetched"


def test_fetch_refuses_an_answer_over_the_size_limit(site, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    url = site.add("/big.html", page(1) + " " * 5000)
    small = FetchSettings(delay=0, read_timeout=1, retries=0, max_bytes=1000)
    report = fetch_articles([url], tmp_path / "out", settings=small)
    assert "over the limit of 1000" in str(report.errors[0])


@pytest.mark.parametrize("delay", [0.3])
def test_fetch_waits_between_requests_to_one_host(site, tmp_path: Path, delay: float) -> None:  # type: ignore[no-untyped-def]
    import time

    urls = [site.add(f"/{i}.html", page(i)) for i in range(2)]
    start = time.monotonic()
    fetch_articles(urls, tmp_path / "out", settings=FetchSettings(delay=delay, retries=0))
    # robots.txt, then two pages: two waits at least
    assert time.monotonic() - start >= 2 * delay


def test_fetch_a_feed_item_again_on_its_own_keeps_the_feeds_metadata(site, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    link = site.add("/a.html", page(1))
    feed = site.add("/feed.xml", rss([link]), content_type="application/rss+xml")
    fetch_articles([feed], tmp_path / "out", settings=QUICK, cache_dir=tmp_path / "cache")
    again = fetch_articles([link], tmp_path / "out", settings=QUICK, cache_dir=tmp_path / "cache")
    assert again.cached == 1
    (art,) = articles(tmp_path / "out")
    assert (art.title, art.source, str(art.published)) == ("Item 0", "Test Wire", "2023-06-01")
