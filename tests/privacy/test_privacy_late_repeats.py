"""A word-name found only by a rule that runs after the repeat step (a gloss in brackets, a
"name is" cue) is still the person where it is typed again without a cue."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("joy (her name on the form is Joyce but her friends all say joy) came early.", "joy"),
        ("hope (we all call her hope) told me hope is back.", "hope"),
    ],
)
def test_late_found_word_name_is_repeated(text: str, word: str) -> None:
    out = redact(text)
    assert f" {word} " not in out
    assert f"say {word})" not in out


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("my client faith (everyone says faith) said she slept. her faith helps.", "her faith"),
        ("hope (we all call her hope) told me hope is back. i hope so.", "i hope so"),
    ],
)
def test_everyday_reading_of_the_word_stays(text: str, kept: str) -> None:
    assert kept in redact(text)
