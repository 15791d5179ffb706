"""The noun phrase around an English title, for the name before it ("Ann Lee, the current prime minister,")
and for words that show a title word is no title ("the head chef", "the Queen suspended parliament").

Words are data: ``title_adjective`` lines of ``data/en_rules.tsv`` ("current", "new") may stand between
"the" and a title of an apposition.

Examples:
    >>> import spacy
    >>> doc = spacy.blank("en")("Ann Lee, the current prime minister, spoke")
    >>> phrase_start(doc, 5)
    3
    >>> doc = spacy.blank("en")("Ann Lee, the city's mayor, spoke")
    >>> past_owner(doc, 4)
    2
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Span

from newsgraph.extract.en_rules import en_words
from newsgraph.extract.lexicon import org_heads

__all__ = ["bare_title_names", "person_like", "noun_after", "past_owner", "phrase_start", "verb_after"]

_ARTICLES = ("the", "a", "an")
_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
_NOUN_TAGS = frozenset({"NN", "NNS"})


def phrase_start(doc: Doc, t0: int) -> int:
    """The first token of the phrase a title at ``t0`` heads: past "current", "new"... and an article."""
    start = t0
    while start > 0 and doc[start - 1].lower_ in en_words("title_adjective"):
        start -= 1
    if start > 0 and doc[start - 1].lower_ in _ARTICLES:
        start -= 1
    return start


def past_owner(doc: Doc, b: int) -> int:
    """Before a lower-case owner at ``b`` that "the" opens ("the city's mayor", "the party's leader"): the
    token before "the"; else ``b``."""
    if b >= 1 and doc[b].is_lower and doc[b].is_alpha and doc[b - 1].lower_ == "the" \
            and (not doc.has_annotation("TAG") or doc[b].tag_ in _NOUN_TAGS):
        return b - 2
    return b


def verb_after(doc: Doc, k: int) -> bool:
    """A finite verb at ``k``, right after a title's material: the titled phrase is a clause's subject ("X,
    the Queen suspended parliament"), no apposition of the name before it."""
    return 0 <= k < len(doc) and doc[k].tag_ in _VERB_TAGS


def noun_after(doc: Doc, k: int, title_words: frozenset[str]) -> bool:
    """A lower-case common noun, no title word, right after a lower-case title's last word at ``k - 1``: the
    title word qualifies it ("the head chef", "the general manager", "an official statement")."""
    if k >= len(doc) or k < 1 or not doc[k - 1].is_lower:
        return False
    tok = doc[k]
    return tok.is_lower and tok.tag_ in _NOUN_TAGS and tok.lower_ not in title_words


def bare_title_names(doc: Doc, t0: int, name: tuple[int, int], person: bool) -> bool:
    """A lower-case title with no country or organization before it at ``t0`` introduces ``name``: a
    statistical PERSON name (``person``) of two words or more, and no common noun or adjective before
    the title ("former president Barack Obama", "said mayor John Tory"; not "film director Ann Lee"), whose
    last word is no ``craft_title`` of ``data/en_rules.tsv`` ("by director Ann Lee": a film's)."""
    if not person or name[1] - name[0] < 2 or doc[name[0] - 1].lower_ in en_words("craft_title"):
        return False
    before = doc[t0 - 1] if t0 > 0 else None
    if before is None:
        return True
    noun = before.tag_ in _NOUN_TAGS | {"JJ"} or before.is_lower and before.tag_ == "NNP"
    return not noun and not (before.is_sent_start and before.is_alpha)  # "Team leader Ann Lee"


def person_like(span: Span) -> bool:
    """A statistical ORGANIZATION or PLACE span the knowledge base does not know that reads as a person's
    name (two to four capitalised words, no organization head such as "Party" or "Council"): where a title
    introduces it ("the current president of Namibia, Ann Lee,"), the model mislabelled a person."""
    if span.label_ not in ("ORGANIZATION", "PLACE") or span.kb_id_ or not 2 <= len(span) <= 4:
        return False
    heads = _name_heads()
    return all(t.is_alpha and t.text[:1].isupper() and t.lower_ not in heads for t in span)


@cache
def _name_heads() -> frozenset[str]:
    """Organization heads and facility words ("Santa Barbara County"), built once, not per span."""
    return org_heads("en") | en_words("facility")
