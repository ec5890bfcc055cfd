"""Schools, universities, clinics, hospitals, churches and parks named by lower-case words
after a cue of attendance, care or place.

"studied at uni of kelaniya", "at the harbourview clinic", "went to wattle grove primary":
removed. Generic phrases ("the school", "her high school", "a primary care clinic", "the
local park", "the skate park") stay; a park keeps the word "park".
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.privacy import redact


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("she studied at uni of kelaniya before the move", "kelaniya"),
        ("she gets her meds at the harbourview clinic now", "harbourview clinic"),
        ("the kids went to wattle grove primary all week", "wattle grove"),
        ("he works at lakemba district hospital on nights", "lakemba"),
        ("we met at jubilee park yesterday", "jubilee"),
        ("she goes to tanglin institution, exams soon", "tanglin institution"),
    ],
)
def test_lower_case_institutions_are_removed(text: str, gone: str) -> None:
    out = redact(text)
    assert gone not in out
    assert redact(out) == out


def test_a_park_keeps_its_head_word() -> None:
    assert redact("we met at jubilee park yesterday") == "we met at [place] park yesterday"


@pytest.mark.parametrize(
    "text",
    [
        "she goes to the school near her house",
        "he said it at her high school on monday",
        "they went to a primary care clinic for the rash",
        "we walked to the local park after lunch",
        "we went to the skate park and then to the dog park",
        "the kids go to after school club at the church",
        "she got into the hotel car park late",
    ],
)
def test_generic_phrases_stay(text: str) -> None:
    assert redact(text) == text


_SYLLABLES = ["wen", "dar", "kim", "bra", "sel", "tor"]


@settings(max_examples=40, deadline=None)
@given(
    syllables=st.lists(st.sampled_from(_SYLLABLES), min_size=2, max_size=3),
    head=st.sampled_from(["clinic", "hospital", "college", "primary", "academy"]),
)
def test_an_invented_institution_never_survives(syllables: list[str], head: str) -> None:
    name = "".join(syllables)
    out = redact(f"she goes to {name} {head} twice a week")
    assert name not in out
    assert out == redact(out)


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("she goes to the lantern society on thursdays", "lantern society"),
        ("he was referred to the beacon foundation in june", "beacon foundation"),
        ("they go to the morning star fellowship now", "morning star"),
        ("he eats at the harbour mission most nights", "harbour mission"),
    ],
)
def test_lower_case_bodies_are_removed(text: str, gone: str) -> None:
    out = redact(text)
    assert gone not in out
    assert redact(out) == out


@pytest.mark.parametrize(
    "text",
    [
        "she goes to the building society to pay it in",
        "he went to the housing association about the repairs",
        "she came from the general assembly",
        "he goes to the film society every month",
        "she attends the school assembly on mondays",
        "he goes to the church fellowship on fridays",
        "we went to the mission after lunch",
    ],
)
def test_kinds_of_bodies_stay(text: str) -> None:
    assert redact(text) == text
