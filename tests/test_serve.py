"""The SPARQL endpoint and push, over real HTTP: SPARQLWrapper, curl, and a real Oxigraph server."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "graph"))
from corpus import newsgraph, quads, spawn, stop, write_corpus

from newsgraph.graph import query_names, query_text
from newsgraph.service.server import Endpoint, find_oxigraph, free_port

N = 24
EVENTS = "SELECT ?e ?type WHERE { ?e a ng:Event ; ng:eventType ?type } ORDER BY ?e"
PREFIXES = ("PREFIX ng: <https://w3id.org/newsgraph/ontology#>\n"
            "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n")


def _wait_port(port: int, proc: subprocess.Popen[str], seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        assert proc.poll() is None, proc.communicate()
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.05)
    raise AssertionError("server did not start")


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("serve")
    corpus = write_corpus(folder / "news.jsonl", N)
    newsgraph("build", corpus, "--store", folder / "store", "--model", "none")
    return folder / "store"


@pytest.fixture(scope="module")
def endpoint(store: Path) -> Iterator[str]:
    port = free_port()
    proc = spawn("serve", store, "--port", str(port), "--timeout", "2", "--max-request-bytes", "20000",
                 log=store.parent / "serve.log")
    try:
        _wait_port(port, proc)
        yield f"http://127.0.0.1:{port}"
    finally:
        stop(proc)


def _curl(*args: str) -> tuple[int, str]:
    out = subprocess.run(["curl", "-s", "-m", "30", "-w", "\n%{http_code}", *args], capture_output=True,
                         text=True, timeout=60, check=True).stdout
    body, _, code = out.rpartition("\n")
    return int(code), body


pytestmark = pytest.mark.skipif(shutil.which("curl") is None, reason="needs curl")


def test_serve_sparqlwrapper_select_in_json_and_xml(endpoint: str) -> None:
    from SPARQLWrapper import JSON, XML, SPARQLWrapper

    client = SPARQLWrapper(endpoint + "/query")
    client.setQuery(PREFIXES + EVENTS)
    client.setReturnFormat(JSON)
    rows = client.query().convert()["results"]["bindings"]  # type: ignore[index,call-overload]
    assert len(rows) >= N and all(r["type"]["value"].startswith("https://w3id.org/newsgraph/event-type/")
                                  for r in rows)
    client.setReturnFormat(XML)
    client.setMethod("POST")
    doc = client.query().convert()
    assert len(doc.getElementsByTagName("result")) == len(rows)  # type: ignore[union-attr]


@pytest.mark.parametrize("name", query_names())
def test_serve_every_readme_query_answers_over_http(endpoint: str, name: str) -> None:
    from SPARQLWrapper import JSON, SPARQLWrapper

    client = SPARQLWrapper(endpoint + "/query")
    client.setQuery(PREFIXES + query_text(name))
    client.setReturnFormat(JSON)
    assert client.query().convert()["results"]["bindings"], name  # type: ignore[index,call-overload]


@pytest.mark.parametrize(
    ("accept", "needle"),
    [("application/sparql-results+json", '"bindings"'), ("application/sparql-results+xml", "<sparql"),
     ("text/csv", "e,type"), ("text/tab-separated-values", "?e\t?type")],
)
def test_serve_curl_get_and_post_by_accept_header(endpoint: str, accept: str, needle: str) -> None:
    code, body = _curl("-G", endpoint + "/query", "-H", f"Accept: {accept}",
                       "--data-urlencode", f"query={PREFIXES}{EVENTS}")
    assert code == 200 and needle in body
    code2, body2 = _curl(endpoint + "/query", "-H", f"Accept: {accept}", "-H",
                         "Content-Type: application/sparql-query", "--data-binary", PREFIXES + EVENTS)
    assert code2 == 200 and body2 == body


def test_serve_construct_as_turtle(endpoint: str) -> None:
    code, body = _curl(endpoint + "/query", "-H", "Accept: text/turtle", "--data-urlencode",
                       f"query={PREFIXES}CONSTRUCT {{ ?c rdfs:label ?l }} "
                       "WHERE { ?c a ng:Country ; rdfs:label ?l }")
    assert code == 200 and "/rdf-schema#label>" in body


def test_serve_is_read_only(endpoint: str) -> None:
    code, _ = _curl(endpoint + "/update", "-H", "Content-Type: application/sparql-update",
                    "--data-binary", "INSERT DATA { <urn:a> <urn:b> <urn:c> }")
    assert code == 403
    code, _ = _curl("-X", "PUT", endpoint + "/store?graph=urn:g", "-H", "Content-Type: application/n-triples",
                    "--data-binary", "<urn:a> <urn:b> <urn:c> .")
    assert code == 403
    code, body = _curl("-G", endpoint + "/query", "--data-urlencode", "query=ASK { <urn:a> ?p ?o }",
                       "-H", "Accept: application/sparql-results+json")
    assert code == 200 and json.loads(body)["boolean"] is False


def test_serve_request_size_limit(endpoint: str) -> None:
    big = "SELECT * WHERE { ?s ?p ?o } #" + "x" * 30000
    code, _ = _curl(endpoint + "/query", "-H", "Content-Type: application/sparql-query", "--data-binary", big)
    assert code == 413


def test_serve_query_timeout(endpoint: str) -> None:
    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    start = time.monotonic()
    code, _ = _curl(endpoint + "/query", "-H", "Content-Type: application/sparql-query",
                    "--data-binary", slow)
    assert code == 504 and time.monotonic() - start < 20
    code, body = _curl("-G", endpoint + "/query", "--data-urlencode", "query=ASK { ?s ?p ?o }")
    assert code == 200 and "true" in body, body  # the engine was restarted and answers again


def test_serve_query_page_lists_the_example_queries(endpoint: str) -> None:
    code, body = _curl(endpoint + "/")
    assert code == 200 and "<textarea" in body
    for name in query_names():
        assert json.dumps(name) in body
    assert "cdn" not in body.lower()


def test_serve_binds_localhost_by_default(endpoint: str) -> None:
    assert endpoint.startswith("http://127.0.0.1:")
    from newsgraph.cli import cli

    params = {p.name: p.default for p in cli.commands["serve"].params}  # type: ignore[attr-defined]
    assert params["host"] == "127.0.0.1"


@pytest.fixture
def oxigraph_server(tmp_path: Path) -> Iterator[str]:
    port = free_port()
    proc = subprocess.Popen([find_oxigraph(), "serve", "--location", str(tmp_path / "remote"),
                             "--bind", f"127.0.0.1:{port}"], stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)
    try:
        _wait_port(port, proc)
        yield f"http://127.0.0.1:{port}"
    finally:
        stop(proc)


def _remote_quads(server: str) -> set[str]:
    code, body = _curl(server + "/store", "-H", "Accept: application/n-quads")
    assert code == 200
    return {line for line in body.splitlines() if line.strip()}


def test_push_to_a_real_oxigraph_server_is_idempotent(store: Path, oxigraph_server: str,
                                                      tmp_path: Path) -> None:
    graphs = N + 3  # the articles, the shared entities, the resolution and the event-type scheme graphs
    first = newsgraph("push", store, "--endpoint", oxigraph_server + "/store")
    assert f"{graphs} graph(s) sent, 0 unchanged" in first.stdout
    local = quads(store)
    assert _pushed(oxigraph_server) == local
    again = newsgraph("push", store, "--endpoint", oxigraph_server + "/store")
    assert f"0 graph(s) sent, {graphs} unchanged" in again.stdout
    assert _pushed(oxigraph_server) == local
    # An edited article (read from another path, so every article's source changed): the graphs
    # that changed are sent again and replace the old ones.
    changed = tmp_path / "store2"
    shutil.copytree(store, changed, ignore=shutil.ignore_patterns("newsgraph.lock"))
    news = store.parent / "news.jsonl"
    edited = write_corpus(tmp_path / "news.jsonl", N, changed=frozenset({5}))
    newsgraph("build", edited, "--store", changed, "--model", "none")
    third = newsgraph("push", changed, "--endpoint", oxigraph_server + "/store")
    assert "graph(s) sent" in third.stdout and news.is_file()
    assert int(third.stdout.split(" graph(s) sent")[0].split()[-1]) >= 1
    assert _pushed(oxigraph_server) == quads(changed)  # replaced, nothing stale left behind


def _pushed(server: str) -> set[str]:
    """The server's quads without the push bookkeeping (``store:pushedContent``)."""
    return {q for q in _remote_quads(server) if "store#pushedContent>" not in q}


