"""French mentions: clean the statistical model's NER spans and link them to the knowledge base.

``fr_core_news_md`` tags PER, ORG, LOC and MISC spans (WikiNER). Its spans
often start with an article or a preposition ("l'ONU", "de France"), and it
sometimes tags a title word as a place ("secrétaire d'*État*"). :func:`fr_words`
reads ``data/fr_rules.tsv``; :func:`prepare_doc` rewrites the NER spans of
``doc.spans["ng_mentions"]`` before the other French rules read it:

* **Trim.** Cut at the first bracket, quote or comma; drop leading articles
  and prepositions (kind ``lead``) and trailing ones (``trail``).
* **Drop** spans that do not start with a capital (or, for an organization, a head noun such as
  "ministère"), organizations that open with a title («Haut commissaire des Nations unies»: the names
  inside are kept), spans that are one title or rule word (``not_entity``, ``titles_fr.tsv``), or one
  nationality adjective (the knowledge-base ruler reads those). A country and a number is a channel
  («France 2»).
* **Link.** The trimmed text looked up in the knowledge base (French, then
  English names) gives the entity id and label ("Etats-Unis" →
  ``country/US``). A PERSON span keeps its label and drops leading title
  words ("Président Macron" → "Macron").
* **Institutions.** An organization span that starts with an institution noun
  and holds a country ("ministère chinois des Affaires étrangères") gives way
  to that country, so that :mod:`~newsgraph.extract.institutions` names the
  institution as in every language ("Ministry of Foreign Affairs of China").
* **Persons.** A person span runs on over particles joined by a hyphen
  ("Moustafa" + "al-Kazimi").
* **Generic heads.** A known organization followed by a nationality adjective
  is two names («Hezbollah libanais»); an organization span made of a lower-case head noun and
  a known organization is that organization («agence Amaq» → "Amaq").
* **Squares and streets.** A lower-case ``place_head`` noun and the
  capitalised words after it are a place («place Tahrir»), as the French gold
  writes them.
* **Designated places.** A name the model tagged a person or an organization right after a
  ``place_designator`` noun and «de» («le village de Birmhale», «la localité de X») is a place,
  and so is the same name elsewhere in the article.

Examples:
    >>> import spacy
    >>> from spacy.tokens import Span
    >>> doc = spacy.blank("fr")("Il a parlé de l'ONU hier.")
    >>> doc.spans["ng_mentions"] = [Span(doc, 3, 6, label="ORGANIZATION", span_id="ner")]
    >>> [(s.text, s.label_, s.kb_id_) for s in prepare_doc(doc).spans["ng_mentions"]]
    [('ONU', 'ORGANIZATION', 'org/un')]
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from newsgraph.extract.lexicon import org_heads, person_particles, rows
from newsgraph.extract.ner_spans import CUT, MENTIONS, best_alias, kb_or_default, replace_ner_spans
from newsgraph.extract.officials.fr import title_words
from newsgraph.extract.officials.fr_names import portfolio_only
from newsgraph.text import fold_accents, normalize_key

if TYPE_CHECKING:  # pragma: no cover
    from newsgraph.kb import Alias, KnowledgeBase

__all__ = ["fr_words", "kb_link_fr", "prepare_doc"]

_DETERMINERS = frozenset({"le", "la", "les", "l'", "sa", "son"})
#: prepositions after which a known organization's name has ended («l'ONU pour le Yémen», «l'UE en Libye»)
_ORG_CUTS = frozenset({"pour", "en", "à", "au", "aux", "dans", "auprès", "chez", "contre", "sur"})


@cache
def fr_words(kind: str) -> frozenset[str]:
    """The words of one ``kind`` of ``data/fr_rules.tsv``, lower-cased, with and without accents.

    Examples:
        >>> "l'" in fr_words("lead"), {"préfet", "prefet"} <= fr_words("local_title")
        (True, True)
    """
    words = [r[1].strip() for r in rows("fr_rules.tsv") if r[0] == kind and len(r) > 1]
    return frozenset(w.lower() for w in words) | frozenset(fold_accents(w) for w in words)


def kb_link_fr(text: str, kb: KnowledgeBase | None = None) -> Alias | None:
    """The best French (else English) knowledge-base alias for a capitalised ``text``, or None.

    Examples:
        >>> kb_link_fr("Etats-Unis").entity_id, kb_link_fr("Pékin").entity_id
        ('country/US', 'place/gn-1816670')
    """
    if not text[:1].isupper() and not text[:1].isdigit():
        return None
    base = kb_or_default(kb)
    for lang in ("fr", "en"):
        found = [a for a in base.lookup(text, lang) if not (a.kind == "weak" and a.label == "PLACE")]
        if lang == "fr" and not found:  # "Etats-Unis": without its accents
            found = [a for a in _unaccented(base).get(_fold_key(text), ()) if a.kind != "weak"]
        if found:
            return best_alias(found)
    if text.isalpha() and 3 <= len(text) <= 8 and not text.isupper():  # «Aqmi», «Otan»: French writes
        for lang in ("fr", "en"):  # an acronym read as a word in lower case after its capital
            found = [a for a in base.lookup(text.upper(), lang) if a.kind == "acronym"]
            if found:
                return best_alias(found)
    return None


def _fold_key(text: str) -> str:
    return " ".join(fold_accents(w) for w in normalize_key(text).split())


@lru_cache(maxsize=2)
def _unaccented(kb: KnowledgeBase) -> dict[str, tuple[Alias, ...]]:
    """The knowledge base's French names by their form without accents (built once per knowledge base)."""
    out: dict[str, list[Alias]] = {}
    for alias in kb.aliases("fr"):
        out.setdefault(_fold_key(alias.text), []).append(alias)
    return {k: tuple(v) for k, v in out.items()}


