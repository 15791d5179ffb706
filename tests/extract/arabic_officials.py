"""Helpers for the Arabic officials tests: run the rules without statistical models on an invented
sentence and list what they find."""

from __future__ import annotations

from spacy.tokens import Doc

from newsgraph.extract.officials import find_officials
from newsgraph.extract.pipeline import get_nlp
from newsgraph.kb import load_kb


def doc_ar(text: str) -> Doc:
    """``text`` through the Arabic pipeline without its NER model."""
    return get_nlp("ar", None)(text)


def titled_names(doc: Doc) -> list[tuple[str, str | None]]:
    """(name, title) of every official the rules find in ``doc`` with a title."""
    return [(o.name, o.title) for o in find_officials(doc, "ar", load_kb()) if o.title]
