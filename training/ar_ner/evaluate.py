"""Score rules alone, the Arabic NER model alone, and both, on Wojood val and the NewsFANE test split.

Mention-level exact span + type P/R/F1 (``newsgraph.evaluate.score_conll``)
for PERSON, ORGANIZATION and GPE+LOCATION, where COUNTRY and PLACE
predictions and GPE/LOC gold spans are merged into one class (scored as PLACE).
Nationality adjectives, which newsgraph labels COUNTRY on purpose, are not
GPE names in either corpus (Wojood: NORP; NewsFANE: Group or untagged), so
they are left out of the rules' and the combination's predictions unless
``--keep-demonyms`` is given.

- rules: ``tag_tokens(tokens, "ar", model=None)``: knowledge base + title and
  organization rules, no model;
- model: the ``ner`` component alone (its spans, before any rule);
- both: ``tag_tokens(tokens, "ar", model=MODEL)``: the full pipeline.

Usage::

    python training/ar_ner/evaluate.py --shared ../shared \
        --newsfane-test build/ar_ner/corpus/newsfane_test.conll \
        [--model build/ar_ner/output/model-best]   # default: the shipped model
        [--errors build/ar_ner/errors.tsv]         # every spurious and missed mention
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from newsgraph.evaluate import score_conll
from newsgraph.evaluate.scores import Scores

HERE = Path(__file__).resolve().parent
_OURS = {"PERSON": "PERSON", "ORG": "ORGANIZATION", "GPE": "PLACE", "LOC": "PLACE"}
_MERGE = {"COUNTRY": "PLACE"}

Predictor = Callable[[list[str]], list[str]]


def eval_tag_map(corpus: str) -> dict[str, str]:
    """Source type -> scored label, from ``tag_map.tsv`` (GPE and LOC both PLACE)."""
    out: dict[str, str] = {}
    for line in (HERE / "tag_map.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        c, typ, label = line.split("\t")
        if c == corpus:
            out[typ] = _OURS.get(label, "O")
    return out


def _merged(tags: list[str]) -> list[str]:
    out = []
    for tag in tags:
        prefix, _, label = tag.partition("-")
        out.append(f"{prefix}-{_MERGE.get(label, label)}" if label else tag)
    return out


def _offsets(tokens: list[str]) -> tuple[str, list[tuple[int, int]]]:
    offsets, pos = [], 0
    for tok in tokens:
        offsets.append((pos, pos + len(tok)))
        pos += len(tok) + 1
    return " ".join(tokens), offsets


def _tag_names(tokens: list[str], model: str | None) -> list[str]:
    """Like ``tag_tokens``, without nationality adjectives (not GPE names in either corpus)."""
    from newsgraph.extract.article import extract_article
    from newsgraph.kb import load_kb
    from newsgraph.types import Article

    kb = load_kb()
    text, offsets = _offsets(tokens)
    tags = ["O"] * len(tokens)
    ext = extract_article(Article(id="conll", title=None, text=text, language="ar"), model=model)
    for m in ext.mentions:
        if m.kind != "name":
            continue  # anaphors («الحكومة») are not named mentions, as in tag_tokens
        if m.label == "COUNTRY" and any(a.kind == "demonym" for a in kb.lookup(m.text, "ar")[:1]):
            continue
        covered = [i for i, (s, e) in enumerate(offsets) if s < m.end and m.start < e]
        for n, i in enumerate(covered):
            tags[i] = ("B-" if n == 0 else "I-") + m.label
    return tags


def predictors(model: str, keep_demonyms: bool = False) -> dict[str, Predictor]:
    from newsgraph.extract import tag_tokens
    from newsgraph.extract.kb_ruler import _NER_LABELS
    from newsgraph.extract.pipeline import get_nlp

    nlp = get_nlp("ar", model)
    if "ner" not in nlp.pipe_names:
        raise SystemExit(f"no Arabic NER model for model={model!r}; run make train-ar")

    def pipeline(tokens: list[str], which: str | None) -> list[str]:
        if keep_demonyms:
            return _merged(tag_tokens(tokens, "ar", model=which))
        return _merged(_tag_names(tokens, which))

    def rules(tokens: list[str]) -> list[str]:
        return pipeline(tokens, None)

    def both(tokens: list[str]) -> list[str]:
        return pipeline(tokens, model)

    def alone(tokens: list[str]) -> list[str]:
        text, offsets = _offsets(tokens)
        tags = ["O"] * len(tokens)
        with nlp.select_pipes(enable=["newsgraph_ar_tokens_v1", "ner"]):
            doc = nlp(text)
        for ent in doc.ents:
            covered = [i for i, (s, e) in enumerate(offsets) if s < ent.end_char and ent.start_char < e]
            label = _MERGE.get(_NER_LABELS[ent.label_], _NER_LABELS[ent.label_])
            for n, i in enumerate(covered):
                tags[i] = ("B-" if n == 0 else "I-") + label
        return tags

    return {"rules": rules, "model": alone, "both": both}


def _row(name: str, system: str, scores: Scores) -> str:
    cells = []
    for kind in ("mentions", "mentions.PERSON", "mentions.ORGANIZATION", "mentions.PLACE"):
        c = scores.kind(kind)
        cells.append(f"{c.precision:.3f} {c.recall:.3f} {c.f1:.3f}")
    return f"{name:<14} {system:<6} " + " | ".join(cells)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=Path("../shared"))
    ap.add_argument("--newsfane-test", type=Path, default=Path("build/ar_ner/corpus/newsfane_test.conll"))
    ap.add_argument("--model", default="auto", help="trained pipeline folder; default: the shipped model")
    ap.add_argument("--systems", default="rules,model,both")
    ap.add_argument(
        "--keep-demonyms",
        action="store_true",
        help="score nationality adjectives (COUNTRY mentions such as «الفلسطيني») as GPE too",
    )
    ap.add_argument(
        "--errors",
        type=Path,
        help="write every spurious (FP) and missed (FN) mention to this TSV file: "
        "set, system, FP/FN, 'sentence:start-end LABEL text'",
    )
    args = ap.parse_args(argv)

    sets = [
        ("wojood-val", args.shared / "data" / "wojood_ar" / "val.txt", eval_tag_map("wojood")),
        ("newsfane-test", args.newsfane_test, eval_tag_map("newsfane")),
    ]
    preds = predictors(args.model, args.keep_demonyms)
    heads = ("ALL P R F1", "PERSON", "ORG", "GPE+LOC")
    print(f"{'set':<14} {'system':<6} " + " | ".join(f"{k:<17}" for k in heads))
    errors: list[str] = []
    for name, path, tag_map in sets:
        for system in args.systems.split(","):
            scores = score_conll(path, preds[system], tag_map, lang="ar")
            print(_row(name, system, scores), flush=True)
            errors += _error_rows(name, system, scores)
    if args.errors is not None:
        args.errors.parent.mkdir(parents=True, exist_ok=True)
        args.errors.write_text("".join(errors), encoding="utf-8")


def _error_rows(name: str, system: str, scores: Scores) -> list[str]:
    """TSV lines for the spurious and missed mentions of one system on one set."""
    counts = scores.kind("mentions")
    return [f"{name}\t{system}\tFP\t{item}\n" for item in counts.fp_items] + [
        f"{name}\t{system}\tFN\t{item}\n" for item in counts.fn_items
    ]


if __name__ == "__main__":
    main()
