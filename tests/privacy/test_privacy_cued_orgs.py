"""Organisations named by ordinary capitalised words after a cue of care or membership.

"referred by Open Door", "a member of Blue Wave", "her team Coastal United", "the Harbour
House team": two or more capitalised everyday words after such a cue name one body and are
removed. Known things after the same cues stay: holidays, therapy models and trainings,
services named in general, countries, public teams, and a title before a person's name.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.privacy import redact


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("She was referred by Quiet Meadow last spring.", "Quiet Meadow"),
        ("he got referred back to Lantern Path after the fight", "Lantern Path"),
        ("A worker from Family Links came to the house.", "Family Links"),
        ("She is supported by Bright Futures twice a week.", "Bright Futures"),
        ("He is a member of Blue Wave and goes every Friday.", "Blue Wave"),
        ("Her choir, Island Voices, sang at the funeral.", "Island Voices"),
        ("he trains with Coastal United on tuesdays", "Coastal United"),
        ("she plays netball for Golden Ferns now", "Golden Ferns"),
        ("Her team Silver Arrows won the final.", "Silver Arrows"),
        ("The Harbour House team said he was doing well.", "Harbour House"),
        ("She joined the Kind Hands outreach team last month.", "Kind Hands"),
        ("her Open Door caseworker rang me", "Open Door"),
        ("We swam at the Maple Grove pool on Sunday.", "Maple Grove"),
    ],
)
def test_ordinary_words_after_a_cue_name_a_body(text: str, gone: str) -> None:
    out = redact(text)
    assert gone not in out
    assert "[org]" in out or "[place]" in out or "[name]" in out


@pytest.mark.parametrize(
    "text",
    [
        "She was referred to Mental Health Services by her doctor.",
        "The Youth Services team called back.",
        "He trained with Motivational Interviewing in mind.",
        "Her team New Zealand shirt is her favourite.",
        "He plays for Manchester United in his dreams.",
        "We swam at the Leisure Centre pool on Sunday.",
        "The Mental Health team said it would call.",
        "They were supported by Solution Focused Brief Therapy sessions.",
        "She was a member of Narcotics Anonymous for a year.",
    ],
)
def test_known_things_after_a_cue_stay(text: str) -> None:
    assert redact(text) == text


def test_a_title_after_a_cue_is_left_to_the_name_rules() -> None:
    assert redact("She was referred by Dr Green on Monday.") == (
        "She was referred by Dr [name] on Monday."
    )


_CUES = [
    "She was referred by",
    "He is a member of",
    "She trains with",
    "Her team",
    "He was discharged from",
]
_WORDS = ["Quiet", "Meadow", "Lantern", "Path", "Silver", "Arrows", "Kind", "Hands", "Cedar"]


@settings(max_examples=60, deadline=None)
@given(
    cue=st.sampled_from(_CUES),
    words=st.lists(st.sampled_from(_WORDS), min_size=2, max_size=3, unique=True),
)
def test_a_cued_run_of_ordinary_words_never_survives(cue: str, words: list[str]) -> None:
    body = " ".join(words)
    out = redact(f"{cue} {body} since the spring.")
    assert body not in out
    assert out == redact(out)  # idempotent
