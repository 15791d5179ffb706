"""Events with types, roles, dates, places and amounts, read from a spaCy Doc.

:func:`find_events` matches the trigger lexicons (:mod:`newsgraph.extract.triggers`)
and fills each event's roles from the mentions, dates and amounts of the same
sentence. The rules, in order:

* **Scope.** A sentence is cut into clauses at commas, "حيث"/"while"...,
  complementizers ("أن", "that": a reported clause) and relative pronouns.
  A trigger's scope is its clause plus a neighbouring clause that has no
  trigger of its own and is not a relative clause ("بحضور ممثلي ثمانين دولة،
  انعقد الاجتماع…", "…, in Marrakech").
* **Agent.** With an English parse, the subject (``nsubj``, ``agent``) of the
  trigger verb. Otherwise the mention right before a verb trigger in its clause
  («أن المغرب فكك»), else the one right after it (Arabic VSO: «فكك المغرب»),
  else the sentence's first actor outside a prepositional phrase. The genitive
  of a noun trigger («اعتقال X», "arrest of X") fills the type's object role.
  ``data/events_types.tsv`` says which role subject and object fill per type
  (a meeting's subject is a participant, an attack's object its target).
* **Speaker.** Speech verbs (kind ``S``) are not events. Their speaker, the
  nearest person, becomes the ``spokesperson`` of events reported after the
  verb; when such an event has no agent, the speaker's country or
  organization (``OfficialLike.of``) becomes its agent. An announcement verb
  (kind ``A``) that reports an event gives a Statement linked
  ``("reports", id)``; formal statement nouns («بيان», "communique") are
  Statements; a Statement in a sentence that names a meeting is
  ``("partOf", meeting id)`` and, without an agent of its own, takes the
  meeting's organization.
* **Place.** A PLACE or COUNTRY mention after في/ب/"in"/"at" in scope, a city
  preferred over a country («في مدينة مراكش بالمغرب» gives Marrakech).
* **Date.** A date mention of kind "point" in scope (else in the sentence when
  it has one event, or when it is the sentence's only date): ``date``; kind
  "since": ``date_from``. Undated meetings,
  visits and talks take the publication month at month precision (they are
  reported within days); other undated events keep ``date=None``.
* **Amounts.** Number mentions in scope: with a currency to ``amounts``, else
  to ``quantities``.
* **One happening, one event.** A trigger merges into the latest earlier event
  of its type when nothing conflicts (date, place of the same kind) and it is
  in the same sentence, is a definite noun («الاجتماع», "the summit"), or shares
  a place, date or amount. Roles are unioned (the best-attested agent wins),
  the strongest trigger kept (verb > noun > definite noun), and evidence is
  the first sentence. Persons who speak between a meeting's first and last
  mention are its participants.

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

import functools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Protocol

from spacy.tokens import Doc, Token

from newsgraph.extract.normalize import normalize_token
from newsgraph.extract.tokens import TokenTable
from newsgraph.extract.triggers import EventTypeInfo, TriggerMatch, find_triggers, load_cues, load_event_types
from newsgraph.types import Amount, DateValue, Event, Span

__all__ = ["MentionLike", "DateMentionLike", "NumberMentionLike", "OfficialLike", "find_events", "fill_dates"]

_ACTORS = ("PERSON", "ORGANIZATION", "COUNTRY")
_MEETINGS = ("Meeting", "Negotiation")
_BREAKS = frozenset({"clause_break", "complement", "relative"})  # cue classes that start a clause


class MentionLike(Protocol):
    """An entity mention: char offsets, label and entity id (e.g. :class:`newsgraph.types.Mention`)."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def label(self) -> str: ...
    @property
    def entity_id(self) -> str | None: ...


class DateMentionLike(Protocol):
    """A date found in the text (``newsgraph.extract.dates.DateMention``)."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def value(self) -> DateValue: ...
    @property
    def kind(self) -> str: ...


class NumberMentionLike(Protocol):
    """An amount or quantity found in the text (``newsgraph.extract.numbers.NumberMention``)."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def amount(self) -> Amount: ...


