"""Arabic titles: the idafa chain of a title, its country or organization, and the name it introduces.

A title is a head noun from ``data/titles_ar.tsv`` with its prefixes
(«القائمة بأعمال», «نائب») and complements («مساعدة وزير الخارجية»). The
country or organization the position belongs to (``of``) comes from a
nationality adjective, a construct state («وزير خارجية المغرب»), «في المغرب»
after the title, or an organization in or after it. Ranks and courtesy
titles («اللواء», «الأمير») may stack between the office and the name.
"""

from __future__ import annotations

from functools import cache

from newsgraph.extract.lexicon import org_heads, person_stopwords, speech_verbs, title_vocabulary
from newsgraph.extract.lexicon import words as lexicon_words
from newsgraph.extract.officials.ar_names import AR_WORD, name_after, name_before
from newsgraph.extract.officials.base import AddOfficial, Context, TitleMatch, of_id, org_ref
from newsgraph.text import clitic_splits, normalize_token

__all__ = ["match_title", "seat_end", "take_title", "title_starts"]

_AR_OF_PREPS = {"في", "ل", "لدي", "ب"}
_COMMAS = {"،", ","}


@cache
def _beginnings(forms: frozenset[str]) -> frozenset[str]:
    """Every beginning of every form (the empty string too)."""
    return frozenset(form[:n] for form in forms for n in range(len(form) + 1))



@cache
def title_starts() -> frozenset[str]:
    """The forms a token must have for :func:`match_title` to match there."""
    vocab = title_vocabulary("ar")
    return _beginnings(vocab["prefix"]) | _beginnings(vocab["head"])


def _match_form(ctx: Context, k: int, forms: frozenset[str]) -> int | None:
    """Token index after the longest title form starting at ``k``, or None."""
    norm, first = ctx.norm, ctx.first
    beginnings = _beginnings(forms)
    joined = ""
    best = None
    for j in range(k, min(k + 3, len(norm))):
        if j > k and first[j]:
            break
        joined += norm[j]
        if joined not in beginnings:
            break  # no form goes on from here
        if joined in forms:
            best = j + 1
    return best


