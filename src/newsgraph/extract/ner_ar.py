"""The statistical Arabic NER model that ships with newsgraph, and how it joins the pipeline.

The model (``newsgraph/models/ar_ner/``, trained by ``make train-ar`` on
NewsFANE Gold and Wojood, see its ``MODEL_CARD.md``) is a spaCy ``ner``
component with the labels PERSON, ORG, GPE and LOC. It reads the tokens and
normalised ``NORM`` values of ``newsgraph_ar_tokens_v1``, so it runs inside
newsgraph's Arabic pipeline rather than on its own tokenizer.

Nothing loads at import: :func:`load_ar_ner` reads the model from package
data on first use and caches it. :func:`add_ar_ner` adds it to a pipeline
together with ``newsgraph_ar_ner_link_v1`` (:class:`ArabicNERLinker`), which
looks each predicted span up in the knowledge base: a GPE or LOC span whose
text the knowledge base knows as a country becomes COUNTRY with that id, a
known place becomes PLACE with its id (also when the place ends a longer
span, as in «مدينة نابلس»), and a known person or organization lends the
span its id. The knowledge-base ruler then lets its own matches and the
title rules take precedence, except that a model span with an id wins over
the shorter match inside it, and keeps the model's other spans.

The linker also keeps its spans in ``doc.spans["ng_ner"]`` (:data:`NER_KEY`),
so that the rules that run later can ask the model:
:func:`refine_officials` and :func:`refine_orgs` reconcile the names found
by title and speech rules and by organization head nouns with it (see there).

Examples:
    >>> from newsgraph.extract.ner_ar import MODEL_LABELS, has_ar_ner
    >>> sorted(MODEL_LABELS)
    ['GPE', 'LOC', 'ORG', 'PERSON']
    >>> has_ar_ner() in (True, False)
    True
"""

from __future__ import annotations

import dataclasses
import functools
import unicodedata
from collections.abc import Sequence
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path
from typing import TYPE_CHECKING

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from newsgraph.errors import ConfigError
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
from newsgraph.extract.places_ar import designated_places
from newsgraph.extract.tokens import TokenTable
from newsgraph.extract.verbs_ar import agreeing_verb
from newsgraph.text import clitic_splits, normalize_token

if TYPE_CHECKING:
    from newsgraph.extract.officials import Official
    from newsgraph.extract.orgs import OrgMatch
    from newsgraph.kb import KnowledgeBase

__all__ = [
    "MODEL_LABELS",
    "NER_KEY",
    "ArabicNERLinker",
    "add_ar_ner",
    "ar_ner_dir",
    "has_ar_ner",
    "load_ar_ner",
    "model_spans",
    "refine_officials",
    "refine_orgs",
]

#: ``doc.spans`` key of the model's linked spans; present (maybe empty) when the model ran.
NER_KEY = "ng_ner"

#: Labels the model predicts (spaCy/OntoNotes names; mapped to newsgraph's by the pipeline).
MODEL_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC"})
_KB_LABEL = {
    "PERSON": ("PERSON",),
    "ORG": ("ORGANIZATION",),
    "GPE": ("COUNTRY", "PLACE"),
    "LOC": ("COUNTRY", "PLACE"),
}


def ar_ner_dir() -> Traversable:
    """The shipped model's folder inside the package (it may be absent in a bare checkout)."""
    return resources.files("newsgraph") / "models" / "ar_ner"


def has_ar_ner() -> bool:
    """Whether the trained model is present in the package data."""
    folder = ar_ner_dir()
    return (folder / "config.cfg").is_file() and (folder / "ner").is_dir()


@functools.lru_cache(maxsize=4)
def load_ar_ner(path: str | None = None) -> Language:
    """Load the Arabic NER pipeline (cached): the shipped one, or the one at ``path``.

    Raises:
        ConfigError: when the model is missing (run ``make train-ar``).
    """
    import spacy

    if path is not None:
        folder = Path(path)
        if not (folder / "config.cfg").is_file():
            raise ConfigError(
                f"no spaCy pipeline at {path!r} (expected a folder with config.cfg, e.g. model-best)"
            )
        return spacy.load(folder)
    if not has_ar_ner():
        raise ConfigError(
            "the Arabic NER model is not in the package (newsgraph/models/ar_ner); "
            "run 'make train-ar' or pass model=None for rules only"
        )
    with resources.as_file(ar_ner_dir()) as folder:
        return spacy.load(folder)


