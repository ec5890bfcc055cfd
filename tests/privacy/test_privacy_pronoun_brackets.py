"""A word typed in lower case right before a bracket giving pronouns is a person's name; a
role, a relative or a word after a possessive before such a bracket stays."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from tests.privacy.redaction_cases import assert_replaced


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("update: juniper (they/them) joined the art group", "juniper"),
        ("so ash (he/him) finally talked", "ash"),
        ("wren (she / they) brought snacks lol", "wren"),
    ],
)
def test_word_before_pronouns_is_a_name(text: str, name: str) -> None:
    assert_replaced(text, name, "name")


@pytest.mark.parametrize(
    "text",
    [
        "the new kid (he/him) sat at the back",
        "her mum (she/her) rang the office",
        "my client (they/them) said it went ok",
    ],
)
def test_roles_and_relatives_before_pronouns_stay(text: str) -> None:
    assert redact(text) == text
