"""Arabic places read from the place noun that introduces them (newsgraph.extract.places_ar)."""

from __future__ import annotations

import pytest

from newsgraph.extract import extract_article
from newsgraph.extract.ner_ar import has_ar_ner
from newsgraph.extract.pipeline import get_nlp
from newsgraph.extract.places_ar import designated_places
from newsgraph.kb import load_kb
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


def _designated(text: str) -> list[str]:
    """The rule alone, on the pipeline's tokens, whatever the model would have found."""
    doc = get_nlp("ar").make_doc(text)
    for name, proc in get_nlp("ar").pipeline:
        if name == "newsgraph_ar_tokens_v1":  # clitics split, words normalised
            doc = proc(doc)
    return [s.text for s in designated_places(doc, [], load_kb())]


def test_name_ends_before_an_agreeing_adjective_of_the_place() -> None:
    # Invented sentences and town names: a describing adjective («الساحلية», «الحدودية») ends the name.
    assert _designated("قصفت الطائرات مواقع في مدينة كرمالة الساحلية أمس.") == ["كرمالة"]
    assert _designated("وصل الوفد صباح اليوم إلى بلدة زيتونة الحدودية.") == ["زيتونة"]
    # an adjective of the other gender describes the name, not the town: the name may go on
    assert _designated("وصل الوفد إلى مدينة الإنتاج الإعلامي.") == []


def test_plural_after_place_noun_is_no_name() -> None:
    # «مدينة المهرجانات»: what a city is known for, not its name (invented sentence).
    assert _designated("وصف الزوار جدة بأنها مدينة الفعاليات، وقالوا إنها تستحق اللقب.") == []


@needs_model
def test_designated_name_is_the_place_elsewhere_in_the_article() -> None:
    # Invented: the town is introduced once by its place noun, then written alone.
    places = _places("افتتح مهرجان كرمالة الصيفي أمس. ويقام المهرجان سنويا في محافظة كرمالة الساحلية.")
    assert "كرمالة" in places


def test_site_is_a_place_with_its_head_noun_and_adjective() -> None:
    # Invented sites: the head noun and the site adjective belong to the place.
    assert _designated("حاصرت القوات قاعدة الزهيرة الجوية منذ أسبوع.") == ["قاعدة الزهيرة الجوية"]
    assert _designated("نقل المعتقلون إلى سجن كرمالة في الجنوب.") == ["سجن كرمالة"]


def test_site_noun_before_a_common_or_adjective_word_is_no_place() -> None:
    # «قاعدة الانطلاق» (a starting point) needs a site adjective; «جبل ملاصق» is "an adjacent mountain".
    assert _designated("كانت المدينة قاعدة الانطلاق نحو الشمال.") == []
    assert _designated("تطل القلعة من أعلى جبل ملاصق للقرية.") == []
    assert _designated("عانى السكان من سجن وتعذيب طوال سنوات.") == []


def test_site_is_the_place_wherever_the_article_writes_it_again() -> None:
    # Invented: the second «سجن كرمالة» has no boundary after it, but it is the site named before.
    assert _designated("نقل السجناء إلى سجن كرمالة في الجنوب. وما زال سجن كرمالة يثير الجدل.") == [
        "سجن كرمالة", "سجن كرمالة"]
