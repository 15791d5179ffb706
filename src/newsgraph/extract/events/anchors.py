"""When: the article's lead date, its byline, numbers and dates per trigger.

:func:`_anchor_date` finds the day the lead gives («أمس», "on Monday"); :func:`byline` the
reporter's line that opens a body («عين اليوم – الرياض»; the story's place is read in
:mod:`~newsgraph.extract.events.where`); :func:`_attach_numbers` gives each trigger the dates
and amounts of its clause; :func:`fill_dates` dates events built outside the shared
layer (English statements and pledges).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from datetime import date, timedelta
from typing import cast

from spacy.tokens import Doc

from newsgraph.extract.events.clauses import _Reader, _to_tokens
from newsgraph.extract.events.frames import _M, DateMentionLike, _Raw
from newsgraph.extract.events.when_fr import NO_EVENT
from newsgraph.extract.tokens import TokenTable
from newsgraph.types import Amount, DateValue, Event

__all__ = ["fill_dates", "article_date", "byline", "date_statements"]


#: Sentences (title included) in which the article's lead date is looked for.
_LEAD_SENTENCES = 4
#: How many days before publication the lead date may lie.
_LEAD_DAYS = 10


#: Dashes between the parts of a byline.
_DASHES = ("-", "–", "—")
#: A byline's parts have at most this many tokens («عبدالمجيد آل مبارك», «Next Previous محمد البلوي»).
_BYLINE_PART = 4
#: A byline has at most this many tokens.
_BYLINE_TOKENS = 12
def byline(doc: Doc, headline: bool = False) -> tuple[int, int] | None:
    """The tokens of a byline that opens the body, if any: short parts joined by dashes, up to a
    colon or the end of its line («عين اليوم – الرياض», «مهنا التميمي- سبق- الشرقية:»,
    «واس - الكويت :»). Its persons and organizations are the reporter and the outlet, no actors.

    Only in the first sentences after the headline; every part has at most ``_BYLINE_PART``
    tokens, the whole at most ``_BYLINE_TOKENS``.

    Examples:
        >>> import spacy
        >>> nlp = spacy.blank("ar"); _ = nlp.add_pipe("sentencizer")
        >>> byline(nlp("عين اليوم – الرياض : أعلنت الوزارة أمس"))
        (0, 4)
        >>> byline(nlp("أعلنت الوزارة - أمس - أن")) is None
        True
        >>> doc = nlp.make_doc("عين اليوم – الرياض\\nأعلنت الوزارة أمس")
        >>> for i, tok in enumerate(doc):
        ...     tok.is_sent_start = i in (0, 5)  # a newline starts a sentence
        >>> byline(doc)
        (0, 5)
    """
    for si, sent in enumerate(doc.sents):
        if si >= _LEAD_SENTENCES:
            break
        if headline and si == 0:
            continue
        colon = next((i for i in range(sent.start, min(sent.end, sent.start + _BYLINE_TOKENS + 1))
                      if doc[i].text == ":"), None)  # fmt: skip
        if colon is None:  # then the byline is the whole line
            after = doc[sent.end].idx if sent.end < len(doc) else sent.end_char
            text = TokenTable.of(doc).text  # (doc.text joins every token again)
            if len(sent) > _BYLINE_TOKENS or "\n" not in text[sent[-1].idx : after]:
                continue
        end = colon if colon is not None else sent.end
        parts, dashes = [0], 0
        for i in range(sent.start, end):
            text = doc[i].text.strip()
            if not text:
                continue
            if text not in _DASHES:
                parts[-1] += 1
            if text in _DASHES or (len(text) > 1 and text.endswith(_DASHES)):  # «التميمي-»
                dashes += 1
                parts.append(0)
        parts = [n for n in parts if n]
        if dashes and len(parts) >= 2 and max(parts) <= _BYLINE_PART:
            return sent.start, end
    return None


def _anchor_date(sent_of: Sequence[int], ds: Sequence[_M], published: date | None) -> DateValue | None:
    """The day the article's lead gives («أمس», "on Monday", «الثلاثاء الماضي»...), if any.

    Only a date given to the day, in the first sentences, on or at most
    ``_LEAD_DAYS`` days before publication (when that is known) counts; of
    several, the latest: the day of the news, not of the past event it tells.
    ``sent_of`` is the sentence index of each token.
    """
    days: list[DateValue] = []
    for d in ds:
        value = d.payload
        if d.ref != "point" or not isinstance(value, DateValue) or value.precision != "day":
            continue
        if sent_of[d.start] >= _LEAD_SENTENCES:
            continue
        try:
            day = date.fromisoformat(value.value)
        except ValueError:
            continue
        if published is None or 0 <= (published - day).days <= _LEAD_DAYS:
            days.append(value)
    # «أعلنت السلطات الأربعاء أن منفذ هجوم الاثنين ...»: the news is the latest day, not the first
    return max(days, key=lambda v: v.value) if days else None


#: The most days back «بعد N أيام على» is read for (a longer span is told with a date).
_MAX_DAYS_BACK = 31


def _days_back(r: _Reader, ns: Sequence[_M], anchor: DateValue | None) -> dict[int, DateValue]:
    """Days of events told as N days before the news, by the token the event word starts at.

    «ويأتي ذلك بعد يومين على هجوم انتحاري», «بعد ثلاثة أيام من الهجوم» (cue classes
    ``days_*``; ``ns`` the number mentions): the news day (``anchor``, :func:`_anchor_date`)
    minus N. Empty without a news day.
    """
    if anchor is None or anchor.precision != "day":
        return {}
    news = date.fromisoformat(anchor.value)
    cues = r.cues
    out: dict[int, DateValue] = {}
    for i in range(2, len(cues) - 1):  # i: «على», «من»
        if "days_link" not in cues[i]:
            continue
        n = 0
        if "days_dual" in cues[i - 1] and "days_after" in cues[i - 2]:
            n = 2
        elif "days_unit" in cues[i - 1]:
            num = next((x for x in ns if x.end == i and isinstance(x.payload, Amount)), None)
            if num is not None and num.start > 0 and "days_after" in cues[num.start - 1]:
                n = int(cast(Amount, num.payload).value)
        if 0 < n <= _MAX_DAYS_BACK:
            out[i + 1] = DateValue((news - timedelta(days=n)).isoformat(), "day")
    return out


def article_date(anchor: DateValue | None, published: date | None) -> DateValue | None:
    """The date of an event its sentence does not date: the lead's day, else the publication month."""
    if anchor is not None:
        return anchor
    return DateValue(f"{published:%Y-%m}", "month") if published is not None else None


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
        >>> from newsgraph.types import Span
        >>> nlp = spacy.blank("en"); _ = nlp.add_pipe("sentencizer")
        >>> doc = nlp("Ann spoke on Monday. Bob answered.")
        >>> evs = [Event("e1", "Statement", "01", Span(4, 9, "spoke")),
        ...        Event("e2", "Statement", "01", Span(25, 33, "answered"))]
        >>> out = fill_dates(doc, evs, find_dates(doc.text, "en", date(2024, 5, 8)), date(2024, 5, 8))
        >>> [e.date.value for e in out]
        ['2024-05-06', '2024-05-06']
    """
    if all(ev.date is not None or ev.date_from is not None for ev in events):
        return list(events)
    sent_of = [0] * len(doc)
    for si, sent in enumerate(doc.sents):
        sent_of[sent.start : sent.end] = [si] * (sent.end - sent.start)
    ds = [_M(*tok, "DATE", d.kind, d.value) for d in dates if (tok := _to_tokens(doc, d.start, d.end))]
    fallback = article_date(_anchor_date(sent_of, ds, published), published)
    out = []
    for ev in events:
        if ev.date is None and ev.date_from is None:
            tok = _to_tokens(doc, ev.trigger.start, ev.trigger.end)
            near = []
            if tok is not None:
                si = sent_of[tok[0]]
                near = sorted(  # by distance only: two dates as near keep their text order
                    ((abs(d.start - tok[0]), d.payload)
                     for d in ds
                     if d.ref == "point" and sent_of[d.start] == si and isinstance(d.payload, DateValue)),
                    key=lambda dp: dp[0],
                )
            ev = dataclasses.replace(ev, date=near[0][1] if near else fallback)
        out.append(ev)
    return out


#: Tokens after «منذ»/"since" that its phrase about an earlier happening may span (without a parse).
_SINCE_REACH = 10


def _since_cue(r: _Reader, start: int, gap: int = 1, parse: bool = False) -> int:
    """The «منذ»/"since" that opens the phrase token ``start`` stands in (at least ``gap`` tokens
    after it, within :data:`_SINCE_REACH` tokens of its sentence), else -1. With ``parse`` (and a
    parse), ``start`` must also be in the cue's subtree ("since re-establishing ties last month in a
    deal"; in "since March declared a truce", the truce is not)."""
    own = r.sent_of[start]
    for i in range(start - gap, max(start - _SINCE_REACH, 0) - 1, -1):
        if r.sent_of[i] != own:
            return -1
        if "since" in r.cues[i]:
            if parse and r.parsed and not any(t.i == start for t in r.doc[i].subtree):
                return -1
            return i
    return -1


