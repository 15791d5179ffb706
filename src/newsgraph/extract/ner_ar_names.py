"""Arabic name rules for the model's spans: where a span really starts and ends, and the names it missed.

:class:`newsgraph.extract.ner_ar.ArabicNERLinker` runs these on the spans of the
Arabic NER model before it links them to the knowledge base:

- :func:`trim_span` cuts punctuation, split-off clitics, pious formulas, titles
  and the sentence's next words off a span's ends («الملك سلمان حفظه الله»,
  «الشرطة أوقفت»), and :func:`.ner_ar_lead.strip_leading_demonym` a nationality
  adjective off a person's start («الأذري يعقوب أيابوف»);
- :func:`extend_persons` carries a person's name on to its family («آل سعود»)
  or to a given name that is also a title word («حسين أمير عبداللهيان»);
- :func:`with_compound_names` adds the persons named by a compound given name
  («سيف الإسلام القذافي», «عبدالفتاح السيسي») that the model missed.

The word lists come from :mod:`newsgraph.extract.lexicon` (``data/``).

Examples:
    >>> import spacy
    >>> from spacy.tokens import Span
    >>> doc = spacy.blank("ar")("قال الملك سلمان حفظه الله")
    >>> for t in doc: t.norm_ = normalize_token(t.text)
    >>> trim_span(Span(doc, 1, 5, label="PERSON")).text
    'سلمان'
"""

from __future__ import annotations

import functools
import unicodedata
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from newsgraph.extract.agreement_ar import disagrees_ar
from newsgraph.extract.lexicon import (
    after_name_ar,
    common_word_ar,
    compound_given_names,
    definite_ar,
    not_name_words,
    org_heads,
    person_particles,
    person_stopwords,
    suffixed_common_ar,
    title_vocabulary,
    words,
)
from newsgraph.extract.tokens import TokenTable
from newsgraph.extract.verbs_ar import agreeing_verb, inflected_verb
from newsgraph.text import clitic_splits, normalize_token

if TYPE_CHECKING:
    from newsgraph.kb import KnowledgeBase

__all__ = [
    "PROCLITICS",
    "compound_given_name",
    "courtesy_titles",
    "extend_persons",
    "is_demonym",
    "is_title",
    "judged_end",
    "name_word",
    "not_name_end",
    "trim_span",
    "verb_slot",
    "with_compound_names",
]

#: Proclitics the tokenizer splits off; a name never starts with one (it may end in «ب», as «أ ف ب»).
PROCLITICS = frozenset({"و", "ف", "ب", "ل", "ك"})


def judged_end(doc: Doc, start: int, end: int) -> int:
    """The end of an organization's name at ``start:end`` without the writer's judging adjectives after it
    («تنظيم داعش الإرهابي», ``data/org_name_end_descriptors_ar.txt``); a name keeps at least two words
    («التنظيم المتطرف» alone is an anaphor)."""
    judging = words("org_name_end_descriptors_ar.txt")
    while end - start > 2 and doc[end - 1].norm_ in judging:
        end -= 1
    return end


