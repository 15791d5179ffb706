"""The entry points: find the officials of a Doc with its language's rules, link their surnames."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from newsgraph.extract.lexicon import (
    known_given_names_ar,
    person_particles,
    person_stopwords,
    rows,
    title_singular_ar,
    title_vocabulary,
    title_words,
)
from newsgraph.extract.officials import ar, ar_apposition, ar_counterpart, ar_names, en, fr, fr_posts
from newsgraph.extract.officials.base import Context, Official, TitleMatch, tok_end
from newsgraph.extract.tokens import TokenTable
from newsgraph.text import clitic_splits, fold_accents, normalize_token

if TYPE_CHECKING:  # pragma: no cover
    from newsgraph.kb import KnowledgeBase

__all__ = ["find_officials", "link_surnames", "office_references", "titles_for_position"]


def find_officials(doc: Doc, lang: str, kb: KnowledgeBase | None = None) -> list[Official]:
    """Find persons introduced with a title, or as the speaker of a statement.

    Args:
        doc: a Doc from the newsgraph pipeline (norms, sentences and
            ``doc.spans["ng_mentions"]`` set).
        lang: ``"ar"``, ``"en"`` or ``"fr"``; other languages give an empty list.
        kb: optional knowledge base, used to refuse known words as names.

    Returns:
        One :class:`Official` per name occurrence, in text order.

    Examples:
        >>> import spacy
        >>> from spacy.tokens import Span
        >>> from newsgraph.text import normalize_token
        >>> doc = spacy.blank("ar")("قال وزير الخارجية الفرنسي جان لوران إن الحل ممكن")
        >>> for t in doc:
        ...     t.norm_ = normalize_token(t.text)
        >>> doc.spans["ng_mentions"] = [Span(doc, 3, 4, label="COUNTRY", kb_id="country/FR",
        ...                                  span_id="demonym")]
        >>> [(o.name, o.title, o.of, o.how) for o in find_officials(doc, "ar")]
        [('جان لوران', 'وزير الخارجية', 'country/FR', 'title-name')]
    """
    if lang not in ("ar", "en", "fr"):
        return []
    ctx = Context(doc, lang, kb)
    found: dict[tuple[int, int, int | None], Official] = {}
    taken: set[int] = set()
    named: set[tuple[int, int]] = set()

    def add(name: tuple[int, int], title: tuple[int, int] | None, of: str | None, how: str,
            text: str | None = None) -> None:  # text: a title no span spells («ministre de X» of a portfolio)
        a, b = name
        again = (a, b) in named
        if a >= b or (taken & set(range(a, b)) and not again) or (again and title is None):
            return
        taken.update(range(a, b))
        named.add((a, b))
        title_text = None
        ts = te = None
        if title is not None:
            ts, te = doc[title[0]].idx, tok_end(doc[title[1] - 1])
            title_text = titles_for_position(text or ctx.text[ts:te], lang)
        s, e = doc[a].idx, tok_end(doc[b - 1])
        if lang == "ar" and ar_names.conj_glued(doc[a]) and doc[a].norm_ not in known_given_names_ar():
            s += 1  # «وعادل الجبير» → «عادل الجبير» (not «وليام», a given name with its own «و»)
        found[(a, b, ts)] = Official(s, e, ctx.text[s:e], title_text, ts, te, of, ctx.sent_of[a], how)

    match_title, take_title, may_start = _title_rules(lang)
    i = 0
    while i < len(doc):
        m = match_title(ctx, i) if ctx.key[i] in may_start else None
        if m is None:
            i += 1
            continue
        of_end = take_title(ctx, m, add)
        i = max(m[1], of_end, i + 1)
    if lang == "fr":  # «le portefeuille de la Justice revient à X»: «ministre de la Justice»
        fr_posts.portfolios(ctx, lambda name, span, text: add(name, span, None, "appointed", text))
    speech_names = {"ar": ar_names.speech_names, "fr": fr.speech_names}.get(lang, en.speech_names)
    speech = speech_names(ctx, taken)
    for span in speech:
        add(span, None, None, "speech")
    if lang == "ar":  # «وقال X وهو متحدث باسم الجيش»: the title in a clause after the name
        persons = {(sp.start, sp.end) for sp in ctx.covered.values() if sp.label_ == "PERSON"}
        for name, title, of in ar_apposition.clause_titles(ctx, sorted(named | persons)):
            add(name, title, of, "name-title")
    out = list(found.values())
    if lang == "ar":
        out += ar_counterpart.counterparts(ctx, sorted(out, key=lambda o: o.name_start), taken)
    out = _prefer_offices(ctx, out)
    return sorted(_merge_surnames(out), key=lambda o: (o.name_start, o.title_start or 0))


def _title_rules(lang: str) -> tuple[Callable[..., TitleMatch | None], Callable[..., int], frozenset[str]]:
    """One language's title rules: (match_title, take_title, the words a title may start with)."""
    rules = {"ar": ar, "fr": fr}.get(lang, en)
    return rules.match_title, rules.take_title, rules.title_starts()


