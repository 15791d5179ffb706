"""Store gold annotations of third-party articles as offsets, without their text.

Usage::

    python tools/encode_gold.py /path/to/gold_with_text/*.json --out tests/data/gold/ar

Each input gold names its article relative to the shared folder
(``"article": "corpus/ar/02_....txt"``). The output keeps ids, types, keys and
character offsets into that article; ``newsgraph.evaluate.load_gold`` turns it
back into strings when ``../shared`` (or ``$NEWSGRAPH_SHARED``) is there.
It fails when a decoded file does not give back the input's strings.

With ``--articles DIR`` the articles are read from DIR instead (articles whose
text ships in this repository, e.g. ``tests/data/gold/fr``): ``article`` stays
relative to DIR, which must be the output folder's parent, and the output gets
no ``article_root``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from newsgraph.evaluate.gold import shared_root
from newsgraph.evaluate.offsets import TEXT_FIELDS, decode_gold, encode_gold


def _strings(node: object, key: str = "") -> list[tuple[str, str]]:
    if isinstance(node, dict):
        return [kv for k, v in node.items() for kv in _strings(v, k)]
    if isinstance(node, list):
        return [kv for v in node for kv in _strings(v, key)]
    return [(key, node)] if isinstance(node, str) else []


_KEEP = {"ar", "title_ar", "trigger_ar"}


def _drop_free_text(node: object, text: str) -> object:
    """Drop descriptive ``*_ar`` fields (content, topic...) that paraphrase rather than quote."""
    if isinstance(node, dict):
        return {
            k: _drop_free_text(v, text)
            for k, v in node.items()
            if not (k.endswith("_ar") and k not in _KEEP and isinstance(v, str) and v not in text)
        }
    if isinstance(node, list):
        return [_drop_free_text(v, text) for v in node]
    return node


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("gold", nargs="+", type=Path, help="gold files written with surface strings")
    parser.add_argument("--out", required=True, type=Path, help="folder for the offset-encoded files")
    parser.add_argument("--articles", type=Path, help="read articles from this folder, not the shared one")
    args = parser.parse_args(argv)
    root = args.articles or shared_root(Path.cwd())
    args.out.mkdir(parents=True, exist_ok=True)
    for path in args.gold:
        raw = json.loads(path.read_text(encoding="utf-8"))
        text = (root / raw["article"]).read_bytes().decode("utf-8-sig")
        data = _drop_free_text(raw, text)
        assert isinstance(data, dict)
        enc = encode_gold(data, text)
        if args.articles is None:
            enc["article_root"] = "shared"
        back = decode_gold(enc, text)
        back.pop("article_root", None)
        data.pop("notes", None)
        if back != data:
            print(f"{path}: does not round-trip", file=sys.stderr)
            return 1
        left = [v for k, v in _strings(enc) if k in TEXT_FIELDS or k.endswith("_ar")]
        out = args.out / path.name
        dumped = json.dumps(enc, ensure_ascii=False, indent=1)
        dumped = re.sub(r'\{\s*"span": \[\s*(\d+),\s*(\d+)\s*\]', r'{"span": [\1, \2]', dumped)
        dumped = re.sub(r'\[\s*(\{"span": \[\d+, \d+\]\s*\})', r"[\1", dumped)
        out.write_text(dumped + "\n", encoding="utf-8")
        print(f"{out}: {len(left)} text field(s) kept as strings (not found in the article): {left}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
