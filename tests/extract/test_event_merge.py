"""Tests for newsgraph.extract.events.merge: when two readings in one article are one event."""

from __future__ import annotations

from newsgraph.extract.events.frames import _Raw
from newsgraph.extract.events.lexicons import TriggerMatch
from newsgraph.extract.events.merge import _absorb, _distinct, _merge_target, _nested
from newsgraph.types import DateValue

BAGHDAD, IRAQ, FRANCE, PARIS = "place/gn-98182", "country/IQ", "country/FR", "place/gn-2988507"


def _raw(sent: int, location: tuple[str, str] | None = None, agents: tuple[str, ...] = (),
         places: tuple[str, ...] = (), date: str | None = None) -> _Raw:
    raw = _Raw(TriggerMatch(sent * 10, sent * 10 + 1, "Visit", "N"), sent, location=location,
               date=DateValue(date, "day") if date else None, sents={sent}, places=set(places))
    for ref in agents:
        raw.add("agent", ref, 3.0)
    return raw


def test_nested_places_follow_the_knowledge_base() -> None:
    assert _nested(BAGHDAD, IRAQ) and _nested(IRAQ, BAGHDAD)
    assert not _nested(BAGHDAD, FRANCE) and not _nested(IRAQ, FRANCE)
    assert not _nested("place/not-in-the-kb", IRAQ)


def test_a_city_and_its_country_do_not_tell_two_visits_apart() -> None:
    city = _raw(7, (BAGHDAD, "PLACE"), ("person/pope",))
    country = _raw(9, (IRAQ, "COUNTRY"), date="2021-03-05")
    assert not _distinct(city, country)
    assert _merge_target([city], country, anaphoric=False) == 0


def test_places_in_two_countries_still_tell_two_visits_apart() -> None:
    paris = _raw(1, (PARIS, "PLACE"), ("person/pope",))
    iraq = _raw(2, (IRAQ, "COUNTRY"), ("person/pope",))
    assert _distinct(paris, iraq)
    assert _merge_target([paris], iraq, anaphoric=False) is None


def test_a_place_read_as_an_agent_is_the_host_not_another_visitor() -> None:
    visit = _raw(1, (IRAQ, "COUNTRY"), ("person/pope",), places=(BAGHDAD,))
    again = _raw(3, None, ("country/IQ",))  # "he was on a visit ... with the Christians of Iraq"
    assert not _distinct(visit, again)
    assert _merge_target([visit], again, anaphoric=False) == 0
    other = _raw(3, None, ("person/king",))  # a visitor of its own is another visit
    assert _distinct(visit, other) and _merge_target([visit], other, anaphoric=False) is None


def test_a_place_of_a_mention_joined_only_by_nearness_does_not_pin_the_event() -> None:
    tour = _raw(3, (IRAQ, "COUNTRY"), ("person/pope",))
    _absorb(tour, _raw(5, (BAGHDAD, "PLACE")), pin=False)  # "... he will visit Baghdad, Mosul and Ur"
    assert tour.location == (IRAQ, "COUNTRY")
    meeting = _raw(0, (IRAQ, "COUNTRY"), ("person/pope",))  # the title names the country,
    _absorb(meeting, _raw(1, (BAGHDAD, "PLACE")))  # "the visit", anaphoric, the city
    assert meeting.location == (BAGHDAD, "PLACE")
    unplaced = _raw(3, None, ("person/pope",))
    _absorb(unplaced, _raw(5, (BAGHDAD, "PLACE")), pin=False)
    assert unplaced.location == (BAGHDAD, "PLACE")


def test_one_host_meeting_two_guests_the_same_day_is_two_meetings() -> None:
    """«بحث الأمير X مع الرئيس Y في جدة أمس ... وفي وقت لاحق، اجتمع الأمير X مع Z»: the shared day does
    not join them, since each names a guest the other lacks; a later mention naming only the host does."""

    def meeting(sent: int, *people: str) -> _Raw:
        raw = _Raw(TriggerMatch(sent * 10, sent * 10 + 1, "Meeting", "V"), sent,
                   date=DateValue("2015-07-20", "day"), sents={sent})
        for ref in people:
            raw.add("participant", ref, 3.0)
        return raw

    first = meeting(1, "person/prince-x", "person/president-y")
    assert _merge_target([first], meeting(4, "person/prince-x", "person/leader-z"), anaphoric=False) is None
    assert _merge_target([first], meeting(4, "person/prince-x"), anaphoric=False) == 0
    assert _merge_target([first], meeting(4, "person/prince-x", "person/leader-z"), anaphoric=True) == 0


