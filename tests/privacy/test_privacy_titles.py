"""Titles, honorifics, nicknames and initials.

A capitalised title or kinship/role word before a name goes into the placeholder with it
("Coach Halloran" -> "[name]"); abbreviated titles with a full stop are never places;
titles typed in lower case in chat take the name after them; a nickname in brackets or
quotes after a name, or after "goes by", is a name; a lone initial that does what a
person does is a name. Everyday uses of the same words stay.
"""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize("title", ["Coach", "Aunty", "Uncle", "Pastor", "Tita", "Nana", "Nurse"])
@pytest.mark.parametrize("name", ["Dempsey", "Tuilagiva", "Marisol"])
def test_a_capitalised_title_goes_into_the_placeholder(title: str, name: str) -> None:
    out = redact(f"She said {title} {name} drove her to the clinic.")
    assert out == "She said [name] drove her to the clinic."


@pytest.mark.parametrize("title", ["Fr.", "Rev.", "Br.", "Sr.", "Dr.", "Prof.", "Mrs."])
@pytest.mark.parametrize("prep", ["from", "with", "to", "near"])
def test_an_abbreviated_title_is_never_a_place(title: str, prep: str) -> None:
    out = redact(f"We heard {prep} {title} Ciarán about the retreat.")
    assert "Ciarán" not in out
    assert "[place]" not in out
    assert out.endswith("about the retreat.")


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("mrs k just rang and said he slept", "mrs k"),
        ("aunty sela who drove us cant come tmrw", "aunty sela"),
        ("talked to coach riley about trainings", "coach riley"),
        ("ok so mr t said no", "mr t"),
        ("uncle joe is picking her up today", "uncle joe"),
    ],
)
def test_a_lower_case_title_takes_the_name_after_it(text: str, gone: str) -> None:
    out = redact(text)
    assert gone not in out
    assert "[name]" in out


@pytest.mark.parametrize(
    ("text", "nick"),
    [
        ('Her brother Samuel ("Sammo") is coming home.', "Sammo"),
        ("Client Sean (Seanie) missed the bus.", "Seanie"),
        ('Dolores "Lolo" Castañeda came with her daughter.', "Lolo"),
        ("Her cousin goes by Bubs at school.", "Bubs"),
        ("She is known as Tonka at the gym.", "Tonka"),
        ("Her little sister, who they call Pip, started kindy.", "Pip"),
    ],
)
def test_a_nickname_is_a_name(text: str, nick: str) -> None:
    assert nick not in redact(text)


@pytest.mark.parametrize(
    "text", ["J. texted to say she was late.", "Her friend R. came too.", "Then K. said no."]
)
def test_a_lone_initial_used_as_a_person_is_a_name(text: str) -> None:
    out = redact(text)
    assert "[name]" in out


@pytest.mark.parametrize(
    "text",
    [
        "Her aunt said the coach was tough but fair.",
        "Mother Nature has been kind to the garden.",
        "Father Christmas came early this year.",
        "Nurse Practitioner review is booked.",
        "Principal Component Analysis came up in her course.",
        "she ate sushi and felt better",
        "fr tho that was a good session",
        "i miss you lots",
        "her uncle will drive her",
        "the coach bus was late again",
        "dr appt tmrw at 10",
        "Plan B. was fine in the end.",
        "Vitamin D. helped a bit.",
        "The notes (Client) said more.",
        "Coach said the team did well.",
        "Sister and brother both attended.",
    ],
)
def test_everyday_uses_of_title_words_are_kept(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Her nickname is Bubbles and she hates it.", "Bubbles"),
        ("Her name is Hope and she is twelve.", "Hope"),
        ("We agreed I'd call her B instead.", " B "),
        ("Big Mike at the gym keeps her going.", "Big"),
        ("Little Tommy drew the family at dinner.", "Little"),
    ],
)
def test_names_given_by_nickname_words_are_removed(text: str, gone: str) -> None:
    out = redact(text)
    assert gone not in out
    assert "[name]" in out


@pytest.mark.parametrize(
    ("text", "kin", "name"),
    [
        ("She spoke to her aunt Mere today.", "aunt", "Mere"),  # lower case
        ("He misses his lolo Fidel a lot.", "lolo", "Fidel"),
        ("Her gogo Nomsa looks after the baby.", "gogo", "Nomsa"),
    ],
)
def test_relation_words_before_a_name_stay(text: str, kin: str, name: str) -> None:
    out = redact(text)
    assert kin in out
    assert name not in out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gogo Nomsa looks after the baby.", "[name] looks after the baby."),
        ("He misses Lolo Fidel a lot.", "He misses [name] a lot."),
        ("Nan Bee sent a card for her birthday.", "[name] sent a card for her birthday."),
        ("Koro Hemi came to the hui.", "[name] came to the hui."),
        # after a possessive too: capitalised, the word is written as part of the name
        ("Her Aunty Bright picked her up.", "Her [name] picked her up."),
        ("Her Gogo Nomsa looks after the baby.", "Her [name] looks after the baby."),
        ("He misses his Lolo Fidel a lot.", "He misses his [name] a lot."),
    ],
)
def test_a_grandparent_word_used_as_a_title_goes_with_the_name(text: str, expected: str) -> None:
    """Written as part of the name, it is counted as part of it, like "Aunty" or "Coach"."""
    assert redact(text) == expected
