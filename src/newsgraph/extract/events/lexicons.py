"""The event lexicons as data: trigger patterns, the frame table and cue words, read from package data.

``data/triggers_<lang>.tsv`` (one pattern a line, see :mod:`~newsgraph.extract.events.triggers`),
``data/events_types.tsv`` (the frame table: the roles a type takes) and ``data/events_cues_<lang>.tsv``
(cue classes: speech, evaluative, occasion ...). Arabic forms are expanded with their clitics here
(:func:`arabic_variants`); matching them in a Doc is :func:`~newsgraph.extract.events.triggers.find_triggers`.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING

from newsgraph.errors import ConfigError
from newsgraph.text import normalize_token

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = [
    "KINDS",
    "TriggerPattern",
    "TriggerMatch",
    "EventTypeInfo",
    "load_triggers",
    "load_event_types",
    "load_cues",
    "is_cue",
    "arabic_variants",
]

#: Trigger kinds, strongest first: verb, noun, announcement verb, speech verb.
KINDS = ("V", "N", "A", "S")

_NOUN_PREFIXES = (
    "",
    "ال",
    "و",
    "ف",
    "ب",
    "ك",
    "ل",
    "وال",
    "فال",
    "بال",
    "كال",
    "لل",
    "ولل",
    "فلل",
    "وبال",
    "وب",
    "ول",
    "فب",
    "فل",
)
_VERB_PREFIXES = ("", "و", "ف", "س", "وس", "فس", "ل", "ول")
_NOUN_SUFFIXES = ("", "ا", "ات", "ه", "ها", "هم", "هما", "نا")
_VERB_SUFFIXES = ("", "ه", "ها", "هم", "وا", "ا")
_IMPERFECT_SUFFIXES = ("ان", "ون")


@dataclass(frozen=True)
class TriggerPattern:
    """One lexicon line: event type, kind and token slots (forms, or ``*N``); ``context``: the slots
    after a ``=>`` cell, which must follow the trigger but are no part of it («يصل ... إلى @place»)."""

    type: str
    kind: str
    slots: tuple[tuple[str, ...], ...]
    context: tuple[tuple[str, ...], ...] = ()


@dataclass(frozen=True)
class TriggerMatch:
    """A trigger found in a Doc (token offsets, end exclusive).

    ``definite`` is True for a definite noun ("الاجتماع", "the meeting"),
    which may refer back to an event already mentioned.
    """

    start: int
    end: int
    type: str
    kind: str
    definite: bool = False
    #: matched only with the context its pattern asks for after it (``=>``): an arrival is a visit only
    #: of someone named arriving somewhere (see ``realis.no_doer``)
    guarded: bool = False

    @property
    def strength(self) -> int:
        """3 for a verb or multi-word pattern, 2 for a noun, 1 for a definite noun."""
        if self.kind in ("V", "A") or self.end - self.start > 1:
            return 3
        return 1 if self.definite else 2


@dataclass(frozen=True)
class EventTypeInfo:
    """How an event type is read (a row of ``data/events_types.tsv``)."""

    type: str
    cameo: str | None
    subject: str | None
    object: str | None
    located: bool
    #: role of a noun trigger's genitive («زيارة الوزير» the visitor, «اعتقال X» the arrested)
    genitive: str | None = None
    #: types of one family may report one happening (Attack ~ Bombing); used by resolution
    family: str = ""
    #: whether an article's first report of this type is taken as its story (see the data file)
    story: bool = False
    #: whether the agent is also listed among the participants (a visitor, a host, a caller)
    agent_joins: bool = False
    #: whether an event a speaker announces, with no doer of its own, was done by the speaker's side
    speaker_acts: bool = True


def _data_lines(name: str) -> list[list[str]]:
    path = resources.files("newsgraph.extract") / "data" / name
    if not path.is_file():
        raise ConfigError(f"missing data file newsgraph/extract/data/{name}; reinstall newsgraph")
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(line.rstrip("\n").split("\t"))
    return rows


@functools.lru_cache(maxsize=8)
def load_triggers(lang: str) -> tuple[TriggerPattern, ...]:
    """The trigger patterns of ``lang`` (``()`` for a language without a lexicon).

    Examples:
        >>> any(p.type == "Arrest" for p in load_triggers("ar"))
        True
    """
    try:
        rows = _data_lines(f"triggers_{lang}.tsv")
    except ConfigError:
        return ()
    out = []
    for row in rows:
        cells = [cell.strip() for cell in row[2:] if cell.strip()]
        cut = cells.index("=>") if "=>" in cells else len(cells)
        out.append(TriggerPattern(row[0], row[1], tuple(tuple(c.split()) for c in cells[:cut]),
                                  tuple(tuple(c.split()) for c in cells[cut + 1:])))
    return tuple(out)


@functools.lru_cache(maxsize=1)
def load_event_types() -> Mapping[str, EventTypeInfo]:
    """Event type name to :class:`EventTypeInfo`.

    Examples:
        >>> load_event_types()["Arrest"].cameo
        '17'
    """

    def opt(cell: str) -> str | None:
        return None if cell == "-" else cell

    return {
        r[0]: EventTypeInfo(
            r[0],
            opt(r[1]),
            opt(r[2]),
            opt(r[3]),
            r[4] == "yes",
            opt(r[5]),
            r[6],
            r[7] == "yes",
            r[8] == "yes",
            r[9] == "yes",
        )
        for r in _data_lines("events_types.tsv")
    }


@functools.lru_cache(maxsize=8)
def load_cues(lang: str) -> Mapping[str, frozenset[str]]:
    """Function-word classes of ``lang`` ("location", "target", "complement"...).

    Examples:
        >>> "that" in load_cues("en")["complement"]
        True
    """
    try:
        rows = _data_lines(f"events_cues_{lang}.tsv")
    except ConfigError:
        rows = _data_lines("events_cues_en.tsv")
    return {r[0]: frozenset(normalize_token(w) for w in r[1].split()) for r in rows}


def is_cue(word: Token, cue: str, lang: str = "en") -> bool:
    """Whether ``word``, as written (lower-cased) or by its lemma, is a ``cue`` word of ``lang``."""
    words = load_cues(lang).get(cue, frozenset())
    return word.lower_ in words or word.lemma_.lower() in words


def arabic_variants(form: str, kind: str, *, first: bool = True, last: bool = True) -> dict[str, bool]:
    """Normalised surface variants of an Arabic form, each mapped to "is definite".

    Nouns get proclitics and the article on the first slot and tanween,
    plural and pronoun suffixes on the last (ta marbuta becomes ت before a
    suffix); verbs get و ف س ل, object pronouns and, in the present, the dual and plural
    endings («يفجران»). A later slot written with
    the article keeps it.

    Examples:
        >>> "النار" in arabic_variants("النار", "N", first=False)
        True
    """
    base = normalize_token(form)
    if base.startswith("ال") and kind == "N":
        base = base[2:]
    noun = kind == "N"
    suffixes: tuple[str, ...] = (_NOUN_SUFFIXES if noun else _VERB_SUFFIXES) if last else ("",)
    if not noun and last and base.startswith(("ي", "ت")):
        suffixes += _IMPERFECT_SUFFIXES  # «يفجران», «يهاجمون»: the dual and plural of the present
    stems = set()
    for suf in suffixes:
        if not suf:
            stems.add(base)
        elif noun and base.endswith("ه"):  # ta marbuta: ت before a suffix, no tanween alef
            if suf != "ا":
                stems.add(base[:-1] + ("ات" if suf == "ات" else "ت" + suf))
        elif not (base.endswith(("ا", "ي")) and suf in ("ا", "ات")):
            stems.add(base + suf)
    prefixes = (_NOUN_PREFIXES if noun else _VERB_PREFIXES) if first else ("",)
    if noun and not first and normalize_token(form).startswith("ال"):
        prefixes = ("ال",)  # a later slot written with its article («وقف إطلاق النار») keeps it
    out: dict[str, bool] = {}
    for stem in sorted(stems):
        for pre in prefixes:
            out.setdefault(pre + stem, pre.endswith(("ال", "لل")))
    return out
