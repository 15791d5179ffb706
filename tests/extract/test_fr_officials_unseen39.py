"""French officials found by auditing unseen French articles (branch frev, December 2026).

Sentences and names are invented.
"""

from __future__ import annotations

from tests.extract.french_events import needs_fr as needs_model
from tests.extract.french_officials import of_countries as _of


@needs_model
def test_the_head_of_an_unnamed_body_holds_no_office_of_the_country() -> None:
    text = "La France a voté la loi. Paul Girard, président du groupe socialiste, a protesté."
    assert _of(text, "Paul Girard") == [None]


@needs_model
def test_a_title_of_the_country_still_takes_the_country() -> None:
    text = "La France a voté la loi. Le ministre du pays, Paul Girard, a protesté."
    assert all(of is not None for of in _of(text, "Paul Girard"))