def match_title(ctx: Context, i: int) -> tuple[int, int, str | None, int] | None:
    """Match an Arabic title at token ``i``: (first token, end token, of, end of of-material)."""
    doc, vocab = ctx.doc, ctx.vocab
    prefixes, heads, words = vocab["prefix"], vocab["head"], vocab["word"]
    if i >= len(doc) or ctx.norm[i] not in _beginnings(prefixes) and ctx.norm[i] not in _beginnings(heads):
        return None  # no title form starts here
    k = i
    found = False
    last_prefix = i
    while k < len(doc):
        nxt = _match_form(ctx, k, prefixes)
        if nxt is not None:
            last_prefix, k = k, nxt
            continue
        nxt = _match_form(ctx, k, heads)
        if nxt is not None:
            k, found = nxt, True
        break
    if not found and k > i:
        found = _match_form(ctx, last_prefix, heads) == k  # «نائب» alone is a title, «مساعد» is not
    if not found or _genitive_rank(ctx, i, k) or _named_after(ctx, i):
        return None
    stop = person_stopwords("ar")
    oheads = org_heads("ar")
    construct = not doc[k - 1].norm_.startswith("ال")
    after_org_head = False
    of: str | None = None
    of_end = k
    while k < len(doc) and not doc[k].is_sent_start:
        tok, norm = doc[k], doc[k].norm_
        m = ctx.starts.get(k)
        if m is not None:
            if m.label_ in ("COUNTRY", "ORGANIZATION") and (construct or m.id_ == "demonym"):
                of, of_end = of_id(m), m.end
                linked = k > i and doc[k - 1].norm_ in vocab.get("link", frozenset())
                if m.label_ == "ORGANIZATION" and construct and not linked and m.id_ != "demonym" \
                        and m.end - m.start < 8:
                    k = m.end  # «رئيس لجنة القدس»: the body a title heads is part of it (a country is not)
            elif m.label_ == "PLACE" and construct and m.kb_id_:
                of, of_end = m.kb_id_, m.end  # «محافظ عدن»: the place governed
            break
        if construct and (seat := _designated_place(ctx, k)) is not None:
            if seat[1] is not None:
                of, of_end = seat[1], seat[0]  # «أمير منطقة الرياض»: the region governed
                break
            k, construct = seat[0], False  # «مدير مطار عدن الدولي»: the facility is part of the title
            continue
        if construct and norm in lexicon_words("place_designators_ar.txt") and k + 2 < len(doc) \
                and (k + 1) not in ctx.covered and AR_WORD.match(doc[k + 1].text) \
                and (getattr(ctx.starts.get(k + 2), "label_", "") == "PERSON" or _courtesy(ctx, k + 2)):
            k += 2  # «أمير منطقة عسير [الأمير] فيصل ...»: a region the gazetteer does not know, then a name
            break
        if tok.is_punct or norm in speech_verbs("ar") or (tok.like_num or norm in stop) and norm not in words:
            break  # (a title word may look like a number to spaCy: «الفريق أول»)
        if norm in vocab.get("link", frozenset()):
            construct, k = True, k + 1
            continue
        definite = norm.startswith("ال")
        if construct:
            if norm in words or norm in oheads or (definite and AR_WORD.match(tok.text)) or after_org_head:
                construct = not definite and (norm in words or norm in oheads)
                after_org_head = norm in oheads
                k += 1
                continue
            break
        if norm in words:
            k += 1
            continue
        # «مدير عام الشؤون الصحية»: a feminine adjective agrees with the title's noun, a name does not
        agrees = definite and norm.endswith("يه") and doc[k - 1].norm_.startswith("ال")
        if agrees and AR_WORD.match(tok.text) and k not in ctx.covered:
            k += 1
            continue
        if norm in ("و", "ل") and k + 1 < len(doc) and (k + 1) not in ctx.starts:
            follow = doc[k + 1].norm_
            if follow in words or norm == "ل" and (follow in vocab["head"] or follow in oheads):
                construct = norm == "ل" and not follow.startswith("ال")
                after_org_head = follow in oheads
                k += 2
                continue
        if any(normalize_token(rest) in words for _, rest in clitic_splits(tok.text)):
            k += 1  # unsplit «والتعاون», «للشؤون»
            continue
        break
    # «المتحدث الرسمي باسم الحكومة»: the link introduces what the title speaks for, not the title
    title_end = k - 1 if k - 1 > i and doc[k - 1].norm_ in vocab.get("link", frozenset()) else k
    # «رئيس مجلس إدارة نادي الفتح»: the body the title heads
    body = _body_in_title(ctx, i, title_end) if of is None else None
    if of is None:
        of_end = k
        if k + 1 < len(doc) and doc[k].norm_ in _AR_OF_PREPS:
            m = ctx.starts.get(k + 1)
            if m is not None and m.label_ in ("COUNTRY", "ORGANIZATION") and of_id(m):
                # «المفتش العام للقوات المسلحة بدولة قطر»: the country is the body's, the office the body's
                of, of_end = body if body and m.label_ == "COUNTRY" else of_id(m), m.end
    elif of_end < len(doc) - 1 and doc[of_end].norm_ in _AR_OF_PREPS and (of_end + 1) in ctx.starts:
        of_end = ctx.starts[of_end + 1].end  # «سفيرة كندا لدى الأردن»: skip the posting
    # a demonym may also follow the name-facing end («وزير خارجية المغرب» has none)
    if of is None and of_end < len(doc) and of_end in ctx.starts and ctx.starts[of_end].id_ == "demonym":
        of, of_end = ctx.starts[of_end].kb_id_ or None, ctx.starts[of_end].end
    if of is None:
        of = body
    if of_end < len(doc) and ctx.norm[of_end] in vocab.get("former", frozenset()):
        of_end += 1  # «وزير الخارجية الفرنسي السابق X»: the name comes after «السابق»
    acting = vocab.get("acting", frozenset())
    if of_end + 1 < len(doc) and ctx.norm[of_end] == "ب" and ctx.norm[of_end + 1] in acting:
        of_end += 2  # «مدير الجامعة بالنيابة الدكتور X»
    elif of_end < len(doc) and ctx.norm[of_end] in acting:
        of_end += 1
    return i, title_end, of, of_end


