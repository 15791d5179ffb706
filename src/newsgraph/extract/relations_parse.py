"""Membership facts (``memberOf``) an English dependency parse shows.

The cue-word shapes that need no parse are in :mod:`newsgraph.extract.relations`;
the part nouns and party nouns read here are ``part_noun`` and ``party_noun``
lines of ``data/relations_membership.tsv``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from spacy.tokens import Doc, Token

from newsgraph.extract.relations import ACTOR_LABELS, membership_cues
from newsgraph.extract.relations_parse_fr import memberships_fr
from newsgraph.extract.tokens import mention_at
from newsgraph.types import Mention, Relation

__all__ = ["memberships_from_parse"]


def memberships_from_parse(doc: Doc, mentions: Sequence[Mention]) -> list[Relation]:
    """``memberOf`` relations a dependency parse shows (French: :func:`.relations_parse_fr.memberships_fr`;
    English):

    - "NATO member Turkey", "Tusk, a founding Civic Platform member", "a senior Hezbollah commander":
      a role noun (``role_noun`` in ``data/relations_membership.tsv``: member, official, commander...)
      with an organization as its compound modifier; the member is the name it modifies or stands in
      apposition to;
    - "A member of the Tunisian Parliament, Samir Dilou said", "YPG is the main fighting force of
      the SDF", "Hezbollah, a member of the government": a part noun (``part_noun`` in
      ``data/relations_membership.tsv``: member, wing, branch...) with an organization after "of";
      the member is the name in apposition to it, the subject it is the predicate of, or the
      other subject of its verb, which the parser gives a fronted apposition;
    - "BBC's Jonathan Marcus": a person whose name has an organization as possessor;
    - "Adamowicz's former party Civic Platform": a party noun naming an organization a person possesses.

    Examples:
        >>> import spacy
        >>> doc = spacy.blank("en")("x")
        >>> memberships_from_parse(doc, [])  # no parse: nothing
        []
    """
    if not doc.has_annotation("DEP"):
        return []
    found: dict[tuple[str, str], Relation] = {}

    def add(member: Mention | None, container: Mention | None) -> None:
        if member is None or container is None or container.label != "ORGANIZATION":
            return
        if member.label not in ACTOR_LABELS or member.entity_id == container.entity_id:
            return
        key = (str(member.entity_id), str(container.entity_id))
        found.setdefault(key, Relation(key[0], "memberOf", key[1], member.sentence))

    if doc.lang_ == "fr":  # French has its own labels (Universal Dependencies) and cue words
        memberships_fr(doc, mentions, add)
        return list(found.values())

    # An organization's name the NER left unmarked in one place ("Tusk, a founding Civic Platform member")
    # is the organization when the article names it so elsewhere.
    org_named = {m.text: m for m in mentions if m.label == "ORGANIZATION" and m.entity_id}
    parts = set(membership_cues("en")["part_noun"])
    parties = frozenset(membership_cues("en")["party_noun"])

    party_named = {m.text.lower().removeprefix("the ")[: -len(p) - 1]: m for m in org_named.values()
                   for p in parties if m.text.lower().endswith(" " + p)}  # fmt: skip

    def named_org(mod: Token) -> Mention | None:
        words = [t for t in mod.subtree if t.pos_ == "PROPN" and t.dep_ in ("compound", "nmod", "amod")
                 or t is mod]  # fmt: skip
        if mod.pos_ not in ("PROPN", "ADJ") or [t.i for t in words] != list(
                range(words[0].i, words[-1].i + 1)):
            return None
        name = doc[words[0].i : words[-1].i + 1].text
        # "Conservative MP Ann Lee" when the article names the Conservative Party
        return org_named.get(name) or party_named.get(name.lower()) if name[:1].isupper() else None

    roles = frozenset(membership_cues("en")["role_noun"])

    def party_add(member: Mention | None, container: Mention | None) -> None:
        """``add`` for a party, a movement or a front only: its name holds a ``party_noun``."""
        if container is not None and not parties.isdisjoint(container.text.lower().split()):
            add(member, container)

    staff = frozenset(membership_cues("en")["staff_noun"])
    for tok in doc:
        # a part noun, or a noun "member" modifies: "the member states of X"
        if tok.pos_ in ("NOUN", "PROPN") and (
                tok.lemma_.lower() in parts or any(
                c.dep_ == "compound" and c.lemma_.lower() == "member" for c in tok.children)):
            _part_of(tok, mentions, add)
        elif tok.pos_ == "NOUN" and tok.lemma_.lower() in staff:
            _part_of(tok, mentions, add, _STAFF_PREPS)  # "Ann Lee, a columnist for the Free Times"
        elif tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() in roles:
            _part_of(tok, mentions, party_add, _PARTY_PREPS)  # "Ann Lee, a lawmaker from the Free Party"
        if tok.lemma_.lower() in roles and tok.pos_ in ("NOUN", "PROPN") and not _former(tok):
            mods = [c for c in tok.children if c.dep_ in ("compound", "nmod", "amod", "poss")]
            orgs = [mention_at(mentions, c) or named_org(c) for c in mods]
            container = next((m for m in orgs if m is not None and m.label == "ORGANIZATION"), None)
            named = [c for c in tok.children if c.dep_ == "appos"]
            who = (
                named[0] if named  # "NATO member Turkey", as the model parses it
                # "Tusk, a ... member"
                else tok.head if tok.dep_ == "compound" or tok.dep_ == "appos" and _closed(tok)
                else next((c for c in tok.head.children if c.dep_ == "nsubj"), None) if tok.dep_ == "attr"
                else None  # "Turkey is a NATO member" above
            )  # fmt: skip
            if container is not None and who is not None:
                for each in (_conjoined(who) if named else [who]):  # "NATO members Turkey and Greece"
                    add(mention_at(mentions, each), container)
        elif tok.lemma_.lower() == "membership" and tok.pos_ == "NOUN":
            _membership(tok, mentions, add)  # "Ruritania's membership of the Lake League"
        elif tok.dep_ == "poss" and tok.head.pos_ == "PROPN":  # "BBC's Jonathan Marcus"
            person = mention_at(mentions, tok.head)
            if person is not None and person.label == "PERSON":
                # "the Free Party's Ann Lee and Omar Zed", not "X's Ann Lee, Y's Omar Zed"
                for each in (t for t in _conjoined(tok.head) if t.i == tok.head.i
                             or not any(c.dep_ == "poss" for c in t.children)):
                    add(mention_at(mentions, each), mention_at(mentions, tok))
            elif person is not None and any(c.lemma_.lower() in parties for c in tok.head.children
                                            if c.dep_ in ("compound", "appos", "nmod")):
                add(mention_at(mentions, tok), person)  # "Adamowicz's former party Civic Platform"
        elif tok.dep_ == "prep" and tok.lower_ in ("of", "from") and (
                tok.head.pos_ == "PROPN" or _hyphen_tail(tok.head, mentions) is not None):
            _party_of(tok, mentions, parties, add)  # "Jeremy Corbyn of the Labour Party"
    return list(found.values())


#: The prepositions between a staff noun and the organization it works for: "a columnist for the Free Times",
#: "a professor at Lake University", "a reporter with Reuters".
_STAFF_PREPS = ("for", "at", "with")
#: The prepositions between a role noun and the party it belongs to: "a lawmaker from the Free Party", "an MP
#: for the Labour Party" (a party's name only: "an official from the Lake Bank" works there, is no member).
_PARTY_PREPS = ("from", "for")
#: What may stand between a title's organization and the name it is put before: an acronym in brackets.
_TITLE_GAP = re.compile(r"[ \t]*(?:\([A-Z]{1,6}\)[ \t]*)?$")


def _former(tok: Token) -> bool:
    """Whether a member noun says the membership is over: "a former member", "a former Free Party official"
    (``former`` cues of ``data/relations_membership.tsv``)."""
    return any(c.dep_ == "amod" and c.lower_ in membership_cues("en")["former"] for c in tok.children)


def _closed(tok: Token) -> bool:
    """Whether an apposition ends at a punctuation mark or the end of its sentence: "Tusk, a Civic
    Platform member, is"; "a call with the Prince, a senior X official said" is a subject the parser
    took for an apposition."""
    after = tok.right_edge.i + 1
    return after >= len(tok.doc) or tok.doc[after].is_punct or bool(tok.doc[after].is_sent_start)


def _party_of(
    prep: Token, mentions: Sequence[Mention], parties: frozenset[str],
    add: Callable[[Mention | None, Mention | None], None],
) -> None:
    """A person "of" an organization, the name itself modified ("Ann Lee of the BBC", "Omar Zed of
    Hamas"), or "from" a party, a movement or a front: the party's name holds one of ``parties``
    ("Ann Lee from the Free Party"; "a letter from the UN" is no member)."""
    person = mention_at(mentions, prep.head) or _hyphen_tail(prep.head, mentions)
    if person is None or person.label != "PERSON":
        return
    for obj in (c for c in prep.children if c.dep_ == "pobj"):
        org = mention_at(mentions, obj)
        if org is not None and org.label == "ORGANIZATION":
            if prep.lower_ == "of" or not parties.isdisjoint(org.text.lower().split()):
                add(person, org)


def _hyphen_tail(tok: Token, mentions: Sequence[Mention]) -> Mention | None:
    """The person's name a hyphenated tail belongs to when the NER stopped at the hyphen: "wai" of "Wu
    Chi-wai", the name marked "Wu Chi" (a hyphen with no space either side, the name right before it)."""
    doc = tok.doc
    if tok.i < 2 or doc[tok.i - 1].text != "-" or doc[tok.i - 1].whitespace_ or doc[tok.i - 2].whitespace_:
        return None
    found = mention_at(mentions, doc[tok.i - 2])
    return found if found is not None and found.label == "PERSON" and found.end == doc[tok.i - 2].idx + len(
        doc[tok.i - 2].text) else None


def _membership(tok: Token, mentions: Sequence[Mention],
                add: Callable[[Mention | None, Mention | None], None]) -> None:
    """A member's "membership" of an organization: "Ruritania's membership of (in) the Lake League",
    "Ruritania's Lake League membership"; not one only sought ("Ruritania's bid for Lake League
    membership", "its membership bid")."""
    sought = frozenset(membership_cues("en")["sought"])
    if tok.dep_ == "compound" or tok.head.lower_ in sought or tok.head.lemma_.lower() in sought:
        return
    member = next((mention_at(mentions, c) for c in tok.children if c.dep_ == "poss"), None)
    orgs = [c for c in tok.children if c.dep_ == "compound"] + [
        o for p in tok.children if p.dep_ == "prep" and p.lower_ in ("of", "in") for o in p.children
        if o.dep_ == "pobj"]  # fmt: skip
    container = next((m for o in orgs if (m := mention_at(mentions, o)) is not None), None)
    if member is not None and member is not container:
        add(member, container)


def _conjoined(tok: Token) -> list[Token]:
    """``tok`` and the names conjoined to it: "Turkey, Greece and Spain"."""
    out = [tok]
    while (nxt := next((c for c in out[-1].children if c.dep_ == "conj"), None)) is not None:
        out.append(nxt)
    return out


def _part_of(
    tok: Token, mentions: Sequence[Mention], add: Callable[[Mention | None, Mention | None], None],
    preps: tuple[str, ...] = ("of",),
) -> None:
    """A part noun with its container after "of" ("a member of X", "the armed wing of X"), or a staff
    noun with the organization after one of ``preps`` ("a columnist for X")."""
    clause = tok.head
    if tok.dep_ == "attr" and clause.dep_ == "relcl" and not any(c.dep_ == "neg" for c in clause.children) \
            and any(o.lower_ in ("which", "whom") for p in clause.children
                    if p.dep_ == "prep" and p.lower_ == "of" for o in p.children):  # fmt: skip
        # "NATO, of which Turkey is a member": the container is what the clause describes
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            add(mention_at(mentions, subject), mention_at(mentions, clause.head))
        return
    container = next(
        (m for p in tok.children if p.dep_ == "prep" and p.lower_ in preps
         for o in p.children if o.dep_ == "pobj" and (m := mention_at(mentions, o)) is not None
         and m.label == "ORGANIZATION"),
        None,
    )  # fmt: skip
    if container is None and tok.tag_ == "NNS":  # "the Lake League's members Ruritania and Freedonia"
        owner = next((m for c in tok.children if c.dep_ == "poss"
                      and (m := mention_at(mentions, c)) is not None and m.label == "ORGANIZATION"), None)
        for named in (c for c in tok.children if c.dep_ == "appos" or c.dep_ == "prep"
                      and c.lower_ == "including") if owner is not None else ():  # fmt: skip
            first = named if named.dep_ == "appos" else next(
                (o for o in named.children if o.dep_ == "pobj"), None)
            for each in _conjoined(first) if first is not None else []:
                add(mention_at(mentions, each), owner)
        return
    if container is None or any(c.dep_ == "neg" for c in (*tok.children, *tok.head.children)):
        return  # "Brazil is not a member of G7"
    if _former(tok):
        return  # "a former member of X", "former members of X, including A and B": no longer members
    # "members of X, including A and B": the members named after "including" or in apposition
    for named in (c for c in tok.children if c.dep_ == "appos" and tok.tag_ == "NNS"
                  or c.dep_ == "prep" and c.lower_ == "including"):  # fmt: skip
        head = next((o for o in named.children if o.dep_ == "pobj"), None) if named.dep_ == "prep" else named
        for each in _conjoined(head) if head is not None else []:
            add(mention_at(mentions, each), container)
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ == "one":
        tok = tok.head.head  # "Ruritania is one of the members of X", "Ann Lee, one of the members of X,"
    first = tok
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head  # "Johnson — former Foreign Secretary, mayor of London, and member of Parliament"
    while first.dep_ == "appos" and first.head.dep_ == "appos" and first.head.head.i != first.head.i:
        first = first.head
    if first is not tok and first.dep_ == "appos":
        tok = first
    if tok.dep_ == "pobj" and tok.head.lower_ == "as":  # "elected in 2001 as a member of Parliament"
        verb: Token | None = tok.head.head
        while verb is not None and verb.pos_ in ("VERB", "AUX"):
            subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None:
                add(mention_at(mentions, subject), container)
                return
            verb = verb.head if verb.dep_ in ("advcl", "xcomp", "conj") and verb.head.i != verb.i else None
        return
    if tok.dep_ == "appos" and _closed(tok):  # "Hezbollah, a member of the government"
        who: Token | None = tok.head
    elif tok.pos_ == "PROPN":  # "Member of Parliament (MP) Ann Lee": a title right before a person's name
        text = tok.doc.text
        person = next((m for m in mentions if m.label == "PERSON" and m.start >= container.end
                       and _TITLE_GAP.match(text, container.end, m.start)), None)  # fmt: skip
        if person is not None:
            add(person, container)
        return
    elif tok.dep_ == "attr":  # "YPG is the main fighting force of the SDF"
        who = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
        if who is not None and who.tag_ == "WP" and tok.head.dep_ == "relcl":
            who = tok.head.head  # "Ali, who is a member of X"
    elif tok.dep_ == "nsubj":  # "A member of X, Samir Dilou said": two subjects of one verb
        who = next((c for c in tok.head.children if c.dep_ == "nsubj" and c.i > tok.i), None)
    elif tok.dep_ == "ROOT":  # the same, parsed with "said" as a parataxis of "member"
        who = next((g for c in tok.children if c.dep_ == "parataxis" and c.pos_ == "VERB"
                    for g in c.children if g.dep_ == "nsubj" and g.i > tok.i), None)  # fmt: skip
    else:
        who = None
    if who is not None:
        add(mention_at(mentions, who), container)
