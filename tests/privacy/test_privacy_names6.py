"""People's names, sixth round: a word-name spoken to ("Hope, you'll manage", '"Sunny,
come here"') or asking something, a word-name typed in lower case after a conjunction and
before a verb of speaking ("because grace told me") or seen with a relation ("met sunny
and her dad"), kinship words of many languages used as titles ("Chacha Imran", "Oom
Koos", "Tanty Vera") and Cantonese names whose last syllable is an English word ("Lee
Ka Wing") are removed, and so is a name typed in lower case again where its context is
gone; the same words listed among everyday words, said as an aside ("Faith, you know,
..."), as an exclamation ("Goodness knows"), measured out ("a bit of Grace") or carrying
someone ("Hope kept him going") stay.
"""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Last thing I wrote in the file: Grace, you'll manage the next bit without me.", "Grace"),
        ('His nan leaned over and said "Blessing, come and show her your book."', "Blessing"),
        ('I heard the teacher call out "Rocky, stop that" twice before lunch.', "Rocky"),
        ("Patience, your mum would be so pleased with how you spoke today.", "Patience"),
        ("Goodness brought her reading glasses and read the whole plan out loud.", "Goodness"),
        ("Top moment: Mercy asking whether she could bring her sister next time.", "Mercy"),
        ("we talked about the weekend because grace told me it went well", "grace"),
        ("it was quiet until precious said she wanted to go first", "precious"),
        ("met sunny and her dad at the front desk, both in good moods", "sunny"),
        ("lol hope honestly did all three tasks, first time ever", "hope"),
        ("The boy says Chacha Imran is the only one who listens to him.", "Chacha"),
        ("Oom Koos drove her to every appointment in June.", "Oom"),
        ("Tanty Vera cooks on Sundays and the whole family comes.", "Tanty"),
        ("Maame Esi sat in for the last ten minutes.", "Maame"),
        ("Lee Ka Wing is in Form 4 and finally sleeping before midnight.", "Wing"),
        ("Group this week: Faith, Temperance, Kwame and Yaw. Everyone came on time.", "Temperance"),
        ("Simran brought her cousin along and they both did the scale.", "Simran"),
        ("Highlight: Praise telling the group how she got to school on time.", "Praise"),
        ("Weekend news: Iya Funke took the twins so mum could rest.", "Iya"),
        ("sipho and lwandle came in late, lwandle had the bus money", "sipho"),
        ("The circle was Favour, Marvellous, Emeka and Bisi.", "Marvellous"),
        ("met sunny this morning, she had her whole plan written out", "sunny"),
        ("had mercy in, he said the weekend went fine", "mercy"),
        ("Quick word with Doc Tan about the dose before she left.", "Tan"),
        ("Exception spotted: Precious packing her own lunch three days running.", "Precious"),
    ],
)
def test_names_of_many_shapes_are_removed(text: str, gone: str) -> None:
    out = redact(text)
    assert gone not in out, out
    assert redact(out) == out


@pytest.mark.parametrize(
    "text",
    [
        "Stickers on the chart: Happy, Sad, Angry, Calm. She picked Calm for Friday.",
        "Mercy, Truth and Peace were the three words she chose for the new year.",
        "Faith, you know, is what kept her going through the winter.",
        "Hope, you could say, came back in small pieces this term.",
        "Goodness knows how he kept his temper, but he did.",
        "Thank goodness the bus was on time, she said.",
        "it was sunny and her mum took her to the park after school",
        "i hope she sleeps better when the exams are over",
        "He goes to the gurdwara with his Bebe every Sunday morning.",
        "Wins this week: Courage, Calm, Patience. All three words were hers.",
        "Hope kept him going through the court case, he said.",
        "Grace, you'd think, would come easily to her, but it doesn't.",
        "Patience, please, is the one word I wrote on the board.",
        "she had hope again, she said, for the first time since March",
        "it was sunny again, he said, so they went to the beach",
        "Doc, she calls me, like her old GP.",
        "Faith giving her the push she needed, as she put it.",
        "Storm knocking his bins over was the main news of the week.",
        "She needed a bit of Grace from her manager and got it.",
        "Peace and Quiet is what she wants for her birthday.",
        "Favour is not a word he likes; he would rather pay his own way.",
        "The church runs Praise and Worship on Sunday nights and she goes with friends.",
    ],
)
def test_everyday_words_that_are_also_names_stay(text: str) -> None:
    assert redact(text) == text
