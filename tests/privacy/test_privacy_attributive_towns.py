"""Towns typed in lower case between "the" and the noun of a body or venue they name: "the
kalamazoo aquaplex", "the toowoomba fire brigade", "the saskatoon Y". The town goes; the kind
word stays. A town word before a small word, a verb or an everyday noun stays.
"""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("he volunteers with the toowoomba fire brigade now", "toowoomba"),
        ("we met at the saskatoon Y after school", "saskatoon"),
        ("she trains at the tamworth velodrome twice a week", "tamworth"),
    ],
)
def test_towns_naming_a_body_are_removed(text: str, gone: str) -> None:
    out = redact(text)
    assert gone not in out
    assert "[place]" in out or "[org]" in out
    assert redact(out) == out


@pytest.mark.parametrize(
    "text",
    [
        "she watched the derby on tv with her dad",
        "he said the derby with his cousins was loud",
        "the mestre noticed she was smiling again",
        "we sat by the colonia fence and talked",
        "they went to the gym and then the park",
    ],
)
def test_other_words_after_the_stay(text: str) -> None:
    assert redact(text) == text