class ArabicNERLinker:
    """Give the model's spans knowledge-base ids, and COUNTRY/PLACE labels to GPE/LOC.

    Spans shorter than ``min_chars`` letters are dropped (single letters are
    usually abbreviation debris such as «أ ف ب»), and so are ORG spans that
    contain a nationality adjective («القوات العراقية»), which the
    knowledge-base ruler keeps as a COUNTRY mention.
    """

    def __init__(self, min_chars: int = 2) -> None:
        self.min_chars = min_chars

    def __call__(self, doc: Doc) -> Doc:
        from newsgraph.kb import load_kb

        kb = load_kb()
        ents: list[Span] = []
        for raw in doc.ents:
            ent = _trim(raw)
            if ent is not None and ent.label_ == "PERSON":
                ent = _strip_leading_demonym(kb, ent)
            if ent is None or sum(ch.isalpha() for ch in ent.text) < self.min_chars:
                continue
            if len(ent) == 1 and common_word_ar(ent.text) and not kb.lookup(ent.text, "ar"):
                continue  # «برنامج», «جديد», «جولته» alone are no name
            label, kb_id = ent.label_, ""
            if label == "ORG" and len(ent) > 1 and any(_is_demonym(kb, tok.text) for tok in ent):
                continue  # «القوات العراقية»: the rules keep the country; the org rules the rest
            wanted = _KB_LABEL.get(label, ())
            for alias in kb.lookup(ent.text, "ar"):
                if alias.label in wanted:
                    kb_id = alias.entity_id
                    if label in ("GPE", "LOC"):
                        label = alias.label
                    break
            else:
                if label in ("GPE", "LOC"):
                    label, kb_id = _inner_place(kb, ent, label)
            ents.append(Span(doc, ent.start, ent.end, label=label, kb_id=kb_id))
        ents = _with_compound_names(doc, _extend_persons(ents, kb), kb)
        ents = sorted([*ents, *designated_places(doc, ents, kb)], key=lambda e: e.start)
        doc.ents = ents
        doc.spans[NER_KEY] = ents
        return doc


def _trim(ent: Span) -> Span | None:
    """Cut punctuation and split-off clitics off the ends of a model span; drop it if punctuation is inside.

    The model sometimes runs a name into a glued quote («فارك) or a tatweel-joined
    preposition (لـ«الشرق): such spans are not names. Nor does a name start with a
    proclitic the tokenizer split off («و»), or end in a lone article («مجلس الأمن ال 15»).
    """
    start, end = ent.start, ent.end
    doc = ent.doc
    while start < end and (_debris(doc[start]) or doc[start].norm_ in _PROCLITICS):
        start += 1
    while end > start and (_debris(doc[end - 1]) or doc[end - 1].norm_ == "ال"):
        end -= 1
    if ent.label_ == "PERSON":
        end = _before_formula(doc, start, end)  # «الملك سلمان حفظه الله», «سائلين الله»: no name
    while end - start > 1 and ent.label_ == "PERSON" and _not_name_end(doc[end - 1]):
        end -= 1  # «محمد بن سلمان وجرى», «سمير حداد إن»: a name does not end in "and it took place" or "that"
    if ent.label_ == "PERSON" and end - start >= 4 and doc[end - 3].norm_ in ("بن", "ابن", "بنت") \
            and doc[end - 1].norm_.startswith("ال") and not doc[end - 1].norm_.endswith("ي") \
            and common_word_ar(doc[end - 1].text):
        # «وخالد بن أحمد الاجتماع»: after «بن Y» a common definite word is the sentence's next word (a nisba
        # such as «الشهري» is a family name)
        end -= 1
    if ent.label_ == "ORG" and end - start >= 2 and _subject_and_predicate(doc[start], doc[start + 1]):
        end = start + 1  # «الشرطة أوقفت», «اللجنة ستجتمع», «الحزب مستعد للحوار»: a sentence, not a name
    relational = words("relational_participles_ar.txt")
    while end - start > 1 and ent.label_ == "ORG" and (doc[end - 1].norm_ in relational
                                                        or suffixed_common_ar(doc[end - 1].text)):
        end -= 1  # «لجنة القدس المنبثقة [عن ...]», «التحالف التزامه»: a relating participle, "its commitment"
    while end - start > 1 and ent.label_ == "ORG" and _predicate(doc[end - 2], doc[end - 1]):
        end -= 1  # «وزارة الطاقة تتعاون», «مستشفى السليل يكشف»: a headline's subject, then its verb
    while end - start > 1 and ent.label_ in ("PERSON", "ORG") and doc[end - 1].norm_ in _courtesy():
        end -= 1  # «هيئة الأركان العامة الفريق»: the rank belongs to the name that follows
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
def _courtesy() -> frozenset[str]:
    """Military ranks and courtesy titles («الفريق», «الدكتور», «الأمير») of ``data/titles_ar.tsv``."""
    vocab = title_vocabulary("ar")
    return frozenset().union(*(vocab.get(kind, frozenset()) for kind in ("rank", "honorific", "noble")))


