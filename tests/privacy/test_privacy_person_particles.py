"""Names after Filipino and Malay person particles and before Korean words of address, in
either case; the particles themselves stay, and stay alone where no name follows."""

from __future__ import annotations

import re

import pytest

from bot.privacy import redact


def _has(word: str, out: str) -> bool:
    return re.search(rf"\b{re.escape(word)}\b", out) is not None


@pytest.mark.parametrize(
    ("text", "name", "particle"),
    [
        ("grabe si honey kanina, umiyak siya pero okay lang", "honey", "si"),
        ("sinabi ko kay jun na hindi siya nag-iisa", "jun", "kay"),
        ("yung nanay ni Dalisay ang tumawag kanina po", "Dalisay", "ni"),
        ("si ate Mayumi talaga ang tumulong sa kanya", "Mayumi", "ate"),
        ("si kuya bongbong ang sumundo sa kanya kahapon", "bongbong", "si"),
        ("semalam si wulan pergi dengan ibunya ke pasar dan dia senang", "wulan", "si"),
        ("she said jiwoo unnie stayed with her all night", "jiwoo", "unnie"),
        ("taemin oppa drove her to the session", "taemin", "oppa"),
        ("Ji-hoon oppa picked her up after school", "Ji-hoon", "oppa"),
        ("and seo-yeon eonni texted her every night", "seo-yeon", "eonni"),
    ],
)
def test_name_after_a_particle_or_before_an_address_word_goes(
    text: str, name: str, particle: str
) -> None:
    out = redact(text)
    assert not _has(name, out), out
    assert _has(particle, out), out
    assert redact(out) == out


@pytest.mark.parametrize(
    "text",
    [
        "si mama talaga ang nagluto kanina",
        "kay bilis ng oras kanina po",
        "grabe si client today, hindi siya umiyak",
        "si kecil sudah tidur dengan tenang",
        "si tu veux, je viens avec toi",
        "my oppa is the best, she said",
        "she has a cute oppa in her class",
    ],
)
def test_particles_without_a_name_stay(text: str) -> None:
    assert redact(text) == text
