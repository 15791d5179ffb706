"""Issue 18: 100 one-line articles each in English, Arabic and French, each built in its own language.

The lines are made up here from a few sentence patterns and varied names (no third-party text).
French has a pipeline (:data:`newsgraph.extract.pipeline.SUPPORTED_LANGUAGES`), so French
lines are detected as fr and built as fr, with no fallback.
"""

from __future__ import annotations

import random
import warnings
from collections import Counter
from pathlib import Path

from newsgraph import build_report
from newsgraph.errors import LanguageWarning
from newsgraph.types import Article

FIRST = ["Nasser", "Antony", "Sergei", "Ayman", "Faisal", "Josep", "Hakan", "Mohammed", "Catherine",
         "Ramtane"]
LAST = ["Bourita", "Blinken", "Lavrov", "Safadi", "bin Farhan", "Borrell", "Fidan", "Shoukry", "Colonna",
        "Lamamra"]
CITY = ["Rabat", "Marrakech", "Amman", "Riyadh", "Doha", "Ankara", "Brussels", "Tunis", "Algiers", "Cairo"]
AR_NAMES = ["ناصر بوريطة", "أنتوني بلينكن", "سيرغي لافروف", "أيمن الصفدي", "فيصل بن فرحان", "جوزيب بوريل",
            "هاكان فيدان", "سامح شكري", "رمطان لعمامرة", "كاترين كولونا"]
AR_CITY = ["الرباط", "مراكش", "عمان", "الرياض", "الدوحة", "أنقرة", "بروكسل", "تونس", "الجزائر", "القاهرة"]
PATTERNS = {
    "en": ["{a} met {b} in {c}.", "{a} received {b} in {c} on Monday.",
           "{a} and {b} spoke by phone about Gaza.", "{b} arrives in {c} for talks with {a}",
           "{a} says the talks in {c} went well 🙂", "Foreign minister {a} will visit {c} next week."],
    "fr": ["{a} a rencontré {b} à {c}.", "{a} a reçu {b} lundi à {c}.",
           "{a} et {b} se sont entretenus au téléphone.", "{b} est arrivé à {c} pour des entretiens avec {a}",
           "Le ministre {a} se rendra à {c} la semaine prochaine.",
           "{a} juge « utiles » les discussions de {c}"],
    "ar": ["التقى {a} و{b} في {c}.", "استقبل {a} نظيره {b} في {c} يوم الإثنين.",
           "بحث {a} مع {b} هاتفيا الوضع في غزة", "{b} يصل إلى {c} لإجراء محادثات مع {a}",
           "وزير الخارجية {a} يزور {c} الأسبوع المقبل"],
}


def _lines(lang: str, n: int, rng: random.Random) -> list[str]:
    def name() -> str:
        return rng.choice(AR_NAMES) if lang == "ar" else f"{rng.choice(FIRST)} {rng.choice(LAST)}"

    city = AR_CITY if lang == "ar" else CITY
    return [rng.choice(PATTERNS[lang]).format(a=name(), b=name(), c=rng.choice(city)) for _ in range(n)]


def test_one_line_articles_are_each_built_in_their_own_language(tmp_path: Path) -> None:
    rng = random.Random(18)
    expected: dict[str, str] = {}
    for lang in ("en", "ar", "fr"):
        for i, line in enumerate(_lines(lang, 100, rng)):
            p = tmp_path / f"{lang}_{i:03d}.txt"
            p.write_text(line + "\n", encoding="utf-8")
            expected[str(p)] = lang
    built: dict[str, str] = {}

    def seen(article: Article) -> None:
        built[article.source_path or ""] = article.language or ""

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", LanguageWarning)
        _kg, report = build_report([tmp_path], model=None, on_article=seen, resolve=False)
    assert report.errors == []
    assert report.languages == Counter({"en": 100, "ar": 100, "fr": 100})
    wrong = {p: (expected[p], lang) for p, lang in built.items() if lang != expected[p]}
    assert wrong == {}
    # Fallbacks are allowed (a line with only names, "met" and "in" reads as Dutch), but only
    # for English here, each naming its file, and ending in English.
    for w in caught:
        assert issubclass(w.category, LanguageWarning)
        assert str(w.message).startswith(str(tmp_path / "en_")), w.message
        assert "built as 'en'" in str(w.message)


#: Real ministers and cities, in each language's spelling (one-line sentences made up here).
MINISTERS = {
    "en": ["Nasser Bourita", "Antony Blinken", "Sergei Lavrov", "Ayman Safadi", "Faisal bin Farhan",
           "Hakan Fidan", "Sameh Shoukry", "Catherine Colonna"],
    "fr": ["Nasser Bourita", "Antony Blinken", "Sergueï Lavrov", "Ayman Safadi", "Fayçal ben Farhane",
           "Hakan Fidan", "Sameh Choukri", "Catherine Colonna"],
    "ar": AR_NAMES[:8],
}
CITIES = {"en": CITY, "fr": ["Rabat", "Marrakech", "Amman", "Riyad", "Doha", "Ankara", "Bruxelles", "Tunis",
                             "Alger", "Le Caire"], "ar": AR_CITY}
MEETINGS = {
    "en": ["{a} met {b} in {c} on Monday.", "{a} held talks with {b} in {c}.", "{a} and {b} met in {c}."],
    "fr": ["{a} a rencontré {b} lundi à {c}.", "{a} s'est entretenu avec {b} à {c}.",
           "{a} a reçu son homologue {b} à {c}."],
    "ar": ["التقى {a} و{b} في {c} يوم الإثنين.", "استقبل {a} نظيره {b} في {c}.",
           "اجتمع {a} مع {b} في {c}."],
}


def test_one_line_articles_are_read_by_their_own_language_rules(tmp_path: Path) -> None:
    """One build of 300 one-line meeting reports: each article is tagged with its language in the
    graph, and each language's rules read a meeting in (nearly) every one of its lines."""
    from newsgraph.graph.ns import NG, event_type_iri

    rng = random.Random(300)
    expected: dict[str, str] = {}
    for lang, patterns in MEETINGS.items():
        lines: set[str] = set()  # distinct texts: an article's id is a digest of its text
        while len(lines) < 100:
            a, b = rng.sample(MINISTERS[lang], 2)
            lines.add(rng.choice(patterns).format(a=a, b=b, c=rng.choice(CITIES[lang])))
        for i, line in enumerate(sorted(lines)):
            p = tmp_path / f"{lang}_{i:03d}.txt"
            p.write_text(line + "\n", encoding="utf-8")
            expected[str(p)] = lang
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", LanguageWarning)
        kg, report = build_report([tmp_path], on_article=None, resolve=False)
    assert report.errors == [] and report.languages == Counter({"en": 100, "ar": 100, "fr": 100})
    rows = kg.query(f"""SELECT ?path ?lang (COUNT(?e) AS ?meetings) WHERE {{
        ?a <{NG.sourcePath}> ?path ; <{NG.language}> ?lang .
        OPTIONAL {{ ?e <{NG.reportedIn}> ?a ; <{NG.eventType}> ?t .
                    FILTER(?t IN (<{event_type_iri("Meeting")}>, <{event_type_iri("Negotiation")}>)) }}
    }} GROUP BY ?path ?lang""")
    built = {str(path): (str(lang), int(n)) for path, lang, n in rows}
    assert {p: lang for p, (lang, _) in built.items()} == expected
    for lang in MEETINGS:
        read = sum(n > 0 for p, (language, n) in built.items() if language == lang)
        assert read >= 90, (lang, read)
