"""Score cross-document, cross-lingual resolution on group files (the format of ``../shared/groups``).

:func:`score_groups` builds one graph per ``<group>.json`` from that file's articles
only (:func:`newsgraph.api.build_report`, resolved) and scores it as the groups
README's "How to score" says. A listed **thing** is *merged* when exactly one entity
node carries its forms, that node carries every form of the built languages it is
named in and no other thing's form; else *split* (several nodes), *partial* (one
node, forms missing), *absent* or *shared*. The **event** of a same-event group is
the best event node of its type or CAMEO root (a date that does not contradict the
group's first, then the most articles); it should be reported in every built article,
and its date and location are graded ``yes``, ``~`` (coarser date, a place inside),
``mixed`` (dates that disagree), ``no`` or ``-``. A **distractor** is *found* as a node
of its type and exact date in one of its articles, *merged* when that node is the
event's. In a **different-event set** a listed event is *found* as a node of its type
and exact date in its article; a *wrong merge* is a pair of events whose nodes (type,
a date containing theirs, reported in their article) coincide.

A node *carries* a form when one of its ``rdfs:label``/``skos:altLabel`` values (any
language tag) equals it after :func:`normalise_name`; an Arabic label also counts
without attached «و ف» + «ب ل ك» and with «لل…» read as «ال…», an English one without
a leading "the" or a trailing "'s" (:func:`label_keys`). Articles in a language without
event rules (French today: the API builds it with knowledge-base mentions only) are
left out, and each row says which and why.

Examples:
    >>> normalise_name("  الأُمَم المتحدة ") == normalise_name("الامم المتحده")
    True
    >>> normalise_name("الأمم المتحدة") in label_keys("وللأمم المتحدة")
    True
    >>> sorted(label_keys("the Saudi-led coalition"))
    ['saudi-led coalition', 'the saudi-led coalition']
"""

from __future__ import annotations

import json
import unicodedata
from collections import Counter
from collections.abc import Callable, Collection, Iterable
from dataclasses import asdict, dataclass, field
from itertools import combinations
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsgraph.errors import ConfigError, InputError, NewsgraphError
from newsgraph.graph.ns import CAMEO_ROOTS, EVENT_TYPES, article_iri

if TYPE_CHECKING:
    from newsgraph.graph import KnowledgeGraph

__all__ = ["GROUP_KINDS", "EventScore", "GroupRow", "ThingScore", "event_languages", "format_groups",
           "group_files", "label_keys", "normalise_name", "score_group", "score_groups"]  # fmt: skip

GROUP_KINDS = ("same_event", "different_events")
_FOLD = str.maketrans({"ى": "ي", "ة": "ه", "ٱ": "ا", "ـ": "", "’": "'", "‘": "'", "ʼ": "'", "–": "-"})
_CLITICS = ("وب", "ول", "وك", "فب", "فل", "فك", "و", "ف", "ب", "ل", "ك")
_STATUSES = ("merged", "split", "partial", "absent", "shared")
_ROOTS = {**{name: code for code, name in CAMEO_ROOTS.items()}, **EVENT_TYPES}


def normalise_name(text: str) -> str:
    """NFKC; no diacritics or tatweel; one alef, ya, ta marbuta, hamza seat; casefolded; spaces collapsed."""
    text = unicodedata.normalize("NFD", unicodedata.normalize("NFKC", text).translate(_FOLD))
    text = unicodedata.normalize("NFC", "".join(c for c in text if not unicodedata.combining(c)))
    return " ".join(text.casefold().split()).strip(" .,;:!?\"'«»()[]")


def label_keys(label: str) -> set[str]:
    """The normalised names a label stands for (see the module docstring)."""
    base = normalise_name(label)
    keys = {base, base[4:] if base.startswith("the ") else base, base[:-2] if base.endswith("'s") else base}
    if base and "\u0600" <= base[0] <= "\u06ff":
        keys.update(base[len(c) :] for c in _CLITICS if base.startswith(c) and len(base) - len(c) >= 2)
        keys.update("ال" + base[len(c) + 2 :] for c in ("", "و", "ف") if base.startswith(c + "لل"))
    return keys


def event_languages() -> tuple[str, ...]:
    """The languages the extractor has event rules (a trigger lexicon) for."""
    from newsgraph.extract.events.lexicons import load_triggers
    from newsgraph.extract.pipeline import SUPPORTED_LANGUAGES

    return tuple(lang for lang in SUPPORTED_LANGUAGES if load_triggers(lang))


def _load(path: Path) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return None
    return data if isinstance(data, dict) and data.get("kind") in GROUP_KINDS else None


def group_files(path: str | Path) -> list[Path]:
    """The group files at ``path`` (the file itself, or a folder's ``*.json``); ``[]`` when none."""
    p = Path(path)
    files = [p] if p.is_file() else sorted(p.glob("*.json")) if p.is_dir() else []
    return [f for f in files if _load(f) is not None]



