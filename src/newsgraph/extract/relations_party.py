"""Party memberships stated by an adjective or a letter code next to a politician's name.

"Republican Kevin McCarthy", "Democratic Senator Ann Lee", "Ann Lee (D-Ohio)", "Ann Lee, a Democrat,": the
party is never named in full, so the adjective or the code stands for it, read from ``data/party_labels.tsv``
(with the title words that may stand between the adjective and the name). A "former" among those words
("Republican former Senator X") still makes a member: the title is past, the party is not said to be.

Examples:
    >>> from newsgraph.types import Mention
    >>> text = "Republican Senator Ann Lee voted no, as did Omar Zed (D-Ohio)."
    >>> ms = [Mention(19, 26, "Ann Lee", "PERSON", "person/al", 0),
    ...       Mention(44, 52, "Omar Zed", "PERSON", "person/oz", 0)]
    >>> [(r.subject, r.object) for r in party_memberships(text, "en", ms, [(0, len(text))])]
    [('person/al', 'org/republican-party-us'), ('person/oz', 'org/democratic-party-us')]
    >>> text = "Social Democrat leader Ann Lee spoke."
    >>> party_memberships(text, "en", [Mention(23, 30, "Ann Lee", "PERSON", "person/al", 0)], [(0, 37)])
    []
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence

from newsgraph.extract.lexicon import rows
from newsgraph.types import Mention, Relation

__all__ = ["party_memberships"]


@functools.lru_cache(maxsize=4)
def _table(lang: str) -> tuple[dict[str, str], dict[str, str], frozenset[str]]:
    """(adjective -> party id, code -> party id, title words) of one language."""
    adjectives: dict[str, str] = {}
    codes: dict[str, str] = {}
    titles: set[str] = set()
    for row_lang, kind, form, party in rows("party_labels.tsv"):
        if row_lang != lang:
            continue
        if kind == "adjective":
            adjectives[form] = party
        elif kind == "code":
            codes[form] = party
        else:
            titles.add(form)
    return adjectives, codes, frozenset(titles)


#: A letter code, a hyphen and a state right after a name: "(R-Texas)", "(D-N.Y.)", "(R-TX)".
_CODE = re.compile(r"[ \t]*\(([A-Z])-[A-Z][A-Za-z.]*(?:[ \t][A-Z][A-Za-z.]*)?\)")
#: A party adjective in apposition right after a name, then punctuation or a lower-case word: "Ann Lee, a
#: Democrat, said", "Ann Lee, Republican from Ohio", "Ann Lee, a Democratic lawmaker"; not "a Republican
#: Party official" (a name goes on) nor "a Republican-appointed judge".
_APPOSED = re.compile(r"[ \t]*,[ \t]+(?:an?[ \t]+)?([A-Z]\w+)(?=[ \t]*(?:[,.;:)]|$)|[ \t]+[a-z])")
#: The words before a name, back to the start of its clause.
_WORDS = re.compile(r"[\w.]+")


def party_memberships(
    text: str, lang: str, mentions: Sequence[Mention], sentences: Sequence[tuple[int, int]]
) -> list[Relation]:
    """``memberOf`` relations from party adjectives and codes next to a person's name."""
    adjectives, codes, titles = _table(lang)
    if not adjectives and not codes:
        return []
    starts = [s for s, _ in sentences]
    covered = [(m.start, m.end) for m in mentions]
    out: list[Relation] = []
    for m in mentions:
        if m.label != "PERSON" or not m.entity_id:
            continue
        party = _adjective_before(text, m.start, adjectives, titles, covered)
        code = _CODE.match(text, m.end)
        if party is None and code is not None:
            party = codes.get(code.group(1))
        apposed = _APPOSED.match(text, m.end)
        if party is None and apposed is not None:  # "Ann Lee, a Democrat,", "Ann Lee, Republican of Ohio"
            party = adjectives.get(apposed.group(1))
        if party is not None:
            sentence = max(bisect.bisect_right(starts, m.start) - 1, 0)
            out.append(Relation(m.entity_id, "memberOf", party, sentence))
    return out


def _adjective_before(
    text: str, start: int, adjectives: dict[str, str], titles: frozenset[str], covered: list[tuple[int, int]]
) -> str | None:
    """The party of an adjective before ``start``, with only title words and spaces between; not one inside
    another name ("the Democratic Unionist Party's Ann Lee" is the Democratic Unionist Party's)."""
    line = text[max(0, start - 80) : start]
    cut = max(line.rfind(c) for c in ",;:()\"«»“”\n")
    words = list(_WORDS.finditer(line[cut + 1 :]))
    base = start - len(line) + cut + 1
    for i in range(len(words) - 1, -1, -1):
        form = words[i].group()
        if form in adjectives:
            at = base + words[i].start()
            before = words[i - 1].group() if i else ""
            # "Social Democrat", "Irish Republican", "Liberal Democrat": a longer name ends in the adjective
            if any(s <= at < e for s, e in covered) or before[:1].isupper() and before not in _DETERMINERS \
                    and not before.endswith("."):  # fmt: skip
                return None
            return adjectives[form]
        if form not in titles:
            return None
    return None


#: Capitalised words that may open a sentence before the adjective: "The Republican senator Ann Lee".
_DETERMINERS = frozenset({"The", "A", "An"})
