"""English events on the dependency parse: statements, pledges and pronoun agents.

:func:`find_events_en` runs the shared event layer (:func:`newsgraph.extract.events.find_events`) with
pronouns resolved to persons (:func:`newsgraph.extract.en_officials.resolve_pronouns`) and to a side that
speaks ("it" in what it says: :func:`.speakers_en.speaker_pronouns`), then adds what the parse shows:

* **Statements.** A reporting verb (``report`` in ``data/en_rules.tsv``:
  say, tell, announce, condemn...) found with a ``DependencyMatcher``
  (verb → ``nsubj``) whose subject is a mention gives a Statement: agent
  the subject (or the side a spokesperson speaks for: "a State Department
  spokesperson said"), spokesperson that person only when they voice a side (officials speak
  as themselves; other events keep no spokesperson but such voices either). Reports by the
  same speaker are one statement, as are a side's and its spokesperson's ("the Houthis claimed
  the attack", "their spokesman said"; two spokespersons' stay two). Events whose trigger lies in the verb's
  reported clause (``ccomp``, ``xcomp``, ``dobj``...) are linked ``("reports", id)``; a place after "in"/"at"
  attached to the verb is its location. Without a parse the subject is the nearest mention before the verb in
  its sentence (or right after it: "said Bourita").
* **Pledges.** A pledge verb (announce, pledge, commit, provide...) whose object holds an amount of money
  gives an AidPledge with that amount and the subject as agent ("Nuland announced $700 million").
* "according to" is no Agreement (lemma "accord"); a death by accident is no Attack (:mod:`.accidents_en`).
* **Statement nouns** ("statement", "press conference") are placed by their
  own "in"/"at" or the participle after them ("held in Riyadh"). One that only says how a
  reporting verb's words were given ("said in a statement", "told a news conference") is no
  Statement of its own: the verb's Statement takes its place.
* **Home.** A domestic act (a ban, a vote, an election) its words do not
  place happened in its agent's country, or the country its official agent
  serves, unless it targets another country (or, a sanction, names one: "restrictions on flights to X").

Event ids are renumbered in text order of their triggers.

Examples:
    >>> import spacy
    >>> from newsgraph.types import Mention
    >>> nlp = spacy.blank("en")
    >>> _ = nlp.add_pipe("sentencizer")
    >>> doc = nlp("Ann Lee said the rain stopped.")
    >>> ms = [Mention(0, 7, "Ann Lee", "PERSON", "person/ann-lee", 0)]
    >>> [(e.type, e.trigger.text, dict(e.roles)) for e in find_events_en(
    ...     doc, "en", mentions=ms, dates=[], amounts=[], published=None)]
    [('Statement', 'said', {'agent': ('person/ann-lee',)})]
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import date

from spacy.tokens import Doc, Token

from newsgraph.extract.en_officials import resolve_pronouns
from newsgraph.extract.en_rules import en_words
from newsgraph.extract.events import (
    DateMentionLike,
    MentionLike,
    NumberMentionLike,
    OfficialLike,
    fill_dates,
    find_events,
    sides,
)
from newsgraph.extract.events.accidents_en import by_accident
from newsgraph.extract.events.calls_en import framed_calls, received_calls
from newsgraph.extract.events.lexicons import is_cue, load_cues, load_event_types
from newsgraph.extract.events.links import _spokesperson_side
from newsgraph.extract.events.placed_en import _home_places, _location, _statement_places
from newsgraph.extract.events.requested_en import drop_requested
from newsgraph.extract.events.senses_en import labour_strike, other_sense
from newsgraph.extract.events.sources_en import sources_out
from newsgraph.extract.events.speakers_en import (
    addressee,
    quoted,
    quoted_speech,
    second_subject,
    speaker_mention,
    speaker_pronouns,
    speaker_roles,
    subject_words,
    told_again,
    unnamed_speaker,
    verb_subject,
    voiced,
)
from newsgraph.extract.events.unreal_en import unreal
from newsgraph.extract.tokens import TokenTable
from newsgraph.types import Event, Mention, Span

__all__ = ["find_events_en", "reporting_verbs"]

_SUBJ = ("nsubj", "nsubjpass")
_REPORTED = ("ccomp", "xcomp", "dobj", "advcl", "conj", "parataxis")
_SPEECH_FORMS = {
    "said",
    "says",
    "say",
    "told",
    "tells",
    "announced",
    "stated",
    "declared",
    "added",
    "pledged",
}
_PLEDGE_FORMS = {
    "announced",
    "pledged",
    "committed",
    "promised",
    "offered",
    "provided",
    "allocated",
    "donated",
}


def _nominee(obj: Token) -> bool:
    """Whether a verb's object names a person or a nomination ("confirmed him", "her nomination")."""
    return obj.ent_type_ == "PERSON" or obj.lower_ in ("him", "her") or is_cue(obj, "nomination")


