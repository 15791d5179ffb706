"""One error hierarchy for newsgraph.

Every error the library raises on purpose derives from :class:`NewsgraphError`,
so callers (and the CLI) can catch one class and print a clean message.
Messages say what failed, where (file and line when known) and what to do.

Examples:
    >>> err = InputError("empty file", path="a.txt")
    >>> str(err)
    'a.txt: empty file'
    >>> isinstance(err, NewsgraphError)
    True
"""

from __future__ import annotations

__all__ = [
    "NewsgraphError",
    "InputError",
    "FetchError",
    "ExtractionError",
    "GraphError",
    "QueryError",
    "ConfigError",
    "NewsgraphWarning",
    "LanguageWarning",
]


class _Located(Exception):
    """A message about a place in the input: its text starts with the file (and line).

    Args:
        message: what happened and, where possible, what to do about it.
        path: the file the message is about, if any.
        line: the 1-based line in ``path``, if known.
    """

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None) -> None:
        self.message = message
        self.path = path
        self.line = line
        super().__init__(str(self))

    def __str__(self) -> str:
        where = ""
        if self.path is not None:
            where = (self.path if self.line is None else f"{self.path}:{self.line}") + ": "
        return f"{where}{self.message}"


class NewsgraphError(_Located):
    """Base class of all newsgraph errors (``message``, ``path``, ``line``: see :class:`_Located`)."""


class InputError(NewsgraphError):
    """An input file or article cannot be read: empty, binary, bad encoding, malformed."""


class FetchError(InputError):
    """A URL or feed could not be fetched: refused by robots.txt, HTTP error, timeout, too big.

    Its ``path`` is the URL.
    """


class ExtractionError(NewsgraphError):
    """The extraction pipeline could not process an article."""


class GraphError(NewsgraphError):
    """A graph cannot be built, loaded or serialized."""


class QueryError(NewsgraphError):
    """A SPARQL query is malformed or failed."""


class ConfigError(NewsgraphError):
    """A setting or option is invalid (unknown language, missing model...)."""


class NewsgraphWarning(_Located, UserWarning):
    """Base class of newsgraph's warnings: the run goes on, but something was guessed.

    Like :class:`NewsgraphError`, its text starts with the file (and line) it is about.

    Examples:
        >>> str(LanguageWarning("built as 'en'", path="a.txt"))
        "a.txt: built as 'en'"
    """


class LanguageWarning(NewsgraphWarning):
    """An article's language was chosen by its script: the guess was uncertain or has no pipeline."""
