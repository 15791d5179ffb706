"""The country (or, for a local title, the place) of a position the text does not state with it.

«الرئيس السابق علي عبدالله صالح» and "the interior minister" name no
country: the nearest country of the sentence is taken, else the one the
article names most; a local title («محافظ», "mayor") takes a place the same
way. Such an ``of`` is marked ``of_inferred``. The local title words are
data: ``local_title`` lines of ``data/en_rules.tsv``, ``local`` lines of
``data/titles_ar.tsv``.

Arabic passes three refinements (each optional, so English and French infer as before):
``country_of`` turns a place of the sentence or article into its country («تعز» counts for
Yemen), countries that are the stated ``of`` of another official of the sentence are no
candidates for the same title («وزير الخارجية X ... مع وزير الخارجية المصري Y»: two foreign
ministers are two countries'), and ``naming`` lists phrases
that name a title's country next to it («خادم الحرمين الشريفين الملك سلمان», «سفير خادم
الحرمين الشريفين لدى ...»: ``data/title_countries_ar.tsv``). A person's title guessed from
the sentence in one place is the same office where only the article's country was left. A country
its official visits or accuses («سيزور فرنسا», «اتهم ... إيران», «لدى مصر»: ``data/visit_verbs_ar.txt``)
is the other party's, and then no country beats the article's; those listed after «حضر الاستقبال»
take the host's country (``data/meeting_verbs_ar.txt``, ``data/attend_phrases_ar.txt``). A sovereign's or
crown prince's title («الملك», «ولي العهد») takes only a monarchy (``data/monarchies.tsv``), and the
offices stacked on his name follow it (:mod:`.infer_shared`).

Examples:
    >>> import spacy
    >>> from spacy.tokens import Span
    >>> from newsgraph.extract.officials.base import Official
    >>> doc = spacy.blank("en")("Morocco hosted talks. The minister Ann Lee spoke.")
    >>> doc.spans["ng_mentions"] = [Span(doc, 0, 1, label="COUNTRY", kb_id="country/MA")]
    >>> off = Official(34, 41, "Ann Lee", "minister", 26, 34, None, 1, "title-name")
    >>> [(o.of, o.of_inferred) for o in infer_of(doc, [off], frozenset())]
    [('country/MA', True)]
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Callable, Mapping, Sequence

from spacy.tokens import Doc, Span

from newsgraph.extract.lexicon import words
from newsgraph.extract.officials.base import Official, last_name_word
from newsgraph.extract.officials.infer_shared import (
    monarchic_title,
    private_title,
    same_office,
    with_sovereign,
)
from newsgraph.extract.officials.nearby import (
    before_next_item,
    counterpart_countries,
    people_demonym,
    unnamed_titles,
)
from newsgraph.extract.officials.status import position_status
from newsgraph.extract.tokens import TokenTable
from newsgraph.text import normalize_key, normalize_token

__all__ = ["infer_of"]

_MENTIONS = "ng_mentions"
_PROCLITICS = ("ل", "و", "ب", "ف", "ك")
_TO = frozenset({normalize_token("إلى"), normalize_token("الى")})
_AT = normalize_token("لدى")


def _sentence_bounds(doc: Doc, char: int) -> tuple[int, int]:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None or not doc.has_annotation("SENT_START"):
        return 0, len(TokenTable.of(doc).text)
    sent = span.sent
    return sent.start_char, sent.end_char


def _nearest(candidates: Sequence[tuple[int, str]], lo: int, hi: int, at: int) -> str | None:
    inside = [(start, of) for start, of in candidates if lo <= start < hi]
    if not inside:
        return None
    return min(inside, key=lambda c: abs(c[0] - at))[1]


def _named_next_to(text: str, off: Official, naming: Mapping[str, str]) -> str | None:
    """The country a phrase of ``naming`` gives right before or right after the title, or None."""
    if off.title_start is None or off.title_end is None or not naming:
        return None
    longest = max(len(k) for k in naming) + 3
    title = normalize_key(text[off.title_start : off.title_end])
    inside = [country for phrase, country in naming.items() if f" {phrase} " in f" {title} "]
    if inside:
        return inside[0]  # «سفير خادم الحرمين الشريفين لدى مصر»: the phrase is part of the title
    before = normalize_key(text[max(0, off.title_start - longest) : off.title_start])
    after = normalize_key(text[off.title_end : off.title_end + longest])
    for phrase, country in naming.items():
        rest = before[: -len(phrase)]
        # «لخادم الحرمين الشريفين الملك ...»: a proclitic may be glued to the phrase
        glued = rest[-1:] in _PROCLITICS and rest[-2:-1] in ("", " ")
        if before.endswith(phrase) and (rest in ("", " ") or rest.endswith(" ") or glued):
            return country
        if after.startswith(phrase) and (len(after) == len(phrase) or after[len(phrase)] == " "):
            return country
    return None


def _place_in_title(
    spans: Sequence[Span], off: Official, country_of: Callable[[str], str | None]
) -> str | None:
    """The one country of the places named inside the title («مدير جوازات حائل», «مدير شرطة جازان»), or None:
    the office is that country's, whatever other country the sentence names."""
    if off.title_start is None or off.title_end is None:
        return None
    inside = {country_of(s.kb_id_) for s in spans
              if s.label_ == "PLACE" and s.kb_id_ and off.title_start <= s.start_char < off.title_end}
    inside.discard(None)
    return next(iter(inside)) if len(inside) == 1 else None


