"""Posts in a party, a movement or an armed group as memberships (``memberOf``).

Whoever holds a post in such a group is one of its members: "Hassan Nasrallah, the leader of Hezbollah",
"Ann Lee, a senior leader of the Free Party", «عضو المكتب السياسي لحركة حماس فتحي حماد», «le
porte-parole du Parti socialiste, Ann Lee». The posts are the positions the officials rules found; this
module only decides which of them are memberships:

- the post is stated with its organization (not guessed from the sentence) and held now (not "former");
- the organization is one the article names, and is a group with members: a knowledge-base kind of
  ``data/membership_groups.tsv`` (party, armed group), or, unknown to the knowledge base, a name with a
  party word ("party", «حزب», «حركة», «parti»). The head of an intergovernmental body, a ministry or an
  army is its staff, not a member ("NATO Secretary General", "IDF spokesman");
- the post is not a spokesman's: the gold standard has a spokesman speak for a group, not belong to it.

Examples:
    >>> from newsgraph.types import Mention, Position
    >>> ms = [Mention(0, 7, "Ann Lee", "PERSON", "person/al", 0),
    ...       Mention(29, 39, "Free Party", "ORGANIZATION", "org/free-party", 0)]
    >>> ps = [Position("person/al", "senior leader", "org/free-party", "en", 0)]
    >>> position_memberships(ps, ms)
    [Relation(subject='person/al', predicate='memberOf', object='org/free-party', sentence=0)]
    >>> position_memberships([Position("person/al", "leader", "org/free-party", "en", 0, status="former")],
    ...                      ms)
    []
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence

from newsgraph.extract.lexicon import rows
from newsgraph.kb import load_kb
from newsgraph.text import normalize_token
from newsgraph.types import Mention, Position, Relation

__all__ = ["group_test", "position_memberships", "post_memberships"]

#: A lower-case noun right after an organization's name, past a closing bracket: "(PTI) party".
_NOUN_AFTER = re.compile(r"\)?[ \t]+([a-z]+)\b")


@functools.cache
def _groups() -> tuple[frozenset[str], frozenset[str]]:
    """(knowledge-base ids of groups with members, ids of all knowledge-base organizations)."""
    kinds = {value for kind, value in rows("membership_groups.tsv") if kind == "kb_kind"}
    kb = load_kb()
    orgs = [eid for eid, e in kb.entities.items() if e.type == "ORGANIZATION"]
    return frozenset(eid for eid in orgs if kb.kind(eid) in kinds), frozenset(orgs)


@functools.cache
def _words(kind: str) -> frozenset[str]:
    """The normalised ``word`` (party words), ``after`` (party nouns after a name) or ``speaker`` (spokesman
    words) rows."""
    return frozenset(normalize_token(value) for row_kind, value in rows("membership_groups.tsv")
                     if row_kind == kind)  # fmt: skip


def _word_keys(text: str) -> set[str]:
    """The normalised words of a name, a glued «و»/«ل»/«ب» or the article «ال» taken off: «لحركة» → «حركة»."""
    out = set()
    for word in text.replace("-", " ").split():
        key = normalize_token(word.lower())
        out.add(key)
        for prefix in ("ل", "و", "ب", "ال", "لل", "وال"):
            if key.startswith(prefix) and len(key) - len(prefix) >= 3:
                out.add(key[len(prefix) :])
    return out


def _is_group(entity_id: str, names: dict[str, set[str]]) -> bool:
    """Whether an organization the article names is a group with members (a party, an armed group)."""
    members, known = _groups()
    return entity_id in members or entity_id not in known and any(
        _words("word") & _word_keys(n) for n in names.get(entity_id, ()))


def group_test(mentions: Sequence[Mention], text: str) -> Callable[[str], bool]:
    """Whether an organization of ``mentions`` is a group with members (a party, a movement, an armed group),
    by the knowledge base or by a party word in one of its names in ``text``; its names are read once.

    Examples:
        >>> from newsgraph.types import Mention
        >>> party = Mention(4, 14, "Free Party", "ORGANIZATION", "org/fp", 0)
        >>> group_test([party], "The Free Party")("org/fp")
        True
    """
    names = _org_names(mentions, text)
    return lambda entity_id: _is_group(entity_id, names)


def _org_names(mentions: Sequence[Mention], text: str) -> dict[str, set[str]]:
    """The names of each organization the article names, with the noun written right after one of them
    ("the PTI party": an acronym the knowledge base does not know is a party where the article says so)."""
    names: dict[str, set[str]] = {}
    for m in mentions:
        if m.label == "ORGANIZATION" and m.entity_id:
            names.setdefault(m.entity_id, set()).add(m.text)
            noun = _NOUN_AFTER.match(text, m.end)
            if noun is not None and noun.group(1) in _words("after"):
                names[m.entity_id].add(noun.group(1))
    return names


def position_memberships(
    positions: Sequence[Position], mentions: Sequence[Mention], text: str = ""
) -> list[Relation]:
    """``memberOf`` relations from the posts people hold in parties, movements and armed groups.

    ``text`` (the article the mentions point into) lets an acronym the knowledge base does not know be
    called a party where the article does: "the PTI party", "its Tehrik-e Insaf (PTI) party".
    """
    speakers = _words("speaker")
    names = _org_names(mentions, text)
    out: dict[tuple[str, str], Relation] = {}
    for p in positions:
        if p.of is None or p.inferred or p.status == "former" or p.of not in names or p.person == p.of \
                or speakers & _word_keys(p.title):  # fmt: skip
            continue
        if _is_group(p.of, names):
            out.setdefault((p.person, p.of), Relation(p.person, "memberOf", p.of, p.sentence))
    return list(out.values())


#: An acronym in brackets after a group's name: "the Free Party (FP)".
_ACRONYM = r"[ \t]*(?:\([A-Z][A-Za-z-]{0,9}\))?"
#: Words (post words, to be checked) between a group's name and the name after it.
_WORDS_THEN_NAME = r"((?:[ \t]+[A-Za-z-]+)+)[ \t]+$"


@functools.cache
def _post_words() -> tuple[frozenset[str], frozenset[str]]:
    """(head words, all post words) of ``data/membership_groups.tsv``, as written there."""
    heads = frozenset(v for k, v in rows("membership_groups.tsv") if k == "head")
    return heads, heads | frozenset(v for k, v in rows("membership_groups.tsv") if k == "post")


def _is_post(words: list[str]) -> bool:
    """Only post words, a head word among them: "joint secretary general", "senior leader"."""
    heads, posts = _post_words()
    lowered = [w.lower() for w in words]
    return bool(lowered) and all(w in posts for w in lowered) and any(w in heads for w in lowered)


def post_memberships(text: str, lang: str, mentions: Sequence[Mention]) -> list[Relation]:
    """``memberOf`` relations from a post in a group written next to its holder's name (English):

    - the group, post words, the name: "BNP joint secretary general Ann Lee", "Free Party leader Ann Lee";
    - post words, "of" the group (an acronym in brackets), the name: "Vice-Chairman of the Free Party (FP)
      Ann Lee".

    Examples:
        >>> text = "Free Party joint secretary general Ann Lee spoke."
        >>> ms = [Mention(0, 10, "Free Party", "ORGANIZATION", "org/fp", 0),
        ...       Mention(35, 42, "Ann Lee", "PERSON", "person/al", 0)]
        >>> post_memberships(text, "en", ms)
        [Relation(subject='person/al', predicate='memberOf', object='org/fp', sentence=0)]
        >>> post_memberships("Free Party senior Ann Lee", "en",
        ...                  [ms[0], Mention(18, 25, "Ann Lee", "PERSON", "person/al", 0)])
        []
    """
    if lang != "en":
        return []
    names = _org_names(mentions, text)
    # every name of a group, as written in the article: a name the NER left unmarked in one place is found
    groups = {m.text: m.entity_id for m in mentions if m.label == "ORGANIZATION" and m.entity_id
              and len(m.text) > 1 and _is_group(m.entity_id, names)}  # fmt: skip
    patterns = [(re.compile(r"(?<![\w-])" + re.escape(name) + _ACRONYM + _WORDS_THEN_NAME),
                 re.compile(r"((?:[A-Za-z-]+[ \t]+)+)of(?:[ \t]+the)?[ \t]+" + re.escape(name) + _ACRONYM
                            + r"[ \t]+$"), group) for name, group in groups.items()]  # fmt: skip
    out: dict[tuple[str, str], Relation] = {}
    for person in mentions:
        if person.label != "PERSON" or not person.entity_id:
            continue
        lo = max(0, person.start - 120)
        for after, of, group in patterns:
            post = after.search(text, lo, person.start)
            stated = post is not None and _is_post(post.group(1).split())
            if not stated:  # "Vice-Chairman of the Free Party (FP) Ann Lee"
                head = of.search(text, lo, person.start)
                stated = head is not None and _is_post(head.group(1).split()[-4:]) \
                    and _opens(text, head.start(1) + len(" ".join(head.group(1).split()[:-4])))  # fmt: skip
            if stated:
                key = (person.entity_id, group)
                out.setdefault(key, Relation(key[0], "memberOf", key[1], person.sentence))
    return list(out.values())


def _opens(text: str, at: int) -> bool:
    """Whether the post words begin a clause: at the start of the text, or after punctuation or a lower-case
    word ("said Vice-Chairman of ..."), not inside a longer capitalised name."""
    prev = re.search(r"(\S+)[ \t]*$", text[max(0, at - 40) : at])
    return prev is None or not prev.group(1)[:1].isupper() or prev.group(1) in ("The", "A", "An")
