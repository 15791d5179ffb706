"""Resolution across articles and languages: one node per real-world thing, deterministic, incremental."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from newsgraph.api import build_into, build_report
from newsgraph.cli import cli
from newsgraph.graph import KnowledgeGraph, query_text
from newsgraph.resolve import resolution_graph_iri
from newsgraph.types import Amount, Article, DateValue, Entity, Event, Extraction, Mention, Position, Span

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "examples" / "000_9cbf2cd40884a872.txt"
ENGLISH = ROOT / "tests" / "data" / "marrakech_en.txt"
ONE_OF_EACH = """
SELECT ?kind (COUNT(DISTINCT ?x) AS ?n) WHERE {
  { ?x a ng:Event ; ng:eventType ngt:Meeting ; ng:location <https://w3id.org/newsgraph/id/place/gn-2542997> .
    BIND("meeting" AS ?kind) }
  UNION { ?x a ng:Person ; rdfs:label|skos:altLabel ?l . FILTER(CONTAINS(STR(?l), "Bourita"))
          BIND("bourita" AS ?kind) }
  UNION { ?x a ng:Person ; rdfs:label|skos:altLabel ?l . FILTER(CONTAINS(STR(?l), "Nuland"))
          BIND("nuland" AS ?kind) }
  UNION { ?x a ng:Organization ; rdfs:label ?l . FILTER(STR(?l) = "Global Coalition to Defeat ISIS")
          BIND("coalition" AS ?kind) }
  UNION { ?x a ng:Country ; ng:isoCode "MA" . BIND("morocco" AS ?kind) }
  UNION { ?x a ng:Place ; rdfs:label "Marrakesh"@en . BIND("marrakesh" AS ?kind) }
} GROUP BY ?kind
"""


def _quads(kg: KnowledgeGraph) -> set[tuple[str, ...]]:
    return {tuple(map(str, q)) for q in kg.dataset.quads((None, None, None, None))}


@pytest.fixture(scope="module")
def marrakech() -> KnowledgeGraph:
    """The seed (Arabic) and our English report of the same meeting, built together."""
    kg, report = build_report([SEED, ENGLISH])
    assert report.ok and report.resolution is not None
    return kg


def test_one_node_each_for_the_meeting_people_coalition_country_and_city(marrakech: KnowledgeGraph) -> None:
    counts = {str(kind): int(n) for kind, n in marrakech.query(ONE_OF_EACH)}  # type: ignore[misc]
    assert counts == dict.fromkeys(["meeting", "bourita", "nuland", "coalition", "morocco", "marrakesh"], 1)


def test_meeting_is_reported_in_both_articles_each_with_its_own_evidence(marrakech: KnowledgeGraph) -> None:
    rows = list(marrakech.query("""
        SELECT ?g ?a ?date WHERE { GRAPH ?g { ?e ng:eventType ngt:Meeting ; ng:reportedIn ?a ; ng:date ?date ;
          ng:location <https://w3id.org/newsgraph/id/place/gn-2542997> ; ng:evidence ?ev } }"""))
    assert len({str(r[1]) for r in rows}) == 2  # type: ignore[index]
    assert {str(r[2]) for r in rows} == {"2022-05", "2022-05-11"}  # type: ignore[index]
    assert len({str(r[0]) for r in rows}) == 2  # each report in its article's named graph  # type: ignore[index]


@pytest.mark.parametrize("what", ["Bourita", "Nuland"])
def test_person_has_labels_in_both_languages(marrakech: KnowledgeGraph, what: str) -> None:
    rows = marrakech.query(f"""
        SELECT DISTINCT (LANG(?l) AS ?lang) WHERE {{
          ?x a ng:Person ; rdfs:label ?any ; rdfs:label|skos:altLabel ?l .
          FILTER(CONTAINS(STR(?any), "{what}")) }}""")
    assert {str(r[0]) for r in rows} >= {"ar", "en"}  # type: ignore[index]


def test_meeting_coalition_morocco_marrakesh_have_both_languages(marrakech: KnowledgeGraph) -> None:
    for node in ["org/global-coalition-isis", "country/MA", "place/gn-2542997"]:
        rows = marrakech.query(f"SELECT DISTINCT (LANG(?l) AS ?lang) WHERE {{ <{marrakech.base}{node}> "
                               "rdfs:label|skos:altLabel ?l }")
        assert {str(r[0]) for r in rows} >= {"ar", "en"}, node  # type: ignore[index]
    rows = marrakech.query("SELECT DISTINCT (LANG(?l) AS ?lang) WHERE { ?e ng:eventType ngt:Meeting ; "
                           "ng:location <https://w3id.org/newsgraph/id/place/gn-2542997> ; rdfs:label ?l }")
    assert {str(r[0]) for r in rows} >= {"ar", "en"}  # type: ignore[index]


def test_merges_are_recorded_with_method_confidence_and_evidence(marrakech: KnowledgeGraph) -> None:
    rows = list(marrakech.query(f"""
        SELECT ?canonical ?method ?confidence ?evidence (COUNT(?iri) AS ?n) WHERE {{
          GRAPH <{resolution_graph_iri(marrakech.base)}> {{ ?m a ng:Merge ; ng:canonical ?canonical ;
            ng:method ?method ; ng:confidence ?confidence ; ng:evidence ?evidence ; ng:mergedIri ?iri }} }}
        GROUP BY ?canonical ?method ?confidence ?evidence"""))
    bourita = [r for r in rows if str(r[0]).endswith("person/nasser-bourita")]  # type: ignore[index]
    assert len(bourita) == 1
    _, method, confidence, evidence, n = bourita[0]  # type: ignore[misc]
    assert (str(method), int(n)) == ("transliteration", 2)
    assert 0.8 <= float(confidence) <= 1.0 and "ناصر بوريطة" in str(evidence)
    assert {str(r[1]) for r in rows} >= {"transliteration", "event"}  # type: ignore[index]


def test_renamed_nodes_keep_the_id_their_article_gave_them(marrakech: KnowledgeGraph) -> None:
    rows = marrakech.query("SELECT ?x ?orig WHERE { GRAPH ?g { ?x ng:originalIri ?orig } }")
    originals = {str(orig).rsplit("/", 1)[-1] for _, orig in rows}  # type: ignore[misc]
    assert "ناصر-بوريطه" in {o.replace("%20", " ") for o in originals} or any("بوريط" in o for o in originals)


def test_resolved_graph_conforms(marrakech: KnowledgeGraph) -> None:
    assert marrakech.validate().conforms


def test_a_pledge_two_articles_report_is_counted_once(marrakech: KnowledgeGraph) -> None:
    # One merged event; each report states its type and its own amount node in its own graph.
    reports = marrakech.query("SELECT (COUNT(DISTINCT ?e) AS ?events) (COUNT(DISTINCT ?a) AS ?amounts) "
                              "(COUNT(DISTINCT ?g) AS ?graphs) WHERE { GRAPH ?g { "
                              "?e ng:eventType ngt:AidPledge ; ng:amount ?a } }")
    assert [tuple(map(int, r)) for r in reports] == [(1, 2, 2)]  # type: ignore[arg-type]
    rows = [tuple(map(str, r)) for r in marrakech.query(query_text("money_by_country"))]  # type: ignore[arg-type]
    assert rows == [("https://w3id.org/newsgraph/id/country/US", "USD", "700000000", "1")]


def test_input_order_does_not_change_the_graph() -> None:
    one, _ = build_report([SEED, ENGLISH], model=None)
    other, _ = build_report([ENGLISH, SEED], model=None)
    assert _quads(one) == _quads(other)


def test_adding_an_article_later_gives_the_graph_of_one_build(tmp_path: Path) -> None:
    whole, _ = build_report([SEED, ENGLISH], model=None)
    with KnowledgeGraph.open(tmp_path / "store", write=True) as kg:
        build_into(kg, [ENGLISH], model=None)
        build_into(kg, [SEED], model=None)
        assert _quads(kg) == _quads(whole)


def test_a_store_keeps_its_romanisations_for_the_next_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsgraph.resolve import names

    whole, _ = build_report([SEED, ENGLISH], model=None)
    with KnowledgeGraph.open(tmp_path / "store", write=True) as kg:
        build_into(kg, [SEED, ENGLISH], model=None)
    kept = (tmp_path / "store" / names.FORMS_FILE).read_text(encoding="utf-8").splitlines()
    assert any(line.startswith("ناصر بوريطة\t") for line in kept)
    # A new process (no romanisation in memory) with no model: the store's file is enough.
    monkeypatch.setattr(names, "_FORMS", {})

    def no_model(*_args: object, **_kw: object) -> None:
        raise AssertionError("romanised again")

    monkeypatch.setattr("arabic_name_romanizer.transliterate_many", no_model)
    with KnowledgeGraph.open(tmp_path / "store", write=True) as kg:
        kg.resolve()
        assert _quads(kg) == _quads(whole)


def test_resolving_again_changes_nothing() -> None:
    kg, _ = build_report([SEED, ENGLISH], model=None)
    before = _quads(kg)
    report = kg.resolve()
    assert report.renamed == 0 and report.merges
    assert _quads(kg) == before


def test_no_resolve_keeps_one_node_per_article(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["build", str(SEED), str(ENGLISH), "-o", str(tmp_path),
                                      "--model", "none",
                                      "--no-resolve", "--no-html"])
    assert result.exit_code == 0, result.output
    kg = KnowledgeGraph.load(tmp_path / "graph.trig")
    rows = kg.query('SELECT DISTINCT ?x WHERE { ?x a ng:Person ; rdfs:label ?l . '
                    'FILTER(CONTAINS(STR(?l), "Bourita") || CONTAINS(STR(?l), "بوريطة")) }')
    assert len(list(rows)) == 2


# ---------------------------------------------------------------- synthetic articles

def _person(aid: str, name: str, lang: str, pid: str, country: str | None = None,
            extra: tuple[Entity, ...] = ()) -> Extraction:
    text = name + "."
    mentions = (Mention(0, len(name), name, "PERSON", pid, 0),)
    positions = (Position(pid, "minister", country, "en", 0),) if country else ()
    entities = (Entity(pid, "PERSON", {lang: name}), *extra)
    return Extraction(Article(aid, "T", text, lang), ((0, len(text)),), mentions, entities, positions)


def _resolved(*extractions: Extraction) -> KnowledgeGraph:
    kg = KnowledgeGraph()
    for ext in extractions:
        kg.add(ext)
    kg.resolve()
    return kg


def _persons(kg: KnowledgeGraph) -> set[str]:
    return {str(r[0]) for r in kg.query("SELECT DISTINCT ?x WHERE { ?x a ng:Person }")}  # type: ignore[index]


def test_same_name_with_conflicting_countries_stays_two_people() -> None:
    kg = _resolved(_person("a1", "Ahmed Ali", "en", "person/ahmed-ali", "country/EG"),
                   _person("a2", "Ahmed Ali", "en", "person/ahmed-ali", "country/IQ"))
    persons = _persons(kg)
    assert len(persons) == 2
    query = "SELECT ?c WHERE {{ <{}> ng:holdsPosition/ng:positionOf ?c }}"
    held = {p: {str(r[0]) for r in kg.query(query.format(p))} for p in persons}  # type: ignore[index]
    assert sorted(map(sorted, held.values())) == [[kg.base + "country/EG"], [kg.base + "country/IQ"]]


def test_same_name_with_agreeing_countries_is_one_person_across_scripts() -> None:
    kg = _resolved(_person("a1", "عبد الفتاح السيسي", "ar", "person/sisi-ar", "country/EG"),
                   _person("a2", "Abdel Fattah el-Sisi", "en", "person/sisi-en", "country/EG"))
    assert len(_persons(kg)) == 1


@pytest.mark.parametrize(("first", "second"), [
    (("Mohammed bin Salman", "en"), ("Mohamed bin Zayed", "en")),
    (("محمد", "ar"), ("Mohammad", "en")),  # one word across scripts says too little
    (("جون كيربي", "ar"), ("جون كيري", "ar")),  # Kirby is not Kerry
])
def test_close_names_of_different_people_stay_apart(first: tuple[str, str], second: tuple[str, str]) -> None:
    kg = _resolved(_person("a1", first[0], first[1], "person/one"),
                   _person("a2", second[0], second[1], "person/two"))
    assert len(_persons(kg)) == 2


def _meeting(aid: str, date: str, precision: str, holders: tuple[str, ...], place: str = "place/gn-2542997",
             published: str = "2022-05-12") -> Extraction:
    import datetime as dt

    event = Event("e1", "Meeting", "04", Span(0, 3, "met"), DateValue(date, precision), place,
                  {"participant": holders}, sentence=0)
    # Two-word names: a person known by one word only is its article's own.
    persons = [h for h in holders if h.startswith("person/")]
    names = {h: "Person " + h[7:].upper() for h in persons}
    text = "".join(names[h] + ", " for h in persons) + "met."
    starts = {h: text.index(names[h]) for h in persons}
    entities = tuple(Entity(h, "PERSON", {"en": names[h]}) for h in persons)
    mentions = tuple(Mention(starts[h], starts[h] + len(names[h]), names[h], "PERSON", h, 0) for h in persons)
    article = Article(aid, "T", text, "en", published=dt.date.fromisoformat(published))
    return Extraction(article, ((0, len(text)),), mentions, entities, (), (event,))


def _events(kg: KnowledgeGraph) -> int:
    return len(list(kg.query("SELECT DISTINCT ?e WHERE { ?e a ng:Event }")))


def test_reports_of_one_meeting_become_one_event() -> None:
    kg = _resolved(_meeting("a1", "2022-05", "month", ("person/x", "person/y")),
                   _meeting("a2", "2022-05-11", "day", ("person/x", "person/y", "person/z")))
    assert _events(kg) == 1
    assert len(list(kg.query("SELECT ?a WHERE { ?e ng:reportedIn ?a }"))) == 2


@pytest.mark.parametrize("second", [
    {"date": "2022-07-01", "precision": "day"},  # dates too far apart
    {"date": "2022-05-11", "precision": "day", "place": "place/gn-2988507"},  # Paris, not Marrakesh
    # one specific participant is not enough unless place and day agree (the month-dated report
    # counts as of its publication day, 2022-05-12)
    {"date": "2022-05-20", "precision": "day", "holders": ("person/x", "country/MA"),
     "published": "2022-05-21"},
    {"date": "2022-05-11", "precision": "day", "holders": ("person/x", "country/MA"),
     "place": "place/gn-2538475"},
])
def test_reports_that_differ_stay_separate_events(second: dict[str, object]) -> None:
    kw = {"holders": ("person/x", "person/y"), **second}
    kg = _resolved(_meeting("a1", "2022-05", "month", ("person/x", "person/y")), _meeting("a2", **kw))  # type: ignore[arg-type]
    assert _events(kg) == 2


def _bombing(aid: str, killed: int, sentence: int = 5, place: str = "place/gn-2542997") -> Extraction:
    """A report, past its article's lead, of a bombing (in Marrakesh) on 2022-05-11 naming no party."""
    import datetime as dt
    from decimal import Decimal

    toll = Amount(Decimal(killed), unit="people", kind="killed")
    event = Event("e1", "Bombing", "18", Span(0, 4, "bomb"), DateValue("2022-05-11", "day"),
                  place, {}, quantities=(toll,), sentence=sentence)
    text = "bomb. " * (sentence + 1)
    article = Article(aid, "T", text, "en", published=dt.date(2022, 5, 12))
    return Extraction(article, tuple((6 * i, 6 * i + 5) for i in range(sentence + 1)), events=(event,))


@pytest.mark.parametrize(("first", "second", "place", "events"), [
    (32, 32, "place/gn-2542997", 1), (32, 31, "place/gn-2542997", 2), (1, 1, "place/gn-2542997", 2),
    (32, 32, "country/MA", 2)])
def test_bombings_of_one_day_and_town_sharing_a_toll_are_one_event(first: int, second: int, place: str,
                                                                    events: int) -> None:
    """«32 قتيلا» in both reports tells the bombing when neither names a party; one killed does not
    (told of many attacks), nor different tolls, nor a toll placed only in the same country."""
    kg = _resolved(_bombing("a1", first, place=place), _bombing("a2", second, place=place))
    assert _events(kg) == events


@pytest.mark.parametrize(("place", "events"), [
    ("place/قرية-برقين", 1),  # a village the knowledge base does not know
    ("place/gn-307864", 1),  # Kilis, a town of about 110,000
    ("place/gn-98182", 2),  # Baghdad: a capital sees several attacks a day
    ("place/gn-98717", 2),  # Ramadi, over 150,000 people
])
def test_attacks_of_one_day_in_one_town_naming_no_party_are_one_event(place: str, events: int) -> None:
    kg = _resolved(_bombing("a1", 1, place=place), _bombing("a2", 2, place=place))
    assert _events(kg) == events


def _strikes(aid: str, days: tuple[str, ...], published: str) -> Extraction:
    """An article telling of attacks in Syria, one per day of ``days``: the first by a named group,
    the others by no one named."""
    import datetime as dt

    name, org = "Verdant Brigades", "org/verdant-brigades"
    text = f"{name} struck. " * len(days)
    events = tuple(Event(f"e{i}", "Attack", "19", Span(16 * i + 16, 16 * i + 22, "struck"),
                         DateValue(day, "day"), "country/SY", {"agent": (org,)} if i == 0 else {}, sentence=i)
                   for i, day in enumerate(days))
    mentions = tuple(Mention(16 * i, 16 * i + len(name), name, "ORGANIZATION", org, i)
                     for i in range(len(days)))
    article = Article(aid, "T", text, "en", published=dt.date.fromisoformat(published))
    return Extraction(article, tuple((16 * i, 16 * i + 15) for i in range(len(days))), mentions,
                      (Entity(org, "ORGANIZATION", {"en": name}),), events=events)


def test_a_report_a_day_off_does_not_join_when_its_article_tells_that_day_apart() -> None:
    """Reports may lag a day, so a day apart may be one happening; not when the other article also
    tells of an event of that kind on the first report's day (Thursday's shelling, then Friday's
    air strikes): then it tells the two days apart."""
    thursday = _strikes("a1", ("2022-05-11",), "2022-05-11")
    assert _events(_resolved(thursday, _strikes("a2", ("2022-05-12",), "2022-05-12"))) == 1  # the slack
    assert _events(_resolved(thursday, _strikes("a2", ("2022-05-12", "2022-05-11"), "2022-05-12"))) == 3


def test_a_store_left_unresolved_is_resolved_by_the_next_build(tmp_path: Path) -> None:
    """As after a kill during the resolution pass: every article is stored, none changed."""
    whole, _ = build_report([SEED, ENGLISH], model=None)
    with KnowledgeGraph.open(tmp_path / "store", write=True) as kg:
        build_into(kg, [SEED, ENGLISH], model=None, resolve=False)
        assert not kg.is_resolved()
        report = build_into(kg, [SEED, ENGLISH], model=None)
        assert report.skipped == 3 and report.articles == 0  # two articles and the teaser, unchanged
        assert kg.is_resolved() and report.resolution is not None
        assert _quads(kg) == _quads(whole)
        assert build_into(kg, [SEED, ENGLISH], model=None).resolution is None  # nothing to do


def _story(aid: str, kind: str, date: str, names: tuple[str, ...], *, published: str = "2023-10-12",
           holders: tuple[str, ...] = (), place: str | None = None, sentence: int = 0) -> Extraction:
    """An article whose one event names few role fillers, while the article names ``names``."""
    import datetime as dt

    event = Event("e1", kind, "04", Span(0, 3, "met"), DateValue(date, "day"), place,
                  {"participant": holders} if holders else {}, sentence=sentence)
    label = {n: n.rsplit("/", 1)[-1].replace("-", " ").title() for n in names}  # "Ebrahim Raisi"
    text = "met. " + ", ".join(label[n] for n in names) + "."
    kind_of = {n: "PERSON" if n.startswith("person/") else "ORGANIZATION" for n in names}
    at = {n: text.index(label[n]) for n in names}
    mentions = tuple(Mention(at[n], at[n] + len(label[n]), label[n], kind_of[n], n, 1) for n in names)
    entities = tuple(Entity(n, kind_of[n], {"en": label[n]}) for n in names)
    article = Article(aid, "T", text, "en", published=dt.date.fromisoformat(published))
    return Extraction(article, ((0, 4), (5, len(text))), mentions, entities, (), (event,))


_NAMES = ("person/ebrahim-raisi", "person/mohammed-bin-salman", "org/hamas", "person/isaac-herzog")


def test_two_articles_telling_one_story_with_sparse_roles_become_one_event() -> None:
    kg = _resolved(_story("a1", "Call", "2023-10-11", _NAMES, holders=("person/ebrahim-raisi",)),
                   _story("a2", "Call", "2023-10-12", _NAMES[:3], published="2023-10-13"))
    assert _events(kg) == 1
    rows = kg.query("SELECT ?w WHERE { ?m ng:method 'event-story' ; ng:evidence ?w }")
    evidence = [str(r[0]) for r in rows]  # type: ignore[index]
    assert evidence and "3 names in common" in evidence[0]


@pytest.mark.parametrize(("second", "why"), [
    ({"date": "2023-10-14", "published": "2023-10-14"}, "three days apart"),
    ({"date": "2023-10-11", "names": _NAMES[:1]}, "one name in common"),
    ({"date": "2023-10-11", "sentence": 5, "kind": "Meeting"}, "another kind of event"),
])
def test_stories_that_differ_stay_apart(second: dict[str, object], why: str) -> None:
    kw: dict[str, object] = {"kind": "Call", "names": _NAMES, **second}
    kg = _resolved(_story("a1", "Call", "2023-10-11", _NAMES), _story("a2", **kw))  # type: ignore[arg-type]
    assert _events(kg) == 2, why


def test_only_an_articles_first_report_of_a_kind_is_its_story() -> None:
    import dataclasses

    a1 = _story("a1", "Call", "2023-09-01", _NAMES)
    later = dataclasses.replace(a1.events[0], id="e2", date=DateValue("2023-10-11", "day"), sentence=4)
    a1 = dataclasses.replace(a1, events=(*a1.events, later))
    kg = _resolved(a1, _story("a2", "Call", "2023-10-11", _NAMES))
    assert _events(kg) == 3  # a1's later call is not its story, and a1's story is a month earlier


def test_attack_and_bombing_reports_of_one_story_merge() -> None:
    kg = _resolved(_story("a1", "Attack", "2021-08-26", _NAMES),
                   _story("a2", "Bombing", "2021-08-26", _NAMES))
    assert _events(kg) == 1


def test_a_guessed_country_does_not_keep_one_person_apart() -> None:
    import dataclasses

    guessed = _person("a2", "Barack Obama", "en", "person/barack-obama", "country/IR")
    position = dataclasses.replace(guessed.positions[0], inferred=True)
    guessed = dataclasses.replace(guessed, positions=(position,))
    kg = _resolved(_person("a1", "Barack Obama", "en", "person/barack-obama", "country/US"), guessed)
    assert len(_persons(kg)) == 1
    flagged = kg.query("SELECT ?p WHERE { GRAPH ?g { ?p ng:inferred true } }")
    assert len(list(flagged)) == 1  # the guess stays visible in the article that made it


def test_a_guessed_place_does_not_keep_two_reports_of_one_meeting_apart() -> None:
    import dataclasses

    a1 = _meeting("a1", "2022-05-11", "day", ("person/x", "person/y"))
    a2 = _meeting("a2", "2022-05-11", "day", ("person/x", "person/y"), place="place/gn-2538475")
    assert _events(_resolved(a1, a2)) == 2  # two stated places: two meetings
    guessed = dataclasses.replace(a2, events=(dataclasses.replace(a2.events[0], location_inferred=True),))
    kg = _resolved(a1, guessed)
    assert _events(kg) == 1
    assert len(list(kg.query("SELECT ?e WHERE { GRAPH ?g { ?e ng:locationInferred true } }"))) == 1


def test_candidate_pairs_grow_with_the_corpus_not_its_square(monkeypatch: pytest.MonkeyPatch) -> None:
    """Names that share only a first name, and events that share only a kind and a week, are not compared."""
    import datetime as dt

    import newsgraph.resolve.entities as ent
    import newsgraph.resolve.events as evs
    from newsgraph.resolve.read import EventGroup, Group

    calls = {"names": 0, "events": 0}
    name_link, event_link = ent._name_link, evs.event_link

    def count_names(*args: object, **kw: object) -> object:
        calls["names"] += 1
        return name_link(*args, **kw)  # type: ignore[arg-type]

    def count_events(*args: object, **kw: object) -> object:
        calls["events"] += 1
        return event_link(*args, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(ent, "_name_link", count_names)
    monkeypatch.setattr(evs, "event_link", count_events)
    consonants = "bdfgklmnrst"
    surnames = [f"{consonants[i % 11].upper()}a{consonants[i // 11 % 11]}i{consonants[i // 121]}ani"
                for i in range(400)]  # 400 different surnames: Badibani, Dadibani, ...
    people = [Group(f"g{i}", f"p/{i}", f"p/{i}", "PERSON", {(f"Mohammed bin {s}", "en")}) for i, s in
              enumerate(surnames)]
    ent.entity_links(people)
    assert calls["names"] < 400  # one block per surname; every word as a key gave 400 * 399 / 2 pairs
    day = (dt.date(2022, 5, 11),) * 2
    events = [EventGroup(f"g{i}", f"e/{i}", f"e/{i}", "Statement", f"a{i}", day, "2022-05-11",
                         family="Statement", holders={f"p/{i}"}) for i in range(400)]
    evs.event_links(events, {})
    assert calls["events"] == 0  # no two share a participant, and speech acts are no stories


def test_a_meeting_at_the_airport_and_one_in_its_city_the_same_day_are_one_event() -> None:
    import dataclasses

    from newsgraph.types import Relation

    airport, city = "place/iq-baghdad-airport", "place/gn-98182"
    a1 = _meeting("a1", "2022-05-11", "day", ("person/x", "person/y"), place=airport)
    a1 = dataclasses.replace(a1, relations=(Relation(airport, "locatedIn", city),
                                            Relation(airport, "locatedIn", "country/IQ")))
    a2 = _meeting("a2", "2022-05-11", "day", ("person/x", "person/y"), place=city)
    assert _events(_resolved(a1, a2)) == 1
    a3 = _meeting("a3", "2022-05-11", "day", ("person/x", "person/y"), place="place/gn-2988507")
    assert _events(_resolved(a1, a3)) == 2  # Paris: a place the airport is not in


def test_a_last_name_alone_joins_the_full_name_it_ends_after_a_hyphen() -> None:
    import dataclasses

    full = _person("a1", "Reza Amir-Tabrizi", "en", "person/reza-amir-tabrizi", "country/IR")
    names = (Mention(0, 16, "Amir-Tabrizi", "PERSON", "person/reza-amir-tabrizi", 0),)
    full = dataclasses.replace(full, mentions=full.mentions + names)  # the article's short form too
    kg = _resolved(full, _person("a2", "Tabrizi", "en", "person/tabrizi", "country/IR"))
    assert len(_persons(kg)) == 1
    kg = _resolved(full, _person("a2", "Tabrizi", "en", "person/tabrizi", "country/IQ"))
    assert len(_persons(kg)) == 2  # positions for two countries: two people


def _sentence(aid: str, date: str, role: str, place: str | None) -> Extraction:
    import dataclasses

    one = _meeting(aid, date, "day", ("person/x",), published="2022-05-11")
    event = dataclasses.replace(one.events[0], type="Sentence", cameo="17", location=place,
                                roles={role: ("person/x",), "agent": ("org/court-" + aid,)})
    return dataclasses.replace(one, events=(event,))


@pytest.mark.parametrize(("date", "role", "events"), [
    ("2022-05-11", "target", 1),
    ("2022-05-05", "target", 2),  # six days apart
    ("2022-05-11", "participant", 2),  # one shared participant of a lead story is not enough
])
def test_lead_reports_one_without_a_place_join_on_one_target(date: str, role: str, events: int) -> None:
    a1 = _sentence("a1", "2022-05-11", role, "place/gn-2542997")
    a2 = _sentence("a2", date, role, None)
    assert _events(_resolved(a1, a2)) == events


def test_a_last_name_alone_joins_a_full_name_written_in_two_scripts() -> None:
    kg = _resolved(_person("a1", "Mehdi Amir-Abdollahian", "en", "person/mehdi-en", "country/IR"),
                   _person("a2", "مهدي أمير عبداللهيان", "ar", "person/mehdi-ar", "country/IR"),
                   _person("a3", "Abdollahian", "en", "person/abdollahian", "country/IR"))
    assert len(_persons(kg)) == 1
    kg = _resolved(_person("a1", "Mohammad Tabrizi", "en", "person/mohammad-tabrizi", "country/IR"),
                   _person("a2", "Karim Tabrizi", "en", "person/karim-tabrizi", "country/IR"),
                   _person("a3", "Tabrizi", "en", "person/tabrizi", "country/IR"))
    assert len(_persons(kg)) == 3  # two people end that way: the lone last name stays apart


def test_a_lone_word_does_not_join_a_one_word_name_of_a_full_name_group() -> None:
    import dataclasses

    full = _person("a1", "Karim Tabrizi", "en", "person/karim-tabrizi", "country/IR")
    other = (Mention(0, 5, "Mazin", "PERSON", "person/karim-tabrizi", 0),)  # an extraction slip
    full = dataclasses.replace(full, mentions=full.mentions + other)
    kg = _resolved(full, _person("a2", "مازن", "ar", "person/mazin", "country/IR"))
    assert len(_persons(kg)) == 2  # «مازن» is no last name of Karim Tabrizi


def test_a_lone_arabic_word_is_compared_with_arabic_last_names_by_spelling() -> None:
    kg = _resolved(_person("a1", "سالم أحد", "ar", "person/salem-ahad", "country/IR"),
                   _person("a2", "عهد", "ar", "person/ahd", "country/IR"),
                   _person("a3", "Karim Tabrizi", "en", "person/karim-tabrizi", "country/IR"))  # both scripts
    assert len(_persons(kg)) == 3  # «عهد» and «أحد» romanise alike (Ahd, Ahad) but are spelled apart
    kg = _resolved(_person("a1", "سالم أحمد", "ar", "person/salem-ahmad", "country/IR"),
                   _person("a2", "أحمد", "ar", "person/ahmad", "country/IR"),
                   _person("a3", "Karim Tabrizi", "en", "person/karim-tabrizi", "country/IR"))
    assert len(_persons(kg)) == 2


def _article(aid: str, lang: str, people: tuple[tuple[str, str], ...], known: tuple[str, ...] = (),
             country: str | None = None) -> Extraction:
    """An article naming ``people`` ((name, id)...) and the knowledge-base entities ``known`` (ids)."""
    text = "، ".join(name for name, _ in people) + "."
    mentions = [Mention(text.index(name), text.index(name) + len(name), name, "PERSON", pid, 0)
                for name, pid in people]
    mentions += [Mention(0, 1, "x", "ORGANIZATION" if k.startswith("org/") else "PLACE", k, 0) for k in known]
    positions = tuple(Position(pid, "minister", country, lang, 0) for _, pid in people) if country else ()
    entities = tuple(Entity(pid, "PERSON", {lang: name}) for name, pid in people)
    return Extraction(Article(aid, "T", text, lang), ((0, len(text)),), tuple(mentions), entities, positions)


_RIYADH_UN = ("place/gn-108410", "org/un")  # two co-mentioned entities other than countries


def _node_of(kg: KnowledgeGraph, aid: str, pid: str) -> str:
    """The node that article ``aid`` gave the id ``pid``, after resolution."""
    iri = f'"{kg.base}{pid}"'
    where = f'STRENDS(STR(?a), "/{aid}") && (STR(?x) = {iri} || STR(?o) = {iri})'
    rows = kg.query("SELECT ?x WHERE { GRAPH ?g { ?x ng:mentionedIn ?a "
                    f"OPTIONAL {{ ?x ng:originalIri ?o }} }} FILTER({where}) }}")
    return str(next(iter(rows))[0])  # type: ignore[index]


def test_a_one_word_name_is_its_articles_own_person() -> None:
    """«علينا» the NER took for a name, or «محمد» alone, says nothing of who it is."""
    kg = _resolved(_article("a1", "ar", (("علينا", "person/علينا"),), _RIYADH_UN),
                   _article("a2", "ar", (("علينا", "person/علينا"),), _RIYADH_UN))
    assert len(_persons(kg)) == 2
    # it still joins the one full name it ends, as a last name
    kg = _resolved(_article("a1", "ar", (("ريبيري", "person/ribery"),), _RIYADH_UN),
                   _article("a2", "ar", (("ريبيري", "person/ribery"),), _RIYADH_UN),
                   _article("a3", "ar", (("فرانك ريبيري", "person/franck-ribery"),), _RIYADH_UN))
    assert len(_persons(kg)) == 1


def test_a_lone_given_name_is_not_the_son_whose_fathers_name_it_is() -> None:
    kg = _resolved(_article("a1", "ar", (("شهاب بن طارق", "person/shihab"),), _RIYADH_UN),
                   _article("a2", "ar", (("طارق", "person/tariq"),), _RIYADH_UN))
    assert len(_persons(kg)) == 2


@pytest.mark.parametrize(("known", "country", "persons"), [
    (("country/KW", "country/SA"), None, 2),  # only countries in common: no surname
    (_RIYADH_UN, None, 1),
    ((), "country/SA", 1),  # positions for one country
])
def test_a_lone_word_needs_more_than_shared_countries_to_be_a_surname(
        known: tuple[str, ...], country: str | None, persons: int) -> None:
    kg = _resolved(_article("a1", "ar", (("سرقت صوتي", "person/full"),), known, country),
                   _article("a2", "ar", (("صوتي", "person/lone"),), known, country))
    assert len(_persons(kg)) == persons


def test_a_lone_word_spelled_differently_is_no_surname() -> None:
    kg = _resolved(_article("a1", "ar", (("سعد الناصري", "person/full"),), _RIYADH_UN),
                   _article("a2", "ar", (("النصراوي", "person/lone"),), _RIYADH_UN))
    assert len(_persons(kg)) == 2


def test_a_short_chain_that_begins_two_peoples_names_joins_neither() -> None:
    """An article names the king and his grandson named after him: «سلمان بن عبدالعزيز» elsewhere
    is not taken for the grandson by its beginning."""
    both = _article("a1", "ar", (("سلمان بن عبدالعزيز آل سعود", "person/king"),
                                 ("سلمان بن عبدالعزيز بن سلمان", "person/grandson")), _RIYADH_UN)
    kg = _resolved(both, _article("a2", "ar", (("سلمان بن عبدالعزيز", "person/short"),), _RIYADH_UN))
    assert _node_of(kg, "a2", "person/short") != _node_of(kg, "a1", "person/grandson")
    # one person's names only: the short chain joins them
    one = _article("a1", "ar", (("محمد بن سلمان بن عبدالعزيز", "person/mbs"),), _RIYADH_UN)
    kg = _resolved(one, _article("a2", "ar", (("محمد بن سلمان", "person/mbs-short"),), _RIYADH_UN))
    assert len(_persons(kg)) == 1


def test_chains_with_two_grandfathers_are_two_people() -> None:
    kg = _resolved(_article("a1", "ar", (("خالد بن عبدالعزيز بن سلمان", "person/one"),), _RIYADH_UN),
                   _article("a2", "ar", (("خالد بن عبدالعزيز", "person/short"),), _RIYADH_UN),
                   _article("a3", "ar", (("خالد بن عبدالعزيز بن عياف", "person/two"),), _RIYADH_UN))
    assert _node_of(kg, "a1", "person/one") != _node_of(kg, "a3", "person/two")


def test_one_hosts_receptions_of_two_visitors_on_one_day_stay_apart() -> None:
    """The king receives the US secretary of state, and the Indonesian minister, the same day; the
    two articles name the same officials around him."""
    import dataclasses

    names = ("person/king-salman", "person/adel-al-jubeir", "org/spa", "person/musaed-al-aiban")
    a1 = _story("a1", "Meeting", "2015-07-24", names, holders=("country/US",), published="2015-07-24")
    a2 = _story("a2", "Meeting", "2015-07-24", names, holders=("person/king-salman",), published="2015-07-24")
    assert _events(_resolved(a1, a2)) == 2
    # the same visitor: one reception
    mentions = (*a2.mentions, Mention(0, 3, "met", "COUNTRY", "country/US", 0))
    a3 = dataclasses.replace(a2, mentions=mentions)
    assert _events(_resolved(a1, a3)) == 1


def test_one_word_names_split_by_article_give_the_same_quads_in_any_order() -> None:
    articles = [_article(f"a{i}", "ar", (("علينا", "person/علينا"),), _RIYADH_UN) for i in range(4)]
    first = _resolved(*articles)
    assert len(_persons(first)) == 4
    assert _quads(first) == _quads(_resolved(*reversed(articles)))
    assert _quads(first) == _quads(_resolved(*articles[2:], *articles[:2]))


def test_shuffled_real_articles_give_identical_quads(shared_dir: Path) -> None:
    """Five reports of one call in three languages, in sorted and in shuffled order (rules only)."""
    import random

    files = sorted((shared_dir / "groups" / "articles").glob("*/*raisi_mbs_call_2023*.txt"))
    assert len(files) == 5
    shuffled = files[:]
    random.Random(15).shuffle(shuffled)
    assert shuffled != files
    one, _ = build_report(files, model=None)
    other, _ = build_report(shuffled, model=None)
    assert _quads(one) == _quads(other)


def test_one_visitor_met_by_a_different_person_in_each_report_the_same_day_is_two_meetings() -> None:
    """The Pope received at the airport by the prime minister, and his meeting with the president in
    the same city that day: one shared participant, the same day and place, but a different host."""
    import datetime as dt

    from newsgraph.resolve.events import event_link
    from newsgraph.resolve.read import EventGroup

    day = (dt.date(2021, 3, 5),) * 2

    def meeting(article: str, *people: str) -> EventGroup:
        return EventGroup(f"g/{article}", f"e/{article}", f"e/{article}", "Meeting", article, day,
                          "2021-03-05", published=day[0], location="place/baghdad", family="Meeting",
                          holders={"id/person/pope", *people})

    reception, palace = meeting("a1", "id/person/kadhimi"), meeting("a2", "id/person/salih")
    assert event_link(reception, palace, {}) is None
    assert event_link(reception, meeting("a3"), {}) is not None  # a report naming only the visitor joins
    assert event_link(palace, meeting("a4", "id/person/salih"), {}) is not None


def test_resolution_runs_without_the_collector_and_leaves_it_as_it_was(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import gc

    import newsgraph.resolve as resolve

    seen: list[bool] = []
    reader = resolve.read_mentions
    monkeypatch.setattr(resolve, "read_mentions",
                        lambda kg, graphs=None: seen.append(gc.isenabled()) or reader(kg, graphs))
    kg = KnowledgeGraph()
    assert gc.isenabled()
    resolve.resolve_graph(kg)
    assert seen == [False] and gc.isenabled()
    gc.disable()
    try:
        resolve.resolve_graph(kg)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_renames_in_one_graph_happen_at_once() -> None:
    """A node taking the IRI another node of its graph leaves (clusters changed since the last pass)
    stays a node of its own, with its own facts and the id its article gave it."""
    from newsgraph.resolve import _renames, _Update
    from newsgraph.resolve.read import Group

    kg = KnowledgeGraph()
    g, base = "https://example.org/graph/a", "https://example.org/"
    x, y, z = base + "person/x", base + "person/y", base + "person/z"
    kg.update(f"""INSERT DATA {{ GRAPH <{g}> {{
        <{x}> <{base}said> "one" ; <{base}originalIri> "{y}" .
        <{y}> <{base}said> "two" . }} }}""")
    groups = [Group(g, x, y, "PERSON"), Group(g, y, y + "-own", "PERSON")]
    update = _Update()
    # x (originally y) goes back to y; y (originally y-own) goes to z: done in turn, the two would
    # first become one node y, and then both z.
    assert _renames(update, groups, {groups[0].key: y, groups[1].key: z}) == 2
    kg.update(update.text())
    said = {(s, o) for s, o in kg.rows(f"SELECT ?s ?o WHERE {{ GRAPH <{g}> {{ ?s <{base}said> ?o }} }}")}
    assert said == {(y, "one"), (z, "two")}
    assert not kg.rows("SELECT ?s WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?s), 'urn:')) }")


def test_an_institution_named_by_its_noun_alone_is_no_shared_participant() -> None:
    """«مجلس الوزراء» (whose cabinet?) in two reports' participants does not make them one meeting."""
    import datetime as dt

    from newsgraph.resolve.events import event_link
    from newsgraph.resolve.read import EventGroup

    day = (dt.date(2015, 7, 20),) * 2

    def meeting(article: str, *holders: str) -> EventGroup:
        return EventGroup(f"g/{article}", f"e/{article}", f"e/{article}", "Meeting", article, day,
                          "2015-07-20", published=day[0], family="Meeting", holders=set(holders))

    cabinet, prince = "https://x/id/org/مجلس-الوزراء", "https://x/id/person/prince"
    assert event_link(meeting("a1", prince, cabinet), meeting("a2", prince, cabinet), {}) is None
    league = "https://x/id/org/arab-league"
    assert event_link(meeting("a1", prince, league), meeting("a2", prince, league), {}) is not None


def test_one_listed_as_present_at_a_reception_is_not_its_party() -> None:
    """The king received a visitor, the prince among those present (ng:attendee); the prince met the same
    visitor that day: two meetings. Were the prince a participant of the first, the two would share two
    people and merge."""
    import dataclasses

    king = _meeting("a1", "2015-07-20", "day", ("person/king", "person/guest", "person/prince"))
    roles = {"participant": ("person/king", "person/guest"), "attendee": ("person/prince",)}
    king_present = dataclasses.replace(king, events=(dataclasses.replace(king.events[0], roles=roles),))
    prince = _meeting("a2", "2015-07-20", "day", ("person/prince", "person/guest"))
    assert _events(_resolved(king, prince)) == 1  # as participants, the prince and the guest are shared
    assert _events(_resolved(king_present, prince)) == 2
    kg = _resolved(king_present)
    assert len(list(kg.query("SELECT ?p WHERE { ?e ng:attendee ?p }"))) == 1


def test_a_visit_report_whose_place_the_other_article_never_names_is_another_visit() -> None:
    """The minister's visit to Riyadh (stated) and an article on his visit elsewhere the next day that never
    names Saudi Arabia: the same names, but two visits. An article that names the place joins."""
    import datetime as dt

    from newsgraph.resolve.events import story_link
    from newsgraph.resolve.read import EventGroup

    names = {"id/person/minister", "id/person/host", "id/org/region", "id/country/EG"}

    def visit(article: str, day: int, location: str | None, context: set[str]) -> EventGroup:
        date = (dt.date(2015, 7, day),) * 2
        return EventGroup(f"g/{article}", f"e/{article}", f"e/{article}", "Visit", article, date,
                          f"2015-07-{day}", published=date[0], location=location, family="Visit",
                          holders={"id/person/minister", "id/country/EG"}, sentence=0, story=True,
                          context=context)

    riyadh = visit("a1", 23, "id/country/SA", names | {"id/country/SA"})
    elsewhere = visit("a2", 24, None, names)
    assert story_link(riyadh, elsewhere, 0.0, "", {}) is None
    assert story_link(riyadh, visit("a3", 24, None, names | {"id/country/SA"}), 0.0, "", {}) is not None
    # a place inside the stated one counts as naming it (``within``: place -> what it lies in)
    inside = visit("a4", 24, None, names | {"id/place/riyadh"})
    assert story_link(riyadh, inside, 0.0, "", {"id/place/riyadh": {"id/country/SA"}}) is not None


def test_a_group_reads_only_the_positions_made_for_its_own_id_after_a_pass() -> None:
    """A merged node holds every member's positions; read again, each article's group counts only the
    positions its extraction gave its own id (the IRI names it), as on the first pass, so a second pass
    gives the same groups (a country gained there flipped merges on alternate passes)."""
    from newsgraph.graph.iris import position_iri
    from newsgraph.graph.ns import NG, graph_iri
    from newsgraph.resolve.read import read_entity_groups

    kg = _resolved(_person("a1", "Nasser Bourita", "en", "person/nasser-bourita", "country/MA"),
                   _person("a2", "Naser Bourita", "en", "person/naser-bourita"))
    assert len(_persons(kg)) == 1
    other = position_iri("person/nasser-bourita", "minister", "country/MA", kg.base)
    a2 = graph_iri("a2", kg.base)
    kg.update(f"INSERT DATA {{ GRAPH <{a2}> {{ <{other}> <{NG.sentenceIndex}> 0 }} }}")  # told there too
    countries = {g.original.rsplit("/", 1)[-1]: g.countries for g in read_entity_groups(kg)}
    assert countries == {"nasser-bourita": {kg.base + "country/MA"}, "naser-bourita": set()}