def _prefer_offices(ctx: Context, officials: list[Official]) -> list[Official]:
    """Drop a rank or courtesy title («اللواء», «الأمير») when the same person also holds an office."""
    minor = ctx.vocab.get("rank", frozenset()) | ctx.vocab.get("noble", frozenset())

    def is_minor(o: Official) -> bool:
        return o.title is not None and normalize_token(o.title.split()[0]) in minor

    offices = {normalize_token(o.name) for o in officials if o.title is not None and not is_minor(o)}
    return [o for o in officials if not (is_minor(o) and normalize_token(o.name) in offices)]


def _merge_surnames(officials: list[Official]) -> list[Official]:
    """A one-word name that is the surname of exactly one fuller name of the article
    («الرئيس هادي» after «عبد ربه منصور هادي») is that person; a title held
    without its country takes the country of the same title held elsewhere, or
    else the one country stated with the person's other titles."""
    full: dict[str, set[str]] = {}
    for o in officials:
        words = normalize_token(o.name).split()
        if len(words) >= 2:
            full.setdefault(words[-1], set()).add(o.name)
    merged = []
    for o in officials:
        words = normalize_token(o.name).split()
        names = full.get(words[0], set()) if len(words) == 1 else set()
        merged.append(replace(o, name=next(iter(names))) if len(names) == 1 else o)
    of_by_title: dict[tuple[str, str], set[str]] = {}
    for o in merged:
        if o.title and o.of:
            of_by_title.setdefault((o.name, normalize_token(o.title)), set()).add(o.of)
    countries: dict[str, set[str]] = {}
    for o in merged:
        if o.title and o.of and o.of.startswith("country/"):
            countries.setdefault(o.name, set()).add(o.of)
    out = []
    for o in merged:
        known = of_by_title.get((o.name, normalize_token(o.title)), set()) if o.title and not o.of else set()
        if not known and o.title and not o.of:
            known = countries.get(o.name, set())  # «ولي العهد» of the country stated with his other title
        out.append(replace(o, of=next(iter(known))) if len(known) == 1 else o)
    return out


def _surname_key(doc: Doc, off: Official, lang: str) -> tuple[str, ...] | None:
    span = doc.char_span(off.name_start, off.name_end, alignment_mode="expand")
    if span is None or len(span) < 2:
        return None
    norms = [t.norm_ if lang == "ar" else t.lower_ for t in span]
    if norms[-2] in person_particles(lang):
        return tuple(norms[-2:])
    return (norms[-1],)


def link_surnames(doc: Doc, officials: list[Official]) -> list[tuple[int, int, str]]:
    """Later mentions of an official by surname (or full name) → (start, end, full name).

    Only surnames that belong to exactly one official of the article are
    linked. English honorifics ("Mr", "Ms") are included in the span (French «M.» is not), and an
    Arabic proclitic glued to the surname («ونولاند») is left out of it.

    Examples:
        >>> import spacy
        >>> doc = spacy.blank("en")("Prime Minister Ann Lee spoke. Ms Lee said no.")
        >>> offs = find_officials(doc, "en")
        >>> link_surnames(doc, offs)
        [(30, 36, 'Ann Lee')]
    """
    lang = doc.lang_
    by_key: dict[tuple[str, ...], set[str]] = {}
    first: dict[str, int] = {}
    for off in officials:
        first[off.name] = min(first.get(off.name, off.name_start), off.name_start)
        key = _surname_key(doc, off, lang)
        patronymic = {"بن", "ابن", "بنت", "bin", "ibn"} & set(normalize_token(off.name).split())
        if key is not None and not patronymic:
            by_key.setdefault(key, set()).add(off.name)
    names_at = [(o.name_start, o.name_end) for o in officials]
    honorifics = title_vocabulary(lang).get("honorific", frozenset())
    titles = title_words(lang)  # "President Trump" is no longer name
    stop = person_stopwords(lang)
    keys = [
        (key, next(iter(names)))
        for key, names in by_key.items()
        if len(names) == 1 and key[-1] not in stop and len(key[-1]) >= 3
    ]
    if not keys:
        return []
    table = TokenTable.of(doc)
    texts = table.orth
    values = table.norm if lang == "ar" else table.lower
    firsts = {key[0] for key, _ in keys}
    out: list[tuple[int, int, str]] = []
    i = 0
    while i < len(doc):
        if values[i] not in firsts:  # then only a word behind a proclitic can match
            rests = [normalize_token(rest) for _, rest in clitic_splits(texts[i])] if lang == "ar" else []
            if firsts.isdisjoint(rests):
                i += 1
                continue
        hit = None
        for key, full in keys:
            n = len(key)
            if i + n > len(doc):
                continue
            offset = 0
            if tuple(values[i : i + n]) != key:
                if lang != "ar" or n != 1:
                    continue
                splits = [p for p, rest in clitic_splits(texts[i]) if normalize_token(rest) == key[0]]
                if not splits:
                    continue
                offset = len(splits[0])
            if lang in ("en", "fr") and not texts[i][:1].isupper():
                continue
            if lang in ("en", "fr") and _in_longer_name(doc, i, i + n, titles):
                continue
            hit = (n, offset, full)
            break
        if hit is None:
            i += 1
            continue
        tok = doc[i]
        n, offset, full = hit
        start, end = tok.idx + offset, tok_end(doc[i + n - 1])
        j = i
        if offset == 0 and j > 1 and doc[j - 1].text == "-" and not doc[j - 1].whitespace_ \
                and not doc[j - 2].whitespace_ and doc[j - 2].is_alpha:
            j -= 2  # the surname is the end of a hyphenated one: "El-Sisi", "Amir-Abdollahian"
            start = doc[j].idx
        if j > 0 and doc[j - 1].lower_ in honorifics and lang != "fr":
            start = doc[j - 1].idx  # French mentions leave «M.» out («de M. Samaras»: Samaras)
        if start > first[full] and not any(a <= tok.idx < b for a, b in names_at):
            out.append((start, end, full))
        i += n
    return out


