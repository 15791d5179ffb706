"""Arabic officials: the name a title introduces, and the titles stacked with it.

The title itself (its idafa chain and its country or organization) is matched by
:mod:`.ar_titles`. The name follows the title («وزير الخارجية الإيطالي لويجي دي مايو»),
maybe past the office's seat, ranks and courtesy titles («اللواء», «الأمير») that may
stack between the office and the name, or it comes before it («X، وزير الخارجية»).
"""

from __future__ import annotations

from functools import cache

from newsgraph.extract.lexicon import known_given_names_ar, org_heads, person_stopwords, title_plurals_ar
from newsgraph.extract.lexicon import words as lexicon_words
from newsgraph.extract.officials import ar_titles
from newsgraph.extract.officials.ar_apposition import (
    after_pronoun,
    introduces,
    past_honorifics,
    spoken,
    verb_before,
)
from newsgraph.extract.officials.ar_comma import name_past_comma, quoted_past
from newsgraph.extract.officials.ar_joined import joined_office
from newsgraph.extract.officials.ar_names import AR_WORD, name_after, name_before
from newsgraph.extract.officials.ar_plural import listed_officials
from newsgraph.extract.officials.ar_portfolio import second_portfolio
from newsgraph.extract.officials.ar_titles import AR_OF_PREPS, courtesy, rank_or_noble
from newsgraph.extract.officials.base import QUOTES, AddOfficial, Context, TitleMatch
from newsgraph.text import COMMAS

__all__ = ["match_title", "seat_end", "take_title", "title_starts"]

_SEAT_PREPS = {"ب", "في"}
_COMPLEMENT_MAX = 7


def match_title(ctx: Context, i: int) -> TitleMatch | None:
    """A title at ``i`` (:func:`.ar_titles.match_title`), or a dual or plural one with its list of names
    («وزيرا خارجية مصر والأردن X و Y», :mod:`.ar_plural`), whose material ends after the last name."""
    if i > 0 and ctx.norm[i - 1] == "عبد":
        return None  # «عبد الملك», «عبد الأمير»: a compound given name, not the king or the prince
    listed = listed_officials(ctx, i)
    if listed is not None:
        (t0, t1), _, end = listed
        return t0, t1, None, end
    return ar_titles.match_title(ctx, i)


@cache
def title_starts() -> frozenset[str]:
    """The forms a token must have for :func:`match_title` to match there."""
    plurals = frozenset(title_plurals_ar())
    return ar_titles.title_starts() | plurals | {p + suffix for p in plurals for suffix in ("ه", "ها", "هم")}


def seat_end(ctx: Context, k: int) -> tuple[int, str | None] | None:
    """Skip where an office sits, between a title and its name: «مدير عام الشؤون الصحية | بمنطقة مكة
    المكرمة، | الدكتور X», «رئيس فرع الإفتاء | بمنطقة عسير | الشيخ X».

    The seat is «ب» or «في» with a place, country or organization mention, or with a place
    designator («منطقة», «محافظة») and one word; a comma after it is skipped only before a
    courtesy title. Returns the token after the seat and the seat's entity id, or None.
    """
    doc = ctx.doc
    if k + 1 >= len(doc) or ctx.norm[k] not in _SEAT_PREPS or doc[k + 1].is_sent_start:
        return None
    j = k + 1
    designated = ctx.norm[j] in lexicon_words("place_designators_ar.txt")
    if designated:
        j += 1
    m = ctx.starts.get(j)
    seat: str | None = None
    if m is not None and m.label_ in ("PLACE", "COUNTRY", "ORGANIZATION"):
        j, seat = m.end, m.kb_id_ or None
    elif designated and j < len(doc) and j not in ctx.covered and AR_WORD.match(doc[j].text) \
            and not doc[j].is_sent_start:
        j += 1  # «بمنطقة عسير»: a region the gazetteer does not know
    elif not designated and ctx.norm[j].startswith("ال") and ctx.norm[j] in org_heads("ar"):
        j += 1  # «بالمؤسسة», «بالوزارة»: the body named before
    elif not designated and (body := _body_before_name(ctx, j)) is not None:
        j = body  # «في مجلس الغرف السعودية محمد بن ...»: a body the gazetteer does not know
    else:
        return None
    honorifics = ctx.vocab.get("honorific", frozenset()) | ctx.vocab.get("rank", frozenset())
    if j + 1 < len(doc) and doc[j].text in ("،", ",") and ctx.norm[j + 1] in honorifics:
        j += 1
    return j, seat