def _after_verb(
    text: str, off: Official, officials: Sequence[Official], start: int, verbs: frozenset[str]
) -> bool:
    """Whether the country named at ``start``, after the official's name with no other official
    between, is the object or destination of a verb of ``verbs`` («الملك سلمان سيزور الولايات
    المتحدة», «... وصل إلى مصر»): the other party of what the official does, not his country."""
    # «... وسفير المملكة لدى مصر», «سفير المملكة لدى مصر X»: an ambassador's host, whoever stands between
    if [normalize_token(w) for w in text[max(0, start - 12) : start].split()[-1:]] == [_AT]:
        return start >= off.name_end or off.title_start is not None and off.title_start < start
    if start < off.name_end:
        return False
    if any(off.name_end <= o.name_start < start for o in officials):
        return False
    if _only_to(text[off.name_end : start]) and off.title_start is not None:
        # «اتهم وزير الخارجية X إيران ...»: the verb before the title, its object right after the name
        lead = text[: off.title_start].split()[-2:]
        if any(_has_word(w, verbs) for w in lead if normalize_token(w) not in _TO):
            return True
    # from the name's start: a verb the name swallowed («الملك سلمان سيزور») still counts
    before = [normalize_token(w) for w in text[off.name_start : start].split()[-2:]]
    if before and before[-1] in _TO:
        before = before[:-1]
    if not before:
        return False
    return _has_word(before[-1], verbs)


def _only_to(between: str) -> bool:
    """Whether ``between`` (from a name to a country) holds only a comma, «إلى» or a glued «ل»/«ب», and a
    place designator («زيارة الرئيس X، لواشنطن», «وصل الرئيس X، إلى العاصمة الأمريكية»).

    Examples:
        >>> _only_to("، إلى العاصمة "), _only_to(" وقال ")
        (True, False)
    """
    designators = words("place_designators_ar.txt")
    for word in between.replace("،", " ").replace(",", " ").split():
        norm = normalize_token(word)
        if norm in ("ل", "ب") or norm in _TO or norm in designators or norm[2:] in designators:
            continue
        return False
    return True


def _has_word(sentence: str, verbs: frozenset[str]) -> bool:
    """Whether a word of ``sentence``, a glued «و»/«ف» stripped, is one of ``verbs``."""
    for word in sentence.split():
        word = normalize_token(word)
        if word in verbs or (word[:1] in ("و", "ف") and word[1:] in verbs):
            return True
    return False