@dataclass
class _EventNode:
    types: set[str] = field(default_factory=set)
    dates: set[str] = field(default_factory=set)
    locations: set[str] = field(default_factory=set)
    articles: set[str] = field(default_factory=set)

    def typed(self, spec: dict[str, Any]) -> bool:  # the spec's type, or its CAMEO root
        return any(t == spec.get("type") or _ROOTS.get(t) == spec.get("cameo", "?") for t in self.types)

    def contains(self, day: str) -> bool:  # a date of the node is the day, or its month or year
        return any(day.startswith(d) for d in self.dates)

    def agrees(self, day: str) -> bool:
        """No date, or ``day`` among its days; a node dated only to months or years, one that holds it.
        A node that also says «2015-07» is not the 22nd's when its days are the 20th and 21st."""
        days = [d for d in self.dates if len(d) == 10]
        if not days or len(day) != 10:
            return not self.dates or self.contains(day)
        return day in days


@dataclass
class _View:
    keys: dict[str, set[str]]
    classes: dict[str, str]
    events: dict[str, _EventNode]
    inside: dict[str, set[str]]

    def carriers(self, form: str) -> set[str]:
        key = normalise_name(form)
        return {n for n, ks in self.keys.items() if key in ks}

    def events_for(self, spec: dict[str, Any], articles: set[str], exact: bool) -> set[str]:
        day = str(spec.get("date"))
        return {e for e, n in self.events.items() if n.articles & articles and n.typed(spec)
                and (day in n.dates if exact else n.contains(day))}  # fmt: skip


def _rows(kg: Any, sparql: str) -> list[tuple[str, ...]]:
    return [tuple(str(v) for v in row) for row in kg.query(sparql)]


def _read(kg: KnowledgeGraph) -> _View:
    view = _View({}, {}, {}, {})
    classes = "ng:Person ng:Organization ng:Country ng:Place"
    q = f"SELECT ?n ?c ?l {{ VALUES ?c {{ {classes} }} ?n a ?c ; rdfs:label|skos:altLabel ?l }}"
    for n, c, label in _rows(kg, q):
        view.keys.setdefault(n, set()).update(label_keys(label))
        view.classes[n] = c.rsplit("#", 1)[-1]
    slots = {"eventType": "types", "date": "dates", "location": "locations", "reportedIn": "articles"}
    q = "SELECT ?e ?p ?o { VALUES ?p {ng:eventType ng:date ng:location ng:reportedIn} ?e a ng:Event; ?p ?o }"
    for e, p, o in _rows(kg, q):
        slot = slots[p.rsplit("#", 1)[-1]]
        value = o.rsplit("/", 1)[-1] if slot == "types" else o
        getattr(view.events.setdefault(e, _EventNode()), slot).add(value)
    for a, b in _rows(kg, "SELECT ?a ?b { ?a ng:locatedIn ?b }"):
        view.inside.setdefault(a, set()).add(b)
    return view



@dataclass
class ThingScore:
    """One listed thing: its status (merged, split, partial, absent, shared), nodes and uncarried forms."""

    key: str
    type: str
    status: str
    nodes: list[str]
    missing: list[str]
    type_ok: bool | None


@dataclass
class EventScore:
    """The group's event: its best node and the built articles it covers (and with an event of its type)."""

    one_node: bool
    nodes: int
    covered: int
    typed: int
    built: int
    date: str
    location: str
    node: str | None


@dataclass
class GroupRow:
    """What one group file scored; ``built`` maps article paths to IRIs, ``skipped`` to a reason."""

    group: str
    kind: str
    articles: int
    built: dict[str, str]
    skipped: dict[str, str]
    things: list[ThingScore] = field(default_factory=list)
    event: EventScore | None = None
    distractors: list[str] = field(default_factory=list)  # per distractor: absent, found or merged
    events_found: list[bool] = field(default_factory=list)
    pairs: int = 0
    wrong_merges: list[list[str]] = field(default_factory=list)

    def counts(self) -> Counter[str]:
        """The row's counts (totals are their sums)."""
        ev, c = self.event, Counter(t.status for t in self.things)
        c.update(articles=self.articles, built=len(self.built), pairs=self.pairs, things=len(self.things))
        c.update(events=len(self.events_found), found=sum(self.events_found), wrong=len(self.wrong_merges))
        c.update("distractor_" + d for d in self.distractors)
        if ev is not None:
            c.update({"same": 1, "one_node": ev.one_node, "nodes": ev.nodes, "covered": ev.covered,
                      "typed": ev.typed, "event_built": ev.built, "date_yes": ev.date == "yes",
                      "loc_yes": ev.location == "yes"})  # fmt: skip
        return c


