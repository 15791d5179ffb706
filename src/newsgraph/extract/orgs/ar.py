"""Arabic organizations by shape: a head noun («حركة», «قوات», «وزارة»), its construct chain and adjectives.

«قوات سوريا الديمقراطية», «الحرس الثوري الإيراني», «وزارة التجارة والصناعة», numbered units («اللواء 19»).
A country or nationality adjective inside gives the organization's country. The vocabulary is in
``data/org_heads_*``, ``data/org_*_ar.txt`` and ``data/military_units.tsv``.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Span, Token

from newsgraph.extract.agreement_ar import disagrees_ar
from newsgraph.extract.lexicon import common_word_ar, org_heads, suffixed_common_ar, title_vocabulary, words
from newsgraph.extract.military import unit_words
from newsgraph.extract.ner_ar_names import judged_end
from newsgraph.extract.orgs.base import (
    AFAAL,
    OrgMatch,
    ar_head,
    bare,
    covered,
    definite,
    head_offset,
    is_definite,
    latin_name,
    make_match,
    mention_starts,
)
from newsgraph.extract.places_ar import seat_next
from newsgraph.extract.tokens import TokenTable
from newsgraph.text import normalize_token

__all__ = ["ar_stop", "find_ar"]

_MAX_LEN = 9
_AR_STOP_PREPS = {"في", "من", "علي", "الي", "عن", "مع", "بين", "لدي", "حول", "خلال", "منذ", "بعد", "قبل"}
_AR_WORD = re.compile(r"^[\u0621-\u064A\u0671-\u06D3\u064B-\u065F\u0640]{2,}$")


def _ar_chain(doc: Doc, i: int, mentions: dict[int, Span], stop: frozenset[str]) -> tuple[int, str | None]:
    """Extend an Arabic head at token ``i``; return (end token, country id)."""
    heads = org_heads("ar")
    construct_nouns = words("org_heads_construct_ar.txt") | heads
    purpose = words("org_heads_purpose_ar.txt")
    construct = not is_definite(_bare_clitic(doc[i]))
    country: str | None = None
    j = i + 1
    last_was_mention = False
    while j < len(doc) and j - i <= _MAX_LEN and not doc[j].is_sent_start:
        tok = doc[j]
        m = mentions.get(j)
        if m is not None:
            if m.label_ == "COUNTRY":
                if not construct and m.id_ != "demonym" and not doc[m.end - 1].norm_.endswith(("يه", "ي")):
                    break  # «المقاومة اليمن»: no country's name after a definite one (but «القوات السعودية»)
                country = country or (m.kb_id_ or None)
            elif m.label_ == "PERSON" and construct and j == i + 1 \
                    and _bare_clitic(doc[i]) in words("org_followers_ar.txt"):
                j = m.end  # «قوات صالح», «قوات حفتر»: a leader's armed men, a body of their own
                break
            elif m.label_ == "PERSON" or not construct:
                break
            construct, last_was_mention, j = False, True, m.end
            if m.id_ == "demonym":
                break  # a nationality adjective closes the name
            if m.label_ in ("COUNTRY", "PLACE"):
                j = _own_adjectives(doc, i, j, mentions)
                break  # «نيابة شرق القاهرة الكلية [التحقيقات]»: after the place, its own adjectives only
            continue
        if construct and j == i + 1 and latin_name(tok):
            j = _latin_run(doc, j)  # «شركة HTC», «قناة CNBC»: a name in Latin letters right after the head
            after = mentions.get(j)
            if after is not None and after.id_ == "demonym" and definite(doc[j]):
                country, j = country or (after.kb_id_ or None), after.end
            break
        norm = tok.norm_
        if construct and seat_next(norm, mentions.get(j + 1)):
            j += 1  # «شرطة منطقة مكة المكرمة»: a designator and its place name where the body sits
            continue
        word = _AR_WORD.match(tok.text) or norm in ("و", "ل")
        if tok.is_punct or tok.like_num or norm in stop or not word:
            break
        if len(norm) >= 5 and norm.endswith(("هم", "ها", "هما", "كم", "هن")) or suffixed_common_ar(tok.text):
            break  # a pronoun suffix («مسؤوليتها», «التزامه») is no part of a name
        if norm in ("و", "ل") and j + 1 < len(doc):
            nxt = doc[j + 1]
            # «الرئاسة العامة للبحوث العلمية»: after a definite head and its own adjective, what it is for
            own = norm == "ل" and definite(doc[i]) and j == i + 2 and doc[j - 1].norm_ in words(
                "org_adjectives_ar.txt") and definite(nxt) and nxt.norm_ not in heads
            model = mentions.get(j + 1)
            free = j + 1 not in mentions or own and model is not None and model.label_ == "ORGANIZATION" \
                and not model.kb_id_
            ok = nxt.norm_ not in stop and free and not nxt.is_punct
            if own and ok:  # the model's name that starts there is read on as part of this one
                j += 2
                construct, last_was_mention = False, False
                continue
            if norm == "و":
                # not right after the head alone: «الوزارة والوكلاء» lists the ministry and its staff
                ok = ok and not last_was_mention and j > i + 1 and _conjunct_continues(nxt, heads)
            else:
                ok = ok and (bare(nxt.norm_) in purpose or nxt.norm_ in purpose)
            if not ok:
                break
            j += 2
            construct = not definite(nxt)
            last_was_mention = False
            continue
        if norm.startswith("ل") and not is_definite(norm) and normalize_token(norm[1:]) in purpose:
            j += 1  # unsplit «لهزيمة»
            construct, last_was_mention = True, False
            continue
        if construct:
            plural = _plural_in_construct(doc, j, mentions)
            construct = not definite(tok) and (norm in construct_nouns or plural)
            if not definite(tok) and norm not in construct_nouns and not plural:
                j += 1
                after = mentions.get(j)  # «صحيفة ميرور البريطانية»: the name's nationality adjective
                if after is not None and after.id_ == "demonym" and definite(doc[j]) \
                        and not common_word_ar(norm):
                    country, j = country or (after.kb_id_ or None), after.end
                j = _own_adjectives(doc, i, j, mentions)
                break  # a proper noun («حركة حماس») closes the name
        elif not definite(tok) or norm in _ar_title_heads():
            break  # «هيئة الأركان العامة الفريق ...»: a rank or title starts the next phrase
        elif j == i + 1 and disagrees_ar(doc[i].norm_, norm):
            break  # «رئيس الحكومة المكلف»: a masculine word right after a feminine head is no adjective of it
        last_was_mention = False
        j += 1
    # never end on a dangling purpose noun or conjunction
    while j > i + 1 and (doc[j - 1].norm_ in ("و", "ل") or _trailing_purpose(doc[j - 1], purpose)):
        j -= 1
    return judged_end(doc, i, j), country  # «تنظيم الإخوان الإرهابي»: the writer's judgement, not the name


def _own_adjectives(doc: Doc, i: int, j: int, mentions: dict[int, Span]) -> int:
    """The end of the head's own adjectives after the name or place that closed its construct («نيابة
    مطروح العامة», «نادي الطائف الأدبي الثقافي»): definite words of ``data/org_adjectives_ar.txt`` or
    relative adjectives (:func:`_nisba_next`) agreeing with the head at ``i``; a noun («نيابة القاهرة
    [التحقيقات]») is the next phrase."""
    own = words("org_adjectives_ar.txt")
    while j < len(doc) and not doc[j].is_sent_start and definite(doc[j]) \
            and (doc[j].norm_ in own and j not in mentions or _nisba_next(doc[j], mentions.get(j))) \
            and not disagrees_ar(_bare_clitic(doc[i]), doc[j].norm_):
        j += 1
    return j


def _led_by(doc: Doc, i: int, off: int, mentions: dict[int, Span]) -> bool:
    """«بقيادة السعودية», «برئاسة الوزير»: a head of ``data/org_heads_led_by_ar.txt`` glued to «ب» and
    followed by a title or a mention says who leads, it names no body."""
    split = off == 0 and i > 0 and doc[i - 1].text == "ب" and not doc[i - 1].whitespace_
    if not (split or doc[i].text[:off].endswith("ب")) or i + 1 >= len(doc):
        return False
    if normalize_token(doc[i].text[off:]) not in words("org_heads_led_by_ar.txt"):
        return False
    nxt, titles = doc[i + 1], _leader_titles()
    return i + 1 in mentions or nxt.norm_ in titles or bare(nxt.norm_) in titles


@cache
def _leader_titles() -> frozenset[str]:
    """Title, rank and courtesy nouns that may name who leads after «بقيادة»/«برئاسة» («برئاسة الوزير»)."""
    vocab = title_vocabulary("ar")
    return frozenset().union(*(vocab.get(kind, frozenset()) for kind in ("head", "rank", "honorific")))


def _district(doc: Doc, i: int, off: int, mentions: dict[int, Span]) -> bool:
    """«مديرية لودر»: a head that is also a place noun (``data/place_heads_ar.txt``) right before a
    place's name names a district, no body («مديرية أمن عدن» is one: a construct noun comes first)."""
    after = mentions.get(i + 1)
    return after is not None and after.label_ == "PLACE" and doc[i + 1].norm_ not in _construct_nouns() \
        and normalize_token(doc[i].text[off:]) in words("place_heads_ar.txt")


