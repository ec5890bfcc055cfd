"""Streets and roads named by a number, typed in any case, are places: an ordinal before a
street word ("54th st"), a number, street word and quadrant ("17 ave se"), and a road
number after a word of place ("on route 9"). Ordinals that rank or count ("came 2nd
place", "4th grade", "her 5th session") and road words that measure ("on the road 2
hours") stay."""

from __future__ import annotations

import pytest

from tests.privacy.redaction_cases import assert_kept, assert_replaced


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("she said he's stopped hanging round 54th st after school", "54th st"),
        ("her daughter reads the mail to her at the apt on S 24th st now", "S 24th st"),
        ("they moved to a place on 3rd street near the school", "3rd street"),
        ("he lives off 17 ave se with his uncle and cooks on fridays", "17 ave se"),
        ("the family's in a motel on i-10 east until the insurance pays", "i-10 east"),
        ("they're out past the dairy on rd 19, mum drives him in", "rd 19"),
        ("he's been sleeping in his truck off highway 7 since the fire", "highway 7"),
    ],
)
def test_numbered_street_is_removed(text: str, street: str) -> None:
    assert_replaced(text, street, "place")


@pytest.mark.parametrize(
    "text",
    [
        "he came 3rd in the race and she came 2nd place, both proud",
        "she's in 4th grade now and it was her 5th session with me",
        "we were on the road 2 hours and the kids slept the whole way",
        "he takes the route 58 bus with his neighbour instead of walking",
    ],
)
def test_ranks_and_counts_stay(text: str) -> None:
    assert_kept(text)
