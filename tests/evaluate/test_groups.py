"""Tests for newsgraph.evaluate.groups: matching names, scoring group graphs, the evaluate command.

The graphs are built by hand from invented articles (``kg.add`` of an
Extraction), and a merge is made the way resolution makes one: by renaming a
node inside every named graph. Only the shared-marked test reads ../shared.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from newsgraph.cli import cli
from newsgraph.evaluate.groups import (
    format_groups,
    group_files,
    label_keys,
    normalise_name,
    score_group,
    score_groups,
)
from newsgraph.graph import KnowledgeGraph
from newsgraph.graph.ns import article_iri, event_iri
from newsgraph.types import Article, DateValue, Entity, Event, Extraction, Mention, Span

A1, A2 = "articles/en/g__one.txt", "articles/ar/g__two.txt"
LANGS = {A1: "en", A2: "ar"}


def _ext(aid: str, lang: str, names: dict[str, tuple[str, str]], events: tuple[Event, ...] = ()) -> (
        Extraction):  # fmt: skip
    """An article naming ``names`` (entity id -> (type, surface form)), with ``events``."""
    text = " ".join(form for _, form in names.values()) + "."
    mentions, entities, at = [], [], 0
    for eid, (label, form) in names.items():
        mentions.append(Mention(at, at + len(form), form, label, eid, 0))  # type: ignore[arg-type]
        entities.append(Entity(eid, label, {lang: form}))  # type: ignore[arg-type]
        at += len(form) + 1
    art = Article(aid, "T", text, lang, published=date(2030, 5, 4))
    return Extraction(art, ((0, len(text)),), tuple(mentions), tuple(entities), events=events)


def _event(etype: str, day: str, location: str | None = None, eid: str = "e1") -> Event:
    return Event(eid, etype, None, Span(0, 1, "x"), roles={}, location=location, date=DateValue(day, "day"))


def _merge(kg: KnowledgeGraph, old: str, new: str) -> None:
    """Rename node ``old`` to ``new`` in every named graph, as resolution does."""
    kg.update(
        f"DELETE {{ GRAPH ?g {{ <{old}> ?p ?o }} }} INSERT {{ GRAPH ?g {{ <{new}> ?p ?o }} }} "
        f"WHERE {{ GRAPH ?g {{ <{old}> ?p ?o }} }}"
    )


def _built(kg: KnowledgeGraph) -> dict[str, str]:
    return {A1: str(article_iri("a1", kg.base)), A2: str(article_iri("a2", kg.base))}


def _thing(key: str, kind: str, en: list[str], ar: list[str]) -> dict[str, Any]:
    return {"key": key, "type": kind, "forms": {"en": en, "ar": ar, "fr": ["ignored"]}, "in": [A1, A2]}


def _same_event(**extra: Any) -> dict[str, Any]:
    return {
        "group": "g", "kind": "same_event", "articles": [A1, A2],
        "event": {"type": "Meeting", "cameo": "04", "location": "verdania", "date": "2030-05-04"},
        "things": [
            _thing("verdania", "Country", ["Verdania", "Verdanian"], ["فيردانيا"]),
            _thing("karim_haddad", "Person", ["Karim Haddad"], ["كريم حداد"]),
        ],
        **extra,
    }  # fmt: skip


@pytest.mark.parametrize(
    ("form", "label"),
    [
        ("United Nations", "the United Nations"),
        ("Verdania", "VERDANIA's"),
        ("Yémen", "Yemen"),
        ("الأمم المتحدة", "للأمم المتحدة"),
        ("الأمم المتحدة", "وللامم المتحده"),
        ("كريم حداد", "وبكريم حدّاد"),
        ("إيران", "ايران"),
        ("القاهرة", "القاهـــرة"),
    ],
)
def test_label_keys_carry_form_through_clitics_and_spelling(form: str, label: str) -> None:
    assert normalise_name(form) in label_keys(label)


@pytest.mark.parametrize(
    ("form", "label"),
    [("Karim Haddad", "Karim"), ("حداد", "كريم حداد"), ("Iran", "Iraq"), ("بلد", "لبلد ما")],
)
def test_label_keys_do_not_match_other_names(form: str, label: str) -> None:
    assert normalise_name(form) not in label_keys(label)


def _kg(merge_person: bool) -> KnowledgeGraph:
    kg = KnowledgeGraph(store="memory")
    # Verdania is one knowledge-base-like id in both articles; the person has a node per article.
    en = {"country/VD": ("COUNTRY", "Verdania"), "person/karim-haddad": ("PERSON", "Karim Haddad")}
    ar = {"country/VD": ("COUNTRY", "فيردانيا"), "person/كريم-حداد": ("PERSON", "كريم حداد")}
    meetings = (_event("Meeting", "2030-05-04", "country/VD"), _event("Meeting", "2030-04-01", eid="e2"))
    kg.add(_ext("a1", "en", en, meetings))
    kg.add(_ext("a2", "ar", ar, (_event("Visit", "2030-05-04", "country/VD"),)))
    if merge_person:
        _merge(kg, str(kg.base) + "person/كريم-حداد", str(kg.base) + "person/karim-haddad")
    return kg


def test_score_group_thing_split_across_nodes_is_not_merged() -> None:
    kg = _kg(merge_person=False)
    row = score_group(_same_event(), kg, _built(kg), {}, LANGS)
    status = {t.key: t.status for t in row.things}
    # "Verdanian" is no label of the country's node: one node, a form missing.
    assert status == {"verdania": "partial", "karim_haddad": "split"}
    (person,) = [t for t in row.things if t.key == "karim_haddad"]
    assert len(person.nodes) == 2 and person.missing == [] and person.type_ok is None
    assert row.counts()["merged"] == 0


def test_score_group_merged_thing_and_merged_event_are_counted() -> None:
    kg = _kg(merge_person=True)
    spec = _same_event()
    spec["things"][0]["forms"]["en"] = ["Verdania"]
    before = score_group(spec, kg, _built(kg), {}, LANGS)
    assert before.event is not None and not before.event.one_node
    assert (before.event.nodes, before.event.covered, before.event.typed) == (3, 1, 2)
    _merge(kg, str(event_iri("a2", "e1", kg.base)), str(event_iri("a1", "e1", kg.base)))
    row = score_group(spec, kg, _built(kg), {"articles/fr/g__three.txt": "no event rules"}, LANGS)
    assert [t.status for t in row.things] == ["merged", "merged"] and all(t.type_ok for t in row.things)
    ev = row.event
    assert ev is not None and ev.one_node and (ev.covered, ev.built) == (2, 2)
    assert (ev.date, ev.location) == ("yes", "yes")  # a Visit counts for a Meeting: CAMEO root 04
    table = format_groups([row])
    assert "2/2 100%" in table and "not built: 1 article(s), no event rules" in table
    assert json.loads(format_groups([row], "json"))["total"]["one_node"] == 1


def test_score_group_distractor_merged_into_event_node() -> None:
    kg = _kg(merge_person=True)
    distractor = {"type": "Meeting", "cameo": "04", "date": "2030-04-01", "articles": [A1]}
    spec = _same_event(distractors=[distractor])
    assert score_group(spec, kg, _built(kg), {}, LANGS).distractors == ["found"]
    _merge(kg, str(event_iri("a1", "e2", kg.base)), str(event_iri("a1", "e1", kg.base)))
    _merge(kg, str(event_iri("a2", "e1", kg.base)), str(event_iri("a1", "e1", kg.base)))
    row = score_group(spec, kg, _built(kg), {}, LANGS)
    assert row.distractors == ["merged"]
    assert row.event is not None and row.event.one_node and row.event.date == "mixed"


def test_score_group_event_is_the_node_of_its_day_not_a_bigger_one_of_other_days() -> None:
    """A node that also carries the month («2030-05») but whose days are others is not the group's
    event: the group's one-article node of the right day is, so the event is not one node."""
    kg = KnowledgeGraph(store="memory")
    month = Event("e2", "Attack", None, Span(0, 1, "x"), roles={}, date=DateValue("2030-05", "month"))
    kg.add(_ext("a1", "en", {"country/VD": ("COUNTRY", "Verdania")}, (_event("Attack", "2030-05-04"), month)))
    kg.add(_ext("a2", "ar", {"country/VD": ("COUNTRY", "فيردانيا")}, (_event("Attack", "2030-05-01"),)))
    _merge(kg, str(event_iri("a2", "e1", kg.base)), str(event_iri("a1", "e2", kg.base)))
    spec = _same_event()
    spec["event"] = {"type": "Attack", "cameo": "18", "date": "2030-05-04"}
    ev = score_group(spec, kg, _built(kg), {}, LANGS).event
    assert ev is not None and (ev.one_node, ev.covered, ev.date) == (False, 1, "yes")


