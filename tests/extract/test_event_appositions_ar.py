"""A name set off by commas after its title stays in its verb's clause (events/appositions_ar.py;
invented sentences)."""

from __future__ import annotations

from arabic_events import events_of, role_text


def test_names_between_commas_after_their_titles_are_the_parties() -> None:
    text = "واجتمع رئيس الوزراء، سمير ناصر، مع نظيره الإيطالي، ماتيو رينزي، في روما أمس."
    meetings, names = events_of(text, "Meeting")
    parties = role_text(meetings[0], "participant", names)
    assert "سمير ناصر" in parties and "ماتيو رينزي" in parties, meetings[0].roles


def test_a_clause_after_the_name_that_opens_with_wa_is_another_clause() -> None:
    # «، فلان، وانتقد ...»: the criticism of the deal is another clause; the deal has no meeting parties
    text = "واجتمع رئيس الوزراء، سمير ناصر، مع نظيره الإيطالي، ماتيو رينزي، وانتقد الاتفاق مع إيران."
    deals, names = events_of(text, "Agreement")
    assert all("سمير ناصر" not in role_text(d, "participant", names) for d in deals), deals
