"""Where a round is shown: its share's post, or, once a moderator deleted that post, a message
in its thread carrying only the round's status and controls.

A moderator may delete a share's post on purpose, so nothing of it (the share's text, the key
question) is posted again: the round carries on from a message in its thread that shows its
phase and buttons, and that message becomes the round's post (`RoundRepository.move_controls`).
Its buttons are persistent, so they work after a restart. With the thread gone too there is
nowhere to hold the round: it ends, and its presenter is told privately. A thread Discord
archived after a quiet spell refuses any edit in it, and, once a moderator locked it, any
new message too: it is opened again (`_unarchive`).
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, TypeVar

import discord

from bot.outbox import PostRecord, PostState
from bot.round.models import RoundRecord
from cogs._posts import PERMISSION_WORDS, lacking, role_needs
from cogs._round_ui import StepOutKey, round_embed, round_view
from cogs.sharing import posted_share_embed

if TYPE_CHECKING:
    from bot.app import SparkleBot

log = logging.getLogger(__name__)
T = TypeVar("T")

# What Discord asks of a bot that updates the round shown on its own message.
POST_UPDATE = ("view_channel", "embed_links")

# What the bot needs in a share's thread to post the round's affirmations and closing, in
# order: without one, Discord counts the next as missing too (and so would the list). They
# are named in Discord's words (`PERMISSION_WORDS`), like every permission an admin is asked for.
THREAD_NEEDS = ("view_channel", "send_messages_in_threads", "embed_links")
NO_THREAD_RIGHTS = (
    "my role needs **{missing}** in this round's thread, which someone with Manage Server "
    "can give it"
)
ALL_THREAD_RIGHTS = (
    "my role needs **{}**, **{}** and **{}** in this round's thread, which someone with "
    "Manage Server can give it"
).format(*(PERMISSION_WORDS[name] for name in THREAD_NEEDS))
ROUND_ENDED = (
    "Your share (ref {ref}) and its thread are no longer on Discord (they were deleted, by a "
    "moderator perhaps), so its consultation round has ended. Nothing more is posted for it: "
    "affirmations not revealed yet never will be. Your entry, your key question and any "
    "closing you saved are kept (`/export` has them; `/forget` erases them)."
)


# Discord's code for an edit refused because the thread is archived (after a quiet spell).
THREAD_ARCHIVED = 50083
ARCHIVED_THREAD = (
    "Discord archived this round's thread after a quiet spell, and to open it again {needs}"
)


def thread_rights_missing(thread: object) -> str | None:
    """The permission the bot lacks in a share's thread, in words, or None (all there, or
    not known): why a post into it was refused, or would be (or, without Embed Links, shown
    empty), which no retry in a moment would change. Not known for a thread of a server on
    another process's shard (fetched without the server): Discord decides."""
    if not isinstance(thread, discord.Thread):
        return None
    me = getattr(thread.guild, "me", None)
    if not isinstance(me, discord.Member):
        return None
    try:
        perms = thread.permissions_for(me)
    except discord.ClientException:  # its channel is not in this process's cache
        return None
    for name in THREAD_NEEDS:
        if not getattr(perms, name):
            return NO_THREAD_RIGHTS.format(missing=PERMISSION_WORDS[name])
    return None


def thread_rights_refused(thread: object) -> str:
    """Why Discord refused (403) a post in a share's thread, in words: the permission the
    bot's cached view of its role lacks there, or, when it lacks none there (the view is
    behind Discord's, or the thread itself was closed to the bot), all it needs there."""
    return thread_rights_missing(thread) or ALL_THREAD_RIGHTS


def _unarchive_needs(thread: discord.Thread) -> str:
    """Who may open an archived thread again, in Discord's rule: one who may send in it, or,
    once a moderator locked it, one with Manage Threads. "my role needs **…** in #thread,
    which someone with Manage Server can give it"."""
    needed = "manage_threads" if thread.locked else "send_messages_in_threads"
    rights = lacking(thread, needed) or [PERMISSION_WORDS[needed]]
    return role_needs(thread, rights)


