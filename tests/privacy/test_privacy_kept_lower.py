"""The preview's kept words include lower-case words in no list, where most missed names hide."""

from __future__ import annotations

from bot.privacy import kept_words
from bot.privacy._kept import kept_words_in


def test_lower_case_words_in_no_list_are_listed_in_order() -> None:
    # already-redacted text: what the preview shows
    text = "she went to the wharekai at ohinemutu with her nan, then [name] drove her home"
    assert kept_words_in(text) == ["wharekai", "ohinemutu"]


def test_everyday_words_function_words_and_short_words_are_not_listed() -> None:
    text = "que bueno, she said her mum and dad were ok and im so glad lol"
    assert kept_words_in(text) == []


def test_words_with_digits_or_marks_are_not_listed_and_each_word_once() -> None:
    text = "zorvath said hi, b4 class; zorvath again, in room 3b"
    assert kept_words_in(text) == ["zorvath"]


def test_capitalised_and_lower_case_words_share_one_list() -> None:
    text = "After Fajr she texted quillon about the Duolingo streak."
    assert kept_words_in(text) == ["Fajr", "quillon", "Duolingo"]


def test_kept_words_reads_what_redact_keeps() -> None:
    # whatever redact removes never reaches the list; what it keeps and is unlisted does
    text = "Maria Gonzalez met zorvath at the library on Monday."
    listed = kept_words(text)
    assert "Maria" not in listed and "Gonzalez" not in listed
    assert "Monday" in listed
