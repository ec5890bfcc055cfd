"""Reading a typed weekly time and time zone: as they show on screen, whatever keyboard typed
them."""

from __future__ import annotations

import pytest

from bot.schedule import as_24_hour, parse_time
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


@pytest.mark.parametrize(
    "typed",
    ["18:00.", "18.00.", "1800.", " 18:00 . ", "１８：００．", "１８：００。", "18:00\u200f."],
)
def test_a_full_stop_after_a_time_ends_the_sentence(typed: str) -> None:
    assert parse_time(typed) == "18:00"


@pytest.mark.parametrize("typed", ["18:00..", "18.", ".18:00", "18:00.5"])
def test_more_than_one_full_stop_or_a_stop_elsewhere_is_no_time(typed: str) -> None:
    assert parse_time(typed) is None


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("9am", "09:00"),
        ("9am.", "09:00"),
        ("9 a.m.", "09:00"),
        ("9:30 PM", "21:30"),
        ("12am", "00:00"),
        ("12.15pm", "12:15"),
    ],
)
def test_a_twelve_hour_time_names_the_24_hour_time_to_type(typed: str, meant: str) -> None:
    assert parse_time(typed) is None  # the weekly settings read 24-hour times only
    assert as_24_hour(typed) == meant


@pytest.mark.parametrize("typed", ["13pm", "0am", "9", "18:00", "9:60am"])
def test_what_is_no_twelve_hour_time_names_none(typed: str) -> None:
    assert as_24_hour(typed) is None