def infer_of(
    doc: Doc,
    officials: Sequence[Official],
    local_titles: frozenset[str],
    courtesy: frozenset[str] = frozenset(),
    *,
    country_of: Callable[[str], str | None] | None = None,
    naming: Mapping[str, str] | None = None,
    other_party: frozenset[str] = frozenset(),
    meeting: frozenset[str] = frozenset(),
    attend: Sequence[str] = (),
    private: frozenset[str] = frozenset(),
    rivals: bool = False,
    counterpart: frozenset[str] = frozenset(),
    monarchic: frozenset[str] = frozenset(),
    monarchies: frozenset[str] = frozenset(),
    lang: str = "",
) -> list[Official]:
    """``officials`` with an ``of`` for every title that has none (see the module docstring).

    ``local_titles`` are normalised title words whose office belongs to a place, not a country;
    a title that is only a ``courtesy`` word («الأمير», «الشيخ») belongs to no country and is
    left without one (a Saudi prince receiving the Chinese ambassador is no prince of China).
    ``country_of`` (a place id to its country id) and ``naming`` (normalised phrase to country
    id) are the refinements of the module docstring; ``other_party`` (normalised verbs, see
    :func:`_after_verb`) drops a country its official visits or accuses from his candidates;
    ``meeting`` (normalised verbs of receiving, «استقبل») and ``attend`` (normalised phrases,
    «حضر الاستقبال») give those listed as attending a reception the host's country (:func:`_host_side`).
    A title with a ``private`` word (normalised: «نادي», «شركة», «المدرب»,
    :func:`.infer_shared.private_title`) is an office of a club, company or committee, not of a
    country: no country is guessed for it. With ``country_of``, a
    country named inside another person's title («سفير ... لدى مصر») is that title's, no candidate.
    With ``rivals`` (the article pairs officials of two countries: "counterpart"), a country another
    official of the sentence holds a title of is no candidate, whatever the two titles. A country
    next to a ``counterpart`` word of the sentence (:func:`counterpart_countries`) is no candidate.
    With ``country_of``, a nationality adjective of people («أوضاع اليمنيين», «الشعب اليمني»:
    :func:`.nearby.people_demonym`) is no candidate either, and gives the article's country only when
    no other country is named.
    A title whose first or last word is ``monarchic`` (normalised: «الملك», «العهد» of «ولي العهد») takes
    only one of ``monarchies`` (country ids), or none; the other titles stacked on the same name take
    the country it got (:func:`.infer_shared.with_sovereign`). A title that ``lang``'s status words mark as
    a former holder's («السابق», «المخلوع»: :func:`.status.position_status`) shares its country with the
    current holder's.
    """
    spans = list(doc.spans[_MENTIONS]) if _MENTIONS in doc.spans else []
    if country_of is not None:  # a gazetteer's «سالم» (a town) inside an official's name is the name
        names = [(o.name_start, o.name_end) for o in officials]
        spans = [s for s in spans if not any(a <= s.start_char < b for a, b in names)]
    text = TokenTable.of(doc).text
    if country_of is not None:  # «البرتغالي X» (no title before it): a person's nationality, nobody's office
        spans = [s for s in spans if not _nationality(s, spans, officials, text)]
    cands: dict[str, list[tuple[int, str]]] = {
        label: [(s.start_char, s.kb_id_) for s in spans if s.label_ == label and s.kb_id_]
        for label in ("COUNTRY", "PLACE")
    }
    if country_of is not None:  # a place of the sentence says its country too
        cands["COUNTRY"] += [(s.start_char, c) for s in spans
                             if s.label_ == "PLACE" and s.kb_id_ and (c := country_of(s.kb_id_))]
    # «أوضاع اليمنيين», «الشعب السعودي»: people's country, an office's only when no other is named
    people = {s.start_char for s in spans if people_demonym(s, text)} if country_of is not None else set()
    counts = {label: Counter(of for at, of in found if at not in people) for label, found in cands.items()}
    counts["PEOPLE"] = Counter(of for at, of in cands["COUNTRY"] if at in people)
    unnamed = unnamed_titles(doc, spans, officials) | people if country_of is not None else frozenset()
    # (sentence, title) -> the countries stated with it, with their holder's name start
    stated: dict[tuple[int, str], set[tuple[str, int]]] = {}
    for off in officials:
        if off.title and off.of and off.of.startswith("country/"):
            held = (off.of, off.name_start)
            stated.setdefault((off.sentence, normalize_token(off.title)), set()).add(held)
            if rivals:
                stated.setdefault((off.sentence, ""), set()).add(held)
    titles = [(o.name_start, o.title_start, o.title_end, o.title_end) for o in officials
              if o.title_start is not None and o.title_end is not None]
    if country_of is not None:
        countries = [(s.start_char, s.end_char) for s in spans if s.label_ == "COUNTRY"]
        titles = _with_adjective(titles, countries, text)
    counter = counterpart_countries(text, spans, counterpart) if counterpart else []
    out: list[Official] = []
    fallback: set[int] = set()
    crowned: set[int] = set()  # the sovereigns' and crown princes' titles (``monarchic``)
    by_last = _same_person(officials)
    for off in officials:
        if off.title and off.of is None and normalize_token(off.title) not in courtesy \
                and not private_title(off.title, private):
            lo, hi = _sentence_bounds(doc, off.name_start)
            at = off.title_start if off.title_start is not None else off.name_start
            local = any(normalize_token(w) in local_titles for w in off.title.split())
            party = False  # a country of the sentence is the other party: no guess from the article
            theirs: set[str] = set()
            label = "PLACE" if local else "COUNTRY"
            of = None if local else _named_next_to(text, off, naming or {})
            if of is None and not local and country_of is not None:
                of = _place_in_title(spans, off, country_of)  # «مدير جوازات حائل»: Hail's country
            # two foreign ministers of one sentence ("X and his Saudi counterpart Y") are two countries'
            # (not the same man's, «الرئيس اليمني السابق علي صالح ... للرئيس المخلوع علي عبدالله صالح», nor
            # for a former holder, who may have held the office of the current one: «الرئيس المخلوع X»)
            mine = by_last.get(last_name_word(off.name), frozenset())
            former = position_status(text, lang, off.title, off.title_start, off.title_end,
                                     off.name_start, off.name_end)[1] == "former"
            others = set() if former else {
                c for c, start in stated.get((off.sentence, normalize_token(off.title)), set())
                | stated.get((off.sentence, ""), set())  # with ``rivals``: any title's
                if start not in mine}
            # «X ... son homologue russe»: Russia is the counterpart's, not X's (nor of those named before)
            others = others | {c for pos, c in counter if off.name_start < pos < hi}
            crown = bool(monarchic) and not local and monarchic_title(off.title, monarchic)
            if crown:  # «ولي العهد» in a sentence about Yemen: a monarchy's office, not Yemen's
                others = others | {c for _, c in cands[label] if c not in monarchies}
                crowned.add(len(out))
            if of is None:
                found = [c for c in cands[label] if c[1] not in others]
                if other_party and not local:
                    kept = [c for c in found
                            if not (lo <= c[0] < hi and _after_verb(text, off, officials, c[0], other_party))]
                    party = len(kept) < len(found)
                    found = kept
                if country_of is not None:  # a country of another person's title is no guess from the article
                    # a country inside another person's title, or right after that of one named after
                    # this one («... وزير الدفاع الأمريكي Y»)
                    theirs = {c[1] for c in found if _others(c[0], off, titles, within=True, mine=mine)}
                    found = [c for c in found
                             if not (lo <= c[0] < hi and _others(c[0], off, titles, mine=mine))]
                found = [c for c in found if c[0] not in unnamed]
                of = _nearest(before_next_item(text, off, found), lo, hi, at)
            if of is None:  # none from the sentence: the article's, unless the sentence names the other party
                pool = counts[label] if counts[label] or local else counts["PEOPLE"]
                ranked = [c for c, _ in pool.most_common() if c not in theirs and c not in others]
                of = ranked[0] if ranked and not party else None
                fallback.add(len(out))
            off = dataclasses.replace(off, of=of, of_inferred=of is not None)
        out.append(off)
    if crowned:
        out = with_sovereign(out, crowned)
    if country_of is not None:
        out = same_office(out, fallback)
        if attend and meeting:
            out = _host_side(doc, text, out, fallback, meeting, attend)
    return out


