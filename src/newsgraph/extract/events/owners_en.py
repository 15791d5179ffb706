"""Whose thing a possessive pronoun names, which is not that owner acting (English).

"killed by his dogs", "her supporters marched": the pronoun's person owns what the phrase names, the
dogs and the supporters act, not the person; so a possessive pronoun stands for its phrase only on a
body that acts for its owner ("its forces", "their government": ``org_heads_en.txt``, or the
``acting_for`` cue words: "his troops", "its officials"). Names keep standing for their phrase
("Iran's forces", "Trump's lawyers"): :func:`owned_only` is about pronouns only.

A name that owns a named person's title ("Pakistan's Prime Minister Imran Khan", "Russia's Vladimir
Putin") says whose official he is, and takes no part of its own in his meeting or call
(:func:`owner_of_named`; GUIDELINES: a person's country is not added to a role unless the text presents it
as a party).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.events.clauses import _Reader
from newsgraph.extract.events.frames import _M
from newsgraph.extract.events.lexicons import load_cues
from newsgraph.extract.lexicon import org_heads
from newsgraph.text import normalize_token

__all__ = ["owned_only", "owner_of_named"]


def owned_only(head: Token, child: Token) -> bool:
    """Whether ``child`` is a possessive pronoun on the common noun ``head`` that names no body acting
    for its owner ("his dogs", not "its forces")."""
    if head.doc.lang_ != "en" or child.dep_ != "poss" or child.pos_ != "PRON" or head.pos_ != "NOUN":
        return False
    word = normalize_token(head.lower_)
    return word not in org_heads("en") and head.lower_ not in load_cues("en").get("acting_for", frozenset())


def owner_of_named(r: _Reader, m: _M) -> bool:
    """Whether, in an English parse, mention ``m`` is the possessor of a named person's phrase ("Pakistan's
    Prime Minister Imran Khan": the parser hangs "Pakistan's" on the title or on the name)."""
    if not r.parsed or r.lang != "en":
        return False
    root = r.doc[m.start : m.end].root
    if root.dep_ != "poss":
        return False
    head, seen = root.head, 0
    while head.dep_ == "compound" and seen < 6:  # "Prime Minister" on "Khan"
        head, seen = head.head, seen + 1
    owned = r.mention_at.get(head.i)
    return owned is not None and owned is not m and owned.label == "PERSON"
