"""Copy a trained pipeline into the package (``src/newsgraph/models/ar_ner``).

Replaces the model files (config.cfg, meta.json, ner/, tokenizer, vocab/) and
keeps the hand-written LICENSE, MODEL_CARD.md and ATTRIBUTION.md. The meta
gets a name, licence and the data sources. Refuses a model over 25 MB.

Usage: ``python training/ar_ner/package.py build/ar_ner/output/model-best src/newsgraph/models/ar_ner``
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

KEEP = {"LICENSE", "MODEL_CARD.md", "ATTRIBUTION.md"}
MAX_BYTES = 25 * 1024 * 1024


def main(src: Path, dest: Path) -> None:
    size = sum(p.stat().st_size for p in src.rglob("*") if p.is_file())
    if size > MAX_BYTES:
        raise SystemExit(f"model is {size / 1e6:.1f} MB, over the 25 MB limit")
    dest.mkdir(parents=True, exist_ok=True)
    for entry in dest.iterdir():
        if entry.name in KEEP:
            continue
        if entry.is_dir():
            shutil.rmtree(entry)
        else:
            entry.unlink()
    for entry in src.iterdir():
        target = dest / entry.name
        if entry.is_dir():
            shutil.copytree(entry, target)
        else:
            shutil.copy2(entry, target)
    meta_path = dest / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta.update(
        {
            "name": "newsgraph_ar_ner",
            "version": "0.1.0",
            "description": "Arabic NER (PERSON, ORG, GPE, LOC) for newsgraph's Arabic pipeline; "
            "see MODEL_CARD.md",
            "author": "newsgraph developers",
            "license": "CC BY-SA 3.0",
            "sources": [
                {
                    "name": "NewsFANE Gold 2014 (Alotaibi & Lee, COLING 2014)",
                    "url": "http://www.cs.bham.ac.uk/~fsa081/",
                    "license": "CC BY-SA 3.0",
                },
                {
                    "name": "Wojood public sample (SinaLab/ArabicNER)",
                    "url": "https://github.com/SinaLab/ArabicNER",
                    "license": "MIT",
                },
            ],
        }
    )
    meta.pop("performance", None)
    meta_path.write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"copied {src} -> {dest} ({size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