def _things(spec: dict[str, Any], built: dict[str, str], langs: dict[str, str], view: _View) -> list[
        ThingScore]:  # fmt: skip
    scored: list[tuple[dict[str, Any], dict[str, set[str]]]] = []
    for thing in spec.get("things", []):
        want = sorted({langs.get(p, "") for p in thing.get("in", []) if p in built})
        forms = [f for lang in want for f in thing.get("forms", {}).get(lang, [])]
        if forms:
            scored.append((thing, {f: view.carriers(f) for f in forms}))
    owners = Counter(n for _, carried in scored for n in set[str]().union(*carried.values()))
    out = []
    for thing, carried in scored:
        nodes = sorted(set[str]().union(*carried.values()))
        missing = [f for f, ns in carried.items() if not ns]
        if len(nodes) != 1:
            status = "split" if nodes else "absent"
        else:
            status = "partial" if missing else "shared" if owners[nodes[0]] > 1 else "merged"
        type_ok = view.classes.get(nodes[0]) == thing.get("type") if len(nodes) == 1 else None
        out.append(ThingScore(str(thing["key"]), str(thing.get("type")), status, nodes, missing, type_ok))
    return out


def _grade_date(node: _EventNode, day: str) -> str:
    fits = [day.startswith(d) for d in node.dates]
    if not day or not fits or not any(fits):
        return "-" if not day or not fits else "no"
    return "mixed" if not all(fits) else "yes" if day in node.dates else "~"


def _grade_place(node: _EventNode, places: set[str], view: _View) -> str:
    if not places or not node.locations:
        return "-"
    around = set[str]().union(*(view.inside.get(n, set()) for n in node.locations))
    around |= set[str]().union(*(view.inside.get(n, set()) for n in around))
    return "yes" if node.locations & places else "~" if around & places else "no"


def _event(gold: dict[str, Any], articles: set[str], view: _View, things: dict[str, list[str]]) -> (
        EventScore):  # fmt: skip
    cands = {e: n for e, n in view.events.items() if n.typed(gold) and n.articles & articles}
    typed = len(articles & set[str]().union(*(n.articles for n in cands.values())))
    if not cands:
        return EventScore(False, 0, 0, typed, len(articles), "-", "-", None)
    day = str(gold.get("date") or "")

    def rank(item: tuple[str, _EventNode]) -> tuple[bool, int, bool, str]:
        e, n = item
        return n.agrees(day), len(n.articles & articles), day in n.dates, e

    best, node = max(cands.items(), key=rank)
    covered = len(node.articles & articles)
    places = set(things.get(gold.get("location") or "", []))
    return EventScore(covered == len(articles), len(cands), covered, typed, len(articles),
                      _grade_date(node, day), _grade_place(node, places, view), best)  # fmt: skip


def score_group(spec: dict[str, Any], kg: KnowledgeGraph, built: dict[str, str],
                skipped: dict[str, str], languages: dict[str, str]) -> GroupRow:  # fmt: skip
    """Score the graph built from a group file's articles; ``spec`` is the file's JSON, the dicts map
    its article paths to article IRIs (those built), to why not built, and to their language."""
    view = _read(kg)
    row = GroupRow(str(spec.get("group")), str(spec["kind"]), len(spec.get("articles", [])), built, skipped)
    row.things = _things(spec, built, languages, view)

    def arts(paths: Iterable[str]) -> set[str]:
        return {built[p] for p in paths if p in built}

    taken: set[str] = set()
    if row.kind == "same_event" and isinstance(spec.get("event"), dict):
        row.event = _event(spec["event"], arts(built), view, {t.key: t.nodes for t in row.things})
        taken = {row.event.node} if row.event.node else set()
    elif row.kind == "different_events":
        listed = [ev for ev in spec.get("events", []) if isinstance(ev, dict) and ev.get("article") in built]
        row.events_found = [bool(view.events_for(ev, arts([ev["article"]]), True)) for ev in listed]
        nodes = [view.events_for(ev, arts([ev["article"]]), False) for ev in listed]
        taken = set[str]().union(*nodes)
        row.pairs = len(listed) * (len(listed) - 1) // 2
        pairs = combinations(zip(listed, nodes, strict=True), 2)
        row.wrong_merges = [[a["article"], b["article"]] for (a, na), (b, nb) in pairs if na & nb]
    for dis in spec.get("distractors", []):
        found = view.events_for(dis, arts(dis.get("articles", [])), True)
        row.distractors.append("merged" if found & taken else "found" if found else "absent")
    return row


