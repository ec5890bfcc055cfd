"""Family names of two everyday words after a given name ("Two Bulls", "Red Cloud") go whole
when the sentence goes on after them with what a person does; headings, greetings, bodies and
words standing again on their own elsewhere stay apart."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from tests.privacy.redaction_cases import assert_kept


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Yesterday Loretta Four Horns said the drum group helped her", ("Four", "Horns")),
        ("Her nephew Dustin Iron Cloud is 17 and plays ball", ("Iron", "Cloud")),
        ("Then Calvin Swift Hawk drove them to the powwow", ("Swift", "Hawk")),
        ("I asked Shirley Many Wounds what her kunsi would notice", ("Many", "Wounds")),
    ],
)
def test_a_two_word_family_name_goes_whole(text: str, words: tuple[str, ...]) -> None:
    out = redact(text)
    assert all(w not in out.split() for w in words), out
    assert redact(out) == out


@pytest.mark.parametrize(
    "text",
    [
        "we walked the dog at dawn and watched the crow on the fence",
        "Session Notes\nThe family came in and talked about the week",
        "the youth club meets on Fridays at the hall",
    ],
)
def test_everyday_words_stay(text: str) -> None:
    assert_kept(text)


def test_a_word_standing_again_on_its_own_stays_apart() -> None:
    out = redact("Dustin Iron Cloud is 17. Cloud cover was thick that day.")
    assert "Cloud cover" in out, out


def test_a_greeting_after_a_name_is_no_family_name() -> None:
    out = redact("Happy news: Loretta Happy Birthday!")
    assert "Birthday" in out, out
