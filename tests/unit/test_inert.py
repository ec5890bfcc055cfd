"""Typed text shown inert: no markdown of the writer's applies, lists included."""

from __future__ import annotations

import pytest

from bot.hours.render import as_typed_within
from bot.inert import as_typed, typed_pieces

SHOWN = [
    ("**bold** and <@123> @everyone", r"\*\*bold\*\* and \<@123\> @everyone"),
    ("# heading", r"\# heading"),
    ("- first\n+ second", "\\- first\n\\+ second"),
    ("1. step one\n  12. step twelve", "1\\. step one\n  12\\. step twelve"),
    ("2024. A good year.", "2024\\. A good year."),  # Discord would number it
]
UNCHANGED = ["-5 degrees outside", "3.5 out of 10", "a - b", "in 2024. A good year", "well-being"]


@pytest.mark.parametrize(("typed", "shown"), SHOWN)
def test_markdown_and_list_markers_are_escaped(typed: str, shown: str) -> None:
    assert as_typed(typed) == shown


@pytest.mark.parametrize("typed", UNCHANGED)
def test_text_that_is_no_markdown_is_left_alone(typed: str) -> None:
    assert as_typed(typed) == typed


def test_a_cut_keeps_a_list_marker_escaped() -> None:
    typed = "- " + "word " * 40
    assert len(typed_pieces(typed)) == len(typed)
    cut = as_typed_within(typed, 30)
    assert cut.startswith("\\- word") and len(cut) <= 30
