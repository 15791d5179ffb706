"""French extraction: pipeline choice, mentions, officials, events, dates and amounts.

Run the suite a second time with ``NEWSGRAPH_FR_MODEL=none`` to test the
fallback on ``spacy.blank("fr")`` (``make test`` does). Sentences are invented.
"""

from __future__ import annotations

import pytest

from newsgraph.errors import ConfigError, NewsgraphError
from newsgraph.extract import extract
from newsgraph.extract.pipeline import french_model_name, get_nlp, model_name

HAS_MODEL = french_model_name("auto") is not None
needs_model = pytest.mark.skipif(not HAS_MODEL, reason="needs a trained French pipeline (fr_core_news_md)")


def ids(text: str, label: str | None = None) -> list[str]:
    ext = extract(text, language="fr")
    return [m.entity_id or "" for m in ext.mentions if label is None or m.label == label]


def test_model_name_env_none_gives_blank_pipeline(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSGRAPH_FR_MODEL", "none")
    assert french_model_name("auto") is None
    assert model_name("fr", None) is None


def test_model_name_english_package_leaves_french_on_auto(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSGRAPH_FR_MODEL", "none")
    assert french_model_name("en_core_web_sm") is None  # "auto", and the environment says none


def test_model_name_missing_french_package_is_a_newsgraph_error() -> None:
    with pytest.raises(ConfigError, match="fr_core_news_xx.*newsgraph\\[fr\\]") as info:
        french_model_name("fr_core_news_xx")
    assert isinstance(info.value, NewsgraphError)


@needs_model
def test_get_nlp_fr_loads_the_trained_pipeline() -> None:
    nlp = get_nlp("fr")
    assert "parser" in nlp.pipe_names and nlp.pipe_names[-1] == "newsgraph_kb_ruler_v1"


@pytest.mark.parametrize(
    "form", ["marocain", "marocaine", "marocains", "marocaines", "Marocains"]
)
def test_demonym_all_four_forms_name_the_country(form: str) -> None:
    assert ids(f"Une délégation {form} est arrivée hier.", "COUNTRY") == ["country/MA"]


@pytest.mark.parametrize(
    ("form", "country"),
    [("algérienne", "country/DZ"), ("syriens", "country/SY"), ("turque", "country/TR"),
     ("française", "country/FR"), ("belges", "country/BE")],
)
def test_demonym_derived_forms(form: str, country: str) -> None:
    assert ids(f"Les autorités {form} ont réagi.", "COUNTRY") == [country]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("L'Otan a réagi.", "org/nato"),
        ("Le chef de l’ONU est attendu.", "org/un"),
        ("Une réunion de l'UE aura lieu.", "org/eu"),
        ("Le Conseil de sécurité a voté.", "org/un-security-council"),
        ("Daech a revendiqué l'attaque.", "org/isis"),
        ("Les combattants de l'État islamique ont fui.", "org/isis"),
        ("Les combattants de l'Etat islamique ont fui.", "org/isis"),
    ],
)
def test_organizations_after_elision_and_without_accents(text: str, expected: str) -> None:
    assert expected in ids(text, "ORGANIZATION")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Il revient d'Irak.", "country/IQ"),
        ("Il est né au Maroc.", "country/MA"),
        ("Il a vécu aux États-Unis.", "country/US"),
        ("Il a vécu aux Etats-Unis.", "country/US"),
        ("Il est arrivé à Kaboul.", "place/gn-1138958"),
    ],
)
def test_places_after_contractions(text: str, expected: str) -> None:
    assert ids(text) == [expected]
