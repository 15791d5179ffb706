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
from collections.abc import Callable, Sequence
from importlib import resources

from newsgraph.text import normalize_key
from newsgraph.types import Mention, Relation

__all__ = ["ACTOR_LABELS", "find_memberships", "membership_cues"]

_MEMBER_LABELS = ("ORGANIZATION", "COUNTRY")
#: The cue kinds of ``data/relations_membership.tsv`` looked for in each sentence (the others qualify a hit).
_SENTENCE_KINDS = ("contains", "member", "leader", "title", "members", "joins")
ACTOR_LABELS = ("PERSON", *_MEMBER_LABELS)
#: "-led" right after a name: "the Saudi-led coalition", "US-led forces".
_LED = re.compile(r"-led\b")
_PROCLITIC = re.compile(r"^(?:و|ف|ب|ل|ك|وب|ول|فب|فل)(?=ال)")


@functools.lru_cache(maxsize=8)
def membership_cues(lang: str) -> dict[str, tuple[str, ...]]:
    """Cue phrases by kind (``contains``, ``list``, ``member``, ``gap``, ``part_noun``, ``leader``,
    ``title``, ``members``, ``party_noun``, ``role_noun``, ``joins``, ``to``)."""
    kinds = ("contains", "list", "member", "gap", "part_noun", "leader", "title", "members", "party_noun",
             "role_noun", "joins", "to")
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


_WORD = re.compile(r"\w+")
_PUNCT = re.compile(r"[،,.:;؛!?«»\"()]")


@functools.lru_cache(maxsize=1 << 16)
def _word_key(word: str) -> str:
    """A word normalised for cue matching: proclitics before ال removed."""
    return _PROCLITIC.sub("", normalize_key(word))


class _Words:
    """The words of a text, normalised, with where each cue word may begin a match.

    ``at[w]`` lists (in order) the words equal to ``w``, or to ``w`` behind a
    glued conjunction («ويضم» for «يضم»): only a cue's first word may carry one.
    """

    def __init__(self, text: str) -> None:
        self.words = [(m.start(), m.end(), _word_key(m.group())) for m in _WORD.finditer(text)]
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
        return lang != "ar" or len(_WORD.findall(gap)) <= 1 and not _PUNCT.search(gap)

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
    cues = membership_cues(lang)
    gap_words = frozenset(cues["gap"])
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
        titled, listed, joined = hits_of["title"], hits_of["members"], hits_of["joins"]
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
                if not lists:
                    continue
                for m in _list_after(text, inside, min(lists)):
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
                    gap = [_word_key(w) for w in _WORD.findall(text[before[-1].end : cue_start])]
                    if all(w in gap_words for w in gap):  # "Brazil is not a member of G7": no link
                        add(before[-1], after[0], index)
                        # a list before the cue: "Benin, Nigeria join"
                        for prev, nxt in zip(before[-2::-1], before[::-1], strict=False):
                            if prev.label != nxt.label or not _LIST_GLUE.match(text[prev.end : nxt.start]):
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
                               and len(_WORD.findall(text[org.end : m.start])) <= 1
                               and not _PUNCT.search(text[org.end : m.start])), None)  # fmt: skip
                if org is not None and person is not None:
                    add(person, org, index)
        # Members noun and container, then the members: «دول التحالف، وفي مقدمتها السعودية».
        for hits in listed:
            for cue_start, cue_end in hits:
                for m, c in _listed_members(text, lang, inside, cue_start, cue_end, cues["list"]):
                    add(m, c, index)
        # Verb, member, "to", container: «انضمت تركيا إلى الحلف», «انضمام المغرب إلى الاتحاد الأفريقي».
        for hits in joined:
            for _, cue_end in hits:
                for m, c in _joined(text, inside, cue_end, cues["to"]):
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


def _close(gap: str) -> bool:
    """Two words at most and no punctuation between a cue and the name it introduces."""
    return len(_WORD.findall(gap)) <= 2 and not _PUNCT.search(gap)


_BRACKETED = re.compile(r"\([^()]*\)")
_LIST_GLUE = re.compile(r"^[\s،,:؛]*(?:و|and)?[\s،,:؛]*$")


def _list_after(text: str, inside: Sequence[Mention], start: int) -> list[Mention]:
    """The organizations and countries listed right after a list cue ending at ``start``: the first
    within a few words (no sentence punctuation between), the others joined to it by commas and «و» /
    "and"; a mention later in the sentence («... كانت تستهدف القوات الأمريكية») is no member.

    Examples:
        >>> from newsgraph.types import Mention
        >>> text = "منها فرنسا وإيطاليا ثم زار وزير الخارجية ألمانيا"
        >>> ms = [Mention(5, 10, "فرنسا", "COUNTRY", "country/FR", 0),
        ...       Mention(12, 19, "إيطاليا", "COUNTRY", "country/IT", 0),
        ...       Mention(41, 48, "ألمانيا", "COUNTRY", "country/DE", 0)]
        >>> [m.entity_id for m in _list_after(text, ms, 4)]
        ['country/FR', 'country/IT']
    """
    after = sorted((m for m in inside if m.start >= start), key=lambda m: m.start)
    if not after or after[0].label not in _MEMBER_LABELS:
        return []
    lead = text[start : after[0].start]
    if len(_WORD.findall(lead)) > 3 or re.search(r"[.!?؟;؛()«»\"]", lead):
        return []
    out = [after[0]]
    last_end = after[0].end
    for nxt in after[1:]:
        if nxt.start < last_end:
            continue  # a name inside the last member
        gap = _BRACKETED.sub(" ", text[last_end : nxt.start])
        if gap.strip() == "(" and text[nxt.end : nxt.end + 1] == ")":
            last_end = nxt.end + 1  # «حلف شمال الأطلسي (ناتو)»: the member's acronym
            continue
        if nxt.label not in _MEMBER_LABELS or not _LIST_GLUE.match(gap):
            break
        out.append(nxt)
        last_end = nxt.end
    return out


