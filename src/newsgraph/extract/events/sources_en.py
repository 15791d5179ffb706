"""The source of a report is no party to the event it reports (English, on the parse).

"Cavusoglu met Shoukry for talks, said Ahmed Abu Zaid, a spokesman for the ministry": the meeting's
participants are Cavusoglu and Shoukry; Abu Zaid speaks about it (his own Statement, built by
:func:`newsgraph.extract.events.en.find_events_en`). The sentence's mentions feed the roles of
the events in it, so the reporting verb's subject can end up as a participant, an agent or a
target. This removes it from those roles of an event the verb reports: the event's trigger stands
in the verb's reported clause (``ccomp``), or the verb is a comment on the trigger's clause
(``parataxis``). An event in a quotation stays as it is: its "we" is the speaker's side ("'We warn
the Saudis,' Saree said"). A speaker the sentence also names in the reported clause ("he met", "Erdogan
said Erdogan's plan...") keeps its roles, and so do events in the speaker's own clauses ("X told
reporters after meeting Y": X met Y), and Statements (GUIDELINES.md: the speaker is their agent).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from newsgraph.extract.events import MentionLike
from newsgraph.extract.events.frames import without_parties
from newsgraph.types import Event

__all__ = ["sources_out"]

_REPORTED = frozenset({"ccomp", "parataxis"})


def _reports(verb: Token, tok: Token) -> bool:
    """``verb`` reports the clause of ``tok``: ``tok`` sits under the verb's reported clause, or the
    verb hangs as a comment (parataxis) on a clause that holds ``tok``."""
    t = tok
    while t.head.i != t.i:  # spaCy makes a new Token object at each access: compare positions
        if t.head.i == verb.i:
            return t.dep_ in _REPORTED
        t = t.head
    inside = {x.i for x in verb.subtree}
    return verb.dep_ == "parataxis" and tok.i not in inside and any(x.i == tok.i for x in verb.head.subtree)


def sources_out(
    doc: Doc,
    events: Sequence[Event],
    speakers: Sequence[tuple[Token, Token, str]],
    ms: Sequence[MentionLike],
    quotes: Sequence[tuple[int, int]] = (),
) -> list[Event]:
    """``events`` without their reporters as parties.

    Args:
        doc: the parsed document.
        events: the article's events (Statements are left as they are).
        speakers: (reporting verb, its subject, the entity id the subject names).
        ms: the mentions the roles were read from.
        quotes: character spans of the quotations (:func:`~newsgraph.extract.events.speakers_en.quoted`).
    """
    if not doc.has_annotation("DEP") or not speakers:
        return list(events)
    out: list[Event] = []
    for e in events:
        tok = doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand")
        quoted = any(a < e.trigger.start < b for a, b in quotes)
        if e.type == "Statement" or quoted or tok is None or not len(tok):
            out.append(e)
            continue
        root = tok.root
        drop: set[str] = set()
        for verb, subj, who in speakers:
            if verb.sent.start != root.sent.start or subj.left_edge.i <= root.i <= subj.right_edge.i:
                continue
            if not _reports(verb, root):
                continue
            phrase = (subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge))
            sent = verb.sent
            elsewhere = any(m.entity_id == who and sent.start_char <= m.start < sent.end_char
                            and not phrase[0] <= m.start < phrase[1] for m in ms)
            if not elsewhere:
                drop.add(who)
        if drop:
            e = without_parties(e, drop.__contains__)
        out.append(e)
    return out
