"""Score containers: precision/recall/F1 counts and accuracies, by kind.

A :class:`Counts` holds true positives, false positives and false negatives
of one kind of item ("entities", "positions", "events"...), plus the missed
and spurious items themselves as short strings for debugging. Empty
denominators give 0.0, as conlleval does. An :class:`Accuracy` holds
correct/total for attributes judged on matched items (an event's date...).
:class:`Scores` groups both by kind; adding Scores sums the counts, which is
how results are micro-averaged over files.

Examples:
    >>> c = Counts(tp=2, fp=1, fn=1)
    >>> round(c.precision, 3), round(c.recall, 3), round(c.f1, 3)
    (0.667, 0.667, 0.667)
    >>> s = Scores({"x": Counts(1, 0, 1)}) + Scores({"x": Counts(1, 1, 0)})
    >>> s["x"].tp, s["x"].fp, s["x"].fn
    (2, 1, 1)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = ["Counts", "Accuracy", "Scores"]


def _ratio(num: int, den: int) -> float:
    return num / den if den else 0.0


@dataclass
class Counts:
    """TP/FP/FN of one kind, with the FP and FN items for debugging."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    fp_items: list[str] = field(default_factory=list)
    fn_items: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        """tp / (tp + fp); 0.0 when nothing was predicted."""
        return _ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float:
        """tp / (tp + fn); 0.0 when there is no gold item."""
        return _ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall; 0.0 when both are 0."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def hit(self) -> None:
        """Count one true positive."""
        self.tp += 1

    def miss(self, item: str) -> None:
        """Count one false negative (a gold item not found)."""
        self.fn += 1
        self.fn_items.append(item)

    def spurious(self, item: str) -> None:
        """Count one false positive (a predicted item not in the gold)."""
        self.fp += 1
        self.fp_items.append(item)

    def __add__(self, other: Counts) -> Counts:
        return Counts(
            self.tp + other.tp,
            self.fp + other.fp,
            self.fn + other.fn,
            self.fp_items + other.fp_items,
            self.fn_items + other.fn_items,
        )

    def to_dict(self, items: bool = True) -> dict[str, Any]:
        """A JSON-ready dict: p, r, f1 (rounded to 4 places), counts, items."""
        out: dict[str, Any] = {
            "p": round(self.precision, 4),
            "r": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }
        if items:
            out["fp_items"] = list(self.fp_items)
            out["fn_items"] = list(self.fn_items)
        return out


@dataclass
class Accuracy:
    """Correct over total for one attribute, with the wrong items."""

    correct: int = 0
    total: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def value(self) -> float:
        """correct / total; 0.0 when there is nothing to judge."""
        return _ratio(self.correct, self.total)

    def judge(self, ok: bool, item: str) -> None:
        """Count one judged item; remember it when wrong."""
        self.total += 1
        if ok:
            self.correct += 1
        else:
            self.errors.append(item)

    def __add__(self, other: Accuracy) -> Accuracy:
        return Accuracy(self.correct + other.correct, self.total + other.total, self.errors + other.errors)

    def to_dict(self, items: bool = True) -> dict[str, Any]:
        """A JSON-ready dict: accuracy, correct, total and (optionally) errors."""
        out: dict[str, Any] = {
            "accuracy": round(self.value, 4),
            "correct": self.correct,
            "total": self.total,
        }
        if items:
            out["errors"] = list(self.errors)
        return out


@dataclass
class Scores:
    """Counts and accuracies by kind, in insertion order."""

    counts: dict[str, Counts] = field(default_factory=dict)
    accuracy: dict[str, Accuracy] = field(default_factory=dict)

    def __getitem__(self, kind: str) -> Counts:
        return self.counts[kind]

    def kind(self, name: str) -> Counts:
        """The counts of ``name``, created empty on first use."""
        return self.counts.setdefault(name, Counts())

    def acc(self, name: str) -> Accuracy:
        """The accuracy of ``name``, created empty on first use."""
        return self.accuracy.setdefault(name, Accuracy())

    def __add__(self, other: Scores) -> Scores:
        counts = dict(self.counts)
        for k, c in other.counts.items():
            counts[k] = counts[k] + c if k in counts else c
        accuracy = dict(self.accuracy)
        for k, a in other.accuracy.items():
            accuracy[k] = accuracy[k] + a if k in accuracy else a
        return Scores(counts, accuracy)

    def to_dict(self, items: bool = True) -> dict[str, Any]:
        """A JSON-ready dict ``{"counts": {kind: ...}, "accuracy": {kind: ...}}``."""
        return {
            "counts": {k: c.to_dict(items) for k, c in self.counts.items()},
            "accuracy": {k: a.to_dict(items) for k, a in self.accuracy.items()},
        }
