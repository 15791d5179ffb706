"""An English title said of a person by a verb: "X was mayor of Denver", "X served as the US ambassador to
the United Nations", "X, who is the secretary of state", "X became leader of the party and prime minister".

The dependency parse links the title to its holder: the title is the complement of "be"/"become" (``attr``,
``oprd``), or the object of "as" after a ``predicate_verb`` of ``data/en_rules.tsv`` ("serve", "act"); the
holder is that verb's subject (through "who" to the name right before it or the one a relative clause
qualifies, and through an apposition: "X, a politician who served as President"), when a PERSON
mention covers it; after a ``choose_verb`` ("appoint", "elect") the holder is the object, or the
passive's subject ("Y was appointed as secretary"), not the one who chose. A title coordinated with another
("mayor of Denver and governor of Colorado") has the same holder. A ``craft_title`` ("X is the director of
the film") names no office here.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.en_rules import en_words
from newsgraph.extract.officials.base import Context

__all__ = ["predicate_holder"]

_SUBJECTS = ("nsubj", "nsubjpass")
_COPULAS = frozenset({"be", "become", "remain"})


def _verb(root: Token) -> Token | None:
    """The verb whose complement the title's head ``root`` is, or None."""
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head  # "mayor of Denver and governor of Colorado": the first conjunct's verb
    head, verbs = root.head, _COPULAS | en_words("predicate_verb")
    if root.dep_ in ("attr", "oprd") and head.lemma_ in verbs:
        return head
    if root.dep_ == "pobj" and head.lower_ == "as" and head.head.lemma_ in verbs:
        return head.head
    return None


def predicate_holder(ctx: Context, t0: int, t1: int) -> tuple[int, int] | None:
    """The PERSON mention a verb gives the title ``t0:t1`` to (see the module docstring), or None."""
    doc = ctx.doc
    if not doc.has_annotation("DEP") or doc[t1 - 1].lower_ in en_words("craft_title"):
        return None
    verb = _verb(doc[t0:t1].root)
    if verb is None:
        return None
    # "X appointed Y as secretary": Y, the object of a verb of choosing (passive: its subject)
    chosen = verb.lemma_ in en_words("choose_verb")
    deps = ("dobj", "nsubjpass") if chosen else _SUBJECTS
    subj = next((c for c in verb.children if c.dep_ in deps), None)
    if subj is not None and subj.tag_ == "WP":  # "X, who is the secretary of state"
        before = subj.i - 2 if subj.i >= 2 and doc[subj.i - 1].text == "," else subj.i - 1
        person = ctx.covered.get(before)
        subj = doc[before] if person is not None and person.label_ == "PERSON" \
            else verb.head if verb.dep_ == "relcl" else None
    if subj is not None and subj.dep_ == "appos" and subj.i not in ctx.covered:
        subj = subj.head  # "X, a career politician who served as President"
    sp = ctx.covered.get(subj.i) if subj is not None else None
    if sp is None or sp.label_ != "PERSON" or sp.start > t0:
        return None
    return sp.start, sp.end
