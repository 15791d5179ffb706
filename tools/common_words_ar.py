"""Build ``extract/data/counted/common_words_ar.txt``: Arabic words that are almost never a name.

The list lives in ``counted/`` because it is counted from corpora, not a rule lexicon: the
pipeline reads every Arabic word of the rule files in ``data/`` as a known word (no name).

A word (normalised, a split-off proclitic removed) counts as common when it
occurs at least ``--min-count`` times in the training parts of the annotated
corpora and lies inside a PERSON, ORG, GPE or LOC span at most ``--max-rate``
of those times. The Arabic NER rules refuse a one-word model span that is such
a word («المنطقة», «برنامج», «جولته» as persons or places) unless the knowledge
base knows it.

Only training data is read, with the splits of ``training/ar_ner/convert.py``:
NewsFANE Gold without its test and dev blocks, and Wojood's ``train.txt``
(``val.txt`` is a test set). The list is data derived from NewsFANE Gold
(CC BY-SA 3.0) and Wojood (MIT); NOTICE says so.

Usage::

    python tools/common_words_ar.py --shared ../shared
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "training" / "ar_ner"))

from convert import training_labels  # noqa: E402

from newsgraph.text import clitic_splits, spelling  # noqa: E402

OUT = ROOT / "src" / "newsgraph" / "extract" / "data" / "counted" / "common_words_ar.txt"


def _forms(token: str) -> set[str]:
    """The word as spelled and without a split-off proclitic («والمنطقة» → «المنطقة»); letters are not
    folded, so the preposition «على» and the name «علي» stay two words."""
    forms = {spelling(token)}
    forms.update(spelling(rest) for _, rest in clitic_splits(token, min_rest=3))
    return {f for f in forms if f}


def counts(shared: Path) -> tuple[Counter[str], Counter[str]]:
    """(occurrences, occurrences inside a name) of each form in the training data."""
    seen: Counter[str] = Counter()
    named: Counter[str] = Counter()
    for tokens, labels in training_labels(shared):
        for tok, spans in zip(tokens, labels, strict=True):
            for form in _forms(tok):
                seen[form] += 1
                named[form] += bool(spans)
    return seen, named


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--min-count", type=int, default=4)
    parser.add_argument("--max-rate", type=float, default=0.02)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    seen, named = counts(args.shared)
    words = sorted(
        w
        for w, n in seen.items()
        if n >= args.min_count and named[w] <= args.max_rate * n and len(w) >= 3 and not w.isdigit()
    )
    header = (
        "# Arabic words (as spelled, diacritics removed) that are almost never a name: seen at least"
        f" {args.min_count} times\n# in the training parts of NewsFANE Gold (CC BY-SA 3.0) and Wojood train"
        f" (MIT), inside a person,\n# organization or place name at most {args.max_rate:.0%} of the time."
        " Built by tools/common_words_ar.py\n"
        "# (see its docstring for the splits); derived data, attribution in NOTICE.\n"
    )
    args.out.write_text(header + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} words -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
