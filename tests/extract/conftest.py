"""Fixtures of the extraction tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc, Span

from newsgraph.extract.pipeline import MENTIONS_KEY, get_nlp


def _with_mention(doc: Doc, text: str, label: str) -> Doc:
    """``doc`` (an Arabic rules-only Doc) with the words ``text`` as a ``label`` mention, in place of the
    mentions it overlaps: what the model or the knowledge base would have marked there."""
    n = len(get_nlp("ar", None).make_doc(text))
    start = next(i for i in range(len(doc)) if doc[i : i + n].text == text)
    spans = [s for s in doc.spans[MENTIONS_KEY] if s.end <= start or s.start >= start + n]
    spans.append(Span(doc, start, start + n, label=label))
    doc.spans[MENTIONS_KEY] = sorted(spans, key=lambda s: s.start)
    return doc


@pytest.fixture
def with_mention() -> Callable[[Doc, str, str], Doc]:
    """Add a mention of given words and label to an Arabic Doc (:func:`_with_mention`)."""
    return _with_mention
