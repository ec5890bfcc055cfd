"""The preview's note on words the anonymizer kept as ordinary words."""

from __future__ import annotations

from bot.conversation.script import get_script
from bot.share import KEPT_WORDS_MAX, kept_in_share, kept_words_note


def test_no_words_no_note() -> None:
    assert kept_words_note([]) == ""


def test_words_are_listed_in_order() -> None:
    note = kept_words_note(["Duolingo", "Fajr", "Nana"])
    assert note.startswith("Kept as ordinary words: Duolingo, Fajr, Nana.")


def test_a_long_list_is_cut_with_a_count_of_the_rest() -> None:
    words = [f"Word{i:03d}" for i in range(300)]
    note = kept_words_note(words)
    listed = note.split(": ", 1)[1].split(" and ")[0].split(", ")
    assert sum(len(w) + 2 for w in listed) <= KEPT_WORDS_MAX
    assert f" and {300 - len(listed)} more." in note


def test_a_single_overlong_word_gives_no_note() -> None:
    assert kept_words_note(["x" * (KEPT_WORDS_MAX + 1)]) == ""


def test_only_shared_answers_are_read_and_each_word_once() -> None:
    script = get_script("sparkle")
    answers = {
        "moment": "She used Duolingo after Fajr.",
        "doing": "Duolingo again, with her Nana.",
        "private_note": "Zoom",  # not a shared question
    }
    assert kept_in_share(script, answers) == ["Duolingo", "Fajr", "Nana"]
