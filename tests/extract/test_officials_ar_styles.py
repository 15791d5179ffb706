"""A sovereign's style used alone («خادم الحرمين الشريفين») stands for the king the article names.

The sentences are invented.
"""

from __future__ import annotations

import newsgraph
from newsgraph.types import Article


def _mentions(text: str) -> dict[str, set[str]]:
    """Each mention's text → the names (labels) of the entities it was linked to."""
    ext = newsgraph.extract_article(Article("a1", None, text, "ar"))
    names = {e.id: e.labels.get("ar", "") for e in ext.entities}
    out: dict[str, set[str]] = {}
    for m in ext.mentions:
        out.setdefault(m.text, set()).add(names.get(m.entity_id or "", ""))
    return out


def test_style_alone_is_the_king_named_later() -> None:
    text = ("خادم الحرمين الشريفين يبحث مع رئيس وزراء ماليزيا العلاقات الثنائية\n\n"
            "بحث خادم الحرمين الشريفين الملك سالم بن فهد في جدة أمس مع رئيس وزراء ماليزيا العلاقات.")
    assert _mentions(text).get("خادم الحرمين الشريفين") == {"سالم بن فهد"}


def test_style_alone_without_a_named_king_names_nobody() -> None:
    text = ("خادم الحرمين الشريفين يبحث مع رئيس وزراء ماليزيا العلاقات الثنائية\n\n"
            "بحث رئيس وزراء ماليزيا في جدة أمس العلاقات بين البلدين.")
    assert "خادم الحرمين الشريفين" not in _mentions(text)


def test_style_before_a_title_names_its_country_only() -> None:
    text = "قال سفير خادم الحرمين الشريفين لدى مصر أحمد بن عادل إن الملك سالم بن فهد يزور القاهرة."
    assert "خادم الحرمين الشريفين" not in _mentions(text)

