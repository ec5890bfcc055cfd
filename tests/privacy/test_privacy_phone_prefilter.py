"""The cheap test before the phone library skips only windows where it finds nothing."""

from __future__ import annotations

import phonenumbers
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.privacy._patterns import library_may_find_phone

_GROUP = st.text(alphabet="0123456789", min_size=1, max_size=5) | st.sampled_from(
    ["1", "11", "011", "0", "1111"]
)
_GAP = st.sampled_from(
    [
        *(" ", "-", ".", "", "/", ") ", " (", "(", ")", ", ", "; ", " - ", "–", "~", "#"),
        *(" x", " ext ", "\u00a0", "+", "＃", "..", ",,", "－"),
    ]
)
_EDGE = st.sampled_from(["", "N ", "call ", "(", "+", "t ", " was on", ". The", ", 12", "abc"])


def _found(window: str) -> list[str]:
    matcher = phonenumbers.PhoneNumberMatcher(
        window, "US", leniency=phonenumbers.Leniency.POSSIBLE, max_tries=20
    )
    return [match.raw_string for match in matcher]


@settings(max_examples=400, deadline=None)
@given(_EDGE, st.lists(st.tuples(_GROUP, _GAP), min_size=1, max_size=6), _EDGE)
def test_skipped_windows_hold_no_number(
    before: str, groups: list[tuple[str, str]], after: str
) -> None:
    window = before + "".join(group + gap for group, gap in groups) + after
    if not library_may_find_phone(window):
        assert _found(window) == []


def test_digit_counts_no_region_allows_are_skipped() -> None:
    for window in ("e 2026-11-02, MRN 00", "m 24.16.201.77, turns ", "t 447120098 for Mrs"):
        assert not library_may_find_phone(window)
        assert _found(window) == []


def test_numbers_the_library_finds_are_kept() -> None:
    for window in ("s (253) 555-0187 if we", "r +1 360 555 0162. she", ", 206-555-0143."):
        assert library_may_find_phone(window)
        assert _found(window)
