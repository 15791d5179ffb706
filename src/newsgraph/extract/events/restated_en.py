"""English killings told again in what a source says: one happening, not one more.

News reports an attack, then quotes its sources on it: "He said the attackers killed 15 soldiers", "al
Shabaab said 21 were killed", "“We killed 27 soldiers and took the base,” the spokesman said". A killing
or abduction verb (``restated`` cue lemmas) in a clause a reporting verb governs, or inside a quotation,
that names no place or time of its own, is the story's attack told again by a source (with its own toll),
so it joins the latest earlier attack of its family as an anaphor would (``merge._merge_target``). One
told with its own place or time ("killed three people in Kabul last week") stays its own happening.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.en_rules import en_words
from newsgraph.extract.events.clauses import _Reader
from newsgraph.extract.events.frames import _Raw
from newsgraph.extract.events.lexicons import load_cues

__all__ = ["restated"]

#: Dependencies through which a clause hangs on the verb that reports it.
_UP = frozenset({"ccomp", "conj", "xcomp", "advcl", "parataxis"})


def _quoted(verb: Token) -> bool:
    """Whether ``verb`` lies inside a quotation opened earlier in its paragraph and not closed before it."""
    text = verb.doc.text
    before = text[text.rfind("\n", 0, verb.idx) + 1 : verb.idx]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _reported(verb: Token, report: frozenset[str]) -> bool:
    """Whether ``verb`` lies in a clause a reporting verb governs ("he said the attackers killed")."""
    tok = verb
    while tok.dep_ in _UP and tok.head.i != tok.i:  # spaCy makes a new Token per access: compare indices
        tok = tok.head
        if tok.lemma_.lower() in report:
            return True
    # "..., the spokesman said": the parser may take the reporting verb for a clause of the quote
    return any(c.dep_ in ("parataxis", "ccomp") and c.lemma_.lower() in report for c in tok.children)


def restated(r: _Reader, raw: _Raw) -> bool:
    """Whether ``raw`` is the story's killing told again by a source (module doc)."""
    if r.lang != "en" or not r.parsed or raw.trig.kind != "V" or raw.trig.type not in ("Attack", "Bombing"):
        return False
    verb = r.doc[raw.trig.start]
    if verb.lemma_.lower() not in load_cues("en").get("restated", frozenset()):
        return False
    if raw.location is not None or raw.date is not None or raw.places:
        return False
    return _quoted(verb) or _reported(verb, en_words("report"))
