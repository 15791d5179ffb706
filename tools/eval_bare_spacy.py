"""Score the bare spaCy English model on newsgraph's gold: the baseline newsgraph must beat.

Usage::

    .venv/bin/python tools/eval_bare_spacy.py tests/data/gold/en/ [--gpe COUNTRY|PLACE] [--format json]

The model's own entities become an :class:`~newsgraph.types.Extraction` with
no knowledge base, no rules and no events: PERSON → PERSON, ORG →
ORGANIZATION, GPE → ``--gpe`` (COUNTRY by default: the model cannot tell a
country from a city), LOC/FAC → PLACE; NORP is left out. Each distinct
name is its own entity (id minted from the text). The extraction is scored
with :func:`newsgraph.evaluate.score_extraction` (through
:func:`newsgraph.evaluate.run.evaluate_path`) and printed as the same table
as ``newsgraph evaluate``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import cast

from newsgraph.evaluate.report import format_report
from newsgraph.evaluate.run import evaluate_path
from newsgraph.extract.article import mint_entity_id
from newsgraph.extract.pipeline import english_model_name
from newsgraph.types import Article, Entity, Extraction, Label, Mention


def bare_extractor(model: str, gpe: Label) -> Callable[[Article], Extraction]:
    """Article → Extraction from the model's entities alone."""
    import spacy

    nlp = spacy.load(model)
    labels: dict[str, Label] = {
        "PERSON": "PERSON",
        "ORG": "ORGANIZATION",
        "GPE": gpe,
        "LOC": "PLACE",
        "FAC": "PLACE",
    }

    def extract(article: Article) -> Extraction:
        doc = nlp(article.text)
        sents = [(s.start_char, s.end_char) for s in doc.sents]
        index = {s.start: k for k, s in enumerate(doc.sents)}
        mentions: list[Mention] = []
        entities: dict[str, Entity] = {}
        for ent in doc.ents:
            label = labels.get(ent.label_)
            if label is None:
                continue
            eid = mint_entity_id(label, ent.text)
            mentions.append(
                Mention(ent.start_char, ent.end_char, ent.text, label, eid, index[ent.sent.start])
            )
            entities.setdefault(eid, Entity(id=eid, type=label, labels={"en": ent.text}))
        return Extraction(article, tuple(sents), tuple(mentions), tuple(entities.values()))

    return extract


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("gold", help="a gold .json file or a folder of them")
    parser.add_argument(
        "--model", default="auto", help="spaCy package (default: the one newsgraph would use)"
    )
    parser.add_argument("--gpe", choices=("COUNTRY", "PLACE"), default="COUNTRY")
    parser.add_argument("--format", choices=("table", "json"), default="table")
    args = parser.parse_args(argv)
    model = english_model_name(args.model)
    if model is None:
        print("no trained English spaCy pipeline is installed: pip install newsgraph[en]", file=sys.stderr)
        return 2
    report = evaluate_path(args.gold, bare_extractor(model, cast(Label, args.gpe)))
    print(f"bare {model} (GPE -> {args.gpe})")
    print(format_report(report, args.format))
    return 0


if __name__ == "__main__":
    sys.exit(main())
