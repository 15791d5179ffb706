"""Convert NewsFANE Gold and Wojood into spaCy DocBins for the Arabic NER model.

Reads ``<shared>/data/newsfane_gold_ar`` (CC BY-SA 3.0) and ``<shared>/data/wojood_ar``
(MIT) and writes, into ``--out``:

- ``train.spacy``: NewsFANE train blocks + Wojood train (minus every 10th
  sentence), Wojood repeated ``--wojood-weight`` times;
- ``dev.spacy``: NewsFANE dev blocks + every 10th Wojood train sentence
  (used only to pick the best checkpoint);
- ``newsfane_test.conll``: NewsFANE test blocks (the held-out test split,
  original tokens and fine-grained tags; never trained on);
- ``newsfane_dev.conll``: the dev blocks in the same form, to study errors on
  (``evaluate.py --newsfane-test newsfane_dev.conll``) without touching the test.

**The NewsFANE split.** The corpus marks no documents, so its sentences are
grouped in consecutive blocks of 50 (about 1,700 tokens, one to a few
articles): block ``b`` holds sentences ``50*b .. 50*b+49``. Blocks with
``b % 10 == 9`` are the test split (blocks 9, 19, ..., 99: 10 % of the
corpus, spread over all of it), blocks with ``b % 20 == 4`` are dev, the
rest are train. Only an article that straddles a block edge is shared.

Wojood val is never read here: it is the second test set.

NewsFANE has no blank lines: sentences end at a ``.``, ``؟`` or ``!`` token.
The byte-order mark, U+200E/U+200F and carriage returns are stripped.
Wojood's ``$#$`` segment markers are dropped; of its nested tags the
outermost span of one of our types is kept (a GPE inside an OCC is kept).
Source types are mapped with ``tag_map.tsv``.

With ``--tokens pipeline`` (the default) each sentence is re-tokenised the way
newsgraph's Arabic pipeline does it (spaCy's Arabic tokenizer plus
``newsgraph_ar_tokens_v1``: proclitics split off, normalised ``NORM``), and
entities are aligned on characters; a proclitic split off the first token of
an entity («لمنظمة» -> «ل» «منظمة») is left outside the entity, as the
pipeline would see it. ``--tokens original`` keeps the corpus tokens.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterable, Iterator
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, DocBin, Span
from spacy.util import filter_spans

from newsgraph.evaluate.conll import iob2_spans
from newsgraph.text import normalize_token

HERE = Path(__file__).resolve().parent
SENT_END = {".", "؟", "!", "?"}
BLOCK = 50
PROCLITICS = set("وفبلك")
_STRIP = str.maketrans({"\ufeff": None, "\u200e": None, "\u200f": None, "\r": None})

Sentence = tuple[list[str], list[tuple[int, int, str]]]  # tokens, (start, end, label) token spans


def newsfane_part(index: int, block: int = BLOCK) -> str:
    """"train", "dev" or "test" for NewsFANE sentence ``index`` (see the module docstring)."""
    b = index // block
    if b % 10 == 9:
        return "test"
    return "dev" if b % 20 == 4 else "train"


def load_tag_map(path: Path = HERE / "tag_map.tsv") -> dict[tuple[str, str], str]:
    """(corpus, source type) -> model label; types mapped to O are left out."""
    out: dict[tuple[str, str], str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        corpus, typ, label = line.split("\t")
        if label != "O":
            out[(corpus, typ)] = label
    return out


def read_newsfane(path: Path) -> list[tuple[list[str], list[str]]]:
    """NewsFANE as (tokens, fine tags) sentences, split after sentence-final tokens."""
    sentences: list[tuple[list[str], list[str]]] = []
    tokens: list[str] = []
    tags: list[str] = []
    for line in path.read_text(encoding="utf-8-sig").translate(_STRIP).split("\n"):
        if "\t" not in line:
            continue
        token, tag = line.split("\t")[:2]
        token = token.strip()
        if not token:
            continue
        tokens.append(token)
        tags.append(tag.strip())
        if token in SENT_END:
            sentences.append((tokens, tags))
            tokens, tags = [], []
    if tokens:
        sentences.append((tokens, tags))
    return sentences


def read_wojood(path: Path) -> list[tuple[list[str], list[list[str]]]]:
    """Wojood as (tokens, tag columns per token) sentences, ``$#$`` markers dropped."""
    sentences: list[tuple[list[str], list[list[str]]]] = []
    tokens: list[str] = []
    layers: list[list[str]] = []
    for line in path.read_text(encoding="utf-8-sig").translate(_STRIP).split("\n"):
        cols = line.split()
        if not cols:
            if tokens:
                sentences.append((tokens, layers))
                tokens, layers = [], []
            continue
        if cols[0] == "$#$":
            continue
        tokens.append(cols[0])
        layers.append(cols[1:] or ["O"])
    if tokens:
        sentences.append((tokens, layers))
    return sentences