def reporting_verbs(doc: Doc) -> list[tuple[Token, Token | None]]:
    """(verb, subject) pairs of reporting verbs; subject None when the parse shows none.

    When ``doc`` is parsed: each verb (or auxiliary) whose lemma is a reporting
    verb, with its first ``nsubj`` / ``nsubjpass`` child; verbs without one are
    left out. Else the verb forms alone.
    """
    table = TokenTable.of(doc)
    if not doc.has_annotation("DEP"):
        return [(doc[i], None) for i, low in enumerate(table.lower) if low in _SPEECH_FORMS]
    report = en_words("report")
    pairs: list[tuple[Token, Token | None]] = []
    needs_clause = load_cues("en").get("needs_clause", frozenset())
    approves = load_cues("en").get("approves", frozenset())
    for verb in (doc[i] for i, lemma in enumerate(table.lemma) if lemma in report):
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        if verb.lemma_ in needs_clause and any(c.dep_ == "dobj" and c.pos_ != "PRON" for c in verb.children):
            continue  # "has added a new dimension": no words reported
        if any(c.dep_ == "neg" or c.lower_ == "never" for c in verb.children):
            continue  # "did not immediately announce", "has not commented": nothing said
        if verb.lemma_ in approves and any(_nominee(c) for c in verb.children if c.dep_ == "dobj"):
            continue  # "the Senate confirmed him": an appointment approved, no words reported
        subj = verb_subject(verb)
        if subj is not None:
            pairs.append((verb, subj))
    return pairs


def _fallback_subject(doc: Doc, verb: Token, ms: Sequence[MentionLike]) -> MentionLike | None:
    sent = verb.sent
    text = TokenTable.of(doc).text
    before = [m for m in ms if sent.start_char <= m.start and m.end <= verb.idx]
    persons = [m for m in before if m.label == "PERSON" and len(text[m.end : verb.idx].split()) <= 8]
    before = [m for m in before if len(text[m.end : verb.idx].split()) <= 4]
    if persons or before:
        return (persons or before)[-1]
    after = [m for m in ms if verb.idx < m.start < sent.end_char and m.label == "PERSON"]
    if after and len(text[verb.idx + len(verb.text) : after[0].start].split()) == 0:
        return after[0]
    return None


def _money_in(doc: Doc, tok: Token, amounts: Sequence[NumberMentionLike]) -> NumberMentionLike | None:
    lo, hi = tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge.text)
    for a in amounts:
        if a.amount.currency and lo <= a.start < hi:
            return a
    return None