def trim_span(ent: Span) -> Span | None:
    """Cut punctuation and split-off clitics off the ends of a model span; drop it if punctuation is inside.

    The model sometimes runs a name into a glued quote («فارك) or a tatweel-joined
    preposition (لـ«الشرق): such spans are not names. Nor does a name start with a
    proclitic the tokenizer split off («و»), or end in a lone article («مجلس الأمن ال 15»), or
    run across «إن»/«أن» ("that"), which opens what is said («وقالت اللجنة إن المساعدات»).
    """
    start, end = ent.start, ent.end
    doc = ent.doc
    while start < end and (_debris(doc[start]) or doc[start].norm_ in PROCLITICS):
        start += 1
    while end > start and (_debris(doc[end - 1]) or doc[end - 1].norm_ == "ال"):
        end -= 1
    # «وقالت اللجنة إن المساعدات»: «إن»/«أن» ("that") opens what is said, no name runs across it
    end = next((j for j in range(start + 1, end) if doc[j].text in ("إن", "أن")), end)
    if ent.label_ == "PERSON":
        end = _before_formula(doc, start, end)  # «الملك سلمان حفظه الله», «سائلين الله»: no name
    while end - start > 1 and ent.label_ == "PERSON" and not_name_end(doc[end - 1]):
        end -= 1  # «محمد بن سلمان وجرى», «سمير حداد إن»: a name does not end in "and it took place" or "that"
    if ent.label_ == "PERSON" and end - start >= 4 and doc[end - 3].norm_ in ("بن", "ابن", "بنت") \
            and doc[end - 1].norm_.startswith("ال") and not doc[end - 1].norm_.endswith("ي") \
            and common_word_ar(doc[end - 1].text):
        # «وخالد بن أحمد الاجتماع»: after «بن Y» a common definite word is the sentence's next word (a nisba
        # such as «الشهري» is a family name)
        end -= 1
    while end - start > 1 and ent.label_ == "ORG" and _particle(doc[end - 1]):
        end -= 1  # «البيت الأبيض إن»: no name ends in "that"
    if ent.label_ == "ORG" and end - start == 2 and disagrees_ar(doc[start].norm_, doc[start + 1].norm_):
        end -= 1  # «رئيس الحكومة المكلف»: "designate" is the head's (masculine), not the government's
    if ent.label_ == "ORG":
        end = judged_end(doc, start, end)  # «تنظيم داعش الإرهابي»: the writer's judgement, not the name
    directions = words("name_end_directions_ar.txt")
    while end - start > 1 and ent.label_ == "ORG" and doc[end - 1].norm_ in directions:
        end -= 1  # «معاقل تنظيم الدولة جنوب شرقي مدينة سرت»: "southeast of", after the name
    if ent.label_ == "ORG" and end - start >= 2 and _subject_and_predicate(doc[start], doc[start + 1]):
        end = start + 1  # «الشرطة أوقفت», «اللجنة ستجتمع», «الحزب مستعد للحوار»: a sentence, not a name
    relational = words("relational_participles_ar.txt")
    while end - start > 1 and ent.label_ == "ORG" and (doc[end - 1].norm_ in relational
                                                        or suffixed_common_ar(doc[end - 1].text)):
        end -= 1  # «لجنة القدس المنبثقة [عن ...]», «التحالف التزامه»: a relating participle, "its commitment"
    while end - start > 1 and ent.label_ == "ORG" and _predicate(doc[end - 2], doc[end - 1]):
        end -= 1  # «وزارة الطاقة تتعاون», «مستشفى السليل يكشف»: a headline's subject, then its verb
    while end - start > 1 and ent.label_ in ("PERSON", "ORG") and doc[end - 1].norm_ in courtesy_titles():
        end -= 1  # «هيئة الأركان العامة الفريق»: the rank belongs to the name that follows
    honorific = title_vocabulary("ar").get("honorific", frozenset())
    if ent.label_ == "ORG":  # «مجلس إدارة الجمعية [المهندس X]»: after a definite noun a courtesy title starts
        end = next((j for j in range(start + 1, end)  # a person's name («مركز الدكتور X» is one name)
                    if doc[j].norm_ in honorific and doc[j - 1].norm_.startswith("ال")), end)
    while end - start > 2 and ent.label_ == "PERSON" and _leading_title(doc[end - 1]):
        end -= 1  # «استقبل الأمير محمد بن نايف السفير»: the title is the next person's
    while end - start > 1 and ent.label_ == "PERSON" and (_not_name_start(doc[start].text)
                                                          or _leading_title(doc[start])):
        start += 1  # «بإعدام سيف الإسلام»: nor does it start with "by executing", nor with «الملك»
    if start >= end:
        return None
    if any(_foreign(ch) for ch in doc[start:end].text):
        return None
    return Span(doc, start, end, label=ent.label_)