def _trim(doc: Doc, start: int, end: int, person: bool = False) -> tuple[int, int]:
    for k in range(start, end):
        if doc[k].text in CUT:
            end = k
            break
    lead, trail = fr_words("lead"), fr_words("trail")
    while start < end and (fold_accents(doc[start].text) in lead or doc[start].is_punct
                           or doc[start].is_space):  # fmt: skip
        if person and _name_particle(doc, start, end):
            break  # «le général De Gaulle», «Marine Le Pen»: the particle is the name's
        start += 1
    while end > start and (fold_accents(doc[end - 1].text) in trail or doc[end - 1].is_punct
                           or doc[end - 1].is_space):  # fmt: skip
        end -= 1
    return start, end


def _name_particle(doc: Doc, k: int, end: int) -> bool:
    """A capitalised particle inside a sentence, before a capitalised word of the same person span
    («De Gaulle», «Le Drian»): part of the name, not an article or preposition to trim."""
    tok = doc[k]
    return (tok.text[:1].isupper() and tok.lower_ in person_particles("fr") and not tok.is_sent_start
            and k + 1 < end and doc[k + 1].text[:1].isupper())


@cache
def _frame_words() -> frozenset[str]:
    words = title_words()
    return frozenset().union(*(words.get(k, frozenset()) for k in ("head", "modifier", "honorific")))


