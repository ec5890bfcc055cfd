"""A single word taken for a name stays when the sentence shows it is an ordinary word: a
season named as a time, a virtue or a bill whose verb is a thing's, two virtues joined as
one subject, a name used as a common noun after "be a", a street name of a drug after a
quantity word, a title or an address word alone, a hyphenated ethnicity, the words of a
quote glossed in brackets, a kin word and the verb after it. The same words as people's
names still go."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    "text",
    [
        "Spring term starts on Monday and she has already packed her bag the night before.",
        "Winter was long for her, but Spring is when she starts gardening again.",
        "She is always calmer in Autumn, she says, and we looked at what she could keep.",
        "Hope went back up to a 6 after the phone call with the landlord.",
        "Joy came up again when she talked about the choir, and she smiled saying it.",
        "Bill is overdue but she rang the council and they agreed a payment plan.",
        "Bill landed in the post on Friday and she opened it before lunch.",
        "He says Faith and Hope are what get him through the night shifts.",
        "He said he didn't want to be a Gary about the parking, so he let it go.",
        "said no charlie at the stag do, and he was the one who drove everyone home",
        "She asked the kids to stop calling her Miss at home, and they laughed.",
        "bruv reckons the running club is the best thing he's done all year",
        "His dad is Afro-Cuban and his mum is Sino-Peruvian, so Sundays are loud and full of food.",
        'She repeats "Shanti shanti" (peace, peace) when the kids start shouting.',
        "What would your ate say is different this week? She said her ate would notice the smile.",
        "Money and Cash came up; Cash is tight since the hours were cut, but she paid the rent.",
        "She drew three jars: Joy, Worry and Contentment. Joy was the fullest by Friday.",
        "Noor is light, she said, and she opens the curtains first thing now.",
        "He called himself a right Billy No-Mates at the party, then named four people he met.",
        "She said she was being such a Nervous Nellie about the exam, but she sat it anyway.",
        "There is a corner of the garden she calls Eden, and she sits there with her tea.",
    ],
)
def test_ordinary_use_is_kept(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Autumn said the holidays were lonely but she called her cousin twice.", "Autumn"),
        ("Autumn brought her baby to the session; Autumn term is hard for her.", "Autumn"),
        ("Hope went to the housing office on her own and asked for the form.", "Hope"),
        ("Joy came up to me after group and asked about next week.", "Joy"),
        ("Bill came in on Tuesday and sat by the window for the whole hour.", "Bill"),
        ("Grace and her sister came together; Grace scaled the week at 6.", "Grace"),
        ("he went to the festival with molly and they left early together", "molly"),
        ("She said Miss Adeyemi is the only teacher who listens.", "Adeyemi"),
        ("Her little brother Winter loves the snow, and winter is his best season.", "Winter"),
        ('Her aunt says "Tendai knows best" (her name for her late husband, Tendai).', "Tendai"),
        ("Cash is eleven and came with his gran; Cash drew the family tree.", "Cash"),
        ("Joy, Precious and Blessing share a room at the hostel.", "Joy"),
        ("Noor is late today because the bus broke down, she texted.", "Noor"),
        ("She said she was a Mary Jones before she married, and kept the name for work.", "Mary"),
        ("The twins, whom she named Eden and Pearl, started nursery this week.", "Eden"),
        ("The family lives in Summer, Kansas now, near her cousins.", "Summer"),
        ("Amal is tired and she says the baby wakes at 3.", "Amal"),
        ("Her name Amal is hope in Arabic, she told the group.", "Amal"),
    ],
)
def test_names_are_removed(text: str, name: str) -> None:
    assert name not in redact(text)
