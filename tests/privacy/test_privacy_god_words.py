"""The word for God (and Christmas) in languages of Europe, the Caucasus, Central Asia, Iran
and South Asia stays in a practitioner's note; a name beside it still goes."""

from __future__ import annotations

import pytest

from tests.privacy.redaction_cases import assert_gone, assert_kept


@pytest.mark.parametrize(
    "text",
    [
        'When the nightmares stopped her father said "Hvala Bogu" twice.',
        "She said Khoda helps her more than the pills, and smiled.",
        "He trusts Tanrı and his teacher, in that order.",
        "Boże Narodzenie was calm this year, no shouting at the table.",
    ],
)
def test_god_words_stay(text: str) -> None:
    assert_kept(text)


def test_a_name_beside_them_goes() -> None:
    assert_gone('Marko said "Hvala Bogu" after the exam.', "Marko")
