"""A former employer written with "ex-" before a word of work ("ex-Intel engineer") goes as
an organisation; a branch of service, a faith or an "ex-" with no job after it stays."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from tests.privacy.redaction_cases import group


@pytest.mark.parametrize(
    ("text", "word"),
    [
        *group(
            "employer-goes",
            [
                ("Ex-Weyerhaeuser logger, bad back, sober two years.", "Weyerhaeuser"),
                ("Her ex-Nordstrom coworkers took her to lunch.", "Nordstrom"),
                ("An ex-Kaiser nurse, she knows the system too well.", "Kaiser"),
            ],
        ),
    ],
)
def test_a_former_employer_goes(text: str, word: str) -> None:
    out = redact(text)
    assert word not in out, out
    assert redact(out) == out


@pytest.mark.parametrize(
    "text",
    [
        *group(
            "ex-kept",
            [
                "Ex-Navy mechanic, he fixes everyone's trucks for free.",
                "She is ex-Catholic and still lights candles at Christmas.",
                "An ex-Marine, he runs every morning before work.",
            ],
        ),
    ],
)
def test_service_and_faith_after_ex_are_kept(text: str) -> None:
    out = redact(text)
    assert out == text, out