def find_events_en(
    doc: Doc,
    lang: str,
    *,
    mentions: Sequence[MentionLike],
    dates: Sequence[DateMentionLike],
    amounts: Sequence[NumberMentionLike],
    published: date | None,
    officials: Sequence[OfficialLike] = (),
    headline: bool = False,
) -> list[Event]:
    """English events: the shared layer plus statements and pledges read from the parse.

    Same arguments and result as :func:`newsgraph.extract.events.find_events`.
    """
    plain = [Mention(m.start, m.end, "", m.label, m.entity_id, 0) for m in mentions]  # type: ignore[arg-type]
    refs = [*resolve_pronouns(doc, plain), *speaker_pronouns(doc, plain, en_words("report"))]
    ms: list[MentionLike] = sorted([*mentions, *refs], key=lambda m: m.start)
    events = [
        e
        for e in find_events(
            doc,
            lang,
            mentions=ms,
            dates=dates,
            amounts=amounts,
            published=published,
            officials=officials,
            speech_statements=False,
            headline=headline,
        )
        if not (e.type == "Agreement" and e.trigger.text.lower().startswith("according"))
        and not by_accident(doc, e)
        and not other_sense(doc, e)
        and not unreal(doc, e)
    ]
    events = drop_requested(doc, events)  # "called for an investigation": none has happened
    events = [labour_strike(doc, e) for e in events]  # "went on strike": a Protest
    events = received_calls(doc, events, ms)  # "X received a phone call from Y": Y's call, no Meeting
    events = framed_calls(doc, events, ms)  # "X discussed ties with Y during a phone call": X and Y
    types = load_event_types()
    taken = [(e.trigger.start, e.trigger.end) for e in events]
    # a spokesperson speaks for the side of the position ("a State Department spokesperson, Ann Lee")
    spoken_for = sides(officials, "en")[1]
    new: list[Event] = []
    statements: dict[str, int] = {}
    by_side: dict[str, tuple[int, tuple[str, ...]]] = {}  # each side's first Statement and its spokesperson
    spoken: dict[int, int] = {}  # reporting verb's token index -> its Statement in ``new``
    said_by: list[tuple[str, frozenset[str]]] = []  # each speaker's key and the words of its subject
    reporters: list[tuple[Token, Token, str]] = []  # (verb, subject, speaker): no party to what it reports
    quotes = quoted(doc)
    for verb, subj in reporting_verbs(doc):
        if any(a <= verb.idx < b for a, b in taken) or any(m.start <= verb.idx < m.end for m in mentions):
            continue  # a word of a name is no verb ("El Sayed", read as "say")
        if subj is not None and quoted_speech(verb, subj, quotes):
            continue
        who = speaker_mention(ms, subj) if subj is not None else None
        who = second_subject(ms, verb, subj, who)  # "Saudi state news agency SPA reported": two subjects
        if subj is None and not doc.has_annotation("DEP"):
            who = _fallback_subject(doc, verb, ms)
        unnamed = None  # "officials said": a Statement whose speaker names no entity
        if who is None or who.label not in ("PERSON", "ORGANIZATION", "COUNTRY"):
            unnamed = unnamed_speaker(subj) if subj is not None and doc.has_annotation("DEP") else None
            if unnamed is None:
                continue
        span = Span(verb.idx, verb.idx + len(verb.text), verb.text)
        sent_i = _sentence_index(doc, verb)
        reported = _reported(verb, events)
        money = None
        if who is None or unnamed is not None:
            pass
        elif doc.has_annotation("DEP") and verb.lemma_ in en_words("pledge"):
            obj = next((c for c in verb.children if c.dep_ in ("dobj", "attr")), None)
            money = _money_in(doc, obj, amounts) if obj is not None else None
        elif verb.lower_ in _PLEDGE_FORMS:  # no parse: money right after the verb
            after = TokenTable.of(doc).text[verb.idx + len(verb.text) :]
            gap = len(after) - len(after.lstrip())
            at = verb.idx + len(verb.text) + gap
            money = next((a for a in amounts if a.amount.currency and a.start == at), None)
        if who is not None and money is not None and not any(
            e.type == "AidPledge" and any(x.value == money.amount.value for x in e.amounts) for e in events
        ):
            pledge = Event(
                id=f"n{len(new)}", type="AidPledge", cameo=types["AidPledge"].cameo, trigger=span,
                roles={"agent": (str(who.entity_id),)}, amounts=(money.amount,),
                evidence=verb.sent.text.strip(), sentence=sent_i,
            )  # fmt: skip
            new.append(pledge)
            reported.append(("reports", pledge.id))
        roles: dict[str, tuple[str, ...]]
        if unnamed is not None or who is None:  # "the spokesperson for the government": that government
            side = _spokesperson_side(ms, subj) if subj is not None else None
            roles, key = ({"agent": (side,)}, side) if side else ({}, f"?{unnamed}")
            the = subj is not None and any(c.lower_ == "the" for c in subj.children)
            words = subject_words(subj) if subj is not None else frozenset()
            if the and not side:  # "the official added": the official who spoke before
                key = next((k for k, w in said_by if words and words <= w), key)
        else:
            roles, key = speaker_roles(ms, subj, who, spoken_for), str(who.entity_id)
            words = subject_words(subj) if subj is not None and doc.has_annotation("DEP") else frozenset()
        said_by.append((key, words))
        if who is not None and who.entity_id and subj is not None:
            reporters.append((verb, subj, str(who.entity_id)))
        side, voice = "|".join(roles.get("agent", ())), roles.get("spokesperson", ())
        if key not in statements and side in by_side and (not voice or by_side[side][1] in ((), voice)):
            statements[key] = by_side[side][0]  # "the Houthis claimed the attack", "its spokesman said": one
        if key in statements:
            k = statements[key]
            spoken[verb.i] = k
            new[k] = dataclasses.replace(new[k], related=tuple(dict.fromkeys([*new[k].related, *reported])))
            if voice and not new[k].roles.get("spokesperson"):
                new[k] = dataclasses.replace(new[k], roles={**new[k].roles, "spokesperson": voice})
            continue
        told = addressee(verb, ms) if doc.has_annotation("DEP") else None
        if told is not None and told.entity_id != key:
            roles["target"] = (str(told.entity_id),)
        statements[key] = spoken[verb.i] = len(new)
        if side:
            by_side.setdefault(side, (len(new), voice))
        new.append(
            Event(
                id=f"n{len(new)}",
                type="Statement",
                cameo=types["Statement"].cameo,
                trigger=span,
                location=_location(verb, ms) if doc.has_annotation("DEP") else None,
                roles=roles,
                evidence=verb.sent.text.strip(),
                sentence=sent_i,
                related=tuple(reported),
            )  # fmt: skip
        )
    voices = set(spoken_for) | {p for e in new for p in e.roles.get("spokesperson", ())}
    events = _home_places(doc, sources_out(doc, voiced(events, voices), reporters, ms, quotes), ms, officials)
    if doc.has_annotation("DEP"):
        events = _statement_places(doc, events, ms)
        events = _said_on(doc, events, new, spoken)
        events = told_again(doc, events, new)  # "the statement said": the one told before
    return fill_dates(doc, _renumber([*events, *new]), dates, published)


