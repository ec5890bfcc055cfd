"""Names typed small that the clause shows to be people: an everyday word that is a given name
as the subject of a past form ("so mark finally rang his dad"), a name before an apposition
giving a role ("tam the lollipop man waved at her"), a surname after a small title ("mister
okafor", "coach dunne"); and families named by a surname in the plural ("the Kowalskis next
door", "the Ashby-Reids"). Ordinary uses of the same words stay.
"""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("so mark finally rang his dad on sunday without being asked", "mark"),
        ("her teacher says sandy didn't cry at drop-off once, she was so proud", "sandy"),
        ("brief one: pierce brought his guitar and played for me", "pierce"),
        ("and then rusty texted his mum from the bus, which is new", "rusty"),
        ("because tomasz the lollipop man waved at her she walks to school now", "tomasz"),
        ("she said zuri the receptionist remembered her name and it meant a lot", "zuri"),
        ("he loves his new tutor, mister okafor, and does his reading", "okafor"),
        ("spoke to coach dunne after the match, he said the boy stayed calm", "dunne"),
        ("talked to mark after the group, he said the weekend was quiet", "mark"),
        ("i spoke with brook on the phone and she sounded brighter", "brook"),
        ("caught up with lance yesterday. he is back at the gym", "lance"),
        ("gevorg (armenian family) said his aunt cooked for everyone", "gevorg"),
        ("D.K. (the younger boy) told me he likes his new teacher", "D.K."),
    ],
)
def test_small_names_in_a_persons_place_are_removed(text: str, name: str) -> None:
    out = redact(text)
    assert name not in out.split() and f"{name}," not in out
    assert redact(out) == out


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("the Nowaks next door have taken her in for the holidays", "Nowaks"),
        ("They had dinner with the Ashby-Reids and the kids played all night.", "Ashby-Reids"),
        ("Dad, Colin Ashby-Reid, came to the second half of the session.", "Ashby-Reid"),
        ("the Millers from the allotment gave him a job weeding on saturdays", "Millers"),
    ],
)
def test_families_and_double_barrelled_surnames_are_removed(text: str, name: str) -> None:
    out = redact(text)
    assert name not in out
    assert redact(out) == out


@pytest.mark.parametrize(
    "text",
    [
        "i will follow it up with his mum on monday and let you know.",
        "she will finally ring the housing office once she has slept.",
        "the chase for a school place made him anxious, he said.",
        "his old bike is rusty and he wants to fix it up with his dad.",
        "sunny days help her, she gets outside more.",
        "it was misty on the walk but she kept going and was proud of herself.",
        "will the school nurse call back before friday? he is worried.",
        "he told the lollipop man about his new shoes and they laughed.",
        "they went on a coach trip to the coast and he sat with friends.",
        "the coach driver said the kids were good on the way home.",
        "she calls him mister grumpy and he laughs now.",
        "They watched the Simpsons together and actually laughed.",
        "She put on the Archers at seven and sat with her tea.",
        "Next week: the Storms part of the tree of life.",
        "Exception: the Martes he had no tantrum.",
        "she talked to work about her hours and they agreed.",
        "he spoke with grace about his brother and the group listened.",
        "mum (the older one) said it was fine.",
        "client (the younger boy) said he was tired.",
    ],
)
def test_ordinary_uses_stay(text: str) -> None:
    assert redact(text) == text
