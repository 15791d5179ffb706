"""English titles and names: "Foreign Minister Nasser Bourita", "Nasser Bourita, Morocco's foreign minister".

A title is a run of head nouns and modifiers from ``data/titles_en.tsv``
("Deputy Prime Minister", "Minister of Foreign Affairs"); its country or
organization comes from "of"/"for" after it or a possessive or modifier
before it ("Morocco's", "Canadian"). Names are capitalised tokens or NER
PERSON spans. Refinements that need the parse (honorifics, a missing
country, pronouns) are in :mod:`newsgraph.extract.en_officials`.
"""

from __future__ import annotations

from functools import cache, partial

from spacy.tokens import Doc, Span, Token

from newsgraph.extract.en_rules import en_words
from newsgraph.extract.lexicon import person_particles, speech_verbs, title_vocabulary
from newsgraph.extract.officials import en_apposition as ap
from newsgraph.extract.officials.base import AddOfficial, Context, TitleMatch, of_id
from newsgraph.extract.officials.en_headline import headline
from newsgraph.extract.officials.en_local import local_head, names_a_place, place_country, place_id
from newsgraph.extract.officials.en_opening import opens_clause
from newsgraph.extract.officials.en_portfolio import portfolio_before
from newsgraph.extract.officials.en_predicate import predicate_holder
from newsgraph.extract.officials.en_skip import past_brackets, past_honorific
from newsgraph.extract.officials.en_unnamed_org import unnamed_org

__all__ = ["match_title", "speech_names", "take_title", "title_starts"]

_EN_LINKS = {"of", "for", "and"}
_PATRONYMIC = frozenset({"bin", "bint", "ibn"})


@cache
def title_starts() -> frozenset[str]:
    """The forms a token must have for :func:`match_title` to match there."""
    vocab = title_vocabulary("en")
    return vocab["head"] | _plurals() | vocab["modifier"] | {"-"}


@cache
def _plurals() -> frozenset[str]:
    """Plural title heads ("presidents", "ministers"): a list of officials follows them."""
    return frozenset(h + "s" for h in title_vocabulary("en")["head"] if not h.endswith("s"))


def _cap(tok: Token) -> bool:
    return bool(tok.text) and tok.text[0].isupper() and tok.is_alpha


