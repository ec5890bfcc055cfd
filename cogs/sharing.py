"""/share: an anonymized preview, then, only on the author's confirmation, a post and a thread."""

from __future__ import annotations

import asyncio
import logging
import re
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands, ui
from discord.ext import commands

from bot.limits import clip
from bot.log import bind_request
from bot.models import EntryRecord, EntryStatus
from bot.outbox import PostRecord, PostState, footer, remaining_text
from bot.privacy import kept_words, redact
from bot.share import SHARE_TEXT_MAX, kept_in_share, kept_words_note, share_text, share_title
from bot.tree import report_failure
from cogs._autocomplete import chosen_entry, entry_choices
from cogs._buttons import Tracked
from cogs._posts import take_down, wake_outbox
from cogs._render import ACCENT, NOT_AVAILABLE
from cogs._round_ui import key_question_button, needs_agreement, round_embed, round_view
from cogs._servers import is_member

if TYPE_CHECKING:
    from bot.app import SparkleBot

log = logging.getLogger(__name__)
Interaction = discord.Interaction["SparkleBot"]
_EDIT_MODAL = re.compile(r"^sk:shredit:(?P<post>\d+)$")
EXPIRED = (
    "This preview has expired. Run `/share` again; use `/forget` or `/entries` to delete "
    "an earlier share."
)
CANNOT_VIEW = (
    "You can't see {channel}, so you can't share into it. Ask someone with Manage Server "
    "for access."
)
NO_CHANNEL = (
    "This server has no consultation channel yet, so there is nowhere to share. Someone with "
    "the **Manage Server** permission can choose one with `/setup channels`."
)


def _cog(interaction: Interaction) -> Sharing:
    cog = interaction.client.get_cog("Sharing")
    assert isinstance(cog, Sharing)
    return cog


class ShareButton(
    Tracked,
    ui.DynamicItem[ui.Button[Any]],
    template=r"sk:shp:(?P<action>post|named|edit|cancel|del):(?P<post>\d+)",
):
    """A preview's actions and "Delete share", all bound to one outbox row (the preview)."""

    def __init__(
        self,
        action: str,
        post_id: int,
        *,
        label: str = "",
        style: discord.ButtonStyle = discord.ButtonStyle.secondary,
    ) -> None:
        super().__init__(
            ui.Button(label=label, style=style, custom_id=f"sk:shp:{action}:{post_id}")
        )
        self.action, self.post_id = action, post_id

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: ui.Item[Any], match: re.Match[str], /
    ) -> ShareButton:
        return cls(match["action"], int(match["post"]))

    async def callback(self, interaction: Interaction) -> None:  # pyright: ignore[reportIncompatibleMethodOverride]
        await _cog(interaction).on_share_action(interaction, self.action, self.post_id)


class OldShareButton(
    Tracked,
    ui.DynamicItem[ui.Button[Any]],
    template=r"sk:shr:(?P<action>post|named|edit|cancel|del):(?P<a>\d+):(?P<b>\d+)",
):
    """Buttons on previews made before each preview was stored: they only say to start again."""

    def __init__(self, custom_id: str) -> None:
        super().__init__(ui.Button(label="-", custom_id=custom_id))

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: ui.Item[Any], match: re.Match[str], /
    ) -> OldShareButton:
        return cls(match.string)

    async def callback(self, interaction: Interaction) -> None:  # pyright: ignore[reportIncompatibleMethodOverride]
        await interaction.response.send_message(EXPIRED, ephemeral=True)


class ServerPicker(Tracked, ui.DynamicItem[ui.Select[Any]], template=r"sk:shrg:(?P<entry>\d+)"):
    """From a DM: which server to share to."""

    def __init__(self, entry_id: int, options: list[discord.SelectOption] | None = None) -> None:
        super().__init__(
            ui.Select(
                custom_id=f"sk:shrg:{entry_id}",
                placeholder="Share to which server?",
                options=options or [discord.SelectOption(label="-", value="0")],
            )
        )
        self.entry_id = entry_id

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: ui.Item[Any], match: re.Match[str], /
    ) -> ServerPicker:
        return cls(int(match["entry"]))

    async def callback(self, interaction: Interaction) -> None:  # pyright: ignore[reportIncompatibleMethodOverride]
        values = (interaction.data or {}).get("values") or ["0"]  # pyright: ignore[reportAttributeAccessIssue]
        value = str(values[0])
        await _cog(interaction).preview_for(
            interaction, self.entry_id, int(value) if value.isdigit() else 0
        )


