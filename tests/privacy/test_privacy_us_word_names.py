"""Everyday words that US and Canadian families give as names ("Legend", "Honesty", "Blue",
"Major"), pet names ("Boo") and "Lil" nicknames go when the word does a person's thing;
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
        ("she said Lil Man has been sleeping in her bed again", "Lil Man"),
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
        "Big Mama always said keep your head up, he told me.",
        "little things help: the walk, the dog",
        "the sky's the limit, he says, now that he has his license",
        "a major's pension would change things for the family",
    ],
)
def test_same_words_used_as_words_are_kept(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "his brother drives an old Chevy truck and gives him rides to group",
        "her ex left her the Lexus but she can't afford the insurance",
        "he lost his Mercedes in the divorce and still brings it up",
        "Mercedes-Benz dealership job fell through, he's looking at warehouse work",
        "got a used Kia from his uncle, first car she ever owned",
    ],
)
def test_car_makes_spoken_of_as_cars_are_kept(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Lexus showed up 20 min late but stayed the whole hour", "Lexus"),
        ("her daughter Mercedes started kindergarten", "Mercedes"),
        ("I asked Chevy what a 7 would look like", "Chevy"),
    ],
)
def test_car_make_names_of_people_are_removed(text: str, gone: str) -> None:
    assert gone not in redact(text)


def test_the_miracle_of_the_miracle_question_is_no_given_name() -> None:
    """Members name the technique in nearly every note; found by the property that safe
    words in any order come back unchanged ("She slept. Miracle prayed.")."""
    for text in ("She slept. Miracle prayed again.", "MIRACLE PRAYED LENT.", "Miracle went well."):
        assert redact(text) == text