def match_title(ctx: Context, i: int) -> tuple[int, int, str | None, int] | None:
    """Match an English title run at token ``i``: (first, end, of, end of of-material)."""
    doc, vocab = ctx.doc, ctx.vocab
    heads, mods = vocab["head"] | _plurals(), vocab["modifier"]
    if ctx.key[i] not in heads and ctx.key[i] not in mods and ctx.key[i] != "-":
        return None  # the loop below would stop at once
    inside = ctx.covered.get(i)
    if inside is not None and inside.label_ != "PERSON" and inside.start < i:
        return None  # "State" of "the Department of State spokesperson"
    if ctx.key[i] == "under" and (i + 1 >= len(doc) or doc[i + 1].lower_ not in ("secretary", "-")):
        return None  # "under former president X": a preposition, not "Under Secretary"
    k, has_head = i, False
    while k < len(doc) and (k == i or not doc[k].is_sent_start):
        low = doc[k].lower_
        covered = k in ctx.covered and ctx.covered[k].label_ != "PERSON"
        if covered and k != i and not (_free(ctx, k) and low in mods):
            break
        if _patronymic(doc, k):
            break  # "Minister of State Sultan bin Saad": a given name before its patronymic
        if low in heads or low in mods:
            has_head = has_head or low in heads
            k += 1
            continue
        if low == "-" and k + 1 < len(doc) and doc[k + 1].lower_ in heads | mods:
            k += 1
            continue
        if low == "and" and not has_head and k > i and k + 1 < len(doc) and doc[k + 1].lower_ in mods \
                and _free(ctx, k + 1):
            k += 1  # "trade and industry commissioner": two portfolios of one title
            continue
        if (
            low in _EN_LINKS
            and has_head
            and k + 1 < len(doc)
            and (_cap(doc[k + 1]) or (_cap(doc[i]) or doc[k + 1].lower_ in en_words("lower_portfolio"))
                 and doc[k + 1].is_lower)  # "Minister of foreign affairs", "the secretary of state"
            and doc[k + 1].lower_ in mods
            and _free(ctx, k + 1)
        ):
            k += 1  # "Minister of Foreign Affairs": only title words after the link
            continue
        end = _portfolio(ctx, i, k) if low in ("of", "for", "and") and has_head else None
        if end is not None:
            k = end  # "Minister for Information and Broadcasting Fawad Chaudhry"
            continue
        break
    while k > i and doc[k - 1].lower_ not in heads:
        if doc[k - 1].lower_ in mods and doc[k - 1].lower_ in en_words("title_last"):
            break
        if doc[k - 1].lower_ in mods and _portfolio_run(doc, i, k, mods):
            break  # a portfolio: "Secretary of Transportation", "Minister of Industry and Trade"
        if doc[k - 1].lower_ in _EN_LINKS or doc[k - 1].lower_ in mods:
            k -= 1
            continue
        break
    if not has_head or k == i or ap.noun_after(doc, k, heads | mods):
        return None  # "the head chef"
    i = portfolio_before(ctx, i, partial(_free, ctx), partial(headline, doc))  # "Emergencies Minister X"
    of: str | None = None
    of_end = k
    local = local_head(doc, i, k)  # "Ohio Governor X", "the mayor of Leeds": the place's office (en_local)
    # before: demonym / country / org mention, possibly with 's, possibly after "the"
    before = _of_before(ctx, i, local)
    at = k + 2 if k + 2 < len(doc) and doc[k + 1].lower_ == "the" else k + 1  # "of the United States"
    if k + 1 < len(doc) and doc[k].lower_ in ("of", "for") and at in ctx.starts:
        m = ctx.starts[at]
        if m.end + 1 < len(doc) and doc[m.end].text in ("'s", "’s") and m.end + 1 in ctx.starts \
                and ctx.starts[m.end + 1].label_ == "ORGANIZATION":
            m = ctx.starts[m.end + 1]  # "director-general of North Darfur State's Health Ministry"
        named = at == k + 1 or m.id_ != "demonym"  # not "mayor of the Polish city of Gdańsk"
        portfolio = doc[k].lower_ == "for" and before is not None  # "US Special Representative for Iran"
        if m.label_ in ("COUNTRY", "ORGANIZATION") and of_id(m) and named:
            of, of_end = (None if portfolio else of_id(m)), m.end
        elif local and m.label_ == "PLACE" and named:
            of, of_end = place_id(m), m.end  # "the governor of Ohio"
    if of_end == k and (found := unnamed_org(doc, k, ctx.covered)) is not None:
        of_end, of = found  # "head of the Support and Stability Apparatus (SSA)": no country to guess
    posted = ctx.vocab.get("posted", frozenset())
    if of_end == k and k + 1 < len(doc) and doc[k].lower_ == "to" and at in ctx.starts \
            and any(doc[x].lower_ in posted for x in range(i, k)):
        m = ctx.starts[at]
        if m.label_ in ("COUNTRY", "ORGANIZATION") and m.id_ != "demonym":
            k = of_end = m.end  # "US Ambassador to Germany X": the posting is part of the title
    if before is not None:
        # "Labour Party leader X": an organization the knowledge base lacks too; "Ohio Governor X": a place
        of = of or (place_id(before) if before.label_ == "PLACE" else of_id(before))
    elif not local:  # "El Paso's police chief X": the place's country
        of = of or place_country(ctx.kb, _of_before(ctx, i, True))
    return i, k, of, of_end


def _portfolio_run(doc: Doc, i: int, k: int, mods: frozenset[str]) -> bool:
    """Tokens before ``k`` back to an "of"/"for" after ``i`` are portfolio words and "and"/","
    ("of Industry and Trade")."""
    j = k - 1
    while j > i + 1 and (doc[j].lower_ in mods or doc[j].lower_ in ("and", ",")):
        j -= 1
    return j > i and doc[j].lower_ in ("of", "for") and j < k - 1


