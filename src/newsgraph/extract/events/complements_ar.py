"""The body a named official's title names is no party to his meeting, in Arabic: in «استقبل الأمير X
النائب الثاني لرئيس مجلس الوزراء ... الوزير Y», «حضر الاجتماع رئيس هيئة الأركان العامة الفريق Z» the
council and the staff are only the complements of titles («رئيس مجلس الوزراء»), not sides that met
(GUIDELINES.md: a person's organization is not added to a role unless the text presents it as a
party). An organization every mention of which in the event's sentence stands right after a title
head or prefix word (``data/titles_ar.tsv``: «رئيس», «وزير», «وكيل», «لرئيس») is dropped from the
parties and attendees of a meeting, visit, call or negotiation that names a person among them.
"""

from __future__ import annotations

from newsgraph.extract.events.clauses import _Reader
from newsgraph.extract.events.frames import _M, ATTENDEE, PARTY_ROLES, _Raw
from newsgraph.extract.lexicon import title_words

__all__ = ["title_org", "title_orgs_out"]

#: Event types whose parties meet: a title's body is no side of theirs
_MEETING_TYPES = frozenset({"Meeting", "Visit", "Call", "Negotiation"})


#: The title-word kinds that head a title («رئيس», «وزير») and so stand right before its body
_HEAD_KINDS = ("head", "prefix")


def _after_title(r: _Reader, m: _M) -> bool:
    """Whether a title head stands right before mention ``m`` («رئيس مجلس الوزراء», «لرئيس مجلس»)."""
    i = m.start - 1
    while i >= 0 and r.doc[i].is_quote:
        i -= 1
    if i < 0 or r.sent_of[i] != r.sent_of[m.start]:
        return False
    word = r.table.norm[i] or r.doc[i].lower_
    heads = title_words("ar", _HEAD_KINDS)
    return word in heads or (word[:1] == "ل" and word[1:] in heads)


def title_org(r: _Reader, m: _M, kind: str) -> bool:
    """Whether organization mention ``m`` only complements a title, for an event of type ``kind`` whose
    parties meet: no actor for :func:`.fallback._fallback_actor` to give it either."""
    return kind in _MEETING_TYPES and m.label == "ORGANIZATION" and _after_title(r, m)


def title_orgs_out(r: _Reader, raw: _Raw) -> _Raw:
    """``raw`` without the organizations that only complement a party's title (module doc)."""
    if raw.trig.type not in _MEETING_TYPES:
        return raw
    slots = [s for s in (*PARTY_ROLES, ATTENDEE) if raw.roles.get(s)]
    ms = r.in_sent(raw.sent)
    label = {m.ref: m.label for m in ms}
    if not any(label.get(ref) == "PERSON" for s in slots for ref in raw.roles[s]):
        return raw
    for s in slots:
        for ref in [ref for ref in raw.roles[s] if label.get(ref) == "ORGANIZATION"]:
            if all(_after_title(r, m) for m in ms if m.ref == ref):
                raw.roles[s].pop(ref)
    raw.prune()
    return raw
