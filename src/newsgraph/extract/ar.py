"""Arabic extraction steps of the article pipeline, in one place.

:mod:`newsgraph.extract.article` calls these for ``lang == "ar"`` (as it calls
:mod:`newsgraph.extract.en` and :mod:`newsgraph.extract.fr` for theirs):

* :func:`refine_officials` (:mod:`~newsgraph.extract.officials.infer`): the
  country or body of a title the text does not state with it (a local title,
  a visitor's or host's side, those listed as attending a reception);
* :func:`style_references` (:mod:`~newsgraph.extract.officials.ar_styles`):
  the sovereign's style alone («خادم الحرمين الشريفين») is the king the
  article names;
* :func:`unglued_names` (:mod:`~newsgraph.extract.ner_ar_refine`): a one-word
  name glued to «ب» («بأوباما») starts after it when the article gives the
  full name.

Examples:
    >>> from newsgraph.extract import ar
    >>> "الامير" in ar.no_office()  # «الأمير X» alone: a rank in a family, no office
    True
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from newsgraph.extract.lexicon import monarchies, phrase_keys, title_countries_ar, title_vocabulary, words
from newsgraph.extract.ner_ar_refine import model_spans, unglued_starts
from newsgraph.extract.officials import Official
from newsgraph.extract.officials.ar_envoy_style import drop_envoy_styles
from newsgraph.extract.officials.ar_overrun import trim_overruns
from newsgraph.extract.officials.ar_styles import style_references as _styles
from newsgraph.extract.officials.infer import infer_of

if TYPE_CHECKING:  # pragma: no cover
    from newsgraph.kb import KnowledgeBase

__all__ = ["no_office", "refine_officials", "style_references", "unglued_names"]


def no_office() -> frozenset[str]:
    """Normalised titles that name no office: a rank in a family («الأمير», «الشيخ» alone) or a
    military rank alone («العميد X», «اللواء X»: a rank is no position, gold README)."""
    vocab = title_vocabulary("ar")
    return vocab.get("noble", frozenset()) | vocab.get("rank", frozenset())


def refine_officials(doc: Doc, officials: Sequence[Official], kb: KnowledgeBase) -> list[Official]:
    """``officials`` with the ``of`` their titles imply where the text does not state it
    (:func:`~newsgraph.extract.officials.infer.infer_of` with the Arabic lexicons), after cutting
    a word a name ran into (:mod:`~newsgraph.extract.officials.ar_overrun`)."""
    vocab = title_vocabulary("ar")

    def country_of(place: str) -> str | None:
        found = kb.get(place)
        return found.country if found is not None else None

    persons = [s for s in model_spans(doc) or () if s.label_ == "PERSON"]
    officials = trim_overruns(doc, officials, persons)  # «الرئيس X متأكد» where the article has «X» alone
    officials = drop_envoy_styles(officials)  # «السفير X وزير الخارجية»: a diplomat's style, no embassy
    return infer_of(doc, officials, vocab.get("local", frozenset()), vocab.get("noble", frozenset()),
                    country_of=country_of, naming=title_countries_ar(),
                    other_party=words("visit_verbs_ar.txt"), meeting=words("meeting_verbs_ar.txt"),
                    attend=phrase_keys("attend_phrases_ar.txt"),
                    private=words("title_private_bodies_ar.txt"),
                    monarchic=vocab.get("royal", frozenset()) | vocab.get("monarchic", frozenset()),
                    monarchies=monarchies(),
                    lang="ar")


def style_references(doc: Doc, officials: Sequence[Official]) -> list[tuple[int, int, str]]:
    """(start, end, full name) of each sovereign's style used alone for the king the article names."""
    royal = title_vocabulary("ar").get("royal", frozenset())
    return _styles(doc, officials, title_countries_ar(), royal)


def unglued_names(persons: Iterable[tuple[int, int, str]]) -> dict[tuple[int, int], int]:
    """Person mentions (start, end, text) whose one-word name is glued to «ب» («تعود بأوباما») beside
    the full name: (start, end) -> where the name starts after the clitic."""
    return unglued_starts(list(persons))