def _nationality(span: Span, spans: Sequence[Span], officials: Sequence[Official], text: str) -> bool:
    """A nationality adjective right before a person's name and not right after a title («حمّل
    البرتغالي X المدير الفني», not «وزير الخارجية المصري X»): it says where the person is from."""
    if span.label_ != "COUNTRY" or span.id_ != "demonym":
        return False
    starts = {o.name_start for o in officials} | {s.start_char for s in spans if s.label_ == "PERSON"}
    after = span.end_char + len(text[span.end_char:]) - len(text[span.end_char:].lstrip())
    if after not in starts:
        return False
    before = text[: span.start_char].rstrip()
    return not any(o.title_end is not None and o.title_end == len(before) for o in officials)


def _with_adjective(
    titles: Sequence[tuple[int, int, int, int]], countries: Sequence[tuple[int, int]], text: str
) -> list[tuple[int, int, int, int]]:
    """``titles`` (name start, title start, title end, end with its adjective), the last moved past the
    country named right after the title, before the name or after it («وزير الدفاع الأمريكي جيمس
    ماتيس», «X وزير الخارجية السعودي»): that country is the title's own, as much as one inside it.

    Examples:
        >>> _with_adjective([(21, 0, 11, 11)], [(12, 20)], "وزير الدفاع الأمريكي جيمس ماتيس")
        [(21, 0, 11, 20)]
    """
    out = []
    for person, a, b, _ in titles:
        after = next((end for at, end in countries if b < at <= b + 1 and text[b:at].isspace()), None)
        out.append((person, a, b, b if after is None else after))
    return out


