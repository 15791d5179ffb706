"""Gold files that hold character offsets instead of article text.

Gold for third-party articles may live in this repository only as ids and
offsets, never as the articles' text. :func:`encode_gold` turns a gold file
written with surface strings into one where every string taken from the
article is ``{"span": [start, end]}`` (offsets into the raw file text);
:func:`decode_gold` turns it back, given the article. A string that occurs in
the text only with a glued proclitic («للملك» for «الملك») is stored with
``"drop"`` (letters to cut at the start) and ``"al"`` (restore the article).

Strings that do not occur in the text at all (English names of Arabic
entities, Wikidata ids) are kept as they are: they are not article text.
Free-text ``notes`` are dropped, since they may quote the article.

Examples:
    >>> text = "قال وزير الخارجية للملك إن المغرب..."
    >>> gold = {"entities": [{"key": "ma", "type": "Country", "ar": "المغرب", "mentions": ["المغرب"]}],
    ...         "relations": [{"s": "x", "p": "holdsPosition", "title_ar": "الملك"}], "notes": ["..."]}
    >>> enc = encode_gold(gold, text)
    >>> enc["entities"][0]["mentions"], enc["relations"][0]["title_ar"]
    ([{'span': [27, 33]}], {'span': [18, 23], 'drop': 1, 'al': True})
    >>> decode_gold(enc, text)["relations"][0]["title_ar"]
    'الملك'
    >>> "notes" in enc
    False
"""

from __future__ import annotations

import copy
from typing import Any

__all__ = ["TEXT_FIELDS", "encode_gold", "decode_gold", "encode_string", "decode_value", "is_encoded"]

#: Keys whose string values are taken from the article text.
TEXT_FIELDS = (
    "mentions",
    "ar",
    "fr",
    "title_ar",
    "title_en",
    "title_fr",
    "trigger_ar",
    "trigger_en",
    "trigger_fr",
)
_SUFFIX_TEXT = ("_ar",)
_PROCLITICS = ("و", "ف", "ب", "ل", "ك")


def _text_key(key: str) -> bool:
    return key in TEXT_FIELDS or key.endswith(_SUFFIX_TEXT)


def encode_string(form: str, text: str) -> Any:
    """``{"span": [s, e]}`` for ``form`` in ``text``, or ``form`` itself when absent."""
    at = text.find(form)
    if at >= 0:
        return {"span": [at, at + len(form)]}
    # Glued proclitics: «للملك» holds «الملك»; «وبالقوات» holds «القوات».
    for prefix in _PROCLITICS:
        for glued, drop, al in ((prefix + form, 1, False), (prefix + form[1:], 1, True)):
            if al and not (prefix == "ل" and form.startswith("ال")):
                continue
            at = text.find(glued)
            if at >= 0:
                out: dict[str, Any] = {"span": [at, at + len(glued)], "drop": drop}
                if al:
                    out["al"] = True
                return out
    return form


def decode_value(value: Any, text: str) -> Any:
    """Inverse of :func:`encode_string` (lists are decoded item by item)."""
    if isinstance(value, list):
        return [decode_value(v, text) for v in value]
    if isinstance(value, dict) and "span" in value:
        start, end = value["span"]
        form = text[start:end][value.get("drop", 0) :]
        return "ا" + form if value.get("al") else form
    return value


def _walk(node: Any, fn: Any) -> Any:
    if isinstance(node, dict):
        return {k: (fn(v) if _text_key(k) else _walk(v, fn)) for k, v in node.items() if k != "notes"}
    if isinstance(node, list):
        return [_walk(v, fn) for v in node]
    return node


def encode_gold(data: dict[str, Any], text: str) -> dict[str, Any]:
    """A copy of ``data`` with article strings replaced by offsets into ``text``."""

    def enc(value: Any) -> Any:
        if isinstance(value, list):
            return [encode_string(v, text) if isinstance(v, str) else v for v in value]
        return encode_string(value, text) if isinstance(value, str) else value

    out: dict[str, Any] = _walk(copy.deepcopy(data), enc)
    out["encoding"] = "offsets"
    return out


def decode_gold(data: dict[str, Any], text: str) -> dict[str, Any]:
    """A copy of ``data`` with every ``{"span": ...}`` replaced by its string."""
    out: dict[str, Any] = _walk(copy.deepcopy(data), lambda v: decode_value(v, text))
    out.pop("encoding", None)
    return out


def is_encoded(data: dict[str, Any]) -> bool:
    """True for a gold file written by :func:`encode_gold`."""
    return data.get("encoding") == "offsets"