def _titled(ctx: Context, k: int) -> bool:
    """Token ``k`` ends a title, rank or noble title before a name: a courtesy title, a title word, or
    the country, place or organization a title names («رئيس إقليم كردستان X»). An honorific alone
    («الدكتور», «المهندس») names no office: «الدكتور X وزير الآثار المصري» is one man."""
    sp = ctx.covered.get(k)
    if ctx.norm[k] in ctx.vocab.get("honorific", frozenset()) and not rank_or_noble(ctx, k):
        return False
    return courtesy(ctx, k) or ctx.norm[k] in ctx.titles or sp is not None and sp.label_ != "PERSON"


def _demonym_in(ctx: Context, a: int, b: int) -> bool:
    return any(ctx.covered[x].id_ == "demonym" for x in range(a, b) if x in ctx.covered)


def _title_group(
    ctx: Context, t0: int, t1: int, of: str | None, of_end: int
) -> tuple[list[tuple[int, int, str | None]], int]:
    """An office with the ranks, courtesy titles or further offices that follow it before the name.

    «وزير الدولة لشئون الدفاع بدولة قطر اللواء ركن حمد ...», «ولي ولي العهد
    وزير الدفاع الأمير ...», «نائب رئيس الوزراء وزير الخارجية ...»: all the
    titles belong to the name after the last one. An office is stacked only
    right after the previous title, and not after a nationality adjective
    («استقبل رئيس الوزراء الأردني وزير الخارجية ...» names two people).
    Returns the titles and the token where the name may start.
    """
    doc = ctx.doc
    titles = [(t0, t1, of)]
    at = of_end
    honorifics = ctx.vocab.get("honorific", frozenset())
    while at < len(doc) and not doc[at].is_sent_start:
        h = at
        while h < len(doc) - 1 and doc[h].norm_ in honorifics and not doc[h + 1].is_sent_start:
            h += 1
        nxt = ar_titles.match_title(ctx, h) if not doc[h].is_sent_start else None
        if nxt is None:
            break
        if not rank_or_noble(ctx, nxt[0]) and (h != at or _demonym_in(ctx, titles[-1][0], at)):
            break  # only an office right after another, with no nationality adjective between, is stacked
        titles.append(nxt[:3])
        at = nxt[3]
    return titles, at


def _ranks_at(ctx: Context, k: int) -> tuple[list[tuple[int, int, str | None]], int]:
    """The military ranks (with the offices stacked on them) that start at ``k``, and where they end;
    none, and ``k``, when no rank stands there."""
    if k >= len(ctx.doc) or not rank_or_noble(ctx, k) or (rank := ar_titles.match_title(ctx, k)) is None:
        return [], k
    return _title_group(ctx, *rank)


def _royal(ctx: Context, t: int) -> bool:
    """A sovereign's or prince's title at ``t`` («الملك», «الأمير»; not «الشيخ», a cleric's too)."""
    return ctx.norm[t] in ctx.vocab.get("royal", frozenset()) | ctx.vocab.get("princely", frozenset())


def _open_construct(ctx: Context, t1: int, at: int) -> bool:
    """The title ends at ``t1`` with a bare head noun in the construct state («رئيس», «مدير») and nothing
    after it was read as its body: the next word is the body it heads, not its holder's name."""
    norm = ctx.norm[t1 - 1]
    if t1 == at and norm == "علي":
        return True  # «المشرف العام على محطات ...»: what the office oversees comes next, not a name
    return t1 == at and not norm.startswith("ال") and norm in ctx.vocab["head"] \
        and norm not in title_plurals_ar() and not courtesy(ctx, t1 - 1)


