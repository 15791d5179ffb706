"""Posts in parties, movements and armed groups as memberships (relations_positions)."""

from newsgraph.extract.relations_positions import position_memberships, post_memberships
from newsgraph.types import Mention, Position


def _pairs(rels):
    return sorted((r.subject, r.object) for r in rels)


def test_post_in_a_known_armed_group_is_a_membership():
    text = "Omar Zed, the leader of Hezbollah, spoke."
    ms = [Mention(0, 8, "Omar Zed", "PERSON", "person/oz", 0),
          Mention(24, 33, "Hezbollah", "ORGANIZATION", "org/hezbollah", 0)]
    ps = [Position("person/oz", "leader", "org/hezbollah", "en", 0)]
    assert _pairs(position_memberships(ps, ms, text)) == [("person/oz", "org/hezbollah")]


def test_post_in_an_unknown_party_named_so_is_a_membership():
    text = "Lina Roe, a senior leader of the Green Dawn Party, was freed."
    ms = [Mention(0, 8, "Lina Roe", "PERSON", "person/lr", 0),
          Mention(33, 49, "Green Dawn Party", "ORGANIZATION", "org/green-dawn-party", 0)]
    ps = [Position("person/lr", "senior leader", "org/green-dawn-party", "en", 0)]
    assert _pairs(position_memberships(ps, ms, text)) == [("person/lr", "org/green-dawn-party")]


def test_acronym_called_a_party_in_the_article():
    text = "Lina Roe heads the GDP party. Lina Roe, chairwoman of the GDP, spoke."
    ms = [Mention(19, 22, "GDP", "ORGANIZATION", "org/gdp", 0),
          Mention(30, 38, "Lina Roe", "PERSON", "person/lr", 1),
          Mention(58, 61, "GDP", "ORGANIZATION", "org/gdp", 1)]
    ps = [Position("person/lr", "chairwoman", "org/gdp", "en", 1)]
    assert _pairs(position_memberships(ps, ms, text)) == [("person/lr", "org/gdp")]


def test_staff_spokesmen_former_and_guessed_posts_are_no_membership():
    ms = [Mention(0, 8, "Lina Roe", "PERSON", "person/lr", 0),
          Mention(20, 30, "Tide Party", "ORGANIZATION", "org/tide-party", 0),
          Mention(40, 44, "NATO", "ORGANIZATION", "org/nato", 0)]
    text = " " * 60
    ps = [Position("person/lr", "Secretary General", "org/nato", "en", 0),  # staff of an alliance
          Position("person/lr", "spokeswoman", "org/tide-party", "en", 0),
          Position("person/lr", "leader", "org/tide-party", "en", 0, status="former"),
          Position("person/lr", "leader", "org/tide-party", "en", 0, inferred=True)]
    assert position_memberships(ps, ms, text) == []


def test_group_post_words_name():
    text = "Tide Party deputy secretary general Sami Noor was arrested on Monday."
    ms = [Mention(0, 10, "Tide Party", "ORGANIZATION", "org/tide-party", 0),
          Mention(36, 45, "Sami Noor", "PERSON", "person/sn", 0)]
    assert _pairs(post_memberships(text, "en", ms)) == [("person/sn", "org/tide-party")]


def test_post_of_group_with_acronym_then_name_and_unmarked_group_name():
    text = ("Vice-Chairman of the Tide Party (TP) Sami Noor was held. TP joint secretary Ali Bay "
            "denied it.")
    ms = [Mention(21, 31, "Tide Party", "ORGANIZATION", "org/tide-party", 0),
          Mention(33, 35, "TP", "ORGANIZATION", "org/tide-party", 0),
          Mention(37, 46, "Sami Noor", "PERSON", "person/sn", 0),
          Mention(76, 83, "Ali Bay", "PERSON", "person/ab", 1)]
    # the second "TP" is no mention: the group's name as the article writes it elsewhere is enough
    assert _pairs(post_memberships(text, "en", ms)) == [("person/ab", "org/tide-party"),
                                                        ("person/sn", "org/tide-party")]


def test_no_post_word_or_no_group_makes_no_membership():
    text = "Tide Party senior Sami Noor met FIFA president Ali Bay and Lake Corp chairman Dan Ode."
    ms = [Mention(0, 10, "Tide Party", "ORGANIZATION", "org/tide-party", 0),
          Mention(18, 27, "Sami Noor", "PERSON", "person/sn", 0),
          Mention(32, 36, "FIFA", "ORGANIZATION", "org/fifa", 0),
          Mention(47, 54, "Ali Bay", "PERSON", "person/ab", 0),
          Mention(59, 68, "Lake Corp", "ORGANIZATION", "org/lake-corp", 0),
          Mention(78, 85, "Dan Ode", "PERSON", "person/do", 0)]
    assert post_memberships(text, "en", ms) == []


def test_only_a_party_noun_after_a_name_makes_it_a_party():
    text = "Army movement was seen. Army chief Sami Noor spoke."
    ms = [Mention(0, 4, "Army", "ORGANIZATION", "org/army-x", 0),
          Mention(24, 28, "Army", "ORGANIZATION", "org/army-x", 1),
          Mention(35, 44, "Sami Noor", "PERSON", "person/sn", 1)]
    assert post_memberships(text, "en", ms) == []
