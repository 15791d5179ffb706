"""Arabic titles: the idafa chain of a title and its country or organization.

A title is a head noun from ``data/titles_ar.tsv`` with its prefixes («القائمة بأعمال», «نائب») and
complements («مساعدة وزير الخارجية»). The country or organization the position belongs to (``of``) comes
from a nationality adjective, a construct state («وزير خارجية المغرب»), «في المغرب» after the title, or an
organization in or after it. :mod:`.ar` finds the name a title introduces.
"""

from __future__ import annotations

from functools import cache

from newsgraph.extract.agreement_ar import disagrees_ar
from newsgraph.extract.lexicon import (
    org_heads,
    person_particles,
    person_stopwords,
    rows,
    speech_verbs,
    title_vocabulary,
)
from newsgraph.extract.lexicon import words as lexicon_words
from newsgraph.extract.officials.ar_names import AR_WORD
from newsgraph.extract.officials.base import Context, of_id, org_ref
from newsgraph.extract.places_ar import seat_next
from newsgraph.text import clitic_splits, normalize_token

__all__ = ["AR_OF_PREPS", "body_in_title", "courtesy", "match_title", "rank_or_noble", "title_starts"]

AR_OF_PREPS = {"في", "ل", "لدي", "ب"}
#: «لدى» normalised: an ambassador's posting («سفير X لدى مصر»), the host country, never whose office it is.
_AT = "لدي"


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
    if not found or _genitive_rank(ctx, i, k) or _named_after(ctx, i) or _participle(ctx, k):
        return None
    stop = person_stopwords("ar")
    oheads = org_heads("ar")
    construct = not doc[k - 1].norm_.startswith("ال")
    after_org_head = False
    of: str | None = None
    of_end = k
    while k < len(doc) and not doc[k].is_sent_start:
        tok, norm = doc[k], doc[k].norm_
        if construct and k > i and _named_after(ctx, k) and (named := _named_for(ctx, k)) > k:
            k, construct = named, False  # «مدير جامعة الملك سعود», «مدير مطار الملك خالد الدولي»
            continue
        m = ctx.starts.get(k)
        if m is not None:
            if m.label_ in ("COUNTRY", "ORGANIZATION") and (construct or m.id_ == "demonym"):
                of, of_end = of_id(m), m.end
                place = ctx.starts.get(m.end)
                if of is not None and not m.kb_id_ and place is not None \
                        and seat_next(ctx.norm[m.end - 1], place):
                    # the model's «شرطة منطقة» before «مكة المكرمة»: the body is named with its seat
                    of, of_end = org_ref(doc[m.start : place.end]), place.end
                linked = k > i and doc[k - 1].norm_ in vocab.get("link", frozenset())
                if m.label_ == "ORGANIZATION" and construct and not linked and m.id_ != "demonym" \
                        and m.end - m.start < 8:
                    k = of_end  # «رئيس لجنة القدس»: the body a title heads is part of it (a country is not)
                elif m.id_ == "demonym" and k > i and doc[k - 1].norm_ in words \
                        and not doc[k - 1].norm_.startswith("ال"):
                    # «وزير الخارجية والهجرة وشئون المصريين بالخارج»: a people the portfolio's noun governs
                    k = of_end = m.end + int(m.end < len(doc) and doc[m.end].norm_ in words)
            elif m.label_ == "PLACE" and construct and m.kb_id_ and after_org_head:
                k = m.end  # «مدير شرطة محايل عسير»: the place names the body the title heads
            elif m.label_ == "PLACE" and construct and m.kb_id_:
                of, of_end = m.kb_id_, m.end  # «محافظ عدن»: the place governed
            elif m.label_ == "ORGANIZATION" and after_org_head and not m.kb_id_ and len(m) <= 3:
                # «رئيس مجلس إدارة البنك الأهلي»: the model's name ends the body the title heads
                of, k = org_ref(doc[k - 1 : m.end]), m.end
                of_end = k
            break
        if construct and (seat := _designated_place(ctx, k)) is not None:
            # («الناطق الإعلامي لشرطة منطقة مكة المكرمة»: after a body's head noun the region names the body)
            if seat[1] is not None and not after_org_head:
                # «أمير منطقة الرياض», «حاكم محافظة شانلي أورفة»: the region governed is the «of»; the
                # designator stays in the title, as the gold writes it («حاكم محافظة», «حاكم الولاية»)
                of, of_end, k = seat[1], seat[0], k + 1
                break
            k, construct = seat[0], False  # «مدير مطار عدن الدولي»: the facility is part of the title
            continue
        if construct and norm in lexicon_words("place_designators_ar.txt") and k + 2 < len(doc) \
                and (k + 1) not in ctx.covered and AR_WORD.match(doc[k + 1].text) \
                and not (rank_or_noble(ctx, k + 1) or ctx.norm[k + 1] in vocab.get("royal", frozenset())) \
                and (getattr(ctx.starts.get(k + 2), "label_", "") == "PERSON" or courtesy(ctx, k + 2)):
            k += 2  # «أمير منطقة عسير [الأمير] فيصل ...»: a region the gazetteer does not know, then a name
            break
        if tok.is_punct or norm in speech_verbs("ar") or (tok.like_num or norm in stop) and norm not in words:
            break  # (a title word may look like a number to spaCy: «الفريق أول»)
        if construct and norm in vocab.get("honorific", frozenset()):
            break  # «نائبه الأستاذ X»: a courtesy title stands before the name, it is no body of the title
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
        # «رئيس المجلس الرئاسي الليبي»: a relative adjective after a body's head noun is the body's
        agrees = agrees or definite and norm.endswith("ي") and doc[k - 1].norm_[2:] in oheads
        # «القيادي الحوثي X»: right after a leader's title, the group's relative adjective
        agrees = agrees or definite and norm.endswith("ي") and len(norm) > 4 and k == i + 1 \
            and doc[i].norm_ in vocab.get("affiliated", frozenset())
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
    body = body_in_title(ctx, i, title_end) if of is None else None
    stated = of is not None  # in the title's chain (not «في X» after it)
    if of is None:
        of_end = k
        if k + 1 < len(doc) and doc[k].norm_ in AR_OF_PREPS - {_AT}:  # «سفير X لدى مصر»: Egypt hosts him
            m = ctx.starts.get(k + 1)
            if m is not None and m.label_ in ("COUNTRY", "ORGANIZATION") and of_id(m):
                # «المفتش العام للقوات المسلحة بدولة قطر»: the country is the body's, the office the body's
                of, of_end = body if body and m.label_ == "COUNTRY" else of_id(m), m.end
    if stated and of_end < len(doc) and ctx.norm[of_end] in vocab.get("new", frozenset()):
        of_end += 1  # «سفير فرنسا الجديد لدى لبنان، X»: the new holder, then the posting and the name
    if of_end < len(doc) - 1 and (stated or doc[of_end].norm_ == _AT) and doc[of_end].norm_ in AR_OF_PREPS \
            and (of_end + 1) in ctx.starts:
        of_end = ctx.starts[of_end + 1].end  # «سفيرة كندا لدى الأردن», «سفير المملكة لدى مصر»: the posting
    # a demonym may also follow the name-facing end («وزير خارجية المغرب» has none)
    if of is None and of_end < len(doc) and of_end in ctx.starts and ctx.starts[of_end].id_ == "demonym":
        of, of_end = ctx.starts[of_end].kb_id_ or None, ctx.starts[of_end].end
    elif of is None and of_end == k < len(doc) and ctx.norm[k] in body_adjectives():
        # «المبعوث الأممي [الخاص] إلى اليمن X»: the adjective stands for the body whose office it is
        of, of_end = body_adjectives()[ctx.norm[k]], k + 1
    elif of is not None and of_end == k and of_end in ctx.starts and ctx.starts[of_end].id_ == "demonym" \
            and not of.startswith("country/"):
        of_end = ctx.starts[of_end].end  # «رئيس مجلس العموم البريطاني X»: the body's country, then the name
    if of is None:
        of = body
    title_end, of_end = _special(ctx, title_end, of_end)  # «المبعوث الأمريكي الخاص»
    posted = ctx.norm[i] in vocab.get("posted", frozenset())
    if posted and of_end + 1 < len(doc) and ctx.norm[of_end] == "الي" \
            and getattr(ctx.starts.get(of_end + 1), "label_", "") in ("COUNTRY", "PLACE"):
        of_end = ctx.starts[of_end + 1].end  # «مبعوث الأمم المتحدة إلى اليمن X»: skip the posting
    then = vocab.get("former", frozenset()) | vocab.get("current", frozenset())
    if of_end < len(doc) and ctx.norm[of_end] in then:
        of_end += 1  # «وزير الخارجية الفرنسي السابق X», «الرئيس الحالي X»: the name comes after it
    acting = vocab.get("acting", frozenset())
    if of_end + 1 < len(doc) and ctx.norm[of_end] == "ب" and ctx.norm[of_end + 1] in acting:
        of_end += 2  # «مدير الجامعة بالنيابة الدكتور X»
    elif of_end < len(doc) and ctx.norm[of_end] in acting:
        of_end += 1
    return i, title_end, of, of_end


