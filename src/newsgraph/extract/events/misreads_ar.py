"""Arabic trigger matches whose word shows it is no trigger: the lexicon's forms match a word, but its
spelling or the token before it tells another word or no reported happening.

- a verb written with a final «ة» (:func:`_ta_marbuta_verb`: «حمادة طلبة» is a name, not «طلبه»);
- a verb with tanween (:func:`_tanween_verb`: «فجراً» is at dawn, no bombing);
- a speech participle in «ة» describing the noun before it (:func:`_described_by_participle`: «حراسة مشددة»);
- a verb the tokenizer cut from its own first letter «ك» (:func:`_kaf_verb`: «كلفت», no «لفت»);
- a verb behind the future «س» (:func:`_future_verb`: «سيزور», a plan).

A participle the lexicon lists («داعية», «مؤكداً») is told apart from a misread verb by the lexicon's own
first-slot forms (:func:`_line_forms_ar`). Called by :func:`.triggers.find_triggers`.
"""

from __future__ import annotations

import functools

from spacy.tokens import Doc

from newsgraph.extract.events.lexicons import TriggerMatch, load_triggers
from newsgraph.extract.lexicon import words
from newsgraph.text import is_arabic, normalize_token

__all__ = ["misread_ar"]


def misread_ar(doc: Doc, t: TriggerMatch) -> bool:
    """Whether Arabic trigger match ``t`` is no trigger by the shape of its word (module doc)."""
    return (
        _ta_marbuta_verb(doc, t) or _tanween_verb(doc, t) or _described_by_participle(doc, t)
        or _kaf_verb(doc, t) or _future_verb(doc, t)
    )


@functools.lru_cache(maxsize=4)
def _line_forms_ar(kinds: tuple[str, ...], ending: str) -> frozenset[str]:
    """The first-slot forms of the Arabic trigger lines of ``kinds`` written with a final ``ending``
    (participles: «داعية», «مطالبة» with «ة»; «مؤكدا», «داعيا» with «ا»), normalised."""
    return frozenset(
        normalize_token(form) for pat in load_triggers("ar") if pat.kind in kinds
        for form in pat.slots[0] if form.endswith(ending)
    )


def _lexicon_participle(word: str, kinds: tuple[str, ...], ending: str) -> bool:
    """Whether Arabic ``word`` ends in a first-slot form of the trigger lines of ``kinds`` written with a
    final ``ending`` (:func:`_line_forms_ar`): a participle the lexicon lists («داعية», «مؤكداً»)."""
    norm = normalize_token(word)
    return any(norm.endswith(form) for form in _line_forms_ar(kinds, ending))


def _ta_marbuta_verb(doc: Doc, t: TriggerMatch) -> bool:
    """(Arabic) A verb trigger whose first word is written with a final «ة» and is no participle of the
    lexicon: the normaliser reads «ة» as the pronoun «ه», but no verb ends in «ة» («حمادة طلبة» is a
    name, not «طلبه», he asked for it)."""
    word = doc[t.start].text
    return t.kind == "V" and word.endswith("ة") and not _lexicon_participle(word, ("V",), "ة")


def _tanween_verb(doc: Doc, t: TriggerMatch) -> bool:
    """(Arabic) A verb, speech or announcement trigger whose first word carries tanween («ً») and is no
    participle of the lexicon: no verb takes tanween, a noun does («فجراً» is at dawn, no «فجر» he blew
    up; «مؤكداً» stays)."""
    word, kinds = doc[t.start].text, ("V", "S", "A")
    return t.kind in kinds and "\u064b" in word and not _lexicon_participle(word, kinds, "ا")


@functools.lru_cache(maxsize=1)
def _present_forms_ar() -> tuple[str, ...]:
    """The normalised present-tense first-slot forms of the Arabic verb lines."""
    lines = [pat for pat in load_triggers("ar") if pat.kind == "V"]
    forms = {normalize_token(f) for pat in lines for f in pat.slots[0]}
    return tuple(sorted(f for f in forms if f[:1] in ("ي", "ت")))


def _future_verb(doc: Doc, t: TriggerMatch) -> bool:
    """(Arabic) A verb trigger whose first word is a present form of the lexicon behind the future «س»
    («سيزور», «ستلتقي»): a plan or a forecast, no reported happening (GUIDELINES.md: future mentions are
    no event). A pledge or a threat is told of what is to come («ستخصص الولايات المتحدة 100 مليون دولار»,
    «سيرد بقوة»): it stays; so does a speech verb («ستعلن النتائج»), whose speaker the Statements read, and
    a future in a relative clause of a past narrative («توجه إلى القصر الذي سيلتقي فيه الملك»: it happened
    later that day; ``data/future_relatives_ar.txt``)."""
    if t.kind != "V" or t.type in ("AidPledge", "Threat"):
        return False
    before = {normalize_token(doc[i].text) for i in range(max(t.start - 2, 0), t.start)}
    if before & words("future_relatives_ar.txt"):
        return False
    norm = normalize_token(doc[t.start].text)
    rest = next((norm[len(p):] for p in ("وس", "فس", "س") if norm.startswith(p)), "")
    return rest[:1] in ("ي", "ت") and rest.startswith(_present_forms_ar())


def _kaf_verb(doc: Doc, t: TriggerMatch) -> bool:
    """(Arabic) A verb, speech or announcement trigger whose first word the tokenizer cut from a «ك» written
    onto it: «ك» (like, as) only goes before a noun, so the «ك» is the verb's own first letter («كلفت» is
    "assigned", no «لفت» he pointed out)."""
    if t.kind not in ("V", "S", "A") or t.start == 0:
        return False
    prev = doc[t.start - 1]
    return prev.text == "ك" and not prev.whitespace_


def _described_by_participle(doc: Doc, t: TriggerMatch) -> bool:
    """(Arabic) A one-word speech or announcement participle in «ة» right after a word, not after a comma,
    colon or «و»: it describes the noun before it («حراسة مشددة», strict guard; «تحت لافتة الحشد», under the
    banner; «للعنزي معلنة الهدف»), while a speaker's participle opens a clause of its own («، مؤكدة أن»)."""
    one_word = t.end - t.start == 1 and t.start > 0
    if t.kind not in ("S", "A") or not one_word or not doc[t.start].text.endswith("ة"):
        return False
    prev = doc[t.start - 1].text
    return prev[:1].isalpha() and is_arabic(prev) and normalize_token(prev) not in ("و", "ف")
