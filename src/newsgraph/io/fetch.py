"""Articles from the web: fetch pages and RSS/Atom feeds, save each article as a JSON Lines file.

:func:`fetch_articles` takes URLs of article pages and of feeds (it tells
them apart by what the server sends back) and writes one file per article
into a folder, ``<article id>.jsonl``, holding one JSON object that the
JSON Lines reader (:mod:`newsgraph.io.jsonl`) reads back::

    {"url": ..., "title": ..., "author": ..., "published": "YYYY-MM-DD",
     "source": <site name>, "language": <html lang>, "text": <main text>,
     "final_url": <after redirects>, "fetched": <UTC time>, "feed": <feed URL>}

Keys without a value are left out. A page's text and metadata come from
trafilatura (:func:`newsgraph.io.html.parse_html`, offline, on the fetched
markup). For an item of a feed the feed's title, author and date are
preferred, being structured, and the page's fill the gaps; the site name is
the page's, else the feed's title. ``url`` is the URL asked for (the feed's
link), so the article id and the ``--store`` check are the same on every run.

Feeds are parsed with feedparser, from the fetched bytes. Each run fetches
a feed again (it changes); pages go through the client's cache
(:class:`newsgraph.io.http.Client`), so a page fetched once is not requested
again. URLs in ``known_urls`` (those a store already holds) are skipped
before any request.

A URL that fails (robots.txt, HTTP error, timeout, no article text) becomes a
:class:`~newsgraph.errors.FetchError` in the report and the others go on; an
answer that is neither an HTML page nor a feed (a PDF, an image) is skipped
with its reason.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from newsgraph.errors import FetchError, InputError, NewsgraphError
from newsgraph.io.atomic import atomic_write_text
from newsgraph.io.html import parse_html
from newsgraph.io.http import Client, FetchSettings, Response
from newsgraph.io.ids import article_id, normalize_url

__all__ = ["FetchReport", "fetch_articles", "is_url"]

_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml")
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_SNIFF_TYPES = ("", "application/xml", "text/xml", "text/plain", "application/octet-stream")
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", re.IGNORECASE)


def is_url(text: str) -> bool:
    """Whether a command-line input is a web address rather than a path.

    Examples:
        >>> is_url("https://example.org/feed.xml"), is_url("examples/a.txt"), is_url("HTTP://x")
        (True, False, True)
    """
    return text.lower().startswith(("http://", "https://"))


@dataclass
class FetchReport:
    """What a fetch did.

    Attributes:
        saved: the article files written (or rewritten), in input order.
        fetched: pages fetched from the web.
        cached: pages answered from the cache, without a request.
        feeds: feeds read.
        known: URLs skipped because the store already holds them.
        skipped: ``(url, reason)`` for answers that are not articles (a PDF, an image).
        errors: one per URL that failed.
        requests: HTTP requests sent (robots.txt included).
    """

    saved: list[Path] = field(default_factory=list)
    fetched: int = 0
    cached: int = 0
    feeds: int = 0
    known: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    errors: list[NewsgraphError] = field(default_factory=list)
    requests: int = 0

    def summary(self) -> dict[str, object]:
        """A JSON-ready summary."""
        return {
            "saved": [str(p) for p in self.saved], "fetched": self.fetched, "cached": self.cached,
            "feeds": self.feeds, "known": list(self.known),
            "skipped": [{"url": u, "reason": r} for u, r in self.skipped],
            "errors": [str(e) for e in self.errors], "requests": self.requests,
        }


def _kind(resp: Response) -> str | None:
    """"feed", "html", or None for anything else."""
    ctype = resp.content_type.split(";")[0].strip().lower()
    head = resp.body[:4096].lstrip().lower()
    sniffed_feed = any(tag in head for tag in (b"<rss", b"<feed", b"<rdf:rdf")) and b"<html" not in head
    if ctype in _FEED_TYPES or ((ctype in _SNIFF_TYPES or ctype in _HTML_TYPES) and sniffed_feed):
        return "feed"
    if ctype in _HTML_TYPES or (ctype in _SNIFF_TYPES and (b"<html" in head or b"<!doctype html" in head)):
        return "html"
    return None


def _decode(resp: Response) -> str:
    """The page as text: byte-order mark, then the header's charset, then <meta charset>, then UTF-8."""
    body = resp.body
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                     (codecs.BOM_UTF16_BE, "utf-16")):
        if body.startswith(bom):
            return body.decode(enc, "replace")
    m = re.search(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", resp.content_type, re.IGNORECASE)
    found: str | None = m[1] if m else None
    if found is None:
        meta = _META_CHARSET.search(body[:4096])
        found = meta[1].decode("ascii", "replace") if meta else None
    for enc in [e for e in (found, "utf-8") if e]:
        if enc:
            try:
                return body.decode(enc)
            except (LookupError, UnicodeDecodeError):
                continue
    return body.decode("utf-8", "replace")


def _entry_date(entry: Any) -> date | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed = entry.get(key)
        if parsed:
            try:
                return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
            except (ValueError, AttributeError):
                continue
    return None


def _feed_items(resp: Response) -> tuple[str | None, list[dict[str, Any]]]:
    """The feed's title and its items (link, title, author, published)."""
    import feedparser

    parsed = feedparser.parse(
        resp.body, response_headers={"content-location": resp.final_url, "content-type": resp.content_type}
    )
    if not parsed.entries and parsed.get("bozo"):
        why = parsed.get("bozo_exception")
        raise FetchError(f"not a readable RSS or Atom feed ({why})", path=resp.url)
    items = []
    for entry in parsed.entries:
        link = entry.get("link") or ""
        items.append({
            "url": link.strip(),
            "title": (entry.get("title") or "").strip() or None,
            "author": (entry.get("author") or "").strip() or None,
            "published": _entry_date(entry),
        })
    return (parsed.feed.get("title") or "").strip() or None, items


#: What a feed says about an item; kept when the page is later fetched again on its own.
_FEED_KEYS = ("title", "author", "published", "source", "feed")


def _merge(path: Path, record: dict[str, Any]) -> dict[str, Any]:
    """``record``, with what an earlier save of the same article in ``path`` knew and it does not.

    When the earlier save came through a feed and this one did not, the feed's
    title, author, date and name are kept.
    """
    try:
        old = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return record
    if not isinstance(old, dict):
        return record
    merged = {**old, **record}
    if old.get("feed") and not record.get("feed"):
        merged.update({k: old[k] for k in _FEED_KEYS if old.get(k)})
    return merged


class _Run:
    """One call of :func:`fetch_articles`: the client, the output folder and the report."""

    def __init__(self, client: Client, out_dir: Path, known: set[str], date_order: str,
                 on_item: Callable[[str, str], object] | None) -> None:
        self.client, self.out_dir, self.known, self.date_order = client, out_dir, known, date_order
        self.on_item = on_item
        self.report = FetchReport()
        self.seen: set[str] = set()

    def note(self, url: str, outcome: str) -> None:
        if self.on_item is not None:
            self.on_item(url, outcome)

    def first_time(self, url: str) -> bool:
        """False for a URL already handled in this run, or already in the store (then noted)."""
        key = normalize_url(url) or url
        if key in self.seen:
            return False
        self.seen.add(key)
        if key in self.known:
            self.report.known.append(url)
            self.note(url, "known")
            return False
        return True

    def input(self, url: str, max_items: int | None) -> None:
        if not self.first_time(url):
            return
        try:
            resp = self.client.get(url)
            kind = _kind(resp)
            if kind == "feed":
                self.report.feeds += 1
                self.note(url, "feed")
                site, items = _feed_items(resp)
                for item in items[:max_items]:
                    if not item["url"]:
                        continue
                    self.page(item["url"], {**item, "source": site, "feed": url})
                return
            self.page(url, {}, resp)
        except FetchError as err:
            self.report.errors.append(err)
            self.note(url, "error")

    def page(self, url: str, meta: dict[str, Any], resp: Response | None = None) -> None:
        if resp is None and not self.first_time(url):
            return
        try:
            resp = resp or self.client.get(url)
            kind = _kind(resp)
            if kind != "html":
                what = "a feed inside a feed" if kind == "feed" else (resp.content_type or "no Content-Type")
                reason = f"not an HTML page ({what}); newsgraph reads the text of article pages"
                self.report.skipped.append((url, reason))
                self.note(url, "skipped")
                return
            self.client.store(resp)
            try:
                raw = parse_html(_decode(resp), url, self.date_order)
            except InputError as err:
                raise FetchError(err.message, path=url) from None
            published: date | None = meta.get("published") or raw.published
            record = {
                "url": url,
                "title": meta.get("title") or raw.title,
                "author": meta.get("author") or raw.author,
                "published": published.isoformat() if published else None,
                "source": raw.source or meta.get("source"),
                "language": raw.language,
                "text": raw.text,
                "final_url": resp.final_url if resp.final_url != url else None,
                "fetched": resp.fetched,
                "feed": meta.get("feed"),
            }
            path = self.out_dir / f"{article_id(url, raw.text)}.jsonl"
            line = json.dumps(_merge(path, {k: v for k, v in record.items() if v}), ensure_ascii=False)
            atomic_write_text(path, line + "\n")
            self.report.saved.append(path)
            if resp.from_cache:
                self.report.cached += 1
            else:
                self.report.fetched += 1
            self.note(url, "cached" if resp.from_cache else "fetched")
        except FetchError as err:
            self.report.errors.append(err)
            self.note(url, "error")


def fetch_articles(
    urls: Iterable[str],
    out_dir: str | Path,
    *,
    settings: FetchSettings | None = None,
    cache_dir: str | Path | None = None,
    known_urls: Iterable[str] = (),
    max_items: int | None = None,
    date_order: str = "DMY",
    on_item: Callable[[str, str], object] | None = None,
) -> FetchReport:
    """Fetch the pages and feeds in ``urls`` and save each article in ``out_dir`` (see the module docstring).

    Args:
        urls: URLs of article pages and of RSS/Atom feeds, in any mix. Their
            hosts may be on a private network (they were asked for); the
            links of a feed and redirects may not, unless on one of these hosts.
        out_dir: the folder for the ``<id>.jsonl`` files (created if missing).
        settings: delay, timeouts, retries and size limit (:class:`FetchSettings`).
        cache_dir: the page cache; None for no cache.
        known_urls: URLs to skip without a request (those a store already holds).
        max_items: read at most this many items of each feed.
        date_order: how to read an all-numeric dateline in a page.
        on_item: called as ``on_item(url, outcome)`` after each URL, with outcome
            "fetched", "cached", "feed", "known", "skipped" or "error".

    Returns:
        The report; nothing is raised for a URL that fails.
    """
    urls = [u.strip() for u in urls]
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    known = {normalize_url(u) or u for u in known_urls}
    client = Client(settings, cache_dir=Path(cache_dir) if cache_dir is not None else None,
                    allowed_hosts=set(urls))
    run = _Run(client, out, known, date_order, on_item)
    try:
        for url in urls:
            run.input(url, max_items)
    finally:
        run.report.requests = client.requests
        client.close()
    return run.report
