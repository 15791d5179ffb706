"""Whether the speaker of a French speech verb did the event his sentence reports, when no doer is named.

The frame table lets a speaker act (``speaker_acts``: «La police a annoncé l'arrestation de X»: the police
arrested). A French parse tells which reported events are his: see :func:`speaker_acts_fr`.
"""

from __future__ import annotations

from newsgraph.extract.events.clauses import _Reader
from newsgraph.extract.events.deps_fr import _NOUNS, _SUBJ
from newsgraph.extract.events.lexicons import TriggerMatch

__all__ = ["speaker_acts_fr"]


def speaker_acts_fr(r: _Reader, s: TriggerMatch, t: TriggerMatch) -> bool:
    """Whether the speaker of speech verb ``s`` may be the doer of the event ``t`` reported in its sentence
    when the parse names none: an event noun that hangs on the speech verb itself («a expliqué dans un
    communiqué», «a annoncé l'arrestation de X»), a verb whose subject is a pronoun or missing («a annoncé
    qu'elle avait arrêté X»), one told of in the speaker's own phrase («le rapport de X, fruit d'une enquête,
    indique»); not an event told of as the subject of another verb («X a relevé que
    l'enquête du comité a commencé»: the committee inquires) nor one deeper in what was said."""
    verb, head = r.doc[s.start : s.end].root, r.doc[t.start : t.end].root
    if head.pos_ in ("VERB", "AUX"):
        return all(c.pos_ == "PRON" for c in head.children if c.dep_ in _SUBJ)
    if any(c.dep_ in _SUBJ and head in c.subtree for c in verb.children):
        return True  # «Le documentaire de X, réalisé après neuf mois d'enquête, précise»: X inquired
    while head.dep_ == "nmod" and head.head.pos_ in _NOUNS:
        head = head.head  # «a annoncé l'ouverture d'une enquête»
    return head.head.i == verb.i and head.dep_ not in _SUBJ
