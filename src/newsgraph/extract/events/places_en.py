"""English: which places a parse shows are not an event's, though they stand in its clause.

:func:`~newsgraph.extract.events.roles._read` places an event by the cue word before a place ("in",
"at") in the trigger's scope, and else by a place its clause names in no role; the parse
(:func:`~newsgraph.extract.events.deps.dep_location`) reads only the trigger's own phrase. Between the
two, three kinds of place that the clause names are no place of the event:

* a place in another branch of the sentence (:func:`placed_elsewhere`): "the ministers met for talks
  in Oslo, months after the deal brokered by Germany": Oslo is where the talks were, not the deal;
  "agreed that Norway will open a consulate in Bergen": where the consulate will be;
* a place named as one side of a hyphenated pair (:func:`paired_name`): "the new Oslo-Stockholm
  pact", "Paris-Berlin relations" name who, not where;
* a place a title is of (:func:`of_a_title`): "X, the mayor of Lyon, was elected" says what X was,
  not where the story is (for the story's place, :mod:`~newsgraph.extract.events.where`).

Examples:
    >>> _hyphen_pair(["Oslo", "-", "Stockholm", "pact"], 0, 1), _hyphen_pair(["Oslo", "-", "Stockholm"], 2, 3)
    (True, True)
    >>> _hyphen_pair(["in", "Oslo", "on", "Monday"], 1, 2)
    False
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from newsgraph.extract.events.clauses import _Reader
from newsgraph.extract.events.frames import _M
from newsgraph.extract.events.lexicons import TriggerMatch, load_cues

__all__ = ["placed_elsewhere", "paired_name", "of_a_title", "no_story_place"]

#: Dependencies that keep a mention inside the phrase it names (the phrase hangs where its head does).
_INSIDE = frozenset({"pobj", "compound", "appos", "conj", "nmod", "amod", "poss", "cc", "punct", "npadvmod"})
_PLACES = ("PLACE", "COUNTRY")


def _anchor(r: _Reader, m: _M, t: TriggerMatch) -> Token:
    """The word mention ``m``'s phrase hangs on: for "in Oslo", what "in" qualifies; past a place
    noun or a site ("officials in the port city of Aden": the officials; "was foiled at a police station
    in Kandahar": foiled), another place, a time ("On Friday in Istanbul, X said": said) or another
    preposition."""
    tok = r.doc[m.start : m.end].root
    while tok.head.i != tok.i and not t.start <= tok.i < t.end:
        if tok.dep_ in _INSIDE:
            tok = tok.head
        elif tok.dep_ in ("prep", "agent") or tok.pos_ == "ADP":
            tok = tok.head
            named = r.mention_at.get(tok.i)
            placeish = (not {"place_noun", "site_noun"}.isdisjoint(r.cues[tok.i])
                        or (named is not None and named.label in _PLACES))
            timely = tok.ent_type_ in ("DATE", "TIME") or tok.pos_ == "ADP"
            if not (placeish or timely):
                return tok
        else:
            return tok
    return tok


def placed_elsewhere(r: _Reader, m: _M, t: TriggerMatch) -> bool:
    """Whether, in an English parse, place mention ``m`` hangs on a word in another branch of the
    sentence than trigger ``t``, or in a clause the trigger reports. A place is the trigger's when
    it hangs on the trigger's words, on a word above them (the clause it is part of: "in Kabul,
    police arrested", "officials said in Kabul that a bomb killed"), on the subject of such a word
    ("officials in Taiz say the shelling killed four"), on the verb a trigger noun is the subject
    of ("the truce failed to hold in Yemen"), or below them but not in what it reports ("met for
    talks in Oslo"; not "agreed that Norway will open a consulate in Bergen").
    """
    if not r.parsed or r.lang != "en":
        return False
    word = _anchor(r, m, t)
    head = r.doc[t.start : t.end].root
    if _where_clause_of(r, m, head):  # "Najaf, where he will meet X": the place the clause is of
        return False
    if t.start <= word.i < t.end or word.i == head.i:
        return _not_where(r, m, word)
    if _not_where(r, m, word):
        return True
    # "landed in Baghdad ... since his election": the clause's place, not the earlier event's
    other_time = load_cues("en").get("other_time", frozenset())
    if word.is_ancestor(head) and any(a.dep_ == "prep" and a.lower_ in other_time
                                      for a in _path_up(head, word)):
        return True
    if word.is_ancestor(head):  # the clause the trigger is in, or a noun it counts ("a series of attacks")
        return not (word.pos_ in ("VERB", "AUX") or all(_counted(a) for a in _path_up(head, word)))
    if head.is_ancestor(word):  # below the trigger, but not in what it reports or aims at
        return any(a.dep_ in _REPORTED for a in _path_up(word, head))
    # "officials in Taiz say the shelling killed four": who report from the place report its news
    if word.dep_ in ("nsubj", "nsubjpass") and word.head.is_ancestor(head):
        return False
    # "the truce failed to hold in Yemen", "the bombing killed ten in Kabul": the verb it is the subject of
    verb = word.head if word.dep_ == "xcomp" else word
    return not (head.dep_ in ("nsubj", "nsubjpass") and head.head.i == verb.i)


def _not_where(r: _Reader, m: _M, word: Token) -> bool:
    """Whether place mention ``m`` names, below the word ``word`` its phrase hangs on, where someone comes
    from ("fled from a camp at Ain Issa"), a side ("a pact between Sinai and Khatlon"), or the home of a
    person noun it modifies (``origin_person`` cues: "a Cheltenham man")."""
    root = r.doc[m.start : m.end].root
    if root.dep_ in ("compound", "nmod", "amod") and "origin_person" in r.cues[root.head.i]:
        return True
    side = root
    while side.dep_ in ("conj", "compound", "appos") and side.head.i != side.i:  # "between Sinai governorate"
        side = side.head
    if side.dep_ == "pobj" and side.head.lower_ == "between":
        return True  # the sides themselves, not a place inside one ("between militias in Tripoli")
    return any(a.dep_ == "prep" and a.lower_ == "from" for a in _path_up(root, word))


#: Dependencies of a clause a trigger reports or aims at: "agreed that Norway will open a consulate
#: in Bergen", "agreed to open a consulate in Bergen" (where the consulate is, not the accord).
_REPORTED = frozenset({"ccomp", "xcomp"})


def _where_clause_of(r: _Reader, m: _M, head: Token) -> Token | None:
    """The relative clause opened by "where" that trigger word ``head`` stands in and that describes
    mention ``m`` ("Najaf (where he will meet the cleric)"), or None."""
    tok, seen = head, 0
    while tok.head.i != tok.i and seen < 4:
        if tok.dep_ in ("relcl", "acl:relcl") and m.start <= tok.head.i < m.end:
            return tok if any(c.lower_ == "where" for c in tok.children) else None
        tok, seen = tok.head, seen + 1
    return None


def _counted(tok: Token) -> bool:
    """Whether ``tok`` joins a word to the noun above it as what that noun counts or names: "a series
    of attacks", "the Kabul attack" (not "a consulate ... within the period specified in the deal")."""
    return tok.dep_ in ("pobj", "compound", "conj", "appos") or (tok.dep_ == "prep" and tok.lower_ == "of")


def _path_up(word: Token, top: Token) -> list[Token]:
    """The words from ``word`` up to (not including) its ancestor ``top``."""
    out = []
    while word.i != top.i and word.head.i != word.i:
        out.append(word)
        word = word.head
    return out


def _hyphen_pair(words: Sequence[str], start: int, end: int) -> bool:
    """Whether the name at ``start:end`` in ``words`` is joined by a hyphen to a capitalised word."""
    before = start >= 2 and words[start - 1] == "-" and words[start - 2][:1].isupper()
    after = end + 1 < len(words) and words[end] == "-" and words[end + 1][:1].isupper()
    return before or after


def paired_name(r: _Reader, m: _M) -> bool:
    """Whether place mention ``m`` is one side of a hyphenated pair ("Cairo-Riyadh pact",
    "Tehran-Riyadh relations"): the two sides, not where."""
    lo, hi = max(m.start - 2, 0), min(m.end + 2, len(r.doc))
    words = [r.doc[i].text for i in range(lo, hi)]
    return _hyphen_pair(words, m.start - lo, m.end - lo)


def of_a_title(r: _Reader, m: _M) -> bool:
    """Whether, in an English parse, mention ``m`` is the "of" complement of a person's title or
    office ("mayor of London", "the governor of Texas"; not "the city of Gdańsk", "the heart of
    Baghdad"): the noun before "of" is an ``office`` cue word, or stands in apposition to a named
    person ("Boris Johnson, former Foreign Secretary and member of Parliament")."""
    if not r.parsed or r.lang != "en":
        return False
    root = r.doc[m.start : m.end].root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "of" or prep.dep_ != "prep":
        return False
    noun = prep.head
    if "place_noun" in r.cues[noun.i] or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    if "office" in r.cues[noun.i]:
        return True
    # "Boris Johnson — former Foreign Secretary, mayor of London": a title in apposition to a person
    seen, tok = 0, noun
    while tok.dep_ in ("appos", "conj") and seen < 4:
        tok, seen = tok.head, seen + 1
        named = r.mention_at.get(tok.i)
        if named is not None and named.label == "PERSON":
            return True
    return False


def no_story_place(r: _Reader, m: _M) -> bool:
    """Whether, in an English parse, place mention ``m`` cannot be the story's place: it says where someone
    comes from or who the sides are (:func:`_not_where`, up to its sentence's root: "Police arrested a
    Cheltenham man"), or what the words are about ("spoke about North Korea and Syria")."""
    if not r.parsed or r.lang != "en":
        return False
    root = r.doc[m.start : m.end].root
    top = root.sent.root
    about = load_cues("en").get("topic_about", frozenset())
    return _not_where(r, m, top) or any(a.dep_ == "prep" and a.lower_ in about for a in _path_up(root, top))