def _preview_embed(title: str, text: str, author: str | None, ref: str | None) -> discord.Embed:
    embed = discord.Embed(title=title, description=text, colour=ACCENT)
    who = clip(author, 100) if author else None
    embed.set_footer(text=footer(who, ref))
    return embed


def _kept_line(words: list[str]) -> str:
    """The preview's note on words kept as ordinary words, on its own line (or nothing)."""
    note = kept_words_note([discord.utils.escape_markdown(w) for w in words])
    return f"\n{note}" if note else ""


def preview_view(post_id: int) -> ui.View:
    view = ui.View(timeout=None)
    for action, label, style in (
        ("post", "Post anonymously", discord.ButtonStyle.primary),
        ("named", "Post with my name", discord.ButtonStyle.secondary),
        ("edit", "Edit text", discord.ButtonStyle.secondary),
        ("cancel", "Cancel", discord.ButtonStyle.danger),
    ):
        view.add_item(ShareButton(action, post_id, label=label, style=style))
    view.add_item(key_question_button(post_id))
    return view


def _jump(post: PostRecord) -> str:
    return f"https://discord.com/channels/{post.guild_id}/{post.channel_id}/{post.message_id}"


class Sharing(commands.Cog):
    def __init__(self, bot: SparkleBot) -> None:
        self.bot = bot
        self.repos = bot.repos

    async def cog_load(self) -> None:
        self.bot.add_dynamic_items(ShareButton, OldShareButton, ServerPicker)

    async def cog_unload(self) -> None:
        self.bot.remove_dynamic_items(ShareButton, OldShareButton, ServerPicker)

    @app_commands.command(name="share", description="Share an anonymized summary with your group")
    @app_commands.describe(entry="One of your finished entries")
    @app_commands.allowed_contexts(guilds=True, dms=True, private_channels=False)
    @app_commands.allowed_installs(guilds=True, users=False)
    async def share(self, interaction: Interaction, entry: str) -> None:
        record = await chosen_entry(self.repos, interaction.user.id, entry)
        if record is None:
            await interaction.response.send_message(NOT_AVAILABLE, ephemeral=True)
            return
        await self.on_share_button(interaction, record)

    @share.autocomplete("entry")
    async def _entry_autocomplete(
        self, interaction: Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return await entry_choices(
            self.repos, self.bot.scripts, interaction.user.id, current, status=EntryStatus.COMPLETE
        )

    async def on_share_button(self, interaction: Interaction, entry: EntryRecord) -> None:
        if entry.is_draft:
            await interaction.response.send_message(
                "Finish this entry before sharing it.", ephemeral=True
            )
            return
        if interaction.guild_id is not None:
            await self.preview_for(interaction, entry.id, interaction.guild_id)
            return
        await self._ask_server(interaction, entry)

    async def _ask_server(self, interaction: Interaction, entry: EntryRecord) -> None:
        """From a DM: offer the servers where the author has used Sparkle."""
        page = await self.repos.entries.list_for_author(interaction.user.id, limit=200)
        guild_ids = dict.fromkeys(e.guild_id for e in page.items if e.guild_id is not None)
        known = [g for gid in guild_ids if (g := self.bot.get_guild(gid)) is not None]
        guilds = [g for g in known if await is_member(g, interaction.user.id)][:25]
        if not guilds:
            await interaction.response.send_message(
                "Which server should this go to? Run `/share` inside your consultation server "
                "and it will post there.",
                ephemeral=True,
            )
            return
        options = [discord.SelectOption(label=clip(g.name, 100), value=str(g.id)) for g in guilds]
        view = ui.View(timeout=None)
        view.add_item(ServerPicker(entry.id, options))
        await interaction.response.send_message("Share to which server?", view=view, ephemeral=True)

    async def preview_for(self, interaction: Interaction, entry_id: int, guild_id: int) -> None:
        try:
            entry = await self.repos.entries.get(entry_id, interaction.user.id)
            guild = self.bot.get_guild(guild_id)
            if entry is None or guild is None or not await self._may_post(interaction, guild):
                await interaction.response.send_message(NOT_AVAILABLE, ephemeral=True)
                return
            settings = await self.repos.servers.get(guild_id)
            if settings.consultation_channel_id is None:
                await interaction.response.send_message(NO_CHANNEL, ephemeral=True)
                return
            refusal = await self._cannot_view(interaction, guild, settings.consultation_channel_id)
            if refusal:
                await interaction.response.send_message(refusal, ephemeral=True)
                return
            if await needs_agreement(interaction, guild_id):
                return
            script = await self.bot.scripts.for_entry(entry)
            text = await asyncio.to_thread(share_text, script, entry.answers)
            kept = await asyncio.to_thread(kept_in_share, script, entry.answers)
            title = share_title(script, entry.answers)
            # The preview is stored: a confirm posts exactly this, never what a client echoes back.
            draft = await self.repos.outbox.draft_share(
                author_id=interaction.user.id,
                entry_id=entry.id,
                guild_id=guild_id,
                title=title,
                text=text,
            )
            await interaction.response.send_message(
                f"**Preview**: this is exactly what will be posted in "
                f"<#{settings.consultation_channel_id}>, with identifiers replaced. Nothing is "
                "posted until you choose." + _kept_line(kept),
                embed=_preview_embed(title, text, None, None),
                view=preview_view(draft.id),
                ephemeral=True,
                allowed_mentions=discord.AllowedMentions.none(),
            )
        except Exception as error:
            await report_failure(interaction, error)
            raise

    async def on_share_action(self, interaction: Interaction, action: str, post_id: int) -> None:
        try:
            post = await self.repos.outbox.owned(post_id, interaction.user.id)
            if post is None:
                await interaction.response.send_message(NOT_AVAILABLE, ephemeral=True)
                return
            if action == "del":
                await self._delete_share(interaction, post)
            elif post.state is not PostState.DRAFT:
                await self._already(interaction, post)
            elif action == "cancel":
                await self.repos.outbox.discard_draft(post.id, interaction.user.id)
                await interaction.response.edit_message(
                    content="Not shared.", embed=None, view=None
                )
            elif action == "edit":
                await interaction.response.send_modal(self._edit_modal(post))
            else:
                await self._post(interaction, post, named=action == "named")
        except Exception as error:
            await report_failure(interaction, error)
            raise

    async def _already(self, interaction: Interaction, post: PostRecord) -> None:
        """Any click on a preview that was already posted: one post per preview, always."""
        if post.state is PostState.POSTED:
            text = f"This preview was already posted: {_jump(post)}"
        elif post.state is PostState.SENDING:
            text = "This preview is being posted already; it will be posted only once."
        else:
            text = "This share was deleted."
        await interaction.response.send_message(text, ephemeral=True)

    def _edit_modal(self, post: PostRecord) -> ui.Modal:
        modal = ui.Modal(title="Edit the shared text", custom_id=f"sk:shredit:{post.id}")
        modal.add_item(
            ui.Label(
                text="Text to share",
                description="Identifiers are replaced again before anything is posted.",
                component=ui.TextInput(
                    custom_id="text",
                    style=discord.TextStyle.paragraph,
                    default=post.text[:SHARE_TEXT_MAX],
                    max_length=SHARE_TEXT_MAX,
                ),
            )
        )
        modal.stop()  # routed by custom id in on_interaction, so it survives restarts
        return modal

    @commands.Cog.listener()
    async def on_interaction(self, interaction: Interaction) -> None:
        if interaction.type is not discord.InteractionType.modal_submit or not interaction.data:
            return
        match = _EDIT_MODAL.match(str(interaction.data.get("custom_id", "")))
        if match is None:
            return
        bind_request(interaction.id)
        try:
            post = await self.repos.outbox.owned(int(match["post"]), interaction.user.id)
            if post is None:
                await interaction.response.send_message(NOT_AVAILABLE, ephemeral=True)
                return
            if post.state is not PostState.DRAFT:
                await self._already(interaction, post)
                return
            typed = ""
            for row in interaction.data.get("components", []):
                component = row.get("component") or next(iter(row.get("components", [])), {})
                if component.get("custom_id") == "text":
                    typed = str(component.get("value", ""))
            text = clip(await asyncio.to_thread(redact, typed), SHARE_TEXT_MAX) or "(empty)"
            kept = await asyncio.to_thread(kept_words, typed)
            await self.repos.outbox.edit_draft(post.id, interaction.user.id, post.title, text)
            await interaction.response.send_message(
                "**Preview of your edited text**, with identifiers replaced again. Nothing is "
                "posted until you choose." + _kept_line(kept),
                embed=_preview_embed(post.title, text, None, None),
                view=preview_view(post.id),
                ephemeral=True,
                allowed_mentions=discord.AllowedMentions.none(),
            )
        except Exception as error:
            await report_failure(interaction, error)
            raise

    async def _may_post(self, interaction: Interaction, guild: discord.Guild) -> bool:
        """Only members of a server may share into it, whatever the custom id says."""
        return interaction.guild_id == guild.id or await is_member(guild, interaction.user.id)

    async def _cannot_view(
        self, interaction: Interaction, guild: discord.Guild, channel_id: int
    ) -> str | None:
        """Why this member may not post into the channel (they can't see it), or None."""
        channel = guild.get_channel(channel_id)
        if channel is None:
            return None
        member = interaction.user if isinstance(interaction.user, discord.Member) else None
        if member is None or member.guild.id != guild.id:
            try:
                member = guild.get_member(interaction.user.id) or await guild.fetch_member(
                    interaction.user.id
                )
            except discord.NotFound:
                return NOT_AVAILABLE
        if channel.permissions_for(member).view_channel:
            return None
        return CANNOT_VIEW.format(channel=channel.mention)

    async def _post(self, interaction: Interaction, post: PostRecord, *, named: bool) -> None:
        settings = await self.repos.servers.get(post.guild_id)
        guild = self.bot.get_guild(post.guild_id)
        if guild is None or not await self._may_post(interaction, guild):
            await interaction.response.send_message(NOT_AVAILABLE, ephemeral=True)
            return
        channel = (
            guild.get_channel(settings.consultation_channel_id)
            if settings.consultation_channel_id is not None
            else None
        )
        if not isinstance(channel, discord.TextChannel):
            await interaction.response.send_message(NO_CHANNEL, ephemeral=True)
            return
        refusal = await self._cannot_view(interaction, guild, channel.id)
        if refusal:
            await interaction.response.send_message(refusal, ephemeral=True)
            return
        user_id = interaction.user.id
        claimed = await self.repos.outbox.claim_share(
            post.id, user_id, channel_id=channel.id, anonymous=not named
        )
        if not claimed:
            now = await self.repos.outbox.owned(post.id, user_id)
            await self._already(interaction, now or post)
            return
        await interaction.response.defer(ephemeral=True, thinking=True)
        # Redact once more at the door: whatever the preview held, identifiers never leave.
        text = clip(await asyncio.to_thread(redact, post.text), SHARE_TEXT_MAX)
        author = interaction.user.display_name if named else None
        await self.repos.round.start(post.id)
        round_now = await self.repos.round.get(post.id)
        assert round_now is not None
        minutes = await self.repos.round.minutes(post.guild_id)
        try:
            message = await channel.send(
                embeds=[
                    _preview_embed(post.title, text, author, post.ref),
                    round_embed(round_now, minutes),
                ],
                view=round_view(round_now),
                allowed_mentions=discord.AllowedMentions.none(),
            )
        except discord.Forbidden:
            await self.repos.outbox.release(post.id)
            await interaction.followup.send(
                f"I can't post in {channel.mention}: I need **View Channel**, **Send Messages** "
                "and **Embed Links** there. Ask someone with Manage Server to check `/setup`. "
                "Nothing was posted; your preview is kept, so you can try again.",
                ephemeral=True,
            )
            return
        except discord.HTTPException:
            await self.repos.outbox.release(post.id)  # nothing was posted: the preview stays
            raise
        try:
            await self.repos.outbox.record_sent(post.id, channel.id, message.id)
        except Exception:
            log.exception(
                "share %s was posted but not recorded; the outbox will repair it", post.id
            )
            wake_outbox(self.bot)
            await interaction.followup.send(
                f"Shared in {channel.mention}: {message.jump_url}. I couldn't note it just now; "
                "I'll note it shortly so that you can still delete it.",
                ephemeral=True,
            )
            return
        missing = ""
        try:
            thread = await message.create_thread(name="Responses", auto_archive_duration=10080)
            await self.repos.outbox.record_thread(post.id, thread.id)
        except discord.HTTPException:
            missing = " (I couldn't open a thread: I need Create Public Threads.)"
        await self.repos.audit.record(
            "share_posted",
            actor_id=user_id if named else None,
            guild_id=post.guild_id,
            subject="named" if named else "anonymous",
        )
        view = ui.View(timeout=None)
        view.add_item(ShareButton("del", post.id, label="Delete share"))
        await interaction.followup.send(
            f"Shared in {channel.mention}: {message.jump_url}{missing}", view=view, ephemeral=True
        )

    async def _delete_share(self, interaction: Interaction, post: PostRecord) -> None:
        if post.state is PostState.DRAFT:
            await self.repos.outbox.discard_draft(post.id, interaction.user.id)
            await interaction.response.send_message("Not shared.", ephemeral=True)
            return
        await interaction.response.defer(ephemeral=True, thinking=True)
        left = await take_down(self.bot, [post], actor_id=interaction.user.id)
        await interaction.followup.send(
            "Share deleted, with its thread."
            if not left
            else "The share is not fully deleted yet:\n" + remaining_text(left),
            ephemeral=True,
            allowed_mentions=discord.AllowedMentions.none(),
        )


async def setup(bot: SparkleBot) -> None:
    await bot.add_cog(Sharing(bot))