def _holder_before(ctx: Context, t0: int, name: tuple[int, int]) -> bool:
    """A name the model marks ends right before the title at ``t0``, the title starts in the construct
    state («مدير الدار», not «الرئيس»: «التقى الأمير X الرئيس Y» names two people), and the name after
    the title is neither marked by the model nor a given name: the title belongs to the name before it."""
    if t0 == 0 or ctx.doc[t0].is_sent_start or ctx.norm[t0].startswith("ال"):
        return False
    before = ctx.covered.get(t0 - 1)
    after = ctx.covered.get(name[0])
    if before is None or before.label_ != "PERSON" or before.end != t0 or len(before) < 2:
        return False
    return (after is None or after.label_ != "PERSON") and ctx.norm[name[0]] not in known_given_names_ar()


def _appositives(
    ctx: Context, pos: int, commas: bool = False, spoken: bool = False
) -> list[tuple[int, int, str | None, int]]:
    """Offices right after a royal's or officer's name: «الأمير X ولي العهد وزير الدفاع», «الملك X رئيس ...».

    A title that introduces another name, or carries a nationality adjective
    (the object of a verb: «استقبل الأمير X وزير الخارجية الأميركي»), ends the run; the adjective
    does not when the name is the subject of a verb of saying (``spoken``: «وقال اللواء X الناطق
    باسم الجيش الليبي»), which takes no person as its object.
    """
    doc = ctx.doc
    out = []
    while pos < len(doc) and not doc[pos].is_sent_start:
        if commas and doc[pos].text in COMMAS and pos + 1 < len(doc) and not doc[pos + 1].is_sent_start:
            pos += 1  # «الأمير X ، وزير الدولة ، عضو مجلس الوزراء» (after an officer's name: his new post)
        nxt = ar_titles.match_title(ctx, pos)
        if nxt is None or introduces(ctx, nxt[3]) or _demonym_in(ctx, nxt[0], nxt[3]) and not spoken:
            break
        out.append(nxt)
        pos = nxt[3]
    return out


def _body_before_name(ctx: Context, j: int) -> int | None:
    """The end of an organization's name by shape (a head noun, then definite words) that runs
    right up to a person the NER found or a courtesy title, or None."""
    doc = ctx.doc
    if ctx.norm[j] not in org_heads("ar") or ctx.norm[j].startswith("ال"):
        return None
    courtesy = ctx.vocab.get("honorific", frozenset()) | ctx.vocab.get("rank", frozenset())
    k = j + 1
    while k < len(doc) and k - j <= 4 and not doc[k].is_sent_start and ctx.norm[k].startswith("ال") \
            and ctx.norm[k] not in courtesy and getattr(ctx.covered.get(k), "label_", "") != "PERSON":
        k += 1
    if k == j + 1 or k >= len(doc):
        return None
    person = ctx.starts.get(k)
    return k if person is not None and person.label_ == "PERSON" or ctx.norm[k] in courtesy else None


def _suffixed(ctx: Context, j: int) -> bool:
    """«مسيرتنا», «بلادهم»: a noun with a pronoun suffix is the sentence's, never part of a title."""
    return len(ctx.norm[j]) >= 5 and ctx.norm[j].endswith(("نا", "هم", "ها", "كم"))


def _glued_word(ctx: Context, name: tuple[int, int]) -> bool:
    """A name the model does not mark whose first word has «ب» or «ل» glued on («بصحة منطقة مكة X»,
    «لكرة القدم X»): more likely where the office sits, or what its body is for, than its holder's name."""
    tok = ctx.doc[name[0]]
    return name[0] not in ctx.covered and tok.text[:1] in "بل" and len(tok.text) > 3


def _owned(text: str) -> bool:
    """«مكتبه», «بلادها»: a noun with a pronoun suffix (ta marbuta is written «ة», not «ه»)."""
    return len(text) >= 4 and text.endswith(("ه", "ها", "هم"))


