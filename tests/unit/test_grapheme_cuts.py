"""Cuts to Discord's limits never split a grapheme (what shows as one letter or emoji)."""

from __future__ import annotations

from itertools import accumulate

import regex
from hypothesis import given
from hypothesis import strategies as st

from bot.limits import ELLIPSIS, clip, clip_words, head
from bot.summary.highlights import excerpt
from bot.textsplit import split_message

_GRAPHEME = regex.compile(r"\X")
PIECES = [
    "a",
    " ",
    "e\u0301",  # e and a combining accent
    "\U0001f44d\U0001f3fd",  # thumbs up, medium skin tone
    "\U0001f468\u200d\U0001f469\u200d\U0001f467",  # a family joined by zero-width joiners
    "\U0001f1eb\U0001f1f7",  # a flag: two regional indicators
    "\u0915\u094d\u0937",  # Devanagari conjunct
    "\u2764\ufe0f",  # heart with its emoji presentation selector
]


def graphemes(text: str) -> list[str]:
    return _GRAPHEME.findall(text)


def test_head_backs_off_to_the_start_of_a_grapheme_standing_across_the_cut() -> None:
    family = PIECES[4]
    assert head("ab" + family + "c", 4) == "ab"
    assert head("ab" + family + "c", 7) == "ab" + family
    assert head("cafe\u0301", 4) == "caf"
    assert head("short", 10) == "short"
    assert head("\U0001f1eb\U0001f1f7\U0001f1e9\U0001f1ea", 3) == "\U0001f1eb\U0001f1f7"


def test_clip_and_excerpt_keep_whole_graphemes() -> None:
    assert clip("xx" + "e\u0301" + "yyyy", 4) == "xx…"
    assert clip_words("word " * 3 + PIECES[3] * 4, 18) == "word word word…"
    assert excerpt("x" * 10 + PIECES[4] + "y" * 10, 13) == "x" * 10 + ELLIPSIS


@given(st.lists(st.sampled_from(PIECES), max_size=60), st.integers(min_value=1, max_value=80))
def test_a_cut_is_whole_graphemes_within_the_limit(pieces: list[str], limit: int) -> None:
    text = "".join(pieces)
    boundaries = {0, *accumulate(len(g) for g in graphemes(text))}
    for cut in (clip(text, limit), clip_words(text, limit)):
        assert len(cut) <= limit
        kept = cut if cut == text else cut.removesuffix(ELLIPSIS)
        assert text.startswith(kept)
        assert len(kept) in boundaries  # ends where a grapheme of the text ends


def test_a_long_message_without_spaces_is_split_between_graphemes() -> None:
    family = PIECES[4]
    text = "x" * 8 + family * 3
    parts = split_message(text, 10)
    assert all(len(p) <= 10 for p in parts)
    assert [g for p in parts for g in graphemes(p)] == graphemes(text)  # none split
    assert parts[0] == "x" * 8  # the family standing across the first cut goes whole to the next
    assert split_message("e" + "\u0301" * 30, 10)  # one grapheme longer than a part: still split
