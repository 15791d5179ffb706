"""Whose thing a possessive pronoun names, which is not that owner acting (English).

"killed by his dogs", "her supporters marched": the pronoun's person owns what the phrase names, the
dogs and the supporters act, not the person; so a possessive pronoun stands for its phrase only on a
body that acts for its owner ("its forces", "their government": ``org_heads_en.txt``, or the
``acting_for`` cue words: "his troops", "its officials"). Names keep standing for their phrase
("Iran's forces", "Trump's lawyers"): :func:`owned_only` is about pronouns only.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.events.lexicons import load_cues
from newsgraph.extract.lexicon import org_heads
from newsgraph.text import normalize_token

__all__ = ["owned_only"]


def owned_only(head: Token, child: Token) -> bool:
    """Whether ``child`` is a possessive pronoun on the common noun ``head`` that names no body acting
    for its owner ("his dogs", not "its forces")."""
    if head.doc.lang_ != "en" or child.dep_ != "poss" or child.pos_ != "PRON" or head.pos_ != "NOUN":
        return False
    word = normalize_token(head.lower_)
    return word not in org_heads("en") and head.lower_ not in load_cues("en").get("acting_for", frozenset())
