"""English extraction: the rules that read the statistical parse, in one place.

:mod:`newsgraph.extract.article` calls these for ``lang == "en"``; each works
with or without a trained pipeline (``doc.has_annotation("DEP")`` False):

* :func:`prepare_doc` (:mod:`~newsgraph.extract.en_mentions`): clean and
  link the model's NER spans before the other rules read them;
* :func:`refine_officials` (:mod:`~newsgraph.extract.en_officials`):
  honorifics, surnames and the country of a position;
* :func:`find_events_en` (:mod:`~newsgraph.extract.events.en`): the shared
  event layer plus statements, pledges and pronoun agents from the parse.

Examples:
    >>> from newsgraph.extract import en
    >>> callable(en.prepare_doc) and callable(en.find_events_en)
    True
"""

from __future__ import annotations

from newsgraph.extract.en_mentions import kb_link, prepare_doc
from newsgraph.extract.en_officials import refine_officials, resolve_pronouns
from newsgraph.extract.events.en import find_events_en, reporting_verbs

__all__ = [
    "prepare_doc",
    "kb_link",
    "refine_officials",
    "resolve_pronouns",
    "find_events_en",
    "reporting_verbs",
]
