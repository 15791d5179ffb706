"""The two parties a French «les deux pays» refers back to, read from the parse.

«les deux pays», «ces deux Etats», «les deux parties» hung on a trigger whose parties are its participants (a
meeting, talks, an agreement, a call, a ceasefire: «le rapprochement entre ces deux Etats», «les deux pays ont
signé un accord») or that both sides do («les deux pays ont rompu leurs relations»: a Sanction both do,
GUIDELINES.md) names the two countries last named together before it: «l'Iran et l'Arabie saoudite», «entre
Washington et Pékin», in its sentence or the two before. With no such pair, nothing is added.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.events.clauses import _Reader
from newsgraph.extract.events.deps_fr import light_verb_fr
from newsgraph.extract.events.frames import _M, _Raw
from newsgraph.extract.events.lexicons import load_event_types

__all__ = ["pair_fr"]

#: Nouns that, after «deux», name two countries or sides («les deux pays», «ces deux Etats»).
_PAIR_NOUNS = frozenset({"pays", "etats", "états", "nations", "parties", "capitales", "gouvernements"})
#: Words that may stand between two countries named together («l'Iran et l'Arabie saoudite», «X, Y»).
_JOINING = frozenset({"et", ",", "le", "la", "les", "l'", "l’", "de", "d'", "d’", "du", "entre"})
#: Prepositions of time that open the phrase of another event («depuis le rapprochement entre ...»).
_TIME_PREPS = frozenset({"depuis", "après", "avant", "lors"})
#: Kinds whose subject role both sides of a pair fill though it is no participant («ont rompu leurs liens»).
_BOTH_DO = frozenset({"Sanction"})


def pair_fr(r: _Reader, raw: _Raw) -> None:
    """Add the two countries a «deux pays» phrase on ``raw``'s trigger refers back to (module docstring)."""
    info = load_event_types().get(raw.trig.type)
    if info is None:
        return
    role = "participant" if "participant" in (info.subject, info.object) else None
    if role is None and info.type in _BOTH_DO:
        role = info.subject
    if role is None or len(raw.roles.get(role, {})) >= 2:
        return
    phrase = _pair_phrase(r, raw, subject_only=role != "participant")
    if phrase is None:
        return
    for m in _last_pair(r, phrase.i):
        raw.add(role, m.ref, 2.0)


def _pair_phrase(r: _Reader, raw: _Raw, subject_only: bool) -> Token | None:
    """The noun of «(les|ces) deux pays» that hangs on the trigger, on its light verb, or (a subject) on the
    verb of the trigger's words."""
    head = r.doc[raw.trig.start : raw.trig.end].root
    anchors = set(range(raw.trig.start, raw.trig.end)) | {head.i}
    if head.pos_ != "VERB" and (light := light_verb_fr(r, head)) is not None:
        anchors.add(light.i)
    for tok in r.sents[raw.sent]:
        if tok.lower_ not in _PAIR_NOUNS or not any(c.lower_ == "deux" for c in tok.children):
            continue
        # «les deux pays, qui ont rompu leurs liens»: the noun the trigger's relative clause describes
        described = head.dep_ == "acl:relcl" and head.head.i == tok.i and _relative_subject(head)
        if described or (tok.head.i in anchors and (not subject_only or tok.dep_ == "nsubj")):
            # «la conversation depuis le rapprochement entre ces deux Etats»: a phrase of time between them
            # opens another event, the pair's (whatever the parser hung it on)
            if any(t.lower_ in _TIME_PREPS for t in r.doc[raw.trig.end : tok.i]):
                return None
            return tok
    return None


def _relative_subject(verb: Token) -> bool:
    """Whether the relative clause of ``verb`` has «qui» for subject: the noun it describes does it."""
    return any(c.dep_ == "nsubj" and c.lower_ == "qui" for c in verb.children)


def _last_pair(r: _Reader, before: int) -> list[_M]:
    """The two countries last named together before token ``before``: in its sentence, then the two before."""
    k = r.sent_of[before]
    for si in range(k, max(k - 3, -1), -1):
        found = sorted((m for m in r.in_sent(si) if m.label == "COUNTRY" and m.start < before),
                       key=lambda m: m.start)
        for a, b in reversed(list(zip(found, found[1:], strict=False))):
            between = [t.lower_ for t in r.doc[a.end : b.start]]
            if a.ref != b.ref and "et" in between and all(w in _JOINING for w in between):
                return [a, b]
    return []
