"""Entity resolution: which entity groups of different articles are one person, organization or place.

Knowledge-base ids settle most organizations, countries and places before
this step (their groups are not even read). What is left is matched here:

- same type only;
- names: :func:`~newsgraph.resolve.names.name_similarity` of any two names
  of the two groups at or above :data:`~newsgraph.resolve.names.NAME_THRESHOLD`,
  across scripts through romanisation (persons and places; organizations,
  whose names are translated rather than transliterated, need an equal
  normalised name);
- a person known only by a one-word name joins a full name whose last word
  it matches (spelled alike, and not a father's name after «بن»/"bin") when
  that full name is the only candidate and the two share context (a position
  for one country, or two co-mentioned entities other than countries); two
  one-word names alone are never one person («محمد» of one article is not
  «محمد» of another, and junk words the NER took for names stay apart);
- context vetoes: two persons whose positions are for different countries
  stay apart, and so do two nodes that one article keeps apart, and two
  chains of descent that go on differently («سلمان بن عبدالعزيز آل سعود» is
  not «سلمان بن عبدالعزيز بن سلمان», his grandson).

Groups that already share an IRI are linked first (score 1); a veto among
them splits the node.

Examples:
    >>> from newsgraph.resolve.read import Group
    >>> a = Group("g1", "p/a", "p/a", "PERSON", {("ناصر بوريطة", "ar")}, {"c/MA"})
    >>> b = Group("g2", "p/b", "p/b", "PERSON", {("Nasser Bourita", "en")}, {"c/MA"})
    >>> [(round(lk.score, 2), lk.method) for lk in entity_links([a, b])]
    [(1.0, 'transliteration')]
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import lru_cache

from rapidfuzz import fuzz

from newsgraph.resolve.blocking import block_keys
from newsgraph.resolve.cluster import Link
from newsgraph.resolve.lineage import CHAIN_WORDS, chains_differ, has_chain
from newsgraph.resolve.names import (
    NAME_THRESHOLD,
    fold,
    foreign_variant,
    latin_forms,
    name_similarity,
    romanize,
    spelling_key,
)
from newsgraph.resolve.read import Group
from newsgraph.text import is_arabic, join_abd, normalize_ar, normalize_key

__all__ = ["NEAR_MISS", "entity_links", "entity_allowed", "block_keys"]

_SURNAME_THRESHOLD = 0.9
#: Score of a name that begins another (Khaled Mahfouz ~ Khaled Mahfouz Bahah); needs context.
PREFIX_SCORE = 0.85
#: The score of two spellings of one foreign name (:func:`~newsgraph.resolve.names.foreign_variant`).
FOREIGN_SCORE = 0.9
#: Name scores from here up to the threshold are reported as near misses.
NEAR_MISS = 0.6
_TRANSLITERATED = {"PERSON", "PLACE"}


def _plain_names(group: Group) -> list[str]:
    """The names a group was written with, letters only; «عبد الله» as «عبدالله»."""
    return sorted({join_abd(text) for text, _ in group.names if any(ch.isalpha() for ch in text)})


@lru_cache(maxsize=262144)
def _same_script(x: str, y: str) -> float:
    """How alike two names of one script are, by their spelling keys (no romanisation)."""
    return fuzz.token_sort_ratio(spelling_key(x), spelling_key(y)) / 100


@lru_cache(maxsize=262144)
def _exact_key(name: str) -> str:
    return normalize_ar(name) if is_arabic(name) else normalize_key(name)


def _prefix(a: str, b: str) -> bool:
    """True when the shorter name, of two words or more, is how the longer one begins.

    Examples:
        >>> _prefix("khalid mahfuz", "khalid mahfuz bahah"), _prefix("khalid", "khalid mahfuz")
        (True, False)
    """
    ta, tb = a.split(), b.split()
    short, long_ = sorted((ta, tb), key=len)
    return 2 <= len(short) < len(long_) and long_[: len(short)] == short


def _best(a: Group, b: Group, names_a: Sequence[str], names_b: Sequence[str]) -> tuple[float, str, str]:
    """The best-matching pair of names (``names_a`` of ``a``, ``names_b`` of ``b``, see
    :func:`_plain_names`): 1.0 for one spelling in one script, else the cross-script score."""
    best = (0.0, "", "")
    for x in names_a:
        for y in names_b:
            if _exact_key(x) == _exact_key(y):
                return 1.0, x, y
            if a.type not in _TRANSLITERATED:
                continue
            if is_arabic(x) == is_arabic(y):
                if spelling_key(x).replace(" ", "") == spelling_key(y).replace(" ", ""):
                    return 0.99, x, y  # one spelling, or one spaced otherwise («جيلان بينار», «جيلانبينار»)
                if foreign_variant(x, y) and FOREIGN_SCORE > best[0]:
                    best = (FOREIGN_SCORE, x, y)  # «كوتشوك» ~ «كجك»: one Turkish name, two spellings
                    continue
                if _prefix(spelling_key(x), spelling_key(y)) and PREFIX_SCORE > best[0]:
                    best = (PREFIX_SCORE, x, y)
                    continue
                # Same script, different spelling: at most a near miss (Kirby is not Kerry).
                score = min(_same_script(x, y), NAME_THRESHOLD - 0.001)
            elif min(len(x.split()), len(y.split())) < 2:
                continue  # one word across scripts (Mohammad ~ محمد) says too little
            else:
                score = name_similarity(x, y)
            if score > best[0]:
                best = (score, x, y)
    return best


def _context(a: Group, b: Group) -> tuple[float, list[str]]:
    bonus, why = 0.0, []
    shared = a.countries & b.countries
    if shared:
        bonus += 0.05
        why.append("positions for " + ", ".join(sorted(c.rsplit("/", 1)[-1] for c in shared)))
    common = a.comentions & b.comentions
    if common:
        bonus += min(0.05, 0.01 * len(common))
        why.append(f"{len(common)} co-mentioned entities")
    return bonus, why


def _enough_context(a: Group, b: Group, x: str, y: str, score: float) -> bool:
    """Short, partial or descriptive names need support: a shared country, or two co-mentioned entities."""
    if a.type == "PERSON" and min(len(x.split()), len(y.split())) > 1 and score != PREFIX_SCORE:
        return True
    return bool(a.countries & b.countries) or len(a.comentions & b.comentions) >= 2


def _name_link(a: Group, b: Group, names: Mapping[str, Sequence[str]],
               near: list[Link[str]] | None = None) -> Link[str] | None:
    score, x, y = _best(a, b, names[a.original], names[b.original])
    if score < NAME_THRESHOLD or not _enough_context(a, b, x, y, score):
        if near is not None and score >= NEAR_MISS:
            near.append(Link(a.key, b.key, round(score, 3), "near-miss", f"{x!r} ~ {y!r}: {score:.2f}"))
        return None
    bonus, why = _context(a, b)
    if is_arabic(x) != is_arabic(y):
        method = "transliteration"
    else:
        method = "name" if score == 1.0 else "name-prefix" if score == PREFIX_SCORE else "spelling"
    evidence = f"{x!r} ~ {y!r}: name similarity {score:.2f}" + "".join("; " + w for w in why)
    return Link(a.key, b.key, round(min(1.0, score * 0.95 + bonus), 3), method, evidence)


def _last_word(name: str) -> str:
    """The last word of a name; of a hyphenated last name, its last part ("Amir-Abdollahian": Abdollahian).

    Examples:
        >>> _last_word("Hossein Amir-Abdollahian"), _last_word("Abdel Fattah el-Sisi")
        ('Abdollahian', 'Sisi')
    """
    return name.split()[-1].rsplit("-", 1)[-1] or name.split()[-1]


def _fathers_name_last(name: str) -> bool:
    """Whether a name ends in a father's name («شهاب بن طارق», "Mohammed bin Salman"), which is
    no surname: a lone «طارق» is not the son.

    Examples:
        >>> _fathers_name_last("شهاب بن طارق"), _fathers_name_last("Mohammed ibn Salman")
        (True, True)
        >>> _fathers_name_last("عبد ربه منصور هادي")
        False
    """
    words = name.split() if is_arabic(name) else fold(name).split()
    return len(words) >= 2 and words[-2] in CHAIN_WORDS


def _lone(group: Group) -> bool:
    """A person group known by one-word names only («محمد», "Obama", or a word the NER took for a name)."""
    names = _plain_names(group)
    return group.type == "PERSON" and bool(names) and all(len(n.split()) == 1 for n in names)


def _surname_links(groups: list[Group], cross: set[str]) -> Iterable[Link[str]]:
    """A one-word person name joins the only full name it ends, given shared context.

    Full names are indexed by the blocking key of their last word, so each
    one-word name is compared with the full names it may end, not with all.
    """
    romanized = "PERSON" in cross

    def score(x: str, last: str) -> float:
        if romanized and is_arabic(x) != is_arabic(last):
            return name_similarity(x, last)
        # One script: by spelling, as the name links compare (romanised, «مازن» came near «الموازين»);
        # a near spelling is another name («النصراوي» is not «الناصري»).
        return 1.0 if spelling_key(x) == spelling_key(last) else 0.0

    def alike(y: str, z: str) -> float:  # two full names: one person's, as _best would judge them?
        if is_arabic(y) == is_arabic(z):
            return 1.0 if spelling_key(y) == spelling_key(z) else 0.0
        return name_similarity(y, z)

    def who(y: str) -> str:
        return fold(latin_forms(y)[0]) if romanized else spelling_key(y)

    persons = [g for g in groups if g.type == "PERSON"]
    if romanized:  # one batch: the model is much faster on many names than on one at a time
        romanize({w for g in persons for n in _plain_names(g) for w in (n, _last_word(n))})
    full = [g for g in persons if any(len(who(n).split()) > 1 for n in _plain_names(g))]
    fullest = {g.key: max((who(n) for n in _plain_names(g)), key=lambda f: (len(f.split()), f)) for g in full}
    by_last: dict[str, list[tuple[Group, str]]] = defaultdict(list)
    for other in full:
        for y in _plain_names(other):
            if len(who(y).split()) < 2 or _fathers_name_last(y):
                continue  # a one-word name ends nothing; «شهاب بن طارق» ends in his father's name
            for key in block_keys(_last_word(y), romanized):
                by_last[key].append((other, y))
    for g in groups:
        if g.type != "PERSON" or any(len(n.split()) > 1 for n in _plain_names(g)) or not g.names:
            continue
        matches: dict[str, tuple[Group, float, str, str]] = {}  # by folded full name
        for x in _plain_names(g):
            candidates = {(o.key, y): (o, y) for key in block_keys(x, romanized)
                          for o, y in by_last.get(key, ())}
            for other, y in (candidates[k] for k in sorted(candidates)):
                if other.graph == g.graph:
                    continue
                value = score(x, _last_word(y))
                person = fullest[other.key]  # a group's fullest name: its shorter forms are not others
                if value >= _SURNAME_THRESHOLD and value > matches.get(person, (None, 0.0))[1]:
                    matches[person] = (other, value, x, y)
        found = sorted(matches.values(), key=lambda m: (-m[1], m[0].key))
        if not found or any(alike(found[0][3], m[3]) < NAME_THRESHOLD for m in found[1:]):
            continue  # none, or ambiguous: two different full names end that way
        other, _, x, y = found[0]  # one full name, in several spellings or scripts: the best match
        bonus, why = _context(g, other)
        # A lone word is often a first name the extractor cut off («حسين» of «حسين أمير عبد اللهيان»),
        # or a word the NER took for a name («صوتي»): it takes a position for the same country, or
        # two co-mentioned entities other than countries (most articles of a region name the same
        # few), to be a surname.
        specific = {c for c in g.comentions & other.comentions if "/country/" not in c}
        if not (g.countries & other.countries or len(specific) >= 2) or (
                g.countries and other.countries and not g.countries & other.countries):
            continue
        evidence = f"{x!r} is the last name of {y!r} (the only candidate); " + "; ".join(why)
        yield Link(g.key, other.key, round(0.7 + bonus, 3), "surname", evidence)


def _unambiguous_prefixes(begun: Mapping[str, list[tuple[str, Link[str]]]],
                          by_original: Mapping[str, list[Group]]) -> list[Link[str]]:
    """The name-prefix links of each short name that begins one person's names only.

    «سلمان بن عبدالعزيز» begins the king's «سلمان بن عبدالعزيز آل سعود» and his grandson's
    «سلمان بن عبدالعزيز بن سلمان»; an article that names both as two people shows that the
    short name may be either, so it is linked to neither by its beginning (only by equal names).
    """
    graphs = {orig: {g.graph for g in members} for orig, members in by_original.items()}
    out: list[Link[str]] = []
    for short in sorted(begun):
        longs = sorted({orig for orig, _ in begun[short]})
        if any(graphs[o] & graphs[q] for i, o in enumerate(longs) for q in longs[i + 1:]):
            continue  # two people one article keeps apart begin that way
        out += [link for _, link in begun[short]]
    return out


def entity_links(groups: list[Group], near: list[Link[str]] | None = None) -> list[Link[str]]:
    """Candidate links between entity groups (same id, names, surnames), unsorted.

    Groups with the same original id are linked as they are ("same-id");
    others are compared by the names their articles used, so a graph that
    was resolved before gives the same links again. Pairs whose names score
    at least :data:`NEAR_MISS` but below the threshold are appended to
    ``near`` when it is given (for reports).
    """
    links: list[Link[str]] = []
    by_original: dict[str, list[Group]] = defaultdict(list)
    # A person known by one word only is that article's own: the same word in two articles is
    # no evidence of one person («محمد»), and the NER takes words for names («علينا»). It joins
    # others only as the last name of a full name (see _surname_links).
    lone = {g.key: g for g in groups if _lone(g)}
    for g in groups:
        if g.key not in lone:
            by_original[g.original].append(g)
    for members in by_original.values():
        links += [Link(members[0].key, m.key, 1.0, "same-id", "same id from extraction") for m in members[1:]]
    # Compare one representative per original id (its groups share the names that made the id).
    reps = {orig: members[0] for orig, members in by_original.items()}
    names = {orig: _plain_names(rep) for orig, rep in reps.items()}  # read once, compared many times
    # Romanisation (a neural model) only serves to meet the reports of the other script's
    # languages: skip it for a type that only Arabic articles, or only English and French ones,
    # name (an Arabic-only corpus, whose few Latin-script "names" would otherwise have every
    # Arabic name romanised).
    scripts: dict[str, set[bool]] = defaultdict(set)
    for rep in [*reps.values(), *lone.values()]:
        scripts[rep.type].update(lang == "ar" for _, lang in rep.names)
    cross = {t for t in _TRANSLITERATED if len(scripts[t]) == 2}
    romanize(n for rep in reps.values() if rep.type in cross for n in names[rep.original])
    blocks: dict[tuple[str, str], set[str]] = defaultdict(set)
    for orig, rep in reps.items():
        for name in names[orig]:
            keys = (block_keys(name, rep.type in cross) if rep.type in _TRANSLITERATED
                    else {_exact_key(name)})
            for key in keys:
                blocks[(rep.type, key)].add(orig)
    pairs = {(x, y) for nodes in blocks.values() for x in nodes for y in nodes if x < y}
    begun: dict[str, list[tuple[str, Link[str]]]] = defaultdict(list)  # short id -> the names it begins
    for x, y in sorted(pairs):
        link = _name_link(reps[x], reps[y], names, near)
        if link is None:
            continue
        if link.method == "name-prefix":
            _, name_x, name_y = _best(reps[x], reps[y], names[x], names[y])
            short, long_ = (x, y) if len(name_x.split()) < len(name_y.split()) else (y, x)
            begun[short].append((long_, link))
        else:
            links.append(link)
    links += _unambiguous_prefixes(begun, by_original)
    links += _surname_links([*reps.values(), *(lone[k] for k in sorted(lone))], cross)
    return links


def entity_allowed(index: dict[str, Group]) -> Callable[[set[str], set[str]], bool]:
    """The veto for joining two clusters of entity groups (keys index into ``index``): positions
    for different countries, two nodes of one article, or chains of descent that differ."""
    chains = {k: frozenset(n for n in _plain_names(g) if has_chain(n))
              for k, g in index.items() if g.type == "PERSON"}

    def allowed(left: set[str], right: set[str]) -> bool:
        a, b = [index[k] for k in left], [index[k] for k in right]
        countries_a = set().union(*(g.countries for g in a))
        countries_b = set().union(*(g.countries for g in b))
        if countries_a and countries_b and not countries_a & countries_b:
            return False
        nodes_by_graph: dict[str, set[str]] = defaultdict(set)
        for g in a + b:
            nodes_by_graph[g.graph].add(g.current)
        if not all(len(nodes) == 1 for nodes in nodes_by_graph.values()):
            return False
        chains_a = set().union(*(chains.get(k, ()) for k in left))
        chains_b = set().union(*(chains.get(k, ()) for k in right))
        return not any(chains_differ(x, y) for x in chains_a for y in chains_b)

    return allowed
