"""When a French event happened, as the parse tells: the trigger each date phrase hangs on.

:func:`dated_triggers_fr` is read by :func:`newsgraph.extract.events.find_events` before it
gives each trigger the dates near it (:mod:`~newsgraph.extract.events.anchors`): a date the
parse hangs on a trigger dates that trigger («le référendum du 1er juillet 1962»), a speech
verb's date waits for its Statement, and a day the parse gives a verb of no event dates no
event by nearness («a approuvé lundi l'accord»: the approval's day, not the accord's).

Examples:
    >>> NO_EVENT  # the owner of a day that a verb of no event takes
    -1
"""

from __future__ import annotations

from collections.abc import Sequence

from newsgraph.extract.events.clauses import _Reader
from newsgraph.extract.events.deps_fr import light_verb_fr
from newsgraph.extract.events.frames import _M
from newsgraph.extract.events.lexicons import TriggerMatch

__all__ = ["dated_triggers_fr", "NO_EVENT"]

#: The owner :func:`dated_triggers_fr` gives a day that a verb of no event takes.
NO_EVENT = -1


def dated_triggers_fr(
    r: _Reader, trigs: Sequence[TriggerMatch], dates: Sequence[_M]
) -> dict[tuple[int, int], int]:
    """The trigger each date phrase hangs on in the parse, by the date's tokens: the start of that
    trigger. «le référendum du 1er juillet 1962», «tué le 11 janvier», «proclamait, le 5 juillet
    1962, l'indépendance»; a noun trigger's light verb («a tenu lundi une réunion») and the verb it is
    the subject of («la fusillade a éclaté lundi») count as its word. Only a date right on that word:
    «la conversation depuis le rapprochement en mars» dates the rapprochement, not the call."""
    heads: dict[int, int] = {}
    for t in trigs:
        heads.setdefault(r.doc[t.start : t.end].root.i, t.start)
    for t in trigs:
        head = r.doc[t.start : t.end].root
        if head.pos_ in ("VERB", "AUX"):
            continue
        verb = light_verb_fr(r, head)
        if verb is None and head.dep_ in ("nsubj", "nsubj:pass") and head.head.pos_ == "VERB":
            verb = head.head
        if verb is not None:
            heads.setdefault(verb.i, t.start)
    speech = {t.start for t in trigs if t.kind in ("S", "A")}
    out: dict[tuple[int, int], int] = {}
    for d in dates:
        tok = r.doc[d.start : d.end].root
        verb = tok.head if tok.head.i != tok.i else None
        owner = heads.get(verb.i) if verb is not None else None
        if owner is None and verb is not None and verb.dep_ == "advcl":  # «agressée alors qu'elle se
            owner = heads.get(verb.head.i)  # trouvait vendredi sur la place»: the clause tells when
        # «a annoncé une trêve à partir de lundi»: a start or an end is the event's, not the speech's
        if owner is not None and (d.ref == "point" or owner not in speech):
            out[(d.start, d.end)] = owner
        elif owner is None and verb is not None and verb.pos_ == "VERB" and d.ref == "point":
            out[(d.start, d.end)] = NO_EVENT  # «a approuvé lundi l'accord»: the approval's day
    return out
