"""Arabic counterparts: «التقى وزير الخارجية X نظيره الأردني Y» makes Y the foreign minister of Jordan.

The word for "counterpart" (``data/counterparts_ar.txt``, a glued «ب»/«و»/«ل» stripped), a nationality
adjective (a COUNTRY mention) and a name give the person named the office of the subject: the
nearest official named before the word in the sentence (after «ونظيره», "and his counterpart",
the first one), or, when that one has no title there
(«يلتقي السيسي نظيره ...»), the title the same person (same last name word) has elsewhere in the
article. The country is the adjective's. A comma may stand before or after the adjective.
"""

from __future__ import annotations

from functools import cache

from newsgraph.extract.lexicon import title_vocabulary, words
from newsgraph.extract.officials import ar_names
from newsgraph.extract.officials.base import Context, Official, last_name_word, tok_end
from newsgraph.text import COMMAS, clitic_splits, normalize_token

__all__ = ["counterparts"]


def _is_counterpart(norm: str) -> bool:
    found = words("counterparts_ar.txt")
    return norm in found or any(rest in found for _, rest in clitic_splits(norm))


def _subject_title(ctx: Context, officials: list[Official], i: int) -> tuple[str, str | None] | None:
    """The title and ``of`` of the subject of the counterpart word at token ``i``: the nearest official
    named before it in the sentence, else the nearest PERSON mention there, whose title is then the
    one the same person (same last name word) has elsewhere in the article."""
    sentence, before = ctx.sent_of[i], ctx.doc[i].idx
    prior = [o for o in officials if o.sentence == sentence and o.name_end <= before]
    persons = [ctx.covered[j] for j in range(ctx.sent_start[i], i)
               if j in ctx.covered and ctx.covered[j].label_ == "PERSON"]
    if ctx.norm[i].startswith("و") or i > 0 and ctx.norm[i - 1] == "و":
        # «يلتقي X ... رئيس الوزراء Y ونظيره العراقي Z»: "and his counterpart" is not Y's but the first
        # person's before Y; Y alone («قال الرئيس الفرنسي Y ونظيره المصري Z»): Y's; none, no counterpart
        last = max((o.name_start for o in prior), default=None)
        starts = [o.name_start for o in prior if o.name_start != last]
        starts += [p.start_char for p in persons if last is None or p.start_char < last]
        if not starts:
            if last is None:
                return None
            starts = [last]
        prior = [o for o in prior if o.name_start == min(starts)]
        persons = [p for p in persons if p.start_char == min(starts)]
    if prior:
        subject = max(prior, key=lambda o: o.name_end)
        if subject.title:
            return subject.title, subject.of
        name = subject.name
    else:
        if not persons:
            return None
        name = persons[-1].text
    surname = last_name_word(name)
    titled = [o for o in officials
              if o.title and o.how != "counterpart" and last_name_word(o.name) == surname]
    return (titled[0].title, titled[0].of) if titled and titled[0].title else None


def first_portfolio(title: str) -> str:
    """The subject's title up to the first portfolio joined to it by «و»: a counterpart holds the same
    office, not the subject's country's combination of portfolios.

    Examples:
        >>> first_portfolio("وزير الخارجية والهجرة وشئون المصريين بالخارج"), first_portfolio("رئيس الوزراء")
        ('وزير الخارجية', 'رئيس الوزراء')
    """
    tokens = title.split()
    title_words = _words_of_titles()
    for j in range(2, len(tokens)):
        rest = tokens[j][1:] if tokens[j] != "و" else (tokens[j + 1] if j + 1 < len(tokens) else "")
        if tokens[j].startswith("و") and normalize_token(rest) in title_words:
            return " ".join(tokens[:j])
    return title


@cache
def _words_of_titles() -> frozenset[str]:
    """The normalised forms of Arabic title words (``word`` and ``head`` lines of ``data/titles_ar.tsv``)."""
    vocab = title_vocabulary("ar")
    return vocab.get("word", frozenset()) | vocab.get("head", frozenset())


def counterparts(ctx: Context, officials: list[Official], taken: set[int]) -> list[Official]:
    """The counterparts of ``officials`` the text names (see the module docstring); ``taken``: the
    tokens of names already found, which are not taken again."""
    doc = ctx.doc
    out: list[Official] = []
    for i, norm in enumerate(ctx.norm):
        if not _is_counterpart(norm):
            continue
        k = i + 1
        if k < len(doc) and doc[k].text in COMMAS:
            k += 1
        adj = ctx.covered.get(k)
        if adj is None or adj.label_ != "COUNTRY" or adj.start != k or not adj.kb_id_:
            continue
        k = adj.end
        if k < len(doc) and doc[k].text in COMMAS:
            k += 1
        if k >= len(doc) or ctx.sent_of[k] != ctx.sent_of[i]:
            continue
        span = ar_names.name_after(ctx, k)
        if span is None or taken & set(range(*span)):
            continue
        subject = _subject_title(ctx, officials + out, i)
        if subject is None:
            continue
        title, of = subject
        if of == adj.kb_id_:
            continue  # «... المصري ونظيره المصري»: no counterpart of the same country
        s, e = doc[span[0]].idx, tok_end(doc[span[1] - 1])
        sentence = ctx.sent_of[i]
        out.append(Official(s, e, ctx.text[s:e], first_portfolio(title), None, None, adj.kb_id_, sentence,
                            "counterpart"))
        taken.update(range(*span))
    return out
