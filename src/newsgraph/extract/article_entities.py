"""Building one article's mentions and entities: ids, overlaps, surfaces, the entity table.

:mod:`newsgraph.extract.article` runs the extraction steps; the helpers here keep
their results consistent:

- :class:`MentionBuilder` collects the mentions of one article, resolving
  overlaps (a later, better reading replaces the spans it covers), and mints
  ids for the entities the knowledge base does not know (:func:`mint_entity_id`);
- :func:`add_institutions` names state institutions by their canonical ids and
  :func:`resolve_of` gives an official's organization its id;
- :func:`collect_entities` builds the entity table from the mentions, positions,
  events and relations, with the aliases read in the article.

Examples:
    >>> mint_entity_id("ORGANIZATION", "The  Arab League")
    'org/the-arab-league'
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from newsgraph.extract.institutions import Institution
from newsgraph.extract.lexicon import title_vocabulary
from newsgraph.kb import KnowledgeBase
from newsgraph.text import clitic_splits, mint_entity_id
from newsgraph.types import Article, Entity, Event, Label, Mention, Position, Relation

if TYPE_CHECKING:  # pragma: no cover
    from newsgraph.extract.officials import Official

__all__ = ["MentionBuilder", "add_institutions", "collect_entities", "mint_entity_id", "resolve_of"]



@dataclass
class MentionBuilder:
    """Collects mentions and entities for one article, resolving overlaps."""

    article: Article
    kb: KnowledgeBase
    sent_starts: list[int]
    mentions: dict[tuple[int, int], Mention] = field(default_factory=dict)
    new_entities: dict[str, Entity] = field(default_factory=dict)

    def sentence_of(self, offset: int) -> int:
        lo, hi = 0, len(self.sent_starts) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.sent_starts[mid] <= offset:
                lo = mid
            else:
                hi = mid - 1
        return lo

    def overlaps(self, start: int, end: int) -> list[tuple[int, int]]:
        return [k for k in self.mentions if k[0] < end and start < k[1]]

    def add(
        self,
        start: int,
        end: int,
        label: Label,
        entity_id: str,
        *,
        replace: bool = False,
        nest: bool = False,
        kind: Literal["name", "anaphor", "description"] = "name",
    ) -> bool:
        """Add a mention; with ``replace`` it wins over overlapping ones.

        With ``nest``, country mentions that lie wholly inside the new span stay
        (the nationality adjective in «القوات العراقية» still names Iraq), and so do
        place mentions after its first character («أمانة جدة» still names Jeddah).
        """
        clash = self.overlaps(start, end)
        if nest:
            clash = [
                k
                for k in clash
                if not (start <= k[0] and k[1] <= end and self.mentions[k].label == "COUNTRY")
                and not (start < k[0] and k[1] <= end and self.mentions[k].label == "PLACE")
            ]
        if clash and not replace:
            return False
        for key in clash:
            del self.mentions[key]
        text = _surface(self.article.text, start, end)
        self.mentions[(start, end)] = Mention(
            start, end, text, label, entity_id, self.sentence_of(start), kind
        )
        return True

    def entity_for(self, label: Label, start: int, end: int, *, country: str | None = None) -> str:
        """The id of the name at ``start:end``, read without the clitic a span may have kept
        («للأمم المتحدة» is «الأمم المتحدة», «والحوثيين» is «الحوثيين»): the knowledge base's
        when it knows that name, else one minted from it."""
        name = _surface(self.article.text, start, end)
        bare = name if label == "PERSON" else _without_clitic(name)  # «فالح» is a name, not ف + «الح»
        # The knowledge-base ruler matches Latin names capitalised as listed; the NER also finds them
        # in lower case («la commission européenne»): two words or more are looked up then.
        lower = bare[:1].islower() and len(bare.split()) >= 2
        if bare != self.article.text[start:end] or lower:
            lang = self.article.language or None
            known = [a for a in self.kb.lookup(bare, lang)
                     if a.label == label and a.kind in ("name", "acronym")]
            if known:
                return known[0].entity_id
        return self.new_entity(label, bare, country=country)

    def new_entity(
        self, label: Label, name: str, *, country: str | None = None, shown: str | None = None
    ) -> str:
        """The id minted from ``name``; the entity is labelled ``shown`` (default: ``name``)."""
        entity_id = mint_entity_id(label, name)
        if entity_id not in self.new_entities:
            lang = self.article.language or "und"
            self.new_entities[entity_id] = Entity(
                id=entity_id, type=label, labels={lang: " ".join((shown or name).split())}, country=country
            )
        return entity_id


def _surface(text: str, start: int, end: int) -> str:
    """The mention's surface form: the text slice, except that an article contracted
    after the preposition ل is restored («للقوات المسلحة» -> «القوات المسلحة»).

    Examples:
        >>> _surface("دعما للقوات المسلحة", 6, 19)
        'القوات المسلحة'
        >>> _surface("القوات المسلحة", 0, 14)
        'القوات المسلحة'
    """
    form = text[start:end]
    word_start = start
    while word_start > 0 and text[word_start - 1] in "وفبلك":
        word_start -= 1
    glued = text[word_start:start]
    if (
        glued.endswith("ل")
        and form.startswith("ل")
        and (word_start == 0 or not text[word_start - 1].isalpha())
    ):
        return "ا" + form
    return form


def _without_clitic(name: str) -> str:
    """An Arabic name without a preposition or conjunction glued to its article.

    Examples:
        >>> _without_clitic("للأمم المتحدة"), _without_clitic("والحوثيين"), _without_clitic("لبنان")
        ('الأمم المتحدة', 'الحوثيين', 'لبنان')
    """
    first, _, rest = name.partition(" ")
    definite = [bare for _, bare in clitic_splits(first, min_rest=4) if bare.startswith("ال")]
    return " ".join(filter(None, (definite[0], rest))) if definite else name


def _article_only(longer: str, shorter: str) -> bool:
    """``longer`` is ``shorter`` behind an article: "The Iraqi Parliament" is still the institution."""
    head, _, rest = longer.partition(" ")
    return head.casefold() in ("the", "le", "la", "les") and rest.strip() == shorter


def add_institutions(
    b: MentionBuilder, found: Sequence[Institution], span_ids: dict[tuple[int, int], str]
) -> None:
    """Name each state institution by its canonical id, unless a longer organization name holds it
    («الجيش السوري الحر»); an id the span had before («org/الجيش-التركي») follows it everywhere."""
    for inst in found:
        width = inst.end - inst.start
        if any(m.label == "ORGANIZATION" and m.start <= inst.start and inst.end <= m.end
               and m.end - m.start > width and not _article_only(m.text, inst.text)
               for m in b.mentions.values()):  # fmt: skip
            continue
        before = {b.mentions[k].entity_id for k in b.overlaps(inst.start, inst.end)
                  if b.mentions[k].label == "ORGANIZATION"}  # fmt: skip
        lang = b.article.language
        shown = inst.name if lang == "en" else _without_clitic(_surface(b.article.text, inst.start, inst.end))
        iid = b.new_entity("ORGANIZATION", inst.name, country=inst.country, shown=shown)
        # French: a lower-case head makes a description, not a name («la police afghane», GUIDELINES.md)
        # («l'ambassade de France» is a name, as the French gold writes it)
        lower = lang == "fr" and inst.text[:1].islower() and inst.kind != "embassy"
        kind: Literal["name", "description"] = "description" if lower else "name"
        if b.add(inst.start, inst.end, "ORGANIZATION", iid, replace=True, nest=True, kind=kind):
            span_ids[(inst.start, inst.end)] = iid
            old = {x for x in before if x and x != iid}
            b.mentions = {k: dataclasses.replace(m, entity_id=iid) if m.entity_id in old else m
                          for k, m in b.mentions.items()}  # fmt: skip
            for key, ref in span_ids.items():
                if ref in old:
                    span_ids[key] = iid


def resolve_of(b: MentionBuilder, off: Official) -> Official:
    """An official whose ``of`` refers to an organization by its characters gets that organization's id."""
    from newsgraph.extract.officials.base import parse_org_ref

    ref = parse_org_ref(off.of)
    return off if ref is None else dataclasses.replace(off, of=b.entity_for("ORGANIZATION", *ref))



