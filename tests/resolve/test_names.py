"""Cross-script name matching and its calibration data."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.resolve.names import NAME_THRESHOLD, fold, latin_forms, name_similarity, split_abd

PAIRS = Path(__file__).resolve().parents[1] / "data" / "resolve" / "name_pairs.tsv"


def _pairs() -> list[tuple[str, str]]:
    rows = [line.split("\t") for line in PAIRS.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    return [(ar.strip(), en.strip()) for ar, en in rows]


def test_threshold_keeps_every_different_person_apart_and_finds_most_true_pairs() -> None:
    rows = _pairs()
    assert len(rows) >= 70
    found = sum(name_similarity(ar, en) >= NAME_THRESHOLD for ar, en in rows)
    false = [(ar, en) for i, (ar, _) in enumerate(rows) for j, (_, en) in enumerate(rows)
             if i != j and name_similarity(ar, en) >= NAME_THRESHOLD]
    assert false == []
    assert found / len(rows) >= 0.95


@pytest.mark.parametrize(("a", "b"), [
    ("ناصر بوريطة", "Nasser Bourita"),
    ("فيكتوريا نولاند", "Victoria Nuland"),
    ("Mohammed bin Salman", "Mohamed bin Salman"),
    ("محمد السادس", "Mohammed VI"),
])
def test_same_name_across_spellings(a: str, b: str) -> None:
    assert name_similarity(a, b) >= NAME_THRESHOLD


def test_last_names_must_agree() -> None:
    assert name_similarity("Mohammed bin Salman", "Mohammed bin Zayed") < NAME_THRESHOLD


def test_fold_drops_articles_and_particles() -> None:
    assert fold("Bashar al-Assad") == fold("Bashar Assad")
    assert fold("Luigi Di Maio") == fold("Luigi Maio")


@pytest.mark.parametrize(("a", "b", "same"), [
    ("محمد بن سلمان بن عبد العزيز", "Mohammed bin Salman", True),
    ("Prince Faisal bin Farhan Al Saud", "فيصل بن فرحان", True),
    # the grandfather is shared, the father is not
    ("Mohammed bin Salman bin Abdulaziz", "Mohammed bin Nayef bin Abdulaziz", False),
    ("Abdullah bin Zayed", "Mohammed bin Zayed", False),
])
def test_chains_of_descent_compare_name_and_father(a: str, b: str, same: bool) -> None:
    assert (name_similarity(a, b) >= NAME_THRESHOLD) is same


def test_a_surname_with_abd_written_apart_is_one_word() -> None:
    from newsgraph.resolve.entities import entity_links
    from newsgraph.resolve.read import Group

    shared = {"country/IR", "country/SA", "place/beijing"}
    full = Group("g1", "p/1", "p/1", "PERSON", {("حسين أمير عبداللهيان", "ar")}, {"country/IR"}, shared)
    short = Group("g2", "p/2", "p/2", "PERSON", {("عبد اللهيان", "ar")}, {"country/IR"}, shared)
    links = [lk for lk in entity_links([full, short]) if lk.method != "same-id"]
    assert [(lk.method, {lk.a, lk.b}) for lk in links] == [("surname", {"g1 p/1", "g2 p/2"})]


def test_a_name_with_abd_written_joined_is_also_romanised_spaced() -> None:
    joined, spaced = "عبدربه سالم الحمداني", "عبد ربه سالم الحمداني"
    assert split_abd(joined) == spaced
    assert set(latin_forms(spaced)) <= set(latin_forms(joined))
    assert split_abd(spaced) is None and split_abd("عبده سالم") is None


def test_an_arabic_only_corpus_is_not_romanised(monkeypatch: pytest.MonkeyPatch) -> None:
    """A Latin-script word an Arabic article took for a name does not make every Arabic name
    go through the romaniser: only reports in languages of both scripts do."""
    import newsgraph.resolve.entities as ent
    from newsgraph.resolve.read import Group

    asked: list[str] = []
    monkeypatch.setattr(ent, "romanize", lambda names: asked.extend(names))
    arabic = [Group(f"g{i}", f"p/{i}", f"p/{i}", "PERSON", {(name, "ar")}) for i, name in
              enumerate(["ناصر بوريطة", "HDMI Cable", "جون كيري"])]
    ent.entity_links(arabic)
    assert asked == []
    english = Group("g9", "p/9", "p/9", "PERSON", {("John Kerry", "en")})
    ent.entity_links([*arabic, english])
    assert "جون كيري" in asked


@pytest.mark.parametrize(("one", "other"),
                         [("جيلانبينار", "جيلان بينار"), ("أبوبكر البغدادي", "أبو بكر البغدادي")])
def test_arabic_names_spaced_otherwise_are_one_name(one: str, other: str) -> None:
    """Foreign compounds and kunyas are written in one word or two («جيلانبينار», «أبو بكر»): the same
    letters spaced otherwise are one spelling, and a one-word name meets the two-word one in a block."""
    from newsgraph.resolve.entities import entity_links
    from newsgraph.resolve.read import Group

    shared = {"country/TR", "org/isis", "place/suruc"}
    kind = "PLACE" if " " not in one else "PERSON"
    a = Group("g1", "x/1", "x/1", kind, {(one, "ar")}, {"country/TR"}, shared)
    b = Group("g2", "x/2", "x/2", kind, {(other, "ar")}, {"country/TR"}, shared)
    links = [lk for lk in entity_links([a, b]) if lk.method != "same-id"]
    assert [(lk.method, lk.score >= 0.9) for lk in links] == [("spelling", True)]
    c = Group("g3", "x/3", "x/3", kind, {(other.replace(" ", "ر"), "ar")}, {"country/TR"}, shared)
    assert [lk for lk in entity_links([a, c]) if lk.method == "spelling"] == []  # another letter: no


def test_two_spellings_of_one_turkish_name_are_one_person_in_one_script() -> None:
    """Turkish ç written «تش» by one outlet and «ج» by another, ü with or without «و» (invented names)."""
    from newsgraph.resolve.entities import _best
    from newsgraph.resolve.names import foreign_variant
    from newsgraph.resolve.read import Group

    assert foreign_variant("نور الدين أوتشار", "نور الدين أجار")
    assert not foreign_variant("نور الدين أوتشار", "نور الدين أكار")  # another consonant: another name
    assert not foreign_variant("سامي الحسيني", "سامي الحسني")  # no «تش»: an Arabic name's vowel tells apart
    a, b = Group("g1", "p1", "p1", "PERSON"), Group("g2", "p2", "p2", "PERSON")
    score, _, _ = _best(a, b, ["نور الدين أوتشار"], ["نور الدين أجار"])
    assert score >= 0.8
