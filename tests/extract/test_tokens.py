"""TokenTable: the token lists the rules read instead of spaCy attributes."""

from __future__ import annotations

import pytest
import spacy

from newsgraph.extract.pipeline import get_nlp
from newsgraph.extract.tokens import TokenTable, shared_tables


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "اجتمع وزير الخارجية المغربي ناصر بوريطة بنظيره.\nوقال إن «الحل» ممكن (ناتو)."),
        ("en", "Morocco's foreign minister met  his peer.\nHe said talks went well (NATO)."),
    ],
)
def test_tokens_table_matches_spacy_attributes(lang: str, text: str) -> None:
    doc = get_nlp(lang, None)(text)
    table = TokenTable(doc)
    assert table.text == doc.text
    assert table.orth == [t.text for t in doc]
    assert table.norm == [t.norm_ for t in doc]
    assert table.lower == [t.lower_ for t in doc]
    assert table.lemma == [t.lemma_ for t in doc]
    assert table.idx == [t.idx for t in doc]
    assert table.is_punct == [t.is_punct for t in doc]
    assert table.sent_start == [bool(t.is_sent_start) for t in doc]
    assert any(not s for s in table.sent_start) and sum(table.sent_start) >= 2


def test_tokens_table_without_sentences_or_tokens() -> None:
    nlp = spacy.blank("en")
    for doc in (nlp("no sentence boundaries here"), nlp("")):
        table = TokenTable(doc)
        assert table.sent_start == [bool(t.is_sent_start) for t in doc]
        assert table.text == doc.text


def test_tokens_shared_only_inside_the_block() -> None:
    doc = spacy.blank("en")("Rabat.")
    other = spacy.blank("en")("Rabat.")
    assert TokenTable.of(doc) is not TokenTable.of(doc)
    with shared_tables():
        table = TokenTable.of(doc)
        assert TokenTable.of(doc) is table
        assert TokenTable.of(other) is not table
        with shared_tables():
            assert TokenTable.of(doc) is not table
        assert TokenTable.of(doc) is table
    assert TokenTable.of(doc) is not table


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        ('وانسحبت قوات الجيش و"الحرس الوطني" من البلدة', ["و", '"', "الحرس", "الوطني", '"']),
        ("ويتبع المعسكر ما كان يعرف بـ«الحرس القديم»", ["بـ", "«", "الحرس", "القديم", "»"]),
    ],
)
def test_a_proclitic_before_an_opening_quote_is_its_own_token(text: str, pieces: list[str]) -> None:
    tokens = [t.text for t in get_nlp("ar", None)(text)]
    assert any(tokens[k : k + len(pieces)] == pieces for k in range(len(tokens)))


def test_a_quoted_outlet_after_li_keeps_its_token() -> None:
    # «لـ» before a quote stays glued: the outlet rules read «قال لـ«X»» on the text (orgs/media_ar.py)
    assert "لـ«الأفق" in [t.text for t in get_nlp("ar", None)("وقال المتحدث لـ«الأفق» إن الطريق مغلق")]
