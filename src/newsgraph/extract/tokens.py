"""Token attributes of a spaCy Doc as plain lists, each read in one pass.

The rules look at ``norm_``, ``text`` or ``is_sent_start`` of the same tokens
many times. Each such access through spaCy builds a :class:`~spacy.tokens.Token`
and looks its string up, and ``doc.text`` joins every token again: together
that was most of the rules' time. A :class:`TokenTable` reads an attribute for
the whole Doc at once (``Doc.to_array``) the first time it is asked for, and
the rules then index plain Python lists.

A table reflects the Doc when the attribute is first read, so
:meth:`TokenTable.of` builds a new one per call of a rule, unless the caller
declares (with :func:`shared_tables`) that the Docs' tokens do not change for
a while: then every rule reuses the table of the same Doc.

Examples:
    >>> import spacy
    >>> doc = spacy.blank("en")("Rabat hosts talks. Then Paris.")
    >>> table = TokenTable(doc)
    >>> table.text == doc.text, table.orth[:3], table.lower[0], table.idx[1]
    (True, ['Rabat', 'hosts', 'talks'], 'rabat', 6)
    >>> TokenTable.of(doc) is TokenTable.of(doc)
    False
    >>> with shared_tables():
    ...     TokenTable.of(doc) is TokenTable.of(doc)
    True
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cached_property
from typing import Protocol, TypeVar

from spacy.tokens import Doc, Token

__all__ = ["TokenTable", "mention_at", "shared_tables"]


class _Spanned(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def entity_id(self) -> str | None: ...


_S = TypeVar("_S", bound=_Spanned)


def mention_at(mentions: Sequence[_S], tok: Token) -> _S | None:
    """The linked mention (character offsets) that covers ``tok``, if any.

    Examples:
        >>> import spacy
        >>> from newsgraph.types import Mention
        >>> doc = spacy.blank("en")("Morocco met Italy.")
        >>> ms = [Mention(12, 17, "Italy", "COUNTRY", "country/IT", 0)]
        >>> mention_at(ms, doc[2]).entity_id, mention_at(ms, doc[0])
        ('country/IT', None)
    """
    for m in mentions:
        if m.start <= tok.idx < m.end and m.entity_id:
            return m
    return None

#: String hashes already looked up: the same words come back in every Doc.
_STRINGS: dict[int, str] = {}
_MAX_STRINGS = 1 << 18  # then start again: memory stays flat over any corpus

_SHARED: ContextVar[dict[int, tuple[Doc, TokenTable]] | None] = ContextVar(
    "newsgraph_token_tables", default=None
)


@contextmanager
def shared_tables() -> Iterator[None]:
    """Within this block :meth:`TokenTable.of` gives one table per Doc.

    Use it only where no token attribute (norms, sentence starts, the
    tokens themselves) changes; spans and entities may.
    """
    token = _SHARED.set({})
    try:
        yield
    finally:
        _SHARED.reset(token)


class TokenTable:
    """Per-token attributes of ``doc``, as lists indexed by token position."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc

    @classmethod
    def of(cls, doc: Doc) -> TokenTable:
        """The table of ``doc``: a new one, or the shared one inside :func:`shared_tables`."""
        shared = _SHARED.get()
        if shared is None:
            return cls(doc)
        found = shared.get(id(doc))
        if found is None or found[0] is not doc:
            found = shared[id(doc)] = (doc, cls(doc))
        return found[1]

    def _strings(self, attr: str) -> list[str]:
        if len(_STRINGS) > _MAX_STRINGS:
            _STRINGS.clear()
        strings = self.doc.vocab.strings
        out = []
        for key in self.doc.to_array(attr).tolist():
            value = _STRINGS.get(key)
            if value is None:
                value = _STRINGS[key] = strings[key]
            out.append(value)
        return out

    @cached_property
    def orth(self) -> list[str]:
        """``token.text``."""
        return self._strings("ORTH")

    @cached_property
    def norm(self) -> list[str]:
        """``token.norm_``."""
        return self._strings("NORM")

    @cached_property
    def lower(self) -> list[str]:
        """``token.lower_``."""
        return self._strings("LOWER")

    @cached_property
    def lemma(self) -> list[str]:
        """``token.lemma_``."""
        return self._strings("LEMMA")

    @cached_property
    def idx(self) -> list[int]:
        """``token.idx``: the character offset of the token in ``doc.text``."""
        return [int(x) for x in self.doc.to_array("IDX").tolist()]

    @cached_property
    def sent_start(self) -> list[bool]:
        """``bool(token.is_sent_start)``: True where a sentence starts."""
        return [x == 1 for x in self.doc.to_array("SENT_START").tolist()]  # -1 comes as 2**64 - 1

    @cached_property
    def is_punct(self) -> list[bool]:
        """``token.is_punct``."""
        return [bool(x) for x in self.doc.to_array("IS_PUNCT").tolist()]

    @cached_property
    def is_quote(self) -> list[bool]:
        """``token.is_quote``."""
        return [bool(x) for x in self.doc.to_array("IS_QUOTE").tolist()]

    @cached_property
    def text(self) -> str:
        """``doc.text``."""
        space = self.doc.to_array("SPACY").tolist()
        return "".join([t + " " if s else t for t, s in zip(self.orth, space, strict=True)])
