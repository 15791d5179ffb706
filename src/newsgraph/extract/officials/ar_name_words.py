"""Arabic name words: whether one word may belong to a person's name (:mod:`.ar_names` reads them).

A name is a run of Arabic-letter words; these tests refuse a word no name has: a common noun behind a
glued preposition («بمدينة»), a noun with a pronoun suffix («استقباله»), a verb («يصافح», «يبحثان»), a
common word in the accusative («سياسيا») or ending in «ة» («برقية»), and tell a definite family name
(«المقدسي») from a foreign name spelled with «أل» («أليكسيس»).
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Token

from newsgraph.extract.lexicon import (
    accusative_common,
    common_word_ar,
    compound_given_names,
    known_given_names_ar,
    person_stopwords,
    speech_verbs,
)
from newsgraph.extract.lexicon import words as lexicon_words
from newsgraph.extract.verbs_ar import inflected_verb
from newsgraph.text import normalize_token

__all__ = [
    "AR_WORD",
    "PRONOUN_SUFFIXES",
    "clitic_pronoun",
    "conj_glued",
    "definite",
    "family_ba",
    "glued_common_word",
    "glued_suffixed",
    "known_imperfect",
    "nisba",
    "not_name_word",
]

AR_WORD = re.compile(r"^[\u0621-\u064A\u0671-\u06D3\u064B-\u065F\u0640]{2,}$")
PRONOUN_SUFFIXES = ("هم", "ها", "هما", "كم", "هن")
#: A foreign name spelled with a hamza on its alif («أليكسيس», «إليزابيث»): its «ال» is no article.
_HAMZA_AL = ("أل", "إل")


def definite(tok: Token) -> bool:
    """The word starts with the definite article: «المقدسي», not the foreign name «أليكسيس» (whose
    normalised form «اليكسيس» looks definite).

    Examples:
        >>> import spacy
        >>> from newsgraph.text import normalize_token
        >>> doc = spacy.blank("ar")("المقدسي أليكسيس")
        >>> for t in doc:
        ...     t.norm_ = normalize_token(t.text)
        >>> [definite(t) for t in doc]
        [True, False]
    """
    return tok.norm_.startswith("ال") and not tok.text.startswith(_HAMZA_AL)


def glued_common_word(tok: Token) -> bool:
    """«بمدينة», «لدى», «كذلك»: a preposition glued to a word no name has (a stop word)."""
    text = tok.text
    return len(text) >= 4 and text[0] in "بلك" and normalize_token(text[1:]) in person_stopwords("ar")


def clitic_pronoun(tok: Token) -> bool:
    """«بكامله», «استقباله»: a noun with the pronoun suffix ه (never a name).

    Short names may end in ه («طه», «عبده»); a word of six letters, or of five
    behind a glued preposition, is taken for a noun with a suffix.
    """
    text = tok.text
    return text.endswith("ه") and (len(text) >= 6 or len(text) >= 5 and text[0] in "بلك")


def family_ba(tok: Token) -> bool:
    """A Hadrami family name of the «با…» shape ending in «ه» («باعجاجه», «باسلمه»), not a noun with a
    glued «ب» and a pronoun suffix («باستقباله»: a common word) nor a definite one («بالإضافه»).

    Examples:
        >>> import spacy
        >>> [family_ba(t) for t in spacy.blank("ar")("باسلمه باستقباله")]
        [True, False]
    """
    text = tok.text
    return len(text) >= 6 and text.startswith("با") and not text.startswith("بال") and text.endswith("ه") \
        and not common_word_ar(text)


def glued_suffixed(tok: Token) -> bool:
    """«وفريقه», «ونجله»: «و», a noun and a pronoun suffix (a foreign name may end in ه: «شيفردنادزه»)."""
    return tok.norm_.startswith("و") and clitic_pronoun(tok)


def conj_glued(tok: Token) -> bool:
    """«وعادل»: a conjunction glued to a word of four letters or more."""
    return tok.norm_.startswith("و") and len(tok.norm_) >= 5


def not_name_word(tok: Token, first: bool = False) -> bool:
    """A word no name has: a four-letter word behind a glued «و» that is no given name («وجذب»; «وليد»
    is a name), an imperfect dual or plural verb on a common stem («يبحثان», «يوقعون»), a common
    word (:func:`.lexicon.common_word_ar`) ending in «ة» («برقية», «متميزة»), or one
    in the accusative «ا» («سياسيا», «أيضا») or, as a name's ``first`` word, before a definite word
    («خدمة المجتمع»: a noun and its genitive) or behind a glued «ب»/«ل» (a common word or a verbal
    noun of the «تفعيل» shape: «لتكريم»). Other common words may still be names («بان كي مون»,
    «عبد الستار بارز»)."""
    norm = tok.norm_
    if norm in known_given_names_ar() or not AR_WORD.match(tok.text):
        return False
    if norm.startswith("و") and len(norm) == 4:
        return True
    if len(norm) >= 6 and norm[0] in "يت" and norm.endswith(("ان", "ون")) and common_word_ar(norm[1:-2]):
        return True  # «... ووزيرة خارجية إندونيسيا [يبحثان] أوجه التعاون»: "the two discuss", a verb
    if inflected_verb(tok.text):
        return True  # «الملك سلمان [سيزور]», «X [أكدا]»: a future, feminine or dual verb after its subject
    if tok.text.endswith("ة") and common_word_ar(tok.text):
        return True  # «وزير الداخلية [برقية تهنئة]», «بودن [متميزة]»: a feminine noun or adjective
    if first and known_imperfect(norm):
        return True  # «الملك [يصافح] X», «الملك ووزير الدفاع الأمريكي [يستعرضان] ...»: a caption's verb
    rest = tok.text[1:]  # «تفعيل» verbal nouns («تكريم»), common nouns, after «ل» feminine nouns («لأسرة»)
    if first and tok.text[:1] in "بل" and len(rest) >= 4 and (
            len(rest) == 5 and rest[0] == "ت" and rest[3] == "ي" or common_word_ar(rest)
            or tok.text[0] == "ل" and rest.endswith("ة")):
        return True  # «أمين المنطقة [لتكريم] العمال», «أمير المنطقة [لأسرة] الشهيد»: a preposition on a noun
    nxt = tok.nbor(1).norm_ if tok.i + 1 < len(tok.doc) else ""
    genitive = first and nxt.startswith("ال") and f"{norm} {nxt}" not in compound_given_names("ar")
    # «أمير الباحة [يواسي] أسرة الشهيد»: a headline's imperfect verb, then its definite or common object
    verb = first and norm[:1] == "ي" and len(norm) >= 4 and bool(nxt) \
        and (nxt.startswith("ال") or nxt.endswith("ه") or common_word_ar(tok.nbor(1).text))
    common = (norm.endswith("ا") or genitive) and common_word_ar(tok.text)
    return verb or common or accusative_common(tok.text)  # «جون بيركو [غضبا]»


def known_imperfect(norm: str) -> bool:
    """An imperfect verb (normalised; maybe dual or plural) of a verb the lexicons list: a verb of
    meeting or visiting, of saying, or a stop word («يصافح»; «يستعرضان» of «استعرض»).

    Examples:
        >>> known_imperfect("يصافح"), known_imperfect("يستعرضان"), known_imperfect("يوسف")
        (True, True, False)
    """
    if len(norm) < 4 or norm[0] not in "يتن":
        return False
    verbs = _listed_verbs()
    stems = [norm] + [norm[:-2] for suffix in ("ان", "ون") if norm.endswith(suffix) and len(norm) >= 6]
    return any(stem in verbs or "ا" + stem[1:] in verbs for stem in stems)


@cache
def _listed_verbs() -> frozenset[str]:
    return person_stopwords("ar") | speech_verbs("ar") | lexicon_words("meeting_verbs_ar.txt") \
        | lexicon_words("visit_verbs_ar.txt")


def nisba(norm: str) -> bool:
    """A family name of the «المقدسي» shape (definite, ending in ي)."""
    return norm.endswith("ي") and len(norm) > 4