def _body_in_title(ctx: Context, i: int, end: int) -> str | None:
    """An organization named inside a title's chain, as an :func:`org_ref`, or None.

    «رئيس مجلس إدارة نادي الفتح», «مدير إدارة المرور», «النائب الثاني لرئيس مجلس الوزراء»: from the
    first organization head noun after the title's own head to the title's end, two words at least
    («أمين عام النادي» names no body of its own); a board or branch before the body is left out
    (not a definite head: «معهد الإدارة العامة» is one body).
    """
    heads = org_heads("ar")
    start = next((j for j in range(i + 1, end) if ctx.norm[j] in heads and j not in ctx.covered), None)
    if start is None or end - start < 2 or any(j in ctx.covered for j in range(start, end)):
        return None
    while end - start > 2 and ctx.norm[start + 1] in heads and not ctx.norm[start + 1].startswith("ال"):
        start += 1  # «مجلس إدارة نادي الفتح», «فرع وزارة العدل»: the body its board or branch belongs to
    return org_ref(ctx.doc[start:end])


def _designated_place(ctx: Context, k: int) -> tuple[int, str | None] | None:
    """A place designator and the known place it introduces, in a title's construct chain.

    «أمير منطقة الرياض», «محافظ محافظة الخرج»: a ``seat`` designator gives the place as the
    office's «of»; «مدير مطار عدن»: a ``facility`` designator keeps the place in the title.
    Returns the token after the place and its id (None for a facility), or None.
    """
    norm = ctx.norm[k]
    seat, facility = ctx.vocab.get("seat", frozenset()), ctx.vocab.get("facility", frozenset())
    if norm not in seat and norm not in facility or k + 1 >= len(ctx.doc) or ctx.first[k + 1]:
        return None
    m = ctx.starts.get(k + 1)
    if m is None or m.label_ not in ("PLACE", "COUNTRY") or not m.kb_id_:
        return None
    return m.end, m.kb_id_ if norm in seat else None


def _named_after(ctx: Context, i: int) -> bool:
    """A royal or courtesy title at ``i`` that is part of a name after a noun of ``data/named_after_ar.txt``
    («مطار الملك فهد», «بجامعة الملك سعود», «كأس الأمير فيصل»): a place or prize, no official."""
    royal = _rank_or_noble(ctx, i) or ctx.norm[i] in ctx.vocab.get("royal", frozenset())
    if i == 0 or ctx.first[i] or not royal:
        return False
    nouns = lexicon_words("named_after_ar.txt")
    prev = ctx.doc[i - 1].text
    forms = [ctx.norm[i - 1]] + [normalize_token(rest) for _, rest in clitic_splits(prev)]
    return any(form in nouns for form in forms)


def _courtesy(ctx: Context, t: int) -> bool:
    """A courtesy title, rank or noble title at ``t`` («الأمير», «الدكتور», «اللواء»)."""
    kinds = ("honorific", "rank", "noble")
    return any(ctx.norm[t] in ctx.vocab.get(kind, frozenset()) for kind in kinds)


def _genitive_rank(ctx: Context, i: int, k: int) -> bool:
    """An ``ambiguous`` rank alone at ``i`` (up to ``k``) that is the genitive of the noun before it.

    «مدرب الفريق», «في الفريق», «قائد اللواء»: the team, the brigade. The word before is then an
    Arabic word without the article that is no title, courtesy title, speech verb, bare «و» or mention;
    a rank word after it («الفريق أول») keeps it a rank.
    """
    if k != i + 1 or ctx.norm[i] not in ctx.vocab.get("ambiguous", frozenset()) or i == 0 or ctx.first[i]:
        return False
    if k < len(ctx.doc) and not ctx.first[k] and ctx.norm[k] in ctx.vocab.get("rank_word", frozenset()):
        return False  # «الفريق أول», «اللواء الركن»
    prev = ctx.doc[i - 1]
    norm = ctx.norm[i - 1]
    return bool(AR_WORD.match(prev.text)) and not norm.startswith("ال") and norm != "و" \
        and norm not in ctx.titles and norm not in speech_verbs("ar") \
        and (i - 1) not in ctx.covered  # a name («مدير شرطة منطقة جازان اللواء X») governs no genitive


_SEAT_PREPS = {"ب", "في"}


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


