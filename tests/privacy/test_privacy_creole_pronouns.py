"""Plural pronouns of the English creoles and pidgins, typed in chat, name no one; a name
beside them still goes."""

from __future__ import annotations

import pytest

from tests.privacy.redaction_cases import assert_gone, assert_kept


@pytest.mark.parametrize(
    "text",
    [
        "dem say she dey try small small, and she laughed",
        "una don hear wetin she talk about school",
        "unu fi come to di session next week, mi tell dem",
        "wuna see how she stand up for herself today",
    ],
)
def test_creole_pronouns_stay(text: str) -> None:
    assert_kept(text)


def test_a_name_beside_them_still_goes() -> None:
    assert_gone("dem say tolulope don start school again", "tolulope")