@cache
def _construct_nouns() -> frozenset[str]:
    """Nouns that open an organization's construct («أمن» of «مديرية أمن عدن»), and organization heads."""
    return words("org_heads_construct_ar.txt") | org_heads("ar")


def _latin_run(doc: Doc, j: int) -> int:
    """The end of a run of up to three Latin-script name words from token ``j`` («Avid Life Media»)."""
    end = j + 1
    while end < len(doc) and end - j < 3 and latin_name(doc[end]) and not doc[end].is_sent_start:
        end += 1
    return end


def _one_of_many(doc: Doc, i: int, end: int, inner: list[Span]) -> bool:
    """«النادي السعودي», «الصحيفة الأمريكية»: a definite head of which a country has many
    (``data/org_heads_many_ar.txt``) and only a nationality adjective after it describes, it names none;
    so does any indefinite head with an indefinite one («شركة يابانية» "a Japanese company")."""
    head = doc[i]
    if len(inner) != 1 or inner[0].id_ != "demonym" or inner[0].start != i + 1 or inner[0].end != end:
        return False
    if not definite(head) and not definite(doc[i + 1]):
        return True  # «شركة يابانية», «حكومة أردنية»: "a Japanese company" is any such body
    return definite(head) and bare(head.norm_) in words("org_heads_many_ar.txt")


