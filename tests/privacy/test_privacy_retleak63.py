"""Classes that leaked on independent text: a capitalised name after a kinship word typed small
("her aunty Mere on", "kuya Bong got"); a second given name typed small ("Rhonda sue said");
a small-typed place at the other end of a move or a listed place of two words after a verb of
moving ("moved down to penal from Leeds", "drove up to black mountain"); national identity
numbers of Taiwan and Sri Lanka by their shape; a street corner with the numbered street first
("on 5th and Grand"); and a nickname given in brackets or between commas ("(nickname Bank)",
"(goes by D)"); a name set off before a relation by marriage ("Comfort, her mother-in-law,
came"). The same words in their everyday uses stay."""

from __future__ import annotations

import re

import pytest

from bot.privacy import redact
from tests.privacy.redaction_cases import group


@pytest.mark.parametrize(
    ("text", "word"),
    [
        *group(
            "kin-title-name-goes",
            [
                ("Updates go through her aunty Wiki on the landline.", "Wiki"),
                ("kuya Bong drove him to practice every day.", "Bong"),
                ("ate Bing rang on Sunday and they talked.", "Bing"),
                ("her tita Mere on the phone said he did well.", "Mere"),
            ],
        ),
        *group(
            "second-name-goes",
            [
                ("Rhonda sue said she slept six hours.", "sue"),
                ("tammy jo was calmer at the meeting.", "jo"),
                ("bobby ray said he hasnt used since june.", "ray"),
            ],
        ),
        *group(
            "move-end-goes",
            [
                ("He moved down to rush from Dublin last year.", "rush"),
                ("she commutes from penal to Arima on the bus.", "penal"),
                ("He moved to penal from Arima. penal is quieter, he says.", "penal"),
                ("They drove up to little rock and stayed the weekend.", "little rock"),
            ],
        ),
        *group(
            "id-shape-goes",
            [
                ("The form listed C134567890 as her ID.", "C134567890"),
                ("His card says 881234567V and it was in the notes.", "881234567V"),
            ],
        ),
        *group(
            "corner-goes",
            [
                ("He sleeps by the store on 9th and Vine most nights.", "Vine"),
                ("We met at 4th and Market near the clinic.", "Market"),
            ],
        ),
        *group(
            "nickname-goes",
            [
                ("Kittisak (nickname Bank) said the job is fine.", "Bank"),
                ("The older girl (goes by R) helped with dinner.", "R"),
                ("Arthit, nickname Mix, came with his mum.", "Arthit"),
            ],
        ),
        *group(
            "in-law-goes",
            [
                ("Comfort, her mother-in-law, walked with her to the market.", "Comfort"),
                ("Precious, his sister-in-law, fetched the kids.", "Precious"),
            ],
        ),
    ],
)
def test_the_identifier_goes(text: str, word: str) -> None:
    out = redact(text)
    assert re.search(rf"(?<![\w\[]){re.escape(word)}(?![\w\]])", out) is None, out
    assert redact(out) == out


@pytest.mark.parametrize(
    "text",
    [
        *group(
            "kin-title-stays",
            [
                "She phoned her aunty Tuesday night instead of texting.",
                "He calls his grandmother Lola and she lives with them.",
                "She ate Doritos for dinner twice this week.",
                "her kuya and I talked about the plan.",
            ],
        ),
        *group(
            "second-name-stays",
            [
                "Mum said Monday may be easier.",
                "He said he will sue if they keep calling.",
                "was fine til baba started about marks.",
            ],
        ),
        *group(
            "move-end-stays",
            [
                "She moved up to seniors from juniors this season.",
                "He drove to work from his sister's place each day.",
                "They came to session from work by train.",
                "She went back to nights from days.",
                "She went back to nights from days. The days felt long anyway.",
            ],
        ),
        *group(
            "shape-stays",
            [
                "She is on worksheet B2 and likes it.",
                "His kids came 5th and 6th in the race.",
                "She has 3rd and 4th period with the same teacher.",
            ],
        ),
        *group(
            "nickname-stays",
            [
                "She goes by bus now that the car is sold.",
                "We talked about the nickname thing at school.",
            ],
        ),
        *group(
            "in-law-stays",
            [
                "Honestly, her mother-in-law has been a help.",
                "Anyway, his brother-in-law came round for tea.",
            ],
        ),
    ],
)
def test_the_ordinary_use_stays(text: str) -> None:
    assert redact(text) == text
