"""A capitalised everyday or unlisted word opening a sentence as the subject of what a person
does, referred back to by a pronoun ("Harmony knitted a scarf for her nan"), or given an
age ("Clover is 14,"), is a name.

The same words stay when the sentence says nothing of a person: a verb said of things as
readily ("Hope helps her cope"), a pronoun of someone else named in between, a speech tag
(", she said"), a kinship or role word as the subject ("Coach said she was proud"), or a
number that is no age ("Harvest is 3 weeks away").
"""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Harmony knitted a scarf for her nan and gave it at lunch.", "Harmony"),
        ("Tranquil opened the session with a story about his grandad.", "Tranquil"),
        ("Oakley painted the kitchen with her Papi over the weekend.", "Oakley"),
        ("Velvet did not smoke all week, and she slept through twice.", "Velvet"),
        ("Honour has been calmer since she started the new job.", "Honour"),
        ("Thimble sobbed at the start. She said the week had been long.", "Thimble"),
        ("Clover is 14, and the eldest of three.", "Clover"),
        ("Meadow is a 52-year-old baker from the coast.", "Meadow"),
        ("Zephyrine wandered off to the shops by herself after lunch.", "Zephyrine"),
        ("Serenity and her older sister came in together.", "Serenity"),
        ("Destiny finally opened up about the move.", "Destiny"),
        ("Blessing has a new boyfriend and seems happier.", "Blessing"),
    ],
)
def test_a_word_opening_a_sentence_as_a_persons_subject_is_removed(text: str, word: str) -> None:
    out = redact(text)
    assert word not in out
    assert redact(out) == out


@pytest.mark.parametrize(
    "text",
    [
        "Hope helps her cope on the bad mornings.",
        "Winter was hard on her this year.",
        "Harvest is 3 weeks away and the clocks go back.",
        "Sleep was 6 hours, and she felt fine.",
        "Patience is the thing that works, she said.",
        "Coach said the team did well and she was proud of herself.",
        "Journaling helped her more than the app did.",
        "Music opened up for him when his brother gave him a guitar.",
        "Faith is one of the things that keeps him going.",
        "Him and his dad watch football on Fridays.",
        "Spring opened the garden up again.",
        "Hope has a job to do here.",
        "Church helped her through the worst of it, she said.",
        "Football kept him going when his brother moved away.",
    ],
)
def test_an_everyday_word_said_of_no_person_stays(text: str) -> None:
    assert redact(text) == text
