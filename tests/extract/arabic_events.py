"""Helpers for the Arabic event tests: extract an invented sentence and read an event's roles by name."""

from __future__ import annotations

import newsgraph
from newsgraph.types import Article, Event


def events_of(text: str, kind: str) -> tuple[list[Event], dict[str, str]]:
    """The events of type ``kind`` extracted from Arabic ``text``, and the text of each entity's mention."""
    ext = newsgraph.extract_article(Article("a1", None, text, "ar"))
    names = {m.entity_id: m.text for m in ext.mentions if m.entity_id}
    return [e for e in ext.events if e.type == kind], names


def event_types(text: str) -> list[str]:
    """The type of every event extracted from Arabic ``text``."""
    return [e.type for e in newsgraph.extract_article(Article("a1", None, text, "ar")).events]


def role_text(ev: Event, role: str, names: dict[str, str]) -> str:
    """The names holding ``role`` in ``ev``, space-joined."""
    return " ".join(names.get(i, i) for i in ev.roles.get(role, ()))