def _in_longer_name(doc: Doc, start: int, end: int, titles: frozenset[str]) -> bool:
    """Whether a capitalised word other than a title word stands right before or after tokens
    ``start:end`` in their sentence: they are part of a longer name ("Michael Bloomberg" of another
    Michael, "Bloomberg View"), which is not the official's surname alone."""
    before = doc[start - 1] if start > 0 and not doc[start].is_sent_start else None
    after = doc[end] if end < len(doc) and not doc[end].is_sent_start else None
    return any(t is not None and t.text[:1].isupper() and t.is_alpha and t.lower_ not in titles
               for t in (before, after))


@cache
def _offices(lang: str) -> dict[str, str]:
    """Folded title → office, from ``data/offices.tsv`` («président» and «chef d'Etat»: head of state)."""
    return {_office_key(t): row[1].strip() for row in rows("offices.tsv") if row[0].strip() == lang
            for t in row[2].split("|")}  # fmt: skip


def _office_key(title: str) -> str:
    return " ".join(fold_accents(w) for w in normalize_token(title.replace("’", "'")).split())


def office_references(
    doc: Doc, lang: str, officials: list[Official], kb: KnowledgeBase | None = None
) -> list[tuple[int, int, str, Official | None]]:
    """Titles used without a name for an official the article names → (start, end, name, new position).

    «وزير الخارجية القطري» alone, in a headline or after «وزير الخارجية القطري
    خالد العطية», is that minister; so is "the Qatari foreign minister". The
    title must carry its country or organization, or be two words or more, and
    exactly one official of the article must hold it (with that country, when
    one is given); ranks, nobility and honorifics alone never refer. A title
    with its country may also name the one official holding the same office of
    that country under another title (``data/offices.tsv``: «le président
    iranien» after «le chef d'Etat iranien, X»); the fourth item is then the
    new position it states (an :class:`Official` with that title), else None.

    Examples:
        >>> import spacy
        >>> from spacy.tokens import Span
        >>> from newsgraph.text import normalize_token
        >>> text = "قال وزير الخارجية الفرنسي جان لوران إن الحل ممكن . وأكد وزير الخارجية الفرنسي أن"
        >>> doc = spacy.blank("ar")(text)
        >>> for t in doc:
        ...     t.norm_ = normalize_token(t.text)
        >>> doc.spans["ng_mentions"] = [Span(doc, i, i + 1, label="COUNTRY", kb_id="country/FR",
        ...                                  span_id="demonym") for i in (3, 13)]
        >>> refs = office_references(doc, "ar", find_officials(doc, "ar"))
        >>> [(doc.text[s:e], name, new) for s, e, name, new in refs]
        [('وزير الخارجية الفرنسي', 'جان لوران', None)]
    """
    if lang not in ("ar", "en", "fr") or not officials:
        return []
    ctx = Context(doc, lang, kb)
    minor = ctx.vocab.get("rank", frozenset()) | ctx.vocab.get("noble", frozenset()) \
        | ctx.vocab.get("honorific", frozenset())
    holders: dict[str, dict[str | None, set[str]]] = {}
    offices = _offices(lang)
    by_office: dict[tuple[str, str], dict[str, Official]] = {}
    used: list[tuple[int, int]] = []
    for o in officials:
        used.append((o.name_start, o.name_end))
        if o.title is None or o.title_start is None or o.title_end is None:
            continue
        used.append((o.title_start, o.title_end))
        holders.setdefault(normalize_token(o.title), {}).setdefault(o.of, set()).add(o.name)
        if o.of is not None and (office := offices.get(_office_key(o.title))) is not None:
            by_office.setdefault((office, o.of), {}).setdefault(o.name, o)
    match_title, _, may_start = _title_rules(lang)
    out: list[tuple[int, int, str, Official | None]] = []
    i = 0
    while i < len(doc):
        m = match_title(ctx, i) if ctx.key[i] in may_start else None
        if m is None:
            i += 1
            continue
        t0, t1, of, of_end = m
        i = max(t1, of_end, i + 1)
        first = t0
        before = ctx.covered.get(t0 - 1) if t0 > 0 else None
        demonym = before is not None and before.label_ == "COUNTRY" and before.end == t0
        if before is not None and demonym and of in (None, before.kb_id_):
            first, of = before.start, before.kb_id_ or None  # "the Qatari foreign minister"
        start, end = doc[first].idx, tok_end(doc[max(t1, of_end) - 1])
        if any(a < end and start < b for a, b in used):
            continue  # the title of a named official, or a name inside it
        title = titles_for_position(ctx.text[doc[t0].idx : tok_end(doc[t1 - 1])], lang)
        words = normalize_token(title).split()
        if not words or (len(words) == 1 and (of is None or words[0] in minor)):
            continue
        by_of = holders.get(normalize_token(title), {})
        names = by_of.get(of, set()) if of is not None else set().union(*by_of.values()) if by_of else set()
        if len(names) == 1:
            out.append((start, end, next(iter(names)), None))
            continue
        office = offices.get(_office_key(title), "")
        same = by_office.get((office, of), {}) if of is not None and not names else {}
        if len(same) == 1:  # «le président iranien» after «le chef d'Etat iranien, X»
            held = next(iter(same.values()))
            new = replace(held, title=title, title_start=doc[t0].idx, title_end=tok_end(doc[t1 - 1]),
                          sentence=ctx.sent_of[t0], how="office")
            out.append((start, end, held.name, new))
    return out


