"""Arabic places read from the place noun that introduces them (newsgraph.extract.places_ar)."""

from __future__ import annotations

import pytest

from newsgraph.extract import extract_article
from newsgraph.extract.ner_ar import has_ar_ner
from newsgraph.types import Article

needs_model = pytest.mark.skipif(not has_ar_ner(), reason="the Arabic NER model is not built (make train-ar)")


def _places(text: str) -> list[str]:
    ext = extract_article(Article(id="t", title=None, text=text, language="ar"))
    return [m.text for m in ext.mentions if m.label == "PLACE"]


@needs_model
def test_unknown_name_after_place_noun_is_a_place() -> None:
    # Invented sentence and town name.
    assert "كفرنوما" in _places("وقع انفجار في بلدة كفرنوما شمال البلاد صباح اليوم.")


@needs_model
def test_indefinite_adjective_and_first_word_of_longer_name_are_not() -> None:
    places = _places("افتتح المشروع في منطقة صناعية قرب مدينة الملك فيصل الجديدة.")
    assert "صناعية" not in places and "الملك" not in places


@needs_model
def test_event_takes_the_designated_place() -> None:
    ext = extract_article(Article(id="t", title=None, language="ar",
                                  text="قتل ثلاثة أشخاص في هجوم على حاجز في قرية دمشقون جنوب المحافظة."))
    attacks = [e for e in ext.events if e.type == "Attack"]
    assert attacks and attacks[0].location == "place/دمشقون"