@cache
def _host_verbs() -> frozenset[str]:
    """Verbs of meeting and of visiting (``data/meeting_verbs_ar.txt``, ``visit_verbs_ar.txt``)."""
    return lexicon_words("meeting_verbs_ar.txt") | lexicon_words("visit_verbs_ar.txt")


def _host(ctx: Context, t0: int) -> bool:
    """The title at ``t0`` follows a verb of meeting («استقبل», «والتقى»): its holder is the host, and a
    name later in the sentence is the guest."""
    return verb_before(ctx, t0, _host_verbs())


def _seated_name(ctx: Context, t0: int, of: str | None, at: int, j: int) -> bool:
    """A name the model marks (two words or more) at ``j`` ends a title's complement ``at:j`` that names
    where the office sits: a place, a place designator or a body («المتحدث الرسمي بصحة منطقة مكة المكرمة X»,
    «المشرف العام على محطات تلفزيون جدة X»), or goes on with the purpose of the body the title named
    («رئيس الاتحاد السعودي لكرة القدم X»). Not after a sovereign's, noble or military title, whose
    holder follows it at once («استقبل الملك في قصر اليمامة X» names his guest), nor past a noun with a
    pronoun suffix («في مكتبه»: the sentence's words, not the office's)."""
    person = ctx.starts.get(j)
    if person is None or person.label_ != "PERSON" or len(person) < 2:
        return False
    if rank_or_noble(ctx, t0) or _royal(ctx, t0) or any(_owned(ctx.doc[x].text) for x in range(at, j)):
        return False
    if _host(ctx, t0):
        return False  # «والتقى رئيس الوزراء في مقر الحكومة X»: X is the one he met
    if of is not None and ctx.doc[at].text.startswith("ل"):
        return True
    seat = lexicon_words("place_designators_ar.txt")
    bodies = ("PLACE", "ORGANIZATION")
    if ctx.norm[at] in ("ب", "ل") and ctx.norm[at + 1] in ctx.vocab["word"]:
        return True  # «كاتب الدولة المكلف [بالشؤون الخارجية] X»: the portfolio the office is charged with
    return any(ctx.norm[x] in seat or ctx.norm[x] in org_heads("ar")
               or getattr(ctx.covered.get(x), "label_", "") in bodies for x in range(at, j))


