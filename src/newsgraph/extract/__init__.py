"""Extraction: from articles to :class:`newsgraph.types.Extraction` objects.

The heavy lifting lives in :mod:`newsgraph.extract.article`; this module keeps
the small public surface: :func:`extract` for a text, :func:`extract_article`
for an :class:`~newsgraph.types.Article`, and :func:`tag_tokens` for scoring
NER on pre-tokenised data.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from newsgraph.types import Article, Extraction

if TYPE_CHECKING:
    from newsgraph.extract.article import extract_article, extract_articles, mint_entity_id

__all__ = ["extract", "extract_article", "extract_articles", "mint_entity_id", "tag_tokens"]


def __getattr__(name: str) -> Any:
    """Load the spaCy-based modules on first use, so that importing
    ``newsgraph.extract`` (done by ``import newsgraph``) stays light."""
    if name in ("extract_article", "extract_articles", "mint_entity_id"):
        from newsgraph.extract import article

        return getattr(article, name)
    raise AttributeError(f"module 'newsgraph.extract' has no attribute {name!r}")


def extract(
    text: str,
    language: str | None = None,
    published: date | None = None,
    *,
    title: str | None = None,
    url: str | None = None,
    model: str | None = "auto",
) -> Extraction:
    """Extract entities, positions and events from one text.

    Args:
        text: the article body. Format characters (bidi and zero-width marks)
            are removed and control characters blanked first, as the readers do
            (:func:`newsgraph.io.clean.clean_text`); offsets point into
            ``ext.article.text``.
        language: ISO 639-1 code; detected from the text when None.
        published: publication date, used to resolve relative dates.
        title: headline, if any.
        url: canonical URL, if any (gives the article a stable id).
        model: English or French spaCy pipeline: "auto", a package name, or None.

    Examples:
        >>> ext = extract("وزير الخارجية الإيطالي زار المغرب.", language="ar")
        >>> sorted({m.entity_id for m in ext.mentions if m.label == "COUNTRY"})
        ['country/IT', 'country/MA']
    """
    from newsgraph.io.clean import clean_text

    text = clean_text(text)  # as a reader would: offsets point into the cleaned text
    title = clean_text(title) if title else title
    if language is None:
        from newsgraph.io.lang import choose_language

        language = choose_language(f"{title}\n{text}" if title else text, path=url)
    key = url or text
    article_id = hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
    article = Article(id=article_id, title=title, text=text, language=language, published=published, url=url)
    from newsgraph.extract.article import extract_article

    return extract_article(article, model=model)


def tag_tokens(tokens: Sequence[str], lang: str, *, model: str | None = "auto") -> list[str]:
    """IOB2 tags in newsgraph's labels for pre-tokenised text (for NER scoring).

    The tokens are joined with spaces, extracted as one article, and every
    named mention (anaphors left out) is projected back onto the tokens it covers.

    Examples:
        >>> tag_tokens(["زار", "بوريطة", "المغرب"], "ar")
        ['O', 'O', 'B-COUNTRY']
    """
    offsets: list[tuple[int, int]] = []
    pos = 0
    for tok in tokens:
        offsets.append((pos, pos + len(tok)))
        pos += len(tok) + 1
    text = " ".join(tokens)
    tags = ["O"] * len(tokens)
    if not text.strip():
        return tags
    article = Article(id="conll", title=None, text=text, language=lang)
    from newsgraph.extract.article import extract_article

    # Named mentions only: NER data does not tag anaphors such as «الحكومة» or "the alliance".
    mentions = [m for m in extract_article(article, model=model).mentions if m.kind == "name"]
    for m in sorted(mentions, key=lambda m: m.start):
        covered = [i for i, (s, e) in enumerate(offsets) if s < m.end and m.start < e]
        for n, i in enumerate(covered):
            tags[i] = ("B-" if n == 0 else "I-") + m.label
    return tags
