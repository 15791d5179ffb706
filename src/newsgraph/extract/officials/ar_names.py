"""Arabic names: the words next to a title, or after a speech verb, that make a person's name.

A name is a run of Arabic-letter tokens that are not known words, verbs,
titles or mentions, with particles («بن», «عبد», «دي») that join its words and a
family name («المقدسي», a nisba such as «المصري») that may end it. Whether one word may be
part of a name is :mod:`.ar_name_words`'s test.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from newsgraph.extract.lexicon import (
    after_name_ar,
    common_word_ar,
    known_given_names_ar,
    person_particles,
    person_stopwords,
    speech_verbs,
)
from newsgraph.extract.ner_ar_names import compound_given_name, verb_slot
from newsgraph.extract.officials.ar_name_words import (
    AR_WORD,
    PRONOUN_SUFFIXES,
    clitic_pronoun,
    conj_glued,
    definite,
    family_ba,
    glued_common_word,
    glued_suffixed,
    nisba,
    not_name_word,
)
from newsgraph.extract.officials.base import QUOTES, Context
from newsgraph.text import COMMAS

__all__ = ["AR_WORD", "conj_glued", "name_after", "name_before", "speech_names"]

#: an adverbial verbal noun of the pattern تفعيلاً without its tanween («ترحيبا», «تأكيدا», «تقديرا»)
_TAFIL = re.compile(r"^ت\w\wي\wا$")
_AR_CLITIC_ART = re.compile(r"^(?:[وف]?[بلك]ال|[وف]ال|[وف]?لل)")
_AR_INTRO = {"عن", "مع", "ان", "انه", "بين", "و", "ف"}
_NAME_FIRST_PARTICLES = {"عبد", "ابو", "ابن", "ام", "al", "el", "abu", "bin", "ibn"}
_PATRONYMIC = {"بن", "ابن", "بنت"}  # «عبد ربه منصور هادي» has a particle, but is no chain
_NAME_MAX_PARTS = 4  # name words, particles (بن، عبد) not counted


def _ar_name_token(ctx: Context, tok: Token, index: int, prev: Token | None) -> bool:
    norm = tok.norm_
    if prev is not None and prev.norm_ in person_particles("ar"):
        # «أحمد بن [عبدالله الشعيبي]»: the model may mark the name only from after the particle
        sp = ctx.covered.get(tok.i)
        return bool(AR_WORD.match(tok.text)) and (sp is None or sp.label_ == "PERSON")
    if index > 0 and _family_nisba(ctx, tok):
        return True
    if not AR_WORD.match(tok.text) or ctx.is_known(tok, allow_place=True) or _AR_CLITIC_ART.match(norm):
        return False
    if "\u064b" in tok.text or (len(norm) >= 5 and norm.endswith(PRONOUN_SUFFIXES)) or _TAFIL.match(norm):
        return False  # tanween «قراراً», «ترحيبا», or a pronoun suffix «لاستقبالهم»: not a name
    suffixed = clitic_pronoun(tok) and not (index > 0 and family_ba(tok))  # «سالم [باعجاجه]» is a name
    if suffixed or glued_common_word(tok) or after_name_ar(tok.text):
        return False  # «الملك سلمان يمتاز», «خالد نجله»: a verb or suffixed noun after the name
    if index == 0 and conj_glued(tok):
        return False
    if definite(tok):
        return index > 0  # a family name such as «المقدسي» after a first name
    if index == 0 and norm in person_particles("ar") and norm not in _NAME_FIRST_PARTICLES:
        return False
    return True


def _bare_after_royal(ctx: Context, j: int) -> bool:
    """Token ``j``, second in a royal's name, is a bare word: no particle, «آل», definite family name,
    given name or word of a name the model marks («الملك سلمان [قلبت]», «الأمير خالد [الفيصل]» is fine)."""
    norm = ctx.norm[j]
    if norm in person_particles("ar") or norm.startswith("ال") or ctx.doc[j].text == "آل":
        return False
    sp = ctx.covered.get(j)
    return norm not in known_given_names_ar() and not (sp is not None and sp.label_ == "PERSON")


def _family_nisba(ctx: Context, tok: Token) -> bool:
    """A nationality adjective that, after a name word, is a family name («ماهر المصري»).

    Only the definite masculine nisba (ال…ي) of a one-token nationality mention,
    or of a token inside a statistical PERSON span, qualifies. A title's own
    adjective («وزير الخارجية المصري ماهر») stands before the name and is taken
    by the title; callers ask only after a first name word.
    """
    norm = tok.norm_
    if not (norm.startswith("ال") and nisba(norm) and AR_WORD.match(tok.text)):
        return False
    sp = ctx.covered.get(tok.i)
    return sp is not None and (sp.label_ == "PERSON" or sp.id_ == "demonym" and len(sp) == 1)


def _mixed(ctx: Context, a: int, b: int) -> bool:
    """A name may include a PLACE-mention token only beside a token that is no mention.

    PERSON mentions (from a statistical model) do not count as covered: a whole
    name the model already tagged is still a name.
    """
    covered = [i for i in range(a, b) if i in ctx.covered and ctx.covered[i].label_ != "PERSON"]
    if not covered:
        return True
    return b - a >= 2 and len(covered) < b - a


def name_after(ctx: Context, k: int, nisba_ok: bool = True, royal: bool = False) -> tuple[int, int] | None:
    """The name that starts at ``k`` (past courtesy titles), as (start, end), or None.

    With ``royal`` (after «الملك», «الأمير»), a second word that is no particle, family name or
    name the model marks ends the name (:func:`_bare_after_royal`).
    """
    doc = ctx.doc
    if k >= len(doc) or doc[k].is_sent_start and k > 0:
        return None
    first = k
    honorifics = ctx.vocab.get("honorific", frozenset())
    title_words = ctx.vocab.get("word", frozenset())
    while k + 1 < len(doc) and not doc[k + 1].is_sent_start and (
        doc[k].norm_ in honorifics or doc[k].norm_ in title_words and _person_at(ctx, k)
    ):
        # «وزير الخارجية الدكتور ...», «السيد ماهر المصري»: a courtesy title is no part of the name;
        # nor is the end of a rank the model read as a name's start («اللواء ركن حمد ...»)
        k += 1
    sp = ctx.covered.get(k)
    if sp is not None and sp.label_ == "PERSON" and first <= sp.start <= k:
        # A statistical model may stop short («عبد ربه منصور» for «… هادي»): go on with the rules.
        # Its span may also start at the courtesy title («السيد ماهر …»): the name starts after it.
        end = sp.end
        if end - k > 2 and _accusative_title(ctx, ctx.norm[end - 1]):
            return k, end - 1  # «انتخاب … محمد خاتمي رئيسا»: the model ran on into the predicate
        while end - k > 1 and (not_name_word(doc[end - 1]) or glued_suffixed(doc[end - 1])):
            end -= 1  # «الملك [سلمان وفريقه]»: the model ran on into a suffixed noun or a common word
        if end < sp.end:
            return k, end
        while (
            end < len(doc)
            and end - k < 6
            and not doc[end].is_sent_start
            and end not in ctx.covered
            and _ar_name_token(ctx, doc[end], end - k, doc[end - 1])
            and not _chain_done(ctx, k, end)
            and not not_name_word(doc[end])
            and not (royal and end - k == 1 and _bare_after_royal(ctx, end))
        ):
            end += 1
        while end - k > 1 and doc[end - 1].norm_ in person_particles("ar"):
            end -= 1  # «مبارك بن»: a name does not end in a particle
        return k, end
    if doc[k].text in QUOTES:
        close = next((j for j in range(k + 1, min(k + 7, len(doc))) if doc[j].text in QUOTES), None)
        if close and close > k + 1 and all(AR_WORD.match(t.text) for t in doc[k + 1 : close]):
            return k + 1, close
        return None
    names: list[int] = []
    j = k
    while j < len(doc) and _room(ctx, names) and (j == k or not doc[j].is_sent_start):
        prev = doc[j - 1] if names else None
        if not _ar_name_token(ctx, doc[j], len(names), prev) or names and _chain_done(ctx, names[0], j):
            break
        after_particle = prev is not None and prev.norm_ in person_particles("ar")
        if not_name_word(doc[j], first=not names) and not after_particle:
            break  # «الملك سلمان سياسيا», «الملك وجذب اهتمام»: a common word is what the sentence says next
        if royal and len(names) == 1 and _bare_after_royal(ctx, j):
            break  # «الملك سلمان قلبت الموازين»: a royal's name goes on only with «بن», «آل» or a family name
        names.append(j)
        j += 1
        if definite(doc[j - 1]) and doc[j - 2].norm_ not in person_particles("ar") \
                and not (len(names) == 2 and compound_given_name([ctx.norm[x] for x in names], 0) == 2):
            break  # a family name with ال ends the name (not «الدين» of «صلاح الدين X»)
    while names and doc[names[-1]].norm_ in person_particles("ar"):
        names.pop()
    if len(names) > 1 and doc[names[-1]].norm_.startswith("ال") and not nisba_ok:
        if not nisba(doc[names[-1]].norm_) and doc[names[-2]].norm_ not in person_particles("ar"):
            names.pop()
    if not names or not _mixed(ctx, names[0], names[-1] + 1):
        return None
    model = ctx.starts.get(names[-1] + 1)
    if len(names) == 1 and model is not None and model.label_ == "PERSON" \
            and not doc[model.start].is_sent_start:
        return names[0], model.end  # «السفير بدر [عبد العاطي]»: the model's name goes on from the given name
    return names[0], names[-1] + 1


def _chain_done(ctx: Context, k: int, end: int) -> bool:
    """A patronymic chain («سلمان بن عبدالعزيز») that token ``end`` would continue with a bare word.

    After «X بن Y» a name goes on only with another particle («بن», «آل») or a definite family name
    («عادل بن أحمد الجبير»); a bare word is what the sentence says next («… بن عبدالعزيز مقاليد الحكم»).
    """
    particles = person_particles("ar")
    norms = ctx.norm
    if not any(norms[j] in _PATRONYMIC for j in range(k, end)) or norms[end - 1] in particles:
        return False
    return norms[end] not in particles and not norms[end].startswith("ال") and ctx.doc[end].text != "آل"


def _person_at(ctx: Context, k: int) -> bool:
    """A statistical PERSON span covers token ``k`` and goes on after it."""
    sp = ctx.covered.get(k)
    return sp is not None and sp.label_ == "PERSON" and sp.end > k + 1


def _accusative_title(ctx: Context, norm: str) -> bool:
    """«رئيسا», «وزيرا»: a title in the accusative, the predicate after a name
    («انتخب … رئيسا»), never part of it (unlike «الشيخ» in «ولد الشيخ»)."""
    heads = ctx.vocab["head"]
    return norm.endswith("ا") and norm in heads and norm[:-1] in heads


def _room(ctx: Context, names: list[int]) -> bool:
    """True while a name may take another word (particles such as بن are not counted)."""
    parts = sum(1 for x in names if ctx.doc[x].norm_ not in person_particles(ctx.lang))
    return parts < _NAME_MAX_PARTS and len(names) < 2 * _NAME_MAX_PARTS


def _boundary(ctx: Context, k: int, sent_start: int) -> bool:
    """True when token ``k`` may stand right before a name (or k is before the sentence)."""
    if k < sent_start:
        return True
    tok = ctx.doc[k]
    norm = tok.norm_ if ctx.lang == "ar" else tok.lower_
    courtesy = any(norm in ctx.vocab.get(kind, frozenset()) for kind in ("honorific", "noble"))
    # «الدكتور صدقة فاضل عضو مجلس الشورى»: a courtesy title stands right before a name
    return tok.is_punct or tok.text in QUOTES or norm in speech_verbs(ctx.lang) or norm in _AR_INTRO \
        or courtesy


def name_before(ctx: Context, t: int, model_ok: bool = False) -> tuple[int, int, str] | None:
    """The name right before a title at ``t`` («X، وزير الخارجية», «قال X وزير ...»), or None.

    With ``model_ok`` a name the model marks (:func:`_model_name`) needs no boundary before it,
    unless a title, a courtesy title or a mention stands there (the name is that title's holder).
    """
    doc = ctx.doc
    particles = person_particles("ar")
    if t == 0 or doc[t].is_sent_start:
        return None
    start = ctx.sent_start[t]
    k = t - 1
    comma = doc[k].text in COMMAS
    if comma:
        k -= 1
        if k < start:
            return None
    if doc[k].text in QUOTES:
        opening = next((j for j in range(k - 1, max(start, k - 7) - 1, -1) if doc[j].text in QUOTES), None)
        if opening is not None and opening < k - 1:
            if all(AR_WORD.match(x.text) for x in doc[opening + 1 : k]):
                return opening + 1, k, "quoted"
        return None
    names: list[int] = []
    while k >= start and len(names) < 4:
        tok = doc[k]
        ok = (
            AR_WORD.match(tok.text)
            and not ctx.is_known(tok, allow_place=True)
            and not _AR_CLITIC_ART.match(tok.norm_)
        )
        if not ok and k - 1 >= start and doc[k - 1].norm_ in particles and AR_WORD.match(tok.text):
            ok = True  # «دي مايو»
        if not ok and tok.norm_ not in particles:
            break
        after_particle = k - 1 >= start and doc[k - 1].norm_ in particles
        if names and definite(tok) and tok.norm_ not in particles and not after_particle:
            break  # a definite word is only a family name at the end («عبد الله» aside)
        if "\u064b" in tok.text or (len(tok.norm_) >= 5 and tok.norm_.endswith(PRONOUN_SUFFIXES)):
            break
        if clitic_pronoun(tok) and not (not names and family_ba(tok)) or not _room(ctx, names) \
                or not_name_word(tok):
            break  # «… أيضا وزير الخارجية»: an accusative common word is no part of the name before a title
        names.insert(0, k)
        k -= 1
        if conj_glued(tok):
            break  # «وعادل الجبير وزير ...»: the conjunction starts the name
    while names and (
        definite(doc[names[0]])
        or doc[names[0]].norm_ in particles
        and doc[names[0]].norm_ not in _NAME_FIRST_PARTICLES
    ):
        names.pop(0)
    opened = False
    if len(names) >= 2 and verb_slot(doc[names[0]]) and not _person_at(ctx, names[0]) \
            and getattr(ctx.covered.get(names[0]), "label_", "") != "PERSON":
        names.pop(0)  # «[كتب] ضاحي خلفان قائد شرطة دبي», «[فقد استشاط] رئيس ...»: the sentence's verb
        opened = True
    if not names:
        return None
    before = names[0] - 1
    soft = opened or comma and (
        len(names) >= 2 and _soft_boundary(ctx, before) or before >= start and doc[before].norm_ in ctx.titles
    )  # «الرئيس هادي، القائد ...»
    if not (conj_glued(doc[names[0]]) or _boundary(ctx, before, start) or soft):
        model = _model_name(ctx, names) if model_ok else None
        if model is None:
            return None
        names = names[names.index(model) :]
        before = names[0] - 1
        style = ctx.norm[before] in ctx.vocab.get("style", frozenset()) if before >= start else False
        if before >= start and (ctx.norm[before] in ctx.titles or before in ctx.covered) and not style:
            return None  # «وزير الخارجية السوري [X] المبعوث الأممي Y»: X is the minister (not after a style)
    # a quotation mark is no such boundary for one word: a quotation starts with a verb («"أنجز الملك ...»)
    strong = before >= start and doc[before].norm_ in speech_verbs("ar")
    titled = comma and before >= start and doc[before].norm_ in ctx.vocab["head"]  # «الرئيس هادي، القائد»
    if len(names) < 2 and not (strong or titled) or not _mixed(ctx, names[0], names[-1] + 1):
        return None
    return names[0], names[-1] + 1, "name-title"


def _model_name(ctx: Context, names: list[int]) -> int | None:
    """The start of a PERSON span of two words or more the model found that ends with ``names``, or None.

    «حضر الاجتماع عادل الجبير وزير الخارجية»: the name the model marks right before a title is the
    title's holder, whatever stands before the name (an object, a place, a date).
    """
    sp = ctx.covered.get(names[-1])
    if sp is None or sp.label_ != "PERSON" or sp.end != names[-1] + 1 or sp.start not in names:
        return None
    start = sp.start
    if ctx.norm[start] in person_particles("ar") and start - 1 in names:
        start -= 1  # «عايض [بن عبدالرحمن الشهراني]»: the model left out the given name
    while start < sp.end - 2 and common_word_ar(ctx.doc[start].text):
        start += 1  # «التقى [أخيرا أحمد أويحيى]»: an adverb the model took into the name
    return start if sp.end - start >= 2 else None


def _soft_boundary(ctx: Context, k: int) -> bool:
    """Before an appositive name («استقباله سامح شكري، وزير ...»): a known word or a suffixed noun."""
    if k < 0:
        return True
    tok = ctx.doc[k]
    return ctx.is_known(tok) or clitic_pronoun(tok) or tok.norm_.endswith(PRONOUN_SUFFIXES)


def speech_names(ctx: Context, taken: set[int]) -> list[tuple[int, int]]:
    doc = ctx.doc
    speech = speech_verbs("ar")
    out = []
    for i, norm in enumerate(ctx.norm):
        if norm not in speech or i + 1 >= len(doc):
            continue
        span = name_after(ctx, i + 1, nisba_ok=False)
        if span is None or span[1] - span[0] < 2 or taken & set(range(*span)):
            continue
        family = span[1] - 1 if _family_nisba(ctx, doc[span[1] - 1]) else None
        if any(j in ctx.covered and ctx.covered[j].label_ != "PERSON" for j in range(*span) if j != family):
            continue
        end = span[1]
        if (
            end < len(doc)
            and not doc[end].is_sent_start
            and not (doc[end].is_punct or doc[end].norm_ in person_stopwords("ar") or doc[end].text in QUOTES)
        ):
            continue
        out.append(span)
    return out
