"""Where an Arabic event happened, read from the words around a place name (no parser).

* **Construct site.** «القبض على شاب في كورنيش جدة», «انفجار في سوق بغداد»: «في»/«قرب» (a ``location``
  cue), then one bare noun in construct with a place name (a site of the place: its seafront, market,
  port), place the event at that place. Only one indefinite word, no cue word of its own (not «في
  مواجهة X», not a definite noun: «في الحرب السورية»), in the clause of the cue.
"""

from __future__ import annotations

from newsgraph.extract.events.clauses import _Reader
from newsgraph.extract.events.frames import _M

__all__ = ["construct_site"]


def construct_site(r: _Reader, m: _M) -> bool:
    """Whether place mention ``m`` follows a ``location`` cue and one bare noun in construct with it
    («في كورنيش جدة»): where its clause's event happened (module doc)."""
    noun, cue = m.start - 1, m.start - 2
    if r.lang != "ar" or m.label != "PLACE" or cue < 0 or noun in r.mention_at or cue in r.mention_at:
        return False
    tok = r.doc[noun]
    if r.glued.get(m.start) or not tok.is_alpha or tok.norm_.startswith("ال") or r.cues[noun] \
            or r.clause_of[cue] != r.clause_of[m.start] or noun in r.times:
        return False
    return "location" in r.cues[cue] and r.doc[cue].norm_ not in ("ب",)