def _since_date_cue(r: _Reader, d: _M, owner: int = -1) -> int:
    """The «منذ»/"since" of the phrase about something else that date ``d`` stands in, else -1:
    «منذ سقوطها في أيدي طالبان في 15 آب», "since its fall on August 15" date the fall, not the
    sentence's event. A date whose ``owner`` (the trigger the parse hangs it on) stands inside that
    phrase dates that trigger: «depuis les accords d'Évian, signés le 18 mars 1962» (-1)."""
    i = _since_cue(r, d.start, gap=2)  # a word at least between
    return i if i >= 0 and not i < owner < d.start else -1


#: The event types whose reports count the quantities of a kind (extract/casualties.py).
_COUNTED_BY = {"killed": ("Attack", "Bombing"), "injured": ("Attack", "Bombing"),
               "missing": ("Attack", "Bombing"), "arrested": ("Arrest",)}  # fmt: skip
#: How many sentences away a count may stand from the report it counts («قتل 15 شخصا» after the headline).
_COUNT_REACH = 3


def _counted_by(r: _Reader, raws: list[_Raw], n: _M) -> _Raw | None:
    """The trigger a typed count («32 قتيلا», "20 were killed") belongs to: the nearest of a type
    that counts it, in its sentence, else in the sentences before it, else the one after."""
    kind = n.payload.kind if isinstance(n.payload, Amount) else None
    types = _COUNTED_BY.get(kind or "", ())
    si = r.sent_of[n.start]
    cands = [
        (side, abs(raw.sent - si), abs(raw.trig.start - n.start), k)
        for k, raw in enumerate(raws)
        if raw.trig.type in types and abs(raw.sent - si) <= (_COUNT_REACH if raw.sent <= si else 1)
        for side in [0 if raw.sent == si else 1 if raw.sent < si else 2]
    ]
    return raws[min(cands)[-1]] if cands else None


