"""Minting IRIs: every node of the graph gets its IRI from a function here.

IRIs are built from ids (entity ids, article ids, event ids), never from raw
mention text. Characters that IRIs forbid are percent-encoded; letters of any
script are kept, so Arabic ids stay readable. :mod:`newsgraph.graph.ns`
re-exports these functions next to the vocabulary.

Examples:
    >>> iri("country/MA")
    rdflib.term.URIRef('https://w3id.org/newsgraph/id/country/MA')
    >>> str(iri("person/ناصر بوريطة"))
    'https://w3id.org/newsgraph/id/person/ناصر%20بوريطة'
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache

from rdflib import URIRef

from newsgraph.errors import GraphError

__all__ = ["DEFAULT_BASE", "iri", "article_iri", "graph_iri", "event_iri", "amount_iri", "quantity_iri",
           "position_iri", "position_prefix", "geometry_iri"]

#: Base under which instance IRIs are minted unless a caller gives another.
DEFAULT_BASE = "https://w3id.org/newsgraph/id/"


# IRI path characters (RFC 3987 ipchar minus '%'), plus '/' between segments.
_ASCII_SAFE = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&'()*+,;=:@")
# RFC 3987 ucschar ranges: letters of every script are allowed as they are.
_UCSCHAR = (
    (0xA0, 0xD7FF), (0xF900, 0xFDCF), (0xFDF0, 0xFFEF), (0x10000, 0x1FFFD), (0x20000, 0x2FFFD),
    (0x30000, 0x3FFFD), (0x40000, 0x4FFFD), (0x50000, 0x5FFFD), (0x60000, 0x6FFFD), (0x70000, 0x7FFFD),
    (0x80000, 0x8FFFD), (0x90000, 0x9FFFD), (0xA0000, 0xAFFFD), (0xB0000, 0xBFFFD), (0xC0000, 0xCFFFD),
    (0xD0000, 0xDFFFD), (0xE1000, 0xEFFFD),
)
# Bidirectional formatting characters, which RFC 3987 section 4.1 forbids in IRIs.
_BIDI = frozenset(chr(c) for c in (0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)))


def _allowed(ch: str, keep_slash: bool) -> bool:
    if ch in _ASCII_SAFE or (keep_slash and ch == "/"):
        return True
    if ch in _BIDI:
        return False
    code = ord(ch)
    return any(lo <= code <= hi for lo, hi in _UCSCHAR)


@lru_cache(maxsize=65536)
def _encode(text: str, keep_slash: bool = True) -> str:
    """Percent-encode the characters of ``text`` that an IRI path cannot hold."""
    return "".join(
        ch if _allowed(ch, keep_slash) else "".join(f"%{b:02X}" for b in ch.encode("utf-8")) for ch in text
    )


@lru_cache(maxsize=64)
def _check_base(base: str) -> str:
    if not re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", base) or not base.endswith(("/", "#")):
        raise GraphError(f"IRI base {base!r} must be an absolute IRI ending in '/' or '#'")
    return base


@lru_cache(maxsize=65536)
def iri(entity_id: str, base: str = DEFAULT_BASE) -> URIRef:
    """Mint the IRI of an entity from its id.

    Args:
        entity_id: a stable id such as ``"country/MA"`` or ``"place/gn-2542997"``.
        base: the IRI that ids are resolved against; must end in ``/`` or ``#``.

    Raises:
        GraphError: when the id is empty or the base is not an absolute IRI.

    Examples:
        >>> iri("org/nato", base="http://example.org/")
        rdflib.term.URIRef('http://example.org/org/nato')
        >>> str(iri("place/a b?c"))
        'https://w3id.org/newsgraph/id/place/a%20b%3Fc'
    """
    if not entity_id or not entity_id.strip("/"):
        raise GraphError("cannot mint an IRI from an empty entity id; give every entity an id")
    return URIRef(_check_base(base) + _encode(entity_id.strip("/")))


def article_iri(article_id: str, base: str = DEFAULT_BASE) -> URIRef:
    """IRI of an article node (slashes in the article id are encoded).

    Examples:
        >>> article_iri("a1")
        rdflib.term.URIRef('https://w3id.org/newsgraph/id/article/a1')
    """
    return _per_article("article/", article_id, base, "cannot mint an IRI for an article without an id")


def graph_iri(article_id: str, base: str = DEFAULT_BASE) -> URIRef:
    """Name of the named graph that holds one article's facts.

    Examples:
        >>> graph_iri("a1")
        rdflib.term.URIRef('https://w3id.org/newsgraph/id/graph/a1')
    """
    return _per_article("graph/", article_id, base, "cannot name the graph of an article without an id")


def _per_article(folder: str, article_id: str, base: str, problem: str) -> URIRef:
    """``base`` + ``folder`` + the article id with its slashes encoded; ``problem`` when it has no id."""
    if not article_id:
        raise GraphError(problem)
    return URIRef(_check_base(base) + folder + _encode(article_id, keep_slash=False))


def event_iri(article_id: str, event_id: str, base: str = DEFAULT_BASE) -> URIRef:
    """IRI of an event, unique by article and event id.

    Examples:
        >>> event_iri("a1", "e2")
        rdflib.term.URIRef('https://w3id.org/newsgraph/id/article/a1/event/e2')
    """
    if not event_id:
        raise GraphError(f"an event of article {article_id!r} has no id")
    return URIRef(f"{article_iri(article_id, base)}/event/{_encode(event_id, keep_slash=False)}")


def amount_iri(article_id: str, event_id: str, index: int, base: str = DEFAULT_BASE) -> URIRef:
    """IRI of the ``index``-th monetary amount of an event.

    Examples:
        >>> str(amount_iri("a1", "e2", 0)).rsplit("/", 4)[1:]
        ['event', 'e2', 'amount', '0']
    """
    return URIRef(f"{event_iri(article_id, event_id, base)}/amount/{int(index)}")


def quantity_iri(article_id: str, event_id: str, index: int, base: str = DEFAULT_BASE) -> URIRef:
    """IRI of the ``index``-th quantity of an event.

    Examples:
        >>> str(quantity_iri("a1", "e2", 1)).endswith("/event/e2/quantity/1")
        True
    """
    return URIRef(f"{event_iri(article_id, event_id, base)}/quantity/{int(index)}")


def position_iri(person_id: str, title: str, of: str | None = None, base: str = DEFAULT_BASE) -> URIRef:
    """IRI of a position held by a person.

    The same person, title (whitespace- and case-normalised) and country or
    organization give the same IRI in every article. The title enters only
    as a short hash, so no raw text ends up in the IRI.

    Examples:
        >>> a = position_iri("person/x", "Foreign  Minister", "country/IT")
        >>> a == position_iri("person/x", "foreign minister", "country/IT")
        True
        >>> str(a).startswith("https://w3id.org/newsgraph/id/position/person/x/")
        True
    """
    key = " ".join(title.split()).casefold() + "\x1f" + (of or "")
    digest = hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]
    return URIRef(position_prefix(str(iri(person_id, base)), base) + digest)


def position_prefix(person: str, base: str = DEFAULT_BASE) -> str:
    """The start of the IRI of every position the person of IRI ``person`` holds (:func:`position_iri`).

    Examples:
        >>> position_prefix("https://w3id.org/newsgraph/id/person/x")
        'https://w3id.org/newsgraph/id/position/person/x/'
    """
    return f"{base}position/{person[len(base) :]}/"


def geometry_iri(entity_id: str, base: str = DEFAULT_BASE) -> URIRef:
    """IRI of the GeoSPARQL geometry (a point) of a place.

    Examples:
        >>> str(geometry_iri("place/gn-2542997"))
        'https://w3id.org/newsgraph/id/geometry/place/gn-2542997'
    """
    return URIRef(f"{_check_base(base)}geometry/{str(iri(entity_id, base))[len(base):]}")
