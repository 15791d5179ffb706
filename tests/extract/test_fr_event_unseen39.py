"""French event roles found by auditing unseen French articles (branch frev, December 2026).

The sentences are written for these tests. Each test needs the trained French pipeline.
"""

from __future__ import annotations

from tests.extract.french_events import needs_fr, roles_of

pytestmark = needs_fr


def test_an_official_whose_verb_the_parse_leaves_without_subject_speaks_as_himself() -> None:
    # the speaker is found near the verb, not in its parse: still no spokesperson (GUIDELINES.md, "French")
    text = (
        "Le président Paul Girard a précisé que « personne ne sera oublié » "
        "en ajoutant : « nous restons fermes »."
    )
    statements = roles_of(text, "Statement")
    assert any(r.get("agent") == ("person/paul-girard",) for r in statements)
    assert not any(r.get("spokesperson") for r in statements)
