"""Mention-level NER scores on CoNLL-style files (IOB2 tags).

**Format.** One token a line, ``token<TAB>tag`` or ``token tag`` (split on
tabs when the line has one, else on whitespace), with blank lines between
sentences. Extra tag columns (Wojood's nested tags, outer first) are
ignored: the first tag column is used. A byte-order mark and the
directional marks U+200E/U+200F are stripped from every token (NewsFANE
carries both); a token left empty is dropped with its tag.

**Decoding** follows conlleval: a span starts at ``B-X``, or at ``I-X`` when
the previous tag is not ``B-X``/``I-X`` of the same type, and ends before
``O``, ``B-``, or a tag of another type. ``E-X``/``S-X`` (IOBES) end a span
after their token. A tag with no ``B-``/``I-`` prefix (``person``, as in
GUM) is read as ``I-``: a run of one type is one span. Only the first ``-``
splits the prefix, so ``B-Population-Center`` has type ``Population-Center``.

**Mapping.** Source types are mapped to our labels with ``tag_map``
(``{"Politician": "PERSON"}``; a ``B-``/``I-`` prefix on a key is ignored,
then keys are tried exactly and case-insensitively, then ``"*"``). Spans of
unmapped types, or mapped to ``"O"``, are dropped from the gold; predicted
spans whose label no map value names are dropped too, since the data does
not annotate them. Scores are exact span + label matches: kind ``mentions``
(micro) and ``mentions.<LABEL>``.

Examples:
    >>> iob2_spans(["B-PER", "I-PER", "O", "I-LOC", "I-LOC", "B-LOC"])
    [(0, 2, 'PER'), (3, 5, 'LOC'), (5, 6, 'LOC')]
    >>> parse_tag_map(["Politician=PERSON", "Nation=COUNTRY"])
    {'Politician': 'PERSON', 'Nation': 'COUNTRY'}
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from newsgraph.errors import ConfigError, ExtractionError, InputError
from newsgraph.evaluate.scores import Scores
from newsgraph.text import is_arabic
from newsgraph.types import LABELS

__all__ = ["read_conll", "iob2_spans", "parse_tag_map", "map_type", "score_conll"]

Span3 = tuple[int, int, str]
Predictor = Callable[[list[str]], list[str]]

_STRIP = str.maketrans({"\ufeff": None, "\u200e": None, "\u200f": None})


def read_conll(path: str | Path) -> list[tuple[list[str], list[str]]]:
    """Read sentences as (tokens, first-column tags).

    Raises:
        InputError: when the file cannot be read or a line has no tag.
    """
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read CoNLL file: {exc}", path=str(p)) from exc
    sentences: list[tuple[list[str], list[str]]] = []
    tokens: list[str] = []
    tags: list[str] = []
    for lineno, line in enumerate(text.splitlines(), 1):
        line = line.rstrip()
        if not line.translate(_STRIP).strip():
            if tokens:
                sentences.append((tokens, tags))
                tokens, tags = [], []
            continue
        cols = line.split("\t") if "\t" in line else line.split()
        if len(cols) < 2 or not cols[1].strip():
            raise InputError(
                "expected 'token<TAB>tag' (or 'token tag'); this line has no tag",
                path=str(p),
                line=lineno,
            )
        token = cols[0].translate(_STRIP).strip()
        if token:
            tokens.append(token)
            tags.append(cols[1].strip())
    if tokens:
        sentences.append((tokens, tags))
    return sentences


def _split(tag: str) -> tuple[str, str]:
    if tag in ("O", "o", "_", "-"):
        return "O", ""
    head, sep, rest = tag.partition("-")
    if sep and head in ("B", "I", "E", "S", "L", "U") and rest:
        return {"L": "E", "U": "S"}.get(head, head), rest
    return "I", tag


def iob2_spans(tags: Sequence[str]) -> list[Span3]:
    """Decode IOB2 (or IOB1/IOBES/IO) tags into (start, end, type) spans, end exclusive.

    Examples:
        >>> iob2_spans(["B-ORG", "B-ORG", "I-PER", "O", "S-LOC", "person", "person"])
        [(0, 1, 'ORG'), (1, 2, 'ORG'), (2, 3, 'PER'), (4, 5, 'LOC'), (5, 7, 'person')]
    """
    spans: list[Span3] = []
    start, cur = -1, ""
    for i, tag in enumerate(tags):
        prefix, typ = _split(tag)
        if cur and (prefix in ("O", "B", "S") or typ != cur):
            spans.append((start, i, cur))
            cur = ""
        if prefix != "O" and not cur:
            start, cur = i, typ
        if cur and prefix in ("E", "S"):
            spans.append((start, i + 1, cur))
            cur = ""
    if cur:
        spans.append((start, len(tags), cur))
    return spans


def parse_tag_map(items: Iterable[str]) -> dict[str, str]:
    """Parse ``TAG=LABEL`` strings (the CLI's ``--map``) into a dict.

    Raises:
        ConfigError: on a malformed item or a label that is not one of ours.
    """
    out: dict[str, str] = {}
    for item in items:
        tag, sep, label = item.partition("=")
        if not sep or not tag.strip():
            raise ConfigError(f"--map {item!r}: expected TAG=LABEL, e.g. Politician=PERSON")
        out[tag.strip()] = label.strip().upper()
    _check_map(out)
    return out


def _check_map(tag_map: dict[str, str]) -> None:
    for tag, label in tag_map.items():
        if label != "O" and label not in LABELS:
            raise ConfigError(f"tag map {tag}={label}: the label must be one of {', '.join(LABELS)} or O")


def map_type(typ: str, tag_map: dict[str, str]) -> str | None:
    """Our label for source type ``typ``, or None when unmapped (or mapped to O).

    Examples:
        >>> map_type("pers", {"B-PERS": "PERSON"}), map_type("DATE", {"PERS": "PERSON"})
        ('PERSON', None)
    """
    table: dict[str, str] = {}
    for key, value in tag_map.items():
        bare = key[2:] if key[:2] in ("B-", "I-") else key
        table[bare] = value
    label = table.get(typ)
    if label is None:
        folded = {k.casefold(): v for k, v in table.items()}
        label = folded.get(typ.casefold(), table.get("*"))
    return None if label in (None, "O") else label


def _default_predictor(lang: str) -> Predictor:
    from newsgraph.extract import tag_tokens  # the extractor is heavy: import on use

    def predict(tokens: list[str]) -> list[str]:
        return list(tag_tokens(tokens, lang))

    return predict


def _guess_lang(sentences: list[tuple[list[str], list[str]]]) -> str:
    sample = " ".join(t for toks, _ in sentences[:50] for t in toks)
    return "ar" if is_arabic(sample) else "en"


def score_conll(
    path: str | Path,
    predict: Predictor | None,
    tag_map: dict[str, str],
    *,
    lang: str | None = None,
    max_sentences: int | None = None,
) -> Scores:
    """Score a tagger on a CoNLL file: exact span + label P/R/F1.

    Args:
        path: the CoNLL file (see the module docstring for the format).
        predict: takes a sentence's tokens, returns IOB2 tags in our labels
            (PERSON, ORGANIZATION, COUNTRY, PLACE). None uses
            ``newsgraph.extract.tag_tokens(tokens, lang)``.
        tag_map: source type to our label (see :func:`map_type`).
        lang: language for the default predictor; guessed from the script
            of the tokens when None.
        max_sentences: score only the first N sentences.

    Raises:
        InputError: when the file cannot be read.
        ConfigError: when ``tag_map`` names a label that is not ours.
        ExtractionError: when the predictor returns the wrong number of tags.
    """
    _check_map(tag_map)
    sentences = read_conll(path)
    if max_sentences is not None:
        sentences = sentences[:max_sentences]
    if predict is None:
        predict = _default_predictor(lang or _guess_lang(sentences))
    judged = {v for v in tag_map.values() if v != "O"}
    scores = Scores()
    micro = scores.kind("mentions")
    for name in sorted(judged):
        scores.kind(f"mentions.{name}")
    for n, (tokens, tags) in enumerate(sentences):
        gold: set[Span3] = set()
        for s, e, typ in iob2_spans(tags):
            mapped = map_type(typ, tag_map)
            if mapped is not None:
                gold.add((s, e, mapped))
        out = predict(list(tokens))
        if len(out) != len(tokens):
            raise ExtractionError(
                f"the tagger returned {len(out)} tags for a sentence of {len(tokens)} tokens "
                f"(sentence {n + 1})",
                path=str(path),
            )
        pred = {sp for sp in iob2_spans(out) if sp[2] in judged}
        for span in sorted(gold | pred):
            s, e, label = span
            item = f"{n}:{s}-{e} {label} {' '.join(tokens[s:e])}"
            for counts in (micro, scores.kind(f"mentions.{label}")):
                if span in gold and span in pred:
                    counts.hit()
                elif span in gold:
                    counts.miss(item)
                else:
                    counts.spurious(item)
    return scores
