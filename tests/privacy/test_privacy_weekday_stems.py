"""Portuguese weekdays said by their first word ("Segunda", "na quinta"), read from the
hyphenated weekday names of the CLDR; place names built on the same word stay names."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from bot.privacy._lexicon import lexicon
from bot.privacy._weekday_stems import keep_weekday_stems, may_hold, stems


def test_stems_come_from_the_hyphenated_names() -> None:
    assert {"segunda", "terça", "quarta", "quinta", "sexta"} <= stems()
    assert "feira" not in stems()


@pytest.mark.parametrize(
    "text",
    [
        "She rated Segunda a 3 and Sexta a 6, and we talked about what Sexta had.",
        "Next Terça we keep the same plan.",
        "He walked on Quarta and Quinta, both mornings, with his dog.",
    ],
)
def test_weekday_words_stay(text: str) -> None:
    assert redact(text) == text


def test_a_word_joined_to_a_place_name_stays_in_it() -> None:
    text = "They moved to Quinta do Lago last year."
    start = text.index("Quinta")
    cand = [(start, start + len("Quinta"), "place")]
    assert keep_weekday_stems(text, cand, lexicon()) == cand


def test_the_gate_reads_lower_case_words() -> None:
    assert may_hold(["na", "quinta"])
    assert not may_hold(["on", "thursday"])


def test_a_name_in_the_same_text_still_goes() -> None:
    out = redact("Segunda was calm; Rosângela called me on Quinta to say so.")
    assert "Rosângela" not in out
    assert "Segunda" in out
    assert "Quinta" in out
