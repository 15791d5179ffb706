"""English headlines: a line in title case, where capitals mark no name ("Foreign Minister Meets Turkish
Counterpart in Riyadh")."""

from __future__ import annotations

from spacy.tokens import Doc

__all__ = ["headline"]


def headline(doc: Doc, k: int) -> bool:
    r"""Token ``k``'s line of its sentence is in title case ("Minister Meets Turkish Counterpart in
    Riyadh"), where capitals mark no name: no full stop at its end, five words of four letters or more,
    all but one capitalised.

    Examples:
        >>> import spacy
        >>> doc = spacy.blank("en")("Foreign Minister Meets Turkish Counterpart in Riyadh\nHe met him.")
        >>> headline(doc, 2), headline(doc, 9)
        (True, False)
    """
    a = b = k
    while a > 0 and "\n" not in doc[a - 1].text_with_ws and not doc[a].is_sent_start:
        a -= 1
    while b + 1 < len(doc) and "\n" not in doc[b].text_with_ws and not doc[b + 1].is_sent_start:
        b += 1
    words = [t for t in doc[a : b + 1] if not t.is_space]
    if not words or words[-1].text in (".", "!", "?", ":"):
        return False  # a sentence, not a headline: "Saudi Crown Prince Khalid bin Fahd arrived in Muscat."
    long = [t for t in words if t.is_alpha and len(t) >= 4]
    return len(long) >= 5 and sum(not (t.text[:1].isupper() and t.is_alpha) for t in long) <= 1
