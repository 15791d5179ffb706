"""The roles of an Arabic verb trigger that opens a relative clause (no parser).

«طيران التحالف الذي شن غارات», «الاعتداء الذي استهدف مسجدا», «أبو خالد الذي اغتاله تنظيم داعش»: the verb
right after a relative pronoun (``relative`` cue, past «قد») has the noun the pronoun describes (its
antecedent) as one of its parties, never a name told earlier in the sentence.

* **Subject antecedent.** With no object pronoun on the verb, the antecedent is its subject: a group or a
  country that ends right before the pronoun (past one definite adjective) takes the frame's subject role;
  the actor right after the verb is its object. An antecedent that names no actor («الاعتداء الذي استهدف»)
  still is the subject: no actor before it in the sentence is the doer (an actor after the verb is left
  to the other readings: «التي تبرعت شركة X بإنشائها», its pronoun comes later). A person is left out: without
  vowels the verb after him is as often passive («الشاب الذي اعتقل أمس», «قلادة الملك X التي تمنح»: the
  name ends a construct whose head the pronoun describes).
* **Object antecedent.** A verb ending in an object pronoun («اغتاله», «استهدفها», «نفذوه»), or followed by
  a preposition with one («سيطرت عليه»), refers back to the antecedent: it takes the antecedent as its
  object, and its subject follows the verb («الذي اغتاله تنظيم داعش», «الذي سيطرت عليه المقاومة»).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from newsgraph.extract.events.clauses import _actor_after, _Reader
from newsgraph.extract.events.frames import _M, _Raw
from newsgraph.extract.events.frames import ACTORS as _ACTORS
from newsgraph.extract.events.lexicons import EventTypeInfo, TriggerMatch

__all__ = ["Relative", "relative_of", "relative_roles"]

#: Words that may stand between a relative pronoun and its verb («الذي قد استهدف»).
_BETWEEN = frozenset({"قد", "لقد"})
#: Object pronouns a verb may end in, referring back to the antecedent («اغتاله», «استهدفتهم»).
_OBJECT_PRONOUNS = ("هما", "هم", "ها", "ه")
#: Cue classes of prepositions with a pronoun that refer back to the antecedent («سيطر عليه X»).
_RESUMPTIVE = frozenset({"resumptive", "resumptive_in", "resumptive_of"})
#: Verb stems shorter than this are read as bare verbs (no pronoun split off).
_MIN_STEM = 3


class Relative(NamedTuple):
    """A verb trigger in a relative clause: its antecedent actor (None when the noun names none) and
    whether an object pronoun on the verb refers back to it."""

    antecedent: _M | None
    pronoun: bool


def _object_pronoun(word: str) -> bool:
    return any(word.endswith(p) and len(word) - len(p) >= _MIN_STEM for p in _OBJECT_PRONOUNS)


def relative_of(r: _Reader, t: TriggerMatch) -> Relative | None:
    """The relative clause verb trigger ``t`` opens, if it does (module doc); None otherwise."""
    if r.lang != "ar" or t.kind != "V":
        return None
    i = t.start - 1
    while i >= 0 and r.doc[i].norm_ in _BETWEEN:
        i -= 1
    if i < 0 or "relative" not in r.cues[i]:
        return None
    ends = {i}
    if i > 0 and i - 1 not in r.mention_at and r.doc[i - 1].norm_.startswith("ال"):
        ends.add(i - 1)  # «أبو خالد السوري الذي»: past one definite adjective
    head = next((m for m in r.in_sent(r.sent_of[t.start]) if m.end in ends
                 and m.label in _ACTORS and m.payload != "adj"), None)  # fmt: skip
    back = t.end < len(r.doc) and not r.cues[t.end].isdisjoint(_RESUMPTIVE)  # «الذي سيطرت عليه المقاومة»
    return Relative(head, back or any(_object_pronoun(r.doc[k].text) or not r.cues[k].isdisjoint(_RESUMPTIVE)
                                      for k in range(t.start, t.end)))


def relative_roles(r: _Reader, t: TriggerMatch, info: EventTypeInfo, raw: _Raw, rel: Relative,
                   free: Sequence[_M]) -> bool:
    """Fill the subject and object of a relative clause's verb (module doc); False when the clause shape
    says neither (a person or no actor before the pronoun, no pronoun after the verb)."""
    reach = 3 if rel.pronoun else 1  # a bare verb's object follows it: «الذي استهدف مسجدا»
    after = [m for m in _actor_after(r, t.end, free, reach=reach, person_reach=reach)
             if rel.antecedent is None or m.ref != rel.antecedent.ref][:1]  # fmt: skip
    if rel.pronoun:
        if rel.antecedent is not None and info.object != info.subject:
            raw.add(info.object, rel.antecedent.ref, 2.0)
        for m in after:
            raw.add(info.subject, m.ref, 3.0)
        return True
    # a person, or a noun that names nobody: the verb may be passive, or its pronoun come later
    # («التي تبرعت شركة X بإنشائها»: X gave), so the name after it is left to the other readings
    if rel.antecedent is None or rel.antecedent.label == "PERSON":
        return False
    raw.add(info.subject, rel.antecedent.ref, 3.0)
    for m in after:
        raw.add(info.object, m.ref, 2.0)
    return True
