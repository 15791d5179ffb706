"""Reading a French dependency parse (Universal Dependencies): the pieces :mod:`.deps_fr` builds on.

The preposition of a phrase (:func:`_case`, the ``case`` child) and the role it gives (``_CASES``),
conjuncts and list items the parser hung as modifiers, passive verbs (:func:`is_passive_fr`), the
mentions a noun phrase stands for (:func:`phrase_mentions_fr`: see :mod:`.deps_fr`), a country
that only completes an official's title (:func:`of_a_title_fr`), and the light verb a noun
trigger is the object of (:func:`light_verb_fr`).
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from spacy.tokens import Token

from newsgraph.extract.events.clauses import _Reader
from newsgraph.extract.events.frames import _M
from newsgraph.extract.events.frames import ACTORS as _ACTORS
from newsgraph.extract.fr_mentions import fr_words
from newsgraph.extract.lexicon import title_vocabulary
from newsgraph.text import normalize_token

__all__ = ["after_de_fr", "has_aux_pass_fr", "is_passive_fr", "light_verb_fr", "of_a_title_fr",
           "phrase_mentions_fr", "true_subjects_fr"]

_NEAR = ("appos", "acl", "nmod", "amod", "flat:name")
#: the preposition (``case`` child) of an oblique, by the role it gives
_CASES = {
    "participant": frozenset({"avec", "entre", "parmi", "aux côtés"}),
    "object": frozenset({"contre"}),
    "agent": frozenset({"par"}),
    "genitive": frozenset({"de", "d'", "d’", "du", "des"}),
    "place": frozenset({"à", "a", "en", "au", "aux", "dans", "près", "sur"}),
    "purpose": frozenset({"pour"}),
}


def _conjuncts(tok: Token) -> Iterator[Token]:
    yield tok
    for child in tok.children:
        if child.dep_ == "conj" or _listed(child):
            yield from _conjuncts(child)
        elif child.dep_ == "flat:name":  # «entre Mahmoud Abbas et X»: X hung on the name's last word
            for grand in child.children:
                if grand.dep_ == "conj":
                    yield from _conjuncts(grand)


def _listed(tok: Token) -> bool:
    """A list item the parser hung on the first as a modifier: «L'Égypte, la Jordanie et la France»
    («la Jordanie» an ``nmod`` of «Égypte», «la France» its conjunct). A comma before it, no
    preposition, and a conjunct of its own; an apposition («le ministre, Nasser Bourita») has none."""
    first = tok.left_edge.i
    return (
        tok.dep_ in ("nmod", "appos") and first > 0 and tok.doc[first - 1].text == ","
        and not any(c.dep_ == "case" for c in tok.children) and any(c.dep_ == "conj" for c in tok.children)
    )  # fmt: skip


def _case(tok: Token) -> str:
    """The preposition of a noun phrase ("avec", "de", "aux côtés"), lower-cased; "" for none."""
    words = [c.lower_ for c in tok.children if c.dep_ in ("case", "fixed") and c.i < tok.i]
    return " ".join(words)


def is_passive_fr(verb: Token) -> bool:
    """A passive verb ("a été revendiquée"): its doer, when named, follows "par". So is a participle
    the parser reads as an adjective after «être» («aurait été empoisonné», «est tué»)."""
    return any(c.dep_ in ("nsubj:pass", "aux:pass") for c in verb.children) or _copular_participle(verb)


def has_aux_pass_fr(verb: Token) -> bool:
    """Whether ``verb`` has a passive auxiliary («a été réélu»): it takes no direct object."""
    return any(c.dep_ == "aux:pass" for c in verb.children)


def _copular_participle(tok: Token) -> bool:
    """A verb trigger the parser reads as an adjective with a copula («il a été tué» as «il a été
    [tué]»): a passive participle, whose subject is what was done to."""
    return tok.pos_ == "ADJ" and any(c.dep_ == "cop" for c in tok.children)


def _placed(tok: Token) -> bool:
    """A complement that says where ("des missions dans la République islamique"), not whose."""
    case = _case(tok).split()
    return bool(case) and case[0] in _CASES["place"] and case[0] not in ("sur",)


def phrase_mentions_fr(r: _Reader, tok: Token, labels: tuple[str, ...] = _ACTORS) -> list[_M]:
    """The mentions a noun phrase headed by ``tok`` stands for (see the module docstring)."""
    out: list[_M] = []
    for head in _conjuncts(tok):
        m = r.mention_at.get(head.i)
        if m is None or m.label not in labels or m.payload == "adj":
            near = [x for c in head.children if c.dep_ in _NEAR and not _placed(c)
                    and (x := r.mention_at.get(c.i)) is not None and x.label in labels]  # fmt: skip
            if m is not None and m.label in labels:
                near.append(m)
            near += _whose_members(r, head, labels) + _titled_complement(r, head, labels)
            # «son homologue jordanien Ayman Safadi»: the name after the adjective is whom it describes
            near = [x for x in near if not (x.payload == "adj" and _person_at(r, x.end))]
            if not near and (named := _name_hung_above(r, head)) is not None:
                near = [named]  # «l'assassinat de l'opposant X» with the name X hung on «assassinat»
            if not any(x.label == "PERSON" for x in near):
                near += _apposed_title_name(r, head)  # «son homologue guinéen le général X»
            if (named := _named_after_comma(r, head)) is not None:
                near = [named]  # «avec son homologue russe, Sergueï Lavrov», however the parse hung the name
            # «le prince héritier d'Arabie saoudite», «son homologue zimbabwéen»: a person, not his country
            if normalize_token(head.text) in _person_heads():
                near = [x for x in near if x.label == "PERSON"]
            near.sort(key=lambda x: (x.payload == "adj", x.label != "PERSON"))
            m = near[0] if near else None
        if m is not None and m not in out:
            out.append(m)
        if m is not None and m.payload == "adj":  # «les forces françaises et maliennes»: both adjectives
            adj = r.doc[m.start : m.end].root
            out += [x for c in adj.children if c.dep_ == "conj" and (x := r.mention_at.get(c.i)) is not None
                    and x.label in labels and x not in out]  # fmt: skip
    return out


def _apposed_title_name(r: _Reader, head: Token) -> list[_M]:
    """The person named after a title or rank that is itself an apposition of an official's noun: «reçu par
    son homologue guinéen le général X» (the parse hangs «général» on «homologue» and X on «général»)."""
    if normalize_token(head.text) not in _person_heads():
        return []
    return [
        x for c in head.children if c.dep_ == "appos" and c.i not in r.mention_at and c.is_lower
        for n in c.children if n.dep_ in ("appos", "flat:name")
        and (x := r.mention_at.get(n.i)) is not None and x.label == "PERSON"
    ]  # fmt: skip


def _titled_complement(r: _Reader, head: Token, labels: tuple[str, ...]) -> list[_M]:
    """The person named beside a title in the «de» complement of a lower-case noun: «contre la politique du
    président Emmanuel Macron» stands for Macron, as «la politique de Macron» would."""
    if not head.is_lower or head.pos_ != "NOUN" or normalize_token(head.text) in _person_heads():
        return []
    return [
        x for c in head.children if c.dep_ == "nmod" and c.i not in r.mention_at and c.is_lower
        and normalize_token(c.text) in _title_heads() and after_de_fr(c)
        for n in c.children if n.dep_ in ("appos", "flat:name")
        and (x := r.mention_at.get(n.i)) is not None and x.label == "PERSON" and "PERSON" in labels
    ]  # fmt: skip


def after_de_fr(tok: Token) -> bool:
    """Whether ``tok``'s preposition is «de» or a contraction of it («du», «des», «d'»)."""
    case = _case(tok).split()
    return bool(case) and case[0] in _CASES["genitive"]


def _named_after_comma(r: _Reader, head: Token) -> _M | None:
    """The person named right after a comma that closes a title's phrase with no person in it: «avec son
    homologue russe, Sergueï Lavrov» (the parser often makes the name a sentence of its own)."""
    if normalize_token(head.text) not in _person_heads():
        return None
    if any((x := r.mention_at.get(t.i)) is not None and x.label == "PERSON" for t in head.subtree):
        return None
    after = head.right_edge.i + 1
    # «son homologue sud-africain, X»: a nationality the parser hung elsewhere still closes the title's phrase
    while after < len(r.doc) and after - head.i <= 3 and r.doc[after].is_lower and r.doc[after].pos_ == "ADJ":
        after += 1
    if after + 1 < len(r.doc) and r.doc[after].text == "," and _person_at(r, after + 1):
        return r.mention_at[after + 1]
    return None


def _name_hung_above(r: _Reader, head: Token) -> _M | None:
    """The person named right after a lower-case noun, which the parser hung on the noun's own head as an
    apposition: «l'assassinat de l'opposant Boris Nemtsov» read with «Boris» an apposition of «assassinat»
    (a noun right before a name, with no comma, is the name's title: «l'opposant X», «le ministre X»)."""
    after = head.right_edge.i + 1
    noun = head.pos_ == "NOUN" or any(c.dep_ == "det" for c in head.children)  # «l'opposant» tagged a verb
    if not noun or not head.is_lower or not _person_at(r, after):
        return None
    name = r.doc[r.mention_at[after].start : r.mention_at[after].end].root
    return r.mention_at[after] if name.dep_ == "appos" and name.head.i == head.head.i != head.i else None


def _person_at(r: _Reader, i: int) -> bool:
    m = r.mention_at.get(i)
    return m is not None and m.label == "PERSON" and m.start == i


def _whose_members(r: _Reader, head: Token, labels: tuple[str, ...]) -> list[_M]:
    """The organization a participle after the noun hangs its "de" on: «20 membres présumés de l'État
    islamique» (the parser reads «de l'État islamique» as a complement of «présumés»)."""
    return [
        x for c in head.children if c.dep_ == "acl" and c.i == head.i + 1 and c.i not in r.mention_at
        for g in c.children if g.dep_ in ("obl:arg", "nmod") and _case(g).split()[:1] == ["de"]
        and (x := r.mention_at.get(g.i)) is not None and x.label == "ORGANIZATION" and x.label in labels
    ]  # fmt: skip


@cache
def _title_heads() -> frozenset[str]:
    return title_vocabulary("fr").get("head", frozenset())


@cache
def _person_heads() -> frozenset[str]:
    """Title heads and the nouns that name an official by his counterpart («son homologue zimbabwéen»,
    ``counterpart`` lines of ``data/fr_rules.tsv``): a nationality or «de» phrase on them says whose
    official he is."""
    return _title_heads() | fr_words("counterpart")


def of_a_title_fr(r: _Reader, m: _M) -> bool:
    """Whether a country or organization only completes an official's title («le prince héritier
    d'Arabie saoudite», «le président iranien»): it names whose official, not a party."""
    if m.label == "PERSON":
        return False
    tok = r.doc[m.start : m.end].root
    while tok.dep_ in ("nmod", "amod", "flat:name") and tok.head.i != tok.i:
        tok = tok.head
        if normalize_token(tok.text) in _person_heads():  # «son homologue ivoirien»: his counterpart's
            return True
    return False


def light_verb_fr(r: _Reader, noun: Token) -> Token | None:
    """The verb a noun trigger is the object of, when it is a light verb ("a tenu une réunion"), the verb
    it gives the purpose of ("est arrivé à Bagdad pour une visite"), or one attending it («a participé à»)."""
    if noun.dep_ in ("obj", "nsubj:pass") and "light_verb" in r.cues[noun.head.i]:
        return noun.head
    case = _case(noun)  # «pour une visite»; «a assisté à la réunion»
    if noun.dep_.startswith("obl") and noun.head.pos_ == "VERB" and (
        case in _CASES["purpose"] or ("attend" in r.cues[noun.head.i] and case in _CASES["place"])
    ):
        return noun.head
    return None


def true_subjects_fr(subjects: list[Token], appositions: bool = True) -> list[Token]:
    """The subjects of a verb that name who does it, past two misparses. A second subject right
    after a comma that closes the first is an apposition of it («Paul Girard, le président de
    l'Union, a déclaré» read with two subjects): the speaker is the first, an official who speaks as
    himself (GUIDELINES.md, "French"), not the body his title names. A "subject" that has a
    preposition is a phrase of place or medium the parser took for one («Sur Twitter, X a dénoncé»):
    the name in apposition to it speaks, if any. ``appositions``: drop the apposed second subject."""
    out: list[Token] = []
    for c in subjects:
        if any(x.dep_ == "case" and x.i < c.i for x in c.children):
            out += [x for x in c.children if x.dep_ == "appos"]
        elif not appositions or not any(_apposed(prev, c) for prev in subjects if prev.i < c.i):
            out.append(c)
    return out


def _apposed(first: Token, second: Token) -> bool:
    """Whether subject ``second`` is a common noun set after subject ``first`` by a comma only, with no
    conjunction: «Paul Girard, le président de l'Union, a déclaré»."""
    gap = second.left_edge.i - first.right_edge.i
    return (
        second.pos_ == "NOUN" and first.pos_ == "PROPN" and gap == 2
        and second.doc[first.right_edge.i + 1].text == ","
    )  # fmt: skip


#: The conjunctions of a clause that says the circumstance an act happened in («alors qu'elle se trouvait»).
_WHILE = frozenset({"alors", "lorsque", "lorsqu'", "lorsqu’", "quand"})


def circumstance_places_fr(verb: Token) -> list[Token]:
    """The place phrases of a clause of circumstance hung on ``verb``: «a été agressée alors qu'elle se
    trouvait sur la place Tahrir», «tué lorsqu'il se trouvait à Homs», «blessés alors qu'ils patrouillaient
    dans la région de Kidal» (where the one it happened to was, there it happened); not a clause of its own
    inside it. «sur» is a place there («se trouvait sur la place»)."""
    out: list[Token] = []
    for clause in verb.children:
        marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
        if clause.dep_ != "advcl" or not marks & _WHILE:
            continue
        stack = [c for c in clause.children if c.dep_ not in ("advcl", "ccomp", "acl:relcl", "conj")]
        while stack:
            tok = stack.pop()
            if tok.dep_.startswith(("obl", "nmod")) and (_case(tok).split() or [""])[0] in _CASES["place"]:
                out.append(tok)
            stack += [c for c in tok.children if not c.dep_.startswith(("acl", "advcl", "ccomp"))]
    return sorted(out, key=lambda t: t.i)[:1]


def nation_of_fr(r: _Reader, noun: Token) -> list[_M]:
    """The country a nationality adjective of event noun ``noun`` names, as a place: «l'élection
    présidentielle américaine», «les législatives israéliennes» were held there (for a type whose frame has
    no doer; «l'attaque israélienne» names its doer instead)."""
    found = [m for c in noun.children if c.dep_ == "amod" and (m := r.mention_at.get(c.i)) is not None]
    return [_M(m.start, m.end, m.label, m.ref) for m in found if m.label == "COUNTRY"][:1]


def _number(verb: Token) -> list[str]:
    """The number of a verb: its own, else its auxiliary's («se sont tenus»)."""
    own = verb.morph.get("Number", [])
    if own and verb.morph.get("VerbForm", []) != ["Part"]:
        return list(own)
    aux = [a.morph.get("Number", []) for a in verb.children if a.dep_.startswith("aux")]
    aux = [n for n in aux if n]
    return list(aux[0]) if aux else list(own)
