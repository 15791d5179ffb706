"""Arabic names that ran one word past their end, told by how the article names the same person elsewhere.

After a title the rules (and the model) read a name up to the first word that cannot be one; a
word the lexicons do not know ends up inside it: «رئيس الوزراء ألكسيس تسيبراس تحديا» ("faces
a challenge"), «الرئيس بيار نكورونزيزا متأكد» ("is sure"), «الرئيس أردوغان موقف المتفرج». The
article then names the person again without that word: the name up to it, or its last word
alone, is another official's name or a name the model marks elsewhere («تسيبراس»,
«نكورونزيزا»), and the word itself occurs nowhere else in the article. Such a last word is cut.
A word that follows a particle («بن», «آل», «أبو») or that the article repeats (a family name
used alone later, «الجبير») stays.

A name whose first word is neither a known Arabic given name nor a particle («فواجي», «لوبيزكي»)
ends before the first common word after it that is definite or of a verb's shape
(``data/counted/common_words_ar.txt``, :func:`~newsgraph.extract.lexicon.after_name_ar`: «الانفجار»,
«يحب»); a bare common word may be a family name («عباس كامل», «عبد الستار بارز») and stays, as
does a word after a particle («عمر أبو العيش») or a definite nisba («نبيل العربي»).

Examples:
    >>> import spacy
    >>> from newsgraph.extract.officials.base import Official
    >>> doc = spacy.blank("ar")("قال الرئيس سامي كاتالي متأكد من فوزه. وأضاف كاتالي أنه سيزور المدينة.")
    >>> off = Official(11, 28, "سامي كاتالي متأكد", "الرئيس", 4, 10, None, 0, "title-name")
    >>> other = Official(44, 50, "كاتالي", None, None, None, None, 1, "speech")
    >>> [o.name for o in trim_overruns(doc, [off, other], [])]
    ['سامي كاتالي', 'كاتالي']
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Sequence

from spacy.tokens import Doc, Span

from newsgraph.extract.lexicon import after_name_ar, common_word_ar, known_given_names_ar, person_particles
from newsgraph.extract.officials.base import Official
from newsgraph.extract.tokens import TokenTable
from newsgraph.text import normalize_token

__all__ = ["trim_overruns"]

_WORD = re.compile(r"[\u0621-\u064a\u0671-\u06d3]+")


def _words(text: str) -> list[str]:
    return [normalize_token(w) for w in text.split()]


def trim_overruns(doc: Doc, officials: Sequence[Official], persons: Sequence[Span]) -> list[Official]:
    """``officials`` with a last name word cut where the article names the person without it
    (``persons``: the model's PERSON spans, which may be empty)."""
    text = TokenTable.of(doc).text
    counts = Counter(normalize_token(w) for w in _WORD.findall(text))
    particles = frozenset(normalize_token(p) for p in person_particles("ar"))
    names = [(o.name_start, o.name_end, _words(o.name)) for o in officials]
    names += [(p.start_char, p.end_char, _words(p.text)) for p in persons]
    out: list[Official] = []
    for off in (_foreign_cut(text, o, particles) for o in officials):
        words = off.name.split()
        norms = _words(off.name)
        if len(norms) < 3 or off.title is None or norms[-2] in particles or counts[norms[-1]] != 1:
            out.append(off)
            continue
        head = norms[:-1]
        # «تسيبراس», not «محمد» or «أبو»
        surname = head[-1] not in known_given_names_ar() and head[-1] not in particles
        elsewhere = len(head) >= 2 and any(
            (ws == head or surname and ws == head[-1:])
            for s, e, ws in names
            if e <= off.name_start or s >= off.name_end
        )
        if not elsewhere:
            out.append(off)
            continue
        seg = text[off.name_start : off.name_end].rstrip()
        cut = seg.rfind(" ")
        if cut <= 0 or _words(seg[cut:]) != norms[-1:]:
            out.append(off)  # the name was completed from a fuller one: its words are not the text's here
            continue
        end = off.name_start + len(seg[:cut].rstrip())
        out.append(dataclasses.replace(off, name=" ".join(words[:-1]), name_end=end))
    return out


def _foreign_cut(text: str, off: Official, particles: frozenset[str]) -> Official:
    """``off`` with its foreign name ended before the first common word after its first word (``text``: the
    document's; ``particles``: the normalised name particles)."""
    words = off.name.split()
    first = normalize_token(words[0]) if words else ""
    if off.title is None or len(words) < 2 or first in known_given_names_ar() \
            or first in person_particles("ar"):
        return off
    k = next((i for i in range(1, len(words))
              if _not_a_name(words[i]) and normalize_token(words[i - 1]) not in particles), None)
    seg = text[off.name_start : off.name_end]
    if k is None or seg.split() != words:
        return off  # no common word, or a name completed from a fuller one
    at = seg.index(words[k], len(" ".join(words[:k])))
    end = off.name_start + len(seg[:at].rstrip())
    return dataclasses.replace(off, name=" ".join(words[:k]), name_end=end)


def _not_a_name(word: str) -> bool:
    """A common word that is definite («الانفجار») or of a verb's shape («يحب», «بمزيد»); not a
    definite nisba («العربي», a family name as often as an adjective)."""
    norm = normalize_token(word)
    definite = norm.startswith("ال") and not norm.endswith(("ي", "يه", "ية"))
    return common_word_ar(word) and (definite or after_name_ar(word))