def test_push_unreachable_endpoint_fails_cleanly(store: Path) -> None:
    out = newsgraph("push", store, "--endpoint", f"http://127.0.0.1:{free_port()}/store", check=False)
    assert out.returncode == 1 and "cannot reach" in out.stderr


# ------------------------------------------------------------------ hardening (issue 14)


class _Listener:
    """A TCP listener on a free local port that counts the connections it receives."""

    def __init__(self) -> None:
        import threading

        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.hits = 0
        self._stop = False
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            self.hits += 1
            conn.close()

    def close(self) -> None:
        self._stop = True
        self._thread.join(timeout=2)
        self.sock.close()


def test_serve_refuses_federated_queries_and_the_target_gets_nothing(endpoint: str) -> None:
    listener = _Listener()
    try:
        target = f"http://127.0.0.1:{listener.port}/x"
        federated = f"SELECT * WHERE {{ SERVICE <{target}> {{ ?x ?p ?o }} }}"
        escaped = federated.replace("SERVICE", "\\u0053ERVICE")
        attempts = [
            ("-G", endpoint + "/query", "--data-urlencode", f"query={federated}"),
            (endpoint + "/query", "-H", "Content-Type: application/sparql-query", "--data-binary", federated),
            (endpoint + "/sparql", "--data-urlencode", f"query={escaped}"),
        ]
        for args in attempts:
            code, body = _curl(*args)
            assert code == 403 and "--allow-service" in body, (args, body)
        time.sleep(0.5)
        assert listener.hits == 0
    finally:
        listener.close()