@cache
def body_adjectives() -> dict[str, str]:
    """Normalised relative adjectives that stand for an organization after a title → its id
    (``data/title_body_adjectives_ar.tsv``: «الأممي» for the UN)."""
    return {normalize_token(r[0]): r[1].strip() for r in rows("title_body_adjectives_ar.tsv")}


def _special(ctx: Context, title_end: int, at: int) -> tuple[int, int]:
    """A title's own adjective at ``at``, after its nationality adjective («المبعوث الأمريكي الخاص»): the
    title runs on to include it (the scorer reads the adjective between apart: ``evaluate.score.bare_title``).
    Returns the title's end and where the name may start."""
    after = at > title_end and (getattr(ctx.covered.get(at - 1), "id_", "") == "demonym"
                                or ctx.norm[at - 1] in body_adjectives())
    if after and at < len(ctx.doc) and ctx.norm[at] in ctx.vocab.get("special", frozenset()):
        return at + 1, at + 1
    return title_end, at


def body_in_title(ctx: Context, i: int, end: int) -> str | None:
    """An organization named inside a title's chain, as an :func:`org_ref`, or None.

    «رئيس مجلس إدارة نادي الفتح», «مدير إدارة المرور», «النائب الثاني لرئيس مجلس الوزراء»: from the
    first organization head noun after the title's own head to the title's end, two words at least
    («أمين عام النادي» names no body of its own); a board or branch before the body is left out
    (not a definite head: «معهد الإدارة العامة» is one body).
    """
    heads = org_heads("ar")
    status = ctx.vocab.get("acting", frozenset()) | ctx.vocab.get("former", frozenset())
    while end > i + 1 and ctx.norm[end - 1] in status:
        end -= 1  # «رئيس الحكومة المكلف»: the designate is the head, not the government
    start = next((j for j in range(i + 1, end) if _head_at(ctx, j, heads) is not None), None)
    lead = 0 if start is None else _head_at(ctx, start, heads) or 0
    if start is not None and end - start == 2 and disagrees_ar(ctx.norm[start], ctx.norm[start + 1]):
        end -= 1  # «رئيس الحكومة المكلف»: "designate" is the head's, no word of the government's name
    if start is not None:  # «فرع وزارة العدل بمنطقة الرياض»: the body ends before where it sits
        end = next((j for j in range(start + 1, end) if ctx.norm[j] in ("ب", "في") or _glued_seat(ctx, j)),
                   end)
    if start is None or end - start < 2 \
            or any(j in ctx.covered and not _seated(ctx, j) for j in range(start, end)):
        return None
    if ctx.norm[start].startswith("ال") and ctx.doc[start + 1].text[:1] == "ل":
        return None  # «وكيل الوزارة للدراسات»: the ministry named before, and the field the office is for
    while end - start > 2 and ctx.norm[start + 1] in heads and not ctx.norm[start + 1].startswith("ال"):
        # «مجلس إدارة نادي الفتح», «فرع وزارة العدل»: the body its board or branch belongs to
        start, lead = start + 1, 0
    return org_ref(ctx.doc[start:end], lead)


