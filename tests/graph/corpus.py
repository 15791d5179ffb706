"""A made-up corpus for the store, parallel and service tests: short Arabic and English news items.

The sentences are written for these tests; only the countries and cities are
real (they are what the knowledge base links).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

COUNTRIES_EN = ["Morocco", "Italy", "France", "Egypt", "Jordan", "Tunisia", "Spain", "Germany"]
COUNTRIES_AR = ["المغرب", "إيطاليا", "فرنسا", "مصر", "الأردن", "تونس", "إسبانيا", "ألمانيا"]
CITIES_EN = ["Rabat", "Rome", "Paris", "Cairo", "Amman", "Tunis", "Madrid", "Berlin"]
PEOPLE_EN = ["Karim Haddad", "Laila Mansour", "Omar Saleh", "Nadia Farouk"]
PEOPLE_AR = ["كريم حداد", "ليلى منصور", "عمر صالح", "نادية فاروق"]
CITIES_AR = ["الرباط", "روما", "باريس", "القاهرة", "عمان", "تونس", "مدريد", "برلين"]


def article(i: int, lang: str, *, variant: int = 0) -> dict[str, str]:
    """One JSON Lines record; ``variant`` changes the text (a changed article)."""
    a, b = i % 8, (i * 3 + 1) % 8
    day = 1 + i % 28
    amount = 10 + (i * 7 + variant) % 90
    if lang == "ar":
        text = (f"التقى وزير خارجية {COUNTRIES_AR[a]} نظيره من {COUNTRIES_AR[b]} في {CITIES_AR[a]} "
                f"يوم {day} مايو 2022.\nوأعلنت {COUNTRIES_AR[b]} أنها ستخصص {amount} مليون دولار "
                f"لدعم التعاون بين البلدين.\nوشارك في الاجتماع ممثلون عن الأمم المتحدة وحلف الناتو."
                f"\nوقال وزير الخارجية {PEOPLE_AR[i % 4]} إن المحادثات كانت مفيدة.")
        title = f"لقاء في {CITIES_AR[a]} رقم {i}"
    else:
        text = (f"The foreign minister of {COUNTRIES_EN[a]} met his counterpart from {COUNTRIES_EN[b]} "
                f"in {CITIES_EN[a]} on {day} May 2022. {COUNTRIES_EN[b]} pledged {amount} million "
                f"dollars to support cooperation between the two countries. Officials of the United Nations "
                f"and NATO took part in the meeting. Foreign Minister {PEOPLE_EN[i % 4]} said the talks "
                f"were useful.")
        title = f"Meeting in {CITIES_EN[a]} number {i}"
    return {"id": f"{lang}-{i:05d}", "title": title, "text": text, "language": lang,
            "published": f"2022-05-{day:02d}"}


def write_corpus(path: Path, n: int, *, changed: frozenset[int] = frozenset()) -> Path:
    """Write ``n`` articles, alternating Arabic and English, to a JSON Lines file."""
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            rec = article(i, "ar" if i % 2 else "en", variant=1 if i in changed else 0)
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return path


def newsgraph(
    *args: str | Path, check: bool = True, timeout: float = 300
) -> subprocess.CompletedProcess[str]:
    """Run the ``newsgraph`` command in a child process."""
    proc = subprocess.run([sys.executable, "-m", "newsgraph.cli", *map(str, args)], capture_output=True,
                          text=True, timeout=timeout)
    if check and proc.returncode != 0:
        raise AssertionError(f"newsgraph {' '.join(map(str, args))} failed:\n{proc.stdout}\n{proc.stderr}")
    return proc


def spawn(*args: str | Path, log: Path | None = None) -> subprocess.Popen[str]:
    """Start the ``newsgraph`` command without waiting for it.

    A long-running server logs a line per request: give it a ``log`` file, since
    nobody reads a pipe until the end, and a full pipe would block the server.
    """
    err = open(log, "w", encoding="utf-8") if log is not None else subprocess.PIPE
    out = subprocess.PIPE if log is None else subprocess.DEVNULL
    return subprocess.Popen([sys.executable, "-m", "newsgraph.cli", *map(str, args)],
                            stdout=out, stderr=err, text=True)


def stop(proc: subprocess.Popen[str], timeout: float = 20) -> None:
    """End a process started by :func:`spawn`: terminate, then kill if it does not go."""
    proc.terminate()
    try:
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def quads(store: Path) -> set[str]:
    """Every quad of a store, as N-Quads lines (via a read-only open)."""
    from newsgraph.graph import KnowledgeGraph

    with KnowledgeGraph.open(store) as kg:
        text = kg.serialize(None, "nquads") or ""
    return {line for line in text.splitlines() if line.strip()}
