"""English mentions: clean the statistical model's NER spans and link them to the knowledge base.

A trained English pipeline (``en_core_web_sm``) tags names well but not the way
newsgraph annotates them. Its spans include the article ("the United
Nations"), the possessive ("Civic Platform's"), trailing prepositions
("Patrice Talon of") and bracketed acronyms ("... Freedom (USCIRF"), and a
span that strictly contains a knowledge-base name replaces it in
``doc.spans["ng_mentions"]``. :func:`prepare_doc` rewrites the NER spans of
that group, before any other English rule reads it:

* **Trim.** Cut at the first bracket or quote; drop leading determiners and
  honorifics and trailing possessives, prepositions, conjunctions and
  lower-case words (``data/en_rules.tsv`` kinds ``lead`` / ``trail``).
* **Drop** spans with no capitalised word, starting lower-case
  ("intra-Africa"), or made of one word the model often mistakes for a
  name (kind ``not_entity``: "A.M.", "UTC").
* **Link.** The trimmed text looked up in the knowledge base gives the
  entity id and label ("the United States" → ``country/US``, "Baghdad" →
  a place). A span that is not itself a knowledge-base name but contains
  one, where the rest is only a title or function words ("the Archbishop of
  Gdańsk", "Crete and Cyprus"), gives way to the names inside it. A PERSON
  span keeps its label ("Victoria Nuland" is not the city Victoria).
* **Persons.** Two person spans with only a space between them are one
  name ("Abed Rabbo" + "Mansour Hadi"). An ORG or place span of two or three capitalised words right
  after an official's title ("President Patrice Talon") is a person; a
  PERSON span takes a capitalised proper noun right before it when the
  parse says so ("Sławoj Leszek Głódź"). A one-word knowledge-base place
  between a title and a capitalised word is a first name ("Under Secretary
  Victoria Nuland"), with or without a model.

Examples:
    >>> import spacy
    >>> from spacy.tokens import Span
    >>> doc = spacy.blank("en")("He spoke to the United Nations's envoy.")
    >>> doc.spans["ng_mentions"] = [Span(doc, 3, 7, label="ORGANIZATION", span_id="ner")]
    >>> [(s.text, s.label_, s.kb_id_) for s in prepare_doc(doc).spans["ng_mentions"]]
    [('United Nations', 'ORGANIZATION', 'org/un')]
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from newsgraph.extract.en_rules import en_words
from newsgraph.extract.lexicon import org_heads, person_particles, title_vocabulary
from newsgraph.extract.ner_spans import CUT, best_alias, kb_or_default, replace_ner_spans
from newsgraph.extract.tokens import TokenTable

if TYPE_CHECKING:  # pragma: no cover
    from newsgraph.kb import Alias, KnowledgeBase

__all__ = ["prepare_doc", "kb_link"]

_MAX_SUB = 8


def kb_link(text: str, kb: KnowledgeBase | None = None, *, weak_places: bool = False) -> Alias | None:
    """The best knowledge-base alias for ``text`` (a name, not a common word), or None.

    Examples:
        >>> kb_link("the United States") is None, kb_link("United States").entity_id
        (True, 'country/US')
    """
    if not text[:1].isupper() and not text[:1].isdigit():
        return None
    found = [
        a for a in kb_or_default(kb).lookup(text, "en")
        if weak_places or not (a.kind == "weak" and a.label == "PLACE")
    ]
    return best_alias(found)


def _cap(tok: Token) -> bool:
    return bool(tok.text) and (tok.text[0].isupper() or tok.text[0].isdigit())


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Trim a span's edges: brackets, determiners, honorifics, possessives, lower-case tails."""
    for k in range(start, end):
        if doc[k].text in CUT:
            end = k
            break
    lead, trail = en_words("lead"), en_words("trail")
    while start < end and (doc[start].lower_ in lead or doc[start].is_punct):
        start += 1
    while end > start and (doc[end - 1].lower_ in trail or doc[end - 1].is_punct or not _cap(doc[end - 1])):
        end -= 1
    return start, end


