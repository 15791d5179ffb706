"""A polite HTTP client for fetching articles and feeds: robots.txt, rate limit, retries, cache.

:class:`Client` gets one URL at a time and behaves as a good web citizen
by default:

* only ``http`` and ``https`` URLs, redirects included (no ``file://``);
* a host that resolves to a private, loopback or link-local address is
  fetched only when the user named that host (``allowed_hosts``): a feed or
  a redirect cannot lead into the local network by itself;
* robots.txt is read once per host (:mod:`urllib.robotparser`) and obeyed,
  with its ``Crawl-delay`` (up to :data:`MAX_CRAWL_DELAY` seconds); a 401/403 on
  robots.txt forbids the whole host, a 404 allows it, and an unreachable one
  forbids it (RFC 9309);
* at most one request per :attr:`FetchSettings.delay` seconds to a host;
* a User-Agent that names newsgraph (:func:`user_agent`);
* separate connect and read timeouts; up to :attr:`FetchSettings.retries`
  retries, with exponential backoff, after a 5xx answer, a timeout or a
  failed connection (never after a 4xx);
* responses over :attr:`FetchSettings.max_bytes` are refused without being
  read whole;
* pages can be kept in an on-disk cache (:meth:`Client.store`): a URL found
  there is answered from it, with no request at all.

It is built on urllib3, which trafilatura already depends on, for its
separate connect/read timeouts, connection reuse and streamed reads.

Nothing here runs at import; nothing is sent before :meth:`Client.get`.
"""

from __future__ import annotations

import hashlib
import ipaddress
import json
import os
import socket
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urldefrag, urljoin, urlsplit
from urllib.robotparser import RobotFileParser

from newsgraph.errors import FetchError
from newsgraph.io.atomic import atomic_write_bytes, atomic_write_text

__all__ = ["FetchSettings", "Response", "Client", "user_agent", "default_cache_dir", "MAX_CRAWL_DELAY"]

#: The project page named in the User-Agent.
PROJECT_URL = "https://w3id.org/newsgraph/"
#: The longest robots.txt Crawl-delay obeyed, in seconds.
MAX_CRAWL_DELAY = 60.0
_MAX_REDIRECTS = 5
_ROBOTS_TOKEN = "newsgraph"


def user_agent() -> str:
    """The User-Agent newsgraph sends, ``newsgraph/<version> (+<project url>)``.

    Examples:
        >>> user_agent().startswith("newsgraph/")
        True
    """
    from newsgraph import __version__

    return f"newsgraph/{__version__} (+{PROJECT_URL})"