def titles_for_position(title_text: str, lang: str) -> str:
    """Normalise a title as written for :class:`newsgraph.types.Position`.

    Folds whitespace, drops quotes and brackets, a leading conjunction or
    preposition glued to an Arabic title, and a leading English article.

    Examples:
        >>> titles_for_position("  «ووزير   الخارجية» ", "ar")
        'وزير الخارجية'
        >>> titles_for_position("وزراء خارجية", "ar")
        'وزير خارجية'
        >>> titles_for_position("the Foreign  Minister", "en")
        'Foreign Minister'
        >>> titles_for_position("Foreign Ministers", "en")
        'Foreign Minister'
    """
    text = re.sub(r"[\"“”«»„()\[\]]", " ", title_text)
    text = " ".join(text.split()).strip("-–—,،:; ")
    if lang == "ar" and text:
        head, _, rest = text.partition(" ")
        vocab = title_vocabulary("ar")
        known = vocab["head"] | vocab["prefix"]
        if head.startswith("ل") and normalize_token("ا" + head) in known:
            head = "ا" + head  # «للرئيس» split as «ل» + «لرئيس»: the title is «الرئيس»
        if normalize_token(head) not in known and title_singular_ar(normalize_token(head)) is None:
            for prefix, stem in clitic_splits(head):
                if normalize_token(stem) in known or title_singular_ar(normalize_token(stem)) is not None:
                    head = head[len(prefix) :]
                    break
        head = title_singular_ar(normalize_token(head)) or head  # «وزيرا الخارجية»: each is «وزير الخارجية»
        text = f"{head} {rest}".strip()
    elif lang == "en":
        text = re.sub(r"^(?:the|a|an)\s+", "", text, flags=re.IGNORECASE)
        words = text.split()
        heads = title_vocabulary("en")["head"]
        for n, word in enumerate(words):  # "Presidents X of A and Y of B": each holds "President"
            if word.lower().endswith("s") and word.lower()[:-1] in heads and word.lower() not in heads:
                words[n] = word[:-1]
        text = " ".join(words)
    elif lang == "fr":
        text = fr.title_text(text)
    return text
