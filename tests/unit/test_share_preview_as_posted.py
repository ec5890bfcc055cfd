"""A share's preview is what the door posts: the answers, each anonymized alone, are read
together once more before they are shown, as the door reads them, so that the door's pass
changes nothing and the first click posts."""

from __future__ import annotations

import pytest

from bot.conversation.script import get_script
from bot.limits import clip
from bot.share import SHARE_TEXT_MAX, as_posted, redacted_again, share_preview

SPARKLE = {
    "moment": "It went well.",
    "signs": "They leaned in.",
    "doing": "I slowed down.",
    "how": "Prepared.",
    "frequency": "6",
    "next_step": "Pause.",
}

# Hostile answers (from the fuzz tests' texts) holding a word the anonymizer keeps when it
# reads the answer alone and replaces when it reads the whole share; each answer, and what
# the whole reading makes of it.
READ_TOGETHER = [
    # (an answer whose first word read differently only because of the label above it now
    # reads as alone, tests/privacy/test_privacy_labelled_capitals.py: these still differ)
    ("how", "yfErG%[name]", "[name]%[name]"),
    ("saying", "PQ\u00cf\U000262a5C[name]", "[org][name]"),
    ("next_step", "LMR\U000262a5K%[name]", "[org]%[name]"),
    ("next_step", "j\u00ean\u00cfrI%[name]", "[name]%[name]"),
]


def door(text: str) -> str:
    """What the door (`cogs.sharing`) posts of a stored preview."""
    return clip(redacted_again(text), SHARE_TEXT_MAX)


@pytest.mark.parametrize(("question", "typed", "read"), READ_TOGETHER)
def test_the_preview_shows_what_the_whole_reading_finds(
    question: str, typed: str, read: str
) -> None:
    text, _kept = share_preview(get_script("sparkle"), SPARKLE | {question: typed})
    assert door(text) == text  # posted at the first click, exactly as shown
    assert read in text.split("\n")
    assert typed not in text


def test_a_preview_the_door_would_change_is_read_until_it_would_not() -> None:
    # a preview stored before it was read as a whole: the door shows it as it would post it,
    # and that text posts at the next click
    stored = "**How did you help it happen?**\nj\u00ean\u00cfrI%[name]"
    shown = as_posted(stored)
    assert shown == "**How did you help it happen?**\n[name]%[name]"
    assert door(shown) == shown


def test_a_preview_the_door_leaves_alone_is_shown_as_it_is() -> None:
    text, _kept = share_preview(get_script("sparkle"), SPARKLE)
    assert as_posted(text) == text == door(text)
    assert text.split("\n")[:2] == ["**What happened in that moment?**", "It went well."]
