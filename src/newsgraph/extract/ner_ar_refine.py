"""What the Arabic rules that run after the model ask of it: its spans, and whether they agree.

The linker (:mod:`newsgraph.extract.ner_ar`) keeps the model's linked spans in
``doc.spans["ng_ner"]`` (:data:`NER_KEY`; :func:`model_spans` reads them).
:func:`refine_officials` reconciles the names found by title and speech rules
with the model's persons, and :func:`refine_orgs` the organizations found by
head nouns with its spans. Without the model, both change nothing.

Examples:
    >>> import spacy
    >>> doc = spacy.blank("ar")("قال سمير حداد")
    >>> model_spans(doc) is None, refine_orgs(doc, []), NER_KEY
    (True, [], 'ng_ner')
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from newsgraph.extract.lexicon import (
    accusative_common,
    common_word_ar,
    known_given_names_ar,
    person_particles,
    person_stopwords,
    title_vocabulary,
    words,
)
from newsgraph.extract.ner_ar_names import PROCLITICS, compound_given_name, is_title, verb_slot
from newsgraph.extract.ner_spans import MENTIONS
from newsgraph.extract.orgs.base import head_offset, latin_name
from newsgraph.extract.places_ar import seat_next
from newsgraph.extract.tokens import TokenTable
from newsgraph.text import normalize_token

if TYPE_CHECKING:
    from newsgraph.extract.officials import Official
    from newsgraph.extract.orgs import OrgMatch

__all__ = ["NER_KEY", "model_spans", "refine_officials", "refine_orgs", "unglued_starts"]

#: ``doc.spans`` key of the model's linked spans; present (maybe empty) when the model ran.
NER_KEY = "ng_ner"


def model_spans(doc: Doc) -> list[Span] | None:
    """The model's linked spans of ``doc``, or None when the model did not run on it."""
    return list(doc.spans[NER_KEY]) if NER_KEY in doc.spans else None


def refine_officials(doc: Doc, officials: Sequence[Official]) -> list[Official]:
    """Reconcile the names that the title and speech rules found with the model.

    Without the model (``doc.spans["ng_ner"]`` unset) nothing changes. With it:

    - a name that comes with a title stays (title rules take precedence), but
      where the rule ran past the end of the model's PERSON span by more than
      one word, or by a definite word, the model's end is taken («الرئيس بوش
      حالة طوارئ» -> «بوش»; «الرئيس عبد ربه منصور هادي» keeps «هادي»);
    - a name whose title word the model reads as part of a person's name
      («محمد أمين بشناق», where «أمين» is no title) is dropped;
    - a speaker found by a speech verb alone («قال شهود عيان ...») stays only
      where the model sees a person, and takes the model's boundaries.
    """
    spans = model_spans(doc)
    if spans is None:
        return list(officials)
    persons = [s for s in spans if s.label_ == "PERSON"]
    out: list[Official] = []
    for off in officials:
        hits = [p for p in persons if p.start_char < off.name_end and off.name_start < p.end_char]
        if not hits and off.title_start is not None and off.title_end is not None:
            ts, te = off.title_start, off.title_end
            if any(p.start_char < te and ts < p.end_char for p in persons):
                continue  # the "title" is part of another name («محمد أمين بشناق»)
        if not hits:
            if off.title is not None and _name_without_model(doc, off):
                out.append(off)
            continue
        person = hits[0]
        start, end = off.name_start, off.name_end
        if off.title is None:
            start, end = person.start_char, person.end_char
        elif off.how == "name-title" and start < person.start_char and _lead_not_name(doc, start, person):
            start = person.start_char  # «[كتب] ضاحي خلفان قائد شرطة دبي»: the verb before the model's name
        elif end > person.end_char and not _one_name_word(doc, person.end_char, end, _patronymic(person)) \
                and person[-1].norm_ not in person_particles("ar") and not _compound_alone(person):
            # (a model span that ends in «بن» stopped inside the name; so does a compound given name
            # alone, «[أكمل الدين] إحسان أوغلو»: the family name after it is the title rules')
            end = person.end_char
        if (start, end) != (off.name_start, off.name_end):
            name = TokenTable.of(doc).text[start:end]
            off = dataclasses.replace(off, name_start=start, name_end=end, name=name)
        out.append(off)
    return out


