"""The subject an Arabic sentence leaves out because it goes on with the speaker before: «وقال غوتيريش إن ...
. كما دعا إلى وقف إطلاق النار», «وأضاف ... . وطالب بالإفراج عن ...». A verb that opens its sentence (past
«و», «كما», «ثم»: ``data/clause_openers_ar.txt``) with a preposition or «أن» right after it has no subject
of its own: its subject is the one who spoke last in the sentence before (the agent of its last
statement). Without this the nearest name of the sentence, often one deep in what is called for («بين
إسرائيل وغزة»), was read as the doer.

Within one sentence, a verb right after «إنه», «أنها» (``he_that`` cue words: «وقال الحزب إنه استهدف
مواقع X») is the act of the speaker the pronoun stands for (:func:`_speaker_acts`).
"""

from __future__ import annotations

from collections.abc import Mapping

from newsgraph.extract.events.clauses import _Reader
from newsgraph.extract.events.frames import _Raw
from newsgraph.extract.events.lexicons import EventTypeInfo
from newsgraph.extract.lexicon import words

__all__ = ["carried_subjects"]

#: Cue classes of the word right after a verb that show it names no subject: «دعا إلى», «أكد أن»
_NO_SUBJECT = frozenset({"destination", "complement", "target", "topic"})


def carried_subjects(r: _Reader, raws: list[_Raw], types: Mapping[str, EventTypeInfo]) -> None:
    """Give a sentence-opening verb with no subject the last speaker of the sentence before, and a verb
    right after «إنه» the speaker of its own sentence (module doc)."""
    if r.lang != "ar":
        return
    for x in raws:
        info = types[x.trig.type]
        t = x.trig
        if t.kind == "V" and info.subject and t.start > 0 and "he_that" in r.cues[t.start - 1]:
            _speaker_acts(r, x, info, raws)
            continue
        if t.kind != "V" or not info.subject or x.roles.get(info.subject) or x.unnamed or x.prior is not None:
            continue
        if not _opens_sentence(r, t.start) or t.end >= len(r.doc) or not _no_subject_after(r, t.end):
            continue
        si = r.sent_of[t.start]
        prev = si - 1
        while prev >= 0 and all(tok.is_space or tok.is_punct for tok in r.sents[prev]):
            prev -= 1  # a paragraph break
        said = [s for s in raws if s.trig.kind in ("S", "A") and s.sent == prev and s.roles.get("agent")]
        if not said:
            continue
        for ref in max(said, key=lambda s: s.trig.start).strongest("agent"):
            x.add(info.subject, ref, 1.2)


def _speaker_acts(r: _Reader, x: _Raw, info: EventTypeInfo, raws: list[_Raw]) -> None:
    """«قال X إنه زار طبرق لإقناع مجلس النواب»: the verb right after «إنه» is the act of the speaker the
    pronoun stands for (the agent of the speech verb before it in its sentence); a name after the verb is
    its object, not its subject."""
    t, role = x.trig, info.subject
    if not role:
        return
    said = [s for s in raws if s.trig.kind in ("S", "A") and s.sent == r.sent_of[t.start]
            and s.trig.end < t.start and s.roles.get("agent")]
    if not said:
        return
    speaker = max(said, key=lambda s: s.trig.start).strongest("agent")
    after = {m.ref for m in r.in_sent(r.sent_of[t.start]) if m.start >= t.end}  # named after the verb
    for ref in list(x.roles.get(role, {})):
        if ref not in speaker and ref in after:
            score = x.roles[role].pop(ref)
            if info.object and info.object != role:
                x.add(info.object, ref, score)
    if x.roles.get(role):
        return  # «أشارت نولاند إلى أنها ستخصص»: the speaker's side, given by the speech verb (speakers.py)
    for ref in speaker:
        x.add(role, ref, 2.5)


def _opens_sentence(r: _Reader, start: int) -> bool:
    """Whether only clause openers («و», «كما») stand before token ``start`` in its sentence."""
    sent = r.sents[r.sent_of[start]]
    openers = words("clause_openers_ar.txt")
    return all(r.doc[i].norm_ in openers or r.doc[i].is_space for i in range(sent.start, start))


def _no_subject_after(r: _Reader, i: int) -> bool:
    """Whether token ``i`` right after a verb shows the verb names no subject: a preposition
    (``data/verb_prepositions_ar.txt``, or a ``destination``/``target`` cue word), «أن»."""
    if i in r.mention_at or r.sent_of[i] != r.sent_of[i - 1]:
        return False
    return r.doc[i].norm_ in words("verb_prepositions_ar.txt") or not r.cues[i].isdisjoint(_NO_SUBJECT)