class OfficialLike(Protocol):
    """An official: the name's char span, the person id and whom the position is ``of``."""

    @property
    def name_start(self) -> int: ...
    @property
    def name_end(self) -> int: ...
    @property
    def of(self) -> str | None: ...
    @property
    def entity_id(self) -> str | None: ...


@dataclass(frozen=True)
class _M:
    """A mention (or date/number) in token offsets."""

    start: int
    end: int
    label: str
    ref: str
    payload: object = None


@dataclass
class _Raw:
    """One trigger's reading before merging."""

    trig: TriggerMatch
    sent: int
    roles: dict[str, dict[str, float]] = field(default_factory=dict)
    location: tuple[str, str] | None = None
    date: DateValue | None = None
    date_from: DateValue | None = None
    amounts: list[Amount] = field(default_factory=list)
    quantities: list[Amount] = field(default_factory=list)
    reports: list[_Raw] = field(default_factory=list)
    sents: set[int] = field(default_factory=set)
    #: every place named in the trigger's scope (a place of its own tells two happenings apart)
    places: set[str] = field(default_factory=set)

    def add(self, role: str | None, ref: str, score: float) -> None:
        if role:
            slot = self.roles.setdefault(role, {})
            slot[ref] = max(score, slot.get(ref, 0.0))


#: Arabic nisba endings of a nationality adjective («القطري», «التركية», «الأمريكيين»), normalised.
_NISBA = ("ي", "يه", "يين", "يون", "يان")


def _is_adjective(lang: str, label: str, text: str) -> bool:
    """A country named by a definite nationality adjective (it modifies the noun before it).

    Examples:
        >>> _is_adjective("ar", "COUNTRY", "القطري"), _is_adjective("ar", "COUNTRY", "قطر")
        (True, False)
    """
    if lang != "ar" or label != "COUNTRY":
        return False
    norm = normalize_token(text)
    return norm.startswith("ال") and norm.endswith(_NISBA)


def _actor_after(
    r: _Reader, end: int, cands: Sequence[_M], reach: int = 2, person_reach: int = 6
) -> list[_M]:
    """The actors right after token ``end``, nearest first, read past title words.

    A nationality adjective modifies the noun before it («وزير الخارجية القطري
    خالد العطية»), so a person within ``person_reach`` tokens, with nothing
    but adjectives in between, comes first; else the mentions within ``reach``.
    """
    after = [m for m in cands if m.start >= end and r.clause_of[m.start] == r.clause_of[max(end - 1, 0)]]
    for m in after:
        if m.payload == "adj":
            continue
        if m.start - end <= reach or (m.label == "PERSON" and m.start - end <= person_reach):
            return [m, *[x for x in after if x is not m and x.start - end <= reach]]
        break
    return [m for m in after if m.start - end <= reach]


