"""Initials that hold an Irish family name's "O'" or "M'" ("C.O'D.", "P. O'B.") are one
person's initials, removed whole: no letter or apostrophe of them is left beside the
placeholder. Words with an apostrophe that are no initials stay."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Client C.O'D. came in with her sister.", "Client [name] came in with her sister."),
        (
            "Referral for T.O’N. from the school nurse.",
            "Referral for [name] from the school nurse.",
        ),
        ("Met P. O'B. at the drop-in today.", "Met [name] at the drop-in today."),
        ("Session with S.M'C. went well.", "Session with [name] went well."),
    ],
)
def test_initials_with_an_irish_prefix_go_whole(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "She said she'd try again at 9 tomorrow.",
        "Don't worry, it's fine, she'd say to the kids.",
        "The kids' rooms were tidy for once.",
    ],
)
def test_apostrophes_that_are_no_initials_stay(text: str) -> None:
    assert redact(text) == text
