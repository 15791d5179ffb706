"""Hand-made gold annotations for one article, read from JSON.

A gold file describes what a perfect extractor finds in one article:

- ``article``: path of the article, relative to the gold file's parent's
  parent (``gold/X.json`` next to ``seed/X.txt``); ``language``, ``published``.
- ``entities``: ``key``, ``type`` (Country, Place, Organization, Person),
  ``en``/``ar`` labels, ``iso``, ``wikidata``, ``country`` (a key),
  ``mentions`` (every surface form that occurs in the text), ``in_teaser``.
- ``relations``: ``{"s", "p": "holdsPosition", "title_ar"/"title_en", "of"}``,
  ``{"s", "p": "memberOf"|"locatedIn", "o"}``.
- ``events``: ``key``, ``type``, ``cameo``, ``trigger_<lang>``, ``location``,
  ``country``, ``date``/``date_from`` (``YYYY``, ``YYYY-MM`` or
  ``YYYY-MM-DD``), ``participants``, ``agent``, ``target``, ``spokesperson``, ``part_of``,
  ``reported_at``, ``in_teaser``. Any field whose value is an object with a
  ``value`` is a number: with a ``currency`` it is an amount (``amount``),
  otherwise a quantity (``quantity``, ``attendance``, ``members``...).

``not_annotated`` lists kinds of fact the file leaves out on purpose, so
they are not scored either way: ``"former_positions"`` (the French gold does
not annotate former positions, tests/data/gold/GUIDELINES.md, "French").

Facts marked ``in_teaser`` come from a "see also" teaser of another article;
:meth:`Gold.without_teaser` drops them together with everything that refers
to a dropped entity.

Examples:
    >>> g = gold_from_dict({"article": "a.txt", "language": "en", "entities": [
    ...     {"key": "ma", "type": "Country", "mentions": ["Morocco"]},
    ...     {"key": "fr", "type": "Country", "mentions": ["France"], "in_teaser": True}]})
    >>> [e.type for e in g.entities], len(g.without_teaser().entities)
    (['COUNTRY', 'COUNTRY'], 1)
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from newsgraph.errors import InputError
from newsgraph.evaluate.offsets import decode_gold, is_encoded
from newsgraph.extract.officials.status import position_status
from newsgraph.types import Label

__all__ = [
    "GOLD_TYPES",
    "GoldEntity",
    "GoldPosition",
    "GoldRelation",
    "GoldNumber",
    "GoldEvent",
    "Gold",
    "gold_from_dict",
    "load_gold",
]

#: Gold entity types and the extraction label each corresponds to.
GOLD_TYPES: dict[str, Label] = {
    "Country": "COUNTRY",
    "Place": "PLACE",
    "Organization": "ORGANIZATION",
    "Person": "PERSON",
}

# Event fields that are not numbers even when they hold an object.
_EVENT_FIELDS = {
    "key", "type", "cameo", "plover", "location", "country", "date", "date_from",
    "participants", "agent", "target", "spokesperson", "part_of", "reported_at", "in_teaser",
}  # fmt: skip


@dataclass(frozen=True)
class GoldEntity:
    """A gold entity; ``type`` is already an extraction label (``COUNTRY``...)."""

    key: str
    type: Label
    mentions: tuple[str, ...]
    labels: dict[str, str] = field(default_factory=dict)
    iso: str | None = None
    wikidata: str | None = None
    country: str | None = None
    in_teaser: bool = False


@dataclass(frozen=True)
class GoldPosition:
    """``person`` holds the position ``titles`` (by language) of ``of``."""

    person: str
    titles: dict[str, str]
    of: str | None
    in_teaser: bool = False
    #: "former" or "acting" (the gold's ``"former": true``, or the title's own status words; ``titles``
    #: no longer holds "former" words: titles are compared as the extraction writes them)
    status: str | None = None


@dataclass(frozen=True)
class GoldRelation:
    """``subject`` ``predicate`` (memberOf, locatedIn) ``object``, as entity keys."""

    subject: str
    predicate: str
    object: str
    in_teaser: bool = False


@dataclass(frozen=True)
class GoldNumber:
    """An amount of money (``currency`` set) or a quantity (``unit``, ``qualifier``)."""

    name: str
    value: Decimal
    currency: str | None = None
    qualifier: str | None = None
    unit: str | None = None


@dataclass(frozen=True)
class GoldEvent:
    """A gold event; entity references are gold entity keys."""

    key: str
    type: str
    cameo: str | None = None
    triggers: dict[str, str] = field(default_factory=dict)
    location: str | None = None
    country: str | None = None
    date: str | None = None
    date_from: str | None = None
    agent: tuple[str, ...] = ()
    participants: tuple[str, ...] = ()
    spokesperson: tuple[str, ...] = ()
    target: tuple[str, ...] = ()
    amounts: tuple[GoldNumber, ...] = ()
    quantities: tuple[GoldNumber, ...] = ()
    part_of: str | None = None
    reported_at: str | None = None
    in_teaser: bool = False


@dataclass(frozen=True)
class Gold:
    """The gold of one article."""

    path: Path | None
    article: Path | None
    language: str | None
    published: date | None
    entities: tuple[GoldEntity, ...] = ()
    positions: tuple[GoldPosition, ...] = ()
    relations: tuple[GoldRelation, ...] = ()
    events: tuple[GoldEvent, ...] = ()
    #: kinds of fact the annotators left out on purpose (``"former_positions"``)
    not_annotated: frozenset[str] = frozenset()

    def entity(self, key: str) -> GoldEntity | None:
        """The entity with ``key``, or None."""
        for ent in self.entities:
            if ent.key == key:
                return ent
        return None

    def without_teaser(self) -> Gold:
        """A copy without teaser facts, nor facts about teaser-only entities."""
        ents = tuple(e for e in self.entities if not e.in_teaser)
        keys = {e.key for e in ents}

        def ok(*refs: str | None) -> bool:
            return all(r is None or r in keys for r in refs)

        return replace(
            self,
            entities=ents,
            positions=tuple(p for p in self.positions if not p.in_teaser and ok(p.person, p.of)),
            relations=tuple(r for r in self.relations if not r.in_teaser and ok(r.subject, r.object)),
            events=tuple(e for e in self.events if not e.in_teaser),
        )


def _titles_and_status(raw: dict[str, Any]) -> tuple[dict[str, str], str | None]:
    """A gold position's titles by language without their "former" words, and its status.

    Examples:
        >>> _titles_and_status({"title_en": "Ex-Prime Minister", "title_ar": "رئيس الوزراء"})
        ({'en': 'Prime Minister', 'ar': 'رئيس الوزراء'}, 'former')
    """
    titles: dict[str, str] = {}
    status = "former" if raw.get("former") else None
    for key, value in raw.items():
        if key.startswith("title_") and isinstance(value, str):
            lang = key[len("title_") :]
            titles[lang], found = position_status(value, lang, value, None, None, 0, 0)
            status = status or found
    return titles, status


def _tuple(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(str(v) for v in value)


def _number(name: str, raw: dict[str, Any], where: str) -> GoldNumber:
    try:
        value = Decimal(str(raw["value"]))
    except (InvalidOperation, KeyError) as exc:
        raise InputError(f"event field {name!r}: 'value' is not a number", path=where) from exc
    return GoldNumber(
        name=name,
        value=value,
        currency=raw.get("currency"),
        qualifier=raw.get("qualifier"),
        unit=raw.get("unit"),
    )


def _event(raw: dict[str, Any], where: str) -> GoldEvent:
    amounts: list[GoldNumber] = []
    quantities: list[GoldNumber] = []
    for name, value in raw.items():
        if name in _EVENT_FIELDS or not isinstance(value, dict) or "value" not in value:
            continue
        num = _number(name, value, where)
        (amounts if num.currency else quantities).append(num)
    triggers = {k[len("trigger_") :]: v for k, v in raw.items() if k.startswith("trigger_")}
    return GoldEvent(
        key=str(raw.get("key", "")),
        type=str(raw["type"]),
        cameo=raw.get("cameo"),
        triggers=triggers,
        location=raw.get("location"),
        country=raw.get("country"),
        date=raw.get("date"),
        date_from=raw.get("date_from"),
        agent=_tuple(raw.get("agent")),
        participants=_tuple(raw.get("participants")),
        spokesperson=_tuple(raw.get("spokesperson")),
        target=_tuple(raw.get("target")),
        amounts=tuple(amounts),
        quantities=tuple(quantities),
        part_of=raw.get("part_of"),
        reported_at=raw.get("reported_at"),
        in_teaser=bool(raw.get("in_teaser", False)),
    )


def _check_refs(gold: Gold, where: str) -> None:
    keys = {e.key for e in gold.entities}
    refs: list[tuple[str, str | None]] = []
    for p in gold.positions:
        refs += [("holdsPosition", p.person), ("holdsPosition", p.of)]
    for r in gold.relations:
        refs += [(r.predicate, r.subject), (r.predicate, r.object)]
    for e in gold.events:
        for k in (e.location, e.country, *e.agent, *e.participants, *e.spokesperson, *e.target):
            refs.append((f"event {e.key!r}", k))
    for what, key in refs:
        if key is not None and key not in keys:
            raise InputError(f"{what} refers to unknown entity key {key!r}", path=where)


#: the kinds of fact a gold file may declare it leaves out (``not_annotated``)
NOT_ANNOTATED_KINDS = frozenset({"former_positions"})


def _not_annotated(raw: Any, where: str) -> frozenset[str]:
    """The kinds of fact a gold file's ``not_annotated`` (one kind or a list of them) declares left out;
    anything but a kind of :data:`NOT_ANNOTATED_KINDS` is an :class:`InputError`."""
    items = raw if isinstance(raw, list) else [raw]
    unknown = [k for k in items if not isinstance(k, str) or k not in NOT_ANNOTATED_KINDS]
    if unknown:
        raise InputError(
            f"not_annotated: unknown kind(s) {', '.join(sorted(map(repr, unknown)))} "
            f"(expected {', '.join(sorted(NOT_ANNOTATED_KINDS))})",
            path=where,
        )
    return frozenset(items)


def gold_from_dict(data: dict[str, Any], path: str | Path | None = None) -> Gold:
    """Build a :class:`Gold` from the parsed JSON of a gold file.

    Args:
        data: the parsed JSON object.
        path: the gold file, for error messages and to resolve ``article``.

    Raises:
        InputError: on a missing field, an unknown entity type or a reference
            to an entity key that is not defined.
    """
    where = str(path) if path is not None else "<gold>"
    gold_path = Path(path) if path is not None else None
    try:
        entities = []
        for raw in data.get("entities", []):
            if raw["type"] not in GOLD_TYPES:
                raise InputError(
                    f"entity {raw.get('key')!r}: unknown type {raw['type']!r} "
                    f"(expected one of {', '.join(GOLD_TYPES)})",
                    path=where,
                )
            # Two-letter keys are labels by language code ("en", "ar"...).
            labels = {k: v for k, v in raw.items() if len(k) == 2 and isinstance(v, str) and v}
            entities.append(
                GoldEntity(
                    key=str(raw["key"]),
                    type=GOLD_TYPES[raw["type"]],
                    mentions=_tuple(raw.get("mentions")),
                    labels=labels,
                    iso=raw.get("iso"),
                    wikidata=raw.get("wikidata"),
                    country=raw.get("country"),
                    in_teaser=bool(raw.get("in_teaser", False)),
                )
            )
        positions, relations = [], []
        for raw in data.get("relations", []):
            teaser = bool(raw.get("in_teaser", False))
            if raw["p"] == "holdsPosition":
                titles, status = _titles_and_status(raw)
                positions.append(GoldPosition(str(raw["s"]), titles, raw.get("of"), teaser, status))
            else:
                relations.append(GoldRelation(str(raw["s"]), str(raw["p"]), str(raw["o"]), teaser))
        events = [_event(raw, where) for raw in data.get("events", [])]
        published = date.fromisoformat(data["published"]) if data.get("published") else None
    except KeyError as exc:
        raise InputError(f"gold item lacks the field {exc.args[0]!r}", path=where) from exc
    except (TypeError, ValueError) as exc:
        raise InputError(f"malformed gold: {exc}", path=where) from exc
    article = data.get("article")
    article_path: Path | None = None
    if article:
        article_path = _article_base(data, gold_path) / article
    gold = Gold(
        path=gold_path,
        article=article_path,
        language=data.get("language"),
        published=published,
        entities=tuple(entities),
        positions=tuple(positions),
        relations=tuple(relations),
        events=tuple(events),
        not_annotated=_not_annotated(data.get("not_annotated", []), where),
    )
    _check_refs(gold, where)
    return gold


def shared_root(start: Path | None = None) -> Path:
    """The shared data folder: ``$NEWSGRAPH_SHARED``, else the nearest ``shared/``
    beside an ancestor of ``start`` (the checkout's ``../shared``).

    Raises:
        InputError: when no such folder exists.
    """
    env = os.environ.get("NEWSGRAPH_SHARED")
    if env:
        return Path(env)
    here = (start or Path.cwd()).resolve()
    for parent in (here, *here.parents):
        if (parent / "shared").is_dir():
            return parent / "shared"
    raise InputError("cannot find the shared data folder; set NEWSGRAPH_SHARED", path=str(here))


def _article_base(data: dict[str, Any], gold_path: Path | None) -> Path:
    """Where ``article`` is relative to: the shared folder for ``"article_root": "shared"``,
    else the gold file's parent's parent."""
    if data.get("article_root") == "shared":
        return shared_root(gold_path.parent if gold_path is not None else None)
    return gold_path.resolve().parent.parent if gold_path is not None else Path()


def load_gold(path: str | Path, *, include_teaser: bool = True) -> Gold:
    """Read a gold JSON file.

    Args:
        path: the gold file.
        include_teaser: keep facts marked ``in_teaser``; False drops them
            (see :meth:`Gold.without_teaser`).

    Raises:
        InputError: when the file is missing, is not JSON or is malformed.
    """
    p = Path(path)
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InputError(f"cannot read gold file: {exc.strerror}", path=str(p)) from exc
    except json.JSONDecodeError as exc:
        raise InputError(f"not valid JSON: {exc.msg}", path=str(p), line=exc.lineno) from exc
    if not isinstance(data, dict):
        raise InputError("a gold file holds one JSON object", path=str(p))
    if is_encoded(data):
        # Offsets into the article's raw text (see newsgraph.evaluate.offsets).
        article = _article_base(data, p) / str(data.get("article", ""))
        try:
            text = article.read_bytes().decode("utf-8-sig")
        except OSError as exc:
            raise InputError(f"the gold's article cannot be read: {article}", path=str(p)) from exc
        data = decode_gold(data, text)
    gold = gold_from_dict(data, p)
    return gold if include_teaser else gold.without_teaser()
