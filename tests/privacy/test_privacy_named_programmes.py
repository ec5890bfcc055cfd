"""A youth programme or drop-in named by a word before its kind words ("the harbour youth
project", "the Lantern drop-in") is taken; the kind words alone, or after a word saying what
kind, whose or when ("the local youth club", "the Friday drop-in"), stay."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("he's been going to the lantern youth project every week", "lantern"),
        ("evenings at anchor youth club now, no fights", "anchor"),
        ("she met her mates at the Kestrel drop-in on the high street", "Kestrel"),
        ("getting to the Wayfinder drop in by himself was huge", "Wayfinder"),
        ("the days at compass youth drop in are ok", "compass"),
    ],
)
def test_a_programme_named_before_its_kind_words_is_taken(text: str, name: str) -> None:
    out = redact(text)
    assert name not in out
    assert redact(out) == out


@pytest.mark.parametrize(
    "text",
    [
        "He goes to the youth club on Fridays.",
        "He goes to the local youth club on Fridays.",
        "She goes to the church youth group and the Friday drop-in.",
        "the women's drop-in and the mental health drop in are full.",
        "He came to the after school youth club.",
        "He likes to drop in at the youth centre.",
        "Feel free to drop in any time.",
        "the new youth program starts in spring",
    ],
)
def test_a_youth_service_in_general_stays(text: str) -> None:
    assert redact(text) == text
