"""Where events happened: rules of extract/events/places_ar.py and the clauses they read."""

from __future__ import annotations

import pytest

from newsgraph.extract import extract_article
from newsgraph.extract.ner_ar import has_ar_ner
from newsgraph.extract.pipeline import english_model_name
from newsgraph.types import Article, Event

needs_model = pytest.mark.skipif(not has_ar_ner(), reason="the Arabic NER model is not built (make train-ar)")
needs_parse = pytest.mark.skipif(english_model_name("auto") is None, reason="needs an English pipeline")


def _events(text: str, lang: str = "ar") -> list[Event]:
    return list(extract_article(Article(id="t", title=None, text=text, language=lang)).events)



@needs_model
def test_statement_after_a_fronted_place_was_made_there() -> None:
    sts = [e for e in _events("وفي صوفيا قال الاتحاد البلغاري إنه غرم ناديين.") if e.type == "Statement"]
    assert sts and sts[0].location is not None and sts[0].location.startswith("place/")


@needs_model
def test_fronted_country_with_comma_places_the_announcement() -> None:
    text = "وفي ألمانيا، أعلن نادي فولفسبورغ تعاقده مع لاعب جديد."
    sts = [e for e in _events(text) if e.type == "Statement"]
    assert sts and sts[0].location == "country/DE"


@needs_model
def test_place_after_the_speech_verb_is_not_fronted() -> None:
    # the place after the speaker may belong to what is said: no rule of this kind reads it
    sts = [e for e in _events("وقال الاتحاد البلغاري في صوفيا إن الناديين غرما.") if e.type == "Statement"]
    assert sts and sts[0].location is None


@needs_model
def test_name_in_apposition_does_not_end_the_meeting_clause() -> None:
    text = "واجتمع الوزير مع رئيس الوزراء الإسرائيلي، بنيامين نتنياهو، في القدس أمس."
    meetings = [e for e in _events(text) if e.type == "Meeting"]
    assert meetings and meetings[0].location is not None and meetings[0].location.startswith("place/")


@needs_model
def test_name_in_apposition_before_another_verb_keeps_its_clause() -> None:
    # «، فلان، وهاجم»: the clause after the name is another act, not the meeting's
    text = "واجتمع الوزير مع رئيس الوزراء الإسرائيلي، بنيامين نتنياهو، وهاجم الاتفاق مع إيران."
    meetings = [e for e in _events(text) if e.type == "Meeting"]
    assert meetings and "country/IR" not in meetings[0].roles.get("participant", ())


@needs_model
def test_fronted_place_sets_an_appeal_too() -> None:
    text = "وفي تل أبيب حث رئيس الوزراء الإيطالي الإسرائيليين على الصبر."
    appeals = [e for e in _events(text) if e.type == "Appeal"]
    assert appeals and appeals[0].location is not None and appeals[0].location.startswith("place/")


@needs_model
def test_host_receives_a_foreign_guest_at_home() -> None:
    text = "استقبل وزير الخارجية الإماراتي عبد الله بن زايد أمس وزير الخارجية المصري سامح شكري."
    meetings = [e for e in _events(text) if e.type == "Meeting"]
    assert meetings and meetings[0].location == "country/AE" and meetings[0].location_inferred


@needs_model
def test_host_receiving_his_own_official_is_not_placed() -> None:
    text = "استقبل الرئيس المصري عبد الفتاح السيسي أمس رئيس الوزراء المصري إبراهيم محلب."
    meetings = [e for e in _events(text) if e.type == "Meeting"]
    assert meetings and meetings[0].location is None


@needs_parse
def test_place_after_an_apposed_name_places_the_meeting() -> None:
    text = "Talks are held every month. The rebels met on Monday with John Smith, a British envoy, in Qatar."
    meetings = [e for e in _events(text, "en") if e.type == "Meeting"]
    assert meetings and meetings[0].location == "country/QA" and not meetings[0].location_inferred


@needs_model
def test_unknown_town_after_a_glued_place_noun_places_the_attack() -> None:
    # Invented sentence and town name: «بمدينة» is «مدينة» with its preposition glued on
    text = "قتل ثلاثة أشخاص في هجوم على سوق بمدينة كفرنوما أمس."
    attacks = [e for e in _events(text) if e.type == "Attack"]
    assert attacks and attacks[0].location == "place/كفرنوما"


@needs_parse
def test_host_rule_is_language_neutral() -> None:
    text = "Talks are held every month. Saudi King Salman received French minister Laurent Fabius on Monday."
    meetings = [e for e in _events(text, "en") if e.type == "Meeting"]
    assert meetings and meetings[0].location == "country/SA" and meetings[0].location_inferred


@needs_model
def test_host_whose_title_only_gives_a_nationality_does_not_place() -> None:
    # a coach's title says where he is from, not where he receives
    text = "استقبل المدرب الروماني لوتشيان ميهاي أمس وزير الرياضة المصري خالد عبد العزيز."
    meetings = [e for e in _events(text) if e.type == "Meeting"]
    assert meetings and meetings[0].location is None
