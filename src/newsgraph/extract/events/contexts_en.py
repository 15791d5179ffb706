"""Whether the cue word before an English mention really governs it, as the parse tells.

:meth:`newsgraph.extract.events.clauses._Reader.context` reads a mention's role from the cue words just
before it ("on", "against", "with", "by"), a window that serves Arabic without a parse. In an English parse
the preposition governs its own object only: in "detained on what Bekele described as ...", "on" governs
"what", and Bekele is the subject of "described", no target of the detention. :func:`stray_context` says so
when the mention's phrase is not the object of a preposition (nor joined to one: "attacks on X and Y").
"""

from __future__ import annotations

from newsgraph.extract.events.clauses import _Reader
from newsgraph.extract.events.frames import _M

__all__ = ["stray_context"]

#: dependencies that join a name to the phrase a preposition governs ("on X and Y", "on the city of X")
_JOINED = frozenset({"conj", "appos", "compound", "poss", "nmod", "amod"})


def stray_context(r: _Reader, m: _M) -> bool:
    """Whether, in an English parse, mention ``m`` is no object of a preposition, so that a cue word read
    before it governs something else (see the module docstring)."""
    if not r.parsed or r.lang != "en":
        return False
    tok, seen = r.doc[m.start : m.end].root, 0
    while tok.dep_ in _JOINED and tok.head.i != tok.i and seen < 4:
        tok, seen = tok.head, seen + 1
    return tok.dep_ in ("nsubj", "nsubjpass", "dobj", "ROOT", "ccomp", "xcomp", "advcl", "relcl")
