"""Clauses, cue words and the actors next to a trigger, over one spaCy Doc.

:class:`_Reader` cuts each sentence into clauses at the cue words of
``data/events_cues_<lang>.tsv`` (commas, «حيث»/"while", complementizers,
relative pronouns) and tells which cue governs a mention ("location",
"target", "participant"...). :func:`_actor_after` reads past title words and
nationality adjectives to the named actor («وزير الخارجية القطري خالد العطية»).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from newsgraph.extract.events.appositions_ar import title_chain, titled_apposition
from newsgraph.extract.events.frames import _M
from newsgraph.extract.events.lexicons import TriggerMatch, load_cues
from newsgraph.extract.lexicon import words as lexicon_words
from newsgraph.extract.tokens import TokenTable
from newsgraph.text import normalize_token

__all__: list[str] = []

_BREAKS = frozenset({"clause_break", "complement", "relative"})  # cue classes that start a clause


#: Arabic nisba endings of a nationality adjective («القطري», «التركية», «الأمريكيين»), normalised.
_NISBA = ("ي", "يه", "يين", "يون", "يان")


def _is_adjective(lang: str, label: str, text: str, first: Token | None = None) -> bool:
    """A country named by a nationality adjective: «القطري» (definite, after its noun), "Polish".

    Arabic by its nisba ending; other languages by the parse of the mention's
    word ``first`` (its head word when parsed: "Saudi Arabia" is a name, though "Saudi" modifies
    "Arabia"): an adjective, a nationality entity, or a name modifying the noun after it ("US
    President").

    Examples:
        >>> _is_adjective("ar", "COUNTRY", "القطري"), _is_adjective("ar", "COUNTRY", "قطر")
        (True, False)
    """
    if label != "COUNTRY":
        return False
    if lang != "ar":
        if first is None:
            return False
        modifier = first.dep_ in ("amod", "compound") and first.head.i > first.i  # "US President"
        if lang == "fr" and text[:1].islower():  # «son homologue zimbabwéen» parsed as a name: French
            return True  # capitalises a country's name
        return first.pos_ == "ADJ" or first.ent_type_ == "NORP" or modifier
    norm = normalize_token(text)
    return norm.startswith("ال") and norm.endswith(_NISBA)


def _actor_after(
    r: _Reader, end: int, cands: Sequence[_M], reach: int = 2, person_reach: int = 6
) -> list[_M]:
    """The actors right after token ``end``, nearest first, read past title words.

    A nationality adjective modifies the noun before it («وزير الخارجية القطري
    خالد العطية»), so a person within ``person_reach`` tokens, with nothing
    but adjectives in between, comes first; else the mentions within ``reach``. In Arabic, so does a
    person after a title that names a country or body («السفير المصري لدى الجزائر فلان»).
    """
    after = [m for m in cands if m.start >= end and r.clause_of[m.start] == r.clause_of[max(end - 1, 0)]]
    for m in after:
        if m.payload == "adj":
            continue
        p = next((x for x in after if x.label == "PERSON" and x.start > m.start), None)
        if r.lang == "ar" and m.label != "PERSON" and p is not None and p.start - end <= person_reach \
                and title_chain(r, end, p.start):  # «السفير المصري لدى الجزائر فلان»: the ambassador
            return [p, *[x for x in after if x is not p and x.start - end <= reach]]
        if m.start - end <= reach or (m.label == "PERSON" and m.start - end <= person_reach
                                      and not _against_between(r, end, m.start)):
            return [m, *[x for x in after if x is not m and x.start - end <= reach]]
        break
    return [m for m in after if m.start - end <= reach]


def _against_between(r: _Reader, start: int, end: int) -> bool:
    """Arabic: whether tokens ``start:end`` hold a word of fighting against («ضد», «لمواجهة»), so that a
    person after them is no genitive read past his title («هجماتها ضد الحوثيين وقوات المخلوع صالح»)."""
    return r.lang == "ar" and any("against" in r.cues[i] for i in range(start, end))


#: Words an item of a list may carry before its name («، والمهندس حيدر», «، والدكتور أحمد»): at most
#: this many definite words, none a cue word.
_ITEM_TITLE = 3
#: Words of a list item that names nobody the mentions know («، وسلطان العتواني،»): skipped, up to this many.
_ITEM_SKIP = 4


def _item_end(r: _Reader, i: int) -> bool:
    """Whether token ``i`` closes a list item: the sentence ends, or «،», «و» or a period follows."""
    return i >= len(r.doc) or r.sent_of[i] != r.sent_of[i - 1] or r.doc[i].norm_ in ("،", ",", "و") \
        or r.doc[i].is_punct


def _conjuncts(r: _Reader, m: _M, free: list[_M], step: int) -> list[_M]:
    """``m`` and the actors joined to it by «و» right before it (``step`` -1) or after it (1), in text
    order: «الحوثيون وقوات صالح» (without a parse, Arabic only)."""
    out = [m]
    while True:
        edge = out[0] if step < 0 else out[-1]
        joint = edge.start - 1 if step < 0 else edge.end
        if r.lang != "ar" or not 0 <= joint < len(r.doc) or r.doc[joint].norm_ != "و":
            return out
        nxt = next((x for x in free if (x.end == joint if step < 0 else x.start == joint + 1)), None)
        if nxt is None or nxt.payload == "adj":
            return out
        out = [nxt, *out] if step < 0 else [*out, nxt]


def _next_item(r: _Reader, end: int) -> _M | None:
    """The actor of the list item after «، و» at token ``end`` («X، وY، وZ»), past one item that names
    nobody the mentions know; None unless the item ends there (a new clause, «، والجيش يتقدم», is no
    item)."""
    i, skipped = end, 0
    while True:
        if i + 1 >= len(r.doc) or r.doc[i].norm_ not in ("،", ",") or r.doc[i + 1].norm_ != "و":
            return None
        if r.sent_of[i + 1] != r.sent_of[end - 1]:
            return None
        j = i + 2
        while j - (i + 2) < _ITEM_TITLE and j not in r.mention_at and j < len(r.doc) \
                and r.doc[j].norm_.startswith("ال") and not r.cues[j]:
            j += 1
        m = r.mention_at.get(j)
        if m is not None and m.start == j:
            return m if _item_end(r, m.end) else None
        k = i + 2  # an item without a known name: up to the next «،»
        while k < len(r.doc) and k - (i + 2) < _ITEM_SKIP and r.doc[k].norm_ not in ("،", ",") \
                and k not in r.mention_at and not r.doc[k].is_punct and not r.cues[k]:
            k += 1
        if skipped or k == i + 2 or k >= len(r.doc) or r.doc[k].norm_ not in ("،", ","):
            return None
        i, skipped = k, 1


#: Tokens after a speech verb within which the occasion it was said at is looked for («وقال سانتوس، خلال
#: احتفال عسكري في كارتاهينا:»), up to the speech itself.
_SAID_REACH = 16


def _said_at(r: _Reader, s: TriggerMatch) -> tuple[str, str] | None:
    """Where a speech verb was said: the place after the occasion it names before the speech begins
    («قال X في مؤتمر صحافي عقده في أربيل»، «خلال احتفال في كارتاهينا»); None without an occasion noun."""
    doc, seen = r.doc, False
    for i in range(s.end, min(s.end + _SAID_REACH, len(doc))):
        said = "complement" in r.cues[i] or doc[i].is_quote or doc[i].text == ":"  # the speech begins
        if said or r.sent_of[i] != r.sent_of[s.start]:
            return None
        if "speech_occasion" in r.cues[i] and i > 0 and "occasion" in r.cues[i - 1]:
            seen = True
        m = r.mention_at.get(i)
        place = m is not None and m.start == i and m.label in ("PLACE", "COUNTRY") and m.payload != "adj"
        if seen and m is not None and place and r.context(m) == "location":
            return (m.ref, m.label)
    return None


def _to_tokens(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    return None if span is None or len(span) == 0 else (span.start, span.end)


@functools.cache
def _cue_index(lang: str) -> dict[str, frozenset[str]]:
    """Each cue word of ``lang`` -> its classes (``load_cues`` turned round: one look-up per word)."""
    index: dict[str, set[str]] = {}
    for cls, words in load_cues(lang).items():
        for word in words:
            index.setdefault(word, set()).add(cls)
    return {word: frozenset(classes) for word, classes in index.items()}


_NONE: frozenset[str] = frozenset()


@functools.lru_cache(maxsize=1 << 16)
def _cue_classes(lang: str, norm: str) -> frozenset[str]:
    """The cue classes of a word (``load_cues``); in Arabic also without a glued و or ف."""
    index = _cue_index(lang)
    found = index.get(norm, _NONE)
    if lang == "ar" and len(norm) > 2 and norm[0] in "وف":
        found = found | index.get(norm[1:], _NONE)
    return found


#: Tokens after «بعد»/«إثر» that its phrase of an earlier happening may span («بعد شهرين من هجوم دموي»).
_SEQUEL_REACH = 8


#: Most tokens a clause that only says when and where may have, its opening break included.
_INCISE_MAX = 8


class _Reader:
    """Role reading over one Doc: clauses, cue words, mentions."""

    def __init__(
        self, doc: Doc, lang: str, mentions: list[_M], *, headline: bool = False,
        byline: tuple[int, int] | None = None, glued: dict[int, str] | None = None,
        times: frozenset[int] = frozenset(),
    ) -> None:
        self.doc, self.lang, self.mentions = doc, lang, mentions
        #: the tokens of the date expressions («اليوم», "on Thursday")
        self.times = times
        #: the proclitic glued before a mention that starts inside its first token («لصالح»: ل), by token
        self.glued = glued or {}
        #: the first sentence is a headline ("Mayor stabbed on stage": no auxiliaries, no articles)
        self.headline = headline
        #: the tokens of the byline that opens the body («عين اليوم – الرياض»), if any
        self.byline = byline
        #: the mention covering each token that one covers
        self.mention_at = {i: m for m in mentions for i in range(m.start, m.end)}
        #: roles are read from a dependency parse (not for Arabic: no parser)
        self.parsed = lang != "ar" and doc.has_annotation("DEP")
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
        self._join_incises()
        #: the sentences each clause has tokens in (a clause changes wherever its sentence does)
        self.clause_sents: dict[int, set[int]] = {}
        prev = None
        for i, clause in enumerate(self.clause_of):
            if clause != prev:
                self.clause_sents.setdefault(clause, set()).add(self.sent_of[i])
                prev = clause
        #: for each token, the «بعد»/«إثر» that opens the phrase of an earlier happening it is in
        #: («قصف الجيش مواقع داعش بعد إطلاق نار منها»), up to the clause's end or :data:`_SEQUEL_REACH`
        #: tokens; -1 outside one
        self.sequel = [-1] * len(doc)
        for i, cls in enumerate(self.cues):
            if "sequel" in cls and not (i + 1 < len(doc) and "sequel_not" in self.cues[i + 1]):
                j = i + 1
                while j < min(i + 1 + _SEQUEL_REACH, len(doc)) and self.clause_of[j] == self.clause_of[i]:
                    self.sequel[j] = i
                    j += 1

    def _join_incises(self) -> None:
        """A clause that only says when and where, between two breaks («التقى الوزير، اليوم في بكين؛
        بنظيره», "met, on Thursday in Beijing, with"), or only names the person just titled («اجتمع مع
        رئيس الوزراء، فلان الفلاني، في القدس»: a name in apposition), does not end its clause: the
        clause after it goes on with the one before (and takes its number)."""
        runs: list[tuple[int, int]] = []  # (start, end) of each run of one clause number
        for i, c in enumerate(self.clause_of):
            if runs and self.clause_of[runs[-1][0]] == c:
                runs[-1] = (runs[-1][0], i + 1)
            else:
                runs.append((i, i + 1))
        for (p0, p1), (i0, i1), (n0, n1) in zip(runs, runs[1:], runs[2:], strict=False):
            if len({self.sent_of[p0], self.sent_of[i0], self.sent_of[n0]}) != 1:
                continue
            named, goes_on = titled_apposition(self, p1, i0, i1) if self.lang == "ar" else (False, False)
            if named:  # «اجتمع رئيس الوزراء، فلان، مع نظيره»: the titled person is in the clause before
                self.clause_of[i0:i1] = [self.clause_of[p0]] * (i1 - i0)
            if goes_on or (self.clause_kind[self.clause_of[i0]] == self.clause_kind[self.clause_of[n0]] == ""
                           and self._incise(i0, i1)):
                self.clause_of[n0:n1] = [self.clause_of[p0]] * (n1 - n0)

    def _incise(self, start: int, end: int) -> bool:
        if end - start > _INCISE_MAX:
            return False
        if self._apposed_name(start, end):
            return True
        said = False
        for i in range(start, end):
            m = self.mention_at.get(i)
            if i in self.times or (m is not None and m.label in ("PLACE", "COUNTRY") and m.payload != "adj"):
                said = True
            elif not (self.doc[i].is_punct or {"location", "place_noun", "clause_break"} & self.cues[i]):
                return False
        return said

    def _apposed_name(self, start: int, end: int) -> bool:
        """Whether tokens ``start:end`` are one person's name between commas, followed by a place
        phrase: «رئيس الوزراء الإسرائيلي، فلان الفلاني، في القدس», "the envoy, John Smith, in Geneva"
        (not «، فلان، وهاجم»: another clause goes on)."""
        words = [i for i in range(start, end) if not self.doc[i].is_punct]
        m = self.mention_at.get(words[0]) if words else None
        if m is None or m.label != "PERSON" or words != list(range(m.start, m.end)):
            return False
        commas = (",", "،")
        if not (self.doc[start].text in commas and end + 1 < len(self.doc) and self.doc[end].text in commas):
            return False
        return "location" in self.cues[end + 1]  # only where the clause goes on to say where («، في القدس»)

    def chars(self, start: int, end: int) -> tuple[int, int, str]:
        """Character offsets and text of the tokens ``start:end`` (not empty), as a Span gives them."""
        table = self.table
        start_char, end_char = table.idx[start], table.idx[end - 1] + len(table.orth[end - 1])
        return start_char, end_char, table.text[start_char:end_char]

    def context(self, m: _M) -> str:
        """The cue class governing a mention: location, target, participant, agent, against, border or ""."""
        i, seen = m.start - 1, 0
        if i >= 0 and "target_head" in self.cues[i] and self.clause_of[i] == self.clause_of[m.start]:
            return "target"  # «قصفت الطائرات مواقع الحوثيين»: whose positions were hit
        head = self.glued.get(m.start, "")
        if head.endswith("ل"):  # «الموالون لصالح», «زيارة لبغداد»: for or to X, not X acting
            return "destination"
        if head == "ب" and m.label in ("PLACE", "COUNTRY"):  # «قتلى حوثيون بتعز»
            return "location"
        while i >= 0 and seen < 3 and self.clause_of[i] == self.clause_of[m.start]:
            cls = self.cues[i]
            if seen == 0 and "border" in cls:
                return "border"  # «على الحدود السورية»: along the border, not the side hit
            if seen == 0 and "force_head" in cls:
                return ""  # «استهدف طيران التحالف مواقع X»: whose planes, not what is hit
            if "against" in cls:
                return "against"
            for c in ("location", "destination", "target", "participant", "agent"):
                if c in cls and (
                    seen == 0
                    or (c == "location" and "place_noun" in self.cues[i + 1])
                    or (c == "target" and seen == 1)  # «على مواقع الحوثيين», "against positions of X"
                ):
                    return c
            # "dans la République", "contre les", «على معسكرات متمردي فارك»: no word of their own
            if "place_noun" not in cls and "definite" not in cls and "target_head" not in cls:
                seen += 1
            i -= 1
        return ""

    def in_sent(self, si: int) -> list[_M]:
        return [m for m in self.mentions if self.sent_of[m.start] == si]


#: Tokens between a noun trigger and a relative pronoun describing it («مفاوضات السلام التي بدأت في هافانا»).
_RELATIVE_GAP = 2


def _describes(r: _Reader, t: TriggerMatch, clause: int) -> bool:
    """Whether relative clause ``clause`` opens right after noun trigger ``t`` and so says where or by
    whom that event happened («الهجوم الذي نفذه التنظيم», «المفاوضات التي بدأت في هافانا»)."""
    if t.kind != "N" or r.lang != "ar" or r.clause_kind.get(clause) != "relative":
        return False
    stop = min(t.end + _RELATIVE_GAP + 1, len(r.clause_of))
    return any(r.clause_of[i] == clause for i in range(t.end, stop))


def _scope(r: _Reader, t: TriggerMatch, busy: set[int]) -> set[int]:
    own = r.clause_of[t.start]
    out = {own}
    for nb in (own - 1, own + 1):
        same_sent = r.sent_of[t.start] in r.clause_sents.get(nb, ())
        if (
            same_sent
            and nb not in busy
            and (r.clause_kind.get(nb) != "relative" or (nb == own + 1 and _describes(r, t, nb)))
            and (nb == own - 1 or r.clause_kind.get(nb) != "complement")
        ):
            out.add(nb)
    return out


def opens_clause(r: _Reader, t: TriggerMatch) -> bool:
    """(Arabic) Whether verb trigger ``t`` opens its clause, past the words that may stand before a clause's
    first verb («وقد», «ثم»: ``data/clause_openers_ar.txt``): its subject follows it (VSO), rather than it
    following the noun it describes («انفجار استهدف حافلة»: the bus is the target)."""
    own, i = r.clause_of[t.start], t.start - 1
    while i >= 0 and r.clause_of[i] == own and r.doc[i].norm_ in lexicon_words("clause_openers_ar.txt"):
        i -= 1
    return i < 0 or r.clause_of[i] != own or r.doc[i].is_punct
