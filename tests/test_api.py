"""The public API: lazy imports, the extract function, build with bad inputs."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import newsgraph
from newsgraph.types import Article

ROOT = Path(__file__).resolve().parents[1]


def test_import_loads_nothing_heavy() -> None:
    code = "import sys, newsgraph; print(sorted(m for m in ('spacy', 'rdflib', 'pyvis') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_extract_is_the_function_even_after_subpackage_import() -> None:
    import newsgraph.extract.tokens

    ext = newsgraph.extract("Morocco and Italy signed an agreement.", language="en", model=None)
    assert {m.entity_id for m in ext.mentions} >= {"country/MA", "country/IT"}


def test_a_submodule_of_extract_imports_under_an_alias() -> None:
    # `import a.b.c as x` looks `c` up on what `a.b` is: here the function, which shadows the package
    code = ("import newsgraph.extract.coref as coref, newsgraph; "
            "print(coref.__name__, callable(newsgraph.extract))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["newsgraph.extract.coref", "True"]


@pytest.mark.parametrize(
    ("text", "lang", "country"),
    [
        ("اجتمع وزير الخارجية المغربي في الرباط.", "ar", "country/MA"),
        ("The Moroccan minister met in Rabat.", "en", "country/MA"),
    ],
)
def test_extract_demonym_and_city_link_to_country(text: str, lang: str, country: str) -> None:
    ext = newsgraph.extract(text, language=lang, model=None)
    assert country in {m.entity_id for m in ext.mentions}
    rabat = [e for e in ext.entities if e.type == "PLACE"]
    assert rabat and rabat[0].country == country
    assert any(r.predicate == "locatedIn" and r.object == country for r in ext.relations)


def test_build_report_collects_errors_and_keeps_good(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    good = Article(id="g1", title=None, text="Italy and Morocco met in Rabat.", language="en")
    kg, report = newsgraph.build_report([good, tmp_path / "empty.txt"], model=None)
    assert report.articles == 1 and len(report.errors) == 1 and "empty.txt" in str(report.errors[0])
    assert len(kg) > 0


def test_build_raises_first_error(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    with pytest.raises(newsgraph.InputError, match="empty.txt"):
        newsgraph.build([tmp_path / "empty.txt"], model=None)


def test_a_big_build_gives_back_the_pipelines_memory_before_resolving(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import newsgraph.api
    from newsgraph.api import build_into
    from newsgraph.extract.pipeline import get_nlp
    from newsgraph.graph import KnowledgeGraph

    kg = KnowledgeGraph()
    text = "Nasser Bourita met Luigi Di Maio in Marrakech."
    articles = [Article(f"a{i}", "T", text, "en") for i in range(2)]
    build_into(kg, articles, model=None, resolve=False)
    assert get_nlp.cache_info().currsize > 0  # extraction keeps its pipeline for the next batch
    build_into(kg, [Article("a3", "T", "Nasser Bourita spoke in Rabat.", "en")], model=None)
    assert get_nlp.cache_info().currsize > 0  # a small build keeps them: the caller may extract again
    monkeypatch.setattr(newsgraph.api, "RELEASE_AFTER", 1)
    build_into(kg, [Article("a4", "T", "Nasser Bourita spoke in Fes.", "en")], model=None)
    assert get_nlp.cache_info().currsize == 0  # resolution needs none: its memory went back first


def test_a_large_build_releases_its_pipelines_and_freezes_what_is_left() -> None:
    """Before resolving a large build: the pipelines are collected, and what survives is frozen out of
    the later collections (closing the store, the interpreter's last one)."""
    import gc
    import weakref

    from newsgraph.api import _release_pipelines
    from newsgraph.extract.pipeline import get_nlp, release_pipelines

    nlp = get_nlp("fr", None)
    ref = weakref.ref(nlp)
    del nlp
    try:
        _release_pipelines()
        assert ref() is None and gc.get_freeze_count() > 0
    finally:
        release_pipelines()
