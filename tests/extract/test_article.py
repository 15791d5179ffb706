"""newsgraph.extract.article: a whole article through every stage."""

from __future__ import annotations

from datetime import date

import pytest

import newsgraph
from newsgraph.types import Article


def test_extract_article_french_runs_every_stage() -> None:
    art = Article(
        id="fr1", title=None, language="fr", published=date(2015, 7, 25),
        text="Le ministre marocain Nasser Bourita a rencontré son homologue à Rabat. Il a parlé de la trêve.",
    )  # fmt: skip
    ext = newsgraph.extract_article(art)
    assert ext.article is art and len(ext.sentences) == 2
    assert all(art.text[m.start : m.end] for m in ext.mentions)
    assert [(p.title, p.of) for p in ext.positions] == [("ministre", "country/MA")]
    assert "Meeting" in {e.type for e in ext.events}


def test_an_organization_after_the_preposition_li_is_the_one_the_knowledge_base_knows() -> None:
    art = Article(id="a1", title=None, language="ar", published=date(2015, 7, 25),
                  text="وقال الأمين العام للأمم المتحدة إن الهدنة ضرورية. ورحبت الأمم المتحدة بالقرار.")
    ids = {m.entity_id for m in newsgraph.extract_article(art, model=None).mentions
           if m.label == "ORGANIZATION"}
    assert ids == {"org/un"}, ids


def _mentions(text: str, lang: str = "ar") -> list[tuple[str, str | None, str]]:
    ext = newsgraph.extract_article(Article("a1", "", text, lang))
    return [(m.text, m.entity_id, m.kind) for m in ext.mentions]


def test_the_kingdom_is_the_one_kingdom_the_article_names() -> None:
    found = _mentions("وقالت المملكة العربية السعودية إن المملكة ترحب بالقرار.")
    assert ("المملكة", "country/SA", "anaphor") in found
    assert not any(eid and eid.startswith("place/") for _, eid, _ in found)
    # Two kingdoms named: «المملكة» refers to neither; «المملكة المتحدة» stays a name.
    two = _mentions("زار ملك المغرب المملكة المتحدة، وقالت المملكة العربية السعودية إن المملكة ترحب.")
    assert ("المملكة المتحدة", "country/GB", "name") in two
    assert not any(kind == "anaphor" and eid and eid.startswith("country/") for _, eid, kind in two)
    english = _mentions("Saudi Arabia said the kingdom would act.", "en")
    assert ("the kingdom", "country/SA", "anaphor") in english


def test_the_kingdom_is_the_one_kingdom_of_the_places_named_when_no_country_is() -> None:
    found = _mentions("أعلنت وزارة الداخلية في الرياض أن المملكة ستواصل جهودها.")
    assert ("المملكة", "country/SA", "anaphor") in found
    two = _mentions("وصل الوزير من الرياض إلى الرباط، وقال إن المملكة ستواصل جهودها.")  # Saudi, Moroccan
    assert not any(kind == "anaphor" and eid and eid.startswith("country/") for _, eid, kind in two)


def test_a_ministry_name_inside_a_title_does_not_cut_the_title() -> None:
    # «وزير الخارجية الأميركية» is a title and its country, not the State Department.
    text = "من جهتها قالت سارة ميلر القائمة بأعمال مساعدة وزير الخارجية الأميركية، إنه لا حل."
    ext = newsgraph.extract_article(Article("a1", "", text, "ar"))
    assert [(p.title, p.of) for p in ext.positions] == [("القائمة بأعمال مساعدة وزير الخارجية", "country/US")]


@pytest.mark.parametrize(("text", "lang"), [
    ("Flights resumed at Baghdad International Airport on Monday.", "en"),
    ("استؤنفت الرحلات في مطار بغداد الدولي يوم الاثنين.", "ar"),
])
def test_an_airport_is_located_in_its_city_and_country(text: str, lang: str) -> None:
    ext = newsgraph.extract(text, language=lang, model=None)
    located = {(r.subject, r.object) for r in ext.relations if r.predicate == "locatedIn"}
    assert ("place/iq-baghdad-airport", "place/gn-98182") in located
    assert ("place/iq-baghdad-airport", "country/IQ") in located
    assert "place/gn-98182" in {e.id for e in ext.entities}


@pytest.mark.parametrize(("text", "lang", "styled"), [
    ("استقبل الملك فهد بن سالم آل مبارك الوفد أمس.", "ar", "الملك فهد"),
    ("King Omar bin Said Al Harbi received the delegation on Monday.", "en", "King Omar"),
])
def test_a_king_named_in_full_is_known_by_title_and_first_name(text: str, lang: str, styled: str) -> None:
    ext = newsgraph.extract(text, language=lang)
    persons = [e for e in ext.entities if e.type == "PERSON"]
    names = {n for e in persons for n in (*e.labels.values(), *e.aliases.get(lang, ()))}
    assert styled in names


def test_a_title_used_alone_is_the_one_official_who_holds_it() -> None:
    # «وزير الخارجية القطري» in the headline and later is the minister the lead names.
    text = ("وزير الخارجية القطري: زيارتنا إلى أربيل مهمة\n"
            "أعلن وزير الخارجية القطري خالد العطية أمس أن الدعم مستمر. "
            "ووصل وزير الخارجية القطري إلى أربيل أمس.")
    title = text.split("\n")[0]
    ext = newsgraph.extract_article(Article("a1", title, text, "ar", published=date(2015, 7, 21)))
    minister = next(m.entity_id for m in ext.mentions if m.text == "خالد العطية")
    refs = [m for m in ext.mentions if m.text == "وزير الخارجية القطري"]
    assert len(refs) == 2 and all(m.entity_id == minister and m.kind == "description" for m in refs)
    visit = next(e for e in ext.events if e.type == "Visit")
    assert visit.roles["agent"] == (minister,)


def test_a_title_two_officials_hold_refers_to_neither() -> None:
    found = _mentions("Foreign Minister Ann Lee of Canada spoke. Foreign Minister Bo Ray of Italy agreed. "
                      "The foreign minister said no.", "en")
    assert not any(kind == "description" for _, eid, kind in found)
    # one holder: "the Canadian foreign minister" is Ann Lee
    one = _mentions("Canadian Foreign Minister Ann Lee spoke on Monday. The Canadian foreign minister "
                    "said talks went well.", "en")
    assert ("Canadian foreign minister", "person/ann-lee", "description") in one
    ext = newsgraph.extract_article(Article("a1", "", "Canadian Foreign Minister Ann Lee spoke on Monday. "
                                            "The Canadian foreign minister said talks went well.", "en"))
    lee = next(e for e in ext.entities if e.id == "person/ann-lee")
    assert not any("minister" in form for forms in lee.aliases.values() for form in forms)  # no alias
