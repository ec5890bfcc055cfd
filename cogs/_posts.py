"""Deleting what the bot posted for an author: one message at a time, threads included.

Bulk delete refuses messages older than two weeks, so each post is deleted on its own.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

import discord

from bot.models import ShareRecord

log = logging.getLogger(__name__)


async def _channel(client: discord.Client, channel_id: int) -> discord.abc.Messageable | None:
    channel = client.get_channel(channel_id)
    if channel is None:
        try:
            channel = await client.fetch_channel(channel_id)
        except (discord.NotFound, discord.Forbidden):
            return None
    return channel if isinstance(channel, discord.abc.Messageable) else None


async def delete_posts(client: discord.Client, shares: Sequence[ShareRecord]) -> int:
    """Delete each share's message and thread; returns how many could not be deleted."""
    failed = 0
    for share in shares:
        if share.thread_id is not None:
            thread = client.get_channel(share.thread_id)
            try:
                if thread is None:
                    thread = await client.fetch_channel(share.thread_id)
                if isinstance(thread, discord.Thread):
                    await thread.delete()
            except discord.NotFound:
                pass
            except discord.HTTPException:
                failed += 1
                log.warning("could not delete thread of share %s", share.id)
        channel = await _channel(client, share.channel_id)
        if channel is None:
            continue
        try:
            message = await channel.fetch_message(share.message_id)
            await message.delete()
        except discord.NotFound:
            pass
        except discord.HTTPException:
            failed += 1
            log.warning("could not delete message of share %s", share.id)
    return failed
