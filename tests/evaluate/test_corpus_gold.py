"""The corpus gold in tests/data/gold/{ar,en,fr}: offsets only, and they resolve against their articles.

Arabic, English and most French gold refer to ../shared's articles (``"article_root": "shared"``);
the other French gold refers to openly licensed articles shipped in ``tests/data/gold/fr/articles``.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from newsgraph.evaluate import load_gold
from newsgraph.evaluate.offsets import TEXT_FIELDS

GOLD = Path(__file__).resolve().parents[1] / "data" / "gold"
FR = sorted((GOLD / "fr").rglob("*.json"))
SHIPPED = [p for p in FR if json.loads(p.read_text(encoding="utf-8")).get("article_root") != "shared"]
FILES = sorted((GOLD / "ar").rglob("*.json")) + sorted((GOLD / "en").rglob("*.json"))
FILES += [p for p in FR if p not in SHIPPED]


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


def _spans(node: object, key: str = "") -> list[tuple[str, list[int]]]:
    if isinstance(node, dict):
        if "span" in node:
            return [(key, node["span"])]
        return [kv for k, v in node.items() for kv in _spans(v, k)]
    if isinstance(node, list):
        return [kv for v in node for kv in _spans(v, key)]
    return []


@pytest.mark.parametrize("path", SHIPPED, ids=[p.stem[:20] for p in SHIPPED])
def test_french_gold_of_shipped_articles_resolves_without_shared(path: Path) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["encoding"] == "offsets" and data["language"] == "fr" and "notes" not in data
    assert data["article"].startswith("articles/")
    gold = load_gold(path)
    assert gold.article == GOLD / "fr" / data["article"] and gold.article.is_file()
    text = gold.article.read_text(encoding="utf-8")
    # Every form, French title and trigger is stored as an offset into the article.
    spans = _spans(data)
    assert spans and all(k in TEXT_FIELDS for k, _ in spans)
    assert all(0 <= s < e <= len(text) for _, (s, e) in spans)
    assert all(isinstance(f, dict) for e in data["entities"] for f in e["mentions"])
    assert all(isinstance(e["trigger_fr"], dict) for e in data["events"])
    assert [m for e in gold.entities for m in e.mentions if m not in text] == []


def test_french_gold_split_follows_the_sha1_rule() -> None:
    """Per source, files in the SHA-1 order of their article's name: the first half in dev/."""
    by_source: dict[bool, list[tuple[str, str]]] = {True: [], False: []}
    for path in FR:
        data = json.loads(path.read_text(encoding="utf-8"))
        name = Path(data["article"]).name
        by_source[path in SHIPPED].append((hashlib.sha1(name.encode()).hexdigest(), path.parent.name))
    for rows in by_source.values():
        halves = [half for _, half in sorted(rows)]
        dev = len(rows) // 2
        assert halves == ["dev"] * dev + ["test"] * (len(rows) - dev)
    assert sum(p.parent.name == "test" for p in FR) >= 6 and len(FR) >= 12
