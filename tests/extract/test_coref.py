"""Short names within one article (newsgraph.extract.coref)."""

from __future__ import annotations

import pytest

from newsgraph.extract.coref import short_name_links, styled_name


@pytest.mark.parametrize(("names", "expected"), [
    # the same name without the family «آل X»
    ({"p/1": "فهد بن سالم آل مبارك", "p/2": "فهد بن سالم"}, {"p/2": "p/1"}),
    # a compound given name alone is the one fuller name it begins
    ({"p/1": "نور الدين الفلاحي", "p/2": "نور الدين"}, {"p/2": "p/1"}),
    # two fuller names begin that way: left alone
    ({"p/1": "نور الدين الفلاحي", "p/2": "نور الدين", "p/3": "نور الدين الحمداني"}, {}),
    # a one-word given name that begins a longer name is not the person (it may be another)
    ({"p/1": "فهد آل مبارك", "p/2": "فهد"}, {}),
])
def test_short_name_links_family_and_compound_names(names: dict[str, str], expected: dict[str, str]) -> None:
    assert short_name_links(names) == expected


@pytest.mark.parametrize(("title", "name", "lang", "expected"), [
    ("الملك", "فهد بن سالم آل مبارك", "ar", "الملك فهد"),
    ("الملك", "عبد الله بن سالم", "ar", "الملك عبد الله"),
    ("Queen", "Amina bint Said", "en", "Queen Amina"),
    ("وزير الخارجية", "فهد بن سالم", "ar", None),
    ("President", "Amina Said", "en", None),
])
def test_styled_name_for_monarchs_and_popes(title: str, name: str, lang: str, expected: str | None) -> None:
    assert styled_name(title, name, lang) == expected


def test_styled_name_for_a_french_pope() -> None:
    assert styled_name("pape", "François", "fr") == "pape François"


@pytest.mark.parametrize(("text", "found"), [
    ("Des manifestants dans la République islamique ont attaqué.", [("République islamique", "country/IR")]),
    ("La République islamique d'Iran a répondu.", []),  # the name goes on: a name, not an anaphor
    ("Le royaume a répondu.", []),  # no kingdom among the article's countries
])
def test_country_anaphora_french(text: str, found: list[tuple[str, str]]) -> None:
    import spacy

    from newsgraph.extract.coref import country_anaphora

    doc = spacy.blank("fr")(text)
    spans = country_anaphora(doc, "fr", {"country/IR": ["Iran", "République islamique d'Iran"]})
    assert [(text[s:e], cid) for s, e, cid in spans] == found


def test_country_anaphora_arabic_reads_the_norms_of_the_pipeline() -> None:
    from newsgraph.extract.coref import country_anaphora
    from newsgraph.extract.pipeline import get_nlp

    text = "قالت المملكة العربية السعودية إن المملكة ترحب، وأكدت للمملكة دعمها."
    doc = get_nlp("ar", None)(text)  # «للمملكة» is split: ل + «لمملكة», whose norm is «المملكه»
    saudi = {"country/SA": ["المملكة العربية السعودية", "السعودية"]}
    spans = country_anaphora(doc, "ar", saudi)
    assert [(text[s:e], cid) for s, e, cid in spans] == [
        ("المملكة", "country/SA"), ("المملكة", "country/SA"), ("لمملكة", "country/SA")]
    two = {**saudi, "country/MA": ["المملكة المغربية"]}
    assert country_anaphora(doc, "ar", two) == []  # two kingdoms: neither


@pytest.mark.parametrize(("text", "word", "body"), [
    ("قال المهندس سامي القحطاني إن القحطاني سيعود.", "القحطاني", False),  # a family's «ال...ي»
    ("وقال عبد الملك الحوثي إن قوات الحوثي تتقدم.", "الحوثي", True),  # «قوات الحوثي»: the group
    ("وقال عبد الملك الحوثي إن وجماعة الحوثي تتقدم.", "الحوثي", True),  # behind a glued «و»
    ("قال رئيس الاتحاد سامي الفيفا إن الفيفا قرر.", "الفيفا", True),  # definite, no «ي»: a body's name
    ("نشر تقرير جارسيا أمس.", "جارسيا", False),
])
def test_body_name_ar_keeps_group_names_from_becoming_a_person(text: str, word: str, body: bool) -> None:
    from newsgraph.extract.coref import body_name_ar
    from newsgraph.extract.pipeline import get_nlp

    assert body_name_ar(get_nlp("ar", None)(text), word) is body

