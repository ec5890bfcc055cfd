"""Rating scales named after their author or university ("the Beck inventory", "the
Edinburgh scale") keep the name; a capitalised word before a noun that says whose or about
whom ("the Novak assessment") or with no article before it is still a name."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    "text",
    [
        "We repeated the Edinburgh scale at the six-week visit and it had dropped.",
        "Her Kessler questionnaire came back lower than in March.",
        "The Hamilton score fell by a third after the change of dose.",
        "I skipped the Beck inventory and drew the week on paper instead.",
    ],
)
def test_instrument_names_stay(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("We finished the Novak assessment before lunch.", "Novak"),  # whose assessment
        ("Dragana screened negative on the Columbia screen.", "Dragana"),  # a person beside
        ("Told Milenko scale back the gaming on school nights.", "Milenko"),  # no article
    ],
)
def test_names_before_other_words_still_go(text: str, gone: str) -> None:
    assert gone not in redact(text)


def test_redacting_twice_changes_nothing() -> None:
    text = "Branka filled in the Edinburgh scale; the Kessler checklist is next."
    once = redact(text)
    assert redact(once) == once
