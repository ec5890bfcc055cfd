"""Exams named by capitals after a verb of preparing for, passing or failing one ("prepares
for the YKS", "she failed the ENEM") stay, as do degrees and CVs typed in mixed case; the
same capitals before another noun or as an employer are still removed.
"""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    "text",
    [
        "He prepares for the YKS and his parents push a lot.",
        "She failed the ENEM last year and wants to try again.",
        "He is studying for his EGE this year with a tutor.",
        "She passed the PAU with good marks, so proud.",
        "She is a PhD student and the supervisor is cold.",
        "Her CV is ready and she sent it to five places.",
        "He finished his MSc and now looks for work.",
    ],
)
def test_exams_and_degrees_stay(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("She failed the KRQ interview and cried on the bus.", "KRQ"),
        ("He works at KRQ since the spring.", "KRQ"),
    ],
)
def test_capitals_naming_a_body_go(text: str, gone: str) -> None:
    out = redact(text)
    assert gone not in out
    assert redact(out) == out


@pytest.mark.parametrize(
    "text",
    [
        "She is studying for the Konkur and sleeps five hours a night.",
        "He sat the Bagrut again and passed maths this time.",
        "She failed the Selectividad once and is calmer about it now.",
        "He failed the EBAU once and now works with a tutor.",
    ],
)
def test_an_exam_named_by_one_word_after_the_stays(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("She passed Marisol in the corridor and said hello first.", "Marisol"),
        ("He passed the Kowalczyk house on the way and waved.", "Kowalczyk"),
        ("She failed the Ortega twins again, she feels.", "Ortega"),
    ],
)
def test_a_name_after_the_same_verbs_goes(text: str, gone: str) -> None:
    out = redact(text)
    assert gone not in out
    assert redact(out) == out


@pytest.mark.parametrize(
    "text",
    [
        "The Bagrut results came and he passed maths this time.",
        "She is nervous about the Panhellenic exams in June.",
    ],
)
def test_an_exam_named_by_one_word_before_exams_or_results_stays(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Wierzbicki exams start Monday, she says.", "Wierzbicki"),
        ("Ana exam results came back fine.", "Ana"),
    ],
)
def test_a_name_before_exams_without_the_goes(text: str, gone: str) -> None:
    assert gone not in redact(text)
