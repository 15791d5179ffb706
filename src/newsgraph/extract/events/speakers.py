"""Speakers: speech verbs give the events they report a spokesperson (and an agent), and Statements.

:func:`_speakers` reads each speech or announcement verb's speaker (the French parse's subject,
:mod:`~newsgraph.extract.events.speakers_fr`; else the person after or before the verb), gives the
events of its sentence their spokesperson, and adds a Statement. English speakers read from the
parse are in :mod:`~newsgraph.extract.events.speakers_en`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from newsgraph.extract.events.addressees_ar import _lam_before, addressees_ar
from newsgraph.extract.events.clauses import _actor_after, _Reader, _said_at
from newsgraph.extract.events.fallback import _reacted_to
from newsgraph.extract.events.frames import _M, OfficialLike, _Raw
from newsgraph.extract.events.frames import ACTORS as _ACTORS
from newsgraph.extract.events.lexicons import EventTypeInfo, TriggerMatch, load_cues
from newsgraph.extract.events.passives_ar import said_passively
from newsgraph.extract.events.reported_fr import speaker_acts_fr
from newsgraph.extract.lexicon import title_vocabulary
from newsgraph.text import normalize_token

__all__ = ["sides", "voices_unnamed_body"]


def voices_unnamed_body(title: str | None, inferred: bool, lang: str) -> bool:
    """Whether an English spokesperson's side was only inferred: the text names no body for the
    position ("police spokesman", "a spokesperson for the fire service", "Sea-Eye spokesperson": the
    country is a guess), so the body speaks, not the guessed country, and the person speaks as himself
    or for the body the sentence names (GUIDELINES.md)."""
    return lang == "en" and inferred and bool(title)


def _spokesperson(title: str | None, lang: str) -> bool:
    """Whether a title is a spokesperson's (``spokesperson`` cue words: "porte-parole", "spokesman")."""
    words = load_cues(lang).get("spokesperson", frozenset())
    return bool(title) and any(normalize_token(w) in words for w in (title or "").lower().split())


def sides(officials: Sequence[OfficialLike], lang: str) -> tuple[dict[str, str], dict[str, str]]:
    """(whom each official speaks for, whom each spokesperson speaks for), by person id.

    An official speaks for the country or organization of the position (a governor's province is
    no actor); a spokesperson for the side of the position («المتحدث باسم», "porte-parole des
    talibans", "a State Department spokesperson").
    """
    country_of = {
        o.entity_id: o.of for o in officials if o.entity_id and o.of and not o.of.startswith("place/")
    }
    spoken_for = {
        pid: country_of[pid]
        for o in officials
        if (pid := o.entity_id) in country_of and _spokesperson(title := getattr(o, "title", None), lang)
        and not voices_unnamed_body(title, bool(getattr(o, "inferred", False)), lang)
    }
    return country_of, spoken_for