def _said_on(doc: Doc, events: Sequence[Event], new: list[Event], spoken: dict[int, int]) -> list[Event]:
    """Drop the statement nouns that only say how a reporting verb's words were given ("said in a
    statement", "In a statement, the army said", "told a news conference"): one Statement, the verb's,
    which takes the noun's own place ("told a news conference in Rabat"). ``new`` is updated in place."""
    occasion = load_cues("en").get("occasion", frozenset())
    keep = []
    for e in events:
        span = doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand")
        root = span.root if span is not None and e.type == "Statement" else None
        verb = None
        if root is not None and root.pos_ in ("NOUN", "PROPN"):
            if root.dep_ == "pobj" and root.head.lower_ in occasion:
                verb = root.head.head  # "said in a statement", or the verb's object's ("condemned the
                if verb.dep_ == "dobj":  # attack in a statement": the parser hangs it on the noun)
                    verb = verb.head
            elif root.dep_ in ("dobj", "dative") and root.head.lemma_ == "tell":
                verb = root.head
        k = spoken.get(verb.i) if verb is not None else None
        if k is None:
            keep.append(e)
            continue
        if new[k].location is None and e.location is not None and not e.location_inferred:
            new[k] = dataclasses.replace(new[k], location=e.location)
    return keep


def _sentence_index(doc: Doc, tok: Token) -> int:
    for k, sent in enumerate(doc.sents):
        if sent.start <= tok.i < sent.end:
            return k
    return 0


def _reported(verb: Token, events: Sequence[Event]) -> list[tuple[str, str]]:
    """("reports", id) for events whose trigger lies in a clause the verb governs."""
    if not verb.doc.has_annotation("DEP"):
        return []
    spans: list[tuple[int, int]] = []
    for child in verb.children:
        if child.dep_ in _REPORTED:
            spans.append((child.left_edge.idx, child.right_edge.idx + len(child.right_edge.text)))
    return [("reports", e.id) for e in events if any(a <= e.trigger.start < b for a, b in spans)]


def _renumber(events: Sequence[Event]) -> list[Event]:
    order = sorted(events, key=lambda e: (e.trigger.start, e.type))
    ids = {id(e): f"e{k + 1}" for k, e in enumerate(order)}
    old = {e.id: ids[id(e)] for e in events if e.id}
    out = []
    for e in order:
        related = tuple((rel, old[x]) for rel, x in e.related if x in old)
        out.append(dataclasses.replace(e, id=ids[id(e)], related=related))
    return out
