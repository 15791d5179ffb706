"""Arabic host verbs without a parse: who is the guest, and who only attended.

In «استقبل الشيخ X أمير دولة الكويت في قصره اليوم الأمير Y» the country right after the host is the
genitive of the host's own title («أمير دولة الكويت»), not whom he received; the guest is the person
named later in the clause. The title words are those of ``data/titles_ar.tsv``. Those listed after
«حضر الاستقبال» attended the reception (:func:`attendance`): they are no guest and no host.
"""

from __future__ import annotations

import functools

from newsgraph.extract.events.clauses import _Reader
from newsgraph.extract.events.frames import _M, ATTENDEE, PARTY_ROLES, _Raw
from newsgraph.extract.lexicon import phrase_keys, rows, title_vocabulary, title_words, words
from newsgraph.text import normalize_key, normalize_token

#: kinds of ``titles_ar.tsv`` lines whose words may make up a title before its complement
_TITLE_KINDS = ("head", "prefix", "word", "honorific", "rank", "noble", "royal", "local")


def title_complement(r: _Reader, host: _M, m: _M) -> bool:
    """Whether non-person ``m`` follows ``host`` with only title words between, at least one a title head:
    the country or body of the host's title («X أمير دولة الكويت», «X رئيس الوزراء العراقي»)."""
    if m.label == "PERSON" or m.start <= host.end:
        return False
    between = [r.table.norm[i] or r.doc[i].lower_ for i in range(host.end, m.start)]
    heads = title_vocabulary("ar").get("head", frozenset())
    return any(w in heads for w in between) and all(w in title_words("ar", _TITLE_KINDS) for w in between)


@functools.cache
def speaker_words() -> frozenset[str]:
    """Words that may describe a speaker between a speech verb and its addressee: title words, link and
    "former" words of ``data/titles_ar.tsv``, and the words of unnamed sources and what places them of
    ``data/speaker_words_ar.txt`` (:mod:`.addressees_ar`)."""
    return title_words("ar", (*_TITLE_KINDS, "link", "former")) | words("speaker_words_ar.txt")


#: the most tokens between the end of the host's clause and the guest
_GUEST_GAP = 12


@functools.cache
def _gap_words() -> frozenset[str]:
    """Words that may stand between a host's clause and its guest: title words, dayparts («مساء») and the
    words of a time phrase of ``data/time_gap_ar.txt`` («بعد ظهر», «منذ قليل»), «نظيره»."""
    dayparts = {normalize_token(row[0]) for row in rows("dates_cues.tsv") if row[1:3] == ["ar", "daypart"]}
    timed = {normalize_token(w) for w in words("time_gap_ar.txt")}
    return title_words("ar", _TITLE_KINDS) | dayparts | timed | words("counterparts_ar.txt")  # «نظيره السوري»


def guest_past_break(r: _Reader, host: _M) -> _M | None:
    """The guest of «استقبل» past a comma that ends the host's clause: «استقبل X في قصره بجدة، مساء أمس،
    معالي وزير الخارجية الأردني Y», «في مكتبه اليوم، رئيس وزراء نيوزيلندا Y» — the first person after
    the break, with only punctuation, dates, dayparts, title words and names of countries or bodies
    before it."""
    own, si = r.clause_of[host.start], r.sent_of[host.start]
    start = next((i for i in range(host.end, r.sents[si].end) if r.clause_of[i] != own), None)
    if start is None:
        return None
    person = next((m for m in r.in_sent(si) if m.start >= start and m.label == "PERSON"), None)
    if person is None or person.start - start > _GUEST_GAP:
        return None
    words = _gap_words()
    for i in range(start, person.start):
        tok = r.doc[i]
        norm = r.table.norm[i] or tok.lower_
        if not (tok.is_punct or i in r.times or i in r.mention_at or norm in words):
            return None
    return person


def attendance(r: _Reader, raw: _Raw) -> _Raw:
    """``raw`` with the actors of an event noun that attendance opens («حضر الاستقبال», «كما حضر اللقاء»,
    ``data/attend_phrases_ar.txt``) as its attendees: they were present at the reception the article
    tells of, not its host or guest, so a report of another meeting they held that day is not this one.
    Every person the rest of the sentence lists attended (:func:`_listed`)."""
    start = raw.trig.start
    if raw.trig.kind != "N" or start == 0:
        return raw
    words = [r.table.norm[i] or r.doc[i].lower_ for i in range(start - 1, raw.trig.end)]
    phrase = normalize_key(" ".join(words))
    if phrase not in _attend() and not (phrase[:1] in "وف" and phrase[1:] in _attend()):
        return raw
    present: dict[str, float] = {}
    for role in PARTY_ROLES:
        for ref, score in raw.roles.pop(role, {}).items():
            present[ref] = max(score, present.get(ref, 0.0))
    for m in _listed(r, raw):
        present.setdefault(m.ref, 1.0)
    if present:
        raw.roles[ATTENDEE] = present
    return raw


def _listed(r: _Reader, raw: _Raw) -> list[_M]:
    """The persons listed after an attendance phrase to the end of its sentence: «حضر الاجتماع X ...، و Y
    ...، فيما حضره من الجانب الأميركي Z ...» — a guest list runs on past commas and the other side's
    «حضره», each name followed by its title, and into a next sentence that opens «كما حضرها»."""
    si = r.sent_of[raw.trig.start]
    out = [m for m in r.in_sent(si) if m.start >= raw.trig.end and m.label == "PERSON"]
    nxt = si + 1
    while nxt < len(r.sents) and all(tok.is_space for tok in r.sents[nxt]):
        nxt += 1  # a paragraph break
    if nxt < len(r.sents):  # «. كما حضرها من الجانب الباكستاني Y»: the list goes on in the next sentence
        sent = r.sents[nxt]
        head = range(sent.start, min(sent.start + 4, sent.end))
        opening = [(r.table.norm[i] or r.doc[i].lower_).lstrip("وف") for i in head] + [""]
        attended_it = words("attended_it_ar.txt")  # «حضره», «حضرها»: the meeting the sentence before tells of
        if any(w in attended_it or (w == "حضر" and opening[k + 1] == "من")
               for k, w in enumerate(opening[:-1])):
            out += [m for m in r.in_sent(nxt) if m.label == "PERSON"]
    return out


@functools.cache
def _attend() -> frozenset[str]:
    return frozenset(phrase_keys("attend_phrases_ar.txt"))
