"""Who may do what in a consultation round, and the round shown where it is shown (its
share's post, or its thread): what the round's handlers share."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import discord

from bot.outbox import PostState
from bot.round.models import RoundRecord
from cogs._interactions import Interaction, not_available
from cogs._posts import PERMISSION_WORDS, lacking, role_needs
from cogs._round_shown import POST_UPDATE, RoundShown, thread_rights_missing
from cogs._round_ui import shows_other_counts
from cogs.sharing import THREAD_ON_POST
from cogs.summary import FACILITATOR_ROLE_DELETED, facilitator_role_deleted, is_facilitator

if TYPE_CHECKING:
    from bot.app import SparkleBot

log = logging.getLogger(__name__)

NOT_MOVER = "Only the presenter or a facilitator can move the round on."


class RoundCore:
    """The round's presenter, facilitators and members, and its post kept up to date."""

    def __init__(self, bot: SparkleBot) -> None:
        self.bot = bot
        self.repos = bot.repos

    async def round_for(
        self, interaction: Interaction, post_id: int, *, presenter: bool | None = None
    ) -> RoundRecord | None:
        """The round, if the clicker is in its server (and, when `presenter` says, is or is not
        its presenter); None (after answering) otherwise."""
        record = await self.repos.round.get(post_id)
        if (
            record is None
            or interaction.guild_id != record.guild_id
            or (
                presenter is not None
                and presenter != await self.is_presenter(post_id, interaction.user.id)
            )
        ):
            await not_available(interaction)
            return None
        return record

    async def withdrawn(self, post_id: int) -> bool:
        """Whether the round's share was withdrawn (deleted, or its presenter erased) and
        waits, still up, for Discord to let it be deleted."""
        share = await self.repos.outbox.get(post_id)
        return share is None or share.state is PostState.DELETING or share.delete_after_send

    async def is_presenter(self, post_id: int, user_id: int) -> bool:
        share = await self.repos.outbox.owned(post_id, user_id)
        return share is not None and share.state is not PostState.DELETING

    async def movable(self, interaction: Interaction, post_id: int) -> RoundRecord | None:
        """The round, if the clicker may move it on; None (after answering) otherwise."""
        record = await self.round_for(interaction, post_id)
        if record is not None and not await self.may_move(interaction, record):
            settings = await self.repos.servers.get(record.guild_id)
            deleted = facilitator_role_deleted(settings, interaction.guild)
            refusal = NOT_MOVER + (FACILITATOR_ROLE_DELETED if deleted else "")
            await interaction.response.send_message(refusal, ephemeral=True)
            return None
        return record

    async def may_move(self, interaction: Interaction, record: RoundRecord) -> bool:
        if await self.is_presenter(record.post_id, interaction.user.id):
            return True
        settings = await self.repos.servers.get(record.guild_id)
        return is_facilitator(interaction.user, settings)

    async def refresh_post(self, post_id: int, shown: discord.Message | None = None) -> bool:
        """Show the round's current state where it is shown (`RoundShown.show`: on the
        share's post, or in its thread once a moderator deleted the post); False if Discord
        refused, or would, or the round ended because its thread is gone too."""
        return await RoundShown(self.bot).show(post_id, shown) is not None

    async def left_behind(self, post_id: int, shown: discord.Message | None, moved: str) -> str:
        """Show the round's current state (`refresh_post`); "" once shown, else the line
        saying where it is shown it is behind, and why, where that is known (`post_behind`)."""
        shower = RoundShown(self.bot)
        if await shower.show(post_id, shown) is not None:
            return ""
        return await self.post_behind(post_id, moved, shower.missing, refused=shower.forbidden)

    async def told_behind(self, post_id: int, shown: discord.Message | None, moved: str) -> str:
        """`left_behind` after a member's own change to the round (stored already): never
        raises, so that she is told what was done whatever became of the post."""
        try:
            return await self.left_behind(post_id, shown, moved)
        except Exception:
            log.exception("the post of round %s was not updated", post_id)
            return f"\nI couldn't update the post itself; the round {moved} all the same."

    async def catch_up(self, record: RoundRecord, clicked: discord.Message | None) -> None:
        """Bring the round's post up to date when the click came from it and it shows other
        counts than the round has (an earlier update refused or failed): the next click on it
        shows what was done meanwhile. Never raises: the click was answered already."""
        if clicked is None or not shows_other_counts(clicked.embeds, record):
            return
        try:
            await self.refresh_post(record.post_id, clicked)
        except Exception:
            log.exception("the post of round %s was not brought up to date", record.post_id)

    async def post_behind(
        self, post_id: int, moved: str, why: str | None = None, *, refused: bool = False
    ) -> str:
        """The line saying the share's post shows an earlier state of the round, and, when the
        bot's role lacks it there (or `why`, what `RoundShown` found), which permission would
        let it show the round again. `refused`: Discord refused with 403, so a permission is
        missing even when the bot's cached view of its role lacks none: all it needs is named."""
        if why:
            return (
                f"\nI couldn't update the round's phase and buttons: {why}. The round {moved} "
                "all the same; the next click on it shows this once it is given."
            )
        share = await self.repos.outbox.get(post_id)
        channel = self.bot.get_channel(share.channel_id or 0) if share is not None else None
        rights = lacking(channel, *POST_UPDATE)
        if refused and not rights:
            rights = [PERMISSION_WORDS[name] for name in POST_UPDATE]
        if rights and isinstance(channel, discord.TextChannel):
            return (
                f"\nI couldn't update the post itself: {role_needs(channel, rights)}. The round "
                f"{moved} all the same; the next click on it shows this once it is given."
            )
        return f"\nI couldn't update the post itself; the round {moved} all the same."

    async def thread_rights_missing(self, post_id: int) -> str | None:
        """`thread_rights_missing` for the thread of the round on `post_id`, if it is known."""
        share = await self.repos.outbox.get(post_id)
        thread = (
            None if share is None or share.thread is None else self.bot.get_channel(share.thread)
        )
        if thread is None and share is not None and share.thread_id is None:
            # never opened: Discord refused to open it on the share's post
            # (`ThreadPosts._open_thread`)
            channel = self.bot.get_channel(share.channel_id or 0)
            rights = lacking(channel, *THREAD_ON_POST)
            if rights and isinstance(channel, discord.TextChannel):
                return role_needs(channel, rights)
        return thread_rights_missing(thread)