def _sub_names(doc: Doc, start: int, end: int, kb: KnowledgeBase) -> list[tuple[int, int, Alias]]:
    """Knowledge-base names inside tokens ``start:end``, longest first, not overlapping."""
    found: list[tuple[int, int, Alias]] = []
    taken: set[int] = set()
    orth = TokenTable.of(doc).orth
    for size in range(min(end - start, _MAX_SUB), 0, -1):
        for a in range(start, end - size + 1):
            b = a + size
            if taken & set(range(a, b)) or not (orth[a][:1].isupper() or orth[a][:1].isdigit()):
                continue  # kb_link takes only capitalised text (or digits)
            alias = kb_link(doc[a:b].text, kb)
            if alias is not None and alias.kind != "weak":
                found.append((a, b, alias))
                taken.update(range(a, b))
    return sorted(found, key=lambda x: x[0])


def _place_pair(doc: Doc, start: int, end: int, inner: list[tuple[int, int, Alias]]) -> list[Span] | None:
    """Two places the model joined into one span with "in" or "and" ("Omsk in Siberia", "Crete and
    Cyprus"): one side a place or country of the knowledge base, the other one or two capitalised
    words that are no organization's or title's words. None for any other span.

    Examples:
        >>> import spacy
        >>> from newsgraph.kb import load_kb
        >>> doc = spacy.blank("en")("from Omsk in Siberia , Trade and Industry")
        >>> kb = load_kb()
        >>> [(s.text, s.label_) for s in _place_pair(doc, 1, 4, _sub_names(doc, 1, 4, kb))]
        [('Omsk', 'PLACE'), ('Siberia', 'PLACE')]
        >>> _place_pair(doc, 5, 8, _sub_names(doc, 5, 8, kb)) is None
        True
    """
    places = {(a, b): alias for a, b, alias in inner if alias.label in ("PLACE", "COUNTRY")}
    words = org_heads("en") | _title_words()
    for j in range(start + 1, end - 1):
        if doc[j].lower_ not in ("in", "and"):
            continue
        sides = ((start, j), (j + 1, end))
        known = [side for side in sides if side in places]
        other = [side for side in sides if side not in places]
        if not known or any(b - a > 2 or not all(_cap(t) and t.is_alpha and t.lower_ not in words
                                                for t in doc[a:b]) for a, b in other):
            continue
        if any(a < y and x < b for x, y, _ in inner for a, b in other):
            continue  # a name of another kind inside the other side
        return [Span(doc, a, b, label=places[(a, b)].label if (a, b) in places else "PLACE",
                     kb_id=places[(a, b)].entity_id if (a, b) in places else "", span_id="ner")
                for a, b in sides]
    return None


def _only_frame(doc: Doc, start: int, end: int, inner: list[tuple[int, int, Alias]]) -> bool:
    """True when the words of ``start:end`` outside ``inner`` are titles or function words."""
    covered = {i for a, b, _ in inner for i in range(a, b)}
    titles = title_vocabulary("en")
    frame = titles.get("head", frozenset()) | titles.get("modifier", frozenset()) | en_words("local_title")
    heads = org_heads("en")
    for tok in doc[start:end]:
        if tok.i in covered or tok.is_punct or tok.is_stop or tok.lower_ in en_words("trail"):
            continue
        if tok.lower_ in heads or tok.lower_ not in frame:
            return False
    return True


def _after_title(doc: Doc, start: int) -> bool:
    heads = title_vocabulary("en").get("head", frozenset())
    return start > 0 and doc[start - 1].lower_ in heads


@functools.cache
def _title_words() -> frozenset[str]:
    """Words of English titles and honorifics ("President", "foreign", "Mr", "Ayatollah")."""
    titles = title_vocabulary("en")
    kinds = ("head", "modifier", "honorific")
    return frozenset().union(*(titles.get(k, frozenset()) for k in kinds), en_words("honorific"))


def _extend_person(doc: Doc, start: int, kb: KnowledgeBase) -> int:
    """Take capitalised proper nouns right before a PERSON span ("Sławoj" + "Leszek Głódź")."""
    frame = _title_words()
    while start > 0:
        tok = doc[start - 1]
        if not (tok.is_alpha and tok.text[:1].isupper() and tok.pos_ == "PROPN" and tok.ent_type_ == ""):
            break
        if tok.lower_ in frame or tok.is_stop or kb_link(tok.text, kb) is not None:
            break
        start -= 1
    return start


