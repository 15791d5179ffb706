"""English positions found by auditing unseen Wikinews articles (invented sentences): an apposition past
"current", "new" or a common owner ("the city's"); no title where the title word qualifies a noun or the
titled phrase is a clause's subject; the organization after a name through "the"; a title read without its
"former" for the country stated elsewhere; offices that are no country's."""

from __future__ import annotations

from tests.extract.english_officials import needs_en as _needs_en
from tests.extract.english_officials import positions as _positions


@_needs_en
def test_an_apposition_past_current() -> None:
    found = _positions("The vote was called by Carl Brand, the current prime minister of Canada, on Monday.")
    assert ("Carl Brand", "prime minister", "Canada") in found


@_needs_en
def test_an_apposition_past_a_common_owner() -> None:
    found = _positions("In Delhi, Ravi Menon, the city's home minister, said the rules were broken.")
    assert {(n, t) for n, t, _ in found} == {("Ravi Menon", "home minister")}


@_needs_en
def test_an_apposition_of_an_organization() -> None:
    found = _positions("Ann Kowal, the current President of the European Commission, wrote a letter.")
    assert ("Ann Kowal", "President", "European Commission") in found


@_needs_en
def test_a_title_word_before_a_noun_is_no_title() -> None:
    found = _positions("Mark Rossi, the head chef of the hotel, said the kitchen was closed. "
                       "Lia Conti, the general manager of the firm, agreed.")
    assert found == set()


@_needs_en
def test_a_titled_subject_after_a_comma_is_no_apposition() -> None:
    found = _positions("At the request of Canadian Prime Minister John Dale, the Queen dissolved parliament.")
    assert ("John Dale", "Queen", "Canada") not in {(n, t, o) for n, t, o in found}
    assert ("John Dale", "Prime Minister", "Canada") in found


@_needs_en
def test_a_plural_title_takes_no_name_before_it() -> None:
    found = _positions("Rescuers searched for Harold Lane, heads of the local unions said on Monday.")
    assert not any(t.lower().startswith("head") for _, t, _ in found)


@_needs_en
def test_the_organization_after_a_name_through_the() -> None:
    found = _positions("In Kenya, Director Paul Grant of the National Institute of Soil Research announced "
                       "a trial.")
    assert {o for n, _, o in found if n == "Paul Grant"} == {"National Institute of Soil Research"}


@_needs_en
def test_a_former_title_takes_the_country_stated_for_the_same_title() -> None:
    found = _positions("The candidates include former Green Party Vice Chairman Omar Vance and two others. "
                       "Many veterans served in Iraq. Iraq was discussed. "
                       "We asked former Vice Chairman Omar Vance about Iraq.")
    assert {o for n, _, o in found if n == "Omar Vance"} == {"Green Party"}


@_needs_en
def test_the_pope_and_a_founder_are_no_countrys_officials() -> None:
    found = _positions("Pope Gregory spoke about Iraq on Sunday. Iraq welcomed him. "
                       "Max Hale, the founder of a charity, visited Iraq.")
    assert ("Gregory", "Pope", None) in found
    assert ("Max Hale", "founder", None) in found


@_needs_en
def test_a_sheriff_is_the_countys() -> None:
    found = _positions("Santa Clara County Sheriff Bob Miles said the road was closed.")
    assert any(n == "Bob Miles" and t.endswith("Sheriff") and o and o.startswith("Santa Clara")
               for n, t, o in found)


@_needs_en
def test_an_apposition_of_a_sentences_subject_without_its_second_comma() -> None:
    found = _positions("Paul Okello, the Trade Minister paid tribute to him on Monday in Uganda.")
    assert ("Paul Okello", "Trade Minister", "Uganda") in found


@_needs_en
def test_a_lower_case_title_alone_before_a_full_name() -> None:
    found = _positions("The plan was praised by former president Tom Weller on Monday in Ottawa, Canada. "
                       "It was filmed by director Anna Brook.")
    assert {(n, t) for n, t, _ in found} == {("Tom Weller", "president")}


@_needs_en
def test_chief_executive_is_one_title() -> None:
    found = _positions("Hong Kong Chief Executive Carrie Lam refused to resign.")
    assert ("Carrie Lam", "Chief Executive", "Hong Kong") in found


@_needs_en
def test_a_place_before_a_title_of_no_place_gives_its_country() -> None:
    found = _positions("Houston's police chief Mark Dale said on Sunday the suspect had fled to Mexico.")
    assert ("Mark Dale", "police chief", "United States") in found


@_needs_en
def test_a_governor_is_no_citys() -> None:
    found = _positions("Flooding hit Chicago on Monday. Chicago schools closed. Governor Ann Weller "
                       "addressed the public. Illinois sent help to Chicago.")
    assert {o for n, _, o in found if n == "Ann Weller"} == {"Illinois"}


@_needs_en
def test_a_place_before_regional_and_a_title_is_its_of() -> None:
    found = _positions("Kursk regional Deputy Governor Ivan Sorokin said the bridge was closed in Moscow.")
    assert ("Ivan Sorokin", "Deputy Governor", "Kursk") in found


def test_an_unknown_organization_of_capitalised_words_may_be_a_mislabelled_person() -> None:
    import spacy
    from spacy.tokens import Span

    from newsgraph.extract.officials.en_apposition import person_like

    doc = spacy.blank("en")("Hage Nomvula and the Labour Party and Kent County and the UN")
    assert person_like(Span(doc, 0, 2, label="ORGANIZATION"))
    assert not person_like(Span(doc, 4, 6, label="ORGANIZATION"))  # an organization head
    assert not person_like(Span(doc, 7, 9, label="PLACE"))  # a place word
    assert not person_like(Span(doc, 11, 12, label="ORGANIZATION", kb_id="org/un"))
    assert not person_like(Span(doc, 0, 2, label="COUNTRY"))


@_needs_en
def test_a_title_a_verb_gives_its_subject() -> None:
    found = _positions("Tom Harlan has served as mayor of Boston and governor of Vermont. "
                       "Ann Cole was prime minister of Norway.")
    assert {("Tom Harlan", "mayor", "Boston"), ("Tom Harlan", "governor", "Vermont"),
            ("Ann Cole", "prime minister", "Norway")} <= found


@_needs_en
def test_the_one_chosen_holds_the_title_not_the_one_who_chose() -> None:
    found = _positions("Before resigning, Ricardo Vale appointed Pedro Ruiz as secretary of state.")
    assert not any(n == "Ricardo Vale" for n, _, _ in found)
    assert ("Pedro Ruiz", "secretary of state") in {(n, t) for n, t, _ in found}


@_needs_en
def test_who_after_a_name_and_a_lower_case_portfolio() -> None:
    found = _positions("Reportedly, Hall often had disagreements with Mark Benson who is the secretary of "
                       "state.")
    assert any(n == "Mark Benson" and t == "secretary of state" for n, t, _ in found)


@_needs_en
def test_an_archbishop_of_a_city_is_an_office() -> None:
    found = _positions("The Archbishop of Kraków, Stanisław Leszek Nowak, visited the hospital in Poland.")
    titles = {(n, t.split(" of ")[0], o) for n, t, o in found}
    assert ("Stanisław Leszek Nowak", "Archbishop", "Kraków") in titles