def _complement(
    ctx: Context, t0: int, t1: int, of: str | None, at: int
) -> tuple[tuple[int, int], int, list[tuple[int, int, str | None]]] | None:
    """Up to four Arabic words after a title, then a courtesy title or rank and a name of two words
    (or one the model marks), or a name the model marks (:func:`_seated_name`): the words are the
    title's own complement. Returns (name, where the
    name's titles end, the titles), the first title running up to the courtesy title, or None."""
    doc = ctx.doc
    construct = not ctx.norm[t1 - 1].startswith("ال")  # «مدير جوازات حائل», not «الرئيس قرارا بتعيين»
    glued = at < len(doc) and doc[at].text[:1] in "بل" and len(doc[at].text) > 3  # «بشرطة»
    # «رئيس الهيئة العامة للسياحة [والآثار] الأمير X»: the body's name goes on after «و»
    links = AR_OF_PREPS | {"و"}
    prep = at < len(doc) and ctx.norm[at] in links or glued
    # «المتحدث الرسمي لمديرية الدفاع [المدني] ...»: the model's organization stopped before its adjective
    # (or the title's body followed a preposition: «الناطق الإعلامي للدفاع [المدني] بمنطقة ...»)
    ran_on = (of is not None or t1 - t0 >= 3 and ctx.norm[t1 - 2] in AR_OF_PREPS) and at < len(doc) \
        and ctx.norm[at].startswith("ال") and at not in ctx.covered
    # «مدير الخدمات الطبية [المساندة] د. X»: one or two adjectives of the body, then a courtesy title
    ran_on = ran_on or _adjectives_to_courtesy(ctx, at)
    if not construct and not prep and not ran_on:
        return None
    j = at
    # up to seven tokens (clitics split off count): «لمديرية الدفاع المدني بمنطقة جازان بالإنابة»
    while j < min(at + _COMPLEMENT_MAX, len(doc)) and not courtesy(ctx, j) and not doc[j].is_sent_start \
            and (AR_WORD.match(doc[j].text) or ctx.norm[j] in links) \
            and getattr(ctx.covered.get(j), "label_", "") != "PERSON" and not _suffixed(ctx, j) \
            and (ctx.norm[j] not in person_stopwords("ar") or ctx.norm[j] in links | org_heads("ar")
                 or ctx.norm[j] in lexicon_words("place_designators_ar.txt")) \
            and not (j > at and ctx.norm[j] in ctx.vocab["head"] and ctx.norm[j - 1] not in links):
        j += 1
    if j == at or j >= len(doc) or doc[j].is_sent_start or ctx.norm[j - 1] in links:
        return None  # (a complement ending in «و» or a preposition: «وكيل المحافظة والعقيد X» is another man)
    # «رئيس ديوان المظالم رئيس مجلس القضاء الإداري الشيخ X»: a second office begins, stacked with the first
    # (only after a title in the construct state: «نقل الوزير لـ… تحيات الرئيس X» names another person)
    stacked = construct and j > at and ctx.norm[j] in ctx.vocab["head"] and ctx.norm[j - 1] not in links
    if not courtesy(ctx, j) and not stacked and not _seated_name(ctx, t0, of, at, j):
        return None
    nxt = ar_titles.match_title(ctx, j)
    # «الرئيس التنفيذي للشركة ... المهندس X»: a courtesy title only, no office of its own
    group: list[tuple[int, int, str | None]] = []
    past = j
    if nxt is not None:
        group, past = _title_group(ctx, *nxt)
    name = name_after(ctx, past)
    person = name is not None and getattr(ctx.covered.get(name[0]), "label_", "") == "PERSON"
    if name is None or name[1] - name[0] < 2 and not person:
        return None
    return name, past, [(t0, j, of or ar_titles.body_in_title(ctx, t0, j)), *group]


def _adjectives_to_courtesy(ctx: Context, at: int) -> bool:
    """One or two definite words no mention covers, from ``at`` up to a courtesy title or rank."""
    doc = ctx.doc
    for j in range(at, min(at + 3, len(doc))):
        if j > at and courtesy(ctx, j):
            return True
        if doc[j].is_sent_start or j in ctx.covered or not ctx.norm[j].startswith("ال") \
                or not AR_WORD.match(doc[j].text) or ctx.norm[j] in ctx.titles:
            return False
    return False