def _pieces(doc: Doc, span: Span, kb: KnowledgeBase) -> Iterable[Span]:
    label = span.label_
    start, end = _trim(doc, span.start, span.end, person=label == "PERSON")
    if label == "PERSON":  # "Président Macron", "Sa Sainteté le pape François"
        frame = _frame_words()
        while end - start > 1 and (
            fold_accents(doc[start].text) in frame
            or (fold_accents(doc[start].text) in _DETERMINERS and fold_accents(doc[start + 1].text) in frame)
        ):
            start += 1  # (a determiner only before a title: "Le Drian" keeps its "Le")
        while end - start > 1 and fold_accents(doc[end - 1].text) in frame and (doc[end - 1].is_lower or (
                end < len(doc) and doc[end].is_lower and fold_accents(doc[end].text) in frame)):
            end -= 1  # «a nommé X Premier ministre»: the span ran on into the title («Le Maire» stays)
    if start >= end:
        return
    head = label == "ORGANIZATION" and doc[start].lower_ in org_heads("fr")  # "ministère chinois des …"
    titled = label == "ORGANIZATION" and _titled(doc, start, end)  # «Haut commissaire des Nations unies»
    if titled or not (doc[start].text[:1].isupper() or doc[start].text[:1].isdigit() or head):
        yield from _sub_names(doc, start, end, kb)  # "ministre de la Défense du Maroc": Morocco
        return
    if end - start == 1 and fold_accents(doc[start].text) in fr_words("not_entity") | _frame_words():
        return
    whole = kb_link_fr(doc[start:end].text, kb)
    if whole is None and label == "ORGANIZATION" and portfolio_only(doc, start, end):
        return  # «les ministres américain et français des Affaires étrangères»: a title's portfolio, no body
    if whole is None and label == "ORGANIZATION" and end - start > 1:  # «Hezbollah libanais»: two names
        adjective = kb_link_fr(doc[end - 1].text.capitalize(), kb)
        known = kb_link_fr(doc[start : end - 1].text, kb)
        if (adjective is not None and adjective.kind == "demonym" and known is not None
                and known.label == "ORGANIZATION" and known.kind != "weak"):  # fmt: skip
            yield Span(doc, start, end - 1, label=known.label, kb_id=known.entity_id, span_id="ner")
            yield Span(doc, end - 1, end, label="COUNTRY", kb_id=adjective.entity_id, span_id="demonym")
            return
    if whole is None and label == "ORGANIZATION":  # «ONU pour le Yémen»: a known name, then its purpose
        cut = next((k for k in range(start + 1, end) if doc[k].lower_ in _ORG_CUTS), end)
        known = kb_link_fr(doc[start:cut].text, kb) if cut < end else None
        if known is not None and known.label == "ORGANIZATION" and known.kind != "weak":
            yield Span(doc, start, cut, label=known.label, kb_id=known.entity_id, span_id="ner")
            yield from _sub_names(doc, cut + 1, end, kb)
            return
    if whole is None and head and end - start > 1:  # «agence Amaq»: the name is the known organization
        known = kb_link_fr(doc[start + 1 : end].text, kb)
        if known is not None and known.label == "ORGANIZATION" and known.kind != "weak":
            yield Span(doc, start + 1, end, label=known.label, kb_id=known.entity_id, span_id="ner")
            return
    if whole is not None and whole.kind == "demonym":
        return  # a nationality adjective ("Marocains") is the knowledge-base ruler's
    if whole is not None and not (label == "PERSON" and whole.kind == "weak"):
        if label != "PERSON" or whole.label != "PLACE" or end - start > 1:
            yield Span(doc, start, end, label=whole.label, kb_id=whole.entity_id, span_id="ner")
            return
    if label == "ORGANIZATION" and doc[start].lower_ in _institution_heads():
        inner = list(_countries_in(doc, start, end, kb))
        if inner:  # «ministère chinois des Affaires étrangères»: an institution of a country
            yield from inner
            return
    if label == "PERSON":
        end = _run_on(doc, end)
    if label == "PLACE" and end - start == 1 and _acronym(doc[start].text):
        label = "ORGANIZATION"  # «l'ALN»: an unknown acronym names an organization, hardly a place
    elif label == "PLACE" and end - start > 1 and doc[start].lower_ in org_heads("fr"):
        label = "ORGANIZATION"  # «la Cour suprême constitutionnelle»: an organization's head noun
    if label == "ORGANIZATION":
        end = _coordinated(doc, start, end)
    yield Span(doc, start, end, label=label, kb_id="", span_id="ner")


def _coordinated(doc: Doc, start: int, end: int) -> int:
    """An organization's name the model ended before its second complement: «Parti de la liberté»
    + «et de la justice», «Union pour la démocratie» + «et le progrès». The name must start with a
    capitalised head noun and end in a lower-case noun; the words added are "et", at most two
    articles or prepositions, and one lower-case noun."""
    if not (doc[start].text[:1].isupper() and doc[start].lower_ in org_heads("fr")):
        return end
    last = doc[end - 1]
    if not (last.is_lower and last.is_alpha) or end + 2 >= len(doc) or doc[end].lower_ != "et":
        return end
    k = end + 1
    while k < len(doc) and k - end <= 2 and doc[k].lower_ in _LINKS:
        k += 1
    if k < len(doc) and k > end + 1 and doc[k].is_lower and doc[k].is_alpha and doc[k].pos_ in ("NOUN", ""):
        return k + 1
    return end


