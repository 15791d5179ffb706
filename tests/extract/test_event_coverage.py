"""Event words of every form: French participles after «a été», English verbs CAMEO files under a class
(abduction is an assault, a jail term a sentence). Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from newsgraph.extract import extract_article
from newsgraph.extract.pipeline import english_model_name, french_model_name
from newsgraph.types import Article

# what only the parse tells ("aid" as a modifier of "workers"; the act a refusal governs)
_EN_PARSE = pytest.mark.skipif(english_model_name("auto") is None, reason="needs the English parse")
_FR_PARSE = pytest.mark.skipif(french_model_name("auto") is None, reason="needs the French parse")


def _types(lang: str, text: str) -> list[str]:
    ext = extract_article(Article(id="t", title=None, text=text, language=lang, published=date(2021, 3, 2)))
    return [e.type for e in ext.events]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "L'Union européenne a sanctionné trois dirigeants du régime.", ["Sanction"]),
        ("fr", "Des soldats ont tiré à balles réelles sur les manifestants à Mandalay.", ["Attack"]),
        ("fr", "Le président sortant a été réélu dimanche avec 60 % des voix.", ["Election"]),
        ("fr", "Deux ingénieurs ont été enlevés mardi près de Gao.", ["Attack"]),
        ("fr", "Le maire a été placé en garde à vue jeudi.", ["Arrest"]),
        ("fr", "Trois militants ont été incarcérés à Tunis.", ["Arrest"]),
        ("fr", "Les ouvriers du port sont en grève depuis lundi.", ["Protest"]),
        pytest.param("en", "Gunmen kidnapped two aid workers near Gao on Tuesday.", ["Attack"],
                     marks=_EN_PARSE),
        ("en", "Rebels ambushed an army convoy in the north.", ["Attack"]),
        ("en", "A court in Cairo jailed the blogger for five years.", ["Sentence"]),
        ("en", "Police jailed the protesters overnight.", ["Arrest"]),
        ("en", "The army warned the rebels that it would retaliate.", ["Threat"]),
        ("en", "The senator was re-elected on Sunday.", ["Election"]),
        ("en", "Police rounded up dozens of activists.", ["Arrest"]),
        ("en", "The envoy recommended that the army withdraw from the city.", ["Appeal"]),
        ("en", "Kenya recalled its ambassador from Mogadishu on Monday.", ["Sanction"]),
        ("fr", "Le Niger a rappelé son ambassadeur à Paris.", ["Sanction"]),
        ("fr", "Le militant a écopé de trois ans de prison ferme.", ["Sentence"]),
        ("fr", "Moscou a mis en garde Kiev jeudi.", ["Threat"]),
        # a refused act did not happen
        pytest.param("en", "The court refused to extradite the banker.", [], marks=_EN_PARSE),
        pytest.param("fr", "Le tribunal a refusé d'extrader le militant.", [], marks=_FR_PARSE),
    ],
)
def test_event_words_of_each_class(lang: str, text: str, expected: list[str]) -> None:
    assert _types(lang, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # indefinite plural: other happenings than the story's
        ("Des rebelles ont attaqué une caserne à Gao lundi. Le gouverneur observe depuis un mois des "
         "attaques contre les écoles de la région.", ["Attack", "Attack"]),
        # definite: the same attack told again
        ("Des rebelles ont attaqué une caserne à Gao lundi. L'attaque a fait trois morts.", ["Attack"]),
    ],
)
@_FR_PARSE
def test_french_indefinite_plural_event_noun_is_other_happenings(text: str, expected: list[str]) -> None:
    assert _types("fr", text) == expected
