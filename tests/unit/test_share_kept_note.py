"""The preview's note on words the anonymizer kept as ordinary words."""

from __future__ import annotations

import pytest

from bot import privacy
from bot.conversation.script import get_script
from bot.share import KEPT_WORDS_MAX, kept_in_share, kept_words_note, share_preview, share_text


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


def test_a_preview_anonymizes_each_answer_once_and_gives_what_the_two_parts_give(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    script = get_script("sparkle")
    answers = {
        "moment": "Reed used Duolingo after Fajr in Tauranga.",
        "doing": "I asked what her Nana would notice.",
    }
    expected = (share_text(script, answers), kept_in_share(script, answers))
    seen: list[str] = []
    real = privacy.redact

    def counted(text: str) -> str:
        seen.append(text)
        return real(text)

    monkeypatch.setattr(privacy, "redact", counted)
    assert share_preview(script, answers) == expected
    # each answer once, not once per part (the question labels are anonymized too)
    assert [seen.count(text) for text in answers.values()] == [1, 1]


def test_an_overlong_word_does_not_hide_the_words_after_it() -> None:
    note = kept_words_note(["x" * (KEPT_WORDS_MAX + 1), "Reed", "Heath"])
    assert note.startswith("Kept as ordinary words: Reed, Heath and 1 more.")
