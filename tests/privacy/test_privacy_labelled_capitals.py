"""An answer typed in capitals reads the same under a share's bold label or a heading line
as it does alone: the line above is no part of its sentence."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from bot.privacy._capitals import folded

# Written for this test.
LABELS = ["**What changed this week?**\n", "**Exception**\n", "Notes:\n", "Session summary\n"]
REMOVED = [
    ("PETRONELLA SAID THE MORNINGS WERE CALMER SINCE THE NEW ROTA.", "PETRONELLA"),
    ("AGNIESZKA WALKED HER SON TO THE BUS WITHOUT ANY TEARS.", "AGNIESZKA"),
    ("HIS GRANDAD OSWALDO TAUGHT HIM TO FISH ON SUNDAY.", "OSWALDO"),
    ("SHE MOVED BACK TO HUDDERSFIELD AND FOUND A QUIETER FLAT.", "HUDDERSFIELD"),
    ("TAREQ HOSSAIN", "HOSSAIN"),  # a line of two words
    ("NEAR ROTHERHAM", "ROTHERHAM"),
]
KEPT = [
    "PRECIOUS FEW ARGUMENTS AT HOME THIS WEEK, SHE SAID.",
    "SUNNY SPELLS HELPED, BUT SHE ALSO WALKED WHEN IT RAINED.",
    "PEARL BUTTONS ON HER COAT WERE HER GRAN'S; SHE WORE IT TO COURT.",
    "HONOUR MATTERS TO HIM, AND HE FELT HE KEPT HIS WORD.",
    "HARDLY ANY PANIC",  # a line of two words
    "GOOD SLEEP",
]


@pytest.mark.parametrize("label", LABELS)
@pytest.mark.parametrize(("answer", "name"), REMOVED)
def test_a_name_in_capitals_under_a_label_is_removed(label: str, answer: str, name: str) -> None:
    out = redact(label + answer)
    assert name not in out
    assert out == label + redact(answer)


@pytest.mark.parametrize("label", LABELS)
@pytest.mark.parametrize("answer", KEPT)
def test_ordinary_capitals_under_a_label_read_as_alone(label: str, answer: str) -> None:
    assert redact(answer) == answer
    assert redact(label + answer) == label + answer


def test_a_line_of_two_words_in_capitals_is_read_folded_under_a_label() -> None:
    assert folded("**Who came?**\nTAREQ HOSSAIN") == "**Who came?**\nTareq Hossain"
    assert folded("she came with\nHER MUM") == "she came with\nHer mum"


def test_a_two_word_line_with_a_small_letter_is_not_folded() -> None:
    assert folded("**Who came?**\nTAREQ Hossain") == "**Who came?**\nTAREQ Hossain"