def _portfolio(ctx: Context, i: int, k: int) -> int | None:
    """The end of a portfolio whose last word runs into the holder's name ("Minister of Water and Power
    Khawaja Asif"), the link word ("of", "for", "and") at ``k``: capitalised words free for a title
    (:func:`_free`), "and", then one more word before a name of two words or more (a PERSON span of
    three words or more from that word, or three capitalised free words). The title run from ``i``
    must have "of" or "for". None when the words say otherwise."""
    doc = ctx.doc
    j = k + 1 if doc[k].lower_ != "and" else k
    while j < len(doc) and doc[j].lower_ != "and" and _cap(doc[j]) and _free(ctx, j):
        j += 1
    linked = any(doc[x].lower_ in ("of", "for") for x in range(i, j))
    if j + 3 >= len(doc) or doc[j].lower_ != "and" or not linked:
        return None
    sp = ctx.covered.get(j + 1)
    if sp is not None and sp.label_ == "PERSON":
        named = sp.start == j + 1 and len(sp) >= 3
    else:
        named = all(_cap(doc[x]) and _free(ctx, x) for x in range(j + 1, j + 4))
    return j + 2 if named else None


def _free(ctx: Context, k: int) -> bool:
    """Token ``k`` may continue a title: no mention covers it, or only an organization the knowledge base
    does not know of one word ("Transportation" of "Secretary of Transportation", which the English model
    often tags) or of title words ("National Security" of "National Security Adviser")."""
    sp = ctx.covered.get(k)
    if sp is None or sp.label_ != "ORGANIZATION" or sp.kb_id_:
        return sp is None
    return len(sp) == 1 or all(ctx.key[x] in ctx.titles for x in range(sp.start, sp.end))


def _clause_goes_on(doc: Doc, name: tuple[int, int]) -> bool:
    """A name of two words or more that a lower-case word other than "and"/"or" follows: "the Iranian
    general, Qasem Soleimani at a Baghdad airport" (not one of a list: "the Iranian envoy, Ann Lee and
    ...")."""
    nxt = doc[name[1]] if name[1] < len(doc) else None
    return name[1] - name[0] > 1 and nxt is not None and nxt.is_lower and nxt.lower_ not in ("and", "or")


def _after_the(doc: Doc, i: int) -> bool:
    """The title at ``i`` follows "the" ("the president", "the current president", "the new governor")."""
    b = i - 1
    if b >= 1 and doc[b].lower_ in en_words("title_adjective"):
        b -= 1
    return b >= 0 and doc[b].lower_ == "the"


def _of_before(ctx: Context, i: int, local: bool) -> Span | None:
    """The country or organization mention right before a title ("Russian", "Niger's", "Houthi"), past a
    party word ("Atlanta's Democratic mayor"); with ``local`` (a city's or region's title) a place too."""
    b = i - 1
    if b >= 1 and ctx.doc[b].lower_ in en_words("not_portfolio") and b not in ctx.covered:
        b -= 1
    if b >= 0 and ctx.doc[b].text in ("'s", "’s"):
        b -= 1
    sp = ctx.ends.get(b) if b >= 0 else None
    labels = ("COUNTRY", "ORGANIZATION", "PLACE") if local else ("COUNTRY", "ORGANIZATION")
    return sp if sp is not None and sp.label_ in labels else None


def _plural(ctx: Context, k: int) -> bool:
    """A plural title head ("Presidents", "ministers") whose singular is a head of the lexicon."""
    low = ctx.doc[k].lower_
    return low.endswith("s") and low[:-1] in ctx.vocab["head"]


def _more_names(ctx: Context, name: tuple[int, int], title: tuple[int, int], of: str | None,
                add: AddOfficial) -> None:
    """The names after a plural title, each with the "of" country after it:
    "Presidents Muhammadu Buhari of Nigeria and Patrice Talon of Benin"."""
    doc = ctx.doc
    k = name[1]
    while k < len(doc):
        if k + 1 < len(doc) and doc[k].lower_ == "of" and (k + 1) in ctx.starts:
            m = ctx.starts[k + 1]
            if m.label_ not in ("COUNTRY", "ORGANIZATION") or not m.kb_id_:
                return
            add(name, title, m.kb_id_, "title-name")  # the name's own country replaces the shared one
            k = m.end
        if k + 1 >= len(doc) or doc[k].lower_ not in (",", "and"):
            return
        nxt = _name_after(ctx, k + 1)
        if nxt is None or not _person(ctx, nxt):
            return
        name, k = nxt, nxt[1]
        add(name, title, of, "title-name")


