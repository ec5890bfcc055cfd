"""A plain word said as someone's user name on a platform ("her snap is hannahbxo",
"steam name Vortex") is a handle; a word that says how the account is stays."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from tests.privacy.redaction_cases import assert_kept


@pytest.mark.parametrize(
    ("text", "user"),
    [
        ("her snap is hannahbxo and she posts every night", "hannahbxo"),
        ("his psn is ghostrider, he plays with his cousin", "ghostrider"),
        ("sc: lilbee07", "lilbee07"),
        ("his steam name Vortex came up in the session", "Vortex"),
        ("her kik username is dreamygal", "dreamygal"),
    ],
)
def test_the_user_name_goes(text: str, user: str) -> None:
    out = redact(text)
    assert user not in out, out
    assert "[handle]" in out, out
    assert redact(out) == out


@pytest.mark.parametrize(
    "text",
    [
        "her insta is private now, which helped",
        "tiktok is toxic for her, she says",
        "snap: blocked him after the fight",
        "his xbox is broken so he reads more",
        "her spotify is full of sad songs",
    ],
)
def test_how_the_account_is_stays(text: str) -> None:
    assert_kept(text)