def test_score_group_near_miss_wrong_merge_counted() -> None:
    kg = KnowledgeGraph(store="memory")
    kg.add(_ext("a1", "en", {"country/VD": ("COUNTRY", "Verdania")}, (_event("Ceasefire", "2030-01-10"),)))
    kg.add(_ext("a2", "ar", {"country/VD": ("COUNTRY", "فيردانيا")}, (_event("Ceasefire", "2030-03-02"),)))
    spec = {
        "group": "near", "kind": "different_events", "articles": [A1, A2],
        "events": [{"article": a, "type": "Ceasefire", "cameo": "08", "date": d} for a, d in
                   [(A1, "2030-01-10"), (A2, "2030-03-02"), ("articles/fr/g__three.txt", "2030-02-01")]],
        "things": [_thing("verdania", "Country", ["Verdania"], ["فيردانيا"])],
    }  # fmt: skip
    row = score_group(spec, kg, _built(kg), {}, LANGS)
    assert (row.events_found, row.pairs, row.wrong_merges) == ([True, True], 1, [])
    _merge(kg, str(event_iri("a2", "e1", kg.base)), str(event_iri("a1", "e1", kg.base)))
    row = score_group(spec, kg, _built(kg), {}, LANGS)
    assert row.wrong_merges == [[A1, A2]] and row.things[0].status == "merged"
    assert row.event is None and "1/1" in format_groups([row]).splitlines()[1]


