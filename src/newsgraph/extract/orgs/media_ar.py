"""Arabic news outlets named in quotation marks: «بصحيفة "عكاظ"», «قال مصدر لـ«الشرق الأوسط»»,
«وعلمت «المدينة»».

Arab papers quote their own and other outlets' names, and the quotation marks with what stands right
before them say that the name is an outlet's: a media head noun or the reporter's «علمت»
(``data/org_media_heads_ar.txt``), or «لـ» after a speech verb or a noun of speaking a few words before
(``data/speech_verbs_ar.txt``, ``data/media_cues_ar.txt``: «أكد ... لـ"سبق"», «في تصريح لـ"الوطن"»).
The name itself is often a common word or a place («الرياض», «المدينة», «الوطن»), so no head-noun chain
nor the knowledge base can tell it; the knowledge base's outlets («رويترز») are left to it, and a name
the pipeline already reads as a person stands.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from newsgraph.extract.lexicon import words
from newsgraph.extract.orgs.base import MENTIONS, OrgMatch, make_match
from newsgraph.text import normalize_token

__all__ = ["find_ar_media"]

_QUOTED = re.compile(r"[«\"“]\s*([^«»\"“”\n.،,:؛]{2,40}?)\s*[»\"”]")
_NAME_WORD = re.compile(r"^(?:[\u0621-\u064A\u0671-\u06D3\u0640]{2,}|[A-Za-z]{2,})$")
_TO = re.compile(r"(?:^|[\s(])و?لـ?\s*$")
_SENTENCE_END = re.compile(r"[.!?؟\n]")
_WINDOW = 12  # words before «لـ» in which the speech verb or noun may stand


def _head_before(before: str) -> bool:
    """Whether the word right before the quotation mark is a media head or «علمت», a glued «و», «ب» or
    «ل» aside («بصحيفة», «وعلمت»)."""
    parts = before.split()
    if not parts:
        return False
    word = normalize_token(parts[-1])
    heads = words("org_media_heads_ar.txt")
    return any(word[k:] in heads for k in range(3) if k == 0 or word[:k].strip("وبل") == "")


def _spoken_to(before: str) -> bool:
    """Whether the text before the quotation mark ends in «لـ» and a speech verb or a noun of speaking
    stands a few words before it, in the same sentence («وقال المتحدث باسم الوزارة لـ»)."""
    if not _TO.search(before):
        return False
    clause = _SENTENCE_END.split(before)[-1].split()[:-1]
    cues = words("speech_verbs_ar.txt") | words("media_cues_ar.txt")
    for raw in clause[-_WINDOW:]:
        word = normalize_token(raw.strip("،,()«»\"“”"))
        if word in cues or word[:1] in ("و", "ف") and word[1:] in cues:
            return True
    return False


def find_ar_media(doc: Doc, text: str) -> list[OrgMatch]:
    """The outlets named in quotation marks after a media head, «علمت» or a speech cue and «لـ».

    Examples:
        >>> import spacy
        >>> doc = spacy.blank("ar")('وأكد المتحدث لـ"الوطن" أن الطريق مغلق، بحسب صحيفة "الأفق"')
        >>> [(o.text, o.how) for o in find_ar_media(doc, doc.text)]
        [('الوطن', 'media'), ('الأفق', 'media')]
    """
    spans = list(doc.spans[MENTIONS]) if MENTIONS in doc.spans else []
    out: list[OrgMatch] = []
    for m in _QUOTED.finditer(text):
        name = m.group(1)
        if not 1 <= len(name.split()) <= 3 or not all(_NAME_WORD.match(w) for w in name.split()):
            continue
        before = text[max(0, m.start() - 120) : m.start()]
        head = _head_before(before)
        if not head and not _spoken_to(before):
            continue
        start, end = m.start(1), m.end(1)
        hits = [sp for sp in spans if sp.start_char < end and start < sp.end_char]
        # the knowledge base's own reading stands (its outlets; after «لـ» alone its places too), and a person
        known = [sp for sp in hits if sp.kb_id_ and (sp.label_ == "ORGANIZATION" or not head)]
        if known or any(sp.label_ == "PERSON" for sp in hits):
            continue
        out.append(make_match(doc, text, start, end, None, "media"))
    return out