def _subject_and_predicate(first: Token, second: Token) -> bool:
    """A definite organization noun and an indefinite word after it: an adjective would agree in
    definiteness («الحزب الشيوعي»), so this is a subject and what is said of it («الشرطة أوقفت»)."""
    head = first.norm_ in org_heads("ar") and definite_ar(first.text, first.norm_)
    word = second.norm_
    return head and not definite_ar(second.text, word) and len(word) >= 3 and word.isalpha()


def _predicate(before: Token, word: Token) -> bool:
    """An indefinite word of a verb's shape (:func:`after_name_ar`) right after a definite one: no
    adjective (it would agree in definiteness) and no name («مركز الملك سلمان»), so what is said of
    the organization named up to ``before`` («مكتب العمل يداهم», «المحكمة العليا يستدعي»)."""
    return definite_ar(before.text, before.norm_) and not definite_ar(word.text, word.norm_) \
        and after_name_ar(word.text)


def _before_formula(doc: Doc, start: int, end: int) -> int:
    """Where a pious formula begins inside a person span: «الله» after a word that forms no name with
    it (``data/person_theophoric_ar.txt``: «عبد الله», «نصر الله» are names; «حفظه الله», «سائلين الله»
    are not), or «لله» with a proclitic («ولله الحمد»). ``end`` when there is none.

    Examples:
        >>> import spacy
        >>> doc = spacy.blank("ar")("الملك سلمان حفظه الله و عبد الله")
        >>> _before_formula(doc, 0, 4), _before_formula(doc, 5, 7)
        (2, 7)
    """
    theophoric = words("person_theophoric_ar.txt")
    for k in range(start, end):
        norm = normalize_token(doc[k].text)
        if norm in ("لله", "ولله", "بالله", "فلله"):
            return k
        if norm == "الله" and (k == start or normalize_token(doc[k - 1].text) not in theophoric):
            return max(start, k - 1)
        if norm == "الله" and k - 1 == start and start > 0 and doc[start - 1].text == "ب" \
                and not doc[start - 1].whitespace_:
            return start  # «بفضل الله», «بحمد الله»: "by God's grace"
    return end


def _joined_word(text: str) -> bool:
    """A token that is «و» or «ف» glued to a word no name has (a verb, a particle): «وجرى», «وقال».

    Examples:
        >>> _joined_word("وجرى"), _joined_word("وليد")
        (True, False)
    """
    words = not_name_words("ar")
    return any(prefix in ("و", "ف") and normalize_token(rest) in words
               for prefix, rest in clitic_splits(text, min_rest=2))


@functools.cache
def courtesy_titles() -> frozenset[str]:
    """Military ranks and courtesy titles («الفريق», «الدكتور», «الأمير») of ``data/titles_ar.tsv``."""
    vocab = title_vocabulary("ar")
    return frozenset().union(*(vocab.get(kind, frozenset()) for kind in ("rank", "honorific", "noble")))


def _leading_title(tok: Token) -> bool:
    """A courtesy title, rank or definite title noun («الدكتور», «الملك»): no name starts with it."""
    norm = tok.norm_
    return norm in courtesy_titles() or norm.startswith("ال") and norm in title_vocabulary("ar")["head"]


def not_name_end(tok: Token) -> bool:
    """A word no name ends in: a glued verb or particle, a function word, a stop word («تجاه», «الجمعة»),
    a verb agreeing with the name and another as its subjects («يصدران»), a word almost never part of
    a name in the annotated corpora («الملك سلمان يمتاز»: the verb after it)."""
    stops, text = person_stopwords("ar"), tok.text
    stop = tok.norm_ in stops and text != "علي"
    glued = len(text) >= 4 and text[0] in "بلك" and normalize_token(text[1:]) in stops  # «بمدينة»
    return stop or glued or _joined_word(tok.text) or _particle(tok) or agreeing_verb(text) \
        or inflected_verb(text) or after_name_ar(text)


def _particle(tok: Token) -> bool:
    """A short function word («إن», «في», «قد») that never ends a name; «علي» (the name) is spelled apart.

    Examples:
        >>> import spacy
        >>> doc = spacy.blank("ar")("إن علي")
        >>> doc[0].norm_, doc[1].norm_ = "ان", "علي"
        >>> _particle(doc[0]), _particle(doc[1])
        (True, False)
    """
    return len(tok.norm_) <= 3 and tok.norm_ in not_name_words("ar") and tok.text != "علي"