def _pieces(doc: Doc, span: Span, kb: KnowledgeBase) -> Iterable[Span]:
    start, end = _trim(doc, span.start, span.end)
    if start >= end or not doc[start].text[:1].isupper() and not doc[start].text[:1].isdigit():
        return
    label = span.label_
    text = doc[start:end].text
    if end - start == 1 and doc[start].lower_ in en_words("not_entity"):
        return
    heads = title_vocabulary("en").get("head", frozenset())
    words = doc[start:end]
    if label != "PERSON" and _only_title(words, heads):
        return  # "National Security Advisor", "Minister of Foreign Affairs": a title, no organization
    whole = kb_link(text, kb)
    if whole is not None and not (label == "PERSON" and whole.kind in ("weak", "demonym")):
        if whole.kind == "demonym" and label != "PERSON":
            return  # a nationality adjective is not a name; the KB ruler has it
        yield Span(doc, start, end, label=whole.label, kb_id=whole.entity_id, span_id="ner")
        return
    if label != "PERSON":
        inner = _sub_names(doc, start, end, kb)
        pair = _place_pair(doc, start, end, inner)
        if pair is not None:  # "Omsk in Siberia", "Crete and Cyprus": two places, not one organization
            yield from pair
            return
        if inner and _only_frame(doc, start, end, inner):
            for a, b, alias in inner:
                yield Span(doc, a, b, label=alias.label, kb_id=alias.entity_id, span_id="ner")
            return
        if 2 <= end - start <= 3 and _after_title(doc, start) and all(_cap(t) for t in doc[start:end]):
            label = "PERSON"
        elif _titled_after(doc, start, end):
            label = "PERSON"  # "the killing of Abdelghani al-Kikli, head of the SSA"
        elif (name := _name_after_titles(doc, start, end)) is not None:
            start, label = name, "PERSON"  # "Presidential Spokesperson Harry Roque", one organization
    if label == "PERSON" and _org_context(doc, start, end):
        label = "ORGANIZATION"  # "his former party Civic Platform", "a founding Civic Platform member"
    if label == "PERSON":
        start = _drop_titles(doc, start, end)
    if label == "PERSON" and doc.has_annotation("POS"):
        start = _extend_person(doc, start, kb)
    yield Span(doc, start, end, label=label, kb_id="", span_id="ner")


def _titled_after(doc: Doc, start: int, end: int) -> bool:
    """A name of two to four words, capitalised at both ends, that a comma and a title head with "of"
    after it follow ("X al-Y, head of the Z"): a person the model took for a place or organization."""
    if not 2 <= end - start <= 4 or not (_cap(doc[start]) and _cap(doc[end - 1])) or end + 2 >= len(doc):
        return False
    heads = title_vocabulary("en").get("head", frozenset())
    k = end + 2 if doc[end + 1].lower_ in ("the", "a") else end + 1
    return doc[end].text == "," and k + 1 < len(doc) and doc[k].lower_ in heads and doc[k + 1].lower_ == "of"


def _only_title(words: Span, heads: frozenset[str]) -> bool:
    """The words are a title: a head last, or a head then "of"/"for"/"and" and more title words
    ("Minister of Foreign Affairs"; not "Ministry of Foreign Affairs", whose head is an organization's)."""
    frame, links = _title_words(), ("of", "for", "and")
    inside = range(words.start + 1, words.end - 1)  # a link word never opens or ends a title
    if not all(t.lower_ in frame or t.lower_ in links and t.i in inside for t in words):
        return False
    return words[-1].lower_ in heads or words[0].lower_ in frame and any(t.lower_ in heads for t in words)


def _name_after_titles(doc: Doc, start: int, end: int) -> int | None:
    """Where the name starts in a span made of a title and two or three capitalised words that are
    neither title words nor organization heads; None for other spans.

    Examples:
        >>> import spacy
        >>> doc = spacy.blank("en")("Presidential Spokesperson Ann Lee and Foreign Ministry Spokesman Al Bo")
        >>> _name_after_titles(doc, 0, 4), _name_after_titles(doc, 5, 10)
        (2, None)
    """
    frame, heads = _title_words(), title_vocabulary("en").get("head", frozenset())
    lead = start
    while lead < end and doc[lead].lower_ in frame:
        lead += 1
    if not any(doc[x].lower_ in heads for x in range(start, lead)) or not 2 <= end - lead <= 3:
        return None
    names = doc[lead:end]
    return lead if all(_cap(t) and t.lower_ not in org_heads("en") for t in names) else None


def _org_context(doc: Doc, start: int, end: int) -> bool:
    """A lower-case noun beside the name that only an organization takes: "party" before it, "member"
    after it (``org_before`` / ``org_after`` in ``data/en_rules.tsv``).

    Examples:
        >>> import spacy
        >>> doc = spacy.blank("en")("a founding Civic Platform member and Anna Nowak spoke")
        >>> _org_context(doc, 2, 4), _org_context(doc, 6, 8)
        (True, False)
    """
    before = doc[start - 1].text if start > 0 else ""
    after = doc[end].text if end < len(doc) else ""
    return before in en_words("org_before") or after in en_words("org_after")


