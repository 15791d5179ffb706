"""The corpus gold in tests/data/gold/{ar,en}: offsets only, and they resolve against ../shared."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsgraph.evaluate import load_gold

GOLD = Path(__file__).resolve().parents[1] / "data" / "gold"
FILES = sorted((GOLD / "ar").rglob("*.json")) + sorted((GOLD / "en").rglob("*.json"))


@pytest.mark.parametrize("path", FILES, ids=[p.stem[:20] for p in FILES])
def test_corpus_gold_holds_no_article_text(path: Path, shared_dir: Path) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["encoding"] == "offsets" and data["article_root"] == "shared" and "notes" not in data
    text = (shared_dir / data["article"]).read_text(encoding="utf-8")
    for ent in data["entities"]:
        for form in ent["mentions"]:
            assert isinstance(form, dict), f"{ent['key']}: a surface form is stored as text"
    lines = {line.strip() for line in text.splitlines() if len(line.strip()) >= 30}
    dumped = path.read_text(encoding="utf-8")
    assert not any(line in dumped for line in lines)


@pytest.mark.parametrize("path", FILES, ids=[p.stem[:20] for p in FILES])
def test_corpus_gold_resolves_to_forms_in_the_article(path: Path, shared_dir: Path) -> None:
    gold = load_gold(path)
    assert gold.article is not None and gold.article.is_file()
    text = gold.article.read_text(encoding="utf-8")
    forms = [m for e in gold.entities for m in e.mentions]
    # A form glued to a proclitic («للقوات» for «القوات») is found without its article.
    assert forms and all(m in text or m[2:] in text for m in forms)
