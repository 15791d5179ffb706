"""Doubtful one-word Arabic place matches: kept only with support (newsgraph.extract.vetting)."""

from __future__ import annotations

import pytest

from newsgraph.extract.pipeline import MENTIONS_KEY, get_nlp

MASCARA = "place/gn-2490098"  # معسكر, a town in Algeria; also the word "camp"
VAN = "place/gn-298117"  # وان, a town in Turkey


def _places(text: str) -> list[tuple[str, str]]:
    doc = get_nlp("ar")(text)
    return [(s.text, s.kb_id_) for s in doc.spans[MENTIONS_KEY] if s.label_ == "PLACE"]


@pytest.mark.parametrize(
    "text",
    [
        "هاجم المسلحون معسكر الجيش في الصحراء",  # a camp, in an article about no Algerian place
        "أعلنت سلطات الاحتلال إغلاق المعبر",  # "authorities", also a town's name
    ],
)
def test_a_minor_town_alone_is_a_common_word(text: str) -> None:
    assert _places(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "زار الوزير مدينة معسكر الجزائرية",  # the country's adjective supports it
        "وصل الوفد إلى معسكر في الجزائر",  # the country's name does
        "وصل الوفد إلى محافظة معسكر",  # a place word introduces it
    ],
)
def test_a_minor_town_with_support_is_kept(text: str) -> None:
    assert (("معسكر", MASCARA)) in _places(text)


def test_a_hamza_the_name_lacks_is_no_place() -> None:
    assert _places("وقال إنه وأن الحكومة سترد على تركيا") == []  # «وأن», "and that", is not وان
    assert ("وان", VAN) in _places("وصل الوزير إلى وان التركية")


def test_major_cities_need_no_support() -> None:
    assert [kb for _, kb in _places("وصل الوفد إلى دبي")] == ["place/gn-292223"]
