"""A member's own time zone, for what a command reckons in her local day or time."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from bot.zones import ZoneMatch, default_zone

if TYPE_CHECKING:
    from storage.repos import Repositories

log = logging.getLogger(__name__)


async def member_zone(repos: Repositories, user_id: int, guild_id: int | None) -> ZoneMatch:
    """The zone she gave /remind, else the server's (where the command is used), else (in a
    DM) the zone of the server her reminder follows, else UTC."""
    saved = await repos.practitioners.reminder(user_id)
    own = saved.timezone if saved is not None and saved.follows_guild is None else None
    server = None
    if guild_id is not None:
        server = (await repos.servers.get(guild_id)).timezone
    elif saved is not None and saved.follows_guild is not None:
        server = saved.timezone  # the followed server's, kept in step with it
    return default_zone(own, server)


async def shown_zone(repos: Repositories, user_id: int, guild_id: int | None) -> ZoneInfo:
    """The zone whose day names her entries to her (`member_zone`); UTC when it cannot be
    read, so that a date never stops a reply."""
    try:
        return ZoneInfo((await member_zone(repos, user_id, guild_id)).name)
    except Exception:
        log.warning("could not read the zone of user %s; dates shown in UTC", user_id)
        return ZoneInfo("UTC")