def _name_without_model(doc: Doc, off: Official) -> bool:
    """A name the title rules found where the model sees no person: kept when its shape is a name's.

    After a title, the rules also take a verb or a common noun for a name («الوزير رفض التعليق»,
    «رئيس نادي»). Without the model's support a name (as completed from the article's fuller
    names, «هادي» -> «عبد ربه منصور هادي») needs three words or more, a particle («بن», «أبو»,
    «عبد»), quotes around it, or two words that are not a verb with its definite object (a family
    name of the «الحربي» shape is no object), or two words after a rank («اللواء بدر الطالب») or
    after a courtesy title when the first is a given name or a title follows; one word will do only
    after a sovereign's or a courtesy title («الملك سلمان», «الأمير خالد»).
    """
    words = [normalize_token(w) for w in off.name.split()]
    quoted = TokenTable.of(doc).text[max(0, off.name_start - 1) : off.name_start] in _OPENING
    first_tokens = _words(doc, off.name_start, off.name_end)
    if first_tokens and _common_first(first_tokens[0]) and not quoted:
        return False  # «الرئيس الأميركي [هدف ثمين]», «الممثل [حضورا كوميديا]»: what the sentence says next
    if len(words) >= 3 or quoted or not person_particles("ar").isdisjoint(words):
        return True
    if len(words) == 1:
        vocab = title_vocabulary("ar")
        sovereign = vocab.get("royal", frozenset()) | vocab.get("noble", frozenset())
        return normalize_token(off.title or "") in sovereign
    first, last = words[0], words[-1]
    courtesy = _courtesy_before(doc, off.name_start)
    if len(words) == 2 and (courtesy == "rank" or courtesy and first in known_given_names_ar()):
        return True  # «اللواء بدر الطالب»: a rank (or a courtesy title and a given name), then a name
    if len(words) == 2 and courtesy and off.how == "title-name" and not _common_first(first_tokens[0]):
        return True  # «رئيس الوزراء الدكتور بشر الخصاونة»: an office, a courtesy title, then two words
    if len(words) == 2 and courtesy and off.how == "name-title":
        return True  # «الدكتور فيصل المقداد وزير الخارجية»: a courtesy title and a title around two words
    if len(words) == 2 and off.how == "name-title" and first in known_given_names_ar():
        return True  # «أعلن فهد الصفراء مدير الاحتراف»: a given name and a family name before a title
    if len(words) == 2 and off.how in ("title-name", "counterpart") and _given_then_family(doc, off):
        return True  # «وزير الخارجية فيصل المقداد», «نظيره السوري فيصل المقداد»: a given name, a family name
    text = TokenTable.of(doc).text
    closed = text[off.name_end : off.name_end + 2].strip()[:1] in _CLOSING
    if len(words) == 2 and closed and (courtesy or text[: off.name_start].rstrip().endswith(("،", ","))):
        return True  # «رئيس البلدية الدكتور علي السواط؛», «وزير الداخلية اللبناني، نهاد المشنوق،»: set apart
    return len(words) == 2 and (not last.startswith("ال") or first.startswith("ال") or last.endswith("ي"))


def _given_then_family(doc: Doc, off: Official) -> bool:
    """The two words of a name right after its title are a given name the rules know (no common word:
    «يزيد» also means "increases") and a definite word no mention covers and no stop word
    («فيصل المقداد»): a family name, not a verb's or a noun's definite complement."""
    tokens = _words(doc, off.name_start, off.name_end)
    if len(tokens) != 2:
        return False
    first, last = tokens
    if first.norm_ not in known_given_names_ar() or common_word_ar(first.text):
        return False
    definite = last.norm_.startswith("ال") and not _covered(doc, last)
    return definite and last.norm_ not in person_stopwords("ar") and not common_word_ar(last.text)


#: Quotation marks that open a name («"X"»): a name in quotes stands even without the model.
_OPENING = ("«", '"', "“")

#: Punctuation that closes a name set apart between a courtesy title or a comma and itself.
_CLOSING = frozenset("،,.؛;:»\"”)")


def _common_first(tok: Token) -> bool:
    """A name's first word that is a common word (:func:`.lexicon.common_word_ar`), also in the accusative
    («هدف», «حضورا»), and no given name or particle: no name the model does not see starts so."""
    norm = tok.norm_
    if norm in known_given_names_ar() or norm in person_particles("ar"):
        return False
    return common_word_ar(tok.text) or accusative_common(tok.text)


