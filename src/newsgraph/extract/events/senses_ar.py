"""Arabic trigger words used in another sense: play in a sport, game or fiction sentence (a match, a
tackle, a sending-off, a plot, two teams meeting up), and allotting or granting («خصص», «منح») with no
money or relief in sight. The cue words are the ``pastime``, ``match`` and ``money`` classes of
``data/events_cues_ar.tsv``."""

from __future__ import annotations

import functools
import re

from newsgraph.extract.events.clauses import _Reader
from newsgraph.extract.events.lexicons import TriggerMatch, load_cues

__all__ = ["allotted", "hearing", "play"]

#: Kinds of happening a sport, game or fiction sentence tells as play: a tackle, a sending-off. A club's
#: contract, a team's trip or a coach's demand are still an Agreement, a Visit or an Appeal, and a
#: meeting stays one (a coach receives a minister, and «الفريق» is a general as well as a team), unless
#: its word is one of meeting up (:data:`_MEET_UP`).
_PLAY_TYPES = frozenset({"Attack", "Sanction"})

#: The root of meeting up («يلتقي», «التقى», «لقاء», «لقاءاته»), in a normalised word: two teams meet in a
#: match and two characters in a plot («يلتقي الفريقان في المباراة», «حضور اللقاء في الملعب»).
_MEET_UP = re.compile("لتق|لقاء")

#: Proclitics and the article a cue word may carry («بالمباراة», «للمنتخب», «والفيلم», «بالدولار»).
_PREFIXES = ("وال", "بال", "فال", "لل", "ال", "و", "ب", "ل")
#: Pronoun suffixes a cue word may carry («لاعبيه», «مدربها», «منتخبنا»).
_SUFFIXES = ("هم", "ها", "نا", "ه")


@functools.lru_cache(maxsize=8)
def _attached(cls: str) -> frozenset[str]:
    """The words of the cue class ``cls``, bare and with each proclitic or the article."""
    words = load_cues("ar").get(cls, frozenset())
    return frozenset({*words, *(p + w for p in _PREFIXES for w in words)})


def _cue_word(norm: str, raw: str, cls: str) -> bool:
    """Whether a token (normalised ``norm``, as written ``raw``) is a word of the cue class ``cls``, bare or
    with a proclitic, article or pronoun. A final «ة» is no pronoun: «دورية» is a patrol, «منتخبة» elected."""
    forms = _attached(cls)
    if norm in forms:
        return True
    return any(
        norm.endswith(s) and len(norm) > len(s) + 2 and not (s == "ه" and raw.endswith("ة"))
        and norm[: -len(s)] in forms
        for s in _SUFFIXES
    )


def play(r: _Reader, t: TriggerMatch) -> bool:
    """(Arabic) A trigger of a kind sport, games and fiction use for play (``_PLAY_TYPES``) in a sentence
    with a ``pastime`` word («هاجم مدرب النادي», «طرد اللاعب», «في الفيلم يهاجم البطل»), and a meeting
    up (:data:`_MEET_UP`) in a sentence with a ``match`` word, a match, a venue or a plot («يلتقي الفريقان
    في مباراة», «حضور اللقاء في الملعب»; a coach meeting a minister stays a meeting): a match, a play or a
    plot, not a reported event of that type. An attack whose sentence tells of deaths (a ``casualty`` word)
    stays: a stadium can be attacked."""
    meet_up = t.type == "Meeting" and _MEET_UP.search(r.table.norm[t.start]) is not None
    if t.type not in _PLAY_TYPES and not meet_up:
        return False
    cls = "match" if meet_up else "pastime"  # a coach meets a minister: only a match or a plot is play
    sent = r.sents[r.sent_of[t.start]]
    if not any(_cue_word(r.table.norm[i], r.doc[i].text, cls) for i in range(sent.start, sent.end)):
        return False
    return not (t.type == "Attack" and any("casualty" in r.cues[i] for i in range(sent.start, sent.end)))


#: The root of allotting («خصص», «يخصصون», «تخصيص») or granting («منح», «يمنح»), in a normalised word.
_ALLOT = re.compile("خص(?:ص|يص)|منح")


def allotted(r: _Reader, t: TriggerMatch) -> bool:
    """(Arabic) An AidPledge read from an allotting or granting word in a sentence with no ``money`` word: a
    lane, a programme or a place dedicated to something («نفق خصص للمشاة», «تخصيص برنامج للأطفال»), a vote
    of confidence or a prize granted («يمنح الثقة للحكومة», «منحته الجامعة الدكتوراه»), no aid."""
    if t.type != "AidPledge" or not _ALLOT.search(r.table.norm[t.start]):
        return False
    sent = r.sents[r.sent_of[t.start]]
    return not any(_cue_word(r.table.norm[i], r.doc[i].text, "money") for i in range(sent.start, sent.end))


#: The root of sitting («جلسة», «الجلسة», «جلسات»), in a normalised word.
_SESSION = re.compile("جلس")


def hearing(r: _Reader, t: TriggerMatch) -> bool:
    """(Arabic) A Meeting read from a session word («جلسة») in a sentence with a ``hearing`` word: a court
    hearing or a trading session («افتتحت الجلسة بحضور المدعى عليهم», «أنهت الجلسة السابقة منخفضة»), no
    meeting of sides (GUIDELINES.md: Meeting)."""
    if t.type != "Meeting" or not _SESSION.search(r.table.norm[t.start]):
        return False
    sent = r.sents[r.sent_of[t.start]]
    return any(_cue_word(r.table.norm[i], r.doc[i].text, "hearing") for i in range(sent.start, sent.end))
