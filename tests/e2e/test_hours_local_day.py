"""/hours on New Year's Eve in New York: the bot's clock is in UTC, where it is already
1 January. The session form came prefilled with tomorrow's date (2026-01-01), so a session
logged as prefilled went into the next CPD year, and "/hours report" for this year showed the
year that had not begun ("No consultation hours logged for 2026-01-01 to 2026-12-31"). The
day is now the member's own: the time zone she gave /remind, else the server's, else UTC."""

from __future__ import annotations

from datetime import date

from simcord import MemberActor, assert_responded

from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of, modal_defaults, said
from tests.e2e.test_hours import FORM_IDS, TYPED, rows

OPTIONS = {"format": "video", "type": "peer_group", "role": "presenter"}


async def _new_years_eve_in_new_york(w: World, admin: MemberActor) -> None:
    # SimCord's clock starts at 2026-01-01 00:00 UTC: 19:00 on 31 December in New York.
    done = await admin.slash(w.channel, "setup timezone", zone="America/New_York")
    assert_responded(done, contains="America/New_York", ephemeral=True)


async def test_the_session_form_and_this_years_report_follow_the_servers_day(
    world: World, admin: MemberActor
) -> None:
    w = world
    await _new_years_eve_in_new_york(w, admin)
    shown = await w.alice.slash(w.channel, "hours add", **OPTIONS)
    assert modal_defaults(shown)["when"] == "2025-12-31 "
    typed = {**TYPED, "when": modal_defaults(shown)["when"] + "17:00-18:30"}
    logged = await w.alice.submit_modal(shown, {k: typed[k] for k in FORM_IDS})
    assert_responded(logged, contains="Logged", ephemeral=True)
    (row,) = await rows(w)
    assert row.day == date(2025, 12, 31)

    report = await w.alice.slash(w.channel, "hours report")
    assert_responded(report, ephemeral=True)
    assert "**Consultation hours, 2025-01-01 to 2025-12-31**" in said(report)
    assert "Total: 1.5 h in 1 session" in said(report)


async def test_in_a_dm_the_day_is_that_of_her_reminders_zone_else_utc(world: World) -> None:
    w = world
    reminded = await w.alice.user.slash(
        "remind", day="0", time="09:00", timezone="America/Los_Angeles"
    )
    assert_responded(reminded, contains="(America/Los_Angeles)", ephemeral=True)
    shown = await w.alice.user.slash("hours add", **OPTIONS)
    assert modal_defaults(shown)["when"] == "2025-12-31 "
    # bob gave no zone, and a DM has no server: UTC's day, as before
    shown = await w.bob.user.slash("hours add", **OPTIONS)
    assert modal_defaults(shown)["when"] == "2026-01-01 "
    assert await bot_of(w.env).repos.practitioners.reminder(w.bob.id) is None


async def test_the_year_slip_check_reckons_her_own_year(world: World) -> None:
    """On 31 December 2025 in Los Angeles (already 2026 in UTC) a session typed for 2027 is two
    years ahead of her day: it used to be logged (UTC's next year is 2027); it is now refused as
    a slip, naming her own years, with what she typed offered back and nothing logged."""
    w = world
    reminded = await w.alice.slash(
        w.channel, "remind", day="0", time="09:00", timezone="America/Los_Angeles"
    )
    assert_responded(reminded, contains="(America/Los_Angeles)", ephemeral=True)
    shown = await w.alice.slash(w.channel, "hours add", **OPTIONS)
    assert modal_defaults(shown)["when"] == "2025-12-31 "
    typed = {**TYPED, "when": "2027-12-31 60"}
    slip = await w.alice.submit_modal(shown, {k: typed[k] for k in FORM_IDS})
    assert_responded(slip, contains="looks like a slip", ephemeral=True)
    assert "between 1970 and 2026" in said(slip)
    assert TYPED["topic"] in said(slip)  # nothing typed is lost
    assert await rows(w) == []

    # her next year is still hers to log in (a session planned for 2026 is not a slip)
    shown = await w.alice.slash(w.channel, "hours add", **OPTIONS)
    typed = {**TYPED, "when": "2026-01-02 60"}
    logged = await w.alice.submit_modal(shown, {k: typed[k] for k in FORM_IDS})
    assert_responded(logged, contains="Logged", ephemeral=True)
    (row,) = await rows(w)
    assert row.day == date(2026, 1, 2)
