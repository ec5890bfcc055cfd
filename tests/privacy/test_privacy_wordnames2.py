"""Word-names opening a sentence, second round: "she" or "he" opening the next sentence
after a past-tense verb, verbs of attending, drawing and phoning, a school year or "aged"
after the word, "X and I", "X from the Tuesday group", and a label line in a list whose other
labels are names make the word a name; the same words before verbs that
weather and feelings take, in the idiom "paid off", or answering a "what" question, stay
the word.
"""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Brook slammed the door on the way in. He apologised later in the car.", "Brook"),
        ("Heath tapped the table for ages. Then he asked to draw instead.", "Heath"),
        ("Ivy hardly spoke at the start. By the end she was planning her week.", "Ivy"),
        ("Misty attended every group this term, which her mum could not believe.", "Misty"),
        ("Marvel painted a picture of what a calm morning looks like.", "Marvel"),
        ("Treasure phoned from her aunt's place to say she was safe.", "Treasure"),
        ("New group member: Reed, Year 8, very quiet but stayed to the end.", "Reed"),
        ("Referral came in for Sunny, aged 12, school refusal since the summer.", "Sunny"),
        ("Progress seen: Jade - grade 10 - sat two exams without leaving.", "Jade"),
        ("Angel and I drew up a list of her strengths together.", "Angel"),
        ("Wins\n- Chance: back on the bus\n- Brook: told his dad about school", "Chance"),
        ("Big news, Sky from the Thursday group got into college!", "Sky"),
        ("Who rang the office first? Goldie.", "Goldie"),
        ("Chance turned 16 on Saturday and his mum made a cake.", "Chance"),
        ("Rain waited in the corridor until the others had gone.", "Rain"),
        ("Crystal, in Year 7, walks to school on her own now.", "Crystal"),
        ("Honour, the youngest, asked the miracle question back to me.", "Honour"),
        ("Misty gets bored in groups, so we kept it to the two of us.", "Misty"),
        ("Best moment this week - Reed. He asked to do the scale himself.", "Reed"),
        ("Notes\nJustice\nHe told me about the bus home and how he stayed calm.", "Justice"),
        ("New referrals: Gift - 9 - living with his aunt.", "Gift"),
        ("Jade annoyed me at first. She got there in the end though.", "Jade"),
    ],
)
def test_word_name_marked_as_a_person_is_removed(text: str, gone: str) -> None:
    assert gone not in redact(text)


@pytest.mark.parametrize(
    "text",
    [
        "Storm rolled in over the hills. He said the noise used to scare him, not now.",
        "Hope faded a bit in week two. She told me so and we slowed down.",
        "Summer dragged on. She counted the days until school started again.",
        "Memory failed her in the exam. She blanked on the first question.",
        "Patience pays off, she said, and laughed at how her gran would say it.",
        "Faith drew her back to church. She goes every Sunday now.",
        "Rain walks are her favourite. She puts a hood up and goes anyway.",
        "Year 9 was the hardest year for her, she reckons.",
        "Check-in\nMood: brighter\nSleep: patchy\nHope: returning",
        "Q: what got her through? A: Faith. She prays before every exam.",
        "What helped most? Rain, oddly, because nobody expected her out.",
        "Hope from the group carried her through the first month.",
        "Rain turned to sleet by four, so she walked the long way round.",
        "Storm kicked off again at home, but she left the room this time.",
        "Brook walks cleared her head. She went three times that week.",
        "Rain. She hates it, so we planned for the wet days.",
        "Chance played its part. She bumped into an old friend at the bus stop.",
        "Lucky dipped. She said the whole week felt like a lottery.",
        "Themes: Faith. She raised it twice without my asking.",
    ],
)
def test_word_used_as_a_word_stays(text: str) -> None:
    assert redact(text) == text