def training_labels(shared: Path) -> Iterator[tuple[list[str], list[list[tuple[str, bool]]]]]:
    """The training sentences of both corpora, with the splits above (NewsFANE Gold without its test
    and dev blocks, Wojood ``train.txt``), as (tokens, for each token the model labels of the spans it
    is in, each with whether its span begins there). Types the tag map drops are left out."""
    tag_map = load_tag_map()
    for path in sorted((shared / "data" / "newsfane_gold_ar").glob("NewsFANE_Gold*.txt")):
        for i, (tokens, tags) in enumerate(read_newsfane(path)):
            if newsfane_part(i) != "train":
                continue
            labels = [tag_map.get(("newsfane", t.partition("-")[2])) if t != "O" else None for t in tags]
            yield tokens, [
                [] if label is None else
                [(label, tags[k].startswith("B-") or k == 0 or labels[k - 1] != label)]
                for k, label in enumerate(labels)
            ]
    for tokens, layers in read_wojood(shared / "data" / "wojood_ar" / "train.txt"):
        yield tokens, [
            [(label, t.startswith("B-")) for t in tags
             if t != "O" and (label := tag_map.get(("wojood", t.partition("-")[2]))) is not None]
            for tags in layers
        ]


def mapped_spans(
    columns: list[list[str]], corpus: str, tag_map: dict[tuple[str, str], str]
) -> list[tuple[int, int, str]]:
    """Outermost spans of mapped types, decoding each tag column (outer first)."""
    depth = max(len(c) for c in columns)
    found: list[tuple[int, int, str]] = []
    for k in range(depth):
        col = [c[k] if k < len(c) else "O" for c in columns]
        for s, e, typ in iob2_spans(col):
            label = tag_map.get((corpus, typ))
            if label is not None:
                found.append((s, e, label))
    found.sort(key=lambda x: (x[0], -(x[1] - x[0])))
    kept: list[tuple[int, int, str]] = []
    for s, e, label in found:
        if not any(ks < e and s < ke for ks, ke, _ in kept):
            kept.append((s, e, label))
    return kept


def to_doc(nlp: Language, tokens: list[str], spans: list[tuple[int, int, str]], mode: str) -> Doc:
    """A Doc of the sentence as the pipeline tokenises it, with entities set."""
    if mode == "original":
        doc = Doc(nlp.vocab, words=tokens)
        for tok in doc:
            tok.norm_ = normalize_token(tok.text)
        ents = [Span(doc, s, e, label=lab) for s, e, lab in spans]
        doc.ents = ents
        return doc
    starts: list[int] = []
    pos = 0
    for tok in tokens:
        starts.append(pos)
        pos += len(tok) + 1
    text = " ".join(tokens)
    doc = nlp.get_pipe("newsgraph_ar_tokens_v1")(nlp.make_doc(text))
    ents: list[Span] = []
    for s, e, lab in spans:
        end = starts[e - 1] + len(tokens[e - 1])
        span = doc.char_span(starts[s], end, label=lab, alignment_mode="expand")
        if span is None:
            continue
        start = span.start
        while start < span.end - 1 and doc[start].text in PROCLITICS and not doc[start].whitespace_:
            start += 1
        ents.append(Span(doc, start, span.end, label=lab))
    doc.ents = filter_spans(ents)
    return doc


def write_conll(path: Path, sentences: Iterable[tuple[list[str], list[str]]]) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for tokens, tags in sentences:
            for tok, tag in zip(tokens, tags, strict=True):
                fh.write(f"{tok}\t{tag}\n")
            fh.write("\n")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=Path("../shared"))
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--tokens", choices=["pipeline", "original"], default="pipeline")
    ap.add_argument("--wojood-weight", type=int, default=2)
    args = ap.parse_args(argv)

    from newsgraph.extract.pipeline import get_nlp

    nlp = get_nlp("ar", None)
    tag_map = load_tag_map()
    data = args.shared / "data"
    args.out.mkdir(parents=True, exist_ok=True)

    nf = read_newsfane(data / "newsfane_gold_ar" / "NewsFANE_Gold_2014_170K.txt")
    parts = [newsfane_part(i) for i in range(len(nf))]
    write_conll(args.out / "newsfane_test.conll", [s for s, p in zip(nf, parts, strict=True) if p == "test"])
    # the dev blocks as CoNLL too, to read the rules' errors on (evaluate.py --newsfane-test FILE)
    write_conll(args.out / "newsfane_dev.conll", [s for s, p in zip(nf, parts, strict=True) if p == "dev"])
    nf_sents: list[Sentence] = [(t, mapped_spans([[x] for x in tags], "newsfane", tag_map)) for t, tags in nf]
    wj = read_wojood(data / "wojood_ar" / "train.txt")
    wj_sents: list[Sentence] = [(t, mapped_spans(cols, "wojood", tag_map)) for t, cols in wj]

    nf_train = [s for s, p in zip(nf_sents, parts, strict=True) if p == "train"]
    nf_dev = [s for s, p in zip(nf_sents, parts, strict=True) if p == "dev"]
    train = nf_train + [s for i, s in enumerate(wj_sents) if i % 10 != 9] * args.wojood_weight
    dev = nf_dev + [s for i, s in enumerate(wj_sents) if i % 10 == 9]
    attrs = ["ORTH", "NORM", "ENT_IOB", "ENT_TYPE"]
    for name, sents in (("train", train), ("dev", dev)):
        db = DocBin(attrs=attrs)
        n_ents = 0
        for tokens, spans in sents:
            doc = to_doc(nlp, tokens, spans, args.tokens)
            n_ents += len(doc.ents)
            db.add(doc)
        db.to_disk(args.out / f"{name}.spacy")
        print(f"{name}: {len(sents)} sentences, {n_ents} entities")
    print(f"newsfane_test: {parts.count('test')} of {len(nf)} NewsFANE sentences")


if __name__ == "__main__":
    main()