def _person(ctx: Context, name: tuple[int, int]) -> bool:
    sp = ctx.covered.get(name[0])
    return sp is not None and (sp.label_ == "PERSON" or ap.person_like(sp))


def _name_after(ctx: Context, k: int, titled: bool = True) -> tuple[int, int] | None:
    """The name at ``k``; after a title (``titled``) an unknown organization or place may be a mislabelled
    person (:func:`.en_apposition.person_like`)."""
    # "Foreign Minister Meets Turkish Counterpart": in a title-case line capitals mark no name, and the
    # model's PERSON span there is one only without a verb
    in_headline = k < len(ctx.doc) and headline(ctx.doc, k)
    if _patronymic(ctx.doc, k):  # "Sultan bin Saad Al Muraikhi": the model's span began at "bin"
        sp = ctx.covered.get(k + 1)
        if sp is not None and sp.label_ == "PERSON" and sp.start == k + 1:
            return k, sp.end
    for j in (k, k - 1):
        sp = ctx.covered.get(j) if j >= 0 else None
        misread = titled and sp is not None and ap.person_like(sp) and sp.start == k
        if sp is not None and (sp.label_ == "PERSON" or misread) and sp.end > k:
            if in_headline and any(t.tag_ in ("VBZ", "VBD", "VBP") for t in sp):
                return None
            return max(sp.start, k), sp.end
    return None if in_headline else _caps(ctx, k, forward=True)


def _patronymic(doc: Doc, k: int) -> bool:
    """Capitalised token ``k`` is a given name: "bin", "bint" or "ibn" follows it ("Sultan bin Saad")."""
    return k + 1 < len(doc) and _cap(doc[k]) and doc[k + 1].text in _PATRONYMIC


def _caps(ctx: Context, k: int, forward: bool) -> tuple[int, int] | None:
    doc = ctx.doc
    names: list[int] = []
    j = k
    step = 1 if forward else -1
    while 0 <= j < len(doc) and sum(_cap(doc[x]) for x in names) < 4:
        tok = doc[j]
        nxt_cap = 0 <= j + step < len(doc) and _cap(doc[j + step])
        particle = tok.lower_ in person_particles("en") and names and nxt_cap
        if particle or tok.text == "-" and names:
            names.append(j)
        elif _cap(tok) and (not ctx.is_known(tok) or forward and _patronymic(doc, j)):
            names.append(j)
        else:
            break
        if forward and j + 1 < len(doc) and doc[j + 1].is_sent_start:
            break
        if not forward and tok.is_sent_start:
            break
        j += step
    if not names:
        return None
    a, b = min(names), max(names) + 1
    return a, b


def _name_before(ctx: Context, t: int) -> tuple[int, int] | None:
    """Name for "Nasser Bourita, Morocco's foreign minister": comma before the title group."""
    doc = ctx.doc
    b = t - 1
    if b >= 0 and doc[b].text in ("'s", "’s"):
        b = b - 1 if b - 1 in ctx.ends else ap.past_owner(doc, b - 1)  # "X, the city's mayor"
    if b >= 0 and b in ctx.ends and ctx.ends[b].label_ in ("COUNTRY", "ORGANIZATION"):
        b = ctx.ends[b].start - 1
    if b >= 0 and doc[b].lower_ in ("the", "a", "an"):
        b -= 1
    if b < 1 or doc[b].text != ",":
        return None
    sp = ctx.covered.get(b - 1)
    if sp is not None and (sp.label_ == "PERSON" or ap.person_like(sp) and sp.end == b):
        return sp.start, sp.end
    found = _caps(ctx, b - 1, forward=False)
    if found is not None and found[1] - found[0] == 1 and ctx.doc[found[0]].is_sent_start:
        return None  # "Rather, the official leader of the party ...": a capitalised first word is no name
    return found


