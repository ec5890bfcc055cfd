"""A name found once is removed wherever it is repeated in the same text, in either case and
with a possessive; a repeat that is plainly the everyday word stays."""

from __future__ import annotations

import re

import pytest

from bot.privacy import redact


def _count(word: str, out: str) -> int:
    return len(re.findall(rf"\b{re.escape(word)}\b", out, flags=re.IGNORECASE))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("my client faith said she was tired. faith later told me she slept badly", "faith"),
        ("her son ray said no to the plan. ray was upset all evening", "ray"),
        ("Kalani came in late. then kalani's mum rang to say sorry", "kalani"),
        ("my client grace came in late. Grace was angry about the bus", "grace"),
        ("Grace was quiet at first. then grace admitted she'd skipped meds", "grace"),
        ("her daughter sunny waved at me. sunny's teacher rang after", "sunny"),
        ("our client destiny said she'd try. destiny kept the diary all week", "destiny"),
    ],
)
def test_repeat_of_a_found_name_goes_too(text: str, word: str) -> None:
    out = redact(text)
    assert _count(word, out) == 0, out


@pytest.mark.parametrize(
    ("text", "word", "kept"),
    [
        ("my client hope said she was tired. i hope she sleeps tonight", "hope", 1),
        ("her daughter sunny laughed. it was a sunny day at the beach", "sunny", 1),
        ("her son ray said no. we saw a ray of light in him", "ray", 1),
        ("Grace said she'd had enough. by god's grace it passed", "grace", 1),
        ("my client hope said hi. hope you are well, she wrote", "hope", 1),
        ("her son will said no. he will try again next week", "will", 1),
    ],
)
def test_plainly_ordinary_repeat_stays(text: str, word: str, kept: int) -> None:
    out = redact(text)
    assert _count(word, out) == kept, out


def test_text_without_a_found_name_keeps_the_words() -> None:
    text = "i hope the rain stops. hope is a good thing, and grace under pressure matters"
    assert redact(text) == text


def test_idempotent_after_repeats() -> None:
    text = "my client joy said she was tired. joy later rang back. Joy's mum came too"
    once = redact(text)
    assert redact(once) == once
