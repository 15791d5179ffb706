"""Events with types, roles, dates, places and amounts, read from a spaCy Doc.

The package, one topic a module:

* :mod:`~newsgraph.extract.events.lexicons`: trigger lexicons, cue words and the frame table
  (``data/triggers_<lang>.tsv``, ``data/events_types.tsv``: the roles per type);
  :mod:`~newsgraph.extract.events.triggers` finds the triggers in a Doc;
* :mod:`~newsgraph.extract.events.clauses`: clauses, cue words, actors after a trigger;
* :mod:`~newsgraph.extract.events.roles`: one trigger's roles;
  :mod:`~newsgraph.extract.events.speakers`: speakers and their Statements, whom officials speak for;
  :mod:`~newsgraph.extract.events.fallback`: the nearest actor, for an event whose clause named nobody;
* :mod:`~newsgraph.extract.events.merge`: when two readings are one happening;
  :mod:`~newsgraph.extract.events.finish`: merging an article's readings and writing its Events;
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

from collections.abc import Sequence
from datetime import date

from spacy.tokens import Doc

from newsgraph.extract.events.anchors import (
    _anchor_date,
    _attach_numbers,
    _days_back,
    byline,
    date_statements,
    fill_dates,
)
from newsgraph.extract.events.carried_ar import carried_subjects
from newsgraph.extract.events.clauses import _is_adjective, _Reader, _scope, _to_tokens
from newsgraph.extract.events.complements_ar import title_orgs_out
from newsgraph.extract.events.deps_fr import capitals_as_countries_fr
from newsgraph.extract.events.deps_places import capitals_as_countries_en, nationality_before_name
from newsgraph.extract.events.finish import _finish
from newsgraph.extract.events.frames import (
    _M,
    DateMentionLike,
    MentionLike,
    NumberMentionLike,
    OfficialLike,
    _Raw,
)
from newsgraph.extract.events.guests_ar import attendance
from newsgraph.extract.events.hosts import hosted_at_home, state_hosts
from newsgraph.extract.events.lexicons import load_cues, load_event_types
from newsgraph.extract.events.links import wire_credit
from newsgraph.extract.events.outlets_ar import without_outlets
from newsgraph.extract.events.participants_fr import host_named_fr
from newsgraph.extract.events.passives_ar import unattributed
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
    _promise,
    _unreal_noun,
    _verb_as_noun,
    _wrong_object_fr,
    no_doer,
)
from newsgraph.extract.events.roles import _read, _visit_sides
from newsgraph.extract.events.senses_ar import allotted, hearing, play
from newsgraph.extract.events.speakers import _speakers, sides
from newsgraph.extract.events.triggers import find_triggers
from newsgraph.extract.events.unreal_en import habitual
from newsgraph.extract.events.verdicts_fr import verdicts_fr
from newsgraph.extract.events.when_fr import dated_triggers_fr
from newsgraph.extract.tokens import TokenTable
from newsgraph.text import normalize_token
from newsgraph.types import Event

__all__ = ["MentionLike", "DateMentionLike", "NumberMentionLike", "OfficialLike", "find_events", "fill_dates"]

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
            trigs = [t for t in trigs if not _consent(doc, t, cues) and not _promise(doc, t, cues)]
            trigs = [t for t in trigs if not habitual(doc, t)]  # "routinely kill": no one happening
        if lang == "fr":
            trigs = [t for t in trigs if not _verb_as_noun(doc, t) and not _attribution(doc, t, cues)]
            trigs = [t for t in trigs if not _described_fr(doc, t)]
            named = {i: m.label for m in ms if m.payload != "adj" for i in range(m.start, m.end)}
            trigs = [t for t in trigs if not _wrong_object_fr(doc, t, cues, named)]
            trigs = [t for t in trigs if not _no_voting_body_fr(doc, t, cues)]
            trigs = [_as_noun(doc, t, cues) for t in verdicts_fr(doc, trigs, cues)]
    if (line := byline(doc, headline)) is not None:  # a byline's reporter and outlet are no actors
        ms = [m for m in ms if m.label == "PLACE" or not line[0] <= m.start < line[1]]
    times = frozenset(i for d in ds for i in range(d.start, d.end))
    r = _Reader(doc, lang, ms, headline=headline, byline=line, glued=glued, times=times)
    if lang == "ar":  # «إمكانية إعادة فرض عقوبات», «يعتزم زيارة»: a possibility or an intention, no event
        # play in a sport or fiction sentence, and «نفق خصص للمشاة» (dedicated, no aid)
        trigs = [t for t in trigs if not (_possible_only(r, t) or play(r, t) or allotted(r, t))]
        trigs = [t for t in trigs if not hearing(r, t)]  # «الجلسة» of a court or a market
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
        keep = [k for k, x in enumerate(raws) if not (_nobody(r, x) or unattributed(r, x))]  # «تم الإعلان عن»
        raws, scopes = [raws[k] for k in keep], [scopes[k] for k in keep]
    keep = [k for k, x in enumerate(raws) if not no_doer(x)]  # «وصلت التعزيزات إلى عدن»: no visit
    raws, scopes = [raws[k] for k in keep], [scopes[k] for k in keep]
    if lang == "ar":  # «حضر الاستقبال X»: X attended, no host nor guest
        raws = [title_orgs_out(r, attendance(r, x)) for x in raws]  # «لرئيس مجلس الوزراء»: no party
    # French: a date goes to the trigger the parse hangs it on («le référendum du 1er juillet 1962»)
    owned = dated_triggers_fr(r, trigs, ds) if r.parsed and lang == "fr" else {}
    _attach_numbers(r, raws, scopes, ds, ns, owned)
    speakers = _speakers(r, trigs, raws, types, country_of, speech_statements, spoken_for)
    carried_subjects(r, raws, types)  # «وقال X ... . كما دعا إلى»: X calls (Arabic)
    date_statements(raws, ds, owned)
    anchor = _anchor_date(r.sent_of, ds, published)
    back = _days_back(r, ns, anchor)
    found = _finish(r, raws, speakers, types, published, anchor, back)
    if lang == "ar":  # «بحسب «رويترز»», «لم يتسن لرويترز التأكد»: the outlet tells, it takes no part
        found = [without_outlets(e) for e in found]
    home_of = state_hosts(officials, lang)
    # «استقبل الوزير الإماراتي نظيره المصري»: at home
    found = [hosted_at_home(e, home_of, country_of) for e in found]
    if lang == "fr":  # the visited country is the host if no one is; the visitor's none (participants_fr)
        return [_visit_sides(e, {}) if e.type == "Visit" and not host_named_fr(e) else e for e in found]
    return [_visit_sides(e, country_of) if e.type == "Visit" else e for e in found]
