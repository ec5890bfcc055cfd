"""The conversation engine: validation and page order, without Discord."""

from __future__ import annotations

import pytest

from bot.conversation import engine
from bot.conversation.script import get_script

SPARKLE = get_script("sparkle")
LAST = SPARKLE.pages[2]


@pytest.mark.parametrize(
    "typed",
    ["0", "7", "10", " 7 ", "7/10", "seven", "Ten", "７／１０", "７ ／ １０", "٧/١٠", "\u200b7"],
)
def test_scale_accepts_whole_numbers_from_0_to_10(typed: str) -> None:
    check = engine.check_page(LAST, {"frequency": typed, "next_step": "Pause more."})
    assert check.ok, check.problems


@pytest.mark.parametrize(
    "typed", ["11", "eleven", "-1", "6.5", "sometimes", "7 or 8", "－１", "⁷", "⑦", "１１"]
)
def test_scale_refuses_anything_else(typed: str) -> None:
    check = engine.check_page(LAST, {"frequency": typed, "next_step": "Pause more."})
    assert check.problems == {"frequency": "needs a whole number from 0 to 10"}
    assert check.answers["frequency"] == typed  # kept as typed


def test_required_answers_must_not_be_blank_but_optional_ones_may() -> None:
    check = engine.check_page(LAST, {"noticed": "", "frequency": "5", "next_step": " \n "})
    assert check.problems == {"next_step": "needs an answer"}


def test_too_long_answers_are_refused() -> None:
    check = engine.check_page(SPARKLE.pages[0], {"moment": "x" * 2001, "signs": "ok"})
    assert "2001 characters" in check.problems["moment"]


def test_missing_keys_become_empty_answers() -> None:
    check = engine.check_page(SPARKLE.pages[0], {})
    assert check.answers == {"moment": "", "signs": ""}
    assert set(check.problems) == {"moment", "signs"}


def test_problems_are_described_with_the_question_label() -> None:
    check = engine.check_page(LAST, {"frequency": "eleven", "next_step": "x"})
    assert engine.describe_problems(LAST, check.problems) == [
        "“How often does this happen now? (0-10)” needs a whole number from 0 to 10."
    ]


def test_page_order_and_progress() -> None:
    assert engine.page_count(SPARKLE) == 3
    assert not engine.is_last(SPARKLE, 1) and engine.is_last(SPARKLE, 2)
    assert engine.clamp_page(SPARKLE, 7) == 2 and engine.clamp_page(SPARKLE, -1) == 0
    assert engine.progress(SPARKLE, 1) == "Page 2 of 3"


@pytest.mark.parametrize(
    "typed",
    [
        "",
        " \n\t",
        "\u200b",
        "\u200b\u200c\u200d\u2060\ufeff",
        "\u202e\u2066\u2069",
        "\u3164",
        "\x00",
        "\u0301\u0308",  # combining marks with no letter to sit on
        "\u20dd \u034f",
        "\ud83d",  # a lone surrogate
        "\ufffd",  # what one is read as
    ],
)
def test_invisible_or_format_only_text_is_blank(typed: str) -> None:
    assert engine.is_blank(typed)
    check = engine.check_page(SPARKLE.pages[0], {"moment": typed, "signs": "Calm."})
    assert check.problems == {"moment": "needs an answer"}


@pytest.mark.parametrize(
    "typed", ["a", "\u200bx", "🙂", "\u202eabc", ".", "e\u0301", "\u0915\u093f", "1\ufe0f\u20e3"]
)
def test_anything_visible_is_not_blank(typed: str) -> None:
    assert not engine.is_blank(typed)


def test_over_limit_names_each_question_beyond_its_limit() -> None:
    page = SPARKLE.pages[0]
    limits = {q.id: q.max_length for q in page.questions}
    raw = {"moment": "x" * limits["moment"], "signs": "y" * (limits["signs"] + 1)}
    assert [q.id for q in engine.over_limit(page, raw)] == ["signs"]
    assert engine.over_limit(page, {"moment": "x" * 50_000}) == [SPARKLE.question("moment")]
