"""Invisible characters and combining accents inside a name: read as the text shows."""

from __future__ import annotations

import pytest

from bot.privacy import find, redact
from bot.privacy._hidden import on_screen, readable


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("Ma\u200bria", "Maria"),  # zero-width space
        ("Ma\u00adria", "Maria"),  # soft hyphen
        ("Ma\u2060ria\ufeff", "Maria"),  # word joiner, BOM
        ("Ma\u200dria Lo\u200cpez", "Maria Lopez"),  # joiners inside Latin words
        ("Ma\u200eria", "Maria"),  # a direction mark inside a Latin word
        ("Mari\u0301a", "María"),  # a combining accent
        (
            "\U0001f468\u200d\U0001f469\u200d\U0001f467",
            "\U0001f468\u200d\U0001f469\u200d\U0001f467",
        ),
        (
            "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645",
            "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645",
        ),
        ("\u05e9\u05dc\u05d5\u05dd\u200f.", "\u05e9\u05dc\u05d5\u05dd\u200f."),  # RLM beside Hebrew
        ("\u202eMaria\u202c", "Maria"),  # between a Latin word and the text's edge
        ("her bf \u200eprince took", "her bf prince took"),  # between a word and a space
        ("\u05e9 \u200f\u05d0 Maria", "\u05e9 \u200f\u05d0 Maria"),  # beside Hebrew: kept
        ("\u0958", "\u0958"),  # NFC would lengthen it: left as it is
        ("plain ascii", "plain ascii"),
        ("Ma\u034fria", "Maria"),  # the combining grapheme joiner
        ("Ma\ufe0fria Lo\ufe00pez", "Maria Lopez"),  # variation selectors
        ("Ma\U000e0041ria", "Maria"),  # a tag character
        ("Ma\u17b4ria Lo\U0001d173pez\u2065", "Maria Lopez"),  # Khmer, musical, unassigned
        ("555\u034f-123 4567", "555-123 4567"),
        ("\u2764\ufe0f 1\ufe0f\u20e3", "\u2764\ufe0f 1\ufe0f\u20e3"),  # emoji keep theirs
        (
            "\U0001f3f4\U000e0067\U000e0062\U000e007f ok",
            "\U0001f3f4\U000e0067\U000e0062\U000e007f ok",
        ),  # a flag's tags
        ("555\u200e-123 4567", "555-123 4567"),  # a direction mark inside a number
        ("+44\u200f 20 7946", "+44 20 7946"),
        ("\u05d8\u05dc\u05f3 \u200f052", "\u05d8\u05dc\u05f3 052"),  # before its digits
        ("\u05e9\u05dc\u05d5\u05dd \u200f\u05d0", "\u05e9\u05dc\u05d5\u05dd \u200f\u05d0"),
    ],
)
def test_readable_takes_out_only_what_shows_nothing(typed: str, shown: str) -> None:
    assert readable(typed) == shown
    assert readable(shown) == shown
    text, where = on_screen(typed)
    assert text == shown and len(where) == len(text) <= len(typed)


def test_a_split_name_is_found_as_the_stretch_typed_and_replaced() -> None:
    typed = "I saw Ma\u200bria Lo\u0301pez on 555\u200b-123-4567."
    spans = find(typed)
    assert [(s.kind, s.text) for s in spans] == [
        ("name", "Ma\u200bria Lo\u0301pez"),
        ("phone", "555\u200b-123-4567"),
    ]
    assert all(typed[s.start : s.end] == s.text for s in spans)
    once = redact(typed)
    assert once == "I saw [name] on [phone]." and redact(once) == once


def test_a_phone_split_by_a_direction_mark_is_removed() -> None:
    typed = "her cell is 555\u200e-123-4567, call after 5"
    assert redact(typed) == "her cell is [phone], call after 5"


@pytest.mark.parametrize(
    "typed",
    ["e\u0301\u200d\u00e9", "Jose\u0301\u200dLopez came", "Rene\u0301e\u200c went home"],
)
def test_an_accent_typed_as_a_mark_before_a_joiner_redacts_the_same_twice(typed: str) -> None:
    once = redact(typed)
    assert redact(once) == once


@pytest.mark.parametrize(
    ("typed", "name"),
    [
        ("her bf \u200eprince took her out on friday", "prince"),
        ("she lives \u202ekotokuraba\u202c now with her aunt", "kotokuraba"),
        ("her son \u200flucky\u200f is doing better", "lucky"),
    ],
)
def test_a_direction_mark_at_a_words_edge_hides_no_name(typed: str, name: str) -> None:
    out = redact(typed)
    assert name not in out, out
    assert redact(out) == out
