"""Everyday words that US and Canadian families give as names ("Legend", "Honesty", "Blue",
"Major"), pet names ("Boo") and "Lil"/"Big" nicknames go when the word does a person's thing;
the same words stay where their grammar makes them words."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        # a verb said of people right after the word, with no article before it
        ("Essence stated she wants to try the night class", "Essence"),
        ("Heaven denies any thoughts of hurting herself.", "Heaven"),
        ("Blue refused to get out of the car so we talked through the window", "Blue"),
        ("Prince finally texted back after three days", "Prince"),
        # owned relative or record
        ("Legend's grandmother is raising him and his two sisters", "Legend"),
        ("left a message for Major's probation officer", "Major"),
        # an age or a relation set off after the word
        ("Honesty, 16, was referred by the school nurse", "Honesty"),
        ("Boo (pt's sister) sat in for the last part", "Boo"),
        # told or met, capitalised; met with, in lower case
        ("I told Journey she could call the line any time", "Journey"),
        ("talked w/ peanut about what helps at bedtime", "peanut"),
        # a title's surname, whatever else the word means
        ("Sgt. Black says the group is the only place he talks", "Black"),
        # nicknames
        ("Lil Dre came by the center looking for his brother", "Lil Dre"),
        ("Big Mama called twice this morning", "Big Mama"),
        # capitals line
        ("LEGEND SAID HE IS DONE WITH THOSE GUYS", "LEGEND"),
    ],
)
def test_word_name_doing_a_persons_thing_is_removed(text: str, gone: str) -> None:
    out = redact(text)
    assert gone not in out
    assert "[name]" in out
    assert redact(out) == out


@pytest.mark.parametrize(
    "text",
    [
        "Legend has it the old counselor kept candy in every drawer.",
        "Major stress at home this week, dad lost his job.",
        "Heaven knows she has tried everything.",
        "Honesty is a big value for him.",
        "the storm said nothing good about the roof, she joked",
        "Winter is the hardest stretch for her.",
        "his royal blue hoodie from the powwow",
        "the journey to the clinic is two buses each way",
        "King-size bed reminds her of him, she sleeps on the couch",
        "a legend in his unit, his buddy says",
        "Blue skies today, literally and figuratively.",
        "Big changes at home since the move.",
        "little things help: the walk, the dog",
        "the sky's the limit, he says, now that he has his license",
        "a major's pension would change things for the family",
    ],
)
def test_same_words_used_as_words_are_kept(text: str) -> None:
    assert redact(text) == text