def _describes(doc: Doc, i: int, end: int) -> bool:
    """Whether the head at ``i`` and what follows up to ``end`` describe rather than name: an official's
    men or office («قوات الرئيس اليمني», «مكتب الأمير»), or a plural head with the article and adjectives
    only, a kind of group (``data/org_heads_plural_ar.txt``: «الجماعات الإرهابية», «الفصائل الإسلامية»)."""
    if doc[i + 1].norm_ in _ar_title_heads():
        return True
    head = doc[i]
    return definite(head) and bare(_bare_clitic(head)) in words("org_heads_plural_ar.txt") \
        and all(definite(t) for t in doc[i + 1 : end])


def _conjunct_continues(tok: Token, heads: frozenset[str]) -> bool:
    """Whether a word after «و» continues the name («وزارة التجارة والصناعة», «الشؤون البلدية والقروية»)
    rather than starting a second body or a list of people («وزارة الخارجية والسفارة», «الشركة والمسؤولين»):
    a definite word that is no organization head, title, separate body (``data/org_bodies_ar.txt``)
    nor plural of persons («المسؤولين», «المواطنون»; a broken plural such as «الفنون», «الشؤون» continues)."""
    norm = tok.norm_
    return definite(tok) and norm not in heads and bare(norm) not in heads \
        and norm not in _ar_title_heads() and norm not in words("org_bodies_ar.txt") \
        and not _persons_plural(norm)


