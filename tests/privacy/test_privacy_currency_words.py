"""A capitalised word that names a currency in use today is the money ("sends Tenge home",
"the Kwacha fell again"), even where a list holds it as a surname; a given name, a word
before another capitalised word, a historic currency that is also a name, or one followed
by what a person does still goes."""

from __future__ import annotations

import pytest

from tests.privacy.redaction_cases import assert_gone, assert_kept


@pytest.mark.parametrize(
    "text",
    [
        "He sends Hryvnias to his mother and feels proud of it.",
        "The Lira fell again this month, and still she paid the rent.",
        "She earns Dirhams now and sleeps better.",
        "They pay the rent with Cedis she saves from the market.",
    ],
)
def test_a_currency_stays(text: str) -> None:
    assert_kept(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Her brother Inti came along and helped with the forms.", "Inti"),
        ("Mark said the week was better than he expected.", "Mark"),
        ("We talked about Lira Sousa, who helps at home.", "Sousa"),
        ("Rand said he walked every morning.", "Rand"),
    ],
)
def test_a_name_that_is_also_a_currency_still_goes(text: str, value: str) -> None:
    assert_gone(text, value)