def _build(folder: Path, spec: dict[str, Any], model: str | None, languages: Collection[str], why: str) -> (
        tuple[KnowledgeGraph, dict[str, str], dict[str, str], dict[str, str]]):  # fmt: skip
    from newsgraph.api import build_report
    from newsgraph.io import read_file

    articles, main, skipped, langs = [], {}, {}, {}
    for rel in spec["articles"]:
        try:
            items = read_file(folder / rel)
        except NewsgraphError as err:
            items, skipped[rel] = [], f"unreadable: {err}"
        langs[rel] = lang = (items[0].language if items else None) or "und"
        if not items:
            skipped.setdefault(rel, "no article in the file")
        elif lang not in languages:
            skipped[rel] = f"{why} for language {lang!r}"
        else:
            main[rel] = items[0].id
            articles += items
    kg, report = build_report(articles, model=model, resolve=True)
    present = set(kg.articles())
    built = {rel: str(article_iri(aid, kg.base)) for rel, aid in main.items() if aid in present}
    for rel in sorted(main.keys() - built.keys()):
        errors = [str(e) for e in report.errors if Path(rel).name in str(e)]
        skipped[rel] = "build failed: " + (errors[0] if errors else "no graph")
    return kg, built, skipped, langs


def score_groups(
    path: str | Path,
    *,
    model: str | None = "auto",
    languages: Collection[str] | None = None,
    progress: Callable[[str], object] | None = None,
) -> list[GroupRow]:
    """Build and score every group file at ``path`` (a folder, or one file): one row per file.

    ``languages`` to build default to :func:`event_languages`; others are left out (``GroupRow.skipped``).

    Raises:
        InputError: when ``path`` holds no group file, or a file has no article list.
    """
    files = group_files(path)
    if not files:
        raise InputError("no group file (*.json of kind same_event or different_events)", path=str(path))
    langs = tuple(languages) if languages is not None else event_languages()
    rows = []
    for file in files:
        spec = _load(file) or {}
        if not isinstance(spec.get("articles"), list):
            raise InputError("a group file needs an 'articles' list", path=str(file))
        if progress is not None:
            progress(file.stem)
        why = "no event rules" if languages is None else "not asked"
        kg, built, skipped, article_langs = _build(file.parent, spec, model, langs, why)
        rows.append(score_group(spec, kg, built, skipped, article_langs))
    return rows


_HEAD = ("group", "built", "things merged", "split/part/abs/shared", "event 1 node", "nodes", "covered",
         "typed", "date", "loc", "distr merged", "found", "wrong merges")  # fmt: skip


def _cells(name: str, c: Counter[str], ev: EventScore | None) -> list[str]:
    def frac(k: str, n: str, show: bool = True) -> str:
        return f"{c[k]}/{c[n]}" if show else "-"

    same, near = c["same"] > 0, c["events"] > 0
    things = f"{frac('merged', 'things')} {100 * c['merged'] / c['things']:3.0f}%" if c["things"] else "-"
    found = c["distractor_found"] + c["distractor_merged"]
    if ev is not None:
        event = ["yes" if ev.one_node else "no", str(ev.nodes), f"{ev.covered}/{ev.built}",
                 f"{ev.typed}/{ev.built}", ev.date, ev.location]  # fmt: skip
    else:  # the totals, or a different-event set
        event = [frac("one_node", "same", same), str(c["nodes"]) if same else "-",
                 frac("covered", "event_built", same), frac("typed", "event_built", same),
                 frac("date_yes", "same", same), frac("loc_yes", "same", same)]  # fmt: skip
    return [
        name, frac("built", "articles"), things, "/".join(str(c[s]) for s in _STATUSES[1:]),
        *event, f"{c['distractor_merged']}/{found}" if found else "-",
        frac("found", "events", near), frac("wrong", "pairs", near),
    ]  # fmt: skip


def format_groups(rows: list[GroupRow], fmt: str = "table") -> str:
    """Render the rows as a table (a line per group, the totals, why articles were not built) or JSON.

    Raises:
        ConfigError: on an unknown ``fmt``.
    """
    total: Counter[str] = sum((r.counts() for r in rows), Counter())
    if fmt == "json":
        groups = [{**asdict(r), "counts": dict(r.counts())} for r in rows]
        data = {"groups": groups, "total": dict(sorted(total.items()))}
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    if fmt != "table":
        raise ConfigError(f"unknown report format {fmt!r}: use 'table' or 'json'")
    table = [list(_HEAD), *(_cells(r.group, r.counts(), r.event) for r in rows), _cells("total", total, None)]
    widths = [max(len(line[i]) for line in table) for i in range(len(_HEAD))]
    lines = ["  ".join([ln[0].ljust(widths[0]), *map(str.rjust, ln[1:], widths[1:])]) for ln in table]
    lines.insert(-1, "")
    why = Counter(reason for r in rows for reason in r.skipped.values())
    lines += ["", *(f"not built: {n} article(s), {reason}" for reason, n in sorted(why.items()))]
    return "\n".join(lines).rstrip() + "\n"
