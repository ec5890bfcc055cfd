"""Round seven of identifier-free texts: words of other languages written with a capital
(dishes, drinks, festivals and rites, places of worship, clothing, music, games, kinship
words used generically) are kept, and names, places and organisations beside them, or in
the same positions with a person or place reading, still go."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    "text",
    [
        "After the session she cooked Matooke with groundnut sauce and ate with her sisters.",
        "He wore a Kanzu to the wedding and nobody teased him.",
        "We talked about Kalindula songs and how they lift his mood.",
        "His Jjajja sat with him through the whole evening.",
        "She bakes Melomakarona in December and the kitchen gets loud and happy.",
        "The Perahera was the first crowd he stood in without shaking.",
        "They play Omweso on Saturdays and the arguments stop.",
        "She sews Chitenge skirts for her nieces when she cannot sleep.",
        "The Wee Free kirk was quiet and she sat near the back.",
        "He said it was nae bother and went to the next question.",
        "Her Bubbe lights the candles and the flat goes calm.",
        "He made Kottu for the family and his brother washed up.",
        "Lu pulu with taro after church is the best part of Sunday.",
        "The Mikvah visit before the wedding felt like a fresh start.",
        "Klezmer at the wedding got him dancing for the first time in years.",
        "She sipped Ateetee tea while her aunt told stories.",
        '"My Kojja drives us to school," she wrote, and drew a little car.',
    ],
)
def test_words_of_a_culture_stay(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Mr Matooke came to the clinic on Tuesday.", "Matooke"),
        ("She moved from Kalindula to the city last spring.", "Kalindula"),
        ("We agreed I'd call her Tam from now on.", "Tam"),
        ("Bekele cooked Shiro for his mother.", "Bekele"),
        ("He cooked Nshima for Chileshe and her twins.", "Chileshe"),
        ("Her Jjajja lives in Wakiso and visits on Sundays.", "Wakiso"),
        ("She wore a Gomesi to Nakato's wedding in Mukono.", "Mukono"),
        ("The Kovil trip with Tharindu was calm.", "Tharindu"),
        ("Yonatan said the Shul felt safe again.", "Yonatan"),
        ("Mrs Kumu called to cancel.", "Kumu"),
        ("My Bekele said he would come back next week.", "Bekele"),
        ("Then her Tamirat came in and sat down.", "Tamirat"),
    ],
)
def test_people_and_places_beside_them_still_go(text: str, gone: str) -> None:
    assert gone not in redact(text)
