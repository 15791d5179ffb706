"""Benchmark the RDF stores behind KnowledgeGraph: Oxigraph (oxrdflib) vs rdflib's memory store.

Synthetic but realistic data is built with the real builder
(:func:`newsgraph.graph.build.extraction_to_graph`) from made-up extractions:
countries with ISO codes (Morocco among them), cities located in them,
organizations in a memberOf tree, persons holding positions, and articles
with meetings, visits, pledges (with amounts) and statements, labelled in
English and Arabic. Articles are added until the named graphs hold at least
``--triples`` quads (articles share people, places and organizations, whose
descriptions are stored once, so later articles add fewer quads than early
ones); the real count is printed. It is written once as N-Quads, then each
store, in its own process, loads it, answers the README queries
(``graph/queries/*.rq``, passed as plain strings) and is measured. Ratios come
from the same run.

Run::

    .venv/bin/python benchmarks/store.py --triples 1000000      # ~12 minutes, most in rdflib
    .venv/bin/python benchmarks/store.py --triples 100000       # ~2 minutes

Times are CPU seconds of the measuring process (``time.process_time``), which
stay meaningful on a shared, busy machine. Each query runs twice in a forked
child and the faster run counts (the first run of a fresh fork pays for
copy-on-write page faults; the JSON output keeps it as ``queries_first_run``);
a run slower than ``--timeout`` wall-clock seconds is stopped and reported as such.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import random
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from decimal import Decimal
from itertools import count, islice
from pathlib import Path
from typing import Any

# Run as a script, this folder comes first on sys.path, where sibling benchmarks
# (html.py...) would shadow standard modules: drop it, and find the package in src/.
_HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _HERE]
sys.path.insert(0, str(_HERE.parent / "src"))

from newsgraph.graph import query_text  # noqa: E402
from newsgraph.graph.store import KnowledgeGraph  # noqa: E402
from newsgraph.types import Amount, Article, DateValue, Entity, Event, Extraction, Position, Relation, Span  # noqa: E402

__all__ = ["synthetic_extractions", "main"]

QUERIES = ["events_in_country", "count_per_organization", "officials", "events", "meeting_participants",
           "money_by_country", "provenance", "bilingual_labels"]
STORES = ["oxigraph", "memory"]


def _peak_rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def synthetic_extractions(n_articles: int | None, seed: int = 7) -> Iterator[Extraction]:
    """Made-up extractions with the shape of real ones (deterministic for a seed); endless for None."""
    rnd = random.Random(seed)
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    codes = ["MA"] + [a + b for a in letters for b in letters if a + b != "MA"][:199]
    countries = [Entity(f"country/{c}", "COUNTRY", {"en": f"Country {c}", "ar": f"دولة {c}"},
                        external_ids={"iso3166": c, "wikidata": f"Q{1000 + i}"}, in_kb=True)
                 for i, c in enumerate(codes)]
    cities = [Entity(f"place/gn-{i}", "PLACE", {"en": f"City {i}", "ar": f"مدينة {i}"},
                     country=countries[i % len(countries)].id, in_kb=True) for i in range(2000)]
    orgs = [Entity(f"org/o{i}", "ORGANIZATION", {"en": f"Organization {i}", "ar": f"منظمة {i}"},
                   in_kb=True) for i in range(2000)]
    persons = [Entity(f"person/p{i}", "PERSON", {"en": f"Person {i}", "ar": f"شخص {i}"})
               for i in range(20000)]
    titles = [("Minister of Foreign Affairs", "en"), ("وزير الخارجية", "ar"), ("Prime Minister", "en"),
              ("رئيس الوزراء", "ar"), ("Secretary General", "en")]
    kinds = ["Meeting", "Visit", "AidPledge", "Statement", "Negotiation", "Attack"]
    for a in count() if n_articles is None else range(n_articles):
        lang = "ar" if a % 2 else "en"
        text = " ".join(["word"] * 40)
        people = rnd.sample(persons, 3)
        org = rnd.choice(orgs)
        parent = orgs[int(org.id[5:]) // 2] if org.id != "org/o0" else None
        city = rnd.choice(cities)
        country = rnd.choice(countries)
        ents = tuple({e.id: e for e in (*people, org, city, country,
                                        *( [parent] if parent else [] ))}.values())
        events = []
        for k in range(3):
            kind = rnd.choice(kinds)
            ymd = f"{rnd.randint(2000, 2024)}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"
            day = DateValue(ymd, "day")
            money = Amount(Decimal(rnd.randint(1, 900)) * 1000000, currency="USD")
            amounts = (money,) if kind == "AidPledge" else ()
            agent = country.id if kind == "AidPledge" else people[k].id
            events.append(Event(f"e{k}", kind, None, Span(0, 4, "word"), date=day, location=city.id,
                                roles={"agent": (agent,), "participant": (org.id, people[(k + 1) % 3].id)},
                                amounts=amounts, sentence=0, evidence="word word word"))
        title, tlang = rnd.choice(titles)
        yield Extraction(
            article=Article(id=f"syn-{a}", title=f"Article {a}", text=text, language=lang,
                            url=f"https://example.org/{a}"),
            sentences=((0, len(text)),),
            entities=ents,
            positions=(Position(people[0].id, title, country.id, tlang, 0),),
            events=tuple(events),
            relations=((Relation(org.id, "memberOf", parent.id),) if parent else ()),
        )


def _named_quads(kg: KnowledgeGraph) -> int:
    row: Any = next(iter(kg.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")))
    return int(row[0])


def _make_data(n_triples: int, path: Path, out: Any) -> None:
    """Child process: build a synthetic graph of at least ``n_triples`` quads with Oxigraph, write N-Quads.

    Articles are added in batches, each sized by the quads per article that the
    previous batch added (the first by a probe of 50 articles), until the count
    is reached: as entities recur, an article adds fewer quads to a big graph
    than to a small one. ``build_s`` counts the adding, not the counting.
    """
    probe = KnowledgeGraph("oxigraph")
    probe.add_all(synthetic_extractions(50))
    per_article = _named_quads(probe) / 50
    kg = KnowledgeGraph("oxigraph")
    source = synthetic_extractions(None)
    n_articles = quads = 0
    build = 0.0
    while quads < n_triples:
        batch = max(1, int((n_triples - quads) / per_article) + 1)
        t0 = time.process_time()
        kg.add_all(islice(source, batch))
        build += time.process_time() - t0
        n_articles += batch
        before, quads = quads, _named_quads(kg)
        per_article = max(1.0, (quads - before) / batch)
    triples = len(kg)
    t0 = time.process_time()
    kg.serialize(path, "nquads")
    write = time.process_time() - t0
    out.send({"articles": n_articles, "quads": quads, "triples": triples, "build_s": build,
              "write_nq_s": write})


def _timed_query(
    kg: KnowledgeGraph, sparql: str, timeout: float
) -> tuple[float | None, int | None, float | None]:
    """Run a query twice in a forked child so a slow one can be stopped.

    Returns (seconds of the faster run, rows, seconds of the first run). The
    first run in a fresh fork is often several times slower than the next
    (its allocations hit copy-on-write pages shared with the parent), which a
    long-running process such as ``newsgraph serve`` does not pay; each run
    gets ``timeout`` seconds.
    """
    recv, send = mp.get_context("fork").Pipe(duplex=False)

    def run() -> None:
        for _ in range(2):
            t0 = time.process_time()
            rows = len(list(kg.query(sparql)))
            send.send((time.process_time() - t0, rows))

    proc = mp.get_context("fork").Process(target=run)
    proc.start()
    runs: list[tuple[float, int]] = []
    while len(runs) < 2 and recv.poll(timeout):
        runs.append(recv.recv())
    if len(runs) < 2:
        proc.kill()
    proc.join()
    if not runs:
        return None, None, None
    return min(t for t, _ in runs), runs[0][1], runs[0][0]


def _bench_store(store: str, path: Path, add_articles: int, timeout: float, out: Any) -> None:
    """Child process: load, add, query and serialize with one store."""
    res: dict[str, Any] = {"store": store, "rss_start_mb": _peak_rss_mb()}
    t0 = time.process_time()
    kg = KnowledgeGraph.load(path, store=store)
    res["load_s"] = time.process_time() - t0
    res["rss_peak_mb"] = _peak_rss_mb()
    res["queries"] = {}
    res["native"] = {}
    for name in QUERIES:
        took, rows, first = _timed_query(kg, query_text(name), timeout)
        res["queries"][name] = (took, rows)
        res.setdefault("queries_first_run", {})[name] = first
        if store == "oxigraph":  # pyoxigraph itself, as `newsgraph serve` runs it: no rdflib terms
            inner = kg._inner
            best = None
            for _ in range(3):
                t0 = time.perf_counter()
                rows = len(list(inner.query(query_text(name), use_default_graph_as_union=True)))
                took = time.perf_counter() - t0
                best = took if best is None else min(best, took)
            res["native"][name] = (best, rows)
    small = KnowledgeGraph(store=store)
    exts = list(synthetic_extractions(add_articles, seed=11))
    t0 = time.process_time()
    small.add_all(exts)
    res["add_s"] = time.process_time() - t0
    res["add_quads"] = _named_quads(small)
    for fmt, suffix in (("trig", ".trig"), ("turtle", ".ttl")):
        with tempfile.TemporaryDirectory() as tmp:
            t0 = time.process_time()
            small.serialize(Path(tmp) / f"x{suffix}", fmt)
            res[f"write_{fmt}_s"] = time.process_time() - t0
    out.send(res)


def _in_child(target: Callable[..., None], *args: Any) -> Any:
    recv, send = mp.get_context("fork").Pipe(duplex=False)
    proc = mp.get_context("fork").Process(target=target, args=(*args, send))
    proc.start()
    result = recv.recv()
    proc.join()
    return result


def _fmt(seconds: float | None) -> str:
    if seconds is None:
        return "timeout"
    return f"{seconds * 1000:.1f} ms" if seconds < 1 else f"{seconds:.2f} s"


def _ratio(slow: float | None, fast: float | None, timeout: float) -> str:
    if fast is None:
        return "n/a"
    if slow is None:
        return f">{timeout / max(fast, 1e-6):.0f}x"
    return f"{slow / max(fast, 1e-6):.1f}x"


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print a table (and JSON with ``--json``)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--triples", type=int, nargs="+", default=[1_000_000],
                        help="at least how many quads to generate (several sizes: one run each)")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds before a query is stopped")
    parser.add_argument("--add-articles", type=int, default=2000, help="articles for the add/serialize test")
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args(argv)
    everything = {}
    for size in args.triples:
        everything[size] = _one_size(size, args)
    if args.json:
        args.json.write_text(json.dumps(everything, indent=1), encoding="utf-8")
    return 0


def _one_size(size: int, args: Any) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "synthetic.nq"
        made = _in_child(_make_data, size, data)
        print(f"data: {made['articles']} articles, {made['quads']} quads in named graphs, "
              f"{made['triples']} distinct triples; built with Oxigraph in "
              f"{made['build_s']:.1f} s, N-Quads written in {made['write_nq_s']:.2f} s "
              f"({os.path.getsize(data) / 1e6:.0f} MB)")
        results = {s: _in_child(_bench_store, s, data, args.add_articles, args.timeout) for s in STORES}

    ox, mem = results["oxigraph"], results["memory"]
    rows = [("load N-Quads", ox["load_s"], mem["load_s"])]
    rows += [(f"query {q} (rows {ox['queries'][q][1]})", ox["queries"][q][0], mem["queries"][q][0])
             for q in QUERIES]
    rows += [(f"add {args.add_articles} articles", ox["add_s"], mem["add_s"]),
             ("write TriG (those articles)", ox["write_trig_s"], mem["write_trig_s"]),
             ("write Turtle (those articles)", ox["write_turtle_s"], mem["write_turtle_s"])]
    print(f"\n{'':44} {'oxigraph':>12} {'rdflib memory':>14} {'memory/oxigraph':>16}")
    for label, a, b in rows:
        print(f"{label:44} {_fmt(a):>12} {_fmt(b):>14} {_ratio(b, a, args.timeout):>16}")
    print(f"{'load throughput (quads/s)':44} {made['quads'] / ox['load_s']:>12,.0f} "
          f"{made['quads'] / mem['load_s']:>14,.0f}")
    print(f"{'peak memory after load (MB)':44} {ox['rss_peak_mb']:>12,.0f} {mem['rss_peak_mb']:>14,.0f}")
    print(f"\nnative pyoxigraph (wall clock, best of 3, all rows read) at {made['quads']:,} quads:")
    for q in QUERIES:
        took, rows = ox["native"][q]
        print(f"  {q:28} {_fmt(took):>10}  rows {rows}")
    return {"data": made, "results": results}


if __name__ == "__main__":
    raise SystemExit(main())
