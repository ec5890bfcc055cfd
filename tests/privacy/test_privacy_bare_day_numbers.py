"""A bare day number names a day after an English weekday ("weds 3 she came"), after a
lower-case "may" or "march" that opens a clause ("march 24 she came") or before a full year
("since march 2023"), and after a date article of another language when a subject pronoun or
"with" follows ("le 14 elle est venue", "dia 15 com a mãe"). Counts, hours, scores and the
verbs "may" and "march" keep their number."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("weds 3 she came in without her sister", "3"),
        ("on sun 14 we met at the usual time", "14"),
        ("Friday 9, after school, he stayed for the group", "9"),
        ("see you tues 21 then", "21"),
        ("march 24 she came back for the first time", "march 24"),
        ("may 14 she slept through the night", "may 14"),
        ("since march 2023 she has not missed a week", "march 2023"),
        ("le 14 elle est venue avec sa tante", "14"),
        ("dia 15 com a mãe foi o melhor dia", "15"),
        ("el 3 ella llamó para cancelar", "3"),
    ],
)
def test_the_day_goes_and_the_words_around_it_stay(text: str, value: str) -> None:
    out = redact(text)
    assert "[date]" in out, out
    rest = out.replace("[date]", " ")
    assert value not in rest, out
    assert redact(out) == out


@pytest.mark.parametrize(
    "text",
    [
        "friday 3 sessions were cancelled by the school",
        "sat 5 minutes with the breathing app",
        "she sat 3 rows back from the door",
        "Group: Mon 10:00 skills, Wed 14:00 walk",
        "Mood scale: Monday 3, Wednesday 5, Friday 6 this week",
        "march 5 miles with the dog is her goal",
        "she may 2x her walks next week",
        "you may 3, or even 4 sessions",
        "le 30 ans de sa mère approche",
        "dia 15 tahun umurnya sekarang",
    ],
)
def test_counts_hours_scores_and_verbs_keep_their_number(text: str) -> None:
    assert "[date]" not in redact(text)