_LINKS = frozenset({"de", "du", "des", "d'", "d’", "la", "le", "l'", "l’", "les"})


def _acronym(text: str) -> bool:
    """Two to six capital letters ("ALN", "CNT")."""
    return 2 <= len(text) <= 6 and text.isalpha() and text.isupper()


def _titled(doc: Doc, start: int, end: int) -> bool:
    """A title head first (after a modifier: «Haut commissaire»), then a link word inside the span."""
    words = title_words()
    k = start + 1 if fold_accents(doc[start].text) in words["modifier"] else start
    return k < end - 1 and fold_accents(doc[k].text) in words["head"] and any(
        fold_accents(t.text) in words["link"] for t in doc[k + 1 : end])


def _sub_names(doc: Doc, start: int, end: int, kb: KnowledgeBase) -> Iterable[Span]:
    """Knowledge-base names inside tokens ``start:end`` (capitalised, longest first, not overlapping):
    a span the model drew around a title swallowed them."""
    taken: set[int] = set()
    for size in range(min(end - start, 6), 0, -1):
        for a in range(start, end - size + 1):
            if taken & set(range(a, a + size)):
                continue
            alias = kb_link_fr(doc[a : a + size].text, kb)
            if alias is not None and alias.kind != "weak":
                taken.update(range(a, a + size))
                yield Span(doc, a, a + size, label=alias.label, kb_id=alias.entity_id, span_id="ner")
    for a in range(start, end):  # «qatari des Affaires étrangères»: the adjective the span swallowed
        if a not in taken and doc[a].is_lower:
            found = [x for x in kb.lookup(doc[a].text, "fr") if x.label == "COUNTRY" and x.kind == "demonym"]
            if found:
                yield Span(doc, a, a + 1, label="COUNTRY", kb_id=found[0].entity_id, span_id="demonym")


@cache
def _institution_heads() -> frozenset[str]:
    from newsgraph.extract.institutions import institution_forms

    return frozenset(f.words[0] for f in institution_forms("fr"))


def _countries_in(doc: Doc, start: int, end: int, kb: KnowledgeBase) -> Iterable[Span]:
    """The countries a span names by one word ("chinois", "Irak"): :mod:`~newsgraph.extract.institutions`
    then reads the institution around them."""
    for i in range(start + 1, end):
        found = [a for a in kb.lookup(doc[i].text, "fr") + kb.lookup(doc[i].text, "en")
                 if a.label == "COUNTRY" and a.kind in ("name", "demonym")]  # fmt: skip
        if found:
            yield Span(doc, i, i + 1, label="COUNTRY", kb_id=found[0].entity_id, span_id=found[0].kind)


def _run_on(doc: Doc, end: int) -> int:
    """A person's name runs on over "al-Kazimi", "ben Salmane" when the model stopped before."""
    particles = person_particles("fr")
    while end + 1 < len(doc) and doc[end].lower_ in particles and not doc[end].is_sent_start:
        nxt = end + 1
        if doc[nxt].text == "-" and nxt + 1 < len(doc):
            nxt += 1
        if not (doc[nxt].text[:1].isupper() and doc[nxt].is_alpha and doc[nxt].ent_type_ in ("", "PER")):
            break
        end = nxt + 1
    return end


def prepare_doc(doc: Doc, kb: KnowledgeBase | None = None) -> Doc:
    """Clean and link the statistical NER spans of ``doc.spans["ng_mentions"]`` (see the module docstring).

    Knowledge-base spans are kept as they are; a cleaned NER span that
    overlaps one gives way to it. Returns ``doc`` (changed in place).
    """
    replace_ner_spans(doc, kb, _pieces)
    if MENTIONS in doc.spans:
        spans = _designated_places(doc, _with_squares(doc, list(doc.spans[MENTIONS])))
        doc.spans[MENTIONS] = _numbered_names(doc, _without_portfolios(doc, spans))
    return doc


