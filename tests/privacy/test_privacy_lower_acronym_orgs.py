"""Organisations named by a short acronym typed in lower case: before a word for what a body
holds ("the xqv choir", "bpu lectures") or after a cue of attendance ("at qkts lamoa", "from
wkfs otara east"). Known acronyms ("the cbt clinic", "at the icu"), short forms of words ("at
wk", "went to skl") and everyday words stay.
"""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("she sings in the xqv choir every friday", "xqv"),
        ("he has been skipping bpu lectures since june", "bpu"),
        ("the zkt students were kind to her", "zkt"),
        ("she does the dishes at the ptfm canteen", "ptfm"),
        ("what helped was drumming at qkts lamoa on sundays", "qkts lamoa"),
        ("uncle from wkfs otara east dropped her off", "wkfs otara east"),
        ("she was referred to kpmh by the nurse", "kpmh"),
        ("he joined bdsk last month and loves it", "bdsk"),
    ],
)
def test_lower_case_acronyms_naming_a_body_are_removed(text: str, gone: str) -> None:
    out = redact(text)
    assert gone not in out
    assert "[org]" in out
    assert redact(out) == out


@pytest.mark.parametrize(
    "text",
    [
        "she goes to the cbt clinic on mondays",
        "the icu staff were lovely to him",
        "he was at wk till late again",
        "she went to skl on time all week",
        "the gp clinic rang back",
        "we meet at the mtg on friday",
        "she sang in the school choir",
        "he has lectures all day tomorrow",
        "she said the clinic staff were rude",
        "from tmrw she walks to school",
        "we had tea at nans place",
    ],
)
def test_known_acronyms_short_forms_and_words_stay(text: str) -> None:
    assert redact(text) == text


def test_the_branch_after_the_letters_goes_with_them() -> None:
    assert redact("aunty from wkfs otara east came") == "aunty from [org] came"


def test_three_letters_after_the_are_read_as_a_short_word() -> None:
    assert redact("she was at the pkt tonight") == "she was at the pkt tonight"


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("the ebkt otara youth leader rang me", "ebkt otara"),
        ("she said wmc mangere was packed on sunday", "wmc mangere"),
    ],
)
def test_spelled_letters_before_a_lower_case_town_are_a_body(text: str, gone: str) -> None:
    out = redact(text)
    assert gone not in out
    assert redact(out) == out


@pytest.mark.parametrize(
    "text",
    [
        "dia blm mau datang ke sesi",  # Indonesian "belum", then a word that is also a town
        "she said nga bath was fine",  # a vowel past the first letter: a word of a language
        "we walked by the lake at dusk",
    ],
)
def test_short_forms_and_words_before_a_town_stay(text: str) -> None:
    assert redact(text) == text
