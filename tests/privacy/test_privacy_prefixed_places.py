"""Places named by "Fort", "Port", "Mount" or "Lake" and a capitalised name are removed
whole wherever they stand, at the start of a line as well as after "in". Capitalised
everyday words after the name ("Police") are not drawn into it, and "the Lake" alone or a
prefix before an everyday phrase stays."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from tests.privacy.redaction_cases import assert_kept, assert_replaced


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Exceptions:\nFort Providence at her mom's: no drinking", "Fort Providence"),
        ("Port Talbot lad, said his dad worked the steelworks all his life", "Port Talbot"),
        ("Lake Elsinore has a walking path she uses every morning now", "Lake Elsinore"),
        ("Mount Druitt is where she grew up, and she misses the neighbours", "Mount Druitt"),
    ],
)
def test_prefixed_place_is_removed_whole(text: str, place: str) -> None:
    assert_replaced(text, place, "place")
    assert place.split()[0] not in redact(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Lake was calm and she sat there an hour with her sister",
        "she said the walk up the mount was the best part of the trip",
    ],
)
def test_prefix_words_alone_stay(text: str) -> None:
    assert_kept(text)
