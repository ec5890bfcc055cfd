"""Title-case headings of another language keep their words; a listed name in one, or a
line that reads as a sentence or as English, is judged as before."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from bot.privacy._lexicon import lexicon
from bot.privacy._title_case_lines import keep_title_case_lines


@pytest.mark.parametrize(
    "text",
    [
        "Lo Que Cambió: De la Crisis a la Calma",
        "Wat Ging Er Goed? Het Kleine Verschil",
        "Lo Que Cambió / O Que Mudou: De Poquito a Poquito",
        "Ce Qui Compte: Les Petits Pas de la Semaine",
        "Ano Ang Nagbago Ngayong Buwan: Ang Maliliit na Hakbang",
    ],
)
def test_headings_stay(text: str) -> None:
    assert redact(text) == text


def test_a_listed_name_in_a_heading_still_goes() -> None:
    assert "Mariana" not in redact("Lo Que Cambió con Mariana: De la Crisis a la Calma")
    text = "Wat Ging Er Goed? Het Kleine Verschil van Sanne"
    start = text.index("Sanne")
    cand = [(text.index("Verschil"), start + len("Sanne"), "name")]
    assert keep_title_case_lines(text, cand, lexicon()) == [(start, start + 5, "name")]


def test_a_sentence_of_english_is_no_heading() -> None:
    text = "What Changed For Tomás Today"
    cand = [(text.index("Tomás"), text.index(" Today"), "name")]
    assert keep_title_case_lines(text, cand, lexicon()) == cand


def test_a_lower_case_word_of_content_makes_a_sentence() -> None:
    text = "Lo Que Cambió cuando Xiomara llegó"
    start = text.index("Xiomara")
    cand = [(start, start + len("Xiomara"), "name")]
    assert keep_title_case_lines(text, cand, lexicon()) == cand
