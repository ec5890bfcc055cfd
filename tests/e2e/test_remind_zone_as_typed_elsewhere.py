"""A reminder's time zone typed full-width by an East Asian keyboard ("ＵＴＣ＋９"), or an offset
pasted from a page that writes its minus as a dash ("UTC–5"), is read as the zone it shows."""

from __future__ import annotations

import pytest
from simcord import assert_responded

from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of

# The subject (reading what was typed) sits above the storage layer: SQLite alone.
pytestmark = pytest.mark.sqlite_only


@pytest.mark.parametrize(
    ("typed", "zone"),
    [
        ("ＵＴＣ＋９", "Etc/GMT-9"),
        ("Ａｓｉａ／Ｔｏｋｙｏ", "Asia/Tokyo"),
        ("UTC–5", "Etc/GMT+5"),
        ("UTC‐3", "Etc/GMT+3"),
    ],
    ids=["full-width-offset", "full-width-name", "en-dash", "hyphen"],
)
async def test_a_zone_typed_so_sets_the_reminder_in_it(world: World, typed: str, zone: str) -> None:
    w = world
    done = await w.alice.slash(w.channel, "remind", day="0", time="09:00", timezone=typed)
    assert_responded(done, contains=f"every Monday at 09:00 ({zone})", ephemeral=True)
    reminder = await bot_of(w.env).repos.practitioners.reminder(w.alice.id)
    assert reminder is not None and reminder.timezone == zone


async def test_a_zone_being_typed_full_width_is_offered_as_typed_plain(world: World) -> None:
    w = world
    offered = await w.alice.autocomplete(w.channel, "remind", "timezone", "ｌｏｎｄｏｎ", day="0")
    assert {"name": "Europe/London", "value": "Europe/London"} in offered