def _lead_not_name(doc: Doc, start: int, person: Span) -> bool:
    """The words from ``start`` to the model's person, before a title, are no part of the name: a common
    word or the sentence's verb slot («[كتب] ضاحي خلفان», «[واستهل] نيبوشا المدير الفني»)."""
    lead = _words(doc, start, person.start_char)
    return bool(lead) and all(verb_slot(t) or common_word_ar(t.text) for t in lead)


def _courtesy_before(doc: Doc, start: int) -> str | None:
    """"rank" or "honorific" when the word right before the character ``start`` is a military rank
    («اللواء») or a courtesy title («الدكتور»), else None."""
    before = _words(doc, max(0, start - 40), start)
    vocab = title_vocabulary("ar")
    if not before:
        return None
    word = before[-1].norm_
    return next((kind for kind in ("rank", "honorific") if word in vocab.get(kind, frozenset())), None)


def _compound_alone(person: Span) -> bool:
    """The person span is a compound given name of the table and nothing more («صلاح الدين», «أكمل الدين»;
    not «عبد العزيز», which names a man on its own as often: «الملك عبد العزيز غفر الله له»)."""
    norms = [t.norm_ for t in person]
    return len(person) == 2 and norms[0] != "عبد" and compound_given_name(norms, 0) == 2


def _patronymic(person: Span) -> bool:
    """The model's person ends in a patronymic, «بن» or «ابن» and one word («عزام بن محمد»), or is one
    given name alone («عزام»): a family name may follow."""
    alone = len(person) == 1 and person[0].norm_ in known_given_names_ar()
    return alone or len(person) >= 3 and person[-2].norm_ in ("بن", "ابن")


def _one_name_word(doc: Doc, start: int, end: int, patronymic: bool = False) -> bool:
    """The text between two offsets is one word that may end a name (not definite unless a family name of
    the «الطلاسي» shape that no mention covers, no clitic, no title: «سلمان بن عبدالعزيز آل سعود ملك
    المملكة» ends before «ملك»), or «بن» / «ابن» and a word no mention covers («عبد الإله [ابن كيران]»).
    After a patronymic any definite word no mention covers and no stop word is the family name
    («عزام بن محمد [الدخيّل]»: the model stops at a word it has not seen)."""
    words = _words(doc, start, end)
    if len(words) == 2 and words[0].norm_ in ("بن", "ابن") and not _covered(doc, words[1]):
        # «عبد الإله [ابن كيران]»: a patronymic particle and one word go on with the model's name
        words = words[1:]
        patronymic = True
    if len(words) != 1 or words[0].norm_ in PROCLITICS or is_title(words[0]):
        return False
    norm = words[0].norm_
    if words[0].text[:1] in "بل" and common_word_ar(words[0].text) and norm not in known_given_names_ar():
        return False  # «الممثل دونالد سذرلاند [بعيد] ميلاده», «كيناتا [بوجود]»: a preposition and a noun
    covered = _covered(doc, words[0])
    if patronymic and not covered and norm not in person_stopwords("ar"):
        return True
    # «منصور [الطلاسي]»: a definite family name of the nisba shape, unless it names a country or body
    nisba = norm.startswith("ال") and norm.endswith("ي") and len(norm) > 4 and not covered
    return not norm.startswith("ال") or nisba


def _covered(doc: Doc, tok: Token) -> bool:
    """Whether a mention (country, place, body) of ``doc.spans[MENTIONS]`` covers ``tok``."""
    return any(sp.start <= tok.i < sp.end for sp in doc.spans.get(MENTIONS, ()))


def _words(doc: Doc, start: int, end: int) -> list[Token]:
    """The tokens that overlap the characters ``start:end`` of ``doc.text``."""
    text = TokenTable.of(doc).text[start:end]  # (doc.text joins every token again)
    start += len(text) - len(text.lstrip())
    span = doc.char_span(start, end, alignment_mode="expand") if start < end else None
    return [t for t in span if not t.is_space] if span is not None else []