def _not_name_start(text: str) -> bool:
    """A word no name starts with: a stop word behind a glued «ب و ف ل» («بإعدام» "by executing").

    A bare stop word is not enough: normalised, «على» ("on") is spelled as the name «علي».

    Examples:
        >>> [_not_name_start(w) for w in ("بإعدام", "بشار", "كمال", "علي")]
        [True, False, False, False]
    """
    words = not_name_words("ar")
    return any(prefix in ("ب", "و", "ف", "ل") and normalize_token(rest) in words
               for prefix, rest in clitic_splits(text, min_rest=4))


@functools.cache
def _compound_table() -> dict[str, frozenset[str]]:
    """First word -> second words of the compound given names (``data/person_compound_ar.txt``)."""
    table: dict[str, set[str]] = {}
    for name in compound_given_names("ar"):
        first, _, second = name.partition(" ")
        table.setdefault(first, set()).add(second)
    return {k: frozenset(v) for k, v in table.items()}


def name_word(tok: Token, kb: KnowledgeBase) -> bool:
    """Whether a token may be a word of a name: letters, and no title, organization head,
    stop word or knowledge-base name."""
    if tok.is_sent_start or _debris(tok) or len(tok.norm_) < 3 or is_title(tok):
        return False
    if tok.norm_ in org_heads("ar") or tok.norm_ in not_name_words("ar"):
        return False
    return not kb.lookup(tok.text, "ar")


def is_title(tok: Token) -> bool:
    """A title word, with or without the article («ملك المملكة» as «الملك»)."""
    forms = (tok.norm_, "ال" + tok.norm_)
    return any(f in v for v in title_vocabulary("ar").values() for f in forms)


def _may_continue_name(tok: Token, kb: KnowledgeBase) -> bool:
    """Whether a token after a compound given name may be part of the name: a definite family
    name («القذافي»), not an adverb («غيابيا») nor a title, stop word or knowledge-base name."""
    return len(tok.norm_) >= 4 and tok.norm_.startswith("ال") and name_word(tok, kb)


def _name_end(doc: Doc, end: int, kb: KnowledgeBase) -> int:
    """Where a person's name that the model ended at ``end`` really ends.

    - «آل» and the family after it belong to the name («سلمان بن عبدالعزيز آل سعود»);
    - a title word that is also a given name (``data/person_title_names_ar.txt``), followed by
      one more indefinite name word and then no name word, is a given name («حسين أمير
      عبداللهيان»: Amir), not a title.

    Examples:
        >>> import spacy
        >>> from newsgraph.kb import load_kb
        >>> doc = spacy.blank("ar")("استقبل سلمان بن عبدالعزيز آل سعود الوفد")
        >>> for t in doc: t.norm_ = normalize_token(t.text)
        >>> _name_end(doc, 4, load_kb())
        6
    """
    n = len(doc)
    if end + 1 < n and doc[end].text == "آل" and name_word(doc[end + 1], kb):
        return end + 2
    if end + 1 < n and doc[end].norm_ in words("person_title_names_ar.txt"):
        last = end + 1
        if doc[last].norm_ in person_particles("ar") and last + 1 < n:
            last += 1  # «حسين أمير عبد اللهيان»
        elif doc[last].norm_.startswith("ال"):
            return end  # «رئيس النادي», «أمير المؤمنين»: a title and what it heads
        if name_word(doc[last], kb) and (last + 1 == n or not name_word(doc[last + 1], kb)):
            return last + 1
    return end