def _leading_title(tok: Token) -> bool:
    """A courtesy title, rank or definite title noun («الدكتور», «الملك»): no name starts with it."""
    norm = tok.norm_
    return norm in _courtesy() or norm.startswith("ال") and norm in title_vocabulary("ar")["head"]


def _not_name_end(tok: Token) -> bool:
    """A word no name ends in: a glued verb or particle, a function word, a stop word («تجاه», «الجمعة»),
    a verb agreeing with the name and another as its subjects («يصدران»), a word almost never part of
    a name in the annotated corpora («الملك سلمان يمتاز»: the verb after it)."""
    stops, text = person_stopwords("ar"), tok.text
    stop = tok.norm_ in stops and text != "علي"
    glued = len(text) >= 4 and text[0] in "بلك" and normalize_token(text[1:]) in stops  # «بمدينة»
    return stop or glued or _joined_word(tok.text) or _particle(tok) or agreeing_verb(text) \
        or after_name_ar(text)


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


def _name_word(tok: Token, kb: KnowledgeBase) -> bool:
    """Whether a token may be a word of a name: letters, and no title, organization head,
    stop word or knowledge-base name."""
    if tok.is_sent_start or _debris(tok) or len(tok.norm_) < 3 or _is_title(tok):
        return False
    if tok.norm_ in org_heads("ar") or tok.norm_ in not_name_words("ar"):
        return False
    return not kb.lookup(tok.text, "ar")


def _is_title(tok: Token) -> bool:
    """A title word, with or without the article («ملك المملكة» as «الملك»)."""
    forms = (tok.norm_, "ال" + tok.norm_)
    return any(f in v for v in title_vocabulary("ar").values() for f in forms)


def _may_continue_name(tok: Token, kb: KnowledgeBase) -> bool:
    """Whether a token after a compound given name may be part of the name: a definite family
    name («القذافي»), not an adverb («غيابيا») nor a title, stop word or knowledge-base name."""
    return len(tok.norm_) >= 4 and tok.norm_.startswith("ال") and _name_word(tok, kb)


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
    if end + 1 < n and doc[end].text == "آل" and _name_word(doc[end + 1], kb):
        return end + 2
    if end + 1 < n and doc[end].norm_ in words("person_title_names_ar.txt"):
        last = end + 1
        if doc[last].norm_ in person_particles("ar") and last + 1 < n:
            last += 1  # «حسين أمير عبد اللهيان»
        elif doc[last].norm_.startswith("ال"):
            return end  # «رئيس النادي», «أمير المؤمنين»: a title and what it heads
        if _name_word(doc[last], kb) and (last + 1 == n or not _name_word(doc[last + 1], kb)):
            return last + 1
    return end


def _extend_persons(ents: list[Span], kb: KnowledgeBase) -> list[Span]:
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


def _with_compound_names(doc: Doc, ents: list[Span], kb: KnowledgeBase) -> list[Span]:
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


#: Proclitics the tokenizer splits off; a name never starts with one (it may end in «ب», as «أ ف ب»).
_PROCLITICS = frozenset({"و", "ف", "ب", "ل", "ك"})


def _debris(tok: Token) -> bool:
    """Punctuation or a token without letters."""
    return tok.is_punct or not any(ch.isalpha() for ch in tok.text)