def _persons_plural(norm: str) -> bool:
    """A sound masculine plural, mostly of persons («المسؤولين», «الموظفون»): «ين»/«ون» after a stem of
    four letters or more; after a shorter one the word is a broken plural or a singular («الفنون»,
    «الشؤون», «القانون»)."""
    return norm.endswith(("ين", "ون")) and len(bare(norm)) - 2 >= 4


@cache
def _ar_title_heads() -> frozenset[str]:
    """Definite title, rank and courtesy nouns («الفريق», «الرئيس», «الدكتور»): they never continue an
    organization name («رئيس مجلس الوزراء الدكتور ...»: the name that follows is a person's)."""
    vocab = title_vocabulary("ar")
    kinds = ("head", "rank", "noble", "honorific")
    heads = frozenset().union(*(vocab.get(kind, frozenset()) for kind in kinds))
    return frozenset(h for h in heads if h.startswith("ال"))


def _trailing_purpose(tok: Token, purpose: frozenset[str]) -> bool:
    norm = tok.norm_
    return norm.startswith("ل") and normalize_token(norm[1:]) in purpose


def _bare_clitic(tok: Token) -> str:
    off = ar_head(tok, org_heads("ar"))
    return normalize_token(tok.text[off:]) if off else tok.norm_


def _cut_at_and(doc: Doc, span: Span | None, mentions: dict[int, Span]) -> int | None:
    """The end of a model's organization name that stops right before «و» («وزارة التجارة» of «وزارة
    التجارة والصناعة»), before a relative adjective (:func:`_nisba_next`) or between a place designator
    and its place («شرطة منطقة» of «شرطة منطقة مكة المكرمة»): the head-noun chain may carry it on; None
    for any other mention."""
    if span is None or span.label_ != "ORGANIZATION" or span.kb_id_ or span.end >= len(doc):
        return None
    if doc[span.end].norm_ == "و" or _nisba_next(doc[span.end], mentions.get(span.end)):
        return span.end
    return span.end if seat_next(doc[span.end - 1].norm_, mentions.get(span.end)) else None


_LETTER = "[\u0621-\u064A]"
_PLURAL_SHAPES = re.compile(f"{_LETTER}{{3,}}ات|{AFAAL.pattern}")
_FUUL = re.compile(f"{_LETTER}{{2}}و{_LETTER}")  # «حقوق», «شؤون»; also a verbal noun («مرور», «دخول»)


def _plural_in_construct(doc: Doc, j: int, mentions: dict[int, Span]) -> bool:
    """An indefinite plural noun in construct with the definite word after it, inside a name: «إدارة
    معلومات الطاقة», «هيئة حقوق الإنسان», «مركز أبحاث الفضاء» (plurals in «ات», «أفعال», and «فعول»
    unless a common word: a verbal noun such as «مرور»); a proper name in their place («حركة حماس»)
    closes the name."""
    tok = doc[j]
    if j + 1 >= len(doc) or definite(tok) or j + 1 in mentions or j in mentions:
        return False
    nxt = doc[j + 1]
    shape = bool(_PLURAL_SHAPES.fullmatch(tok.text)) \
        or bool(_FUUL.fullmatch(tok.text)) and not common_word_ar(tok.text)  # not «حركة مرور الشاحنات»
    return shape and definite(nxt) and not nxt.is_sent_start \
        and nxt.norm_ not in _ar_title_heads()


def _nisba_next(tok: Token, mention: Span | None) -> bool:
    """A definite relative adjective («السياسية», «الرسمي») that no mention holds: the model's name
    stopped before its own adjective («مجلس الشؤون» of «مجلس الشؤون السياسية والأمنية»)."""
    norm = tok.norm_
    return mention is None and definite(tok) and len(bare(norm)) >= 4 and norm.endswith(("يه", "ي"))


