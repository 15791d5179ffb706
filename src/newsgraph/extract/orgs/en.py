"""English organizations by shape: a capitalised run around a head noun ("the Syrian Democratic Forces",
"Ministry of Foreign Affairs", "Kurdistan Workers' Party"); head nouns in ``data/org_heads_*``."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc

from newsgraph.extract.lexicon import org_heads, words
from newsgraph.extract.orgs.base import OrgMatch, cap, covered, make_match, mention_starts

__all__ = ["find_en"]

_EN_LINKS = {"of", "for", "on", "and"}




def find_en(doc: Doc, text: str) -> list[OrgMatch]:
    heads = org_heads("en")
    stop = _en_stop()
    mentions = mention_starts(doc)
    ends = {sp.end - 1: sp for sp in mentions.values()}
    kb_orgs = covered(doc, "ORGANIZATION")
    persons = covered(doc, "PERSON")
    out: list[OrgMatch] = []
    i = 0
    while i < len(doc):
        tok = doc[i]
        if tok.lower_ not in heads or not cap(tok) or i in kb_orgs or i in persons:
            i += 1
            continue
        country: str | None = None
        k = i  # left edge (inclusive)
        while k - 1 >= 0 and not doc[k].is_sent_start:
            prev = doc[k - 1]
            m = ends.get(k - 1)
            if m is not None and m.label_ == "COUNTRY":
                country, k = m.kb_id_ or None, m.start
                continue
            two = doc[k - 2] if k >= 2 else None
            if prev.lower_ in _EN_LINKS and two is not None and cap(two) and two.lower_ not in stop \
                    and (k - 2) not in ends and not two.is_sent_start:
                k -= 2  # "Justice and Development Party"
                continue
            if prev.text in ("'", "’") and k - 2 >= 0 and cap(doc[k - 2]):
                k -= 1  # "Kurdistan Workers' Party"
                continue
            if m is not None or not cap(prev) or prev.lower_ in stop or (k - 1) in kb_orgs:
                break
            if prev.is_sent_start and prev.lower_ not in heads and k == i:
                break  # a lone capitalised sentence opener is no part of a name
            k -= 1
        j = i + 1
        while j < len(doc) and not doc[j].is_sent_start:
            cur = doc[j]
            m = mentions.get(j)
            if m is not None and m.label_ == "COUNTRY" and doc[j - 1].lower_ in ("of", "for"):
                country, j = country or (m.kb_id_ or None), m.end
                continue
            if cap(cur) and cur.lower_ not in stop and j not in persons and m is None:
                j += 1
                continue
            if cur.lower_ in _EN_LINKS and j + 1 < len(doc):
                nxt = j + 1
                if doc[nxt].lower_ == "the" and cur.lower_ != "and" and nxt + 1 < len(doc):
                    nxt += 1
                if cap(doc[nxt]) and doc[nxt].lower_ not in stop and nxt not in persons and (
                    cur.lower_ != "and" or doc[nxt].lower_ not in heads
                ) and (mentions.get(nxt) is None or mentions[nxt].label_ == "COUNTRY"):
                    j = nxt
                    continue
            break
        while j - 1 > i and doc[j - 1].lower_ in _EN_LINKS | {"the"}:
            j -= 1
        if j - k >= 2 and not (kb_orgs & set(range(k, j))):
            for m in (mentions.get(x) for x in range(k, j)):
                if m is not None and m.label_ == "COUNTRY" and country is None:
                    country = m.kb_id_ or None
            end = doc[j - 1].idx + len(doc[j - 1].text)
            out.append(make_match(doc, text, doc[k].idx, end, country, "head"))
        i = max(j, i + 1)
    return out


@cache
def _en_stop() -> frozenset[str]:
    return words("person_stopwords_en.txt")
