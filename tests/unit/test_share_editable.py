"""A share's text as its Edit form shows it (her words as typed, the labels plain), and an
edit shown again under the bot's labels: a round trip changes nothing."""

from __future__ import annotations

import pytest

from bot.inert import as_typed, own_markdown_closed
from bot.share import editable, shown_again


def _shown(*answers: str) -> str:
    labels = ("What happened in that *moment*?", "How could you tell?")
    return "\n\n".join(
        f"**{as_typed(label)}**\n{own_markdown_closed(answer)}"
        for label, answer in zip(labels, answers, strict=True)
    )


ANSWERS = [
    ("It went **well", "They leaned in."),
    ("It went ```well", "2*3 and `x"),
    ("It **went** well", "Before\n**Important**\nthen more"),  # her bold line: not a label
    ("Line one\n\nline three", "||open"),
]


@pytest.mark.parametrize("answers", ANSWERS)
def test_the_form_shows_her_words_as_typed_and_the_labels_plain(
    answers: tuple[str, str],
) -> None:
    shown = _shown(*answers)
    typed = editable(shown)
    assert typed == (
        f"What happened in that *moment*?\n{answers[0]}\n\nHow could you tell?\n{answers[1]}"
    )
    assert shown_again(typed, shown) == shown  # saved unchanged: the same text


def test_backslashes_she_typed_herself_are_kept() -> None:
    shown = _shown("C:\\Users and 5\\3", "c")  # no markdown escaped: her own
    assert editable(shown).endswith("\nC:\\Users and 5\\3\n\nHow could you tell?\nc")


def test_an_edit_keeps_the_labels_bold_and_closes_what_it_leaves_open() -> None:
    shown = _shown("It went well", "They leaned in.")
    edited = editable(shown).replace("went well", "went **very well")
    again = shown_again(edited, shown)
    assert again.startswith("**What happened in that \\*moment\\*?**\nIt went \\*\\*very well")
    assert "\n\n**How could you tell?**\nThey leaned in." in again


def test_a_text_without_labels_is_her_text() -> None:
    assert editable("Just \\*\\*mine") == "Just **mine"
    assert shown_again("Just **mine", "Just \\*\\*mine") == "Just \\*\\*mine"
