"""Who meets in the clause after an Arabic visit: «زار الوزير X دمشق، حيث التقى الرئيس Y», «وصل X إلى
القاهرة والتقى بمسؤولين». A meeting verb that opens a clause joined to a visit told before it in its sentence
(by «حيث» or «و», no «فيما»/«بينما» clause of another happening between) leaves out its subject: the visitor
it goes on with. So the visitor — the visit's agent — is a participant of the meeting.
"""

from __future__ import annotations

from newsgraph.extract.events.clauses import _Reader
from newsgraph.extract.events.frames import _Raw

__all__ = ["visitor_meets"]

#: Event types a visitor takes part in when the clause after his visit tells them
_MET = frozenset({"Meeting", "Negotiation"})


def visitor_meets(r: _Reader, final: list[_Raw]) -> None:
    """Give each meeting verb in a «حيث»/«و» clause after a visit of its sentence the visitor (module doc)."""
    if r.lang != "ar":
        return
    for f in final:
        if f.trig.type not in _MET or f.trig.kind != "V" or not _opens_joined_clause(r, f.trig.start):
            continue
        si = r.sent_of[f.trig.start]
        visits = [g for g in final if g.trig.type == "Visit" and r.sent_of[g.trig.start] == si
                  and g.trig.end <= f.trig.start and g.roles.get("agent")]
        if not visits:
            continue
        g = visits[-1]
        if any("parallel" in r.cues[i] for i in range(g.trig.end, f.trig.start)):
            continue  # «زار X بغداد، فيما التقى Y»: another happening
        for ref in g.strongest("agent"):  # the visitor, not a country a weaker reading gave
            f.add("participant", ref, 1.5)


def _opens_joined_clause(r: _Reader, start: int) -> bool:
    """Whether the verb at ``start`` opens its clause, right after «حيث» or «و» (glued or not)."""
    own = r.clause_of[start]
    if start > 0 and r.clause_of[start - 1] == own:
        prev = r.doc[start - 1]
        return ("where" in r.cues[start - 1] or prev.norm_ == "و") and (
            start < 2 or r.clause_of[start - 2] != own or r.doc[start - 2].is_punct)
    return r.doc[start].norm_.startswith("و")  # «، والتقى»: «و» glued to the verb
