"""/hours report at the calendar's edges: a period in year 1 or ending in 9999 is answered
with its files, named with full eight-digit dates, and counts what falls inside it."""

from __future__ import annotations

from simcord import assert_responded

from tests.e2e.conftest import World
from tests.e2e.test_hours import add


async def test_a_report_for_year_one_names_its_files_with_full_dates(world: World) -> None:
    w = world
    await add(w.alice, w.channel)  # 2026-01-05
    early = await w.alice.slash(w.channel, "hours report", period="0001")
    assert_responded(early, contains="No consultation hours logged for 0001-01-01", ephemeral=True)
    names = sorted(a.filename for a in early.response.attachments)
    assert names == ["hours-00010101-00011231.csv", "hours-00010101-00011231.html"]
    wide = await w.alice.slash(w.channel, "hours report", period="0001-01-01 to 9999-12-31")
    assert_responded(wide, contains="Total: 1.5 h in 1 session", ephemeral=True)
    names = sorted(a.filename for a in wide.response.attachments)
    assert names == ["hours-00010101-99991231.csv", "hours-00010101-99991231.html"]
