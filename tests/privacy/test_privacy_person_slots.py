"""A lower-case word that is no English word is removed where only a person fits: opening a
clause before a finite verb that goes on about a person, or before an age; beside the writer
("me and x", "x and I"); addressed before "you"; before an age in brackets or between commas.
An everyday word in the same slot stays."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("quick one: losaline wont be in on thursday, her bus pass ran out", "losaline"),
        ("ok so tavita hasnt missed a day, he is proud of it", "tavita"),
        ("and ofisa would rather stay home than see his old mates", "ofisa"),
        ("group went well. keoni didnt talk much but he stayed till the end", "keoni"),
        ("update: ruatapu is 15 now and still shy about it", "ruatapu"),
        ("when vaimoana has a bad day her aunt comes over", "vaimoana"),
        ("after group losaline and I talked about the walk home", "losaline"),
        ("yesterday me and tavita sat outside for the whole hour", "tavita"),
        ("ruatapu, you did so well on the test today!!", "ruatapu"),
        ("new referral: keoni (9) from the school nurse", "keoni"),
        ("the youngest, vaimoana, 7, drew her house", "vaimoana"),
        ("tunde would rather play outside than talk", "tunde"),
        ('she said "tavita, come here" and he came', "tavita"),
        ("great job today. ruatapu, you did it", "ruatapu"),
        ("so kiprono cant make it on friday", "kiprono"),
        ("the girl ruatapu was very quiet today", "ruatapu"),
        ("the boy, keoni, came in late", "keoni"),
        ("a 7yo tavita drew a dragon for me", "tavita"),
        ("we spoke to losaline, who is new to the group", "losaline"),
    ],
)
def test_name_in_a_person_slot_goes(text: str, name: str) -> None:
    assert name not in redact(text)


@pytest.mark.parametrize(
    "text",
    [
        "quick one: work wont be easy this week, her shifts changed",
        "ok so school hasnt called back, he is still waiting",
        "update: homework is 15 minutes a night now and she does it",
        "after group mum and I talked about the walk home",
        "yesterday me and my brother sat outside for the whole hour",
        "honestly, you did so well to get here today",
        "new referral: age (9) from the school nurse",
        "hij was blij vandaag en zij ook",
        "the ratio, 3, 4, 5, came up in maths and he got it",
        "so the bus cant make it on friday",
        "tafe wont start till march",
        "lebaran was hard but she visited her cousins",
        "we talked about the session in valencià and i said yes",
        "he is a pensioner, 78, and his wife died last year",
        "clonidine was given to her at night",
        "vapes (12) were found in his bag",
        'she said "honestly, come here" and he came',
        "ndis wont pay for it",
        "the girl next door was very quiet today",
        "a 7yo drawing of a dragon was on the wall",
        "we spoke to the teacher, who is new to the school",
    ],
)
def test_everyday_words_in_the_same_slots_stay(text: str) -> None:
    assert redact(text) == text


def test_the_name_said_again_goes_too() -> None:
    out = redact("ok so tavita hasnt missed a day, he is proud. tavita said thanks")
    assert "tavita" not in out
