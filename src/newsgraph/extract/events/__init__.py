"""Events with types, roles, dates, places and amounts, read from a spaCy Doc.

The package, one topic a module:

* :mod:`~newsgraph.extract.events.lexicons`: trigger lexicons, cue words and the frame table
  (``data/triggers_<lang>.tsv``, ``data/events_types.tsv``: the roles per type);
  :mod:`~newsgraph.extract.events.triggers` finds the triggers in a Doc;
* :mod:`~newsgraph.extract.events.clauses`: clauses, cue words, actors after a trigger;
* :mod:`~newsgraph.extract.events.roles`: one trigger's roles;
  :mod:`~newsgraph.extract.events.speakers`: speakers and their Statements;
  :mod:`~newsgraph.extract.events.fallback`: the nearest actor, for an event whose clause named nobody;
* :mod:`~newsgraph.extract.events.merge`: when two readings are one happening;
* :mod:`~newsgraph.extract.events.realis`: which trigger words report a happening (modals,
  negation, «بإمكانية»);
* :mod:`~newsgraph.extract.events.anchors`: the lead's date, the byline;
* :mod:`~newsgraph.extract.events.where`: the main event's place when its words name none;
* :mod:`~newsgraph.extract.events.en`: English statements and pledges from the parse;
  :mod:`~newsgraph.extract.events.deps` and :mod:`~newsgraph.extract.events.links` the roles it shows;
* :mod:`~newsgraph.extract.events.when_fr`: the trigger a French date hangs on in the parse;
* this module: :func:`find_events`, which runs them in order.

:func:`find_events` matches the trigger lexicons (:mod:`newsgraph.extract.events.triggers`)
and fills each event's roles from the mentions, dates and amounts of the same
sentence. The rules, in order:

* **Scope.** A sentence is cut into clauses at commas, "حيث"/"while"...,
  complementizers ("أن", "that": a reported clause) and relative pronouns.
  A trigger's scope is its clause plus a neighbouring clause that has no
  trigger of its own and is not a relative clause ("بحضور ممثلي ثمانين دولة،
  انعقد الاجتماع…", "…, in Marrakech").
* **Realis.** With an English parse, a verb trigger under a modal ("must vote"),
  negated ("do not elect") or in a condition ("if two-thirds vote") is no event,
  and neither is a one-word trigger that only modifies a noun ("a banned group"), nor a
  noun that is only possible or denied ("a possible life sentence", "no agreement"), nor a
  bare host's or asker's verb whose object names nobody ("received aid", "asked questions"),
  nor one party's consent ("the Queen agreed to suspend Parliament").
* **Agent.** With an English parse, the subject (``nsubj``, ``agent``) of the
  trigger verb. Otherwise the mention right before a verb trigger in its clause
  («أن المغرب فكك»), else the one right after it (Arabic VSO: «فكك المغرب»),
  else the sentence's first actor outside a prepositional phrase, read past
  titles and nationality adjectives to the named person. The genitive of a
  noun trigger («زيارة الوزير», "arrest of X") and the subject of a light verb
  before it («بدأ الوزير زيارة») fill the roles ``data/events_types.tsv``
  gives per type (subject, object, genitive: a meeting's subject is a
  participant, an attack's object its target, a visit's genitive its visitor).
  An event no rule gave an agent or participant takes the nearest free actor
  of its clause, else of its sentence. Actors listed after a role holder («، والدكتور Y، وZ»)
  share its role. A visit's sides take part: the visiting official's country and the
  country visited.
* **Speaker.** The speaker of a speech verb (kind ``S``), the nearest named
  person (an unnamed «مصادر» gives none), becomes the ``spokesperson`` of
  events reported after the verb; when such an event has no agent, the
  speaker's country or organization (``OfficialLike.of``) becomes its agent.
  With ``speech_statements`` the verb is also a Statement by its speaker;
  without it, only an announcement verb (kind ``A``) that reports an event
  gives one. Statements link what they report ``("reports", id)``; formal
  statement nouns («بيان», "communique") are
  Statements; a Statement in a sentence that names a meeting is
  ``("partOf", meeting id)`` and, without an agent of its own, takes the
  meeting's organization.
* **Place.** A PLACE or COUNTRY mention after في/ب/"in"/"at" in scope («إلى»,
  "to" for a visit), a city preferred over a country («في مدينة مراكش بالمغرب»
  gives Marrakech), else a place in the trigger's clause. Only the main event, the first
  of a story type, takes the story's place when nothing placed it
  (:func:`~newsgraph.extract.events.where.place_main_event`: a dateline's or a byline's,
  «عين اليوم – الرياض»; in English and French else the lead's), unless it is dated to
  another time. A Statement is placed (with a parse) by the meeting its speaker takes part
  in: a quote is said wherever its speaker is. A byline's persons and organizations
  (reporter, outlet) are no actors.
* **Date.** A date mention of kind "point" in scope (else in the sentence when
  it has one event, or when it is the sentence's only date): ``date``; kind
  "since": ``date_from``. Other events take the day the lead gives, else the
  publication month (:func:`~newsgraph.extract.events.anchors.article_date`); so does an event that
  only starts after publication ("a truce from Monday" was declared by the time of the report).
* **Amounts.** Number mentions in scope: with a currency to ``amounts``, else
  to ``quantities``.
* **One happening, one event** (:mod:`~newsgraph.extract.events.merge`). A
  trigger merges into the latest earlier event of its type family when nothing
  conflicts (date, place of the same kind) and it is in the same sentence or
  within two sentences and names no place, agent or target of its own, is a
  definite noun («الاجتماع», "the summit"), or shares a place, date or amount;
  a Statement joins the same speaker's. Roles are unioned (the best-attested agent wins),
  the strongest trigger kept (verb > noun > definite noun), and evidence is
  the first sentence. A definite noun after a preposition of circumstance («في الاجتماع»)
  that refers back brings only its sentence, not the actors and places told there. Persons who
  speak between a meeting's first and last mention are its participants.

Examples:
    >>> import spacy
    >>> from spacy.tokens import Span
    >>> nlp = spacy.blank("en")
    >>> nlp.add_pipe("sentencizer")  # doctest: +ELLIPSIS
    <...>
    >>> doc = nlp("Morocco dismantled a cell in Rabat.")
    >>> doc.spans["ng_mentions"] = [Span(doc, 0, 1, label="COUNTRY", kb_id="country/MA"),
    ...                            Span(doc, 5, 6, label="PLACE", kb_id="place/rabat")]
    >>> ev = find_events(doc, "en", mentions=(), dates=(), amounts=(), published=None)[0]
    >>> ev.type, ev.cameo, dict(ev.roles), ev.location
    ('Arrest', '17', {'agent': ('country/MA',)}, 'place/rabat')
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from datetime import date

from spacy.tokens import Doc

from newsgraph.extract.events.anchors import (
    _anchor_date,
    _attach_numbers,
    _days_back,
    article_date,
    byline,
    date_statements,
    fill_dates,
)
from newsgraph.extract.events.clauses import _is_adjective, _Reader, _scope, _to_tokens
from newsgraph.extract.events.deps import capitals_as_countries_en, nationality_before_name
from newsgraph.extract.events.deps_fr import capitals_as_countries_fr, place_fr
from newsgraph.extract.events.fallback import _fallback_actor
from newsgraph.extract.events.frames import (
    _M,
    DateMentionLike,
    MentionLike,
    NumberMentionLike,
    OfficialLike,
    _Raw,
)
from newsgraph.extract.events.lexicons import EventTypeInfo, load_cues, load_event_types
from newsgraph.extract.events.links import wire_credit
from newsgraph.extract.events.merge import (
    _absorb,
    _aside,
    _distinct,
    _family,
    _merge_target,
    _same_speaker,
    _several,
    _shares,
    mark_parallel,
    number_topics,
)
from newsgraph.extract.events.participants_fr import host_named_fr
from newsgraph.extract.events.places_ar import met_where_visited
from newsgraph.extract.events.realis import (
    _as_noun,
    _attribution,
    _consent,
    _described_fr,
    _irrealis,
    _modifier,
    _no_object,
    _no_voting_body_fr,
    _nobody,
    _possible_only,
    _unreal_noun,
    _verb_as_noun,
    _wrong_object_fr,
)
from newsgraph.extract.events.roles import _read, _visit_sides
from newsgraph.extract.events.speakers import _speakers, voices_unnamed_body
from newsgraph.extract.events.triggers import find_triggers
from newsgraph.extract.events.when_fr import dated_triggers_fr
from newsgraph.extract.events.where import place_main_event
from newsgraph.extract.tokens import TokenTable
from newsgraph.text import normalize_token
from newsgraph.types import DateValue, Event, Span

__all__ = ["MentionLike", "DateMentionLike", "NumberMentionLike", "OfficialLike", "find_events", "fill_dates"]

_MEETINGS = ("Meeting", "Negotiation")


def _spokesperson(title: str | None, lang: str) -> bool:
    """Whether a title is a spokesperson's (``spokesperson`` cue words: "porte-parole", "spokesman")."""
    words = load_cues(lang).get("spokesperson", frozenset())
    return bool(title) and any(normalize_token(w) in words for w in (title or "").lower().split())