@pytest.fixture(scope="module")
def capped(store: Path) -> Iterator[tuple[str, int]]:
    """An endpoint with a 1 MB response limit, a 1 s request timeout and one allowed host name."""
    port = free_port()
    proc = spawn("serve", store, "--port", str(port), "--timeout", "5", "--max-response-bytes", "1000000",
                 "--request-timeout", "1", "--allowed-host", "127.0.0.1", "--allowed-host", "localhost",
                 log=store.parent / "capped.log")
    try:
        _wait_port(port, proc)
        yield f"http://127.0.0.1:{port}", proc.pid
    finally:
        stop(proc)


def _peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def test_serve_oversized_result_is_an_error_never_a_truncated_200(capped: tuple[str, int]) -> None:
    url, pid = capped
    start = time.monotonic()
    code, body = _curl(url + "/query", "-H", "Accept: text/csv", "--data-urlencode",
                       "query=SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }")
    assert code in (413, 504), (code, body[:200])
    assert "limit" in body or "timeout" in body
    assert time.monotonic() - start < 30
    if Path(f"/proc/{pid}/status").is_file():
        assert _peak_rss_mb(pid) < 500
    code, body = _curl("-G", url + "/query", "--data-urlencode", "query=ASK { ?s ?p ?o }")
    assert code == 200 and "true" in body


def test_serve_malformed_or_half_sent_requests_do_not_hang(capped: tuple[str, int]) -> None:
    url, _ = capped
    port = int(url.rsplit(":", 1)[1])
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(b"POST /query HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: -1\r\n\r\n")
        assert sock.recv(100).startswith(b"HTTP/1.1 400")
    start = time.monotonic()
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(b"POST /query HTTP/1.1\r\nHost: 127.0.0.1\r\n")  # headers never finished
        assert sock.recv(100) == b""  # the server gives up and closes
    assert time.monotonic() - start < 5


def test_serve_allowed_hosts(capped: tuple[str, int]) -> None:
    url, _ = capped
    code, _ = _curl("-G", url + "/query", "-H", "Host: evil.example", "--data-urlencode", "query=ASK {}")
    assert code == 421
    code, _ = _curl("-G", url + "/query", "--data-urlencode", "query=ASK {}")
    assert code == 200


