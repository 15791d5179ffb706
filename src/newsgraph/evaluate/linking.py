"""Entity scores, and the map from gold entity keys to predicted entity ids.

Rules (all string comparisons on :func:`~newsgraph.text.normalize_key`):

- **Surface forms.** Gold items are the distinct (form, type) pairs of every
  gold entity's ``mentions``; predicted items the distinct (mention text,
  label) pairs of every predicted mention. Each distinct pair counts once,
  however often it occurs.
- **Entities.** A gold entity is found when any of its (form, type) pairs is
  predicted (TP, else FN). A predicted entity (the mentions sharing one
  ``entity_id``; an unlinked mention stands alone) is spurious (FP) when
  none of its (text, label) pairs is a gold pair. Splitting one gold entity
  into two predicted ids is not an FP here: linking consistency catches it.
- **Linking consistency.** Among gold entities with at least one found form
  (any label), the share whose found mentions all carry one and the same
  non-null ``entity_id`` that no other gold entity's found mentions carry.
  Forms shared by two gold entities are left out of this check.
- **One node per thing** (``entities.one_node``, issue 16's "0 duplicate
  nodes for one real thing within an article"): among the same gold
  entities, the share whose found mentions carry at most one ``entity_id``.
  A failure is a thing split into several nodes; unlinked mentions and ids
  shared with another gold entity are judged by linking consistency only.
- **Gold key → predicted ids** (used for positions, relations and events):
  a predicted id stands for gold entity ``k`` when one of its mentions'
  text, or one of its entity's labels or aliases, equals one of ``k``'s
  forms or labels (``en``, ``ar``...), or its ``external_ids`` has
  ``iso3166`` equal to ``k``'s ``iso`` or ``wikidata`` equal to ``k``'s.
  Several ids may stand for one key.

Examples:
    >>> from newsgraph.evaluate.gold import gold_from_dict
    >>> from newsgraph.types import Article, Extraction, Mention
    >>> g = gold_from_dict({"entities": [
    ...     {"key": "ma", "type": "Country", "mentions": ["Morocco"]}]})
    >>> art = Article(id="a", title=None, text="Morocco")
    >>> ext = Extraction(art, mentions=(Mention(0, 7, "Morocco", "COUNTRY", "country/MA", 0),))
    >>> Linker(g, pool(ext)).ids("ma")
    {'country/MA'}
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from newsgraph.evaluate.gold import Gold
from newsgraph.evaluate.scores import Scores
from newsgraph.text import normalize_key
from newsgraph.types import Entity, Event, Extraction, Mention, Position, Relation

__all__ = ["Predicted", "pool", "Linker", "score_entities"]


@dataclass
class Predicted:
    """The predictions of one or more extractions, pooled.

    Event ids are prefixed with the extraction's index (``"1:e1"``) when
    several extractions are pooled, so they stay unique.
    """

    mentions: list[Mention] = field(default_factory=list)
    entities: dict[str, Entity] = field(default_factory=dict)
    positions: list[Position] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)


def pool(ext: Extraction | Sequence[Extraction]) -> Predicted:
    """Pool one extraction, or several (an article and its teaser stubs)."""
    exts = [ext] if isinstance(ext, Extraction) else list(ext)
    out = Predicted()
    for i, e in enumerate(exts):
        out.mentions.extend(e.mentions)
        for ent in e.entities:
            out.entities.setdefault(ent.id, ent)
        out.positions.extend(e.positions)
        out.relations.extend(e.relations)
        if len(exts) == 1:
            out.events.extend(e.events)
        else:
            out.events.extend(replace(ev, id=f"{i}:{ev.id}") for ev in e.events)
    return out


class Linker:
    """Which predicted entity ids stand for which gold entity keys.

    Args:
        gold: the gold (already filtered for teasers as wanted).
        pred: the pooled predictions.
    """

    def __init__(self, gold: Gold, pred: Predicted) -> None:
        by_form: dict[str, set[str]] = defaultdict(set)
        for ent in gold.entities:
            for form in (*ent.mentions, *ent.labels.values()):
                if normalize_key(form):
                    by_form[normalize_key(form)].add(ent.key)
        self._ids: dict[str, set[str]] = defaultdict(set)
        for m in pred.mentions:
            if m.entity_id is not None:
                for key in by_form.get(normalize_key(m.text), ()):
                    self._ids[key].add(m.entity_id)
        for pent in pred.entities.values():
            names = [*pent.labels.values(), *(a for al in pent.aliases.values() for a in al)]
            for name in names:
                for key in by_form.get(normalize_key(name), ()):
                    self._ids[key].add(pent.id)
            iso = (pent.external_ids.get("iso3166") or "").upper()
            qid = pent.external_ids.get("wikidata") or ""
            for gent in gold.entities:
                if (iso and (gent.iso or "").upper() == iso) or (qid and gent.wikidata == qid):
                    self._ids[gent.key].add(pent.id)

    def ids(self, key: str | None) -> set[str]:
        """The predicted ids standing for gold ``key`` (empty when none)."""
        return set(self._ids.get(key, ())) if key is not None else set()

    def matches(self, key: str | None, pred_id: str | None) -> bool:
        """True when ``pred_id`` stands for gold ``key``."""
        return key is not None and pred_id is not None and pred_id in self._ids.get(key, ())

    def keys(self, pred_id: str | None) -> list[str]:
        """The gold keys ``pred_id`` stands for, sorted (to name FP items)."""
        return sorted(k for k, ids in self._ids.items() if pred_id in ids)


def score_entities(gold: Gold, pred: Predicted, scores: Scores) -> None:
    """Add ``entities.mentions`` (also per type, ``entities.mentions.COUNTRY`` ...),
    ``entities`` and the ``linking`` accuracy to ``scores``."""
    gold_pairs: dict[tuple[str, str], str] = {}
    for ent in gold.entities:
        for form in ent.mentions:
            gold_pairs.setdefault((normalize_key(form), ent.type), form)
    pred_pairs: dict[tuple[str, str], str] = {}
    for m in pred.mentions:
        if m.kind != "description":  # "the minister" is not a name form (GUIDELINES.md)
            pred_pairs.setdefault((normalize_key(m.text), m.label), m.text)

    forms = scores.kind("entities.mentions")
    for pair, raw in gold_pairs.items():
        by_type = scores.kind(f"entities.mentions.{pair[1]}")
        if pair in pred_pairs:
            forms.hit()
            by_type.hit()
        else:
            forms.miss(f"{raw}/{pair[1]}")
            by_type.miss(f"{raw}/{pair[1]}")
    for pair, raw in pred_pairs.items():
        if pair not in gold_pairs:
            forms.spurious(f"{raw}/{pair[1]}")
            scores.kind(f"entities.mentions.{pair[1]}").spurious(f"{raw}/{pair[1]}")

    ents = scores.kind("entities")
    for ent in gold.entities:
        if any((normalize_key(f), ent.type) in pred_pairs for f in ent.mentions):
            ents.hit()
        else:
            ents.miss(f"{ent.key}/{ent.type}")
    groups: dict[str, list[Mention]] = defaultdict(list)
    for m in pred.mentions:
        gid = m.entity_id if m.entity_id is not None else f"(unlinked) {normalize_key(m.text)}/{m.label}"
        groups[gid].append(m)
    for gid, ms in groups.items():
        if not any((normalize_key(m.text), m.label) in gold_pairs for m in ms):
            ents.spurious(f"{gid} {ms[0].text!r}")

    _score_linking(gold, pred, scores)


def _score_linking(gold: Gold, pred: Predicted, scores: Scores) -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for ent in gold.entities:
        for form in ent.mentions:
            owners[normalize_key(form)].add(ent.key)
    by_text: dict[str, list[str | None]] = defaultdict(list)
    for m in pred.mentions:
        by_text[normalize_key(m.text)].append(m.entity_id)
    found: dict[str, set[str | None]] = {}
    for ent in gold.entities:
        ids: set[str | None] = set()
        for form in {normalize_key(f) for f in ent.mentions}:
            if len(owners[form]) == 1 and form in by_text:
                ids.update(by_text[form])
        if ids:
            found[ent.key] = ids
    acc = scores.acc("linking")
    one_node = scores.acc("entities.one_node")
    for key, ids in found.items():
        others = set().union(*(v for k, v in found.items() if k != key))
        ok = len(ids) == 1 and None not in ids and not (ids & others)
        acc.judge(ok, f"{key} -> {sorted(str(i) for i in ids)}")
        nodes = sorted(i for i in ids if i is not None)
        one_node.judge(len(nodes) <= 1, f"{key} -> {nodes}")