def sides(officials: Sequence[OfficialLike], lang: str) -> tuple[dict[str, str], dict[str, str]]:
    """(whom each official speaks for, whom each spokesperson speaks for), by person id.

    An official speaks for the country or organization of the position (a governor's province is
    no actor); a spokesperson for the side of the position («المتحدث باسم», "porte-parole des
    talibans", "a State Department spokesperson").
    """
    country_of = {
        o.entity_id: o.of for o in officials if o.entity_id and o.of and not o.of.startswith("place/")
    }
    spoken_for = {
        pid: country_of[pid]
        for o in officials
        if (pid := o.entity_id) in country_of and _spokesperson(title := getattr(o, "title", None), lang)
        and not voices_unnamed_body(title, bool(getattr(o, "inferred", False)), lang)
    }
    return country_of, spoken_for


def find_events(
    doc: Doc,
    lang: str,
    *,
    mentions: Sequence[MentionLike],
    dates: Sequence[DateMentionLike],
    amounts: Sequence[NumberMentionLike],
    published: date | None,
    officials: Sequence[OfficialLike] = (),
    speech_statements: bool = True,
    headline: bool = False,
) -> list[Event]:
    """Events of ``doc`` with their roles, in order of first mention.

    Args:
        doc: a Doc with sentences and ``token.norm_`` set (see the module docstring).
        lang: "ar" or "en" (other languages use the English cue words and no lexicon).
        mentions: entity mentions (char offsets). When empty, ``doc.spans["ng_mentions"]`` is used.
        dates: date mentions (char offsets), with ``value`` and ``kind`` ("point", "since", "until").
        amounts: number mentions (char offsets) with their :class:`~newsgraph.types.Amount`.
        published: publication date (gives undated meetings their month).
        officials: officials found in the text, to give a speaker's country as agent.
        speech_statements: every speech verb with a named speaker («قال», «أكد»...) is a
            Statement by that speaker (one per speaker and occasion after merging).
            English reads its statements from the parse instead (:mod:`newsgraph.extract.events.en`).
        headline: the first sentence is the article's headline (written in headline grammar).

    Returns:
        Events with ids "e1", "e2"... in order of first appearance.
    """
    types = load_event_types()
    ms: list[_M] = []
    glued: dict[int, str] = {}  # «لصالح», «بتعز»: a preposition glued to the name's first token
    table = TokenTable.of(doc)
    for m in mentions:
        tok = _to_tokens(doc, m.start, m.end)
        if tok and m.entity_id:
            ms.append(_M(tok[0], tok[1], m.label, m.entity_id))
            if lang == "ar" and (head := table.text[table.idx[tok[0]] : m.start].lstrip("وف")):
                glued[tok[0]] = head
    if not mentions and "ng_mentions" in doc.spans:
        ms = [_M(s.start, s.end, s.label_, s.kb_id_) for s in doc.spans["ng_mentions"] if s.kb_id_]
    # A generic place noun is no name, even when an alias says so ("مدينة" is also Medina).
    generic = load_cues(lang).get("place_noun", frozenset())

    parsed = doc.has_annotation("DEP")

    def text_of(m: _M) -> str:  # doc[m.start : m.end].text
        if m.end <= m.start:
            return ""
        return table.text[table.idx[m.start] : table.idx[m.end - 1] + len(table.orth[m.end - 1])]

    def marked(m: _M, text: str) -> _M:  # judged on the name's head: "Saudi" modifies "Arabia", not a noun
        adjective = _is_adjective(lang, m.label, text, doc[m.start : m.end].root if parsed else doc[m.start])
        return _M(m.start, m.end, m.label, m.ref, "adj" if adjective else None)

    ms = sorted(
        (marked(m, text) for m in ms if (text := text_of(m)) and normalize_token(text) not in generic),
        key=lambda m: m.start,
    )
    # A mention inside another («التركية» in «الشرطة التركية») names no actor of its own here.
    ms = [m for m in ms if not any(o is not m and o.start <= m.start and m.end <= o.end for o in ms)]
    if lang in ("en", "fr") and doc.has_annotation("DEP"):  # «Pékin a affirmé»: China
        ms = (capitals_as_countries_fr if lang == "fr" else capitals_as_countries_en)(doc, ms)
        ms = [m for m in ms if lang != "en" or not wire_credit(doc, m.start, m.end)]  # "RABAT (Reuters) -"
    if lang != "ar":
        ms = nationality_before_name(ms)  # "l'Iranien Hossein Amir-Abdollahian": his nationality
    ds = [_M(*tok, "DATE", d.kind, d.value) for d in dates if (tok := _to_tokens(doc, d.start, d.end))]
    ns = [_M(*tok, "NUM", "", n.amount) for n in amounts if (tok := _to_tokens(doc, n.start, n.end))]
    ns = [n for n in ns if not any(d.start <= n.start < d.end for d in ds)]
    country_of, spoken_for = sides(officials, lang)

    places = frozenset(i for m in ms if m.label in ("PLACE", "COUNTRY") for i in range(m.start, m.end))
    trigs = [t for t in find_triggers(doc, lang, places) if t.type in types]
    trigs = [t for t in trigs if not any(m.start <= t.start and t.end <= m.end for m in ms)]
    # A name a longer trigger starts with is the trigger's word: «فتح» in «بفتح النار» is no Fatah
    # (a place stays: "the Cairo Declaration" names the place it was made in).
    ms = [m for m in ms if m.start in places or not any(t.start == m.start and m.end < t.end for t in trigs)]
    if lang != "ar" and doc.has_annotation("DEP"):
        cues = load_cues(lang)
        trigs = [t for t in trigs if not _modifier(doc, t) and not _irrealis(doc, t, cues)]
        if lang == "en":
            actors = [m for m in ms if m.label != "PLACE" and m.payload != "adj"]
            named = {i: m.label for m in actors for i in range(m.start, m.end)}
            trigs = [t for t in trigs if not (_unreal_noun(doc, t, cues) or _no_object(doc, t, cues, named))]
            trigs = [t for t in trigs if not _consent(doc, t, cues)]
        if lang == "fr":
            trigs = [t for t in trigs if not _verb_as_noun(doc, t) and not _attribution(doc, t, cues)]
            trigs = [t for t in trigs if not _described_fr(doc, t)]
            named = {i: m.label for m in ms if m.payload != "adj" for i in range(m.start, m.end)}
            trigs = [t for t in trigs if not _wrong_object_fr(doc, t, cues, named)]
            trigs = [t for t in trigs if not _no_voting_body_fr(doc, t, cues)]
            trigs = [_as_noun(doc, t, cues) for t in trigs]
    if (line := byline(doc, headline)) is not None:  # a byline's reporter and outlet are no actors
        ms = [m for m in ms if m.label == "PLACE" or not line[0] <= m.start < line[1]]
    times = frozenset(i for d in ds for i in range(d.start, d.end))
    r = _Reader(doc, lang, ms, headline=headline, byline=line, glued=glued, times=times)
    if lang == "ar":  # «إمكانية إعادة فرض عقوبات», «يعتزم زيارة»: a possibility or an intention, no event
        trigs = [t for t in trigs if not _possible_only(r, t)]
    # «لجنة التحقيق», «مكتب التحقيقات الفيدرالي»: an event noun in a body's name is no event
    trigs = [t for t in trigs if not (t.kind == "N" and t.start > 0 and "body_head" in r.cues[t.start - 1])]
    events = [t for t in trigs if t.kind in ("V", "N")]
    busy = {r.clause_of[t.start] for t in trigs}
    speech = [t.start for t in trigs if t.kind in ("S", "A")]
    raws: list[_Raw] = []
    scopes: list[set[int]] = []
    for t in events:
        scope = _scope(r, t, busy)
        raws.append(_read(r, t, types[t.type], scope, speech))
        scopes.append(scope)
    if lang == "ar":  # «يجتمع الناس للاحتفال»: a meeting of nobody named, nowhere, is no reported one
        keep = [k for k, x in enumerate(raws) if not _nobody(r, x)]
        raws, scopes = [raws[k] for k in keep], [scopes[k] for k in keep]
    # French: a date goes to the trigger the parse hangs it on («le référendum du 1er juillet 1962»)
    owned = dated_triggers_fr(r, trigs, ds) if r.parsed and lang == "fr" else {}
    _attach_numbers(r, raws, scopes, ds, ns, owned)
    speakers = _speakers(r, trigs, raws, types, country_of, speech_statements, spoken_for)
    date_statements(raws, ds, owned)
    anchor = _anchor_date(r.sent_of, ds, published)
    back = _days_back(r, ns, anchor)
    found = _finish(r, raws, speakers, types, published, anchor, back, speech_statements)
    if lang == "fr":  # the visited country is the host if no one is; the visitor's none (participants_fr)
        return [_visit_sides(e, {}) if e.type == "Visit" and not host_named_fr(e) else e for e in found]
    return [_visit_sides(e, country_of) if e.type == "Visit" else e for e in found]


