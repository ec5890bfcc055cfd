"""A lower-case place opened by a word of direction, size or age ("east", "upper", "new",
"little") or by "port", "fort", "mount", after a preposition of place or a verb of living,
is removed whole; a qualifier before an English word or a region stays."""

from __future__ import annotations

import pytest

from tests.privacy.redaction_cases import assert_kept, assert_replaced


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("my sister stays in west kumasi with two kids", "west kumasi"),
        ("she moved to upper denkyira last spring", "upper denkyira"),
        ("the lad is from port loko, came over in march", "port loko"),
        ("they rent a room near fort ruvubu now", "fort ruvubu"),
        ("her nan lives north ashaiman since the flood", "north ashaiman"),
        ("grandpa walks around little bengal every sunday", "little bengal"),
        ("the van took them from the south tamale to the market", "south tamale"),
    ],
)
def test_qualified_lower_place_is_removed(text: str, place: str) -> None:
    assert_replaced(text, place, "place")


@pytest.mark.parametrize(
    "text",
    [
        "she got in new shoes for the wedding",
        "he is from old school times, proper gent",
        "they moved to south africa last year",
        "my cousin is in upper sixth now",
        "he came back from the new gym feeling good",
        "she lives in the old house near the river",
        "we went in little groups to the park",
    ],
)
def test_qualifier_before_an_everyday_word_or_region_stays(text: str) -> None:
    assert_kept(text)
