"""Score one extraction against its gold: entities, positions, relations, events.

:func:`score_extraction` returns :class:`~newsgraph.evaluate.scores.Scores`
with these kinds (entity rules in :mod:`newsgraph.evaluate.linking`, event
rules in :mod:`newsgraph.evaluate.events`):

- ``entities.mentions``, ``entities``, the ``linking`` and ``entities.one_node`` accuracies;
- ``positions`` (strict): a gold ``holdsPosition`` is matched by a predicted
  :class:`~newsgraph.types.Position` whose ``person`` stands for the gold
  person, whose ``of`` stands for the gold ``of`` (any ``of`` when the gold
  has none) and whose normalised title equals one of the gold titles
  (``title_ar``, ``title_en``...), both read without their nationality
  adjectives (:func:`bare_title`: the adjective is a form of the ``of``
  country, judged there); ``positions.title_overlap`` accepts a
  title that contains a gold title, or is contained in one, word-wise;
  ``positions.relaxed`` ignores the title. Predicted positions are first
  deduplicated on what the kind compares; matching is one-to-one, first fit.
  Titles are compared without "former" words ("former", «السابق»:
  :mod:`newsgraph.extract.officials.status`); the ``positions.status``
  accuracy judges the status of the relaxed pairs where either side has one.
  When the gold declares ``not_annotated: ["former_positions"]`` (the French
  gold), predicted former positions are set aside: neither hit nor spurious.
- ``memberOf`` and ``locatedIn``: (subject, object) pairs, one-to-one, the
  ids standing for the gold keys. ``locatedIn`` also takes each gold Place's
  ``country`` and each predicted PLACE entity's ``country``, so a fact kept
  on the entity counts the same as one stated as a relation.
- ``events``, ``events.<Type>``, ``event_roles``, ``event_roles.<role>``,
  ``event_roles.relaxed`` and the ``event.*`` accuracies.

Teaser facts (``in_teaser``) are dropped from the gold unless
``include_teaser`` is true; then pass the teaser stubs' extractions too.

Examples:
    >>> from newsgraph.evaluate.gold import gold_from_dict
    >>> from newsgraph.types import Article, Extraction, Mention
    >>> g = gold_from_dict({"entities": [
    ...     {"key": "ma", "type": "Country", "mentions": ["Morocco"]},
    ...     {"key": "it", "type": "Country", "mentions": ["Italy"]}]})
    >>> art = Article(id="a", title=None, text="Morocco and Rome")
    >>> ext = Extraction(art, mentions=(
    ...     Mention(0, 7, "Morocco", "COUNTRY", "country/MA", 0),
    ...     Mention(12, 16, "Rome", "PLACE", "place/rome", 0)))
    >>> s = score_extraction(g, ext)
    >>> s["entities.mentions"].tp, s["entities.mentions"].fp, s["entities.mentions"].fn
    (1, 1, 1)
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence

from newsgraph.evaluate.events import score_events
from newsgraph.evaluate.gold import Gold, GoldPosition
from newsgraph.evaluate.linking import Linker, Predicted, pool, score_entities
from newsgraph.evaluate.scores import Scores
from newsgraph.extract.ner_ar_names import is_demonym
from newsgraph.kb import load_kb
from newsgraph.text import normalize_key
from newsgraph.types import Extraction, Position

__all__ = ["bare_title", "score_extraction", "title_contains"]

_BASE_PREDICATES = ("memberOf", "locatedIn")


def title_contains(a: str, b: str) -> bool:
    """True when one normalised title contains the other as whole words.

    Examples:
        >>> title_contains("وزير الخارجية", "وزير الخارجية الإيطالي")
        True
        >>> title_contains("Foreign Minister", "Minister of Foreign Affairs")
        False
    """
    na, nb = normalize_key(a), normalize_key(b)
    if not na or not nb:
        return False
    return f" {na} " in f" {nb} " or f" {nb} " in f" {na} "


def bare_title(title: str, lang: str | None) -> str:
    """``title`` without the words the knowledge base reads first as a nationality adjective: the
    adjective names the position's country, which ``of`` judges, and annotators wrote it into the
    title in some files and not in others (tests/data/gold/GUIDELINES.md, "relations").

    Examples:
        >>> bare_title("الرئيس السوري", "ar"), bare_title("Moroccan Foreign Minister", "en")
        ('الرئيس', 'Foreign Minister')
        >>> bare_title("الأمريكي", "ar")
        'الأمريكي'
    """
    kb = load_kb()
    kept = [w for w in title.split() if not is_demonym(kb, w, lang)]
    return " ".join(kept) if kept else title


def _dedupe(items: Sequence[Position], key: Callable[[Position], Hashable]) -> list[Position]:
    seen: set[Hashable] = set()
    out = []
    for it in items:
        k = key(it)
        if k not in seen:
            seen.add(k)
            out.append(it)
    return out


def _score_positions(gold: Gold, pred: Predicted, linker: Linker, scores: Scores) -> None:
    def exact(gp: GoldPosition, pp: Position) -> bool:
        bare = normalize_key(bare_title(pp.title, gold.language))
        return bare in {normalize_key(bare_title(t, lang)) for lang, t in gp.titles.items()}

    def overlap(gp: GoldPosition, pp: Position) -> bool:
        return any(title_contains(t, pp.title) for t in gp.titles.values())

    def with_title(p: Position) -> Hashable:
        return (p.person, normalize_key(p.title), p.of)

    def without_title(p: Position) -> Hashable:
        return (p.person, p.of)

    kinds: list[tuple[str, Callable[[Position], Hashable], Callable[[GoldPosition, Position], bool]]] = [
        ("positions", with_title, exact),
        ("positions.title_overlap", with_title, overlap),
        ("positions.relaxed", without_title, lambda gp, pp: True),
    ]
    judged = [
        p for p in pred.positions if not (p.status == "former" and "former_positions" in gold.not_annotated)
    ]
    for kind, key, title_ok in kinds:
        counts = scores.kind(kind)
        preds = _dedupe(judged, key)
        used: set[int] = set()
        for gp in gold.positions:
            hit = next(
                (
                    i
                    for i, pp in enumerate(preds)
                    if i not in used
                    and linker.matches(gp.person, pp.person)
                    and (gp.of is None or linker.matches(gp.of, pp.of))
                    and title_ok(gp, pp)
                ),
                None,
            )
            title = next(iter(gp.titles.values()), "")
            if hit is None:
                counts.miss(f"{gp.person} {title!r} of {gp.of}")
            else:
                used.add(hit)
                counts.hit()
                if kind == "positions.relaxed" and (gp.status or preds[hit].status):
                    scores.acc("positions.status").judge(
                        gp.status == preds[hit].status, f"{gp.person} {gp.status} got {preds[hit].status}"
                    )
        for i, pp in enumerate(preds):
            if i not in used:
                counts.spurious(f"{pp.person} {pp.title!r} of {pp.of}")


def _score_relations(gold: Gold, pred: Predicted, linker: Linker, scores: Scores) -> None:
    keys = {e.key for e in gold.entities}
    gold_pairs: dict[str, list[tuple[str, str]]] = {p: [] for p in _BASE_PREDICATES}
    for r in gold.relations:
        gold_pairs.setdefault(r.predicate, []).append((r.subject, r.object))
    for ent in gold.entities:
        if ent.type == "PLACE" and ent.country in keys and ent.country is not None:
            if (ent.key, ent.country) not in gold_pairs["locatedIn"]:
                gold_pairs["locatedIn"].append((ent.key, ent.country))
    pred_pairs: dict[str, list[tuple[str, str]]] = {p: [] for p in gold_pairs}
    for rel in pred.relations:
        pairs = pred_pairs.setdefault(rel.predicate, [])
        if (rel.subject, rel.object) not in pairs:
            pairs.append((rel.subject, rel.object))
    for pent in pred.entities.values():
        if pent.type == "PLACE" and pent.country and (pent.id, pent.country) not in pred_pairs["locatedIn"]:
            pred_pairs["locatedIn"].append((pent.id, pent.country))

    for predicate in pred_pairs:
        counts = scores.kind(predicate)
        preds = pred_pairs[predicate]
        used: set[int] = set()
        for s, o in gold_pairs.get(predicate, []):
            hit = next(
                (
                    i
                    for i, (ps, po) in enumerate(preds)
                    if i not in used and linker.matches(s, ps) and linker.matches(o, po)
                ),
                None,
            )
            if hit is None:
                counts.miss(f"{s} {predicate} {o}")
            else:
                used.add(hit)
                counts.hit()
        for i, (ps, po) in enumerate(preds):
            if i not in used:
                counts.spurious(f"{ps} {predicate} {po}")


def score_extraction(
    gold: Gold, ext: Extraction | Sequence[Extraction], *, include_teaser: bool = False
) -> Scores:
    """Score an extraction against the gold of its article.

    Args:
        gold: the article's gold (see :func:`~newsgraph.evaluate.gold.load_gold`).
        ext: the extraction of the article, or a sequence of extractions
            (the article and its teaser stubs) whose predictions are pooled.
        include_teaser: keep the gold's teaser facts; by default they are
            dropped, so only the main article's extraction should be given.

    Returns:
        Scores by kind (see the module docstring), with the FP and FN items.
    """
    g = gold if include_teaser else gold.without_teaser()
    pred = pool(ext)
    linker = Linker(g, pred)
    scores = Scores()
    score_entities(g, pred, scores)
    _score_positions(g, pred, linker, scores)
    _score_relations(g, pred, linker, scores)
    score_events(g, pred, linker, scores)
    return scores
