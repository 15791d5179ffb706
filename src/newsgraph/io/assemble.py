"""From what a reader found in a file to finished :class:`~newsgraph.types.Article` objects.

Every reader (text, HTML, JSON Lines) fills a :class:`RawArticle`;
:func:`finish` then applies the same steps to all of them:

1. refuse text over ``max_chars``; remove format characters and blank control
   characters in the text and every other field (:func:`newsgraph.io.clean.clean_text`);
2. split a trailing "see also" block off as a teaser
   (:func:`newsgraph.io.teaser.split_teaser`) and cut wire end marks;
3. choose the language, in this order of precedence:

   a. the language the input declares (``Language:`` header, JSON
      ``language`` key, ``<html lang>``): it is the most specific;
   b. the ``language`` argument given by the caller (``--language``): an
      explicit choice beats a guess;
   c. :func:`newsgraph.io.lang.choose_language` on the title and text: the
      detected language, or, when the guess is uncertain or has no pipeline,
      the closest supported language of the text's script, with a
      :class:`~newsgraph.errors.LanguageWarning` naming the file.

   Only a text without letters, or in a script no pipeline reads, is refused,
   with an ``InputError`` naming the file that asks for ``--language``;
4. set the id: the declared id, else :func:`newsgraph.io.ids.article_id`
   (from the URL, else the text).

``Article.text`` is the headline (when there is one) as its first paragraph,
then the body; header lines and a dateline line are not part of it. The
title is also in ``Article.title``. A teaser's
text is the whole teaser block, its first line included, because that line
is another article's headline and states facts; the same line is also its
``title``.

Examples:
    >>> raw = RawArticle(text="Ministers met in Rabat.\\n\\nRelated:\\nFloods hit the north\\nMany died.",
    ...                  title="Ministers meet", source_path="a.txt")
    >>> main, teaser = finish(raw, language="en")
    >>> main.text, main.language, teaser.kind, teaser.parent_id == main.id
    ('Ministers meet\\n\\nMinisters met in Rabat.', 'en', 'teaser', True)
    >>> teaser.id == main.id + "-teaser-1", teaser.title
    (True, 'Floods hit the north')
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date

from newsgraph.errors import InputError
from newsgraph.io.clean import clean_text
from newsgraph.io.ids import article_id, teaser_id
from newsgraph.io.lang import choose_language
from newsgraph.io.teaser import split_teaser, strip_end_mark
from newsgraph.types import Article

__all__ = [
    "RawArticle", "finish", "finish_each", "check_length", "clean_language", "DEFAULT_MAX_CHARS",
    "LARGEST_MAX_CHARS",
]

#: Default limit on the characters of one article (``--max-chars``).
DEFAULT_MAX_CHARS = 2_000_000
#: The largest limit ``--max-chars`` may set (the pipelines accept texts this long).
LARGEST_MAX_CHARS = 10_000_000
_LANG_CODE = re.compile(r"[A-Za-z]{2,3}")


@dataclass
class RawArticle:
    """What a reader found; every field but ``text`` may be missing.

    Attributes:
        text: the body, lines separated by ``\\n``.
        title: the headline.
        published: the publication date.
        url: the article's URL.
        source: the outlet or feed name.
        author: the byline.
        language: the language the input declares (any BCP 47 tag).
        id: the id the input declares.
        source_path: where it was read from (``path`` or ``path#L<n>``).
        path: the file, for error messages.
        line: the 1-based line in ``path`` (JSON Lines), for error messages.
    """

    text: str
    title: str | None = None
    published: date | None = None
    url: str | None = None
    source: str | None = None
    language: str | None = None
    id: str | None = None
    source_path: str | None = None
    path: str | None = None
    line: int | None = None
    author: str | None = None


def check_length(n_chars: int, max_chars: int, path: str | None, line: int | None = None) -> None:
    """Raise :class:`InputError` when an article of ``n_chars`` characters is over ``max_chars``.

    Examples:
        >>> check_length(10, 5, "a.txt")  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        newsgraph.errors.InputError: a.txt: article is 10 characters, over the limit of 5; split it or ...
    """
    if n_chars > max_chars:
        raise InputError(
            f"article is {n_chars} characters, over the limit of {max_chars}; split it or raise --max-chars",
            path=path,
            line=line,
        )


def clean_language(tag: str | None, path: str | None = None, line: int | None = None) -> str | None:
    """The primary language subtag of a BCP 47 tag, lower-cased; None for empty.

    Examples:
        >>> clean_language("ar-SA"), clean_language(" EN "), clean_language("")
        ('ar', 'en', None)
    """
    if tag is None or not tag.strip():
        return None
    primary = tag.strip().replace("_", "-").split("-")[0]
    if not _LANG_CODE.fullmatch(primary):
        raise InputError(
            f"language {tag!r} is not a language code; use an ISO 639-1 code such as 'ar' or 'en'",
            path=path,
            line=line,
        )
    return primary.lower()


def _choose_language(raw: RawArticle, body: str, language: str | None) -> str:
    declared = clean_language(raw.language, raw.path, raw.line)
    if declared:
        return declared
    given = clean_language(language, raw.path, raw.line)
    if given:
        return given
    evidence = f"{raw.title}\n{body}" if raw.title else body
    return choose_language(evidence, path=raw.path, line=raw.line)


def finish_each(
    raws: Iterable[RawArticle | InputError],
    *,
    language: str | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> Iterator[Article | InputError]:
    """:func:`finish` each of ``raws``; an error, given or raised, is yielded in its place, and
    the rest go on."""
    for raw in raws:
        if isinstance(raw, InputError):
            yield raw
            continue
        try:
            yield from finish(raw, language=language, max_chars=max_chars)
        except InputError as err:
            yield err


def finish(
    raw: RawArticle, *, language: str | None = None, max_chars: int = DEFAULT_MAX_CHARS
) -> list[Article]:
    """Turn ``raw`` into the article and, when a "see also" block was found, its teaser.

    Args:
        raw: what the reader found.
        language: the caller's language, used when the input declares none.
        max_chars: the most characters an article may have.

    Returns:
        ``[article]`` or ``[article, teaser]``.

    Raises:
        InputError: the text is empty or too long, or the language is unknown.
    """
    check_length(len(raw.text), max_chars, raw.path, raw.line)
    raw.text = clean_text(raw.text)
    # Every other field too: an id or URL with a lone surrogate (a JSON "\ud800") cannot be hashed
    # or written, and a control character in the source name would break the XML exports.
    fields = [clean_text(v).strip() or None if v else None
              for v in (raw.title, raw.url, raw.source, raw.id, raw.author)]
    raw.title, raw.url, raw.source, raw.id, raw.author = fields
    raw.language = clean_text(raw.language) if raw.language else raw.language
    body, teaser_text = split_teaser(raw.text)
    body = strip_end_mark(body)
    if not body:
        raise InputError(
            "no article text (only a header, title or 'see also' block)", path=raw.path, line=raw.line
        )
    lang = _choose_language(raw, body, language)
    main_id = raw.id or article_id(raw.url, body)
    # The headline carries facts too: it opens the text, as a paragraph of its own.
    title = (raw.title or "").strip()
    text = f"{title}\n\n{body}" if title and not body.startswith(title) else body
    main = Article(
        id=main_id,
        title=title or None,
        text=text,
        language=lang,
        published=raw.published,
        url=raw.url or None,
        source_path=raw.source_path,
        source=raw.source or None,
        author=raw.author,
    )
    if teaser_text is None:
        return [main]
    teaser_text = strip_end_mark(teaser_text)
    if not teaser_text:
        return [main]
    first_line = next(line.strip() for line in teaser_text.split("\n") if line.strip())
    teaser = Article(
        id=teaser_id(main_id),
        title=first_line,
        text=teaser_text,
        language=lang,
        source_path=raw.source_path,
        source=raw.source or None,
        parent_id=main_id,
        kind="teaser",
    )
    return [main, teaser]
