"""Organisations named for the people they serve, countries whose names hold joining words,
and the mark of a number: each removed or kept as a reader would expect."""

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "She was referred by Korean American Family Services last week.",
            "She was referred by [org] last week.",
        ),
        ("He volunteers at the Somali Family Wellness Collective.", "He volunteers at the [org]."),
        ("Referred by Bosnian Chamber of Commerce.", "Referred by [org]."),
        ("She called the Ghanaian Association of Leeds.", "She called the [org]."),
        ("Jewish Family Services called her.", "[org] called her."),
        ("She sings at the Tongan Methodist Church.", "She sings at the [org]."),
    ],
)
def test_bodies_named_for_a_people_are_removed(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a kind, a national service or a people named in general
        "She goes to the Catholic Church again.",
        "He prays at a Samoan Church on Sundays.",
        "The Scottish Ambulance Service came quickly.",
        "She loves Korean Dramas and Somali tea.",
        "Catholic Charities paid the rent.",
        # countries whose names hold a joining word, an accent or a hyphen
        "She grew up in Côte d'Ivoire and Bosnia and Herzegovina.",
        "His father is from Timor-Leste, his mother from Trinidad and Tobago.",
        "They moved from São Tomé and Príncipe to Curaçao.",
        # the mark of a number
        "She lives at No. 5 now, the house with the red door.",
        "Item Nr. 7 on the plan is sleep.",
    ],
)
def test_kinds_countries_and_numbers_are_kept(text: str) -> None:
    assert redact(text) == text


def test_a_name_after_a_number_mark_in_chat_is_removed() -> None:
    assert redact("new flat at No.  lil j said it was ok") == (
        "new flat at [org].  [name] said it was ok"
    )
