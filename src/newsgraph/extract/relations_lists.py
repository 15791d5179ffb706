"""Lists of members and the words between names that the membership rules of :mod:`.relations` read.

The primitives (words normalised for cue matching, the glue of a list «فرنسا وإيطاليا», "France and
Italy") and the list shapes: members listed after a list cue, after a members noun and its container
(«دول التحالف، وفي مقدمتها السعودية»), and after a verb of joining put first («انضمت تركيا إلى الحلف»).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from newsgraph.text import normalize_key
from newsgraph.types import Mention

__all__ = ["ACTOR_LABELS", "LIST_GLUE", "MEMBER_LABELS", "PUNCT", "WORD", "bracketed_members",
           "bracketed_party", "joined", "list_after", "listed_members", "word_key"]

MEMBER_LABELS = ("ORGANIZATION", "COUNTRY")
ACTOR_LABELS = ("PERSON", *MEMBER_LABELS)
WORD = re.compile(r"\w+")
PUNCT = re.compile(r"[،,.:;؛!?«»\"()]")
_PROCLITIC = re.compile(r"^(?:و|ف|ب|ل|ك|وب|ول|فب|فل)(?=ال)")


@functools.lru_cache(maxsize=1 << 16)
def word_key(word: str) -> str:
    """A word normalised for cue matching: proclitics before ال removed."""
    return _PROCLITIC.sub("", normalize_key(word))


#: The preposition and article between a French members noun and its container: «membres de l'», «du».
_FR_OF = re.compile(r"^\s*(?:de\s+(?:la\s+|l['’]\s*)?|d['’]\s*|du\s+|des\s+)$", re.IGNORECASE)
#: "of" and an article between an English members noun and the container after it: "members of the".
_EN_OF = re.compile(r"^\s+of\s+(?:the\s+)?$")
_BRACKETED = re.compile(r"\([^()]*\)")
# A list may put an article before a name: "France and the UK", «la France et l'Allemagne», «et des Émirats».
LIST_GLUE = re.compile(r"^[\s،,:؛]*(?:و|and|et)?[\s،,:؛]*(?:(?:the|la|le|les|des|du|l['’]|d['’])\s*)?$")
# Inside brackets a list may also join with "et" and put articles before its names ("the United States,
# Britain", «les États-Unis et la Chine»).
_BRACKET_GLUE = re.compile(r"^[\s،,؛]*(?:(?:و|and|et)[\s]*)?(?:(?:the|les|le|la|l')\s*)?$", re.IGNORECASE)


def list_after(text: str, inside: Sequence[Mention], start: int) -> list[Mention]:
    """The organizations and countries listed right after a list cue ending at ``start``: the first
    within a few words (no sentence punctuation between), the others joined to it by commas and «و» /
    "and"; a mention later in the sentence («... كانت تستهدف القوات الأمريكية») is no member.

    Examples:
        >>> from newsgraph.types import Mention
        >>> text = "منها فرنسا وإيطاليا ثم زار وزير الخارجية ألمانيا"
        >>> ms = [Mention(5, 10, "فرنسا", "COUNTRY", "country/FR", 0),
        ...       Mention(12, 19, "إيطاليا", "COUNTRY", "country/IT", 0),
        ...       Mention(41, 48, "ألمانيا", "COUNTRY", "country/DE", 0)]
        >>> [m.entity_id for m in list_after(text, ms, 4)]
        ['country/FR', 'country/IT']
    """
    after = sorted((m for m in inside if m.start >= start), key=lambda m: m.start)
    if not after or after[0].label not in MEMBER_LABELS:
        return []
    lead = text[start : after[0].start]
    if len(WORD.findall(lead)) > 3 or re.search(r"[.!?؟;؛()«»\"]", lead):
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
        if nxt.label not in MEMBER_LABELS or not LIST_GLUE.match(gap):
            break
        out.append(nxt)
        last_end = nxt.end
    return out


def joined(
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
        >>> from newsgraph.extract.relations import membership_cues
        >>> [(m.entity_id, c.entity_id) for m, c in joined(text, ms, 5, membership_cues("ar")["to"])]
        [('country/TR', 'org/x')]
    """
    after = sorted((m for m in inside if m.start >= cue_end), key=lambda m: m.start)
    if len(after) > 1 and after[0].label == "COUNTRY" and after[1].label == "PERSON" \
            and not text[after[0].end : after[1].start].strip():
        after = after[1:]  # «المدافع البحريني محمد حسين»: the nationality describes the member
    if not after or after[0].label not in ACTOR_LABELS:
        return []
    lead = text[cue_end : after[0].start]
    if len(WORD.findall(lead)) > 2 or PUNCT.search(lead):
        return []  # «انضم المدافع البحريني محمد حسين»: at most two words of description
    members = [after[0]]
    rest = after[1:]
    while rest and rest[0].label in ACTOR_LABELS and LIST_GLUE.match(text[members[-1].end : rest[0].start]):
        members.append(rest.pop(0))
    # a nationality adjective or a family name inside the member («محمد حسين البحريني») is skipped
    rest = [m for m in rest if m.start >= members[-1].end]
    if not rest or rest[0].label != "ORGANIZATION":
        return []
    between = [word_key(w) for w in WORD.findall(text[members[-1].end : rest[0].start])]
    glued = word_key(text[rest[0].start : rest[0].start + 1]) == "ل" and not between
    if not (glued or len(between) == 1 and between[0] in to_words):
        return []
    return [(m, rest[0]) for m in members]


