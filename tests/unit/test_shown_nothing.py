"""Stored text that shows nothing (zero-width, joiners, bidi, BOM, whitespace, combining marks
alone, the replacement character) reads as no answer wherever it would stand under a label."""

from __future__ import annotations

import pytest

from bot.conversation.blank import shown_or_none
from bot.conversation.roles import ScriptKind
from bot.conversation.script import NO_ANSWER, answer_as_read, get_script
from bot.export import readable
from bot.notes.wording import tidy
from bot.summary.highlights import candidate, final_excerpt

SHOWING_NOTHING = [
    "",
    "\u200b",
    "\u200d\u200c\u200d",
    " \t\n  \n ",
    "\u0301\u0308\u20dd",
    "\ufeff",
    "\u202e\u2066\u2069\u202c",
    "\ufffd",
    "\u3164\u2800",
]
each = pytest.mark.parametrize("text", SHOWING_NOTHING)
SAYING = next(q for q in get_script(ScriptKind.SPARKLE).questions() if q.id == "saying")


@each
def test_an_answer_showing_nothing_reads_as_a_dash(text: str) -> None:
    assert answer_as_read(SAYING, text) == NO_ANSWER
    assert answer_as_read(SAYING, "e\u0301t\u00e9") == "e\u0301t\u00e9"  # marks on letters stay


@each
def test_the_export_keeps_it_after_a_dash(text: str) -> None:
    assert readable(text) == NO_ANSWER + text
    assert readable("Calm.") == "Calm."


@each
def test_it_is_no_key_question_no_note_text_and_no_highlight(text: str) -> None:
    assert shown_or_none(text) is None
    assert tidy(text) == ""
    assert candidate(text * 20, 1) is None
    assert final_excerpt(text * 20, lambda t: t) is None


def test_text_that_shows_something_is_kept() -> None:
    assert shown_or_none(" What else? ") == " What else? "
    assert shown_or_none(None) is None
    assert tidy("Calm\u0301 and slow") == "Calm\u0301 and slow"
    assert candidate("The client smiled twice today.") is not None