def test_serve_long_url_head_request_and_other_methods(endpoint: str) -> None:
    code, body = _curl("-G", endpoint + "/query", "--data-urlencode", "query=ASK {} #" + "x" * 30000)
    assert code == 414 and "too long" in body
    out = subprocess.run(["curl", "-s", "-I", "-m", "30", endpoint + "/"], capture_output=True, text=True,
                         timeout=60, check=True).stdout.lower()
    assert out.startswith("http/1.1 200") and "content-type: text/html" in out and "content-length: " in out
    code, _ = _curl("-X", "OPTIONS", endpoint + "/query")
    assert code == 405
    code, body = _curl("-G", endpoint + "/query", "--data-urlencode",  # the URL reaches the engine as sent
                       'query=ASK { FILTER("a+b&c=d %3F~" = CONCAT("a+b&c=", "d %3F~")) }')
    assert code == 200 and "true" in body, body
    code, _ = _curl("-X", "DELETE", endpoint + "/store?graph=urn:g")
    assert code == 403


def test_serve_half_sent_body_gets_408_and_a_trickled_head_is_cut(capped: tuple[str, int]) -> None:
    url, _ = capped
    port = int(url.rsplit(":", 1)[1])
    start = time.monotonic()
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(b"POST /query HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\n"
                     b"Content-Length: 100\r\n\r\nASK")  # 97 bytes short
        assert sock.recv(100).startswith(b"HTTP/1.1 408")
    assert time.monotonic() - start < 5
    start = time.monotonic()
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        try:  # one byte every 0.2 s: each arrives in time, the whole head does not
            for byte in b"GET /query?query=ASK%7B%7D HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: " + b"a" * 100:
                sock.sendall(bytes([byte]))
                time.sleep(0.2)
            received = sock.recv(100)
        except OSError:
            received = b""
        assert received == b""
    assert time.monotonic() - start < 6


@pytest.fixture(scope="module")
def inproc(store: Path) -> Iterator[tuple[Endpoint, list[str]]]:
    """An endpoint in this process on port 0, its ``ready`` URLs and its log lines."""
    import logging
    import threading

    lines: list[str] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            lines.append(record.getMessage() + ("\n" + record.exc_text if record.exc_text else ""))

    log = logging.getLogger("newsgraph.serve")
    handler = Keep()
    log.addHandler(handler)
    urls: list[str] = []
    try:
        with Endpoint(store, port=0, timeout=2, request_timeout=1) as ep:
            thread = threading.Thread(target=ep.serve_forever, kwargs={"on_ready": urls.append}, daemon=True)
            thread.start()
            deadline = time.monotonic() + 30
            while not urls and time.monotonic() < deadline:
                time.sleep(0.02)
            yield ep, lines
            ep.stop()
            thread.join(20)
            assert not thread.is_alive()
        assert urls == [ep.url]
    finally:
        log.removeHandler(handler)


def test_serve_port_0_gives_ready_the_real_url_and_listens_with_a_long_backlog(
        inproc: tuple[Endpoint, list[str]]) -> None:
    ep, _ = inproc
    url = ep.url
    port = int(url.rstrip("/").rsplit(":", 1)[1])
    assert url.startswith("http://127.0.0.1:") and port > 0
    code, body = _curl("-G", url + "query", "--data-urlencode", "query=ASK { ?s ?p ?o }")
    assert code == 200 and "true" in body
    if shutil.which("ss"):  # a listening socket's Send-Q is its backlog
        out = subprocess.run(["ss", "-ltnH", f"sport = :{port}"], capture_output=True, text=True).stdout
        assert out and int(out.split()[2]) >= 1024, out


