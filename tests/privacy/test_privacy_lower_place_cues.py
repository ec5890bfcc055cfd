"""Places typed in lower case in chat, read from the words around them: two-word streets and
"dr"/"av" streets, water and beach places after "on", "at" or a word of direction, towns made
of two everyday words, places after a bare verb of living, "to" after a word of going earlier
in the clause, "off" after a water outing, and a listed town opening a note. Near misses
(a doctor, an everyday phrase after "live", a verb after "to", a noun after "the") stay."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from tests.privacy.redaction_cases import assert_kept, assert_replaced, group

REMOVED = [
    *group(
        "street",
        [
            ("she walks to her nan's on maple leaf rd after school", "maple leaf rd"),
            ("the laundromat on tall oak ave is where he works", "tall oak ave"),
            ("they just moved to an apt on pemberton dr last week", "pemberton dr"),
            ("his cousin stays right off dunmore av near the shops", "dunmore av"),
        ],
    ),
    *group(
        "water",
        [
            ("his uncle has a trailer on moose river. he goes most weekends", "moose river"),
            ("they walked down to otter creek and back twice", "otter creek"),
            ("the weekend at duck lake she didnt touch her phone", "duck lake"),
            ("his mum moved from birch lake to the city in june", "birch lake"),
        ],
    ),
    *group(
        "compound_town",
        [
            ("she grew up in marshfields before the move", "marshfields"),
            ("the boys from kellymore are the ones he games with", "kellymore"),
            ("he moved out of the flat on bramcroft to his gran's", "bramcroft"),
        ],
    ),
    *group(
        "bare_living",
        [
            ("her gran stays new haven near the market", "new haven"),
            ("the twins both live kabiru gardens n love it", "kabiru gardens"),
            ("she lives up ravensholt wood w her son", "ravensholt wood"),
            ("they live speke way so its two buses", "speke"),
        ],
    ),
    *group(
        "going_to",
        [
            ("she rode the bus w her aunt to tamboville to see the doctor", "tamboville"),
            ("he took the minibus with his brother to karowe yesterday", "karowe"),
        ],
    ),
    *group(
        "off_water",
        [
            ("they went fishing w grandad off maroway last sunday", "maroway"),
            ("she goes kayaking off tulanek with her dad", "tulanek"),
        ],
    ),
    *group(
        "opening_town",
        [
            ("guymon kid (15) said school is better", "guymon"),
            ("postville sesh went well, 3 exceptions", "postville"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "place"), REMOVED)
def test_lower_case_place_is_removed(text: str, place: str) -> None:
    assert_replaced(text, place, "place")


def test_beach_word_stays_after_its_name() -> None:
    out = redact("he feels best fishing at pelican beach w his brothers")
    assert "pelican" not in out, out
    assert "[place] beach" in out, out


KEPT = [
    *group(
        "street",
        [
            "she finally went to see dr about the pills",
            "he talked to her new dr on monday",
            "we walked down to the main st shops",
            "the bakery on main st is closed",
        ],
    ),
    *group(
        "water",
        [
            "we swam at the lake he loved it",
            "she is on thin ice with her boss",
            "they went to the river in the morning",
        ],
    ),
    *group(
        "bare_living",
        [
            "she lives alone now and likes it",
            "stay strong with it, we said",
            "they live up north now",
            "he lives up the road from us",
        ],
    ),
    *group(
        "going_to",
        [
            "she went with her mum to rebook the appt",
            "we went on to talk about the weekend",
        ],
    ),
    *group(
        "off_water",
        [
            "he has been off work since march",
            "she went fishing but got off early",
        ],
    ),
    *group("opening_town", ["client said school is better", "hazard kid went home early"]),
]


@pytest.mark.parametrize("text", KEPT)
def test_near_miss_is_kept(text: str) -> None:
    assert_kept(text)