def _same_person(officials: Sequence[Official]) -> dict[str, frozenset[int]]:
    """The last word of each name → the name starts of the officials whose name ends in it («نبيه بري»,
    «الرئيس بري»): one person, whose own title's country is no other person's. Built once per call of
    :func:`infer_of`, not for each official."""
    starts: dict[str, set[int]] = {}
    for o in officials:
        if o.name.split():
            starts.setdefault(last_name_word(o.name), set()).add(o.name_start)
    return {last: frozenset(found) for last, found in starts.items()}


def _others(
    at: int, off: Official, titles: Sequence[tuple[int, int, int, int]], within: bool = False,
    mine: frozenset[int] = frozenset(),
) -> bool:
    """Whether a country at ``at`` is another person's: inside another person's title («... ومعالي سفير
    خادم الحرمين لدى مصر»), or (unless ``within``) after the name of a person listed after ``off``
    («حضر الاستقبال وزير الخارجية X، ومعالي سفير ... Y، وسفير مصر ...»). ``titles``: (name start,
    title start, title end, end with the adjective after the title) of every official. The adjective
    right after the title of a person named after ``off`` (first named) is that person's too
    («استقبل الرئيس X وزير الدفاع الأمريكي Y»); that of one named before may be shared
    («الرئيس اليمني X ... مستشاريه»).
    ``mine``: the name starts of ``off``'s own person, whose titles are no other person's."""
    for person, a, b, after in titles:
        if person == off.name_start or person in mine:
            continue
        if a <= at < b or person > min(mine | {off.name_start}) and b <= at < after:
            return True
        if not within and off.name_end <= min(a, person) < at:
            return True
    return False


def _host_side(
    doc: Doc, text: str, officials: list[Official], fallback: set[int], meeting: frozenset[str],
    attend: Sequence[str],
) -> list[Official]:
    """The officials of a «حضر الاستقبال ...» sentence whose ``of`` is only the article's country take
    the country of the article's first host: the first official named right after a ``meeting`` verb
    («استقبل خادم الحرمين الشريفين الملك سلمان ...»), no other official between."""
    host = None
    for off in officials:
        start = min(off.name_start, off.title_start if off.title_start is not None else off.name_start)
        lo, _ = _sentence_bounds(doc, start)
        prior = [o for o in officials if lo <= o.name_start < start]
        words = text[lo:start].split()
        if not prior and words and any(_has_word(w, meeting) for w in words[:2]):
            # «استقبل ... الأمير X ولي العهد»: the courtesy title has no country, the office after it has
            host = next((o.of for o in officials if o.name_start == off.name_start
                         and o.of and o.of.startswith("country/")), None)
            break
    if host is None:
        return officials
    out = []
    for i, off in enumerate(officials):
        lo, hi = _sentence_bounds(doc, off.name_start)
        sentence = normalize_key(text[lo:hi])
        listed = any(f" {p} " in f" {sentence} " or f" و{p} " in f" {sentence} " for p in attend)
        if i in fallback and off.of != host and listed:
            off = dataclasses.replace(off, of=host, of_inferred=True)
        out.append(off)
    return out
