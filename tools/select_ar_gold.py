"""Choose a new group of ``../shared/corpus/ar_scale`` articles for the Arabic gold, by a fixed rule.

The rule (December 2026, branch ``argold5``), in the spirit of the one that chose the forty files
of ``tests/data/gold/README.md``, and fixed before any article was read:

- outlets other than ``aawsat`` (the outlet of ``../shared/corpus/ar``);
- the body (the text after the header lines and the first blank line) holds 600 to 2,500
  characters and at least three distinct words of ``EVENT_WORDS`` (plain substrings);
- files already in the gold (``ar/dev``, ``ar/test``, the three dev files added later included)
  are skipped;
- outlets are taken from the one the gold has fewest files of (ties: by name), and the first
  eligible file of each in the order of ``hashlib.sha1(file_name.encode()).hexdigest()``,
  one per outlet, until ``--count`` files are chosen;
- split: the chosen files in the SHA-1 order of their names, the first half (rounded down) to
  ``dev/``, the rest to ``test/``.

``--ignore`` leaves files out of the gold count and the exclusion, so the rule can be rerun
after its group has been added (``tests/evaluate/test_corpus_gold.py`` does that).

Usage::

    python tools/select_ar_gold.py --shared ../shared --gold tests/data/gold/ar --count 10
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections import Counter
from pathlib import Path

#: Common Arabic event words (speech, meetings, visits, calls, agreements, violence, arrests,
#: courts, protests, appeals, sanctions, elections), as substrings of the body.
EVENT_WORDS = (
    "قال", "أكد", "أعلن", "صرح", "بيان", "استقبل", "التقى", "لقاء", "اجتماع", "زيارة",
    "اتصال", "مباحثات", "مفاوضات", "اتفاق", "توقيع", "هجوم", "قصف", "انفجار", "تفجير", "مقتل",
    "اعتقال", "القبض", "محكمة", "مظاهرة", "احتجاج", "دعا", "طالب", "حذر", "عقوبات", "انتخابات",
)  # fmt: skip
MIN_CHARS, MAX_CHARS, MIN_WORDS = 600, 2500, 3
EXCLUDED_OUTLETS = {"aawsat"}
_NAME = re.compile(r"^\d+_(?P<outlet>[a-z0-9]+)_\d{4}-\d{2}-\d{2}\.txt$")


def sha1(name: str) -> str:
    return hashlib.sha1(name.encode()).hexdigest()


def body(text: str) -> str:
    """The article body: what follows the first blank line (the header lines end there)."""
    head, sep, rest = text.partition("\n\n")
    return rest.strip() if sep else text.strip()


def eligible(text: str) -> bool:
    b = body(text)
    return MIN_CHARS <= len(b) <= MAX_CHARS and sum(w in b for w in EVENT_WORDS) >= MIN_WORDS


def outlet(name: str) -> str | None:
    m = _NAME.match(name)
    return m.group("outlet") if m else None


def gold_articles(gold: Path, ignore: set[str] | None = None) -> set[str]:
    """File names of the articles of every gold file under ``gold``, less ``ignore``."""
    names = {Path(json.loads(p.read_text(encoding="utf-8"))["article"]).name for p in gold.rglob("*.json")}
    return names - (ignore or set())


def select(corpus: Path, taken: set[str], count: int) -> list[str]:
    """The rule: ``count`` file names, one per outlet, from the outlets with fewest ``taken``."""
    per_outlet: dict[str, list[str]] = {}
    for path in corpus.glob("*.txt"):
        name = path.name
        out = outlet(name)
        if out is None or out in EXCLUDED_OUTLETS:
            continue
        per_outlet.setdefault(out, []).append(name)
    in_gold = Counter(outlet(n) for n in taken)
    chosen: list[str] = []
    for out in sorted(per_outlet, key=lambda o: (in_gold[o], o)):
        for name in sorted(per_outlet[out], key=sha1):
            if name not in taken and eligible((corpus / name).read_text(encoding="utf-8")):
                chosen.append(name)
                break
        if len(chosen) == count:
            break
    return chosen


def split(names: list[str]) -> tuple[list[str], list[str]]:
    ordered = sorted(names, key=sha1)
    half = len(ordered) // 2
    return ordered[:half], ordered[half:]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--gold", type=Path, default=Path("tests/data/gold/ar"))
    parser.add_argument("--count", type=int, default=10)
    parser.add_argument("--ignore", nargs="*", default=[], help="article file names not counted as gold")
    args = parser.parse_args(argv)
    taken = gold_articles(args.gold, set(args.ignore))
    counts = Counter(outlet(n) for n in taken)
    print("gold files per outlet:", dict(sorted(counts.items(), key=lambda kv: (kv[1], str(kv[0])))))
    chosen = select(args.shared / "corpus" / "ar_scale", taken, args.count)
    dev, test = split(chosen)
    for half, names in (("dev", dev), ("test", test)):
        for name in names:
            print(half, name, sha1(name))
    return 0


if __name__ == "__main__":
    sys.exit(main())
