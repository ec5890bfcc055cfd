"""An admin's /setup timezone that lands while the weekly summary's post is waiting for a retry
(Discord failed its first tries), with the bot restarted between: the week is posted once, and
not again when its time comes round in the new zone. (Found sound: a week's post has one slot,
whatever the zone; kept so that it stays so, as the meeting prompts' and reminders' tests do.)"""

from __future__ import annotations

from typing import Any

from simcord import assert_responded

from bot.app import create_bot
from tests.e2e.conftest import World
from tests.e2e.test_summary_flow import _posts as summary_posts  # pyright: ignore[reportPrivateUsage]
from tests.e2e.test_summary_flow import members_reflected

HOUR = 3600.0


async def _zone(w: World, admin: Any, zone: str) -> None:
    done = await admin.slash(w.channel, "setup timezone", zone=zone)
    assert_responded(done, contains="Saved.", ephemeral=True)


async def test_a_zone_change_between_a_failed_post_and_its_retry_posts_the_week_once(
    world: World, facilitation: Any
) -> None:
    """London to New York: Monday 09:00 London's post fails, the zone moves on, the bot
    restarts; the retry posts the week, and 09:00 New York posts nothing more."""
    w = world
    admin = facilitation[0]
    weekly = facilitation[3]
    await members_reflected(w, facilitation, 3, schedule=True)  # Mondays 09:00
    await _zone(w, admin, "Europe/London")
    await w.env.advance_time(4 * 24 * HOUR + 8 * HOUR)  # Mon 5 Jan 08:00 UTC
    w.env.inject_error("POST", "/channels/*/messages", status=503, message="unavailable", times=3)
    # Three tries fail (09:00, 09:01, 09:03): the next is at 09:07, a pause long enough that
    # the restart below lands before it on a busy machine too.
    await w.env.advance_time(HOUR + 3 * 60 + 20)  # 09:03:20 London
    assert summary_posts(weekly) == []
    await _zone(w, admin, "America/New_York")
    await w.env.restart_bot(create_bot())
    await w.env.advance_time(5 * 60)  # the retry at 09:07
    (posted,) = summary_posts(weekly)
    assert "29 December" in (posted.embeds[0].title or "")
    await w.env.advance_time(6 * HOUR)  # past 09:00 in New York
    assert len(summary_posts(weekly)) == 1


async def test_a_zone_change_after_a_failed_post_to_a_zone_already_past_posts_the_week_once(
    world: World, facilitation: Any
) -> None:
    """New York to London: Monday 09:00 New York's post fails (14:00 UTC, London's 09:00
    long past), the zone moves, the bot restarts; the retry posts the week once."""
    w = world
    admin = facilitation[0]
    weekly = facilitation[3]
    await members_reflected(w, facilitation, 3, schedule=True)  # Mondays 09:00 New York
    await w.env.advance_time(4 * 24 * HOUR + 13 * HOUR)  # Mon 5 Jan 13:00 UTC
    w.env.inject_error("POST", "/channels/*/messages", status=503, message="unavailable", times=3)
    await w.env.advance_time(HOUR + 3 * 60 + 20)  # 09:03:20 New York: three tries failed
    assert summary_posts(weekly) == []
    await _zone(w, admin, "Europe/London")
    await w.env.restart_bot(create_bot())
    await w.env.advance_time(5 * 60)
    (posted,) = summary_posts(weekly)
    assert "29 December" in (posted.embeds[0].title or "")
    await w.env.advance_time(7 * 24 * HOUR)
    assert len(summary_posts(weekly)) == 1  # the next week had no entries