#: Languages whose events told of another month or year stay apart from an undated story event.
_ELSEWHEN_LANGS = frozenset({"fr"})


def _finish(
    r: _Reader,
    raws: list[_Raw],
    speakers: list[tuple[int, str]],
    types: Mapping[str, EventTypeInfo],
    published: date | None,
    anchor: DateValue | None = None,
    days_back: Mapping[int, DateValue] | None = None,
    speech_statements: bool = False,
) -> list[Event]:
    number_topics(r, raws)  # «من جهة أخرى»: readings after a topic shift tell other happenings
    mark_parallel(r, raws, types)  # «، فيما اندلعت اشتباكات»: a clause of another happening
    final: list[_Raw] = []
    owner: dict[int, int] = {}
    groups: list[tuple[_Raw, list[_Raw], bool]] = []  # same type, same sentence first
    for raw in sorted(raws, key=lambda x: x.trig.start):
        anaphoric = raw.trig.definite and raw.trig.kind == "N"
        g = next(  # the nearest earlier reading ("Iran fired missiles after the US strike that killed X")
            (
                g
                for g in reversed(groups)
                if _family(g[0]) == _family(raw)
                and g[0].sent == raw.sent
                and g[0].prior == raw.prior  # «قصف ... بعد إطلاق نار»: two happenings
                and g[0].topic == raw.topic
                and _same_speaker(g[0], raw)
                and not _distinct(g[0], raw)
                and (r.clause_of[g[0].trig.start] == r.clause_of[raw.trig.start] or not raw.parallel)
            ),
            None,
        )
        if g is None:
            groups.append((raw, [raw], anaphoric))
        else:
            _absorb(g[0], raw)
            g[1].append(raw)
            groups[groups.index(g)] = (g[0], g[1], g[2] or anaphoric)
    # a mention dated to another month or year does not join an undated one (merge._elsewhen); French
    # only for now: on the English and Arabic dev halves it cost detection and dates
    elsewhen = published if r.lang in _ELSEWHEN_LANGS else None
    for head, members, anaphoric in groups:
        # «اجتمع X مع Z، وجرى خلال الاجتماع»: a definite noun after its own sentence's mention refers to that
        own = anaphoric and not (members[0].trig.definite and members[0].trig.kind == "N")
        k = None
        if len(members) == 1 and _aside(r, head):  # «وعبر الرئيس في الاجتماع عن ...»: only told again
            bare = dataclasses.replace(head, roles={}, location=None, places=set(), date=None, amounts=[])
            k = _merge_target(final, bare, anaphoric, own_antecedent=own, parsed=r.parsed)
        if k is not None:
            final[k].sents |= head.sents
        elif (k := _merge_target(final, head, anaphoric, own_antecedent=own, parsed=r.parsed,
                                 published=elsewhen, several=_several(r, head))) is not None:
            _absorb(final[k], head, pin=anaphoric or _shares(final[k], head))
        else:
            final.append(head)
            k = len(final) - 1
        for raw in members:
            owner[id(raw)] = k
    labels = {m.ref: m.label for m in r.mentions}
    fallback_date = article_date(anchor, published)
    now = fallback_date.value if fallback_date else ""
    for f in final:
        _fallback_actor(r, f, types[f.trig.type])
    met_where_visited(r, final)  # «زار طهران، والتقى بمسؤولين»: met where the visit went
    place_main_event(r, final, types, now, speech_statements)
    part_of: dict[int, int] = {}
    for k, f in enumerate(final):
        if f.trig.type in _MEETINGS:
            lo, hi = min(f.sents), max(f.sents)
            rivals = [
                g for g in final if g is not f and g.trig.type in _MEETINGS and lo <= min(g.sents) <= hi
            ]
            if not rivals:
                for si, ref in speakers:
                    if lo <= si <= hi:
                        f.add("participant", ref, 1.0)
        if f.trig.type == "Statement":
            meet = [j for j, g in enumerate(final) if g.trig.type in _MEETINGS and g.sents & f.sents]
            if meet:
                part_of[k] = meet[0]
                held = final[meet[0]].roles.get("participant", {})
                if r.parsed and f.location is None and final[meet[0]].location is not None and any(
                    ref in held for ref in f.roles.get("agent", {})
                ):  # a participant speaking at the meeting (as the parse tells), not a remark from afar
                    f.location = final[meet[0]].location
                    f.location_inferred = final[meet[0]].location_inferred
                orgs = [
                    ref
                    for ref in final[meet[0]].roles.get("participant", {})
                    if labels.get(ref) == "ORGANIZATION"
                ]
                if not f.roles.get("agent") and len(orgs) == 1:
                    f.add("agent", orgs[0], 1.0)
    events: list[Event] = []
    for k, f in enumerate(final):
        info = types[f.trig.type]
        ahead = f.date_from is not None and published is not None and f.date_from.value > str(published)
        if f.date is None and f.trig.start in (days_back or {}):  # «بعد يومين على هجوم»
            f.date = (days_back or {})[f.trig.start]
        if f.date is None and (f.date_from is None or ahead):
            f.date = fallback_date  # "a truce from Monday" that starts after the report: declared by then
        roles: dict[str, tuple[str, ...]] = {}
        hit, doer = f.roles.get("target", {}), f.roles.get("agent", {})
        top = max(doer.values(), default=0.0)
        for ref in {ref for ref, sc in doer.items() if sc == top} & set(hit):  # merged readings disagree
            (hit if hit[ref] <= doer[ref] else doer).pop(ref)
        for role, slot in f.roles.items():
            if slot:
                best = max(slot.values())
                refs = [ref for ref, sc in slot.items() if role != "agent" or sc == best]
                roles[role] = tuple(refs)
        if info.agent_joins and roles.get("agent"):
            roles["participant"] = tuple(dict.fromkeys([*roles["agent"], *roles.get("participant", ())]))
        related = [("reports", f"e{owner[id(x)] + 1}") for x in f.reports]
        if k in part_of:
            related.append(("partOf", f"e{part_of[k] + 1}"))
        si = min(f.sents)
        sent = r.sents[si]
        events.append(
            Event(
                id=f"e{k + 1}",
                type=f.trig.type,
                cameo=info.cameo,
                trigger=Span(*r.chars(f.trig.start, f.trig.end)),
                date=f.date,
                location=f.location and (place_fr(r, f.location[0]) if r.lang == "fr" else f.location[0]),
                roles=roles,
                amounts=tuple(f.amounts),
                quantities=tuple(f.quantities),
                evidence=r.chars(sent.start, sent.end)[2],
                sentence=si,
                date_from=f.date_from,
                related=tuple(dict.fromkeys(related)),
                location_inferred=f.location_inferred and f.location is not None,
            )
        )
    return events
