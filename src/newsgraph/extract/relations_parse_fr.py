"""Membership facts (``memberOf``) a French dependency parse shows (Universal Dependencies labels).

The cue-word shapes that need no parse («X, membre de l'Otan», «X a rejoint Y», «les pays membres de
Y, dont X») are ``fr`` lines of ``data/relations_membership.tsv`` read by :mod:`newsgraph.extract.relations`;
this module reads what lies between the member and its cue there: a describing noun («la milice Basij,
formation faisant partie du Corps des gardiens»), a relative clause («X, qui fait partie de Y», «Y, dont
X est membre»: a relative clause or, as the parser may have it, a conjunct), a name after the cue («le
membre du Hamas Ahmed Ali»). The cue words are ``fr`` ``part_noun`` lines (a noun whose «de» names the
container: «membre») and ``part_verb`` lines (a verb and its object: «faire partie»).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from spacy.tokens import Doc, Token

from newsgraph.extract.relations import membership_cues
from newsgraph.extract.relations_positions import group_test
from newsgraph.extract.tokens import mention_at
from newsgraph.types import Mention

__all__ = ["memberships_fr"]

Add = Callable[[Mention | None, Mention | None], None]
#: Words that deny a membership: «n'est pas membre», «ne fait plus partie».
_NEGATION = frozenset({"ne", "pas", "jamais", "non"})
#: A name that only points back («qui est membre»): the member is what the clause hangs from.
_RELATIVE = frozenset({"qui", "lequel", "laquelle", "lesquels", "lesquelles"})
#: What lies between a party's name and its member's: «le parti Ennahda de Rached Ghannouchi».
_OF = re.compile(r"^\s+d(?:e\s+|['’])$")


def memberships_fr(doc: Doc, mentions: Sequence[Mention], add: Add) -> None:
    """Call ``add(member, container)`` for each membership the parse of a French ``doc`` shows.

    Examples:
        >>> import spacy
        >>> memberships_fr(spacy.blank("fr")("x"), [], print)  # no parse: nothing
    """
    if not doc.has_annotation("DEP"):
        return
    cues = membership_cues("fr")
    nouns = frozenset(cues["part_noun"])
    group_nouns = frozenset(cues["group_noun"])
    verbs = {tuple(cue.split()) for cue in cues["part_verb"]}
    parties = frozenset(cues["party_noun"])
    former = frozenset(cues["former"])  # «un ancien cadre du Hamas»: no longer one
    adjectives = _party_adjectives(mentions, parties)
    is_group = group_test(mentions, doc.text)
    for tok in doc:
        lemma = tok.lemma_.lower()
        if lemma in parties or lemma in nouns:
            _named_beside(tok, mentions, lemma in parties, add)
        if lemma in nouns and tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ in adjectives:
            # «le député socialiste Jean Dupont», the article naming the «Parti socialiste»
            person = mention_at(mentions, doc[tok.i + 2])
            if person is not None and person.label == "PERSON":
                add(person, adjectives[doc[tok.i + 1].lower_])
        if tok.pos_ == "NOUN" and lemma in group_nouns:
            # «Ali Omar, un cadre du Hamas»: a post in a party, a movement or an armed group makes a member
            org = _container(tok, mentions)
            # a group by the knowledge base or its own name, or called a party here: «cadre du parti Ennahda»
            group = org is not None and org.entity_id is not None and (
                is_group(org.entity_id)
                or any(c.dep_ == "nmod" and c.lemma_.lower() in parties for c in tok.children))
            if group and org is not None and not any(c.lemma_.lower() in former for c in tok.children):
                for who in _members(tok, tok):
                    add(_name_of(who, mentions), org)
        if tok.dep_ == "nmod" and any(c.lemma_ == "de" for c in tok.children if c.dep_ == "case"):
            person, org = mention_at(mentions, tok.head), mention_at(mentions, tok)
            if person is not None and person.label == "PERSON" and person is not org:
                add(person, org)  # «Jean Dupont, de l'UMP,»: a person of an organization
        if tok.pos_ == "NOUN" and lemma in nouns:
            pred = tok
        elif tok.dep_ == "obj" and (tok.head.lemma_.lower(), lemma) in verbs:
            pred = tok.head  # «faire partie de»: the container hangs from the verb
        else:
            continue
        if any(c.lemma_.lower() in _NEGATION for c in (*pred.children, *tok.children)):
            continue
        if pred.head.i != pred.i and any(t.lower_ == "dont" for t in pred.subtree if t.i < pred.i):
            # «l'Otan, dont la Turquie est membre»: the container is what the clause hangs from
            for who in pred.children:
                if who.dep_ in ("nsubj", "nsubj:pass") and who.lower_ != "dont":
                    add(_name_of(who, mentions), mention_at(mentions, pred.head))
            continue
        container = _container(pred, mentions)
        for who in _members(pred, tok) if container is not None else []:
            add(_name_of(who, mentions), container)


def _party_adjectives(mentions: Sequence[Mention], parties: frozenset[str]) -> dict[str, Mention]:
    """The adjective of each party the article names by a party noun and an adjective: «socialiste» for
    «le Parti socialiste» (lower-case, as the adjective is written before a member's name).

    Examples:
        >>> from newsgraph.types import Mention
        >>> ms = [Mention(3, 19, "Parti socialiste", "ORGANIZATION", "org/ps", 0)]
        >>> {a: m.entity_id for a, m in _party_adjectives(ms, frozenset({"parti"})).items()}
        {'socialiste': 'org/ps'}
    """
    out: dict[str, Mention] = {}
    for m in mentions:
        words = m.text.split()
        if m.label == "ORGANIZATION" and m.entity_id and len(words) == 2 and words[0].lower() in parties \
                and words[1].islower():  # fmt: skip
            out.setdefault(words[1], m)
    return out


def _named_beside(tok: Token, mentions: Sequence[Mention], party: bool, add: Add) -> None:
    """An organization's name right after a role or party noun, with the person beside it: «le député
    UMP Jean Dupont» (the name right after the organization's), «le parti Ennahda de Rached Ghannouchi»
    (a party noun, the person after «de»)."""
    org = next((m for c in tok.children if c.dep_ in ("flat:name", "appos", "nmod", "amod")
                and c.i == tok.i + 1 and (m := mention_at(mentions, c)) is not None
                and m.label == "ORGANIZATION"), None)  # fmt: skip
    if org is None:
        return
    text = tok.doc.text
    for m in mentions:
        if m.label != "PERSON" or m.start < org.end:
            continue
        between = text[org.end : m.start]
        if not party and not between.strip() or party and _OF.match(between):
            add(m, org)


def _container(pred: Token, mentions: Sequence[Mention]) -> Mention | None:
    """The organization after «de» hanging from ``pred``, or one step further: «membre du bureau
    politique du Hamas», «membre du parti Ennahda» (a party noun, ``party_noun`` cues, then the name)."""
    parties = frozenset(membership_cues("fr")["party_noun"])
    for child in pred.children:
        if child.dep_ not in ("nmod", "obl:arg", "obl") or not any(c.lemma_ == "de" for c in child.children
                                                                    if c.dep_ == "case"):  # fmt: skip
            continue
        found = mention_at(mentions, child)
        if found is None and child.pos_ == "NOUN":
            # «du parti Ennahda»: the party's name after its noun
            deps = ("nmod", "appos", "flat:name", "amod") if child.lemma_.lower() in parties else ("nmod",)
            found = next((m for g in child.children if g.dep_ in deps
                          and (m := mention_at(mentions, g)) is not None), None)  # fmt: skip
        if found is not None and found.label == "ORGANIZATION":
            return found
    return None


def _members(pred: Token, cue: Token) -> list[Token]:
    """The tokens that may name the member of ``pred``: its subject (not a relative pronoun), the noun
    it describes (in apposition, a relative or participle clause) and a name put after the cue."""
    out = [c for c in pred.children if c.dep_ in ("nsubj", "nsubj:pass") and c.lower_ not in _RELATIVE]
    if pred.dep_ in ("appos", "nmod", "acl", "acl:relcl") and pred.head.i != pred.i:
        head = pred.head
        if head.dep_ == "appos" and head.pos_ == "NOUN" and head.head.i != head.i:
            out.append(head)  # «la milice Basij, formation faisant partie de Y»: the described noun
            head = head.head
        out.append(head)
    out += [c for c in cue.children if c.dep_ == "appos" and c.pos_ in ("PROPN", "ADJ")]
    return out


def _name_of(tok: Token, mentions: Sequence[Mention]) -> Mention | None:
    """The mention at ``tok``, or the name a common noun carries: «la milice populaire Basij»."""
    found = mention_at(mentions, tok)
    if found is None and tok.pos_ == "NOUN":
        found = next((m for c in tok.children if c.dep_ in ("nmod", "appos", "amod", "flat:name")
                      and c.pos_ == "PROPN"
                      and not any(g.dep_ == "case" for g in c.children)
                      and (m := mention_at(mentions, c)) is not None), None)  # fmt: skip
    return found