def default_cache_dir() -> Path:
    """Where fetched pages are kept by default: ``$XDG_CACHE_HOME/newsgraph`` (``~/.cache/newsgraph``)."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "newsgraph"


@dataclass(frozen=True)
class FetchSettings:
    """How politely and how patiently to fetch.

    Attributes:
        delay: the least time between two requests to one host, in seconds.
        connect_timeout: seconds to wait for a connection.
        read_timeout: seconds to wait for each read of the answer.
        retries: how many times to try again after a 5xx, a timeout or a failed connection.
        backoff: seconds before the first retry; doubled for each next one.
        max_bytes: the largest answer accepted.
        user_agent: the User-Agent header (default :func:`user_agent`).
    """

    delay: float = 1.0
    connect_timeout: float = 10.0
    read_timeout: float = 30.0
    retries: int = 2
    backoff: float = 1.0
    max_bytes: int = 10_000_000
    user_agent: str = field(default_factory=user_agent)


@dataclass(frozen=True)
class Response:
    """An answer with status 200.

    Attributes:
        url: the URL asked for.
        final_url: the URL answered, after redirects.
        content_type: the Content-Type header ("" when missing).
        body: the bytes of the answer.
        fetched: when it was fetched (ISO 8601, UTC).
        from_cache: True when it came from the on-disk cache, without a request.
    """

    url: str
    final_url: str
    content_type: str
    body: bytes
    fetched: str
    from_cache: bool = False


def _host(url: str) -> str:
    """``host:port`` of ``url`` ("" when it has none)."""
    try:
        parts = urlsplit(url)
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError:
        return ""
    return f"{(parts.hostname or '').lower()}:{port}"


def _private_address(hostname: str) -> str | None:
    """The first private, loopback, link-local or reserved address ``hostname`` resolves to, if any."""
    try:
        infos = socket.getaddrinfo(hostname, None)
    except OSError:
        return None  # the request will fail and say so
    for info in infos:
        addr = ipaddress.ip_address(str(info[4][0]).split("%")[0])
        if addr.is_private or addr.is_loopback or addr.is_link_local or addr.is_reserved or addr.is_multicast:
            return str(addr)
    return None


class Client:
    """Fetch URLs politely (see the module docstring).

    Args:
        settings: timeouts, delay, retries and size limit.
        cache_dir: folder of the page cache; None for no cache.
        allowed_hosts: URLs or hosts the user named: they may be on a private network.
    """

    def __init__(
        self,
        settings: FetchSettings | None = None,
        *,
        cache_dir: Path | None = None,
        allowed_hosts: set[str] | None = None,
    ) -> None:
        import urllib3

        self.settings = settings or FetchSettings()
        self.cache_dir = cache_dir
        self.allowed_hosts = {_host(h) if "//" in h else h.lower() for h in (allowed_hosts or set())}
        self.requests = 0
        self._last: dict[str, float] = {}
        self._robots: dict[str, RobotFileParser | FetchError] = {}
        self._pool = urllib3.PoolManager(num_pools=20, retries=False)

    # ------------------------------------------------------------------ cache
    def _cache_paths(self, url: str) -> tuple[Path, Path] | None:
        if self.cache_dir is None:
            return None
        key = hashlib.sha256(urldefrag(url)[0].encode("utf-8")).hexdigest()[:32]
        return self.cache_dir / f"{key}.json", self.cache_dir / f"{key}.body"

    def cached(self, url: str) -> Response | None:
        """The cached answer for ``url``, or None."""
        paths = self._cache_paths(url)
        if paths is None or not paths[0].is_file() or not paths[1].is_file():
            return None
        try:
            meta = json.loads(paths[0].read_text(encoding="utf-8"))
            body = paths[1].read_bytes()
        except (OSError, ValueError):
            return None
        return Response(url, meta["final_url"], meta["content_type"], body, meta["fetched"], from_cache=True)

    def store(self, response: Response) -> None:
        """Keep ``response`` in the cache (body first, so a crash leaves no entry without a body)."""
        paths = self._cache_paths(response.url)
        if paths is None or response.from_cache:
            return
        paths[0].parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(paths[1], response.body)
        meta = {"url": response.url, "final_url": response.final_url,
                "content_type": response.content_type, "fetched": response.fetched}
        atomic_write_text(paths[0], json.dumps(meta, ensure_ascii=False))

    # ------------------------------------------------------------------ rules
    def check_url(self, url: str) -> None:
        """Refuse a URL that is not http(s), or that leads into a private network unasked.

        Raises:
            FetchError: naming the URL and the reason.
        """
        try:
            parts = urlsplit(url)
            _ = parts.port
        except ValueError as err:
            raise FetchError(f"not a valid URL ({err})", path=url) from None
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise FetchError("only http:// and https:// URLs are fetched", path=url)
        if _host(url) in self.allowed_hosts or parts.hostname.lower() in self.allowed_hosts:
            return
        private = _private_address(parts.hostname)
        if private is not None:
            raise FetchError(
                f"the host resolves to a private or local address ({private}) that was not asked for; "
                "give a URL on that host on the command line to fetch from it",
                path=url,
            )

    def _robots_for(self, url: str) -> RobotFileParser | FetchError:
        host = _host(url)
        if host not in self._robots:
            parts = urlsplit(url)
            robots_url = f"{parts.scheme}://{parts.netloc}/robots.txt"
            parser = RobotFileParser(robots_url)
            try:
                status, _, body, _ = self._follow(robots_url)
            except FetchError as err:
                self._robots[host] = FetchError(
                    f"robots.txt cannot be read ({err.message}), so the host is not fetched", path=url
                )
                return self._robots[host]
            if status in (401, 403):
                parser.parse(["User-agent: *", "Disallow: /"])
            elif status >= 500:
                self._robots[host] = FetchError(
                    f"robots.txt answered HTTP {status}, so the host is not fetched", path=url
                )
                return self._robots[host]
            elif status >= 400:
                parser.parse([])  # no rules: everything allowed
            else:
                parser.parse(body.decode("utf-8", "replace").splitlines())
            self._robots[host] = parser
        return self._robots[host]

    def check_robots(self, url: str) -> None:
        """Raise :class:`FetchError` when the host's robots.txt forbids ``url`` to newsgraph."""
        robots = self._robots_for(url)
        if isinstance(robots, FetchError):
            raise FetchError(robots.message, path=url)
        if not robots.can_fetch(_ROBOTS_TOKEN, url) or not robots.can_fetch(self.settings.user_agent, url):
            raise FetchError("robots.txt of the site disallows fetching this URL; it was not fetched",
                             path=url)

    def _wait(self, url: str) -> None:
        host = _host(url)
        delay = self.settings.delay
        robots = self._robots.get(host)
        if isinstance(robots, RobotFileParser):
            crawl = robots.crawl_delay(_ROBOTS_TOKEN)
            if crawl is not None:
                delay = max(delay, min(float(crawl), MAX_CRAWL_DELAY))
        last = self._last.get(host)
        if last is not None and delay > 0:
            pause = last + delay - time.monotonic()
            if pause > 0:
                time.sleep(pause)
        self._last[host] = time.monotonic()

    # ------------------------------------------------------------------ requests
    def _once(self, url: str) -> tuple[int, dict[str, str], bytes]:
        import urllib3

        s = self.settings
        self._wait(url)
        self.requests += 1
        resp = self._pool.request(
            "GET", url, headers={"User-Agent": s.user_agent, "Accept-Encoding": "gzip, deflate"},
            timeout=urllib3.Timeout(connect=s.connect_timeout, read=s.read_timeout),
            redirect=False, retries=False, preload_content=False,
        )
        try:
            headers = {k.lower(): v for k, v in resp.headers.items()}
            length = headers.get("content-length", "")
            if length.isdigit() and int(length) > s.max_bytes:
                raise FetchError(f"the answer is {length} bytes, over the limit of {s.max_bytes}", path=url)
            chunks: list[bytes] = []
            size = 0
            for chunk in resp.stream(65536):
                size += len(chunk)
                if size > s.max_bytes:
                    raise FetchError(f"the answer is over the limit of {s.max_bytes} bytes", path=url)
                chunks.append(chunk)
            return resp.status, headers, b"".join(chunks)
        finally:
            resp.release_conn()

    def _request(self, url: str) -> tuple[int, dict[str, str], bytes]:
        """One URL, with retries after 5xx answers, timeouts and failed connections."""
        import urllib3

        s = self.settings
        for attempt in range(s.retries + 1):
            last = attempt == s.retries
            try:
                status, headers, body = self._once(url)
            except (urllib3.exceptions.TimeoutError, urllib3.exceptions.ProtocolError,
                    urllib3.exceptions.NewConnectionError, urllib3.exceptions.SSLError,
                    urllib3.exceptions.DecodeError) as err:
                if last:
                    why = _why(err, s)
                    tries = f" (tried {s.retries + 1} times)" if s.retries else ""
                    raise FetchError(f"{why}{tries}", path=url) from None
            else:
                if status < 500 or last:
                    return status, headers, body
            time.sleep(s.backoff * 2**attempt)
        raise AssertionError("unreachable")  # pragma: no cover

    def _follow(self, url: str, robots: bool = False) -> tuple[int, dict[str, str], bytes, str]:
        """``url`` with redirects followed (each checked); the last status, headers, body and URL."""
        for _ in range(_MAX_REDIRECTS + 1):
            self.check_url(url)
            if robots:
                self.check_robots(url)
            status, headers, body = self._request(url)
            if status in (301, 302, 303, 307, 308) and headers.get("location"):
                url = urljoin(url, headers["location"])
                continue
            return status, headers, body, url
        raise FetchError(f"more than {_MAX_REDIRECTS} redirects", path=url)

    def get(self, url: str, *, use_cache: bool = True) -> Response:
        """GET ``url``: from the cache when there, else politely from the web.

        Raises:
            FetchError: the URL is refused (scheme, private network, robots.txt),
                cannot be reached, times out, answers other than 200, or is too big.
        """
        if use_cache:
            hit = self.cached(url)
            if hit is not None:
                return hit
        status, headers, body, final = self._follow(url, robots=True)
        if status != 200:
            raise FetchError(f"the server answered HTTP {status}{_REASONS.get(status, '')}", path=url)
        fetched = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
        return Response(url, final, headers.get("content-type", ""), body, fetched)

    def close(self) -> None:
        """Close the open connections."""
        self._pool.clear()

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


_REASONS = {404: " (not found)", 410: " (gone)", 403: " (forbidden)", 401: " (login needed)",
            429: " (too many requests)"}


def _why(err: Exception, s: FetchSettings) -> str:
    import urllib3

    if isinstance(err, urllib3.exceptions.NewConnectionError):  # a subclass of ConnectTimeoutError
        return "cannot connect to the server"
    if isinstance(err, urllib3.exceptions.ConnectTimeoutError):
        return f"no connection within {s.connect_timeout:g}s (connect timeout)"
    if isinstance(err, urllib3.exceptions.TimeoutError):
        return f"no answer within {s.read_timeout:g}s (read timeout)"
    return f"the connection failed ({type(err).__name__})"