def _set_date(raw: _Raw, d: _M, parsed: bool = False) -> None:
    if not isinstance(d.payload, DateValue):
        return
    if d.ref == "since" and raw.date_from is None:
        raw.date_from = d.payload
    elif d.ref == "point" and raw.date is None:
        raw.date, raw.date_parsed = d.payload, parsed


def date_statements(raws: list[_Raw], ds: list[_M], owned: Mapping[tuple[int, int], int]) -> None:
    """Give each statement of a speech verb the date the parse hangs on that verb («le 5 juillet
    1962, le général proclamait», «Le Figaro annonce mardi»), see :func:`_attach_numbers`."""
    by_start = {raw.trig.start: raw for raw in raws if raw.trig.kind in ("S", "A")}
    for d in ds:
        raw = by_start.get(owned.get((d.start, d.end), -1))
        if raw is not None:
            _set_date(raw, d, parsed=True)


def _attach_numbers(
    r: _Reader, raws: list[_Raw], scopes: list[set[int]], ds: list[_M], ns: list[_M],
    owned: Mapping[tuple[int, int], int] | None = None,
) -> None:
    """Give each trigger the amounts and dates of its clause (the nearest trigger in scope). With
    ``owned`` (a date's tokens → the start of the trigger the parse hangs it on, French), a date
    goes to that trigger, or waits for the statement of its speech verb (:func:`date_statements`)."""
    owned = owned or {}
    by_start = {raw.trig.start: raw for raw in raws}
    def owner(item: _M, loose: bool) -> _Raw | None:
        si = r.sent_of[item.start]
        cands = [
            (abs(raw.trig.start - item.start), k)
            for k, raw in enumerate(raws)
            if raw.sent == si and (r.clause_of[item.start] in scopes[k] or loose)
        ]
        return raws[min(cands)[1]] if cands else None

    for n in ns:
        if not isinstance(n.payload, Amount):
            continue
        raw = _counted_by(r, raws, n) if n.payload.kind else owner(n, False)
        if raw is not None:
            (raw.amounts if n.payload.currency else raw.quantities).append(n.payload)
    cues = [_since_date_cue(r, d, owner=owned.get((d.start, d.end), -1)) for d in ds]
    since = [(d, cue) for d, cue in zip(ds, cues, strict=True) if cue >= 0]
    ds = [d for d, cue in zip(ds, cues, strict=True) if cue < 0]
    # "since restoring relations last month in an accord mediated by Oman": the phrase's date dates
    # the events it tells, not the sentence's; and those take no other date of the sentence.
    earlier = {k: cue for k, raw in enumerate(raws) if (cue := _since_cue(r, raw.trig.start, parse=True)) >= 0
               and r.clause_of[cue] == r.clause_of[raw.trig.start]}
    for d, cue in since:
        for k, raw in enumerate(raws):
            if earlier.get(k) == cue and raw.date is None and isinstance(d.payload, DateValue):
                raw.date = d.payload
    for d in ds:
        if (d.start, d.end) in owned:  # NO_EVENT: a verb of no event's
            if (mine := by_start.get(owned[(d.start, d.end)])) is not None:
                _set_date(mine, d, parsed=True)
            continue
        si = r.sent_of[d.start]
        # A bare year elsewhere in the sentence is background («جرائم ارتكبت في 2011»), not the event's.
        year = isinstance(d.payload, DateValue) and d.payload.precision == "year"
        raw = owner(d, sum(x.sent == si for x in raws) == 1 and not year)
        if raw is not None:
            _set_date(raw, d)
    # A sentence's only time adverbial («أمس», "on Monday") dates all of its undated events.
    points: dict[int, list[_M]] = {}
    for d in ds:  # (not a day the parse gives a verb of no event: «a approuvé lundi l'accord»)
        if d.ref == "point" and isinstance(d.payload, DateValue) and d.payload.precision != "year" \
                and owned.get((d.start, d.end)) != NO_EVENT:
            points.setdefault(r.sent_of[d.start], []).append(d)
    for k, raw in enumerate(raws):
        only = points.get(raw.sent, [])
        if raw.date is None and len(only) == 1 and isinstance(only[0].payload, DateValue) \
                and k not in earlier:
            raw.date = only[0].payload
