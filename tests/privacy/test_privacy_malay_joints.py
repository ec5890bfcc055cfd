"""In a text written in Indonesian or Malay, lower-case function words of the language ("dan",
"di") join people and places and are no part of a name: "kakek dan ibunya" is grandpa and
her mother, "Tante Ani di Kupang" a person and a town. Names and towns still go, and so does
a word of address with its name ("pak Ruslan"); outside such a text nothing changes."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from tests.privacy.redaction_cases import assert_gone


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("tadi kakek dan ibunya datang, dia bilang sudah tidak marah lagi", ["dan"]),
        ("ibu dan adiknya ikut semua, dia bilang sudah mau sekolah lagi", ["dan"]),
    ],
)
def test_function_words_of_the_text_stay(text: str, words: list[str]) -> None:
    out = redact(text)
    for word in words:
        assert word in out.split(), out
    assert redact(out) == out


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            'Dia bilang, "Waktu saya tinggal sama Tante Yuliana di Oesapa, saya sudah tenang."',
            "Yuliana",
        ),
        (
            'Dia bilang, "Waktu saya tinggal sama Tante Yuliana di Oesapa, saya sudah tenang."',
            "Oesapa",
        ),
        ("besok ketemu sama pak ruslan, dia bilang sudah mau jalan pagi lagi", "ruslan"),
        ("Leonardo di Caprio was on the poster in her room.", "Caprio"),
    ],
)
def test_names_and_towns_beside_them_still_go(text: str, value: str) -> None:
    assert_gone(text, value)


def test_the_joint_is_cut_out_of_the_name() -> None:
    out = redact(
        'Dia bilang, "Waktu saya tinggal sama Tante Yuliana di Oesapa, saya sudah tenang."'
    )
    assert " di " in out, out
