"""Extractions as JSON-ready dictionaries (for ``newsgraph extract``).

Examples:
    >>> from newsgraph.types import Article, Extraction
    >>> d = extraction_to_dict(Extraction(Article(id="a", title=None, text="x")))
    >>> d["article"]["id"], d["mentions"]
    ('a', [])
"""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal
from typing import Any

from newsgraph.types import Extraction

__all__ = ["extraction_to_dict", "to_jsonable"]


def to_jsonable(value: Any) -> Any:
    """Dataclasses, dates, Decimals, mappings and tuples as plain JSON values."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, dict) or hasattr(value, "items"):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_jsonable(v) for v in value]
    return value


def extraction_to_dict(ext: Extraction) -> dict[str, Any]:
    """The extraction as a dict, with each sentence's text added for reading."""
    out: dict[str, Any] = to_jsonable(ext)
    out["sentences"] = [{"start": s, "end": e, "text": ext.article.text[s:e]} for s, e in ext.sentences]
    return out