ARTICLES = {  # invented texts: knowledge-base countries only, so they build without statistical models
    "articles/en/demo__wire_2030-05-04.txt": (
        "Morocco and Italy sign a deal",
        "Morocco and Italy signed a trade deal in Rabat on Monday.",
    ),
    "articles/ar/demo__daily_2030-05-04.txt": (
        "المغرب وإيطاليا يوقعان اتفاقا",
        "وقع المغرب وإيطاليا اتفاقا تجاريا في الرباط يوم الإثنين.",
    ),
    "articles/fr/demo__journal_2030-05-04.txt": (
        "Le Maroc et l'Italie signent un accord",
        "Le Maroc et l'Italie ont signé un accord commercial à Rabat.",
    ),
}


@pytest.fixture()
def group_dir(tmp_path: Path) -> Path:
    for rel, (title, body) in ARTICLES.items():
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        head = f"Title: {title}\nDate: 2030-05-04\nSource: demo\nURL: https://example.org/{path.stem}\n\n"
        path.write_text(f"{head}{body}\n", encoding="utf-8")
    spec = {
        "group": "demo", "kind": "same_event", "label": "invented", "articles": list(ARTICLES),
        "event": {"type": "Agreement", "cameo": "05", "location": "rabat", "date": "2030-05-04"},
        "things": [{"key": "morocco", "type": "Country", "in": list(ARTICLES),
                    "forms": {"en": ["Morocco"], "ar": ["المغرب"], "fr": ["Maroc"]}}],
    }  # fmt: skip
    (tmp_path / "demo.json").write_text(json.dumps(spec, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "notes.json").write_text('{"not": "a group"}', encoding="utf-8")
    return tmp_path


def test_score_groups_builds_each_file_and_skips_languages_without_event_rules(group_dir: Path) -> None:
    assert group_files(group_dir) == [group_dir / "demo.json"] and group_files(group_dir / "articles") == []
    (row,) = score_groups(group_dir, model=None, languages=("ar", "en"))
    assert sorted(row.built) == sorted(p for p in ARTICLES if "/fr/" not in p)
    assert row.skipped == {"articles/fr/demo__journal_2030-05-04.txt": "not asked for language 'fr'"}
    assert [(t.key, t.status) for t in row.things] == [("morocco", "merged")]
    assert row.event is not None and row.event.built == 2


def test_evaluate_command_scores_a_group_folder(group_dir: Path) -> None:
    result = CliRunner().invoke(cli, ["evaluate", str(group_dir), "--model", "none", "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [g["group"] for g in data["groups"]] == ["demo"] and data["total"]["things"] == 1
    bad = CliRunner().invoke(cli, ["evaluate", str(group_dir), "--language", "en"])
    assert bad.exit_code == 2 and "does not apply to group files" in bad.output


@pytest.mark.shared
def test_score_groups_on_shared_groups_gives_a_row_per_file(shared_dir: Path) -> None:
    folder = shared_dir / "groups"
    if not folder.is_dir():
        pytest.skip(f"needs the group files at {folder}")
    rows = score_groups(folder)
    assert [r.group for r in rows] == [p.stem for p in sorted(folder.glob("*.json"))] and len(rows) == 11
    assert all(r.built and r.things for r in rows)
    assert all(not r.skipped for r in rows)  # French included: every language has event rules
    assert format_groups(rows).count("\n") >= 14
