"""What the Arabic and English officials rules share: the :class:`Official` type and per-document lookups."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from spacy.tokens import Doc, Span, Token

from newsgraph.extract.lexicon import org_heads, person_stopwords, speech_verbs, spellings, title_vocabulary
from newsgraph.extract.tokens import TokenTable
from newsgraph.text import normalize_token

if TYPE_CHECKING:  # pragma: no cover
    from newsgraph.kb import KnowledgeBase

__all__ = [
    "Official", "Context", "TitleMatch", "AddOfficial", "QUOTES", "of_id", "org_ref", "parse_org_ref",
    "last_name_word", "tok_end",
]  # fmt: skip

_MENTIONS = "ng_mentions"
QUOTES = {"“", "”", "«", "»", '"', "„", "‘", "’", "'"}
# Given names whose normalised form is a function word (علي ← على): taken as names when spelled so.
_AR_NAME_HOMOGRAPHS = {"علي"}

#: A title found at a token: (first token, end token, the ``of`` entity id, end of the of-material).
TitleMatch = tuple[int, int, str | None, int]


class AddOfficial(Protocol):
    """Records an official: (name start, name end) tokens, the title's tokens or None, ``of``, ``how``,
    and the title's text when no span of the document spells it («haute-commissaire [de l'ONU] aux …»)."""

    def __call__(self, name: tuple[int, int], title: tuple[int, int] | None, of: str | None, how: str,
                 text: str | None = None) -> None: ...


_ORG_REF = "span:"


def org_ref(span: Span, lead: int = 0) -> str:
    """The ``of`` of an organization the knowledge base does not know: its characters in the text.

    ``lead`` letters of a proclitic glued to its first word are left out. The extractor turns it into the
    id it mints for that organization
    (:func:`parse_org_ref`), so that «وزير الداخلية في حكومة الإقليم» belongs
    to that government rather than to a country guessed from the sentence.

    Examples:
        >>> import spacy
        >>> doc = spacy.blank("ar")("رئيس لجنة القدس")
        >>> org_ref(doc[1:3]), parse_org_ref(org_ref(doc[1:3])), parse_org_ref("country/MA")
        ('span:5:15', (5, 15), None)
    """
    return f"{_ORG_REF}{span.start_char + lead}:{span.end_char}"


def of_id(m: Span) -> str | None:
    """The ``of`` a mention gives a title: its id, or an :func:`org_ref` to an organization without one.

    A one-word organization the knowledge base does not know counts only when it is an acronym ("TTP
    spokesman X"): the English model tags many a lone capitalised word ORG ("Transportation").

    Examples:
        >>> import spacy
        >>> from spacy.tokens import Span
        >>> doc = spacy.blank("en")("TTP spokesman and Transportation secretary")
        >>> of_id(Span(doc, 0, 1, label="ORGANIZATION")), of_id(Span(doc, 3, 4, label="ORGANIZATION"))
        ('span:0:3', None)
    """
    if m.kb_id_:
        return m.kb_id_
    if m.label_ != "ORGANIZATION":
        return None
    acronym = len(m) == 1 and 2 <= len(m.text) <= 6 and m.text.isalpha() and m.text.isupper()
    return org_ref(m) if len(m) > 1 or acronym else None


def parse_org_ref(of: str | None) -> tuple[int, int] | None:
    """The character span of an :func:`org_ref`, or None for an entity id (or None)."""
    if of is None or not of.startswith(_ORG_REF):
        return None
    start, _, end = of[len(_ORG_REF) :].partition(":")
    return int(start), int(end)


@dataclass(frozen=True)
class Official:
    """A person named with (or as the speaker of) a position.

    Offsets are characters of ``doc.text`` (end exclusive); ``sentence`` is the
    0-based index of the sentence; ``of`` is an entity id, or (Arabic) an
    :func:`org_ref` to an organization the knowledge base does not know;
    ``how`` says which rule found it:
    ``"title-name"``, ``"name-title"``, ``"quoted"``, ``"speech"``, or ``"office"`` (a title used
    alone for the holder of the same office, :func:`~newsgraph.extract.officials.find.office_references`).
    """

    name_start: int
    name_end: int
    name: str
    title: str | None
    title_start: int | None
    title_end: int | None
    of: str | None
    sentence: int
    how: str
    #: ``of`` was guessed (nearest country of the sentence, or the article's), not stated with the title
    of_inferred: bool = False


class Context:
    """Per-document lookups, and the token attributes the rules read, computed once."""

    def __init__(self, doc: Doc, lang: str, kb: KnowledgeBase | None) -> None:
        self.doc, self.lang, self.kb = doc, lang, kb
        table = TokenTable.of(doc)
        self.text = table.text
        spans = list(doc.spans[_MENTIONS]) if _MENTIONS in doc.spans else []
        self.starts: dict[int, Span] = {sp.start: sp for sp in spans}
        self.ends: dict[int, Span] = {sp.end - 1: sp for sp in spans}
        self.covered: dict[int, Span] = {i: sp for sp in spans for i in range(sp.start, sp.end)}
        #: token.norm_, and the form names are compared on (norm_ in Arabic, lower_ otherwise)
        self.norm = table.norm
        self.key = table.norm if lang == "ar" else table.lower
        #: token.is_sent_start as a bool, the sentence index and the sentence's first token
        self.first = table.sent_start
        self.sent_of = [0] * len(doc)
        self.sent_start = [0] * len(doc)
        sents = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
        for n, sent in enumerate(sents):
            for i in range(sent.start, sent.end):
                self.sent_of[i] = n
                self.sent_start[i] = sent.start
        vocab = title_vocabulary(lang)
        self.titles: frozenset[str] = frozenset().union(*vocab.values())
        self.vocab = vocab
        self._known: dict[tuple[int, bool], bool] = {}

    def is_known(self, tok: Token, allow_place: bool = False) -> bool:
        """A token that cannot be part of a name (known word, title, mention).

        With ``allow_place``, a one-token PLACE mention is not refused (first
        names such as «فيكتوريا» are also place names); callers then require a
        non-mention token next to it (see :func:`.ar_names._mixed`).
        """
        known = self._known.get((tok.i, allow_place))
        if known is None:
            known = self._known[(tok.i, allow_place)] = self._is_known(tok, allow_place)
        return known

    def _is_known(self, tok: Token, allow_place: bool) -> bool:
        norm = self.key[tok.i]
        if self.lang == "ar" and tok.text in spellings("person_stopwords_spelled_ar.txt"):
            return True  # «بأن» (that), though «بان» is a name
        if self.lang == "ar" and tok.text in _AR_NAME_HOMOGRAPHS:
            return False  # «علي» (the name) is not «على» (on), though both normalise alike
        if norm in person_stopwords(self.lang) or norm in speech_verbs(self.lang) or norm in self.titles:
            return True
        if norm in org_heads(self.lang):
            return True
        sp = self.covered.get(tok.i)
        if sp is not None and sp.label_ != "PERSON":
            return not (allow_place and sp.label_ == "PLACE" and len(sp) == 1)
        if self.kb is not None:
            try:
                hits = self.kb.lookup(tok.text, self.lang)
            except Exception:
                hits = []
            labels = ("COUNTRY", "ORGANIZATION") if allow_place else ("COUNTRY", "ORGANIZATION", "PLACE")
            if any(getattr(a, "label", "") in labels for a in hits):
                return True
        return False


def tok_end(tok: Token) -> int:
    return tok.idx + len(tok.text)


def last_name_word(name: str) -> str:
    """The last word of a person's name, normalised: how the officials rules tell that two mentions of
    one article («نبيه بري», «الرئيس بري»; "Antony Blinken", "Blinken") name the same person."""
    parts = name.split()
    return normalize_token(parts[-1]) if parts else ""