def _ar_unit(doc: Doc, i: int, other: set[int]) -> int | None:
    """The end of a numbered military unit at token ``i`` («المنطقة العسكرية الثانية», «اللواء 19»,
    ``data/military_units.tsv``), or None. The number makes it a unit: «اللواء» alone is also a rank."""
    vocab = unit_words("ar")
    if i >= len(doc) or doc[i].norm_ not in vocab["first"]:
        return None
    for size in (2, 1):
        j = i + size
        if j >= len(doc) or any(k in other or doc[k].is_sent_start for k in range(i + 1, j + 1)):
            continue
        if " ".join(t.norm_ for t in doc[i:j]) in vocab["unit"] and (
                doc[j].norm_ in vocab["ordinal"] or doc[j].text.isdigit()):
            return j + 1
    return None


def find_ar(doc: Doc, text: str, stop: frozenset[str]) -> list[OrgMatch]:
    heads = org_heads("ar")
    mentions = mention_starts(doc)
    kb_orgs = covered(doc, "ORGANIZATION")
    other = covered(doc)
    table = TokenTable.of(doc)
    unit_first = unit_words("ar")["first"]  # (tested here first: _ar_unit builds Tokens)
    out: list[OrgMatch] = []
    i = 0
    while i < len(doc):
        # «قيادة المنطقة العسكرية الثانية»: the unit is the name, its command no part of it
        lead = 1 if table.norm[i] == "قياده" and i + 1 not in other else 0
        first = i + lead < len(doc) and table.norm[i + lead] in unit_first
        unit = None if i in other or not first else _ar_unit(doc, i + lead, other)
        if unit is not None:
            last = doc[unit - 1]
            out.append(make_match(doc, text, doc[i + lead].idx, last.idx + len(last.text), None, "head"))
            i = unit
            continue
        cut = _cut_at_and(doc, mentions.get(i), mentions)
        off = None if i in other and cut is None else head_offset(table.norm[i], table.orth[i], heads)
        if off is None:
            i += 1
            continue
        tok = doc[i]
        if _led_by(doc, i, off, mentions) or _district(doc, i, off, mentions):
            i += 1
            continue
        end, country = _ar_chain(doc, i, mentions, stop)  # it reads mentions after token i only
        if cut is not None and end <= cut:
            i = cut  # the model's name stands: no «و» continues it
            continue
        ordinals = unit_words("ar")["ordinal"]
        if end == i + 1 or all(t.norm_ in ordinals or t.norm_ == "و" for t in doc[i + 1 : end]):
            i = end  # «المركز الأول [والثاني]», «المرتبة الثانية»: a rank in a contest (units are read above)
            continue
        if table.norm[i + 1] in title_vocabulary("ar").get("rank_word", frozenset()):
            i = end  # «اللواء الركن X»: the rank of major general, not a brigade («اللواء الرابع»)
            continue
        if _describes(doc, i, end):
            i = end
            continue
        inner = [mentions[k] for k in range(i + 1, end) if k in mentions]
        if _one_of_many(doc, i, end, inner):
            i = end
            continue
        only_org = len(inner) == 1 and inner[0].label_ == "ORGANIZATION" and bool(inner[0].kb_id_) \
            and inner[0].start == i + 1 and inner[0].end == end
        if not only_org and (cut is not None or not (kb_orgs & {i})):
            last = doc[end - 1]
            out.append(make_match(doc, text, tok.idx + off, last.idx + len(last.text), country, "head"))
        i = end
    return out


@cache
def ar_stop() -> frozenset[str]:
    stop = words("person_stopwords_ar.txt") | words("speech_verbs_ar.txt")
    stop |= words("relational_participles_ar.txt")  # «القوات التابعة للحكومة»
    return frozenset((stop | {normalize_token(w) for w in _AR_STOP_PREPS}) - {"العام", "عام"})
