"""Time zones typed the way people type them."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from bot.zones import default_zone, resolve_zone


@pytest.mark.parametrize(
    ("typed", "zone"),
    [
        ("Europe/London", "Europe/London"),
        ("europe/berlin", "Europe/Berlin"),
        ("London", "Europe/London"),
        ("chicago", "America/Chicago"),
        ("  New   York ", "America/New_York"),
        ("new_york", "America/New_York"),
        ("São Paulo", "America/Sao_Paulo"),
        ("Sao Paulo", "America/Sao_Paulo"),
        ("CET", "Europe/Berlin"),
        ("cest", "Europe/Berlin"),
        ("EST", "America/New_York"),
        ("PST", "America/Los_Angeles"),
        ("GMT", "UTC"),
        ("UTC", "UTC"),
        ("UTC+2", "Etc/GMT-2"),
        ("GMT-5", "Etc/GMT+5"),
        ("+10", "Etc/GMT-10"),
        ("UTC+05:30", "Asia/Kolkata"),
        ("utc−3", "Etc/GMT+3"),
        ("UTC+0", "UTC"),
        ("Atlantis", None),
        ("Mars/Olympus", None),
        ("UTC+15", None),
        ("UTC+2:17", None),
        ("UTC10", None),  # no sign: not "UTC", nor UTC+0 read from "1" as a sign and "0"
        ("GMT11", None),
        ("10", None),
        ("55", None),
        ("a1", None),
        ("=5", None),
        ("", None),
        ("x" * 200, None),
    ],
)
def test_typed_zones(typed: str, zone: str | None) -> None:
    match = resolve_zone(typed)
    assert (match.name if match else None) == zone
    if match is not None:
        ZoneInfo(match.name)  # every answer is a zone the scheduler can use


def test_a_full_name_needs_no_note_and_the_rest_say_how_they_were_read() -> None:
    assert resolve_zone("Europe/Paris") == resolve_zone("europe/paris")
    assert resolve_zone("Europe/Paris").note is None  # type: ignore[union-attr]
    assert (
        resolve_zone("CET").note
        == "CET read as Europe/Berlin (Central European Time, with summer time)"
    )  # type: ignore[union-attr]
    assert "UTC+02:00 all year" in resolve_zone("UTC+2").note  # type: ignore[operator, union-attr]
    assert resolve_zone("Chicago").note == "Chicago read as America/Chicago"  # type: ignore[union-attr]


def test_offsets_mean_what_they_say() -> None:
    noon = datetime(2026, 6, 1, 12, tzinfo=UTC)
    for typed, hours in (("UTC+2", 2), ("GMT-5", -5), ("UTC+5:30", 5.5)):
        match = resolve_zone(typed)
        assert match is not None
        offset = noon.astimezone(ZoneInfo(match.name)).utcoffset()
        assert offset is not None and offset.total_seconds() == hours * 3600


def test_a_zone_left_out_is_the_users_own_then_the_servers_then_utc() -> None:
    kept = default_zone("Asia/Tokyo", "Europe/Berlin")
    assert kept.name == "Asia/Tokyo" and kept.note is not None and "kept" in kept.note
    server = default_zone(None, "Europe/Berlin")
    assert server.name == "Europe/Berlin" and server.note is not None and "server" in server.note
    assert default_zone(None, None).name == "UTC"
    assert default_zone(None, "UTC").name == "UTC"
