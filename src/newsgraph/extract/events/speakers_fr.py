"""Who speaks in a French sentence, and to whom, read from the parse (Universal Dependencies labels).

* **Speaker** (:func:`speaker_fr`). The subject of a speech verb, before or after it, or the
  subject it shares; every conjunct speaks. A subject that names nobody («a rapporté la presse
  d'Etat») gives no Statement.
* **Place** (:func:`said_at_fr`). «à X», «en X», «dans X» on the speech verb («a déclaré mardi à Berlin»,
  «a déclaré X dans le Wisconsin»), or «à X» right after the name of a speaker who follows his verb
  («s'est réjoui le président X à Lyon»): where the Statement was made (GUIDELINES.md, `location`).
* **Addressee** (:func:`addressees_fr`). «à X» on the speech verb («a déclaré à l'AFP», «a confié à
  X que»), the object of a verb that judges («a condamné Israël»): the Statement's target
  (GUIDELINES.md), a name and not an act («à l'enquête», «a condamné l'attaque»).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsgraph.extract.events.clauses import _Reader
from newsgraph.extract.events.deps import inherited_subject
from newsgraph.extract.events.deps_fr import _NOUNS, _SUBJ
from newsgraph.extract.events.frames import _M
from newsgraph.extract.events.frames import ACTORS as _ACTORS
from newsgraph.extract.events.lexicons import TriggerMatch
from newsgraph.extract.events.phrases_fr import (
    _case,
    _conjuncts,
    _title_heads,
    phrase_mentions_fr,
    true_subjects_fr,
)
from newsgraph.extract.events.said_by_fr import passive_speakers_fr, passive_speech_fr
from newsgraph.extract.events.targets_fr import addressed_fr, named_fr
from newsgraph.extract.events.titled_fr import titled_holder_fr
from newsgraph.text import normalize_token

__all__ = ["speaker_fr", "addressees_fr", "he_she_fr", "said_at_fr"]

#: Dependents of a speech verb that may name whom it addresses: obliques and indirect objects.
_ADDRESSED = ("obl", "obl:arg", "obl:mod", "iobj")
#: The prepositions of whom a speech verb addresses in an incise («», a déclaré à l'AFP X»).
_TOLD = frozenset({"à", "au", "aux"})


def speaker_fr(r: _Reader, verb: TriggerMatch) -> list[_M] | None:
    """The speakers the parse gives a speech verb, as the mentions its subject stands for (each
    conjunct: «X et Y ont assuré»); None when the parse shows no subject.

    The subject may follow the verb («..., a indiqué l'agence SPA»; the parser may read it as the
    object of a verb with no subject), or be shared with the verb it is joined to ("indiquant
    que"). A subject that names nobody («a rapporté la presse d'Etat», «la même autorité
    saoudienne a souligné»: a description, which fills no role) gives an empty list.
    """
    tok = r.doc[verb.start : verb.end].root
    if passive_speech_fr(tok):  # «étant accusé», «confirmée par la Cour»: only «par» names who said it
        return passive_speakers_fr(r, tok, _speaker_phrase)  # (said_by_fr.py)
    quoted = _quoted(tok.sent)
    # a word inside the quotation is what was said, not who said it: «« Il y a ... », a expliqué X»
    subjects = [c for c in tok.children if c.dep_ in _SUBJ and (c.i not in quoted or tok.i in quoted)]
    agents = [c for c in subjects if _case(c) == "par"]  # «reçu par le chef X, indique un communiqué»: the
    subjects = [c for c in subjects if c not in agents]  # «par» phrase of another verb, no subject
    if subjects and not (subjects := true_subjects_fr(subjects)):
        return []  # «Parmi les peintres présents, notons»: a phrase misread as the subject, no speaker
    first = min([tok.i, *(c.i for c in tok.children if c.dep_.startswith("aux"))])
    incise = first > tok.sent.start and r.doc[first - 1].is_punct
    # «X, le chef de Y, a souligné le porte-parole», «Les auteurs des « deux attaques ... », a affirmé
    # l'agence»: an incise's subject follows it; one before it (or before the quotation it closes) is misread
    closes = first >= 2 and r.doc[first - 2].text in ("»", "”", '"')
    if incise and (closes or any(c.i > tok.i for c in subjects)):
        subjects = [c for c in subjects if c.i > tok.i]
    if not subjects and incise:  # an incise: «..., a rapporté la presse»
        subjects = [c for c in tok.children if c.dep_ == "obj" and c.i > tok.i and c.pos_ in _NOUNS]
        if not subjects and (after := _incise_speaker(r, verb)) is not None:
            return [after]
        if not subjects and _unnamed_after(r, verb):
            return []  # «..., a annoncé mercredi une responsable américaine»: a speaker not named
    if subjects and incise and (late := _inverted_speaker(r, verb, subjects)) is not None:
        return [late]
    inh = None if subjects else inherited_subject(tok, relcl="acl:relcl")
    if inh is not None and inh.i not in quoted:  # not «« Tout va bien », a-t-il dit» with «dit» hung on «va»
        subjects = [inh]
    # «Karim Sabri, le maire, qui a déclaré»: the relative pronoun stands for the noun its clause describes
    if tok.dep_ == "acl:relcl" and subjects and all(c.lower_ in _WHO for c in subjects):
        subjects = [tok.head]
    # «a-t-il affirmé», «Il a déclaré que»: the parser may label the pronoun a passive or expletive subject
    # (a speech verb in the active voice has no impersonal «il»)
    if not subjects and not any(c.dep_ == "aux:pass" for c in tok.children):
        subjects = [
            c for c in tok.children
            if c.dep_ in ("nsubj:pass", "expl:subj") and c.lower_.lstrip("-") in _HE_SHE
        ]  # fmt: skip
    if all(c.lower_ == "-t" for c in subjects):  # «déclare-t-il», «estime-t-il»: the parse may hang the
        # inverted pronoun as punctuation or a bare dependent of the verb
        inverted = [c for c in tok.children if c.lower_ in _INVERTED and first <= c.i <= tok.i + 2]
        subjects = inverted or subjects
    if not subjects:
        return None
    subjects = [c for c in subjects if c.lower_ != "-t"] or subjects  # «a-t-il»: the euphonic t
    if all(c.pos_ == "PRON" and c.lower_.lstrip("-") in _HE_SHE for c in subjects):
        main = tok.dep_ in ("ROOT", "parataxis") or (tok.dep_ == "conj" and tok.head.dep_ == "ROOT")
        main = main or incise  # «« ... », affirme-t-il»: an incise after what was said, whatever its parse
        ante = _antecedent(r, min(first, subjects[0].i)) if main else None  # «afin qu'il expliquât»: not
        return [ante] if ante is not None else []
    if len(subjects) == 1 and (holder := _holder_before(r, subjects[0])) is not None:
        return [holder]
    named = [m for c in subjects for m in _speaker_phrase(r, c) if m.payload != "adj"]
    if not named and len(subjects) == 1 and (org := _described_org(r, subjects[0])) is not None:
        return [org]
    if not named and len(subjects) == 1 and (held := titled_holder_fr(r, subjects[0])) is not None:
        return [held]  # «Le secrétaire général a déclaré»: the one named with that title (titled_fr.py)
    return named


def _holder_before(r: _Reader, subject: Token) -> _M | None:
    """The person a title subject is set after by a comma, which the parser left out of the subject: «Marc
    Lenoir, le président de l'Union, a déclaré» read with «Marc Lenoir» hung elsewhere and «le président»
    the subject. He speaks as himself (GUIDELINES.md, "French"), not the body his title names."""
    first = subject.left_edge.i
    if subject.pos_ != "NOUN" or normalize_token(subject.text) not in _title_heads() or first < 2:
        return None
    m = next((x for x in r.mentions if x.end == first - 1), None)
    if r.doc[first - 1].text != "," or m is None or m.label != "PERSON":
        return None
    return m


def he_she_fr(r: _Reader, verb: Token) -> _M | None:
    """The person the subject «il»/«elle» of ``verb`` stands for, when ``verb`` heads a main clause or a
    relative one («X s'est rendu à Alger, où il a rencontré Y»): the named subject of the nearest main
    clause before it (:func:`_antecedent`); not in a clause of purpose or report («afin qu'il», «a dit
    qu'elle»), whose pronoun may stand for another."""
    main = verb.dep_ in ("ROOT", "parataxis", "acl:relcl")
    main = main or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")
    marks = {c.lower_ for c in verb.children if c.dep_ in ("mark", "fixed")}
    if not main and not (verb.dep_ == "advcl" and marks.isdisjoint(_FOR_THAT)):
        return None
    first = min([verb.i, *(c.i for c in verb.children if c.dep_.startswith("aux") or c.dep_ in _SUBJ)])
    return _antecedent(r, first)


#: Words that open a clause of purpose or of report, whose «il» may stand for another («afin qu'il»).
_FOR_THAT = frozenset({"que", "qu'", "qu’", "afin", "pour"})
#: Relative pronouns that are the subject of their clause («X, qui a déclaré»).
_WHO = frozenset({"qui", "lequel", "laquelle", "lesquels", "lesquelles"})
#: Subject pronouns that stand for one person («», a-t-il affirmé», «Elle a ajouté»).
_HE_SHE = frozenset({"il", "elle"})
#: The same pronouns written after the verb they are the subject of («déclare-t-il», «estime-t-elle»).
_INVERTED = frozenset({"-il", "-elle", "-t-il", "-t-elle"})


def _antecedent(r: _Reader, verb_start: int) -> _M | None:
    """The person «il»/«elle» stands for: the subject of the nearest main clause before it (its own
    sentence, then up to two before) that has one other than a pronoun, when that subject names one
    person («Paul Girard, président du groupe, est intervenu. « ... », a-t-il affirmé.»). A subject that
    names nobody («Le ministre a reçu X. Il a dit»), or more than one actor, gives None."""
    k = r.sent_of[verb_start]
    worded = [x for x in reversed(r.sents[: k + 1]) if any(t.is_alpha for t in x)]  # not a lone «
    for sent in worded[:3]:
        quoted = _quoted(sent)
        if all(t.i in quoted or t.i >= verb_start for t in sent if t.is_alpha):
            continue  # a quotation, or the speech verb's own incise: what was said, not who said it
        heads = [sent.root, *(c for c in sent.root.children if c.dep_ in ("conj", "parataxis"))]
        subjects = [
            c for h in heads for c in h.children
            if c.dep_ in _ANTECEDENT and c.i < verb_start and c.pos_ != "PRON" and c.i not in quoted
        ]  # fmt: skip
        if not subjects and _he_she_only(heads, verb_start, quoted):
            continue  # «X a été exclu. Il a voté contre. Il a déclaré»: the pronoun goes on for X
        if not subjects:
            return None
        first = min(subjects, key=lambda c: c.i)
        if not _agrees(r.doc[verb_start : verb_start + 4], first):
            return None  # «Un jeune homme, X, est guéri. Elle demande»: «elle» is someone else
        return _named_person(r, first) or titled_holder_fr(r, first)  # «Le ministre a dit. Il a ajouté»
    return None


def _agrees(words: Span, subject: Token) -> bool:
    """Whether the «il»/«elle» among ``words`` may stand for ``subject``: the gender of the subject's article
    and of the participle or adjective it is the subject of («La ministre X s'est rendue»), else of its
    head, adjectives and appositions, is not only the other one."""
    pron = next((t for t in words if t.lower_.lstrip("-t") in _HE_SHE), None)
    if pron is None:
        return True
    want = "Fem" if pron.lower_.endswith("elle") else "Masc"
    agreeing = [c for c in subject.children if c.dep_ == "det"]
    if subject.head.pos_ in ("VERB", "ADJ"):
        agreeing.append(subject.head)  # «X est arrivée»: the participle agrees with its subject
    said = {g for t in agreeing for g in t.morph.get("Gender", [])}
    if not said:
        near = [subject, *(c for c in subject.children if c.dep_ in ("amod", "appos"))]
        said = {g for t in near for g in t.morph.get("Gender", [])}
    return not said or want in said


def _he_she_only(heads: list[Token], verb_start: int, quoted: set[int]) -> bool:
    """Whether the main clauses of a sentence have subjects, all of them «il»/«elle»: the person the
    pronoun stands for is named further back."""
    subjects = [c for h in heads for c in h.children
                if c.dep_ in _ANTECEDENT and c.i < verb_start and c.i not in quoted]  # fmt: skip
    return bool(subjects) and all(c.pos_ == "PRON" and c.lower_ in _HE_SHE for c in subjects)


def _described_org(r: _Reader, head: Token) -> _M | None:
    """The organization a definite description of one stands for («Le syndicat SUD estime que ... La
    centrale syndicale précise que»; «la direction a indiqué»): the one organization named outside
    quotations in its sentence before it or in the two sentences before; None when none or several are."""
    if "org_anaphor" not in r.cues[head.i] or not any(
        c.dep_ == "det" and c.lower_ in _THE for c in head.children
    ):
        return None
    k = r.sent_of[head.i]
    found: dict[str, _M] = {}
    for si in range(max(k - 2, 0), k + 1):
        quoted = _quoted(r.sents[si])
        for m in r.in_sent(si):
            if m.label == "ORGANIZATION" and m.payload != "adj" and m.start not in quoted:
                if m.start < head.i:
                    found[m.ref] = m
    return next(iter(found.values())) if len(found) == 1 else None


#: Definite determiners: «la direction», «le groupe», «l'entreprise».
_THE = frozenset({"le", "la", "l'", "l’", "les"})


def _named_person(r: _Reader, head: Token) -> _M | None:
    """The person a subject names on its head or right beside it («Paul Girard, président du groupe»,
    «le président Paul Girard»), not one in a phrase it governs («l'opposition, avec X»)."""
    if any(c.dep_ == "conj" for c in head.children):
        return None  # «X et Y ont visité l'usine. Il a dit»: which one is not told
    near = [head, *(c for c in head.children if c.dep_ in _BESIDE or (c.dep_ == "nmod" and not _case(c)))]
    found = [m for x in near if (m := r.mention_at.get(x.i)) is not None and m.payload != "adj"]
    return found[0] if found and found[0].label == "PERSON" else None


#: Dependents that name the same one as the noun they hang on («Paul Girard, président», «le président X»).
_BESIDE = ("appos", "flat:name")
#: How the parse may attach the subject a later pronoun refers back to («Bruno Le Roux, président du
#: groupe, est intervenu» may come out as a vocative).
_ANTECEDENT = ("nsubj", "nsubj:pass", "vocative", "dislocated")


def _quoted(sent: Span) -> set[int]:
    """The tokens of a sentence inside quotation marks («...», "..."): words someone said. A closing mark
    with no opening one before it (the parser split the sentence after «) closes what precedes it."""
    opened: list[str] = []  # the marks still open: a quotation may quote another («... “sa vie” ...»)
    out: set[int] = set()
    for t in sent:
        if t.text in ("»", "”") or (t.text == '"' and opened[-1:] == ['"']):
            if opened:
                opened.pop()
            else:
                out |= set(range(sent.start, t.i))
        elif t.text in ("«", "“", '"'):
            opened.append(t.text)
        elif opened:
            out.add(t.i)
    return out


def _incise_speaker(r: _Reader, verb: TriggerMatch) -> _M | None:
    """The named speaker of an incise that closes its sentence, which the parser did not tie to the
    verb: «», affirme un jeune manifestant, Abdel Nasser.»: the first person or organization after
    the verb, with only a description (no verb, no quotation mark) in between. Whom it is told to
    comes first in «», déclare à l'AFP Jean Dupont»: a name after «à» is the addressee, not the speaker."""
    sent = r.doc[verb.start].sent
    for i in range(verb.end, sent.end):
        tok = r.doc[i]
        m = r.mention_at.get(i)
        if m is not None and m.label in ("PERSON", "ORGANIZATION") and m.payload != "adj":
            if _case(r.doc[m.start : m.end].root) in _TOLD or _told_before(r, m.start, verb.end):
                continue
            return m
        if tok.pos_ in ("VERB", "AUX") or (tok.is_punct and tok.text not in (",",)) or tok.is_quote:
            return None
    return None


def _unnamed_after(r: _Reader, verb: TriggerMatch) -> bool:
    """Whether the first noun after an incise's verb, past its date, is an ``anonymous`` cue word («une
    responsable», «des sources»): its speaker, whatever the parse hung it on, is not named."""
    root = r.doc[verb.start : verb.end].root
    for i in range(verb.end, r.doc[verb.start].sent.end):
        tok = r.doc[i]
        # «mercredi»: the date between the verb and its speaker
        when = i in r.times or tok.dep_ == "obl:mod" and tok.head.i == root.i and tok.pos_ == "NOUN"
        if when or tok.pos_ in ("DET", "ADV") or tok.is_punct and tok.text == ",":
            continue
        return "anonymous" in r.cues[i] and i not in r.mention_at
    return False


def _inverted_speaker(r: _Reader, verb: TriggerMatch, subjects: list[Token]) -> _M | None:
    """The speaker an incise names after its verb when the parser made the sentence's first noun its
    subject: «C'est le bilan des frappes, a annoncé, samedi, l'Observatoire» (the subject «bilan» names
    nobody itself; the name after the verb hangs on it, and the verb has no object or clause of its own)."""
    tok = r.doc[verb.start : verb.end].root
    if any(c.i > tok.i or named_fr(r, c) for c in subjects):
        return None
    after = _incise_speaker(r, verb)
    if after is None:
        return None
    root = r.doc[after.start : after.end].root
    said = [c for c in tok.children if c.dep_ in ("obj", "ccomp", "xcomp") and c.i != root.i]
    return after if root.head.i == tok.i and not said else None


def _told_before(r: _Reader, start: int, stop: int) -> bool:
    """Whether a name ends a phrase «à»/«au»/«aux» opens with only articles and common nouns between:
    «à l'agence RIA Novosti», «au quotidien Le Monde» (whom it was told, whatever the parse hung it on)."""
    i = start - 1
    while i >= stop and (r.doc[i].pos_ == "DET" or r.doc[i].pos_ in ("NOUN", "ADJ") and r.doc[i].is_lower):
        i -= 1
    return i >= stop and i < start - 1 and r.doc[i].lower_ in _TOLD


#: Dependents whose words belong to a clause of their own, not to the noun phrase they hang on.
_CLAUSAL = ("acl", "acl:relcl", "ccomp", "advcl", "parataxis", "conj")


def _speaker_phrase(r: _Reader, tok: Token) -> list[_M]:
    """Who a speaker phrase names: the names its head words are (each conjunct), else every person
    named in it («La correspondante de France 24 en Egypte, Sonia Dridi»), else its first
    organization («La télévision d'Etat chinoise CCTV»), else a country right on its head; a
    country deeper in a description («la direction de la chaîne ... de la France») is not the speaker."""
    heads = list(_conjuncts(tok))
    own = [m for h in heads if (m := r.mention_at.get(h.i)) is not None and m.label in _ACTORS]
    if any(m.payload != "adj" for m in own):
        return list(dict.fromkeys(m for m in own if m.payload != "adj"))
    inside: list[_M] = []
    for h in heads:
        stack = [c for c in h.children if c.dep_ not in _CLAUSAL]
        while stack:
            x = stack.pop(0)
            if _case(x) in _TOLD:
                continue  # «la porte-parole de l'agence à une question de la radio X»: whom it answers
            m = r.mention_at.get(x.i)
            if m is not None and m.label in _ACTORS and m.payload != "adj" and m not in inside:
                if m.label != "COUNTRY" or x.head.i == h.i:
                    inside.append(m)
            stack += [c for c in x.children if c.dep_ not in _CLAUSAL]
    persons = [m for m in inside if m.label == "PERSON"]
    return persons or [m for m in inside if m.label == "ORGANIZATION"][:1] or inside[:1]


def addressees_fr(r: _Reader, s: TriggerMatch) -> list[_M]:
    """Whom a speech verb addresses: «a déclaré à l'AFP», «a confié à Ebrahim Raïssi que»; whom a verb
    that judges is aimed at, its object («a condamné Israël»)."""
    verb = r.doc[s.start : s.end].root
    words = addressed_fr("Statement")
    judges = "evaluative" in r.cues[verb.i]
    return [
        m for c in verb.children
        if (c.dep_ in _ADDRESSED and _case(c) in words and not _past_comma(r, verb, c))
        or (judges and c.dep_ == "obj")
        if named_fr(r, c) for m in phrase_mentions_fr(r, c) if m.payload != "adj"
    ]  # fmt: skip


#: The prepositions of where a speech verb was said; «au», «aux» and «à» before a country or an article may
#: name whom it addresses («a déclaré aux États-Unis», «reproche à la Francophonie»): they place it only in a
#: city or a site named without one («à Berlin», «au Caire»).
_SAID_IN = frozenset({"à", "au", "aux", "en", "dans"})


def said_at_fr(r: _Reader, s: TriggerMatch) -> tuple[str, str] | None:
    """Where a speech verb was said: a place in «à», «en», «dans» on the verb, or in «à» right after the
    name of a speaker who follows the verb («s'est réjoui le président X à Lyon»); a country only after
    «en» or «dans». None when the parse shows none, or the place stands past a comma (another clause's)."""
    verb = r.doc[s.start : s.end].root
    quoted = _quoted(verb.sent)
    for c in verb.children:  # the speaker after his verb, then «à X» (however the parse hung it)
        if c.i > verb.i and c.dep_ in (*_SUBJ, "obj") and c.i not in quoted:
            for m in phrase_mentions_fr(r, c):
                at = r.mention_at.get(m.end + 1) if m.end + 1 < len(r.doc) else None
                if m.label == "PERSON" and r.doc[m.end].lower_ == "à" and at is not None \
                        and at.label == "PLACE":
                    return (at.ref, at.label)
    for c in (c for c in verb.children if c.dep_.startswith("obl") and c.i > verb.i):
        case = _case(c)
        if case not in _SAID_IN or c.i in quoted or _past_comma(r, verb, c):
            continue
        place = r.mention_at.get(c.i)
        if place is None or place.payload == "adj" or place.label not in ("PLACE", "COUNTRY"):
            continue
        # «reproche à la Francophonie», «a dit à l'Union»: an article after «à» names whom it addresses
        article = any(d.dep_ == "det" and d.is_lower for d in c.children)
        if case in ("en", "dans") or (place.label == "PLACE" and not article):
            return (place.ref, place.label)
    return None


def _past_comma(r: _Reader, verb: Token, phrase: Token) -> bool:
    """Whether a comma stands between a speech verb and a phrase after it: «se disent contre ce projet ...,
    comme c'est le cas en Irlande, à Malte» (the parser hung «à Malte» on the verb) names a place of
    another clause, not whom the verb addresses («a déclaré à l'AFP», «a confié à X que»)."""
    return any(r.doc[i].text == "," for i in range(verb.i + 1, phrase.left_edge.i))
