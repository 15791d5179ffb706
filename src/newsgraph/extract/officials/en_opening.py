"""An English title that opens its clause, then a comma and the name: "Minister of Foreign Affairs,
Dr. Badr Abdelatty met ...", "AMMAN (Petra) - Deputy Prime Minister, Ayman Safadi, received ...".

Agency copy often puts the bare title first; with no "the" and no country before it, the comma and a
PERSON name right after it still make an apposition. The title must be capitalised and open its
sentence or follow a dateline dash or colon, so that a title inside a list ("met the Prime Minister,
the Foreign Minister, ...") is not read this way.
"""

from __future__ import annotations

from spacy.tokens import Doc

__all__ = ["opens_clause"]

_DATELINE_MARKS = frozenset({"-", "–", "—", ":", "--"})


def opens_clause(doc: Doc, i: int, title_words: frozenset[str] = frozenset()) -> bool:
    """Token ``i`` starts its sentence, a line, or the text after a dateline dash or colon, or ends a
    chain of titles that does ("Deputy Prime Minister and Minister of Foreign Affairs, X": ``title_words``
    are the words such a chain is made of).

    Examples:
        >>> import spacy
        >>> doc = spacy.blank("en")("AMMAN - Foreign Minister, Ayman Safadi, met him.")
        >>> opens_clause(doc, 2), opens_clause(doc, 3)
        (True, False)
        >>> doc = spacy.blank("en")("Deputy Premier and Foreign Minister, Ann Lee, met him.")
        >>> opens_clause(doc, 3), opens_clause(doc, 3, frozenset({"deputy", "premier"}))
        (False, True)
    """
    while i >= 2 and doc[i - 1].lower_ == "and" and doc[i - 2].lower_ in title_words \
            and not doc[i].is_sent_start:
        i -= 2
        while i > 0 and doc[i - 1].lower_ in title_words and not doc[i].is_sent_start:
            i -= 1
    if i == 0 or doc[i].is_sent_start or doc[i].text in _DATELINE_MARKS:  # a title run may open at the dash
        return True
    prev = doc[i - 1]
    return prev.text in _DATELINE_MARKS or "\n" in prev.text_with_ws or prev.is_space and "\n" in prev.text
