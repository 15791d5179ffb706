"""From one Article to one Extraction: run the pipeline and the rules, link entities.

This is the only module that turns spaCy objects into the plain dataclasses of
:mod:`newsgraph.types`; nothing after it sees spaCy.

Order of work for one article:

1. the spaCy pipeline of its language (tokens, norms, sentences, KB mentions,
   statistical NER where a model is installed);
2. officials and their positions, then later mentions by surname;
3. organizations beyond the knowledge base, bracketed acronyms, and anaphora
   such as «التنظيم» or "the alliance";
4. dates and amounts;
5. events, with roles filled from the mentions above;
6. entities: knowledge-base entries, or new ids minted from normalised names.

The steps run here; the mentions they find are collected, and the entities built,
by the helpers of :mod:`newsgraph.extract.article_entities`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import cast

from spacy.tokens import Doc

from newsgraph.errors import ConfigError
from newsgraph.extract.article_entities import (
    MentionBuilder,
    add_institutions,
    collect_entities,
    mint_entity_id,
    resolve_of,
)
from newsgraph.extract.pipeline import MENTIONS_KEY, get_nlp
from newsgraph.extract.tokens import TokenTable, shared_tables
from newsgraph.kb import KnowledgeBase, load_kb
from newsgraph.text import normalize_token
from newsgraph.types import Article, Event, Extraction, Label, Position, Relation

__all__ = ["extract_article", "extract_articles", "mint_entity_id"]


def _sentences(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) of each of ``doc.sents``, without surrounding white space.

    One entry per spaCy sentence, even a blank one, so that the sentence
    indices the rules compute (``list(doc.sents)``) point at the same entry.
    """
    table = TokenTable.of(doc)
    out = []
    for sent in doc.sents:
        start_char = table.idx[sent.start]
        text = table.text[start_char : table.idx[sent.end - 1] + len(table.orth[sent.end - 1])]
        start = start_char + (len(text) - len(text.lstrip()))
        out.append((start, max(start, start_char + len(text.rstrip()))))
    return out or [(0, len(table.text))]


def extract_article(
    article: Article, *, model: str | None = "auto", kb: KnowledgeBase | None = None
) -> Extraction:
    """Extract entities, positions, events and relations from one article.

    Args:
        article: the article; its ``language`` must be set (readers detect it).
        model: English or French statistical pipeline, ``"auto"`` or None (see
            :func:`newsgraph.extract.pipeline.get_nlp`).
        kb: the knowledge base (default: the shipped one).
    """
    if not article.language:
        raise ConfigError(
            "article has no language; pass language= or let the reader detect it", path=article.source_path
        )
    doc = get_nlp(article.language, model)(article.text)
    with shared_tables():  # the rules only add spans: they may share the token lists
        return _extract_doc(article, doc, kb or load_kb())


def extract_articles(
    articles: Iterable[Article], *, model: str | None = "auto", batch_size: int = 16
) -> Iterator[Extraction]:
    """Extract many articles, streaming them through ``nlp.pipe`` per language run."""
    kb = load_kb()
    batch: list[Article] = []
    for article in articles:
        if batch and (article.language != batch[0].language or len(batch) >= batch_size):
            yield from _run_batch(batch, model, kb)
            batch = []
        batch.append(article)
    if batch:
        yield from _run_batch(batch, model, kb)


def _run_batch(batch: Sequence[Article], model: str | None, kb: KnowledgeBase) -> Iterator[Extraction]:
    lang = batch[0].language
    if not lang:
        raise ConfigError("article has no language", path=batch[0].source_path)
    nlp = get_nlp(lang, model)
    for article, doc in zip(batch, nlp.pipe(a.text for a in batch), strict=True):
        with shared_tables():  # the rules only add spans: they may share the token lists
            extraction = _extract_doc(article, doc, kb)
        yield extraction


def _leader_id(kb: KnowledgeBase, name: str, lang: str) -> str | None:
    """The country or organization a leader's name or adjective stands for ("Saudi", «السعودية»)."""
    hit = next((a for a in kb.lookup(name, lang) if a.label in ("COUNTRY", "ORGANIZATION")), None)
    return hit.entity_id if hit else None


