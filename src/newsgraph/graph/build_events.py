"""The triples of an article's events, written for :mod:`newsgraph.graph.build`: the event node with its
CAMEO type and labels, the report and evidence, roles, place, dates, amounts and related events."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import TYPE_CHECKING

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD

from newsgraph.errors import GraphError
from newsgraph.graph.ns import (
    CAMEO_ROOTS,
    NG,
    ROLES,
    amount_iri,
    event_iri,
    event_type_iri,
    event_type_labels,
    quantity_iri,
)
from newsgraph.graph.values import date_interval, date_literal, decimal_literal, number_text
from newsgraph.types import Amount, Event

if TYPE_CHECKING:  # pragma: no cover
    from newsgraph.graph.build import _Builder

__all__ = ["write_event"]

log = logging.getLogger("newsgraph.graph.build")

_SEPARATOR = {"ar": "، ", "fa": "، ", "ur": "، "}
_LABEL_LANGUAGES = ("en", "ar", "fr")


def _event_type(b: _Builder, ev: Event) -> str:
    try:
        event_type_iri(ev.type)
        return ev.type
    except GraphError:
        root = CAMEO_ROOTS.get((ev.cameo or "")[:2])
        if root is None:
            raise GraphError(
                f"event {ev.id!r} of article {b.art.id!r} has unknown type {ev.type!r} "
                "and no CAMEO code; use a type of newsgraph.graph.ns.EVENT_TYPES"
            ) from None
        log.warning("event type %r unknown; using CAMEO root %s", ev.type, root)
        return root

def _event_labels(b: _Builder, ev: Event, type_name: str) -> Iterable[Literal]:
    names = event_type_labels(type_name)
    for lang in _LABEL_LANGUAGES:
        parts = [names.get(lang) or names.get("en") or type_name]
        if ev.location:
            place = b.entity_label(ev.location, lang)
            if place:
                parts.append(place)
        if ev.date is not None:
            parts.append(ev.date.value)
        yield Literal(_SEPARATOR.get(lang, ", ").join(parts), lang=lang)

def _amount(b: _Builder, node: URIRef, amt: Amount, money: bool) -> None:
    b.add(node, RDF.type, NG.MonetaryAmount if money else NG.Quantity)
    b.add(node, NG.value, decimal_literal(amt.value))
    number = number_text(amt.value)
    if money:
        b.add(node, NG.currency, Literal(str(amt.currency).upper()))
        text = f"{number} {str(amt.currency).upper()}"
    else:
        if amt.unit:
            b.add(node, NG.unit, Literal(amt.unit))
        text = " ".join(x for x in (amt.qualifier, number, amt.unit) if x)
    if amt.qualifier:
        b.add(node, NG.qualifier, Literal(amt.qualifier))
    if amt.kind and not money:
        b.add(node, NG.quantityKind, Literal(amt.kind))
    b.add(node, RDFS.label, Literal(text, lang="en" if text.isascii() else b.lang))

def write_event(b: _Builder, ev: Event) -> None:
    """The triples of one event: type, labels, report, evidence, roles, place, dates, amounts, links."""
    aid, base = b.art.id, b.base
    node = event_iri(aid, ev.id, base)
    type_name = _event_type(b, ev)
    b.add(node, RDF.type, NG.Event)
    b.add(node, NG.eventType, event_type_iri(type_name))
    for label in _event_labels(b, ev, type_name):
        b.add(node, RDFS.label, label)
    b.add(node, NG.reportedIn, b.article)
    evidence = ev.evidence or b.sentence(ev.sentence)
    if evidence:
        b.add(node, NG.evidence, b.text(evidence))
    b.add(node, NG.sentenceIndex, Literal(ev.sentence))
    if ev.trigger.text:
        b.add(node, NG.trigger, b.text(ev.trigger.text))
    for role, holders in ev.roles.items():
        prop = ROLES.get(role)
        if prop is None:
            log.warning("role %r of event %r written as ng:participant", role, ev.id)
            prop = NG.participant
        for holder in holders:
            b.add(node, prop, b.node(holder))
    if ev.location:
        b.add(node, NG.location, b.node(ev.location))
        if ev.location_inferred:
            b.add(node, NG.locationInferred, Literal(True))
    if ev.date is not None:
        b.add(node, NG.date, date_literal(ev.date))
        first, last = date_interval(ev.date)
        b.add(node, NG.dateStart, Literal(first.isoformat(), datatype=XSD.date))
        b.add(node, NG.dateEnd, Literal(last.isoformat(), datatype=XSD.date))
    if ev.date_from is not None:
        b.add(node, NG.dateFrom, date_literal(ev.date_from))
    money = [a for a in ev.amounts if a.currency]
    for i, amt in enumerate(money):
        target = amount_iri(aid, ev.id, i, base)
        b.add(node, NG.amount, target)
        _amount(b, target, amt, money=True)
    # Amounts without a currency are counts, whatever list they came in.
    counts = [*ev.quantities, *(a for a in ev.amounts if not a.currency)]
    for i, amt in enumerate(counts):
        target = quantity_iri(aid, ev.id, i, base)
        b.add(node, NG.quantity, target)
        _amount(b, target, amt, money=False)
    for relation, other in ev.related:
        prop = NG.partOf if relation == "partOf" else NG.relatedEvent
        b.add(node, prop, event_iri(aid, other, base))
