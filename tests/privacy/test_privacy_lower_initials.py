"""Initials typed in lower case with stops ("t.j.", "m.k.") are a person's; the
abbreviations everyone types so ("a.m.", "e.g.", "p.s.", "f.y.i.") stay."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    ("text", "initials"),
    [
        ("heads up t.j. skipped group again, his aunt called", "t.j."),
        ("the release for m.k. is signed now", "m.k."),
        ("d.r.w. said the week was calmer", "d.r.w."),
    ],
)
def test_lower_case_initials_are_removed(text: str, initials: str) -> None:
    out = redact(text)
    assert initials not in out
    assert "[name]" in out
    assert redact(out) == out


@pytest.mark.parametrize(
    "text",
    [
        "group starts at 6 p.m. and ends at 7:30 p.m.",
        "bring something small, e.g. a photo, i.e. nothing big",
        "p.s. she liked the worksheet",
        "f.y.i. the room changed",
        "all good o.k. see you then",
    ],
)
def test_everyday_abbreviations_with_stops_stay(text: str) -> None:
    assert redact(text) == text
