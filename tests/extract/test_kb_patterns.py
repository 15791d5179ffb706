"""The knowledge-base ruler's patterns: built from words (cached or not), they make the same matcher
as the aliases tokenized into Docs, and a cached table is reused, and rebuilt when unreadable."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from spacy.matcher import PhraseMatcher

from newsgraph.extract import kb_patterns
from newsgraph.extract.kb_ruler import KBRuler, _capitals, _scratch_tokenizer
from newsgraph.extract.pipeline import get_nlp
from newsgraph.extract.tokens_ar import ArabicTokens, kb_lexicon
from newsgraph.kb import load_kb
from newsgraph.text import fold_accents, normalize_token


def _docs(matcher: Any, strings: Any) -> dict[str, set[tuple[int, ...]]]:
    """Each key's patterns, as the matcher holds them (token attribute hashes)."""
    docs = matcher.__reduce__()[1][1]
    return {key if isinstance(key, str) else strings[key]: set(value) for key, value in docs.items()}


def _reference(nlp: Any, lang: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """The matchers as the ruler made them before its patterns were cached: alias Docs."""
    norm = PhraseMatcher(nlp.vocab, attr="NORM")
    orth = PhraseMatcher(nlp.vocab, attr="ORTH")
    tokenize = _scratch_tokenizer(nlp)
    splitter = ArabicTokens(kb_lexicon(lang)) if lang == "ar" else None
    by_key: dict[str, list[Any]] = {}
    case_keys: dict[str, list[Any]] = {}
    kb = load_kb()
    for alias_lang in sorted({lang, "en"}):
        for alias in kb.aliases(alias_lang):
            if not alias.text.strip():
                continue
            pattern = tokenize(alias.text)
            if splitter is not None:
                pattern = splitter(pattern)
            else:
                for tok in pattern:
                    tok.norm_ = (fold_accents if lang == "fr" else normalize_token)(tok.text)
            key = f"{alias.entity_id}|{alias.label}|{alias.kind}"
            if lang == "fr" and alias_lang == "fr" and alias.text[:1].islower():
                key += "|lower"
            case = alias.case_sensitive or (lang == "fr" and alias_lang == "en" and _capitals(alias.text))
            (case_keys if case else by_key).setdefault(key, []).append(pattern)
    for matcher, table in ((norm, by_key), (orth, case_keys)):
        for key, docs in table.items():
            matcher.add(key, docs)
    return _docs(norm, nlp.vocab.strings), _docs(orth, nlp.vocab.strings)


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("NEWSGRAPH_NO_CACHE", raising=False)
    return tmp_path / "newsgraph" / "kb-patterns"


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_patterns_from_words_make_the_same_matcher_as_alias_docs(lang: str, cache: Path) -> None:
    nlp = get_nlp(lang, None)
    norm, orth = _reference(nlp, lang)
    fresh = KBRuler(nlp, lang)  # builds the table, saves it
    assert list(cache.glob(f"{lang}-*.json"))
    cached = KBRuler(nlp, lang)  # reads it
    for ruler in (fresh, cached):
        assert _docs(ruler.norm_matcher, nlp.vocab.strings) == norm
        assert _docs(ruler.orth_matcher, nlp.vocab.strings) == orth
    assert cached.keys == fresh.keys and cached.lower_keys == fresh.lower_keys
    assert len(norm) > 1000
    if lang == "fr":
        assert fresh.lower_keys and orth


def test_a_cached_table_is_reused_and_an_unreadable_one_rebuilt(cache: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    nlp = get_nlp("ar", None)
    first = KBRuler(nlp, "ar")
    [path] = cache.glob("ar-*.json")

    def refuse(*_: Any) -> Any:
        raise AssertionError("the cached table should have been used")

    monkeypatch.setattr(KBRuler, "_patterns", refuse)
    again = KBRuler(nlp, "ar")
    assert _docs(again.norm_matcher, nlp.vocab.strings) == _docs(first.norm_matcher, nlp.vocab.strings)
    monkeypatch.undo()
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache.parent.parent))
    path.write_text("{not json", encoding="utf-8")
    rebuilt = KBRuler(nlp, "ar")
    assert _docs(rebuilt.norm_matcher, nlp.vocab.strings) == _docs(first.norm_matcher, nlp.vocab.strings)
    assert path.read_text(encoding="utf-8").startswith("{\"norm\"")


def test_no_cache_writes_nothing(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSGRAPH_NO_CACHE", "1")
    KBRuler(get_nlp("en", None), "en")
    assert not cache.exists()


def test_the_key_follows_the_aliases() -> None:
    assert kb_patterns.pattern_key(["x", "a\tb"]) != kb_patterns.pattern_key(["x", "a\tc"])