def collect_entities(
    b: MentionBuilder,
    lang: str,
    mentions: Sequence[Mention],
    positions: Sequence[Position],
    events: Sequence[Event],
    relations: list[Relation],
) -> dict[str, Entity]:
    """The entities that the mentions, positions, events and relations refer to, by id.

    Each takes the knowledge base's entry or the one minted for the article, with the
    forms the article uses as aliases (and "King Salman" for a king named in full). The
    places' ``locatedIn`` relations are appended to ``relations``, and a country that a
    relation names is added to the table.
    """
    from newsgraph.extract.coref import styled_name

    kb = b.kb
    entities: dict[str, Entity] = {}
    surface: dict[str, set[str]] = {}  # forms; a title standing for its holder is no alias
    honorifics = title_vocabulary(lang).get("honorific", frozenset())
    for m in mentions:
        if m.entity_id:
            known_as_forms = surface.setdefault(m.entity_id, set())
            if m.kind == "description":
                continue
            known_as_forms.add(m.text)
            first, _, rest = m.text.partition(" ")
            if m.label == "PERSON" and rest and first.lower() in honorifics:
                known_as_forms.add(rest)  # "M. Sissi", "Mr Lee": also known as "Sissi", "Lee"
    referenced = set(surface)
    referenced.update(p.of for p in positions if p.of)
    for ev in events:
        referenced.update(i for ids in ev.roles.values() for i in ids)
        if ev.location:
            referenced.add(ev.location)
    referenced.update(i for r in relations for i in (r.subject, r.object))
    styled: dict[str, set[str]] = {}  # "King Salman" for a king named in full
    for pos in positions:
        holder = b.new_entities.get(pos.person)
        full = holder.labels.get(lang) if holder is not None else None
        if full and (known_as := styled_name(pos.title, full, lang)) is not None:
            styled.setdefault(pos.person, set()).add(known_as)
    for entity_id in sorted(referenced):
        base = kb.get(entity_id) or b.new_entities.get(entity_id)
        if base is None:
            continue
        forms = tuple(sorted((surface.get(entity_id, set()) | styled.get(entity_id, set()))
                             - set(base.labels.values())))
        aliases = dict(base.aliases)
        if forms:
            aliases[lang] = tuple(sorted(set(aliases.get(lang, ())) | set(forms)))
        entities[entity_id] = Entity(
            id=base.id,
            type=base.type,
            labels=dict(base.labels),
            aliases=aliases,
            external_ids=dict(base.external_ids),
            country=base.country,
            in_kb=base.in_kb,
            coordinates=base.coordinates,
        )
        if base.type == "PLACE" and base.country and base.country != entity_id:
            relations.append(Relation(entity_id, "locatedIn", base.country))
        if base.type == "PLACE" and (inside := kb.within(entity_id)) is not None:
            relations.append(Relation(entity_id, "locatedIn", inside))  # an airport in its city
    for rel in relations:
        if rel.object not in entities and (country := kb.get(rel.object)) is not None:
            entities[rel.object] = country
    return entities