def _head_at(ctx: Context, j: int, heads: frozenset[str]) -> int | None:
    """At token ``j`` an organization's head noun, alone or after a glued «ب»/«ل» the tokenizer left on it
    («المتحدث الرسمي بقيادة ...»): how many letters precede the head (0 or 1), else None."""
    if j in ctx.covered:
        return None
    if ctx.norm[j] in heads:
        return 0
    text = ctx.doc[j].text
    return 1 if text[:1] in "بل" and len(text) > 4 and normalize_token(text[1:]) in heads else None


def _glued_seat(ctx: Context, j: int) -> bool:
    """A place designator with a glued «ب» («بمنطقة»): where a body sits, after its name."""
    text = ctx.doc[j].text
    return text[:1] == "ب" and normalize_token(text[1:]) in lexicon_words("place_designators_ar.txt")


def _seated(ctx: Context, j: int) -> bool:
    """Token ``j`` is in a place mention right after a place designator or a body's head noun: «شرطة منطقة
    [مكة المكرمة]», «شرطة [محايل عسير]»."""
    m = ctx.covered.get(j)
    if m is None or m.start == 0:
        return False
    before = ctx.norm[m.start - 1]
    return seat_next(before, m) or m.label_ == "PLACE" and before in org_heads("ar")


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