def _joined(
    text: str, inside: Sequence[Mention], cue_end: int, to_words: Sequence[str]
) -> list[tuple[Mention, Mention]]:
    """(member, container) of a verb of joining put first: the member right after the verb (a
    list of them joined by «و» and commas, or a description of one word between), then «إلى» /
    «ل» and the organization.

    Examples:
        >>> from newsgraph.types import Mention
        >>> text = "انضمت تركيا إلى الحلف"
        >>> ms = [Mention(6, 11, "تركيا", "COUNTRY", "country/TR", 0),
        ...       Mention(16, 21, "الحلف", "ORGANIZATION", "org/x", 0)]
        >>> [(m.entity_id, c.entity_id) for m, c in _joined(text, ms, 5, membership_cues("ar")["to"])]
        [('country/TR', 'org/x')]
    """
    after = sorted((m for m in inside if m.start >= cue_end), key=lambda m: m.start)
    if len(after) > 1 and after[0].label == "COUNTRY" and after[1].label == "PERSON" \
            and not text[after[0].end : after[1].start].strip():
        after = after[1:]  # «المدافع البحريني محمد حسين»: the nationality describes the member
    if not after or after[0].label not in ACTOR_LABELS:
        return []
    lead = text[cue_end : after[0].start]
    if len(_WORD.findall(lead)) > 2 or _PUNCT.search(lead):
        return []  # «انضم المدافع البحريني محمد حسين»: at most two words of description
    members = [after[0]]
    rest = after[1:]
    while rest and rest[0].label in ACTOR_LABELS and _LIST_GLUE.match(text[members[-1].end : rest[0].start]):
        members.append(rest.pop(0))
    # a nationality adjective or a family name inside the member («محمد حسين البحريني») is skipped
    rest = [m for m in rest if m.start >= members[-1].end]
    if not rest or rest[0].label != "ORGANIZATION":
        return []
    between = [_word_key(w) for w in _WORD.findall(text[members[-1].end : rest[0].start])]
    glued = _word_key(text[rest[0].start : rest[0].start + 1]) == "ل" and not between
    if not (glued or len(between) == 1 and between[0] in to_words):
        return []
    return [(m, rest[0]) for m in members]


def _listed_members(
    text: str, lang: str, inside: Sequence[Mention], cue_start: int, cue_end: int, list_cues: Sequence[str]
) -> list[tuple[Mention, Mention]]:
    """(member, container) pairs of a members noun next to its container, the countries listed after.

    Arabic puts the noun before the container («دول التحالف»), English after it ("coalition members").
    The list starts right after, past commas, a colon and list words («وفي مقدمتها», "including"), and
    runs on while countries follow one another, joined by commas and «و» / "and".
    """
    orgs = [m for m in inside if m.label == "ORGANIZATION"]
    if lang == "ar":
        container = next((m for m in orgs if 0 <= m.start - cue_end <= 2), None)
    else:
        container = next((m for m in reversed(orgs) if 0 <= cue_start - m.end <= 2), None)
    if container is None:
        return []
    after = container.end if lang == "ar" else cue_end
    countries = sorted((m for m in inside if m.label == "COUNTRY" and m.start >= after),
                       key=lambda m: m.start)  # fmt: skip
    if not countries:
        return []
    if countries[0].start - after > 40 or not _list_lead(text[after : countries[0].start], lang, list_cues):
        return []
    out = [(countries[0], container)]
    for prev, nxt in zip(countries, countries[1:], strict=False):
        if not _LIST_GLUE.match(text[prev.end : nxt.start]):
            break
        out.append((nxt, container))
    return out


def _list_lead(lead: str, lang: str, list_cues: Sequence[str]) -> bool:
    """What stands between a container and its listed members: punctuation and one whole list cue
    («، وفي مقدمتها», ": "); in English nothing at all will do ("coalition members Jordan").

    Examples:
        >>> _list_lead("، وفي مقدمتها ", "ar", ["في مقدمتها"]), _list_lead(" في ", "ar", ["في مقدمتها"])
        (True, False)
    """
    words = [_word_key(w) for w in _WORD.findall(lead)]
    firsts = {c.split()[0] for c in list_cues}
    if words and words[0][:1] == "و" and len(words[0]) > 2 and words[0][1:] in firsts:
        words[0] = words[0][1:]  # «وفي مقدمتها»
    rest = _WORD.sub(" ", lead)
    if words and " ".join(words) not in list_cues:
        return False
    if not _LIST_GLUE.match(rest):
        return False
    return bool(words) or lang == "en" or bool(re.search(r"[،,:]", rest))


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
