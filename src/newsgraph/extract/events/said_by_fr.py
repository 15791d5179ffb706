"""Who said it, when a French speech verb is passive: «étant accusé de corruption», «la victoire de X
confirmée par la Cour», «les chiffres annoncés par le ministère».

A passive speech verb (a passive auxiliary, or a past participle describing a noun) says what was said or
whom it was said of; its subject, or the subject it shares with the verb it hangs on, is that, never the
speaker. The speaker is only its «par» phrase (:func:`passive_speakers_fr`), and where that names nobody
the text names no speaker (GUIDELINES.md: "Unattributed text is no event").
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from newsgraph.extract.events.clauses import _Reader
from newsgraph.extract.events.frames import _M
from newsgraph.extract.events.phrases_fr import _case, has_aux_pass_fr

__all__ = ["passive_speakers_fr", "passive_speech_fr"]


def passive_speech_fr(verb: Token) -> bool:
    """Whether speech verb ``verb`` is passive: it has a passive auxiliary («a été annoncé», «étant
    accusé»), or it is a past participle that describes a noun («confirmée par la Cour»)."""
    if has_aux_pass_fr(verb):
        return True
    past = "Part" in verb.morph.get("VerbForm", []) and "Past" in verb.morph.get("Tense", [])
    if verb.dep_ != "acl" or not past or verb.head.pos_ not in ("NOUN", "PROPN"):
        return False
    # not an active compound past the parse hung on a noun: «X, lui avait dit Y», «X a pour sa part ajouté»
    own = any(c.dep_ in ("nsubj", "aux:tense") for c in verb.children)
    before = verb.doc[max(verb.sent.start, verb.i - _AUX_REACH) : verb.i]
    return not own and not any(t.lemma_ == "avoir" for t in before)


#: How far before a participle an «avoir» makes it an active compound past («a pour sa part ajouté»).
_AUX_REACH = 4


def passive_speakers_fr(r: _Reader, verb: Token, speakers: Callable[[_Reader, Token], list[_M]]) -> list[_M]:
    """The speakers the «par» phrase of passive speech verb ``verb`` names (``speakers`` reads a phrase),
    none when it has no such phrase or it names nobody."""
    agents = [c for c in verb.children
              if c.dep_ == "obl:agent" or (c.dep_.startswith("obl") and _case(c) == "par")]
    return [m for c in agents for m in speakers(r, c) if m.payload != "adj"]
