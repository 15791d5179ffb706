"""Who an unnamed English actor is supposed to be: "gunmen suspected to be Boko Haram members".

A noun that names nobody ("gunmen", "attackers", "militants") is identified by a verb of supposition
(``supposition`` cue lemmas: suspected, believed, thought, presumed, said, reported, alleged, claimed)
joined to it, either as a participle describing it ("abducted by gunmen suspected to be Boko Haram
insurgents", "men believed to be members of al-Shabaab") or as the verb it is the subject of, which the
parser makes the main verb ("Gunmen suspected to be Boko Haram members abducted seven women": the parser
takes "suspected" for the root and "abducted" for its complement or conjunct). The complement of "to be"
("to be Boko Haram members") or of "of being" ("suspected of being ISIS fighters") then stands for the
noun in :func:`newsgraph.extract.events.deps.phrase_mentions`. Only this identification is read:
"gunmen who attacked Boko Haram" says nothing of who the gunmen are.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.events.lexicons import load_cues

__all__ = ["supposed_identity", "supposed_subject"]


def _supposes(verb: Token) -> bool:
    """Whether ``verb`` is the participle of a verb of supposition ("suspected", "believed"): its lemma is a
    ``supposition`` cue word."""
    return verb.tag_ == "VBN" and verb.lemma_ in load_cues("en").get("supposition", frozenset())


def _complement(verb: Token) -> Token | None:
    """The predicate noun of ``verb``'s "to be" ("suspected to be X") or "of being" ("suspected of
    being X")."""
    for c in verb.children:
        if c.dep_ == "xcomp" and c.lemma_ == "be":
            return next((a for a in c.children if a.dep_ == "attr"), None)
        if c.dep_ == "prep" and c.lower_ == "of":
            for p in c.children:
                if p.dep_ == "pcomp" and p.lemma_ == "be":
                    return next((a for a in p.children if a.dep_ == "attr"), None)
    return None


def supposed_identity(noun: Token) -> Token | None:
    """The noun phrase a verb of supposition identifies ``noun`` with, or None (see the module docstring)."""
    verbs = [c for c in noun.children if c.dep_ == "acl" and _supposes(c)]
    if noun.dep_ in ("nsubj", "nsubjpass") and _supposes(noun.head):
        verbs.append(noun.head)  # "Gunmen suspected to be X abducted": the parser's root
    for verb in verbs:
        found = _complement(verb)
        if found is not None:
            return found
    return None


def supposed_subject(verb: Token) -> Token | None:
    """The subject of the verb of supposition the parser made ``verb``'s head ("Gunmen suspected to be X
    abducted ...": "abducted" hangs on "suspected" as a complement), when ``verb`` has none of its own."""
    head = verb.head
    if verb.dep_ not in ("ccomp", "conj") or not _supposes(head):
        return None
    if _complement(head) is None:
        return None
    return next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
