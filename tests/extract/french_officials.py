"""Helpers for the French officials tests: the positions found for one name of an invented text."""

from __future__ import annotations

from newsgraph.extract import extract


def of_countries(text: str, name: str) -> list[str | None]:
    """The ``of`` of every position extracted from French ``text`` for the person written ``name``."""
    ext = extract(text, language="fr")
    names = {m.entity_id: m.text for m in ext.mentions if m.label == "PERSON" and m.kind == "name"}
    return [p.of for p in ext.positions if names.get(p.person) == name]