def _strip_leading_demonym(kb: KnowledgeBase, ent: Span) -> Span:
    """«الأذري يعقوب أيابوف» -> «يعقوب أيابوف»: a nationality adjective does not start a name."""
    start = ent.start
    while ent.end - start > 1 and _is_demonym(kb, ent.doc[start].text):
        start += 1
    return ent if start == ent.start else Span(ent.doc, start, ent.end, label=ent.label_)


def _foreign(ch: str) -> bool:
    """Neither a letter, a mark (harakat), a space, a hyphen nor an apostrophe."""
    return not (ch.isalpha() or ch.isspace() or ch in "-'" or unicodedata.category(ch).startswith("M"))


def _is_demonym(kb: KnowledgeBase, text: str) -> bool:
    hits = kb.lookup(text, "ar")
    return bool(hits) and hits[0].kind == "demonym"


def _inner_place(kb: KnowledgeBase, ent: Span, label: str) -> tuple[str, str]:
    """PLACE and the id of a known place that ends the span («مدينة نابلس»), else (label, "")."""
    for start in range(ent.start + 1, ent.end):
        for alias in kb.lookup(ent.doc[start : ent.end].text, "ar"):
            if alias.label == "PLACE" and alias.kind == "name":
                return "PLACE", alias.entity_id
    return label, ""


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
        elif end > person.end_char and not _one_name_word(doc, person.end_char, end) \
                and person[-1].norm_ not in person_particles("ar"):
            end = person.end_char  # (a model span that ends in «بن» stopped inside the name)
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
    name of the «الحربي» shape is no object); one word will do only after a sovereign's or a
    courtesy title («الملك سلمان», «الأمير خالد»).
    """
    words = [normalize_token(w) for w in off.name.split()]
    before = TokenTable.of(doc).text[max(0, off.name_start - 1) : off.name_start]
    if len(words) >= 3 or before in ("«", '"', "“") or not person_particles("ar").isdisjoint(words):
        return True
    if len(words) == 1:
        vocab = title_vocabulary("ar")
        sovereign = vocab.get("royal", frozenset()) | vocab.get("noble", frozenset())
        return normalize_token(off.title or "") in sovereign
    first, last = words[0], words[-1]
    return len(words) == 2 and (not last.startswith("ال") or first.startswith("ال") or last.endswith("ي"))


def _one_name_word(doc: Doc, start: int, end: int) -> bool:
    """The text between two offsets is one word that may end a name (not definite, no clitic, no title:
    «سلمان بن عبدالعزيز آل سعود ملك المملكة» ends before «ملك»)."""
    words = _words(doc, start, end)
    return (len(words) == 1 and not words[0].norm_.startswith("ال") and words[0].norm_ not in _PROCLITICS
            and not _is_title(words[0]))


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
    type (the model's person or place stands), and, when the model tagged
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
            if any(s.label_ == "ORG" for s in hits):
                out.append(org)
        elif _definite_name(doc, org.start, org.end):
            out.append(org)
    return out


def _definite_name(doc: Doc, start: int, end: int) -> bool:
    """Two words or more, the last one definite («وزارة الدفاع», not «لجنة فنية»)."""
    words = _words(doc, start, end)
    return len(words) >= 2 and words[-1].norm_.startswith("ال") and len(words[-1].norm_) > 3


_registered = False


def _register() -> None:
    global _registered
    if _registered:
        return

    @Language.factory("newsgraph_ar_ner_link_v1", default_config={"min_chars": 2})
    def _link(nlp: Language, name: str, min_chars: int) -> ArabicNERLinker:
        return ArabicNERLinker(min_chars)

    _registered = True


def add_ar_ner(nlp: Language, model: str = "auto") -> bool:
    """Add the model's ``ner`` and the linker to an Arabic pipeline, after the token splitter.

    Args:
        nlp: a pipeline built by :func:`newsgraph.extract.pipeline.get_nlp`.
        model: the folder of a trained pipeline, or anything else (``"auto"``,
            an English package name) for the shipped model, which is skipped
            (returning False) when absent.

    Returns:
        True when the model was added.
    """
    path = model if model != "auto" and Path(model).is_dir() else None
    if path is None and not has_ar_ner():
        return False
    _register()
    nlp.add_pipe("ner", source=load_ar_ner(path))
    nlp.add_pipe("newsgraph_ar_ner_link_v1", after="ner")
    return True
