"""Arabic titles in a clause after the name: «وقال X وهو متحدث باسم الجيش», «X، وهي مستشارة الرئيس».

News often introduces a person first and says what office they hold in a circumstantial clause
right after the name: «وهو» / «وهي» ("he being", "she being"), maybe after a comma, then a
title. The title is the name's, with the ``of`` the title states. Only a title that starts right
after the pronoun counts, and not one that introduces a name of its own («وهو وزير الخارجية Y»
is about Y).

Examples:
    >>> sorted(_PRONOUNS)
    ['وهو', 'وهي']
"""

from __future__ import annotations

from collections.abc import Iterable

from newsgraph.extract.lexicon import speech_verbs
from newsgraph.extract.ner_ar_refine import NER_KEY
from newsgraph.extract.officials import ar_titles
from newsgraph.extract.officials.ar_names import name_after
from newsgraph.extract.officials.base import Context
from newsgraph.text import COMMAS

__all__ = ["after_pronoun", "clause_titles", "introduces", "past_honorifics", "spoken", "verb_before"]

_PRONOUNS = frozenset({"وهو", "وهي"})


def clause_titles(
    ctx: Context, names: Iterable[tuple[int, int]]
) -> list[tuple[tuple[int, int], tuple[int, int], str | None]]:
    """(name, title tokens, of) for each name (token range) followed by «وهو»/«وهي» and a title."""
    doc = ctx.doc
    out = []
    for a, b in names:
        k = b + int(b < len(doc) and doc[b].text in COMMAS)
        if k + 1 >= len(doc) or ctx.norm[k] not in _PRONOUNS or doc[k + 1].is_sent_start:
            continue
        m = ar_titles.match_title(ctx, k + 1)
        if m is None:
            continue
        after = name_after(ctx, m[3])
        if after is not None and getattr(ctx.covered.get(after[0]), "label_", "") == "PERSON":
            continue  # «وهو وزير الخارجية Y»: the title is Y's
        out.append(((a, b), (m[0], m[1]), m[2]))
    return out


def introduces(ctx: Context, k: int) -> bool:
    """A name starts at ``k``, so a title before it is that name's, not in apposition to an earlier one.
    With the model, after a title that ends in the construct state only a name it marks: «العقيد X مدير
    شرطة سراة عبيدة المصلين» («عبيدة» is the genitive of «سراة», a seat the gazetteer does not know; no
    name follows, the office is X's). After a definite word any name: «الأمير X الرئيس رمضان قاديروف»."""
    name = name_after(ctx, k)
    if name is None:
        return False
    if NER_KEY not in ctx.doc.spans or k == 0 or ctx.norm[k - 1].startswith("ال"):
        return True
    return any(getattr(ctx.covered.get(j), "label_", "") == "PERSON" for j in range(name[0], name[1]))


def after_pronoun(ctx: Context, t0: int, name: tuple[int, int]) -> bool:
    """The title at ``t0`` follows «وهو»/«وهي» and the words after it are no name the model marks: they
    describe the pronoun's referent («وهو وزير لبناني أسبق وديبلوماسي محنك»), they name nobody."""
    if t0 == 0 or ctx.norm[t0 - 1] not in _PRONOUNS:
        return False
    return not any(getattr(ctx.covered.get(j), "label_", "") == "PERSON" for j in range(name[0], name[1]))


def spoken(ctx: Context, t: int) -> bool:
    """The word before token ``t`` (a glued or split «و»/«ف» aside) is a verb of saying («وقال اللواء X»):
    the name after it is the verb's subject, and the titles in apposition to it are the name's."""
    return verb_before(ctx, t, speech_verbs("ar"))


def verb_before(ctx: Context, t: int, verbs: frozenset[str]) -> bool:
    """Whether the word before token ``t`` in its sentence, a glued or split «و»/«ف» set aside, is one of
    the normalised ``verbs`` («وقال», «ف قال», «استقبل»)."""
    k = t - 1 if t > 0 and ctx.norm[t - 1] not in ("و", "ف") else t - 2
    if k < 0 or ctx.first[t]:
        return False
    norm = ctx.norm[k]
    return norm in verbs or norm[:1] in "وف" and norm[1:] in verbs


def past_honorifics(ctx: Context, k: int) -> int:
    """Token ``k``, or the first before it that is no courtesy title («وزير الخارجية [الدكتور] X»): what
    stands before a name once its courtesy titles are set aside."""
    honorifics = ctx.vocab.get("honorific", frozenset())
    while k > 0 and ctx.norm[k] in honorifics and not ctx.first[k]:
        k -= 1
    return k