def take_title(ctx: Context, m: TitleMatch, add: AddOfficial) -> int:
    """Record the official a title at ``m`` introduces; return where the title's material ends.

    The name follows the title and any ranks after it («وزير الدفاع اللواء X»),
    with the offices in apposition after a royal's or officer's name; failing
    that, it comes before the title («X، وزير الخارجية»).
    """
    t0, t1, of, of_end = m
    listed = listed_officials(ctx, t0)
    if listed is not None:
        for holder, own in listed[1]:
            add(holder, listed[0], own, "title-name")
        return listed[2]
    group, at = _title_group(ctx, t0, t1, of, of_end)
    if (both := joined_office(ctx, group, at, _title_group)) is not None:
        group, at = both  # «رئيس الوزراء ووزير الخارجية القطري، X»: one man holds both offices
    name = name_after(ctx, at, royal=_royal(ctx, group[-1][0]))
    if name is not None and name[0] - at <= int(ctx.doc[at].text in QUOTES) \
            and _open_construct(ctx, group[-1][1], at):
        name = None  # «رئيس "فيفا"», «رئيس مجموعة عمل ...»: a construct head's next word is its body, no name
    if name is not None and after_pronoun(ctx, t0, name):
        name = None  # «X، وهو وزير لبناني أسبق وديبلوماسي»: the title is the pronoun's, X's (ar_apposition)
    if name is not None and _holder_before(ctx, t0, name):
        name = None  # «الأستاذ X مدير الدار جهودا ...»: the title is in apposition to the name before it
    if name is not None and name[1] - name[0] == 1 and name[1] < len(ctx.doc) and ctx.doc[name[1]].is_punct:
        before = name_before(ctx, t0)
        if before is not None and before[1] - before[0] >= 2 and ctx.doc[t0 - 1].text in COMMAS:
            name = None  # «عبدالله أبو أذينة، رئيس لجنة التنمية بطبرجل:»: the name is the one before
    if name is None and (joined := second_portfolio(ctx, at)) is not None:
        name, at = joined  # «وزير المياه والبيئة X», «وزير الاتصالات وتقنية المعلومات X»
        group[-1] = (group[-1][0], at, group[-1][2])  # (not a courtesy title before the name: «الدكتور X»)
    if name is None and at + 1 < len(ctx.doc) and ctx.doc[at].text in COMMAS:
        # «الناطق الرسمي باسم الحكومة اليمنية، راجح بادي،», «المتحدث العسكري باسم الجماعة، العميد X Y،»
        ranks, past = _ranks_at(ctx, at + 1)
        after = name_after(ctx, past)
        if after is not None and after[1] - after[0] >= 2 and (
            after[1] >= len(ctx.doc) or ctx.doc[after[1]].is_punct or ctx.doc[after[1]].is_sent_start
        ):
            name, at, group = after, past, group + ranks
    if name is None and (comma := name_past_comma(ctx, group[-1], at, _title_group)) is not None:
        name, at, group = comma[0], comma[1], group[:-1] + comma[2]  # «مدير الصحة في محافظة عدن، [الرائد] X،»
    if name is None and (quoted := quoted_past(ctx, at)) is not None:
        name = quoted  # «مدير إدارة الكرة بفريق الهلال الأول «X Y»»: the body, then the quoted name
    if name is None and (seat := seat_end(ctx, at)) is not None:
        # the seat, then ranks or courtesy titles, then the name
        seated, past = _title_group(ctx, t0, t1, of or seat[1], seat[0])
        after = name_after(ctx, past)
        if after is not None and (after[1] - after[0] >= 2 or after[0] > past or past > seat[0]):
            name, at, group = after, past, seated  # two name words, or a courtesy title before the name
    if name is None or name[1] < len(ctx.doc) and courtesy(ctx, name[1]) or _glued_word(ctx, name):
        # «الناطق الإعلامي بشرطة منطقة عسير الرائد X», «مدير جوازات حائل العميد X»: words the rules do not
        # know complete the title up to a courtesy title or rank, and the name comes after that
        found = _complement(ctx, *group[-1], at)  # the last of stacked offices takes the words
        if found is not None:
            name, at, group = found[0], found[1], group[:-1] + found[2]
    if name is not None:
        for ta, tb, tof in group:
            add(name, (ta, tb), tof, "title-name")
        if rank_or_noble(ctx, t0) or ctx.norm[t0] in ctx.vocab.get("royal", frozenset()):
            royal = ctx.norm[t0] not in ctx.vocab.get("rank", frozenset())
            for ta, tb, tof, tend in _appositives(ctx, name[1], commas=royal, spoken=spoken(ctx, t0)):
                add(name, (ta, tb), tof, "appositive")
                at = max(at, tend)
        of_end = at
    else:
        # a name the model marks before the title needs no boundary when the title says more than one word
        before = name_before(ctx, t0, model_ok=t1 - t0 >= 2 or of is not None)
        guest = before is not None and before[0] > 0 and _titled(ctx, past_honorifics(ctx, before[0] - 1)) \
            and ctx.doc[t0 - 1].text not in COMMAS and _demonym_in(ctx, t0, at)
        if guest:
            # «استقبل الأمير X السفير الصيني», «استقبل رئيس إقليم كردستان X وزير الخارجية القطري»:
            # the ambassador or minister is the guest of the name a title introduced
            before = None
        if before is not None:
            for ta, tb, tof in group:  # «محمد بن سلمان ولي ولي العهد وزير الدفاع»: every stacked title
                add(before[:2], (ta, tb), tof, before[2])
            of_end = max(of_end, at)
    return of_end
