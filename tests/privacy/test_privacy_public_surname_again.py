"""A public figure named in full and then by the surname alone: the surname stays. A client
who shares the surname, marked by a title or a session verb, is still removed.
"""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    "text",
    [
        'He wants to bat like Brian Lara. We scaled "Lara calm" from 1 to 10.',
        "We used Insoo Kim Berg's scaling questions. Berg would have liked how it went.",
    ],
)
def test_the_surname_of_a_public_figure_named_in_full_stays(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("He is a big Brian Lara fan. Lara came in late today and said her week was hard.", "Lara"),
        ("We talked about Insoo Kim Berg. Ms Berg, his teacher, joined the session.", "Berg"),
    ],
)
def test_a_client_sharing_the_surname_is_still_removed(text: str, name: str) -> None:
    out = redact(text)
    assert name not in out.replace("Brian Lara", "").replace("Insoo Kim Berg", "")
    assert redact(out) == out
