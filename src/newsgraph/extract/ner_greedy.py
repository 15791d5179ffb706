"""spaCy's greedy NER decoding, computed per entity instead of per token: the same entities, faster.

A trained spaCy ``ner`` component (``EntityRecognizer``, the BILUO transition system) decodes a
batch one token at a time in Cython (``Parser._parseC``). Built with Cython 3, every validity test
of that loop takes and releases the GIL, which made the loop about 40% of the Arabic NER's time
(``perf`` on ``benchmarks/extract_speed.py``), more than the encoder's matrix products.

:class:`GreedyNER` gives the same decisions from the same weights with few, large numpy products.
With ``state_type = "ner"`` and no extra state tokens, the model reads three tokens of a state: the
current token ``B0``, the first token of the open entity ``E0`` and the token before ``B0`` (the
last two only while an entity is open; a learned padding vector otherwise). So:

1. while no entity is open the scores of a token depend on that token alone: they are computed for
   every token of the batch at once, and each token gets its best valid action (``B-``, ``U-`` or
   ``O``, as spaCy's validity rules allow it there);
2. from every token whose best action begins an entity, that entity is followed to its ``L-``
   action, all candidate entities of the batch advancing together one token per step;
3. a walk through each document in order keeps the entities that do not start inside an earlier
   one, which is exactly the path the sequential decoder takes.

The sums are made in spaCy's order in float32, and the output layer uses blis, as spaCy's loop
does. A component it cannot reproduce (beam search, other features, unseen classes) or a document
that already has entity annotation is left to spaCy's own decoder.

Examples:
    >>> from newsgraph.extract.ner_greedy import GreedyNER
    >>> GreedyNER.__name__
    'GreedyNER'
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import numpy as np
from spacy.tokens import Doc, Span
from spacy.util import minibatch

__all__ = ["GreedyNER"]

_BEGIN, _IN, _LAST, _UNIT, _OUT, _OTHER = range(6)
_KINDS = {"B": _BEGIN, "I": _IN, "L": _LAST, "U": _UNIT}


class GreedyNER:
    """A pipeline component that runs a trained spaCy ``ner`` component with vectorised decoding.

    Args:
        ner: the trained ``EntityRecognizer`` (it keeps its weights; nothing is copied).
    """

    def __init__(self, ner: Any) -> None:
        self.ner = ner
        self.model = ner.model  # so that newsgraph.extract.pipeline.numpy_products reaches its layers
        names = [ner.moves.get_class_name(i) for i in range(ner.moves.n_moves)]
        self._kind = np.array([_kind(n) for n in names], dtype=np.int8)
        labels = sorted({n[2:] for n, k in zip(names, self._kind, strict=True) if k < _OUT and n[2:]})
        self._labels = labels
        self._label_of = np.array([labels.index(n[2:]) if n[2:] in labels else -1 for n in names])
        index = {name: i for i, name in enumerate(names)}
        self._class = {  # the class of B-, I-, L- and U- for each label
            kind: np.array([index.get(f"{letter}-{lab}", -1) for lab in labels])
            for letter, kind in _KINDS.items()
        }
        self.supported = self._supported(names)

    def _supported(self, names: list[str]) -> bool:
        model = self.ner.model
        if self.ner.cfg.get("beam_width", 1) != 1 or not model.attrs.get("has_upper"):
            return False
        if model.attrs.get("unseen_classes") or "O" not in names:
            return False
        lower = model.get_ref("lower")
        if lower.get_dim("nF") != 3 or not lower.has_dim("nP") or lower.get_dim("nP") < 2:
            return False
        return all(np.all(c >= 0) for kind, c in self._class.items() if kind in (_IN, _LAST))

    def __call__(self, doc: Doc) -> Doc:
        self._annotate([doc])
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 256) -> Iterator[Doc]:
        """Annotate ``docs`` in batches (sorted by length in each, as spaCy's parser does)."""
        for batch in minibatch(docs, size=batch_size):
            for sub in minibatch(sorted(batch, key=len), size=max(batch_size // 4, 2)):
                self._annotate(list(sub))
            yield from batch

    def _annotate(self, docs: list[Doc]) -> None:
        if not self.supported or any(doc.has_annotation("ENT_IOB") for doc in docs):
            self.ner.set_annotations(docs, self.ner.predict(docs))
            return
        spans = self.decode(docs)
        for doc, found in zip(docs, spans, strict=True):
            doc.set_ents([Span(doc, s, e, label=self._labels[lab]) for s, e, lab in found], default="outside")

    def decode(self, docs: Sequence[Doc]) -> list[list[tuple[int, int, int]]]:
        """The entities of each document as ``(start, end, label index)``, in order."""
        import blis.py

        model = self.ner.model
        lower, upper = model.get_ref("lower"), model.get_ref("upper")
        feats = lower.predict(model.get_ref("tok2vec").predict(list(docs)))  # (1 + tokens, 3, nO, nP)
        pad, table = feats[0], feats[1:]
        bias = lower.get_param("b")
        weights, out_bias = upper.get_param("W"), upper.get_param("b")

        def scores(hidden: np.ndarray) -> np.ndarray:
            hidden = np.ascontiguousarray(hidden.max(axis=-1), dtype=np.float32)
            return blis.py.gemm(hidden, weights, trans2=True, beta=0.0) + out_bias

        lengths = np.array([len(d) for d in docs])
        offsets = np.concatenate([[0], np.cumsum(lengths)])
        n = int(offsets[-1])
        if n == 0:
            return [[] for _ in docs]
        last = np.zeros(n, dtype=bool)
        last[offsets[1:][lengths > 0] - 1] = True
        space = np.concatenate([d.to_array("IS_SPACE").astype(bool) for d in docs])
        starts = np.concatenate([d.to_array("SENT_START") for d in docs]) == 1
        next_starts = np.zeros(n, dtype=bool)
        next_starts[:-1] = starts[1:]
        next_starts &= ~last

        # 1. no entity open: the same features for a token whatever came before
        closed = table[:, 0] + pad[1]
        closed += pad[2]
        closed += bias
        kind = self._kind
        valid = np.broadcast_to((kind == _BEGIN) | (kind == _UNIT) | (kind == _OUT), (n, len(kind))).copy()
        valid[:, kind == _BEGIN] &= (~last & ~next_starts & ~space)[:, None]
        valid[:, kind == _UNIT] &= ~space[:, None]
        valid[:, self._label_of < 0] &= (kind == _OUT)[self._label_of < 0]  # "U-" without a label
        choice = np.where(valid, scores(closed), -np.inf).argmax(axis=1)
        chosen_kind = kind[choice]

        # 2. follow every entity that could begin, all together
        begins = np.flatnonzero(chosen_kind == _BEGIN)
        ends = self._follow(begins, self._label_of[choice[begins]], table, bias, scores, last, next_starts)
        end_of = dict(zip(begins.tolist(), ends.tolist(), strict=True))

        # 3. the path the sequential decoder takes
        out: list[list[tuple[int, int, int]]] = [[] for _ in docs]
        decided = np.flatnonzero((chosen_kind == _BEGIN) | (chosen_kind == _UNIT))
        doc_of = np.searchsorted(offsets, decided, side="right") - 1
        free = 0
        for t, d in zip(decided.tolist(), doc_of.tolist(), strict=True):
            if t < free:
                continue
            free = end_of.get(t, t + 1)
            out[d].append((t - int(offsets[d]), free - int(offsets[d]), int(self._label_of[choice[t]])))
        return out

    def _follow(
        self,
        begins: np.ndarray,
        labels: np.ndarray,
        table: np.ndarray,
        bias: np.ndarray,
        scores: Any,
        last: np.ndarray,
        next_starts: np.ndarray,
    ) -> np.ndarray:
        """The end (exclusive) of the entity that begins at each of ``begins`` with its label."""
        ends = np.zeros(len(begins), dtype=np.int64)
        pos = begins + 1
        live = np.arange(len(begins))
        in_class, last_class = self._class[_IN][labels], self._class[_LAST][labels]
        while len(live):
            p, e = pos[live], begins[live]
            hidden = table[p, 0] + table[e, 1]
            hidden += table[p - 1, 2]
            hidden += bias
            sc = scores(hidden)
            rows = np.arange(len(live))
            s_in, s_last = sc[rows, in_class[live]], sc[rows, last_class[live]]
            # the first of the two classes wins a tie, as in spaCy's arg_max_if_valid
            go_on = np.where(in_class[live] < last_class[live], s_in >= s_last, s_in > s_last)
            go_on &= ~last[p] & ~next_starts[p]
            done = live[~go_on]
            ends[done] = pos[done] + 1
            live = live[go_on]
            pos[live] += 1
        return ends


def _kind(name: str) -> int:
    if name == "O":
        return _OUT
    return _KINDS.get(name[:1], _OTHER) if name[1:2] == "-" else _OTHER