def _extract_doc(article: Article, doc: Doc, kb: KnowledgeBase) -> Extraction:
    from newsgraph.extract.casualties import quantity_kinds
    from newsgraph.extract.coref import body_name_ar, country_anaphora, short_name_links, surname_places
    from newsgraph.extract.dates import find_dates
    from newsgraph.extract.events import find_events
    from newsgraph.extract.institutions import bare_references, find_institutions
    from newsgraph.extract.lexicon import title_vocabulary
    from newsgraph.extract.military import military_memberships
    from newsgraph.extract.ner_ar import refine_officials, refine_orgs
    from newsgraph.extract.ner_ar_lists import listed_persons
    from newsgraph.extract.numbers import find_amounts
    from newsgraph.extract.officials import find_officials, link_surnames, office_references
    from newsgraph.extract.officials.base import parse_org_ref
    from newsgraph.extract.officials.party import party_countries
    from newsgraph.extract.officials.status import position_status
    from newsgraph.extract.orgs import bare_anaphor, find_organizations, resolve_anaphora
    from newsgraph.extract.orgs.short_ar import short_names_ar
    from newsgraph.extract.relations import find_memberships
    from newsgraph.extract.relations_parse import memberships_from_parse
    from newsgraph.extract.relations_positions import position_memberships, post_memberships

    lang = article.language or "und"
    events_of: Callable[..., list[Event]] = find_events
    if lang == "ar":  # Arabic steps: newsgraph.extract.ar
        from newsgraph.extract import ar
    elif lang == "en":  # English rules on the parse: newsgraph.extract.en
        from newsgraph.extract import en

        en.prepare_doc(doc, kb)
        events_of = en.find_events_en
    elif lang == "fr":  # French rules on the parse: newsgraph.extract.fr
        from newsgraph.extract import fr

        fr.prepare_doc(doc, kb)  # events: the shared layer, as for Arabic
    sentences = _sentences(doc)
    b = MentionBuilder(article, kb, [s for s, _ in sentences])

    # 1. Knowledge-base and NER mentions.
    for span in doc.spans[MENTIONS_KEY] if MENTIONS_KEY in doc.spans else ():
        label = cast(Label, span.label_)
        entity_id = span.kb_id_ or b.entity_for(label, span.start_char, span.end_char)
        b.add(span.start_char, span.end_char, label, entity_id)

    # 2. Officials: their names win over anything they overlap (NER fragments).
    positions: list[Position] = []
    no_office: frozenset[str] = frozenset()  # «الأمير X», «الشيخ X» alone: a rank in a family, no office
    text = TokenTable.of(doc).text  # (doc.text joins every token again)
    officials = find_officials(doc, lang, kb)
    if lang == "en":
        officials = en.refine_officials(doc, officials, kb)
        no_office = title_vocabulary("en").get("noble", frozenset())  # "Prince Faisal": a rank, no office
    elif lang == "fr":
        officials = fr.refine_officials(doc, officials, kb)
    officials = refine_officials(doc, officials)  # with the Arabic model: its boundaries
    if lang == "ar":  # after the model's boundaries (English infers in en.refine_officials)
        officials, no_office = ar.refine_officials(doc, officials, kb), ar.no_office()
    # organizations the KB does not know («وزير الداخلية في حكومة الإقليم»): the id minted for them
    unknown_orgs = {(o.name_start, o.title_start) for o in officials if parse_org_ref(o.of)}
    officials = [resolve_of(b, o) for o in officials]
    person_ids: dict[str, str] = {}
    for off in officials:
        pid = b.new_entity("PERSON", off.name)
        person_ids[off.name] = pid
        b.add(off.name_start, off.name_end, "PERSON", pid, replace=True)
        if off.title and normalize_token(off.title) not in no_office:
            title, status = position_status(
                text, lang, off.title, off.title_start, off.title_end, off.name_start, off.name_end
            )
            positions.append(Position(pid, title, off.of, lang, off.sentence, off.of_inferred, status))
    for start, end, full_name in link_surnames(doc, officials):
        if full_name in person_ids:
            b.add(start, end, "PERSON", person_ids[full_name], replace=True)
    for start, end, full_name, new in office_references(doc, lang, officials, kb):  # a title alone
        if full_name in person_ids:
            b.add(start, end, "PERSON", person_ids[full_name], replace=True, kind="description")
            if new is not None and new.title:  # «le président iranien» for «le chef d'Etat iranien, X»
                positions.append(Position(person_ids[full_name], new.title, new.of, lang, new.sentence))
    if lang == "ar":  # «خادم الحرمين الشريفين» alone: the king the article names
        for start, end, full_name in ar.style_references(doc, officials):
            if full_name in person_ids:
                b.add(start, end, "PERSON", person_ids[full_name], replace=True, kind="description")

    # 3. Organizations beyond the KB, bracketed aliases, anaphora.
    orgs = refine_orgs(doc, find_organizations(doc, lang, kb))  # with the Arabic model: what it allows
    span_ids: dict[tuple[int, int], str] = {k: m.entity_id or "" for k, m in b.mentions.items()}
    for org in orgs:
        if org.alias_of is not None:
            continue
        oid = b.entity_for("ORGANIZATION", org.start, org.end, country=org.country)
        if b.add(org.start, org.end, "ORGANIZATION", oid, replace=True, nest=True):
            span_ids[(org.start, org.end)] = oid
    institutions = find_institutions(doc, lang, kb)
    add_institutions(b, institutions, span_ids)
    institution_refs = [(span_ids[(i.start, i.end)], i.kind, i.country) for i in institutions
                        if (i.start, i.end) in span_ids]  # fmt: skip
    bare = {k: m.text for k, m in b.mentions.items()
            if m.label == "ORGANIZATION" and m.entity_id in b.new_entities}
    for key, iid in bare_references(bare, institution_refs, lang).items():  # "Parliament" alone
        b.mentions[key] = dataclasses.replace(b.mentions[key], entity_id=iid)
    renamed: dict[str, str] = {}
    for org in orgs:
        if org.alias_of is None:
            continue
        found = b.mentions.get(org.alias_of)
        target = span_ids.get(org.alias_of) or (found.entity_id if found else None)
        kb_names = kb.lookup(article.text[org.start : org.end], lang)
        kb_id = next((a.entity_id for a in kb_names if a.label == "ORGANIZATION" and a.kind != "weak"), None)
        alias_target = kb.get(target) if target else None
        if kb_id and target and not (alias_target is not None and alias_target.in_kb):
            renamed[target] = target = kb_id  # «وكالة الأنباء الإيرانية (إرنا)»: the KB's IRNA, every time
        if target:
            b.add(org.start, org.end, "ORGANIZATION", target, replace=True)
            # the acronym alone later ("AfCFTA") is the organization it was bracketed after
            alias = article.text[org.start : org.end]
            renamed.update({m.entity_id: target for m in b.mentions.values()
                            if m.text == alias and m.entity_id in b.new_entities and m.entity_id != target})
    if renamed:
        b.mentions = {k: dataclasses.replace(m, entity_id=renamed.get(m.entity_id or "", m.entity_id))
                      for k, m in b.mentions.items()}
    for start, end, ref in resolve_anaphora(doc, list(b.mentions.values())):
        if "/" in ref:  # a model's span of «التنظيم المتطرف» gives way to the organization it refers to
            b.add(start, end, "ORGANIZATION", ref, kind="anaphor", replace=(start, end) in b.mentions)
    if lang == "ar":  # «تنظيم داعش» is also «داعش»: the name after a kind noun, nested in the mention
        others = [k for k, m in b.mentions.items() if m.label != "ORGANIZATION"]
        org_names = {k: m for k, m in b.mentions.items() if m.label == "ORGANIZATION" and m.kind == "name"}
        for (start, end), outer in short_names_ar(article.text, org_names, others, kb):
            b.mentions.setdefault((start, end), dataclasses.replace(
                org_names[outer], start=start, end=end, text=article.text[start:end]))

    # Short forms of a name given in full ("Hadi" after "Abd-Rabbu Mansour Hadi") are that person; a
    # name no mention keeps (the model's "Broadcasting Fawad Chaudhry", which an official's name replaced)
    # is no full form.
    if lang == "ar":  # «تعود بأوباما» beside «باراك أوباما»: the one-word name starts after «ب»
        persons = [(k[0], k[1], m.text) for k, m in b.mentions.items() if m.label == "PERSON"]
        for (_start, end), name_start in ar.unglued_names(persons).items():
            b.add(name_start, end, "PERSON", b.entity_for("PERSON", name_start, end), replace=True)
        # «سامر الفلاحي وجابر قطيني وصابر العتيقي»: the names of a list the model left out or ran together
        names = [k for k, m in b.mentions.items() if m.label == "PERSON" and m.kind == "name"]
        cuts, listed = listed_persons(article.text, names, [k for k in b.mentions if k not in names])
        for (start, end), stop in cuts.items():
            del b.mentions[(start, end)]
            b.add(start, stop, "PERSON", b.entity_for("PERSON", start, stop))
        for start, end in listed:
            b.add(start, end, "PERSON", b.entity_for("PERSON", start, end))
    kept = {m.entity_id for m in b.mentions.values()}
    short = short_name_links({pid: e.labels.get(lang, next(iter(e.labels.values()), ""))
                              for pid, e in b.new_entities.items() if e.type == "PERSON" and pid in kept})
    if short:
        b.mentions = {k: dataclasses.replace(m, entity_id=short.get(m.entity_id or "", m.entity_id))
                      for k, m in b.mentions.items()}
        positions = [dataclasses.replace(p, person=short.get(p.person, p.person)) for p in positions]
        person_ids = {name: short.get(pid, pid) for name, pid in person_ids.items()}
    # A small town named like one person's last name ("Bolton" after "John R. Bolton") is that person,
    # and so is a place or organization the model made of a person's name ("Khashoggi", "Navalny",
    # a titled "Wiranto", «العرابي»; not «الحوثي» where the article also writes «جماعة الحوثي»).
    minted = b.new_entities
    surnames = {k: m.text for k, m in b.mentions.items()
                if (m.label == "PLACE" and (kb.is_minor_place(m.entity_id or "") or m.entity_id in minted))
                or (m.label == "ORGANIZATION" and m.entity_id in minted
                    and (lang != "ar" or not body_name_ar(doc, m.text)))}
    people = {pid: e.labels.get(lang, next(iter(e.labels.values()), ""))
              for pid, e in b.new_entities.items() if e.type == "PERSON" and pid not in short}
    for (start, end), pid in surname_places(surnames, people, {p.person for p in positions}).items():
        b.add(start, end, "PERSON", pid, replace=True)
    # «المملكة», "the kingdom": the one kingdom the article names (no place called «المملكة»).
    def country_names(ids: set[str]) -> dict[str, list[str]]:
        return {cid: [e.labels.get(lang, ""), *e.aliases.get(lang, ())] for cid in ids if (e := kb.get(cid))}

    named = {m.entity_id for m in b.mentions.values() if m.label == "COUNTRY" and m.entity_id}
    known = [(m.start, m.end) for m in b.mentions.values() if (e := kb.get(m.entity_id or "")) and e.in_kb]
    # failing a kingdom among the named countries, one among the countries of the places named
    # («الرياض - واس» ... «المملكة»)
    placed = {p.country for m in b.mentions.values()
              if m.label == "PLACE" and (p := kb.get(m.entity_id or "")) is not None and p.country}
    anaphors = (country_anaphora(doc, lang, country_names(named))
                or country_anaphora(doc, lang, country_names(placed | named)))
    for start, end, cid in anaphors:
        if not any(s <= start and end <= e for s, e in known):  # «المملكة المتحدة» is a name
            b.add(start, end, "COUNTRY", cid, replace=True, kind="anaphor")
    # An organization named only by an anaphor that refers back to nothing here («الوزارة», "the group")
    # is no entity: the same word in another article is another body.
    b.mentions = {k: m for k, m in b.mentions.items() if not (
        m.label == "ORGANIZATION" and m.kind != "anaphor" and m.entity_id in b.new_entities
        and bare_anaphor(m.text, lang))}
    mentions = sorted(b.mentions.values(), key=lambda m: m.start)

    # 4-5. Dates, amounts, events.
    dates = find_dates(article.text, lang, article.published)
    amounts = quantity_kinds(article.text, find_amounts(article.text, lang), lang)
    events = [
        dataclasses.replace(ev, evidence=ev.evidence.strip())
        for ev in events_of(
            doc,
            lang,
            mentions=mentions,
            dates=dates,
            amounts=amounts,
            published=article.published,
            officials=[
                # an organization the KB does not know is not made the speaker's side in events
                _OfficialRef(o.name_start, o.name_end, None if (o.name_start, o.title_start) in unknown_orgs
                             else o.of, person_ids.get(o.name), o.title, o.of_inferred) for o in officials
            ],
            headline=bool(article.title) and article.text.startswith((article.title or "").strip()),
        )
    ]

    relations: list[Relation] = find_memberships(
        article.text, lang, mentions, sentences, leader_of=lambda name: _leader_id(kb, name, lang)
    )
    stated = {(r.subject, r.object) for r in relations}
    relations += [r for r in memberships_from_parse(doc, mentions) if (r.subject, r.object) not in stated]
    stated = {(r.subject, r.object) for r in relations}
    relations += [r for r in military_memberships(lang, mentions, institution_refs)
                  if (r.subject, r.object) not in stated]  # fmt: skip
    stated = {(r.subject, r.object) for r in relations}
    posts = position_memberships(positions, mentions, article.text)
    posts += post_memberships(article.text, lang, mentions)
    for r in posts:
        if (r.subject, r.object) not in stated:  # a post in a party, a movement, an armed group
            stated.add((r.subject, r.object))
            relations.append(r)

    def party_country(oid: str) -> str | None:
        return party.country if kb.kind(oid) == "party" and (party := kb.get(oid)) is not None else None

    positions = party_countries(positions, relations, party_country)  # "Republican Senator X": the US

    # 6. Entities and the relations the knowledge base knows about them.
    entities = collect_entities(b, lang, mentions, positions, events, relations)
    return Extraction(
        article=article,
        sentences=tuple(sentences),
        mentions=tuple(mentions),
        entities=tuple(entities[k] for k in sorted(entities)),
        positions=tuple(positions),
        events=tuple(events),
        relations=tuple(relations),
    )


@dataclass(frozen=True)
class _OfficialRef:
    """An official as the event rules see it: name span, country, person id, title, whether the
    country was inferred rather than stated."""

    name_start: int
    name_end: int
    of: str | None
    entity_id: str | None
    title: str | None = None
    inferred: bool = False