def listed_members(
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
    elif lang == "fr":  # «les pays membres de l'Otan, dont la France»
        container = next((m for m in orgs if m.start >= cue_end and _FR_OF.match(text[cue_end : m.start])),
                         None)
    else:
        container = next((m for m in reversed(orgs) if 0 <= cue_start - m.end <= 2), None)
    at_least, after = 1, cue_end
    if container is None and lang == "en":  # "the permanent members of the Council, Ruritania and Freedonia"
        container = next((m for m in orgs if m.start >= cue_end and _EN_OF.match(text[cue_end : m.start])),
                         None)  # fmt: skip
        at_least = 2  # "members of the Council, Ruritania said": one name is the sentence's subject
        after = container.end if container is not None else cue_end
    if container is None:
        return []
    if lang in ("ar", "fr"):
        after = container.end
    countries = sorted((m for m in inside if m.label == "COUNTRY" and m.start >= after),
                       key=lambda m: m.start)  # fmt: skip
    if not countries:
        return []
    if countries[0].start - after > 40 or not list_lead(text[after : countries[0].start], lang, list_cues):
        return []
    out = [(countries[0], container)]
    for prev, nxt in zip(countries, countries[1:], strict=False):
        if not LIST_GLUE.match(text[prev.end : nxt.start]):
            break
        out.append((nxt, container))
    return out if len(out) >= at_least else []


def list_lead(lead: str, lang: str, list_cues: Sequence[str]) -> bool:
    """What stands between a container and its listed members: punctuation and one whole list cue
    («، وفي مقدمتها», ": "); in English nothing at all will do ("coalition members Jordan").

    Examples:
        >>> list_lead("، وفي مقدمتها ", "ar", ["في مقدمتها"]), list_lead(" في ", "ar", ["في مقدمتها"])
        (True, False)
    """
    words = [word_key(w) for w in WORD.findall(lead)]
    if lang == "fr":
        words = [w for w in words if w not in ("la", "le", "les", "l")]  # «, dont la France»
    firsts = {c.split()[0] for c in list_cues}
    if words and words[0][:1] == "و" and len(words[0]) > 2 and words[0][1:] in firsts:
        words[0] = words[0][1:]  # «وفي مقدمتها»
    rest = WORD.sub(" ", lead)
    if lang == "fr":
        rest = re.sub(r"['’]", " ", rest)  # «notamment l'Italie»
    if words and " ".join(words) not in list_cues:
        return False
    if not LIST_GLUE.match(rest):
        return False
    return bool(words) or lang == "en" or bool(re.search(r"[،,:]", rest))


def bracketed_members(text: str, inside: Sequence[Mention]) -> list[tuple[Mention, Mention]]:
    """(member, container) of an organization followed by its members in brackets: "the P5+1 (the
    United States, Britain, France, Russia, China and Germany)", «مجموعة 5+1 (الولايات المتحدة وروسيا
    والصين)». The brackets must hold nothing but two or more countries or organizations and the glue of a
    list, so an acronym («(ناتو)»), a source ("(Reuters)") or a clause in brackets gives nothing.

    Examples:
        >>> from newsgraph.types import Mention
        >>> text = "talks with the P5+1 (the US, China and Russia) ended"
        >>> ms = [Mention(15, 19, "P5+1", "ORGANIZATION", "org/p5", 0),
        ...       Mention(25, 27, "US", "COUNTRY", "country/US", 0),
        ...       Mention(29, 34, "China", "COUNTRY", "country/CN", 0),
        ...       Mention(39, 45, "Russia", "COUNTRY", "country/RU", 0)]
        >>> [(m.entity_id, c.entity_id) for m, c in bracketed_members(text, ms)]
        [('country/US', 'org/p5'), ('country/CN', 'org/p5'), ('country/RU', 'org/p5')]
    """
    out: list[tuple[Mention, Mention]] = []
    ordered = sorted(inside, key=lambda m: (m.start, -m.end))
    for i, org in enumerate(ordered):
        if org.label != "ORGANIZATION":
            continue
        opening = re.match(r"\s*(?:\w+\s*)?\(", text[org.end :])  # "the P5+1 group (": one word between
        if opening is None:
            continue
        close = text.find(")", org.end + opening.end())
        if close < 0:
            continue
        cursor, members = org.end + opening.end(), list[Mention]()
        for m in ordered[i + 1 :]:
            if m.start < cursor:
                continue  # a name inside the last one
            if m.start >= close:
                break
            if m.label not in MEMBER_LABELS or not _BRACKET_GLUE.match(text[cursor : m.start]):
                members = []
                break
            members.append(m)
            cursor = m.end
        if len(members) >= 2 and _BRACKET_GLUE.match(text[cursor:close]) and not text[cursor:close].strip():
            out.extend((m, org) for m in members)
    return out


def bracketed_party(text: str, inside: Sequence[Mention]) -> list[tuple[Mention, Mention]]:
    """(person, organization) of a person's name followed by an organization alone in brackets: "Ann
    Lee (Labour)", «Jean Dupont (UMP)», «سامي نور (حزب الوادي)»: the brackets name the person's party
    or employer. A one-word "person" is no name here: it is mostly the last word of a longer name the
    bracket abbreviates ("the Union of Atheists and Agnostics (UAA)").

    Examples:
        >>> from newsgraph.types import Mention
        >>> text = "Ann Lee (Free Party) voted no."
        >>> ms = [Mention(0, 7, "Ann Lee", "PERSON", "person/al", 0),
        ...       Mention(9, 19, "Free Party", "ORGANIZATION", "org/fp", 0)]
        >>> [(m.entity_id, c.entity_id) for m, c in bracketed_party(text, ms)]
        [('person/al', 'org/fp')]
    """
    orgs = {m.start: m for m in inside if m.label == "ORGANIZATION"}
    out: list[tuple[Mention, Mention]] = []
    for person in (m for m in inside if m.label == "PERSON" and len(m.text.split()) > 1):
        opening = re.match(r"[ \t]*\([ \t]*", text[person.end : person.end + 8])
        org = orgs.get(person.end + opening.end()) if opening else None
        if org is not None and re.match(r"[ \t]*\)", text[org.end : org.end + 4]):
            out.append((person, org))
    return out
