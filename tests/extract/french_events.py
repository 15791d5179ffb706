"""Helpers for the French event tests: the roles of each event of one type in an invented text."""

from __future__ import annotations

from newsgraph.extract import extract


def roles_of(text: str, kind: str) -> list[dict[str, tuple[str, ...]]]:
    """The roles (role → entity ids) of every event of type ``kind`` extracted from French ``text``."""
    return [dict(e.roles) for e in extract(text, language="fr").events if e.type == kind]