def _speakers(
    r: _Reader,
    trigs: list[TriggerMatch],
    raws: list[_Raw],
    types: Mapping[str, EventTypeInfo],
    country_of: Mapping[str, str],
    speech_statements: bool,
    spoken_for: Mapping[str, str] | None = None,
) -> list[tuple[int, str]]:
    """Give reported events their spokesperson (and agent); add Statements.

    A Statement's agent is its speaker, or the side a spokesperson speaks for
    (``spoken_for``: person id → organization or country).

    An announcement verb that reports an event gives a Statement; with
    ``speech_statements`` every speech verb whose speaker is named does.
    """
    out: list[tuple[int, str]] = []
    unnamed: set[int] = set()  # sentences whose speaker is an unnamed source
    for s in (t for t in trigs if t.kind in ("S", "A")):
        si = r.sent_of[s.start]
        for x in _occasions(r, raws, si) if speech_statements else ():
            raws.remove(x)  # «قال ... في مؤتمر صحافي»: the conference is where he said it
        if (s.end < len(r.cues) and "anonymous" in r.cues[s.end]) or said_passively(r, s):  # «أُعلن عن»
            unnamed.add(si)
            continue  # «وقالت مصادر في المقاومة»: an unnamed source, not the organization it is in
        parsed_speakers = None
        if r.parsed and r.lang == "fr":  # the subject the parse shows, else the mentions near the verb
            from newsgraph.extract.events.speakers_fr import speaker_fr

            parsed_speakers = speaker_fr(r, s)
            if parsed_speakers is not None and not parsed_speakers:
                continue  # «a rapporté la presse d'Etat»: a speaker the text does not name
        cands = [m for m in r.in_sent(si) if m.label in _ACTORS and r.context(m) in ("", "agent")]
        told = addressees_ar(r, s, [m for m in cands if m.label == "PERSON"]) if r.lang == "ar" else []
        after = _actor_after(r, s.end, cands, reach=3)
        if r.lang == "ar":  # «تعلن إرسالها مساعدات لأوكرانيا»: for whom, not who speaks
            after = [m for m in after if m in told or _voiced_for(r, m)]
        persons_after = [m for m in after if m.label == "PERSON"]
        if si in unnamed and not after:
            continue  # «أفادت مصادر ... مشيرة»: the participle goes on with the same unnamed source
        # Any person before the verb in its sentence: a participle («مشيراً», «مؤكداً») refers
        # back to the sentence's subject, however far.
        persons_before = [m for m in cands if m.label == "PERSON" and m.end <= s.start]
        before = [m for m in cands if m.end <= s.start and s.start - m.end <= 2
                  # «... السواحل اليمنية، وأضافت»: the end of the clause before, not the verb's subject
                  and not (r.lang == "ar" and any(r.doc[i].is_punct for i in range(m.end, s.start)))]
        before.sort(key=lambda m: m.payload != "adj")  # a named actor after an adjective
        if told and after and after[0] in told:
            # «قال لـ"الاقتصادية" مختصون»: the addressee, then a speaker the mentions miss (or a person);
            # the Statement is still told (its speaker unnamed)
            after = [m for m in after if m.label == "PERSON" and m not in told] or after[:1]
        picks = parsed_speakers or persons_after or persons_before[-1:] or after or before[-1:]
        if not picks:
            continue
        pick = picks[0]
        # an Arabic or French official speaks as himself: a spokesperson only voices a side (GUIDELINES.md)
        voices_all = parsed_speakers is None and r.lang not in ("ar", "fr")
        if pick.label == "PERSON":
            out.append((si, pick.ref))
        reported = [
            x
            for x in raws
            if x.sent == si
            and x.trig.kind in ("V", "N")
            and not any(pick.ref in slot for slot in x.roles.values())
            and not (r.parsed and _reacted_to(r, x.trig))  # "After the vote, the embassy said ...": not said
        ]
        for x in reported:
            info = types[x.trig.type]
            if pick.label == "PERSON" and (parsed_speakers is None or (spoken_for or {}).get(pick.ref)):
                x.add("spokesperson", pick.ref, 3.0)  # who reports an event (any official) is its source
            # «أعلنت الشرطة أنها فككت خلية»: the speaker's side did it (column speaker_acts)
            # "X condemned the attack": who judges an act did not do it (``evaluative`` cue words)
            judged = any("evaluative" in r.cues[i] for i in range(s.start, s.end))
            mine = r.lang != "fr" or not r.parsed or speaker_acts_fr(r, s, x.trig)  # reported_fr.py
            if info.subject == "agent" and info.speaker_acts and not x.roles.get("agent") and not judged \
                    and pick not in told and mine:
                who = country_of.get(pick.ref) if pick.label == "PERSON" else pick.ref
                if who:
                    x.add("agent", who, 1.5)
        if (s.kind == "A" and reported) or speech_statements:
            st = _Raw(s, si, sents={si}, reports=reported)
            # «وأوضح مدير مكتب الحملة ...»: an official speaks, whose name the mentions miss; not his office
            titled = r.lang == "ar" and pick.label != "PERSON" and pick in after
            titled = titled and _official_of(r, s.end, pick.start)
            st.unnamed = titled or pick in told  # «أكد لـ"الاقتصادية" مصدر»: told, by a speaker not named
            for speaker in [] if st.unnamed else parsed_speakers or [pick]:  # «X et Y ont assuré»: both speak
                side = (spoken_for or {}).get(speaker.ref)
                st.add("agent", side or speaker.ref, 3.0)
                # French officials speak as themselves: a spokesperson only voices a side (GUIDELINES.md)
                if speaker.label == "PERSON" and (side or voices_all):
                    st.add("spokesperson", speaker.ref, 3.0)
            st.location = _said_at(r, s) if r.lang == "ar" else None
            if r.parsed and r.lang == "fr":  # «a déclaré à l'AFP»: whom the statement is addressed to
                from newsgraph.extract.events.speakers_fr import addressees_fr, said_at_fr

                st.location = said_at_fr(r, s)  # «a déclaré mardi à Berlin»: where it was said

                for m in addressees_fr(r, s):
                    if m.ref not in st.roles.get("agent", {}):
                        st.add("target", m.ref, 3.0)
            for m in told:  # «وقال X لـ«عكاظ»»: whom the statement is told to
                st.add("target", m.ref, 3.0)
            raws.append(st)
    return out


def _voiced_for(r: _Reader, m: _M) -> bool:
    """(Arabic) Whether mention ``m`` after a speech verb may speak: no «ل» governs it, or the «ل» follows a
    spokesperson's title («المتحدث الرسمي لمركز X»: the body speaks through him), not an act it is for
    («تعلن إرسالها مساعدات لأوكرانيا») or a verb it joins («قال حين انضم لداعش»)."""
    lam = _lam_before(r, m)
    return lam is None or any("spokesperson" in r.cues[i] for i in range(max(lam - 2, 0), lam + 1))


def _official_of(r: _Reader, start: int, end: int) -> bool:
    """Whether tokens ``start:end`` are an official's title that the body named after it completes
    («مدير مكتب الصحة», «وزير الخارجية السعودي»), not a spokesperson's («المتحدث باسم»: the body speaks)."""
    words = title_vocabulary(r.lang)
    heads = words.get("head", frozenset())
    known = heads | words.get("word", frozenset()) | words.get("prefix", frozenset())
    norms = [r.doc[i].norm_ for i in range(start, end)]
    spoken_for = any("spokesperson" in r.cues[i] for i in range(start, end))
    return bool(norms) and norms[0] in heads | words.get("prefix", frozenset()) \
        and all(n in known for n in norms) and not spoken_for


def _occasions(r: _Reader, raws: list[_Raw], si: int) -> list[_Raw]:
    """Statement nouns of sentence ``si`` that only say where its speech verb was spoken: right after
    an ``occasion`` cue («في مؤتمر صحافي», "in a statement", "at a press conference")."""
    out = []
    for x in raws:
        if x.sent != si or x.trig.type != "Statement" or x.trig.kind != "N":
            continue
        own = r.clause_of[x.trig.start]
        if any("occasion" in r.cues[i] for i in range(max(x.trig.start - 2, 0), x.trig.start)
               if r.clause_of[i] == own):  # fmt: skip
            out.append(x)
    return out
