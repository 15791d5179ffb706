"""Tests for newsgraph.io.teaser: "see also" blocks and wire end marks."""

from __future__ import annotations

import pytest

from newsgraph.io.teaser import is_teaser_marker, split_teaser, strip_end_mark, teaser_markers


@pytest.mark.parametrize(
    "marker",
    [
        "شاهد أيضًا",
        "شاهد أيضا",
        "اقرأ أيضا",
        "اقرأ أيضًا",
        "إقرأ أيضاً",
        "See also",
        "Read more",
        "Related:",
        "Related articles",
        "SEE ALSO:",
    ],
)
def test_teaser_markers_ar_en(marker: str) -> None:
    assert is_teaser_marker(marker)
    body, teaser = split_teaser(f"First line of the story.\n\n{marker}\n\nOther headline\nOther text.")
    assert body == "First line of the story." and teaser == "Other headline\nOther text."


@pytest.mark.parametrize(
    "line", ["See also the report below.", "شاهد أيضا الفيديو المرفق هنا في الأسفل.", "Related"]
)
def test_teaser_marker_must_be_the_whole_line(line: str) -> None:
    text = f"Body text.\n{line} more words"
    assert split_teaser(text) == (text, None)


def test_teaser_marker_at_end_is_dropped() -> None:
    assert split_teaser("Body text.\n\nRead more\n\n") == ("Body text.", None)


def test_teaser_markers_come_from_the_data_file() -> None:
    assert {"see also", "شاهد ايضا", "اقرا ايضا", "related"} <= teaser_markers()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("أكد الوزير ذلك.\n // انتهى //\n 20:31 ت م", "أكد الوزير ذلك."),
        ("أكد الوزير ذلك.\n//انتهى//", "أكد الوزير ذلك."),
        ("The minister said so.\n-ENDS-", "The minister said so."),
        ("The minister said so.", "The minister said so."),
        (
            "// انتهى //\nA long line of real article text that follows the mark and is kept.",
            "// انتهى //\nA long line of real article text that follows the mark and is kept.",
        ),
    ],
)
def test_strip_end_mark(text: str, expected: str) -> None:
    assert strip_end_mark(text) == expected
