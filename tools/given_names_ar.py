"""Build ``extract/data/counted/given_names_ar.txt``: Arabic given names, counted.

A given name is the first word (not a definite one) of a PERSON span of two words or more in the
training parts of the annotated corpora (NewsFANE Gold without its test and dev blocks, Wojood
``train.txt``; the splits of ``training/ar_ner/convert.py``). A word is listed when it starts a
name at least ``--min-count`` times and at least ``--min-rate`` of all its occurrences (a word
that is mostly something else, «الرئيس», «وزير», is left out). A first word with a proclitic of
its own («وخالد») is counted under the bare word when the bare word also starts names by itself.

The Arabic tokenizer reads the list with the knowledge base's words (``tokens_ar.kb_lexicon``):
a listed name is never split («وليد», «بسام») and a glued one is («وخالد» → «و» + «خالد»), so
that «فيصل بن سلمان وخالد الفيصل» is two persons. The list is data derived from NewsFANE Gold
(CC BY-SA 3.0) and Wojood (MIT); NOTICE says so.

Usage::

    python tools/given_names_ar.py --shared ../shared
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "training" / "ar_ner"))

from convert import training_labels  # noqa: E402

from newsgraph.text import clitic_splits, normalize_token  # noqa: E402

OUT = ROOT / "src" / "newsgraph" / "extract" / "data" / "counted" / "given_names_ar.txt"


def _sentences(shared: Path) -> list[tuple[list[str], list[bool], list[bool]]]:
    """Training sentences as (tokens, starts a PERSON span, inside a PERSON span)."""
    out: list[tuple[list[str], list[bool], list[bool]]] = []
    for tokens, labels in training_labels(shared):
        begins = [any(label == "PERSON" and begin for label, begin in spans) for spans in labels]
        person = [any(label == "PERSON" for label, _ in spans) for spans in labels]
        out.append((tokens, begins, person))
    return out


def counts(shared: Path) -> tuple[Counter[str], Counter[str]]:
    """(times each normalised word starts a person's name, times it occurs at all)."""
    first: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    sentences = _sentences(shared)
    for tokens, begins, person in sentences:
        for k, tok in enumerate(tokens):
            norm = normalize_token(tok)
            seen[norm] += 1
            # a name of two words or more: a one-word name is as often a surname («بلير», «عنان»)
            given = begins[k] and k + 1 < len(tokens) and person[k + 1] and not begins[k + 1]
            first[norm] += given and not norm.startswith("ال")
    bare = set(first)
    glued: Counter[str] = Counter()
    for word, n in first.items():  # «وخالد» counts for «خالد» when «خالد» starts names by itself
        rest = next((normalize_token(r) for _, r in clitic_splits(word) if normalize_token(r) in bare), None)
        if rest is not None and first[rest] >= n:
            glued[rest] += n
            first[word] = 0
    first.update(glued)
    return first, seen


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--min-count", type=int, default=2)
    parser.add_argument("--min-rate", type=float, default=0.5)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    first, seen = counts(args.shared)
    names = sorted(
        (w for w, n in first.items()
         if n >= args.min_count and n >= args.min_rate * seen[w] and len(w) >= 3 and not w.isdigit()),
        key=lambda w: (-first[w], w),
    )
    header = (
        "# Arabic given names (normalised), with the number of times each starts a person's name in the\n"
        "# training parts of NewsFANE Gold (CC BY-SA 3.0) and Wojood train (MIT): at least"
        f" {args.min_count} times and in at\n# least {args.min_rate:.0%} of the word's occurrences."
        " Built by tools/given_names_ar.py (see its docstring);\n# derived data, attribution in NOTICE."
        " Format: name<TAB>count.\n"
    )
    args.out.write_text(header + "".join(f"{w}\t{first[w]}\n" for w in names), encoding="utf-8")
    print(f"{len(names)} names -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
