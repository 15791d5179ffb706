"""Whom an Arabic statement is told to (no parser): «وقال X لـ«عكاظ»», «أكد لـ"الاقتصادية" مصدر»,
«في تصريح لـ«الشرق الأوسط»».

An actor glued to «ل» (or after a «ل»/«لـ» the tokenizer split off, past quotes) is the addressee
of a speech verb when it stands right after the verb, right after the speaker's name («قال الحاكم X
لوكالة فرانس برس») or right after an occasion noun of speaking (``interview`` cue: «في تصريح لـ»),
before the speech itself begins (a complementizer or a colon), or past words that only name or
describe the speaker («قال X وزير الخارجية اليمني لـ«الشرق الأوسط»», «قال سكان في صنعاء لـ»).
It is the Statement's target (GUIDELINES.md: target = addressee), never its speaker. Not after a
title («المتحدث الرسمي لهيئة الهلال الأحمر»: whose spokesman), nor after any other word («أكد الدعم
الكامل لمصر»: Egypt is backed, not told).
"""

from __future__ import annotations

from newsgraph.extract.events.clauses import _Reader
from newsgraph.extract.events.frames import _M
from newsgraph.extract.events.guests_ar import speaker_words
from newsgraph.extract.events.lexicons import TriggerMatch
from newsgraph.extract.events.targets_ar import _actor_at

__all__ = ["addressees_ar"]

#: Tokens after a speech verb within which its addressee is looked for.
_REACH = 14
#: The «ل» the tokenizer may split off before a quoted name («لـ"الاقتصادية"»).
_LAM = frozenset({"ل", "لـ", "ـ"})
#: What may stand between a glued «ل» and the name: the tatweel and quotes («لـ«عكاظ»»).
_GLUE = "ـ\"'«»“”"


def _lam_before(r: _Reader, m: _M) -> int | None:
    """The token right before the «ل» that governs mention ``m`` (past quotes), or None without one."""
    if r.glued.get(m.start, "").rstrip(_GLUE).endswith("ل"):  # «لـ"الاقتصادية"» as one token
        return m.start - 1
    j = m.start - 1
    while j >= 0 and (r.doc[j].is_quote or r.doc[j].text == "ـ"):
        j -= 1
    return j - 1 if j >= 0 and r.doc[j].text in _LAM else None


def addressees_ar(r: _Reader, s: TriggerMatch, speakers: list[_M]) -> list[_M]:
    """The actors speech verb ``s`` is told to (module doc); ``speakers``: the mentions that may speak."""
    out: list[_M] = []
    anchors = {s.end - 1} | {m.end - 1 for m in speakers}
    for i in range(s.end, min(s.end + _REACH, len(r.doc))):
        if r.sent_of[i] != r.sent_of[s.start] or "complement" in r.cues[i] or r.doc[i].text == ":":
            break
        m = _actor_at(r, i)
        if m is None:
            continue
        k = _lam_before(r, m)
        if k is None or k < s.end - 1:
            continue
        if k in anchors or "interview" in r.cues[k] or _speaker_phrase(r, s.end, k + 1):
            out.append(m)
    return out


def _speaker_phrase(r: _Reader, start: int, end: int) -> bool:
    """Whether tokens ``start:end`` only name or describe the speaker: names, title words, unnamed-source
    words, dates and punctuation («قال X وزير الخارجية اليمني لـ», «قال سكان في صنعاء لـ»), so the «ل»
    after them addresses the statement (a content word, «أكد دعم مصر لـ», blocks it). They end in the
    name of a person, country or place: after a title word or a body the «ل» names whose it is."""
    last = r.mention_at.get(end - 1)
    if last is None or last.end != end or last.label == "ORGANIZATION":
        return False  # «المتحدث الرسمي لهيئة X», «المكتب الإعلامي للمقاومة»: whose spokesman, whose office
    words = speaker_words()
    for i in range(start, end):
        tok = r.doc[i]
        if not (i in r.mention_at or i in r.times or tok.is_punct or tok.is_quote or "anonymous" in r.cues[i]
                or (r.table.norm[i] or tok.lower_) in words):
            return False
    return True
