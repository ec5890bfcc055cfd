"""Festivals, rites and family ceremonies of many cultures, opening a sentence or after an
article, are kept ("Odwira was calm this year", "the Kadayawan parade"); a person's name
beside one still goes."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from tests.privacy.redaction_cases import group


@pytest.mark.parametrize(
    "text",
    [
        *group(
            "festival-kept",
            [
                "Akwasidae was calm this year, and she went with her grandmother.",
                "Kaamatan was the first one he enjoyed since school.",
                "Iemanjá was the exception: flowers in the sea and no panic at all.",
                "Chaand Raat shopping with her cousins went better than she feared.",
                "She helped cook for the Slametan and stayed until the prayers ended.",
                "Fetu Afahye week was loud, but he slept well most nights.",
            ],
        ),
    ],
)
def test_a_festival_is_kept(text: str) -> None:
    out = redact(text)
    assert out == text, out


@pytest.mark.parametrize(
    ("text", "word"),
    [
        *group(
            "name-goes",
            [
                ("Kofi went to Akwasidae with his uncle and came back smiling.", "Kofi"),
                ("After Nyepi, Made said the quiet had done her good.", "Made"),
            ],
        ),
    ],
)
def test_a_name_beside_a_festival_goes(text: str, word: str) -> None:
    out = redact(text)
    assert word not in out, out
    assert redact(out) == out
