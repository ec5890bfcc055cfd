"""A member's own time zone, for what a command reckons in her local day or time."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.zones import ZoneMatch, default_zone

if TYPE_CHECKING:
    from storage.repos import Repositories


async def member_zone(repos: Repositories, user_id: int, guild_id: int | None) -> ZoneMatch:
    """The zone she gave /remind, else the server's (where the command is used), else UTC."""
    saved = await repos.practitioners.reminder(user_id)
    server = None
    if guild_id is not None:
        server = (await repos.servers.get(guild_id)).timezone
    return default_zone(saved.timezone if saved is not None else None, server)
