"""Abstract words that are also names, coming up or coming back in a session.

"Hope came up as a theme", "Joy came back a little", "Hope is coming back, slowly": the
feeling, not a person. "Joy came back to group", "Hope came up with a plan", "Joy came back
and said hi" and a bare "Joy came back." are people and are removed.
"""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    "text",
    [
        "Hope came up as a theme: he said he had more of it this week.",
        "Joy came back a little when she started painting again.",
        "Hope is coming back, slowly.",
        "Faith came up a lot in the session; her church matters to her.",
        "Joy came up too, when she talked about the holidays.",
        "Patience comes up often when we talk about her son.",
    ],
)
def test_feelings_that_surface_stay(text: str) -> None:
    out = redact(text)
    assert out == text
    assert redact(out) == out  # idempotent


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Joy came back to group today and sat with us.", "Joy"),
        ("Hope came up with a plan for the weekend.", "Hope"),
        ("Joy came back and said hi to everyone.", "Joy"),
        ("Joy came back.", "Joy"),
        ("Grace came up to me after the session.", "Grace"),
    ],
)
def test_people_who_come_back_are_removed(text: str, gone: str) -> None:
    out = redact(text)
    assert gone not in out
    assert redact(out) == out  # idempotent
