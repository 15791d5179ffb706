"""Training-only spaCy registrations for the Arabic NER model (``spacy train --code``).

``newsgraph.ar_docbin.v1`` reads a DocBin written by ``convert.py`` and makes
each training Example's predicted Doc a copy of the reference tokens *with
their NORM values*. spaCy's own corpus reader would re-run the blank Arabic
tokenizer instead, losing newsgraph's clitic splits and normalised norms,
which the model must see exactly as the pipeline produces them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin
from spacy.training import Example


@spacy.registry.readers("newsgraph.ar_docbin.v1")
def create_reader(path: Path) -> Callable[[Language], Iterator[Example]]:
    def read(nlp: Language) -> Iterator[Example]:
        for ref in DocBin().from_disk(path).get_docs(nlp.vocab):
            pred = Doc(nlp.vocab, words=[t.text for t in ref], spaces=[bool(t.whitespace_) for t in ref])
            for p, r in zip(pred, ref, strict=True):
                p.norm_ = r.norm_
            yield Example(pred, ref)

    return read
