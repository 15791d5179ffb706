"""Score newsgraph's output against hand-made gold: the yardstick for later work.

- :func:`load_gold` reads a gold JSON file (:mod:`newsgraph.evaluate.gold`).
- :func:`score_extraction` scores one :class:`~newsgraph.types.Extraction`
  (entities, linking, positions, memberships, locations, events, roles,
  dates and amounts; rules in :mod:`~newsgraph.evaluate.linking`,
  :mod:`~newsgraph.evaluate.score` and :mod:`~newsgraph.evaluate.events`).
- :func:`evaluate_path` reads, extracts and scores a gold file or folder.
- :func:`score_conll` scores a tagger on a CoNLL/IOB2 file.
- :func:`format_report` renders any of these as a table or JSON.

Examples:
    >>> from newsgraph.evaluate import Counts
    >>> Counts(tp=1, fp=0, fn=1).recall
    0.5
"""

from __future__ import annotations

from newsgraph.evaluate.conll import iob2_spans, parse_tag_map, read_conll, score_conll
from newsgraph.evaluate.gold import Gold, load_gold
from newsgraph.evaluate.report import FileReport, Report, format_report
from newsgraph.evaluate.run import evaluate_path
from newsgraph.evaluate.score import score_extraction
from newsgraph.evaluate.scores import Accuracy, Counts, Scores

__all__ = [
    "Accuracy",
    "Counts",
    "FileReport",
    "Gold",
    "Report",
    "Scores",
    "evaluate_path",
    "format_report",
    "iob2_spans",
    "load_gold",
    "parse_tag_map",
    "read_conll",
    "score_conll",
    "score_extraction",
]
