"""Event trigger lexicons and the matcher that finds triggers in a Doc.

The lexicons are package data (``data/triggers_<lang>.tsv``): one line per
pattern, ``type<TAB>kind<TAB>slot<TAB>slot...``, where a slot lists the
alternative forms of one token and ``*N`` allows up to N tokens of anything
("عقد … اجتماعاً", "signed … an agreement"; quotation marks in the gap are not
counted), and ``@place`` stands for the tokens of one place or country
mention («إعلان القاهرة», "the Cairo Declaration": a declaration named for
where it was made is a document two parties adopt). A ``=>`` cell ends the trigger: the slots
after it must follow but are no part of it (an arrival verb is a visit only «إلى» a place, and
the place stays the visit's destination, not its trigger). Arabic forms are expanded with
proclitics on the first slot (و ف ب ل ك ال س) and pronoun/tanween suffixes
on the last slot, and matched on ``NORM``; whether the tokenizer split a
clitic off or not, the pattern matches. English forms are matched on
``LEMMA`` when the Doc has lemmas, else on ``NORM``.

``kind`` is ``V`` (verb), ``N`` (noun), ``S`` (speech verb: marks a speaker,
never an event by itself), ``A`` (announcement verb) or ``X`` (forms that
look like a trigger with a clitic but are other words: «وزارة» is not و+زار+ه).

Examples:
    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> [(m.type, m.kind) for m in find_triggers(nlp("They signed an agreement."), "en")]
    [('Agreement', 'V')]
    >>> sorted(arabic_variants("اجتماع", "N"))[:3]
    ['اجتماع', 'اجتماعا', 'اجتماعات']
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from newsgraph.errors import ConfigError
from newsgraph.extract.events.lexicons import (
    KINDS,
    TriggerMatch,
    TriggerPattern,
    arabic_variants,
    load_cues,
    load_triggers,
)
from newsgraph.extract.events.misreads_ar import misread_ar
from newsgraph.extract.tokens import TokenTable
from newsgraph.text import is_arabic, normalize_token

__all__ = ["find_triggers", "PLACE_SLOT"]


@functools.lru_cache(maxsize=8)
def _excluded(lang: str) -> frozenset[str]:
    out: set[str] = set()
    for pat in load_triggers(lang):
        if pat.kind == "X" and len(pat.slots) == 1:
            for form in pat.slots[0]:
                out.update(arabic_variants(form, "N") if is_arabic(form) else (normalize_token(form),))
    return frozenset(out)



@functools.lru_cache(maxsize=1)
def _time_owners() -> frozenset[str]:
    """English words of a day or a time that own an event noun ("Monday's attack"): ``time_owner`` cues."""
    return load_cues("en").get("time_owner", frozenset())


#: A slot that takes the tokens of one place or country mention.
PLACE_SLOT = "@place"


def _slot_values(
    forms: tuple[str, ...], kind: str, lang: str, attr: str, first: bool, last: bool
) -> frozenset[str] | int | str:
    """The values one slot accepts, N for ``*N`` (up to N tokens that are not punctuation), or
    :data:`PLACE_SLOT`."""
    if len(forms) == 1 and forms[0].startswith("*") and forms[0][1:].isdigit():
        return int(forms[0][1:])
    if forms == (PLACE_SLOT,):
        return PLACE_SLOT
    values: set[str] = set()
    for form in forms:
        if lang == "ar" and is_arabic(form):
            values.update(arabic_variants(form, kind, first=first, last=last))
            if kind == "N" and first and not last and not normalize_token(form).endswith(("ه", "ا", "ي")):
                # the head noun of a noun and its adjective takes tanween too («وقفا فوريا», «هجوما انتحاريا»)
                values.update(arabic_variants(form + "ا", kind, first=first, last=last))
        elif form.startswith("="):
            if attr == "LEMMA":
                values.add(form[1:])
        else:
            values.add(normalize_token(form))
    return frozenset(values - _excluded(lang))


def _determined(noun: Token) -> bool:
    """Whether an English noun has a definite or demonstrative determiner in the parse, before
    adjectives or compounds ("these targeted sanctions", "the latest round of talks")."""
    dets = ("the", "this", "that", "these", "those")
    return any(c.dep_ == "det" and c.lower_ in dets for c in noun.children)


@functools.lru_cache(maxsize=8)
def _definite_forms(lang: str) -> frozenset[str]:
    out: set[str] = set()
    if lang == "ar":
        for pat in load_triggers(lang):
            if pat.kind == "N":
                for form in pat.slots[0]:
                    out.update(v for v, d in arabic_variants(form, "N").items() if d)
    return frozenset(out)


@dataclass(frozen=True)
class _Compiled:
    """A lexicon line ready to match: its line number, pattern and slot values."""

    line: int
    pattern: TriggerPattern
    slots: tuple[frozenset[str] | int | str, ...]
    context: tuple[frozenset[str] | int | str, ...] = ()


@functools.lru_cache(maxsize=8)
def _compiled(lang: str, attr: str) -> dict[str, tuple[_Compiled, ...]]:
    """The patterns of ``lang`` matched on ``attr``, by the values their first token may have."""
    by_first: dict[str, list[_Compiled]] = {}
    for i, pat in enumerate(load_triggers(lang)):
        n = len(pat.slots)
        blocker = pat.kind == "X" and n > 1  # a sequence that is no event (read as a noun phrase)
        if pat.kind not in KINDS and not blocker:
            continue
        kind = "N" if blocker else pat.kind
        slots = tuple(_slot_values(s, kind, lang, attr, j == 0, j == n - 1) for j, s in enumerate(pat.slots))
        context = tuple(_slot_values(s, kind, lang, attr, False, False) for s in pat.context)
        first = slots[0]
        if isinstance(first, int):
            raise ConfigError(f"a trigger pattern of triggers_{lang}.tsv starts with {pat.slots[0][0]}")
        for value in (first,) if isinstance(first, str) else first:
            by_first.setdefault(value, []).append(_Compiled(i, pat, slots, context))
    return {value: tuple(pats) for value, pats in by_first.items()}


def _ends(
    slots: tuple[frozenset[str] | int | str, ...], values: list[str], punct: list[bool], start: int,
    quote: list[bool] | None = None, places: frozenset[int] = frozenset(),
) -> set[int]:
    """Every token index at which a match of ``slots`` from ``start`` can end (exclusive).

    A gap (``*N``) does not count quotation marks (``quote``); :data:`PLACE_SLOT` takes
    consecutive tokens of ``places``.

    Examples:
        >>> words = ["signed", "a", "new", "deal", "deal"]
        >>> sorted(_ends((frozenset({"signed"}), 3, frozenset({"deal"})), words, [False] * 5, 0))
        [4, 5]
        >>> words = ["signed", "the", '"', "Cairo", "Declaration"]
        >>> marks = [w == '"' for w in words]
        >>> _ends((frozenset({"signed"}), 2, frozenset({"Declaration"})), words, marks, 0, marks)
        {5}
        >>> _ends(("@place", frozenset({"Declaration"})), words, marks, 3, marks, frozenset({3}))
        {5}
    """
    quotes = quote or [False] * len(values)
    ends = {start}
    for slot in slots:
        nxt: set[int] = set()
        for at in ends:
            if isinstance(slot, int):
                k, used = at, 0
                nxt.add(k)
                while k < len(values) and (quotes[k] or (used < slot and not punct[k])):
                    used += not quotes[k]
                    k += 1
                    nxt.add(k)
            elif isinstance(slot, str):
                k = at
                while k in places:
                    k += 1
                    nxt.add(k)
            elif at < len(values) and values[at] in slot:
                nxt.add(at + 1)
        ends = nxt
    return ends


def _longest(spans: set[tuple[int, int]]) -> list[tuple[int, int]]:
    """Non-overlapping spans, longest first, then leftmost.

    Examples:
        >>> _longest({(0, 2), (1, 4), (4, 5)})
        [(1, 4), (4, 5)]
    """
    taken: set[int] = set()
    kept = []
    for start, end in sorted(spans, key=lambda se: (se[0] - se[1], se[0])):
        if taken.isdisjoint(range(start, end)):
            kept.append((start, end))
            taken.update(range(start, end))
    return kept


def _wrong_part_of_speech(kind: str, pos: str) -> bool:
    """Whether a one-word English match is the other part of speech than its lexicon line: a verb
    line read on a noun ("tea laced with poison"), a noun line on a verb ("dealing with groups") or on an
    adjective ("it is offensive to some").
    A word listed on both a verb and a noun line keeps the line of its use.

    Examples:
        >>> pairs = (("V", "NOUN"), ("N", "VERB"), ("V", "VERB"), ("N", "ADJ"))
        >>> [_wrong_part_of_speech(k, p) for k, p in pairs]
        [True, True, False, True]
    """
    return (kind == "V" and pos in ("NOUN", "PROPN")) or (kind == "N" and pos in ("VERB", "ADJ"))


def _verb_lines_on_nouns_fr(
    doc: Doc, found: list[tuple[int, TriggerMatch]], sent_start: Sequence[bool]
) -> list[tuple[int, TriggerMatch]]:
    """French one-word matches of a verb line on a word the tagger reads as a noun, dropped unless a
    noun line of the same type takes the word too: «un signe religieux» is no signing, «les menaces
    antisémites» no threat made (French lemmas make the noun and the verb's present tense one form);
    «la rencontre» stays a meeting. A sentence's first word is not judged (headlines).
    """
    nouns = {(m.start, m.type) for _, m in found if m.kind == "N"}
    return [
        (line, m) for line, m in found
        if not (m.kind == "V" and m.end - m.start == 1 and not sent_start[m.start]
                and doc[m.start].pos_ == "NOUN" and (m.start, m.type) not in nouns)
    ]  # fmt: skip


def find_triggers(doc: Doc, lang: str, places: frozenset[int] = frozenset()) -> list[TriggerMatch]:
    """Trigger matches in ``doc``, non-overlapping, in text order.

    ``places`` holds the indices of the tokens of place and country mentions (for ``@place``).

    Each lexicon line matches every token sequence its slots accept; among
    its own overlapping matches the longest is kept (as spaCy's Matcher does
    with ``greedy="LONGEST"``). Matches across a sentence start are dropped.
    Overlaps between lines are then resolved in favour of the longer match,
    then the stronger kind, then the earlier line. A line of kind ``X`` with
    several slots is a sequence that is no event («فجر اليوم», dawn): it wins
    over the shorter triggers inside it and is not returned. English matches
    on LEMMA when the Doc has lemmas; with part-of-speech tags, a one-word match of a verb line on
    a noun, or of a noun line on a verb, is dropped (:func:`_wrong_part_of_speech`), and so is a
    verb line's longer match whose first word is a noun ("held a phone call on Sunday" is no
    "call on"), except from the first word of a sentence. French matches on LEMMA and, for the
    forms the lexicon lists as written, on NORM too (the lemmatizer misses some: «raconte» read
    as an adjective gives «racont»). An Arabic verb match written with a final «ة» is dropped
    (:func:`_ta_marbuta_verb`: «حمادة طلبة» is a name).
    """
    attr = "LEMMA" if lang != "ar" and doc.has_annotation("LEMMA") else "NORM"
    table = TokenTable.of(doc)
    # A proper noun keeps its capital in its lemma ("the Cairo Declaration", a headline's "Truce").
    # A hyphenated word the lemmatizer spells with spaces («tête-à-tête» → «tête à tête») matches as written.
    lemmas = [v.lower() if " " not in v else table.norm[i] for i, v in enumerate(table.lemma)]
    passes = [(attr, lemmas if attr == "LEMMA" else table.norm)]
    if lang == "fr" and attr == "LEMMA":  # a form the lemmatizer missed («raconte» → «racont») as written;
        # not a noun («la critique», «une note»: the noun's lemma said what it is)
        nouns = ("NOUN", "PROPN")
        passes.append(("NORM", [n if doc[i].pos_ not in nouns else "" for i, n in enumerate(table.norm)]))
    punct: list[bool] = []
    quote: list[bool] = []
    spans: dict[int, tuple[_Compiled, set[tuple[int, int]]]] = {}
    for how, values in passes:
        by_first = _compiled(lang, how)
        for start, value in enumerate(values):
            candidates = by_first.get(value, ())
            if start in places and (start - 1) not in places:
                candidates = (*candidates, *by_first.get(PLACE_SLOT, ()))
            for comp in candidates:
                if not punct and any(isinstance(slot, int) for slot in (*comp.slots, *comp.context)):
                    punct, quote = table.is_punct, table.is_quote
                ends = _ends(comp.slots, values, punct, start, quote, places)
                if comp.context:
                    ends = {e for e in ends if _ends(comp.context, values, punct, e, quote, places)}
                if ends:
                    spans.setdefault(comp.line, (comp, set()))[1].update((start, end) for end in ends)
    sent_start = table.sent_start if spans else []
    definite_ar = _definite_forms(lang)
    tagged = lang == "en" and doc.has_annotation("TAG")
    found: list[tuple[int, TriggerMatch]] = []
    for comp, pairs in spans.values():
        pat = comp.pattern
        for start, end in _longest(pairs):
            if any(sent_start[i] for i in range(start + 1, end)):
                continue
            checked = tagged and not sent_start[start] and (end - start == 1 or pat.kind == "V")
            if checked and _wrong_part_of_speech(pat.kind, doc[start].pos_):
                continue  # (a headline's first word is often a verb to the tagger: "Vote on bill set")
            first = table.norm[start]
            prev = table.norm[start - 1] if start > 0 else ""
            if lang == "ar":
                definite = first in definite_ar or (pat.kind == "N" and first.startswith("ال"))
                definite = definite or prev in ("هذا", "هذه", "ذلك", "تلك")
            elif lang == "en":
                definite = pat.kind == "N" and prev in ("the", "this", "that", "these", "those")
                # "Monday's attack", "last week's bombing": a day's event is one the story told of
                owner = table.norm[start - 2] if start > 1 else ""
                definite = definite or (pat.kind == "N" and prev in ("'s", "’s") and owner in _time_owners())
                # "these targeted sanctions", "the new attack": the determiner before the noun's modifiers
                definite = definite or (pat.kind == "N" and tagged and _determined(doc[end - 1]))
            else:  # "la réunion": the determiners of events_cues_<lang>.tsv
                definite = pat.kind == "N" and prev in load_cues(lang).get("definite", ())
            match = TriggerMatch(start, end, pat.type, pat.kind, definite, bool(pat.context))
            found.append((comp.line, match))
    if lang == "fr" and doc.has_annotation("TAG"):
        found = _verb_lines_on_nouns_fr(doc, found, sent_start)
    rank = {k: i for i, k in enumerate(("X", *KINDS))}  # a blocking sequence wins at equal length
    found.sort(key=lambda lm: (lm[1].start - lm[1].end, rank[lm[1].kind], lm[1].start, lm[0]))
    taken: set[int] = set()
    kept = []
    for _line, m in found:
        if taken.isdisjoint(range(m.start, m.end)):
            kept.append(m)
            taken.update(range(m.start, m.end))
    if lang == "ar":  # «حمادة طلبة» is a name, «فجراً» at dawn, «سيزور» a plan: see misreads_ar.py
        kept = [m for m in kept if not misread_ar(doc, m)]
    return sorted((m for m in kept if m.kind != "X"), key=lambda m: m.start)
