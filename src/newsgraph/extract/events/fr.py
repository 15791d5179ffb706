"""French events: the shared event layer, with every speech verb a Statement by its speaker.

:func:`find_events_fr` runs :func:`newsgraph.extract.events.find_events` with
``speech_statements`` on (as for Arabic: «a déclaré Nasser Bourita» is a
Statement by Nasser Bourita). Roles come from the French dependency parse
when there is one (:mod:`newsgraph.extract.events.deps_fr`), else from word
order and the cue words of ``data/events_cues_fr.tsv``.

Examples:
    >>> import spacy
    >>> from newsgraph.types import Mention
    >>> nlp = spacy.blank("fr")
    >>> _ = nlp.add_pipe("sentencizer")
    >>> doc = nlp("Le Maroc a signé un accord avec la France.")
    >>> ms = [Mention(3, 8, "Maroc", "COUNTRY", "country/MA", 0),
    ...       Mention(35, 41, "France", "COUNTRY", "country/FR", 0)]
    >>> [(e.type, sorted(e.roles["participant"])) for e in find_events_fr(
    ...     doc, "fr", mentions=ms, dates=[], amounts=[], published=None)]
    [('Agreement', ['country/FR', 'country/MA'])]
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from spacy.tokens import Doc

from newsgraph.extract.events import (
    DateMentionLike,
    MentionLike,
    NumberMentionLike,
    OfficialLike,
    find_events,
)
from newsgraph.types import Event

__all__ = ["find_events_fr"]


def find_events_fr(
    doc: Doc,
    lang: str,
    *,
    mentions: Sequence[MentionLike],
    dates: Sequence[DateMentionLike],
    amounts: Sequence[NumberMentionLike],
    published: date | None,
    officials: Sequence[OfficialLike] = (),
    headline: bool = False,
) -> list[Event]:
    """French events (same arguments and result as :func:`newsgraph.extract.events.find_events`).

    With a parse, the shared layer leaves out a verb trigger that is negated
    ("n'a pas signé": ``negation`` in ``data/events_cues_fr.tsv``) or under a
    condition ("si le Maroc signe").
    """
    return find_events(
        doc,
        lang,
        mentions=mentions,
        dates=dates,
        amounts=amounts,
        published=published,
        officials=officials,
        speech_statements=True,
        headline=headline,
    )
