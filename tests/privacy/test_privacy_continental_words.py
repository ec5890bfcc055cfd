"""Words of continental Europe's languages in English notes: a German noun after an English
determiner, a kind of school, office or benefit named in general, a trade after "as" and
a feast after a word of time stay; the same words as a person's name (after a title,
before a verb only people do, listed beside a name) and single named institutions go."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    "text",
    [
        "Since the move he has his own Zimmer and does his homework there.",
        "The family waited a year for the new Wohnung and she cried when they got the keys.",
        "Her greatest Wunsch is to visit her grandmother once more.",
        "She gets on better with the Gruppe since the trip to the lake.",
        "The Pflegefamilie came to the school concert and she waved at them.",
        "He stayed six weeks in the Psychiatrie and now goes to school again.",
        "The Elterngeld ends in March and she is worried about the rent.",
        "She is in Elternzeit until the autumn and enjoys the mornings with the baby.",
        "After the Hauptschule he started an apprenticeship at a garage.",
        "He made an Ausbildung as Maler and paints flats for a small firm.",
        "Her mother worked as Schneiderin in a factory for twenty years.",
        "At Sankt Martin the children walked with lanterns and he sang loudly.",
        "On Nikolaus he put his boots at the door and found oranges in them.",
        "For Fasching she wore a cat costume and laughed the whole afternoon.",
        "The whole week before Sinterklaas he was excited.",
    ],
)
def test_continental_words_in_english_notes_stay(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Frau Zimmer from the school called about the trip.", "Zimmer"),  # a title
        ("Herr Koch told me the boy is calmer now.", "Koch"),  # a title
        ("Bauer said he would come again next week.", "Bauer"),  # a person's verb
        ("As Koch told me, the flat is too small.", "Koch"),  # "as", then a person's verb
        ("Sione and Wohngruppe went home early.", "Wohngruppe"),  # listed with a name
        ("We asked Tagesgruppe about the plan.", "Tagesgruppe"),  # asked: a person
        ("He had a good week at the Lindenschule.", "Lindenschule"),  # one school
        ("The Jugendamt Pankow asked for a report.", "Pankow"),  # which office
        ("She lives in Sankt Martin with her aunt.", "Sankt Martin"),  # a town
        ("Nikolaus came with his mother to the session.", "Nikolaus"),  # a person
        ("The Förderschule am Lindenhof has a new head teacher.", "Lindenhof"),  # named
    ],
)
def test_the_same_words_as_names_still_go(text: str, gone: str) -> None:
    assert gone not in redact(text)


def test_the_pass_is_idempotent() -> None:
    text = "Frau Keller said the Wohnung is too small and he works as Maler at Sankt Martin."
    once = redact(text)
    assert redact(once) == once