def refine_orgs(doc: Doc, orgs: Sequence[OrgMatch]) -> list[OrgMatch]:
    """Keep the organizations found by head nouns that the model does not contradict.

    Without the model nothing changes. With it, a head-noun match («حركة»,
    «شركة» and what follows) stays when it names a country («القوات
    العراقية»), when a bracketed acronym follows it, or when it overlaps a
    model ORG span. It is dropped when it overlaps a model span of another
    type (the model's person or place stands; a place inside the name after its head, «أمانة جدة», does
    not), and, when the model tagged
    nothing there, unless it is a definite name of two words or more («وزارة
    الدفاع», «الحكومة اليمنية»): an indefinite phrase («لجنة فنية», «شركة
    خاصة») describes rather than names, and a head followed by a word the
    model does not take for a name («منظمة جرين») is no safe name either.
    Acronyms in brackets are always kept.
    """
    spans = model_spans(doc)
    if spans is None:
        return list(orgs)
    aliased = {o.alias_of for o in orgs if o.alias_of is not None}
    out: list[OrgMatch] = []
    for org in orgs:
        if org.how != "head" or org.country or (org.start, org.end) in aliased:
            out.append(org)
            continue
        hits = [s for s in spans if s.start_char < org.end and org.start < s.end_char]
        if hits:
            if any(s.label_ == "ORG" for s in hits) or all(_place_within(s, org) or _leader_within(s, org)
                                                            for s in hits):
                out.append(org)
        elif _definite_name(doc, org.start, org.end) or _latin_named(doc, org.start, org.end) \
                or _seated_place_within(doc, org):
            out.append(org)
    return out


def _place_within(span: Span, org: OrgMatch) -> bool:
    """A place the model found after the head noun, inside the organization's name: the body of that
    place («أمانة جدة», «شرطة بغداد», «جامعة القاهرة»), which the place does not contradict."""
    return span.label_ in ("PLACE", "LOC", "GPE") and org.start < span.start_char and span.end_char <= org.end


def _seated_place_within(doc: Doc, org: OrgMatch) -> bool:
    """A known place after a place designator ends the name («أمانة منطقة عسير», «شرطة محافظة جدة»): the
    body of that place, a name though the model, which left the place to the knowledge base, tags nothing."""
    places = [s for s in doc.spans.get(MENTIONS, []) if s.label_ == "PLACE" and s.kb_id_
              and s.end_char == org.end and org.start < s.start_char and s.start > 0]
    return any(seat_next(doc[s.start - 1].norm_, s) for s in places)


def _leader_within(span: Span, org: OrgMatch) -> bool:
    """A person the model found right after a noun for a leader's armed men, closing the name: the
    body is his forces («قوات صالح», ``data/org_followers_ar.txt``), which the person does not contradict."""
    if span.label_ != "PERSON" or span.end_char != org.end or span.start_char <= org.start:
        return False
    head = org.text.split()[0]
    return head_offset(normalize_token(head), head, words("org_followers_ar.txt")) is not None


def _latin_named(doc: Doc, start: int, end: int) -> bool:
    """A head noun and a name in Latin letters («شركة HTC»), which the model, trained on Arabic script,
    cannot tag."""
    words = _words(doc, start, end)
    return len(words) >= 2 and latin_name(words[1])


def _definite_name(doc: Doc, start: int, end: int) -> bool:
    """Two words or more, the last one definite («وزارة الدفاع», not «لجنة فنية»)."""
    words = _words(doc, start, end)
    return len(words) >= 2 and words[-1].norm_.startswith("ال") and len(words[-1].norm_) > 3


#: Prepositions the tokenizer leaves glued to a word (it splits «و» off): «بأوباما», «لبوتين».
_GLUED = frozenset("بلكف")


def unglued_starts(persons: Sequence[tuple[int, int, str]]) -> dict[tuple[int, int], int]:
    """(Arabic) Where one-word person names with a preposition glued on begin: for each ``(start, end,
    text)`` of the article's person mentions, (start, end) -> the name's start, when the rest is a word
    of another, longer person name of the article («تعود بأوباما» beside «باراك أوباما»). A name that
    begins with one of those letters («بشار», «فيصل», «لطيفة») keeps them: its rest is no word of another.

    Examples:
        >>> unglued_starts([(5, 12, "بأوباما"), (30, 42, "باراك أوباما"), (44, 48, "بشار")])
        {(5, 12): 6}
    """
    words = {normalize_token(w) for _, _, text in persons if " " in text.strip() for w in text.split()}
    return {(start, end): start + 1 for start, end, text in persons
            if " " not in text.strip() and len(text) > 4 and text[0] in _GLUED
            and normalize_token(text[1:]) in words}