def _to_tokens(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    return None if span is None or len(span) == 0 else (span.start, span.end)


@functools.lru_cache(maxsize=1 << 16)
def _cue_classes(lang: str, norm: str) -> frozenset[str]:
    """The cue classes of a word (``load_cues``); in Arabic also without a glued و or ف."""
    forms = [norm]
    if lang == "ar" and len(norm) > 2 and norm[0] in "وف":
        forms.append(norm[1:])
    return frozenset(c for c, words in load_cues(lang).items() if any(f in words for f in forms))


class _Reader:
    """Role reading over one Doc: clauses, cue words, mentions."""

    def __init__(self, doc: Doc, lang: str, mentions: list[_M]) -> None:
        self.doc, self.lang, self.mentions = doc, lang, mentions
        self.sents = list(doc.sents)
        self.table = TokenTable.of(doc)
        norms = self.table.norm
        #: the cue classes of each token (its norm, or its lower-case form when it has no norm)
        self.cues = [_cue_classes(lang, norm or doc[i].lower_) for i, norm in enumerate(norms)]
        self.sent_of = [0] * len(doc)
        self.clause_of = [0] * len(doc)
        self.clause_kind: dict[int, str] = {}
        clause = 0
        for si, sent in enumerate(self.sents):
            clause += 1
            self.clause_kind[clause] = ""
            self.sent_of[sent.start : sent.end] = [si] * (sent.end - sent.start)
            for i in range(sent.start, sent.end):
                cls = self.cues[i]
                if cls and not _BREAKS.isdisjoint(cls):
                    clause += 1
                    self.clause_kind[clause] = (
                        "relative" if "relative" in cls else ("complement" if "complement" in cls else "")
                    )
                self.clause_of[i] = clause
        #: the sentences each clause has tokens in (a clause changes wherever its sentence does)
        self.clause_sents: dict[int, set[int]] = {}
        prev = None
        for i, clause in enumerate(self.clause_of):
            if clause != prev:
                self.clause_sents.setdefault(clause, set()).add(self.sent_of[i])
                prev = clause

    def chars(self, start: int, end: int) -> tuple[int, int, str]:
        """Character offsets and text of the tokens ``start:end`` (not empty), as a Span gives them."""
        table = self.table
        start_char, end_char = table.idx[start], table.idx[end - 1] + len(table.orth[end - 1])
        return start_char, end_char, table.text[start_char:end_char]

    def context(self, m: _M) -> str:
        """The cue class governing a mention: location, target, participant, agent, against or ""."""
        i, seen = m.start - 1, 0
        while i >= 0 and seen < 3 and self.clause_of[i] == self.clause_of[m.start]:
            cls = self.cues[i]
            if "against" in cls:
                return "against"
            for c in ("location", "destination", "target", "participant", "agent"):
                if c in cls and (
                    seen == 0
                    or (c == "location" and "place_noun" in self.cues[i + 1])
                    or (c == "target" and seen == 1)  # «على مواقع الحوثيين», "against positions of X"
                ):
                    return c
            if "place_noun" not in cls:
                seen += 1
            i -= 1
        return ""

    def in_sent(self, si: int) -> list[_M]:
        return [m for m in self.mentions if self.sent_of[m.start] == si]


def _scope(r: _Reader, t: TriggerMatch, busy: set[int]) -> set[int]:
    own = r.clause_of[t.start]
    out = {own}
    for nb in (own - 1, own + 1):
        same_sent = r.sent_of[t.start] in r.clause_sents.get(nb, ())
        if (
            same_sent
            and nb not in busy
            and r.clause_kind.get(nb) != "relative"
            and (nb == own - 1 or r.clause_kind.get(nb) != "complement")
        ):
            out.add(nb)
    return out


def _dep_roles(r: _Reader, t: TriggerMatch, info: EventTypeInfo, raw: _Raw) -> None:
    span = r.doc[t.start : t.end]
    head = span.root

    def fill(tok: Token, role: str | None, score: float = 4.0) -> None:
        for m in r.mentions:
            if m.label in _ACTORS and tok.left_edge.i <= m.start and m.end <= tok.right_edge.i + 1:
                raw.add(role, m.ref, score)

    for child in head.children:
        if child.dep_ in ("nsubj", "poss") or (child.dep_ == "compound" and t.kind == "N"):
            fill(child, info.subject)
        elif child.dep_ in ("dobj", "nsubjpass"):
            fill(child, info.object)
        elif child.dep_ in ("agent", "prep"):
            word = child.lower_
            meets = "participant" in (info.subject, info.object)
            role = (
                info.subject
                if word == "by"
                else "participant"
                if meets and word in ("with", "between")
                else (info.object if word in ("of", "against", "on") else None)
            )
            for pobj in child.children:
                if pobj.dep_ == "pobj" and role:
                    fill(pobj, role, 3.5)


def _read(r: _Reader, t: TriggerMatch, info: EventTypeInfo, scope: set[int], speech: list[int]) -> _Raw:
    si = r.sent_of[t.start]
    raw = _Raw(t, si, sents={si})
    own = r.clause_of[t.start]
    near = [m for m in r.in_sent(si) if r.clause_of[m.start] in scope and not (t.start <= m.start < t.end)]
    inside = [m for m in r.mentions if t.start <= m.start and m.end <= t.end]
    ctx = {m: r.context(m) for m in near}
    free = [m for m in near if m.label in _ACTORS and ctx[m] == "" and r.clause_of[m.start] == own]
    if r.lang != "ar" and r.doc.has_annotation("DEP"):
        _dep_roles(r, t, info, raw)
    elif t.kind in ("V", "A"):
        before = [m for m in free if m.end <= t.start and t.start - m.end <= 2]
        after = _actor_after(r, t.end, free, reach=3)
        if before:
            raw.add(info.subject, before[-1].ref, 3.0)
            for m in after[:1]:
                raw.add(info.object, m.ref, 2.0)
        elif after:
            raw.add(info.subject if r.lang == "ar" else info.object, after[0].ref, 3.0)
            for m in after[1:2]:
                raw.add(info.object, m.ref, 2.0)
    else:
        gen = _actor_after(r, t.end, free)
        for m in gen[:1]:
            raw.add(info.genitive, m.ref, 2.5)
        light = [i for i in range(max(t.start - 8, 0), t.start) if "light_verb" in r.cues[i]]
        if light and r.clause_of[light[-1]] == own:
            between = [m for m in free if light[-1] < m.start and m.end <= t.start]
            between.sort(key=lambda m: m.payload == "adj")  # «الوزير القطري خالد»: the person
            for m in between[:1]:
                raw.add(info.subject, m.ref, 3.0)
        if r.lang != "ar":
            for m in free:
                if m.end == t.start:
                    raw.add(info.subject, m.ref, 2.5)
    for m in inside:
        if m.label in _ACTORS:
            raw.add(info.subject, m.ref, 2.5)
    if (
        t.kind == "V"
        and info.subject
        and not raw.roles.get(info.subject)
        and r.clause_kind[own] != "complement"
    ):
        first = [
            m
            for m in r.in_sent(si)
            if m.label in _ACTORS
            and m.end <= t.start
            and r.context(m) == ""
            and not any(m.end <= s < t.start for s in speech)
        ]
        if first:
            raw.add(info.subject, first[0].ref, 1.0)
    for m in near:
        c = ctx[m]
        if m.label in _ACTORS and c == "participant" and "participant" in (info.subject, info.object):
            raw.add("participant", m.ref, 2.0)
        elif m.label in _ACTORS and c == "target" and info.object == "target":
            raw.add("target", m.ref, 2.0)
        elif m.label in _ACTORS and c == "agent":
            raw.add(info.subject, m.ref, 3.0)
        elif info.subject == "participant" and m.label in _ACTORS and c == "" and r.clause_of[m.start] == own:
            raw.add("participant", m.ref, 1.0)
    raw.places = {m.ref for m in near if m.label == "PLACE"}
    if info.located:
        wanted = ("location", "destination") if info.type == "Visit" else ("location",)
        places = [m for m in near if m.label in ("PLACE", "COUNTRY") and ctx[m] in wanted]
        if not places and info.type == "Visit":
            places = [
                m
                for m in near
                if m.label in ("PLACE", "COUNTRY") and m.ref in raw.roles.get("participant", {})
            ]
        places.sort(key=lambda m: (r.clause_of[m.start] != own, m.label != "PLACE", abs(m.start - t.start)))
        if places:
            raw.location = (places[0].ref, places[0].label)
            for slot in raw.roles.values():
                slot.pop(places[0].ref, None)
    return raw


def _compatible(a: _Raw, b: _Raw) -> bool:
    if (
        a.date
        and b.date
        and not (a.date.value.startswith(b.date.value) or b.date.value.startswith(a.date.value))
    ):
        return False
    return not (a.location and b.location and a.location[1] == b.location[1] and a.location != b.location)


def _shares(a: _Raw, b: _Raw) -> bool:
    money = {(x.value, x.currency) for x in a.amounts} & {(x.value, x.currency) for x in b.amounts}
    return (
        bool(money)
        or (a.location is not None and a.location == b.location)
        or (a.date is not None and a.date == b.date)
    )


#: Event types read as one family when merging mentions of one happening.
_FAMILIES = {"Bombing": "Attack"}


def _family(raw: _Raw) -> str:
    return _FAMILIES.get(raw.trig.type, raw.trig.type)


def _agents(raw: _Raw) -> set[str]:
    return set(raw.roles.get("agent", {}))


def _same_speaker(a: _Raw, b: _Raw) -> bool:
    """Statements are one when their speakers meet (or one has none yet); other types always."""
    if a.trig.type != "Statement" or b.trig.type != "Statement":
        return True
    return not _agents(a) or not _agents(b) or bool(_agents(a) & _agents(b))


def _merge_target(final: list[_Raw], head: _Raw, anaphoric: bool) -> int | None:
    """The earlier event ``head`` is another mention of, if any.

    A Statement joins the latest earlier Statement of the same speaker. Other
    events join the latest earlier event of their type family when nothing
    conflicts and the later mention is anaphoric («الهجوم», "the attack") or
    shares a place, date or amount with it.
    """
    for k in range(len(final) - 1, -1, -1):
        prev = final[k]
        if _family(prev) != _family(head):
            continue
        if head.trig.type == "Statement":
            if _agents(head) and _agents(head) & _agents(prev) and _compatible(prev, head):
                return k
            continue
        near = min(head.sents) - max(prev.sents) <= _CHAIN and prev.trig.type == head.trig.type
        linked = anaphoric or _shares(prev, head) or (near and not _distinct(prev, head))
        if _compatible(prev, head) and linked:
            return k
        return None
    return None


#: A bare mention joins an event of its type mentioned at most this many sentences before.
_CHAIN = 2


def _fallback_actor(r: _Reader, f: _Raw, info: EventTypeInfo) -> None:
    """An event nobody's role was read for takes the actor nearest its trigger in the clause.

    Only when the clause structure gave no agent and no participant; the actor
    must hold no other role (target, spokesperson) and not be the location. With
    none in the clause, the sentence's nearest actor is taken.
    """
    if f.roles.get("agent") or f.roles.get("participant"):
        return
    taken = {ref for slot in f.roles.values() for ref in slot} | ({f.location[0]} if f.location else set())
    own = r.clause_of[f.trig.start]
    free = [
        m
        for m in r.in_sent(r.sent_of[f.trig.start])
        if m.label in _ACTORS and m.ref not in taken and r.context(m) in ("", "agent", "participant")
    ]
    cands = [m for m in free if r.clause_of[m.start] == own] or free
    if cands:
        best = min(cands, key=lambda m: (m.payload == "adj", abs(m.start - f.trig.start)))
        f.add(info.subject or "participant", best.ref, 0.5)


def _distinct(a: _Raw, b: _Raw) -> bool:
    """Whether two mentions of one type family name different happenings: each has its own
    place, or each its own agents, and they share none of them."""
    if a.location and b.location and a.location != b.location:
        return True
    if a.places and b.places and not a.places & b.places:
        return True
    for role in ("agent", "target"):
        mine, theirs = set(a.roles.get(role, {})), set(b.roles.get(role, {}))
        if mine and theirs and not mine & theirs:
            return True
    return False


def _absorb(a: _Raw, b: _Raw) -> None:
    for role, slot in b.roles.items():
        for ref, score in slot.items():
            a.add(role, ref, score)
    if b.location and (a.location is None or (a.location[1] == "COUNTRY" and b.location[1] == "PLACE")):
        a.location = b.location
    a.date = a.date or b.date
    a.date_from = a.date_from or b.date_from
    for mine, theirs in ((a.amounts, b.amounts), (a.quantities, b.quantities)):
        seen = {(x.value, x.currency, x.unit) for x in mine}
        mine += [x for x in theirs if (x.value, x.currency, x.unit) not in seen]
    a.reports += b.reports
    a.sents |= b.sents
    a.places |= b.places
    if b.trig.strength > a.trig.strength:
        a.trig = b.trig


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
            English reads its statements from the parse instead (``en_events``).

    Returns:
        Events with ids "e1", "e2"... in order of first appearance.
    """
    types = load_event_types()
    ms: list[_M] = []
    for m in mentions:
        tok = _to_tokens(doc, m.start, m.end)
        if tok and m.entity_id:
            ms.append(_M(tok[0], tok[1], m.label, m.entity_id))
    if not mentions and "ng_mentions" in doc.spans:
        ms = [_M(s.start, s.end, s.label_, s.kb_id_) for s in doc.spans["ng_mentions"] if s.kb_id_]
    # A generic place noun is no name, even when an alias says so ("مدينة" is also Medina).
    generic = load_cues(lang).get("place_noun", frozenset())
    table = TokenTable.of(doc)

    def text_of(m: _M) -> str:  # doc[m.start : m.end].text
        if m.end <= m.start:
            return ""
        return table.text[table.idx[m.start] : table.idx[m.end - 1] + len(table.orth[m.end - 1])]

    ms = sorted(
        (
            _M(m.start, m.end, m.label, m.ref, "adj" if _is_adjective(lang, m.label, text) else None)
            for m in ms
            if (text := text_of(m)) and normalize_token(text) not in generic
        ),
        key=lambda m: m.start,
    )
    # A mention inside another («التركية» in «الشرطة التركية») names no actor of its own here.
    ms = [m for m in ms if not any(o is not m and o.start <= m.start and m.end <= o.end for o in ms)]
    r = _Reader(doc, lang, ms)
    ds = [_M(*tok, "DATE", d.kind, d.value) for d in dates if (tok := _to_tokens(doc, d.start, d.end))]
    ns = [_M(*tok, "NUM", "", n.amount) for n in amounts if (tok := _to_tokens(doc, n.start, n.end))]
    ns = [n for n in ns if not any(d.start <= n.start < d.end for d in ds)]
    country_of = {o.entity_id: o.of for o in officials if o.entity_id and o.of}

    trigs = [t for t in find_triggers(doc, lang) if t.type in types]
    trigs = [t for t in trigs if not any(m.start <= t.start and t.end <= m.end for m in ms)]
    events = [t for t in trigs if t.kind in ("V", "N")]
    busy = {r.clause_of[t.start] for t in trigs}
    speech = [t.start for t in trigs if t.kind in ("S", "A")]
    raws: list[_Raw] = []
    scopes: list[set[int]] = []
    for t in events:
        scope = _scope(r, t, busy)
        raws.append(_read(r, t, types[t.type], scope, speech))
        scopes.append(scope)
    _attach_numbers(r, raws, scopes, ds, ns)
    speakers = _speakers(r, trigs, raws, types, country_of, speech_statements)
    return _finish(r, raws, speakers, types, published, _anchor_date(r, ds, published))


#: Sentences (title included) in which the article's lead date is looked for.
_LEAD_SENTENCES = 4
#: How many days before publication the lead date may lie.
_LEAD_DAYS = 10


#: Mentions that can give the story's place when no event in the lead has one.
_STORY_LABELS = ("PLACE", "COUNTRY")
#: Tokens that end a dateline's place name: «الرياض - واس», «لندن:», "CAIRO —", "BAGHDAD (AFP)".
_DATELINE_MARKS = frozenset({":", "-", "—", "–", "(", "/"})


def _dateline_place(r: _Reader) -> _M | None:
    """The place of a dateline at the start of one of the first sentences, if any.

    «جدة 25 شوال 1436 هـ ... واس», «لندن: ...», "CAIRO: ...", "Baghdad (IP) - ...":
    a place name that opens a line and is followed at once by a date or a dateline mark.
    """
    for si, sent in enumerate(r.sents[:_LEAD_SENTENCES]):
        first = next((m for m in r.mentions if m.start >= sent.start), None)
        if first is None or first.label != "PLACE" or r.sent_of[first.start] != si:
            continue
        if first.start != sent.start and not r.doc[sent.start : first.start].text.strip() == "":
            continue
        nxt = r.doc[first.end] if first.end < len(r.doc) else None
        if nxt is not None and (nxt.text in _DATELINE_MARKS or nxt.like_num or nxt.text[:1].isdigit()):
            return first
    return None


def _anchor_date(r: _Reader, ds: Sequence[_M], published: date | None) -> DateValue | None:
    """The day the article's lead gives («أمس», "on Monday", «الثلاثاء الماضي»...), if any.

    Only a date given to the day, in the first sentences, on or at most
    ``_LEAD_DAYS`` days before publication (when that is known) counts.
    """
    for d in ds:
        value = d.payload
        if d.ref != "point" or not isinstance(value, DateValue) or value.precision != "day":
            continue
        if r.sent_of[d.start] >= _LEAD_SENTENCES:
            break
        try:
            day = date.fromisoformat(value.value)
        except ValueError:
            continue
        if published is None or 0 <= (published - day).days <= _LEAD_DAYS:
            return value
    return None


def fill_dates(
    doc: Doc, events: Sequence[Event], dates: Sequence[DateMentionLike], published: date | None
) -> list[Event]:
    """Give each undated event the date its sentence gives, else the article's.

    The sentence's date is the point date nearest the trigger; the article's
    is the day its lead gives (see :func:`_anchor_date`), else the
    publication month. Events with a date or a start date are left alone.

    Examples:
        >>> import spacy
        >>> from newsgraph.extract.dates import find_dates
        >>> nlp = spacy.blank("en"); _ = nlp.add_pipe("sentencizer")
        >>> doc = nlp("Ann spoke on Monday. Bob answered.")
        >>> evs = [Event("e1", "Statement", "01", Span(4, 9, "spoke")),
        ...        Event("e2", "Statement", "01", Span(25, 33, "answered"))]
        >>> out = fill_dates(doc, evs, find_dates(doc.text, "en", date(2024, 5, 8)), date(2024, 5, 8))
        >>> [e.date.value for e in out]
        ['2024-05-06', '2024-05-06']
    """
    import dataclasses

    r = _Reader(doc, "en", [])
    ds = [_M(*tok, "DATE", d.kind, d.value) for d in dates if (tok := _to_tokens(doc, d.start, d.end))]
    anchor = _anchor_date(r, ds, published)
    out = []
    for ev in events:
        if ev.date is None and ev.date_from is None:
            tok = _to_tokens(doc, ev.trigger.start, ev.trigger.end)
            near = []
            if tok is not None:
                si = r.sent_of[tok[0]]
                near = sorted(
                    (abs(d.start - tok[0]), d.payload)
                    for d in ds
                    if d.ref == "point" and r.sent_of[d.start] == si and isinstance(d.payload, DateValue)
                )
            value = near[0][1] if near else anchor
            if value is None and published is not None:
                value = DateValue(f"{published:%Y-%m}", "month")
            ev = dataclasses.replace(ev, date=value)
        out.append(ev)
    return out


def _attach_numbers(r: _Reader, raws: list[_Raw], scopes: list[set[int]], ds: list[_M], ns: list[_M]) -> None:
    def owner(item: _M, loose: bool) -> _Raw | None:
        si = r.sent_of[item.start]
        cands = [
            (abs(raw.trig.start - item.start), k)
            for k, raw in enumerate(raws)
            if raw.sent == si and (r.clause_of[item.start] in scopes[k] or loose)
        ]
        return raws[min(cands)[1]] if cands else None

    for n in ns:
        raw = owner(n, False)
        if raw is not None and isinstance(n.payload, Amount):
            (raw.amounts if n.payload.currency else raw.quantities).append(n.payload)
    for d in ds:
        si = r.sent_of[d.start]
        raw = owner(d, sum(x.sent == si for x in raws) == 1)
        if raw is not None and isinstance(d.payload, DateValue):
            if d.ref == "since" and raw.date_from is None:
                raw.date_from = d.payload
            elif d.ref == "point" and raw.date is None:
                raw.date = d.payload
    # A sentence's only time adverbial («أمس», "on Monday") dates all of its undated events.
    points: dict[int, list[_M]] = {}
    for d in ds:
        if d.ref == "point" and isinstance(d.payload, DateValue):
            points.setdefault(r.sent_of[d.start], []).append(d)
    for raw in raws:
        only = points.get(raw.sent, [])
        if raw.date is None and len(only) == 1 and isinstance(only[0].payload, DateValue):
            raw.date = only[0].payload


def _speakers(
    r: _Reader,
    trigs: list[TriggerMatch],
    raws: list[_Raw],
    types: Mapping[str, EventTypeInfo],
    country_of: Mapping[str, str],
    speech_statements: bool,
) -> list[tuple[int, str]]:
    """Give reported events their spokesperson (and agent); add Statements.

    An announcement verb that reports an event gives a Statement; with
    ``speech_statements`` every speech verb whose speaker is named does.
    """
    out: list[tuple[int, str]] = []
    for s in (t for t in trigs if t.kind in ("S", "A")):
        si = r.sent_of[s.start]
        cands = [m for m in r.in_sent(si) if m.label in _ACTORS and r.context(m) in ("", "agent")]
        after = _actor_after(r, s.end, cands, reach=3)
        persons_after = [m for m in after if m.label == "PERSON"]
        persons_before = [m for m in cands if m.label == "PERSON" and m.end <= s.start]
        before = [m for m in cands if m.end <= s.start and s.start - m.end <= 2]
        before.sort(key=lambda m: m.payload != "adj")  # a named actor after an adjective
        picks = persons_after or persons_before[-1:] or after or before[-1:]
        if not picks:
            continue
        pick = picks[0]
        if pick.label == "PERSON":
            out.append((si, pick.ref))
        reported = [
            x
            for x in raws
            if x.sent == si
            and x.trig.kind in ("V", "N")
            and not any(pick.ref in slot for slot in x.roles.values())
        ]
        for x in reported:
            info = types[x.trig.type]
            if pick.label == "PERSON":
                x.add("spokesperson", pick.ref, 3.0)
            if info.subject == "agent" and not x.roles.get("agent"):
                who = country_of.get(pick.ref) if pick.label == "PERSON" else pick.ref
                if who:
                    x.add("agent", who, 1.5)
        if (s.kind == "A" and reported) or speech_statements:
            st = _Raw(s, si, sents={si}, reports=reported)
            st.add("agent", pick.ref, 3.0)
            if pick.label == "PERSON":
                st.add("spokesperson", pick.ref, 3.0)
            raws.append(st)
    return out


def _finish(
    r: _Reader,
    raws: list[_Raw],
    speakers: list[tuple[int, str]],
    types: Mapping[str, EventTypeInfo],
    published: date | None,
    anchor: DateValue | None = None,
) -> list[Event]:
    final: list[_Raw] = []
    owner: dict[int, int] = {}
    groups: list[tuple[_Raw, list[_Raw], bool]] = []  # same type, same sentence first
    for raw in sorted(raws, key=lambda x: x.trig.start):
        anaphoric = raw.trig.definite and raw.trig.kind == "N"
        g = next(
            (
                g
                for g in groups
                if _family(g[0]) == _family(raw)
                and g[0].sent == raw.sent
                and _same_speaker(g[0], raw)
                and not _distinct(g[0], raw)
            ),
            None,
        )
        if g is None:
            groups.append((raw, [raw], anaphoric))
        else:
            _absorb(g[0], raw)
            g[1].append(raw)
            groups[groups.index(g)] = (g[0], g[1], g[2] or anaphoric)
    for head, members, anaphoric in groups:
        k = _merge_target(final, head, anaphoric)
        if k is not None:
            _absorb(final[k], head)
        else:
            final.append(head)
            k = len(final) - 1
        for raw in members:
            owner[id(raw)] = k
    labels = {m.ref: m.label for m in r.mentions}
    # Where the story happens: the dateline's place, else the first place an event in the lead has.
    story: tuple[str, str] | None = None
    dateline = _dateline_place(r)
    if dateline is not None:
        story = (dateline.ref, dateline.label)
    else:
        story = next((f.location for f in final if f.location and min(f.sents) < _LEAD_SENTENCES), None)
    speech_story = story  # a statement is placed by a dateline or the lead's event, not by a bare name
    if story is None:  # the first place the headline or the lead names
        named = (m for m in r.mentions if m.label in _STORY_LABELS and r.sent_of[m.start] < 2)
        story = next(((m.ref, m.label) for m in named), None)
    for f in final:
        _fallback_actor(r, f, types[f.trig.type])
        if f.location is None and story is not None and types[f.trig.type].located:
            f.location = story
        elif f.location is None and f.trig.type == "Statement":
            f.location = speech_story
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
        if f.date is None and f.date_from is None:
            # The article's date: the day its lead gives, else the publication month.
            if anchor is not None:
                f.date = anchor
            elif published is not None:
                f.date = DateValue(f"{published:%Y-%m}", "month")
        roles: dict[str, tuple[str, ...]] = {}
        for role, slot in f.roles.items():
            if slot:
                best = max(slot.values())
                refs = [ref for ref, sc in slot.items() if role != "agent" or sc == best]
                roles[role] = tuple(refs)
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
                location=f.location[0] if f.location else None,
                roles=roles,
                amounts=tuple(f.amounts),
                quantities=tuple(f.quantities),
                evidence=r.chars(sent.start, sent.end)[2],
                sentence=si,
                date_from=f.date_from,
                related=tuple(dict.fromkeys(related)),
            )
        )
    return events