def _drop_titles(doc: Doc, start: int, end: int) -> int:
    """A person span that starts with a title or honorific starts after it, leaving two words at
    least: "Grand Ayatollah Ali al-Sistani" names Ali al-Sistani."""
    frame = _title_words()
    while end - start > 2 and doc[start].lower_ in frame:
        start += 1
    return start


def _first_name(doc: Doc, span: Span, kb: KnowledgeBase) -> Span:
    """A one-word place between a title and a capitalised word is a first name ("Secretary Victoria X")."""
    if span.label_ != "PLACE" or len(span) != 1 or not _after_title(doc, span.start):
        return span
    end = span.end
    while (
        end < len(doc)
        and end - span.start < 4
        and doc[end].is_alpha
        and doc[end].text[:1].isupper()
        and not doc[end].is_sent_start
        and kb_link(doc[end].text, kb) is None
    ):
        end += 1
    if end == span.end:
        return span
    return Span(doc, span.start, end, label="PERSON", kb_id="", span_id="ner")


def prepare_doc(doc: Doc, kb: KnowledgeBase | None = None) -> Doc:
    """Clean and link the statistical NER spans of ``doc.spans["ng_mentions"]`` (see module docstring).

    Knowledge-base spans are kept as they are; a cleaned NER span that
    overlaps one gives way to it. Returns ``doc`` (changed in place).
    """
    return replace_ner_spans(doc, kb, _pieces, kept_fix=_first_name,
                             extra_fix=lambda spans: _one_label_per_name(_join_persons(spans)))


def _one_label_per_name(spans: list[Span]) -> list[Span]:
    """A model organization span that is a person's name the article gives elsewhere, whole or by its
    last word ("Morgan Ortagus" or "Ortagus" after the PERSON "Morgan Ortagus"), is that person: within
    one article a name keeps one sense.

    Examples:
        >>> import spacy
        >>> doc = spacy.blank("en")("Morgan Ortagus spoke. Ortagus said no.")
        >>> spans = [Span(doc, 0, 2, label="PERSON", span_id="ner"),
        ...          Span(doc, 4, 5, label="ORGANIZATION", span_id="ner")]
        >>> [(s.text, s.label_) for s in _one_label_per_name(spans)]
        [('Morgan Ortagus', 'PERSON'), ('Ortagus', 'PERSON')]
    """
    persons = [s for s in spans if s.label_ == "PERSON"]
    names = {s.text for s in persons}
    last = {s[-1].text for s in persons if len(s) > 1}
    out = []
    for s in spans:
        if (s.label_ == "ORGANIZATION" and not s.kb_id_ and s.id_ == "ner" and len(s) <= 3
                and (s.text in names or s[-1].text in last) and all(_cap(t) for t in s)):
            s = Span(s.doc, s.start, s.end, label="PERSON", span_id=s.id_)
        out.append(s)
    return out


def _join_persons(spans: list[Span]) -> list[Span]:
    """Two person spans with nothing but a space, or a lower-case name particle, between them are one
    name the model cut in two ("Abed Rabbo" + "Mansour Hadi", "Reema" + "bint" + "Bandar").

    Examples:
        >>> import spacy
        >>> doc = spacy.blank("en")("Princess Reema bint Bandar spoke.")
        >>> spans = [Span(doc, 1, 2, label="PERSON"), Span(doc, 3, 4, label="PERSON")]
        >>> [s.text for s in _join_persons(spans)]
        ['Reema bint Bandar']
    """
    particles = person_particles("en")
    out: list[Span] = []
    for span in sorted(spans, key=lambda s: s.start):
        prev = out[-1] if out else None
        gap = span.doc[prev.end : span.start] if prev is not None else None
        if (
            prev is not None
            and gap is not None
            and prev.label_ == span.label_ == "PERSON"
            and (len(gap) == 0 or len(gap) == 1 and gap[0].text in particles)
            and prev[-1].whitespace_ == " "
            and not prev.kb_id_
            and not span.kb_id_
        ):
            out[-1] = Span(span.doc, prev.start, span.end, label="PERSON", span_id=prev.id_)
        else:
            out.append(span)
    return out