def speech_names(ctx: Context, taken: set[int]) -> list[tuple[int, int]]:
    doc = ctx.doc
    speech = speech_verbs("en")
    out = []
    for tok in (doc[i] for i, low in enumerate(ctx.key) if low in speech):
        after = _name_after(ctx, tok.i + 1, titled=False) if tok.i + 1 < len(doc) else None
        before = _caps(ctx, tok.i - 1, forward=False) if tok.i > 0 else None
        for span in (after, before):
            if span is None or span[1] - span[0] < 2 or taken & set(range(*span)):
                continue
            out.append(span)
    return out


def take_title(ctx: Context, m: TitleMatch, add: AddOfficial) -> int:
    """Record the official a title at ``m`` introduces; return where the title's material ends.

    The name follows a capitalised title ("Foreign Minister Nasser Bourita"),
    or stands before it after a comma ("Nasser Bourita, Morocco's foreign minister").
    """
    doc = ctx.doc
    t0, t1, of, of_end = m
    capitalised = any(_cap(doc[x]) for x in range(t0, t1))
    # a lower-case title introduces a name when a country or organization stands before it
    # ("Russian president Vladimir Putin", "Niger's president Mahamadou Issoufou"), not after "the"
    local = local_head(doc, t0, t1)
    qualified = _of_before(ctx, t0, local) is not None
    # "President of the United States Donald Trump": the "of" phrase is part of the title
    title = (t0, of_end) if capitalised and of_end > t1 and doc[t1].lower_ in ("of", "for") else (t0, t1)
    at = past_honorific(ctx, of_end)  # "Vice Minister of Foreign Affairs Eng. Waleed El-Khereiji"
    name = _name_after(ctx, at) if of_end == title[1] else None
    if name and not (capitalised or qualified) and not ap.bare_title_names(doc, t0, name, _person(ctx, name)):
        name = None  # "former president Barack Obama", not "film director Ann Lee" nor "mayor Lee"
    if name is not None and not capitalised and name[1] - name[0] < 2 and not _person(ctx, name):
        name = None  # one capitalised word after a lower-case title is too weak a name
    if name is None and not capitalised and of_end > t1:  # "deputy head of the Security Agency Lotfi Harari"
        sp = ctx.covered.get(of_end)
        if sp is not None and sp.label_ == "PERSON" and sp.start == of_end and len(sp) >= 2:
            name = sp.start, sp.end
    c = past_brackets(doc, of_end)  # "the Japanese Minister of Foreign Affairs (MoFA), Toshimitsu Motegi"
    comma = c + 1 < len(doc) and doc[c].text == ","
    lead = capitalised and opens_clause(doc, t0, title_starts())  # "Minister of Foreign Affairs, Dr. X met"
    if name is None and (qualified or lead or _after_the(doc, t0)) and comma:
        # "a State Department spokesperson, Morgan Ortagus,", "the current president, Alexander Lukashenko,",
        # "the Italian Minister of Foreign Affairs, Mr. Luigi Di Maio,"
        after = _name_after(ctx, past_honorific(ctx, c + 1))
        goes_on = (qualified or lead) and _clause_goes_on(doc, after) if after is not None else False
        if after is not None and _person(ctx, after) and (after[1] >= len(doc) or doc[after[1]].is_punct
                                                          or goes_on):
            name = after
    if name is not None and not names_a_place(doc, name):  # not "the King Fahd Causeway"
        add(name, title, of, "title-name")
        if _plural(ctx, t1 - 1):
            _more_names(ctx, name, title, of, add)  # "Presidents Buhari of Nigeria and Talon of Benin"
    else:
        # "X, the current prime minister,"; not a plural ("X, heads"), nor a clause's subject after a name
        # inside a phrase ("at the behest of X, the Queen suspended parliament")
        appos = None if _plural(ctx, t1 - 1) else _name_before(ctx, ap.phrase_start(doc, t0))
        if appos and not doc[appos[0]].is_sent_start and ap.verb_after(doc, past_brackets(doc, of_end)):
            appos = None
        appos = appos or predicate_holder(ctx, t0, t1)  # "X served as mayor of Denver"
        if appos is not None:
            add(appos, (t0, t1), of, "name-title")
    return of_end
