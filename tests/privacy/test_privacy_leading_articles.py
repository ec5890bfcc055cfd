"""A lower-case Romance article before a name stays; the name after it still goes."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from bot.privacy._leading_articles import without_leading_articles


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("the session went well, la Maricarmen said she slept", "Maricarmen"),
        ("el Tonho (that's what they call him) came in smiling", "Tonho"),
        ("kkk o Zé falou que tava bem", "Zé"),
        ("oggi è venuto il Beppe con la moglie", "Beppe"),
    ],
)
def test_article_stays_and_name_goes(text: str, name: str) -> None:
    out = redact(text)
    assert name not in out
    article = text.split(name)[0].split()[-1]
    assert f"{article} [name]" in out


def test_candidate_starts_at_the_capital() -> None:
    text = "we met el Chino today"
    start = text.index("el Chino")
    assert without_leading_articles(text, [(start, start + 8, "name")]) == [
        (start + 3, start + 8, "name")
    ]


@pytest.mark.parametrize(
    "text",
    ["La Paz is far", "she said El Paso", "then los angeles", "at dela Cruz"],
)
def test_other_starts_are_left_alone(text: str) -> None:
    cand = [(0, len(text), "place")]
    assert without_leading_articles(text, cand) == cand