def test_a_definite_noun_after_its_own_sentences_verb_does_not_refer_back() -> None:
    from datetime import date

    from newsgraph.extract import extract_article
    from newsgraph.types import Article

    text = ("التقى الأمير سلطان بن فهد الرئيس رمضان قاديروف في جدة أمس وبحث معه عددا من المسائل. "
            "وفي وقت لاحق، اجتمع الأمير سلطان بن فهد مع سمير جعجع رئيس حزب القوات اللبنانية، "
            "وجرى خلال الاجتماع استعراض الأوضاع.")
    ext = extract_article(Article(id="t", title="", text=text, language="ar", published=date(2015, 7, 21)))
    assert len([e for e in ext.events if e.type == "Meeting"]) == 2


def test_a_bombing_headline_and_an_attack_lead_at_the_airport_and_its_city_are_one_event() -> None:
    """«انتحاريان يفجران نفسيهما عند مدخل مطار كابول» then «مقتل ... في كابول»: the lead tells the
    headline's story, and Kabul airport lies in Kabul, so neither the types (one family) nor the places
    keep them apart."""
    airport = "place/af-kabul-airport"
    head = _Raw(TriggerMatch(0, 1, "Bombing", "V"), 0, location=(airport, "PLACE"), sents={0})
    lead = _Raw(TriggerMatch(10, 11, "Attack", "N"), 1, location=("place/gn-1138958", "PLACE"),
                date=DateValue("2021-08-26", "day"), sents={1})
    assert _merge_target([head], lead, anaphoric=False) == 0
    later = _Raw(TriggerMatch(30, 31, "Attack", "N"), 3, sents={3})
    assert _merge_target([head], later, anaphoric=False) is None  # past the lead, one type is needed


def _attacks_ar(text: str) -> list[str]:
    from datetime import date

    from newsgraph.extract import extract_article
    from newsgraph.types import Article

    ext = extract_article(Article(id="t", title="", text=text, language="ar", published=date(2016, 3, 9)))
    return [e.trigger.text for e in ext.events if e.type in ("Attack", "Bombing")]


def test_a_clause_opened_by_fima_tells_another_attack_than_the_clause_before() -> None:
    """«قصفت X ...، فيما اندلعت اشتباكات»: shelling, and (meanwhile) clashes: two happenings; without
    «فيما» the second clause goes on with the first."""
    two = _attacks_ar("قصفت المدفعية أحياء سكنية في بلدة نائية أمس، فيما اندلعت اشتباكات عنيفة قرب السوق.")
    assert len(two) == 2
    one = _attacks_ar("قصفت المدفعية أحياء سكنية في بلدة نائية أمس، ما أدى إلى اشتباكات عنيفة قرب السوق.")
    assert len(one) == 1


def test_a_definite_attack_noun_in_a_parallel_clause_still_refers_back() -> None:
    assert len(_attacks_ar("هاجم مسلحون حاجزا للشرطة أمس، فيما استمر الهجوم ساعتين.")) == 1


def test_a_later_sentence_refers_past_a_background_attack_to_the_story() -> None:
    """The background happening of a «بينما» clause does not catch the next sentence's anaphor."""
    text = ("فجر انتحاري نفسه في سوق شعبي أمس، بينما يصعد المسلحون هجماتهم في الجنوب. "
            "ووقع الهجوم الانتحاري قرب محطة للحافلات.")
    assert len(_attacks_ar(text)) == 2  # the bombing (told twice) and the background offensive


def test_an_event_told_only_after_baad_is_not_the_next_clauses_happening() -> None:
    """«بعد قصف X ...، سيطرت المقاومة على المبنى»: the shelling before is its own event."""
    earlier = _Raw(TriggerMatch(3, 4, "Attack", "N"), 2, sents={2}, prior=2)
    later = _Raw(TriggerMatch(12, 13, "Attack", "V"), 2, sents={2})
    assert _merge_target([earlier], later, anaphoric=False) is None
    told_again = _Raw(TriggerMatch(3, 4, "Attack", "N"), 2, sents={1, 2}, prior=2)
    assert _merge_target([told_again], later, anaphoric=False) == 0  # the story told before and again


def _visits_ar(title: str, text: str) -> list[tuple[str, str | None]]:
    from datetime import date

    from newsgraph.extract import extract_article
    from newsgraph.types import Article

    published = date(2016, 3, 10)
    article = Article(id="t", title=title, text=f"{title}\n\n{text}", language="ar", published=published)
    return [(e.trigger.text, e.location) for e in extract_article(article).events if e.type == "Visit"]


def test_the_leads_city_places_the_headlines_visit_to_its_country() -> None:
    """A headline's visit to a country and the lead's visit to its capital are one visit, in the capital:
    the lead tells the headline's story more precisely (a later sentence's city would be a tour stop)."""
    visits = _visits_ar("وزير الخارجية الفرنسي يبدأ زيارة رسمية للعراق",
                        "وصل وزير الخارجية الفرنسي جان بيرو اليوم الخميس في زيارة إلى بغداد، حيث يلتقي "
                        "مسؤولين.")
    assert len(visits) == 1 and visits[0][1] == BAGHDAD, visits
