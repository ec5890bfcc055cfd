"""Lower-case parts of towns ending in "bay", "plain(s)", "heights" or "homes"."""

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("he moved out to kelso bay last spring", "kelso bay"),
        ("she grew up in dunmore heights", "dunmore heights"),
        ("they came from pinecrest plains for the fair", "pinecrest plains"),
        ("staying in lakota homes now", "lakota homes"),
        ("her uncle drove in from wexbury plain, then", "wexbury plain"),
    ],
)
def test_named_part_of_town_is_removed(text: str, place: str) -> None:
    out = redact(text)
    assert place not in out
    assert "[place]" in out


@pytest.mark.parametrize(
    "text",
    [
        "kids went to sick bay today",
        "he waited in loading bay 3",
        "he is in foster homes since",
        "they drove across from grassy plains",
        "she walked to the bay",
        "he lived in care homes for a while",
    ],
)
def test_kind_of_place_stays(text: str) -> None:
    assert redact(text) == text
