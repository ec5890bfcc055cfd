"""What a round posts in its share's thread (the affirmations revealed, the presenter's
closing): each claimed first and posted once, anonymized once more at the door."""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING, NamedTuple

import discord

from bot.labelled import redacted_as_posted
from bot.limits import EMBED_DESCRIPTION_MAX, clip
from bot.outbox import REPAIR_AFTER, PostRecord, PostState
from bot.privacy import redact
from bot.round import reveal_order
from cogs._posts import after_landing, find_by_ref, made_anyway, wake_outbox
from cogs._render import ACCENT
from cogs._round_shown import thread_rights_missing, thread_rights_refused

if TYPE_CHECKING:
    from bot.app import SparkleBot

log = logging.getLogger(__name__)


class Revealed(NamedTuple):
    """What a reveal left (`ThreadPosts.reveal_counts`)."""

    left: int  # not posted
    busy: int  # being posted by another click
    gone: bool  # its thread was deleted on Discord: no retry will post them
    refused: str | None = None  # the permission Discord refused them for, in words


class ThreadPosts:
    """Posts into a round's thread, and the reveal of its affirmations."""

    def __init__(self, bot: SparkleBot) -> None:
        self.bot = bot
        self.repos = bot.repos

    async def reach_thread(self, share: PostRecord) -> tuple[discord.abc.Messageable | None, bool]:
        """The share's response thread, or None and whether it is gone for good: deleted on
        Discord (a deleted thread is not opened again), rather than out of reach just now."""
        if share.thread is None:
            return None, False
        try:
            thread = self.bot.get_channel(share.thread) or await self.bot.fetch_channel(
                share.thread
            )
        except discord.NotFound:
            thread = await self._open_thread(share)
            if thread is None:
                return None, share.thread_id is not None
        except discord.HTTPException:
            return None, False
        return (thread, False) if isinstance(thread, discord.abc.Messageable) else (None, False)

    async def _open_thread(self, share: PostRecord) -> discord.Thread | None:
        """The thread Discord refused when the share was posted, opened now, so that the
        round's posts are not stranded."""
        if share.state is not PostState.POSTED or share.thread_id is not None:
            return None  # being deleted, or its thread was deleted: not opened again
        channel = self.bot.get_channel(share.channel_id or 0)
        if not isinstance(channel, discord.TextChannel) or share.message_id is None:
            return None
        message = channel.get_partial_message(share.message_id)
        try:
            thread = await message.create_thread(name="Responses", auto_archive_duration=10080)
        except discord.HTTPException:
            log.warning("could not open the thread of share %s", share.id)
            return None
        await self.repos.outbox.record_thread(share.id, thread.id)
        return thread

    async def send(
        self, thread: discord.abc.Messageable, post: PostRecord, claim: str
    ) -> str | None:
        """Post one round post in the thread under its claim, anonymized once more at the
        door. None when it is done with: posted, or deleted by its writer meanwhile; else why
        not: the permission missing, in words (Discord refused with 403, or would), or ""
        (Discord refused otherwise: a retry may do). Cut only
        where Discord would refuse it: a closing at its form's limits, shown whole in its
        preview as what will be posted, is longer than an affirmation."""
        # a closing's labels kept as its preview showed them (`bot.labelled`)
        as_posted = await asyncio.to_thread(redacted_as_posted, post.text, redact)
        text = clip(as_posted, EMBED_DESCRIPTION_MAX)
        embed = discord.Embed(title=post.title, description=text, colour=ACCENT)
        embed.set_footer(text=f"ref {post.ref}")
        assert post.channel_id is not None
        if (missing := thread_rights_missing(thread)) is not None:
            # Discord would refuse it, or, without Embed Links, show it empty and lost: not
            # sent; the caller names the permission (`thread_rights_missing`)
            await self.repos.outbox.release(post.id, claim, missing)
            return missing
        if not await self.repos.outbox.proceed(post.id, claim):
            return None  # its writer erased it since the claim: never sent
        try:
            message = await thread.send(
                embed=embed, allowed_mentions=discord.AllowedMentions.none()
            )
        except discord.Forbidden:  # a permission is missing, whatever the cached view says
            refused = thread_rights_refused(thread)
            await self.repos.outbox.release(post.id, claim, refused)
            return refused
        except discord.HTTPException as error:
            # made all the same: recorded as sent, never posted again by a retry
            found = await made_anyway(self.bot, error, post.channel_id, post.ref)
            if found is None:
                await self.repos.outbox.release(post.id, claim, f"Discord refused ({error.status})")
                return ""
            message = found
        try:
            landed = await self.repos.outbox.record_sent(
                post.id, claim, post.channel_id, message.id
            )
        except Exception:
            # It is posted: the outbox finds it by its ref and records it, never posts it again.
            log.exception("round post %s was posted but not recorded; it will be repaired", post.id)
            wake_outbox(self.bot)
            return None
        await after_landing(self.bot, post, landed, post.channel_id, message.id)
        return None

    async def reveal(self, post_id: int) -> int:
        """Post every affirmation not yet posted, in a random order; returns how many are left
        (not counting those another reveal is posting right now)."""
        return (await self.reveal_counts(post_id)).left

    async def reveal_counts(self, post_id: int) -> Revealed:
        """How many affirmations could not be posted, how many another click is posting right
        now, whether the thread they go to was deleted on Discord (then no retry will post
        them), and the permission Discord refused them for, in words, when it did.

        Each is claimed on its own row first, so a retried or concurrent reveal never posts one
        twice. One left sending is another click's while its claim is recent: never released
        or re-sent under it; older, its sender is gone, and it is looked for by its ref.
        """
        share = await self.repos.outbox.get(post_id)
        thread, gone = (None, False) if share is None else await self.reach_thread(share)
        pending = await self.repos.round.unrevealed(post_id)
        if share is None or thread is None or share.thread is None:
            return Revealed(len(pending), 0, gone and bool(pending))
        left = busy = 0
        refused: str | None = None
        for item in reveal_order(pending):
            if item.state is PostState.SENDING:
                stale = discord.utils.utcnow() - REPAIR_AFTER
                taken = await self.repos.outbox.take_over(item.id, item.claim, stale)
                if taken is None:
                    busy += 1  # in flight under another click's claim
                    continue
                found = await find_by_ref(self.bot, share.thread, item.ref)
                if found is not None:
                    landed = await self.repos.outbox.record_sent(
                        item.id, taken, share.thread, found.id
                    )
                    await after_landing(self.bot, item, landed, share.thread, found.id)
                else:
                    await self.repos.outbox.release(item.id, taken)
                    left += 1
                continue
            claim = await self.repos.round.claim(item.id, share.thread)
            if claim is None:
                busy += 1  # another reveal claimed it just now
                continue
            claimed = item.model_copy(update={"channel_id": share.thread})
            why = await self.send(thread, claimed, claim)
            if why is not None:
                left += 1
                refused = refused or why or None
        return Revealed(left, busy, False, refused)