def _participle(ctx: Context, k: int) -> bool:
    """The title word before ``k`` is a participle with «في» or «ب» after it, not a title: «الهيئة ممثلة
    في رئيسها», «ممثلا بوزير الخارجية» (represented by). The words are the ``participle`` lines of
    ``data/titles_ar.tsv``."""
    if k >= len(ctx.doc) or ctx.first[k] or ctx.norm[k - 1] not in ctx.vocab.get("participle", frozenset()):
        return False
    return ctx.norm[k] in ("في", "ب")


def _named_after(ctx: Context, i: int) -> bool:
    """A royal or courtesy title at ``i`` that is part of a name after a noun of ``data/named_after_ar.txt``
    («مطار الملك فهد», «بجامعة الملك سعود», «كأس الأمير فيصل»): a place or prize, no official."""
    royal = rank_or_noble(ctx, i) or ctx.norm[i] in ctx.vocab.get("royal", frozenset())
    if i == 0 or ctx.first[i] or not royal:
        return False
    nouns = lexicon_words("named_after_ar.txt")
    prev = ctx.doc[i - 1].text
    forms = [ctx.norm[i - 1]] + [normalize_token(rest) for _, rest in clitic_splits(prev)]
    return any(form in nouns for form in forms)


def _named_for(ctx: Context, k: int) -> int:
    """The end of a royal's or noble's name at ``k`` inside a body's name («[الملك سعود]», «[الأمير سلطان بن
    عبدالعزيز]», «[الملك خالد] الدولي»): the title, up to four bare name words or particles, and the definite
    relative adjectives that end the body's name."""
    doc = ctx.doc
    particles = person_particles("ar")
    j, words = k + 1, 0
    while j < len(doc) and words < 4 and not ctx.first[j] and AR_WORD.match(doc[j].text) \
            and (not ctx.norm[j].startswith("ال") or ctx.norm[j - 1] in particles) \
            and ctx.norm[j] not in person_stopwords("ar") and ctx.norm[j] not in ctx.titles:
        j, words = j + 1, words + 1
    while j < len(doc) and not ctx.first[j] and ctx.norm[j].startswith("ال") \
            and ctx.norm[j].endswith(("ي", "يه")) and AR_WORD.match(doc[j].text) \
            and ctx.norm[j] not in ctx.titles and getattr(ctx.covered.get(j), "label_", "PERSON") == "PERSON":
        j += 1  # «الدولي», «المركزي» (which the model may read as a family name)
    return j if words else k


def courtesy(ctx: Context, t: int) -> bool:
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


def rank_or_noble(ctx: Context, t: int) -> bool:
    """A military rank or a courtesy title (الأمير، الشيخ) at token ``t``."""
    return ctx.doc[t].norm_ in ctx.vocab.get("rank", frozenset()) | ctx.vocab.get("noble", frozenset())