def _numbered_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """A country's name and a number are a medium or an organization's name («France 2», «France 3»),
    not the country: an organization span the knowledge base does not know."""
    return [Span(doc, s.start, s.end + 1, label="ORGANIZATION", span_id="ner")
            if s.label_ == "COUNTRY" and s.text[:1].isupper() and s.end < len(doc) and doc[s.end].is_digit
            and len(doc[s.end]) <= 2 else s for s in spans]


_LINKS = frozenset({"de", "des", "du", "d'", "d’", "la", "l'", "l’"})
#: What may stand between a minister's title and one of its portfolios.
_PORTFOLIO_ROLE = frozenset({"chargé", "chargée", "délégué", "déléguée"})  # «ministre délégué chargé des X»
_PORTFOLIO_GAP = _LINKS | {"et", ",", "à"} | _PORTFOLIO_ROLE


def _without_portfolios(doc: Doc, spans: list[Span]) -> list[Span]:
    """The model's organizations that are a minister's portfolios, no body («le ministre des Affaires
    étrangères, de la Communauté nationale à l'étranger et des Affaires africaines», «ministre ... et de la
    Coopération internationale»): a span without a knowledge-base id reached from a ``portfolio_head``
    title through links, «et», commas and other portfolio words only, within its sentence."""
    heads = fr_words("portfolio_head")
    out = []
    for s in spans:
        if s.id_ == "ner" and not s.kb_id_ and s.label_ == "ORGANIZATION" \
                and _portfolio_of(doc, s.start, heads):
            continue  # a portfolio of the title, no organization
        out.append(s)
    return out


def _portfolio_of(doc: Doc, start: int, heads: frozenset[str]) -> bool:
    """Whether the span at ``start`` is a portfolio: right after the title's link («ministre des X»), or
    after «et» or a comma that coordinates it with an earlier portfolio («..., de la Y et des Z»). After
    another portfolio's own link it is that portfolio's owner («ministre de la Défense du GNA»)."""
    k = start - 1
    while k >= 0 and doc[k].lower_ in _LINKS:
        k -= 1
    if k < 0 or k == start - 1:
        return False
    while k > 0 and doc[k].lower_ in _PORTFOLIO_ROLE:
        k -= 1
    if doc[k].lower_ in heads:
        return True
    if doc[k].lower_ not in ("et", ","):
        return False
    while k >= 0 and start - k <= 25 and not doc[k].is_sent_start:
        low = doc[k].lower_
        if low in heads:
            return True
        if not (low in _PORTFOLIO_GAP or doc[k].is_alpha) or doc[k].pos_ in ("VERB", "AUX"):
            return False
        k -= 1
    return k >= 0 and doc[k].lower_ in heads


def _with_squares(doc: Doc, spans: list[Span]) -> list[Span]:
    """Squares and streets: a lower-case ``place_head`` noun and the capitalised words after it
    («place Tahrir», not «place Tahrir du Caire»). They replace the model's spans inside them
    («Tahrir» as an organization), never a knowledge-base name."""
    heads = fr_words("place_head")
    for i in range(len(doc) - 1):
        if doc[i].text not in heads or not (doc[i + 1].text[:1].isupper() and doc[i + 1].is_alpha):
            continue
        end = i + 2
        while end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha:
            if doc[end].is_sent_start:
                break
            end += 1
        inside = [s for s in spans if s.start < end and i < s.end]
        if any(s.id_ != "ner" for s in inside):
            continue
        spans = [s for s in spans if s not in inside] + [Span(doc, i, end, label="PLACE", span_id="ner")]
    return sorted(spans, key=lambda s: s.start)


def _designated_places(doc: Doc, spans: list[Span]) -> list[Span]:
    """Names after «village de», «localité de» (``place_designator``) that the model tagged a person or an
    organization: places, there and wherever the article writes the same name. Knowledge-base names stay."""
    designators = fr_words("place_designator")

    def designated(s: Span) -> bool:
        return (s.start >= 2 and doc[s.start - 1].lower_ in ("de", "d'", "d’")
                and doc[s.start - 2].lower_ in designators)  # fmt: skip

    names = {s.text for s in spans if s.id_ == "ner" and designated(s)}
    return [
        Span(doc, s.start, s.end, label="PLACE", span_id="ner")
        if s.id_ == "ner" and s.label_ != "PLACE" and s.text in names else s
        for s in spans
    ]