def _rank_or_noble(ctx: Context, t: int) -> bool:
    """A military rank or a courtesy title (الأمير، الشيخ) at token ``t``."""
    return ctx.doc[t].norm_ in ctx.vocab.get("rank", frozenset()) | ctx.vocab.get("noble", frozenset())


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
        nxt = match_title(ctx, h) if not doc[h].is_sent_start else None
        if nxt is None:
            break
        if not _rank_or_noble(ctx, nxt[0]) and (h != at or _demonym_in(ctx, titles[-1][0], at)):
            break  # only an office right after another, with no nationality adjective between, is stacked
        titles.append(nxt[:3])
        at = nxt[3]
    return titles, at


def _appositives(ctx: Context, pos: int, commas: bool = False) -> list[tuple[int, int, str | None, int]]:
    """Offices right after a royal's or officer's name: «الأمير X ولي العهد وزير الدفاع», «الملك X رئيس ...».

    A title that introduces another name, or carries a nationality adjective
    (the object of a verb: «استقبل الأمير X وزير الخارجية الأميركي»), ends the run.
    """
    doc = ctx.doc
    out = []
    while pos < len(doc) and not doc[pos].is_sent_start:
        if commas and doc[pos].text in _COMMAS and pos + 1 < len(doc) and not doc[pos + 1].is_sent_start:
            pos += 1  # «الأمير X ، وزير الدولة ، عضو مجلس الوزراء» (after an officer's name: his new post)
        nxt = match_title(ctx, pos)
        if nxt is None or name_after(ctx, nxt[3]) is not None or _demonym_in(ctx, nxt[0], nxt[3]):
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


def take_title(ctx: Context, m: TitleMatch, add: AddOfficial) -> int:
    """Record the official a title at ``m`` introduces; return where the title's material ends.

    The name follows the title and any ranks after it («وزير الدفاع اللواء X»),
    with the offices in apposition after a royal's or officer's name; failing
    that, it comes before the title («X، وزير الخارجية»).
    """
    t0, t1, of, of_end = m
    group, at = _title_group(ctx, t0, t1, of, of_end)
    name = name_after(ctx, at)
    if name is not None and name[1] - name[0] == 1 and name[1] < len(ctx.doc) and ctx.doc[name[1]].is_punct:
        before = name_before(ctx, t0)
        if before is not None and before[1] - before[0] >= 2 and ctx.doc[t0 - 1].text in _COMMAS:
            name = None  # «عبدالله أبو أذينة، رئيس لجنة التنمية بطبرجل:»: the name is the one before
    if name is None and at + 1 < len(ctx.doc) and ctx.doc[at].text in _COMMAS:
        after = name_after(ctx, at + 1)
        if after is not None and after[1] - after[0] >= 2 and (
            after[1] >= len(ctx.doc) or ctx.doc[after[1]].is_punct or ctx.doc[after[1]].is_sent_start
        ):
            name, at = after, at + 1  # «الناطق الرسمي باسم الحكومة اليمنية، راجح بادي،»
    if name is None and (seat := seat_end(ctx, at)) is not None:
        # the seat, then ranks or courtesy titles, then the name
        seated, past = _title_group(ctx, t0, t1, of or seat[1], seat[0])
        after = name_after(ctx, past)
        if after is not None and (after[1] - after[0] >= 2 or after[0] > past or past > seat[0]):
            name, at, group = after, past, seated  # two name words, or a courtesy title before the name
    if name is not None:
        for ta, tb, tof in group:
            add(name, (ta, tb), tof, "title-name")
        if _rank_or_noble(ctx, t0) or ctx.norm[t0] in ctx.vocab.get("royal", frozenset()):
            royal = ctx.norm[t0] not in ctx.vocab.get("rank", frozenset())
            for ta, tb, tof, tend in _appositives(ctx, name[1], commas=royal):
                add(name, (ta, tb), tof, "appositive")
                at = max(at, tend)
        of_end = at
    else:
        before = name_before(ctx, t0)
        guest = before is not None and before[0] > 0 and _courtesy(ctx, before[0] - 1) \
            and ctx.doc[t0 - 1].text not in _COMMAS and _demonym_in(ctx, t0, at)
        if guest:
            before = None  # «استقبل الأمير X السفير الصيني»: the ambassador is the prince's guest
        if before is not None:
            for ta, tb, tof in group:  # «محمد بن سلمان ولي ولي العهد وزير الدفاع»: every stacked title
                add(before[:2], (ta, tb), tof, before[2])
            of_end = max(of_end, at)
    return of_end
