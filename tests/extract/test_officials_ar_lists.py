"""Arabic officials named in lists after a dual or plural title, after their name, or of the UN.

The sentences are invented. The rules run on the pipeline without statistical models; where a rule
reads the model's PERSON spans, the test adds them by hand.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Span

from newsgraph.extract.officials import find_officials, titles_for_position
from newsgraph.extract.pipeline import get_nlp
from newsgraph.kb import load_kb


def _doc(text: str, persons: tuple[str, ...] = (), orgs: tuple[str, ...] = ()) -> Doc:
    """The rules-only Doc of ``text``, with ``persons`` and ``orgs`` marked as the model's spans."""
    nlp = get_nlp("ar", None)
    doc = nlp(text)
    for label, names in (("PERSON", persons), ("ORGANIZATION", orgs)):
        for name in names:
            n = len(nlp.make_doc(name))
            start = next(i for i in range(len(doc)) if doc[i : i + n].text == name)
            spans = [s for s in doc.spans["ng_mentions"] if s.end <= start or s.start >= start + n]
            doc.spans["ng_mentions"] = sorted([*spans, Span(doc, start, start + n, label=label)],
                                              key=lambda s: s.start)  # fmt: skip
    return doc


def _positions(doc: Doc) -> list[tuple[str, str | None, str | None]]:
    return sorted((o.name, o.title, o.of) for o in find_officials(doc, "ar", load_kb()) if o.title)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the countries after the dual, in the order of the names
        ("واتفق وزيرا خارجية مصر والأردن يوسف سالم وعادل حمدان على التنسيق.",
         [("عادل حمدان", "وزير خارجية", "country/JO"), ("يوسف سالم", "وزير خارجية", "country/EG")]),
        # each name after its own nationality adjective
        ("وأشاد وزيرا الدفاع المصري يوسف سالم والأردني عادل حمدان بالتمرين.",
         [("عادل حمدان", "وزير الدفاع", "country/JO"), ("يوسف سالم", "وزير الدفاع", "country/EG")]),
        # a plural with a pronoun suffix, courtesy titles before the names, «، و» between them
        ("وعقد الرئيس اجتماعا ضم مستشاريه الدكتور يوسف سالم، والمهندس عادل حمدان لبحث الأوضاع.",
         [("عادل حمدان", "مستشار", None), ("يوسف سالم", "مستشار", None)]),
    ],
)  # fmt: skip
def test_each_name_after_a_dual_or_plural_title_holds_it(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert [p for p in _positions(_doc(text)) if p[1] == expected[0][1]] == expected


def test_a_plural_without_a_portfolio_or_country_is_no_title() -> None:
    assert _positions(_doc("وأقر مجلس الوزراء يوسف سالم وعادل حمدان أعضاء في اللجنة.")) == []


def test_plural_and_dual_title_heads_are_made_singular() -> None:
    assert titles_for_position("وزراء الخارجية", "ar") == "وزير الخارجية"
    assert titles_for_position("والسفيران", "ar") == "السفير"


def test_a_name_the_model_marks_before_a_title_holds_it() -> None:
    doc = _doc("وحضر الاجتماع يوسف سالم وزير الخارجية المصري أمس.", persons=("يوسف سالم",))
    assert _positions(doc) == [("يوسف سالم", "وزير الخارجية", "country/EG")]


def test_a_name_a_title_introduced_is_not_the_holder_of_the_next_title() -> None:
    doc = _doc("واستقبل رئيس إقليم كردستان يوسف سالم وزير الخارجية القطري أمس.", persons=("يوسف سالم",))
    titles = [t for _, t, _ in _positions(doc)]
    assert titles and "وزير الخارجية" not in titles  # the minister is the guest, unnamed


def test_the_secretary_general_of_the_un() -> None:
    doc = _doc("وقال الأمين العام للأمم المتحدة يوسف سالم إن الوضع خطير.")
    assert _positions(doc) == [("يوسف سالم", "الأمين العام", "org/un")]


def test_an_envoy_s_posting_stands_between_the_title_and_the_name() -> None:
    doc = _doc("وقال مبعوث الأمم المتحدة إلى ليبيا يوسف سالم إن الحوار مستمر.")
    assert [(n, of) for n, _, of in _positions(doc)] == [("يوسف سالم", "org/un")]


def test_the_model_s_name_of_a_company_ends_the_body_a_title_heads() -> None:
    doc = _doc("وقال رئيس مجلس إدارة المصرف الوطني يوسف سالم إن الأرباح زادت.", orgs=("الوطني",))
    [(name, title, of)] = _positions(doc)
    assert (name, title) == ("يوسف سالم", "رئيس مجلس إدارة المصرف الوطني") and of is not None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقال وزير الزراعة والثروة السمكية يوسف سالم إن الموسم جيد.", "وزير الزراعة والثروة السمكية"),
        ("قال وزير الاتصالات وتقنية المعلومات يوسف سالم إن الشبكة توسعت.", "وزير الاتصالات وتقنية المعلومات"),
    ],
)
def test_a_second_portfolio_joined_by_and_is_part_of_the_title(text: str, expected: str) -> None:
    assert [(n, t) for n, t, _ in _positions(_doc(text))] == [("يوسف سالم", expected)]


def test_and_a_definite_word_without_a_name_after_it_is_not_a_portfolio() -> None:
    assert _positions(_doc("والتقى وزير الخارجية والوفد المرافق له بالرئيس.")) == []
