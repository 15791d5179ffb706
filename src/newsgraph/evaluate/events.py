"""Event scores: one-to-one matching by type, then roles and attributes.

**Matching.** Gold and predicted events of the same type (compared
case-insensitively) are paired one-to-one, greedily: among all same-type
pairs, the one with the most shared relaxed role triples (see below) goes
first, ties broken by trigger word overlap (Jaccard on normalised words of
any ``trigger_<lang>`` and the predicted trigger), then by date agreement,
then by gold and predicted order. Kind ``events`` counts matched pairs (TP),
unmatched predicted (FP) and unmatched gold (FN) events; ``events.<Type>``
the same per gold type.

**Roles.** Triples (event, role, entity) for roles ``agent``,
``participant``, ``target``, ``spokesperson`` and ``location``. Gold
``participants`` is role ``participant``; the predicted role
``participants`` is read as ``participant``, and ``beneficiary`` /
``recipient`` (an aid pledge's receiver) as ``target``; ``Event.location``
is role ``location``; other predicted roles are not judged. A gold triple is found when the paired
predicted event has an unused id standing for its entity in the same role
(see :class:`~newsgraph.evaluate.linking.Linker`). Triples of unmatched
events are all FN (gold) or FP (predicted). Kind ``event_roles`` is strict,
``event_roles.<role>`` splits it by role, and ``event_roles.relaxed`` merges
``agent`` and ``participant`` into one ``participation`` role and accepts
the gold event's ``country`` as its location too. ``event_roles.core`` is the
strict score over ``agent``, ``target``, ``participant`` and ``location`` only
(no spokesperson): who did what to whom, where.

**Fragmentation.** ``event.nodes_per_gold`` is, per article and per gold
event type, the number of predicted events of that type divided by the
number of gold events of that type (Attack and Bombing count as one type
family), pooled over the articles. 1.0 means one node per real event; a
report whose every sentence about one attack gives its own node scores high.

**Attributes** (accuracy over matched pairs whose gold states the value):
``event.date`` / ``event.date_from`` are right when the predicted value cut
to the gold's length (``YYYY``, ``YYYY-MM``...) equals it;
``event.date_day`` judges only gold dates given to the day, by that rule, and
``event.date_1day`` the same dates allowing one day either side; ``event.amount``
when a predicted amount has the same value and currency; ``event.quantity``
when a predicted quantity has the same value and qualifier (both absent
counts as equal); ``event.quantity_kind``, over gold quantities whose unit is
``killed``, ``injured``, ``arrested`` or ``missing``, when a predicted quantity
has the same value and that kind.

Examples:
    >>> _date_ok("2022-05", DateValue("2022-05-12", "day")), _date_ok("2022-05", None)
    (True, False)
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date

from newsgraph.evaluate.gold import Gold, GoldEvent, GoldNumber
from newsgraph.evaluate.linking import Linker, Predicted
from newsgraph.evaluate.scores import Counts, Scores
from newsgraph.text import normalize_key
from newsgraph.types import Amount, DateValue, Event

__all__ = ["ROLES", "CORE_ROLES", "score_events", "match_events", "fragmentation"]

#: The roles judged, in report order.
ROLES = ("agent", "participant", "target", "spokesperson", "location")
#: The roles of ``event_roles.core``.
CORE_ROLES = ("agent", "participant", "target", "location")
#: Gold quantity units that name a kind of count (``Amount.kind``): judged by ``event.quantity_kind``.
_COUNT_KINDS = frozenset({"killed", "injured", "arrested", "missing"})
#: Types counted as one family for fragmentation.
_FAMILY = {"bombing": "attack"}

RoleMap = dict[str, set[str]]


def _gold_roles(g: GoldEvent, relaxed: bool) -> RoleMap:
    roles: RoleMap = {
        "agent": set(g.agent),
        "participant": set(g.participants),
        "spokesperson": set(g.spokesperson),
        "target": set(g.target),
        "location": {g.location} if g.location else set(),
    }
    if relaxed:
        roles["participation"] = roles.pop("agent") | roles.pop("participant")
    return roles


def _pred_roles(p: Event, relaxed: bool) -> RoleMap:
    roles: RoleMap = {
        "agent": set(p.roles.get("agent", ())),
        "participant": set(p.roles.get("participant", ())) | set(p.roles.get("participants", ()))
        | set(p.roles.get("attendee", ())),
        "spokesperson": set(p.roles.get("spokesperson", ())),
        "target": set(p.roles.get("target", ()))
        | set(p.roles.get("beneficiary", ()))
        | set(p.roles.get("recipient", ())),
        "location": {p.location} if p.location else set(),
    }
    if relaxed:
        roles["participation"] = roles.pop("agent") | roles.pop("participant")
    return roles


def _match_roles(
    g: GoldEvent, p: Event, linker: Linker, relaxed: bool
) -> tuple[list[tuple[str, str]], list[tuple[str, str]], int]:
    """(missed gold (role, key), spurious predicted (role, id), hits) of one pair."""
    groles, proles = _gold_roles(g, relaxed), _pred_roles(p, relaxed)
    missed: list[tuple[str, str]] = []
    spurious: list[tuple[str, str]] = []
    hits = 0
    for role, gkeys in groles.items():
        unused = set(proles.get(role, ()))
        for key in sorted(gkeys):
            accept = {key}
            if relaxed and role == "location" and g.country:
                accept.add(g.country)
            hit = next((i for i in sorted(unused) if any(linker.matches(k, i) for k in accept)), None)
            if hit is None:
                missed.append((role, key))
            else:
                unused.discard(hit)
                hits += 1
        spurious.extend((role, i) for i in sorted(unused))
    for role, ids in proles.items():
        if role not in groles:
            spurious.extend((role, i) for i in sorted(ids))
    return missed, spurious, hits


def _words(text: str) -> set[str]:
    return set(normalize_key(text).split())


def _trigger_overlap(g: GoldEvent, p: Event) -> float:
    pw = _words(p.trigger.text)
    best = 0.0
    for trig in g.triggers.values():
        gw = _words(trig)
        if gw and pw:
            best = max(best, len(gw & pw) / len(gw | pw))
    return best


def _date_ok(gold: str | None, pred: DateValue | None) -> bool:
    if gold is None or pred is None:
        return False
    return pred.value[: len(gold)] == gold


def match_events(
    gold: Iterable[GoldEvent], pred: Iterable[Event], linker: Linker
) -> list[tuple[GoldEvent, Event]]:
    """Pair gold and predicted events one-to-one (see module docstring)."""
    glist, plist = list(gold), list(pred)
    cands = []
    for gi, g in enumerate(glist):
        for pi, p in enumerate(plist):
            if g.type.casefold() != p.type.casefold():
                continue
            hits = _match_roles(g, p, linker, relaxed=True)[2]
            date = _date_ok(g.date, p.date)
            cands.append((-hits, -_trigger_overlap(g, p), not date, gi, pi))
    cands.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs: list[tuple[GoldEvent, Event]] = []
    for *_, gi, pi in cands:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((glist[gi], plist[pi]))
    return pairs


def _within_a_day(gold: str, pred: DateValue | None) -> bool:
    if pred is None or len(pred.value) < 10:
        return False
    try:
        return abs((date.fromisoformat(pred.value[:10]) - date.fromisoformat(gold)).days) <= 1
    except ValueError:
        return False


def _family(type_name: str) -> str:
    t = type_name.casefold()
    return _FAMILY.get(t, t)


def fragmentation(gold: Iterable[GoldEvent], pred: Iterable[Event]) -> tuple[int, int]:
    """(predicted events, gold events) over the type families the gold has.

    Examples:
        >>> from newsgraph.types import Span
        >>> g = [GoldEvent(key="a", type="Attack")]
        >>> p = [Event("e1", "Bombing", "18", Span(0, 1, "x")), Event("e2", "Attack", "18", Span(2, 3, "y")),
        ...      Event("e3", "Statement", "01", Span(4, 5, "z"))]
        >>> fragmentation(g, p)
        (2, 1)
    """
    families = [_family(g.type) for g in gold]
    return sum(_family(p.type) in families for p in pred), len(families)


def _label(p: Event) -> str:
    return f"{p.type}:{p.id} {p.trigger.text!r}"


def _score_numbers(
    gnums: tuple[GoldNumber, ...],
    pnums: tuple[Amount, ...],
    same: Callable[[GoldNumber, Amount], bool],
    item: str,
    scores: Scores,
    kind: str,
) -> None:
    for gn in gnums:
        ok = any(same(gn, pn) for pn in pnums)
        scores.acc(kind).judge(ok, f"{item} {gn.name}={gn.value} got {[str(a.value) for a in pnums]}")


def _same_amount(g: GoldNumber, p: Amount) -> bool:
    return p.value == g.value and (p.currency or "").upper() == (g.currency or "").upper()


def _same_count(g: GoldNumber, p: Amount) -> bool:
    return p.value == g.value and p.kind == g.unit


def _same_quantity(g: GoldNumber, p: Amount) -> bool:
    return p.value == g.value and (p.qualifier or None) == (g.qualifier or None)


def score_events(gold: Gold, pred: Predicted, linker: Linker, scores: Scores) -> None:
    """Add the event kinds and attribute accuracies to ``scores`` (a fresh :class:`Scores`)."""
    pairs = match_events(gold.events, pred.events, linker)
    matched_g = {id(g) for g, _ in pairs}
    matched_p = {id(p) for _, p in pairs}
    ev = scores.kind("events")
    for g in gold.events:
        per_type = scores.kind(f"events.{g.type}")
        if id(g) in matched_g:
            ev.hit()
            per_type.hit()
        else:
            ev.miss(f"{g.type}:{g.key}")
            per_type.miss(f"{g.type}:{g.key}")
    type_names = {g.type.casefold(): g.type for g in gold.events}
    for p in pred.events:
        if id(p) not in matched_p:
            ev.spurious(_label(p))
            scores.kind(f"events.{type_names.get(p.type.casefold(), p.type)}").spurious(_label(p))

    nodes, golds = fragmentation(gold.events, pred.events)
    frag = scores.acc("event.nodes_per_gold")
    frag.correct += nodes
    frag.total += golds

    core = scores.kind("event_roles.core")  # filled from the per-role counts below
    for relaxed, kind in ((False, "event_roles"), (True, "event_roles.relaxed")):
        counts = scores.kind(kind)
        by_role: dict[str, Counts] = {}
        if not relaxed:
            by_role = {r: scores.kind(f"event_roles.{r}") for r in ROLES}
        for g, p in pairs:
            missed, spurious, hits = _match_roles(g, p, linker, relaxed)
            counts.tp += hits
            for role, key in missed:
                counts.miss(f"{g.key}.{role}={key}")
            for role, pid in spurious:
                counts.spurious(f"{p.id}.{role}={pid}")
            for role, c in by_role.items():
                role_missed = [k for r, k in missed if r == role]
                role_spurious = [i for r, i in spurious if r == role]
                c.tp += len(_gold_roles(g, False)[role]) - len(role_missed)
                for key in role_missed:
                    c.miss(f"{g.key}.{role}={key}")
                for pid in role_spurious:
                    c.spurious(f"{p.id}.{role}={pid}")
        for g in gold.events:
            if id(g) not in matched_g:
                for role, keys in _gold_roles(g, relaxed).items():
                    for key in sorted(keys):
                        counts.miss(f"{g.key}.{role}={key}")
                        if role in by_role:
                            by_role[role].miss(f"{g.key}.{role}={key}")
        for p in pred.events:
            if id(p) not in matched_p:
                for role, ids in _pred_roles(p, relaxed).items():
                    for pid in sorted(ids):
                        counts.spurious(f"{p.id}.{role}={pid}")
                        if role in by_role:
                            by_role[role].spurious(f"{p.id}.{role}={pid}")
        if not relaxed:
            for role in CORE_ROLES:
                part = by_role[role]
                core.tp, core.fp, core.fn = core.tp + part.tp, core.fp + part.fp, core.fn + part.fn
                core.fp_items += part.fp_items
                core.fn_items += part.fn_items

    for g, p in pairs:
        item = f"{g.type}:{g.key}"
        if g.date is not None:
            scores.acc("event.date").judge(_date_ok(g.date, p.date), f"{item} {g.date} got {p.date}")
            if len(g.date) == 10:
                scores.acc("event.date_day").judge(_date_ok(g.date, p.date), f"{item} {g.date} got {p.date}")
                scores.acc("event.date_1day").judge(
                    _within_a_day(g.date, p.date), f"{item} {g.date} got {p.date}"
                )
        if g.date_from is not None:
            scores.acc("event.date_from").judge(
                _date_ok(g.date_from, p.date_from), f"{item} {g.date_from} got {p.date_from}"
            )
        _score_numbers(g.amounts, p.amounts, _same_amount, item, scores, "event.amount")
        _score_numbers(g.quantities, p.quantities, _same_quantity, item, scores, "event.quantity")
        typed = tuple(q for q in g.quantities if (q.unit or "") in _COUNT_KINDS)
        _score_numbers(typed, p.quantities, _same_count, item, scores, "event.quantity_kind")
