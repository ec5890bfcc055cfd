"""A name right after "real name", "legal name" and the like is a name even in lower case and
in no list ("goldie (real name harjot)"); an everyday word after the phrase stays."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from bot.privacy._lexicon import lexicon
from bot.privacy._proper_nouns import _tokens
from bot.privacy._real_name_labels import may_hold, real_name_labels


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("goldie (real name harjot) came in alone today", "harjot"),
        ("he goes by jojo, legal name oluwaseun, and hates it", "oluwaseun"),
        ("Actual name: tavita, but the family say tavi", "tavita"),
        ("file note; birth name kemal aydin on the old file", "kemal"),
    ],
)
def test_the_name_after_the_phrase_goes(text: str, name: str) -> None:
    out = redact(text)
    assert name not in out, out
    assert "[name]" in out, out


@pytest.mark.parametrize(
    "text",
    [
        "full name needed for the form",
        "real name unknown to the worker",
        "she wants her full name on the certificate",
    ],
)
def test_an_everyday_word_after_the_phrase_stays(text: str) -> None:
    assert redact(text) == text


def test_two_name_words_at_most() -> None:
    text = "(real name harjot singh dhillon)"
    found = real_name_labels(text, _tokens(text, lexicon()), lexicon())
    assert found == [(11, 23, "name")]


def test_the_gate_needs_the_word_name() -> None:
    assert may_hold(["real", "name", "harjot"])
    assert not may_hold(["real", "names"])


def test_the_phrase_in_running_prose_is_left_alone() -> None:
    text = "she started using her real name kemal at school"
    assert real_name_labels(text, _tokens(text, lexicon()), lexicon()) == []