def jump_url(guild_id: int, channel_id: int, message_id: int) -> str:
    return f"https://discord.com/channels/{guild_id}/{channel_id}/{message_id}"


class RoundShown:
    """Shows a round's current state where it is shown, and moves it into its thread when a
    moderator deleted the message that showed it."""

    def __init__(self, bot: SparkleBot) -> None:
        self.bot = bot
        self.repos = bot.repos
        # Whether Discord refused with 403 (Forbidden) on the way: a permission is missing
        # even when the bot's cached view of its role says none is (`thread_rights_missing`).
        self.forbidden = False
        # Why the round could not be shown, in words, when it is known (`_unarchive`).
        self.missing: str | None = None

    async def show(
        self, post_id: int, shown: discord.Message | None = None, *, again: bool = True
    ) -> discord.Message | None:
        """Show the round's current state; the message that shows it now (edited, or posted
        in its thread because the one before was deleted), or None if Discord refused, or
        would (`POST_UPDATE`: without Embed Links, Discord would show the edited message
        empty, so it is not edited), or the round ended because its thread is gone too.
        `shown` is the message a click came from: when it is the share's post, its share
        part is taken from it rather than read again from Discord, which needs Read Message
        History; without that permission an anonymous share's part is made again from its
        stored row (`posted_share_embed`)."""
        share = await self.repos.outbox.get(post_id)
        record = await self.repos.round.get(post_id)
        if share is None or record is None or share.message_id is None or share.channel_id is None:
            return None
        minutes = await self.repos.round.minutes(record.guild_id)
        try:
            if record.controls_message_id is not None and record.controls_channel_id is not None:
                return await self._edit_in_thread(record, minutes, shown)
            return await self._edit_share_post(share, record, minutes, shown)
        except discord.NotFound:  # deleted on Discord (by a moderator): shown in the thread
            moved = await self._show_in_thread(share, record, minutes)
            if moved is None and again:  # another click moved it first: shown there
                refreshed = await self.repos.round.get(post_id)
                if refreshed is not None and refreshed.controls_message_id not in (
                    None,
                    record.controls_message_id,
                ):
                    return await self.show(post_id, again=False)
            return moved
        except discord.HTTPException as error:
            self.forbidden |= isinstance(error, discord.Forbidden)
            log.warning("could not update the round on post %s (%s)", post_id, error.status)
            return None

    async def _edit_share_post(
        self,
        share: PostRecord,
        record: RoundRecord,
        minutes: dict[str, int],
        shown: discord.Message | None,
    ) -> discord.Message | None:
        assert share.message_id is not None and share.channel_id is not None
        message_id = share.message_id
        known = next(
            (
                m
                for m in (shown, *reversed(self.bot.cached_messages))
                if m is not None and m.id == message_id and m.embeds
            ),
            None,
        )
        if lacking(self.bot.get_channel(share.channel_id), *POST_UPDATE):
            return None  # the presenter is told which (`_post_behind`)
        if known is not None:
            message, own = known, known.embeds[0]  # the share itself never changes
        else:
            channel = self.bot.get_channel(share.channel_id) or await self.bot.fetch_channel(
                share.channel_id
            )
            message, own = await self._share_part(share, channel)
        return await message.edit(
            embeds=[own, round_embed(record, minutes)],
            view=round_view(record),
            allowed_mentions=discord.AllowedMentions.none(),
        )

    async def _share_part(
        self, share: PostRecord, channel: Any
    ) -> tuple[discord.Message | discord.PartialMessage, discord.Embed]:
        """The share's post and its own part (its first embed): read from Discord or, when
        Discord refuses to let the bot read it (no Read Message History), made again from the
        stored row, which an edit needs no reading for."""
        assert share.message_id is not None
        rebuilt = None
        if lacking(channel, "read_message_history"):
            rebuilt = await posted_share_embed(share)
        if rebuilt is None:
            try:
                message = await channel.fetch_message(share.message_id)
                return message, message.embeds[0]
            except discord.Forbidden:
                rebuilt = await posted_share_embed(share)
                if rebuilt is None:
                    raise
        return channel.get_partial_message(share.message_id), rebuilt

    async def _edit_in_thread(
        self, record: RoundRecord, minutes: dict[str, int], shown: discord.Message | None
    ) -> discord.Message | None:
        """Update the round's own message in its thread (no share part: it has none)."""
        channel_id, message_id = record.controls_channel_id, record.controls_message_id
        assert channel_id is not None and message_id is not None
        if lacking(self.bot.get_channel(channel_id), *POST_UPDATE):
            return None
        message: discord.Message | discord.PartialMessage = (
            shown
            if shown is not None and shown.id == message_id
            else self.bot.get_partial_messageable(
                channel_id, guild_id=record.guild_id
            ).get_partial_message(message_id)
        )
        return await self._in_open_thread(
            channel_id,
            lambda: message.edit(
                embed=round_embed(record, minutes, with_question=False),
                view=round_view(record),
                allowed_mentions=discord.AllowedMentions.none(),
            ),
        )

    async def _in_open_thread(self, thread_id: int, act: Callable[[], Awaitable[T]]) -> T:
        """`act` (a message sent or edited in the round's thread), done once more after the
        thread is opened again when Discord refused it as archived: an edit always is, and a
        message too once a moderator locked the thread (a message opens only an unlocked one).
        Discord's refusal is raised when the thread could not be opened (`missing` says why)."""
        try:
            return await act()
        except discord.HTTPException as error:
            if error.code != THREAD_ARCHIVED or not await self._unarchive(thread_id):
                raise
        return await act()

    async def _unarchive(self, thread_id: int) -> bool:
        """Open the round's thread again: Discord archived it after a quiet spell (a week
        without a message, at most), and refuses any edit of a message in it until then.
        False when Discord refused: `missing` says which permission, where it is known."""
        thread: object = None
        try:
            thread = self.bot.get_channel(thread_id) or await self.bot.fetch_channel(thread_id)
            if not isinstance(thread, discord.Thread):
                return False
            await thread.edit(archived=False)
        except discord.Forbidden:
            self.forbidden = True
            if isinstance(thread, discord.Thread):
                self.missing = ARCHIVED_THREAD.format(needs=_unarchive_needs(thread))
            log.warning("could not open round thread %s again: Discord refused", thread_id)
            return False
        except discord.HTTPException as error:
            log.warning("could not open round thread %s again (%s)", thread_id, error.status)
            return False
        log.info("round thread %s was archived by Discord: opened again", thread_id)
        return True

    async def _show_in_thread(
        self, share: PostRecord, record: RoundRecord, minutes: dict[str, int]
    ) -> discord.Message | None:
        """The message that showed the round was deleted: its status and controls (nothing
        of the share) posted as a new message in its thread, which becomes the round's post;
        None if Discord refused it, another click posted one first (this one is deleted), or
        the thread is gone too (then the round ends: `_end_without_thread`)."""
        if share.state is not PostState.POSTED:  # being deleted (Delete share, /forget)
            return None
        thread_id = share.thread
        assert thread_id is not None  # a posted share's thread is its message's id at least
        try:
            thread = self.bot.get_channel(thread_id) or await self.bot.fetch_channel(thread_id)
        except discord.NotFound:
            await self._end_without_thread(record, share)
            return None
        except discord.HTTPException as error:
            self.forbidden |= isinstance(error, discord.Forbidden)
            return None
        if not isinstance(thread, discord.Thread) or thread_rights_missing(thread):
            return None
        was = record.controls_message_id
        earlier = await self._unrecorded_copy(thread, record.post_id, was)
        if earlier is not None:  # posted, but its record lost (a restart, the database)
            if await self.repos.round.move_controls(record.post_id, was, thread.id, earlier.id):
                return await self._in_open_thread(
                    thread.id,
                    lambda: earlier.edit(
                        embed=round_embed(record, minutes, with_question=False),
                        view=round_view(record),
                        allowed_mentions=discord.AllowedMentions.none(),
                    ),
                )
            return None  # another click showed it meanwhile
        try:
            message = await self._in_open_thread(
                thread.id,
                lambda: thread.send(
                    embed=round_embed(record, minutes, with_question=False),
                    view=round_view(record),
                    allowed_mentions=discord.AllowedMentions.none(),
                ),
            )
        except discord.NotFound:  # the thread was deleted meanwhile
            await self._end_without_thread(record, share)
            return None
        except discord.HTTPException as error:
            self.forbidden |= isinstance(error, discord.Forbidden)
            log.warning("could not show round %s in its thread (%s)", record.post_id, error.status)
            return None
        try:
            moved = await self.repos.round.move_controls(record.post_id, was, thread.id, message.id)
        except Exception:
            # It shows the round, and its buttons work: the next time the round is shown,
            # it is found in the thread and recorded (`_unrecorded_copy`), not posted again.
            log.exception("round %s's controls were posted but not recorded", record.post_id)
            return message
        if moved:
            log.info("round %s is shown in its thread now: its post was deleted", record.post_id)
            return message
        try:  # another click showed it first: one message shows the round
            await message.delete()
        except discord.HTTPException:
            log.warning("could not delete a second copy of round %s's controls", record.post_id)
        return None

    async def _unrecorded_copy(
        self, thread: discord.Thread, post_id: int, was: int | None
    ) -> discord.Message | None:
        """The bot's own recent message in the thread showing this round's controls that the
        round does not name (`was` is the one it names, deleted): one posted whose record
        was lost. None when there is none, or the bot may not read the thread's history."""
        if lacking(thread, "read_message_history") or self.bot.user is None:
            return None
        mark = StepOutKey(post_id).encode()  # every view of the round carries it
        try:
            async for message in thread.history(limit=50):
                if message.author.id != self.bot.user.id or message.id == was:
                    continue
                ids = [
                    getattr(item, "custom_id", None)
                    for row in message.components
                    for item in getattr(row, "children", [])
                ]
                if mark in ids:
                    return message
        except discord.HTTPException:
            return None
        return None

    async def _end_without_thread(self, record: RoundRecord, share: PostRecord) -> None:
        """The round's post and its thread are both gone from Discord: nothing can be shown
        or posted for it, so it ends (once, whoever found it), and its presenter is told
        privately: by DM, or, if her DMs refuse it, after her next command (`ended_notices`)."""
        if not await self.repos.round.end(record.post_id):
            return
        log.info("round %s ended: its post and thread were deleted on Discord", record.post_id)
        presenter = await self.repos.round.presenter_of(record.post_id)
        if presenter is None or not await self.repos.round.take_ended_notice(record.post_id):
            return
        try:
            user = self.bot.get_user(presenter) or await self.bot.fetch_user(presenter)
            await user.send(
                ROUND_ENDED.format(ref=share.ref), allowed_mentions=discord.AllowedMentions.none()
            )
        except discord.HTTPException:
            log.warning("could not tell the presenter of post %s that its round ended", share.id)
            await self.repos.round.give_back_ended_notice(record.post_id)


async def give_ended_notices(bot: SparkleBot, interaction: discord.Interaction[Any]) -> None:
    """Privately, after the presenter's own answer: each round of hers that ended (its post
    and thread deleted) whose notice her DMs refused, once; owed again if not sent."""
    for post_id in await bot.repos.round.ended_untold(interaction.user.id):
        if not await bot.repos.round.take_ended_notice(post_id):
            continue  # told by another of her commands meanwhile
        share = await bot.repos.outbox.get(post_id)
        ref = share.ref if share is not None else "?"
        try:
            await interaction.followup.send(
                ROUND_ENDED.format(ref=ref),
                ephemeral=True,
                allowed_mentions=discord.AllowedMentions.none(),
            )
        except BaseException:
            await bot.repos.round.give_back_ended_notice(post_id)
            raise
