"""State institutions (newsgraph.extract.institutions): one entity per kind and country, in every language.

Invented sentences. The Arabic ones run through the whole extraction (rules and
the shipped Arabic model); the English ones too, with or without the English model.
"""

from __future__ import annotations

from datetime import date

import pytest
import spacy
from spacy.tokens import Span

from newsgraph.extract import extract_article
from newsgraph.extract.institutions import find_institutions, institution_forms
from newsgraph.extract.pipeline import english_model_name
from newsgraph.types import Article


def _orgs(text: str, lang: str) -> dict[str, str]:
    art = Article(id="t", title="", text=text, language=lang, published=date(2020, 1, 6))
    return {m.text: m.entity_id or "" for m in extract_article(art).mentions if m.label == "ORGANIZATION"}


@pytest.mark.parametrize(
    ("text", "span", "name"),
    [
        ("The Iraqi government met.", (1, 2), "Government of Iraq"),
        ("Iraq 's government met.", (0, 1), "Government of Iraq"),
        ("The government of Iraq met.", (3, 4), "Government of Iraq"),
        ("The Iraqi security forces met.", (1, 2), "Security Forces of Iraq"),
        ("The ministry of foreign affairs of Iraq met.", (6, 7), "Ministry of Foreign Affairs of Iraq"),
    ],
)
def test_english_forms_around_the_country(text: str, span: tuple[int, int], name: str) -> None:
    doc = spacy.blank("en")(text)
    doc.spans["ng_mentions"] = [Span(doc, *span, label="COUNTRY", kb_id="country/IQ")]
    assert [(i.name, i.country) for i in find_institutions(doc, "en")] == [(name, "country/IQ")]


def test_no_country_no_institution() -> None:
    doc = spacy.blank("en")("The government met the army.")
    doc.spans["ng_mentions"] = []
    assert find_institutions(doc, "en") == []


def test_one_node_across_languages() -> None:
    ar = _orgs("قال الجيش التركي إن وزارة الخارجية المغربية ردت.", "ar")
    en = _orgs("The Turkish army said Morocco's foreign ministry replied.", "en")
    assert ar["الجيش التركي"] == en["Turkish army"] == "org/army-of-turkey"
    assert ar["وزارة الخارجية المغربية"] == en["Morocco's foreign ministry"] == (
        "org/ministry-of-foreign-affairs-of-morocco")


def test_a_longer_name_is_another_organization() -> None:
    assert _orgs("هاجم الجيش السوري الحر المدينة.", "ar").get("الجيش السوري الحر") == "org/free-syrian-army"


def test_a_bare_noun_later_points_back_to_the_institution() -> None:
    orgs = _orgs("قالت الحكومة العراقية إنها سترد. وأضافت الحكومة أن الرد قريب.", "ar")
    assert orgs["الحكومة العراقية"] == "org/government-of-iraq"
    assert orgs.get("الحكومة") == "org/government-of-iraq"


def test_every_kind_has_english_and_arabic_forms() -> None:
    en = {f.kind for f in institution_forms("en")}
    ar = {f.kind for f in institution_forms("ar")}
    assert en == ar and len(en) >= 10
    assert institution_forms("xx") == ()


def test_a_country_word_inside_a_model_organization_span_still_names_the_institution() -> None:
    from newsgraph.kb import load_kb

    doc = spacy.blank("en")("The Iraqi Parliament voted.")
    doc.spans["ng_mentions"] = [Span(doc, 1, 3, label="ORGANIZATION")]  # the model's span, no KB id
    found = find_institutions(doc, "en", load_kb())
    assert [(i.text, i.name, i.country) for i in found] == [
        ("Iraqi Parliament", "Parliament of Iraq", "country/IQ")]
    assert find_institutions(doc, "en") == []  # without the KB, no country word is known


@pytest.mark.skipif(english_model_name("auto") is None, reason="needs a trained English pipeline (its spans)")
def test_the_parliament_behind_an_article_and_the_country_adjective_is_one_node() -> None:
    orgs = _orgs("The Iraqi Parliament voted on Sunday. The Parliament of Iraq met again on Monday.", "en")
    assert orgs.get("Iraqi Parliament") == orgs.get("Parliament of Iraq") == "org/parliament-of-iraq"
    bare = _orgs("The Parliament of Iraq voted on Sunday. Parliament will meet again on Monday.", "en")
    assert bare.get("Parliament") == "org/parliament-of-iraq"
    two = _orgs("The Iraqi Parliament and the Turkish Parliament met. Parliament will meet again.", "en")
    assert two.get("Parliament", "none") != "org/parliament-of-iraq"  # two parliaments: which one is unsaid
    acronyms = _orgs("The Sahel Water Authority (SWA) built a dam. Later, SWA said it would build two.", "en")
    assert acronyms["SWA"] == acronyms["Sahel Water Authority"]


def test_an_institution_named_only_after_the_preposition_li_keeps_its_article_in_the_label() -> None:
    art = Article(id="t", title="", text="أطلق مسلحون النار على مركز للجيش التركي.", language="ar",
                  published=date(2020, 1, 6))
    army = {e.id: e for e in extract_article(art).entities}["org/army-of-turkey"]
    assert army.labels["ar"] == "الجيش التركي"  # not «لجيش التركي»: ل + ال contract to «لل»


def test_a_country_s_intelligence_service_is_one_institution() -> None:
    orgs = _orgs("وقال مصدر في المخابرات الأردنية إن الخلية فككت.", "ar")
    assert orgs.get("المخابرات الأردنية") == "org/intelligence-service-of-jordan"


def test_an_indefinite_body_with_a_nationality_is_no_institution() -> None:
    assert _orgs("وقال ضابط في جيش يمني إن الهجوم فشل.", "ar") == {}
