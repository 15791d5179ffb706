"""Membership facts (``memberOf``) between organizations, countries and persons.

Three shapes, each driven by cue words in ``data/relations_membership.tsv``:

- *container, then a list*: «يضم التحالف 84 عضواً … منها حلف شمال الأطلسي
  والشرطة الدولية», "The alliance includes 30 members, including France and
  Italy": every organization or country after the list cue is a member of the
  organization that follows the container cue;
- *member, cue, container*: «المغرب عضو في الاتحاد الأفريقي», "Morocco joined
  the African Union";
- nothing crosses a sentence boundary.

The input is plain mentions with character offsets, so this runs the same for
every language that has cue words.

Examples:
    >>> from newsgraph.types import Mention
    >>> text = "Morocco joined the African Union."
    >>> ms = [Mention(0, 7, "Morocco", "COUNTRY", "country/MA", 0),
    ...       Mention(19, 32, "African Union", "ORGANIZATION", "org/au", 0)]
    >>> find_memberships(text, "en", ms, [(0, len(text))])
    [Relation(subject='country/MA', predicate='memberOf', object='org/au', sentence=0)]
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence
from importlib import resources

from newsgraph.extract.normalize import normalize_key
from newsgraph.types import Mention, Relation

__all__ = ["find_memberships", "membership_cues"]

_MEMBER_LABELS = ("ORGANIZATION", "COUNTRY")
_PROCLITIC = re.compile(r"^(?:و|ف|ب|ل|ك|وب|ول|فب|فل)(?=ال)")


@functools.lru_cache(maxsize=8)
def membership_cues(lang: str) -> dict[str, tuple[str, ...]]:
    """Cue phrases by kind (``contains``, ``list``, ``member``), normalised."""
    out: dict[str, list[str]] = {"contains": [], "list": [], "member": []}
    text = (
        resources.files("newsgraph.extract").joinpath("data", "relations_membership.tsv").read_text("utf-8")
    )
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cue_lang, kind, cue = line.split("\t")
        if cue_lang == lang:
            out[kind].append(normalize_key(cue))
    return {k: tuple(v) for k, v in out.items()}


def _words(text: str) -> list[tuple[int, int, str]]:
    """(start, end, normalised word) for each word, proclitics before ال removed."""
    return [
        (m.start(), m.end(), _PROCLITIC.sub("", normalize_key(m.group()))) for m in re.finditer(r"\w+", text)
    ]


def _find(words: list[tuple[int, int, str]], cue: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Character (start, end) of each occurrence of the cue words within [lo, hi)."""
    parts = cue.split()
    found = []
    first_i = bisect.bisect_left(words, (lo,))
    last_i = bisect.bisect_left(words, (hi,))
    for i in range(first_i, last_i - len(parts) + 1):
        window = [w for _, _, w in words[i : i + len(parts)]]
        first = window[0]
        if first[:1] in ("و", "ف") and len(first) > 3 and first[1:] == parts[0]:
            window[0] = first[1:]  # a conjunction glued to a verb: «ويضم»
        if window == parts:
            found.append((words[i][0], words[i + len(parts) - 1][1]))
    return found


def _container(inside: Sequence[Mention], cue_start: int, cue_end: int, lang: str) -> Mention | None:
    """The organization next to a "contains" cue: after it in Arabic (verb first), else before."""
    after = [m for m in inside if m.label == "ORGANIZATION" and 0 <= m.start - cue_end <= 40]
    before = [m for m in inside if m.label == "ORGANIZATION" and 0 <= cue_start - m.end <= 40]
    first, second = (after[:1], before[-1:]) if lang == "ar" else (before[-1:], after[:1])
    found = first or second
    return found[0] if found else None


def find_memberships(
    text: str, lang: str, mentions: Sequence[Mention], sentences: Sequence[tuple[int, int]]
) -> list[Relation]:
    """``memberOf`` relations stated in ``text``.

    Args:
        text: the article text the offsets point into.
        lang: its language (selects the cue words).
        mentions: linked mentions (entity ids set) with character offsets.
        sentences: (start, end) offsets of the sentences.
    """
    cues = membership_cues(lang)
    words = _words(text)
    found: dict[tuple[str, str], Relation] = {}

    def add(member: Mention, container: Mention, sentence: int) -> None:
        if member.entity_id and container.entity_id and member.entity_id != container.entity_id:
            key = (member.entity_id, container.entity_id)
            found.setdefault(key, Relation(member.entity_id, "memberOf", container.entity_id, sentence))

    for index, (s_start, s_end) in enumerate(sentences):
        inside = [m for m in mentions if s_start <= m.start and m.end <= s_end and m.entity_id]
        # Container, then a list of members.
        for cue in cues["contains"]:
            for cue_start, cue_end in _find(words, cue, s_start, s_end):
                container = _container(inside, cue_start, cue_end, lang)
                if container is None:
                    continue
                lists = [e for c in cues["list"] for _, e in _find(words, c, container.end, s_end)]
                if not lists:
                    continue
                start_list = min(lists)
                for m in inside:
                    if m.start >= start_list and m.label in _MEMBER_LABELS:
                        add(m, container, index)
        # Member, cue, container.
        for cue in cues["member"]:
            for cue_start, cue_end in _find(words, cue, s_start, s_end):
                before = [m for m in inside if m.end <= cue_start and m.label in (*_MEMBER_LABELS, "PERSON")]
                after = [m for m in inside if m.start >= cue_end and m.label == "ORGANIZATION"]
                if before and after and cue_start - before[-1].end <= 30 and after[0].start - cue_end <= 30:
                    add(before[-1], after[0], index)
    return list(found.values())
