"""Reading a typed weekly time and time zone: as they show on screen, whatever keyboard typed
them."""

from __future__ import annotations

import pytest

from bot.schedule import parse_time
from bot.zones import resolve_zone


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("9:00", "09:00"),
        ("09.30", "09:30"),
        ("2130", "21:30"),
        ("21h30", "21:30"),
        (" 7:05 ", "07:05"),
        ("\u200b18:00\u200f", "18:00"),  # invisible marks around it
        ("０９：３０", "09:30"),  # full-width, colon too
        ("２３．５９", "23:59"),
        ("٠٩:٣٠", "09:30"),  # Arabic-Indic digits
        ("०९:३०", "09:30"),  # Devanagari digits
    ],
)
def test_a_time_is_read_as_it_shows(typed: str, read: str) -> None:
    assert parse_time(typed) == read


@pytest.mark.parametrize("typed", ["24:00", "09:60", "⁰⁹:³⁰", "²¹:⁰⁰", "9.30pm", "", "：", "①⓪:⓪⓪"])
def test_what_is_no_time_is_refused(typed: str) -> None:
    assert parse_time(typed) is None


@pytest.mark.parametrize(
    ("typed", "zone"),
    [
        ("ＵＴＣ＋９", "Etc/GMT-9"),
        ("Ｅｕｒｏｐｅ／Ｌｏｎｄｏｎ", "Europe/London"),
        ("UTC–5", "Etc/GMT+5"),  # an en dash for the minus
        ("UTC‑3", "Etc/GMT+3"),  # a non-breaking hyphen
        ("UTC−3", "Etc/GMT+3"),  # the minus sign
        ("UTC+٥:٣٠", "Asia/Kolkata"),
    ],
)
def test_a_zone_is_read_as_it_shows(typed: str, zone: str) -> None:
    match = resolve_zone(typed)
    assert match is not None and match.name == zone


def test_superscripts_are_no_offset() -> None:
    assert resolve_zone("UTC+²") is None
