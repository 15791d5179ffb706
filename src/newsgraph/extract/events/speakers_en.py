"""Who speaks in an English sentence, read from the parse: the speaker of a reporting verb.

* **Subject** (:func:`verb_subject`). The verb's own ``nsubj``; else the subject it shares with the
  verb it is joined to ("landed in Baghdad, saying", "X, who said"; an infinitive only after a
  ``speech_frame`` verb: "declined to comment", not "plans to announce"); else, for a root verb the
  parser left without one, the noun right before it ("..., a senior State Department official
  said", read by the parser as an apposition of the clause before; past a bracketed acronym and up from an
  "of" phrase: "..., the Ministry of External Affairs (MEA) said"). A passive participle ("X, accused of the
  attack", "as reported by the paper") has no speaker: what it shares is spoken of.
* **Speaker** (:func:`speaker_mention`). The mention the subject stands for
  (:func:`subject_mention`). A place is no speaker, but an actor in apposition to it is ("SANAA,
  Yemen - The coalition announced": the dateline glued to the subject), else a capital speaks for
  its country ("Riyadh says"). Unnamed sources speak for the side they are "from" or "of"
  ("representatives from Iran acknowledged"), and so does an office-holder named by the office alone ("the
  Secretary General of Amnesty International said"). A source the parser took for the subject
  ("According to the agency X, the prosecutor Y said") gives way to the speaker in apposition to it.
* **Unnamed speakers** (:func:`unnamed_speaker`). "Officials said", "the interior ministry said": a
  source, a spokesperson or a body (``anonymous`` and ``spokesperson`` cue words, organization head
  nouns) that names no entity still makes a Statement, with no agent (GUIDELINES.md: "Hospital
  officials said"). The words of the subject tell such speakers apart; a definite one whose words an
  earlier speaker's subject holds is that speaker again ("Iraq's health ministry said ... The health
  ministry said"; :func:`subject_words`).
* **Quotations** (:func:`quoted_speech`). A reporting verb whose subject is in the same quotation
  is part of what someone else says ("“... he is saying that it happened,” she said").
* **Roles** (:func:`speaker_roles`, :func:`addressee`). The agent, spokesperson and addressee of a
  Statement.
* **Its own words** (:func:`speaker_pronouns`). "it"/"they"/"its"/"their" as the subject (or the
  subject's owner) of the clause an organization or country reports stands for that speaker: "Hamas
  said it fired rockets", "the Pentagon said its forces killed the commander".
* **Told again** (:func:`told_again`). "The statement said" after a Statement is that statement again.
* **Voices** (:func:`voiced`). A spokesperson only where a person voices an organization or country.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from newsgraph.extract.events import MentionLike
from newsgraph.extract.events.deps import inherited_subject
from newsgraph.extract.events.lexicons import load_cues
from newsgraph.extract.events.links import _spokesperson_side, titled_name
from newsgraph.extract.lexicon import org_heads
from newsgraph.extract.tokens import mention_at
from newsgraph.kb import load_kb
from newsgraph.types import Event, Mention

__all__ = [
    "addressee",
    "quoted",
    "quoted_speech",
    "second_subject",
    "speaker_mention",
    "speaker_pronouns",
    "speaker_roles",
    "subject_mention",
    "subject_words",
    "told_again",
    "unnamed_speaker",
    "verb_subject",
    "voiced",
]

_SUBJ = ("nsubj", "nsubjpass")
_ACTORS = ("PERSON", "ORGANIZATION", "COUNTRY")


def subject_mention(ms: Sequence[MentionLike], subj: Token) -> MentionLike | None:
    """The mention a subject token stands for: the token itself, else its apposition or
    compound, a person first ("Niger's president Mahamadou Issoufou": Issoufou, not Niger),
    else its possessor or modifier."""
    hit = mention_at(ms, subj)
    if hit is not None:
        return hit
    for of in (c for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"):
        named = titled_name(of, lambda tok: mention_at(ms, tok))
        if named is not None:
            return named  # "Mayor of London Sadiq Khan said": the parser put the name in the "of" phrase
    kin = subj.lower_ in load_cues("en").get("relation", frozenset())  # "bin Laden's son said": not bin Laden
    near = [
        (child, m)
        for child in subj.children
        if child.dep_ in ("compound", "appos", "poss", "amod", "nmod") and not (kin and child.dep_ == "poss")
        and (m := mention_at(ms, child))
    ]
    near.sort(key=lambda cm: (cm[0].dep_ not in ("appos", "compound"), cm[1].label != "PERSON"))
    return near[0][1] if near else None


def second_subject(
    ms: Sequence[MentionLike], verb: Token, subj: Token | None, who: MentionLike | None
) -> MentionLike | None:
    """The speaker a second subject of ``verb`` names when the parser split a title from its name:
    a person over anything but a person ("Niger's president Mahamadou Issoufou said"), an organization
    named outright over a country or place the first subject only modifies ("Saudi state news agency
    SPA reported"). A passive subject is spoken of, never the speaker ("X was told by Y")."""
    for other in (c for c in verb.children if c.dep_ == "nsubj" and c is not subj):
        named = speaker_mention(ms, other)
        if named is None:
            continue
        if named.label == "PERSON" and (who is None or who.label != "PERSON"):
            who = named
            continue
        # the first subject only modifies the country, not names it ("Iran and its agency said")
        modifier = who is not None and who.label in ("COUNTRY", "PLACE")
        modifier = modifier and subj is not None and mention_at(ms, subj) is None
        if named.label == "ORGANIZATION" and mention_at(ms, other) is named and (who is None or modifier):
            who = named
    return who


def speaker_mention(ms: Sequence[MentionLike], subj: Token) -> MentionLike | None:
    """The actor a reporting verb's subject names (:func:`subject_mention`); for a place, the actor in
    apposition to it ("SANAA, Yemen - The coalition announced"), else, for a capital, its country
    ("Riyadh says")."""
    who = subject_mention(ms, subj)
    if who is None and (subj.lower_ in load_cues("en").get("anonymous", frozenset()) or _office(subj)):
        who = _source_of(ms, subj)  # "representatives from Iran acknowledged", "the head of the WHO said"
    # "According to the agency X, the minister Y said": the parser may take X for the subject
    first = subj.left_edge.i
    cited = any(t.lower_ == "according" and t.i < subj.i and first <= t.right_edge.i + 1 for t in subj.sent)
    if who is None or (who.label != "PLACE" and not cited):
        return who
    # appositions and theirs ("SANAA, Yemen - The coalition" may hang the coalition on Yemen), and a
    # second subject after this one ("KABUL, Afghanistan - The mission announced": two subjects)
    chain = [c for c in subj.head.children if c.dep_ in _SUBJ and c.i > subj.i]
    todo = [subj]
    while todo:
        todo = [c for t in todo for c in t.children if c.dep_ == "appos"]
        chain += todo
    for child in sorted(chain, key=lambda t: -t.i):  # the nearest the verb: the dateline comes first
        m = subject_mention(ms, child)
        if m is not None and m.label in _ACTORS:
            return m
    if cited:
        return None
    country = load_kb().capital_of(str(who.entity_id)) if who.entity_id else None
    if country is not None and mention_at(ms, subj) is who:
        return Mention(who.start, who.end, "", "COUNTRY", country, 0)
    return None


def _source_of(ms: Sequence[MentionLike], subj: Token) -> MentionLike | None:
    """The organization or country unnamed sources are "from" or "of" ("officials from Iran", "sources
    of the army"); a place they are in is no speaker ("officials in Taiz")."""
    for prep in (c for c in subj.children if c.dep_ == "prep" and c.lower_ in ("from", "of")):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            m = subject_mention(ms, obj)
            if m is not None and m.label in ("ORGANIZATION", "COUNTRY"):
                return m
    return None


def verb_subject(verb: Token) -> Token | None:
    """The subject of a reporting verb: its own (an accusation's passive one is the accused: its "by"
    phrase speaks), the one it shares, or the noun before a bare root."""
    subjects = [c for c in verb.children if c.dep_ in _SUBJ]
    # "a policy which the UN has criticised": the parser may make the object's "which" a second subject
    own = next((c for c in subjects if c.tag_ not in ("WDT", "WP")), None) if len(subjects) > 1 else None
    own = own or (subjects[0] if subjects else None)
    if own is not None and own.dep_ == "nsubjpass":
        # "X was accused by Y of the attack", "the raid was condemned by the League": the "by" phrase
        # speaks; a passive subject is what is spoken of or to ("he was told"), never the speaker
        by = [p for a in verb.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
        return by[0] if by else None
    if own is not None:
        return own
    if verb.dep_ == "xcomp" and verb.head.lemma_ not in load_cues("en").get("speech_frame", frozenset()):
        return None  # "plans to announce": not said yet
    if _passive_participle(verb):  # "Mubarak, accused of ordering ...", "as reported by the paper": a report
        return None  # of the one spoken of, or a source's account, no words of a speaker the clause names
    shared = inherited_subject(verb)
    if shared is not None:
        return shared
    if verb.dep_ == "ROOT" and verb.i > verb.sent.start:
        prev = _phrase_before(verb)
        if prev is not None and prev.pos_ in ("NOUN", "PROPN") and prev.dep_ in ("appos", "npadvmod", "conj"):
            return prev
    return None


def _passive_participle(verb: Token) -> bool:
    """Whether a reporting verb is a passive past participle ("X, accused of the attack", "was reported
    to be", "was accused and charged"): the subject it shares is what is spoken of, not who speaks."""
    if verb.tag_ != "VBN" or any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children):
        return False
    if any(c.dep_ == "auxpass" for c in verb.children) or verb.dep_ in ("acl", "advcl", "amod"):
        return True
    return verb.dep_ == "conj" and any(c.dep_ == "auxpass" for c in verb.head.children)


def _phrase_before(verb: Token) -> Token | None:
    """The head of the noun phrase that ends right before a sentence-final reporting verb the parser left
    without a subject ("..., the Ministry of External Affairs (MEA) said"): past a bracketed acronym, up
    from the object of an "of" phrase to the noun it completes."""
    doc, i = verb.doc, verb.i - 1
    if doc[i].text == ")":
        while i > verb.sent.start and doc[i].text != "(":
            i -= 1
        i -= 1
    if i < verb.sent.start:
        return None
    tok = doc[i]
    while tok.dep_ in ("pobj", "prep") and tok.head.i < tok.i and tok.head.i >= verb.sent.start:
        tok = tok.head
    return tok


def _office(subj: Token) -> bool:
    """Whether a subject is an office-holder named by the office alone ("the secretary general of X",
    "the city's police commissioner", "a local government chief"): an ``office`` cue word as its head
    or in the compound before it."""
    office = load_cues("en").get("office", frozenset())
    return subj.pos_ in ("NOUN", "PROPN") and (
        subj.lower_ in office or any(c.dep_ == "compound" and c.lower_ in office for c in subj.children)
    )


def unnamed_speaker(subj: Token) -> str | None:
    """The words of a subject that is an unnamed source or body ("officials in Taiz", "the interior
    ministry"), or None for any other subject (a pronoun, a thing: "the report"). An office-holder named by
    the office alone ("the army chief said") is no unnamed speaker: most often the person named before
    under that office, whose Statement it would split."""
    cues = load_cues("en")
    words = cues.get("anonymous", frozenset()) | cues.get("spokesperson", frozenset()) | org_heads("en") \
        | cues.get("relation", frozenset())  # "Navalny's associates alleged": someone's kin or ties speak
    if subj.pos_ != "NOUN" or subj.lower_ not in words:
        return None
    if any(c.lower_ in cues.get("no_one", frozenset()) for c in subj.children):
        return None  # "No organization claimed the attack"
    return " ".join(t.lower_ for t in subj.subtree if not t.is_punct and t.pos_ != "DET")


def subject_words(subj: Token) -> frozenset[str]:
    """The content words of a subject phrase, to tell whether a later "the ministry said" refers back
    to an earlier speaker ("Iraq's health ministry said" ... "The health ministry said")."""
    words = subj.subtree
    return frozenset(t.lemma_.lower() for t in words if t.is_alpha and not t.is_stop and t.pos_ != "DET")


def speaker_roles(
    ms: Sequence[MentionLike], subj: Token | None, who: MentionLike, spoken_for: dict[str, str]
) -> dict[str, tuple[str, ...]]:
    """A Statement's agent (the speaker, or the side a spokesperson voices, who is then the
    spokesperson; officials speak as themselves) and the speakers joined to it ("X and Y said")."""
    key = str(who.entity_id)
    side = _spokesperson_side(ms, subj) if subj is not None and who.label == "PERSON" else None
    roles: dict[str, tuple[str, ...]] = {"agent": (spoken_for.get(key) or side or key,)}
    own = subj is not None and subject_mention(ms, subj) is who  # not a dateline's place before it
    joined = [c for c in subj.children if c.dep_ == "conj"] if subj is not None and own else []
    for also in (speaker_mention(ms, c) for c in joined):  # "Saudi Arabia and the UAE said": both
        if also is not None and also.entity_id and str(also.entity_id) not in roles["agent"]:
            roles["agent"] += (str(also.entity_id),)
    if who.label == "PERSON" and roles["agent"][0] != key:
        roles["spokesperson"] = (key,)
    return roles


def addressee(verb: Token, ms: Sequence[MentionLike]) -> MentionLike | None:
    """Whom a reporting verb addresses: "told Reuters", "said to the BBC"; an object only for a verb of
    telling or judging (``tells``, ``evaluative`` cues: "condemned X"), not of another verb ("said
    Adamowicz required surgery", "described X as")."""
    cues = load_cues("en")
    tells = verb.lower_ in cues.get("tells", frozenset()) | cues.get("evaluative", frozenset())
    for child in verb.children:
        obj = child
        if child.dep_ == "prep" and child.lower_ == "to":
            obj = next((c for c in child.children if c.dep_ == "pobj"), child)
        elif child.dep_ not in ("dobj", "dative") or not tells:
            continue
        m = subject_mention(ms, obj)
        if m is not None and m.label in ("PERSON", "ORGANIZATION", "COUNTRY"):
            return m
    return None


def quoted(doc: Doc) -> list[tuple[int, int]]:
    """Character spans of the quotations in ``doc``: from an opening mark to its closing one (“…”,
    or a straight quote to the next) in one paragraph; a quotation left open is none (where it ends
    is unknown: "According to Reuters, “an official said ...")."""
    spans: list[tuple[int, int]] = []
    start = None
    for i, ch in enumerate(doc.text):
        if ch == "\n":
            start = None
        elif ch == "“" or (ch == '"' and start is None):
            start = i if start is None else start
        elif ch in "”\"" and start is not None:
            spans.append((start, i))
            start = None
    return spans


def quoted_speech(verb: Token, subj: Token, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether a reporting verb and its subject both lie in one quotation: words the quotation's
    speaker says ("... He's saying that it happened", "I pledge that..."), no Statement of their own."""
    return any(a < verb.idx < b and a < subj.idx < b for a, b in spans)


def voiced(events: Sequence[Event], voices: set[str]) -> list[Event]:
    """Keep a spokesperson only where a person voices an organization or country (``voices``: the
    spokespersons of the article's statements and positions): "Ann Lee said the talks failed" gives the
    talks no spokesperson, Ann Lee speaks as herself (GUIDELINES.md)."""
    out = []
    for e in events:
        said = e.roles.get("spokesperson", ())
        if said and not set(said) <= voices:
            roles = {k: v for k, v in e.roles.items() if k != "spokesperson"}
            if kept := tuple(p for p in said if p in voices):
                roles["spokesperson"] = kept
            e = dataclasses.replace(e, roles=roles)
        out.append(e)
    return out


#: Pronouns that stand for an organization or a country (persons: en_officials.resolve_pronouns).
_IT = frozenset({"it", "its", "they", "their"})


def speaker_pronouns(doc: Doc, mentions: Sequence[MentionLike], report: frozenset[str]) -> list[Mention]:
    """"it"/"they" (or "its"/"their" on the subject) in the clause a reporting verb (lemmas ``report``)
    reports, as mentions of the verb's speaker when that is an organization or a country ("Hamas said it
    fired rockets": Hamas fired). Only the clause's own subject: "Iran said it would hit them" gives
    "them" nothing."""
    if not doc.has_annotation("DEP"):
        return []
    out: list[Mention] = []
    sents = {s.start: k for k, s in enumerate(doc.sents)}
    for tok in doc:
        if tok.lower_ not in _IT or tok.tag_ not in ("PRP", "PRP$"):
            continue
        subj = tok.head if tok.dep_ == "poss" else tok
        if subj.dep_ not in _SUBJ or (tok.dep_ == "poss" and subj.pos_ not in ("NOUN", "PROPN")):
            continue
        clause = subj.head
        verb = clause.head
        if clause.dep_ != "ccomp" or verb.lemma_ not in report or verb.i > clause.i:
            continue
        said = verb_subject(verb)
        who = speaker_mention(mentions, said) if said is not None and said is not subj else None
        if who is None or who.label not in ("ORGANIZATION", "COUNTRY") or not who.entity_id:
            continue
        k = sents[tok.sent.start]
        if who.label == "ORGANIZATION":
            out.append(Mention(tok.idx, tok.idx + len(tok.text), tok.text, "ORGANIZATION", who.entity_id, k))
        else:
            out.append(Mention(tok.idx, tok.idx + len(tok.text), tok.text, "COUNTRY", who.entity_id, k))
    return out


def told_again(doc: Doc, events: Sequence[Event], said: Sequence[Event]) -> list[Event]:
    """``events`` without the definite statement nouns that name no speaker and follow a Statement of at most
    two sentences before ("the department said in a statement ... the statement said"): the statement told
    before, told again (GUIDELINES.md: one real event, one entry); nor the statement nouns of a speaker whose
    reporting verb speaks in the same or the next sentence ("X issued a readout ... In it, X said"). ``said``
    holds the Statements of the reporting verbs."""
    if not doc.has_annotation("DEP"):
        return list(events)
    back = load_cues("en").get("back_det", frozenset())  # "the statement said"
    before = [(e.sentence, e.trigger.start) for e in (*events, *said) if e.type == "Statement"]
    voiced_by = [(e.sentence, set(e.roles.get("agent", ()))) for e in said]
    out = []
    for e in events:
        span = doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand")
        noun = span.root if span is not None and e.type == "Statement" else None
        if noun is None or noun.pos_ != "NOUN":
            out.append(e)
            continue
        agents = set(e.roles.get("agent", ()))
        if not agents and any(c.dep_ == "det" and c.lower_ in back for c in noun.children) and any(
            e.sentence - 2 <= k <= e.sentence and at < e.trigger.start for k, at in before
        ):
            continue
        if agents and any(abs(k - e.sentence) <= 1 and agents & who for k, who in voiced_by):
            continue  # "The Kremlin issued a readout ... In it, the Kremlin said": one statement, the verb's
        out.append(e)
    return out