def extend_persons(ents: list[Span], kb: KnowledgeBase) -> list[Span]:
    """Extend PERSON spans to where their names end (:func:`_name_end`); a PERSON span the
    extension covers («سعود» of «آل سعود») gives way, any other span stops it."""
    out = list(ents)
    for ent in ents:
        if ent.label_ != "PERSON" or ent.kb_id_ or ent not in out:
            continue
        end = _name_end(ent.doc, ent.end, kb)
        covered = [e for e in out if e is not ent and ent.end <= e.start < end]
        if end == ent.end or any(e.label_ != "PERSON" or e.end > end for e in covered):
            continue
        out = [e for e in out if e is not ent and e not in covered]
        out.append(Span(ent.doc, ent.start, end, label="PERSON"))
    return sorted(out, key=lambda e: e.start)


def compound_given_name(norms: list[str], i: int) -> int | None:
    """The end of a compound given name starting at token ``i`` of ``norms`` (see :func:`_given_name_end`)."""
    return _given_name_end(norms, i, _compound_table())


def _given_name_end(norms: list[str], i: int, table: dict[str, frozenset[str]]) -> int | None:
    """The end of a compound given name starting at token ``i`` (``norms``: the tokens' norms), or
    None: one of the table («سيف الإسلام»), or «عبد» with a divine name, spaced or joined («عبد الفتاح»,
    «عبدالفتاح»)."""
    norm = norms[i]
    if i + 1 < len(norms) and norms[i + 1] in table.get(norm, ()):
        return i + 2
    if norm == "عبد" and i + 1 < len(norms) and norms[i + 1].startswith("ال") and len(norms[i + 1]) > 3:
        return i + 2
    if norm.startswith("عبدال") and len(norm) > 6:
        return i + 1
    return None


def with_compound_names(doc: Doc, ents: list[Span], kb: KnowledgeBase) -> list[Span]:
    """Add the persons named by a compound given name («سيف الإسلام القذافي», «عبدالفتاح السيسي»)
    that the model missed.

    The name takes up to two more definite words that may be part of a name (no title, stop
    word, organization head or knowledge-base name). A model PERSON span inside it gives way to it;
    any other overlapping span keeps its place and the compound name is left out.
    """
    table = _compound_table()
    norms = TokenTable.of(doc).norm  # (a Token object per word, twice, was most of this pass)
    out = list(ents)
    i = 0
    while i < len(doc) - 1:
        given = _given_name_end(norms, i, table)
        if given is None:
            i += 1
            continue
        start, end = i, given
        while end < len(doc) and end - start < given - i + 2 and _may_continue_name(doc[end], kb):
            end += 1
        if given - start == 1 and end == given:
            i += 1
            continue  # «عبدالعزيز» alone may be part of a name the model read otherwise
        if end == given and i > 0 and doc[i - 1].text in ("ب", "ل") and not doc[i - 1].whitespace_:
            i += 1
            continue  # «بفضل الله» "by God's grace": a glued preposition before a given name alone
        overlapping = [e for e in out if e.start < end and start < e.end]
        if all(e.label_ == "PERSON" and start <= e.start and e.end <= end for e in overlapping):
            out = [e for e in out if e not in overlapping] + [Span(doc, start, end, label="PERSON")]
        i = end
    return sorted(out, key=lambda e: e.start)


def _debris(tok: Token) -> bool:
    """Punctuation or a token without letters."""
    return tok.is_punct or not any(ch.isalpha() for ch in tok.text)


def _foreign(ch: str) -> bool:
    """Neither a letter, a mark (harakat), a space, a hyphen nor an apostrophe."""
    return not (ch.isalpha() or ch.isspace() or ch in "-'" or unicodedata.category(ch).startswith("M"))


def is_demonym(kb: KnowledgeBase, text: str, lang: str | None = "ar") -> bool:
    """Whether the knowledge base reads ``text`` first as a nationality adjective («العراقية»)."""
    hits = kb.lookup(text, lang)
    return bool(hits) and hits[0].kind == "demonym"


def verb_slot(tok: Token) -> bool:
    """``tok`` opens its sentence, maybe after «و» or «ف»: where an Arabic sentence puts its verb."""
    sent = tok.sent.start if tok.doc.has_annotation("SENT_START") else 0
    return tok.i == sent or tok.i == sent + 1 and tok.doc[sent].norm_ in ("و", "ف")
