"""A given name typed in lower case before a lower-case name that was found ("rohit
[kumar]"), and a given name before a particle of descent ("Fatimah binte [Rahmat]"), go with
it; a role word in brackets takes a name in no list ("pt (tanvika sharma)"). Everyday
words, kinship words and words of other languages before a name stay."""

from __future__ import annotations

import pytest

from tests.privacy.redaction_cases import assert_gone, assert_kept


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("rohit kumar said she felt better this week", "rohit"),
        ("sreelakshmi nair felt calmer after the call", "sreelakshmi"),
        ("met with gurmeet singh today, he rated sleep a 6", "gurmeet"),
        ("farzana akhtar told me her mum noticed", "farzana"),
        ("tomasi naivalu came with his wife", "tomasi"),
    ],
)
def test_given_name_before_a_lower_case_surname_goes(text: str, value: str) -> None:
    assert_gone(text, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Fatimah binte Rahmat said she felt better this week.", "Fatimah"),
        ("I met Nur Aisyah binte Osman on Monday.", "binte"),
        ("hamad bin khalifa said he slept better", "hamad"),
        ("pt (sara al hashemi) said less anxious", "sara"),
    ],
)
def test_given_name_before_a_particle_of_descent_goes(text: str, value: str) -> None:
    assert_gone(text, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("pt (rohit kumar) said less anxious", "rohit"),
        ("my client (tanvika) said she was less anxious", "tanvika"),
        ("the student (yashvardhan) skipped no class this week", "yashvardhan"),
        ("pt (hamad bin khalifa) came alone", "khalifa"),
    ],
)
def test_name_in_brackets_after_the_client_goes(text: str, value: str) -> None:
    assert_gone(text, value)


@pytest.mark.parametrize(
    "text",
    [
        "she went to the masjid with her nani and dadi after iftar",
        "her tita and lola made bibingka for simbang gabi",
        "pt (tired) said less anxious",
        "my client (again) said she was less anxious",
        "grandma (nani) came to session",
        "we had biryani and haleem at the mela",
        "the client spoke about her puja and the aarti at the mandir",
    ],
)
def test_everyday_kin_and_festival_words_stay(text: str) -> None:
    assert_kept(text)
