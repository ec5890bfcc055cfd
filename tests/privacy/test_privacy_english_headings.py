"""English Title Case headings and label lists keep their everyday words; a person named in
one, a word that is also a given name, and a name after a title or relation still go."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from bot.privacy._english_headings import keep_english_headings, may_hold
from bot.privacy._lexicon import lexicon


@pytest.mark.parametrize(
    "text",
    [
        "Focus For Today: Anger At School, Fights With Brother, Lunch Hour Worries",
        "Next Step - Bake With Dad After Church On Saturday",
        "Tried: Journaling, Grounding, Cold Water, Long Walks",
        "What Helped\n- Taking A Breath Before Answering\n- Asking About Her Hopes For The Week",
        "Review: Evidence For, Evidence Against, Kinder Thought",
    ],
)
def test_headings_stay(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Summary Of Session With Brandon And His Mum", "Brandon"),
        ("Goal For Ifeoma: Fewer Late Nights, More Breakfasts", "Ifeoma"),
        ("Plan: Ring Mrs Baker About The Transport", "Baker"),
        ("Next Step - Walk With Coach Hunter After Training", "Hunter"),
        ("Present: Mum, Dad, Jordan Long, Nan", "Long"),
    ],
)
def test_a_person_in_a_heading_still_goes(text: str, name: str) -> None:
    assert name not in redact(text)


def test_a_word_that_is_also_a_given_name_is_judged_as_before() -> None:
    text = "Next Step - Bake With Rose On Saturday"
    start = text.index("Rose")
    cand = [(start, start + 4, "name")]
    assert keep_english_headings(text, cand, lexicon()) == cand


def test_a_sentence_is_no_heading() -> None:
    text = "We walked with Long after the session On Friday"
    start = text.index("Long")
    cand = [(start, start + 4, "name")]
    assert keep_english_headings(text, cand, lexicon()) == cand


def test_an_everyday_word_of_a_heading_is_dropped() -> None:
    text = "Next Step - Walk With Mum After Tea On Sundays"
    start = text.index("Tea")
    assert keep_english_headings(text, [(start, start + 3, "name")], lexicon()) == []


def test_the_gate() -> None:
    assert may_hold("Walk With Mum")
    assert may_hold("Evidence For, Evidence Against")
    assert not may_hold("walk with mum after tea")
