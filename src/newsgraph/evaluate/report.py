"""Evaluation reports: per-file scores, their micro-average, text and JSON.

Examples:
    >>> from newsgraph.evaluate.scores import Counts, Scores
    >>> print(format_report(Scores({"entities": Counts(tp=2, fp=1, fn=1)})))
    kind          P      R     F1    TP    FP    FN
    entities  0.667  0.667  0.667     2     1     1
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import reduce
from operator import add
from pathlib import Path
from typing import Any, Literal

from newsgraph.errors import ConfigError
from newsgraph.evaluate.scores import Scores

__all__ = ["FileReport", "Report", "format_report"]


@dataclass
class FileReport:
    """The scores of one gold file."""

    gold: Path
    article: Path | None
    scores: Scores


@dataclass
class Report:
    """Scores per gold file; :attr:`total` micro-averages them (sums the counts)."""

    files: list[FileReport] = field(default_factory=list)

    @property
    def total(self) -> Scores:
        """The sum of all files' scores."""
        return reduce(add, (f.scores for f in self.files), Scores())

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict: each file with its FP/FN items, and the total without."""
        return {
            "files": [
                {
                    "gold": str(f.gold),
                    "article": str(f.article) if f.article else None,
                    "scores": f.scores.to_dict(items=True),
                }
                for f in self.files
            ],
            "total": self.total.to_dict(items=False),
        }


def _table(scores: Scores) -> list[str]:
    lines: list[str] = []
    if scores.counts:
        w = max(len("kind"), *(len(k) for k in scores.counts))
        lines.append(f"{'kind':<{w}}  {'P':>5}  {'R':>5}  {'F1':>5}  {'TP':>4}  {'FP':>4}  {'FN':>4}")
        for kind, c in scores.counts.items():
            lines.append(
                f"{kind:<{w}}  {c.precision:5.3f}  {c.recall:5.3f}  {c.f1:5.3f}"
                f"  {c.tp:4d}  {c.fp:4d}  {c.fn:4d}"
            )
    if scores.accuracy:
        if lines:
            lines.append("")
        w = max(len("attribute"), *(len(k) for k in scores.accuracy))
        lines.append(f"{'attribute':<{w}}  {'acc':>5}  {'correct':>7}  {'total':>5}")
        for kind, a in scores.accuracy.items():
            lines.append(f"{kind:<{w}}  {a.value:5.3f}  {a.correct:7d}  {a.total:5d}")
    return lines


def format_report(report: Report | Scores, fmt: Literal["table", "json"] | str = "table") -> str:
    """Render a report (or bare scores) as a plain-text table or as JSON.

    Args:
        report: a :class:`Report` from ``evaluate_path`` or the
            :class:`~newsgraph.evaluate.scores.Scores` of ``score_conll``.
        fmt: ``"table"`` (kind, P, R, F1, TP, FP, FN, then the accuracies)
            or ``"json"`` (with the FP/FN items of each file).

    Raises:
        ConfigError: on an unknown ``fmt``.
    """
    if fmt == "json":
        data = report.to_dict()
        return json.dumps(data, ensure_ascii=False, indent=2)
    if fmt != "table":
        raise ConfigError(f"unknown report format {fmt!r}: use 'table' or 'json'")
    if isinstance(report, Scores):
        return "\n".join(_table(report))
    head = [f"{len(report.files)} gold file(s), micro-averaged", ""]
    return "\n".join(head + _table(report.total))
