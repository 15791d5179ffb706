"""A French sentence's first name that the parser left a root of its own before «et».

«Pékin et Moscou ont signé un accord», «Paris et Alger ont convenu de ...»: ``fr_core_news_md`` often
reads a capital that opens a sentence as the root, the verb joined to it as a second clause or left a
root of its own, with «et» and the second name hung on the verb. The first name is the first conjunct
of the verb's subject all the same: a capital there acts for its country (GUIDELINES.md, "French"),
and it is listed with the second name (:func:`~newsgraph.extract.events.participants_fr.listed_fr`).

«Le président X, arrivé vendredi à Conakry, effectue une visite»: the parser may hang the sentence's subject
on the participle set off before the verb, and leave the verb without one (:func:`fronted_subject_fr`).

Examples:
    >>> import spacy
    >>> doc = spacy.blank("fr")("Pékin et Moscou ont signé .")
    >>> detached_first_fr(doc[0])  # no parse: every token is its own head, but no sentence root
    False
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["detached_first_fr", "fronted_subject_fr"]


def detached_first_fr(tok: Token) -> bool:
    """Whether ``tok`` heads a name that opens its sentence as a root, followed by «et», with the sentence's
    verb another root or a conjunct of the name («Pékin et Moscou ont signé»: «signé» joined to «Pékin»)."""
    doc = tok.doc
    if tok.dep_ != "ROOT" or tok.left_edge.i != tok.sent.start:
        return False
    after = max([tok.i, *(c.i for c in tok.children if c.dep_ == "flat:name")]) + 1
    if after + 1 >= tok.sent.end or doc[after].lower_ != "et":
        return False
    # the verb heads another tree, or is read as a clause joined to the bare name
    return any(t.dep_ == "ROOT" and t.i != tok.i for t in tok.sent) or any(
        c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.i > after for c in tok.children
    )  # fmt: skip


def fronted_subject_fr(verb: Token) -> Token | None:
    """The subject the parser gave a participle set off by commas before ``verb`` when ``verb`` (a root) has
    none of its own: «Le président X, arrivé vendredi à Conakry, effectue une visite» (X visits)."""
    if verb.dep_ != "ROOT" or any(c.dep_.startswith("nsubj") or c.dep_ == "expl:subj" for c in verb.children):
        return None
    doc = verb.doc
    for c in verb.children:
        bare = "Part" in c.morph.get("VerbForm", []) and not any(a.dep_.startswith("aux") for a in c.children)
        if c.dep_ != "advcl" or c.i > verb.i or not bare or c.i == 0 or doc[c.i - 1].text != ",":
            continue  # «, arrivé vendredi à Conakry,»: a participle between commas
        subj = next((s for s in c.children if s.dep_ == "nsubj" and s.i < c.i), None)
        if subj is not None:
            return subj
    return None
