"""Five classes that leaked on independent text: a shop named as somebody's workplace by its
branch or by a work cue around it ("on nights at the Asda in Hull", "at Boots, when a customer
shouted"); an age over 89 said with the birthday to come ("ninety-four in May,"); a month's
name right after a kin word or role ("her kuya Jun", "his uncle Jan"); a capitalised name
before a particle and verb of saying of another language ("Ishaan ne kaha", "Syafiq kata
dia"); and a name opening a note before its score ("Sefo 7/10"). The same shops bought from,
the same number words as counts, months after prepositions, kin words before the same verbs
and everyday words before a score stay."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from tests.privacy.redaction_cases import group


@pytest.mark.parametrize(
    ("text", "word"),
    [
        *group(
            "workplace-goes",
            [
                ("She does Saturdays at the Waitrose on Kings Road now.", "Waitrose"),
                ("He is back on nights at the Asda in Hull, and sleeping in the day.", "Asda"),
                ("His first week at Primark went fine: no shouting.", "Primark"),
                ("She said Monday at Boots was hard, when a customer shouted at her.", "Boots"),
                ("They met at the Morrisons where she works and had a calm chat.", "Morrisons"),
                ("Her brother is a delivery guy at Deliveroo now.", "Deliveroo"),
                ("Femi from the Tesco (his supervisor) rang to say well done.", "Tesco"),
                ("He trabaja en Mercadona and the early start suits him.", "Mercadona"),
                ("He's been doing evenings at the Burger King on Elm Street.", "Burger King"),
            ],
        ),
        *group(
            "age-goes",
            [
                ("Our oldest walker, ninety-four in May, led the group.", "ninety-four"),
                ("Ninety-two next week, he says he still feels sixty.", "Ninety-two"),
                ("Her great-aunt, 96 come October, still gardens.", "96"),
            ],
        ),
        *group(
            "kin-month-goes",
            [
                ("She went to the market with her kuya Jun and did not panic.", "Jun"),
                ("His uncle Jan drove him to every session.", "Jan"),
                ("Her ate May fixed her phone and they laughed.", "May"),
            ],
        ),
        *group(
            "speaker-goes",
            [
                ("Ishaan ne kaha ki he finished the homework himself.", "Ishaan"),
                ("Syafiq kata dia sudah tidur awal this week.", "Syafiq"),
                ("Lamees qalat she went to the souq alone.", "Lamees"),
            ],
        ),
        *group(
            "scored-goes",
            [
                ("Sefo 7/10 today, slept well.", "Sefo"),
                ("Mirembe 8 out of 10 after the weekend.", "Mirembe"),
            ],
        ),
    ],
)
def test_the_identifier_goes(text: str, word: str) -> None:
    out = redact(text)
    assert word not in out, out
    assert redact(out) == out


@pytest.mark.parametrize(
    "text",
    [
        *group(
            "shop-stays",
            [
                "She grabbed a sandwich at the Waitrose near the station.",
                "At Walmart on Saturday she felt the panic rise and breathed through it.",
                "He had a Happy Meal at McDonald's with his little sister.",
                "The customer service line at Argos kept her waiting and she stayed calm.",
            ],
        ),
        *group(
            "count-stays",
            [
                "She walked ninety-four steps in May without her stick.",
                "The session ran ninety minutes in June because the interpreter was late.",
            ],
        ),
        *group(
            "month-stays",
            [
                "Her uncle in June and her aunt in May both visited.",
                "Her nan, since May, walks to the shop alone.",
                "She started the new job in June, told nobody, and loved it.",
            ],
        ),
        *group(
            "kin-speaker-stays",
            [
                "Mummy ne bola ki he should sleep early.",
                "Mama qalat she is proud of him.",
                "Hän sanoi that the week was better.",
            ],
        ),
        *group(
            "score-stays",
            [
                "Sleep 6/10, better than last week.",
                "Mood 7/10 today.",
                "Skala 5/10, a steady week.",
                "Bref, 8/10.",
            ],
        ),
    ],
)
def test_the_ordinary_use_stays(text: str) -> None:
    assert redact(text) == text


def test_a_month_after_an_age_to_come_stays() -> None:
    out = redact("His grandmother, 93 in June, still bakes bread.")
    assert out == "His grandmother, [age] in June, still bakes bread."
