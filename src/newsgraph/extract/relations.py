"""Membership facts (``memberOf``) between organizations, countries and persons.

Three shapes, each driven by cue words in ``data/relations_membership.tsv``:

- *container, then a list*: «يضم التحالف 84 عضواً … منها حلف شمال الأطلسي
  والشرطة الدولية», "The alliance includes 30 members, including France and
  Italy": every organization or country after the list cue is a member of the
  organization that follows the container cue;
- *member, cue, container*: «المغرب عضو في الاتحاد الأفريقي», "Morocco joined
  the African Union", with nothing but the ``gap`` words between the member and
  the cue ("Turkey is also a member of"; not "Brazil is not a member of");
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
from bisect import bisect_right
from collections.abc import Callable, Sequence
from importlib import resources

from newsgraph.extract.relations_lists import (
    ACTOR_LABELS,
    LIST_GLUE,
    PUNCT,
    WORD,
    bracketed_members,
    bracketed_party,
    joined,
    list_after,
    listed_members,
    word_key,
)
from newsgraph.extract.relations_party import party_memberships
from newsgraph.text import normalize_key
from newsgraph.types import Mention, Relation

__all__ = ["ACTOR_LABELS", "find_memberships", "membership_cues"]

#: The cue kinds of ``data/relations_membership.tsv`` looked for in each sentence (the others qualify a hit).
_SENTENCE_KINDS = ("contains", "member", "leader", "title", "members", "joins", "membership")
#: The word right after a name, on the same line with no punctuation between.
_NEXT_WORD = re.compile(r"[ \t]*(\w+)")
#: "-led" right after a name: "the Saudi-led coalition", "US-led forces".
_LED = re.compile(r"-led\b")


@functools.lru_cache(maxsize=8)
def membership_cues(lang: str) -> dict[str, tuple[str, ...]]:
    """Cue phrases by kind (``contains``, ``list``, ``member``, ``gap``, ``part_noun``, ``leader``,
    ``title``, ``members``, ``party_noun``, ``role_noun``, ``joins``, ``to``, ``part_verb``, ``sought``,
    ``staff_noun``, ``former``, ``group_noun``, ``membership``, ``in``)."""
    kinds = ("contains", "list", "member", "gap", "part_noun", "leader", "title", "members", "party_noun",
             "role_noun", "joins", "to", "part_verb", "sought", "staff_noun", "former", "group_noun",
             "membership", "in")
    out: dict[str, list[str]] = {k: [] for k in kinds}
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


class _Words:
    """The words of a text, normalised, with where each cue word may begin a match.

    ``at[w]`` lists (in order) the words equal to ``w``, or to ``w`` behind a
    glued conjunction («ويضم» for «يضم»): only a cue's first word may carry one.
    """

    def __init__(self, text: str) -> None:
        self.words = [(m.start(), m.end(), word_key(m.group())) for m in WORD.finditer(text)]
        self.starts = [start for start, _, _ in self.words]
        self.at: dict[str, list[int]] = {}
        self._hits: dict[str, list[int]] = {}
        for i, (_, _, word) in enumerate(self.words):
            self.at.setdefault(word, []).append(i)
            if word[:1] in ("و", "ف") and len(word) > 3:
                self.at.setdefault(word[1:], []).append(i)

    def occurrences(self, cue: str) -> list[int]:
        """Index of the first word of each occurrence of the cue words in the whole text (cached)."""
        found = self._hits.get(cue)
        if found is None:
            parts = cue.split()
            n = len(parts)
            words = self.words
            found = [
                i
                for i in (self.at.get(parts[0], []) if parts else [])
                if i + n <= len(words) and all(words[i + k][2] == parts[k] for k in range(1, n))
            ]
            self._hits[cue] = found
        return found

    def find(self, cue: str, lo: int, hi: int) -> list[tuple[int, int]]:
        """Character (start, end) of each occurrence of the cue words within [lo, hi).

        Examples:
            >>> _Words("and ويضم x, يضم").find("يضم", 0, 16)
            [(4, 8), (12, 15)]
        """
        hits = self.occurrences(cue)
        if not hits:
            return []
        n = len(cue.split())
        first_i = bisect.bisect_left(self.starts, lo)
        last_i = bisect.bisect_left(self.starts, hi)
        found = []
        for i in hits[bisect.bisect_left(hits, first_i) :]:
            if i > last_i - n:
                break
            found.append((self.words[i][0], self.words[i + n - 1][1]))
        return found


def _container(
    text: str, inside: Sequence[Mention], cue_start: int, cue_end: int, lang: str
) -> Mention | None:
    """The organization next to a "contains" cue: after it in Arabic (verb first), else before.

    In Arabic the organization stands right by the verb, one word at most between and no punctuation
    («يضم التحالف», «التحالف الذي يضم»): «خلية تضم بالإضافة إليه أقرباءه كانت تستهدف القوات الأمريكية»
    names the forces as the cell's target, not as what contains its members.
    """
    def near(gap: str) -> bool:
        return lang != "ar" or len(WORD.findall(gap)) <= 1 and not PUNCT.search(gap)

    after = [m for m in inside if m.label == "ORGANIZATION" and 0 <= m.start - cue_end <= 40
             and near(text[cue_end : m.start])]  # fmt: skip
    before = [m for m in inside if m.label == "ORGANIZATION" and 0 <= cue_start - m.end <= 40
              and near(text[m.end : cue_start])]  # fmt: skip
    first, second = (after[:1], before[-1:]) if lang == "ar" else (before[-1:], after[:1])
    found = first or second
    return found[0] if found else None


def find_memberships(
    text: str,
    lang: str,
    mentions: Sequence[Mention],
    sentences: Sequence[tuple[int, int]],
    leader_of: Callable[[str], str | None] | None = None,
) -> list[Relation]:
    """``memberOf`` relations stated in ``text``.

    Args:
        text: the article text the offsets point into.
        lang: its language (selects the cue words).
        mentions: linked mentions (entity ids set) with character offsets.
        sentences: (start, end) offsets of the sentences.
        leader_of: the entity id a leader's name or adjective stands for, when an
            organization's own name states who leads it ("Saudi-led coalition",
            «التحالف بقيادة السعودية»: Saudi Arabia is a member).
    """
    named = _named_leaders(text, lang, mentions, sentences, leader_of) if leader_of else []
    # Members in brackets need no cue word; the brackets close within the group's sentence.
    starts = [s for s, _ in sentences]
    seen = {(r.subject, r.object) for r in named}
    linked = [m for m in mentions if m.entity_id]
    for m, c in [*bracketed_members(text, linked), *bracketed_party(text, linked)]:
        if m.entity_id != c.entity_id and (m.entity_id, c.entity_id) not in seen:
            seen.add((str(m.entity_id), str(c.entity_id)))
            named.append(Relation(str(m.entity_id), "memberOf", str(c.entity_id),
                                  max(0, bisect_right(starts, c.start) - 1)))
    for rel in party_memberships(text, lang, linked, sentences):  # "Republican Senator Ann Lee"
        if (rel.subject, rel.object) not in seen:
            seen.add((rel.subject, rel.object))
            named.append(rel)
    cues = membership_cues(lang)
    gap_words = frozenset(cues["gap"])
    former = frozenset(cues["former"])
    sought = frozenset(cues["sought"])
    words = _Words(text)
    found: dict[tuple[str, str], Relation] = {}

    def add(member: Mention, container: Mention, sentence: int) -> None:
        if member.entity_id and container.entity_id and member.entity_id != container.entity_id:
            key = (member.entity_id, container.entity_id)
            found.setdefault(key, Relation(member.entity_id, "memberOf", container.entity_id, sentence))

    # Only the cues the text holds at all are looked for sentence by sentence, kind by kind
    # (a title cue is also read as a member cue: "X، القيادي في حركة حماس").
    present = {kind: [cue for cue in cues[kind] if words.occurrences(cue)] for kind in _SENTENCE_KINDS}
    present["member"] += present["title"]
    led = [m for m in mentions if lang == "en" and _LED.match(text, m.end)]
    if not led and not any(present.values()):
        return named
    for index, (s_start, s_end) in enumerate(sentences):
        hits_of = {kind: [words.find(cue, s_start, s_end) for cue in found]
                   for kind, found in present.items()}
        here = [m for m in led if s_start <= m.start < s_end]
        if not here and not any(any(hits) for hits in hits_of.values()):
            continue
        contains, member, leader = hits_of["contains"], hits_of["member"], hits_of["leader"]
        titled, listed, joining = hits_of["title"], hits_of["members"], hits_of["joins"]
        inside = [m for m in mentions if s_start <= m.start and m.end <= s_end and m.entity_id]
        # A name inside another («اليمنية» in «وكالة الأنباء اليمنية») is not the member: the whole is.
        inside = [m for m in inside if not any(o is not m and o.start <= m.start and m.end <= o.end
                                               and (o.start, o.end) != (m.start, m.end) for o in inside)]
        # Container, then a list of members.
        for hits in contains:
            for cue_start, cue_end in hits:
                container = _container(text, inside, cue_start, cue_end, lang)
                if container is None:
                    continue
                lists = [e for c in cues["list"] for _, e in words.find(c, container.end, s_end)]
                for m in (list_after(text, inside, min(lists)) if lists
                          else _direct_list(text, inside, container, cue_start, cue_end, gap_words)):
                    add(m, container, index)
        # Member, cue, container.
        for hits in member:
            for cue_start, cue_end in hits:
                before = [m for m in inside if m.end <= cue_start and m.label in ACTOR_LABELS]
                # the container is the first name after the cue, a couple of words at most away
                # («مركز X التابع لمحافظة Y ويعمل في اللواء الرابع»: the governorate, no organization)
                after = [m for m in inside if m.start >= cue_end][:1]
                after = [m for m in after if m.label == "ORGANIZATION" and _close(text[cue_end : m.start])]
                if before and after and cue_start - before[-1].end <= 30 and after[0].start - cue_end <= 30:
                    gap = [word_key(w) for w in WORD.findall(text[before[-1].end : cue_start])]
                    if all(w in gap_words for w in gap) and not _former(text, after[0].end, former):
                        # "Brazil is not a member of G7", «عضو مجلس الشورى سابقا»: no link
                        add(before[-1], after[0], index)
                        # a list before the cue: "Benin, Nigeria join"
                        for prev, nxt in zip(before[-2::-1], before[::-1], strict=False):
                            if prev.label != nxt.label or not LIST_GLUE.match(text[prev.end : nxt.start]):
                                break
                            add(prev, after[0], index)
        # Title, container, member: «القيادي في حركة حماس X», «عضو المكتب السياسي لحركة حماس X».
        for hits in titled:
            for _, cue_end in hits:
                org = next((m for m in inside if m.label == "ORGANIZATION" and 0 <= m.start - cue_end <= 3),
                           None)  # fmt: skip
                # the name right after the container (one word may lie between: a given name the NER left out)
                person = next((m for m in inside if org is not None and m.label == "PERSON"
                               and 0 <= m.start - org.end <= 12
                               and len(WORD.findall(text[org.end : m.start])) <= 1
                               and not PUNCT.search(text[org.end : m.start])), None)  # fmt: skip
                if org is not None and person is not None and not _former(text, org.end, former):
                    add(person, org, index)  # not «عضو مجلس الشورى السابق سامي نور»
        # Members noun and container, then the members: «دول التحالف، وفي مقدمتها السعودية».
        for hits in listed:
            for cue_start, cue_end in hits:
                for m, c in listed_members(text, lang, inside, cue_start, cue_end, cues["list"]):
                    add(m, c, index)
        # Verb, member, "to", container: «انضمت تركيا إلى الحلف», «انضمام المغرب إلى الاتحاد الأفريقي».
        for hits in joining:
            for _, cue_end in hits:
                for m, c in joined(text, inside, cue_end, cues["to"]):
                    add(m, c, index)
        # Membership noun, member, "in", container: «عضوية تركيا في الحلف»; not «طلب عضوية تركيا في الحلف».
        for hits in hits_of["membership"]:
            for cue_start, cue_end in hits:
                before = WORD.findall(text[max(s_start, cue_start - 20) : cue_start])
                if before and word_key(before[-1]) in sought:
                    continue
                for m, c in joined(text, inside, cue_end, cues["in"]):
                    add(m, c, index)
        # Container, cue, leader: «التحالف بقيادة السعودية», "the coalition led by the US".
        for hits in leader:
            for cue_start, cue_end in hits:
                before = [m for m in inside if m.end <= cue_start and m.label == "ORGANIZATION"]
                after = [m for m in inside if m.start >= cue_end and m.label in ACTOR_LABELS]
                if before and after and cue_start - before[-1].end <= 3 and after[0].start - cue_end <= 6:
                    add(after[0], before[-1], index)
        # Leader-led container: "the Saudi-led coalition".
        for m in here:
            end = _LED.match(text, m.end)
            after = [o for o in inside if end is not None and 0 <= o.start - end.end() <= 1
                     and o.label == "ORGANIZATION"]  # fmt: skip
            if after and m.label in ACTOR_LABELS:
                add(m, after[0], index)
    for rel in named:
        found.setdefault((rel.subject, rel.object), rel)
    return list(found.values())


#: The only words that may stand between a "contains" cue and the members it lists with no list cue:
#: "which includes the UAE and Bahrain", «regroupe l'Égypte et la Jordanie».
_DIRECT_LEAD = frozenset({"the", "la", "le", "les", "l", "des", "du"})


def _direct_list(text: str, inside: Sequence[Mention], container: Mention, cue_start: int, cue_end: int,
                 gap_words: frozenset[str]) -> list[Mention]:
    """Two or more members listed right after a "contains" cue with no list cue: "The Lake League, which
    includes Ruritania and Freedonia", «La Ligue regroupe la Ruritanie et la Freedonie», «يضم الحلف
    روريتانيا وفريدونيا». A container before the cue is its subject: only commas and ``gap`` words
    between ("The League's plan includes" names no member); a single name may be anything included.

    Examples:
        >>> from newsgraph.types import Mention
        >>> text = "The League, which includes Ruritania and Freedonia, met."
        >>> ms = [Mention(4, 10, "League", "ORGANIZATION", "org/l", 0),
        ...       Mention(27, 36, "Ruritania", "COUNTRY", "country/RU", 0),
        ...       Mention(41, 50, "Freedonia", "COUNTRY", "country/FD", 0)]
        >>> [m.entity_id for m in _direct_list(text, ms, ms[0], 18, 26, frozenset({"which"}))]
        ['country/RU', 'country/FD']
        >>> text = "The League's plan includes Ruritania and Freedonia."
        >>> ms = [Mention(4, 10, "League", "ORGANIZATION", "org/l", 0),
        ...       Mention(27, 36, "Ruritania", "COUNTRY", "country/RU", 0),
        ...       Mention(41, 50, "Freedonia", "COUNTRY", "country/FD", 0)]
        >>> _direct_list(text, ms, ms[0], 18, 26, frozenset({"which"}))
        []
    """
    if container.end <= cue_start:
        between = text[container.end : cue_start]
        if re.search(r"[^\w\s,،]", between) or any(word_key(w) not in gap_words
                                                     for w in WORD.findall(between)):  # fmt: skip
            return []
    start = max(container.end, cue_end)
    members = list_after(text, inside, start)
    lead = WORD.findall(text[start : members[0].start]) if members else []
    if not members or any(word_key(w) not in _DIRECT_LEAD for w in lead):
        return []
    return members if len(members) >= 2 else []


def _former(text: str, end: int, former: frozenset[str]) -> bool:
    """Whether the word right after a container says the membership is over: «عضو مجلس الشورى سابقا».

    Examples:
        >>> _former("عضو مجلس الشورى سابقاً، قال", 15, frozenset({"سابقا"}))
        True
    """
    word = _NEXT_WORD.match(text, end)
    return word is not None and word_key(word.group(1)) in former


def _close(gap: str) -> bool:
    """Two words at most and no punctuation between a cue and the name it introduces."""
    return len(WORD.findall(gap)) <= 2 and not PUNCT.search(gap)


#: A leader named inside an organization's name: "Saudi-led coalition", «التحالف بقيادة السعودية».
_LEADER_IN_NAME = {"en": re.compile(r"([A-Z][\w.]*(?: [A-Z][\w.]*)?)-led\b"),
                   "ar": re.compile(r"(?:بقيادة|تقوده|يقوده|تتزعمه) (\w+(?: \w+)?)$")}  # fmt: skip


def _named_leaders(
    text: str,
    lang: str,
    mentions: Sequence[Mention],
    sentences: Sequence[tuple[int, int]],
    leader_of: Callable[[str], str | None],
) -> list[Relation]:
    pattern = _LEADER_IN_NAME.get(lang)
    out: list[Relation] = []
    starts = [s for s, _ in sentences]
    for m in mentions:
        hit = pattern.search(text[m.start : m.end]) if pattern and m.label == "ORGANIZATION" else None
        leader = leader_of(hit.group(1)) if hit else None
        if leader and m.entity_id and leader != m.entity_id:
            sentence = max(bisect.bisect_right(starts, m.start) - 1, 0)
            out.append(Relation(leader, "memberOf", m.entity_id, sentence))
    return out
