"""Arabic host verbs without a parse: who is the guest.

In «استقبل الشيخ X أمير دولة الكويت في قصره اليوم الأمير Y» the country right after the host is the
genitive of the host's own title («أمير دولة الكويت»), not whom he received; the guest is the person
named later in the clause. The title words are those of ``data/titles_ar.tsv``.
"""

from __future__ import annotations

from newsgraph.extract.events.clauses import _Reader
from newsgraph.extract.events.frames import _M
from newsgraph.extract.lexicon import title_vocabulary

#: kinds of ``titles_ar.tsv`` lines whose words may make up a title before its complement
_TITLE_KINDS = ("head", "prefix", "word", "honorific", "rank", "noble", "royal", "local")


def title_complement(r: _Reader, host: _M, m: _M) -> bool:
    """Whether non-person ``m`` follows ``host`` with only title words between, at least one a title head:
    the country or body of the host's title («X أمير دولة الكويت», «X رئيس الوزراء العراقي»)."""
    if m.label == "PERSON" or m.start <= host.end:
        return False
    vocab = title_vocabulary("ar")
    words = frozenset().union(*(vocab.get(kind, frozenset()) for kind in _TITLE_KINDS))
    between = [r.table.norm[i] or r.doc[i].lower_ for i in range(host.end, m.start)]
    return any(w in vocab.get("head", frozenset()) for w in between) and all(w in words for w in between)