def test_serve_logs_one_line_per_client_that_hangs_up(inproc: tuple[Endpoint, list[str]]) -> None:
    from urllib.parse import quote

    ep, lines = inproc
    port = int(ep.url.rstrip("/").rsplit(":", 1)[1])
    slow = quote("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }")
    before = len(lines)
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(f"GET /query?query={slow} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode())
        time.sleep(0.3)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and not any("closed the connection early" in x for x in lines[before:]):
        time.sleep(0.05)
    new = lines[before:]
    assert sum("closed the connection early" in line for line in new) == 1, new
    assert not any("Traceback" in line for line in new)
    time.sleep(3)  # the abandoned call reaches its deadline and the engine restarts, quietly
    code, body = _curl("-G", ep.url + "query", "--data-urlencode", "query=ASK { ?s ?p ?o }")
    assert code == 200 and "true" in body
    assert not any("Traceback" in line for line in lines)


def test_engine_fetch_turns_a_cancelled_or_oversized_answer_into_an_error() -> None:
    import asyncio

    from newsgraph.service.engine import ResponseTooLarge, fetch, session

    bodies = {b"/ok": [b"a,b\r\n", b"1,2\r\n"], b"/big": [b"x" * 4000] * 5,
              b"/cut": [b"a,b\r\n", b"1,2\r\n", b"The SPARQL operation has ", b"been cancelled"]}

    async def engine(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        path = (await reader.readline()).split()[1]
        while (await reader.readline()) not in (b"\r\n", b""):
            pass
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/csv\r\nTransfer-Encoding: chunked\r\n"
                     b"Connection: close\r\n\r\n")
        for part in bodies[path]:
            writer.write(b"%x\r\n%s\r\n" % (len(part), part))
        writer.write(b"0\r\n\r\n")
        await writer.drain()
        writer.close()

    async def main() -> None:
        server = await asyncio.start_server(engine, "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]
        client = session(4)
        try:
            answer = await fetch(client, port, "GET", "/ok", None, [], max_bytes=10_000)
            assert answer.status == 200 and b"".join(answer.chunks) == b"a,b\r\n1,2\r\n"
            with pytest.raises(TimeoutError, match="cancelled"):  # Oxigraph's cut-off 200
                await fetch(client, port, "GET", "/cut", None, [], max_bytes=10_000)
            with pytest.raises(ResponseTooLarge):
                await fetch(client, port, "GET", "/big", None, [], max_bytes=10_000)
        finally:
            await client.close()
            server.close()

    asyncio.run(main())


def test_serve_logs_have_no_tracebacks(store: Path, endpoint: str, capped: tuple[str, int]) -> None:
    for name in ("serve.log", "capped.log"):
        text = (store.parent / name).read_text(encoding="utf-8")
        assert "Traceback" not in text and "Error in ASGI" not in text, name


def test_serve_fifty_clients_at_once_without_resets(endpoint: str) -> None:
    import http.client
    from concurrent.futures import ThreadPoolExecutor
    from urllib.parse import quote

    port = int(endpoint.rsplit(":", 1)[1])
    path = "/query?query=" + quote("ASK { ?s ?p ?o }")

    def client(_: int) -> tuple[int, list[float]]:
        failures, times = 0, []
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        for _ in range(40):
            start = time.monotonic()
            try:
                conn.request("GET", path)
                resp = conn.getresponse()
                resp.read()
                failures += resp.status != 200
            except OSError:
                failures += 1
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            times.append(time.monotonic() - start)
        conn.close()
        return failures, times

    with ThreadPoolExecutor(50) as pool:
        results = list(pool.map(client, range(50)))
    assert sum(f for f, _ in results) == 0
    times = sorted(t for _, ts in results for t in ts)
    assert len(times) == 2000 and times[int(0.95 * len(times))] < 2.0  # p95; the 0.1 s goal is measured apart


def test_push_gives_up_on_a_server_that_trickles_bytes(store: Path) -> None:
    import threading

    from newsgraph.errors import GraphError
    from newsgraph.service.push import push_store

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(4)
    port = sock.getsockname()[1]
    stop = threading.Event()

    def trickle() -> None:  # reads the request, then sends one byte every 0.3 s
        conn, _ = sock.accept()
        conn.recv(65536)
        for byte in b"HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n" + b"x" * 1000:
            if stop.is_set():
                break
            try:
                conn.sendall(bytes([byte]))
            except OSError:
                break
            time.sleep(0.3)
        conn.close()

    threading.Thread(target=trickle, daemon=True).start()
    start = time.monotonic()
    try:
        with pytest.raises(GraphError, match="did not answer within 2 s"):
            push_store(store, f"http://127.0.0.1:{port}/store", timeout=2)
        assert time.monotonic() - start < 6
    finally:
        stop.set()
        sock.close()


def test_push_never_prints_a_password_in_the_url(store: Path) -> None:
    from click.testing import CliRunner

    from newsgraph.cli import cli

    port = free_port()  # nothing listens there
    result = CliRunner().invoke(cli, ["push", str(store), "--endpoint", f"http://ann:s3cret@127.0.0.1:{port}/store"])
    assert result.exit_code == 1 and "cannot reach" in result.output
    assert "s3cret" not in result.output
    result = CliRunner().invoke(cli, ["push", str(store), "--endpoint", "http://127.0.0.1:1/store",
                                      "--password", "s3cret"])  # fmt: skip
    assert result.exit_code == 2 and "--password needs --user" in result.output
